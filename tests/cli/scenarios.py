"""Realistic runs of every command of the installed program, as a person or a script meets it: one table, used for
`.venv/bin/journal-app` (tests/cli/test_entry_point.py) and for the bundle (tests/packaging/test_bundle.py).

Each scenario names the commands it covers (their paths in the parser, `("zone", "add")`) and runs them against
one shared vault with the real key derivation, in order (later ones use what earlier ones made). The test of
coverage walks the parser: a command added to the parser without a scenario here fails it.

Runs happen with no display: DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM are removed from the environment.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

DISPLAY_VARIABLES = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
PASSPHRASE = "долгая дорога домой 🏔"
JRNL_TEXT = (
    "[2024-03-01 09:30] Первый день в Тбилиси.\nСняли квартиру. @переезд\n\n"
    "[2024-03-02 18:05] Подала документы *\nОчередь была длинная. @документы\n"
)


def no_display_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in DISPLAY_VARIABLES}
    env.pop("PYTHONPATH", None)  # the program must not lean on this checkout
    env.update(extra)
    return env


@dataclass
class Session:
    """The program and one vault; `run` passes --vault and --passphrase-file unless told otherwise."""

    program: Sequence[str]
    tmp: Path
    vault: Path = field(init=False)
    pw: Path = field(init=False)
    ids: dict[str, str] = field(default_factory=dict)
    runs: int = 0

    def __post_init__(self) -> None:
        self.vault = self.tmp / "vault"
        self.pw = self.file("passphrase", PASSPHRASE + "\n")

    def file(self, name: str, text: str) -> Path:
        path = self.tmp / name
        path.write_text(text, encoding="utf-8")
        return path

    def raw(self, *args: str, stdin: bytes | str = b"", timeout: float = 120) -> subprocess.CompletedProcess[str]:
        self.runs += 1
        data = stdin.encode() if isinstance(stdin, str) else stdin
        result = subprocess.run(
            [*self.program, *args], input=data, capture_output=True, env=no_display_env(), cwd=self.tmp,
            timeout=timeout, check=False,
        )  # fmt: skip
        return subprocess.CompletedProcess(
            result.args, result.returncode, result.stdout.decode("utf-8"), result.stderr.decode("utf-8")
        )

    def run(
        self, *args: str, stdin: bytes | str = b"", vault: Path | None = None, pw: Path | None = None, code: int = 0
    ) -> subprocess.CompletedProcess[str]:
        result = self.raw("--vault", str(vault or self.vault), "--passphrase-file", str(pw or self.pw), *args,
                          stdin=stdin)  # fmt: skip
        assert result.returncode == code, (args, result.returncode, result.stderr)
        for bad in ("Traceback", "unexpected error", "Exception ignored", "platform plugin"):
            assert bad not in result.stderr, (args, result.stderr)
        return result

    def json(self, *args: str, **kwargs: object) -> object:
        return json.loads(self.run(*args, "--json", **kwargs).stdout)  # type: ignore[arg-type]


def private_file(path: Path) -> None:
    assert stat.S_IMODE(path.stat().st_mode) == 0o600, f"{path.name}: {oct(path.stat().st_mode)}"


def private_tree(path: Path) -> None:
    """A folder 0700 and everything in it 0600 (folders 0700)."""
    for item in [path, *path.rglob("*")]:
        want = 0o700 if item.is_dir() else 0o600
        assert stat.S_IMODE(item.stat().st_mode) == want, f"{item}: {oct(item.stat().st_mode)}"


Scenario = Callable[[Session], None]
#: (the commands a scenario covers, the scenario), in the order they run.
SCENARIOS: list[tuple[tuple[tuple[str, ...], ...], Scenario]] = []


def covers(*commands: str) -> Callable[[Scenario], Scenario]:
    """Register a scenario for the commands named like "zone add" (space-separated paths)."""

    def register(function: Scenario) -> Scenario:
        SCENARIOS.append((tuple(tuple(c.split()) for c in commands), function))
        return function

    return register


def covered() -> set[tuple[str, ...]]:
    return {path for paths, _ in SCENARIOS for path in paths}


def run_all(session: Session) -> list[str]:
    """Every scenario in order; returns their names. A failure names the scenario."""
    names = []
    for _paths, scenario in SCENARIOS:
        try:
            scenario(session)
        except AssertionError as error:
            raise AssertionError(f"scenario {scenario.__name__}: {error}") from error
        names.append(scenario.__name__)
    return names


# -- the scenarios --------------------------------------------------------------------------------------------------


@covers("init")
def create_vault(s: Session) -> None:
    s.run("init")
    assert sorted(p.name for p in s.vault.iterdir()) == ["data.0", "data.1"]
    private_tree(s.vault)
    assert "already exists" in s.run("init", code=1).stderr


@covers("add", "list", "show", "search")
def write_and_read_entries(s: Session) -> None:
    body = "Пересекла границу в 14:10.\nВсё спокойно.\n"
    added = s.run("add", "--date", "2026-03-08", "--title", "Граница", "--tag", "дорога", stdin=body)
    s.ids["entry"] = added.stdout.strip()
    refused = s.run("add", "--title", "cp1251", stdin="Привет".encode("cp1251") + b" ok", code=2)
    assert "byte 0" in refused.stderr and "nothing was stored" in refused.stderr
    listed = s.json("list")
    assert [(e["id"], e["title"], e["tags"]) for e in listed] == [(s.ids["entry"], "Граница", ["дорога"])]  # type: ignore[index]
    assert s.ids["entry"][:8] in s.run("list").stdout
    shown = s.json("show", s.ids["entry"][:8])
    assert shown["body"] == body  # type: ignore[index]
    hits = s.json("search", "границы")
    assert [h["id"] for h in hits] == [s.ids["entry"]] and "**" in hits[0]["snippet"]  # type: ignore[index]
    reader_leaves_early(s)


def reader_leaves_early(s: Session) -> None:
    """`journal-app list | head -1`: the reader closes the pipe before the command writes; no traceback."""
    read, write = os.pipe()
    proc = subprocess.Popen(
        [*s.program, "--vault", str(s.vault), "--passphrase-file", str(s.pw), "list"],
        stdout=write, stderr=subprocess.PIPE, env=no_display_env(), cwd=s.tmp,
    )  # fmt: skip
    os.close(write)
    os.close(read)  # nobody reads: the first write meets a closed pipe
    _out, err = proc.communicate(timeout=120)
    s.runs += 1
    assert proc.returncode == 0, err
    assert err.decode() == "", err.decode()


@covers("doc add", "doc list", "doc delete")
def documents(s: Session) -> None:
    s.ids["doc"] = s.run("doc", "add", "--kind", "international_passport", "--title", "Загранпаспорт", "--number",
                         "75 1234567", "--country", "RU", "--expires", "2027-06-30").stdout.strip()  # fmt: skip
    refused = s.run("doc", "add", "--kind", "visa", "--title", "V", "--expires", "2027-01-01", "--lead-days",
                    "100000000000000000000", code=2)  # fmt: skip
    assert "from 0 to 3660 days" in refused.stderr
    spare = s.run("doc", "add", "--kind", "insurance", "--title", "Страховка", "--expires", "2026-12-31").stdout.strip()
    docs = {d["id"]: d for d in s.json("doc", "list")}  # type: ignore[union-attr]
    assert docs[s.ids["doc"]]["renew_by"] == "2027-01-01" and docs[s.ids["doc"]]["problem"] is None
    s.run("doc", "delete", spare[:8])
    assert "no document" in s.run("doc", "delete", spare, code=5).stderr
    assert [d["id"] for d in s.json("doc", "list")] == [s.ids["doc"]]  # type: ignore[union-attr]


@covers("deadline add", "deadline list", "deadline done", "deadline delete", "deadline ics")
def deadlines(s: Session) -> None:
    added = s.run("deadline", "add", "--title", "Продлить регистрацию", "--due", "2027-01-15", "--remind-days", "7",
                  "--repeat", "yearly", "--document", s.ids["doc"])  # fmt: skip
    s.ids["deadline"] = added.stdout.strip()
    refused = s.run("deadline", "add", "--title", "x", "--due", "2027-01-01", "--repeat", "every:99999999999", code=2)
    assert "every:3660" in refused.stderr
    once = s.run("deadline", "add", "--title", "Забрать справку", "--due", "2026-12-20").stdout.strip()
    rows = {d["id"]: d for d in s.json("deadline", "list")}  # type: ignore[union-attr]
    assert rows[s.ids["deadline"]]["repeat"] == "yearly" and rows[s.ids["deadline"]]["remind_days"] == 7
    assert "next due 2028-01-15" in s.run("deadline", "done", s.ids["deadline"][:8]).stderr
    s.run("deadline", "delete", once[:8])
    s.run("deadline", "delete", once, code=5)
    assert [d["due"] for d in s.json("deadline", "list")] == ["2028-01-15"]  # type: ignore[union-attr]
    ics = s.tmp / "deadlines.ics"
    assert "not encrypted" in s.run("deadline", "ics", str(ics)).stderr
    assert ics.read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR")
    private_file(ics)


@covers("zone add", "zone list", "zone delete", "trip add", "trip list", "stay")
def zones_trips_and_stays(s: Session) -> None:
    assert s.run("zone", "add", "montenegro", "--title", "Черногория", "--rule", "rolling:30:180",
                 "--register-within", "1").stdout.strip() == "montenegro"  # fmt: skip
    zones = {z["name"]: z for z in s.json("zone", "list")}  # type: ignore[union-attr]
    assert zones["montenegro"]["rules"] == [{"kind": "rolling", "limit": 30, "window": 180}]
    s.ids["trip"] = s.run("trip", "add", "--zone", "schengen", "--entry", "2026-10-01", "--exit",
                          "2026-11-15").stdout.strip()  # fmt: skip
    s.run("trip", "add", "--zone", "montenegro", "--entry", "2026-06-01", "--exit", "2026-06-10")
    trips = s.json("trip", "list", "--zone", "schengen")
    assert [(t["id"], t["entry"], t["exit"]) for t in trips] == [(s.ids["trip"], "2026-10-01", "2026-11-15")]  # type: ignore[index]
    answer = s.json("stay", "schengen", "--on", "2026-12-01", "--for", "30")
    assert answer["days_used"] == 46 and answer["days_remaining"] == 44  # type: ignore[index]
    assert "earliest_entry_for" in answer  # type: ignore[operator]
    assert "1900-01-01 to 2200-12-31" in s.run("stay", "schengen", "--on", "9999-12-31", code=2).stderr
    assert "Deleted the zone and 1 trips" in s.run("zone", "delete", "montenegro").stderr
    assert "montenegro" not in {z["name"] for z in s.json("zone", "list")}  # type: ignore[union-attr]


@covers("horizon", "checklist templates", "checklist apply")
def horizon_and_checklists(s: Session) -> None:
    templates = s.json("checklist", "templates")
    assert "leaving" in {t["id"] for t in templates}  # type: ignore[union-attr]
    created = s.run("checklist", "apply", "leaving", "--anchor", "2027-03-01", "--lang", "ru").stdout.split()
    assert len(created) >= 3
    assert "1900-01-01 to 2200-12-31" in s.run("checklist", "apply", "leaving", "--anchor", "0001-01-01",
                                               code=2).stderr  # fmt: skip
    horizon = s.json("horizon", "--on", "2027-01-01", "--days", "90")
    reasons = {(i["kind"], i["reason"]) for i in horizon["items"]}  # type: ignore[index]
    assert ("document", "renew_document") in reasons and ("deadline", "deadline") in reasons
    assert horizon["problems"] == [] and horizon["to"] == "2027-04-01"  # type: ignore[index]
    assert "from 0 to 3660 days" in s.run("horizon", "--days", "1000000000", code=2).stderr


@covers("export")
def exports(s: Session) -> None:
    out = s.tmp / "exports"
    out.mkdir()
    s.run("export", "--format", "md", str(out / "md"))
    for fmt, name in (("html", "journal.html"), ("json", "journal.json"), ("pdf", "journal.pdf")):
        result = s.run("export", "--format", fmt, str(out / name), "--tag", "дорога")
        assert "Exported 1 entries" in result.stderr and "not be encrypted" in result.stderr
        private_file(out / name)
    assert (out / "journal.pdf").read_bytes().startswith(b"%PDF")
    assert "Граница" in (out / "journal.html").read_text(encoding="utf-8")
    assert "already exists" in s.run("export", "--format", "pdf", str(out / "journal.pdf"), code=2).stderr
    private_tree(out / "md")
    assert len(list((out / "md").rglob("*.md"))) == 1


@covers("import")
def imports(s: Session) -> None:
    other = s.tmp / "second-vault"
    s.run("init", vault=other)
    assert s.run("import", "--from", "json", str(s.tmp / "exports" / "journal.json"), vault=other).stdout.strip() == "1"
    jrnl = s.file("journal.txt", JRNL_TEXT)
    assert s.run("import", "--from", "jrnl", str(jrnl), vault=other).stdout.strip() == "2"
    titles = {e["title"] for e in s.json("list", vault=other)}  # type: ignore[union-attr]
    assert {"Граница", "Первый день в Тбилиси."} <= titles
    broken = s.file("broken.json", '{"format": "journal-export", "version": 1, "entries": [')
    s.run("import", "--from", "json", str(broken), vault=other, code=2)


@covers("backup", "verify", "restore", "check")
def backup_verify_restore_check(s: Session) -> None:
    backup = s.tmp / "usb" / "journal.backup"
    backup.parent.mkdir()
    s.run("backup", str(backup))
    private_file(backup)
    assert "whole and readable" in s.run("verify", str(backup)).stderr
    restored = s.tmp / "restored"
    s.run("restore", str(backup), vault=restored)
    assert s.json("show", s.ids["entry"], vault=restored)["title"] == "Граница"  # type: ignore[index]
    assert "whole" in s.run("check", vault=restored).stderr


@covers("decoy set", "decoy remove")
def decoy(s: Session) -> None:
    decoy_pw = s.file("decoy", "для проверяющих\n")
    s.run("decoy", "set", "--decoy-passphrase-file", str(decoy_pw))
    assert s.json("list", pw=decoy_pw) == []
    s.run("decoy", "remove")
    s.run("list", pw=decoy_pw, code=3)


@covers("passwd")
def change_passphrase(s: Session) -> None:
    new = s.file("new-passphrase", "новая длинная фраза для журнала\n")
    s.run("passwd", "--new-passphrase-file", str(new))
    assert s.ids["entry"] in {e["id"] for e in s.json("list", pw=new)}  # type: ignore[union-attr]
    s.pw = new
