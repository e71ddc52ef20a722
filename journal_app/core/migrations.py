"""Numbered schema migrations. `PRAGMA user_version` holds the number of the last one applied.

Never edit a migration that has shipped: add a new one. Each migration has a test that starts from a fixture vault
made by the migrations before it (tests/fixtures/).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from .errors import JournalError
from .legacy import unwrap_earlier_lines
from .text import index_text

Connection = Any  # a sqlcipher3 connection


def _run_script(conn: Connection, script: str) -> None:
    """Run DDL statements one by one, inside the caller's transaction (executescript would commit)."""
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)


def _m1_journal(conn: Connection) -> None:
    _run_script(
        conn,
        """
        CREATE TABLE entries (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            entry_date TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            body TEXT NOT NULL DEFAULT '',
            mood INTEGER CHECK (mood BETWEEN 1 AND 5),
            starred INTEGER NOT NULL DEFAULT 0,
            deleted_at TEXT
        );
        CREATE INDEX entries_by_date ON entries (entry_date DESC, created_at DESC);
        CREATE TABLE entry_tags (
            entry_seq INTEGER NOT NULL REFERENCES entries (seq) ON DELETE CASCADE,
            tag_key TEXT NOT NULL,
            tag TEXT NOT NULL,
            PRIMARY KEY (entry_seq, tag_key)
        ) WITHOUT ROWID;
        CREATE INDEX entry_tags_by_key ON entry_tags (tag_key, entry_seq);
        CREATE TABLE entry_versions (
            version_id INTEGER PRIMARY KEY,
            entry_seq INTEGER NOT NULL REFERENCES entries (seq) ON DELETE CASCADE,
            saved_at TEXT NOT NULL,
            entry_date TEXT NOT NULL,
            title TEXT NOT NULL,
            body TEXT NOT NULL,
            tags TEXT NOT NULL,
            mood INTEGER,
            starred INTEGER NOT NULL
        );
        CREATE INDEX entry_versions_by_entry ON entry_versions (entry_seq, version_id);
        CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
        """,
    )


def _fill_search_index(conn: Connection, where: str = "") -> None:
    cursor = conn.execute(
        "SELECT e.seq, e.title, e.body, (SELECT group_concat(tag, ' ') FROM entry_tags WHERE entry_seq = e.seq) "  # noqa: S608
        f"FROM entries e {where}"
    )
    while rows := cursor.fetchmany(500):
        conn.executemany(
            "INSERT INTO entries_fts (rowid, title, body, tags) VALUES (?, ?, ?, ?)",
            [(seq, index_text(title), index_text(body), index_text(tags or "")) for seq, title, body, tags in rows],
        )


def _m2_search_index(conn: Connection) -> None:
    conn.execute(
        "CREATE VIRTUAL TABLE entries_fts USING fts5("
        "title, body, tags, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0')"
    )
    _fill_search_index(conn)


def _m3_planner(conn: Connection) -> None:
    """Documents, deadlines, checklists, zones with their rules, and trips; the stay-rule presets as zones."""
    import json
    import uuid

    from .presets import CHECK_NOTE, PRESETS_V3, WRITTEN

    _run_script(
        conn,
        """
        CREATE TABLE zones (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            rules TEXT NOT NULL,
            register_within INTEGER,
            written TEXT,
            note TEXT NOT NULL DEFAULT ''
        ) WITHOUT ROWID;
        CREATE TABLE trips (
            id TEXT PRIMARY KEY,
            zone_id TEXT NOT NULL REFERENCES zones (id) ON DELETE CASCADE,
            entry_date TEXT NOT NULL,
            exit_date TEXT,
            counts INTEGER NOT NULL DEFAULT 1,
            note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            CHECK (exit_date IS NULL OR exit_date >= entry_date)
        ) WITHOUT ROWID;
        CREATE INDEX trips_by_zone ON trips (zone_id, entry_date);
        CREATE TABLE documents (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            holder TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL,
            number TEXT NOT NULL DEFAULT '',
            country TEXT NOT NULL DEFAULT '',
            issued TEXT,
            expires TEXT,
            lead_days INTEGER NOT NULL,
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE checklists (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            created_at TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE deadlines (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            due_date TEXT NOT NULL,
            due_time TEXT,
            remind_days INTEGER NOT NULL DEFAULT 0,
            notes TEXT NOT NULL DEFAULT '',
            document_id TEXT REFERENCES documents (id) ON DELETE SET NULL,
            trip_id TEXT REFERENCES trips (id) ON DELETE SET NULL,
            checklist_id TEXT REFERENCES checklists (id) ON DELETE SET NULL,
            repeat TEXT,
            done_at TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX deadlines_by_due ON deadlines (done_at, due_date)
        """,
    )
    for preset in PRESETS_V3:
        conn.execute(
            "INSERT INTO zones (id, name, title, rules, register_within, written, note) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                str(uuid.uuid4()),
                preset["name"],
                preset["title"],
                json.dumps(preset["rules"]),
                preset["register_within"],
                WRITTEN,
                CHECK_NOTE.format(written=WRITTEN),
            ),
        )


