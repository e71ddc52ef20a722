"""Checklist templates (every language complete) and the calendar export."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest

from journal_app.core.errors import InvalidInput
from journal_app.core.ics import deadlines_to_ics
from journal_app.core.templates import LANGUAGES, find_template, load_templates, parse_template

D = date.fromisoformat


def test_shipped_templates_are_complete_in_every_language() -> None:
    templates = load_templates()
    assert {t.id for t in templates} == {"arriving", "leaving", "registering", "moving_on"}
    for template in templates:
        assert template.written
        for field in (template.title, template.anchor, template.note):
            assert all(field[lang].strip() for lang in LANGUAGES)
        for item in template.items:
            assert all(item.title[lang].strip() for lang in LANGUAGES), (template.id, item.title)
            assert set(item.notes) == set(LANGUAGES)


def test_apply_template_creates_editable_deadlines(vault) -> None:
    planner = vault.planner()
    template = find_template("arriving")
    created = planner.apply_template(template, D("2025-03-10"), "ru")
    assert len(created) == len(template.items)
    first = created[0]
    assert first.title == "Зарегистрироваться по месту пребывания" and first.due == D("2025-03-11")
    assert "Сербия" in first.notes and first.checklist_id
    assert planner.checklists() == [(first.checklist_id, "Приезд в новую страну")]
    planner.set_done(first.id)
    assert planner.deadline(first.id).done


def test_malformed_template_is_a_clear_error() -> None:
    with pytest.raises(InvalidInput, match="item 1"):
        parse_template({"id": "x", "title": dict.fromkeys(LANGUAGES, "t"), "anchor": dict.fromkeys(LANGUAGES, "a"),
                        "note": dict.fromkeys(LANGUAGES, "n"), "items": [{"title": {}}]})  # fmt: skip
    with pytest.raises(InvalidInput):
        parse_template([1, 2, 3])


def test_ics_export(vault) -> None:
    planner = vault.planner()
    planner.add_deadline(title="Подать документы; взять копии, фото", due=D("2025-04-01"), remind_days=3,
                         notes="строка 1\nстрока 2 " + "длинный текст " * 10)  # fmt: skip
    planner.add_deadline(title="Yearly report", due=D("2025-06-01"), repeat="yearly")
    done = planner.add_deadline(title="Done", due=D("2025-01-01"))
    planner.set_done(done.id)
    text = deadlines_to_ics(planner.deadlines(include_done=True), now=datetime(2025, 1, 1, tzinfo=UTC))
    assert text.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n") and text.endswith("END:VCALENDAR\r\n")
    assert text.count("BEGIN:VEVENT") == 2
    assert "SUMMARY:Подать документы\\; взять копии\\, фото" in text
    assert "DTSTART;VALUE=DATE:20250401" in text and "TRIGGER:-P3D" in text and "RRULE:FREQ=YEARLY" in text
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    unfolded = text.replace("\r\n ", "")
    assert "строка 1\\nстрока 2" in unfolded


def test_cli_checklist_and_ics(tmp_path, capsys, monkeypatch) -> None:
    from journal_app import cli
    from tests.conftest import FAST_KDF, PASSPHRASE

    pw = tmp_path / "pw"
    pw.write_text(PASSPHRASE + "\n")
    base = ["--vault", str(tmp_path / "v"), "--passphrase-file", str(pw)]
    assert cli.main([*base, "init"], kdf=FAST_KDF) == 0
    assert cli.main(["checklist", "templates", "--json"], kdf=FAST_KDF) == 0
    listed = json.loads(capsys.readouterr().out)
    assert {t["id"] for t in listed} == {"arriving", "leaving", "registering", "moving_on"}
    assert (
        cli.main([*base, "checklist", "apply", "leaving", "--anchor", "2025-05-01", "--lang", "uk"], kdf=FAST_KDF) == 0
    )
    ids = capsys.readouterr().out.split()
    assert len(ids) == 6
    out = tmp_path / "deadlines.ics"
    assert cli.main([*base, "deadline", "ics", str(out)], kdf=FAST_KDF) == 0
    assert "not encrypted" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8").count("BEGIN:VEVENT") == 6
    assert cli.main([*base, "deadline", "ics", str(out)], kdf=FAST_KDF) == 2  # never overwrites
    assert cli.main([*base, "checklist", "apply", "nope", "--anchor", "2025-05-01"], kdf=FAST_KDF) == 5
