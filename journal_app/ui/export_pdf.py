"""PDF export: a chronological timeline with a title page, for an asylum, legal or residence case.

Uses Qt's own PDF writer. Entries flow one after another and break between pages only where a page is full (or,
as an option, each entry starts a page); every page carries its number. Entries are laid out one by one and split
between pages at line boundaries, so progress can be reported per entry and a cancel stops at once. Bodies are
rendered by the app's one Markdown parser (core/markdown.py); images come only from the entry's own attachments,
read from the vault into memory. The output appears only when complete (written beside the target under a
`.partial` name, then renamed); nothing else is written.
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

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import QFont, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument, QTextOption

from journal_app.core.errors import InvalidInput, JournalError
from journal_app.core.export import markdown_to_html
from journal_app.core.journal import MAX_BODY_BYTES
from journal_app.core.markdown import ATTACHMENT_SCHEME

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]

#: Larger bodies are refused up front: the core's limit of an entry (a 10 MB entry takes about 35 s and 640 MB here).
PDF_MAX_BODY_BYTES = MAX_BODY_BYTES
#: Images larger than this (stored size) are named, not drawn.
PDF_MAX_IMAGE_BYTES = 16 * 1024 * 1024
FOOTER = 28.0  # pixels at 96 dpi kept free at the bottom of each page for its number

_CSS = """
h1 { font-size: 20pt; } h2 { font-size: 14pt; margin-bottom: 2pt; }
.meta { color: #555; font-size: 9pt; } .tag { color: #555; }
blockquote { margin-left: 12pt; color: #333; } table { border-collapse: collapse; }
td, th { padding: 2pt 6pt; border: 1px solid #999; }
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
    page: str = "{n}"
    too_long: str = "An entry of {date} is larger than {limit} MB; export it as Markdown or HTML."
    files: str = "Files"


class Cancelled(JournalError):
    def __init__(self) -> None:
        super().__init__("cancelled; nothing was written")


class _Pages:
    """Paints text documents one after another down the pages of a PDF, breaking between lines; numbers pages."""

    def __init__(self, writer: QPdfWriter) -> None:
        self.writer = writer
        self.painter = QPainter(writer)
        rect = writer.pageLayout().paintRectPixels(writer.resolution())
        self.width, self.height = float(rect.width()), float(rect.height()) - FOOTER
        self.y = 0.0
        self.number = 1
        self.page_label = "{n}"

    def document(self, html_text: str, images: dict[str, QImage] | None = None) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultStyleSheet(_CSS)
        doc.setDocumentMargin(0)  # no margin below the last line: it would make a page of nothing
        font = QFont()
        font.setPointSizeF(10.5)
        doc.setDefaultFont(font)
        option = QTextOption()
        option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)  # right-to-left paragraphs as written
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        doc.setDefaultTextOption(option)
        for name, image in (images or {}).items():
            doc.addResource(QTextDocument.ResourceType.ImageResource.value, QUrl(name), image)
        doc.setPageSize(QSizeF(self.width, 1e9))
        doc.setTextWidth(self.width)
        doc.setHtml(html_text)
        return doc

    def new_page(self) -> None:
        self._footer()
        self.writer.newPage()
        self.number += 1
        self.y = 0.0

    def _footer(self) -> None:
        self.painter.save()
        font = QFont()
        font.setPointSizeF(8.5)
        self.painter.setFont(font)
        self.painter.setPen(Qt.GlobalColor.darkGray)
        rect = QRectF(0, self.height, self.width, FOOTER)
        self.painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), self.page_label.format(n=self.number))
        self.painter.restore()

    def _line_bottoms(self, doc: QTextDocument) -> list[float]:
        bottoms: list[float] = []
        layout = doc.documentLayout()
        block = doc.begin()
        while block.isValid():
            rect = layout.blockBoundingRect(block)
            lines = block.layout()
            if lines.lineCount() == 0:
                bottoms.append(rect.bottom())
            for i in range(lines.lineCount()):
                line = lines.lineAt(i)
                bottoms.append(rect.top() + line.y() + line.height())
            block = block.next()
        return sorted(bottoms)

    def add(self, doc: QTextDocument, gap: float = 14.0) -> None:
        bottoms = self._line_bottoms(doc) or [doc.size().height()]
        total = min(doc.size().height(), bottoms[-1])  # the last line's bottom: nothing below it is drawn
        keep = bottoms[min(2, len(bottoms) - 1)]  # a title stays with its first lines
        if self.y > 0 and self.height - self.y < min(keep, self.height):
            self.new_page()
        start = 0.0
        while start < total - 0.5:
            room = self.height - self.y
            fitting = [b for b in bottoms if start < b <= start + room]
            if not fitting:
                if self.y > 0:
                    self.new_page()
                    continue
                end = start + room  # a single line (or image) taller than a page: cut it
            else:
                end = fitting[-1]
            self.painter.save()
            self.painter.translate(0, self.y - start)
            doc.drawContents(self.painter, QRectF(0, start, self.width, end - start))
            self.painter.restore()
            self.y += end - start
            start = end
            if start < total - 0.5:
                self.new_page()
        self.y += gap

    def start_entry(self, one_per_page: bool) -> None:
        """Before an entry: a new page if asked for one per page and this page holds something already."""
        if one_per_page and self.y > 0:
            self.new_page()

    def finish(self) -> None:
        if self.painter.isActive():
            self._footer()
            self.painter.end()


