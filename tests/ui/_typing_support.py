"""Text that breaks editors, and a keyboard that types it into a real widget.

`keyboard_units` splits a text the way a keyboard and an input method deliver it: one key per ASCII character
(a newline is the Return key), and one input event per user-perceived character for the rest, so that an emoji with
joiners or a letter with combining marks arrives whole, as an emoji picker or a compose key sends it.

What a keyboard cannot send, and so what `typeable` leaves out (the paste test covers these characters):
- control characters: Tab moves the focus out of the editor, CR and the other C0/C1 controls are not text keys;
- a format character (category Cf: ZWJ U+200D, RLM U+200F, BOM U+FEFF, soft hyphen) that does not follow a
  printable character in the same input event: Qt's text control ignores an input event that starts with one;
- the line and paragraph separators U+2028/U+2029 (not printable; Return makes a new line instead).
"""

from __future__ import annotations

import unicodedata

from hypothesis import strategies as st
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

LONG_URL = (
    "https://egov.kz/cms/ru/services/migration/pass_vnj_kazakhstan_application_form_2026_v2?lang=ru&id=12345"
    "&return=%2Fcms%2Fru%2Fservices%2Fmigration%2Fpass_vnj_kazakhstan_application_form_2026_v2_step_two_of_three"
    "&token=a1b2c3d4e5f6a7b8c9d0"
)
assert len(LONG_URL) > 200

PIECES = [
    LONG_URL,
    "Averyveryveryverylongwordwithoutanyspacesatallthatgoesonandonandonforeverandeverandeverokay",
    "## heading",
    "# h1",
    "- [ ] task",
    "- [x] done",
    "1. first",
    "* star",
    "**bold**",
    "*it*",
    "***both***",
    "_under_score_",
    "`code`",
    "```",
    "> quote",
    "[link](https://example.org/)",
    "![x](/dev/zero)",
    "Met <Ivan> at the station",
    "<!-- note -->",
    "<script>alert(1)</script>",
    "&amp; &lt;",
    "\\",
    "\\*",
    "2*3*4",
    "~~gone~~",
    "| a | b |\n|---|---|",
    "---",
    "\n",
    "\n\n",
    " ",
    "  ",
    "   leading",
    "trailing   ",
    "שלום עולם",
    "مرحبا بالعالم",
    "👨\u200d👩\u200d👧",
    "🏳\ufe0f\u200d🌈",
    "🇬🇪🇰🇿",
    "e\u0301",
    "и\u0306",
    "Сегодня получил ВНЖ",
    "їжак ґанок є",
    "\u00a0no-break",
]


def typeable(char: str) -> bool:
    return char == "\n" or (unicodedata.category(char)[0] != "C" and char not in "\u2028\u2029")


def _clean_for_typing(text: str) -> str:
    """Leave out what a keyboard cannot send (see the module's note)."""
    out: list[str] = []
    for char in text:
        if not typeable(char):
            continue
        if unicodedata.category(char) == "Cf" and (not out or out[-1] == "\n"):
            continue
        out.append(char)
    return "".join(out)


_ANY_CHAR = st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\u2029")
_TEXT_CHAR = st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"))

#: Texts for the paste test: every class of the module's list plus random Unicode (no CR: line ends are made plain).
pasted_texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(_ANY_CHAR, max_size=12)), max_size=14).map("".join)
#: Texts for the typing test: the same, without the characters a keyboard cannot send.
typed_texts = (
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(_TEXT_CHAR, max_size=10)), max_size=10)
    .map("".join)
    .map(_clean_for_typing)
)


def keyboard_units(text: str) -> list[str]:
    """The text as key presses: single ASCII characters and newlines, and whole clusters of the rest."""
    units: list[str] = []
    for char in text:
        if (
            units
            and units[-1] != "\n"
            and (_extends(char) or units[-1].endswith("\u200d") or _completes_flag(units[-1], char))
        ):
            units[-1] += char
        else:
            units.append(char)
    return units


def _extends(char: str) -> bool:
    """A mark, joiner, variation selector or skin tone: part of the character before it."""
    return not char.isascii() and unicodedata.category(char) in ("Mn", "Me", "Mc", "Cf", "Sk")


def _completes_flag(unit: str, char: str) -> bool:
    def regional(c: str) -> bool:
        return "\U0001f1e6" <= c <= "\U0001f1ff"

    return regional(char) and len(unit) == 1 and regional(unit)


def type_like_a_keyboard(qtbot, widget, text: str) -> None:
    for unit in keyboard_units(text):
        if unit == "\n":
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        elif len(unit) == 1 and unit.isascii():
            qtbot.keyClicks(widget, unit)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, unit))
