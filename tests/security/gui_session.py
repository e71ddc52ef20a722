"""A scripted session of the real app, run as a child process by the leak and network suites.

    python tests/security/gui_session.py SETUP.json [--audit-log FILE]

SETUP.json (kept outside every folder the tests scan) says where the vault and the passphrase file are, which
marker strings to write and the mode:

- "full": CLI commands (in-process `journal_app.cli.main`, cheap KDF) write an entry, a document number, a zone and a
  trip; then the real MainWindow with the real JournalWorkspace is unlocked and an entry is typed (title, tags,
  body), an attachment is stored, an entry is deleted and the trash emptied, a query is typed into the search box.
- "kill": unlock, type an entry, wait until it is autosaved, type more text that is not saved yet.

Protocol: the script prints a stage name on stdout ("running", "locked", "quit") and waits for a line on stdin
before it goes on; in "kill" mode it waits after "running" until it is killed. It never prints a marker.
With --audit-log, every socket audit event (`socket.__new__`, `socket.connect`, `socket.getaddrinfo`, ...) is
appended to FILE as a JSON line, from the first line of the script on.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path


def _install_audit_log(path: str) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)

    def hook(event: str, args: tuple[object, ...]) -> None:
        if not event.startswith("socket."):
            return
        record: dict[str, object] = {"event": event}
        if event == "socket.__new__":
            record["family"] = int(args[1])  # type: ignore[call-overload]
        elif event in ("socket.connect", "socket.bind", "socket.sendto"):
            record["family"] = int(getattr(args[0], "family", -1))
            record["address"] = repr(args[1])
        elif event in ("socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr"):
            record["host"] = repr(args[0])
        os.write(fd, (json.dumps(record) + "\n").encode())

    sys.addaudithook(hook)


if __name__ == "__main__" and "--audit-log" in sys.argv:
    _install_audit_log(sys.argv[sys.argv.index("--audit-log") + 1])

# The imports below come after the audit hook on purpose: importing the app must be observed too.
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.conftest import FAST_KDF  # noqa: E402

MARKER_KINDS = (
    "cli_title", "cli_body", "cli_tag", "doc_number", "doc_title", "zone_name", "zone_title", "zone_note",
    "trip_note", "title", "body", "tag", "attachment_name", "attachment_content", "search",
    "purged_title", "purged_body", "purged_tag", "kill_title", "kill_body", "kill_unsaved",
)  # fmt: skip
#: The markers that must not be on any page of the database once the entry was deleted and the trash emptied.
PURGED = ("purged_title", "purged_body", "purged_tag")


def make_markers() -> dict[str, str]:
    """A distinct marker for each place: a kind, 12 random hex digits (unique, so that any remnant, even a stemmed
    search token, can be found) and Cyrillic letters (so that UTF-8 and UTF-16 differ from ASCII)."""
    import secrets

    return {kind: f"{kind.replace('_', '')}{secrets.token_hex(6)}жюя" for kind in MARKER_KINDS}


def marker_token(marker: str) -> str:
    """The unique hex part of a marker."""
    return marker[-15:-3]


# -- helpers -------------------------------------------------------------------------------------------------------


def stage(name: str) -> None:
    print(name, flush=True)


def wait_for_go() -> None:
    sys.stdin.readline()


def wait_until(condition: object, timeout: float = 10.0) -> None:
    from PySide6.QtCore import QCoreApplication

    deadline = time.monotonic() + timeout
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise TimeoutError("the session did not reach the expected state")
        QCoreApplication.processEvents()
        time.sleep(0.005)


def pump(seconds: float) -> None:
    from PySide6.QtCore import QCoreApplication

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.005)


def type_text(widget: object, text: str) -> None:
    """Type like a keyboard, one key event per character (QTest.keyClicks cannot type Cyrillic)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    for char in text:
        if char.isascii():
            QTest.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


# -- the CLI part --------------------------------------------------------------------------------------------------


def cli_part(vault: Path, passphrase_file: Path, m: dict[str, str]) -> None:
    import contextlib
    import io

    from journal_app import cli
    from journal_app.core.stays import RollingWindow
    from journal_app.core.vault import Vault

    def run(*argv: str, stdin: str = "") -> None:
        out = io.StringIO()
        old_stdin = sys.stdin
        sys.stdin = io.StringIO(stdin)
        try:
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
                code = cli.main(["--vault", str(vault), "--passphrase-file", str(passphrase_file), *argv], kdf=FAST_KDF)
        finally:
            sys.stdin = old_stdin
        if code != 0:
            raise SystemExit(f"a CLI command failed with exit code {code}")

    # zones cannot be created from the CLI: the core API stands in for the planner's zone dialog
    passphrase = passphrase_file.read_text(encoding="utf-8").splitlines()[0]
    with Vault.open(vault, passphrase, kdf=FAST_KDF) as opened:
        planner = opened.planner()
        planner.save_zone(
            m["zone_name"], title=m["zone_title"], rules=[RollingWindow(limit=90, window=180)], note=m["zone_note"]
        )
        day = __import__("datetime").date
        # an exit day: a trip still there would overlap the CLI's trip below, which the core refuses
        planner.add_trip(zone=m["zone_name"], entry=day(2024, 3, 1), exit=day(2024, 3, 20), note=m["trip_note"])
    run("add", "--title", m["cli_title"], "--tag", m["cli_tag"], stdin=m["cli_body"] + "\n")
    run("doc", "add", "--kind", "visa", "--title", m["doc_title"], "--number", m["doc_number"], "--expires",
        "2031-01-01")  # fmt: skip
    run("trip", "add", "--zone", m["zone_name"], "--entry", "2024-05-01", "--exit", "2024-05-20")
    run("search", m["cli_body"])
    run("list", "--json")


