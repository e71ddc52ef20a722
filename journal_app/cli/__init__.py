"""The command-line front end: scripting, checks and recovery. No Qt on this path (the PDF export alone loads Qt's
text layout, offscreen, without a window).

The contract (commands, JSON shapes, exit codes) is in docs/CLI.md; scripts rely on it. Each command group is a
module that registers its subcommands and their handlers on the parser: the parser is the one list of commands,
and `journal-app` with a word it does not know is a usage error, never the desktop window.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from .. import __version__
from ..core.errors import (
    DiskFull,
    InvalidInput,
    JournalError,
    NoSuchItem,
    NotAVault,
    VaultBusy,
    VaultDamaged,
    VaultExists,
    VaultReadOnly,
    VaultUnavailable,
    WrongPassphrase,
)
from ..core.kdf import KDF_V1, KdfParams
from ..core.migrations import VaultTooNew
from . import journal, keep, plans, vault
from .access import TooManyAttempts, WipedAfterFailures
from .common import (
    EXIT_DAMAGED,
    EXIT_ERROR,
    EXIT_NO_ITEM,
    EXIT_OK,
    EXIT_PASSPHRASE,
    EXIT_UNAVAILABLE,
    EXIT_USAGE,
    Parser,
    UsageError,
    ask_passphrase,
    read_passphrase_file,
)

__all__ = [
    "EXIT_DAMAGED",
    "EXIT_ERROR",
    "EXIT_NO_ITEM",
    "EXIT_OK",
    "EXIT_PASSPHRASE",
    "EXIT_UNAVAILABLE",
    "EXIT_USAGE",
    "UsageError",
    "ask_passphrase",
    "build_parser",
    "main",
    "read_passphrase_file",
    "subcommands",
    "wants_window",
]

#: The command groups, in the order `--help` lists them.
GROUPS = (journal, plans, keep, vault)

_EXIT_CODES: list[tuple[type[BaseException], int]] = [
    (UsageError, EXIT_USAGE),
    (InvalidInput, EXIT_USAGE),
    (TooManyAttempts, EXIT_PASSPHRASE),
    (WipedAfterFailures, EXIT_PASSPHRASE),
    (WrongPassphrase, EXIT_PASSPHRASE),
    (VaultDamaged, EXIT_DAMAGED),
    (NotAVault, EXIT_DAMAGED),
    (NoSuchItem, EXIT_NO_ITEM),
    (VaultBusy, EXIT_UNAVAILABLE),
    (DiskFull, EXIT_UNAVAILABLE),
    (VaultReadOnly, EXIT_UNAVAILABLE),
    (VaultUnavailable, EXIT_UNAVAILABLE),
    (VaultExists, EXIT_ERROR),
    (VaultTooNew, EXIT_ERROR),
    (JournalError, EXIT_ERROR),
]
#: OS errors that mean "this cannot be read or written" (exit 6) rather than a fault of the program.
_UNAVAILABLE_ERRNOS = {errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOSPC, errno.EDQUOT, errno.EIO}


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="journal-app",
        description="Journal: an offline, encrypted diary. Without a command, starts the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"journal-app {__version__}")
    parser.add_argument("--vault", metavar="DIR", type=Path, help="vault folder (default: your data folder)")
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        type=Path,
        help="read the passphrase from the first line of FILE instead of asking",
    )
    parser.add_argument("--debug", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--self-test", action="store_true", help=argparse.SUPPRESS)  # the desktop app's check
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for group in GROUPS:
        group.register(commands)
    return parser


def subcommands(parser: argparse.ArgumentParser | None = None) -> Iterator[tuple[tuple[str, ...], Parser]]:
    """Every command the parser has, nested ones too: (("zone", "add"), its parser), ... Commands with actions of
    their own (`zone`) are listed through their actions only."""

    def walk(node: argparse.ArgumentParser, path: tuple[str, ...]) -> Iterator[tuple[tuple[str, ...], Parser]]:
        groups = [a for a in node._actions if isinstance(a, argparse._SubParsersAction)]
        if not groups:
            if path:
                yield path, node  # type: ignore[misc]
            return
        for group in groups:
            for name, child in group.choices.items():
                yield from walk(child, (*path, name))

    yield from walk(parser or build_parser(), ())


def wants_window(argv: Sequence[str]) -> bool:
    """True when the arguments name no command: the desktop app starts. The parser decides (and exits itself for
    --help, --version and any error such as an unknown word)."""
    return build_parser().parse_args(list(argv)).command is None


@contextlib.contextmanager
def _private_files() -> Iterator[None]:
    """Files the command creates are its owner's only (0600, folders 0700): exports, backups, .ics."""
    old = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(old)


def main(argv: Sequence[str] | None = None, *, kdf: KdfParams = KDF_V1) -> int:
    """Run one command. `kdf` exists for tests only; the command line cannot change it."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_OK
    try:
        with _private_files():
            code = int(args.handler(args, kdf))
            sys.stdout.flush()
        return code
    except BrokenPipeError:
        return _reader_went_away()
    except JournalError as error:
        code = next(c for kind, c in _EXIT_CODES if isinstance(error, kind))
        print(f"journal-app: {error}", file=sys.stderr)
        return code
    except KeyboardInterrupt:
        print("journal-app: interrupted", file=sys.stderr)
        return EXIT_ERROR
    except OSError as error:
        if args.debug:
            raise
        if error.errno in _UNAVAILABLE_ERRNOS:
            print(f"journal-app: cannot read or write a file: {error.strerror}", file=sys.stderr)
            return EXIT_UNAVAILABLE
        print(f"journal-app: unexpected error ({error.__class__.__name__}); run with --debug for details",
              file=sys.stderr)  # fmt: skip
        return EXIT_ERROR
    except Exception as error:
        if args.debug:
            raise
        print(
            f"journal-app: unexpected error ({error.__class__.__name__}); run with --debug for details",
            file=sys.stderr,
        )
        return EXIT_ERROR


def _reader_went_away() -> int:
    """`journal-app list | head -1`: the reader stopped early. Quietly done; nothing more goes to stdout (also not
    at exit, where Python would flush it again)."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    return EXIT_OK
