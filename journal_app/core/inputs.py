"""Reading files the user points at (imports, attachments): only regular files, opened so that nothing can block.

A device (`/dev/zero`, `/dev/urandom`), a FIFO, a socket or a folder is refused with NotARegularFile before a single
byte is read: reading one could never end or would exhaust memory. The file is opened with O_NONBLOCK (a FIFO then
cannot hang the open) and checked with fstat on the open descriptor, so a name swapped between a check and the open
changes nothing.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

from .errors import InputTooLarge, InvalidInput, NotARegularFile


def open_regular_file(path: Path | str, what: str = "file") -> BinaryIO:
    """Open `path` for reading in binary; InvalidInput (NotARegularFile) unless it is a regular file."""
    path = Path(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise InvalidInput(f"there is no file {path}") from None
    except IsADirectoryError:
        raise NotARegularFile(f"{path} is a folder, not a {what}") from None
    except OSError as error:
        raise InvalidInput(f"{path} could not be read ({error.strerror or error.__class__.__name__})") from None
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            kind = "a folder" if stat.S_ISDIR(mode) else "not an ordinary file (a device, a pipe or a socket)"
            raise NotARegularFile(f"{path} is {kind}; only ordinary files can be read as a {what}")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return open(fd, "rb")  # the caller closes it
    except BaseException:
        os.close(fd)
        raise


def check_size(size: int, limit: int, what: str) -> None:
    """Refuse up front an input larger than `limit` bytes, naming the limit."""
    if size > limit:
        raise InputTooLarge(f"the {what} is too large ({_mb(size)}); the limit is {_mb(limit)}")


def _mb(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size < 10_000_000 else f"{size // 1_000_000} MB"
