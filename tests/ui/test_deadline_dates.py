"""A deadline's unusual dates are asked about before it is saved, through the real message box: typed into the real
date field, answered with the real buttons (the checklist's anchor date too)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from journal_app.core.templates import load_templates
from journal_app.ui.planner import prompts
from journal_app.ui.planner.texts import to_qdate
from journal_app.ui.widgets.date_field import display_format

from ._planner_support import IGNORED_QT_MESSAGES, TODAY, make_workspace

pytestmark = pytest.mark.qt_log_ignore(*IGNORED_QT_MESSAGES)

THIRTY_YEARS_ON = date(TODAY.year + 30, TODAY.month, TODAY.day + 1)  # past the document scale's 30 years


def answer_next_box(qtbot, button_text: str, seen: list[str]) -> None:
    """When the next message box shows, note its text and press the button whose text is `button_text`."""

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        seen.append(box.text())
        (button,) = [b for b in box.findChildren(QPushButton) if b.text().replace("&", "") == button_text]
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, press)


def type_date(qtbot, field, day: date) -> None:
    field.edit.setFocus()
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, to_qdate(day).toString(display_format()))
    qtbot.keyClick(field.edit, Qt.Key.Key_Tab)


def test_a_due_date_thirty_years_on_is_asked_about_no_then_yes(qtbot, vault):
    workspace = make_workspace(qtbot, vault)
    dialog = workspace.deadlines.add_deadline()
    qtbot.keyClicks(dialog.title_edit, "Renew the residence permit")
    type_date(qtbot, dialog.due_edit, THIRTY_YEARS_ON)
    assert dialog.due_edit.date() == to_qdate(THIRTY_YEARS_ON)

    seen: list[str] = []
    answer_next_box(qtbot, "Cancel", seen)
    dialog.buttons.accepted.emit()
    assert len(seen) == 1 and "far in the future" in seen[0]
    assert dialog.isVisible() and vault.planner().deadlines() == []  # No: nothing saved, the form stays open

    answer_next_box(qtbot, "Save anyway", seen)
    with qtbot.waitSignal(dialog.finished, timeout=3000):
        dialog.buttons.accepted.emit()
    assert len(seen) == 2
    (saved,) = vault.planner().deadlines()
    assert (saved.title, saved.due) == ("Renew the residence permit", THIRTY_YEARS_ON)

    # editing only the title keeps the dates that were answered for: nothing more to ask
    view = workspace.deadlines
    (row,) = view.rows()
    view.tree.setCurrentItem(row)
    again = view.edit_current()
    assert again is not None
    again.title_edit.setText("Renew the permit")
    with qtbot.waitSignal(again.finished, timeout=3000):
        again.buttons.accepted.emit()
    assert len(seen) == 2 and vault.planner().deadline(saved.id).title == "Renew the permit"


def test_a_short_reminder_and_a_stale_repeat_are_asked_about(qtbot, vault, monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr(prompts, "confirm", lambda _p, _t, text, _go: asked.append(text) or False)
    workspace = make_workspace(qtbot, vault)
    dialog = workspace.deadlines.add_deadline()
    qtbot.keyClicks(dialog.title_edit, "Monthly report")
    type_date(qtbot, dialog.due_edit, date(2025, 3, 1))  # today is 14 May 2025: two months behind
    dialog.repeat_box.setCurrentIndex(dialog.repeat_box.findData("monthly"))
    dialog.buttons.accepted.emit()
    assert len(asked) == 1 and "more than one repeat behind" in asked[0]
    type_date(qtbot, dialog.due_edit, date(2025, 5, 17))
    dialog.repeat_box.setCurrentIndex(dialog.repeat_box.findData("none"))
    dialog.remind_spin.setValue(7)
    dialog.buttons.accepted.emit()
    assert len(asked) == 2 and "7 day" in asked[1] and "before today" in asked[1]
    assert vault.planner().deadlines() == []


def test_a_checklist_anchor_far_away_is_asked_about(qtbot, vault, monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr(prompts, "confirm", lambda _p, _t, text, _go: asked.append(text) or False)
    workspace = make_workspace(qtbot, vault)
    dialog = workspace.deadlines.apply_template()
    assert load_templates()
    type_date(qtbot, dialog.anchor_edit, date(1990, 5, 14))
    dialog.apply()
    assert len(asked) == 1 and "far in the past" in asked[0]
    assert vault.planner().deadlines() == [] and dialog.isVisible()
    monkeypatch.setattr(prompts, "confirm", lambda _p, _t, text, _go: asked.append(text) or True)
    type_date(qtbot, dialog.anchor_edit, date(2025, 6, 1))
    dialog.apply()
    assert len(asked) == 1 and vault.planner().deadlines() != []  # a near anchor asks nothing
