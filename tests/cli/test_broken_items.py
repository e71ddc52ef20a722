"""A stored odd value never stops the journal from opening: each broken planner item is named and can be deleted.

The rows are written with SQL straight into a test vault, as an earlier version, a hand edit or an old JSON import
could have left them (lead 1,000,000 days, an expiry of 0001-01-01 with a lead, a reminder of 1,000,000 days, a
due date that is no date, rules out of range, a trip whose entry day is unreadable).
"""

from __future__ import annotations

import io
import json
import sys
import uuid
from datetime import date
from pathlib import Path

import pytest

from journal_app import cli
from journal_app.core.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

NOW = "2026-01-01T00:00:00.000000Z"
TODAY = date(2026, 12, 1)


def _insert_broken_items(vault: Vault) -> dict[str, str]:
    ids = {name: str(uuid.uuid4()) for name in ("lead", "old", "remind", "garbage", "zone", "trip")}
    conn = vault.connection
    conn.execute("BEGIN")
    conn.execute(
        "INSERT INTO documents (id, kind, title, expires, lead_days, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (ids["lead"], "visa", "Виза с огромным сроком", "2027-01-01", 1_000_000, NOW, NOW),
    )
    conn.execute(
        "INSERT INTO documents (id, kind, title, expires, lead_days, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (ids["old"], "international_passport", "Очень старый паспорт", "0001-01-01", 180, NOW, NOW),
    )
    conn.execute(
        "INSERT INTO deadlines (id, title, due_date, remind_days, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
        (ids["remind"], "Напоминание навсегда", "2026-12-10", 1_000_000, NOW, NOW),
    )
    conn.execute(
        "INSERT INTO deadlines (id, title, due_date, repeat, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
        (ids["garbage"], "Не дата", "31.12.2026", "every:99999999999", NOW, NOW),
    )
    conn.execute(
        "INSERT INTO zones (id, name, title, rules) VALUES (?, ?, ?, ?)",
        (ids["zone"], "atlantis", "Атлантида", json.dumps([{"kind": "rolling", "limit": 10**12, "window": 5}])),
    )
    schengen = conn.execute("SELECT id FROM zones WHERE name = 'schengen'").fetchone()[0]
    conn.execute(
        "INSERT INTO trips (id, zone_id, entry_date, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
        (ids["trip"], schengen, "yesterday", NOW, NOW),
    )
    conn.execute("COMMIT")
    planner = vault.planner()
    planner.add_deadline(title="Обычный срок", due=date(2026, 12, 5), remind_days=3)  # a healthy item beside them
    return ids


@pytest.fixture
def broken_vault(vault_dir: Path) -> tuple[Path, dict[str, str]]:
    with Vault.create(vault_dir, PASSPHRASE, kdf=FAST_KDF) as vault:
        ids = _insert_broken_items(vault)
    return vault_dir, ids


def test_the_core_names_each_broken_item_and_every_read_works(broken_vault) -> None:
    folder, ids = broken_vault
    with Vault.open(folder, PASSPHRASE, kdf=FAST_KDF) as vault:
        planner = vault.planner()
        problems = {(p.kind, p.id): p.field for p in planner.problems()}
        assert problems == {
            ("document", ids["lead"]): "lead_days",
            ("document", ids["old"]): "expires",
            ("deadline", ids["remind"]): "remind_days",
            ("deadline", ids["garbage"]): "due",
            ("zone", ids["zone"]): "rules",
            ("trip", ids["trip"]): "entry",
        }
        titles = [i.title for i in planner.horizon(TODAY, 90)]
        # the unreadable ones are left out; the healthy ones stay (the reminder's lead is not needed here)
        assert titles == ["Обычный срок", "Напоминание навсегда"]
        assert len(planner.documents()) == 2 and all(d.renew_by is None or d.renew_by.year > 1900 for d in
                                                     planner.documents())  # fmt: skip
        assert planner.stay("schengen", TODAY).days_used == 0
        planner.delete_document(ids["lead"])
        planner.delete_deadline(ids["garbage"])
        assert {p.id for p in planner.problems()} == {ids["old"], ids["remind"], ids["zone"], ids["trip"]}


def _cli(folder: Path, *args: str) -> int:
    pw = folder.parent / "pw"
    pw.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return cli.main(["--vault", str(folder), "--passphrase-file", str(pw), *args], kdf=FAST_KDF)


