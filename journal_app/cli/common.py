"""What every command group shares: exit codes, the parser class, argument types, passphrases, output."""

from __future__ import annotations

import argparse
import contextlib
import getpass
import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any, NoReturn

from ..core import bounds, paths
from ..core.errors import InvalidInput, JournalError, NotAVault
from ..core.journal import Journal, parse_day
from ..core.kdf import KdfParams
from ..core.planner import Planner
from ..core.vault import Vault

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_PASSPHRASE, EXIT_DAMAGED, EXIT_NO_ITEM, EXIT_UNAVAILABLE = 0, 1, 2, 3, 4, 5, 6

#: A command's handler: the parsed arguments and the key-derivation parameters (tests pass cheap ones) -> exit code.
Handler = Callable[[argparse.Namespace, KdfParams], int]
Commands = Any  # argparse's _SubParsersAction (private type)


class UsageError(JournalError):
    """Bad arguments: exit 2."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"journal-app: {message}\n")


def add_group(commands: Commands, name: str, help_text: str) -> Commands:
    """A command with actions of its own (`doc add`, `zone list`, ...)."""
    return commands.add_parser(name, help=help_text).add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=Parser
    )


def day(text: str) -> date:
    """An argument type: a YYYY-MM-DD date within the app's bounds (1900-01-01 to 2200-12-31)."""
    try:
        return bounds.check_date("date", parse_day(text))
    except InvalidInput as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def days(field: str) -> Callable[[str], int]:
    """An argument type: a whole number of days within bounds.DAY_RANGES[field]."""

    def parse(text: str) -> int:
        try:
            value = int(text, 10)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
        try:
            return bounds.check_days(field, value)
        except InvalidInput as error:
            raise argparse.ArgumentTypeError(str(error)) from None

    parse.__name__ = "days"  # argparse names the type in its messages
    return parse


def whole(low: int, high: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text, 10)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"must be from {low} to {high}")
        return value

    parse.__name__ = "number"
    return parse


def iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


# -- passphrases ---------------------------------------------------------------------------------------------------


def read_passphrase_file(path: Path) -> str:
    try:
        with open(path, encoding="utf-8") as f:
            line = f.readline()
    except FileNotFoundError:
        raise UsageError(f"the passphrase file does not exist: {path}") from None
    except (OSError, UnicodeDecodeError) as error:
        raise UsageError(f"cannot read the passphrase file {path}: {error.__class__.__name__}") from None
    passphrase = line.rstrip("\r\n")
    if not passphrase:
        raise UsageError(f"the passphrase file is empty: {path}")
    return passphrase


def ask_passphrase(prompt: str) -> str:
    """Ask on the terminal with echo off. Never from an argument or the environment."""
    try:
        tty = os.open("/dev/tty", os.O_RDWR) if os.name == "posix" else None
    except OSError:
        raise UsageError("no terminal to ask for the passphrase on; use --passphrase-file FILE") from None
    if tty is not None:
        os.close(tty)
    try:
        passphrase = getpass.getpass(prompt)
    except (EOFError, KeyboardInterrupt):
        raise UsageError("no passphrase given") from None
    if not passphrase:
        raise UsageError("the passphrase is empty")
    return passphrase


def passphrase(args: argparse.Namespace) -> str:
    if args.passphrase_file is not None:
        return read_passphrase_file(args.passphrase_file)
    return ask_passphrase("Passphrase: ")


def new_passphrase(file: Path | None, what: str = "New passphrase") -> str:
    if file is not None:
        return read_passphrase_file(file)
    first = ask_passphrase(f"{what}: ")
    if ask_passphrase(f"{what} (again): ") != first:
        raise UsageError("the two passphrases differ; nothing was changed")
    return first


# -- the vault -----------------------------------------------------------------------------------------------------


def vault_folder(args: argparse.Namespace) -> Path:
    """The vault folder of --vault (or the default), which must exist: a clear message before any passphrase."""
    folder: Path = args.vault or paths.default_vault_dir()
    if not folder.is_dir():
        raise NotAVault(f"there is no vault at {folder}; create one with: journal-app init")
    return folder


@contextlib.contextmanager
def open_vault(args: argparse.Namespace, kdf: KdfParams, phrase: str | None = None) -> Iterator[Vault]:
    """The vault at --vault, unlocked: counted like the app's unlock page, waiting a little while it is busy."""
    from .access import unlock

    folder = vault_folder(args)
    with unlock(folder, passphrase(args) if phrase is None else phrase, kdf) as vault:
        yield vault


@contextlib.contextmanager
def open_journal(args: argparse.Namespace, kdf: KdfParams) -> Iterator[Journal]:
    with open_vault(args, kdf) as vault:
        yield vault.journal()


@contextlib.contextmanager
def open_planner(args: argparse.Namespace, kdf: KdfParams) -> Iterator[Planner]:
    with open_vault(args, kdf) as vault:
        yield vault.planner()


# -- output --------------------------------------------------------------------------------------------------------


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def print_json_list(items: Iterable[Any]) -> None:
    """What print_json(list(items)) prints, one item at a time."""
    first = True
    for item in items:
        text = json.dumps(item, ensure_ascii=False, indent=2).replace("\n", "\n  ")
        sys.stdout.write(("[\n  " if first else ",\n  ") + text)
        first = False
    sys.stdout.write("[]\n" if first else "\n]\n")


def write_unencrypted(path: Path, text: str) -> None:
    """A new file readable by its owner only (mode 0600); never overwrites."""
    print(f"Warning: {path} is not encrypted; anyone with the file can read it.", file=sys.stderr)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
    except FileExistsError:
        raise UsageError(f"{path} already exists; nothing was written") from None
    except OSError as error:
        raise JournalError(f"cannot write {path}: {error.strerror}") from None
    try:
        with open(fd, "w", encoding="utf-8", newline="") as out:
            out.write(text)
    except OSError as error:
        with contextlib.suppress(OSError):
            path.unlink()
        raise JournalError(f"cannot write {path}: {error.strerror}") from None


def progress_printer(label: str) -> Callable[[int, int], None]:
    """Percentages on stderr, only when it is a terminal."""
    shown = {"last": -1}

    def report(done: int, total: int) -> None:
        if not sys.stderr.isatty() or total <= 0:
            return
        percent = done * 100 // total
        if percent != shown["last"]:
            shown["last"] = percent
            print(f"\r{label}: {percent}%", end="" if percent < 100 else "\n", file=sys.stderr, flush=True)

    return report
