"""A date a person can type: the UI language's short date with a four-digit year, read the way it was typed.

Every date input of the app is a DateField. A line edit takes the whole date at once (no sections that swallow
digits): day, month and year in the order of the UI language's short format, separated by any of . / - or a space,
or an ISO date (2026-10-01). A two-digit year means 20xx. Next to the field, what was understood is shown as weekday
plus date in the UI language ("Thursday, October 1, 2026"), or that it is not a date yet. Leaving the field writes the
date in the field's format (dd.MM.yyyy in Russian and Ukrainian, M/d/yyyy in English); text that is not a date goes
back to the last date understood. A calendar opens from the button or with Alt+Down.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QLabel, QLineEdit, QToolButton, QVBoxLayout, QWidget

_PARTS = re.compile(r"\d+")
_SEPARATORS = re.compile(r"^[\d\s./\-]*$")


def display_format(locale: QLocale | None = None) -> str:
    """The locale's short date format in digits with a four-digit year: "M/d/yyyy", "dd.MM.yyyy"."""
    text = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    separator = next((c for c in text if not c.isalpha() and not c.isspace()), ".")
    tokens = {
        "d": "dd" if "dd" in text and "ddd" not in text else "d",
        "m": "MM" if "MM" in text and "MMM" not in text else "M",
        "y": "yyyy",
    }
    return separator.join(tokens[key] for key in _order(text))


def _order(text: str) -> str:
    positions = {key: text.find(key) for key in "dMy"}
    if min(positions.values()) < 0:
        return "dmy"
    return "".join(key for key, _ in sorted(positions.items(), key=lambda kv: kv[1])).lower()


def field_order(locale: QLocale | None = None) -> str:
    """ "dmy", "mdy" or "ymd": the order of day, month and year in the locale's short format."""
    return _order((locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat))


def _year(text: str) -> int | None:
    if len(text) <= 2:
        return 2000 + int(text)  # a two-digit year means this century
    if len(text) == 4:
        return int(text)
    return None


def parse_date(text: str, locale: QLocale | None = None, today: QDate | None = None) -> QDate | None:
    """The date `text` means in `locale`, or None. Day and month without a year: this year (of `today`)."""
    text = text.strip()
    if not text or not _SEPARATORS.match(text):
        return None
    parts = _PARTS.findall(text)
    order = field_order(locale)
    if len(parts) == 3 and len(parts[0]) == 4:
        order = "ymd"  # ISO, whatever the language
    if len(parts) == 2:
        order = order.replace("y", "")
        parts.append(str((today or QDate.currentDate()).year()))
        order += "y"
    if len(parts) != 3:
        return None
    values = dict(zip(order, parts, strict=True))
    if len(values["d"]) > 2 or len(values["m"]) > 2:
        return None
    year = _year(values["y"])
    if year is None:
        return None
    day = QDate(year, int(values["m"]), int(values["d"]))
    return day if day.isValid() else None


def understood_text(day: QDate, locale: QLocale | None = None) -> str:
    """Weekday and date in words, in the UI language."""
    locale = locale or QLocale()
    text = locale.toString(day, QLocale.FormatType.LongFormat)
    weekday = locale.dayName(day.dayOfWeek(), QLocale.FormatType.LongFormat)
    return text if weekday.casefold() in text.casefold() else f"{weekday}, {text}"


