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
