"""The preview: the entry as it reads, through the one Markdown parser; nothing outside the vault is loaded."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from ._workspace_support import IGNORED_QT_MESSAGES, make_workspace

pytestmark = pytest.mark.qt_log_ignore(*IGNORED_QT_MESSAGES)

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
BODY = "## Plans\n- [ ] rent\n- [x] visa\n\nMet <Ivan> \\*here\\* ***both***\n![x](/dev/zero) <script>alert(1)</script>"


def test_preview_shows_the_entry_as_it_reads_and_changes_nothing(qtbot, vault, journal, monkeypatch):
    from journal_app.ui.journal.preview import MarkdownPreview

    loaded = []
    real = MarkdownPreview.loadResource
    monkeypatch.setattr(
        MarkdownPreview, "loadResource", lambda self, kind, url: loaded.append(url.toString()) or real(self, kind, url)
    )
    entry = journal.add(title="t", body=BODY)
    workspace = make_workspace(qtbot, vault, autosave_ms=600_000)
    assert workspace.open_entry(entry.id)
    editor = workspace.editor
    qtbot.keyClick(editor.body, Qt.Key.Key_P, CTRL | SHIFT)
    assert editor.is_previewing and editor.preview.isVisible() and not editor.body.isVisible()
    shown = editor.preview.toPlainText()
    for text in (
        "Plans",
        "\u2610 rent",
        "\u2611 visa",
        "Met <Ivan> *here* both",
        "x (/dev/zero)",
        "<script>alert(1)</script>",
    ):
        assert text in shown
    assert "##" not in shown and "\\" not in shown and "**" not in shown
    assert all("dev/zero" not in url for url in loaded)
    qtbot.keyClick(editor.preview, Qt.Key.Key_B, CTRL)  # formatting is off while previewing
    qtbot.keyClick(editor.preview, Qt.Key.Key_P, CTRL | SHIFT)
    assert not editor.is_previewing and editor.body.markdown() == BODY
    assert workspace.save_now()
    assert journal.get(entry.id).body == BODY and journal.history(entry.id) == []


def test_history_shows_versions_through_the_same_parser(qtbot, vault, journal):
    entry = journal.add(title="t", body="Met <Ivan>\n**old**")
    journal.update(entry.id, body="new")
    workspace = make_workspace(qtbot, vault, autosave_ms=600_000)
    assert workspace.open_entry(entry.id)
    dialog = workspace.show_history()
    assert dialog.preview.toPlainText().strip() == "Met <Ivan>\nold"
