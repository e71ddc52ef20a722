"""Every path the app uses comes from here.

The default vault lives in the user's data folder. `--vault DIR` (CLI) overrides it.

Portable mode: a marker file (`portable.txt` or `journal-portable`) in the program's folder keeps the vault, the
settings and the cache in `journal-data/` beside the program (a USB stick), and nothing in the user's profile. The
program's folder is the executable's folder in a bundle, and the folder that holds the `journal_app` package in a
source checkout (no marker there: not portable).
"""

from __future__ import annotations

import sys
from pathlib import Path

import appdirs

APP_NAME = "Journal"
PORTABLE_MARKERS = ("portable.txt", "journal-portable")
PORTABLE_DATA = "journal-data"


def is_frozen() -> bool:
    """True inside a bundle made by PyInstaller."""
    return bool(getattr(sys, "frozen", False))


def program_dir() -> Path:
    """The folder the program runs from: the bundle's executable folder, else the one holding `journal_app`."""
    if is_frozen():
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parent.parent.parent


def _candidate_dirs() -> list[Path]:
    folder = program_dir()
    candidates = [folder]
    # A macOS app runs from Journal.app/Contents/MacOS: the marker may sit beside Journal.app (on the stick).
    if is_frozen() and folder.name == "MacOS" and folder.parent.name == "Contents":
        candidates.append(folder.parent.parent.parent)
    return candidates


def portable_dir() -> Path | None:
    """The folder that holds everything in portable mode (`journal-data/` beside the marker), or None."""
    for folder in _candidate_dirs():
        if any((folder / marker).is_file() for marker in PORTABLE_MARKERS):
            return folder / PORTABLE_DATA
    return None


def is_portable() -> bool:
    return portable_dir() is not None


def default_vault_dir() -> Path:
    portable = portable_dir()
    if portable is not None:
        return portable / "vault"
    return Path(appdirs.user_data_dir(APP_NAME, appauthor=False)) / "vault"


def config_dir() -> Path:
    portable = portable_dir()
    if portable is not None:
        return portable / "settings"
    return Path(appdirs.user_config_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    portable = portable_dir()
    if portable is not None:
        return portable / "cache"
    return Path(appdirs.user_cache_dir(APP_NAME, appauthor=False))


def resources_dir() -> Path:
    """The app's read-only data (translations, icons, checklist templates): in a bundle under sys._MEIPASS, else
    beside the package."""
    if is_frozen():
        bundle = getattr(sys, "_MEIPASS", None)
        return Path(bundle if bundle else program_dir()) / "resources"
    return Path(__file__).resolve().parent.parent.parent / "resources"
