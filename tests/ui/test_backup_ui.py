"""Backups, restore, merge, export and import in the app: driven through the dialogs, checked on disk."""

from __future__ import annotations

import json
import re
import threading
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QRunnable, Qt, QThreadPool

from journal_app.core.backup import verify_backup, write_backup
from journal_app.core.vault import Vault
from journal_app.ui.main_window import default_workspace_factory
from journal_app.ui.settings_store import SettingsStore

from ..conftest import FAST_KDF, MARKER, PASSPHRASE
from ._shell_support import IGNORED_QT_MESSAGES, make_window, widgets_containing

pytestmark = pytest.mark.qt_log_ignore(*IGNORED_QT_MESSAGES)
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
TODAY = date.today().isoformat()


@pytest.fixture
def existing_vault(vault_dir):
    with Vault.create(vault_dir, PASSPHRASE, kdf=FAST_KDF) as vault:
        vault.journal().add(title="title " + MARKER, body="body " + MARKER, tags=["tag" + MARKER, "home"])
        vault.journal().add(title="second", body="plain words", tags=["home"])
    SettingsStore().set_vault_dir(vault_dir)
    return vault_dir


def plain(text: str) -> str:
    """English plural forms come from journal_en.qm once `make translations` has taken these strings in; until then
    Qt shows the source form ("entry(ies)"). Either way the numbers are what is checked."""
    return text.replace("entry(ies)", "entries").replace("day(s)", "days")


def unlock(qtbot, window) -> None:
    """As a person does: type and press Enter (the app keeps the passphrase for automatic backups)."""
    window.unlock_page.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(window.vault_unlocked, timeout=5000):
        qtbot.keyClick(window.unlock_page.passphrase, Qt.Key.Key_Return)


def run(qtbot, dialog, ok: bool = True):
    with qtbot.waitSignal(dialog.task_finished, timeout=20_000) as done:
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert done.args == [ok], dialog.message.text()
    return dialog


def test_back_up_through_the_dialog_and_verify_the_file(qtbot, existing_vault, tmp_path):
    window = make_window(qtbot)
    unlock(qtbot, window)
    out = tmp_path / "stick"
    out.mkdir()
    dialog = window.backup_actions.open_backup()
    assert dialog.use_journal.isChecked() and not dialog.journal_passphrase.isVisible()  # known from unlocking
    dialog.folder.set_path(out)
    assert f"journal-{TODAY}.backup" in dialog.name_label.text()
    run(qtbot, dialog)
    files = sorted(p.name for p in out.iterdir())
    assert files == [f"journal-{TODAY}.backup"]
    assert MARKER.encode() not in (out / files[0]).read_bytes()
    assert verify_backup(out / files[0], PASSPHRASE).size > 0
    assert "is written" in dialog.message.text()
    assert window.settings.last_backup_at is not None
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)  # "Close"
    assert not dialog.isVisible()


def test_a_separate_passphrase_must_be_typed_twice(qtbot, existing_vault, tmp_path):
    window = make_window(qtbot)
    unlock(qtbot, window)
    dialog = window.backup_actions.open_backup()
    dialog.folder.set_path(tmp_path)
    dialog.use_separate.setChecked(True)
    assert dialog.separate.isVisible()
    dialog.separate.setText("another long passphrase")
    dialog.separate_again.setText("another long passphrasf")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert "not the same" in dialog.message.text()
    dialog.separate_again.setText("another long passphrase")
    run(qtbot, dialog)
    verify_backup(tmp_path / f"journal-{TODAY}.backup", "another long passphrase")


def test_the_journal_passphrase_is_checked_when_the_app_does_not_know_it(qtbot, existing_vault, tmp_path):
    window = make_window(qtbot)
    window.unlock_page.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(window.vault_unlocked, timeout=5000):
        window.unlock_page.unlock()  # not through Enter or the button: the app did not keep it
    dialog = window.backup_actions.open_backup()
    assert dialog.journal_passphrase.isVisible()
    dialog.folder.set_path(tmp_path)
    dialog.journal_passphrase.setText("not it")
    run(qtbot, dialog, ok=False)
    assert "not the journal's passphrase" in dialog.message.text()
    assert not list(tmp_path.glob("*.backup*"))
    dialog.journal_passphrase.setText(PASSPHRASE)
    run(qtbot, dialog)
    verify_backup(tmp_path / f"journal-{TODAY}.backup", PASSPHRASE)


