"""Backup file names (a date only, never anything the user wrote, nor which journal) and one backup run."""

from __future__ import annotations

import contextlib
import hmac
import re
import shutil
from datetime import date
from pathlib import Path
from typing import Any

from journal_app.core.backup import write_backup
from journal_app.core.kdf import KDF_V1, KdfParams, derive_key
from journal_app.core.vault import read_salt

from .tasks import CancelledFn, ProgressFn, with_writer

#: Only files named like this are the app's own: the automatic backup never deletes anything else.
OWN_NAME = re.compile(r"^journal-(\d{4})-(\d{2})-(\d{2})(?:-(\d{1,4}))?\.backup$")


def backup_name(day: date, n: int = 1) -> str:
    return f"journal-{day.isoformat()}.backup" if n <= 1 else f"journal-{day.isoformat()}-{n}.backup"


def free_path(folder: Path, day: date) -> Path:
    """The first name of the day not in use: journal-YYYY-MM-DD.backup, then -2, -3 ..."""
    n = 1
    while True:
        path = folder / backup_name(day, n)
        if not path.exists() and not path.with_name(path.name + ".partial").exists():
            return path
        n += 1


def own_backups(folder: Path) -> list[Path]:
    """The app's backup files in `folder`, oldest first (by the date and number in their names)."""
    found: list[tuple[tuple[int, int, int, int], Path]] = []
    with contextlib.suppress(OSError):
        for path in folder.iterdir():
            match = OWN_NAME.match(path.name)
            if match and path.is_file() and not path.is_symlink():
                y, m, d, n = match.groups()
                found.append(((int(y), int(m), int(d), int(n or 1)), path))
    return [path for _key, path in sorted(found)]


def passphrase_opens(vault: Any, passphrase: str, kdf: KdfParams = KDF_V1) -> bool:
    """Does `passphrase` open this vault? (One key derivation: run it in a worker.)"""
    key = derive_key(passphrase, read_salt(vault.folder), kdf)
    return hmac.compare_digest(key, vault.raw_key)


def make_backup(
    vault: Any,
    folder: Path,
    passphrase: str,
    *,
    kdf: KdfParams = KDF_V1,
    day: date | None = None,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> Path:
    """Write a backup of the open vault into `folder` under a new dated name; returns the file written."""
    target = free_path(Path(folder), day or date.today())
    written: Path = with_writer(
        vault,
        lambda view: write_backup(view, target, passphrase, kdf=kdf, progress=progress, cancelled=cancelled),  # type: ignore[arg-type]
    )
    return written


def not_enough_space(folder: Path, needed: int) -> bool:
    try:
        return shutil.disk_usage(folder).free < needed
    except OSError:
        return False
