"""Photos and files in journal entries: pasted or attached in the editor, stored encrypted in the vault, shown in the
preview and the exports, listed under the entry, and kept by backup, restore and merge. A PDF is shown page by page."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, Qt
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QApplication

from journal_app.core.backup import restore_backup, write_backup
from journal_app.core.export import export_html, export_markdown
from journal_app.core.merge import merge_backup
from journal_app.core.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

from ._workspace_support import IGNORED_QT_MESSAGES, make_workspace

pytestmark = pytest.mark.qt_log_ignore(*IGNORED_QT_MESSAGES)
CTRL = Qt.KeyboardModifier.ControlModifier
REFERENCE = re.compile(r"!\[([^\]]*)\]\(attachment:([0-9a-f-]+)\)")


def photo() -> QImage:
    image = QImage(120, 80, QImage.Format.Format_RGB32)
    image.fill(QColor("darkorange"))
    return image


def two_page_pdf() -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.ReadWrite)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A6), QPageLayout.Orientation.Portrait, QMarginsF()))
    painter = QPainter(writer)
    painter.drawText(40, 40, "first page")
    writer.newPage()
    painter.drawText(40, 40, "second page")
    painter.end()
    return bytes(buffer.data().data())


def test_a_pasted_image_is_stored_shown_exported_and_survives_backup_restore_and_merge(
    qtbot, vault, journal, tmp_path, monkeypatch
):
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    workspace = make_workspace(qtbot, vault, autosave_ms=50)
    body = workspace.editor.body
    qtbot.keyClicks(body, "At the office: ")
    QApplication.clipboard().setImage(photo())
    qtbot.keyClick(body, Qt.Key.Key_V, CTRL)
    entry_id = workspace.current_entry_id
    assert entry_id is not None  # the new entry was stored so that the image can belong to it
    qtbot.waitUntil(lambda: REFERENCE.search(journal.get(entry_id).body) is not None, timeout=5000)
    stored = journal.get(entry_id)
    name, file_id = REFERENCE.search(stored.body).groups()
    assert name.startswith("image-") and name.endswith(".png")
    assert stored.body.startswith("At the office: ![")
    (item,) = vault.attachments().of("entry", entry_id)
    assert item.id == file_id and item.mime == "image/png"
    assert not QImage.fromData(vault.attachments().read(item.id)).isNull()
    # listed under the entry, and shown in the preview
    panel = workspace.editor.files.panel
    assert panel.list.count() == 1 and item.name in panel.list.item(0).text()
    workspace.editor.format_actions["preview"].trigger()
    html = workspace.editor.preview.toHtml()
    assert f"attachment:{file_id}" in html
    assert not workspace.editor.preview.loadResource(2, f"attachment:{file_id}").isNull()
    assert workspace.editor.preview.loadResource(2, "file:///dev/zero") is None
    workspace.editor.format_actions["preview"].trigger()
    assert list(temp.iterdir()) == []  # nothing was written outside the vault

    # HTML export: inline, where the text names it; Markdown export: the file beside the entry
    page = tmp_path / "j.html"
    export_html(vault, page)
    text = page.read_text(encoding="utf-8")
    assert re.search(r"At the office: <img src=\"data:image/png;base64,[A-Za-z0-9+/=]+\"", text)
    folder = tmp_path / "md"
    export_markdown(vault, folder)
    assert (folder / entry_id / item.name).read_bytes() == b"".join(vault.attachments().chunks(item.id))

    # backup, restore, merge
    backup = write_backup(vault, tmp_path / "b.backup", PASSPHRASE, kdf=FAST_KDF)
    restored = tmp_path / "restored"
    restore_backup(backup, PASSPHRASE, restored, kdf=FAST_KDF)
    with Vault.open(restored, PASSPHRASE, kdf=FAST_KDF) as again:
        assert again.journal().get(entry_id).body == stored.body
        (copy,) = again.attachments().of("entry", entry_id)
        assert copy.sha256 == item.sha256
    other = Vault.create(tmp_path / "other", PASSPHRASE, kdf=FAST_KDF)
    try:
        merge_backup(other, backup, PASSPHRASE)
        (merged,) = other.attachments().of("entry", entry_id)
        assert merged.sha256 == item.sha256 and other.journal().get(entry_id).body == stored.body
    finally:
        other.close()
    workspace.clear()


def test_files_attached_from_the_editor_and_a_pdf_shown_page_by_page(qtbot, vault, journal, tmp_path, monkeypatch):
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(two_page_pdf())
    picture = tmp_path / "photo.png"
    photo().save(str(picture))
    entry = journal.add(title="papers", body="Scans:\n")
    workspace = make_workspace(qtbot, vault, autosave_ms=600_000)
    assert workspace.open_entry(entry.id)
    editor = workspace.editor
    cursor = editor.body.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    editor.body.setTextCursor(cursor)
    paths = iter([str(scan), str(picture)])
    monkeypatch.setattr("journal_app.ui.planner.prompts.open_file", lambda *_a, **_k: next(paths))
    qtbot.mouseClick(editor.files.panel.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(editor.body, Qt.Key.Key_A, CTRL | Qt.KeyboardModifier.ShiftModifier)  # the toolbar's Attach
    names = sorted(a.name for a in vault.attachments().of("entry", entry.id))
    assert names == ["photo.png", "scan.pdf"]
    assert workspace.save_now()
    body = journal.get(entry.id).body
    assert body.startswith("Scans:\n![photo.png](attachment:") and "scan.pdf" not in body  # only images go inline
    panel = editor.files.panel
    rows = [panel.list.item(i).text() for i in range(panel.list.count())]
    panel.list.setCurrentRow(next(i for i, text in enumerate(rows) if "scan.pdf" in text))
    viewer = panel.view_current()
    assert viewer is not None and viewer.page_count == 2
    qtbot.waitUntil(lambda: viewer.shown_index == 0)  # drawn on a worker
    first = viewer.image_label.pixmap().toImage()
    assert not first.isNull() and first.width() > 100
    qtbot.mouseClick(viewer.next_button, Qt.MouseButton.LeftButton)
    assert viewer.index == 1 and not viewer.next_button.isEnabled()
    qtbot.waitUntil(lambda: viewer.shown_index == 1)
    viewer.done(0)


def test_a_damaged_pdf_is_refused_politely(qtbot, vault, journal):
    import io

    entry = journal.add(title="bad", body="x")
    vault.attachments().add("entry", entry.id, "bad.pdf", io.BytesIO(b"%PDF-1.4 not really"), mime="application/pdf")
    workspace = make_workspace(qtbot, vault, autosave_ms=600_000)
    assert workspace.open_entry(entry.id)
    panel = workspace.editor.files.panel
    panel.list.setCurrentRow(0)
    with qtbot.waitSignal(panel.failed):
        assert panel.view_current() is None
    assert Path(workspace.editor.problem_label.text()) and workspace.editor.problem_label.isVisible()
