"""Plans that say what matters: expired documents marked and first; ticks and restored versions can be undone."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from ._planner_support import IGNORED_QT_MESSAGES, TODAY, make_workspace
from ._shell_support import forget_translations

pytestmark = pytest.mark.qt_log_ignore(*IGNORED_QT_MESSAGES)


@pytest.fixture(autouse=True)
def english():
    from journal_app.ui.i18n import LanguageManager

    languages = LanguageManager()
    languages.set_language("en")  # English plural forms ("11 days") come from journal_en.qm
    yield languages
    forget_translations(languages)


def test_an_expired_document_is_marked_and_listed_first(qtbot, vault):
    planner = vault.planner()
    planner.add_document(kind="visa", title="Renew soon", expires=TODAY + timedelta(days=30), lead_days=180)
    planner.add_document(kind="international_passport", title="Old passport", expires=TODAY - timedelta(days=11),
                         lead_days=10)  # fmt: skip
    planner.add_document(kind="residence_permit", title="Later", expires=TODAY + timedelta(days=400), lead_days=30)
    planner.add_document(kind="visa", title="Today", expires=TODAY, lead_days=0)
    workspace = make_workspace(qtbot, vault)
    view = workspace.documents
    assert view.titles()[0] == "Old passport"  # its renewal date is later than "Renew soon"'s, yet it comes first
    rows = {view.tree.topLevelItem(i).text(0): view.tree.topLevelItem(i) for i in range(view.tree.topLevelItemCount())}
    assert rows["Old passport"].text(5) == "Expired 11 days ago"
    assert rows["Old passport"].font(0).bold()
    assert rows["Today"].text(5) == "Expires today"
    assert rows["Renew soon"].text(5) == "Start renewing now; expires in 30 days"
    assert rows["Later"].text(5) == ""


def test_expired_plural_forms_in_russian(qtbot, vault, english):
    vault.planner().add_document(kind="visa", title="A", expires=TODAY - timedelta(days=1), lead_days=0)
    vault.planner().add_document(kind="visa", title="B", expires=TODAY - timedelta(days=3), lead_days=0)
    vault.planner().add_document(kind="visa", title="C", expires=TODAY - timedelta(days=11), lead_days=0)
    languages = english
    try:
        languages.set_language("ru")
        workspace = make_workspace(qtbot, vault)
        view = workspace.documents
        texts = sorted(view.tree.topLevelItem(i).text(5) for i in range(3))
        assert texts == ["Истёк 1 день назад", "Истёк 11 дней назад", "Истёк 3 дня назад"]
    finally:
        forget_translations(languages)


def test_ticking_a_deadline_can_be_undone(qtbot, vault):
    deadline = vault.planner().add_deadline(title="Register", due=TODAY + timedelta(days=3))
    workspace = make_workspace(qtbot, vault)
    view = workspace.deadlines
    row = view.row_for(deadline.id)
    row.setCheckState(0, Qt.CheckState.Checked)
    assert vault.planner().deadline(deadline.id).done
    assert view.undo_bar.isVisibleTo(view) and view.undo_bar.label.text() == "Marked as done."
    qtbot.mouseClick(view.undo_bar.action_button, Qt.MouseButton.LeftButton)
    assert not vault.planner().deadline(deadline.id).done
    qtbot.waitUntil(lambda: view.row_for(deadline.id) is not None)
    assert view.row_for(deadline.id).checkState(0) == Qt.CheckState.Unchecked
    assert not view.undo_bar.isVisibleTo(view)


def test_ticking_a_repeating_deadline_can_be_undone(qtbot, vault):
    due = TODAY + timedelta(days=2)
    deadline = vault.planner().add_deadline(title="Monthly", due=due, repeat="monthly")
    workspace = make_workspace(qtbot, vault)
    view = workspace.deadlines
    view.row_for(deadline.id).setCheckState(0, Qt.CheckState.Checked)
    moved = vault.planner().deadline(deadline.id)
    assert moved.due > due and not moved.done
    assert "comes again" in view.undo_bar.label.text()
    view.undo_bar.action_button.click()
    assert vault.planner().deadline(deadline.id).due == due


def test_restoring_an_old_version_can_be_undone(qtbot, vault):
    from ._workspace_support import make_workspace as make_journal

    journal = vault.journal()
    entry = journal.add(title="first", body="the first words")
    journal.update(entry.id, title="second", body="the second words")
    workspace = make_journal(qtbot, vault)
    workspace.open_entry(entry.id)
    dialog = workspace.show_history()
    dialog.versions_list.setCurrentRow(0)
    dialog.restore_selected()
    assert journal.get(entry.id).body == "the first words"
    assert workspace.notice.isVisibleTo(workspace)
    assert workspace.notice.label.text() == "An earlier version was restored."
    workspace.notice.action_button.click()
    assert journal.get(entry.id).body == "the second words"
    assert workspace.editor.body.toPlainText() == "the second words"
    assert date.today()  # the history keeps both
    assert {v.body for v in journal.history(entry.id)} >= {"the first words"}


def horizon_row(view, text: str):
    for row in view.rows():
        if text in row.text(0):
            return row
    raise AssertionError(f"no horizon row with {text!r}: {[r.text(0) for r in view.rows()]}")


def test_horizon_rows_open_their_document_deadline_or_stay(qtbot, vault):
    from PySide6.QtTest import QTest

    from journal_app.ui.planner.deadline_dialog import DeadlineDialog
    from journal_app.ui.planner.document_dialog import DocumentDialog

    planner = vault.planner()
    doc = planner.add_document(kind="visa", title="Work visa", expires=TODAY + timedelta(days=20), lead_days=30)
    deadline = planner.add_deadline(title="Register address", due=TODAY + timedelta(days=3))
    workspace = make_workspace(qtbot, vault)
    horizon = workspace.horizon
    workspace.tabs.setCurrentWidget(horizon)
    row = horizon_row(horizon, "Work visa")
    rect = horizon.tree.visualItemRect(row)
    QTest.mouseClick(horizon.tree.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
    QTest.mouseDClick(horizon.tree.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
    assert workspace.tabs.currentWidget() is workspace.documents
    assert isinstance(workspace.documents.dialog, DocumentDialog)
    assert workspace.documents.current_id() == doc.id
    workspace.documents.dialog.reject()
    workspace.tabs.setCurrentWidget(horizon)
    horizon.tree.setFocus()
    horizon.tree.setCurrentItem(horizon_row(horizon, "Register address"))
    qtbot.keyClick(horizon.tree, Qt.Key.Key_Return)
    assert workspace.tabs.currentWidget() is workspace.deadlines
    assert isinstance(workspace.deadlines.dialog, DeadlineDialog)
    assert workspace.deadlines.current_id() == deadline.id
    workspace.deadlines.dialog.reject()


def test_a_stay_row_opens_its_zone(qtbot, vault):
    vault.planner().add_trip(zone="schengen", entry=TODAY - timedelta(days=60), exit=None)
    workspace = make_workspace(qtbot, vault)
    horizon = workspace.horizon
    stay_rows = [r for r in horizon.rows() if r.data(1, Qt.ItemDataRole.UserRole + 10)[0] == "stay"]
    assert stay_rows
    horizon.tree.setFocus()
    horizon.tree.setCurrentItem(stay_rows[0])
    qtbot.keyClick(horizon.tree, Qt.Key.Key_Return)
    assert workspace.tabs.currentWidget() is workspace.stays
    assert workspace.stays.zone_list.currentItem() is not None


def test_an_applied_checklist_follows_the_ui_language(qtbot, vault, english):
    from journal_app.core.templates import load_templates

    template = load_templates()[0]
    english.set_language("uk")
    workspace = make_workspace(qtbot, vault)
    dialog = workspace.deadlines.apply_template()
    dialog.template_box.setCurrentIndex(dialog.template_box.findData(template.id))
    dialog.apply()
    titles = {d.title for d in vault.planner().deadlines()}
    assert titles == {template.text(item.title, "uk") for item in template.items}
    assert titles != {template.text(item.title, "en") for item in template.items}
