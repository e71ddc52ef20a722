"""The planner: documents, deadlines, trips, zones, stays, the horizon and checklist templates."""

from __future__ import annotations

import argparse
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from ..core.errors import InvalidInput, NoSuchItem
from ..core.ics import deadlines_to_ics
from ..core.kdf import KdfParams
from ..core.planner import (
    BORDERS,
    DEFAULT_HORIZON_DAYS,
    DOCUMENT_KINDS,
    Planner,
    Problem,
    check_crossing,
    rule_from_json,
    rule_to_json,
    stay_report,
)
from ..core.stays import Rule
from ..core.templates import LANGUAGES, find_template, load_templates
from .common import (
    EXIT_OK,
    Commands,
    UsageError,
    add_group,
    day,
    days,
    iso,
    open_planner,
    print_json,
    write_unencrypted,
)


def register(commands: Commands) -> None:
    _register_doc(commands)
    _register_deadline(commands)
    _register_trip(commands)
    _register_zone(commands)

    stay = commands.add_parser("stay", help="days used and left in a zone")
    stay.add_argument("zone")
    stay.add_argument("--on", type=day, metavar="D", help="the day to answer for (default today)")
    stay.add_argument("--for", dest="stay_for", type=days("stay_for"), metavar="N",
                      help="also: earliest entry for N days")  # fmt: skip
    stay.add_argument("--json", action="store_true")
    stay.set_defaults(handler=cmd_stay)

    horizon = commands.add_parser("horizon", help="what is due: overdue and the next days")
    horizon.add_argument("--days", type=days("horizon_days"), default=DEFAULT_HORIZON_DAYS, metavar="N")
    horizon.add_argument("--on", type=day, metavar="D")
    horizon.add_argument("--json", action="store_true")
    horizon.set_defaults(handler=cmd_horizon)

    checklist = add_group(commands, "checklist", "checklist templates: list, apply")
    templates = checklist.add_parser("templates", help="the templates shipped with the app")
    templates.add_argument("--json", action="store_true")
    templates.set_defaults(handler=cmd_checklist_templates)
    apply = checklist.add_parser("apply", help="create deadlines from a template; prints their ids")
    apply.add_argument("template")
    apply.add_argument("--anchor", type=day, metavar="D", required=True, help="arrival, departure or appointment day")
    apply.add_argument("--lang", choices=LANGUAGES, default="en")
    apply.set_defaults(handler=cmd_checklist_apply)


def _register_doc(commands: Commands) -> None:
    doc = add_group(commands, "doc", "documents: add, list, delete")
    add = doc.add_parser("add", help="add a document; prints its id")
    add.add_argument("--kind", required=True, choices=sorted(DOCUMENT_KINDS))
    add.add_argument("--title", required=True)
    add.add_argument("--number", default="")
    add.add_argument("--country", default="")
    add.add_argument("--holder", default="", help="whose document it is (default: yours)")
    add.add_argument("--issued", type=day, metavar="D")
    add.add_argument("--expires", type=day, metavar="D", required=True)
    add.add_argument("--lead-days", type=days("lead_days"), metavar="N", help="start renewing N days before expiry")
    add.set_defaults(handler=cmd_doc_add)
    list_ = doc.add_parser("list", help="documents, what needs action first")
    list_.add_argument("--json", action="store_true")
    list_.set_defaults(handler=cmd_doc_list)
    delete = doc.add_parser("delete", help="delete a document and its attached files (its deadlines stay)")
    delete.add_argument("id", help="the document's id (or its first characters)")
    delete.set_defaults(handler=cmd_doc_delete)


def _register_deadline(commands: Commands) -> None:
    deadline = add_group(commands, "deadline", "deadlines: add, list, done, delete, ics")
    add = deadline.add_parser("add", help="add a deadline; prints its id")
    add.add_argument("--title", required=True)
    when = add.add_mutually_exclusive_group(required=True)
    when.add_argument("--due", type=day, metavar="D")
    when.add_argument("--before-latest-exit", metavar="ZONE",
                      help="due N days before ZONE's latest exit; moves when trips change")  # fmt: skip
    add.add_argument("--days", type=days("days_before"), metavar="N", help="with --before-latest-exit (default 0)")
    add.add_argument("--remind-days", type=days("remind_days"), default=0, metavar="N")
    add.add_argument("--repeat", help="yearly, monthly or every:N")
    add.add_argument("--document", metavar="ID", help="the document it belongs to (id from doc add)")
    add.add_argument("--trip", metavar="ID", help="the trip it belongs to (id from trip add)")
    add.set_defaults(handler=cmd_deadline_add)
    list_ = deadline.add_parser("list", help="open deadlines by date")
    list_.add_argument("--json", action="store_true")
    list_.add_argument("--all", action="store_true", help="include done ones")
    list_.set_defaults(handler=cmd_deadline_list)
    done = deadline.add_parser("done", help="tick off a deadline")
    done.add_argument("id")
    done.set_defaults(handler=cmd_deadline_done)
    delete = deadline.add_parser("delete", help="delete a deadline")
    delete.add_argument("id", help="the deadline's id (or its first characters)")
    delete.set_defaults(handler=cmd_deadline_delete)
    ics = deadline.add_parser("ics", help="write open deadlines to an .ics calendar file (not encrypted)")
    ics.add_argument("out", type=Path)
    ics.set_defaults(handler=cmd_deadline_ics)


