"""The one Markdown parser: safe HTML, plain text without marks or escapes, images only from the vault."""

from __future__ import annotations

import json
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from journal_app.core import markdown
from journal_app.core.journal import preview_of
from journal_app.core.search import parse, snippet

LEGACY = json.loads((Path(__file__).parent / "fixtures" / "legacy_bodies.json").read_text(encoding="utf-8"))
ESCAPE = re.compile(r"\\[!-/:-@\[-`{-~]")


def test_raw_html_is_shown_as_text():
    for body in ("Met <Ivan> at the station", "a <!-- note --> b", "x <script>alert(1)</script> y"):
        rendered = markdown.to_html(body)
        assert "<ivan" not in rendered.lower() and "<script" not in rendered and "<!--" not in rendered
        assert markdown.to_plain(body) == body  # every character of it is text
    assert "&lt;Ivan&gt;" in markdown.to_html("Met <Ivan>")
    block = markdown.to_html("<div>\n<b>bold?</b>\n</div>")
    assert "<div>" not in block and "<b>" not in block and "&lt;b&gt;" in block


def test_images_load_only_from_the_vaults_attachments():
    asked: list[str] = []

    def source(file_id: str) -> str | None:
        asked.append(file_id)
        return "data:image/png;base64,AAAA"

    rendered = markdown.to_html(
        "![x](/dev/zero) ![w](https://example.org/a.png) ![f](file:///etc/passwd) ![ok](attachment:1234abcd-0000)",
        image_source=source,
    )
    assert asked == ["1234abcd-0000"]
    assert rendered.count("<img") == 1 and 'src="data:image/png;base64,AAAA"' in rendered
    assert "x (/dev/zero)" in rendered and "/etc/passwd" in rendered
    assert '<a href="https://example.org/a.png"' in rendered  # a web image is a link, never loaded
    # without a resolver an attachment is only named
    assert "<img" not in markdown.to_html("![scan](attachment:1234abcd)")


def test_links_only_for_web_and_mail():
    rendered = markdown.to_html("[a](https://example.org) [m](mailto:x@example.org) [b](ftp://x) [c](/etc/passwd)")
    assert rendered.count("<a ") == 2
    assert "b (ftp://x)" in rendered and "c (/etc/passwd)" in rendered


def test_typed_line_breaks_stay_breaks_and_tables_and_tasks_render():
    rendered = markdown.to_html("line one\nline two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- [ ] rent\n- [x] visa")
    assert "line one<br>" in rendered and "<table>" in rendered and "<td>2</td>" in rendered
    assert "\u2610 rent" in rendered and "\u2611 visa" in rendered
    assert markdown.to_plain("line one\nline two") == "line one\nline two"
    assert markdown.to_plain("- [ ] **rent** for *May*\n\n## Keys") == "rent for May\nKeys"
    assert markdown.to_plain("| a | b |\n|---|---|\n| 1 | 2 |") == "a b\n1 2"


def test_bold_italic_has_no_stray_asterisks():
    assert markdown.to_html("***both***") == "<p><em><strong>both</strong></em></p>\n"
    assert markdown.to_plain("***both*** and **b** and *i*") == "both and b and i"


def test_bodies_of_the_earlier_editor_read_without_escapes_or_marks():
    """Bodies as the earlier editor stored them (escaped, wrapped): the reader sees no backslashes or marks."""
    for item in LEGACY:
        stored = item["stored"]
        plain = markdown.to_plain(stored)
        rendered = markdown.to_html(stored)
        assert not ESCAPE.search(plain), plain
        assert "\\" not in rendered.replace("back\\slash", ""), rendered
        assert "**" not in plain and "***" not in rendered
        assert not ESCAPE.search(preview_of(stored))
        assert not ESCAPE.search(snippet(stored, parse("")))
    escaped = next(i for i in LEGACY if i["stored"].startswith("\\## heading"))
    assert markdown.to_plain(escaped["stored"]).split("\n")[0] == "## heading typed by hand"  # as the person saw it


def test_snippets_and_previews_come_from_the_parser():
    body = "## План\n\n- [x] **ВНЖ** получен, см. [сайт](https://egov.kz)\n\nTom &amp; Jerry \\*"
    assert preview_of(body) == "План"
    assert snippet(body, parse("сайт")) == "План ВНЖ получен, см. **сайт** Tom & Jerry *"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab *_`#>-[]()!<>\\\n|:x&;/")) | st.characters(), max_size=200))
def test_any_text_renders_safely(body):
    rendered = markdown.to_html(body)
    assert "<script" not in rendered.lower() and "<img" not in rendered
    assert not re.search(
        r"<(?!/?(p|br|em|strong|code|pre|h[1-6]|ul|ol|li|blockquote|hr|a|table|thead|tbody|tr|th|td|s)\b)", rendered
    )
    markdown.to_plain(body)
    markdown.first_line(body)