class _Gate(QRunnable):
    def __init__(self, event: threading.Event) -> None:
        super().__init__()
        self.event = event

    def run(self) -> None:
        self.event.wait(10)


def test_cancel_leaves_no_file(qtbot, existing_vault, tmp_path):
    window = make_window(qtbot)
    unlock(qtbot, window)
    out = tmp_path / "stick"
    out.mkdir()
    dialog = window.backup_actions.open_backup()
    dialog.folder.set_path(out)
    pool = QThreadPool.globalInstance()
    old = pool.maxThreadCount()
    gate = threading.Event()
    pool.setMaxThreadCount(1)
    pool.start(_Gate(gate))  # the backup waits behind this until it has been cancelled
    try:
        dialog.start()
        assert dialog.is_running and "Working" in dialog.message.text()
        with qtbot.waitSignal(dialog.finished, timeout=10_000):
            qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
            gate.set()
    finally:
        gate.set()
        pool.setMaxThreadCount(old)
    assert list(out.iterdir()) == []
    assert window.settings.last_backup_at is None
    assert window.is_unlocked and window.vault.journal().list_entries()  # the journal goes on


def test_a_missing_folder_is_said_plainly(qtbot, existing_vault, tmp_path):
    window = make_window(qtbot)
    unlock(qtbot, window)
    dialog = window.backup_actions.open_backup()
    dialog.folder.set_path(tmp_path / "unplugged")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert "USB stick" in dialog.message.text()


