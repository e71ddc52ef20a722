"""Deleting a vault for good: overwrite each file once with random bytes, flush it to the disk, delete it.

What this can and cannot do, plainly:

- On a hard disk (HDD) with an ordinary file system (ext4, NTFS, APFS without snapshots), one pass of random bytes
  over the file's own blocks makes its old content unreadable.
- On an SSD, a USB stick or an SD card the drive's controller writes the new bytes to *other* flash cells and keeps
  the old ones until it reuses them (wear levelling). The old, encrypted pages may survive for a while where no
  program can reach them but a lab with the right tools can.
- Copy-on-write and journalling file systems (Btrfs, ZFS, APFS, ext4 with data=journal), snapshots (Time Machine,
  Btrfs/ZFS snapshots, Windows shadow copies), cloud sync folders and backups may keep earlier copies of the files.

What stays behind in those cases is still *encrypted*: without the passphrase it is random bytes. Wiping is a second
line; the first is a strong passphrase and full-disk encryption. The backups the app wrote are separate files; they
are removed only when passed in `also`.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .errors import DiskFull, NotAVault, VaultBusy, VaultReadOnly
from .vault import SLOT_NAMES, check_not_busy, folder_problem, os_error_as_vault_error

_CHUNK = 1024 * 1024
#: Working files SQLite or the vault may leave beside a slot.
_SUFFIXES = ("", "-wal", "-shm", "-journal", ".tmp", ".tmp-wal", ".tmp-shm", ".tmp-journal")


@dataclass(frozen=True)
class WipeResult:
    files: int  # files overwritten and deleted
    bytes: int  # bytes overwritten
    folder_removed: bool  # the vault folder was empty afterwards and is gone


def vault_files(folder: Path) -> list[Path]:
    """The files of the vault in `folder` that exist (slots and their working files), nothing else."""
    names = [name + suffix for name in SLOT_NAMES for suffix in _SUFFIXES]
    return [folder / name for name in names if (folder / name).is_file()]


def _fsync_dir(folder: Path) -> None:
    if os.name == "posix":
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _lock(fd: int) -> None:
    if os.name != "posix":
        return
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        raise VaultBusy() from None


def _overwrite(fd: int) -> int:
    """Write random bytes over the whole file once and flush them to the disk; returns the size."""
    size = os.fstat(fd).st_size
    os.lseek(fd, 0, os.SEEK_SET)
    left = size
    while left > 0:
        n = min(_CHUNK, left)
        written = os.write(fd, secrets.token_bytes(n))
        left -= written
    os.fsync(fd)
    return size


def _open_for_wipe(path: Path) -> int:
    flags = os.O_RDWR | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    return os.open(path, flags)


def check_can_delete(folders: Iterable[Path]) -> None:
    """Raise VaultReadOnly (or another VaultUnavailable) unless files in each folder can be removed: a wipe that
    overwrote a slot and then could not delete it, or that stopped half-way, would help nobody. A full disk is no
    obstacle (overwriting in place and deleting need no free space)."""
    for folder in folders:
        problem = folder_problem(folder)
        if problem is not None and not isinstance(problem, DiskFull):
            raise problem
        if os.name == "posix" and not os.access(folder, os.W_OK | os.X_OK):
            raise VaultReadOnly()


def wipe_vault(folder: Path | str, also: Iterable[Path | str] = ()) -> WipeResult:
    """Overwrite and delete every file of the vault in `folder` (and each file in `also`, e.g. backups), then remove
    the folder if nothing else is in it. Refuses (VaultBusy) while any process has the vault open, and
    (VaultReadOnly) when a file could not be deleted or overwritten, before touching anything; the slots stay
    locked while they are overwritten so that nothing can open them meanwhile. Callers wipe only after an unlock
    whose key reached page 1's check and did not match (core.attempts.counts_as_failure).

    Files in the folder that are not part of the vault are left alone. Symbolic links are not followed.
    """
    folder = Path(folder)
    files = vault_files(folder)
    if not any(path.name in SLOT_NAMES for path in files):
        raise NotAVault(f"{folder} holds no vault")
    check_not_busy(folder)
    extra = [Path(p) for p in also]
    for path in extra:
        if path.is_symlink() or not path.is_file():
            raise NotAVault(f"{path} is not a regular file")
    check_can_delete([folder, *sorted({p.parent for p in extra})])
    fds: list[tuple[Path, int]] = []
    try:
        for path in files + extra:  # every file is opened for writing before the first byte is overwritten
            try:
                fd = _open_for_wipe(path)
            except OSError as error:
                raise os_error_as_vault_error(error) from None
            fds.append((path, fd))
            if path.parent == folder and path.name in SLOT_NAMES:
                _lock(fd)
        total = 0
        for _path, fd in fds:
            total += _overwrite(fd)
        for path, _fd in fds:
            path.unlink()
    finally:
        for _path, fd in fds:
            os.close(fd)
    _fsync_dir(folder)
    for parent in {p.parent for p in extra}:
        with contextlib.suppress(OSError):
            _fsync_dir(parent)
    removed = False
    with contextlib.suppress(OSError):
        folder.rmdir()  # only when empty
        removed = True
    return WipeResult(files=len(fds), bytes=total, folder_removed=removed)
