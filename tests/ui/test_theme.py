"""Light, dark and high-contrast themes (chosen in Settings or View > Theme), readable colours, icons on the main
actions, one type scale for headings."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QLabel

from journal_app.ui import theme
from journal_app.ui.menus import ICONS
from journal_app.ui.settings_store import THEMES

from ._shell_support import IGNORED_QT_MESSAGES, make_window

pytestmark = pytest.mark.qt_log_ignore(*IGNORED_QT_MESSAGES)


def luminance(color) -> float:
    def channel(c: float) -> float:
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.red()) + 0.7152 * channel(color.green()) + 0.0722 * channel(color.blue())


def contrast(a, b) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


@pytest.fixture(autouse=True)
def back_to_system():
    yield
    theme.apply_theme("system")


@pytest.mark.parametrize(("palette", "minimum"), [(theme.dark_palette(), 4.5), (theme.high_contrast_palette(), 7.0)])
def test_palettes_are_readable(palette, minimum):
    role = QPalette.ColorRole
    for fg, bg in ((role.Text, role.Base), (role.WindowText, role.Window), (role.ButtonText, role.Button),
                   (role.HighlightedText, role.Highlight)):  # fmt: skip
        assert contrast(palette.color(fg), palette.color(bg)) >= minimum, (fg, bg)
    disabled = palette.color(QPalette.ColorGroup.Disabled, role.Text)
    assert contrast(disabled, palette.color(role.Base)) >= (3.0 if minimum < 7 else 7.0)


def test_high_contrast_from_settings_and_the_view_menu(qtbot):
    window = make_window(qtbot)
    dialog = window.show_settings()
    names = [dialog.theme_box.itemText(i) for i in range(dialog.theme_box.count())]
    assert names == ["As the system", "Light", "Dark", "High contrast"]
    dialog.theme_box.setCurrentIndex(3)
    assert window.settings.theme == "high_contrast"
    palette = QGuiApplication.palette()
    assert palette.color(QPalette.ColorRole.Window).lightness() == 0
    assert palette.color(QPalette.ColorRole.WindowText).lightness() == 255
    assert window.menus.theme_actions["high_contrast"].isChecked()
    window.menus.theme_actions["light"].trigger()
    assert window.settings.theme == "light"
    assert list(window.menus.theme_actions) == list(THEMES)


def test_main_actions_have_icons(qtbot):
    window = make_window(qtbot)
    missing = [name for name in ICONS if window.menus.actions[name].icon().isNull()]
    assert missing == []


def test_headings_follow_one_scale(qtbot):
    window = make_window(qtbot)
    body = QLabel().font().pointSizeF()
    assert window.unlock_page.heading.font().pointSizeF() == pytest.approx(body * theme.HEADING_SCALE[1])
    assert window.create_page.heading.font().pointSizeF() == pytest.approx(body * theme.HEADING_SCALE[1])
