"""Export (Markdown, HTML, JSON) and import (our JSON, jrnl plain and encrypted): round trips, escaping, file names,
cancel, all-or-nothing imports with clear messages, and fuzzing of every importer."""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal_app.core.backup import Cancelled
from journal_app.core.errors import InvalidInput, WrongPassphrase
from journal_app.core.export import export_html, export_json, export_markdown, markdown_to_html, safe_file_name
from journal_app.core.importers import WrongSourcePassphrase, import_jrnl, import_json, parse_jrnl_text
from journal_app.core.stays import RollingWindow
from journal_app.core.templates import find_template
from journal_app.core.vault import Vault
from tests.conftest import FAST_KDF, MARKER, PASSPHRASE

JRNL = Path(__file__).parent / "fixtures" / "jrnl"
JRNL_PASSPHRASE = "пароль jrnl 🔑"
D = date.fromisoformat
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fe"
    "a7d6a4bb0000000049454e44ae426082"
)


def fill(vault: Vault) -> dict[str, str]:
    """A vault with a bit of everything: history, trash, moods, stars, tags, documents, deadlines, trips, zones,
    a checklist, attachments of entries and documents, and a setting."""
    journal, planner, files = vault.journal(), vault.planner(), vault.attachments()
    first = journal.add(
        entry_date=D("2024-03-01"), title=f"Тбилиси {MARKER}", body="# День\n\n**жирный** <b>не тег</b> & всё",
        tags=["переезд", "Грузия"], mood=4, starred=True,
    )  # fmt: skip
    journal.update(first.id, body=f"исправлено {MARKER} <script>alert(1)</script>\n\n- пункт\n- [x] сделано")
    journal.update(first.id, tags=["переезд"], clear_mood=True)
    second = journal.add(entry_date=D("2024-03-02"), title="../../etc/passwd", body="второй", tags=["документы"])
    gone = journal.add(entry_date=D("2024-02-01"), title="в корзине", body="удалено")
    journal.delete(gone.id)
    journal.add(entry_date=D("2024-04-01"), body="без заголовка")
    passport = planner.add_document(
        kind="international_passport", title="Паспорт", expires=D("2026-05-01"), number="75 1234567", country="RU"
    )
    planner.add_deadline(title="Продлить ВНЖ", due=D("2024-06-01"), remind_days=7, repeat="yearly",
                         document_id=passport.id)  # fmt: skip
    done = planner.add_deadline(title="Сделано", due=D("2024-01-01"))
    planner.set_done(done.id)
    planner.save_zone("georgia", title="Грузия", rules=[RollingWindow(365, 365)], register_within=None)
    planner.save_zone("serbia-x", title="Сербия", rules=[RollingWindow(90, 180)], register_within=3)
    planner.add_trip(zone="serbia-x", entry=D("2024-01-10"), exit=D("2024-02-01"))
    planner.add_trip(zone="schengen", entry=D("2024-05-01"))
    planner.apply_template(find_template("arriving"), D("2025-03-10"), "ru")
    files.add("entry", first.id, f"фото {MARKER}.png", io.BytesIO(PNG))
    files.add("entry", first.id, 'con:<>"|?*.txt', io.BytesIO(b"x" * 1000))
    files.add("entry", second.id, "big.bin", io.BytesIO(os.urandom(600 * 1024)))
    files.add("document", passport.id, "скан.pdf", io.BytesIO(b"%PDF-1.4 " + os.urandom(300 * 1024)))
    vault.connection.execute("INSERT INTO settings (key, value) VALUES ('theme', 'dark')")
    return {"first": first.id, "second": second.id, "gone": gone.id}


