"""The command-line front end: scripting, checks and recovery. No Qt on this path.

The contract (commands, JSON shapes, exit codes) is in docs/CLI.md; scripts rely on it.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any, NoReturn

from . import __version__
from .core import paths
from .core.errors import (
    InvalidInput,
    JournalError,
    NoSuchItem,
    NotAVault,
    VaultDamaged,
    VaultExists,
    WrongPassphrase,
)
from .core.journal import Entry, EntrySummary, Journal, parse_day
from .core.kdf import KDF_V1, KdfParams
from .core.migrations import VaultTooNew
from .core.vault import Vault

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_PASSPHRASE, EXIT_DAMAGED, EXIT_NO_ITEM = 0, 1, 2, 3, 4, 5

COMMANDS = ("init", "add", "list", "show", "search", "passwd")


class UsageError(JournalError):
    """Bad arguments: exit 2."""


def wants_gui(args: Sequence[str]) -> bool:
    """True when no command and no informational flag is given."""
    return not any(a in COMMANDS or a in ("-h", "--help", "--version") for a in args)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"journal-app: {message}\n")


def _day(text: str) -> date:
    try:
        return parse_day(text)
    except InvalidInput as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
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
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    commands.add_parser("init", help="create a new vault")

    add = commands.add_parser("add", help="add an entry; the text comes from standard input")
    add.add_argument("--date", type=_day, help="the day the entry is about (YYYY-MM-DD, default today)")
    add.add_argument("--title", default="")
    add.add_argument("--tag", action="append", default=[], help="a tag (repeat for more)")

    list_ = commands.add_parser("list", help="list entries, newest first")
    list_.add_argument("--from", dest="date_from", type=_day, metavar="D")
    list_.add_argument("--to", dest="date_to", type=_day, metavar="D")
    list_.add_argument("--tag")
    list_.add_argument("--json", action="store_true")

    show = commands.add_parser("show", help="show one entry")
    show.add_argument("id", help="the entry's id (or its first characters)")
    show.add_argument("--json", action="store_true")

    search = commands.add_parser("search", help='search entries (words, "phrases", pref*, -word, tag:, from:, to:)')
    search.add_argument("query")
    search.add_argument("--json", action="store_true")
    search.add_argument("--limit", type=int, default=50)

    passwd = commands.add_parser("passwd", help="change the vault's passphrase")
    passwd.add_argument("--new-passphrase-file", metavar="FILE", type=Path)
    return parser


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


def _passphrase(args: argparse.Namespace) -> str:
    if args.passphrase_file is not None:
        return read_passphrase_file(args.passphrase_file)
    return ask_passphrase("Passphrase: ")


def _new_passphrase(file: Path | None, what: str = "New passphrase") -> str:
    if file is not None:
        return read_passphrase_file(file)
    first = ask_passphrase(f"{what}: ")
    if ask_passphrase(f"{what} (again): ") != first:
        raise UsageError("the two passphrases differ; nothing was changed")
    return first


# -- output --------------------------------------------------------------------------------------------------------


def _entry_json(entry: Entry | EntrySummary) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": entry.id,
        "date": entry.entry_date.isoformat(),
        "title": entry.title,
        "tags": list(entry.tags),
        "starred": entry.starred,
        "mood": entry.mood,
        "updated": entry.updated_at,
    }
    if isinstance(entry, Entry):
        data["body"] = entry.body
        data["created"] = entry.created_at
    else:
        data["preview"] = entry.preview
    return data


def _print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _summary_line(entry: EntrySummary) -> str:
    tags = "  " + " ".join("#" + t for t in entry.tags) if entry.tags else ""
    star = "*" if entry.starred else " "
    title = entry.title or entry.preview[:60]
    return f"{entry.entry_date.isoformat()} {entry.id[:8]} {star} {title}{tags}"


# -- commands ------------------------------------------------------------------------------------------------------


@contextlib.contextmanager
def _open_journal(args: argparse.Namespace, kdf: KdfParams) -> Iterator[Journal]:
    folder = args.vault or paths.default_vault_dir()
    if not folder.is_dir():
        raise NotAVault(f"there is no vault at {folder}; create one with: journal-app init")
    passphrase = _passphrase(args)
    with Vault.open(folder, passphrase, kdf=kdf) as vault:
        yield vault.journal()


def cmd_init(args: argparse.Namespace, kdf: KdfParams) -> int:
    folder = args.vault or paths.default_vault_dir()
    if (folder / "data.0").exists() or (folder / "data.1").exists():
        raise VaultExists(f"a vault already exists in {folder}")
    passphrase = _new_passphrase(args.passphrase_file, "Passphrase")
    Vault.create(folder, passphrase, kdf=kdf).close()
    print(f"Created a vault in {folder}", file=sys.stderr)
    return EXIT_OK


def cmd_add(args: argparse.Namespace, kdf: KdfParams) -> int:
    body = sys.stdin.read() if not sys.stdin.isatty() else ""
    with _open_journal(args, kdf) as journal:
        entry = journal.add(entry_date=args.date, title=args.title, body=body, tags=args.tag)
    print(entry.id)
    return EXIT_OK


def cmd_list(args: argparse.Namespace, kdf: KdfParams) -> int:
    with _open_journal(args, kdf) as journal:
        entries = journal.list_entries(date_from=args.date_from, date_to=args.date_to, tag=args.tag)
    if args.json:
        _print_json([_entry_json(e) for e in entries])
    else:
        for entry in entries:
            print(_summary_line(entry))
    return EXIT_OK


def cmd_show(args: argparse.Namespace, kdf: KdfParams) -> int:
    with _open_journal(args, kdf) as journal:
        entry = journal.get(journal.resolve_id(args.id))
    if args.json:
        _print_json(_entry_json(entry))
    else:
        tags = " ".join("#" + t for t in entry.tags)
        print(f"{entry.entry_date.isoformat()}  {entry.title}".rstrip())
        if tags:
            print(tags)
        print()
        print(entry.body)
    return EXIT_OK


def cmd_search(args: argparse.Namespace, kdf: KdfParams) -> int:
    if args.limit < 1:
        raise UsageError("--limit must be 1 or more")
    with _open_journal(args, kdf) as journal:
        hits = journal.search(args.query, limit=args.limit)
    if args.json:
        _print_json([{**_entry_json(h.entry), "snippet": h.snippet} for h in hits])
    else:
        for hit in hits:
            print(_summary_line(hit.entry))
            print("    " + hit.snippet)
    return EXIT_OK


def cmd_passwd(args: argparse.Namespace, kdf: KdfParams) -> int:
    folder = args.vault or paths.default_vault_dir()
    if not folder.is_dir():
        raise NotAVault(f"there is no vault at {folder}")
    old = _passphrase(args)
    new = _new_passphrase(args.new_passphrase_file)
    with Vault.open(folder, old, kdf=kdf) as vault:
        vault.change_passphrase(new)
    print("The passphrase has been changed.", file=sys.stderr)
    return EXIT_OK


HANDLERS: dict[str, Callable[[argparse.Namespace, KdfParams], int]] = {
    "init": cmd_init,
    "add": cmd_add,
    "list": cmd_list,
    "show": cmd_show,
    "search": cmd_search,
    "passwd": cmd_passwd,
}

_EXIT_CODES: list[tuple[type[BaseException], int]] = [
    (UsageError, EXIT_USAGE),
    (InvalidInput, EXIT_USAGE),
    (WrongPassphrase, EXIT_PASSPHRASE),
    (VaultDamaged, EXIT_DAMAGED),
    (NotAVault, EXIT_DAMAGED),
    (NoSuchItem, EXIT_NO_ITEM),
    (VaultExists, EXIT_ERROR),
    (VaultTooNew, EXIT_ERROR),
    (JournalError, EXIT_ERROR),
]


def main(argv: Sequence[str] | None = None, *, kdf: KdfParams = KDF_V1) -> int:
    """Run one command. `kdf` exists for tests only; the command line cannot change it."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_OK
    try:
        return HANDLERS[args.command](args, kdf)
    except JournalError as error:
        code = next(c for kind, c in _EXIT_CODES if isinstance(error, kind))
        print(f"journal-app: {error}", file=sys.stderr)
        return code
    except KeyboardInterrupt:
        print("journal-app: interrupted", file=sys.stderr)
        return EXIT_ERROR
    except Exception as error:
        if args.debug:
            raise
        print(
            f"journal-app: unexpected error ({error.__class__.__name__}); run with --debug for details",
            file=sys.stderr,
        )
        return EXIT_ERROR
