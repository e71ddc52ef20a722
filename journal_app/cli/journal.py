"""Entries: add, list, show, search."""

from __future__ import annotations

import argparse
import contextlib
import sys
from typing import Any

from ..core.journal import Entry, EntrySummary
from ..core.kdf import KdfParams
from .common import EXIT_OK, Commands, UsageError, day, open_journal, print_json, print_json_list, whole

MAX_SEARCH_RESULTS = 100_000


def register(commands: Commands) -> None:
    add = commands.add_parser("add", help="add an entry; the text comes from standard input")
    add.add_argument("--date", type=day, help="the day the entry is about (YYYY-MM-DD, default today)")
    add.add_argument("--title", default="")
    add.add_argument("--tag", action="append", default=[], help="a tag (repeat for more)")
    add.set_defaults(handler=cmd_add)

    list_ = commands.add_parser("list", help="list entries, newest first")
    list_.add_argument("--from", dest="date_from", type=day, metavar="D")
    list_.add_argument("--to", dest="date_to", type=day, metavar="D")
    list_.add_argument("--tag")
    list_.add_argument("--json", action="store_true")
    list_.set_defaults(handler=cmd_list)

    show = commands.add_parser("show", help="show one entry")
    show.add_argument("id", help="the entry's id (or its first characters)")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=cmd_show)

    search = commands.add_parser("search", help='search entries (words, "phrases", pref*, -word, tag:, from:, to:)')
    search.add_argument("query")
    search.add_argument("--json", action="store_true")
    search.add_argument("--limit", type=whole(1, MAX_SEARCH_RESULTS), default=50, metavar="N")
    search.set_defaults(handler=cmd_search)


def entry_json(entry: Entry | EntrySummary) -> dict[str, Any]:
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


def summary_line(entry: EntrySummary) -> str:
    tags = "  " + " ".join("#" + t for t in entry.tags) if entry.tags else ""
    star = "*" if entry.starred else " "
    title = entry.title or entry.preview[:60]
    return f"{entry.entry_date.isoformat()} {entry.id[:8]} {star} {title}{tags}"


def read_body() -> str:
    """Standard input as UTF-8. Bytes that are not UTF-8 are refused with their offset: nothing is stored, nothing
    is silently replaced."""
    if sys.stdin is None or sys.stdin.isatty():
        return ""
    raw = getattr(sys.stdin, "buffer", None)
    if raw is None:  # a text stream without bytes below it (tests)
        return str(sys.stdin.read())
    data = raw.read()
    try:
        return str(data.decode("utf-8"))
    except UnicodeDecodeError as error:
        raise UsageError(
            f"the text on standard input is not UTF-8 (byte {error.start} of {len(data)} cannot be read); "
            "nothing was stored. Convert it first, e.g. with: iconv -f WINDOWS-1251 -t UTF-8"
        ) from None


def cmd_add(args: argparse.Namespace, kdf: KdfParams) -> int:
    body = read_body()
    with open_journal(args, kdf) as journal:
        entry = journal.add(entry_date=args.date, title=args.title, body=body, tags=args.tag)
    print(entry.id)
    return EXIT_OK


def cmd_list(args: argparse.Namespace, kdf: KdfParams) -> int:
    with (
        open_journal(args, kdf) as journal,  # streamed: the same memory for any number of entries
        contextlib.closing(
            journal.iter_entries(date_from=args.date_from, date_to=args.date_to, tag=args.tag)
        ) as entries,
    ):  # the stream ends before the vault closes, also when the reader leaves early (a closed pipe)
        if args.json:
            print_json_list(entry_json(e) for e in entries)
        else:
            for entry in entries:
                print(summary_line(entry))
    return EXIT_OK


def cmd_show(args: argparse.Namespace, kdf: KdfParams) -> int:
    with open_journal(args, kdf) as journal:
        entry = journal.get(journal.resolve_id(args.id))
    if args.json:
        print_json(entry_json(entry))
    else:
        tags = " ".join("#" + t for t in entry.tags)
        print(f"{entry.entry_date.isoformat()}  {entry.title}".rstrip())
        if tags:
            print(tags)
        print()
        print(entry.body)
    return EXIT_OK


def cmd_search(args: argparse.Namespace, kdf: KdfParams) -> int:
    with open_journal(args, kdf) as journal:
        hits = journal.search(args.query, limit=args.limit)
    if args.json:
        print_json([{**entry_json(h.entry), "snippet": h.snippet} for h in hits])
    else:
        for hit in hits:
            print(summary_line(hit.entry))
            print("    " + (hit.snippet or ""))  # a search without `snippets=` makes every one
    return EXIT_OK
