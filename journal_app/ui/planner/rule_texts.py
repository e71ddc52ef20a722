"""Words for the stay rules, registration and document items of issue 15 (texts.py delegates to these)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from journal_app.core.planner import HorizonItem
from journal_app.core.registration import Registration
from journal_app.core.stays import MaxEntries, MinOutside, PerEntryMonths, RollingMonths


class RulePlurals(QObject):
    """Texts with a count, as self.tr() calls so that the translation scanner sees their plural forms."""

    def months_per_entry(self, n: int) -> str:
        return self.tr("%n month(s) per entry", "", n)

    def days_in_months(self, days: int, months: int) -> str:
        return self.tr("%n day(s) in any", "", days) + " " + self.tr("%n calendar month(s)", "", months)

    def entries_in_days(self, entries: int, days: int) -> str:
        return self.tr("at most %n entry(ies) in any", "", entries) + " " + self.tr("%n day(s)", "", days)

    def days_outside(self, n: int) -> str:
        return self.tr("%n day(s) outside before entering again", "", n)

    def register_within(self, n: int, unit: str) -> str:
        if unit == "hours":
            return self.tr("Register within %n hour(s)", "", n)
        if unit == "working_days":
            return self.tr("Register within %n working day(s)", "", n)
        return self.tr("Register within %n day(s)", "", n)

    def if_longer(self, n: int) -> str:
        return self.tr("if the stay is longer than %n day(s)", "", n)


_plurals: RulePlurals | None = None


def rule_plurals() -> RulePlurals:
    global _plurals
    if _plurals is None:
        _plurals = RulePlurals()
    return _plurals


def extra_rule_kind_names() -> dict[str, str]:
    return {
        "per_entry_months": QCoreApplication.translate("Planner", "Months per entry"),
        "rolling_months": QCoreApplication.translate("Planner", "Days within calendar months"),
        "max_entries": QCoreApplication.translate("Planner", "Entries within a window"),
        "min_outside": QCoreApplication.translate("Planner", "Days outside before re-entry"),
    }


def extra_rule_text(rule: Any) -> str:
    p = rule_plurals()
    if isinstance(rule, PerEntryMonths):
        return p.months_per_entry(rule.months)
    if isinstance(rule, RollingMonths):
        return p.days_in_months(rule.limit, rule.months)
    if isinstance(rule, MaxEntries):
        return p.entries_in_days(rule.limit, rule.window)
    if isinstance(rule, MinOutside):
        return p.days_outside(rule.days)
    return ""


def registration_text(reg: Registration) -> str:
    """ "Register within 3 working days of arrival (public holidays: KZ)", "... at each new address", ..."""
    text = rule_plurals().register_within(reg.within, reg.unit)
    if reg.per == "address":
        text += " " + QCoreApplication.translate("Planner", "of moving to each new address")
    else:
        text += " " + QCoreApplication.translate("Planner", "of each arrival")
    if reg.if_longer_than is not None:
        text += ", " + rule_plurals().if_longer(reg.if_longer_than)
    return text + "."


def extra_reason_text(item: HorizonItem, zone_titles: dict[str, str] | None = None) -> str | None:
    title = (zone_titles or {}).get(item.ref, item.title)
    if item.reason == "visa_limit":
        return QCoreApplication.translate("Planner", "Latest exit from %1: the visa ends").replace("%1", title)
    if item.reason == "passport_limit":
        return QCoreApplication.translate("Planner", "Latest exit from %1: the passport must stay valid").replace(
            "%1", title
        )
    if item.reason == "trip_needs_visa":
        return QCoreApplication.translate("Planner", "A planned trip to %1 has no visa for its dates").replace(
            "%1", title
        )
    if item.reason == "trip_after_passport":
        return QCoreApplication.translate(
            "Planner", "A planned trip to %1 ends too close to the passport's expiry"
        ).replace("%1", title)
    return None
