"""The CLI's unlock counts toward the app's growing wait and wipe-after-N, and waits a little for a busy vault.

Only a wrong passphrase counts; a busy, missing or damaged vault does not.
"""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from journal_app import cli
from journal_app.cli import access
from journal_app.core import paths
from journal_app.core.kdf import KDF_V1
from journal_app.core.vault import Vault
from tests.cli.scenarios import PASSPHRASE, Session, no_display_env
from tests.conftest import FAST_KDF

PROGRAM = Path(sys.executable).with_name("journal-app")


def _state() -> dict[str, float]:
    path = paths.config_dir() / "unlock-attempts"
    return json.loads(path.read_text()) if path.exists() else {"failures": 0, "last": 0.0}


def _wait_in(message: str) -> int:
    found = re.search(r"too many wrong passphrases: try again in (\d+) seconds", message)
    assert found, message
    return int(found.group(1))


def _set_last_failure(when: float) -> None:
    """As if the last failure happened at `when` (instead of sleeping through the wait)."""
    path = paths.config_dir() / "unlock-attempts"
    data = json.loads(path.read_text())
    data["last"] = when
    path.write_text(json.dumps(data))


@pytest.mark.skipif(not PROGRAM.is_file(), reason="no installed program")
def test_wrong_passphrases_through_the_installed_command_are_counted_and_the_wait_grows(tmp_path: Path) -> None:
    s = Session([str(PROGRAM)], tmp_path)
    s.run("init")
    wrong = s.file("wrong", "не та фраза\n")
    for n in range(1, 5):
        assert "wrong passphrase" in s.run("list", pw=wrong, code=3).stderr
        assert _state()["failures"] == n
    # four in a row: 5 s to wait, even for the right passphrase, and the refused try is not counted again. The time
    # of the last failure is set, not slept through: a loaded machine may take seconds to start a process.
    _set_last_failure(time.time() + 60)  # "just now" however slow the next start is (the wait is capped)
    assert _wait_in(s.run("list", code=3).stderr) == 5
    assert _state()["failures"] == 4
    _set_last_failure(time.time() - 400)  # the wait is over
    s.run("list", pw=wrong, code=3)
    assert _state()["failures"] == 5
    _set_last_failure(time.time() + 60)
    assert _wait_in(s.run("list", code=3).stderr) == 10  # the wait doubled
    _set_last_failure(time.time() - 400)
    s.run("list")
    assert not (paths.config_dir() / "unlock-attempts").exists()  # the right passphrase clears the count


def _cli(vault: Path, pw: Path, *args: str) -> int:
    return cli.main(["--vault", str(vault), "--passphrase-file", str(pw), *args], kdf=FAST_KDF)


@pytest.fixture
def vault_and_pw(tmp_path: Path) -> tuple[Path, Path, Path]:
    vault = tmp_path / "vault"
    Vault.create(vault, PASSPHRASE, kdf=FAST_KDF).close()
    right, wrong = tmp_path / "right", tmp_path / "wrong"
    right.write_text(PASSPHRASE + "\n", encoding="utf-8")
    wrong.write_text("wrong\n")
    return vault, right, wrong


def test_busy_missing_and_damaged_are_not_counted(vault_and_pw, monkeypatch, capsys, tmp_path: Path) -> None:
    vault, right, wrong = vault_and_pw
    monkeypatch.setattr(access, "BUSY_WAIT_SECONDS", 0.3)
    assert _cli(vault, wrong, "list") == 3 and _state()["failures"] == 1
    held = Vault.open(vault, PASSPHRASE, kdf=FAST_KDF)
    try:
        started = time.monotonic()
        assert _cli(vault, right, "list") == 6
        assert time.monotonic() - started >= 0.3
        assert "open in another" in capsys.readouterr().err
    finally:
        held.close()
    assert _state()["failures"] == 1
    assert _cli(tmp_path / "nowhere", wrong, "list") == 4
    (tmp_path / "empty").mkdir()
    assert _cli(tmp_path / "empty", wrong, "list") == 4
    assert _state()["failures"] == 1
    assert _cli(vault, right, "list") == 0 and _state()["failures"] == 0


def test_wipe_after_n_set_in_the_app_applies_to_the_cli(vault_and_pw, monkeypatch, capsys, qapp) -> None:
    from journal_app.ui.settings_store import SettingsStore

    store = SettingsStore()
    store.set_wipe_after_failures(5)
    assert store.attempts_path() == access.throttle().state_file  # one count for the app and the CLI
    assert access.wipe_after() == 5
    vault, _right, wrong = vault_and_pw
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    for _ in range(4):
        assert _cli(vault, wrong, "list") == 3
        _set_last_failure(time.time() - 400)
    assert vault.is_dir() and _state()["failures"] == 4
    capsys.readouterr()
    assert _cli(vault, wrong, "list") == 3
    assert "the journal has been deleted" in capsys.readouterr().err
    assert not vault.exists()


def test_a_busy_vault_is_waited_for_by_another_process(tmp_path: Path) -> None:
    s = Session([str(PROGRAM)], tmp_path)
    s.run("init")
    held = Vault.open(s.vault, PASSPHRASE, kdf=KDF_V1)
    started = time.monotonic()
    proc = subprocess.Popen([str(PROGRAM), "--vault", str(s.vault), "--passphrase-file", str(s.pw), "list", "--json"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=no_display_env())  # fmt: skip
    time.sleep(1.5)  # the other process holds the vault this long
    held.close()
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert json.loads(out) == [] and time.monotonic() - started >= 1.5


@pytest.mark.deep
def test_a_vault_held_longer_than_the_wait_is_busy_exit_6(tmp_path: Path) -> None:
    s = Session([str(PROGRAM)], tmp_path)
    s.run("init")
    with Vault.open(s.vault, PASSPHRASE, kdf=KDF_V1):
        started = time.monotonic()
        result = s.run("list", code=6)
        waited = time.monotonic() - started
    assert "open in another" in result.stderr
    assert access.BUSY_WAIT_SECONDS <= waited < access.BUSY_WAIT_SECONDS + 30  # + the start of a process
