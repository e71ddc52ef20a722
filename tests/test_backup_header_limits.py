"""An untrusted backup header cannot make the app allocate gigabytes: only the key-derivation parameters this format
writes are accepted; anything else is "damaged or not a backup" (exit 4) before any key derivation runs."""

from __future__ import annotations

import hashlib
import os
import resource
import struct
import subprocess
import sys
import time
from pathlib import Path

import pytest

from journal_app.core import backup
from journal_app.core.backup import _HEADER, BackupDamaged, verify_backup
from journal_app.core.kdf import KDF_V1

from .conftest import FAST_KDF, PASSPHRASE

ROOT = Path(__file__).resolve().parents[1]
#: The installed program.
CLI = (str(ROOT / ".venv" / "bin" / "journal-app"),)


def crafted(memory_kib: int, iterations: int, lanes: int) -> bytes:
    """A 106-byte file: a header with a valid checksum asking for these parameters, and one short chunk."""
    head = _HEADER.pack(1, 1, memory_kib, iterations, lanes, b"s" * 16, b"n" * 8) + b"\0" * 16
    header = head + hashlib.sha256(head).digest()[:8] + b"\0\0"
    assert len(header) == 64
    return header + struct.pack(">I", 38) + os.urandom(38)


@pytest.mark.parametrize(
    "params",
    [
        (4 * 1024 * 1024, 3, 4),  # 4 GiB
        (256 * 1024, 100, 4),  # the right memory, a hundred passes
        (256 * 1024, 3, 64),
        (256 * 1024 - 1, 3, 4),
        (FAST_KDF.memory_kib * 2, 1, 1),
        (0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF),
    ],
)
def test_other_parameters_are_refused_before_key_derivation(tmp_path: Path, monkeypatch, params) -> None:
    path = tmp_path / "x.backup"
    path.write_bytes(crafted(*params))
    assert path.stat().st_size == 106
    monkeypatch.setattr(backup, "derive_key", lambda *a: pytest.fail("the key derivation ran"))
    with pytest.raises(BackupDamaged, match="not the ones this backup format writes"):
        verify_backup(path, PASSPHRASE)


def test_the_format_parameters_are_accepted(tmp_path: Path) -> None:
    assert backup.ACCEPTED_KDF[0] == KDF_V1
    path = tmp_path / "x.backup"
    path.write_bytes(crafted(FAST_KDF.memory_kib, FAST_KDF.iterations, FAST_KDF.lanes))
    with pytest.raises(Exception) as caught:  # the key check runs (and fails): the parameters themselves pass
        verify_backup(path, PASSPHRASE)
    assert "not the ones" not in str(caught.value)


def test_installed_cli_verify_of_a_crafted_file_is_exit_4_with_little_memory(tmp_path: Path) -> None:
    path = tmp_path / "evil.backup"
    path.write_bytes(crafted(4 * 1024 * 1024, 3, 4))
    pw = tmp_path / "pw"
    pw.write_text("x\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    # the child's peak memory is measured with getrusage in a wrapper, so that earlier children do not count
    wrapper = (
        "import resource, subprocess, sys; "
        "r = subprocess.run(sys.argv[1:], capture_output=True, text=True); "
        "print(r.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss); "
        "sys.stderr.write(r.stderr)"
    )
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", wrapper, *CLI, "--passphrase-file", str(pw), "verify", str(path)],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    seconds = time.monotonic() - started
    code, peak_kib = (int(x) for x in done.stdout.split())
    assert code == 4, done.stderr
    assert "damaged or not a backup" in done.stderr and "Traceback" not in done.stderr
    assert peak_kib < 200 * 1024, peak_kib  # the interpreter and its libraries, no Argon2id memory
    assert seconds < 30
    print(f"\ncrafted 106-byte backup: exit {code}, peak RSS {peak_kib / 1024:.0f} MiB, {seconds:.1f} s")
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss > 0
