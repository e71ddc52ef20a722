"""A calm one-line bar for messages like "Moved to trash — Undo" or "Could not save"."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton


class NoticeBar(QFrame):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.action_button = QPushButton()
        self.close_button = QToolButton()
        self.close_button.setText("×")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action_button)
        layout.addWidget(self.close_button)
        self._callback: Callable[[], None] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.dismiss)
        self.action_button.clicked.connect(self._on_action)
        self.close_button.clicked.connect(self.dismiss)
        self.retranslate()
        self.hide()

    def set_urgent(self, urgent: bool) -> None:
        """Red, for a danger that is here now (a stay rule broken today); calm otherwise."""
        self.setProperty("urgent", urgent)
        self.setStyleSheet(
            "NoticeBar { background: #b3261e; border: 1px solid #8c1d18; } NoticeBar QLabel { color: white; "
            "font-weight: bold; }"
            if urgent
            else ""
        )

    @property
    def urgent(self) -> bool:
        return bool(self.property("urgent"))

    def retranslate(self) -> None:
        self.close_button.setToolTip(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close message"))
        self.setAccessibleName(self.tr("Message"))

    def show_message(
        self,
        text: str,
        action_text: str | None = None,
        callback: Callable[[], None] | None = None,
        timeout_ms: int | None = None,
    ) -> None:
        self.label.setText(text)
        self._callback = callback
        self.action_button.setVisible(bool(action_text))
        self.action_button.setText(action_text or "")
        self.action_button.setAccessibleName(action_text or "")
        if timeout_ms:
            self._timer.start(timeout_ms)
        else:
            self._timer.stop()
        self.show()

    def dismiss(self) -> None:
        self._timer.stop()
        self._callback = None
        self.label.clear()
        self.hide()

    def _on_action(self) -> None:
        callback = self._callback
        self.dismiss()
        if callback is not None:
            callback()