def _m4_attachments(conn: Connection) -> None:
    """Files (scans, photos) inside the vault, stored in chunks so that no file is ever whole in memory."""
    _run_script(
        conn,
        """
        CREATE TABLE attachments (
            id TEXT PRIMARY KEY,
            owner_kind TEXT NOT NULL CHECK (owner_kind IN ('entry', 'document')),
            owner_id TEXT NOT NULL,
            name TEXT NOT NULL,
            mime TEXT NOT NULL,
            size INTEGER NOT NULL,
            sha256 TEXT NOT NULL,
            created_at TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX attachments_by_owner ON attachments (owner_kind, owner_id);
        CREATE TABLE attachment_chunks (
            attachment_id TEXT NOT NULL REFERENCES attachments (id) ON DELETE CASCADE,
            n INTEGER NOT NULL,
            data BLOB NOT NULL,
            UNIQUE (attachment_id, n)
        )
        """,
    )


def _m5_search_index_v2(conn: Connection) -> None:
    """Rebuild the search index with prefix indexes (2, 3 and 4 characters) and without entries in the trash, so that
    ranking can happen inside the index."""
    conn.execute("DROP TABLE entries_fts")
    conn.execute(
        "CREATE VIRTUAL TABLE entries_fts USING fts5(title, body, tags, content='', contentless_delete=1, "
        "prefix='2 3 4', tokenize='unicode61 remove_diacritics 0')"
    )
    _fill_search_index(conn, "WHERE e.deleted_at IS NULL")


def _m6_fast_counts(conn: Connection) -> None:
    """Indexes that let the tag list and the entry count skip reading every entry: the few entries in the trash,
    and the tags with their display form (a covering index)."""
    _run_script(
        conn,
        """
        CREATE INDEX entries_in_trash ON entries (seq) WHERE deleted_at IS NOT NULL;
        DROP INDEX entry_tags_by_key;
        CREATE INDEX entry_tags_by_key ON entry_tags (tag_key, entry_seq, tag)
        """,
    )


def _m7_unwrap_earlier_editor_lines(conn: Connection) -> None:
    """Bodies saved by the earlier editor carry line breaks it added at 80 columns (core/legacy.py): join them. The
    text as it was stays in the entry's history, saved at the time of its last change, so it can be restored."""
    rows = conn.execute(
        "SELECT e.seq, e.entry_date, e.title, e.body, e.mood, e.starred, e.updated_at, e.deleted_at, "
        "(SELECT json_group_array(tag) FROM entry_tags WHERE entry_seq = e.seq) FROM entries e"
    ).fetchall()
    for seq, day, title, body, mood, starred, updated, deleted, tags_json in rows:
        new_body = unwrap_earlier_lines(body)
        if new_body == body:
            continue
        conn.execute(
            "INSERT INTO entry_versions (entry_seq, saved_at, entry_date, title, body, tags, mood, starred) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (seq, updated, day, title, body, tags_json, mood, starred),
        )
        conn.execute("UPDATE entries SET body = ? WHERE seq = ?", (new_body, seq))
        if deleted is None:  # the trash is not in the search index
            tags = " ".join(json.loads(tags_json))
            conn.execute("DELETE FROM entries_fts WHERE rowid = ?", (seq,))
            conn.execute(
                "INSERT INTO entries_fts (rowid, title, body, tags) VALUES (?, ?, ?, ?)",
                (seq, index_text(title), index_text(new_body), index_text(tags)),
            )


def _m8_stay_rules(conn: Connection) -> None:
    """Issue 15: repeating deadlines keep their anchor day (`repeat_from`, the series' first date); a deadline may be
    computed (`due_rule`, JSON: a registration after arrival, a date of a stay answer); a trip has a country and a
    border."""
    conn.execute("ALTER TABLE deadlines ADD COLUMN repeat_from TEXT")
    conn.execute("ALTER TABLE deadlines ADD COLUMN due_rule TEXT")
    # where and how a trip entered: its days count for a zone only from the day the country joined it
    conn.execute("ALTER TABLE trips ADD COLUMN country TEXT NOT NULL DEFAULT ''")
    conn.execute("ALTER TABLE trips ADD COLUMN border TEXT NOT NULL DEFAULT ''")
    _presets_v8(conn)


