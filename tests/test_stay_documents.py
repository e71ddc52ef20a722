"""Visas, the passport rule and zone members stored with a zone, used by Planner.stay and the horizon (issue 15)."""

from __future__ import annotations

from datetime import date

import pytest

from journal_app.core.errors import InvalidInput
from journal_app.core.planner import zone_item_from_json
from journal_app.core.stays import Member, PassportValidity, RollingWindow, Visa

D = date.fromisoformat


@pytest.fixture
def planner(vault):
    return vault.planner()


def test_a_visa_in_the_zone_limits_the_stay_and_the_horizon_warns(planner) -> None:
    planner.save_zone("schengen", title="Schengen area", rules=[RollingWindow(90, 180)],
                      visas=[Visa(D("2026-03-01"), D("2026-04-15"), entries=2)])  # fmt: skip
    planner.add_trip(zone="schengen", entry=D("2026-03-05"))
    answer = planner.stay("schengen", D("2026-03-10"))
    assert (answer.latest_exit, answer.exit_reason) == (D("2026-04-15"), "visa")
    warnings = [i for i in planner.horizon(D("2026-03-10")) if i.reason == "visa_limit"]
    assert [(i.date, i.overdue) for i in warnings] == [(D("2026-04-15"), False)]
    # the rules (and the zone's other items) survive an edit of the rules alone
    planner.save_zone("schengen", title="Schengen area", rules=[RollingWindow(90, 180)])
    assert planner.zone("schengen").visas == (Visa(D("2026-03-01"), D("2026-04-15"), entries=2),)


def test_the_passport_rule_uses_the_international_passport_that_expires_last(planner) -> None:
    planner.add_document(kind="international_passport", title="Old", expires=D("2026-05-01"))
    newer = planner.add_document(kind="international_passport", title="New", expires=D("2026-07-15"))
    planner.save_zone("schengen", title="Schengen area", rules=[RollingWindow(90, 180)],
                      passport=PassportValidity(3))  # fmt: skip
    planner.add_trip(zone="schengen", entry=D("2026-03-01"))
    answer = planner.stay("schengen", D("2026-03-01"))
    assert (answer.latest_exit, answer.exit_reason) == (D("2026-04-15"), "passport")
    assert [i.reason for i in planner.horizon(D("2026-03-01"))].count("passport_limit") == 1
    # naming the older passport
    old = next(d for d in planner.documents() if d.title == "Old")
    planner.save_zone("schengen", title="Schengen area", rules=[RollingWindow(90, 180)],
                      passport=PassportValidity(3, old.id))  # fmt: skip
    assert planner.stay("schengen", D("2026-01-10")).latest_exit == D("2026-02-01")
    planner.save_zone("schengen", title="Schengen area", rules=[RollingWindow(90, 180)], passport=None)
    assert planner.stay("schengen", D("2026-03-01")).exit_reason == "rule"
    assert newer.id


def test_members_by_date_and_the_trip_country(planner) -> None:
    planner.save_zone("schengen", title="Schengen area", rules=[RollingWindow(90, 180)],
                      members=[Member("HR", D("2023-01-01")), Member("BG", D("2024-03-31"), "air"),
                               Member("BG", D("2025-01-01"), "land")])  # fmt: skip
    planner.add_trip(zone="schengen", entry=D("2022-12-20"), exit=D("2023-01-10"), country="hr")
    trip = planner.add_trip(zone="schengen", entry=D("2024-06-01"), exit=D("2024-06-10"), country="BG", border="land")
    assert planner.stay("schengen", D("2023-01-10")).days_used == 10
    assert planner.stay("schengen", D("2024-06-10")).days_used == 0
    planner.update_trip(trip.id, zone="schengen", entry=D("2024-06-01"), exit=D("2024-06-10"), border="air")
    assert planner.stay("schengen", D("2024-06-10")).days_used == 10
    assert next(t for t in planner.trips() if t.id == trip.id).country == "BG"
    with pytest.raises(InvalidInput):
        planner.add_trip(zone="schengen", entry=D("2024-06-01"), country="Croatia")
    with pytest.raises(InvalidInput):
        planner.add_trip(zone="schengen", entry=D("2024-06-01"), border="rail")


@pytest.mark.parametrize("bad", [
    {"kind": "visa", "from": "2026-03-01", "until": "2026-02-01"},
    {"kind": "visa", "from": "2026-03-01", "until": "2026-04-01", "entries": 0},
    {"kind": "visa", "from": "2026-03-01", "until": "2026-04-01", "days": 5000},
    {"kind": "visa", "from": "soon", "until": "2026-04-01"},
    {"kind": "passport_valid", "months": -1},
    {"kind": "member", "country": "", "since": "2023-01-01"},
    {"kind": "member", "country": "HR", "since": "2023-01-01", "border": "rail"},
])  # fmt: skip
def test_malformed_zone_items_are_refused(bad) -> None:
    with pytest.raises(InvalidInput):
        zone_item_from_json(bad)


