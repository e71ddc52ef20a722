"""Locking: Ctrl+L, idle time, the desktop's signals, panic, quitting; nothing of the journal stays in a widget."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from journal_app.core.vault import Vault
from journal_app.ui.clipboard import SECRET_HINT_TYPE
from journal_app.ui.settings_store import SettingsStore

from ..conftest import FAST_KDF, MARKER, PASSPHRASE
from ._shell_support import IGNORED_QT_MESSAGES, FakeWorkspace, make_window, widgets_containing
from ._workspace_support import type_text

pytestmark = pytest.mark.qt_log_ignore(*IGNORED_QT_MESSAGES)


@pytest.fixture
def existing_vault(vault_dir):
    vault = Vault.create(vault_dir, PASSPHRASE, kdf=FAST_KDF)
    vault.journal().add(title="title " + MARKER, body="body " + MARKER)
    vault.close()
    SettingsStore().set_vault_dir(vault_dir)
    return vault_dir


def unlock(qtbot, window) -> None:
    window.unlock_page.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(window.vault_unlocked, timeout=5000):
        window.unlock_page.unlock()


def assert_locked(window) -> None:
    assert not window.is_unlocked
    assert window.workspace is None
    assert window.stack.currentWidget() is window.unlock_page
    assert window.unlock_page.passphrase.text() == ""
    assert not window.lock_policy.is_armed
    assert widgets_containing(MARKER) == []
    assert window.windowTitle() == "Journal"


def test_ctrl_l_saves_clears_and_destroys_the_workspace(qtbot, existing_vault):
    window = make_window(qtbot)
    unlock(qtbot, window)
    workspace = window.workspace
    vault = window.vault
    assert widgets_containing(MARKER)  # the check below can fail
    with qtbot.waitSignal(window.vault_locked, timeout=2000) as locked:
        qtbot.keyClick(workspace.editor, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert locked.args == ["user"]
    assert workspace.calls[:2] == ["save_now", "clear"]
    assert workspace not in QApplication.allWidgets()
    assert not vault.is_open
    assert_locked(window)
    assert not window.actions_.lock.isEnabled()
    unlock(qtbot, window)  # and again
    assert MARKER in window.workspace.editor.toPlainText()


def test_manual_lock_keeps_the_text_when_saving_failed_but_idle_lock_does_not_wait(qtbot, existing_vault):
    window = make_window(qtbot, idle_ms=60_000)
    unlock(qtbot, window)
    window.workspace.save_result = False
    assert window.lock() is False
    assert window.is_unlocked
    window.lock_policy.lock_requested.emit("idle")
    assert_locked(window)


def test_idle_timeout_locks(qtbot, existing_vault):
    window = make_window(qtbot, idle_ms=80)
    unlock(qtbot, window)
    with qtbot.waitSignal(window.vault_locked, timeout=3000) as locked:
        pass
    assert locked.args == ["idle"]
    assert_locked(window)


def test_input_postpones_the_idle_lock_and_the_setting_applies_at_once(qtbot, existing_vault):
    window = make_window(qtbot)
    unlock(qtbot, window)
    assert window.lock_policy.interval_ms == 5 * 60_000
    window.settings.set_auto_lock_minutes(2)
    assert window.lock_policy.interval_ms == 2 * 60_000
    window.lock_policy.set_idle_ms(300)
    timer = window.lock_policy._timer
    qtbot.waitUntil(lambda: timer.remainingTime() < 200, timeout=2000)
    qtbot.keyClick(window.workspace.editor, Qt.Key.Key_A)
    assert timer.remainingTime() > 250
    assert window.is_unlocked


def test_screen_lock_and_sleep_signals_lock(qtbot, existing_vault):
    window = make_window(qtbot)
    unlock(qtbot, window)
    window.lock_policy._on_screen_saver_active(False)
    assert window.is_unlocked
    with qtbot.waitSignal(window.vault_locked) as locked:
        window.lock_policy._on_screen_saver_active(True)
    assert locked.args == ["screen"]
    unlock(qtbot, window)
    with qtbot.waitSignal(window.vault_locked) as locked:
        window.lock_policy._on_prepare_for_sleep(True)
    assert locked.args == ["sleep"]
    assert_locked(window)


def test_panic_locks_hides_and_clears_the_clipboard(qtbot, existing_vault):
    window = make_window(qtbot)
    unlock(qtbot, window)
    clipboard = QGuiApplication.clipboard()
    window.clipboard_guard.copy_text("copied " + MARKER)
    assert clipboard.text() == "copied " + MARKER
    qtbot.keyClick(
        window.workspace.editor, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(lambda: not window.is_unlocked, timeout=2000)  # from the event loop, right after the key
    assert_locked(window)
    assert clipboard.text() == ""
    assert window.isMinimized() or not window.isVisible()


def test_quitting_saves_and_closes_the_vault(qtbot, existing_vault):
    window = make_window(qtbot)
    unlock(qtbot, window)
    workspace, vault = window.workspace, window.vault
    window.close()
    assert workspace.calls[:2] == ["save_now", "save_now"] or workspace.calls[0] == "save_now"
    assert "clear" in workspace.calls
    assert not vault.is_open
    assert SettingsStore().window_geometry is not None


def test_real_workspace_text_reaches_the_vault_before_lock_and_leaves_no_widget(qtbot, existing_vault):
    window = make_window(qtbot, workspace_factory=None)
    unlock(qtbot, window)
    assert type(window.workspace).__name__ == "HomeWorkspace"
    workspace = window.workspace.journal
    workspace.new_entry()
    body = workspace.editor.body
    body.setFocus()
    type_text(qtbot, body, "second " + MARKER)
    with qtbot.waitSignal(window.vault_locked, timeout=2000):
        qtbot.keyClick(body, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert widgets_containing(MARKER) == []
    with Vault.open(existing_vault, PASSPHRASE, kdf=FAST_KDF) as vault:
        journal = vault.journal()
        bodies = [journal.get(s.id).body for s in journal.list_entries()]
    assert any("second " + MARKER in b for b in bodies)


def test_clipboard_guard_marks_secret_and_clears_only_its_own_text(qtbot, monkeypatch):
    from journal_app.ui.clipboard import ClipboardGuard

    guard = ClipboardGuard(30)
    clipboard = QGuiApplication.clipboard()
    guard.set_clear_after_ms(40)
    guard.copy_text("one " + MARKER)
    assert bytes(clipboard.mimeData().data(SECRET_HINT_TYPE)) == b"secret"
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=2000)

    guard.copy_text("two " + MARKER)
    monkeypatch.setattr(guard, "_copied_here", lambda: False)  # as if another program copied
    clipboard.setText("someone else's text")
    qtbot.wait(80)  # longer than the guard's timer: it must leave the other text alone
    assert clipboard.text() == "someone else's text"
    clipboard.clear()
    guard.deleteLater()


def test_clipboard_guard_adopts_copies_from_standard_widgets(qtbot):
    from PySide6.QtWidgets import QLineEdit

    from journal_app.ui.clipboard import ClipboardGuard

    guard = ClipboardGuard(30)
    clipboard = QGuiApplication.clipboard()
    field = QLineEdit("copied by a line edit")
    qtbot.addWidget(field)
    field.show()
    field.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is field, timeout=2000)
    field.selectAll()
    field.copy()
    qtbot.waitUntil(lambda: clipboard.mimeData().hasFormat(SECRET_HINT_TYPE), timeout=2000)
    assert guard.holds_our_text
    guard.clear_now()
    assert clipboard.text() == ""
    guard.deleteLater()


def test_fake_workspace_is_used_in_these_tests(qtbot, existing_vault):
    window = make_window(qtbot)
    unlock(qtbot, window)
    assert isinstance(window.workspace, FakeWorkspace)
    window.settings.set_editor_font_size(17)
    assert window.workspace.font_size == 17
