"""First run, vault creation and unlocking through the real widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from journal_app.core import paths
from journal_app.core.vault import Vault, vault_exists
from journal_app.ui.settings_store import SettingsStore
from journal_app.ui.unlock.passphrase import GENERATED_WORDS, word_list

from ..conftest import FAST_KDF, MARKER, PASSPHRASE, snapshot
from ._shell_support import IGNORED_QT_MESSAGES, FakeWorkspace, make_window

pytestmark = pytest.mark.qt_log_ignore(*IGNORED_QT_MESSAGES)

TYPED_PASSPHRASE = "calm river ladder window orbit"


@pytest.fixture
def existing_vault(vault_dir):
    vault = Vault.create(vault_dir, PASSPHRASE, kdf=FAST_KDF)
    vault.journal().add(title="title " + MARKER, body="body " + MARKER)
    vault.close()
    SettingsStore().set_vault_dir(vault_dir)
    return vault_dir


def test_first_run_creates_a_vault_in_the_default_folder(qtbot):
    window = make_window(qtbot)
    assert window.stack.currentWidget() is window.first_run
    assert window.first_run.language_box.count() == 3
    for label in (window.first_run.protects, window.first_run.not_hidden, window.first_run.no_recovery):
        assert label.text()
    qtbot.mouseClick(window.first_run.continue_button, Qt.MouseButton.LeftButton)
    page = window.create_page
    assert window.stack.currentWidget() is page

    qtbot.keyClicks(page.passphrase, "password")
    assert page.reason_label.isVisible() and page.reason_label.text()
    assert not page.create_button.isEnabled()
    page.passphrase.clear()

    qtbot.keyClicks(page.passphrase, TYPED_PASSPHRASE)
    qtbot.keyClicks(page.repeat, TYPED_PASSPHRASE[:-1])
    assert page.mismatch_label.isVisible()
    assert not page.create_button.isEnabled()
    qtbot.keyClicks(page.repeat, TYPED_PASSPHRASE[-1])
    assert not page.reason_label.isVisible()
    assert page.create_button.isEnabled()
    with qtbot.waitSignal(window.vault_unlocked, timeout=5000):
        qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert vault_exists(paths.default_vault_dir())
    assert isinstance(window.workspace, FakeWorkspace)
    assert page.passphrase.text() == "" and page.repeat.text() == ""
    assert window.windowTitle() == "Journal"
    window.lock()
    Vault.open(paths.default_vault_dir(), TYPED_PASSPHRASE, kdf=FAST_KDF).close()


def test_weak_passphrase_needs_a_deliberate_choice_and_custom_folder_is_remembered(qtbot, tmp_path):
    window = make_window(qtbot)
    window.stack.setCurrentWidget(window.create_page)
    page = window.create_page
    folder = tmp_path / "usb" / "journal"
    page.set_custom_folder(folder)
    qtbot.keyClicks(page.passphrase, "qwerty")
    qtbot.keyClicks(page.repeat, "qwerty")
    assert page.accept_weak.isVisible()
    assert not page.create_button.isEnabled()
    page.accept_weak.setChecked(True)
    assert page.create_button.isEnabled()
    with qtbot.waitSignal(window.vault_unlocked, timeout=5000):
        qtbot.keyClick(page.repeat, Qt.Key.Key_Return)
    assert vault_exists(folder)
    assert SettingsStore().vault_dir == folder


def test_generated_passphrase_is_six_words_from_the_list(qtbot):
    window = make_window(qtbot)
    page = window.create_page
    window.stack.setCurrentWidget(page)
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    words = page.passphrase.text().split(" ")
    assert len(words) == GENERATED_WORDS
    assert set(words) <= set(word_list())
    assert page.repeat.text() == page.passphrase.text()
    assert page.passphrase.echoMode() == page.passphrase.EchoMode.Normal
    assert page.generated_note.isVisible()
    assert not page.reason_label.isVisible()
    assert page.create_button.isEnabled()


def test_wrong_then_right_passphrase(qtbot, existing_vault):
    before = snapshot(existing_vault)
    window = make_window(qtbot)
    page = window.unlock_page
    assert window.stack.currentWidget() is page
    qtbot.keyClicks(page.passphrase, "not the passphrase")
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    assert page.busy.isVisible()  # shown while the worker derives the key
    qtbot.waitUntil(lambda: not page.is_busy, timeout=5000)
    assert "did not open" in page.message.text()
    assert page.passphrase.text() == ""
    assert not window.is_unlocked
    assert snapshot(existing_vault) == before

    page.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(window.vault_unlocked, timeout=5000):
        qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.workspace
    assert MARKER in window.workspace.editor.toPlainText()
    assert page.passphrase.text() == "" and page.message.text() == ""


def test_damaged_vault_says_so_and_offers_no_overwrite(qtbot, existing_vault):
    for name in ("data.0", "data.1"):
        path = existing_vault / name
        path.write_bytes(path.read_bytes()[:1000])
    before = snapshot(existing_vault)
    window = make_window(qtbot)
    page = window.unlock_page
    page.passphrase.setText(PASSPHRASE)
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not page.is_busy and page.message.text() != "", timeout=5000)
    assert "damaged" in page.message.text()
    assert not page.create_button.isVisible()
    assert snapshot(existing_vault) == before


def test_caps_lock_is_pointed_out(qtbot, existing_vault):
    window = make_window(qtbot)
    page = window.unlock_page
    qtbot.keyClick(page.passphrase, "A")  # upper case without Shift
    assert page.caps_label.isVisible()
    qtbot.keyClick(page.passphrase, "a")
    assert not page.caps_label.isVisible()
    qtbot.keyClick(page.passphrase, "A", Qt.KeyboardModifier.ShiftModifier)
    assert not page.caps_label.isVisible()
