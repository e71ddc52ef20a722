"""Deadlines: add through the dialog, tick done and undone, repeat, checklist templates, calendar export."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from journal_app.core.templates import due_dates, load_templates
from journal_app.ui.planner import prompts
from journal_app.ui.planner.texts import to_qdate

from ._planner_support import IGNORED_QT_MESSAGES, TODAY, accept, make_workspace, short_date

pytestmark = pytest.mark.qt_log_ignore(*IGNORED_QT_MESSAGES)


def test_add_a_deadline_and_tick_it(qtbot, vault):
    workspace = make_workspace(qtbot, vault)
    view = workspace.deadlines
    dialog = view.add_deadline()
    qtbot.keyClicks(dialog.title_edit, "Consulate appointment")
    dialog.due_edit.setDate(to_qdate(date(2025, 6, 2)))
    dialog.has_time.setChecked(True)
    dialog.remind_spin.setValue(3)
    accept(qtbot, dialog)
    (item,) = vault.planner().deadlines()
    assert (item.title, item.due, item.due_time, item.remind_days) == ("Consulate appointment", date(2025, 6, 2),
                                                                        "09:00", 3)  # fmt: skip
    (row,) = view.rows()
    assert row.text(0) == "Consulate appointment"
    assert row.text(1).startswith(short_date(date(2025, 6, 2)))

    row.setCheckState(0, Qt.CheckState.Checked)
    assert vault.planner().deadline(item.id).done
    qtbot.waitUntil(lambda: view.rows() == [])  # done ones are hidden unless asked for
    view.show_done.setChecked(True)
    (row,) = view.rows()
    assert row.checkState(0) == Qt.CheckState.Checked
    row.setCheckState(0, Qt.CheckState.Unchecked)
    assert not vault.planner().deadline(item.id).done
    qtbot.waitUntil(lambda: view.rows()[0].checkState(0) == Qt.CheckState.Unchecked)


def test_a_repeating_deadline_moves_on_when_ticked(qtbot, vault):
    workspace = make_workspace(qtbot, vault)
    view = workspace.deadlines
    dialog = view.add_deadline()
    qtbot.keyClicks(dialog.title_edit, "Report")
    dialog.due_edit.setDate(to_qdate(date(2025, 6, 1)))
    dialog.repeat_box.setCurrentIndex(dialog.repeat_box.findData("every"))
    dialog.every_spin.setValue(10)
    accept(qtbot, dialog)
    (row,) = view.rows()
    assert row.text(2) == "Every 10 day(s)"
    row.setCheckState(0, Qt.CheckState.Checked)
    (item,) = vault.planner().deadlines()
    assert item.due == date(2025, 6, 11) and not item.done
    qtbot.waitUntil(lambda: view.rows()[0].text(1) == short_date(date(2025, 6, 11)))
    assert view.rows()[0].checkState(0) == Qt.CheckState.Unchecked


def test_edit_keeps_the_checklist(qtbot, vault):
    planner = vault.planner()
    template = load_templates()[0]
    created = planner.apply_template(template, TODAY)
    workspace = make_workspace(qtbot, vault)
    view = workspace.deadlines
    row = view.row_for(created[0].id)
    view.tree.setCurrentItem(row)
    dialog = view.edit_current()
    dialog.title_edit.setText("Changed title")
    accept(qtbot, dialog)
    changed = [d for d in planner.deadlines() if d.title == "Changed title"]
    assert len(changed) == 1 and changed[0].checklist_id == created[0].checklist_id
    assert len(planner.deadlines()) == len(created)


def test_apply_a_template_shows_dated_items(qtbot, vault):
    workspace = make_workspace(qtbot, vault)
    view = workspace.deadlines
    dialog = view.apply_template()
    templates = load_templates()
    index = next(i for i, t in enumerate(templates) if t.id == "arriving")
    dialog.template_box.setCurrentIndex(index)
    anchor = date(2025, 7, 1)
    dialog.set_anchor(anchor)
    template = templates[index]
    expected = [(short_date(due), template.text(item.title, "en")) for item, due in due_dates(template, anchor)]
    assert dialog.preview_rows() == expected
    assert "official source" in dialog.note_label.text()
    with qtbot.waitSignal(dialog.finished):
        dialog.apply_button.click()
    deadlines = vault.planner().deadlines()
    assert len(deadlines) == len(template.items)
    first_item, first_due = due_dates(template, anchor)[0]
    group = view.tree.topLevelItem(0)
    assert group.text(0) == template.text(template.title, "en")
    titles_and_dates = [(group.child(i).text(0), group.child(i).text(1)) for i in range(group.childCount())]
    assert (template.text(first_item.title, "en"), short_date(first_due)) in titles_and_dates


def test_calendar_export_warns_first_and_never_overwrites(qtbot, vault, tmp_path, monkeypatch):
    vault.planner().add_deadline(title="Visa run", due=TODAY + timedelta(days=20), remind_days=2)
    workspace = make_workspace(qtbot, vault)
    view = workspace.deadlines
    target = tmp_path / "deadlines.ics"
    monkeypatch.setattr(prompts, "save_file", lambda *a: str(target))
    monkeypatch.setattr(prompts, "confirm", lambda *a: False)
    assert not view.export_ics()
    assert not target.exists()
    monkeypatch.setattr(prompts, "confirm", lambda *a: True)
    assert view.export_ics()
    text = target.read_bytes().decode("utf-8")
    assert "SUMMARY:Visa run" in text and "\r\n" in text
    target.write_text("mine")
    assert not view.export_ics()
    assert target.read_text() == "mine"
    assert "exists" in view.message.text()


def test_a_deadline_can_be_linked_to_a_document_and_keeps_the_link(qtbot, vault):
    from journal_app.ui.planner.deadline_dialog import DeadlineDialog

    planner = vault.planner()
    doc = planner.add_document(kind="visa", title="D-виза", expires=date(2026, 1, 1))
    dialog = DeadlineDialog(planner)
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Продлить визу")
    dialog.link_box.setCurrentIndex(dialog.link_box.findData("document:" + doc.id))
    dialog.save()
    saved = planner.deadline(dialog.saved_id)
    assert saved.document_id == doc.id
    again = DeadlineDialog(planner, saved)
    qtbot.addWidget(again)
    assert again.link_box.currentData() == "document:" + doc.id
    again.title_edit.setText("Продлить визу заранее")
    again.save()
    assert planner.deadline(saved.id).document_id == doc.id and planner.deadline(saved.id).id == saved.id
    last = DeadlineDialog(planner, planner.deadline(saved.id))
    qtbot.addWidget(last)
    last.link_box.setCurrentIndex(0)
    last.save()
    assert planner.deadline(saved.id).document_id is None
