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
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any, NoReturn

from . import __version__
from .core import paths
from .core.backup import restore_backup, verify_backup, write_backup
from .core.errors import (
    InvalidInput,
    JournalError,
    NoSuchItem,
    NotAVault,
    VaultDamaged,
    VaultExists,
    WrongPassphrase,
)
from .core.export import export_html, export_json, export_markdown
from .core.ics import deadlines_to_ics
from .core.importers import import_jrnl, import_json
from .core.journal import Entry, EntrySummary, Journal, parse_day
from .core.kdf import KDF_V1, KdfParams
from .core.merge import merge_backup
from .core.migrations import VaultTooNew
from .core.planner import DEFAULT_HORIZON_DAYS, DOCUMENT_KINDS, Planner, rule_from_json, rule_to_json
from .core.stays import Rule
from .core.templates import LANGUAGES, find_template, load_templates
from .core.vault import Vault

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_PASSPHRASE, EXIT_DAMAGED, EXIT_NO_ITEM = 0, 1, 2, 3, 4, 5

COMMANDS = (
    "init",
    "add",
    "list",
    "show",
    "search",
    "passwd",
    "doc",
    "deadline",
    "trip",
    "stay",
    "horizon",
    "checklist",
)


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

    doc = commands.add_parser("doc", help="documents: add, list").add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=_Parser
    )
    doc_add = doc.add_parser("add", help="add a document; prints its id")
    doc_add.add_argument("--kind", required=True, choices=sorted(DOCUMENT_KINDS))
    doc_add.add_argument("--title", required=True)
    doc_add.add_argument("--number", default="")
    doc_add.add_argument("--country", default="")
    doc_add.add_argument("--holder", default="", help="whose document it is (default: yours)")
    doc_add.add_argument("--issued", type=_day, metavar="D")
    doc_add.add_argument("--expires", type=_day, metavar="D", required=True)
    doc_add.add_argument("--lead-days", type=int, metavar="N", help="start renewing N days before expiry")
    doc.add_parser("list", help="documents, what needs action first").add_argument("--json", action="store_true")

    deadline = commands.add_parser("deadline", help="deadlines: add, list, done").add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=_Parser
    )
    deadline_add = deadline.add_parser("add", help="add a deadline; prints its id")
    deadline_add.add_argument("--title", required=True)
    deadline_add.add_argument("--due", type=_day, metavar="D", required=True)
    deadline_add.add_argument("--remind-days", type=int, default=0, metavar="N")
    deadline_add.add_argument("--repeat", help="yearly, monthly or every:N")
    deadline_add.add_argument("--document", metavar="ID", help="the document it belongs to (id from doc add)")
    deadline_add.add_argument("--trip", metavar="ID", help="the trip it belongs to (id from trip add)")
    deadline_list = deadline.add_parser("list", help="open deadlines by date")
    deadline_list.add_argument("--json", action="store_true")
    deadline_list.add_argument("--all", action="store_true", help="include done ones")
    deadline.add_parser("done", help="tick off a deadline").add_argument("id")
    deadline.add_parser("ics", help="write open deadlines to an .ics calendar file (not encrypted)").add_argument(
        "out", type=Path
    )

    export = commands.add_parser("export", help="write entries out, NOT encrypted: md, html, pdf or json")
    export.add_argument("--format", required=True, choices=("md", "html", "pdf", "json"))
    export.add_argument("out", type=Path)
    export.add_argument("--from", dest="date_from", type=_day, metavar="D")
    export.add_argument("--to", dest="date_to", type=_day, metavar="D")
    export.add_argument("--tag", action="append", default=[], help="only entries with this tag (repeat for more)")
    export.add_argument("--with-documents", action="store_true", help="pdf: add the documents list")
    export.add_argument("--with-trips", action="store_true", help="pdf: add the trips list")
    import_ = commands.add_parser("import", help="bring entries in from a jrnl journal or our json export")
    import_.add_argument("--from", dest="source", required=True, choices=("jrnl", "json"))
    import_.add_argument("file", type=Path)
    import_.add_argument("--source-passphrase-file", metavar="FILE", type=Path,
                         help="the passphrase of an encrypted jrnl journal")  # fmt: skip

    commands.add_parser("check", help="read and check every page of the vault; writes nothing")

    backup = commands.add_parser("backup", help="write an encrypted backup of the vault to OUT")
    backup.add_argument("out", type=Path)
    backup.add_argument("--backup-passphrase-file", metavar="FILE", type=Path,
                        help="encrypt the backup with this passphrase instead of the vault's")  # fmt: skip
    verify = commands.add_parser("verify", help="check that a backup is whole and readable; writes nothing")
    verify.add_argument("file", type=Path)
    restore = commands.add_parser("restore", help="restore a backup into a new vault at --vault (or merge it)")
    restore.add_argument("file", type=Path)
    restore.add_argument("--merge", action="store_true", help="merge into the existing vault instead")
    restore.add_argument("--backup-passphrase-file", metavar="FILE", type=Path,
                         help="the backup's passphrase, if it differs from --passphrase-file")  # fmt: skip
    restore.add_argument("--new-passphrase-file", metavar="FILE", type=Path,
                         help="passphrase for the restored vault (default: the backup's)")  # fmt: skip

    decoy = commands.add_parser("decoy", help="a second passphrase that opens a separate, harmless journal")
    decoy_actions = decoy.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=_Parser)
    decoy_set = decoy_actions.add_parser("set", help="create (or replace) the decoy journal; it starts empty")
    decoy_set.add_argument("--decoy-passphrase-file", metavar="FILE", type=Path)
    decoy_actions.add_parser("remove", help="destroy the decoy journal")

    checklist = commands.add_parser("checklist", help="checklist templates: list, apply").add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=_Parser
    )
    checklist.add_parser("templates", help="the templates shipped with the app").add_argument(
        "--json", action="store_true"
    )
    apply = checklist.add_parser("apply", help="create deadlines from a template; prints their ids")
    apply.add_argument("template")
    apply.add_argument("--anchor", type=_day, metavar="D", required=True, help="arrival, departure or appointment day")
    apply.add_argument("--lang", choices=LANGUAGES, default="en")

    trip = commands.add_parser("trip", help="trips: add, list").add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=_Parser
    )
    trip_add = trip.add_parser("add", help="record a trip; prints its id; no --exit: still there")
    trip_add.add_argument("--zone", required=True)
    trip_add.add_argument("--entry", type=_day, metavar="D", required=True)
    trip_add.add_argument("--exit", type=_day, metavar="D")
    trip_add.add_argument("--resident", action="store_true", help="days under a residence permit or D visa")
    trip_list = trip.add_parser("list", help="trips by entry date")
    trip_list.add_argument("--zone")
    trip_list.add_argument("--json", action="store_true")

    zone = commands.add_parser("zone", help="zones (countries or areas) and their stay rules").add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=_Parser
    )
    zone_add = zone.add_parser("add", help="add a zone, or replace the rules of one")
    zone_add.add_argument("name")
    zone_add.add_argument("--title", help="the name shown (default: NAME)")
    zone_add.add_argument("--rule", action="append", required=True, metavar="RULE",
                          help="rolling:N:M (N days in any M), per-entry:N or year:N; repeat for several")  # fmt: skip
    zone_add.add_argument("--register-within", type=int, metavar="K", help="register within K days of arrival")
    zone.add_parser("list", help="zones and their rules").add_argument("--json", action="store_true")
    zone.add_parser("delete", help="delete a zone with its trips").add_argument("name")

    stay = commands.add_parser("stay", help="days used and left in a zone")
    stay.add_argument("zone")
    stay.add_argument("--on", type=_day, metavar="D", help="the day to answer for (default today)")
    stay.add_argument("--for", dest="stay_for", type=int, metavar="N", help="also: earliest entry for N days")
    stay.add_argument("--json", action="store_true")

    horizon = commands.add_parser("horizon", help="what is due: overdue and the next days")
    horizon.add_argument("--days", type=int, default=DEFAULT_HORIZON_DAYS)
    horizon.add_argument("--on", type=_day, metavar="D")
    horizon.add_argument("--json", action="store_true")
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


