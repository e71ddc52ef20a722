"""Benchmarks of issue 4 (documents, deadlines and stays), each task in its own process:

    python -m benchmarks.planner_bench stays        calculate() over 20 years of trips (2-4 a year, some planned)
    python -m benchmarks.planner_bench stays_documents   the same with visas, the passport rule and zone members
    python -m benchmarks.planner_bench horizon      Planner.horizon over 10,000 documents and deadlines
    python -m benchmarks.planner_bench attachment   a 200 MB file stored and read back; peak RSS of the process

Each prints one JSON document on stdout. Vaults are made in a temporary folder under benchmarks/out/ with the cheap
KDF of the generated vaults, and removed afterwards.
"""

from __future__ import annotations

import hashlib
import json
import random
import shutil
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from .measure import peak_rss_mib, reset_peak, rss_mib, summary_ms

OUT = Path(__file__).resolve().parent / "out"
TODAY = date(2026, 6, 15)
MIB = 1024 * 1024


# -- stays -------------------------------------------------------------------------------------------------------


def twenty_years_of_trips(seed: int, today: date = TODAY) -> list[Any]:
    """2-4 trips a year for 20 years up to and beyond `today`: 18 years back, 2 years of planned trips ahead.

    Trips last 3-45 days (a few longer), so the rolling rule is tight but mostly kept. One trip in the current year
    is open (no exit: still there) when `today` falls into it; one past trip overstays, as recorded lives do. No two
    trips overlap.
    """
    from journal_app.core.stays import Stay

    rng = random.Random(seed)
    trips = []
    for year in range(today.year - 18, today.year + 2):
        count = rng.randint(2, 4)
        starts = sorted(rng.sample(range(0, 365 - 50), count))
        for start in starts:
            entry = date(year, 1, 1) + timedelta(days=start)
            length = rng.choice((3, 5, 7, 10, 14, 14, 21, 30, 45, 60))
            trips.append(Stay(entry, entry + timedelta(days=length - 1)))
    # still there: an open trip that began two weeks ago
    trips.append(Stay(today - timedelta(days=14), None))
    # one person is in one place at a time: a trip that would begin before the previous one ended is left out (the
    # planner refuses overlapping trips in a zone)
    kept: list[Any] = []
    for trip in trips:
        if not kept or (kept[-1].exit is not None and trip.entry > kept[-1].exit):
            kept.append(trip)
    return kept


def rule_sets() -> dict[str, list[Any]]:
    from journal_app.core.stays import CalendarYear, PerEntry, RollingWindow

    return {
        "schengen 90/180": [RollingWindow(90, 180)],
        "turkey 90/180 + 60 per entry": [RollingWindow(90, 180), PerEntry(60)],
        "armenia 180 a calendar year": [CalendarYear(180)],
        "all three kinds at once": [RollingWindow(90, 180), PerEntry(60), CalendarYear(180)],
    }


def task_stays(spec: dict[str, Any]) -> dict[str, Any]:
    """Every answer (calculate with and without `stay_for`) on many 20-year lives, one rule set at a time; then the
    hard cases: an overstay today, all days used, stays asked for that no rule allows."""
    from journal_app.core.stays import RollingWindow, Stay, calculate, days_used_series

    repeats = int(spec.get("repeats", 40))
    result: dict[str, Any] = {"cases": {}}
    all_seconds: list[float] = []
    for name, rules in rule_sets().items():
        seconds: list[float] = []
        trips_count = 0
        for i in range(repeats):
            # a different life each time, and a different "today": planned trips ahead, an open trip now
            on = TODAY + timedelta(days=i * 9 - 180)
            trips = twenty_years_of_trips(1000 + i, on)
            trips_count = len(trips)
            stay_for = (None, 7, 30)[i % 3]
            start = time.perf_counter()
            calculate(rules, trips, on, stay_for)
            seconds.append(time.perf_counter() - start)
        result["cases"][name] = {**summary_ms(seconds), "trips": trips_count}
        all_seconds += seconds
    hard: list[float] = []
    for i, (extra, stay_for) in enumerate(
        [
            ([Stay(TODAY - timedelta(days=120), None)], s)  # overstayed: when may I come back (for N days)?
            for s in (None, 1, 30, 90)
        ]
        + [([Stay(TODAY - timedelta(days=89), TODAY)], s) for s in (None, 1, 30, 90)]  # all 90 days used today
    ):
        trips = twenty_years_of_trips(2000 + i)[:-1] + extra
        for rules in rule_sets().values():
            start = time.perf_counter()
            calculate(rules, trips, TODAY, stay_for)
            hard.append(time.perf_counter() - start)
    result["hard_cases"] = summary_ms(hard)
    result["all"] = summary_ms(all_seconds + hard)
    # the chart: days used on every day of a year and a half
    trips = twenty_years_of_trips(7)
    start = time.perf_counter()
    series = days_used_series([RollingWindow(90, 180)], trips, TODAY - timedelta(days=365), TODAY + timedelta(180))
    result["chart_series_ms"] = round((time.perf_counter() - start) * 1000, 3)
    result["chart_points"] = len(series)
    return result


