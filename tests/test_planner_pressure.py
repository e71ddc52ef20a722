"""A stay rule broken today is an item of its own in the horizon; trip and document dates are checked in the core,
for the app and the CLI alike (hard refusals as typed errors, unusual dates as warnings the app asks about)."""

from __future__ import annotations

from datetime import date

import pytest

from journal_app.core.errors import ExitBeforeEntry, InvalidInput, TripOverlaps
from journal_app.core.planner import document_warnings, trip_warnings

D = date.fromisoformat
TODAY = D("2026-12-01")


@pytest.fixture
def planner(vault):
    return vault.planner()


def test_kazakhstan_overstay_is_now_with_its_start_and_size(planner) -> None:
    planner.add_trip(zone="kazakhstan", entry=D("2026-09-15"))  # still there: 78 days, 30 per entry
    items = planner.horizon(TODAY)
    (now,) = [i for i in items if i.now]
    assert now.reason == "over_limit_now" and now.kind == "stay" and now.overdue
    assert now.date == TODAY
    assert now.since == D("2026-10-15")  # day 31 of the stay: the first day over 30
    assert now.over_by == 48
    assert not [i for i in items if i.reason in ("over_limit", "latest_exit") and i.ref == now.ref]


def test_within_the_limit_there_is_no_now_item(planner) -> None:
    planner.add_trip(zone="kazakhstan", entry=D("2026-11-10"))
    items = planner.horizon(TODAY)
    assert not [i for i in items if i.now]
    assert [i.reason for i in items if i.kind == "stay"] == ["latest_exit"]


def test_a_future_overstay_stays_a_planned_warning_next_to_a_current_one(planner) -> None:
    planner.add_trip(zone="kazakhstan", entry=D("2026-09-15"), exit=D("2026-12-05"))
    planner.add_trip(zone="schengen", entry=D("2026-12-20"), exit=D("2027-04-01"))  # 103 days planned
    items = planner.horizon(TODAY, 120)
    assert [(i.reason, i.title) for i in items if i.now] == [("over_limit_now", "Kazakhstan (not EAEU citizens)")]
    assert ("over_limit", "Schengen area") in [(i.reason, i.title) for i in items]


def test_exit_before_entry_is_refused(planner) -> None:
    with pytest.raises(ExitBeforeEntry):
        planner.add_trip(zone="serbia", entry=D("2026-05-10"), exit=D("2026-05-09"))
    trip = planner.add_trip(zone="serbia", entry=D("2026-05-10"), exit=D("2026-05-12"))
    with pytest.raises(ExitBeforeEntry):
        planner.update_trip(trip.id, zone="serbia", entry=D("2026-05-10"), exit=D("2026-05-01"))
    assert issubclass(ExitBeforeEntry, InvalidInput)  # the CLI's exit 2


@pytest.mark.parametrize(
    ("entry", "exit"),
    [("2026-10-05", "2026-10-08"), ("2026-09-25", "2026-10-02"), ("2026-10-09", None), ("2026-10-01", "2026-10-01")],
)
def test_a_trip_overlapping_another_in_the_zone_is_refused_unless_allowed(planner, entry, exit) -> None:
    planner.add_trip(zone="turkey", entry=D("2026-10-01"), exit=D("2026-10-10"))
    with pytest.raises(TripOverlaps) as refused:
        planner.add_trip(zone="turkey", entry=D(entry), exit=D(exit) if exit else None)
    assert "2026-10-01 to 2026-10-10" in str(refused.value)
    assert len(planner.trips("turkey")) == 1
    planner.add_trip(zone="turkey", entry=D(entry), exit=D(exit) if exit else None, allow_overlap=True)
    assert len(planner.trips("turkey")) == 2


def test_border_runs_other_zones_and_the_trip_itself_are_no_overlap(planner) -> None:
    first = planner.add_trip(zone="turkey", entry=D("2026-10-01"), exit=D("2026-10-10"))
    planner.add_trip(zone="turkey", entry=D("2026-10-10"), exit=D("2026-10-20"))  # same-day exit and re-entry
    planner.add_trip(zone="georgia", entry=D("2026-10-05"), exit=D("2026-10-06"))
    planner.update_trip(first.id, zone="turkey", entry=D("2026-09-30"), exit=D("2026-10-10"))
    with pytest.raises(TripOverlaps):
        planner.update_trip(first.id, zone="turkey", entry=D("2026-09-30"), exit=D("2026-10-11"))


