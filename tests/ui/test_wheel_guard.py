"""The mouse wheel over a spin box or combo box that does not have the focus scrolls the page, not the value."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from ._shell_support import IGNORED_QT_MESSAGES, make_window

pytestmark = pytest.mark.qt_log_ignore(*IGNORED_QT_MESSAGES)


def wheel(widget, steps: int = -3) -> None:
    """Turn the wheel over the middle of `widget` (negative: towards the user, as when scrolling down)."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_wheel_over_keep_the_last_scrolls_settings_instead(qtbot):
    window = make_window(qtbot)
    dialog = window.show_settings()
    dialog.resize(520, 360)  # short enough to scroll
    qtbot.waitExposed(dialog)
    keep = dialog.backups.keep
    before = keep.value()
    dialog.window_title.setFocus()
    qtbot.waitUntil(lambda: dialog.window_title.hasFocus())
    bar = dialog.scroll_area.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(0)
    dialog.scroll_area.ensureWidgetVisible(keep)
    position = bar.value()
    wheel(keep, -3)
    assert keep.value() == before
    assert bar.value() > position or bar.value() == bar.maximum()
    wheel(dialog.theme_box, 3)
    assert dialog.theme_box.currentIndex() == 0
    # once the person clicks into it, the wheel changes it as usual
    keep.setFocus()
    qtbot.waitUntil(keep.hasFocus)
    wheel(keep, 1)
    assert keep.value() == before + 1
    assert keep.focusPolicy() == Qt.FocusPolicy.StrongFocus  # the wheel alone does not give it the focus
