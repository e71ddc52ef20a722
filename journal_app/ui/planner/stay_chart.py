"""A chart of a zone's days used over time, drawn with QPainter: for every rule of the zone its count on every day
and its own limit line (a legend names them), past and planned trips shaded, today marked, month names on the axis
in the UI language, so a person sees at a glance which rule is broken and when days free up."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from .texts import format_date

#: One color per rule, in the zone's order (the first is the palette's link color).
RULE_COLORS = (QColor(200, 110, 0), QColor(0, 140, 120), QColor(140, 60, 170), QColor(90, 90, 90))
OVER_COLOR = QColor(190, 20, 20)


@dataclass(frozen=True)
class RuleSeries:
    name: str  # the rule in words, for the legend
    limit: int
    series: list[tuple[date, int]]  # the rule's count on each day


class StayChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rules: list[RuleSeries] = []
        self._trips: list[tuple[date, date]] = []
        self._today: date | None = None
        self._on: date | None = None
        self.setMinimumSize(320, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # screen readers reach the description
        self.retranslate()

    def sizeHint(self) -> QSize:
        return QSize(640, 260)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Chart of days used over time"))
        self._describe()
        self.update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.LocaleChange):
            self.retranslate()
        super().changeEvent(event)

    def set_data(
        self, rules: list[RuleSeries], trips: list[tuple[date, date]], today: date, on: date | None = None
    ) -> None:
        """`rules`: each rule's count over the same days; `trips`: (entry, last day shown) of each counted trip."""
        self._rules = [r for r in rules if r.series]
        self._trips = list(trips)
        self._today = today
        self._on = on
        self._describe()
        self.update()

    @property
    def rules(self) -> list[RuleSeries]:
        return list(self._rules)

    def clear(self) -> None:
        self._rules, self._trips, self._today, self._on = [], [], None, None
        self._describe()
        self.update()

    def _describe(self) -> None:
        """A text alternative: today's count under each rule, and the next day it falls below the limit."""
        if not self._rules or self._today is None:
            self.setAccessibleDescription("")
            return
        sentences = []
        for rule in self._rules:
            counts = dict(rule.series)
            now = counts.get(self._today, 0)
            text = self.tr("Today %1 of %2 days used.").replace("%1", str(now)).replace("%2", str(rule.limit))
            if len(self._rules) > 1:
                text = f"{rule.name}: {text}"
            if now > rule.limit:
                text += " " + self.tr("Over the limit.")
            if now >= rule.limit:
                free = next((d for d, c in rule.series if d > self._today and c < rule.limit), None)
                if free is not None:
                    text += " " + self.tr("Days free up from %1.").replace("%1", format_date(free))
            sentences.append(text)
        self.setAccessibleDescription(" ".join(sentences))

    # -- drawing -------------------------------------------------------------------------------------------------

    def _color(self, index: int) -> QColor:
        if index == 0:
            return self.palette().color(QPalette.ColorRole.Link)
        return RULE_COLORS[(index - 1) % len(RULE_COLORS)]

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        text_color = palette.color(QPalette.ColorRole.Text)
        metrics = self.fontMetrics()
        if not self._rules:
            painter.setPen(text_color)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No trips to show."))
            return
        series0 = self._rules[0].series
        first, last = series0[0][0], series0[-1][0]
        span = max(1, (last - first).days)
        top_value = max(1, *(r.limit for r in self._rules), *(c for r in self._rules for _, c in r.series))
        left = metrics.horizontalAdvance(str(top_value)) + 12
        legend_height = metrics.height() + 6
        plot = QRectF(left, 10 + legend_height, self.width() - left - 10,
                      self.height() - 10 - legend_height - metrics.height() * 2)  # fmt: skip
        if plot.width() <= 0 or plot.height() <= 0:
            return

        def x_of(day: date) -> float:
            return plot.left() + plot.width() * (day - first).days / span

        def y_of(value: float) -> float:
            return plot.bottom() - plot.height() * value / (top_value * 1.1)

        today = self._today or first
        past = QColor(palette.color(QPalette.ColorRole.Mid))
        past.setAlpha(110)
        planned = QColor(palette.color(QPalette.ColorRole.Highlight))
        planned.setAlpha(60)
        for entry, exit_day in self._trips:
            a, b = max(entry, first), min(exit_day, last)
            if a > b:
                continue
            x1, x2 = x_of(a), x_of(b + timedelta(days=1)) if b < last else plot.right()
            color = planned if a > today else past
            painter.fillRect(QRectF(x1, plot.top(), max(1.0, x2 - x1), plot.height()), color)
            if a <= today < b:  # the planned part of a trip that is going on
                xt = x_of(today)
                painter.fillRect(QRectF(xt, plot.top(), max(1.0, x2 - xt), plot.height()), planned)

        self._draw_axes(painter, plot, first, last, x_of, y_of, text_color)

        # each rule: its limit line (dashed) and its count (solid), red where it is over its limit
        for index, rule in enumerate(self._rules):
            color = self._color(index)
            painter.setPen(QPen(color, 1.5, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(plot.left(), y_of(rule.limit)), QPointF(plot.right(), y_of(rule.limit)))
            path = QPainterPath()
            for i, (day, count) in enumerate(rule.series):
                point = QPointF(x_of(day), y_of(count))
                if i == 0:
                    path.moveTo(point)
                else:
                    path.lineTo(point)
            painter.setPen(QPen(color, 2))
            painter.drawPath(path)
            over = [(d, c) for d, c in rule.series if c > rule.limit]
            painter.setPen(QPen(OVER_COLOR, 3))
            for day, count in over:
                painter.drawPoint(QPointF(x_of(day), y_of(count)))

        self._draw_legend(painter, metrics, text_color)

        # today and the chosen day
        marks: list[tuple[date | None, Qt.PenStyle]] = [(self._today, Qt.PenStyle.SolidLine)]
        if self._on != self._today:
            marks.append((self._on, Qt.PenStyle.DotLine))
        for mark, style in marks:
            if mark is None or not first <= mark <= last:
                continue
            painter.setPen(QPen(text_color, 1.5, style))
            painter.drawLine(QPointF(x_of(mark), plot.top()), QPointF(x_of(mark), plot.bottom()))
        if self._today is not None and first <= self._today <= last:
            painter.setPen(text_color)
            label = self.tr("Today, %1").replace("%1", format_date(self._today))
            x = x_of(self._today) + 3
            if x + metrics.horizontalAdvance(label) > self.width():
                x = x_of(self._today) - 3 - metrics.horizontalAdvance(label)
            painter.drawText(QPointF(x, plot.top() + metrics.ascent()), label)
        painter.end()

    def _draw_axes(self, painter: QPainter, plot: QRectF, first: date, last: date, x_of, y_of, color) -> None:  # type: ignore[no-untyped-def]
        metrics = self.fontMetrics()
        painter.setPen(QPen(color, 1))
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        painter.drawLine(QPointF(plot.left(), plot.top()), QPointF(plot.left(), plot.bottom()))
        locale = QLocale()
        month = date(first.year, first.month, 1)
        last_label_right = -1.0
        shown_year: int | None = None
        while month <= last:
            if month >= first:
                x = x_of(month)
                painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4))
                label = locale.standaloneMonthName(month.month, QLocale.FormatType.ShortFormat)
                if month.year != shown_year:
                    label = f"{label} {locale.toString(month.year).replace(locale.groupSeparator(), '')}"
                width = metrics.horizontalAdvance(label)
                if x - width / 2 > last_label_right + 4 and x + width / 2 <= self.width():
                    painter.drawText(QPointF(x - width / 2, plot.bottom() + metrics.ascent() + 6), label)
                    last_label_right = x + width / 2
                    shown_year = month.year
            month = date(month.year + (month.month == 12), month.month % 12 + 1, 1)
        drawn: list[float] = []
        for value in sorted({0, *(r.limit for r in self._rules)}):
            y = y_of(value)
            if any(abs(y - other) < metrics.height() for other in drawn):
                continue
            painter.drawText(QPointF(2, y + metrics.ascent() / 2), str(value))
            drawn.append(y)

    def _draw_legend(self, painter: QPainter, metrics, text_color: QColor) -> None:  # type: ignore[no-untyped-def]
        x = 8.0
        y = 8.0
        for index, rule in enumerate(self._rules):
            label = self.tr("%1 (limit %2)").replace("%1", rule.name).replace("%2", str(rule.limit))
            painter.setPen(QPen(self._color(index), 3))
            painter.drawLine(QPointF(x, y + metrics.height() / 2), QPointF(x + 18, y + metrics.height() / 2))
            painter.setPen(text_color)
            painter.drawText(QPointF(x + 22, y + metrics.ascent()), label)
            x += 22 + metrics.horizontalAdvance(label) + 16
