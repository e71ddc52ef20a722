"""Before a lock, clear() leaves no widget showing what the person wrote."""

from __future__ import annotations

import io
from datetime import timedelta

import pytest

from tests.conftest import MARKER

from ._planner_support import IGNORED_QT_MESSAGES, TODAY, make_workspace, png_bytes, widgets_containing

pytestmark = pytest.mark.qt_log_ignore(*IGNORED_QT_MESSAGES)


def test_clear_leaves_no_personal_data_in_any_widget(qtbot, vault):
    planner, attachments = vault.planner(), vault.attachments()
    doc = planner.add_document(
        kind="visa", title=f"Visa {MARKER}", expires=TODAY + timedelta(days=20), number=MARKER, holder=MARKER,
        notes=MARKER,
    )  # fmt: skip
    attachments.add("document", doc.id, f"{MARKER}.png", io.BytesIO(png_bytes()))
    planner.add_deadline(title=f"Deadline {MARKER}", due=TODAY + timedelta(days=2), notes=MARKER)
    planner.save_zone(f"zone-{MARKER}", title=f"Zone {MARKER}", rules=vault.planner().zone("schengen").rules)
    planner.add_trip(zone="schengen", entry=TODAY - timedelta(days=5))

    workspace = make_workspace(qtbot, vault)
    for index in range(workspace.tabs.count()):
        workspace.tabs.setCurrentIndex(index)
    workspace.documents.select(doc.id)
    dialog = workspace.documents.edit_current()
    dialog.attachments_panel.list.setCurrentRow(0)
    viewer = dialog.attachments_panel.view_current()
    assert viewer is not None
    workspace.deadlines.tree.setCurrentItem(workspace.deadlines.rows()[0])
    deadline_dialog = workspace.deadlines.edit_current()
    assert deadline_dialog.title_edit.text() == f"Deadline {MARKER}"
    assert widgets_containing(MARKER)  # the test can see it before

    workspace.clear()
    assert widgets_containing(MARKER) == []
    assert workspace.save_now() is True


def test_no_window_title_names_what_the_person_wrote(qtbot, vault):
    planner = vault.planner()
    planner.save_zone("mine", title=f"Zone {MARKER}", rules=planner.zone("schengen").rules)
    doc = planner.add_document(kind="visa", title=f"Visa {MARKER}", expires=TODAY + timedelta(days=20))
    workspace = make_workspace(qtbot, vault)
    workspace.stays.select_zone("mine")
    dialogs = [workspace.stays.edit_rules(), workspace.stays.add_trip()]
    workspace.documents.select(doc.id)
    dialogs.append(workspace.documents.edit_current())
    assert all(MARKER not in d.windowTitle() for d in dialogs)
    workspace.clear()


def test_retranslate_keeps_the_views_working(qtbot, vault):
    vault.planner().add_deadline(title="Soon", due=TODAY + timedelta(days=2))
    workspace = make_workspace(qtbot, vault)
    workspace.horizon.set_days(30)
    workspace.retranslate()
    assert workspace.tabs.tabText(0) == "&Horizon"
    assert workspace.horizon.days() == 30
    assert [row.text(0) for row in workspace.horizon.rows()] == ["Soon"]
