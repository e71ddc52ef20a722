"""Journal > Change passphrase… (and Settings): the current passphrase again, the new one twice with the meter, the
work in a worker with a busy bar, then the journal locks and opens only with the new passphrase."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from journal_app.core.vault import Vault
from journal_app.ui.settings.passphrase_dialog import ChangePassphraseDialog
from journal_app.ui.settings_store import SettingsStore

from ..conftest import FAST_KDF, PASSPHRASE
from ._shell_support import IGNORED_QT_MESSAGES, make_window

pytestmark = pytest.mark.qt_log_ignore(*IGNORED_QT_MESSAGES)

NEW = "lantern orchard pebble violin glacier mosaic"


@pytest.fixture
def existing_vault(vault_dir):
    vault = Vault.create(vault_dir, PASSPHRASE, kdf=FAST_KDF)
    vault.journal().add(title="kept", body="kept body")
    vault.close()
    SettingsStore().set_vault_dir(vault_dir)
    return vault_dir


def unlock(qtbot, window, passphrase=PASSPHRASE) -> None:
    window.unlock_page.passphrase.setText(passphrase)
    with qtbot.waitSignal(window.vault_unlocked, timeout=5000):
        window.unlock_page.unlock()


def test_change_from_the_menu_then_only_the_new_passphrase_opens(qtbot, existing_vault):
    window = make_window(qtbot)
    assert not window.menus.actions["change_passphrase"].isEnabled()
    unlock(qtbot, window)
    assert window.menus.actions["change_passphrase"].isEnabled()
    window.menus.actions["change_passphrase"].trigger()
    dialog = window.menus.help.dialogs["passphrase"]
    assert isinstance(dialog, ChangePassphraseDialog)
    dialog.current.insert(PASSPHRASE)  # pasted: QTest types Latin-1 only
    qtbot.keyClicks(dialog.new, "password123")
    assert dialog.reason_label.isVisible() and not dialog.change_button.isEnabled()  # weak: not without consent
    dialog.new.clear()
    qtbot.keyClicks(dialog.new, NEW)
    assert not dialog.change_button.isEnabled()  # not repeated yet
    qtbot.keyClicks(dialog.repeat, NEW)
    assert dialog.change_button.isEnabled()
    assert dialog.new.echoMode() == QLineEdit.EchoMode.Password
    dialog.show_box.click()
    assert dialog.new.echoMode() == QLineEdit.EchoMode.Normal
    with qtbot.waitSignal(window.vault_locked, timeout=10000):
        qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
        assert dialog.busy.isVisible()
    assert not window.is_unlocked
    assert "new passphrase" in window.unlock_page.message.text()
    with pytest.raises(Exception):
        Vault.open(existing_vault, PASSPHRASE, kdf=FAST_KDF)
    unlock(qtbot, window, NEW)
    assert [e.title for e in window.vault.journal().list_entries()] == ["kept"]


def test_a_wrong_current_passphrase_changes_nothing(qtbot, existing_vault):
    window = make_window(qtbot)
    unlock(qtbot, window)
    dialog = window.menus.help.change_passphrase()
    qtbot.keyClicks(dialog.current, "not the one")
    qtbot.keyClicks(dialog.new, NEW)
    qtbot.keyClicks(dialog.repeat, NEW)
    dialog.change()
    qtbot.waitUntil(lambda: not dialog.is_busy and "not right" in dialog.message.text(), timeout=10000)
    assert window.is_unlocked
    assert dialog.current.text() == ""
    window.lock()
    Vault.open(existing_vault, PASSPHRASE, kdf=FAST_KDF).close()


def test_settings_has_the_change_passphrase_button(qtbot, existing_vault):
    window = make_window(qtbot)
    settings = window.show_settings()
    assert not settings.passphrase_button.isEnabled()
    settings.reject()
    unlock(qtbot, window)
    settings = window.show_settings()
    assert settings.passphrase_button.isEnabled()
    settings.passphrase_button.click()
    assert isinstance(window.menus.help.dialogs.get("passphrase"), ChangePassphraseDialog)


def test_unlock_page_has_a_show_hide_toggle(qtbot, existing_vault):
    window = make_window(qtbot)
    page = window.unlock_page
    qtbot.keyClicks(page.passphrase, "secret words")
    assert page.passphrase.echoMode() == QLineEdit.EchoMode.Password
    qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    assert page.passphrase.echoMode() == QLineEdit.EchoMode.Normal
    qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    assert page.passphrase.echoMode() == QLineEdit.EchoMode.Password
    qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    page.reset()  # every lock hides it again
    assert page.passphrase.echoMode() == QLineEdit.EchoMode.Password


def test_create_page_show_toggle_shows_both_fields(qtbot):
    window = make_window(qtbot)
    page = window.create_page
    page.show_box.click()
    assert page.passphrase.echoMode() == page.repeat.echoMode() == QLineEdit.EchoMode.Normal
