"""Changing a saved document, deadline or trip through the core's public API.

The core (this version) can add and delete these items but not change them. Until it has `update_document`,
`update_deadline` and `update_trip`, an edit is a replacement: the new item is written first, then the old one is
removed, so a failure in between leaves the old item in place. When the core grows the update methods, they are used.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any


class _ChunkStream:
    """A read-only stream over an attachment's chunks, so copying never holds the whole file in memory."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks

    def read(self, _size: int = -1) -> bytes:
        return next(self._chunks, b"")


def save_document(planner: Any, attachments: Any, doc_id: str | None, fields: dict[str, Any]) -> Any:
    """Add a document (doc_id None) or change one; returns the saved Document (its id may change)."""
    if doc_id is None:
        return planner.add_document(**fields)
    if hasattr(planner, "update_document"):
        return planner.update_document(doc_id, **fields)
    old = planner.document(doc_id)
    new = planner.add_document(**fields)
    try:
        for item in attachments.of("document", old.id):
            attachments.add("document", new.id, item.name, _ChunkStream(attachments.chunks(item.id)), mime=item.mime)
    except BaseException:
        for item in attachments.of("document", new.id):
            attachments.delete(item.id)
        planner.delete_document(new.id)
        raise
    for item in attachments.of("document", old.id):
        attachments.delete(item.id)
    planner.delete_document(old.id)
    return new


def delete_document(planner: Any, attachments: Any, doc_id: str) -> None:
    """A document goes with its attachments (they would otherwise stay in the vault, unreachable)."""
    for item in attachments.of("document", doc_id):
        attachments.delete(item.id)
    planner.delete_document(doc_id)


def save_deadline(planner: Any, deadline_id: str | None, fields: dict[str, Any]) -> Any:
    """Add a deadline or change one, keeping its checklist, document and trip links and its done state."""
    if deadline_id is None:
        return planner.add_deadline(**fields)
    if hasattr(planner, "update_deadline"):
        return planner.update_deadline(deadline_id, **fields)
    old = planner.deadline(deadline_id)
    new = planner.add_deadline(
        **fields, document_id=old.document_id, trip_id=old.trip_id, checklist_id=old.checklist_id
    )
    if old.done and not new.repeat:
        new = planner.set_done(new.id, True)
    planner.delete_deadline(old.id)
    return new


def save_trip(
    planner: Any,
    trip_id: str | None,
    *,
    zone: str,
    entry: date,
    exit: date | None,
    counts: bool,
    registration_title: str,
) -> Any:
    """Add a trip or change one. A changed trip in a zone with a registration rule gets its registration deadline
    moved with it (an open one made for the old trip is removed; a ticked one is kept)."""
    if trip_id is None:
        return planner.add_trip(zone=zone, entry=entry, exit=exit, counts=counts, registration_title=registration_title)
    if hasattr(planner, "update_trip"):
        return planner.update_trip(trip_id, zone=zone, entry=entry, exit=exit, counts=counts)
    old = next((t for t in planner.trips() if t.id == trip_id), None)
    linked = [d for d in planner.deadlines(include_done=True) if d.trip_id == trip_id]
    new = planner.add_trip(
        zone=zone, entry=entry, exit=exit, counts=counts, note=old.note if old else "",
        registration_title=registration_title,
    )  # fmt: skip
    made_now = [d for d in planner.deadlines() if d.trip_id == new.id]
    for item in linked:
        if made_now and not item.done:
            planner.delete_deadline(item.id)
    if old is not None:
        planner.delete_trip(old.id)
    return new
