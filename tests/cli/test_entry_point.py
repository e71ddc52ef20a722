"""The installed `journal-app` as a person or a script runs it: every command the parser has, with no display.

The list of commands comes from walking the parser (nested ones too), so a new command is covered without touching
this file, and a command without a realistic scenario in tests/cli/scenarios.py fails
`test_every_command_has_a_scenario`. The runs use the real key derivation (about 0.6 s per unlock), grouped in one
vault.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from journal_app import cli
from tests.cli.scenarios import SCENARIOS, Session, covered, no_display_env, run_all

PROGRAM = Path(sys.executable).with_name("journal-app")
COMMANDS = sorted(path for path, _parser in cli.subcommands())

pytestmark = pytest.mark.skipif(not PROGRAM.is_file(), reason=f"no installed program at {PROGRAM} (make dev)")


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(PROGRAM), *args], capture_output=True, text=True, env=no_display_env(), timeout=120,
                          stdin=subprocess.DEVNULL, check=False)  # fmt: skip


def test_every_command_has_a_scenario() -> None:
    assert len(COMMANDS) >= 30
    missing = sorted(set(COMMANDS) - covered())
    assert missing == [], f"commands without a realistic scenario in tests/cli/scenarios.py: {missing}"
    stale = sorted(covered() - set(COMMANDS))
    assert stale == [], f"scenarios for commands the parser does not have: {stale}"


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_help_of_every_command(command: tuple[str, ...]) -> None:
    result = _run(*command, "--help")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"usage: journal-app {' '.join(command)}"), result.stdout
    assert result.stderr == ""


def test_every_command_runs_from_the_installed_program_without_a_display(tmp_path: Path) -> None:
    session = Session([str(PROGRAM)], tmp_path)
    names = run_all(session)
    assert len(names) == len(SCENARIOS)
    print(f"\n{len(COMMANDS)} commands, {len(names)} scenarios, {session.runs} runs of {PROGRAM.name}")


def test_no_command_and_unknown_words() -> None:
    result = _run("backupp", "x")
    assert result.returncode == 2 and "invalid choice: 'backupp'" in result.stderr
    assert "platform plugin" not in result.stderr
    result = _run("zone", "frobnicate")
    assert result.returncode == 2 and "invalid choice" in result.stderr
    result = _run("--help")
    assert result.returncode == 0 and all(name in result.stdout for name in ("backup", "verify", "decoy", "zone"))


def test_no_cli_module_loads_qt() -> None:
    """Each module of the CLI, imported alone in a fresh process, and the parser built, without PySide6."""
    modules = ["journal_app.__main__", "journal_app.cli", *(f"journal_app.cli.{m}" for m in
               ("common", "access", "journal", "plans", "keep", "vault"))]  # fmt: skip
    for module in modules:
        code = (
            f"import importlib, sys; importlib.import_module({module!r}); "
            "from journal_app import cli; cli.build_parser(); "
            "assert not [m for m in sys.modules if m.startswith('PySide6')]"
        )
        result = subprocess.run([sys.executable, "-c", code], capture_output=True,
                                text=True, env=no_display_env(), timeout=60, check=False)  # fmt: skip
        assert result.returncode == 0, (module, result.stderr)


#: The inputs the issue found ending in "unexpected error (OverflowError/ValueError/...)" from the installed command.
BAD_INPUTS = [
    ("doc", "add", "--kind", "visa", "--title", "V", "--expires", "2027-01-01", "--lead-days", "100000000000000000000"),
    ("deadline", "add", "--title", "D", "--due", "2027-01-01", "--remind-days", str(10**20)),
    ("deadline", "add", "--title", "D", "--due", "2027-01-01", "--repeat", "every:99999999999"),
    ("deadline", "add", "--title", "D", "--due", "9999-12-31", "--repeat", "yearly"),
    ("stay", "schengen", "--on", "9999-12-31"),
    ("horizon", "--days", "1000000000"),
    ("horizon", "--on", "9999-12-31"),
    ("checklist", "apply", "leaving", "--anchor", "0001-01-01"),
    ("checklist", "apply", "leaving", "--anchor", "1900-01-01"),  # its items would fall before 1900
    ("stay", "schengen", "--for", "99999999999999"),
    ("zone", "add", "x", "--rule", "rolling:10:99999999999"),
]


def test_the_bad_inputs_of_the_issue_are_usage_errors_and_store_nothing(tmp_path: Path) -> None:
    session = Session([str(PROGRAM)], tmp_path)
    session.run("init")
    for args in BAD_INPUTS:
        result = session.run(*args, code=2)
        last = result.stderr.strip().splitlines()[-1]
        assert last.startswith("journal-app: ") and "must be" in last, (args, result.stderr)
    stdin = "Начало\n".encode() + b"\xff\xfe" + "конец".encode()
    result = session.run("add", stdin=stdin, code=2)
    assert f"byte {len('Начало'.encode()) + 1}" in result.stderr and "nothing was stored" in result.stderr
    assert session.json("list") == [] and session.json("deadline", "list") == [] and session.json("doc", "list") == []
