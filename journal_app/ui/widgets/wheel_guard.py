"""Controls that do not change by accident: the mouse wheel over a spin box, date field or combo box that does not
have the keyboard focus scrolls the page instead of changing the value.

One app-wide event filter (installed once by the window's set-up): each such control stops taking the focus from
the wheel (StrongFocus instead of WheelFocus), and a wheel turn over it while it is not focused goes to the widget
under it, so the surrounding scroll area scrolls. Click or Tab into the control first, then the wheel changes it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QApplication, QComboBox, QWidget

GUARDED = (QAbstractSpinBox, QComboBox)


class WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Wheel and isinstance(watched, GUARDED) and not watched.hasFocus():
            area = _scroll_area_of(watched)
            if area is not None:
                QCoreApplication.sendEvent(area.viewport(), event)  # the page scrolls as over empty space
            return True
        if kind == QEvent.Type.Polish and isinstance(watched, GUARDED):
            if watched.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return False


def _scroll_area_of(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def install() -> WheelGuard | None:
    """Install the guard on the application (once)."""
    app = QApplication.instance()
    if app is None:
        return None
    existing = app.findChild(WheelGuard)
    if existing is not None:
        return existing
    guard = WheelGuard(app)
    app.installEventFilter(guard)
    return guard