def _register_trip(commands: Commands) -> None:
    trip = add_group(commands, "trip", "trips: add, list")
    add = trip.add_parser("add", help="record a trip; prints its id; no --exit: still there")
    add.add_argument("--zone", required=True)
    add.add_argument("--entry", type=day, metavar="D", required=True)
    add.add_argument("--exit", type=day, metavar="D")
    add.add_argument("--resident", action="store_true", help="days under a residence permit or D visa")
    add.add_argument("--country", type=country_code, default="", metavar="CC",
                     help="the country entered (BG, RO, HR): members that joined on different dates")  # fmt: skip
    add.add_argument("--border", choices=[b for b in BORDERS if b], default="", help="how the border was crossed")
    add.set_defaults(handler=cmd_trip_add)
    list_ = trip.add_parser("list", help="trips by entry date")
    list_.add_argument("--zone")
    list_.add_argument("--json", action="store_true")
    list_.set_defaults(handler=cmd_trip_list)


def _register_zone(commands: Commands) -> None:
    zone = add_group(commands, "zone", "zones (countries or areas) and their stay rules")
    add = zone.add_parser("add", help="add a zone, or replace the rules of one")
    add.add_argument("name")
    add.add_argument("--title", help="the name shown (default: NAME)")
    add.add_argument("--rule", action="append", required=True, metavar="RULE",
                     help="rolling:N:M (N days in any M), per-entry:N or year:N; repeat for several")  # fmt: skip
    add.add_argument("--register-within", type=days("register_within"), metavar="K",
                     help="register within K days of arrival")  # fmt: skip
    add.set_defaults(handler=cmd_zone_add)
    list_ = zone.add_parser("list", help="zones and their rules")
    list_.add_argument("--json", action="store_true")
    list_.set_defaults(handler=cmd_zone_list)
    delete = zone.add_parser("delete", help="delete a zone with its trips")
    delete.add_argument("name")
    delete.set_defaults(handler=cmd_zone_delete)


# -- documents -----------------------------------------------------------------------------------------------------


def cmd_doc_add(args: argparse.Namespace, kdf: KdfParams) -> int:
    with open_planner(args, kdf) as planner:
        document = planner.add_document(
            kind=args.kind, title=args.title, number=args.number, country=args.country, holder=args.holder,
            issued=args.issued, expires=args.expires, lead_days=args.lead_days,
        )  # fmt: skip
    print(document.id)
    return EXIT_OK


def cmd_doc_list(args: argparse.Namespace, kdf: KdfParams) -> int:
    with open_planner(args, kdf) as planner:
        documents = planner.documents()
    rows: list[dict[str, Any]] = [
        {
            "id": d.id, "kind": d.kind, "title": d.title, "number": d.number, "country": d.country,
            "holder": d.holder, "issued": iso(d.issued), "expires": iso(d.expires), "lead_days": d.lead_days,
            "renew_by": iso(d.renew_by), "problem": d.problem,
        }
        for d in documents
    ]  # fmt: skip
    if args.json:
        print_json(rows)
    else:
        for row in rows:
            flag = f"  (cannot read its {row['problem']}: fix or delete it)" if row["problem"] else ""
            print(f"{row['expires'] or '—':10} renew by {row['renew_by'] or '—':10} {row['id'][:8]} {row['title']}"
                  f"{flag}")  # fmt: skip
    return EXIT_OK


def cmd_doc_delete(args: argparse.Namespace, kdf: KdfParams) -> int:
    with open_planner(args, kdf) as planner:
        planner.delete_document(planner.resolve_document_id(args.id))
    print("The document has been deleted.", file=sys.stderr)
    return EXIT_OK


# -- deadlines -----------------------------------------------------------------------------------------------------


