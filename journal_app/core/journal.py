"""Journal entries: write, edit with history, trash, tags and search, inside an unlocked vault."""

from __future__ import annotations

import contextlib
import functools
import json
import uuid
from collections.abc import Generator, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from . import bounds
from . import search as query_language
from .errors import InputTooLarge, InvalidInput, NoSuchItem, VaultClosed
from .markdown import first_line, markdown_free
from .text import index_text
from .vault import damage_as_error, transaction

if TYPE_CHECKING:
    from .vault import Vault

MAX_TAG_LENGTH = 100
_RANK_MARGIN = 20
#: A query's matches scored for ranking: the most recently written ones (see Journal.search).
_RANK_CANDIDATES = 2000
#: A word with dates looks each match up in the date index when the rows of those days span fewer than this many
#: times as many rows as they hold (entries written in date order), else it makes the set of the days' rows.
_DATE_SPAN_FACTOR = 4
#: The page cache while a list streams through every entry (KiB).
_STREAM_CACHE_KIB = 4096
#: Below this many entries with a tag, filtering goes through the tag index; above, a scan in date order is quicker.
_RARE_TAG = 1500
PREVIEW_CHARS = 200


def utc_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_day(text: str) -> date:
    """A YYYY-MM-DD date, or InvalidInput with a plain message."""
    try:
        if len(text) == 10:
            return date.fromisoformat(text)
    except ValueError:
        pass
    raise InvalidInput(f"not a date (use YYYY-MM-DD): {text!r}")


def clean_tags(tags: Iterable[str]) -> tuple[str, ...]:
    """Tags as stored: trimmed, without a leading # or @, inner spaces collapsed, case-insensitively unique."""
    seen: dict[str, str] = {}
    for raw in tags:
        tag = " ".join(raw.strip().lstrip("#@").split())
        if not tag:
            continue
        if len(tag) > MAX_TAG_LENGTH:
            raise InvalidInput(f"a tag is longer than {MAX_TAG_LENGTH} characters")
        seen.setdefault(query_language.tag_key(tag), tag)
    return tuple(seen.values())


#: The longest entry body, in bytes of UTF-8 (about 5,000 pages of text). Longer text is refused up front by every
#: way in (the app, the CLI, imports) with this limit named; files belong in attachments.
MAX_BODY_BYTES = 10_000_000


def check_body(body: str) -> str:
    if len(body) * 4 > MAX_BODY_BYTES and len(body.encode("utf-8", "surrogatepass")) > MAX_BODY_BYTES:
        raise InputTooLarge(
            f"the entry's text is too long ({len(body.encode('utf-8', 'surrogatepass')) // 1_000_000} MB); "
            f"the limit is {MAX_BODY_BYTES // 1_000_000} MB per entry (attach large files instead)"
        )
    return body


def _check_texts(title: str, body: str, tags: tuple[str, ...]) -> tuple[str, ...]:
    """Title, body and tags that can be stored (no lone surrogates); returns the tags."""
    bounds.check_text("title", title)
    bounds.check_text("body", body)
    for tag in tags:
        bounds.check_text("tag", tag)
    return tags


def _check_mood(mood: int | None) -> int | None:
    if mood is not None and not 1 <= mood <= 5:
        raise InvalidInput("mood must be between 1 and 5")
    return mood


@dataclass(frozen=True)
class Entry:
    id: str
    entry_date: date
    title: str
    body: str
    tags: tuple[str, ...]
    mood: int | None
    starred: bool
    created_at: str
    updated_at: str
    deleted_at: str | None = None


@dataclass(frozen=True)
class EntrySummary:
    """What a list shows: no full body, only its first line (`preview`, made from the body's beginning when first
    asked for: a list or a search reads many rows and shows a few)."""

    id: str
    entry_date: date
    title: str
    body_start: str = field(repr=False)
    tags: tuple[str, ...]
    mood: int | None
    starred: bool
    updated_at: str

    @functools.cached_property
    def preview(self) -> str:
        return preview_of(self.body_start)


@dataclass(frozen=True)
class EntryVersion:
    version_id: int
    saved_at: str
    entry_date: date
    title: str
    body: str
    tags: tuple[str, ...]
    mood: int | None
    starred: bool


@dataclass(frozen=True)
class SearchHit:
    """One search result. A hit past the first `snippets` of `Journal.search` is light: its snippet is None, its
    entry's preview empty (its body was not read) and its tags empty (not read); `Journal.complete_hits` makes all
    three."""

    entry: EntrySummary
    snippet: str | None
    seq: int = field(default=0, repr=False, compare=False)

    @property
    def is_light(self) -> bool:
        return self.snippet is None


def preview_of(body_start: str) -> str:
    """The first line of text of a Markdown body, without its Markdown marks, for lists."""
    for line in body_start.split("\n"):  # a first line without Markdown is its words (no parse: a list of 100)
        if line.strip():
            if markdown_free(line):
                return " ".join(line.split())[:PREVIEW_CHARS]
            break
    return first_line(body_start, PREVIEW_CHARS)


