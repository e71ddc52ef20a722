"""Every path the app uses comes from here.

The default vault lives in the user's data folder. `--vault DIR` (CLI) overrides it.
"""

from __future__ import annotations

from pathlib import Path

import appdirs

APP_NAME = "Journal"


def default_vault_dir() -> Path:
    return Path(appdirs.user_data_dir(APP_NAME, appauthor=False)) / "vault"


def config_dir() -> Path:
    return Path(appdirs.user_config_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    return Path(appdirs.user_cache_dir(APP_NAME, appauthor=False))


def resources_dir() -> Path:
    """The app's read-only data (translations, icons, checklist templates), beside the package."""
    return Path(__file__).resolve().parent.parent.parent / "resources"
