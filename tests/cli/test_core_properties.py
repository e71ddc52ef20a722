"""The core's public operations fed random, out-of-range and malformed values: only the project's typed errors come
out, nothing out of bounds is stored, and afterwards every read (entries, horizon, stay, documents, deadlines,
exports) still works.

`make test` tries PROPERTY_EXAMPLES examples; `make test-deep` tries DEEP_EXAMPLES more. The examples share one
vault (what earlier ones stored stays), so a reported minimal example may need the ones before it.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal_app.core import bounds
from journal_app.core.errors import JournalError
from journal_app.core.export import export_html, export_json, export_markdown
from journal_app.core.planner import DOCUMENT_KINDS
from journal_app.core.stays import CalendarYear, PerEntry, RollingWindow
from journal_app.core.templates import load_templates
from journal_app.core.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

PROPERTY_EXAMPLES = 150
DEEP_EXAMPLES = 1500
TODAY = date(2026, 12, 1)

EDGE_DATES = [date.min, date.max, date(1899, 12, 31), date(1900, 1, 1), date(2200, 12, 31), date(2201, 1, 1),
              date(9999, 12, 31), date(1, 1, 1), TODAY]  # fmt: skip
EDGE_INTS = [0, -1, 1, 3660, 3661, 10**9, 10**20, -(10**20), 2**63, 2**64 + 1]

dates = st.one_of(st.sampled_from(EDGE_DATES), st.dates())
optional_dates = st.one_of(st.none(), dates)
ints = st.one_of(st.sampled_from(EDGE_INTS), st.integers(-(10**25), 10**25), st.integers(-5, 4000))
# any code point, lone surrogates (what undecodable bytes become) and NUL included
texts = st.text(st.characters(min_codepoint=0, max_codepoint=0x10FFFF, exclude_categories=()), max_size=40)
titles = st.one_of(texts, st.sampled_from(["Паспорт", "  ", "", "visa\x00", "\ud800"]))
repeats = st.one_of(
    st.none(),
    st.sampled_from(
        [
            "yearly",
            "monthly",
            "every:0",
            "every:1",
            "every:3660",
            "every:3661",
            "every:99999999999",
            "every:-5",
            "every:",
            "weekly",
            "every:٣",
        ]
    ),
    st.builds(lambda n: f"every:{n}", ints),
    texts,
)
kinds = st.one_of(st.sampled_from(sorted(DOCUMENT_KINDS)), st.sampled_from(["bogus", ""]))
rules = st.one_of(
    st.builds(RollingWindow, ints, ints),
    st.builds(PerEntry, ints),
    st.builds(CalendarYear, ints),
)


class Subject:
    """One vault for every example (a fresh one each time would spend the run on creating vaults)."""

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="bounds-"))
        self.vault = Vault.create(self.folder / "vault", PASSPHRASE, kdf=FAST_KDF)
        self.journal = self.vault.journal()
        self.planner = self.vault.planner()
        self.template = load_templates()[0]
        self.tried = 0
        self.refused = 0

    def close(self) -> None:
        self.vault.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    def pick(self, ids: list[str], n: int) -> str:
        return ids[n % len(ids)] if ids else "00000000-0000-0000-0000-000000000000"


def _operations(s: Subject) -> dict[str, tuple[Callable[..., Any], st.SearchStrategy[Any]]]:
    p, j = s.planner, s.journal
    docs = lambda: [d.id for d in p.documents()]  # noqa: E731
    dls = lambda: [d.id for d in p.deadlines(include_done=True)]  # noqa: E731
    trips = lambda: [t.id for t in p.trips()]  # noqa: E731
    entries = lambda: [e.id for e in j.list_entries()]  # noqa: E731
    doc_fields = st.fixed_dictionaries({"kind": kinds, "title": titles, "expires": optional_dates,
                                        "issued": optional_dates, "lead_days": st.one_of(st.none(), ints),
                                        "number": texts, "notes": texts})  # fmt: skip
    dl_fields = st.fixed_dictionaries({"title": titles, "due": dates, "remind_days": ints, "repeat": repeats,
                                       "notes": texts})  # fmt: skip
    trip_fields = st.fixed_dictionaries({"zone": st.sampled_from(["schengen", "turkey", "nowhere"]), "entry": dates,
                                         "exit": optional_dates, "counts": st.booleans()})  # fmt: skip
    return {
        "add_document": (lambda f: p.add_document(**f), doc_fields),
        "update_document": (
            lambda n, f: p.update_document(s.pick(docs(), n), **f),
            st.tuples(st.integers(0, 9), doc_fields),
        ),
        "delete_document": (lambda n: p.delete_document(s.pick(docs(), n)), st.integers(0, 9)),
        "add_deadline": (lambda f: p.add_deadline(**f), dl_fields),
        "update_deadline": (
            lambda n, f: p.update_deadline(s.pick(dls(), n), **f),
            st.tuples(st.integers(0, 9), dl_fields),
        ),
        "set_done": (lambda n: p.set_done(s.pick(dls(), n)), st.integers(0, 9)),
        "add_trip": (lambda f: p.add_trip(**f), trip_fields),
        "update_trip": (
            lambda n, f: p.update_trip(s.pick(trips(), n), **f),
            st.tuples(st.integers(0, 9), trip_fields),
        ),
        "save_zone": (
            lambda name, title, rs, reg: p.save_zone(name, title=title, rules=rs, register_within=reg),
            st.tuples(
                st.sampled_from(["montenegro", "turkey", "\udc80", ""]),
                titles,
                st.lists(rules, max_size=3),
                st.one_of(st.none(), ints),
            ),
        ),
        "apply_template": (lambda anchor: p.apply_template(s.template, anchor), dates),
        "add_entry": (
            lambda d, t, b, tags: j.add(entry_date=d, title=t, body=b, tags=tags),
            st.tuples(optional_dates, titles, texts, st.lists(texts, max_size=3)),
        ),
        "update_entry": (
            lambda n, d, t, b: j.update(s.pick(entries(), n), entry_date=d, title=t, body=b),
            st.tuples(st.integers(0, 9), optional_dates, titles, texts),
        ),
        "horizon": (lambda on, days: p.horizon(on, days), st.tuples(dates, ints)),
        "stay": (
            lambda zone, on, n: p.stay(zone, on, n),
            st.tuples(st.sampled_from(["schengen", "turkey"]), dates, st.one_of(st.none(), ints)),
        ),
    }


def _every_read_works(s: Subject) -> None:
    p, j = s.planner, s.journal
    assert p.problems() == [], "a value out of bounds was stored"
    j.list_entries()
    for entry in j.list_entries()[:5]:
        j.get(entry.id)
    p.horizon(TODAY, bounds.MAX_DAYS)
    p.horizon(bounds.MIN_DATE, 0)
    for zone in p.zones():
        p.stay(zone.name, TODAY, 30)
        p.stay(zone.name, bounds.MAX_DATE)
    for document in p.documents():
        assert document.renew_by is None or document.renew_by.year >= 1800
    p.deadlines(include_done=True)
    p.trips()
    out = s.folder / f"export-{s.tried}"
    export_json(s.vault, out.with_suffix(".json"))
    export_html(s.vault, out.with_suffix(".html"))
    export_markdown(s.vault, out)
    shutil.rmtree(out)
    out.with_suffix(".json").unlink()
    out.with_suffix(".html").unlink()


def _run(examples: int) -> Subject:
    subject = Subject()
    operations = _operations(subject)
    steps = st.lists(st.sampled_from(sorted(operations)).flatmap(
        lambda name: st.tuples(st.just(name), operations[name][1])), min_size=1, max_size=6)  # fmt: skip

    @settings(max_examples=examples, deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])  # fmt: skip
    @given(steps)
    def check(program: list[tuple[str, Any]]) -> None:
        subject.tried += 1
        for name, values in program:
            function = operations[name][0]
            args = values if isinstance(values, tuple) else (values,)
            try:
                function(*args)
            except JournalError:
                subject.refused += 1  # typed, with a plain message: what the UI and the CLI expect
        _every_read_works(subject)

    try:
        check()
    finally:
        subject.close()
    return subject


def test_core_operations_with_odd_values_raise_only_typed_errors_and_reads_still_work() -> None:
    subject = _run(PROPERTY_EXAMPLES)
    assert subject.tried >= PROPERTY_EXAMPLES and subject.refused > 0
    print(f"\n{subject.tried} examples, {subject.refused} operations refused with a typed error")


@pytest.mark.deep
def test_core_operations_with_odd_values_deep() -> None:
    subject = _run(DEEP_EXAMPLES)
    print(f"\n{subject.tried} examples, {subject.refused} operations refused with a typed error")