def cmd_deadline_add(args: argparse.Namespace, kdf: KdfParams) -> int:
    if args.days is not None and args.before_latest_exit is None:
        raise UsageError("--days goes with --before-latest-exit ZONE")
    if args.before_latest_exit is not None and (args.repeat or args.document or args.trip):
        raise UsageError("a deadline before the latest exit does not repeat and belongs to its zone")
    with open_planner(args, kdf) as planner:
        if args.before_latest_exit is not None:
            item = planner.add_stay_deadline(title=args.title, zone=args.before_latest_exit,
                                             days_before=args.days or 0, remind_days=args.remind_days)  # fmt: skip
            print(item.id)
            return EXIT_OK
        if args.document:
            planner.document(args.document)  # exit 5 for an unknown id
        if args.trip and args.trip not in {t.id for t in planner.trips()}:
            raise NoSuchItem(f"no trip with id {args.trip}")
        item = planner.add_deadline(title=args.title, due=args.due, remind_days=args.remind_days,
                                    repeat=args.repeat, document_id=args.document, trip_id=args.trip)  # fmt: skip
    print(item.id)
    return EXIT_OK


def cmd_deadline_list(args: argparse.Namespace, kdf: KdfParams) -> int:
    with open_planner(args, kdf) as planner:
        items = planner.deadlines(include_done=args.all)
    rows: list[dict[str, Any]] = [
        {"id": d.id, "title": d.title, "due": d.due.isoformat(), "remind_days": d.remind_days, "repeat": d.repeat,
         "done": d.done, "problem": d.problem}
        for d in items
    ]  # fmt: skip
    if args.json:
        print_json(rows)
    else:
        for row in rows:
            flag = f"  (cannot read its {row['problem']}: fix or delete it)" if row["problem"] else ""
            print(f"{row['due']} {row['id'][:8]} {'[x]' if row['done'] else '[ ]'} {row['title']}{flag}")
    return EXIT_OK


def cmd_deadline_done(args: argparse.Namespace, kdf: KdfParams) -> int:
    with open_planner(args, kdf) as planner:
        item = planner.set_done(planner.resolve_deadline_id(args.id))
    print(f"Done; next due {item.due.isoformat()}" if item.repeat else "Done", file=sys.stderr)
    return EXIT_OK


def cmd_deadline_delete(args: argparse.Namespace, kdf: KdfParams) -> int:
    with open_planner(args, kdf) as planner:
        planner.delete_deadline(planner.resolve_deadline_id(args.id))
    print("The deadline has been deleted.", file=sys.stderr)
    return EXIT_OK


def cmd_deadline_ics(args: argparse.Namespace, kdf: KdfParams) -> int:
    with open_planner(args, kdf) as planner:
        text = deadlines_to_ics(planner.deadlines())
    write_unencrypted(args.out, text)
    return EXIT_OK


# -- trips and zones -----------------------------------------------------------------------------------------------


def country_code(text: str) -> str:
    """An argument type: a two- or three-letter country code (upper-cased)."""
    try:
        return check_crossing(text, "")[0]
    except InvalidInput as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def cmd_trip_add(args: argparse.Namespace, kdf: KdfParams) -> int:
    with open_planner(args, kdf) as planner:
        trip = planner.add_trip(zone=args.zone, entry=args.entry, exit=args.exit, counts=not args.resident,
                                country=args.country, border=args.border)  # fmt: skip
    print(trip.id)
    return EXIT_OK


def cmd_trip_list(args: argparse.Namespace, kdf: KdfParams) -> int:
    with open_planner(args, kdf) as planner:
        trips = planner.trips(args.zone)
    rows: list[dict[str, Any]] = [
        {"id": t.id, "zone": t.zone, "entry": t.entry.isoformat(), "exit": iso(t.exit), "counts": t.counts}
        for t in trips
    ]
    if args.json:
        print_json(rows)
    else:
        for row in rows:
            print(f"{row['entry']} – {row['exit'] or 'still there':10} {row['zone']} {row['id'][:8]}")
    return EXIT_OK


def parse_rule(text: str) -> Rule:
    """rolling:N:M, per-entry:N or year:N; the bounds are the core's (rule_from_json)."""
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


def cmd_zone_add(args: argparse.Namespace, kdf: KdfParams) -> int:
    rules = [parse_rule(r) for r in args.rule]
    with open_planner(args, kdf) as planner:
        zone = planner.save_zone(args.name, title=args.title or args.name, rules=rules,
                                 register_within=args.register_within)  # fmt: skip
    print(zone.name)
    return EXIT_OK


def _rule_text(rule: dict[str, Any]) -> str:
    """A stored rule in a few words: "90 in 180", "30 per entry", "6 months per entry", "183 in 12 months"; a kind
    without words of its own as its name and numbers."""
    kind, limit = rule["kind"], rule.get("limit")
    if kind == "rolling":
        return f"{limit} in {rule.get('window')}"
    if kind == "rolling_months":
        return f"{limit} in {rule.get('months')} months"
    if kind == "per_entry_months":
        return f"{rule.get('months')} months per entry"
    if kind == "max_entries":
        return f"{limit} entries in {rule.get('window')}"
    if kind == "min_outside":
        return f"{rule.get('days')} days outside before re-entry"
    if limit is not None and len(rule) == 2:
        return f"{limit} {kind.replace('_', ' ')}"
    numbers = " ".join(f"{k}={v}" for k, v in rule.items() if k != "kind")
    return f"{kind.replace('_', ' ')} {numbers}".strip()


