"""Merge a backup into the open vault, by id: what is missing is added, the newer `updated_at` wins, and a real
conflict (both sides changed since they parted) keeps both: the other side's entry is added as a copy."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .backup import Progress, unpacked_journal
from .errors import JournalError
from .journal import Journal, clean_tags
from .vault import _raw_key, damage_as_error, transaction

if TYPE_CHECKING:
    from .vault import Vault


@dataclass(frozen=True)
class MergeReport:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0  # entries kept twice: the copy has a new id
    other_items: int = 0  # documents, deadlines, trips, zones and attachments added or updated


_ENTRY = "id, entry_date, created_at, updated_at, title, body, mood, starred, deleted_at"


def _state(row: Any, tags: tuple[str, ...]) -> tuple[Any, ...]:
    # entry_date, title, body, mood, starred, deleted_at, tags
    return (row[1], row[4], row[5], row[6], row[7], row[8], tags)


def _tags(conn: Any, schema: str, seq: int) -> tuple[str, ...]:
    rows = conn.execute(f"SELECT tag FROM {schema}.entry_tags WHERE entry_seq = ? ORDER BY tag_key", (seq,))  # noqa: S608
    return tuple(r[0] for r in rows)


def _versions(conn: Any, schema: str, seq: int) -> list[tuple[Any, ...]]:
    return list(
        conn.execute(
            f"SELECT saved_at, entry_date, title, body, tags, mood, starred FROM {schema}.entry_versions "  # noqa: S608
            "WHERE entry_seq = ? ORDER BY version_id",
            (seq,),
        )
    )


def _insert_entry(conn: Any, row: Any, tags: tuple[str, ...], versions: list[tuple[Any, ...]], new_id: str) -> None:
    cursor = conn.execute(
        f"INSERT INTO main.entries ({_ENTRY}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",  # noqa: S608
        (new_id, *row[1:]),
    )
    seq = cursor.lastrowid
    Journal._write_tags(conn, seq, clean_tags(tags))
    Journal._index(conn, seq, row[4], row[5], tags)
    conn.executemany(
        "INSERT INTO main.entry_versions (entry_seq, saved_at, entry_date, title, body, tags, mood, starred) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [(seq, *v) for v in versions],
    )


def _replace_entry(conn: Any, seq: int, old: Any, old_tags: tuple[str, ...], row: Any, tags: tuple[str, ...]) -> None:
    conn.execute(
        "INSERT INTO main.entry_versions (entry_seq, saved_at, entry_date, title, body, tags, mood, starred) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (seq, old[3], old[1], old[4], old[5], json.dumps(list(old_tags), ensure_ascii=False), old[6], old[7]),
    )
    conn.execute(
        "UPDATE main.entries SET entry_date = ?, updated_at = ?, title = ?, body = ?, mood = ?, starred = ?, "
        "deleted_at = ? WHERE seq = ?",
        (row[1], row[3], row[4], row[5], row[6], row[7], row[8], seq),
    )
    conn.execute("DELETE FROM main.entry_tags WHERE entry_seq = ?", (seq,))
    Journal._write_tags(conn, seq, clean_tags(tags))
    conn.execute("DELETE FROM main.entries_fts WHERE rowid = ?", (seq,))
    Journal._index(conn, seq, row[4], row[5], tags)


def _seen_in(versions: list[tuple[Any, ...]], row: Any) -> bool:
    """Is the entry state `row` one of these earlier versions (same date, title and body)?"""
    return any((v[1], v[2], v[3]) == (row[1], row[4], row[5]) for v in versions)


def _copy_exists(conn: Any, row: Any) -> bool:
    found = conn.execute(
        "SELECT 1 FROM main.entries WHERE entry_date = ? AND title = ? AND body = ? AND id != ? LIMIT 1",
        (row[1], row[4], row[5], row[0]),
    ).fetchone()
    return found is not None


def _merge_entries(conn: Any) -> MergeReport:
    added = updated = unchanged = conflicts = 0
    for src in conn.execute(f"SELECT seq, {_ENTRY} FROM source.entries ORDER BY seq").fetchall():  # noqa: S608
        src_seq, row = src[0], src[1:]
        src_tags = _tags(conn, "source", src_seq)
        src_versions = _versions(conn, "source", src_seq)
        mine = conn.execute(f"SELECT seq, {_ENTRY} FROM main.entries WHERE id = ?", (row[0],)).fetchone()  # noqa: S608
        if mine is None:
            _insert_entry(conn, row, src_tags, src_versions, row[0])
            added += 1
            continue
        my_seq, my_row = mine[0], mine[1:]
        my_tags = _tags(conn, "main", my_seq)
        if _state(my_row, my_tags) == _state(row, src_tags):
            unchanged += 1
            continue
        my_versions = _versions(conn, "main", my_seq)
        if row[3] > my_row[3]:  # theirs is newer
            if not _seen_in(src_versions, my_row) and src_versions and not _seen_in(my_versions, row):
                conflicts += 1
                _insert_entry(conn, my_row, my_tags, my_versions, str(uuid.uuid4()))
            _replace_entry(conn, my_seq, my_row, my_tags, row, src_tags)
            updated += 1
        elif _seen_in(my_versions, row) or _copy_exists(conn, row):
            unchanged += 1  # we already moved on from their state, or kept it as a copy in an earlier merge
        else:
            conflicts += 1
            _insert_entry(conn, row, src_tags, src_versions, str(uuid.uuid4()))
    return MergeReport(added, updated, unchanged, conflicts)


def _merge_by_id(conn: Any, table: str, columns: str, newer_column: str | None) -> int:
    """Add rows missing here; replace rows whose `newer_column` (updated_at) is newer there."""
    changed = conn.execute(
        f"INSERT INTO main.{table} ({columns}) SELECT {columns} FROM source.{table} s "  # noqa: S608
        f"WHERE s.id NOT IN (SELECT id FROM main.{table})"
    ).rowcount
    if newer_column:
        changed += conn.execute(
            f"INSERT OR REPLACE INTO main.{table} ({columns}) SELECT {columns} FROM source.{table} s "  # noqa: S608
            f"WHERE EXISTS (SELECT 1 FROM main.{table} m WHERE m.id = s.id AND m.{newer_column} < s.{newer_column})"
        ).rowcount
    return int(changed)


def _merge_planner(conn: Any) -> int:
    changed = conn.execute(
        "INSERT INTO main.zones SELECT * FROM source.zones s WHERE s.name NOT IN (SELECT name FROM main.zones) "
        "AND s.id NOT IN (SELECT id FROM main.zones)"
    ).rowcount
    # trips point at zones by id: map the other side's zone ids to ours by name
    trip_columns = "id, zone_id, entry_date, exit_date, counts, note, created_at, updated_at"
    rows = conn.execute(
        "SELECT t.id, m.id, t.entry_date, t.exit_date, t.counts, t.note, t.created_at, t.updated_at "
        "FROM source.trips t JOIN source.zones z ON z.id = t.zone_id JOIN main.zones m ON m.name = z.name"
    ).fetchall()
    for row in rows:
        mine = conn.execute("SELECT updated_at FROM main.trips WHERE id = ?", (row[0],)).fetchone()
        if mine is None or mine[0] < row[7]:
            conn.execute(f"INSERT OR REPLACE INTO main.trips ({trip_columns}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", row)  # noqa: S608
            changed += 1
    changed += _merge_by_id(
        conn,
        "documents",
        "id, kind, holder, title, number, country, issued, expires, lead_days, notes, created_at, updated_at",
        "updated_at",
    )
    changed += _merge_by_id(conn, "checklists", "id, title, created_at", None)
    changed += _merge_by_id(
        conn,
        "deadlines",
        "id, title, due_date, due_time, remind_days, notes, document_id, trip_id, checklist_id, repeat, done_at, "
        "created_at, updated_at",
        "updated_at",
    )
    new_files = conn.execute(
        "SELECT id FROM source.attachments WHERE id NOT IN (SELECT id FROM main.attachments)"
    ).fetchall()
    for (attachment_id,) in new_files:
        conn.execute("INSERT INTO main.attachments SELECT * FROM source.attachments WHERE id = ?", (attachment_id,))
        conn.execute(
            "INSERT INTO main.attachment_chunks (attachment_id, n, data) "
            "SELECT attachment_id, n, data FROM source.attachment_chunks WHERE attachment_id = ? ORDER BY n",
            (attachment_id,),
        )
        changed += 1
    return int(changed)


def merge_backup(
    vault: Vault,
    path: Path,
    passphrase: str,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> MergeReport:
    """Verify the backup in full, then merge it into the open vault in one transaction. `cancelled` stops the
    verification and unpacking (nothing changed); the merge itself is one quick transaction."""
    from .migrations import LATEST

    conn = vault.connection
    with unpacked_journal(path, passphrase, vault.folder.parent, progress, cancelled) as (journal_file, manifest):
        if manifest.schema != LATEST:
            # bring the copy to our schema first: it is a private, encrypted scratch file
            from . import migrations
            from .vault import _apply_pragmas, _try_slot

            other = _try_slot(journal_file, manifest.key)
            if other is None:
                raise JournalError("the backup's journal could not be opened")
            try:
                _apply_pragmas(other)
                migrations.migrate(other)
                other.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                other.close()
        with damage_as_error():
            conn.execute(f'ATTACH DATABASE ? AS source KEY "{_raw_key(manifest.key)}"', (str(journal_file),))
            try:
                with transaction(conn):
                    report = _merge_entries(conn)
                    others = _merge_planner(conn)
            finally:
                conn.execute("DETACH DATABASE source")
    return MergeReport(report.added, report.updated, report.unchanged, report.conflicts, others)