def test_wrong_backup_passphrase_and_a_damaged_file(qtbot, existing_vault, tmp_path):
    with Vault.open(existing_vault, PASSPHRASE, kdf=FAST_KDF) as vault:
        backup = write_backup(vault, tmp_path / "b.backup", PASSPHRASE, kdf=FAST_KDF)
    window = make_window(qtbot)
    dialog = window.backup_actions.open_verify()
    dialog.file.set_path(backup)
    dialog.passphrase.setText("wrong")
    run(qtbot, dialog, ok=False)
    assert "does not open the backup" in dialog.message.text()
    dialog.passphrase.setText(PASSPHRASE)
    run(qtbot, dialog)
    assert dialog.message.text().startswith("The backup is whole (made ")
    damaged = tmp_path / "damaged.backup"
    data = bytearray(backup.read_bytes())
    data[len(data) // 2] ^= 1
    damaged.write_bytes(bytes(data))
    again = window.backup_actions.open_verify()
    again.file.set_path(damaged)
    again.passphrase.setText(PASSPHRASE)
    run(qtbot, again, ok=False)
    assert "damaged" in again.message.text()


def _own_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_automatic_backup_on_lock_makes_one_file_a_day_and_keeps_the_last_n(qtbot, existing_vault, tmp_path):
    folder = tmp_path / "auto"
    folder.mkdir()
    for name in ("journal-2020-01-01.backup", "journal-2021-05-01.backup", "journal-2021-05-01-2.backup"):
        (folder / name).write_bytes(b"old")
    for name in ("notes.txt", "journal-2019-01-01.backup.old", "my-journal-2019-01-01.backup"):
        (folder / name).write_bytes(b"not ours")
    settings = SettingsStore()
    settings.set_auto_backup(True)
    settings.set_auto_backup_dir(folder)
    settings.set_auto_backup_keep(2)
    window = make_window(qtbot, settings=settings)
    unlock(qtbot, window)
    window.lock()
    assert window.backup_actions.auto_backup.last_outcome == "made"
    # files this journal did not make (another journal's, or older ones) are never pruned (test_auto_backup_decoy)
    assert _own_files(folder) == sorted(
        [f"journal-{TODAY}.backup", "journal-2020-01-01.backup", "journal-2021-05-01.backup",
         "journal-2021-05-01-2.backup", "notes.txt", "journal-2019-01-01.backup.old", "my-journal-2019-01-01.backup"]
    )  # fmt: skip
    verify_backup(folder / f"journal-{TODAY}.backup", PASSPHRASE)
    assert settings.last_backup_at is not None
    assert widgets_containing(MARKER) == []
    unlock(qtbot, window)
    window.lock()  # the same day: no second backup
    assert window.backup_actions.auto_backup.last_outcome == "not due"
    assert len(list(folder.glob("journal-*.backup"))) == 4


def test_automatic_backup_skips_a_missing_folder_and_tries_again(qtbot, existing_vault, tmp_path):
    folder = tmp_path / "usb"
    settings = SettingsStore()
    settings.set_auto_backup(True)
    settings.set_auto_backup_dir(folder)
    window = make_window(qtbot, settings=settings)
    unlock(qtbot, window)
    window.lock()
    assert window.backup_actions.auto_backup.last_outcome == "no folder"
    assert not window.is_unlocked and settings.last_backup_at is None
    folder.mkdir()  # plugged in again
    unlock(qtbot, window)
    window.close()  # quitting backs up, too
    assert window.backup_actions.auto_backup.last_outcome == "made"
    assert _own_files(folder) == [f"journal-{TODAY}.backup"]


def test_panic_makes_no_backup(qtbot, existing_vault, tmp_path):
    settings = SettingsStore()
    settings.set_auto_backup(True)
    settings.set_auto_backup_dir(tmp_path)
    window = make_window(qtbot, settings=settings)
    unlock(qtbot, window)
    window.panic()
    assert not window.is_unlocked
    assert list(tmp_path.glob("*.backup")) == []


def test_a_calm_reminder_when_the_last_backup_is_old(qtbot, existing_vault):
    settings = SettingsStore()
    settings.set_last_backup_at(datetime.now(UTC) - timedelta(days=9))
    window = make_window(qtbot, settings=settings, workspace_factory=default_workspace_factory)
    unlock(qtbot, window)
    summary = window.workspace.summary
    assert "9 days ago" in plain(summary.label.text())
    window.lock()
    settings.set_last_backup_at(datetime.now(UTC) - timedelta(days=2))
    unlock(qtbot, window)
    assert "backup" not in window.workspace.summary.label.text()


def test_restore_into_a_new_folder_and_open_it(qtbot, existing_vault, tmp_path):
    with Vault.open(existing_vault, PASSPHRASE, kdf=FAST_KDF) as vault:
        backup = write_backup(vault, tmp_path / "b.backup", PASSPHRASE, kdf=FAST_KDF)
    before = {p.name: p.read_bytes() for p in existing_vault.iterdir()}
    window = make_window(qtbot)
    dialog = window.backup_actions.open_restore()
    target = tmp_path / "restored"
    dialog.file.set_path(backup)
    dialog.passphrase.setText(PASSPHRASE)
    dialog.target.set_path(target)
    dialog.new_passphrase.setText("a brand new passphrase")
    dialog.new_again.setText("a brand new passphrase")
    run(qtbot, dialog)
    assert "restored into" in dialog.message.text()
    assert window.unlock_page.folder == target and window.settings.vault_dir == target
    assert {p.name: p.read_bytes() for p in existing_vault.iterdir()} == before  # the old one is untouched
    window.unlock_page.passphrase.setText("a brand new passphrase")
    with qtbot.waitSignal(window.vault_unlocked, timeout=5000):
        window.unlock_page.unlock()
    assert MARKER in window.workspace.editor.toPlainText()


def test_restore_over_the_open_journal_locks_first_and_keeps_the_old_one(qtbot, existing_vault, tmp_path):
    with Vault.open(existing_vault, PASSPHRASE, kdf=FAST_KDF) as vault:
        backup = write_backup(vault, tmp_path / "b.backup", PASSPHRASE, kdf=FAST_KDF)
    window = make_window(qtbot)
    unlock(qtbot, window)
    dialog = window.backup_actions.open_restore()
    dialog.file.set_path(backup)
    dialog.passphrase.setText(PASSPHRASE)
    dialog.target.set_path(existing_vault)
    run(qtbot, dialog)
    assert not window.is_unlocked
    assert dialog.moved_aside is not None and dialog.moved_aside.is_dir()
    unlock(qtbot, window)
    assert MARKER in window.workspace.editor.toPlainText()


def test_merge_reports_counts_in_plain_words(qtbot, existing_vault, tmp_path):
    other_dir = tmp_path / "other"
    with Vault.create(other_dir, "other passphrase", kdf=FAST_KDF) as other:
        for n in range(3):
            other.journal().add(title=f"from the old laptop {n}", body="words")
        backup = write_backup(other, tmp_path / "old.backup", "other passphrase", kdf=FAST_KDF)
    window = make_window(qtbot)
    unlock(qtbot, window)
    dialog = window.backup_actions.open_merge()
    dialog.file.set_path(backup)
    dialog.passphrase.setText("other passphrase")
    run(qtbot, dialog)
    assert "3 entries added" in plain(dialog.message.text()), dialog.message.text()
    assert "0 updated" in dialog.message.text()
    assert len(window.vault.journal().list_entries()) == 5


@pytest.mark.parametrize("kind", ["md", "html", "pdf", "json"])
def test_export_each_format_after_the_warning(qtbot, existing_vault, tmp_path, kind):
    window = make_window(qtbot)
    unlock(qtbot, window)
    dialog = window.backup_actions.open_export()
    dialog.set_format(kind)
    target = tmp_path / f"out-{kind}"
    dialog.target.set_path(target)
    assert "NOT encrypted" in dialog.warning.text()
    assert not dialog.start_button.isEnabled()  # not before the warning has been confirmed
    dialog.understood.setChecked(True)
    assert dialog.start_button.isEnabled()
    run(qtbot, dialog)
    assert "2 entries exported" in plain(dialog.message.text())
    assert target.exists()
    if kind == "pdf":
        assert target.read_bytes().startswith(b"%PDF")
    elif kind == "json":
        assert json.loads(target.read_text(encoding="utf-8"))["format"] == "journal-export"
    elif kind == "html":
        assert MARKER in target.read_text(encoding="utf-8")
    else:
        assert len(list(target.glob("*.md"))) == 2
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("out")) == [target.name]  # nothing else


