"""The search box and its results: typed queries run debounced, off the UI thread; snippets show matches in bold."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QPalette, QStandardItem, QStandardItemModel, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from journal_app.core.journal import SearchHit

from . import messages
from .entry_delegate import short_date
from .search_worker import SearchRunner

SEARCH_DELAY_MS = 250
_MARKED = re.compile(r"\*\*(.+?)\*\*")

IdRole = Qt.ItemDataRole.UserRole + 1
HtmlRole = Qt.ItemDataRole.UserRole + 2
WordsRole = Qt.ItemDataRole.UserRole + 3


def snippet_html(snippet: str) -> str:
    """The snippet as HTML: everything escaped, then the **marked** words in bold."""
    return _MARKED.sub(r"<b>\1</b>", html.escape(snippet, quote=False))


def marked_words(snippet: str) -> list[str]:
    seen: dict[str, None] = {}
    for word in _MARKED.findall(snippet):
        seen.setdefault(word, None)
    return list(seen)


class HtmlDelegate(QStyledItemDelegate):
    """Paints the HtmlRole of an item as rich text."""

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(4)
        document.setHtml(index.data(HtmlRole) or "")
        document.setTextWidth(max(50, option.rect.width() or 300))
        return document

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        document = self._document(option, index)
        if option.state & QStyle.StateFlag.State_Selected:
            color = option.palette.color(QPalette.ColorRole.HighlightedText).name()
            document.setDefaultStyleSheet(f"body {{ color: {color}; }}")
            document.setHtml(index.data(HtmlRole) or "")
        painter.save()
        painter.translate(option.rect.topLeft())
        document.drawContents(painter)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        document = self._document(option, index)
        return QSize(int(document.idealWidth()), int(document.size().height()))


class SearchPanel(QWidget):
    result_opened = Signal(str, list)  # entry id, words to highlight
    active_changed = Signal(bool)  # the box has a query (results shown) or not

    def __init__(
        self, reader_factory: Callable[[], Any], parent: Any = None, *, delay_ms: int = SEARCH_DELAY_MS
    ) -> None:
        super().__init__(parent)
        self.box = QLineEdit()
        self.box.setClearButtonEnabled(True)
        self.status = QLabel()
        self.results = QStandardItemModel(self)
        self.results_view = QListView()
        self.results_view.setModel(self.results)
        self.results_view.setItemDelegate(HtmlDelegate(self.results_view))
        self.results_view.setWordWrap(True)
        self.results_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        layout.addWidget(self.status)
        layout.addWidget(self.results_view, 1)
        self.runner = SearchRunner(reader_factory, self)
        self.runner.results_ready.connect(self._on_results)
        self.runner.hits_completed.connect(self._on_completed)
        self.runner.search_failed.connect(self._on_failed)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(delay_ms)
        self._debounce.timeout.connect(self._run)
        self._active = False
        self.box.textChanged.connect(self._on_text_changed)
        self.box.returnPressed.connect(self._open_first)
        self.box.installEventFilter(self)
        self.results_view.activated.connect(self._open_index)
        self.results_view.clicked.connect(self._open_index)
        self._set_active(False)
        self.retranslate()

    _found: int | None = None  # how many results the status line counts

    def retranslate(self) -> None:
        self.box.setPlaceholderText(self.tr("Search (Ctrl+F)"))
        self.box.setToolTip(
            self.tr(
                'Words find every form of the word. "two words" finds a phrase, pref* a beginning, -word '
                "excludes, tag:name, from:YYYY-MM-DD and to:YYYY-MM-DD filter."
            )
        )
        self.box.setAccessibleName(self.tr("Search"))
        self.results_view.setAccessibleName(self.tr("Search results"))
        self._show_count()  # the count of the results shown, in the new language

    @property
    def is_active(self) -> bool:
        return self._active

    def focus(self) -> None:
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.box.selectAll()

    def refresh(self) -> None:
        """Run the current query again (the vault changed)."""
        if self._active:
            self._debounce.start()

    def clear(self) -> None:
        self._debounce.stop()
        self.runner.shut_down()
        self.box.blockSignals(True)
        self.box.clear()
        self.box.blockSignals(False)
        self.results.clear()
        self.status.clear()
        self._found = None
        self._set_active(False)

    # -- running -----------------------------------------------------------------------------------------------

    def _on_text_changed(self, text: str) -> None:
        if not text.strip():
            self._debounce.stop()
            self.runner.cancel()
            self.results.clear()
            self.status.clear()
            self._found = None
            self._set_active(False)
            return
        self._set_active(True)
        self._debounce.start()

    def _run(self) -> None:
        query = self.box.text()
        if query.strip():
            self._found = None
            self.status.setText(self.tr("Searching…"))
            self.runner.start(query)

    def _on_results(self, hits: list[SearchHit]) -> None:
        self.results.clear()
        for hit in hits:
            item = QStandardItem()
            item.setData(hit.entry.id, IdRole)
            item.setEditable(False)
            self._fill(item, hit)
            self.results.appendRow(item)
        self._found = len(hits)
        self._show_count()

    def _on_completed(self, hits: list[SearchHit]) -> None:
        """The snippets of the hits past the first screen, made on the worker right after the results came."""
        for row, hit in enumerate(hits):
            item = self.results.item(row)
            if item is not None and item.data(IdRole) == hit.entry.id and item.data(WordsRole) is None:
                self._fill(item, hit)

    def _fill(self, item: QStandardItem, hit: SearchHit) -> None:
        summary = hit.entry
        title = html.escape(summary.title or self.tr("Untitled"), quote=False)
        tags = html.escape("  ".join("#" + t for t in summary.tags), quote=False)
        snippet = hit.snippet or ""
        item.setData(f"{summary.title} — {snippet.replace('**', '')}", Qt.ItemDataRole.DisplayRole)
        item.setData(
            f"<b>{title}</b> &nbsp;<small>{html.escape(short_date(summary.entry_date))} {tags}</small>"
            f"<br>{snippet_html(snippet)}",
            HtmlRole,
        )
        item.setData(None if hit.is_light else marked_words(snippet), WordsRole)

    def _show_count(self) -> None:
        found = self._found
        if found is None:
            return
        self.status.setText(self.tr("%n entries found", "", found) if found else self.tr("No entries found"))

    def _on_failed(self, error: object) -> None:
        self.results.clear()
        self._found = None
        self.status.setText(messages.action_failed(error) if isinstance(error, Exception) else "")

    def _set_active(self, active: bool) -> None:
        self.results_view.setVisible(active)
        self.status.setVisible(active)
        if active != self._active:
            self._active = active
            self.active_changed.emit(active)

    # -- opening -----------------------------------------------------------------------------------------------

    def _open_first(self) -> None:
        if self._debounce.isActive():  # Enter before the debounce ran: search now
            self._debounce.stop()
            self._run()
            return
        if self.results.rowCount():
            self._open_index(self.results.index(0, 0))

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.results_view.setCurrentIndex(index)
            self.result_opened.emit(index.data(IdRole), list(index.data(WordsRole) or []))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.box and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Down and self.results.rowCount():
                self.results_view.setFocus()
                self.results_view.setCurrentIndex(self.results.index(0, 0))
                return True
            if event.key() == Qt.Key.Key_Escape and self.box.text():
                self.box.clear()
                return True
        return super().eventFilter(watched, event)
