"""The automatic backups this journal made, remembered inside the journal itself (table `own_backups`).

A vault may hold two journals (the real one and a decoy) whose automatic backups go into the same folder under the
same kind of name (`journal-YYYY-MM-DD.backup`), so a name never says which journal made it. Pruning goes by this
list: a journal deletes only files it made itself, so using one journal never deletes the other's backups. The list
lives in the encrypted journal, so the folder and the settings file show nothing of it.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from .vault import transaction

_FORMAT = "%Y-%m-%dT%H:%M:%SZ"


def remembered(conn: Any) -> list[str]:
    """The names of this journal's automatic backups, oldest first."""
    return [str(r[0]) for r in conn.execute("SELECT name FROM own_backups ORDER BY made_at, name")]


def last_made(conn: Any) -> datetime | None:
    """When this journal last made an automatic backup (UTC), or None."""
    row = conn.execute("SELECT max(made_at) FROM own_backups").fetchone()
    if row is None or row[0] is None:
        return None
    return datetime.strptime(str(row[0]), _FORMAT).replace(tzinfo=UTC)


def remember(conn: Any, name: str, made_at: datetime) -> None:
    with transaction(conn):
        conn.execute(
            "INSERT OR REPLACE INTO own_backups (name, made_at) VALUES (?, ?)",
            (name, made_at.astimezone(UTC).strftime(_FORMAT)),
        )


def forget(conn: Any, names: Iterable[str]) -> None:
    names = list(names)
    if names:
        with transaction(conn):
            conn.executemany("DELETE FROM own_backups WHERE name = ?", [(n,) for n in names])