def _vault_folder(args: argparse.Namespace) -> Path:
    """The vault folder of --vault (or the default), which must exist: a clear message before any passphrase."""
    folder: Path = args.vault or paths.default_vault_dir()
    if not folder.is_dir():
        raise NotAVault(f"there is no vault at {folder}; create one with: journal-app init")
    return folder


@contextlib.contextmanager
def _open_vault(args: argparse.Namespace, kdf: KdfParams) -> Iterator[Vault]:
    folder = _vault_folder(args)
    with Vault.open(folder, _passphrase(args), kdf=kdf) as vault:
        yield vault


@contextlib.contextmanager
def _open_journal(args: argparse.Namespace, kdf: KdfParams) -> Iterator[Journal]:
    with _open_vault(args, kdf) as vault:
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
    with _open_journal(args, kdf) as journal:  # streamed: the same memory for any number of entries
        entries = journal.iter_entries(date_from=args.date_from, date_to=args.date_to, tag=args.tag)
        if args.json:
            _print_json_list(_entry_json(e) for e in entries)
        else:
            for entry in entries:
                print(_summary_line(entry))
    return EXIT_OK


def _print_json_list(items: Iterable[Any]) -> None:
    """What _print_json(list(items)) prints, one item at a time."""
    first = True
    for item in items:
        text = json.dumps(item, ensure_ascii=False, indent=2).replace("\n", "\n  ")
        sys.stdout.write(("[\n  " if first else ",\n  ") + text)
        first = False
    sys.stdout.write("[]\n" if first else "\n]\n")


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
    folder = _vault_folder(args)
    old = _passphrase(args)
    new = _new_passphrase(args.new_passphrase_file)
    with Vault.open(folder, old, kdf=kdf) as vault:
        vault.change_passphrase(new)
    print("The passphrase has been changed.", file=sys.stderr)
    return EXIT_OK


