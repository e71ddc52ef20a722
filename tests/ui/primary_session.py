"""A child process for tests/ui/test_primary_selection.py, run on a real X display (Xvfb):

    python tests/ui/primary_session.py MODE VAULT_DIR

Unlocks the real window over a new vault, types a marker into the journal editor, selects it with the keyboard, reads
the PRIMARY selection with `xclip` (as any other program could), locks (MODE: ctrl_l, idle, screen, panic, quit) and
reads it again. Prints one JSON line: what xclip saw before and after (booleans only, never the text).
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from journal_app.core.vault import Vault  # noqa: E402
from journal_app.ui.main_window import MainWindow  # noqa: E402
from journal_app.ui.settings_store import SettingsStore  # noqa: E402
from tests.conftest import FAST_KDF, PASSPHRASE  # noqa: E402

MARKER = "ZEBRA-7391-primary"  # typed with QTest, which takes ASCII only


def spin(until, timeout_ms: int = 10_000) -> bool:
    loop = QEventLoop()
    waited = 0
    while not until() and waited < timeout_ms:
        QTimer.singleShot(20, loop.quit)
        loop.exec()
        waited += 20
    return bool(until())


def xclip(*args: str) -> str:
    """Run xclip in a thread while the event loop answers the X server's selection requests."""
    out: list[str] = []

    def run() -> None:
        try:
            done = subprocess.run(["xclip", "-o", "-selection", "primary", *args], capture_output=True, timeout=5)
            out.append(done.stdout.decode("utf-8", "replace"))
        except subprocess.TimeoutExpired:
            out.append("")

    thread = threading.Thread(target=run)
    thread.start()
    spin(lambda: not thread.is_alive())
    thread.join()
    return out[0] if out else ""


def main() -> int:
    mode, folder = sys.argv[1], Path(sys.argv[2])
    app = QApplication([sys.argv[0]])
    Vault.create(folder, PASSPHRASE, kdf=FAST_KDF).close()
    settings = SettingsStore()
    settings.set_vault_dir(folder)
    settings.set_tray_icon(False)
    window = MainWindow(settings, kdf=FAST_KDF, idle_ms=600_000, watch_desktop=False, vault_dir=folder)
    window.show()
    window.unlock_page.passphrase.setText(PASSPHRASE)
    window.unlock_page.unlock()
    spin(lambda: window.is_unlocked)
    journal = window.workspace.journal
    journal.new_entry()
    body = journal.editor.body
    body.setFocus()
    QTest.keyClicks(body, "secret " + MARKER)
    QTest.keyClick(body, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # select all: PRIMARY is ours now
    clipboard = app.clipboard()
    spin(lambda: clipboard.ownsSelection())
    before = xclip()
    targets = xclip("-t", "TARGETS")
    if mode == "ctrl_l":
        QTest.keyClick(body, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    elif mode == "panic":
        QTest.keyClick(body, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    elif mode == "idle":
        window.lock_policy.set_idle_ms(50)
    elif mode == "screen":
        window.lock_policy._on_screen_saver_active(True)  # what the desktop's D-Bus signal calls
    elif mode == "quit":
        window.close()
    spin(lambda: not window.is_unlocked)
    after = xclip()
    print(json.dumps({
        "owned_before": MARKER in before,
        "marked_secret": "x-kde-passwordManagerHint" in targets,
        "locked": not window.is_unlocked,
        "after_has_marker": MARKER in after,
        "owns_after": clipboard.ownsSelection(),
    }), flush=True)  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
