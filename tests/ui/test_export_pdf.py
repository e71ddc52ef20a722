"""The PDF export: entries flow down the pages (no blank pages), numbered; bodies through the one parser."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from datetime import date, timedelta

import pytest

from journal_app.core.errors import InvalidInput
from journal_app.ui import export_pdf as pdf

BODIES = [
    "## Plans\n- [ ] rent\n- [x] visa **done**\n1. first\n2. second",
    "Сегодня получил ВНЖ в Тбилиси. ***both*** and \\*escaped\\*",
    "שלום עולם, זה יומן\nمرحبا بالعالم، هذه مذكراتي",
    "Emoji 👨\u200d👩\u200d👧 🇬🇪 done",
    "Met <Ivan> at the station <script>alert(1)</script> ![x](/dev/zero)",
    "> quoted line\n\n| a | b |\n|---|---|\n| 1 | 2 |",
]


def page_count(path) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", path.read_bytes()))


def fill(journal, count: int = 20) -> None:
    for i in range(count):
        journal.add(entry_date=date(2026, 3, 1) + timedelta(days=i), title=f"Day {i + 1}", body=BODIES[i % len(BODIES)])


def test_twenty_short_entries_fill_pages_without_blank_ones(qapp, vault, journal, tmp_path):
    fill(journal)
    out = tmp_path / "journal.pdf"
    assert pdf.export_pdf(vault, out) == 20
    pages = page_count(out)
    assert 2 <= pages <= 5  # a title page and the entries on a few pages (the earlier export made 41)
    apart = tmp_path / "apart.pdf"
    pdf.export_pdf(vault, apart, one_per_page=True)
    assert page_count(apart) == 21  # the title page and one per entry, no more


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_pdf_text_has_no_marks_and_every_page_a_number(qapp, vault, journal, tmp_path):
    fill(journal)
    out = tmp_path / "journal.pdf"
    pdf.export_pdf(vault, out)
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout
    pages = text.split("\f")[: page_count(out)]
    assert all(page.strip() for page in pages)  # no blank page
    for number, page in enumerate(pages, start=1):
        assert page.rstrip().splitlines()[-1].strip() == str(number)
    assert "**" not in text and "\\" not in text and "##" not in text and "[x]" not in text
    assert "\u2610 rent" in text and "\u2611 visa done" in text and "*escaped*" in text
    assert "<Ivan>" in text and "<script>alert(1)</script>" in text and "x (/dev/zero)" in text


def test_an_entry_image_is_drawn_and_a_huge_entry_is_refused_up_front(qapp, vault, journal, tmp_path, monkeypatch):
    from PySide6.QtCore import QBuffer
    from PySide6.QtGui import QColor, QImage

    image = QImage(300, 120, QImage.Format.Format_RGB32)
    image.fill(QColor("steelblue"))
    buffer = QBuffer()
    buffer.open(QBuffer.OpenModeFlag.ReadWrite)
    image.save(buffer, "PNG")
    entry = journal.add(title="photo", body="see")
    item = vault.attachments().add("entry", entry.id, "p.png", io.BytesIO(bytes(buffer.data())), mime="image/png")
    journal.update(entry.id, body=f"see ![the photo](attachment:{item.id})")
    with_image, without = tmp_path / "with.pdf", tmp_path / "without.pdf"
    pdf.export_pdf(vault, with_image)
    assert b"/Subtype /Image" in with_image.read_bytes() or b"/Subtype/Image" in with_image.read_bytes()
    journal.update(entry.id, body="see")
    pdf.export_pdf(vault, without)
    assert b"/Subtype /Image" not in without.read_bytes() and b"/Subtype/Image" not in without.read_bytes()

    monkeypatch.setattr(pdf, "PDF_MAX_BODY_BYTES", 1000)
    journal.add(title="long", body="x" * 1001)
    target = tmp_path / "big.pdf"
    with pytest.raises(InvalidInput, match="larger than"):
        pdf.export_pdf(vault, target)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["vault", "with.pdf", "without.pdf"]


def test_the_limit_is_the_cores_and_is_named():
    from journal_app.core.journal import MAX_BODY_BYTES

    assert pdf.PDF_MAX_BODY_BYTES == MAX_BODY_BYTES
    assert "{limit}" in pdf.PdfLabels().too_long
