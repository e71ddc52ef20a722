"""Saving a document, deadline or trip from a form through the core's public API (add, or update in place)."""

from __future__ import annotations

import json
from datetime import date
from typing import Any


def save_document(planner: Any, attachments: Any, doc_id: str | None, fields: dict[str, Any]) -> Any:
    """Add a document (doc_id None) or change one (its id, attachments and linked deadlines stay)."""
    if doc_id is None:
        return planner.add_document(**fields)
    return planner.update_document(doc_id, **fields)


def delete_document(planner: Any, attachments: Any, doc_id: str) -> None:
    """A document goes with its attachments (the core deletes both in one transaction)."""
    planner.delete_document(doc_id)


def save_deadline(planner: Any, deadline_id: str | None, fields: dict[str, Any], *, fixed: bool = False) -> Any:
    """Add a deadline or change one, keeping its checklist and its done state (`fixed`: a date computed before is
    now the date chosen)."""
    if deadline_id is None:
        return planner.add_deadline(**fields)
    return planner.update_deadline(deadline_id, relink=True, fixed=fixed, **fields)


def save_stay_deadline(planner: Any, old: Any, fields: dict[str, Any], zone: str, days_before: int) -> Any:
    """A deadline `days_before` days before the latest exit of `zone`, moving with its trips. An old one counted the
    same way keeps its id and date; one counted another way (or a dated one) is replaced by the new one."""
    title, remind_days, notes = fields["title"], fields["remind_days"], fields["notes"]
    if old is not None:
        rule = _json_rule(old.due_rule)
        same = (
            rule.get("kind") == "stay"
            and rule.get("point") == "latest_exit"
            and rule.get("zone") == planner.zone(zone).id
            and rule.get("days_before") == days_before
        )
        if same:
            return planner.update_deadline(old.id, title=title, due=old.due, due_time=fields["due_time"],
                                           remind_days=remind_days, notes=notes)  # fmt: skip
    new = planner.add_stay_deadline(title=title, zone=zone, days_before=days_before, remind_days=remind_days,
                                    notes=notes)  # fmt: skip
    if old is not None:
        planner.delete_deadline(old.id)
    return new


def _json_rule(text: str | None) -> dict[str, Any]:
    try:
        rule = json.loads(text) if text else {}
    except ValueError:
        return {}
    return rule if isinstance(rule, dict) else {}


def save_trip(
    planner: Any,
    trip_id: str | None,
    *,
    zone: str,
    entry: date,
    exit: date | None,
    counts: bool,
    registration_title: str,
    registration_note: str,
    country: str = "",
    border: str = "",
    allow_overlap: bool = False,
) -> Any:
    """Add a trip or change one (an open registration deadline of the trip moves with its entry day). The titles and
    notes of the registration deadlines it creates are the app's translations."""
    if trip_id is None:
        return planner.add_trip(zone=zone, entry=entry, exit=exit, counts=counts, country=country, border=border,
                                registration_title=registration_title, registration_note=registration_note,
                                allow_overlap=allow_overlap)  # fmt: skip
    return planner.update_trip(trip_id, zone=zone, entry=entry, exit=exit, counts=counts, country=country,
                               border=border, registration_title=registration_title,
                               registration_note=registration_note, allow_overlap=allow_overlap)  # fmt: skip
