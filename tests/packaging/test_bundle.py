"""Smoke test of the built bundle (dist/journal, or $JOURNAL_BUNDLE): `make package-check` builds it and runs this.

Skipped when no bundle exists. The bundled CLI uses the real key derivation (about a second per command).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from journal_app import __version__, cli
from tests.cli.scenarios import SCENARIOS, Session, covered, run_all

ROOT = Path(__file__).resolve().parent.parent.parent
BUNDLE = Path(os.environ.get("JOURNAL_BUNDLE") or ROOT / "dist" / "journal")
if not BUNDLE.is_absolute():
    BUNDLE = ROOT / BUNDLE
PROGRAM = BUNDLE / ("journal-cli.exe" if sys.platform == "win32" else "journal")

pytestmark = pytest.mark.skipif(not PROGRAM.is_file(), reason=f"no bundle at {BUNDLE} (run `make package`)")

#: Targets from issue 7.
MAX_BUNDLE_MB = 250
MAX_START_SECONDS = 1.5


def run(*args: str, stdin: str | None = None, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONPATH", None)  # the bundle must not lean on this checkout
    return subprocess.run(
        [str(PROGRAM), *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        cwd=BUNDLE.parent,
        timeout=timeout,
        check=False,
    )


def test_bundle_prints_its_version() -> None:
    result = run("--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"journal-app {__version__}"


def test_bundle_creates_and_reads_a_vault_through_the_cli(tmp_path: Path) -> None:
    vault = tmp_path / "vault"
    passphrase = tmp_path / "passphrase"
    passphrase.write_text("a bundled passphrase ёж\n", encoding="utf-8")
    common = ("--vault", str(vault), "--passphrase-file", str(passphrase))
    assert run(*common, "init").returncode == 0
    added = run(*common, "add", "--title", "Граница", "--tag", "дорога", stdin="Пересекла границу в 14:10.\n")
    assert added.returncode == 0, added.stderr
    entry_id = added.stdout.strip()
    shown = run(*common, "show", entry_id, "--json")
    assert shown.returncode == 0, shown.stderr
    entry = json.loads(shown.stdout)
    assert (entry["title"], entry["tags"]) == ("Граница", ["дорога"])
    assert "Пересекла границу" in entry["body"]
    found = run(*common, "search", "границы", "--json")  # the stemmer is bundled
    assert [hit["id"] for hit in json.loads(found.stdout)] == [entry_id]
    (tmp_path / "wrong").write_text("wrong\n")
    assert run("--vault", str(vault), "--passphrase-file", str(tmp_path / "wrong"), "list").returncode == 3
    for path in vault.iterdir():
        assert b"SQLite format 3" not in path.read_bytes()[:16]


def test_bundle_runs_every_command_of_the_parser_without_a_display(tmp_path: Path) -> None:
    """The same scenarios as the installed command's (tests/cli/scenarios.py), against the bundle."""
    assert {path for path, _ in cli.subcommands()} <= covered()
    session = Session([str(PROGRAM)], tmp_path)
    assert len(run_all(session)) == len(SCENARIOS)


def test_bundle_self_test_passes_offscreen_and_starts_fast(_private_profile: Path) -> None:
    started = time.perf_counter()
    result = run("--self-test")
    elapsed = time.perf_counter() - started
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test passed" in result.stdout
    assert "unlock page on offscreen" in result.stdout
    assert elapsed <= MAX_START_SECONDS * 2, f"--self-test took {elapsed:.2f} s"
    assert [p for p in _private_profile.rglob("*") if p.is_file()] == []
    print(f"\nbundle --self-test: {elapsed:.2f} s wall; {result.stdout.splitlines()[-2]}")


def test_bundle_portable_marker_keeps_data_beside_the_program(tmp_path: Path, _private_profile: Path) -> None:
    marker = BUNDLE / "portable.txt"
    if marker.exists():
        pytest.skip("this bundle is already portable")
    passphrase = tmp_path / "passphrase"
    passphrase.write_text("portable passphrase\n")
    marker.write_text("")
    try:
        assert run("--passphrase-file", str(passphrase), "init").returncode == 0
        assert (BUNDLE / "journal-data" / "vault").is_dir()
        assert [p for p in _private_profile.rglob("*") if p.is_file()] == []
    finally:
        marker.unlink()
        shutil.rmtree(BUNDLE / "journal-data", ignore_errors=True)


def test_bundle_size_and_contents() -> None:
    size = sum(p.stat().st_size for p in BUNDLE.rglob("*") if p.is_file() and not p.is_symlink())
    assert size <= MAX_BUNDLE_MB * 1024 * 1024, f"{size / 2**20:.0f} MB"
    names = {p.name for p in BUNDLE.rglob("*")}
    for unwanted in ("libQt6Network.so.6", "libQt6Qml.so.6", "libQt6Quick.so.6", "QtNetwork.abi3.so"):
        assert unwanted not in names
    internal = BUNDLE / "_internal"
    for needed in ("resources/icons/app.svg", "resources/translations/journal_ru.qm", "resources/checklists"):
        assert (internal / needed).exists(), needed
