"""Documents, deadlines, zones, trips and the horizon, stored in the vault."""

from __future__ import annotations

from datetime import date

import pytest

from journal_app.core.errors import InvalidInput, NoSuchItem
from journal_app.core.planner import next_occurrence
from journal_app.core.stays import PerEntry, RollingWindow
from journal_app.core.vault import Vault
from tests.conftest import FAST_KDF, MARKER, PASSPHRASE, files_containing

D = date.fromisoformat


@pytest.fixture
def planner(vault):
    return vault.planner()


def test_every_vault_has_the_presets(planner) -> None:
    names = {z.name for z in planner.zones()}
    assert {"schengen", "turkey", "georgia", "serbia", "armenia", "kazakhstan"} <= names
    schengen = planner.zone("Schengen")
    assert schengen.rules == (RollingWindow(90, 180),)
    assert "check the official source" in schengen.note and schengen.written


def test_documents_sorted_by_what_needs_action_first(planner) -> None:
    visa = planner.add_document(kind="visa", title="D visa", expires=D("2026-03-01"))
    passport = planner.add_document(kind="international_passport", title="Passport", expires=D("2026-06-01"))
    tax = planner.add_document(kind="tax_number", title="IIN", expires=None)
    assert passport.lead_days == 180 and passport.renew_by == D("2025-12-03")
    assert visa.renew_by == D("2026-01-30")
    assert [d.id for d in planner.documents()] == [passport.id, visa.id, tax.id]
    with pytest.raises(InvalidInput):
        planner.add_document(kind="spaceship", title="x", expires=None)
    with pytest.raises(InvalidInput):
        planner.add_document(kind="visa", title="x", issued=D("2025-01-02"), expires=D("2025-01-01"))


def test_deadlines_done_and_repeating(planner) -> None:
    once = planner.add_deadline(title="Подать на ВНЖ", due=D("2025-04-01"))
    yearly = planner.add_deadline(title="Отчёт по счёту", due=D("2025-06-01"), repeat="yearly")
    planner.set_done(once.id)
    assert planner.deadline(once.id).done
    moved = planner.set_done(yearly.id)
    assert not moved.done and moved.due == D("2026-06-01")
    assert [d.id for d in planner.deadlines()] == [yearly.id]
    assert {d.id for d in planner.deadlines(include_done=True)} == {once.id, yearly.id}
    planner.set_done(once.id, done=False)
    assert not planner.deadline(once.id).done
    with pytest.raises(InvalidInput):
        planner.add_deadline(title="x", due=D("2025-01-01"), repeat="sometimes")


def test_next_occurrence() -> None:
    assert next_occurrence(D("2024-02-29"), "yearly") == D("2025-02-28")
    assert next_occurrence(D("2025-01-31"), "monthly") == D("2025-02-28")
    assert next_occurrence(D("2025-12-15"), "monthly") == D("2026-01-15")
    assert next_occurrence(D("2025-01-01"), "every:10") == D("2025-01-11")
    for bad in ("every:0", "every:x", "weekly"):
        with pytest.raises(InvalidInput):
            next_occurrence(D("2025-01-01"), bad)


def test_trips_and_stay(planner) -> None:
    planner.add_trip(zone="schengen", entry=D("2024-11-10"), exit=D("2024-12-24"))
    planner.add_trip(zone="schengen", entry=D("2025-02-01"))
    answer = planner.stay("schengen", D("2025-03-17"))
    assert (answer.days_used, answer.max_stay_days, answer.latest_exit) == (90, 1, D("2025-03-17"))
    with pytest.raises(InvalidInput):
        planner.add_trip(zone="schengen", entry=D("2025-05-02"), exit=D("2025-05-01"))
    with pytest.raises(NoSuchItem):
        planner.add_trip(zone="atlantis", entry=D("2025-05-02"))


def test_zones_are_editable(planner) -> None:
    planner.save_zone("serbia", title="Serbia", rules=[PerEntry(90)], register_within=1)
    assert planner.zone("serbia").rules == (PerEntry(90),)
    planner.save_zone("montenegro", title="Montenegro", rules=[RollingWindow(90, 180)])
    assert planner.zone("montenegro").title == "Montenegro"
    with pytest.raises(InvalidInput):
        planner.save_zone("x", title="x", rules=[])


def test_registration_rule_creates_a_deadline(planner) -> None:
    trip = planner.add_trip(zone="serbia", entry=D("2025-03-10"), registration_title="Регистрация: {zone}")
    deadlines = [d for d in planner.deadlines() if d.trip_id == trip.id]
    assert [(d.title, d.due) for d in deadlines] == [("Регистрация: Serbia", D("2025-03-11"))]


