"""Every character kept: text typed or pasted into the real editor comes back the same after autosave and reopening,
through `show --json` and through the Markdown export (the installed program, as a separate process, too).

The characters a keyboard cannot send are listed in tests/ui/_typing_support.py; the paste test covers them.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from journal_app import cli
from journal_app.core.export import export_markdown
from tests.conftest import FAST_KDF, PASSPHRASE

from ._typing_support import LONG_URL, PIECES, pasted_texts, type_like_a_keyboard, typed_texts
from ._workspace_support import IGNORED_QT_MESSAGES, make_workspace

pytestmark = pytest.mark.qt_log_ignore(*IGNORED_QT_MESSAGES)

CTRL = Qt.KeyboardModifier.ControlModifier
ROUND_TRIP = settings(
    max_examples=int(os.environ.get("JOURNAL_ROUND_TRIP_EXAMPLES", "25")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)


def paste(qtbot, widget, text: str) -> None:
    QApplication.clipboard().setText(text)
    qtbot.keyClick(widget, Qt.Key.Key_V, CTRL)


def write_and_reopen(qtbot, workspace, journal, text: str, *, by: str) -> str:
    """Type or paste `text` into a new entry, let autosave store it, open it again; returns the entry id."""
    workspace.new_entry()
    body = workspace.editor.body
    body.setFocus()
    if by == "typing":
        type_like_a_keyboard(qtbot, body, text)
    else:
        paste(qtbot, body, text)
    qtbot.waitUntil(
        lambda: workspace.current_entry_id is not None and journal.get(workspace.current_entry_id).body == text,
        timeout=10_000,
    )
    entry_id = workspace.current_entry_id
    workspace.new_entry()  # leave it, then open it again from the vault
    versions = len(journal.history(entry_id))
    assert workspace.open_entry(entry_id)
    assert body.markdown() == text  # (toPlainText() would show a no-break space as a space)
    assert workspace.editor.fields().body == text
    # opening it, and the autosave that follows any signal, never rewrites it
    qtbot.wait(120)
    assert workspace.save_now()
    assert journal.get(entry_id).body == text
    assert len(journal.history(entry_id)) == versions
    return entry_id


def markdown_export_body(folder: Path, entry_id: str) -> str:
    (path,) = [p for p in folder.glob("*.md") if entry_id[:8] in p.name]
    content = path.read_text(encoding="utf-8")
    assert content.startswith("---\n")
    return content.split("\n---\n\n", 1)[1]


def exported(body: str) -> str:
    """What the Markdown export holds for a body: the body, with a final newline if it had none."""
    return body if not body or body.endswith("\n") else body + "\n"


def show_json(vault_dir: Path, pwfile: Path, entry_id: str, capsys, monkeypatch) -> dict:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    capsys.readouterr()
    code = cli.main(
        ["--vault", str(vault_dir), "--passphrase-file", str(pwfile), "show", entry_id, "--json"], kdf=FAST_KDF
    )
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


@pytest.fixture
def pwfile(tmp_path: Path) -> Path:
    path = tmp_path / "pw.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path


def _check_outside(vault, vault_dir, pwfile, tmp_path, capsys, monkeypatch, written: dict[str, str]) -> None:
    folder = tmp_path / f"export-{len(list(tmp_path.iterdir()))}"
    export_markdown(vault, folder)
    for entry_id, text in written.items():
        assert markdown_export_body(folder, entry_id) == exported(text)
    vault.close()  # the CLI opens the vault itself
    for entry_id, text in written.items():
        assert show_json(vault_dir, pwfile, entry_id, capsys, monkeypatch)["body"] == text


@ROUND_TRIP
@given(text=typed_texts)
def test_typed_text_comes_back_unchanged(qtbot, vault, journal, vault_dir, pwfile, tmp_path, capsys, monkeypatch, text):
    if not text.strip():
        return  # an entry of spaces only is not created: nothing to compare
    workspace = _workspace(qtbot, vault)
    entry_id = write_and_reopen(qtbot, workspace, journal, text, by="typing")
    _written[entry_id] = text


@ROUND_TRIP
@given(text=pasted_texts)
def test_pasted_text_comes_back_unchanged(
    qtbot, vault, journal, vault_dir, pwfile, tmp_path, capsys, monkeypatch, text
):
    if not text.strip():
        return
    workspace = _workspace(qtbot, vault)
    entry_id = write_and_reopen(qtbot, workspace, journal, text, by="paste")
    _written[entry_id] = text


_written: dict[str, str] = {}
_workspaces: dict[int, object] = {}


def _workspace(qtbot, vault):
    """One workspace per test (hypothesis runs many examples inside one test function)."""
    key = id(vault)
    if key not in _workspaces:
        _workspaces.clear()
        _written.clear()
        _workspaces[key] = make_workspace(qtbot, vault, autosave_ms=50)
    return _workspaces[key]


@pytest.fixture(autouse=True)
def _outside_checks(vault, vault_dir, pwfile, tmp_path, capsys, monkeypatch):
    """After each round-trip test: every text it wrote, through the Markdown export and `show --json`."""
    _written.clear()
    _workspaces.clear()
    yield
    written = dict(_written)
    _written.clear()
    workspace = _workspaces.pop(id(vault), None)
    if workspace is not None:
        workspace.clear()
    if written:
        _check_outside(vault, vault_dir, pwfile, tmp_path, capsys, monkeypatch, written)


def test_pasted_line_ends_become_newlines(qtbot, vault, journal):
    workspace = make_workspace(qtbot, vault, autosave_ms=600_000)
    paste(qtbot, workspace.editor.body, "one\r\ntwo\rthree\u2029four\n")
    assert workspace.save_now()
    (summary,) = journal.list_entries()
    assert journal.get(summary.id).body == "one\ntwo\nthree\nfour\n"


def test_every_class_of_piece_round_trips_by_typing_and_by_paste(qtbot, vault, journal):
    """Each piece of the generators on its own, so that none is left to chance."""
    workspace = make_workspace(qtbot, vault, autosave_ms=50)
    for piece in PIECES:
        text = f"x{piece}y"
        write_and_reopen(qtbot, workspace, journal, text, by="typing")
        write_and_reopen(qtbot, workspace, journal, text, by="paste")


# -- the installed program, as a separate process --------------------------------------------------------------------

APP = Path(sys.prefix) / "bin" / "journal-app"
HARD_TYPED = (
    f"Paste a link {LONG_URL} and done\n## heading typed\n- [ ] item\n- second\n\nStars *not* 2*3*4 back\\slash "
    "under_score\n  indented  \nMet <Ivan> at the station <!-- note --> <script>alert(1)</script> &amp;\n"
    "Emoji 👨\u200d👩\u200d👧 🏳\ufe0f\u200d🌈 שלום مرحبا e\u0301 и\u0306 Сегодня ВНЖ їжак ![x](/dev/zero)  "
)
HARD_PASTED = HARD_TYPED + "\ttab\t\n\u200fRLM first\n\u2028line separator\x00nul\n"


def _app_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


@pytest.mark.slow
@pytest.mark.skipif(not APP.exists(), reason="the program is not installed in this environment")
def test_the_installed_program_shows_and_exports_what_was_typed(qtbot, tmp_path, pwfile):
    """A vault with the real key derivation: typed and pasted in the app, read back by `journal-app` itself."""
    from journal_app.core.vault import Vault

    folder = tmp_path / "real"
    vault = Vault.create(folder, PASSPHRASE)
    try:
        journal = vault.journal()
        workspace = make_workspace(qtbot, vault, autosave_ms=50)
        written = {
            write_and_reopen(qtbot, workspace, journal, HARD_TYPED, by="typing"): HARD_TYPED,
            write_and_reopen(qtbot, workspace, journal, HARD_PASTED, by="paste"): HARD_PASTED,
        }
        workspace.clear()
    finally:
        vault.close()
    base = [str(APP), "--vault", str(folder), "--passphrase-file", str(pwfile)]
    for entry_id, text in written.items():
        shown = subprocess.run(
            [*base, "show", entry_id, "--json"],
            capture_output=True,
            text=True,
            env=_app_env(),
            timeout=120,
            check=False,
        )
        assert shown.returncode == 0, shown.stderr
        assert json.loads(shown.stdout)["body"] == text
    out = tmp_path / "md"
    done = subprocess.run(
        [*base, "export", "--format", "md", str(out)],
        capture_output=True,
        text=True,
        env=_app_env(),
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    for entry_id, text in written.items():
        assert markdown_export_body(out, entry_id) == exported(text)