def dump(vault: Vault) -> dict[str, list[tuple[object, ...]]]:
    """Every table of the vault, with entries named by id instead of their internal seq."""
    conn = vault.connection
    q = {
        "entries": "SELECT id, entry_date, created_at, updated_at, title, body, mood, starred, deleted_at FROM entries "
        "ORDER BY id",
        "entry_tags": "SELECT e.id, t.tag_key, t.tag FROM entry_tags t JOIN entries e ON e.seq = t.entry_seq "
        "ORDER BY 1, 2",
        "entry_versions": "SELECT v.version_id, e.id, v.saved_at, v.entry_date, v.title, v.body, v.tags, v.mood, "
        "v.starred FROM entry_versions v JOIN entries e ON e.seq = v.entry_seq ORDER BY 1",
        "documents": "SELECT * FROM documents ORDER BY id",
        "zones": "SELECT * FROM zones ORDER BY id",
        "trips": "SELECT * FROM trips ORDER BY id",
        "checklists": "SELECT * FROM checklists ORDER BY id",
        "deadlines": "SELECT * FROM deadlines ORDER BY id",
        "attachments": "SELECT * FROM attachments ORDER BY id",
        "attachment_chunks": "SELECT attachment_id, n, data FROM attachment_chunks ORDER BY 1, 2",
        "settings": "SELECT * FROM settings ORDER BY key",
    }
    return {name: [tuple(r) for r in conn.execute(sql).fetchall()] for name, sql in q.items()}


def digest(vault: Vault) -> str:
    return hashlib.sha256(repr(dump(vault)).encode()).hexdigest()


@pytest.fixture
def other(tmp_path: Path):
    v = Vault.create(tmp_path / "other", PASSPHRASE, kdf=FAST_KDF)
    yield v
    v.close()


# -- JSON round trip ---------------------------------------------------------------------------------------------


def test_json_round_trip_gives_an_identical_vault(vault, other, tmp_path: Path) -> None:
    ids = fill(vault)
    out = tmp_path / "export.json"
    seen: list[tuple[int, int]] = []
    assert export_json(vault, out, progress=lambda d, t: seen.append((d, t))) == 4
    assert seen[-1] == (4, 4)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert (data["format"], data["version"]) == ("journal-export", 1)
    report = import_json(other, out)
    assert report.imported == 4 and report.kept_both == []
    assert dump(other) == dump(vault)
    journal = other.journal()
    assert [h.title for h in journal.history(ids["first"])] == [f"Тбилиси {MARKER}"] * 2
    assert [e.id for e in journal.trash()] == [ids["gone"]]
    assert [h.entry.id for h in journal.search("исправлено")] == [ids["first"]]
    assert other.planner().stay("serbia-x", D("2024-02-01")).days_used == 23
    # importing the same file again changes nothing
    again = import_json(other, out)
    assert (again.imported, again.skipped_identical) == (0, 4)
    assert dump(other) == dump(vault)


def test_json_import_keeps_both_versions_of_a_changed_entry(vault, other, tmp_path: Path) -> None:
    ids = fill(vault)
    out = tmp_path / "export.json"
    export_json(vault, out)
    import_json(other, out)
    other.journal().update(ids["second"], body="изменено здесь")
    report = import_json(other, out)
    assert report.imported == 1 and [old for old, _new in report.kept_both] == [ids["second"]]
    copy = other.journal().get(report.kept_both[0][1])
    assert copy.body == "второй" and other.journal().get(ids["second"]).body == "изменено здесь"


def test_json_export_filters_by_date_and_tag(vault, tmp_path: Path) -> None:
    fill(vault)
    out = tmp_path / "some.json"
    assert export_json(vault, out, date_from=D("2024-03-01"), date_to=D("2024-03-31"), tags=["ПЕРЕЕЗД"]) == 1
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [e["title"] for e in data["entries"]] == [f"Тбилиси {MARKER}"]
    assert {a["owner_kind"] for a in data["attachments"]} == {"entry", "document"}


# -- Markdown and HTML -------------------------------------------------------------------------------------------


