"""Settings → Second passphrase (decoy journal): set it for the open journal, unlock with it, remove it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QWidget

from journal_app.core.vault import Vault

from ..conftest import FAST_KDF, MARKER, PASSPHRASE
from ._shell_support import IGNORED_QT_MESSAGES, make_window

pytestmark = pytest.mark.qt_log_ignore(*IGNORED_QT_MESSAGES)

DECOY = "shopping list кот 42"


@pytest.fixture
def window(qtbot, vault_dir: Path):
    with Vault.create(vault_dir, PASSPHRASE, kdf=FAST_KDF) as vault:
        vault.journal().add(title=MARKER, body=MARKER)
    window = make_window(qtbot, vault_dir=vault_dir)
    unlock(qtbot, window, PASSPHRASE)
    return window


def widgets_with_text(text: str) -> list[QWidget]:
    return [w for w in QApplication.allWidgets() if isinstance(w, QLineEdit) and text in w.text()]


def unlock(qtbot, window, passphrase: str) -> None:
    window.unlock_page.passphrase.setText(passphrase)
    with qtbot.waitSignal(window.vault_unlocked, timeout=5000):
        window.unlock_page.unlock()


def titles(window) -> list[str]:
    journal = window.vault.journal()
    return [journal.get(s.id).title for s in journal.list_entries()]


def set_decoy(qtbot, dialog, passphrase: str = DECOY) -> None:
    section = dialog.decoy
    section.passphrase.setText(passphrase)
    section.repeat.setText(passphrase)
    assert section.set_button.isEnabled()
    with qtbot.waitSignal(section.decoy_set, timeout=5000):
        section.set_button.click()
        assert section.busy.isVisible()  # key derivation runs in a worker, with a busy bar
        assert not section.set_button.isEnabled()


def test_the_decoy_passphrase_opens_an_empty_journal_and_the_real_one_the_entries(qtbot, window) -> None:
    dialog = window.show_settings()
    section = dialog.decoy
    assert section.isEnabled() and section.title()
    assert "different times" in section.limits.text()  # the limits are said in plain words
    set_decoy(qtbot, dialog)
    assert section.passphrase.text() == section.repeat.text() == ""
    assert "empty decoy journal" in section.message.text()
    dialog.reject()

    window.lock()
    unlock(qtbot, window, DECOY)
    assert titles(window) == []
    window.lock()
    unlock(qtbot, window, PASSPHRASE)
    assert titles(window) == [MARKER]


def test_the_set_button_waits_for_two_equal_passphrases(qtbot, window) -> None:
    section = window.show_settings().decoy
    assert not section.set_button.isEnabled()
    section.passphrase.setText(DECOY)
    assert not section.set_button.isEnabled()
    section.repeat.setText(DECOY + "x")
    assert not section.set_button.isEnabled()
    assert "not the same" in section.strength_label.text()
    section.repeat.setText(DECOY)
    assert section.set_button.isEnabled()
    assert section.strength_label.text().startswith("Strength:")


def test_this_journals_own_passphrase_is_refused(qtbot, window) -> None:
    section = window.show_settings().decoy
    section.passphrase.setText(PASSPHRASE)
    section.repeat.setText(PASSPHRASE)
    section.set_button.click()
    assert section.is_busy
    qtbot.waitUntil(lambda: not section.is_busy, timeout=5000)
    assert "this journal's passphrase" in section.message.text()
    assert section.passphrase.text() == ""
    window.lock()
    unlock(qtbot, window, PASSPHRASE)
    assert titles(window) == [MARKER]


def test_remove_asks_first_and_then_the_decoy_passphrase_no_longer_opens(qtbot, window) -> None:
    dialog = window.show_settings()
    set_decoy(qtbot, dialog)
    section = dialog.decoy

    section.remove_button.click()
    box = section._confirm_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    box.button(QMessageBox.StandardButton.Cancel).click()  # Cancel: nothing happens
    assert not section.is_busy

    section.remove_button.click()
    box = section._confirm_box
    remove = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)
    with qtbot.waitSignal(section.decoy_removed, timeout=5000):
        remove.click()
    dialog.reject()

    window.lock()
    window.unlock_page.passphrase.setText(DECOY)
    window.unlock_page.unlock()
    qtbot.waitUntil(lambda: not window.unlock_page.is_busy, timeout=5000)
    assert not window.is_unlocked
    assert "did not open" in window.unlock_page.message.text()
    unlock(qtbot, window, PASSPHRASE)
    assert titles(window) == [MARKER]


def test_only_while_unlocked(qtbot, window) -> None:
    section = window.show_settings().decoy
    section.passphrase.setText(DECOY)
    window.lock()  # every dialog closes on a lock (docs/LOCKING.md), with what was typed in it
    assert window._settings_dialog is None
    assert widgets_with_text(DECOY) == []
    section = window.show_settings().decoy
    assert not section.passphrase.isEnabled() and not section.remove_button.isEnabled()
    assert section.passphrase.text() == ""
    assert "Unlock the journal" in section.message.text()
    unlock(qtbot, window, PASSPHRASE)
    assert section.passphrase.isEnabled() and section.remove_button.isEnabled()


def test_locking_while_a_decoy_is_being_set_waits_for_it(qtbot, window) -> None:
    section = window.show_settings().decoy
    section.passphrase.setText(DECOY)
    section.repeat.setText(DECOY)
    section.set_button.click()
    assert window.lock()  # closing the settings waits for the decoy being set
    QApplication.processEvents()
    unlock(qtbot, window, DECOY)  # it finished before the vault was closed
    assert titles(window) == []
