"""Before `make run` on Linux: are the system libraries of Qt's X11 (xcb) platform plugin installed?

Without them the app stops at start with "could not load the Qt platform plugin xcb". This script asks the dynamic
linker which libraries of PySide6's `libqxcb.so` are missing (`ldd`; `ldconfig -p` when there is no ldd), and prints
the one command that installs them on Debian/Ubuntu or Fedora. Exit code 0: nothing missing (or not needed: not
Linux, or QT_QPA_PLATFORM names another platform); 1: something is missing (the command is printed).

Standard library only; it never imports Qt.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

#: soname -> (Debian/Ubuntu package, Fedora package). The libraries Qt's xcb plugin needs (Qt 6.5 and later).
PACKAGES: dict[str, tuple[str, str]] = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxcb-xinerama.so.0": ("libxcb-xinerama0", "libxcb"),
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libgthread-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
}
NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)


def xcb_plugin() -> Path | None:
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    plugin = Path(next(iter(spec.submodule_search_locations))) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return plugin if plugin.is_file() else None


def missing_from_ldd(output: str) -> list[str]:
    return sorted(set(NOT_FOUND.findall(output)))


def missing_from_ldconfig(output: str) -> list[str]:
    known = {line.split()[0] for line in output.splitlines() if line.startswith(("\t", " ")) and line.split()}
    return sorted(name for name in PACKAGES if name not in known)


def find_missing(plugin: Path | None) -> list[str]:
    ldd = shutil.which("ldd")
    if plugin is not None and ldd:
        done = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, check=False)  # noqa: S603
        return missing_from_ldd(done.stdout + done.stderr)
    ldconfig = shutil.which("ldconfig") or ("/sbin/ldconfig" if Path("/sbin/ldconfig").exists() else None)
    if ldconfig:
        done = subprocess.run([ldconfig, "-p"], capture_output=True, text=True, check=False)  # noqa: S603
        return missing_from_ldconfig(done.stdout)
    return []


def family(os_release: Path) -> str:
    """ "debian", "fedora" or "" from /etc/os-release (ID and ID_LIKE)."""
    try:
        text = os_release.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
    ids: set[str] = set()
    for line in text.splitlines():
        key, _, value = line.partition("=")
        if key in ("ID", "ID_LIKE"):
            ids.update(value.strip().strip('"').lower().split())
    if ids & {"debian", "ubuntu"}:
        return "debian"
    if ids & {"fedora", "rhel", "centos"}:
        return "fedora"
    return ""


def install_command(missing: list[str], distro: str) -> list[str]:
    """The commands to print: one for the distribution, or both when it is not known."""
    debian = sorted({PACKAGES[name][0] for name in missing if name in PACKAGES})
    fedora = sorted({PACKAGES[name][1] for name in missing if name in PACKAGES})
    commands = []
    if distro in ("debian", "") and debian:
        commands.append("sudo apt-get install -y " + " ".join(debian))
    if distro in ("fedora", "") and fedora:
        commands.append("sudo dnf install -y " + " ".join(fedora))
    return commands


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--os-release", type=Path, default=Path("/etc/os-release"))
    args = parser.parse_args(argv)
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if not sys.platform.startswith("linux") or (platform and not platform.startswith("xcb")):
        return 0
    missing = find_missing(xcb_plugin())
    if not missing:
        return 0
    print("Journal needs system libraries that Qt's X11 support uses, and these are missing:", file=sys.stderr)
    print("  " + " ".join(missing), file=sys.stderr)
    commands = install_command(missing, family(args.os_release))
    if commands:
        print("Install them with:" if len(commands) == 1 else "Install them with one of:", file=sys.stderr)
        for command in commands:
            print("  " + command, file=sys.stderr)
    else:
        print("Install the packages that provide them with your system's package manager.", file=sys.stderr)
    print("(Or run on Wayland with QT_QPA_PLATFORM=wayland if your desktop is a Wayland session.)", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