#: The longest beginning (`гр*`) that is listed unscored: see short_prefixes_only.
SHORT_PREFIX = 2


def short_prefixes_only(parsed: Any) -> bool:
    """Is every word of the query a beginning of one or two letters (`к*`, `гр*`, `к* по*`)? So short a beginning
    matches most entries (dozens of words start with it), and its score says little: such a query lists its newest
    matches, newest first, unscored (bm25 counts every entry of each beginning first: 40-160 ms at 1,000,000
    entries, most of the search)."""
    return bool(parsed.terms) and all(
        t.prefix and len(t.stems) == 1 and len(t.stems[0]) <= SHORT_PREFIX for t in parsed.terms
    )


def rank_candidates(parsed: Any, window: int) -> int:
    """How many of a query's newest matches are looked at to find its best `window`: _RANK_CANDIDATES (scored), or
    the window itself for one- and two-letter beginnings only (`short_prefixes_only`: the newest, unscored)."""
    return window if short_prefixes_only(parsed) else max(_RANK_CANDIDATES, window)


def two_letter_beginnings(conn: Any, vocab: str, letter: str) -> list[str]:
    """`letter` if it is an indexed word, and the distinct two-letter beginnings of the indexed words that start with
    it, from an fts5vocab 'row' table: one seek per beginning (past all the words that share it), not a scan of
    every word that starts with the letter (tens of thousands in a big journal)."""
    found: list[str] = []
    term_after = f"SELECT term FROM {vocab} WHERE term >= ? AND term < ? ORDER BY term LIMIT 1"  # noqa: S608
    end = letter + "\U0010ffff"
    position = letter
    for _ in range(100_000):
        row = conn.execute(term_after, (position, end)).fetchone()
        if row is None:
            break
        term = str(row[0])
        head = term[:2]
        found.append(head)
        if len(head) < 2:  # the one-letter word itself; the next term is longer
            position = letter + "\x00"
            continue
        position = head + "\U0010ffff"
    return found


_TAGS_OF_ROW = "(SELECT json_group_array(tag) FROM entry_tags WHERE entry_seq = e.seq)"
_SUMMARY_COLUMNS = (
    f"e.seq, e.id, e.entry_date, e.title, substr(e.body, 1, 400), e.mood, e.starred, e.updated_at, {_TAGS_OF_ROW}"
)
#: A search hit's columns: the summary's without the body's beginning (a long body is read whole by any function of
#: it) and without the tags (a page of their table for each hit: a tenth of a search), which only the hits whose
#: snippet is made read (`Journal.complete_hits`); the others come from one index alone (migration 11).
_HIT_COLUMNS = _SUMMARY_COLUMNS.replace("substr(e.body, 1, 400)", "''").replace(_TAGS_OF_ROW, "'[]'")


def _tag_tuple(tags: str) -> tuple[str, ...]:
    """The tags of `_TAGS_OF_ROW` (a JSON list) as a summary has them, by name."""
    return () if tags == "[]" else tuple(sorted(json.loads(tags), key=str.casefold))


def _summary(row: Sequence[Any]) -> EntrySummary:
    _seq, id_, day, title, body_start, mood, starred, updated, tags = row
    return EntrySummary(
        id=id_,
        entry_date=date.fromisoformat(day),
        title=title,
        body_start=body_start,
        tags=_tag_tuple(tags),
        mood=mood,
        starred=bool(starred),
        updated_at=updated,
    )


