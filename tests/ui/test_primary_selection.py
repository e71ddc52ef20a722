"""Locking leaves nothing selectable behind: text selected in the editor is the app's X11 PRIMARY selection, marked
secret, and Ctrl+L, idle lock, screen lock, panic and quit all remove it.

The real check runs the app in a child process on an Xvfb display and reads the selection with `xclip`, as another
program would (skipped when Xvfb or xclip is not installed). The offscreen check runs where the platform has a
selection (the offscreen platform has none: then it is skipped).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QClipboard, QGuiApplication

from journal_app.ui.clipboard import SECRET_HINT_TYPE, ClipboardGuard

from ._shell_support import IGNORED_QT_MESSAGES

pytestmark = pytest.mark.qt_log_ignore(*IGNORED_QT_MESSAGES)

SESSION = Path(__file__).with_name("primary_session.py")
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def xvfb_display():
    if shutil.which("Xvfb") is None or shutil.which("xclip") is None:
        pytest.skip("Xvfb and xclip are not installed (apt-get install xvfb xclip)")
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-nolisten", "tcp", "-screen", "0", "1024x768x24"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    number = b""
    with os.fdopen(read, "rb") as pipe:
        while not number.endswith(b"\n"):
            chunk = pipe.read(1)
            if not chunk:
                break
            number += chunk
    if not number.strip():
        server.kill()
        pytest.skip("Xvfb did not start")
    yield f":{number.decode().strip()}"
    server.terminate()
    server.wait(10)


@pytest.mark.parametrize("mode", ["ctrl_l", "idle", "screen", "panic", "quit"])
def test_lock_clears_the_primary_selection_on_a_real_display(xvfb_display, tmp_path, mode):
    home = tmp_path / "home"
    for sub in (".config", ".local/share", ".cache", "run"):
        (home / sub).mkdir(parents=True)
    os.chmod(home / "run", 0o700)
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local/share"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_RUNTIME_DIR": str(home / "run"),
        "DISPLAY": xvfb_display,
        "QT_QPA_PLATFORM": "xcb",
        "LANG": "C.UTF-8",
    }
    done = subprocess.run(
        [sys.executable, str(SESSION), mode, str(tmp_path / "vault")],
        env=env,
        cwd=str(ROOT),
        capture_output=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr.decode(errors="replace")[-2000:]
    result = json.loads(done.stdout.decode().strip().splitlines()[-1])
    assert result["owned_before"], "the selection did not reach xclip: the check could not fail"
    assert result["marked_secret"]
    assert result["locked"]
    assert not result["after_has_marker"]
    assert not result["owns_after"]


def test_lock_clears_the_selection_where_the_platform_has_one(qtbot):
    clipboard = QGuiApplication.clipboard()
    if not clipboard.supportsSelection():
        pytest.skip("this Qt platform has no selection (offscreen); the Xvfb test above checks it")
    guard = ClipboardGuard(0)
    clipboard.setText("selected", QClipboard.Mode.Selection)
    qtbot.waitUntil(lambda: clipboard.mimeData(QClipboard.Mode.Selection).hasFormat(SECRET_HINT_TYPE), timeout=2000)
    guard.clear_selection_if_ours()
    assert clipboard.text(QClipboard.Mode.Selection) == ""
