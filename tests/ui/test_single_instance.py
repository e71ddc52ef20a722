"""One window per vault: over D-Bus a second launch brings the first window forward; without a bus, the vault lock
keeps two processes from writing one vault and the unlock page says why."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtDBus import QDBusConnection

from journal_app.core.vault import Vault
from journal_app.ui.single_instance import FIRST, UNAVAILABLE, InstanceGuard, service_name

from ..conftest import FAST_KDF, PASSPHRASE
from ._shell_support import IGNORED_QT_MESSAGES, make_window

pytestmark = pytest.mark.qt_log_ignore(*IGNORED_QT_MESSAGES)

ROOT = Path(__file__).resolve().parents[2]


def test_the_bus_name_hides_the_folder(tmp_path: Path) -> None:
    folder = tmp_path / "Мой дневник" / "vault"
    name = service_name(folder)
    assert "vault" not in name.lower() and "дневник" not in name
    assert name == service_name(tmp_path / "Мой дневник" / "x" / ".." / "vault")  # the same folder, one name
    assert name != service_name(tmp_path / "other")
    assert all(part and not part[0].isdigit() for part in name.split("."))  # a valid bus name
    assert len(name) < 255


def test_without_a_session_bus_the_app_starts_normally(tmp_path: Path) -> None:
    bus = QDBusConnection.connectToBus(f"unix:path={tmp_path / 'no-bus'}", "journal-test-no-bus")
    try:
        assert not bus.isConnected()
        assert InstanceGuard(tmp_path / "vault", bus=bus).start() == UNAVAILABLE
    finally:
        QDBusConnection.disconnectFromBus("journal-test-no-bus")


def test_without_a_bus_a_second_window_is_told_the_vault_is_open_elsewhere(qtbot, vault_dir: Path) -> None:
    first = Vault.create(vault_dir, PASSPHRASE, kdf=FAST_KDF)  # the "first instance" holds the vault
    try:
        window = make_window(qtbot, vault_dir=vault_dir)
        assert window.stack.currentWidget() is window.unlock_page
        window.unlock_page.passphrase.setText(PASSPHRASE)
        window.unlock_page.unlock()
        qtbot.waitUntil(lambda: not window.unlock_page.is_busy, timeout=5000)
        assert not window.is_unlocked
        assert "open in another window" in window.unlock_page.message.text()
        assert first.journal().add(title="still writable", body="").id  # the first one was not disturbed
    finally:
        first.close()
    window.unlock_page.passphrase.setText(PASSPHRASE)  # once the other window closed it, it opens
    with qtbot.waitSignal(window.vault_unlocked, timeout=5000):
        window.unlock_page.unlock()


@pytest.fixture
def session_bus(tmp_path: Path):
    """A private D-Bus session bus for this test (skipped where dbus-daemon is not installed)."""
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        pytest.skip("dbus-daemon is not installed")
    socket_path = tmp_path / "bus"
    process = subprocess.Popen(
        [daemon, "--session", "--nofork", "--nopidfile", f"--address=unix:path={socket_path}", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert process.stdout is not None
        address = process.stdout.readline().strip()
        if not address:
            pytest.skip("dbus-daemon did not start")
        yield address
    finally:
        process.terminate()
        process.wait(10)


def test_a_second_launch_brings_the_first_forward_and_exits(qtbot, tmp_path: Path, session_bus: str) -> None:
    bus = QDBusConnection.connectToBus(session_bus, "journal-test-first")
    folder = tmp_path / "vault"
    guard = InstanceGuard(folder, bus=bus)
    try:
        assert guard.start() == FIRST
        env = dict(os.environ, DBUS_SESSION_BUS_ADDRESS=session_bus, QT_QPA_PLATFORM="offscreen")
        env["PYTHONPATH"] = str(ROOT)
        with qtbot.waitSignal(guard.activated, timeout=20_000):
            second = subprocess.Popen(
                [sys.executable, "-m", "journal_app", "--vault", str(folder)],
                cwd=ROOT,
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
            )
            qtbot.waitUntil(lambda: second.poll() is not None, timeout=20_000)
        assert second.returncode == 0, second.stderr.read() if second.stderr else ""
        assert not (folder / "data.0").exists()  # it went away without creating anything

        guard.stop()  # after the first quits, the next launch owns the name
        again = InstanceGuard(folder, bus=QDBusConnection.connectToBus(session_bus, "journal-test-again"))
        assert again.start() == FIRST
        again.stop()
    finally:
        guard.stop()
        QDBusConnection.disconnectFromBus("journal-test-first")
        QDBusConnection.disconnectFromBus("journal-test-again")
