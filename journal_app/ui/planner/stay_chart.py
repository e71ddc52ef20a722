"""A chart of a zone's days used over time, drawn with QPainter: the count in the window on every day, the limit
line, past and planned trips shaded, today marked, so a person sees at a glance when days free up."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from .texts import format_date


class StayChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._series: list[tuple[date, int]] = []
        self._limit = 0
        self._trips: list[tuple[date, date]] = []
        self._today: date | None = None
        self._on: date | None = None
        self.setMinimumSize(320, 180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # screen readers reach the description
        self.retranslate()

    def sizeHint(self) -> QSize:
        return QSize(640, 240)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Chart of days used over time"))
        self._describe()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_data(
        self,
        series: list[tuple[date, int]],
        limit: int,
        trips: list[tuple[date, date]],
        today: date,
        on: date | None = None,
    ) -> None:
        """`series`: the count on each day; `trips`: (entry, last day shown) of each counted trip."""
        self._series = list(series)
        self._limit = limit
        self._trips = list(trips)
        self._today = today
        self._on = on
        self._describe()
        self.update()

    def clear(self) -> None:
        self._series, self._trips, self._limit, self._today, self._on = [], [], 0, None, None
        self._describe()
        self.update()

    def _describe(self) -> None:
        """A text alternative: today's count and the next day it falls below the limit, if it is at the limit."""
        if not self._series or self._today is None:
            self.setAccessibleDescription("")
            return
        counts = dict(self._series)
        now = counts.get(self._today, 0)
        text = self.tr("Today %1 of %2 days used.").replace("%1", str(now)).replace("%2", str(self._limit))
        if now >= self._limit:
            free = next((d for d, c in self._series if d > self._today and c < self._limit), None)
            if free is not None:
                text += " " + self.tr("Days free up from %1.").replace("%1", format_date(free))
        self.setAccessibleDescription(text)

    # -- drawing -------------------------------------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        text_color = palette.color(QPalette.ColorRole.Text)
        metrics = self.fontMetrics()
        if not self._series:
            painter.setPen(text_color)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No trips to show."))
            return
        first, last = self._series[0][0], self._series[-1][0]
        span = max(1, (last - first).days)
        top_value = max(self._limit, max(c for _, c in self._series), 1)
        left = metrics.horizontalAdvance(str(top_value)) + 12
        plot = QRectF(left, 10, self.width() - left - 10, self.height() - 10 - metrics.height() * 2)
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

        # axes and month ticks
        painter.setPen(QPen(text_color, 1))
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        painter.drawLine(QPointF(plot.left(), plot.top()), QPointF(plot.left(), plot.bottom()))
        locale = QLocale()
        month = date(first.year, first.month, 1)
        last_label_right = -1.0
        while month <= last:
            if month >= first:
                x = x_of(month)
                painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4))
                label = locale.toString(QDate(month.year, month.month, 1), "MMM yy")
                width = metrics.horizontalAdvance(label)
                if x - width / 2 > last_label_right + 4 and x + width / 2 <= self.width():
                    painter.drawText(QPointF(x - width / 2, plot.bottom() + metrics.ascent() + 6), label)
                    last_label_right = x + width / 2
            month = date(month.year + (month.month == 12), month.month % 12 + 1, 1)
        for value in (0, self._limit):
            painter.drawText(QPointF(2, y_of(value) + metrics.ascent() / 2), str(value))

        # the limit
        limit_pen = QPen(QColor(200, 40, 40), 1.5, Qt.PenStyle.DashLine)
        painter.setPen(limit_pen)
        painter.drawLine(QPointF(plot.left(), y_of(self._limit)), QPointF(plot.right(), y_of(self._limit)))

        # days used
        path = QPainterPath()
        for i, (day, count) in enumerate(self._series):
            point = QPointF(x_of(day), y_of(count))
            if i == 0:
                path.moveTo(point)
            else:
                path.lineTo(point)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Link), 2))
        painter.drawPath(path)

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
            painter.drawText(QPointF(x_of(self._today) + 3, plot.top() + metrics.ascent()), self.tr("Today"))
        painter.end()
