"""Every dialog of the app is on the spacing scale of ui/theme.py: 16 px around it, 8 px between its controls, group
boxes and nested layouts on the scale too. Each dialog class is opened through the app's own code (the scenarios of
test_lock_everywhere.py, which fail if a dialog class has none), its layouts are walked, then the app locks."""

from __future__ import annotations

import inspect

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFormLayout, QGridLayout, QLayout

from journal_app.ui import theme

from ._shell_support import IGNORED_QT_MESSAGES
from .test_lock_everywhere import ABSTRACT, SCENARIOS, class_name, dialog_classes, innermost, window  # noqa: F401

pytestmark = pytest.mark.qt_log_ignore(*IGNORED_QT_MESSAGES)

#: One scenario per dialog class of the app (message boxes and file choosers are Qt's own).
DIALOGS = {cls: name for name, (cls, _opener) in sorted(SCENARIOS.items()) if cls.startswith("journal_app")}


def off_scale(layout: QLayout, kind: str) -> list[str]:
    name = f"{kind} {type(layout).__name__} {layout.objectName()}".strip()
    problems = []
    margins = layout.contentsMargins()
    sides = {margins.left(), margins.top(), margins.right(), margins.bottom()}
    if kind == "top":
        if sides != {theme.DIALOG_MARGIN}:
            problems.append(f"{name}: margins {sorted(sides)}, not {theme.DIALOG_MARGIN}")
    elif not sides <= set(theme.SPACE_SCALE):
        problems.append(f"{name}: margins {sorted(sides)} off the scale {theme.SPACE_SCALE}")
    if isinstance(layout, QFormLayout | QGridLayout):
        spacings = {layout.horizontalSpacing(), layout.verticalSpacing()}
    else:
        spacings = {layout.spacing()}
    if not spacings <= set(theme.SPACE_SCALE[1:]):
        problems.append(f"{name}: spacing {sorted(spacings)} off the scale {theme.SPACE_SCALE[1:]}")
    return problems


def test_every_dialog_class_is_checked():
    assert set(DIALOGS) == dialog_classes() - ABSTRACT


def test_the_walk_finds_nested_layouts_group_boxes_and_scrolled_contents(qtbot):
    from PySide6.QtWidgets import QDialog, QGroupBox, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

    dialog = QDialog()
    qtbot.addWidget(dialog)
    top = QVBoxLayout(dialog)
    row = QHBoxLayout()
    row.addWidget(QLabel("a"))
    top.addLayout(row)
    group = QGroupBox("g")
    QFormLayout(group).addRow("x", QLabel("b"))
    top.addWidget(group)
    area = QScrollArea()
    content = QWidget()
    QGridLayout(content).addWidget(QLabel("c"), 0, 0)
    area.setWidget(content)
    top.addWidget(area)
    assert [kind for _layout, kind in theme.spaced_layouts(top)] == ["top", "nested", "group", "scrolled"]
    assert off_scale(top, "top")  # Qt's defaults are not the scale
    theme.apply_spacing(top)
    assert [p for layout, kind in theme.spaced_layouts(top) for p in off_scale(layout, kind)] == []


@pytest.mark.parametrize("cls", sorted(DIALOGS))
def test_every_dialog_uses_the_spacing_scale(qtbot, window, cls, monkeypatch, tmp_path):  # noqa: F811
    _expected, opener = SCENARIOS[DIALOGS[cls]]
    found: list[list[str]] = []

    def inspect_when_open(tries: int = 200) -> None:
        dialog = innermost(window)
        if dialog is None or class_name(dialog) != cls:
            if tries:
                QTimer.singleShot(10, lambda: inspect_when_open(tries - 1))
            return
        assert dialog.layout() is not None
        found.append([p for layout, kind in theme.spaced_layouts(dialog.layout()) for p in off_scale(layout, kind)])
        window.lock("user", force=True)  # closes every window of the app, as the lock test shows

    QTimer.singleShot(0, inspect_when_open)
    if "monkeypatch" in inspect.signature(opener).parameters:
        opener(window, qtbot, monkeypatch, tmp_path)
    else:
        opener(window, qtbot)
    qtbot.waitUntil(lambda: bool(found), timeout=5000)
    assert found == [[]], f"{cls}: {found}"


def test_the_first_run_create_and_unlock_pages_use_the_page_margin(qtbot, window):  # noqa: F811
    for page in (window.first_run, window.create_page, window.unlock_page):
        layouts = list(theme.spaced_layouts(page.layout()))
        margins = page.layout().contentsMargins()
        assert {margins.left(), margins.top(), margins.right(), margins.bottom()} == {theme.PAGE_MARGIN}
        nested = [p for layout, kind in layouts[1:] for p in off_scale(layout, kind)]
        assert nested == [] and page.layout().spacing() == theme.SPACING, type(page).__name__