@contextlib.contextmanager
def _open_planner(args: argparse.Namespace, kdf: KdfParams) -> Iterator[Planner]:
    with _open_vault(args, kdf) as vault:
        yield vault.planner()


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def cmd_doc(args: argparse.Namespace, kdf: KdfParams) -> int:
    with _open_planner(args, kdf) as planner:
        if args.action == "add":
            document = planner.add_document(
                kind=args.kind, title=args.title, number=args.number, country=args.country, holder=args.holder,
                issued=args.issued, expires=args.expires, lead_days=args.lead_days,
            )  # fmt: skip
            print(document.id)
            return EXIT_OK
        documents = planner.documents()
    rows: list[dict[str, Any]] = [
        {
            "id": d.id, "kind": d.kind, "title": d.title, "number": d.number, "country": d.country,
            "holder": d.holder, "issued": _iso(d.issued), "expires": _iso(d.expires), "lead_days": d.lead_days,
            "renew_by": _iso(d.renew_by),
        }
        for d in documents
    ]  # fmt: skip
    if args.json:
        _print_json(rows)
    else:
        for row in rows:
            print(f"{row['expires'] or '—':10} renew by {row['renew_by'] or '—':10} {row['id'][:8]} {row['title']}")
    return EXIT_OK


def cmd_deadline(args: argparse.Namespace, kdf: KdfParams) -> int:
    with _open_planner(args, kdf) as planner:
        if args.action == "add":
            if args.document:
                planner.document(args.document)  # exit 5 for an unknown id
            if args.trip and args.trip not in {t.id for t in planner.trips()}:
                raise NoSuchItem(f"no trip with id {args.trip}")
            item = planner.add_deadline(title=args.title, due=args.due, remind_days=args.remind_days,
                                        repeat=args.repeat, document_id=args.document, trip_id=args.trip)  # fmt: skip
            print(item.id)
            return EXIT_OK
        if args.action == "done":
            item = planner.set_done(planner.resolve_deadline_id(args.id))
            print(f"Done; next due {item.due.isoformat()}" if item.repeat else "Done", file=sys.stderr)
            return EXIT_OK
        if args.action == "ics":
            text = deadlines_to_ics(planner.deadlines())
            _write_unencrypted(args.out, text)
            return EXIT_OK
        items = planner.deadlines(include_done=args.all)
    rows: list[dict[str, Any]] = [
        {"id": d.id, "title": d.title, "due": d.due.isoformat(), "remind_days": d.remind_days, "repeat": d.repeat,
         "done": d.done}
        for d in items
    ]  # fmt: skip
    if args.json:
        _print_json(rows)
    else:
        for row in rows:
            print(f"{row['due']} {row['id'][:8]} {'[x]' if row['done'] else '[ ]'} {row['title']}")
    return EXIT_OK


