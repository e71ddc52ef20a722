"""Real file-system faults for tests: a small full tmpfs, a read-only bind mount, a folder an ordinary user may not
write to. Each needs root (mount, or setuid to `nobody`); the tests that use them skip cleanly where that is not
allowed."""

from __future__ import annotations

import contextlib
import errno
import os
import pwd
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _mount(*args: str) -> bool:
    if shutil.which("mount") is None or os.geteuid() != 0:
        return False
    done = subprocess.run(["mount", *args], capture_output=True, check=False)
    return done.returncode == 0


def _umount(target: Path) -> None:
    subprocess.run(["umount", "-l", str(target)], capture_output=True, check=False)


@contextlib.contextmanager
def small_tmpfs(folder: Path, size: str = "8m") -> Iterator[Path]:  # a new vault is 2-4 MiB
    """A tmpfs of `size` mounted on `folder` (skips the test where mounting is not permitted)."""
    folder.mkdir(parents=True, exist_ok=True)
    if not _mount("-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(folder)):
        pytest.skip("mounting a tmpfs is not permitted here")
    try:
        yield folder
    finally:
        _umount(folder)


def fill_disk(folder: Path) -> Path:
    """Write one file until the file system says ENOSPC; returns it (delete it to free the space)."""
    path = folder / "filler"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
    block = b"\xff" * 65536
    try:
        while True:
            try:
                os.write(fd, block)
            except OSError as error:
                if error.errno != errno.ENOSPC:
                    raise
                if len(block) == 1:
                    break
                block = block[: len(block) // 2]
    finally:
        os.close(fd)
    return path


@contextlib.contextmanager
def read_only_bind(folder: Path) -> Iterator[Path]:
    """`folder` remounted read-only on itself (EROFS for every write), as on a locked USB stick."""
    if not _mount("--bind", str(folder), str(folder)):
        pytest.skip("bind mounts are not permitted here")
    try:
        if not _mount("-o", "remount,ro,bind", str(folder)):
            pytest.skip("read-only remounts are not permitted here")
        yield folder
    finally:
        _umount(folder)


NOBODY = "nobody"


def run_as_ordinary_user(script: str, *paths: Path) -> subprocess.CompletedProcess[str]:
    """Run `script` (Python, after `import`s of what it needs) in a child that drops root to `nobody` first, so
    that permission bits count as they do for a person. `paths` are handed to the user `nobody` (chown).
    Where the tests do not run as root, the child runs as the current user."""
    prelude = "import os, sys\n"
    drop = ""
    if os.geteuid() == 0:
        try:
            user = pwd.getpwnam(NOBODY)
        except KeyError:
            pytest.skip("there is no user 'nobody' to drop privileges to")
        for path in paths:
            for sub in [path, *path.rglob("*")]:
                os.chown(sub, user.pw_uid, user.pw_gid, follow_symlinks=False)
        # everything is imported before privileges are dropped: the interpreter may live in root's home
        drop = f"os.setgroups([]); os.setgid({user.pw_gid}); os.setuid({user.pw_uid})\n"
    body = textwrap.dedent(script)
    imports, _, rest = body.partition("# -- as the user --\n")
    code = prelude + imports + drop + rest
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
    )