def cmd_zone_list(args: argparse.Namespace, kdf: KdfParams) -> int:
    with open_planner(args, kdf) as planner:
        zones = planner.zones()
    rows: list[dict[str, Any]] = [{"name": z.name, "title": z.title, "rules": [rule_to_json(r) for r in z.rules],
             "register_within": z.register_within, "written": z.written, "problem": z.problem}
             for z in zones]  # fmt: skip
    if args.json:
        print_json(rows)
    else:
        for row in rows:
            rules_text = ", ".join(_rule_text(r) for r in row["rules"])
            print(f"{row['name']:16} {rules_text or '(rules cannot be read)'}  ({row['title']})")
    return EXIT_OK


def cmd_zone_delete(args: argparse.Namespace, kdf: KdfParams) -> int:
    with open_planner(args, kdf) as planner:
        trips = planner.delete_zone(args.name)
    print(f"Deleted the zone and {trips} trips.", file=sys.stderr)
    return EXIT_OK


# -- stays, the horizon, checklists --------------------------------------------------------------------------------


def cmd_stay(args: argparse.Namespace, kdf: KdfParams) -> int:
    on = args.on or date.today()
    with open_planner(args, kdf) as planner:
        zone = planner.zone(args.zone)
        answer = planner.stay(zone.name, on, args.stay_for)
    data = stay_report(zone, answer)  # the core's JSON shape (issue 15)
    if args.json:
        print_json(data)
    else:
        print(f"{zone.title} on {data['on']}: {answer.days_used} days used, {answer.days_remaining} left")
        print(f"Longest stay from then: {answer.max_stay_days} days (latest exit {data['latest_exit'] or '—'})")
        print(f"Earliest entry: {data['earliest_entry'] or '—'}")
        for first, last, peak in data["violations"]:
            print(f"Over the limit {first} – {last} (up to {peak} days)")
        if zone.note:
            print(zone.note)
    return EXIT_OK


def problem_json(problem: Problem) -> dict[str, str]:
    return {"kind": problem.kind, "id": problem.id, "title": problem.title, "field": problem.field}


def warn_problems(planner: Planner) -> list[Problem]:
    """Name each stored item that cannot be read (on stderr), with how to fix it; returns them."""
    problems = planner.problems()
    for p in problems:
        fix = {
            "document": f"journal-app doc delete {p.id}",
            "deadline": f"journal-app deadline delete {p.id}",
            "zone": f"journal-app zone add {p.title} --rule ...",
        }.get(p.kind, "the app's Stays page")
        print(f"journal-app: cannot read the {p.field} of the {p.kind} {p.id[:8]} ({p.title}); it is left out. "
              f"Correct or delete it in the app, or with: {fix}", file=sys.stderr)  # fmt: skip
    return problems


def cmd_horizon(args: argparse.Namespace, kdf: KdfParams) -> int:
    on = args.on or date.today()
    with open_planner(args, kdf) as planner:
        items = planner.horizon(on, args.days)
        problems = warn_problems(planner)
    data: dict[str, Any] = {
        "from": on.isoformat(),
        "to": (on + timedelta(days=args.days)).isoformat(),
        "items": [
            {"date": i.date.isoformat(), "kind": i.kind, "reason": i.reason, "title": i.title, "overdue": i.overdue,
             "id": i.ref, **({"since": i.since.isoformat(), "over_by": i.over_by} if i.now and i.since else {})}
            for i in items
        ],
        "problems": [problem_json(p) for p in problems],
    }  # fmt: skip
    if args.json:
        print_json(data)
    else:
        for item in data["items"]:
            flag = "OVERDUE " if item["overdue"] else ""
            print(f"{item['date']} {flag}{item['reason'].replace('_', ' ')}: {item['title']}")
    return EXIT_OK


def cmd_checklist_templates(args: argparse.Namespace, kdf: KdfParams) -> int:
    templates = load_templates()
    if args.json:
        print_json([{"id": t.id, "title": t.title, "anchor": t.anchor, "written": t.written,
                     "items": len(t.items)} for t in templates])  # fmt: skip
    else:
        for t in templates:
            print(f"{t.id:12} {t.title['en']} ({len(t.items)} items; from: {t.anchor['en']}; written {t.written})")
    return EXIT_OK


def cmd_checklist_apply(args: argparse.Namespace, kdf: KdfParams) -> int:
    template = find_template(args.template)
    with open_planner(args, kdf) as planner:
        for item in planner.apply_template(template, args.anchor, args.lang):
            print(item.id)
    return EXIT_OK
