"""Paints one row of the journal list: a month header, or date, title, star, tags and the first line."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QLocale, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from journal_app.core.journal import EntrySummary

from .entry_model import MonthRole, SummaryRole

STAR = "★"
PADDING = 6


def month_title(year: int, month: int, locale: QLocale | None = None) -> str:
    """The month and year ("March 2026") in the user's language (standalone month name)."""
    locale = locale or QLocale()
    name = locale.standaloneMonthName(month, QLocale.FormatType.LongFormat)
    return f"{name[:1].upper()}{name[1:]} {year}"


def short_date(day: Any, locale: QLocale | None = None) -> str:
    locale = locale or QLocale()
    return locale.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


class EntryDelegate(QStyledItemDelegate):
    """Rows all have the same height so that the view can use uniform item sizes (fast with 100,000 rows)."""

    @staticmethod
    def row_height(font: QFont) -> int:
        return QFontMetrics(font).height() * 2 + PADDING * 3

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(200, self.row_height(option.font))

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        summary = index.data(SummaryRole)
        painter.save()
        try:
            if isinstance(summary, EntrySummary):
                self._paint_entry(painter, option, summary)
            else:
                month = index.data(MonthRole)
                if month:
                    self._paint_month(painter, option, month)
        finally:
            painter.restore()

    def _paint_month(self, painter: QPainter, option: QStyleOptionViewItem, month: tuple[int, int]) -> None:
        font = QFont(option.font)
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1 if font.pointSizeF() > 0 else 11)
        painter.setFont(font)
        painter.setPen(option.palette.color(QPalette.ColorRole.WindowText))
        rect = option.rect.adjusted(PADDING, PADDING, -PADDING, -PADDING // 2)
        align = Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignLeading
        painter.drawText(rect, int(align), month_title(*month))
        painter.setPen(option.palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())

    def _paint_entry(self, painter: QPainter, option: QStyleOptionViewItem, summary: EntrySummary) -> None:
        style = option.widget.style() if option.widget else QApplication.style()
        opt = QStyleOptionViewItem(option)
        opt.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_color = option.palette.color(text_role)
        dim_color = text_color if selected else option.palette.color(QPalette.ColorRole.PlaceholderText)
        metrics = QFontMetrics(option.font)
        line_height = metrics.height()
        rect = option.rect.adjusted(PADDING * 2, PADDING, -PADDING, -PADDING)
        top = QRect(rect.left(), rect.top(), rect.width(), line_height)
        bottom = QRect(rect.left(), rect.top() + line_height + PADDING // 2, rect.width(), line_height)

        # first line: date, title, star on the right
        date_text = short_date(summary.entry_date)
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(option.font)
        painter.setPen(dim_color)
        painter.drawText(top, int(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter), date_text)
        used = metrics.horizontalAdvance(date_text) + PADDING * 2
        star_width = metrics.horizontalAdvance(STAR) + PADDING if summary.starred else 0
        if summary.starred:
            painter.setPen(text_color)
            painter.drawText(top, int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter), STAR)
        title_rect = QRect(top.left() + used, top.top(), max(0, top.width() - used - star_width), line_height)
        painter.setFont(bold)
        painter.setPen(text_color)
        title = summary.title or self.tr("Untitled")
        elided = QFontMetrics(bold).elidedText(title, Qt.TextElideMode.ElideRight, title_rect.width())
        painter.drawText(title_rect, int(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter), elided)

        # second line: first line of the body, tags on the right
        painter.setFont(option.font)
        tags_text = "  ".join("#" + t for t in summary.tags)
        tags_width = min(metrics.horizontalAdvance(tags_text) + 4, bottom.width() // 2) if tags_text else 0
        if tags_text:
            painter.setPen(dim_color)
            tags_elided = metrics.elidedText(tags_text, Qt.TextElideMode.ElideRight, tags_width)
            painter.drawText(bottom, int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter), tags_elided)
        preview_rect = QRect(bottom.left(), bottom.top(), max(0, bottom.width() - tags_width - PADDING), line_height)
        painter.setPen(text_color)
        preview = metrics.elidedText(summary.preview, Qt.TextElideMode.ElideRight, preview_rect.width())
        painter.drawText(preview_rect, int(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter), preview)