def twenty_years_of_documents(seed: int, today: date = TODAY) -> tuple[list[Any], Any, Any]:
    """Trips with a country and border, a visa for each year (some single-entry, some with their own day limit),
    a passport rule, and Schengen's members by date (issue 15): what a stay answer counts with in a real vault."""
    from journal_app.core.planner import zone_item_from_json
    from journal_app.core.presets import PRESETS_V8
    from journal_app.core.stays import Documents, Members, Stay, Visa

    rng = random.Random(seed)
    countries = [("DE", "air"), ("HR", "land"), ("BG", "land"), ("BG", "air"), ("FR", ""), ("RO", "sea")]
    trips = [Stay(t.entry, t.exit, t.counts, *rng.choice(countries)) for t in twenty_years_of_trips(seed, today)]
    visas = []
    for year in range(today.year - 18, today.year + 3):
        entries = rng.choice((None, None, 1, 2))
        days = rng.choice((None, 90, 60))
        visas.append(Visa(date(year, 1, 1), date(year, 12, 31), entries, days))
    documents = Documents(tuple(visas), True, today + timedelta(days=rng.randint(60, 900)), 3)
    schengen = next(p for p in PRESETS_V8 if p["name"] == "schengen")
    members = Members(tuple(m for m in map(zone_item_from_json, schengen["rules"]) if m.kind == "member"))
    return trips, documents, members


def task_stays_documents(spec: dict[str, Any]) -> dict[str, Any]:
    """Issue 15: every answer with visas, the passport rule and members by date, over 20 years of trips, for each
    rule set (with `stay_for` one time in three), and the hard cases of task_stays."""
    from journal_app.core.stays import Stay, calculate

    repeats = int(spec.get("repeats", 40))
    result: dict[str, Any] = {"cases": {}}
    everything: list[float] = []
    for name, rules in rule_sets().items():
        seconds = []
        for i in range(repeats):
            on = TODAY + timedelta(days=i * 9 - 180)
            trips, documents, members = twenty_years_of_documents(3000 + i, on)
            start = time.perf_counter()
            calculate(rules, trips, on, (None, 7, 30)[i % 3], documents=documents, members=members)
            seconds.append(time.perf_counter() - start)
        result["cases"][name] = summary_ms(seconds)
        everything += seconds
    hard = []
    for i, stay_for in enumerate((None, 1, 30, 90)):
        trips, documents, members = twenty_years_of_documents(4000 + i)
        trips = [*trips[:-1], Stay(TODAY - timedelta(days=120), None, True, "DE", "air")]  # overstayed
        for rules in rule_sets().values():
            start = time.perf_counter()
            calculate(rules, trips, TODAY, stay_for, documents=documents, members=members)
            hard.append(time.perf_counter() - start)
    result["hard_cases"] = summary_ms(hard)
    result["all"] = summary_ms(everything + hard)
    return result


# -- horizon -----------------------------------------------------------------------------------------------------


def _cheap_vault(folder: Path) -> Any:
    from journal_app.core.vault import Vault

    from .generate import CHEAP_KDF, PASSPHRASE

    return Vault.create(folder, PASSPHRASE, kdf=CHEAP_KDF)


def fill_planner(vault: Any, documents: int, deadlines: int, seed: int) -> None:
    """Rows written straight with the planner's own statements' columns, in one transaction (fast set-up)."""
    from journal_app.core.planner import DOCUMENT_KINDS
    from journal_app.core.vault import transaction

    rng = random.Random(seed)
    kinds = list(DOCUMENT_KINDS)
    now = "2026-01-01T00:00:00+00:00"
    conn = vault.connection
    with transaction(conn):
        for i in range(documents):
            kind = rng.choice(kinds)
            expires = TODAY + timedelta(days=rng.randint(-400, 3650)) if rng.random() < 0.9 else None
            conn.execute(
                "INSERT INTO documents (id, kind, holder, title, number, country, issued, expires, lead_days, notes, "
                "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (f"doc-{i}", kind, "", f"Document {i}", f"N{i:07d}", "DE", None,
                 expires.isoformat() if expires else None, DOCUMENT_KINDS[kind], "", now, now),
            )  # fmt: skip
        for i in range(deadlines):
            due = TODAY + timedelta(days=rng.randint(-200, 1500))
            done = now if rng.random() < 0.3 else None
            repeat = rng.choice((None, None, None, "yearly", "monthly", "every:30"))
            conn.execute(
                "INSERT INTO deadlines (id, title, due_date, notes, repeat, done_at, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (f"dl-{i}", f"Deadline {i}", due.isoformat(), "", repeat, done, now, now),
            )
    planner = vault.planner()
    # trips in three zones, one of them with an open trip today (the horizon asks for its latest exit)
    for n, zone in enumerate(("schengen", "turkey", "armenia")):
        for stay in twenty_years_of_trips(seed + n):
            if zone != "schengen" and stay.exit is None:
                continue
            planner.add_trip(zone=zone, entry=stay.entry, exit=stay.exit)


