"""Every visible string is translated into Russian and Ukrainian, and the compiled files match the sources."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("ru", "uk")
PLURAL_FORMS = {"ru": 3, "uk": 3, "en": 2}


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    if not Path(found).exists():
        pytest.skip(f"{name} is not installed")
    return found


def sources() -> list[str]:
    files = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "journal_app" / "ui").rglob("*.py"))
    return [*files, "journal_app/app.py"]


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(ts)
    found = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            found[(name, message.findtext("source", ""))] = message
    return found


@pytest.mark.parametrize("language", [*LANGUAGES, "en"])
def test_every_string_is_translated(language: str) -> None:
    found = messages(TRANSLATIONS / f"journal_{language}.ts")
    assert found
    problems = []
    for (context, source), message in found.items():
        translation = message.find("translation")
        assert translation is not None
        kind = translation.get("type")
        if kind in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{context}: {source!r} is {kind}")
            continue
        if message.get("numerus") == "yes":
            forms = [f.text or "" for f in translation.iter("numerusform")]
            if len(forms) != PLURAL_FORMS[language] or not all(forms):
                problems.append(f"{context}: {source!r} needs {PLURAL_FORMS[language]} plural forms")
        elif not (translation.text or "").strip():
            problems.append(f"{context}: {source!r} is empty")
        elif source.count("%") != (translation.text or "").count("%"):
            problems.append(f"{context}: {source!r} loses a placeholder")
    assert problems == []


def test_sources_and_translation_files_agree(tmp_path: Path) -> None:
    """`make translations` has been run: the .ts files hold exactly the strings the code shows."""
    fresh = tmp_path / "fresh.ts"
    subprocess.run([tool("pyside6-lupdate"), *sources(), "-ts", str(fresh)], cwd=ROOT, check=True,
                   capture_output=True)  # fmt: skip
    expected = set(messages(fresh))
    for language in LANGUAGES:
        committed = set(messages(TRANSLATIONS / f"journal_{language}.ts"))
        assert expected - committed == set(), f"strings missing from journal_{language}.ts: run make translations"
        assert committed - expected == set(), f"journal_{language}.ts has strings the code no longer shows"


@pytest.mark.parametrize("language", [*LANGUAGES, "en"])
def test_compiled_files_are_up_to_date(language: str, tmp_path: Path) -> None:
    out = tmp_path / f"journal_{language}.qm"
    subprocess.run([tool("pyside6-lrelease"), str(TRANSLATIONS / f"journal_{language}.ts"), "-qm", str(out)],
                   check=True, capture_output=True)  # fmt: skip
    assert out.read_bytes() == (TRANSLATIONS / f"journal_{language}.qm").read_bytes(), "run make translations"


def test_translation_calls_are_visible_to_the_scanner() -> None:
    """The scanner reads literal calls only: `QCoreApplication.translate("Context", "text")` and `self.tr("text")`.
    A wrapper (`def _tr(text)`), an alias (`t = QCoreApplication.translate`) or a context held in a variable hides
    the strings from it, and they would stay in English; a count passed to translate() is ignored (use self.tr)."""
    import re

    problems = []
    for path in sorted((ROOT / "journal_app").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        name = path.relative_to(ROOT)
        if re.search(r"=\s*QCoreApplication\.translate\s*$", text, re.MULTILINE):
            problems.append(f"{name}: an alias of QCoreApplication.translate")
        for match in re.finditer(r"QCoreApplication\.translate\(\s*([^,\s)]+)", text):
            if not match.group(1).startswith('"'):
                problems.append(f"{name}: translate() with a context that is not a literal: {match.group(1)}")
        for match in re.finditer(
            r"QCoreApplication\.translate\(\s*\"[^\"]*\",\s*\"[^\"]*\",\s*[^,)]+,\s*[^)]+\)", text
        ):
            problems.append(f"{name}: translate() with a count: {match.group(0)[:60]}")
    assert problems == []
