"""A document's files: add (right away, or on a worker with progress), view in the app, export after a warning."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtGui import QImage

from journal_app.ui.planner import prompts

from ._planner_support import IGNORED_QT_MESSAGES, accept, make_workspace, png_bytes

pytestmark = pytest.mark.qt_log_ignore(*IGNORED_QT_MESSAGES)


@pytest.fixture
def png_file(tmp_path):
    path = tmp_path / "scan.png"
    path.write_bytes(png_bytes())
    return path


def open_document(qtbot, vault, **options):
    doc = vault.planner().add_document(kind="international_passport", title="Passport", expires=date(2030, 1, 1))
    workspace = make_workspace(qtbot, vault)
    view = workspace.documents
    view.dialog_options = options
    view.select(doc.id)
    dialog = view.edit_current()
    return workspace, doc, dialog


def test_attach_view_and_export_an_image(qtbot, vault, png_file, tmp_path, monkeypatch):
    _workspace, doc, dialog = open_document(qtbot, vault)
    panel = dialog.attachments_panel
    monkeypatch.setattr(prompts, "open_file", lambda *a: str(png_file))
    panel.add_button.click()
    (stored,) = vault.attachments().of("document", doc.id)
    assert stored.name == "scan.png" and stored.mime == "image/png"
    assert panel.list.count() == 1
    assert not panel.list.item(0).icon().isNull()  # a thumbnail, made in memory

    panel.list.setCurrentRow(0)
    viewer = panel.view_current()
    assert viewer is not None and viewer.isVisible()
    assert viewer.image_label.pixmap().size().width() == 40
    viewer.close()

    target = tmp_path / "out" / "copy.png"
    target.parent.mkdir()
    warned = []
    monkeypatch.setattr(prompts, "confirm", lambda *a: warned.append(a[2]) or False)
    monkeypatch.setattr(prompts, "save_file", lambda *a: str(target))
    panel.export_button.click()
    assert not target.exists()  # declined the warning: nothing written
    assert "NOT encrypted" in warned[0]
    monkeypatch.setattr(prompts, "confirm", lambda *a: True)
    panel.export_button.click()
    assert target.read_bytes() == png_file.read_bytes()
    assert not QImage(str(target)).isNull()


def test_a_big_file_is_stored_on_a_worker_with_progress(qtbot, vault, png_file):
    _workspace, doc, dialog = open_document(qtbot, vault, big_file_bytes=0)
    panel = dialog.attachments_panel
    with qtbot.waitSignal(panel.idle, timeout=5000):
        panel.add_path(png_file)
        assert panel.busy and panel.progress is not None
    assert not panel.busy
    assert [a.name for a in vault.attachments().of("document", doc.id)] == ["scan.png"]
    assert panel.list.count() == 1


def test_cancel_leaves_nothing(qtbot, vault, png_file, monkeypatch):
    from journal_app.ui.planner import worker

    real_start = worker.start

    def start_cancelled(task, pool=None):
        task.cancel()  # as if Cancel was pressed before the first chunk was stored
        return real_start(task, pool)

    monkeypatch.setattr(worker, "start", start_cancelled)
    _workspace, doc, dialog = open_document(qtbot, vault, big_file_bytes=0)
    panel = dialog.attachments_panel
    with qtbot.waitSignal(panel.idle, timeout=5000):
        panel.add_path(png_file)
    assert vault.attachments().of("document", doc.id) == []
    assert not dialog.error_label.isVisibleTo(dialog)  # a cancel is not an error


def test_files_chosen_for_a_new_document_are_stored_when_it_is_saved(qtbot, vault, png_file):
    workspace = make_workspace(qtbot, vault)
    dialog = workspace.documents.add_document()
    qtbot.keyClicks(dialog.title_edit, "Residence card")
    dialog.attachments_panel.add_path(png_file)
    assert dialog.attachments_panel.list.count() == 1
    assert not dialog.attachments_panel.view_button.isEnabled()
    accept(qtbot, dialog)
    (doc,) = vault.planner().documents()
    assert [a.name for a in vault.attachments().of("document", doc.id)] == ["scan.png"]


def test_a_file_that_is_not_an_image_is_not_shown(qtbot, vault, tmp_path):
    path = tmp_path / "notes.txt"
    path.write_bytes(b"plain words")
    _workspace, _doc, dialog = open_document(qtbot, vault)
    panel = dialog.attachments_panel
    panel.add_path(path)
    panel.list.setCurrentRow(0)
    with qtbot.waitSignal(panel.failed):
        assert panel.view_current() is None