# -- the GUI part --------------------------------------------------------------------------------------------------


def make_window(vault: Path) -> object:
    from journal_app.ui.home_workspace import HomeWorkspace
    from journal_app.ui.main_window import MainWindow
    from journal_app.ui.settings_store import SettingsStore

    def factory(opened: object, guard: object, parent: object) -> object:
        return HomeWorkspace(opened, guard, parent, autosave_ms=100, search_delay_ms=20)

    window = MainWindow(SettingsStore(), kdf=FAST_KDF, vault_dir=vault, workspace_factory=factory)  # type: ignore[arg-type]
    window.show()
    return window


def unlock(window: object, passphrase: str) -> None:
    page = window.unlock_page  # type: ignore[attr-defined]
    type_text(page.passphrase, passphrase)
    page.unlock()
    wait_until(lambda: window.workspace is not None)  # type: ignore[attr-defined]


def write_entry(workspace: object, title: str, tags: str, body: str) -> None:
    editor = workspace.editor  # type: ignore[attr-defined]
    type_text(editor.title_edit, title)
    type_text(editor.tags_edit, tags)
    type_text(editor.body, body)
    assert workspace.save_now()  # type: ignore[attr-defined]


def gui_full(window: object, m: dict[str, str]) -> None:
    import io

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    workspace = window.workspace.journal  # type: ignore[attr-defined]
    journal = window.vault.journal()  # type: ignore[attr-defined]
    write_entry(workspace, m["title"], m["tag"] + ", жизнь", "Сегодня " + m["body"] + " и всё.")
    kept_id = workspace.current_entry_id
    window.vault.attachments().add(  # type: ignore[attr-defined]
        "entry", kept_id, m["attachment_name"] + ".txt", io.BytesIO((m["attachment_content"] + "\n").encode() * 200)
    )
    workspace.new_entry()
    write_entry(workspace, m["purged_title"], m["purged_tag"], m["purged_body"] + " " + m["purged_body"])
    type_text(workspace.editor.body, " ещё")  # a second version of the entry in its history
    wait_until(lambda: m["purged_body"] + " ещё" in journal.get(workspace.current_entry_id).body)
    workspace.delete_current()
    dialog = workspace.show_trash()
    wait_until(lambda: dialog.entries_list.count() == 1)
    QTest.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
    QTest.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: not journal.trash())
    dialog.reject()
    workspace.open_entry(kept_id)
    box = workspace.search_panel.box
    type_text(box, m["search"])
    wait_until(lambda: workspace.search_panel.status.text() not in ("", workspace.search_panel.tr("Searching…")))
    pump(0.1)


def gui_kill(window: object, m: dict[str, str]) -> None:
    workspace = window.workspace.journal  # type: ignore[attr-defined]
    journal = window.vault.journal()  # type: ignore[attr-defined]
    workspace.new_entry()
    editor = workspace.editor
    type_text(editor.title_edit, m["kill_title"])
    type_text(editor.body, m["kill_body"])
    wait_until(lambda: any(s.title == m["kill_title"] for s in journal.list_entries()))  # autosaved
    workspace._autosave.setInterval(600_000)  # the next words stay unsaved in the editor
    type_text(editor.body, " " + m["kill_unsaved"])


def main() -> int:
    setup = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    vault, passphrase_file = Path(setup["vault"]), Path(setup["passphrase_file"])
    passphrase = passphrase_file.read_text(encoding="utf-8").splitlines()[0]
    m: dict[str, str] = setup["markers"]
    if setup["mode"] == "full":
        cli_part(vault, passphrase_file, m)

    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    window = make_window(vault)
    unlock(window, passphrase)
    if setup["mode"] == "full":
        gui_full(window, m)
    else:
        gui_kill(window, m)
    stage("running")
    wait_for_go()
    if setup["mode"] == "kill":
        time.sleep(3600)
    window.lock()  # type: ignore[attr-defined]
    pump(0.05)
    stage("locked")
    wait_for_go()
    window.close()  # type: ignore[attr-defined]
    app.processEvents()
    stage("quit")
    return 0


if __name__ == "__main__":
    sys.exit(main())