def _write_unencrypted(path: Path, text: str) -> None:
    print(f"Warning: {path} is not encrypted; anyone with the file can read it.", file=sys.stderr)
    try:
        with open(path, "x", encoding="utf-8", newline="") as out:
            out.write(text)
    except FileExistsError:
        raise UsageError(f"{path} already exists; nothing was written") from None
    except OSError as error:
        raise JournalError(f"cannot write {path}: {error.strerror}") from None


def _progress_printer(label: str) -> Callable[[int, int], None]:
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


def _pdf_export(vault: Vault, args: argparse.Namespace, progress: Callable[[int, int], None]) -> int:
    """PDF needs Qt's text layout: the only command that loads Qt, without a window."""
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from .ui.export_pdf import export_pdf

    # a QApplication (not only a QGuiApplication), so that a process that later shows widgets can still do so
    app = QApplication.instance() or QApplication(["journal-app"])
    count = export_pdf(vault, args.out, date_from=args.date_from, date_to=args.date_to, tags=args.tag,
                       with_documents=args.with_documents, with_trips=args.with_trips, progress=progress)  # fmt: skip
    del app
    return count


def cmd_export(args: argparse.Namespace, kdf: KdfParams) -> int:
    folder = _vault_folder(args)
    if args.out.exists():
        raise UsageError(f"{args.out} already exists; nothing was written")
    passphrase = _passphrase(args)
    print(f"Warning: {args.out} will not be encrypted; anyone with it can read it.", file=sys.stderr)
    progress = _progress_printer("Exporting")
    with Vault.open(folder, passphrase, kdf=kdf) as vault:
        if args.format == "pdf":
            count = _pdf_export(vault, args, progress)
        else:
            writer = {"md": export_markdown, "html": export_html, "json": export_json}[args.format]
            count = writer(vault, args.out, date_from=args.date_from, date_to=args.date_to, tags=args.tag,
                           progress=progress)  # fmt: skip
    print(f"Exported {count} entries to {args.out}", file=sys.stderr)
    return EXIT_OK


def cmd_import(args: argparse.Namespace, kdf: KdfParams) -> int:
    folder = _vault_folder(args)
    if not args.file.exists():
        raise UsageError(f"there is no file {args.file}")
    passphrase = _passphrase(args)
    source_passphrase = read_passphrase_file(args.source_passphrase_file) if args.source_passphrase_file else None
    with Vault.open(folder, passphrase, kdf=kdf) as vault:
        if args.source == "jrnl":
            report = import_jrnl(vault, args.file, passphrase=source_passphrase)
        else:
            report = import_json(vault, args.file)
    print(report.imported)
    if report.skipped_identical:
        print(f"{report.skipped_identical} entries were already here and were skipped", file=sys.stderr)
    if report.kept_both:
        print(f"{len(report.kept_both)} entries had the same id but other text: both kept", file=sys.stderr)
    return EXIT_OK


def cmd_check(args: argparse.Namespace, kdf: KdfParams) -> int:
    with _open_vault(args, kdf) as vault:
        problems = vault.check()
    if problems:
        print(f"journal-app: the vault is damaged ({len(problems)} problems found); restore it from a backup",
              file=sys.stderr)  # fmt: skip
        return EXIT_DAMAGED
    print("The vault is whole: every page was read and checked.", file=sys.stderr)
    return EXIT_OK


def cmd_backup(args: argparse.Namespace, kdf: KdfParams) -> int:
    folder = _vault_folder(args)
    passphrase = _passphrase(args)
    backup_passphrase = read_passphrase_file(args.backup_passphrase_file) if args.backup_passphrase_file else passphrase
    with Vault.open(folder, passphrase, kdf=kdf) as vault:
        out = write_backup(vault, args.out, backup_passphrase, kdf=kdf, progress=_progress_printer("Backing up"))
    print(f"Backup written to {out}", file=sys.stderr)
    return EXIT_OK


