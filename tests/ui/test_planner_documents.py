"""The document form and the documents list (what needs action first)."""

from __future__ import annotations

from datetime import date

import pytest

from journal_app.core.planner import DOCUMENT_KINDS
from journal_app.ui.planner.texts import kind_names, to_qdate

from ._planner_support import IGNORED_QT_MESSAGES, accept, make_workspace, short_date

pytestmark = pytest.mark.qt_log_ignore(*IGNORED_QT_MESSAGES)


def fill(qtbot, dialog, *, kind: str, title: str, expires: date | None, number: str = "") -> None:
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData(kind))
    qtbot.keyClicks(dialog.title_edit, title)
    if number:
        qtbot.keyClicks(dialog.number_edit, number)
    if expires is None:
        dialog.no_expiry.setChecked(True)
    else:
        dialog.expires_edit.setDate(to_qdate(expires))


def test_every_kind_has_a_translated_name():
    names = kind_names()
    assert list(names) == list(DOCUMENT_KINDS)
    assert all(names[k] and names[k] != k for k in DOCUMENT_KINDS)


def test_added_documents_are_listed_by_what_needs_action_first(qtbot, vault):
    workspace = make_workspace(qtbot, vault)
    view = workspace.documents
    workspace.tabs.setCurrentWidget(view)
    assert view.empty_label.isVisibleTo(view)

    dialog = view.add_document()
    fill(qtbot, dialog, kind="international_passport", title="Passport", expires=date(2026, 1, 10), number="75 123")
    assert dialog.lead_spin.value() == 180
    accept(qtbot, dialog)

    dialog = view.add_document()
    fill(qtbot, dialog, kind="other", title="Diploma", expires=None)
    accept(qtbot, dialog)

    dialog = view.add_document()
    fill(qtbot, dialog, kind="visa", title="Visa D", expires=date(2025, 8, 1))
    assert dialog.lead_spin.value() == DOCUMENT_KINDS["visa"]
    accept(qtbot, dialog)

    # renew by: passport 2025-07-14, visa 2025-07-02; no expiry last
    assert view.titles() == ["Visa D", "Passport", "Diploma"]
    assert view.tree.topLevelItem(1).text(3) == short_date(date(2026, 1, 10))
    assert view.tree.topLevelItem(1).text(4) == short_date(date(2025, 7, 14))
    assert view.tree.topLevelItem(2).text(3) == "No expiry"
    saved = {d.title: d for d in vault.planner().documents()}
    assert saved["Passport"].number == "75 123"
    assert saved["Passport"].kind == "international_passport"
    assert saved["Diploma"].expires is None
    assert not view.empty_label.isVisibleTo(view)


def test_a_lead_time_typed_by_hand_is_kept_when_the_kind_changes(qtbot, vault):
    workspace = make_workspace(qtbot, vault)
    view = workspace.documents
    dialog = view.add_document()
    dialog.lead_spin.setValue(45)
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("visa"))
    assert dialog.lead_spin.value() == 45


def test_a_document_needs_a_title(qtbot, vault):
    workspace = make_workspace(qtbot, vault)
    view = workspace.documents
    dialog = view.add_document()
    dialog.buttons.accepted.emit()
    assert dialog.isVisible()
    assert dialog.error_label.isVisibleTo(dialog)
    assert vault.planner().documents() == []


def test_editing_a_document_keeps_its_files(qtbot, vault):
    planner, attachments = vault.planner(), vault.attachments()
    doc = planner.add_document(kind="visa", title="Visa", expires=date(2025, 9, 1))
    import io

    attachments.add("document", doc.id, "scan.bin", io.BytesIO(b"x" * 1000))
    workspace = make_workspace(qtbot, vault)
    view = workspace.documents
    view.select(doc.id)
    dialog = view.edit_current()
    assert dialog.title_edit.text() == "Visa"
    dialog.title_edit.clear()
    qtbot.keyClicks(dialog.title_edit, "Visa C")
    accept(qtbot, dialog)
    (saved,) = planner.documents()
    assert saved.title == "Visa C"
    assert [a.name for a in attachments.of("document", saved.id)] == ["scan.bin"]
    assert view.titles() == ["Visa C"]


def test_delete_asks_first(qtbot, vault, monkeypatch):
    from journal_app.ui.planner import prompts

    doc = vault.planner().add_document(kind="visa", title="Visa", expires=date(2025, 9, 1))
    workspace = make_workspace(qtbot, vault)
    view = workspace.documents
    view.select(doc.id)
    monkeypatch.setattr(prompts, "confirm", lambda *a: False)
    view.delete_current()
    assert view.titles() == ["Visa"]
    monkeypatch.setattr(prompts, "confirm", lambda *a: True)
    view.delete_current()
    assert view.titles() == []
    assert vault.planner().documents() == []