def _entry_html(entry: Any, labels: PdfLabels, files: Sequence[Any], images: dict[str, QImage]) -> str:
    title = html.escape(entry.title) if entry.title.strip() else html.escape(labels.untitled)
    star = " \u2605" if entry.starred else ""
    tags = " ".join(f'<span class="tag">#{html.escape(t)}</span>' for t in entry.tags)

    def image_source(file_id: str) -> str | None:
        name = f"{ATTACHMENT_SCHEME}{file_id}"
        return name if name in images else None

    named = [f"{html.escape(f.name)} ({f.size:,} B)" for f in files if f"{ATTACHMENT_SCHEME}{f.id}" not in images]
    listed = f"<p class='meta'>{html.escape(labels.files)}: {'; '.join(named)}</p>" if named else ""
    return (
        f"<h2>{title}{star}</h2><div class='meta'>{entry.entry_date.isoformat()} {tags}</div>"
        f"{markdown_to_html(entry.body, image_source)}{listed}"
    )


def _entry_images(vault: Any, files: Sequence[Any], width: float) -> dict[str, QImage]:
    """The entry's image attachments, read from the vault into memory and scaled to the page's width."""
    images: dict[str, QImage] = {}
    attachments = vault.attachments()
    for item in files:
        if not item.mime.startswith("image/") or item.mime == "image/svg+xml" or item.size > PDF_MAX_IMAGE_BYTES:
            continue
        image = QImage.fromData(attachments.read(item.id, PDF_MAX_IMAGE_BYTES))
        if image.isNull():
            continue
        if image.width() > width:
            image = image.scaledToWidth(int(width), Qt.TransformationMode.SmoothTransformation)
        images[f"{ATTACHMENT_SCHEME}{item.id}"] = image
    return images


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
    one_per_page: bool = False,
) -> int:
    """Write the chosen entries, oldest first, to a new PDF file. Needs a QGuiApplication. Returns the count.

    Entries follow one another (`one_per_page`: each starts a page). An entry larger than PDF_MAX_BODY_BYTES (UTF-8) is
    refused before anything is written (InvalidInput naming the limit)."""
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
    for summary in summaries:  # refuse up front, before anything is written
        if cancelled is not None and cancelled():
            raise Cancelled()
        body = journal.get(summary.id).body
        if len(body) * 4 > PDF_MAX_BODY_BYTES and len(body.encode("utf-8", "surrogatepass")) > PDF_MAX_BODY_BYTES:
            raise InvalidInput(
                labels.too_long.format(date=summary.entry_date.isoformat(), limit=PDF_MAX_BODY_BYTES // 1_000_000)
            )
        del body
    partial = target.with_name(target.name + ".partial")
    writer = QPdfWriter(str(partial))
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(18, 18, 18, 18))
    )
    writer.setResolution(96)
    writer.setTitle(labels.title)
    writer.setCreator(labels.title)
    pages = _Pages(writer)
    pages.page_label = labels.page
    attachments = vault.attachments()
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
            entry = journal.get(summary.id)
            files = attachments.of("entry", entry.id)
            images = _entry_images(vault, files, pages.width)
            pages.start_entry(one_per_page)
            pages.add(pages.document(_entry_html(entry, labels, files, images), images))
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
