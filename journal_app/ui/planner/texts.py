"""Translated names and sentences shared by the planner views: document kinds, rules, repeats, horizon reasons.

Everything the core stores as a key (a document kind, a rule kind, a horizon reason) becomes words here. Dates go
through QLocale, counts through Qt's %n plurals.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject

from journal_app.core import bounds
from journal_app.core.errors import InvalidInput, JournalError, NoSuchItem, OutOfRange, VaultClosed, VaultDamaged
from journal_app.core.planner import DOCUMENT_KINDS, HorizonItem, Zone
from journal_app.core.presets import PRESETS_V3
from journal_app.core.stays import CalendarYear, PerEntry, RollingWindow, Rule
from journal_app.core.templates import LANGUAGES

CONTEXT = "Planner"


class PlannerPlurals(QObject):
    """Texts with a count: written as self.tr() calls so that the translation scanner sees their plural forms."""

    def per_entry(self, n: int) -> str:
        return self.tr("%n day(s) per entry", "", n)

    def per_year(self, n: int) -> str:
        return self.tr("%n day(s) per calendar year", "", n)

    def every_days(self, n: int) -> str:
        return self.tr("Every %n day(s)", "", n)

    def overdue(self, n: int) -> str:
        return self.tr("%n item(s) overdue", "", n)

    def due_soon(self, n: int) -> str:
        return self.tr("%n due within two weeks", "", n)


_plurals: PlannerPlurals | None = None


def plurals() -> PlannerPlurals:
    global _plurals
    if _plurals is None:
        _plurals = PlannerPlurals()
    return _plurals


def ui_language() -> str:
    """en, ru or uk: the language the app shows (the shell sets QLocale's default when it switches)."""
    code = QLocale().name().split("_")[0].lower()
    return code if code in LANGUAGES else "en"


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def format_date(day: date | None, long: bool = False) -> str:
    if day is None:
        return ""
    kind = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return QLocale().toString(to_qdate(day), kind)


def kind_names() -> dict[str, str]:
    """Every DOCUMENT_KINDS key with its translated name, in the core's order."""
    names = {
        "international_passport": QCoreApplication.translate("Planner", "International passport"),
        "internal_passport": QCoreApplication.translate("Planner", "Internal passport"),
        "visa": QCoreApplication.translate("Planner", "Visa"),
        "residence_permit": QCoreApplication.translate("Planner", "Residence permit"),
        "registration": QCoreApplication.translate("Planner", "Registration"),
        "id_card": QCoreApplication.translate("Planner", "ID card"),
        "driving_licence": QCoreApplication.translate("Planner", "Driving licence"),
        "insurance": QCoreApplication.translate("Planner", "Insurance"),
        "tax_number": QCoreApplication.translate("Planner", "Tax number"),
        "other": QCoreApplication.translate("Planner", "Other document"),
    }
    return {kind: names.get(kind, kind) for kind in DOCUMENT_KINDS}


def kind_name(kind: str) -> str:
    return kind_names().get(kind, kind)


def rule_kind_names() -> dict[str, str]:
    return {
        "rolling": QCoreApplication.translate("Planner", "Days within a rolling window"),
        "per_entry": QCoreApplication.translate("Planner", "Days per entry"),
        "calendar_year": QCoreApplication.translate("Planner", "Days per calendar year"),
    }


def rule_text(rule: Rule) -> str:
    if isinstance(rule, RollingWindow):
        return (
            QCoreApplication.translate("Planner", "%1 days in any %2 days")
            .replace("%1", str(rule.limit))
            .replace("%2", str(rule.window))
        )
    if isinstance(rule, PerEntry):
        return plurals().per_entry(rule.limit)
    if isinstance(rule, CalendarYear):
        return plurals().per_year(rule.limit)
    return ""


_PRESET_TITLES = {p["name"]: p["title"] for p in PRESETS_V3}


def zone_title(zone: Zone) -> str:
    """A preset zone's title in the UI language, unless the user renamed it."""
    if _PRESET_TITLES.get(zone.name) != zone.title:
        return zone.title
    titles = {
        "schengen": QCoreApplication.translate("Planner", "Schengen area"),
        "turkey": QCoreApplication.translate("Planner", "Turkey"),
        "kazakhstan": QCoreApplication.translate("Planner", "Kazakhstan (not EAEU citizens)"),
        "kazakhstan-eaeu": QCoreApplication.translate("Planner", "Kazakhstan (EAEU citizens)"),
        "georgia": QCoreApplication.translate("Planner", "Georgia (Russian citizens)"),
        "serbia": QCoreApplication.translate("Planner", "Serbia"),
        "armenia": QCoreApplication.translate("Planner", "Armenia"),
    }
    return titles.get(zone.name, zone.title)


def repeat_text(repeat: str | None) -> str:
    if not repeat:
        return ""
    if repeat == "yearly":
        return QCoreApplication.translate("Planner", "Every year")
    if repeat == "monthly":
        return QCoreApplication.translate("Planner", "Every month")
    if repeat.startswith("every:") and repeat[6:].isdigit():
        return plurals().every_days(int(repeat[6:]))
    return ""


def reason_text(item: HorizonItem, zone_titles: dict[str, str] | None = None) -> str:
    """What is due, in words: "Start renewing: Passport", "Latest exit from Schengen area"."""
    if item.reason == "renew_document":
        return QCoreApplication.translate("Planner", "Start renewing: %1").replace("%1", item.title)
    if item.reason == "document_expires":
        return QCoreApplication.translate("Planner", "Expires: %1").replace("%1", item.title)
    if item.reason == "latest_exit":
        title = (zone_titles or {}).get(item.ref, item.title)
        return QCoreApplication.translate("Planner", "Latest exit from %1").replace("%1", title)
    if item.reason == "over_limit":
        title = (zone_titles or {}).get(item.ref, item.title)
        return QCoreApplication.translate("Planner", "Planned trips go over the limit: %1").replace("%1", title)
    if item.reason == "register_arrival":
        return QCoreApplication.translate("Planner", "Register arrival: %1").replace("%1", item.title)
    return item.title


def error_text(error: BaseException) -> str:
    """A plain translated message for a core error; never repeats what the user wrote."""
    if isinstance(error, VaultClosed):
        return QCoreApplication.translate("Planner", "The journal is locked.")
    if isinstance(error, VaultDamaged):
        return QCoreApplication.translate(
            "Planner", "The journal file could not be read or written. It may be damaged."
        )
    if isinstance(error, NoSuchItem):
        return QCoreApplication.translate("Planner", "That item no longer exists.")
    if isinstance(error, OutOfRange):
        text = QCoreApplication.translate(
            "Planner", "A date must be between %1 and %2, and a number of days at most %3 (about ten years)."
        )
        return (
            text.replace("%1", format_date(bounds.MIN_DATE))
            .replace("%2", format_date(bounds.MAX_DATE))
            .replace("%3", QLocale().toString(bounds.MAX_DAYS))
        )
    if isinstance(error, InvalidInput):
        return QCoreApplication.translate(
            "Planner", "Something in the form is not accepted. Please check the dates and numbers."
        )
    if isinstance(error, JournalError):
        return QCoreApplication.translate("Planner", "That did not work. Nothing was changed.")
    if isinstance(error, OSError):
        return QCoreApplication.translate("Planner", "The file could not be read or written.")
    return QCoreApplication.translate("Planner", "Something went wrong. Nothing was changed.")
