"""The pinned Qt binding must not leak references to None/True/False (PySide6 6.12.0 does on Python 3.11, which
aborts the app after a few thousand calls with "none_dealloc")."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QLineEdit, QTextEdit


def test_no_reference_leak_on_none_true_false(qtbot) -> None:
    label, line, text, timer = QLabel(), QLineEdit(), QTextEdit(), QTimer()
    qtbot.addWidget(label)
    qtbot.addWidget(line)
    qtbot.addWidget(text)
    calls = (lambda: label.setText("x"), text.clear, timer.start, timer.stop, line.hasFocus, timer.isActive)
    for call in calls:
        call()
    before = (sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False))
    for _ in range(500):
        for call in calls:
            call()
    after = (sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False))
    if sys.version_info < (3, 12):  # immortal objects from 3.12 on: counts mean nothing there
        assert [a - b for a, b in zip(after, before, strict=True)] == [0, 0, 0]
