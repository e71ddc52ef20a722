"""The unlock page on a full disk: the right passphrase typed five times with "wipe after 5" on never wipes, never
counts, and says in plain words that the disk is full."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from journal_app.core.vault import Vault, vault_exists
from journal_app.ui.settings_store import SettingsStore

from ..conftest import FAST_KDF, MARKER, snapshot
from ..fs_faults import fill_disk, read_only_bind, small_tmpfs
from ._shell_support import IGNORED_QT_MESSAGES, make_window

pytestmark = pytest.mark.qt_log_ignore(*IGNORED_QT_MESSAGES)
PASSPHRASE = "correct horse battery staple"  # typed key by key (QTest types ASCII only)


def type_and_press_enter(qtbot, page, passphrase: str) -> None:
    page.passphrase.clear()
    qtbot.keyClicks(page.passphrase, passphrase)
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not page.is_busy, timeout=5000)


def _five_right_passphrases_do_no_harm(qtbot, folder, expected_words: str) -> None:
    SettingsStore().set_vault_dir(folder)
    window = make_window(qtbot)
    window.settings.set_wipe_after_failures(5)
    deleted: list[bool] = []
    window.journal_deleted.connect(lambda: deleted.append(True))
    before = snapshot(folder)
    for _ in range(5):
        type_and_press_enter(qtbot, window.unlock_page, PASSPHRASE)
        assert window.throttle.failures == 0
        assert window.unlock_page.wait_label.isHidden()  # no waiting either
    message = window.unlock_page.message.text()
    assert expected_words in message and "passphrase was not the problem" in message
    assert "did not open" not in message
    assert not deleted and vault_exists(folder) and snapshot(folder) == before
    assert window.stack.currentWidget() is window.unlock_page


def test_full_disk_never_wipes_and_says_the_disk_is_full(qtbot, tmp_path) -> None:
    with small_tmpfs(tmp_path / "mnt") as mnt:
        with Vault.create(mnt / "vault", PASSPHRASE, kdf=FAST_KDF) as vault:
            vault.journal().add(body=MARKER)
        filler = fill_disk(mnt)
        _five_right_passphrases_do_no_harm(qtbot, mnt / "vault", "The disk is full")
        filler.unlink()
        with Vault.open(mnt / "vault", PASSPHRASE, kdf=FAST_KDF) as vault:
            assert vault.journal().list_entries()


def test_read_only_folder_never_wipes_and_says_so(qtbot, tmp_path) -> None:
    folder = tmp_path / "vault"
    Vault.create(folder, PASSPHRASE, kdf=FAST_KDF).close()
    with read_only_bind(folder):
        _five_right_passphrases_do_no_harm(qtbot, folder, "cannot be written to")


def test_importing_a_device_or_a_pipe_is_refused_in_plain_words(qtbot, tmp_path) -> None:
    import os

    from journal_app.ui.settings_store import SettingsStore as Store

    folder = tmp_path / "vault"
    Vault.create(folder, PASSPHRASE, kdf=FAST_KDF).close()
    Store().set_vault_dir(folder)
    window = make_window(qtbot)
    window.unlock_page.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(window.vault_unlocked, timeout=5000):
        window.unlock_page.unlock()
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    for source in (fifo, "/dev/zero"):
        dialog = window.backup_actions.open_import()
        dialog.set_kind("jrnl")
        dialog.file.set_path(source)
        with qtbot.waitSignal(dialog.task_finished, timeout=10000) as done:
            qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
        assert done.args == [False]
        assert "Only ordinary files can be imported" in dialog.message.text()
        dialog.reject()
    assert window.vault.journal().list_entries() == []