def test_markdown_export(vault, tmp_path: Path) -> None:
    ids = fill(vault)
    target = tmp_path / "md"
    assert export_markdown(vault, target) == 3
    names = sorted(p.name for p in target.iterdir() if p.is_file())
    assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}-[0-9a-f]{8}\.md", n) for n in names)
    assert names[0] == f"2024-03-01-{ids['first'][:8]}.md"
    text = (target / names[0]).read_text(encoding="utf-8")
    assert text.startswith(f'---\nid: {ids["first"]}\ndate: 2024-03-01\ntitle: "Тбилиси {MARKER}"\n')
    assert 'tags: ["переезд"]' in text and "starred: true" in text and "<script>" in text  # Markdown stays as written
    folder = target / ids["first"]
    assert sorted(p.name for p in folder.iterdir()) == ["con_______.txt", f"фото {MARKER}.png"]
    assert (folder / f"фото {MARKER}.png").read_bytes() == PNG
    assert not list(target.rglob("*passwd*")) and not (target / ids["gone"]).exists()
    with pytest.raises(InvalidInput):
        export_markdown(vault, target)


def test_html_export_is_escaped_and_self_contained(vault, tmp_path: Path) -> None:
    fill(vault)
    out = tmp_path / "journal.html"
    assert export_html(vault, out) == 3
    page = out.read_text(encoding="utf-8")
    assert MARKER in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<script" not in page and "http" not in page.split("<body>")[0].replace("http-equiv", "")
    assert (
        '<li class="task">\u2611 сделано</li>' in page and "data:image/png;base64," in page and "в корзине" not in page
    )
    assert "big.bin" in page  # too big to embed: named only


def test_markdown_converter_is_safe() -> None:
    rendered = markdown_to_html('[x](javascript:alert(1)) [ok](https://example.org/?a="b") <img src=x onerror=y>')
    assert "javascript:" not in rendered.split("(")[0] and 'href="javascript' not in rendered
    assert 'href="https://example.org/?a=%22b%22"' in rendered and "<img" not in rendered
    assert markdown_to_html("```\n<b>\n```") == "<pre><code>&lt;b&gt;\n</code></pre>\n"


def test_safe_file_names() -> None:
    assert safe_file_name("../../etc/passwd") == "passwd"
    assert safe_file_name("CON") == "file-CON" and safe_file_name("...") == "file"
    assert len(safe_file_name("я" * 300 + ".jpeg").encode()) <= 200


@pytest.mark.parametrize("kind", ["json", "html", "md"])
def test_cancel_and_failure_remove_partial_output(vault, tmp_path: Path, kind: str) -> None:
    fill(vault)
    export = {"json": export_json, "html": export_html, "md": export_markdown}[kind]
    target = tmp_path / f"out.{kind}"
    calls = iter(range(100))
    with pytest.raises(Cancelled):
        export(vault, target, cancelled=lambda: next(calls) >= 2)
    assert not target.exists()

    def boom(done: int, total: int) -> None:
        if done == 2:
            raise OSError(28, "No space left on device")

    with pytest.raises(OSError):
        export(vault, target, progress=boom)
    assert not target.exists() and sorted(p.name for p in tmp_path.iterdir()) == ["vault"]


def test_export_never_overwrites(vault, tmp_path: Path) -> None:
    target = tmp_path / "taken.json"
    target.write_text("mine")
    with pytest.raises(InvalidInput, match="already exists"):
        export_json(vault, target)
    assert target.read_text() == "mine"


# -- jrnl --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "passphrase"),
    [
        ("plain.txt", None),
        ("plain-ampm.txt", None),
        ("encrypted-v3.jrnl", JRNL_PASSPHRASE),
        ("encrypted-v2.jrnl", JRNL_PASSPHRASE),
        ("encrypted-v1.jrnl", JRNL_PASSPHRASE),
    ],
)
def test_jrnl_files_written_by_jrnl_import_as_jrnl_reads_them(vault, name: str, passphrase: str | None) -> None:
    expected = json.loads((JRNL / (name.rsplit(".", 1)[0] + ".expected.json")).read_text(encoding="utf-8"))["entries"]
    report = import_jrnl(vault, JRNL / name, passphrase=passphrase)
    assert report.imported == len(expected)
    journal = vault.journal()
    got = sorted((journal.get(s.id) for s in journal.list_entries()), key=lambda e: (e.entry_date, e.created_at))
    for entry, want in zip(got, expected, strict=True):
        assert entry.entry_date.isoformat() == want["date"]
        assert (entry.title, entry.body, entry.starred) == (want["title"], want["body"], want["starred"])
        assert {t.casefold() for t in entry.tags} == {t[1:] for t in want["tags"]}
        assert not any(t.startswith(("@", "#")) for t in entry.tags)
    assert any(e.starred for e in got)
    if name.startswith("plain.") or name.startswith("encrypted-v3"):
        assert {t.casefold() for t in got[0].tags} == {"переезд", "тбилиси"}