class Journal:
    """Entries of one unlocked vault. Every method may raise VaultDamaged or VaultClosed."""

    def __init__(self, vault: Vault, connection: Any | None = None) -> None:
        self._vault = vault
        self._own_connection = connection
        # (index state, {letter: its continuations}): see _continuations
        self._continuation_cache: tuple[Any, dict[str, list[str]]] = (None, {})

    @property
    def _conn(self) -> Any:
        if self._own_connection is not None:
            if not self._vault.is_open:
                raise VaultClosed()
            return self._own_connection
        return self._vault.connection

    def limit_cache(self, kib: int) -> None:
        """Keep the page cache of this Journal's own (reader) connection at `kib` KiB: a list read a page at a time
        needs little, and scrolling through every entry would otherwise fill the vault's 64 MiB with them."""
        if self._own_connection is not None:
            with damage_as_error():
                self._conn.execute(f"PRAGMA cache_size = -{max(64, int(kib))}")

    def _transaction(self) -> contextlib.AbstractContextManager[Any]:
        return transaction(self._conn)

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        with damage_as_error():
            return list(self._conn.execute(sql, params).fetchall())

    # -- writing -------------------------------------------------------------------------------------------------

    def add(
        self,
        *,
        entry_date: date | None = None,
        title: str = "",
        body: str = "",
        tags: Iterable[str] = (),
        mood: int | None = None,
        starred: bool = False,
    ) -> Entry:
        now = utc_now()
        entry_id = str(uuid.uuid4())
        day = bounds.check_date("entry_date", entry_date or date.today())
        tag_list = _check_texts(title, body, clean_tags(tags))
        check_body(body)
        with self._transaction() as conn:
            cursor = conn.execute(
                "INSERT INTO entries (id, entry_date, created_at, updated_at, title, body, mood, starred) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (entry_id, day.isoformat(), now, now, title, body, _check_mood(mood), int(starred)),
            )
            seq = cursor.lastrowid
            self._write_tags(conn, seq, tag_list)
            self._index(conn, seq, title, body, tag_list)
        return self.get(entry_id)

    def update(
        self,
        entry_id: str,
        *,
        entry_date: date | None = None,
        title: str | None = None,
        body: str | None = None,
        tags: Iterable[str] | None = None,
        mood: int | None = None,
        clear_mood: bool = False,
        starred: bool | None = None,
    ) -> Entry:
        """Change an entry; the previous state is kept as a version. Nothing changes if nothing differs.

        Arguments left as None keep their value; `clear_mood=True` removes the mood.
        """
        old = self.get(entry_id)
        new_date = entry_date or old.entry_date
        new_title = old.title if title is None else title
        new_body = old.body if body is None else check_body(body)
        new_tags = clean_tags(tags) if tags is not None else old.tags
        new_mood = None if clear_mood else (old.mood if mood is None else _check_mood(mood))
        new_starred = old.starred if starred is None else starred
        bounds.check_date("entry_date", new_date)
        _check_texts(new_title, new_body, new_tags)
        if (new_date, new_title, new_body, new_tags, new_mood, new_starred) == (
            old.entry_date,
            old.title,
            old.body,
            old.tags,
            old.mood,
            old.starred,
        ):
            return old
        with self._transaction() as conn:
            seq = self._seq(conn, entry_id)
            self._keep_version(conn, seq, old)
            conn.execute(
                "UPDATE entries SET entry_date = ?, title = ?, body = ?, mood = ?, starred = ?, updated_at = ? "
                "WHERE seq = ?",
                (new_date.isoformat(), new_title, new_body, new_mood, int(new_starred), utc_now(), seq),
            )
            if new_tags != old.tags:
                conn.execute("DELETE FROM entry_tags WHERE entry_seq = ?", (seq,))
                self._write_tags(conn, seq, new_tags)
            conn.execute("DELETE FROM entries_fts WHERE rowid = ?", (seq,))
            if old.deleted_at is None:
                self._index(conn, seq, new_title, new_body, new_tags)
        return self.get(entry_id)

    @staticmethod
    def _seq(conn: Any, entry_id: str) -> int:
        row = conn.execute("SELECT seq FROM entries WHERE id = ?", (entry_id,)).fetchone()
        if row is None:
            raise NoSuchItem(f"no entry with id {entry_id}")
        return int(row[0])

    @staticmethod
    def _write_tags(conn: Any, seq: int, tags: Sequence[str]) -> None:
        conn.executemany(
            "INSERT INTO entry_tags (entry_seq, tag_key, tag) VALUES (?, ?, ?)",
            [(seq, query_language.tag_key(t), t) for t in tags],
        )

    @staticmethod
    def _index(conn: Any, seq: int, title: str, body: str, tags: Sequence[str]) -> None:
        conn.execute(
            "INSERT INTO entries_fts (rowid, title, body, tags) VALUES (?, ?, ?, ?)",
            (seq, index_text(title), index_text(body), index_text(" ".join(tags))),
        )

    @staticmethod
    def _keep_version(conn: Any, seq: int, old: Entry) -> None:
        conn.execute(
            "INSERT INTO entry_versions (entry_seq, saved_at, entry_date, title, body, tags, mood, starred) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                seq,
                old.updated_at,
                old.entry_date.isoformat(),
                old.title,
                old.body,
                json.dumps(list(old.tags), ensure_ascii=False),
                old.mood,
                int(old.starred),
            ),
        )

    # -- reading -------------------------------------------------------------------------------------------------

    def get(self, entry_id: str) -> Entry:
        rows = self._rows(
            "SELECT e.id, e.entry_date, e.title, e.body, e.mood, e.starred, e.created_at, e.updated_at, "
            "e.deleted_at, (SELECT json_group_array(tag) FROM entry_tags WHERE entry_seq = e.seq) "
            "FROM entries e WHERE e.id = ?",
            (entry_id,),
        )
        if not rows:
            raise NoSuchItem(f"no entry with id {entry_id}")
        id_, day, title, body, mood, starred, created, updated, deleted, tags = rows[0]
        return Entry(
            id=id_,
            entry_date=date.fromisoformat(day),
            title=title,
            body=body,
            tags=_tag_tuple(tags),
            mood=mood,
            starred=bool(starred),
            created_at=created,
            updated_at=updated,
            deleted_at=deleted,
        )

    def resolve_id(self, prefix: str) -> str:
        """The full id of the entry whose id starts with `prefix` (at least 4 characters, unambiguous)."""
        prefix = prefix.strip().lower()
        if len(prefix) < 4 or not all(c in "0123456789abcdef-" for c in prefix):
            raise NoSuchItem(f"no entry with id {prefix}")
        rows = self._rows("SELECT id FROM entries WHERE id >= ? AND id < ? LIMIT 2", (prefix, prefix + "\U0010ffff"))
        if len(rows) != 1:
            raise NoSuchItem(f"no entry with id {prefix}" if not rows else f"more than one entry starts with {prefix}")
        return str(rows[0][0])

    def _filters(
        self, date_from: date | None, date_to: date | None, tags: Sequence[str], excluded_tags: Sequence[str] = ()
    ) -> tuple[str, list[Any]]:
        where, params, _by_row = self._filters_and_path(date_from, date_to, tags, excluded_tags)
        return where, params

    def _filters_and_path(
        self,
        date_from: date | None,
        date_to: date | None,
        tags: Sequence[str],
        excluded_tags: Sequence[str] = (),
        window: int = 0,
    ) -> tuple[str, list[Any], bool]:
        """The WHERE conditions of the filters, their parameters, and whether the rows are best found through a rare
        tag's entries (True: look them up one by one; False: walk the entries in date order until the page is full).

        window: the rows the caller wants (offset + limit); with it a tag counts as rare when going through its
        entries costs less than walking about window / share of the entries to find as many (issue 16)."""
        where, params = [], []
        if date_from:
            where.append("e.entry_date >= ?")
            params.append(date_from.isoformat())
        if date_to:
            where.append("e.entry_date <= ?")
            params.append(date_to.isoformat())
        by_row = False
        total = int(self._rows("SELECT coalesce(max(seq), 0) FROM entries")[0][0]) if tags and window else 0
        for tag in tags:
            key = query_language.tag_key(tag)
            count = self._rows("SELECT count(*) FROM entry_tags WHERE tag_key = ?", (key,))[0][0]
            # a lookup by row costs about a third of a step of the walk in date order, which needs total/count steps
            # a result: by row when count * count < 3 * window * total (and always below _RARE_TAG)
            if count < _RARE_TAG or count * count < 3 * window * total:  # go through the tag's entries
                where.append("e.seq IN (SELECT entry_seq FROM entry_tags WHERE tag_key = ?)")
                by_row = True
            else:  # walk entries in date order; most have the tag
                where.append("EXISTS (SELECT 1 FROM entry_tags t WHERE t.entry_seq = e.seq AND t.tag_key = ?)")
            params.append(key)
        for tag in excluded_tags:
            where.append("NOT EXISTS (SELECT 1 FROM entry_tags t WHERE t.entry_seq = e.seq AND t.tag_key = ?)")
            params.append(query_language.tag_key(tag))
        return "".join(" AND " + w for w in where), params, by_row

    def list_entries(
        self,
        *,
        date_from: date | None = None,
        date_to: date | None = None,
        tag: str | None = None,
        starred_only: bool = False,
        limit: int = -1,
        offset: int = 0,
    ) -> list[EntrySummary]:
        """Entries newest first (by entry date, then creation time), not counting the trash."""
        if tag is None and not starred_only and offset > 0:
            # the rows skipped by OFFSET are walked in the date index only (the trash apart through its own index),
            # not read from the table: a page deep in a month costs what the first one does
            where, params = self._filters(date_from, date_to, [])
            rows = self._rows(
                f"SELECT {_SUMMARY_COLUMNS} FROM entries e WHERE e.seq IN (SELECT e.seq FROM entries e "  # noqa: S608
                f"WHERE e.seq NOT IN (SELECT seq FROM entries WHERE deleted_at IS NOT NULL){where} "
                "ORDER BY e.entry_date DESC, e.created_at DESC LIMIT ? OFFSET ?) "
                "ORDER BY e.entry_date DESC, e.created_at DESC",
                (*params, limit, offset),
            )
            return [_summary(r) for r in rows]
        where, params = self._filters(date_from, date_to, [tag] if tag else [])
        if starred_only:
            where += " AND e.starred = 1"
        rows = self._rows(
            f"SELECT {_SUMMARY_COLUMNS} FROM entries e WHERE e.deleted_at IS NULL{where} "  # noqa: S608
            "ORDER BY e.entry_date DESC, e.created_at DESC LIMIT ? OFFSET ?",
            (*params, limit, offset),
        )
        return [_summary(r) for r in rows]

    def iter_entries(
        self,
        *,
        date_from: date | None = None,
        date_to: date | None = None,
        tag: str | None = None,
        starred_only: bool = False,
        batch: int = 500,
    ) -> Generator[EntrySummary, None, None]:
        """What list_entries gives, as a stream: rows leave SQLite `batch` at a time, so a list of a million entries
        takes as little memory as one of a hundred. Keep the vault open while iterating."""
        where, params = self._filters(date_from, date_to, [tag] if tag else [])
        if starred_only:
            where += " AND e.starred = 1"
        conn = self._conn
        with damage_as_error():
            # one pass over every entry gains nothing from a big page cache, and would fill it: small while it runs
            cache = int(conn.execute("PRAGMA cache_size").fetchone()[0])
            conn.execute(f"PRAGMA cache_size = -{_STREAM_CACHE_KIB}")
            cursor = conn.execute(
                f"SELECT {_SUMMARY_COLUMNS} FROM entries e WHERE e.deleted_at IS NULL{where} "  # noqa: S608
                "ORDER BY e.entry_date DESC, e.created_at DESC",
                params,
            )
        try:
            while True:
                with damage_as_error():
                    rows = cursor.fetchmany(batch)
                if not rows:
                    return
                for row in rows:
                    yield _summary(row)
        finally:
            with contextlib.suppress(Exception):  # the vault may be closed already
                cursor.close()
                conn.execute(f"PRAGMA cache_size = {cache}")

    def count(self, *, date_from: date | None = None, date_to: date | None = None, tag: str | None = None) -> int:
        if date_from is None and date_to is None and tag is None:  # all entries less the (few) in the trash
            rows = self._rows(
                "SELECT (SELECT count(*) FROM entries) - (SELECT count(*) FROM entries WHERE deleted_at IS NOT NULL)"
            )
            return int(rows[0][0])
        where, params = self._filters(date_from, date_to, [tag] if tag else [])
        rows = self._rows(f"SELECT count(*) FROM entries e WHERE e.deleted_at IS NULL{where}", params)  # noqa: S608
        return int(rows[0][0])

    def months(
        self,
        *,
        date_from: date | None = None,
        date_to: date | None = None,
        tag: str | None = None,
        starred_only: bool = False,
    ) -> list[tuple[int, int, int]]:
        """(year, month, entries) of every month with entries in the list, newest first (trash not counted).

        Without a filter this reads only the date index (less the few entries in the trash), so a list of 100,000
        entries knows its length and its month headers at once.
        """
        if date_from is None and date_to is None and tag is None and not starred_only:
            counts: dict[str, int] = {}
            for month, n in self._rows("SELECT substr(entry_date, 1, 7), count(*) FROM entries GROUP BY 1"):
                counts[month] = int(n)
            for month, n in self._rows(
                "SELECT substr(entry_date, 1, 7), count(*) FROM entries WHERE deleted_at IS NOT NULL GROUP BY 1"
            ):
                counts[month] -= int(n)
            pairs = sorted(((m, n) for m, n in counts.items() if n > 0), reverse=True)
        else:
            where, params = self._list_where(date_from, date_to, tag, starred_only)
            rows = self._rows(
                f"SELECT substr(e.entry_date, 1, 7) AS m, count(*) FROM entries e WHERE e.deleted_at IS NULL{where} "  # noqa: S608
                "GROUP BY m ORDER BY m DESC",
                params,
            )
            pairs = [(str(m), int(n)) for m, n in rows]
        return [(int(m[:4]), int(m[5:7]), n) for m, n in pairs]

    def list_position(
        self,
        entry_id: str,
        *,
        date_from: date | None = None,
        date_to: date | None = None,
        tag: str | None = None,
        starred_only: bool = False,
        same_month: bool = False,
    ) -> tuple[date, int] | None:
        """The entry's date and how many listed entries come before it within the bounds (the list's order);
        None if the list with these filters does not hold it.

        same_month: count only within the entry's own month (and the bounds), which is what a list grouped by
        month needs, and reads only that month of the date index."""
        where, params = self._list_where(date_from, date_to, tag, starred_only)
        rows = self._rows(
            f"SELECT e.entry_date, e.created_at FROM entries e WHERE e.id = ? AND e.deleted_at IS NULL{where}",  # noqa: S608
            (entry_id, *params),
        )
        if not rows:
            return None
        day, created = rows[0]
        month_start = day[:8] + "01"
        if same_month:
            lower = max(month_start, date_from.isoformat()) if date_from else month_start
            where += " AND e.entry_date >= ? AND e.entry_date <= ?"
            params = [*params, lower, day[:8] + "31"]  # as text, every day of the month is <= its "31"
        trash = (
            "e.seq NOT IN (SELECT seq FROM entries WHERE deleted_at IS NOT NULL)"  # through the index alone
            if tag is None and not starred_only
            else "e.deleted_at IS NULL"
        )
        before = self._rows(
            f"SELECT count(*) FROM entries e WHERE {trash}{where} "  # noqa: S608
            "AND (e.entry_date > ? OR (e.entry_date = ? AND e.created_at > ?))",
            (*params, day, day, created),
        )
        return date.fromisoformat(day), int(before[0][0])

    def _list_where(
        self, date_from: date | None, date_to: date | None, tag: str | None, starred_only: bool
    ) -> tuple[str, list[Any]]:
        """The filters of a list count: a tag through the tag index (few rows read, however common the tag)."""
        where, params = self._filters(date_from, date_to, [])
        if tag:
            where += " AND e.seq IN (SELECT entry_seq FROM entry_tags WHERE tag_key = ?)"
            params.append(query_language.tag_key(tag))
        if starred_only:
            where += " AND e.starred = 1"
        return where, params

    def tags(self) -> list[tuple[str, int]]:
        """Every tag in use outside the trash, with how many entries have it, by name."""
        rows = self._rows(
            "SELECT min(tag), count(*) FROM entry_tags "
            "WHERE entry_seq NOT IN (SELECT seq FROM entries WHERE deleted_at IS NOT NULL) GROUP BY tag_key"
        )
        return sorted(((str(tag), int(n)) for tag, n in rows), key=lambda item: item[0].casefold())

    def days_with_entries(self, first: date, last: date) -> set[date]:
        rows = self._rows(
            "SELECT DISTINCT entry_date FROM entries WHERE deleted_at IS NULL AND entry_date BETWEEN ? AND ?",
            (first.isoformat(), last.isoformat()),
        )
        return {date.fromisoformat(r[0]) for r in rows}

    def on_this_day(self, day: date) -> list[EntrySummary]:
        """Entries from the same month and day in earlier years, newest first.

        The day of each earlier year is looked up in the date index (a 29 February only in leap years), instead of
        testing the date of every entry."""
        first = self._rows("SELECT min(entry_date) FROM entries")[0][0]
        if first is None:
            return []
        days = []
        for year in range(day.year - 1, int(first[:4]) - 1, -1):
            with contextlib.suppress(ValueError):
                days.append(date(year, day.month, day.day).isoformat())
        if not days:
            return []
        marks = ", ".join("?" * len(days))
        rows = self._rows(
            f"SELECT {_SUMMARY_COLUMNS} FROM entries e WHERE e.deleted_at IS NULL "  # noqa: S608
            f"AND e.entry_date IN ({marks}) ORDER BY e.entry_date DESC",
            days,
        )
        return [_summary(r) for r in rows]

    # -- history -------------------------------------------------------------------------------------------------

    def history(self, entry_id: str) -> list[EntryVersion]:
        """Earlier versions of an entry, newest first."""
        rows = self._rows(
            "SELECT v.version_id, v.saved_at, v.entry_date, v.title, v.body, v.tags, v.mood, v.starred "
            "FROM entry_versions v JOIN entries e ON e.seq = v.entry_seq WHERE e.id = ? "
            "ORDER BY v.version_id DESC",
            (entry_id,),
        )
        if not rows:
            self.get(entry_id)  # raises NoSuchItem for an unknown id
        return [
            EntryVersion(
                version_id=vid,
                saved_at=saved,
                entry_date=date.fromisoformat(day),
                title=title,
                body=body,
                tags=tuple(json.loads(tags)),
                mood=mood,
                starred=bool(starred),
            )
            for vid, saved, day, title, body, tags, mood, starred in rows
        ]

    def restore_version(self, entry_id: str, version_id: int) -> Entry:
        """Make an earlier version current again; the current state becomes a version too."""
        for version in self.history(entry_id):
            if version.version_id == version_id:
                return self.update(
                    entry_id,
                    entry_date=version.entry_date,
                    title=version.title,
                    body=version.body,
                    tags=version.tags,
                    mood=version.mood,
                    clear_mood=version.mood is None,
                    starred=version.starred,
                )
        raise NoSuchItem(f"entry {entry_id} has no version {version_id}")

    # -- trash ---------------------------------------------------------------------------------------------------

    def delete(self, entry_id: str) -> None:
        """Move to the trash (restorable)."""
        with self._transaction() as conn:
            seq = self._seq(conn, entry_id)
            conn.execute("UPDATE entries SET deleted_at = ? WHERE seq = ? AND deleted_at IS NULL", (utc_now(), seq))
            conn.execute("DELETE FROM entries_fts WHERE rowid = ?", (seq,))  # the trash is not searched

    def restore(self, entry_id: str) -> None:
        with self._transaction() as conn:
            seq = self._seq(conn, entry_id)
            row = conn.execute("SELECT title, body, deleted_at FROM entries WHERE seq = ?", (seq,)).fetchone()
            if row[2] is None:
                return
            conn.execute("UPDATE entries SET deleted_at = NULL WHERE seq = ?", (seq,))
            self._index(conn, seq, row[0], row[1], [t for (t,) in conn.execute(
                "SELECT tag FROM entry_tags WHERE entry_seq = ?", (seq,))])  # fmt: skip

    def trash(self) -> list[EntrySummary]:
        rows = self._rows(
            f"SELECT {_SUMMARY_COLUMNS} FROM entries e WHERE e.deleted_at IS NOT NULL "  # noqa: S608
            "ORDER BY e.deleted_at DESC"
        )
        return [_summary(r) for r in rows]

    def purge(self, entry_ids: Iterable[str] | None = None) -> int:
        """Remove entries in the trash for good (all of them if `entry_ids` is None), history and index included.

        secure_delete overwrites the freed pages, and a WAL checkpoint moves the change into the main file.
        """
        with self._transaction() as conn:
            if entry_ids is None:
                seqs = [r[0] for r in conn.execute("SELECT seq FROM entries WHERE deleted_at IS NOT NULL")]
            else:
                seqs = []
                for entry_id in entry_ids:
                    seq = self._seq(conn, entry_id)
                    if conn.execute("SELECT deleted_at FROM entries WHERE seq = ?", (seq,)).fetchone()[0] is None:
                        raise InvalidInput("only entries in the trash can be removed for good")
                    seqs.append(seq)
            for seq in seqs:
                conn.execute("DELETE FROM entries_fts WHERE rowid = ?", (seq,))
                conn.execute("DELETE FROM entries WHERE seq = ?", (seq,))
        if seqs:
            with damage_as_error():
                self._conn.execute("INSERT INTO entries_fts (entries_fts) VALUES ('optimize')")
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return len(seqs)

    # -- search --------------------------------------------------------------------------------------------------

    def search(self, query: str, *, limit: int = 50, offset: int = 0, snippets: int | None = None) -> list[SearchHit]:
        """Entries matching the query language of `search.py`, best match first, then newest.

        Ranking happens inside the full-text index (which holds no entry in the trash); only the best rows are then
        read from `entries`. A word found in most entries is ranked among its _RANK_CANDIDATES most recently written
        matches (the index gives matches newest first without scoring them; scoring all of a word found in half of
        100,000 entries would cost more than the rest of the search), so it costs about what a rare one does.

        snippets: how many of the first hits get their snippet (and their entry's preview) now; None for all. The
        others are light (`SearchHit.is_light`: no body or tag read) until `complete_hits` - the app makes the
        snippets of the rows on screen only, which is most of a search's work otherwise.
        """
        parsed = query_language.parse(query)
        if parsed.is_empty:
            return []
        match = parsed.match_expression(self._continuations)
        if match is not None:
            inner: list[str] = []
            inner_params: list[Any] = []
            if parsed.date_from or parsed.date_to:
                days = [(parsed.date_from or date.min).isoformat(), (parsed.date_to or date.max).isoformat()]
                # the first and last entry (by seq) of those days, from the date index: the index gives FTS5 that
                # range of rows to read (its own rowid range), not all the word's matches from the newest down
                low, high, count = self._rows(
                    "SELECT min(seq), max(seq), count(*) FROM entries INDEXED BY entries_live_by_date "
                    "WHERE deleted_at IS NULL AND entry_date >= ? AND entry_date <= ?",
                    days,
                )[0]
                if not count:
                    return []
                inner.append("rowid >= ? AND rowid <= ?")
                inner_params += [low, high]
                if high - low < _DATE_SPAN_FACTOR * count:
                    # entries written about in date order: rows of other days are few, each match is looked up
                    inner.append(
                        "EXISTS (SELECT 1 FROM entries d INDEXED BY entries_live_dates WHERE d.seq = entries_fts.rowid"
                        " AND d.deleted_at IS NULL AND d.entry_date >= ? AND d.entry_date <= ?)"
                    )
                else:  # days of entries written in any order (an import): the set of their rows, made once
                    inner.append("+rowid IN (SELECT seq FROM entries WHERE entry_date >= ? AND entry_date <= ?)")
                inner_params += days
            for tag in parsed.tags:
                inner.append("+rowid IN (SELECT entry_seq FROM entry_tags WHERE tag_key = ?)")
                inner_params.append(query_language.tag_key(tag))
            for tag in parsed.excluded_tags:
                inner.append("+rowid NOT IN (SELECT entry_seq FROM entry_tags WHERE tag_key = ?)")
                inner_params.append(query_language.tag_key(tag))
            # `+rowid`: a filter on rowid is otherwise handed to FTS5 as `rowid = ?`, which runs the MATCH once per
            # candidate row (seconds for a word and a year's dates); as an expression it is checked per match instead
            conditions = "".join(" AND " + c for c in inner)
            # a margin past the page, so that rows tied on score are still ordered by date
            window = offset + limit + _RANK_MARGIN
            score = "0" if short_prefixes_only(parsed) else "bm25(entries_fts, 4.0, 1.0, 2.0)"
            sql = (
                f"WITH candidates AS (SELECT rowid AS seq, {score} AS score "  # noqa: S608
                f"FROM entries_fts WHERE entries_fts MATCH ?{conditions} ORDER BY rowid DESC LIMIT ?), "
                "top AS (SELECT seq, score FROM candidates ORDER BY score LIMIT ?) "
                f"SELECT {_HIT_COLUMNS} FROM top JOIN entries e INDEXED BY entries_live_rows ON e.seq = top.seq "
                "WHERE e.deleted_at IS NULL ORDER BY top.score, e.entry_date DESC LIMIT ? OFFSET ?"
            )
            candidates = rank_candidates(parsed, window)
            rows = self._rows(sql, (match, *inner_params, candidates, window, limit, offset))
        else:
            where, params, by_row = self._filters_and_path(
                parsed.date_from, parsed.date_to, parsed.tags, parsed.excluded_tags, offset + limit
            )
            exclusion = parsed.exclusion_expression(self._continuations)
            if exclusion is not None:
                where += " AND e.seq NOT IN (SELECT rowid FROM entries_fts WHERE entries_fts MATCH ?)"
                params.append(exclusion)
            # the page's rows picked from an index of the entries not in the trash (migration 10), without reading
            # a row (mostly body) until the page is known: by row with its date for a rare tag, else in date order
            index = "entries_live_dates" if by_row else "entries_live_by_date"
            sql = (
                f"WITH page AS (SELECT e.seq FROM entries e INDEXED BY {index} "  # noqa: S608
                f"WHERE e.deleted_at IS NULL{where} ORDER BY e.entry_date DESC, e.created_at DESC LIMIT ? OFFSET ?) "
                f"SELECT {_HIT_COLUMNS} FROM page JOIN entries e INDEXED BY entries_live_rows ON e.seq = page.seq "
                "WHERE e.deleted_at IS NULL ORDER BY e.entry_date DESC, e.created_at DESC"
            )
            rows = self._rows(sql, (*params, limit, offset))
        hits = [SearchHit(_summary(r), None, int(r[0])) for r in rows]
        made = len(hits) if snippets is None else max(0, min(snippets, len(hits)))
        return self._complete(hits[:made], parsed) + hits[made:]

    def complete_hits(self, query: str, hits: Sequence[SearchHit]) -> list[SearchHit]:
        """`hits` (of `search(query)`) with their snippets and previews made; complete ones are kept as they are.
        A hit whose entry has since been deleted for good keeps an empty snippet."""
        return self._complete(list(hits), query_language.parse(query))

    def _complete(self, hits: list[SearchHit], parsed: Any) -> list[SearchHit]:
        light = [h.seq for h in hits if h.is_light]
        if not light:
            return hits
        # no word to find: the snippet is the body's beginning, so only that much of each body is read
        body = "e.body" if parsed.terms else f"substr(e.body, 1, {query_language.SNIPPET_CHARS * 4})"
        bodies: dict[int, tuple[str, str]] = {}
        for start in range(0, len(light), 500):
            chunk = light[start : start + 500]
            marks = ",".join("?" * len(chunk))
            sql = f"SELECT e.seq, {body}, {_TAGS_OF_ROW} FROM entries e WHERE e.seq IN ({marks})"  # noqa: S608
            bodies.update((int(seq), (text, tags)) for seq, text, tags in self._rows(sql, chunk))
        done = []
        for hit in hits:
            if not hit.is_light:
                done.append(hit)
                continue
            text, tags = bodies.get(hit.seq, ("", "[]"))
            entry = replace(hit.entry, body_start=text[:400], tags=_tag_tuple(tags))
            done.append(SearchHit(entry, query_language.snippet(text, parsed), hit.seq))
        return done

    def _continuations(self, letter: str) -> list[str]:
        """The one-letter word `letter` (if indexed) and the distinct two-letter beginnings of the indexed words
        that start with it, from the index's own term list (a temporary fts5vocab view: no data of its own). Kept
        by this Journal until the index changes (`PRAGMA data_version` for other connections' commits, the
        connection's own change count for its own)."""
        conn = self._conn
        with damage_as_error():
            stamp = (id(conn), conn.execute("PRAGMA data_version").fetchone()[0], conn.total_changes)
            if self._continuation_cache[0] != stamp:
                self._continuation_cache = (stamp, {})
            cache = self._continuation_cache[1]
            if letter not in cache:
                if not conn.execute("SELECT 1 FROM temp.sqlite_master WHERE name = 'entries_terms'").fetchall():
                    # a view in the connection's temporary schema; a reader connection is query_only, which forbids
                    # creating even that, so the guard is lifted for this one statement and put back
                    guarded = conn.execute("PRAGMA query_only").fetchone()[0]
                    conn.execute("PRAGMA query_only = OFF")
                    try:
                        conn.execute(
                            "CREATE VIRTUAL TABLE temp.entries_terms USING fts5vocab(main, 'entries_fts', 'row')"
                        )
                    finally:
                        conn.execute(f"PRAGMA query_only = {'ON' if guarded else 'OFF'}")
                cache[letter] = two_letter_beginnings(conn, "temp.entries_terms", letter)
            return list(cache[letter])