def test_horizon(planner) -> None:
    on = D("2025-03-17")
    passport = planner.add_document(kind="international_passport", title="Passport", expires=D("2025-08-01"))
    planner.add_document(kind="visa", title="Far visa", expires=D("2027-01-01"))
    planner.add_deadline(title="Appointment", due=D("2025-04-01"))
    planner.add_deadline(title="Too far", due=D("2025-07-01"))
    done = planner.add_deadline(title="Done already", due=D("2025-03-01"))
    planner.set_done(done.id)
    planner.add_trip(zone="schengen", entry=D("2025-02-01"))
    items = planner.horizon(on, 30)
    assert [(i.date, i.kind, i.reason, i.title, i.overdue) for i in items] == [
        (D("2025-02-02"), "document", "renew_document", "Passport", True),
        (D("2025-04-01"), "deadline", "deadline", "Appointment", False),
    ]
    assert items[0].ref == passport.id
    ninety = planner.horizon(on)
    assert {i.title for i in ninety} >= {"Passport", "Appointment"} and "Too far" not in {i.title for i in ninety}
    assert (D("2025-05-01"), "latest_exit") in {(i.date, i.reason) for i in ninety}  # 90 days from 1 February
    assert [i.date for i in ninety] == sorted(i.date for i in ninety)


def test_planner_data_is_encrypted(vault_dir) -> None:
    with Vault.create(vault_dir, PASSPHRASE, kdf=FAST_KDF) as vault:
        planner = vault.planner()
        planner.add_document(kind="international_passport", title=MARKER, number=MARKER, expires=D("2030-01-01"))
        planner.add_deadline(title=MARKER, due=D("2026-01-01"))
        planner.save_zone(MARKER, title=MARKER, rules=[PerEntry(30)])
        planner.add_trip(zone=MARKER, entry=D("2025-01-01"))
    assert files_containing(vault_dir, MARKER) == []


def test_updates_keep_ids_links_and_done_state(planner, vault) -> None:
    import io

    doc = planner.add_document(kind="visa", title="Visa", expires=D("2026-01-01"))
    linked = planner.add_deadline(title="Renew visa", due=D("2025-12-01"), document_id=doc.id)
    vault.attachments().add("document", doc.id, "scan.png", io.BytesIO(b"png"))
    changed = planner.update_document(doc.id, kind="residence_permit", title="ВНЖ", expires=D("2027-01-01"),
                                      number="123")  # fmt: skip
    assert changed.id == doc.id and changed.lead_days == 60 and changed.number == "123"
    assert planner.deadline(linked.id).document_id == doc.id
    planner.set_done(linked.id)
    edited = planner.update_deadline(linked.id, title="Продлить ВНЖ", due=D("2026-11-01"), remind_days=7)
    assert edited.done and edited.document_id == doc.id and edited.remind_days == 7
    with pytest.raises(InvalidInput):
        planner.update_document(doc.id, kind="visa", title=" ", expires=None)
    planner.delete_document(doc.id)
    assert vault.attachments().of("document", doc.id) == []
    assert planner.deadline(linked.id).document_id is None


def test_update_trip_moves_its_open_registration_deadline(planner) -> None:
    trip = planner.add_trip(zone="serbia", entry=D("2025-03-10"))
    moved = planner.update_trip(trip.id, zone="serbia", entry=D("2025-03-15"), exit=D("2025-03-30"))
    assert (moved.entry, moved.exit) == (D("2025-03-15"), D("2025-03-30"))
    assert [d.due for d in planner.deadlines() if d.trip_id == trip.id] == [D("2025-03-16")]
    with pytest.raises(InvalidInput):
        planner.update_trip(trip.id, zone="serbia", entry=D("2025-03-15"), exit=D("2025-03-01"))
    with pytest.raises(NoSuchItem):
        planner.update_trip("nope", zone="serbia", entry=D("2025-03-15"))


def test_update_deadline_relinks_only_when_asked(planner) -> None:
    doc = planner.add_document(kind="visa", title="Visa", expires=D("2026-01-01"))
    trip = planner.add_trip(zone="georgia", entry=D("2025-01-01"))
    item = planner.add_deadline(title="x", due=D("2025-06-01"), document_id=doc.id)
    assert planner.update_deadline(item.id, title="y", due=D("2025-06-02")).document_id == doc.id
    moved = planner.update_deadline(item.id, title="y", due=D("2025-06-02"), relink=True, trip_id=trip.id)
    assert (moved.document_id, moved.trip_id) == (None, trip.id)


def test_delete_zone_takes_its_trips_and_unlinks_deadlines(planner) -> None:
    trip = planner.add_trip(zone="serbia", entry=D("2025-03-10"))
    registration = next(d for d in planner.deadlines() if d.trip_id == trip.id)
    assert planner.delete_zone("Serbia") == 1
    assert "serbia" not in {z.name for z in planner.zones()}
    assert planner.trips() == []
    assert planner.deadline(registration.id).trip_id is None
    with pytest.raises(NoSuchItem):
        planner.delete_zone("serbia")


def test_horizon_warns_when_planned_trips_go_over_the_limit(planner) -> None:
    on = D("2025-03-01")
    planner.add_trip(zone="schengen", entry=D("2025-04-01"), exit=D("2025-07-15"))  # 106 days planned
    items = [(i.date, i.reason, i.title) for i in planner.horizon(on, 130)]
    assert (D("2025-06-30"), "over_limit", "Schengen area") in items  # the 91st day of the planned trip
    assert not [i for i in planner.horizon(on) if i.reason == "over_limit"]  # beyond the 90 days
    planner.add_trip(zone="turkey", entry=D("2024-01-01"), exit=D("2024-06-01"))  # a past overstay: no warning
    assert not [i for i in planner.horizon(on, 130) if i.reason == "over_limit" and i.title == "Turkey"]