def test_wrong_jrnl_passphrase_changes_nothing(vault) -> None:
    before = digest(vault)
    for name in ("encrypted-v3.jrnl", "encrypted-v2.jrnl", "encrypted-v1.jrnl"):
        with pytest.raises(WrongSourcePassphrase, match="wrong passphrase for the jrnl journal") as caught:
            import_jrnl(vault, JRNL / name, passphrase="не тот")
        assert isinstance(caught.value, WrongPassphrase)  # the CLI's exit 3
    with pytest.raises(InvalidInput, match="passphrase is needed"):
        import_jrnl(vault, JRNL / "encrypted-v3.jrnl")
    assert digest(vault) == before


def test_jrnl_bad_date_names_the_line_and_changes_nothing(vault, tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    text = (JRNL / "plain.txt").read_text(encoding="utf-8").replace("[2024-03-09 23:45]", "[2024-13-45 23:45]")
    bad.write_text(text, encoding="utf-8")
    line = text.split("\n").index("[2024-13-45 23:45] Не могу уснуть!") + 1
    before = digest(vault)
    with pytest.raises(InvalidInput, match=f"^line {line}: the date of an entry could not be read"):
        import_jrnl(vault, bad)
    assert digest(vault) == before
    with pytest.raises(InvalidInput, match="line 2: not a jrnl journal"):
        parse_jrnl_text("\nпросто текст\n")


def test_jrnl_parsing_details() -> None:
    entries = parse_jrnl_text(
        "[2024-01-02 03:04 PM] Один. Два три @Тег #второй, a@b.c\n"
        "[2024-01-03 10:00:00 AM] Заголовок *\nтекст\n[1] сноска\n"
        "[02.03.2024 07:00] Дата по-европейски\n"
    )
    assert [(e.written.isoformat(), e.title, e.body, e.tags, e.starred) for e in entries] == [
        ("2024-01-02T15:04:00", "Один.", "Два три @Тег #второй, a@b.c", ("Тег", "второй"), False),
        ("2024-01-03T10:00:00", "Заголовок", "текст\n[1] сноска", (), True),
        ("2024-03-02T07:00:00", "Дата по-европейски", "", (), False),
    ]


# -- malformed JSON ----------------------------------------------------------------------------------------------


def test_malformed_json_names_the_position_and_changes_nothing(vault, other, tmp_path: Path) -> None:
    fill(vault)
    good = tmp_path / "good.json"
    export_json(vault, good)
    lines = good.read_text(encoding="utf-8").split("\n")
    index = next(i for i, s in enumerate(lines) if s.startswith('{"id"') and '"documents"' not in s)
    lines[index] = lines[index].replace('"title":', '"title"', 1)
    bad = tmp_path / "bad.json"
    bad.write_text("\n".join(lines), encoding="utf-8")
    before = digest(other)
    with pytest.raises(InvalidInput, match=rf"^line {index + 1}, column \d+ \(position \d+\): not valid JSON"):
        import_json(other, bad)
    truncated = tmp_path / "cut.json"
    truncated.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    with pytest.raises(InvalidInput, match=r"^line \d+, column \d+ \(position \d+\)"):
        import_json(other, truncated)
    wrong_type = tmp_path / "type.json"
    wrong_type.write_text(good.read_text(encoding="utf-8").replace('"mood":null', '"mood":"x"', 1), encoding="utf-8")
    with pytest.raises(InvalidInput, match=r"^line \d+, column 1 \(position \d+\): entries item \d+: 'mood'"):
        import_json(other, wrong_type)
    tampered = tmp_path / "tampered.json"
    tampered.write_text(good.read_text(encoding="utf-8").replace('"n":0,"data":"', '"n":0,"data":"AAAA', 1))
    with pytest.raises(InvalidInput, match="checksum"):
        import_json(other, tampered)
    with pytest.raises(InvalidInput, match="not a Journal export"):
        (tmp_path / "x.json").write_text('{"format": "other", "version": 1}')
        import_json(other, tmp_path / "x.json")
    assert digest(other) == before
    assert import_json(other, good).imported == 4


# -- fuzzing -----------------------------------------------------------------------------------------------------

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
_JSON_START = '{"format": "journal-export", "version": 1, "entries": [{"id": "'


@FUZZ
@given(
    data=st.one_of(
        st.binary(max_size=300),
        st.text(max_size=300).map(str.encode),
        st.text(max_size=200).map(lambda s: (_JSON_START + s).encode()),
        st.text(max_size=200).map(lambda s: ("[2024-01-01 10:00] " + s).encode()),
        st.binary(max_size=200).map(lambda b: b"JRNLv3" + b),
    )
)
def test_fuzz_importers_give_only_clean_errors(vault, tmp_path: Path, data: bytes) -> None:
    vault.journal()  # the vault is shared by the examples
    path = tmp_path / "fuzz.in"
    path.write_bytes(data)
    before = digest(vault)
    for run in (
        lambda: import_json(vault, path),
        lambda: import_jrnl(vault, path),
        lambda: import_jrnl(vault, path, passphrase="x"),
    ):
        try:
            report = run()
        except (InvalidInput, WrongSourcePassphrase):
            assert digest(vault) == before
        else:
            assert report.imported + report.skipped_identical >= 1  # a valid jrnl entry was generated (or seen before)
            before = digest(vault)


def test_json_export_and_import_stream_attachments(vault, other, tmp_path: Path) -> None:
    import tracemalloc

    size = 12 * 1024 * 1024
    item = vault.attachments().add(
        "entry", vault.journal().add(body="скан").id, "scan.bin", io.BytesIO(os.urandom(size))
    )
    out = tmp_path / "big.json"
    tracemalloc.start()
    try:
        export_json(vault, out)
        _, export_peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        seen: list[tuple[int, int]] = []
        import_json(other, out, progress=lambda d, t: seen.append((d, t)))
        _, import_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert export_peak < 3 * 2**20 and import_peak < 4 * 2**20  # a few chunks, never the file (12 MiB)
    assert seen[-1] == (out.stat().st_size, out.stat().st_size)
    assert b"".join(other.attachments().chunks(item.id)) == b"".join(vault.attachments().chunks(item.id))


def test_importing_the_same_jrnl_journal_twice_adds_nothing_the_second_time(vault) -> None:
    from journal_app.core.importers import import_jrnl

    plain = Path(__file__).parent / "fixtures" / "jrnl" / "plain.txt"
    first = import_jrnl(vault, plain)
    second = import_jrnl(vault, plain)
    assert first.imported > 0
    assert (second.imported, second.skipped_identical) == (0, first.imported)


def test_json_export_memory_does_not_grow_with_the_number_of_entries(vault, tmp_path: Path) -> None:
    """The export streams: what it keeps while writing is bounded by the tags and attachments, not the entries (it
    kept every entry's id, about 130 MiB at a million entries). Measured with tracemalloc at two sizes."""
    import tracemalloc

    journal = vault.journal()

    def peak_after(count: int, name: str) -> int:
        while len(journal.list_entries()) < count:
            journal.add(title="t", body="b", tags=["x"])
        tracemalloc.start()
        try:
            export_json(vault, tmp_path / name, tags=["x"])
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()

    small = peak_after(300, "a.json")
    large = peak_after(1500, "b.json")
    # 1,200 more entries: under 80 bytes each (keeping every id took about 190)
    assert large - small < 1200 * 80, (small, large)