def test_the_mistyped_trip_of_the_issue_is_warned_about() -> None:
    # 10/1/26 Tab 10/5/26 read with a two-digit year the old way: 2012-10-01 to 2052-10-01
    keys = [w.key for w in trip_warnings(D("2012-10-01"), D("2052-10-01"), TODAY)]
    assert keys == ["long_trip", "far_past", "far_future"]
    (long_trip,) = [w for w in trip_warnings(D("2012-10-01"), D("2052-10-01"), TODAY) if w.key == "long_trip"]
    assert long_trip.days == 14_611
    assert trip_warnings(D("2026-10-01"), D("2026-10-05"), TODAY) == []
    assert trip_warnings(D("2026-01-01"), D("2026-12-31"), TODAY) == []  # a year is fine
    assert [w.key for w in trip_warnings(D("2026-01-01"), D("2027-01-02"), TODAY)] == ["long_trip"]


def test_document_dates_are_checked() -> None:
    assert document_warnings(D("2020-01-01"), D("2030-01-01"), TODAY) == []
    assert [w.key for w in document_warnings(D("2027-01-01"), D("2037-01-01"), TODAY)] == ["issued_in_future"]
    assert [w.key for w in document_warnings(None, D("2099-01-01"), TODAY)] == ["far_future"]
    assert [w.key for w in document_warnings(D("1950-01-01"), None, TODAY)] == ["far_past"]


def test_a_document_expiring_before_it_was_issued_is_refused(planner) -> None:
    with pytest.raises(InvalidInput):
        planner.add_document(kind="visa", title="Visa", issued=D("2026-05-01"), expires=D("2026-04-01"))


def test_the_cli_refuses_an_overlapping_trip_with_exit_2(vault_dir, tmp_path, capsys) -> None:
    from journal_app import cli
    from journal_app.core.vault import Vault
    from tests.conftest import FAST_KDF, PASSPHRASE

    Vault.create(vault_dir, PASSPHRASE, kdf=FAST_KDF).close()
    pw = tmp_path / "pw.txt"
    pw.write_text(PASSPHRASE + "\n", encoding="utf-8")
    base = ["--vault", str(vault_dir), "--passphrase-file", str(pw), "trip", "add", "--zone", "turkey"]
    assert cli.main([*base, "--entry", "2026-10-01", "--exit", "2026-10-10"], kdf=FAST_KDF) == 0
    capsys.readouterr()
    assert cli.main([*base, "--entry", "2026-10-05", "--exit", "2026-10-08"], kdf=FAST_KDF) == 2
    err = capsys.readouterr().err
    assert "overlaps another trip" in err and "Traceback" not in err
    assert cli.main([*base, "--entry", "2026-10-12", "--exit", "2026-10-11"], kdf=FAST_KDF) == 2
    assert "exit date is before the entry date" in capsys.readouterr().err
    assert cli.main([*base, "--entry", "2026-10-10", "--exit", "2026-10-12"], kdf=FAST_KDF) == 0  # a border run


def test_the_cli_horizon_says_over_the_limit_now(vault_dir, tmp_path, capsys) -> None:
    import json

    from journal_app import cli
    from journal_app.core.vault import Vault
    from tests.conftest import FAST_KDF, PASSPHRASE

    Vault.create(vault_dir, PASSPHRASE, kdf=FAST_KDF).close()
    pw = tmp_path / "pw.txt"
    pw.write_text(PASSPHRASE + "\n", encoding="utf-8")
    base = ["--vault", str(vault_dir), "--passphrase-file", str(pw)]
    assert cli.main([*base, "trip", "add", "--zone", "kazakhstan", "--entry", "2026-09-15"], kdf=FAST_KDF) == 0
    capsys.readouterr()
    assert cli.main([*base, "horizon", "--on", "2026-12-01", "--json"], kdf=FAST_KDF) == 0
    items = json.loads(capsys.readouterr().out)["items"]
    (now,) = [i for i in items if i["reason"] == "over_limit_now"]
    assert now["date"] == "2026-12-01" and now["overdue"] is True
    assert now["since"] == "2026-10-15" and now["over_by"] == 48
    assert not [i for i in items if i["reason"] == "over_limit"]
