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
