"""Translated names and sentences shared by the planner views: document kinds, rules, repeats, horizon reasons.

Everything the core stores as a key (a document kind, a rule kind, a horizon reason) becomes words here. Dates go
through QLocale, counts through Qt's %n plurals.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from journal_app.core.errors import InvalidInput, JournalError, NoSuchItem, VaultClosed, VaultDamaged
from journal_app.core.planner import DOCUMENT_KINDS, HorizonItem, Zone
from journal_app.core.presets import PRESETS_V3
from journal_app.core.stays import CalendarYear, PerEntry, RollingWindow, Rule
from journal_app.core.templates import LANGUAGES

CONTEXT = "Planner"


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
    t = QCoreApplication.translate
    names = {
        "international_passport": t(CONTEXT, "International passport"),
        "internal_passport": t(CONTEXT, "Internal passport"),
        "visa": t(CONTEXT, "Visa"),
        "residence_permit": t(CONTEXT, "Residence permit"),
        "registration": t(CONTEXT, "Registration"),
        "id_card": t(CONTEXT, "ID card"),
        "driving_licence": t(CONTEXT, "Driving licence"),
        "insurance": t(CONTEXT, "Insurance"),
        "tax_number": t(CONTEXT, "Tax number"),
        "other": t(CONTEXT, "Other document"),
    }
    return {kind: names.get(kind, kind) for kind in DOCUMENT_KINDS}


def kind_name(kind: str) -> str:
    return kind_names().get(kind, kind)


def rule_kind_names() -> dict[str, str]:
    t = QCoreApplication.translate
    return {
        "rolling": t(CONTEXT, "Days within a rolling window"),
        "per_entry": t(CONTEXT, "Days per entry"),
        "calendar_year": t(CONTEXT, "Days per calendar year"),
    }


def rule_text(rule: Rule) -> str:
    t = QCoreApplication.translate
    if isinstance(rule, RollingWindow):
        return t(CONTEXT, "%1 days in any %2 days").replace("%1", str(rule.limit)).replace("%2", str(rule.window))
    if isinstance(rule, PerEntry):
        return t(CONTEXT, "%n day(s) per entry", None, rule.limit)
    if isinstance(rule, CalendarYear):
        return t(CONTEXT, "%n day(s) per calendar year", None, rule.limit)
    return ""


_PRESET_TITLES = {p["name"]: p["title"] for p in PRESETS_V3}


def zone_title(zone: Zone) -> str:
    """A preset zone's title in the UI language, unless the user renamed it."""
    if _PRESET_TITLES.get(zone.name) != zone.title:
        return zone.title
    t = QCoreApplication.translate
    titles = {
        "schengen": t(CONTEXT, "Schengen area"),
        "turkey": t(CONTEXT, "Turkey"),
        "kazakhstan": t(CONTEXT, "Kazakhstan (not EAEU citizens)"),
        "kazakhstan-eaeu": t(CONTEXT, "Kazakhstan (EAEU citizens)"),
        "georgia": t(CONTEXT, "Georgia (Russian citizens)"),
        "serbia": t(CONTEXT, "Serbia"),
        "armenia": t(CONTEXT, "Armenia"),
    }
    return titles.get(zone.name, zone.title)


def repeat_text(repeat: str | None) -> str:
    t = QCoreApplication.translate
    if not repeat:
        return ""
    if repeat == "yearly":
        return t(CONTEXT, "Every year")
    if repeat == "monthly":
        return t(CONTEXT, "Every month")
    if repeat.startswith("every:") and repeat[6:].isdigit():
        return t(CONTEXT, "Every %n day(s)", None, int(repeat[6:]))
    return ""


def reason_text(item: HorizonItem, zone_titles: dict[str, str] | None = None) -> str:
    """What is due, in words: "Start renewing: Passport", "Latest exit from Schengen area"."""
    t = QCoreApplication.translate
    if item.reason == "renew_document":
        return t(CONTEXT, "Start renewing: %1").replace("%1", item.title)
    if item.reason == "document_expires":
        return t(CONTEXT, "Expires: %1").replace("%1", item.title)
    if item.reason == "latest_exit":
        title = (zone_titles or {}).get(item.ref, item.title)
        return t(CONTEXT, "Latest exit from %1").replace("%1", title)
    if item.reason == "register_arrival":
        return t(CONTEXT, "Register arrival: %1").replace("%1", item.title)
    return item.title


def error_text(error: BaseException) -> str:
    """A plain translated message for a core error; never repeats what the user wrote."""
    t = QCoreApplication.translate
    if isinstance(error, VaultClosed):
        return t(CONTEXT, "The journal is locked.")
    if isinstance(error, VaultDamaged):
        return t(CONTEXT, "The journal file could not be read or written. It may be damaged.")
    if isinstance(error, NoSuchItem):
        return t(CONTEXT, "That item no longer exists.")
    if isinstance(error, InvalidInput):
        return t(CONTEXT, "Something in the form is not accepted. Please check the dates and numbers.")
    if isinstance(error, JournalError):
        return t(CONTEXT, "That did not work. Nothing was changed.")
    if isinstance(error, OSError):
        return t(CONTEXT, "The file could not be read or written.")
    return t(CONTEXT, "Something went wrong. Nothing was changed.")
