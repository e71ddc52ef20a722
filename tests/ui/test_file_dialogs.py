"""File choosers remember nothing: Qt's own dialog (no desktop recent-files entry), Qt's history put back, opened in
Documents, neutral names suggested; and no module opens a QFileDialog any other way."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from journal_app.ui import file_dialogs
from journal_app.ui.planner.attachments_panel import neutral_name

ROOT = Path(__file__).resolve().parent.parent.parent


def qt_settings_text() -> str:
    config = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    found = list(config.rglob("QtProject.conf"))
    return "".join(p.read_text(encoding="utf-8", errors="replace") for p in found)


@pytest.fixture
def chooser(monkeypatch):
    """Answers the next dialog: records it, selects `answer` in it and accepts."""
    seen: list[dict] = []
    answer: list[str] = []

    def run(dialog: QFileDialog) -> bool:
        seen.append({"options": dialog.options(), "folder": Path(dialog.directory().absolutePath()),
                     "selected": dialog.selectedFiles()})  # fmt: skip
        if answer:
            dialog.selectFile(answer[0])
        dialog.accept()
        return True

    monkeypatch.setattr(file_dialogs, "_exec", run)
    return seen, answer


def test_a_save_dialog_remembers_nothing(qtbot, chooser, tmp_path):
    seen, answer = chooser
    secret = tmp_path / "Secret-Folder-Name"
    secret.mkdir()
    answer.append(str(secret / "exported-scan-name.pdf"))
    before = qt_settings_text()
    chosen = file_dialogs.save_file(None, "Export", "attachment.pdf", start=secret)
    assert chosen == str(secret / "exported-scan-name.pdf")
    dialog_options = seen[0]["options"]
    assert dialog_options & QFileDialog.Option.DontUseNativeDialog
    after = qt_settings_text()
    assert "Secret-Folder-Name" not in after and "exported-scan-name" not in after
    assert before == "" or "Secret-Folder-Name" not in before
    home = Path.home()
    assert not (home / ".local" / "share" / "recently-used.xbel").exists()


def test_choosers_open_in_documents(qtbot, chooser, tmp_path, monkeypatch):
    seen, _answer = chooser
    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.setattr(file_dialogs, "documents_dir", lambda: documents)
    file_dialogs.open_file(None, "Attach")
    file_dialogs.choose_folder(None, "Folder")
    file_dialogs.save_file(None, "Export", "deadlines.ics")
    assert [d["folder"] for d in seen] == [documents] * 3
    assert seen[2]["selected"] == [str(documents / "deadlines.ics")]


def test_the_documents_folder_exists_or_is_home():
    assert file_dialogs.documents_dir().is_dir()


def test_neutral_names_for_exported_attachments():
    assert neutral_name("Скан паспорта Иванов.PDF") == "attachment.pdf"
    assert neutral_name("no-extension") == "attachment"
    assert neutral_name("weird.name with spaces") == "attachment"


def test_no_module_opens_a_file_dialog_but_the_helper():
    offenders = []
    for path in sorted((ROOT / "journal_app").rglob("*.py")):
        if path.name == "file_dialogs.py":
            continue
        text = path.read_text(encoding="utf-8")
        if re.search(r"\bQFileDialog\b", text):
            offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []
