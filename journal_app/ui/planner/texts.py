"""Translated names and sentences shared by the planner views: document kinds, rules, repeats, horizon reasons.

Everything the core stores as a key (a document kind, a rule kind, a horizon reason) becomes words here. Dates go
through QLocale, counts through Qt's %n plurals.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject

from journal_app.core import bounds
from journal_app.core.errors import (
    ExitBeforeEntry,
    InvalidInput,
    JournalError,
    NoSuchItem,
    OutOfRange,
    TripOverlaps,
    VaultClosed,
    VaultDamaged,
)
from journal_app.core.planner import DOCUMENT_KINDS, DateWarning, HorizonItem, Zone
from journal_app.core.presets import PRESETS_V3, PRESETS_V8
from journal_app.core.stays import CalendarYear, PerEntry, RollingWindow, Rule
from journal_app.core.templates import LANGUAGES

from ..widgets.date_field import display_format

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

    def over_limit_now(self, n: int) -> str:
        """%1: the zone, %2: the first day over the limit."""
        return self.tr("Over the limit in %1 by %n day(s), since %2", "", n)

    def over_limit_banner(self, n: int) -> str:
        """%1: the zone, %2: the first day over the limit."""
        return self.tr("You are over the limit in %1 by %n day(s) since %2.", "", n)

    def over_by(self, n: int) -> str:
        return self.tr("over by %n day(s)", "", n)

    def days_left(self, n: int) -> str:
        return self.tr("%n day(s) left", "", n)

    def long_trip(self, n: int) -> str:
        return self.tr("The trip is %Ln day(s) long.", "", n)

    def remind_too_long(self, n: int) -> str:
        """%1: the due date."""
        return self.tr("The reminder, %n day(s) before %1, would have started before today.", "", n)


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
    if long:
        return QLocale().toString(to_qdate(day), QLocale.FormatType.LongFormat)
    return QLocale().toString(to_qdate(day), display_format())  # the short date with a four-digit year


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
    from .rule_texts import extra_rule_kind_names  # issue 15's rule types

    return {
        "rolling": QCoreApplication.translate("Planner", "Days within a rolling window"),
        "per_entry": QCoreApplication.translate("Planner", "Days per entry"),
        "calendar_year": QCoreApplication.translate("Planner", "Days per calendar year"),
        **extra_rule_kind_names(),
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
    from .rule_texts import extra_rule_text  # issue 15's rule types

    return extra_rule_text(rule)


_PRESET_TITLES = {p["name"]: p["title"] for p in (*PRESETS_V3, *PRESETS_V8)}


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
        "russia": QCoreApplication.translate("Planner", "Russia (foreign citizens)"),
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
    if item.reason == "over_limit_now":
        title = (zone_titles or {}).get(item.ref, item.title)
        text = plurals().over_limit_now(item.over_by)
        return text.replace("%1", title).replace("%2", day_month_year(item.since))
    if item.reason == "register_arrival":
        return QCoreApplication.translate("Planner", "Register arrival: %1").replace("%1", item.title)
    from .rule_texts import extra_reason_text  # issue 15's horizon reasons

    return extra_reason_text(item, zone_titles) or item.title


def day_month_year(day: date | None) -> str:
    """ "15 October 2026", "15 октября 2026": a date in words without the weekday, to go inside a sentence."""
    if day is None:
        return ""
    return QLocale().toString(to_qdate(day), "d MMMM yyyy")


def over_limit_banner(item: HorizonItem, zone_titles: dict[str, str] | None = None) -> str:
    """The red sentence at unlock for a rule broken today."""
    title = (zone_titles or {}).get(item.ref, item.title)
    text = plurals().over_limit_banner(item.over_by)
    return text.replace("%1", title).replace("%2", day_month_year(item.since))


def remaining_text(days_remaining: int) -> str:
    """Days left under a rule, never a negative number: "12 days left" or "over by 48 days"."""
    if days_remaining < 0:
        return plurals().over_by(-days_remaining)
    return plurals().days_left(days_remaining)


def warning_text(warning: DateWarning) -> str:
    """One unusual thing about typed dates, in words."""
    if warning.key == "long_trip":
        return plurals().long_trip(warning.days)
    day = format_date(warning.day, long=True)
    if warning.key == "far_past":
        return QCoreApplication.translate("Planner", "%1 is far in the past.").replace("%1", day)
    if warning.key == "far_future":
        return QCoreApplication.translate("Planner", "%1 is far in the future.").replace("%1", day)
    if warning.key == "issued_in_future":
        return QCoreApplication.translate("Planner", "The issue date, %1, is in the future.").replace("%1", day)
    if warning.key == "repeat_long_past":
        return QCoreApplication.translate(
            "Planner", "This repeating deadline starts on %1: it is more than one repeat behind already."
        ).replace("%1", day)
    if warning.key == "remind_too_long":
        return plurals().remind_too_long(warning.days).replace("%1", day)
    return warning.key


def confirm_dates_text(warnings: list[DateWarning]) -> str:
    lines = [QCoreApplication.translate("Planner", "Please check the dates:")]
    lines += ["• " + warning_text(w) for w in warnings]
    lines.append(QCoreApplication.translate("Planner", "Save anyway?"))
    return "\n".join(lines)


def overlap_text(error: TripOverlaps) -> str:
    other = day_month_year(date.fromisoformat(error.other_entry))
    if error.other_exit:
        span = (
            QCoreApplication.translate("Planner", "%1 to %2")
            .replace("%1", other)
            .replace("%2", day_month_year(date.fromisoformat(error.other_exit)))
        )
    else:
        span = QCoreApplication.translate("Planner", "from %1, still there").replace("%1", other)
    return QCoreApplication.translate(
        "Planner", "This trip shares days with another trip in the same zone (%1). Save it anyway?"
    ).replace("%1", span)


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
    if isinstance(error, ExitBeforeEntry):
        return QCoreApplication.translate("Planner", "The exit date is before the entry date.")
    if isinstance(error, TripOverlaps):
        return QCoreApplication.translate("Planner", "This trip shares days with another trip in the same zone.")
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