def task_horizon(spec: dict[str, Any]) -> dict[str, Any]:
    base = Path(tempfile.mkdtemp(dir=OUT, prefix="horizon-"))
    try:
        vault = _cheap_vault(base / "vault")
        documents, deadlines = int(spec.get("documents", 5000)), int(spec.get("deadlines", 5000))
        fill_planner(vault, documents, deadlines, 42)
        planner = vault.planner()
        seconds = []
        items = 0
        for _ in range(int(spec.get("repeats", 20))):
            start = time.perf_counter()
            found = planner.horizon(TODAY)
            seconds.append(time.perf_counter() - start)
            items = len(found)
        # where the time goes (one call each)
        parts = {}
        for name, fn in (
            ("documents", planner._documents),
            ("deadlines", planner.deadlines),
            ("zones", planner.zones),
            ("stay", lambda: planner.stay("schengen", TODAY)),
        ):
            start = time.perf_counter()
            fn()
            parts[name] = round((time.perf_counter() - start) * 1000, 2)
        vault.close()
        return {
            "documents": documents,
            "deadlines": deadlines,
            "items": items,
            **summary_ms(seconds),
            "parts_ms": parts,
        }
    finally:
        shutil.rmtree(base, ignore_errors=True)


# -- attachment --------------------------------------------------------------------------------------------------


def _write_source(path: Path, size: int, seed: int) -> str:
    """A file of `size` random-looking bytes (incompressible, like a scan), written in 1 MiB pieces."""
    rng = random.Random(seed)
    digest = hashlib.sha256()
    with open(path, "wb") as out:
        left = size
        while left:
            piece = rng.randbytes(min(MIB, left))
            digest.update(piece)
            out.write(piece)
            left -= len(piece)
    return digest.hexdigest()


def task_attachment(spec: dict[str, Any]) -> dict[str, Any]:
    size = int(spec.get("mib", 200)) * MIB
    base = Path(tempfile.mkdtemp(dir=OUT, prefix="attach-"))
    try:
        source = base / "scan.bin"
        expected = _write_source(source, size, 42)
        vault = _cheap_vault(base / "vault")
        owner = vault.journal().add(title="with a scan", body="a page").id
        # mode "app": stored on a second writable connection, as the app's worker does (Vault.open_writer), read
        # back on the vault's connection; "main": both on the vault's connection; "small-cache": as "app" with the
        # page cache of both connections lowered to 2 MiB (what a change in the core would give: see PERFORMANCE.md)
        mode = spec.get("mode", "app")
        writer = vault.connection if mode == "main" else vault.open_writer()
        if mode == "small-cache":
            for conn in (writer, vault.connection):
                conn.execute("PRAGMA cache_size = -2048")
        attachments = vault.attachments(writer if writer is not vault.connection else None)
        reader = vault.attachments()
        result: dict[str, Any] = {"mode": mode, "bytes": size, "rss_before_mib": round(rss_mib(), 1)}
        result["peak_windows"] = reset_peak()
        start = time.perf_counter()
        item = attachments.add_file("entry", owner, source)
        result["store_s"] = round(time.perf_counter() - start, 2)
        result["peak_rss_store_mib"] = round(peak_rss_mib(), 1)
        start = time.perf_counter()
        digest, read = hashlib.sha256(), 0
        for chunk in reader.chunks(item.id):
            digest.update(chunk)
            read += len(chunk)
        result["read_s"] = round(time.perf_counter() - start, 2)
        result["peak_rss_mib"] = round(peak_rss_mib(), 1)
        result["read_back_equal"] = read == size and digest.hexdigest() == expected == item.sha256
        result["vault_bytes"] = sum(p.stat().st_size for p in (base / "vault").iterdir() if p.is_file())
        vault.close()
        return result
    finally:
        shutil.rmtree(base, ignore_errors=True)


TASKS = {
    "stays": task_stays,
    "stays_documents": task_stays_documents,
    "horizon": task_horizon,
    "attachment": task_attachment,
}


def main(argv: list[str]) -> int:
    spec = json.loads(argv[1]) if len(argv) > 1 else {}
    OUT.mkdir(parents=True, exist_ok=True)
    print(json.dumps(TASKS[argv[0]](spec), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
