"""Registration only when the law asks (issue 15): a minimum stay, per address instead of per entry, within hours,
and deadlines in working days with each country's public holidays (resources/holidays/)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from journal_app.core.errors import InvalidInput
from journal_app.core.holidays import add_working_days, calendar_from_json, shipped_calendars
from journal_app.core.registration import Registration
from journal_app.core.stays import PerEntry, RollingWindow

D = date.fromisoformat
EAEU = Registration(30, if_longer_than=30)
KZ_HOST = Registration(3, unit="working_days", calendar="KZ")
RU = Registration(7, unit="working_days", calendar="RU")
SERBIA = Registration(24, unit="hours", per="address")


@pytest.fixture
def planner(vault):
    return vault.planner()


def _registrations(planner) -> list[tuple[str, date]]:
    return [(d.title, d.due) for d in planner.deadlines() if d.due_rule and "registration" in d.due_rule]


def test_a_five_day_trip_needs_no_registration_and_is_never_overdue(planner) -> None:
    planner.save_zone("kz", title="Kazakhstan", rules=[RollingWindow(90, 180)], registration=EAEU)
    planner.add_trip(zone="kz", entry=D("2026-03-01"), exit=D("2026-03-05"))
    assert _registrations(planner) == []
    assert [i for i in planner.horizon(D("2026-06-01")) if i.overdue] == []


def test_a_long_stay_registers_by_day_30_and_an_open_trip_until_its_exit_says_otherwise(planner) -> None:
    planner.save_zone("kz", title="Kazakhstan", rules=[RollingWindow(90, 180)], registration=EAEU)
    planner.add_trip(zone="kz", entry=D("2026-03-01"), exit=D("2026-04-09"))  # 40 days
    assert _registrations(planner) == [("Register arrival: Kazakhstan", D("2026-03-31"))]
    open_trip = planner.add_trip(zone="kz", entry=D("2026-06-01"))  # still there: it may last longer than 30 days
    assert len(_registrations(planner)) == 2
    planner.update_trip(open_trip.id, zone="kz", entry=D("2026-06-01"), exit=D("2026-06-05"))
    assert _registrations(planner) == [("Register arrival: Kazakhstan", D("2026-03-31"))]


def test_working_days_skip_weekends_and_public_holidays() -> None:
    kz, ru = shipped_calendars()["KZ"], shipped_calendars()["RU"]
    # Friday 20 March 2026; Nauryz 21-23 March (Saturday to Monday): Tuesday, Wednesday, Thursday
    assert add_working_days(D("2026-03-20"), 3, kz) == (D("2026-03-26"), True)
    # Tuesday 30 December 2025, Russia, 7 working days: 31 Dec, then 1-8 January are holidays
    assert add_working_days(D("2025-12-30"), 7, ru) == (D("2026-01-16"), True)
    # outside the covered years only weekends are known, and the answer says so
    assert add_working_days(D("2031-03-20"), 3, kz)[1] is False


def test_host_registration_in_working_days(planner) -> None:
    planner.save_zone("kz", title="Kazakhstan", rules=[PerEntry(30)], registration=KZ_HOST)
    planner.add_trip(zone="kz", entry=D("2026-03-20"))
    assert _registrations(planner) == [("Register arrival: Kazakhstan", D("2026-03-26"))]
    planner.save_zone("ru", title="Russia", rules=[RollingWindow(90, 180)], registration=RU)
    trip = planner.add_trip(zone="ru", entry=D("2025-12-30"), exit=D("2026-02-10"))
    dues = {t: d for t, d in _registrations(planner)}
    assert dues["Register arrival: Russia"] == D("2026-01-16")
    # moving the trip moves the deadline, counted again in working days
    planner.update_trip(trip.id, zone="ru", entry=D("2026-01-05"), exit=D("2026-02-10"))
    assert {t: d for t, d in _registrations(planner)}["Register arrival: Russia"] == D("2026-01-19")


def test_unknown_holidays_are_said_in_the_deadline(planner) -> None:
    planner.save_zone("kz", title="Kazakhstan", rules=[PerEntry(30)], registration=KZ_HOST)
    planner.add_trip(zone="kz", entry=D("2031-03-20"))
    (item,) = [d for d in planner.deadlines() if d.due_rule]
    assert "2031" in item.notes and "not known" in item.notes


def test_an_edited_holiday_calendar_replaces_the_shipped_one(planner) -> None:
    planner.save_zone("kz", title="Kazakhstan", rules=[PerEntry(30)], registration=KZ_HOST)
    kz = planner.holiday_calendar("kz")
    assert kz.written and kz.source and 2026 in kz.years
    # Kurban Ait is not shipped (its date is announced each year): the person adds it
    data = json.loads(json.dumps({**_as_json(kz), "holidays": [*_as_json(kz)["holidays"], "2026-05-27"]}))
    planner.save_holiday_calendar(calendar_from_json(data))
    planner.add_trip(zone="kz", entry=D("2026-05-25"))  # Monday; Wednesday 27 May is now a day off
    assert _registrations(planner) == [("Register arrival: Kazakhstan", D("2026-05-29"))]


def _as_json(cal):
    from journal_app.core.holidays import calendar_to_json

    return calendar_to_json(cal)


def test_serbia_registers_each_address_within_24_hours(planner) -> None:
    planner.save_zone("rs", title="Serbia", rules=[PerEntry(30)], registration=SERBIA)
    first = planner.add_trip(zone="rs", entry=D("2026-01-10"), exit=D("2026-02-08"))
    assert _registrations(planner) == [("Register arrival: Serbia", D("2026-01-11"))]
    # a border run: a new entry, the same address: no new registration
    planner.add_trip(zone="rs", entry=D("2026-02-08"), exit=D("2026-03-09"))
    assert len(_registrations(planner)) == 1
    moved = planner.address_changed(first.id, D("2026-01-20"))
    assert moved is not None and moved.due == D("2026-01-21")
    with pytest.raises(InvalidInput):
        planner.address_changed(first.id, D("2026-03-01"))


def test_per_entry_registration_registers_a_border_run_again(planner) -> None:
    planner.save_zone("x", title="X", rules=[PerEntry(30)], registration=Registration(3))
    planner.add_trip(zone="x", entry=D("2026-01-10"), exit=D("2026-02-08"))
    planner.add_trip(zone="x", entry=D("2026-02-08"), exit=D("2026-03-09"))
    assert [d for _, d in _registrations(planner)] == [D("2026-01-13"), D("2026-02-11")]


def test_deleting_a_trip_removes_its_open_registration(planner) -> None:
    planner.save_zone("x", title="X", rules=[PerEntry(30)], registration=Registration(3))
    trip = planner.add_trip(zone="x", entry=D("2026-01-10"))
    other = planner.add_deadline(title="Mine", due=D("2026-01-12"), trip_id=trip.id)
    planner.delete_trip(trip.id)
    assert [d.id for d in planner.deadlines()] == [other.id]


def test_registration_rules_are_stored_with_the_zone_and_checked(planner) -> None:
    planner.save_zone("kz", title="Kazakhstan", rules=[PerEntry(30)], registration=KZ_HOST)
    zone = planner.zone("kz")
    assert zone.registration == KZ_HOST and zone.rules == (PerEntry(30),) and zone.register_within is None
    planner.save_zone("plain", title="Plain", rules=[PerEntry(30)], register_within=5)
    assert planner.zone("plain").registration == Registration(5) and planner.zone("plain").register_within == 5
    for bad in ({"within": -1}, {"within": 3, "unit": "weeks"}, {"within": 3, "unit": "working_days"},
                {"within": 3, "per": "city"}):  # fmt: skip
        with pytest.raises(InvalidInput):
            Registration(**bad)


def test_shipped_calendars_say_what_they_cover() -> None:
    folder = Path(__file__).resolve().parent.parent / "resources" / "holidays"
    for path in folder.glob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        for key in ("country", "written", "source", "not_included", "years", "weekend", "holidays"):
            assert data[key], (path.name, key)
        cal = calendar_from_json(data)
        assert all(d.year in cal.years for d in cal.holidays)