def cmd_verify(args: argparse.Namespace, kdf: KdfParams) -> int:
    manifest = verify_backup(args.file, _passphrase(args), _progress_printer("Checking"))
    print(f"The backup is whole and readable (made {manifest.created}).", file=sys.stderr)
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, kdf: KdfParams) -> int:
    folder = args.vault or paths.default_vault_dir()
    passphrase = _passphrase(args)
    backup_passphrase = read_passphrase_file(args.backup_passphrase_file) if args.backup_passphrase_file else passphrase
    progress = _progress_printer("Checking")
    if args.merge:
        if not folder.is_dir():
            raise NotAVault(f"there is no vault at {folder} to merge into")
        with Vault.open(folder, passphrase, kdf=kdf) as vault:
            report = merge_backup(vault, args.file, backup_passphrase, progress)
        print(
            f"Merged: {report.added} entries added, {report.updated} updated, {report.unchanged} unchanged, "
            f"{report.conflicts} kept twice because both copies had changed; {report.other_items} other items.",
            file=sys.stderr,
        )
        return EXIT_OK
    new_passphrase = read_passphrase_file(args.new_passphrase_file) if args.new_passphrase_file else None
    result = restore_backup(args.file, backup_passphrase, folder, new_passphrase=new_passphrase, kdf=kdf,
                            progress=progress)  # fmt: skip
    print(f"Restored into {result.folder}", file=sys.stderr)
    if result.moved_aside:
        print(f"The vault that was there has been kept as {result.moved_aside}", file=sys.stderr)
    return EXIT_OK


def cmd_decoy(args: argparse.Namespace, kdf: KdfParams) -> int:
    folder = _vault_folder(args)
    passphrase = _passphrase(args)
    decoy = None
    if args.action == "set":
        decoy = _new_passphrase(args.decoy_passphrase_file, "Decoy passphrase")
    with Vault.open(folder, passphrase, kdf=kdf) as vault:
        if decoy is not None:
            vault.set_decoy(decoy)
            print("The decoy journal is ready: its passphrase opens it instead of this one.", file=sys.stderr)
        else:
            vault.remove_decoy()
            print("The decoy journal has been destroyed.", file=sys.stderr)
    return EXIT_OK


def cmd_checklist(args: argparse.Namespace, kdf: KdfParams) -> int:
    if args.action == "templates":
        templates = load_templates()
        if args.json:
            _print_json([{"id": t.id, "title": t.title, "anchor": t.anchor, "written": t.written,
                          "items": len(t.items)} for t in templates])  # fmt: skip
        else:
            for t in templates:
                print(f"{t.id:12} {t.title['en']} ({len(t.items)} items; from: {t.anchor['en']}; written {t.written})")
        return EXIT_OK
    template = find_template(args.template)
    with _open_planner(args, kdf) as planner:
        for item in planner.apply_template(template, args.anchor, args.lang):
            print(item.id)
    return EXIT_OK


def cmd_trip(args: argparse.Namespace, kdf: KdfParams) -> int:
    with _open_planner(args, kdf) as planner:
        if args.action == "add":
            print(planner.add_trip(zone=args.zone, entry=args.entry, exit=args.exit, counts=not args.resident).id)
            return EXIT_OK
        trips = planner.trips(args.zone)
    rows: list[dict[str, Any]] = [
        {"id": t.id, "zone": t.zone, "entry": t.entry.isoformat(), "exit": _iso(t.exit), "counts": t.counts}
        for t in trips
    ]
    if args.json:
        _print_json(rows)
    else:
        for row in rows:
            print(f"{row['entry']} – {row['exit'] or 'still there':10} {row['zone']} {row['id'][:8]}")
    return EXIT_OK


def _rule(text: str) -> Rule:
    kind, _, numbers = text.partition(":")
    parts = numbers.split(":")
    try:
        if kind == "rolling" and len(parts) == 2:
            return rule_from_json({"kind": "rolling", "limit": int(parts[0]), "window": int(parts[1])})
        if kind in ("per-entry", "year") and len(parts) == 1:
            return rule_from_json(
                {"kind": "per_entry" if kind == "per-entry" else "calendar_year", "limit": int(parts[0])}
            )
    except ValueError:
        pass
    raise UsageError(f"not a rule: {text!r} (use rolling:N:M, per-entry:N or year:N)")