class DateField(QWidget):
    """The app's date input. `date()`, `setDate()` and `dateChanged` work as on a QDateEdit."""

    dateChanged = Signal(QDate)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._date = QDate.currentDate()
        self.edit = QLineEdit()
        self.calendar_button = QToolButton()
        self.calendar_button.setText("▾")
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the next field; Alt+Down opens it
        self.understood = QLabel()
        self.understood.setWordWrap(True)  # a narrow window wraps it instead of growing
        small = self.understood.font()
        small.setPointSizeF(max(6.0, small.pointSizeF() * 0.9))
        self.understood.setFont(small)
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance("00.00.00000") + 16)
        self.understood.setMinimumWidth(self.edit.minimumWidth())
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.edit, 1)
        row.addWidget(self.calendar_button)
        layout = QVBoxLayout(self)  # what was understood goes under the field: the row stays as narrow as before
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addLayout(row)
        layout.addWidget(self.understood)
        self.setFocusProxy(self.edit)
        self._popup: QCalendarWidget | None = None
        self.edit.textEdited.connect(self._on_text_edited)
        self.edit.editingFinished.connect(self._on_editing_finished)
        self.edit.installEventFilter(self)
        self.calendar_button.clicked.connect(self.show_calendar)
        self.retranslate()
        self._show(self._date)

    # -- the QDateEdit interface the app uses ---------------------------------------------------------------------

    def date(self) -> QDate:
        return QDate(self._date)

    def setDate(self, day: QDate) -> None:
        if not day.isValid():
            return
        self._show(day)
        self._set(day)

    def setCalendarPopup(self, enabled: bool) -> None:
        self.calendar_button.setVisible(enabled)

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)
        self.calendar_button.setAccessibleName(self.tr("Choose on a calendar: %1").replace("%1", name))

    def text(self) -> str:
        return self.edit.text()

    @property
    def is_acceptable(self) -> bool:
        """The typed text is a date (the one `date()` returns)."""
        return parse_date(self.edit.text()) is not None

    # -- typing ---------------------------------------------------------------------------------------------------

    def _set(self, day: QDate) -> None:
        if day != self._date:
            self._date = QDate(day)
            self.dateChanged.emit(QDate(day))

    def _show(self, day: QDate) -> None:
        self.edit.setText(QLocale().toString(day, display_format()))
        self._show_understood(day)

    def _show_understood(self, day: QDate | None) -> None:
        if day is None:
            self.understood.setText(self.tr("Not a date yet (%1)").replace("%1", self._example()))
            self.understood.setStyleSheet("color: #b3261e;")
        else:
            self.understood.setText(understood_text(day))
            self.understood.setStyleSheet("")

    def _example(self) -> str:
        """The format in words of the UI language: "DD.MM.YYYY", "MM/DD/YYYY"."""
        text = display_format()
        separator = next((c for c in text if not c.isalpha()), ".")
        words = {"d": self.tr("DD"), "m": self.tr("MM"), "y": self.tr("YYYY")}
        return separator.join(words[key] for key in field_order())

    def _on_text_edited(self, text: str) -> None:
        day = parse_date(text)
        self._show_understood(day)
        if day is not None:
            self._set(day)

    def _on_editing_finished(self) -> None:
        day = parse_date(self.edit.text())
        self._show(day if day is not None else self._date)
        if day is not None:
            self._set(day)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier:
                self.show_calendar()
                return True
        return False

    # -- the calendar ---------------------------------------------------------------------------------------------

    def show_calendar(self) -> QCalendarWidget:
        if self._popup is None:
            popup = QCalendarWidget(self)
            popup.setWindowFlags(Qt.WindowType.Popup)
            popup.setGridVisible(True)
            popup.clicked.connect(self._on_calendar_chosen)
            popup.activated.connect(self._on_calendar_chosen)
            self._popup = popup
        popup = self._popup
        popup.setLocale(QLocale())
        popup.setFirstDayOfWeek(QLocale().firstDayOfWeek())
        popup.setSelectedDate(self._date)
        popup.move(self.edit.mapToGlobal(QPoint(0, self.edit.height())))
        popup.show()
        popup.setFocus()
        return popup

    def _on_calendar_chosen(self, day: QDate) -> None:
        if self._popup is not None:
            self._popup.hide()
        self.setDate(day)
        self.edit.setFocus()

    # -- language -------------------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.calendar_button.setToolTip(self.tr("Choose on a calendar (Alt+Down)"))
        self.edit.setPlaceholderText(self._example())
        self._show(self._date)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.LocaleChange):
            self.retranslate()
        super().changeEvent(event)
