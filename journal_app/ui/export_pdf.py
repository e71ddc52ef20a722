"""PDF export: a chronological timeline with a title page, for an asylum, legal or residence case.

Uses Qt's own PDF writer. Entries are laid out one by one and split between pages at line boundaries, so progress
can be reported per entry and a cancel stops at once. The output appears only when complete (written beside the
target under a `.partial` name, then renamed); nothing else is written.
"""

from __future__ import annotations

import contextlib
import html
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

from journal_app.core.errors import InvalidInput, JournalError
from journal_app.core.export import markdown_to_html

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]

_CSS = """
h1 { font-size: 20pt; } h2 { font-size: 14pt; margin-bottom: 2pt; }
.meta { color: #555; font-size: 9pt; } .tag { color: #555; }
blockquote { margin-left: 12pt; color: #333; } td, th { padding: 2pt 6pt; }
"""


@dataclass(frozen=True)
class PdfLabels:
    """Words of the PDF, for the app to pass translations."""

    title: str = "Journal"
    period: str = "Entries from {first} to {last}"
    count: str = "{n} entries"
    made: str = "Made on {day}. This file is not encrypted."
    untitled: str = "Untitled"
    documents: str = "Documents"
    trips: str = "Trips"
    expires: str = "expires"
    still_there: str = "still there"


class Cancelled(JournalError):
    def __init__(self) -> None:
        super().__init__("cancelled; nothing was written")


class _Pages:
    """Paints text documents one after another down the pages of a PDF, breaking between lines."""

    def __init__(self, writer: QPdfWriter) -> None:
        self.writer = writer
        self.painter = QPainter(writer)
        rect = writer.pageLayout().paintRectPixels(writer.resolution())
        self.width, self.height = float(rect.width()), float(rect.height())
        self.y = 0.0

    def document(self, html_text: str) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultStyleSheet(_CSS)
        font = QFont()
        font.setPointSizeF(10.5)
        doc.setDefaultFont(font)
        doc.setPageSize(QSizeF(self.width, 1e9))
        doc.setTextWidth(self.width)
        doc.setHtml(html_text)
        return doc

    def new_page(self) -> None:
        self.writer.newPage()
        self.y = 0.0

    def _line_bottoms(self, doc: QTextDocument) -> list[float]:
        bottoms: list[float] = []
        layout = doc.documentLayout()
        block = doc.begin()
        while block.isValid():
            top = layout.blockBoundingRect(block).top()
            lines = block.layout()
            for i in range(lines.lineCount()):
                line = lines.lineAt(i)
                bottoms.append(top + line.y() + line.height())
            block = block.next()
        return sorted(bottoms)

    def add(self, doc: QTextDocument, gap: float = 14.0) -> None:
        total = doc.size().height()
        bottoms = self._line_bottoms(doc) or [total]
        start = 0.0
        while start < total - 0.5:
            room = self.height - self.y
            fitting = [b for b in bottoms if start < b <= start + room]
            if not fitting:
                if self.y > 0:
                    self.new_page()
                    continue
                end = start + room  # a single line taller than a page: cut it
            else:
                end = fitting[-1] if fitting[-1] < total - 0.5 or start + room < total else total
            self.painter.save()
            self.painter.translate(0, self.y - start)
            doc.drawContents(self.painter, QRectF(0, start, self.width, end - start))
            self.painter.restore()
            self.y += end - start
            start = end
            if start < total - 0.5:
                self.new_page()
        self.y += gap

    def finish(self) -> None:
        self.painter.end()


def _entry_html(entry: Any, labels: PdfLabels) -> str:
    title = html.escape(entry.title) if entry.title.strip() else html.escape(labels.untitled)
    star = " \u2605" if entry.starred else ""
    tags = " ".join(f'<span class="tag">#{html.escape(t)}</span>' for t in entry.tags)
    return (
        f"<h2>{title}{star}</h2><div class='meta'>{entry.entry_date.isoformat()} {tags}</div>"
        f"{markdown_to_html(entry.body)}"
    )


def export_pdf(
    vault: Any,
    target: Path,
    *,
    date_from: date | None = None,
    date_to: date | None = None,
    tags: Sequence[str] = (),
    with_documents: bool = False,
    with_trips: bool = False,
    labels: PdfLabels = PdfLabels(),
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> int:
    """Write the chosen entries, oldest first, to a new PDF file. Needs a QGuiApplication. Returns the count."""
    target = Path(target)
    if target.exists():
        raise InvalidInput(f"{target} already exists; choose a new name")
    if not target.parent.is_dir():
        raise InvalidInput(f"there is no folder {target.parent}")
    journal = vault.journal()
    wanted = {t.casefold() for t in tags}
    summaries = [
        s
        for s in reversed(journal.list_entries(date_from=date_from, date_to=date_to))
        if wanted <= {t.casefold() for t in s.tags}
    ]
    partial = target.with_name(target.name + ".partial")
    writer = QPdfWriter(str(partial))
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(18, 18, 18, 18))
    )
    writer.setResolution(96)
    writer.setTitle(labels.title)
    writer.setCreator(labels.title)
    pages = _Pages(writer)
    try:
        first = summaries[0].entry_date.isoformat() if summaries else "—"
        last = summaries[-1].entry_date.isoformat() if summaries else "—"
        pages.add(
            pages.document(
                f"<h1>{html.escape(labels.title)}</h1>"
                f"<p>{html.escape(labels.period.format(first=first, last=last))}</p>"
                f"<p>{html.escape(labels.count.format(n=len(summaries)))}</p>"
                f"<p class='meta'>{html.escape(labels.made.format(day=date.today().isoformat()))}</p>"
            )
        )
        pages.new_page()
        for done, summary in enumerate(summaries, start=1):
            if cancelled is not None and cancelled():
                raise Cancelled()
            pages.add(pages.document(_entry_html(journal.get(summary.id), labels)))
            if progress is not None:
                progress(done, len(summaries))
        if with_documents or with_trips:
            pages.new_page()
            planner = vault.planner()
            parts = []
            if with_documents:
                rows = "".join(
                    f"<tr><td>{html.escape(d.title)}</td><td>{html.escape(d.number)}</td>"
                    f"<td>{html.escape(d.country)}</td><td>{d.issued or ''}</td><td>{d.expires or ''}</td></tr>"
                    for d in planner.documents()
                )
                parts.append(f"<h2>{html.escape(labels.documents)}</h2><table>{rows}</table>")
            if with_trips:
                rows = "".join(
                    f"<tr><td>{html.escape(t.zone)}</td><td>{t.entry}</td>"
                    f"<td>{t.exit or html.escape(labels.still_there)}</td></tr>"
                    for t in planner.trips()
                )
                parts.append(f"<h2>{html.escape(labels.trips)}</h2><table>{rows}</table>")
            pages.add(pages.document("".join(parts)))
        pages.finish()
        os.replace(partial, target)
    except BaseException:
        with contextlib.suppress(Exception):
            pages.finish()
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
        raise
    return len(summaries)
