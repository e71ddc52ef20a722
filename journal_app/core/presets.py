"""Stay-rule presets shipped with the app. Country rules change: each preset says when it was written and that the
official source must be checked; every vault gets its own editable copy (migration 3).

Never edit a list that a migration has used: add a new list and a new migration.
"""

from __future__ import annotations

from typing import Any

WRITTEN = "2026-11-27"
CHECK_NOTE = "Written {written}; rules change: check the official source before you rely on it."

#: name, title, rules (JSON form), days to register after arrival (None: no rule)
PRESETS_V3: list[dict[str, Any]] = [
    {
        "name": "schengen",
        "title": "Schengen area",
        "rules": [{"kind": "rolling", "limit": 90, "window": 180}],
        "register_within": None,
    },
    {
        "name": "turkey",
        "title": "Turkey",
        "rules": [{"kind": "rolling", "limit": 90, "window": 180}, {"kind": "per_entry", "limit": 60}],
        "register_within": None,
    },
    {
        "name": "kazakhstan",
        "title": "Kazakhstan (not EAEU citizens)",
        "rules": [{"kind": "rolling", "limit": 90, "window": 180}, {"kind": "per_entry", "limit": 30}],
        "register_within": None,
    },
    {
        "name": "kazakhstan-eaeu",
        "title": "Kazakhstan (EAEU citizens)",
        "rules": [{"kind": "rolling", "limit": 90, "window": 180}],
        "register_within": 30,
    },
    {
        "name": "georgia",
        "title": "Georgia (Russian citizens)",
        "rules": [{"kind": "per_entry", "limit": 365}],
        "register_within": None,
    },
    {"name": "serbia", "title": "Serbia", "rules": [{"kind": "per_entry", "limit": 30}], "register_within": 1},
    {
        "name": "armenia",
        "title": "Armenia",
        "rules": [{"kind": "calendar_year", "limit": 180}],
        "register_within": None,
    },
]


# -- schema 8 (issue 15): registration conditions, working days, the passport rule, zone membership by date ----------

WRITTEN_V8 = "2026-12-01"


def _schengen_members() -> list[dict[str, Any]]:
    """Schengen members by the day their borders opened (by border where air opened later or land later)."""
    members: list[dict[str, Any]] = []

    def add(countries: str, since: str, border: str = "") -> None:
        for code in countries.split():
            item: dict[str, Any] = {"kind": "member", "country": code, "since": since}
            if border:
                item["border"] = border
            members.append(item)

    add("BE DE ES FR LU NL PT", "1995-03-26")
    add("IT", "1997-10-26")
    add("AT", "1997-12-01")
    add("GR", "2000-03-26")
    add("DK FI IS NO SE", "2001-03-25")
    for border in ("land", "sea"):
        add("CZ EE HU LT LV MT PL SI SK", "2007-12-21", border)
    add("CZ EE HU LT LV MT PL SI SK", "2008-03-30", "air")
    add("CH", "2008-12-12", "land")
    add("CH", "2009-03-29", "air")
    add("LI", "2011-12-19")
    add("HR", "2023-01-01")
    for border in ("air", "sea"):
        add("BG RO", "2024-03-31", border)
    add("BG RO", "2025-01-01", "land")
    return members


#: The presets of schema 8: name, title, rules (JSON form, with the zone's registration, passport and member items),
#: and the source each one was checked against. Migration 8 puts them in place of an unchanged schema-3 preset.
PRESETS_V8: list[dict[str, Any]] = [
    {
        "name": "schengen",
        "title": "Schengen area",
        "rules": [
            {"kind": "rolling", "limit": 90, "window": 180},
            {"kind": "passport_valid", "months": 3},
            *_schengen_members(),
        ],
        "source": "Schengen Borders Code (Regulation (EU) 2016/399, art. 6: 90 days in any 180; a passport valid "
        "3 months after the planned departure); Council Decisions (EU) 2022/2451 (Croatia), 2024/210 (Bulgaria and "
        "Romania, air and sea) and 2024/3212 (land). A trip with a country recorded counts from the day that country "
        "joined.",
    },
    {
        "name": "turkey",
        "title": "Turkey",
        "rules": [{"kind": "rolling", "limit": 90, "window": 180}, {"kind": "per_entry", "limit": 60}],
        "source": "Visa-free stay of Russian citizens: 60 days per entry, at most 90 days in 180. The passport rule "
        "is not set: check the current requirement for your citizenship.",
    },
    {
        "name": "kazakhstan",
        "title": "Kazakhstan (not EAEU citizens)",
        "rules": [
            {"kind": "rolling", "limit": 90, "window": 180},
            {"kind": "per_entry", "limit": 30},
            {"kind": "registration", "within": 3, "unit": "working_days", "per": "entry", "calendar": "KZ"},
        ],
        "source": "Rules of entry and stay of immigrants (Government decree No. 148 of 21 January 2012, as amended): "
        "the host registers a foreigner within 3 working days of arrival. Public holidays: resources/holidays/kz.json.",
    },
    {
        "name": "kazakhstan-eaeu",
        "title": "Kazakhstan (EAEU citizens)",
        "rules": [
            {"kind": "rolling", "limit": 90, "window": 180},
            {"kind": "registration", "within": 30, "unit": "days", "per": "entry", "if_longer_than": 30},
        ],
        "source": "Treaty on the Eurasian Economic Union, art. 97 (stays of up to 30 days without registration; "
        "a longer stay is registered within 30 days of arrival).",
    },
    {
        "name": "georgia",
        "title": "Georgia (Russian citizens)",
        "rules": [{"kind": "per_entry", "limit": 365}],
        "source": "Law of Georgia on the Legal Status of Aliens and Stateless Persons and Government Resolution No. "
        "256 of 2015: citizens of the listed countries stay visa-free for one year (365 days) per entry; a same-day "
        "exit and re-entry starts a new year.",
    },
    {
        "name": "serbia",
        "title": "Serbia",
        "rules": [
            {"kind": "per_entry", "limit": 30},
            {"kind": "registration", "within": 24, "unit": "hours", "per": "address"},
        ],
        "source": "Law on Foreigners of the Republic of Serbia: 30 days per visa-free entry for Russian citizens; "
        "the stay at each address is registered with the police within 24 hours of arrival there.",
    },
    {
        "name": "armenia",
        "title": "Armenia",
        "rules": [{"kind": "calendar_year", "limit": 180}],
        "source": "Visa-free stay: up to 180 days a year. Whether the year is a calendar year or rolling is not "
        "settled: the preset counts the calendar year (a rolling 180 in 365 is the stricter reading).",
    },
    {
        "name": "russia",
        "title": "Russia (foreign citizens)",
        "rules": [
            {"kind": "rolling", "limit": 90, "window": 180},
            {"kind": "registration", "within": 7, "unit": "working_days", "per": "entry", "calendar": "RU"},
        ],
        "source": "Federal Law No. 115-FZ (art. 5: 90 days in any 180 without a visa) and No. 109-FZ (art. 20: "
        "migration registration within 7 working days of arrival). Public holidays: resources/holidays/ru.json.",
    },
]
CHECK_NOTE_V8 = "{source} Written {written}; rules change: check the official source before you rely on it."