def cmd_zone(args: argparse.Namespace, kdf: KdfParams) -> int:
    rules = [_rule(r) for r in args.rule] if args.action == "add" else []
    with _open_planner(args, kdf) as planner:
        if args.action == "delete":
            trips = planner.delete_zone(args.name)
            print(f"Deleted the zone and {trips} trips.", file=sys.stderr)
            return EXIT_OK
        if args.action == "add":
            zone = planner.save_zone(args.name, title=args.title or args.name, rules=rules,
                                     register_within=args.register_within)  # fmt: skip
            print(zone.name)
            return EXIT_OK
        zones = planner.zones()
    rows: list[dict[str, Any]] = [{"name": z.name, "title": z.title, "rules": [rule_to_json(r) for r in z.rules],
             "register_within": z.register_within, "written": z.written} for z in zones]  # fmt: skip
    if args.json:
        _print_json(rows)
    else:
        for row in rows:
            rules_text = ", ".join(
                f"{r['limit']} in {r['window']}"
                if r["kind"] == "rolling"
                else f"{r['limit']} {r['kind'].replace('_', ' ')}"
                for r in row["rules"]
            )
            print(f"{row['name']:16} {rules_text}  ({row['title']})")
    return EXIT_OK


def cmd_stay(args: argparse.Namespace, kdf: KdfParams) -> int:
    if args.stay_for is not None and args.stay_for < 1:
        raise UsageError("--for must be 1 or more")
    on = args.on or date.today()
    with _open_planner(args, kdf) as planner:
        zone = planner.zone(args.zone)
        answer = planner.stay(zone.name, on, args.stay_for)
    data: dict[str, Any] = {
        "zone": zone.name,
        "on": on.isoformat(),
        "limit": answer.limit,
        "window": answer.window,
        "days_used": answer.days_used,
        "days_remaining": answer.days_remaining,
        "max_stay_days": answer.max_stay_days,
        "latest_exit": _iso(answer.latest_exit),
        "earliest_entry": _iso(answer.earliest_entry),
        "violations": [[v.first_day.isoformat(), v.last_day.isoformat(), v.peak] for v in answer.violations],
        "rules": [rule_to_json(s.rule) | {"days_used": s.days_used, "days_remaining": s.days_remaining}
                  for s in answer.rules],
        "note": zone.note,
    }  # fmt: skip
    if args.stay_for is not None:
        data["earliest_entry_for"] = _iso(answer.earliest_entry_for)
    if args.json:
        _print_json(data)
    else:
        print(f"{zone.title} on {data['on']}: {answer.days_used} days used, {answer.days_remaining} left")
        print(f"Longest stay from then: {answer.max_stay_days} days (latest exit {data['latest_exit'] or '—'})")
        print(f"Earliest entry: {data['earliest_entry'] or '—'}")
        for first, last, peak in data["violations"]:
            print(f"Over the limit {first} – {last} (up to {peak} days)")
        if zone.note:
            print(zone.note)
    return EXIT_OK


def cmd_horizon(args: argparse.Namespace, kdf: KdfParams) -> int:
    if args.days < 0:
        raise UsageError("--days cannot be negative")
    on = args.on or date.today()
    with _open_planner(args, kdf) as planner:
        items = planner.horizon(on, args.days)
    data: dict[str, Any] = {
        "from": on.isoformat(),
        "to": (on + timedelta(days=args.days)).isoformat(),
        "items": [
            {"date": i.date.isoformat(), "kind": i.kind, "reason": i.reason, "title": i.title, "overdue": i.overdue,
             "id": i.ref}
            for i in items
        ],
    }  # fmt: skip
    if args.json:
        _print_json(data)
    else:
        for item in data["items"]:
            flag = "OVERDUE " if item["overdue"] else ""
            print(f"{item['date']} {flag}{item['reason'].replace('_', ' ')}: {item['title']}")
    return EXIT_OK


HANDLERS: dict[str, Callable[[argparse.Namespace, KdfParams], int]] = {
    "doc": cmd_doc,
    "checklist": cmd_checklist,
    "decoy": cmd_decoy,
    "backup": cmd_backup,
    "check": cmd_check,
    "export": cmd_export,
    "import": cmd_import,
    "verify": cmd_verify,
    "restore": cmd_restore,
    "deadline": cmd_deadline,
    "trip": cmd_trip,
    "stay": cmd_stay,
    "zone": cmd_zone,
    "horizon": cmd_horizon,
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
