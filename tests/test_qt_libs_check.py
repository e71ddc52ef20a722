"""`make run` checks Qt's X11 libraries first: the script names what is missing and the one command to install it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "packaging" / "linux" / "check_qt_libs.py"

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the check is for Linux")

LDD_MISSING = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibQt6XcbQpa.so.6 => /x/libQt6XcbQpa.so.6 (0x0001)
\tlibxcb-cursor.so.0 => not found
\tlibxkbcommon-x11.so.0 => not found
\tlibxcb-icccm.so.4 => not found
\tlibxcb.so.1 => /lib/x86_64-linux-gnu/libxcb.so.1 (0x0002)
"""


def run(tmp_path: Path, ldd_output: str, os_release: str, **env: str) -> subprocess.CompletedProcess[str]:
    fake = tmp_path / "bin"
    fake.mkdir(exist_ok=True)
    ldd = fake / "ldd"
    ldd.write_text("#!/bin/sh\ncat <<'END'\n" + ldd_output + "END\n", encoding="utf-8")
    ldd.chmod(0o755)
    release = tmp_path / "os-release"
    release.write_text(os_release, encoding="utf-8")
    environment = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    environment["PATH"] = f"{fake}{os.pathsep}{environment.get('PATH', '')}"
    environment.update(env)
    return subprocess.run(
        [sys.executable, str(SCRIPT), "--os-release", str(release)],
        capture_output=True, text=True, env=environment, check=False,
    )  # fmt: skip


def test_debian_gets_one_apt_command(tmp_path):
    done = run(tmp_path, LDD_MISSING, 'ID=ubuntu\nID_LIKE="debian"\n')
    assert done.returncode == 1
    assert "libxcb-cursor.so.0" in done.stderr
    commands = [line.strip() for line in done.stderr.splitlines() if line.strip().startswith("sudo")]
    assert commands == ["sudo apt-get install -y libxcb-cursor0 libxcb-icccm4 libxkbcommon-x11-0"]


def test_fedora_gets_one_dnf_command(tmp_path):
    done = run(tmp_path, LDD_MISSING, "ID=fedora\nVERSION_ID=41\n")
    commands = [line.strip() for line in done.stderr.splitlines() if line.strip().startswith("sudo")]
    assert commands == ["sudo dnf install -y libxkbcommon-x11 xcb-util-cursor xcb-util-wm"]


def test_an_unknown_system_gets_both(tmp_path):
    done = run(tmp_path, LDD_MISSING, "ID=somethingelse\n")
    commands = [line.strip() for line in done.stderr.splitlines() if line.strip().startswith("sudo")]
    assert [c.split()[1] for c in commands] == ["apt-get", "dnf"]


def test_nothing_missing_says_nothing_and_run_goes_on(tmp_path):
    done = run(tmp_path, "\tlibxcb.so.1 => /lib/libxcb.so.1 (0x1)\n", "ID=debian\n")
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")


def test_another_platform_is_not_checked(tmp_path):
    done = run(tmp_path, LDD_MISSING, "ID=debian\n", QT_QPA_PLATFORM="wayland")
    assert done.returncode == 0


#: Load the plugin the script finds (its `xcb_plugin`) with the dynamic loader itself.
LOAD_PLUGIN = """
import ctypes, runpy, sys
try:
    ctypes.CDLL(str(runpy.run_path(sys.argv[1])["xcb_plugin"]()))
except OSError as error:
    sys.exit(str(error))
"""


def test_the_real_plugin_on_this_machine_gets_the_loaders_verdict():
    """The script agrees with the dynamic loader itself: it passes where the real plugin loads, and where it does not,
    it names the library the loader could not find (CI installs the libraries; a machine without them must say so)."""
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    loaded = subprocess.run(
        [sys.executable, "-c", LOAD_PLUGIN, str(SCRIPT)], capture_output=True, text=True, check=False, env=env
    )
    done = subprocess.run([sys.executable, str(SCRIPT)], capture_output=True, text=True, check=False, env=env)
    if loaded.returncode == 0:
        assert (done.returncode, done.stderr) == (0, ""), done.stderr
    else:
        first_missing = loaded.stderr.strip().split(":", 1)[0]
        assert done.returncode == 1
        assert first_missing in done.stderr.split("\n")[1].split(), (loaded.stderr, done.stderr)


def test_make_run_checks_first():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    run_rule = makefile.split("\nrun:", 1)[1].split("\n\n", 1)[0]
    lines = [line.strip() for line in run_rule.splitlines()[1:]]
    assert "check_qt_libs.py" in lines[0] and "journal-app" in lines[1]
