"""The answers of the stay calculator for a chosen date, in words: days used, remaining, longest stay, latest exit,
earliest entry (also for a stay of N days), violations."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from .texts import format_date, remaining_text, rule_text

FIELDS = ("used", "remaining", "longest", "latest_exit", "earliest_entry", "earliest_for", "rules", "violations")


class StayAnswers(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for key in FIELDS:
            label, value = QLabel(), QLabel()
            value.setWordWrap(True)
            label.setWordWrap(True)
            value.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
            label.setBuddy(value)
            self.labels[key], self.values[key] = label, value
            self.form.addRow(label, value)
        self._answer: Any = None
        self.retranslate()

    def retranslate(self) -> None:
        names = {
            "used": self.tr("Days used:"),
            "remaining": self.tr("Days remaining:"),
            "longest": self.tr("Longest stay from this date:"),
            "latest_exit": self.tr("Latest exit:"),
            "earliest_entry": self.tr("Earliest entry:"),
            "earliest_for": self.tr("Earliest entry for the stay:"),
            "rules": self.tr("Each rule:"),
            "violations": self.tr("Days over the limit:"),
        }
        for key, text in names.items():
            self.labels[key].setText(text)
            self.values[key].setAccessibleName(text.rstrip(":"))
        self.show_answer(self._answer)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def text(self, key: str) -> str:
        return self.values[key].text()

    def show_answer(self, answer: Any) -> None:
        self._answer = answer
        if answer is None:
            for value in self.values.values():
                value.clear()
            return
        limit = answer.days_used + answer.days_remaining
        self.values["used"].setText(
            self.tr("%1 of %2 days").replace("%1", str(answer.days_used)).replace("%2", str(limit))
        )
        if answer.days_remaining >= 0:
            remaining = self.tr("%n day(s)", None, answer.days_remaining)
        else:
            remaining = self.tr("Over the limit by %n day(s)", None, -answer.days_remaining)
        self.values["remaining"].setText(remaining)
        self.values["longest"].setText(self.tr("%n day(s)", None, answer.max_stay_days))
        self.values["latest_exit"].setText(
            format_date(answer.latest_exit, long=True)
            if answer.latest_exit
            else self.tr("No day is allowed from this date")
        )
        self.values["earliest_entry"].setText(
            format_date(answer.earliest_entry, long=True)
            if answer.earliest_entry
            else self.tr("Not within the next ten years")
        )
        if answer.stay_for:
            self.labels["earliest_for"].setText(self.tr("Earliest entry for %n day(s):", None, answer.stay_for))
            self.values["earliest_for"].setText(
                format_date(answer.earliest_entry_for, long=True)
                if answer.earliest_entry_for
                else self.tr("Not within the next ten years")
            )
        lines = []
        for status in answer.rules:
            line = self.tr("%1: %2 used, %3")  # %3: "12 days left" or "over by 48 days", never a negative number
            line = line.replace("%1", rule_text(status.rule)).replace("%2", str(status.days_used))
            lines.append(line.replace("%3", remaining_text(status.days_remaining)))
        self.values["rules"].setText("\n".join(lines))
        over = answer.days_remaining < 0
        for key in ("remaining", "rules"):
            self.values[key].setStyleSheet("color: #b3261e; font-weight: bold;" if over else "")
        if not answer.violations:
            self.values["violations"].setText(self.tr("None"))
        else:
            runs = []
            for v in answer.violations:
                run = self.tr("%1 to %2 (up to %3 days)")
                run = run.replace("%1", format_date(v.first_day)).replace("%2", format_date(v.last_day))
                runs.append(run.replace("%3", str(v.peak)))
            self.values["violations"].setText("\n".join(runs))
