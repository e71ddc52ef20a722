"""Wrong passphrases: a growing wait with a countdown, an optional wipe; Settings → Delete this journal."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from journal_app.core.attempts import UnlockThrottle
from journal_app.core.vault import Vault, vault_exists
from journal_app.ui.settings.delete_dialog import DeleteJournalDialog
from journal_app.ui.settings_store import SettingsStore
from journal_app.ui.unlock.unlock import UnlockPage

from ..conftest import FAST_KDF, MARKER, PASSPHRASE, files_containing
from ._shell_support import IGNORED_QT_MESSAGES, make_window

pytestmark = pytest.mark.qt_log_ignore(*IGNORED_QT_MESSAGES)


@pytest.fixture
def existing_vault(vault_dir):
    with Vault.create(vault_dir, PASSPHRASE, kdf=FAST_KDF) as vault:
        vault.journal().add(title="title " + MARKER, body="body " + MARKER)
    SettingsStore().set_vault_dir(vault_dir)
    return vault_dir


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def try_passphrase(qtbot, page, passphrase: str) -> None:
    page.passphrase.setText(passphrase)
    assert page.unlock_button.isEnabled()
    page.unlock()
    qtbot.waitUntil(lambda: not page.is_busy, timeout=5000)


def test_wrong_passphrases_make_the_button_wait_with_a_countdown(qtbot, existing_vault, tmp_path):
    clock = Clock()
    throttle = UnlockThrottle(tmp_path / "attempts")
    page = UnlockPage(existing_vault, kdf=FAST_KDF, throttle=throttle, clock=clock)
    qtbot.addWidget(page)
    page._countdown.setInterval(20)
    for _ in range(3):  # the first three cost nothing
        try_passphrase(qtbot, page, "wrong")
        assert page.wait_label.isHidden()
    try_passphrase(qtbot, page, "wrong")
    assert throttle.failures == 4
    page.passphrase.setText(PASSPHRASE)
    assert not page.unlock_button.isEnabled()
    assert "5" in page.unlock_button.text() and "5" in page.wait_label.text()
    page.unlock()  # Enter while waiting does nothing
    assert not page.is_busy
    clock.now += 3
    qtbot.waitUntil(lambda: "2" in page.unlock_button.text(), timeout=2000)
    clock.now += 2
    qtbot.waitUntil(page.unlock_button.isEnabled, timeout=2000)
    assert page.wait_label.isHidden()
    with qtbot.waitSignal(page.vault_opened, timeout=5000) as opened:
        page.unlock()
    opened.args[0].close()
    assert throttle.failures == 0 and not (tmp_path / "attempts").exists()


def test_the_wait_survives_a_restart_and_other_errors_do_not_count(qtbot, existing_vault, tmp_path):
    clock = Clock()
    throttle = UnlockThrottle(tmp_path / "attempts")
    for _ in range(5):
        throttle.record_failure(clock.now)
    page = UnlockPage(existing_vault, kdf=FAST_KDF, throttle=UnlockThrottle(tmp_path / "attempts"), clock=clock)
    qtbot.addWidget(page)
    page.passphrase.setText(PASSPHRASE)
    assert not page.unlock_button.isEnabled() and "10" in page.unlock_button.text()

    other = UnlockPage(tmp_path / "no-vault-here", kdf=FAST_KDF, throttle=UnlockThrottle(tmp_path / "b"), clock=clock)
    qtbot.addWidget(other)
    for _ in range(6):
        try_passphrase(qtbot, other, "anything")
    assert other.throttle.failures == 0


def test_wipe_after_n_wrong_passphrases_when_turned_on(qtbot, existing_vault):
    window = make_window(qtbot)
    window.settings.set_wipe_after_failures(5)
    clock = Clock()
    window.unlock_page._clock = clock
    for attempt in range(5):
        clock.now += 600  # no waiting in this test
        window.unlock_page._update_wait()  # what the countdown's next tick does
        if attempt < 4:
            try_passphrase(qtbot, window.unlock_page, f"wrong {attempt}")
            assert vault_exists(existing_vault)
    with qtbot.waitSignal(window.journal_deleted, timeout=5000):
        try_passphrase(qtbot, window.unlock_page, "wrong again")
    assert not existing_vault.exists()
    assert window.stack.currentWidget() is window.first_run
    assert window.throttle.failures == 0


def test_no_wipe_by_default(qtbot, existing_vault):
    window = make_window(qtbot)
    assert window.settings.wipe_after_failures is None
    clock = Clock()
    window.unlock_page._clock = clock
    for attempt in range(7):
        clock.now += 600
        window.unlock_page._update_wait()
        try_passphrase(qtbot, window.unlock_page, f"wrong {attempt}")
    assert vault_exists(existing_vault) and window.throttle.failures == 7
    assert window.stack.currentWidget() is window.unlock_page


def test_settings_wipe_option_is_stored_at_least_five_and_warns(qtbot, existing_vault):
    window = make_window(qtbot)
    dialog = window.show_settings()
    assert not dialog.wipe_check.isChecked() and not dialog.wipe_count.isEnabled()
    assert "Warning" in dialog.wipe_warning.text() and dialog.wipe_warning.isVisible()
    dialog.wipe_check.setChecked(True)
    assert SettingsStore().wipe_after_failures == 10
    dialog.wipe_count.setValue(2)  # the spin box does not go below 5
    assert SettingsStore().wipe_after_failures == 5
    dialog.wipe_check.setChecked(False)
    assert SettingsStore().wipe_after_failures is None
    assert not dialog.delete_button.isEnabled()  # nothing to delete while locked


def unlock(qtbot, window) -> None:
    window.unlock_page.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(window.vault_unlocked, timeout=5000):
        window.unlock_page.unlock()


def test_delete_this_journal_needs_the_typed_word_and_takes_chosen_backups(qtbot, existing_vault, tmp_path):
    backup = tmp_path / "journal-2024.backup"
    backup.write_bytes(b"encrypted backup " * 100)
    window = make_window(qtbot)
    unlock(qtbot, window)
    settings = window.show_settings()
    assert settings.delete_button.isEnabled()
    qtbot.mouseClick(settings.delete_button, Qt.MouseButton.LeftButton)
    dialog = window._delete_dialog
    assert isinstance(dialog, DeleteJournalDialog) and dialog.isVisible()
    assert "SSD" in dialog.limits.text()
    qtbot.keyClicks(dialog.confirm_edit, "delet")
    assert not dialog.delete_button.isEnabled()
    dialog.add_backup_files([backup])
    assert dialog.backups_label.isVisible()
    qtbot.keyClicks(dialog.confirm_edit, "e")
    assert dialog.delete_button.isEnabled()
    with qtbot.waitSignal(window.journal_deleted, timeout=5000):
        qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert not window.is_unlocked and window.workspace is None
    assert not existing_vault.exists() and not backup.exists()
    assert window.stack.currentWidget() is window.first_run
    assert files_containing(tmp_path, MARKER) == []


def test_cancelling_the_dialog_deletes_nothing(qtbot, existing_vault):
    window = make_window(qtbot)
    unlock(qtbot, window)
    dialog = window.ask_delete_journal()
    qtbot.keyClicks(dialog.confirm_edit, dialog.confirm_word)
    dialog.reject()
    assert window.is_unlocked and vault_exists(existing_vault)


def test_wipe_refused_while_the_vault_is_open_elsewhere(qtbot, existing_vault):
    window = make_window(qtbot)
    with Vault.open(existing_vault, PASSPHRASE, kdf=FAST_KDF):  # e.g. the CLI
        with qtbot.waitSignal(window.delete_failed, timeout=5000):
            window._start_wipe([])
        assert vault_exists(existing_vault)
        assert window.unlock_page.message.text()
    assert window.stack.currentWidget() is window.unlock_page