def test_the_cli_reads_around_them_and_deletes_them(broken_vault, capsys, monkeypatch) -> None:
    folder, ids = broken_vault
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert _cli(folder, "horizon", "--on", TODAY.isoformat(), "--json") == 0
    out, err = capsys.readouterr()
    horizon = json.loads(out)
    assert [i["title"] for i in horizon["items"]] == ["Обычный срок", "Напоминание навсегда"]
    assert {p["id"] for p in horizon["problems"]} == set(ids.values())
    assert f"journal-app doc delete {ids['lead']}" in err and "unexpected" not in err
    for args in (("doc", "list", "--json"), ("deadline", "list", "--json"), ("stay", "schengen", "--json"),
                 ("zone", "list", "--json"), ("trip", "list", "--json"), ("export", "--format", "json",
                 str(folder.parent / "all.json"))):  # fmt: skip
        assert _cli(folder, *args) == 0, args
    docs = {d["id"]: d for d in json.loads(capsys.readouterr().out.split("\n]\n")[0] + "\n]")}
    assert docs[ids["lead"]]["problem"] == "lead_days" and docs[ids["old"]]["expires"] is None
    assert _cli(folder, "stay", "atlantis") == 2
    assert "cannot be read" in capsys.readouterr().err
    assert _cli(folder, "doc", "delete", ids["lead"]) == 0
    assert _cli(folder, "doc", "delete", ids["old"][:8]) == 0
    assert _cli(folder, "deadline", "delete", ids["remind"]) == 0
    assert _cli(folder, "deadline", "delete", ids["garbage"]) == 0
    assert _cli(folder, "doc", "delete", ids["lead"]) == 5
    assert _cli(folder, "deadline", "delete", str(uuid.uuid4())) == 5
    assert _cli(folder, "zone", "delete", "atlantis") == 0
    capsys.readouterr()
    assert _cli(folder, "horizon", "--on", TODAY.isoformat(), "--json") == 0
    assert [p["kind"] for p in json.loads(capsys.readouterr().out)["problems"]] == ["trip"]


def test_the_app_opens_the_journal_and_shows_the_broken_item(qtbot, broken_vault) -> None:
    from PySide6.QtCore import Qt

    from journal_app.ui.main_window import default_workspace_factory
    from journal_app.ui.settings_store import SettingsStore
    from tests.ui._shell_support import make_window

    folder, ids = broken_vault
    SettingsStore().set_vault_dir(folder)
    window = make_window(qtbot, workspace_factory=default_workspace_factory)
    window.unlock_page.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(window.vault_unlocked, timeout=10000):
        qtbot.mouseClick(window.unlock_page.unlock_button, Qt.MouseButton.LeftButton)
    workspace = window.workspace
    assert window.stack.currentWidget() is not window.unlock_page
    assert workspace.summary.isVisible()
    text = workspace.summary.label.text()
    assert "6" in text and "Documents" in text
    assert "Виза" not in text  # no titles in the notice
    workspace.summary.action_button.click()
    planner = workspace.planner
    assert planner.tabs.currentWidget() is planner.documents
    assert planner.documents.current_id() in (ids["lead"], ids["old"])
    assert set(planner.documents.titles()) >= {"Виза с огромным сроком", "Очень старый паспорт"}
    assert planner.deadlines.row_for(ids["remind"]) is not None  # listed, so it can be opened and deleted
    workspace.notifier._today = lambda: date(2026, 12, 3)
    # the healthy deadline still reminds; the reminder of 1,000,000 days reads as none
    assert [d.title for d in workspace.notifier.due_now()] == ["Обычный срок"]
    window.grab().save("/tmp/i10-broken.png")


@pytest.mark.parametrize(
    ("section", "key", "value"),
    [
        ("documents", "lead_days", 1_000_000),
        ("documents", "expires", "0001-01-01"),
        ("deadlines", "remind_days", 10**20),
        ("deadlines", "due_date", "9999-12-31"),
        ("deadlines", "repeat", "every:99999999999"),
        ("zones", "register_within", 10**9),
        ("entries", "entry_date", "1812-09-07"),
    ],
)
def test_a_json_import_with_values_out_of_range_is_refused_and_stores_nothing(
    tmp_path: Path, section: str, key: str, value: object
) -> None:
    from journal_app.core.errors import InvalidInput
    from journal_app.core.export import export_json
    from journal_app.core.importers import import_json

    source = Vault.create(tmp_path / "source", PASSPHRASE, kdf=FAST_KDF)
    planner = source.planner()
    doc = planner.add_document(kind="visa", title="Виза", expires=date(2027, 1, 1))
    planner.add_deadline(title="Срок", due=date(2027, 1, 1), repeat="every:30", document_id=doc.id)
    planner.save_zone("montenegro", title="Черногория", rules=planner.zone("schengen").rules, register_within=1)
    source.journal().add(title="Запись", body="текст", entry_date=date(2026, 1, 1))
    export_json(source, tmp_path / "all.json")
    source.close()
    data = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))
    rows = [r for r in data[section] if key in r and (section != "zones" or r["name"] == "montenegro")]
    rows[0][key] = value
    (tmp_path / "odd.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with Vault.create(tmp_path / "target", PASSPHRASE, kdf=FAST_KDF) as target:
        with pytest.raises(InvalidInput, match=f"'{key}' is out of range"):
            import_json(target, tmp_path / "odd.json")
        assert target.journal().list_entries() == [] and target.planner().documents() == []
        assert import_json(target, tmp_path / "all.json").imported == 1  # the file as exported comes in whole
