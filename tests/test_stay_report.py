"""`stay ZONE --json` (issue 15): each rule's own numbers, the binding rule and the reason for the latest exit, in the
shape the core builds (Planner's stay_report), through the command line."""

from __future__ import annotations

import io
import json
import sys
from datetime import date
from pathlib import Path

from journal_app import cli
from journal_app.core.stays import PassportValidity, Visa
from journal_app.core.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

D = date.fromisoformat
DOCUMENTED = ("zone", "on", "limit", "window", "days_used", "days_remaining", "max_stay_days", "latest_exit",
              "earliest_entry", "violations")  # fmt: skip


def _stay_json(vault_dir: Path, tmp_path: Path, capsys, monkeypatch, *args: str) -> dict:
    pw = tmp_path / "pw"
    pw.write_text(PASSPHRASE + "\n", encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    code = cli.main(["--vault", str(vault_dir), "--passphrase-file", str(pw), "stay", *args, "--json"], kdf=FAST_KDF)
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


def test_georgia_border_run_through_the_command_line(tmp_path: Path, capsys, monkeypatch) -> None:
    folder = tmp_path / "vault"
    with Vault.create(folder, PASSPHRASE, kdf=FAST_KDF) as vault:
        planner = vault.planner()
        planner.add_trip(zone="georgia", entry=D("2025-03-01"), exit=D("2026-02-28"))
        planner.add_trip(zone="georgia", entry=D("2026-02-28"))
    data = _stay_json(folder, tmp_path, capsys, monkeypatch, "georgia", "--on", "2026-06-01")
    assert set(DOCUMENTED) <= set(data)
    assert (data["days_used"], data["latest_exit"], data["violations"]) == (94, "2027-02-27", [])
    assert data["exit_reason"] == "rule" and data["binding_rule"] == 0
    expected = {"kind": "per_entry", "limit": 365, "days_used": 94, "days_remaining": 271, "days_allowed": 365,
                "max_stay_days": 272, "latest_exit": "2027-02-27"}  # fmt: skip
    assert data["rules"][0] == expected


def test_each_rule_and_the_visa_and_passport_reasons(tmp_path: Path, capsys, monkeypatch) -> None:
    folder = tmp_path / "vault"
    with Vault.create(folder, PASSPHRASE, kdf=FAST_KDF) as vault:
        planner = vault.planner()
        zone = planner.zone("turkey")
        planner.save_zone("turkey", title=zone.title, rules=zone.rules, note=zone.note,
                          visas=[Visa(D("2026-01-01"), D("2026-03-20"), entries=1, days=60)])  # fmt: skip
        planner.add_trip(zone="turkey", entry=D("2026-03-01"))
    data = _stay_json(folder, tmp_path, capsys, monkeypatch, "turkey", "--on", "2026-03-10")
    assert [(r["kind"], r["max_stay_days"]) for r in data["rules"]] == [("rolling", 81), ("per_entry", 51)]
    assert data["binding_rule"] is None and data["exit_reason"] == "visa" and data["latest_exit"] == "2026-03-20"
    assert data["rules_max_stay_days"] == 51
    assert data["visa"] == {"kind": "visa", "from": "2026-01-01", "until": "2026-03-20", "entries": 1, "days": 60,
                            "entries_used": 1, "days_used": 20}  # fmt: skip
    with Vault.open(folder, PASSPHRASE, kdf=FAST_KDF) as vault:
        planner = vault.planner()
        planner.add_document(kind="international_passport", title="P", expires=D("2026-06-12"))
        zone = planner.zone("turkey")
        planner.save_zone("turkey", title=zone.title, rules=zone.rules, note=zone.note, visas=[],
                          passport=PassportValidity(3))  # fmt: skip
    data = _stay_json(folder, tmp_path, capsys, monkeypatch, "turkey", "--on", "2026-03-10")
    assert (data["exit_reason"], data["latest_exit"], data["passport_last_exit"]) == ("passport", "2026-03-12",
                                                                                      "2026-03-12")  # fmt: skip
