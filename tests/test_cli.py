"""The CLI contract: commands, JSON shapes, exit codes, and plain one-line errors."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from journal_app import __version__, cli
from journal_app.core.vault import Vault
from tests.conftest import FAST_KDF, MARKER, PASSPHRASE, files_containing, snapshot


@pytest.fixture
def pwfile(tmp_path: Path) -> Path:
    path = tmp_path / "pw.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path


class Cli:
    def __init__(self, vault: Path, pwfile: Path, capsys, monkeypatch) -> None:
        self.vault, self.pwfile, self.capsys, self.monkeypatch = vault, pwfile, capsys, monkeypatch

    def __call__(self, *args: str, stdin: str = "", pw: Path | None = None) -> tuple[int, str, str]:
        self.monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        argv = ["--vault", str(self.vault), "--passphrase-file", str(pw or self.pwfile), *args]
        code = cli.main(argv, kdf=FAST_KDF)
        out, err = self.capsys.readouterr()
        return code, out, err

    def json(self, *args: str) -> object:
        code, out, err = self(*args, "--json")
        assert code == 0, err
        return json.loads(out)


@pytest.fixture
def run(vault_dir: Path, pwfile: Path, capsys, monkeypatch) -> Cli:
    return Cli(vault_dir, pwfile, capsys, monkeypatch)


@pytest.fixture
def initialised(run: Cli) -> Cli:
    code, _, _ = run("init")
    assert code == 0
    return run


def test_init_creates_a_vault(run: Cli, vault_dir: Path) -> None:
    code, _out, err = run("init")
    assert code == 0 and "Created" in err
    assert sorted(p.name for p in vault_dir.iterdir()) == ["data.0", "data.1"]
    code, _, err = run("init")
    assert code == 1 and "already exists" in err


def test_add_list_show_roundtrip(initialised: Cli) -> None:
    run = initialised
    body = "Пишу из Тбилиси 🇬🇪.\nשלום\nВторая строка"
    code, out, _ = run(
        "add", "--date", "2024-03-08", "--title", "Первый день", "--tag", "Грузия", "--tag", "#переезд", stdin=body
    )
    assert code == 0
    entry_id = out.strip()
    assert len(entry_id) == 36
    listed = run.json("list")
    assert listed == [
        {**listed[0], "id": entry_id, "date": "2024-03-08", "title": "Первый день", "tags": ["Грузия", "переезд"]}
    ]
    shown = run.json("show", entry_id)
    assert shown["body"] == body and shown["id"] == entry_id and shown["date"] == "2024-03-08"
    assert shown["tags"] == ["Грузия", "переезд"]
    assert run.json("show", entry_id[:8])["id"] == entry_id
    code, out, _ = run("show", entry_id)
    assert code == 0 and "Пишу из Тбилиси" in out
    code, out, _ = run("list")
    assert code == 0 and "2024-03-08" in out and "Первый день" in out


def test_list_filters(initialised: Cli) -> None:
    run = initialised
    run("add", "--date", "2023-01-01", "--tag", "a", stdin="one")
    run("add", "--date", "2024-01-01", stdin="two")
    assert [e["date"] for e in run.json("list")] == ["2024-01-01", "2023-01-01"]
    assert [e["date"] for e in run.json("list", "--from", "2023-06-01")] == ["2024-01-01"]
    assert [e["date"] for e in run.json("list", "--to", "2023-06-01")] == ["2023-01-01"]
    assert [e["date"] for e in run.json("list", "--tag", "A")] == ["2023-01-01"]


def test_search_json_has_snippets(initialised: Cli) -> None:
    run = initialised
    run("add", "--title", "Виза", stdin="Продлить визу до конца месяца.")
    run("add", stdin="Ничего важного.")
    hits = run.json("search", "визы")
    assert len(hits) == 1
    assert {"id", "date", "title", "tags", "snippet"} <= set(hits[0])
    assert "**визу**" in hits[0]["snippet"]
    assert run.json("search", '"unclosed') == []


def test_passwd(initialised: Cli, tmp_path: Path) -> None:
    run = initialised
    run("add", stdin="текст")
    new = tmp_path / "new.txt"
    new.write_text("новая фраза\n", encoding="utf-8")
    code, _, err = run("passwd", "--new-passphrase-file", str(new))
    assert code == 0, err
    code, _, err = run("list")
    assert code == 3 and "wrong passphrase" in err
    code, out, _ = run("list", "--json", pw=new)
    assert code == 0 and len(json.loads(out)) == 1


def test_wrong_passphrase_exit_3_and_nothing_changes(initialised: Cli, tmp_path: Path, vault_dir: Path) -> None:
    run = initialised
    run("add", stdin="x")
    bad = tmp_path / "bad.txt"
    bad.write_text("nope\n")
    before = snapshot(vault_dir)
    for args in (("list",), ("add",), ("search", "x"), ("passwd", "--new-passphrase-file", str(bad))):
        code, out, err = run(*args, pw=bad)
        assert code == 3 and out == "" and err.startswith("journal-app: wrong passphrase")
    assert snapshot(vault_dir) == before


def test_damaged_vault_exit_4(initialised: Cli, vault_dir: Path) -> None:
    run = initialised
    for i in range(100):
        run("add", "--title", f"t{i}", stdin="много слов " * 100)
    with Vault.open(vault_dir, PASSPHRASE, kdf=FAST_KDF) as vault:
        path = vault_dir / f"data.{vault._slot}"
    data = bytearray(path.read_bytes())
    from journal_app.core.kdf import derive_key
    from journal_app.core.vault import read_salt
    from tests.security import sqlcipher_pages as sp

    key = derive_key(PASSPHRASE, read_salt(vault_dir), FAST_KDF)
    pages = sp.database_pages(path, key)
    # a page of the entries' rows (title and body), not of the padding or of an index that holds the title
    # (an index leaf may also hold stale bytes of a body)
    page = sorted(
        set(sp.pages_containing(pages, "t50"))
        & set(sp.pages_containing(pages, "много слов"))
        & sp.table_row_pages(pages)
    )[0]
    data[(page - 1) * 4096 + 2000] ^= 0x55
    path.write_bytes(bytes(data))
    code, _out, err = run("list", "--json")
    assert code == 4 and "damaged" in err and "Traceback" not in err


def test_no_such_entry_exit_5(initialised: Cli) -> None:
    code, _, err = initialised("show", "12345678")
    assert code == 5 and "no entry" in err


@pytest.mark.parametrize(
    ("args", "code", "words"),
    [
        (("list", "--from", "2024-02-30"), 2, "not a date"),
        (("add", "--date", "yesterday"), 2, "not a date"),
        (("frobnicate",), 2, "invalid choice"),
        (("search",), 2, "required"),
    ],
)
def test_usage_errors(initialised: Cli, args, code: int, words: str) -> None:
    with pytest.raises(SystemExit) as exit_info:
        initialised(*args)
    assert exit_info.value.code == code
    assert words in initialised.capsys.readouterr().err


def test_missing_and_non_vault_folders_exit_4(run: Cli, tmp_path: Path) -> None:
    code, _, err = run("list")
    assert code == 4 and "no vault" in err and "journal-app init" in err
    other = tmp_path / "other"
    other.mkdir()
    run.vault = other
    code, _, err = run("list")
    assert code == 4 and "not a vault" in err


def test_passphrase_file_problems(initialised: Cli, tmp_path: Path) -> None:
    code, _, err = initialised("list", pw=tmp_path / "missing.txt")
    assert code == 2 and "does not exist" in err
    empty = tmp_path / "empty.txt"
    empty.write_text("\n")
    code, _, err = initialised("list", pw=empty)
    assert code == 2 and "empty" in err


def test_passphrase_file_first_line_only(run: Cli, tmp_path: Path) -> None:
    pw = tmp_path / "multi.txt"
    pw.write_text("first line\r\nsecond\n")
    assert run("init", pw=pw)[0] == 0
    one = tmp_path / "one.txt"
    one.write_text("first line")
    assert run("list", pw=one)[0] == 0


def test_no_marker_on_disk_after_cli_session(initialised: Cli, vault_dir: Path, tmp_path: Path) -> None:
    run = initialised
    entry_id = run("add", "--title", MARKER, "--tag", MARKER, stdin=f"{MARKER} body")[1].strip()
    run("search", MARKER)
    run("show", entry_id)
    assert files_containing(vault_dir, MARKER) == []


# -- as a separate process: what a person sees ----------------------------------------------------------------------


def _journal_app(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "journal_app", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_version() -> None:
    result = _journal_app("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"journal-app {__version__}"


def test_errors_are_one_line_without_traceback(tmp_path: Path) -> None:
    result = _journal_app("--vault", str(tmp_path / "none"), "--passphrase-file", str(tmp_path / "pw"), "list")
    assert result.returncode == 4
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    result = _journal_app("--vault", str(tmp_path), "--passphrase-file", str(tmp_path / "missing"), "init")
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_no_terminal_and_no_passphrase_file(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "journal_app", "--vault", str(tmp_path / "v"), "init"],
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
        start_new_session=True,
    )
    assert result.returncode == 2 and "--passphrase-file" in result.stderr
    assert not (tmp_path / "v").exists()


@pytest.mark.slow
def test_real_process_real_kdf_wrong_passphrase(tmp_path: Path) -> None:
    vault_dir = tmp_path / "vault"
    pw = tmp_path / "pw"
    pw.write_text("правильная фраза\n", encoding="utf-8")
    assert _journal_app("--vault", str(vault_dir), "--passphrase-file", str(pw), "init").returncode == 0
    added = _journal_app("--vault", str(vault_dir), "--passphrase-file", str(pw), "add", stdin="привет")
    assert added.returncode == 0
    before = snapshot(vault_dir)
    bad = tmp_path / "bad"
    bad.write_text("неправильная\n", encoding="utf-8")
    result = _journal_app("--vault", str(vault_dir), "--passphrase-file", str(bad), "list")
    assert result.returncode == 3 and "Traceback" not in result.stderr
    assert snapshot(vault_dir) == before


# -- documents, deadlines, trips, stays, horizon -------------------------------------------------------------------


def test_stay_json_contract(initialised: Cli) -> None:
    run = initialised
    for args in (("--entry", "2024-11-10", "--exit", "2024-12-24"), ("--entry", "2025-02-01")):
        code, out, err = run("trip", "add", "--zone", "schengen", *args)
        assert code == 0 and len(out.strip()) == 36, err
    data = run.json("stay", "schengen", "--on", "2025-03-17", "--for", "10")
    assert {k: data[k] for k in ("zone", "on", "limit", "window", "days_used", "days_remaining", "max_stay_days",
                                 "latest_exit", "earliest_entry", "violations")} == {
        "zone": "schengen", "on": "2025-03-17", "limit": 90, "window": 180, "days_used": 90, "days_remaining": 0,
        "max_stay_days": 1, "latest_exit": "2025-03-17", "earliest_entry": "2025-03-17", "violations": [],
    }  # fmt: skip
    assert data["earliest_entry_for"] == "2025-05-09"
    assert "earliest_entry_for" not in run.json("stay", "schengen", "--on", "2025-03-17")


def test_stay_reports_violations_and_unknown_zone(initialised: Cli) -> None:
    run = initialised
    run("trip", "add", "--zone", "schengen", "--entry", "2024-01-01", "--exit", "2024-04-30")
    data = run.json("stay", "schengen", "--on", "2024-05-10")
    assert data["violations"] == [["2024-03-31", "2024-04-30", 121]]
    assert data["latest_exit"] is None and data["max_stay_days"] == 0
    code, _, err = run("stay", "narnia", "--json")
    assert code == 5 and "no zone" in err
    code, _, err = run("trip", "add", "--zone", "schengen", "--entry", "2025-02-02", "--exit", "2025-02-01")
    assert code == 2 and "before the entry" in err


def test_docs_deadlines_horizon(initialised: Cli) -> None:
    run = initialised
    code, out, _ = run("doc", "add", "--kind", "international_passport", "--title", "Загранпаспорт",
                       "--number", "75 1234567", "--expires", "2025-08-01")  # fmt: skip
    doc_id = out.strip()
    assert code == 0
    docs = run.json("doc", "list")
    assert docs[0]["id"] == doc_id and docs[0]["renew_by"] == "2025-02-02" and docs[0]["number"] == "75 1234567"
    deadline_id = run("deadline", "add", "--title", "Подать на ВНЖ", "--due", "2025-04-01")[1].strip()
    run("deadline", "add", "--title", "Отчёт", "--due", "2025-06-01", "--repeat", "yearly")
    horizon = run.json("horizon", "--on", "2025-03-17", "--days", "30")
    assert {"from", "to", "items"} <= set(horizon) and horizon["to"] == "2025-04-16"
    assert [(i["date"], i["kind"], i["title"], i["overdue"]) for i in horizon["items"]] == [
        ("2025-02-02", "document", "Загранпаспорт", True),
        ("2025-04-01", "deadline", "Подать на ВНЖ", False),
    ]
    assert run("deadline", "done", deadline_id[:8])[0] == 0
    assert [d["title"] for d in run.json("deadline", "list")] == ["Отчёт"]
    assert len(run.json("deadline", "list", "--all")) == 2
    assert run("deadline", "done", "ffffffff")[0] == 5


def test_planner_usage_errors(initialised: Cli) -> None:
    for args in (("doc", "add", "--kind", "spaceship", "--title", "x", "--expires", "2025-01-01"),
                 ("deadline", "add", "--title", "x", "--due", "someday"),
                 ("stay",), ("doc",)):  # fmt: skip
        with pytest.raises(SystemExit) as exit_info:
            initialised(*args)
        assert exit_info.value.code == 2
    code, _, err = initialised("deadline", "add", "--title", "x", "--due", "2025-01-01", "--repeat", "weekly")
    assert code == 2 and "repeat" in err


# -- backups -------------------------------------------------------------------------------------------------------


def test_backup_verify_restore_and_merge(initialised: Cli, tmp_path: Path, vault_dir: Path) -> None:
    run = initialised
    entry_id = run("add", "--title", "До бэкапа", stdin="текст")[1].strip()
    out = tmp_path / "journal.backup"
    code, _, err = run("backup", str(out))
    assert code == 0 and out.exists(), err
    assert run("verify", str(out))[0] == 0
    run.vault = tmp_path / "restored"
    assert run("restore", str(out))[0] == 0
    assert run.json("show", entry_id)["title"] == "До бэкапа"
    run("add", "--title", "Только в копии", stdin="x")
    second = tmp_path / "second.backup"
    assert run("backup", str(second))[0] == 0
    run.vault = vault_dir
    code, _, err = run("restore", "--merge", str(second))
    assert code == 0 and "1 entries added" in err
    assert {e["title"] for e in run.json("list")} == {"До бэкапа", "Только в копии"}


def test_backup_errors_exit_codes(initialised: Cli, tmp_path: Path) -> None:
    run = initialised
    run("add", stdin="x")
    out = tmp_path / "b.backup"
    other = tmp_path / "other-pw"
    other.write_text("отдельная фраза\n")
    assert run("backup", str(out), "--backup-passphrase-file", str(other))[0] == 0
    code, _, err = run("verify", str(out))
    assert code == 3 and "wrong passphrase" in err
    assert run("verify", str(out), pw=other)[0] == 0
    data = bytearray(out.read_bytes())
    data[len(data) // 2] ^= 1
    out.write_bytes(bytes(data))
    code, _, err = run("verify", str(out), pw=other)
    assert code == 4 and "damaged" in err
    run.vault = tmp_path / "new"
    assert run("restore", str(out), pw=other)[0] == 4
    assert not (tmp_path / "new").exists()
    code, _, err = run("verify", str(tmp_path / "missing.backup"))
    assert code == 2 and "no file" in err


def test_decoy_set_and_remove(initialised: Cli, tmp_path: Path) -> None:
    run = initialised
    run("add", "--title", "Настоящее", stdin="x")
    decoy = tmp_path / "decoy-pw"
    decoy.write_text("для проверяющих\n", encoding="utf-8")
    assert run("decoy", "set", "--decoy-passphrase-file", str(decoy))[0] == 0
    code, out, _ = run("list", "--json", pw=decoy)
    assert code == 0 and json.loads(out) == []
    assert [e["title"] for e in run.json("list")] == ["Настоящее"]
    assert run("decoy", "remove")[0] == 0
    assert run("list", pw=decoy)[0] == 3


# -- export and import ---------------------------------------------------------------------------------------------

FIXTURES_JRNL = Path(__file__).parent / "fixtures" / "jrnl"


def test_export_formats_warn_and_never_overwrite(initialised: Cli, tmp_path: Path) -> None:
    run = initialised
    run("add", "--date", "2024-03-08", "--title", "Граница", "--tag", "дело", stdin="**Важно**: <script>x</script>")
    run("add", "--date", "2024-05-01", "--title", "Другое", stdin="не для дела")
    for fmt, name in (("md", "out-md"), ("html", "out.html"), ("json", "out.json"), ("pdf", "out.pdf")):
        code, _, err = run("export", "--format", fmt, str(tmp_path / name), "--tag", "дело")
        assert code == 0, err
        assert "not be encrypted" in err and "Exported 1 entries" in err
        code, _, err = run("export", "--format", fmt, str(tmp_path / name))
        assert code == 2 and "already exists" in err
    assert "&lt;script&gt;" in (tmp_path / "out.html").read_text(encoding="utf-8")
    assert (tmp_path / "out.pdf").read_bytes().startswith(b"%PDF")
    assert len(list((tmp_path / "out-md").glob("*.md"))) == 1


def test_import_json_round_trip_and_jrnl(initialised: Cli, tmp_path: Path) -> None:
    run = initialised
    run("add", "--title", "Одна", stdin="текст")
    run("export", "--format", "json", str(tmp_path / "all.json"))
    run.vault = tmp_path / "second"
    assert run("init")[0] == 0
    code, out, err = run("import", "--from", "json", str(tmp_path / "all.json"))
    assert code == 0 and out.strip() == "1", err
    code, out, _ = run("import", "--from", "jrnl", str(FIXTURES_JRNL / "plain.txt"))
    assert code == 0 and int(out) > 0
    secret = tmp_path / "jrnl-pw"
    secret.write_text("пароль jrnl 🔑\n", encoding="utf-8")
    code, _, err = run("import", "--from", "jrnl", str(FIXTURES_JRNL / "encrypted-v3.jrnl"))
    assert code == 2 and "passphrase" in err
    wrong = tmp_path / "wrong-pw"
    wrong.write_text("не тот\n", encoding="utf-8")
    code, _, err = run("import", "--from", "jrnl", str(FIXTURES_JRNL / "encrypted-v3.jrnl"),
                       "--source-passphrase-file", str(wrong))  # fmt: skip
    assert code == 3 and "jrnl" in err
    code, out, err = run("import", "--from", "jrnl", str(FIXTURES_JRNL / "encrypted-v3.jrnl"),
                         "--source-passphrase-file", str(secret))  # fmt: skip
    assert code == 0 and (int(out) > 0 or "already here" in err)  # the same entries as plain.txt
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "journal-export", "version": 1, "entries": [', encoding="utf-8")
    before = len(run.json("list"))
    code, _, err = run("import", "--from", "json", str(bad))
    assert code == 2 and err.count("\n") == 1
    assert len(run.json("list")) == before


def test_check_a_whole_vault(initialised: Cli) -> None:
    initialised("add", stdin="x")
    code, _, err = initialised("check")
    assert code == 0 and "whole" in err


def test_zone_add_and_list(initialised: Cli) -> None:
    run = initialised
    code, out, err = run("zone", "add", "montenegro", "--title", "Черногория", "--rule", "rolling:30:180",
                         "--register-within", "1")  # fmt: skip
    assert code == 0 and out.strip() == "montenegro", err
    zones = {z["name"]: z for z in run.json("zone", "list")}
    assert zones["montenegro"]["rules"] == [{"kind": "rolling", "limit": 30, "window": 180}]
    assert zones["schengen"]["rules"][0]["limit"] == 90
    run("trip", "add", "--zone", "montenegro", "--entry", "2025-05-01", "--exit", "2025-05-10")
    assert run.json("stay", "montenegro", "--on", "2025-05-14")["days_remaining"] == 20
    assert run("zone", "delete", "montenegro")[0] == 0
    assert "montenegro" not in {z["name"] for z in run.json("zone", "list")}
    assert run("zone", "delete", "montenegro")[0] == 5
    code, _, err = run("zone", "add", "x", "--rule", "weekly:3")
    assert code == 2 and "not a rule" in err
    code, _, err = run("zone", "add", "x", "--rule", "rolling:200:100")
    assert code == 2 and "window" in err


def test_deadline_linked_to_a_document(initialised: Cli) -> None:
    run = initialised
    doc_id = run("doc", "add", "--kind", "visa", "--title", "Виза", "--expires", "2026-01-01")[1].strip()
    code, _out, _ = run("deadline", "add", "--title", "Продлить", "--due", "2025-12-01", "--document", doc_id)
    assert code == 0
    code, _, _err = run("deadline", "add", "--title", "x", "--due", "2025-12-01", "--document", "nope")
    assert code == 5