def test_export_never_overwrites_and_filters_by_tag(qtbot, existing_vault, tmp_path):
    window = make_window(qtbot)
    unlock(qtbot, window)
    taken = tmp_path / "taken.html"
    taken.write_text("mine")
    dialog = window.backup_actions.open_export()
    dialog.set_format("html")
    dialog.target.set_path(taken)
    dialog.understood.setChecked(True)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert "already there" in dialog.message.text() and taken.read_text() == "mine"
    for i in range(dialog.tag_list.count()):
        item = dialog.tag_list.item(i)
        if item.data(Qt.ItemDataRole.UserRole) == "tag" + MARKER:
            item.setCheckState(Qt.CheckState.Checked)
    dialog.target.set_path(tmp_path / "one.html")
    run(qtbot, dialog)
    assert re.match(r"1 entr(y|ies) exported", plain(dialog.message.text()))


def test_import_the_jrnl_fixture(qtbot, existing_vault):
    expected = json.loads((FIXTURES / "jrnl" / "plain.expected.json").read_text(encoding="utf-8"))["entries"]
    window = make_window(qtbot)
    unlock(qtbot, window)
    dialog = window.backup_actions.open_import()
    dialog.set_kind("jrnl")
    dialog.file.set_path(FIXTURES / "jrnl" / "plain.txt")
    run(qtbot, dialog)
    assert plain(dialog.message.text()) == f"{len(expected)} entries imported."
    assert len(window.vault.journal().list_entries()) == 2 + len(expected)


def test_a_malformed_import_changes_nothing_and_names_the_line(qtbot, existing_vault, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text("hello\n[2024-01-01 10:00] fine\n", encoding="utf-8")
    window = make_window(qtbot)
    unlock(qtbot, window)
    dialog = window.backup_actions.open_import()
    dialog.file.set_path(bad)
    run(qtbot, dialog, ok=False)
    assert "line 1" in dialog.message.text()
    assert len(window.vault.journal().list_entries()) == 2


def test_nothing_of_the_journal_stays_in_a_widget_after_lock(qtbot, existing_vault, tmp_path):
    window = make_window(qtbot)
    unlock(qtbot, window)
    export = window.backup_actions.open_export()
    assert widgets_containing(MARKER)  # the tag list shows the tag: the check below can fail
    assert export.isVisible()
    window.lock()
    assert widgets_containing(MARKER) == []
    assert not window.backup_actions.back_up.isEnabled() and window.backup_actions.verify.isEnabled()