def _presets_v8(conn: Connection) -> None:
    """The presets of schema 8 in place of the schema-3 ones the person never changed (same title, rules and
    registration); new presets under names not taken. Changed zones stay as they are."""
    import json
    import uuid

    from .presets import CHECK_NOTE_V8, PRESETS_V3, PRESETS_V8, WRITTEN_V8

    old = {p["name"]: p for p in PRESETS_V3}
    for preset in PRESETS_V8:
        note = CHECK_NOTE_V8.format(source=preset["source"], written=WRITTEN_V8)
        row = conn.execute(
            "SELECT id, title, rules, register_within FROM zones WHERE name = ?", (preset["name"],)
        ).fetchone()
        if row is None:
            conn.execute(
                "INSERT INTO zones (id, name, title, rules, register_within, written, note) "
                "VALUES (?, ?, ?, ?, NULL, ?, ?)",
                (str(uuid.uuid4()), preset["name"], preset["title"], json.dumps(preset["rules"]), WRITTEN_V8, note),
            )
            continue
        before = old.get(preset["name"])
        if before is None or (row[1], json.loads(row[2]), row[3]) != (
            before["title"],
            before["rules"],
            before["register_within"],
        ):
            continue  # the person's own zone, or a preset they changed
        conn.execute(
            "UPDATE zones SET title = ?, rules = ?, register_within = NULL, written = ?, note = ? WHERE id = ?",
            (preset["title"], json.dumps(preset["rules"]), WRITTEN_V8, note, row[0]),
        )


def _m9_padding(conn: Connection) -> None:
    """Padding that every journal has: rows of zero bytes (encrypted like every page) that keep the file at the size of
    its bucket (docs/FORMAT.md "Slot sizes"); `journal_app/core/vault.py` adds and removes rows, nothing reads them.
    And the names of the automatic backups this journal made (`core/own_backups.py`), so that pruning deletes only
    its own files and never those of the other journal of the vault. Migration 9 (the vault layout)."""
    conn.execute("CREATE TABLE padding (n INTEGER PRIMARY KEY, data BLOB NOT NULL)")
    conn.execute("CREATE TABLE own_backups (name TEXT PRIMARY KEY, made_at TEXT NOT NULL) WITHOUT ROWID")


def _m10_live_entry_indexes(conn: Connection) -> None:
    """Indexes of the entries not in the trash that answer a list or a tag by themselves, without reading the rows
    (whose pages are mostly bodies): in date order (the list, a common tag), and by row with its date (a rare tag's
    entries put in date order). Migration 10 (issue 16: a tag search read up to 4,000 rows for 100 results)."""
    conn.execute(
        "CREATE INDEX entries_live_by_date ON entries (entry_date DESC, created_at DESC) WHERE deleted_at IS NULL"
    )
    conn.execute("CREATE INDEX entries_live_dates ON entries (seq, entry_date, created_at) WHERE deleted_at IS NULL")


def _m11_live_entry_rows(conn: Connection) -> None:
    """Indexes of the entries not in the trash that answer by themselves, without reading a row (mostly its body:
    about one entry a 4 KiB page, the columns after the body behind its overflow pages): by row with every column a
    search hit shows but the body and the tags, for the page of hits; and migration 10's two indexes made whole, in
    date order (a list, a date range) and by row with its date (a tag's entries, a date range's matches). All three
    end with `deleted_at`, always NULL in them, without which SQLite read the row of every entry it went through to
    check it. Migration 11 (issue 16)."""
    conn.execute("DROP INDEX entries_live_by_date")
    conn.execute(
        "CREATE INDEX entries_live_by_date ON entries (entry_date DESC, created_at DESC, deleted_at) "
        "WHERE deleted_at IS NULL"
    )
    conn.execute("DROP INDEX entries_live_dates")
    conn.execute(
        "CREATE INDEX entries_live_dates ON entries (seq, entry_date, created_at, deleted_at) WHERE deleted_at IS NULL"
    )
    conn.execute(
        "CREATE INDEX entries_live_rows "
        "ON entries (seq, entry_date, created_at, id, title, updated_at, mood, starred, deleted_at) "
        "WHERE deleted_at IS NULL"
    )


MIGRATIONS: list[Callable[[Connection], None]] = [
    _m1_journal,
    _m2_search_index,
    _m3_planner,
    _m4_attachments,
    _m5_search_index_v2,
    _m6_fast_counts,
    _m7_unwrap_earlier_editor_lines,
    _m8_stay_rules,
    _m9_padding,
    _m10_live_entry_indexes,
    _m11_live_entry_rows,
]
LATEST = len(MIGRATIONS)


class VaultTooNew(JournalError):
    def __init__(self) -> None:
        super().__init__("this vault was written by a newer version of Journal; please update the app")


def migrate(conn: Connection, target: int = LATEST) -> int:
    """Apply the migrations the vault lacks, each in its own transaction. Returns the version reached."""
    current = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if current > LATEST:
        raise VaultTooNew()
    for number in range(current + 1, target + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            MIGRATIONS[number - 1](conn)
            conn.execute(f"PRAGMA user_version = {number:d}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    return max(current, target)