def test_zone_items_are_not_stay_rules(planner) -> None:
    with pytest.raises(InvalidInput):
        planner.save_zone("x", title="X", rules=[Visa(D("2026-01-01"), D("2026-02-01"))])  # type: ignore[list-item]


# -- a deadline anchored to a date of the stay answer ---------------------------------------------------------------


def test_a_deadline_30_days_before_the_latest_exit_moves_with_the_trips(planner) -> None:
    planner.today = lambda: D("2026-03-10")
    trip = planner.add_trip(zone="kazakhstan", entry=D("2026-03-01"))  # 30 per entry: latest exit 30 March
    item = planner.add_stay_deadline(title="Apply for a residence permit", zone="kazakhstan", days_before=30)
    assert item.due == D("2026-02-28") and item.due_rule
    # a border run on 10 March restarts the per-entry count: the latest exit moves to 8 April
    planner.update_trip(trip.id, zone="kazakhstan", entry=D("2026-03-01"), exit=D("2026-03-10"))
    run = planner.add_trip(zone="kazakhstan", entry=D("2026-03-10"))
    assert planner.deadline(item.id).due == D("2026-03-09")
    planner.delete_trip(run.id)  # staying on from 10 March continues the first entry again
    assert planner.deadline(item.id).due == D("2026-02-28")
    # a date chosen by hand ends the link
    planner.update_deadline(item.id, title=item.title, due=D("2026-03-20"))
    planner.add_trip(zone="kazakhstan", entry=D("2026-04-01"))
    assert planner.deadline(item.id).due == D("2026-03-20") and planner.deadline(item.id).due_rule is None
    with pytest.raises(InvalidInput):
        planner.add_stay_deadline(title="x", zone="kazakhstan", days_before=1, point="someday")


def test_the_horizon_warns_of_a_planned_trip_without_a_visa_or_past_the_passport(planner) -> None:
    planner.add_document(kind="international_passport", title="P", expires=D("2026-09-30"))
    planner.save_zone("schengen", title="Schengen area", rules=[RollingWindow(90, 180)],
                      visas=[Visa(D("2026-03-01"), D("2026-04-15"))], passport=PassportValidity(3))  # fmt: skip
    planner.add_trip(zone="schengen", entry=D("2026-04-01"), exit=D("2026-04-10"))  # held by the visa
    planner.add_trip(zone="schengen", entry=D("2026-05-01"), exit=D("2026-05-10"))  # no visa for May
    items = [(i.date, i.reason) for i in planner.horizon(D("2026-03-01"), 120) if i.kind == "stay"]
    assert items == [(D("2026-05-01"), "trip_needs_visa")]
    planner.save_zone("schengen", title="Schengen area", rules=[RollingWindow(90, 180)], visas=[])
    planner.add_trip(zone="schengen", entry=D("2026-06-25"), exit=D("2026-07-05"))  # after 30 June, 3 months before
    items = [(i.date, i.reason) for i in planner.horizon(D("2026-03-01"), 120) if i.kind == "stay"]
    assert items == [(D("2026-06-25"), "trip_after_passport")]


@pytest.mark.parametrize("bad", [
    {"kind": "visa", "from": "1800-01-01", "until": "2026-04-01"},
    {"kind": "visa", "from": "2026-03-01", "until": "2026-04-01", "entries": 1.5},
    {"kind": "visa", "from": "2026-03-01", "until": "2026-04-01", "days": True},
    {"kind": "member", "country": "HR", "since": "2300-01-01"},
    {"kind": "rolling_months", "limit": 183, "months": 12.0},
    {"kind": "max_entries", "limit": 3, "window": 2},
    {"kind": "min_outside", "days": 0},
    {"kind": "registration", "within": 3, "unit": "working_days"},
])  # fmt: skip
def test_out_of_range_zone_items_are_refused(bad) -> None:
    with pytest.raises(InvalidInput):
        zone_item_from_json(bad)


def test_a_broken_computed_due_date_never_stops_trips(planner, vault) -> None:
    item = planner.add_deadline(title="x", due=D("2026-03-01"))
    vault.connection.execute("UPDATE deadlines SET due_rule = '{not json' WHERE id = ?", (item.id,))
    trip = planner.add_trip(zone="kazakhstan", entry=D("2026-03-01"))
    planner.update_trip(trip.id, zone="kazakhstan", entry=D("2026-03-02"))
    planner.delete_trip(trip.id)
    assert planner.deadline(item.id).due == D("2026-03-01")
