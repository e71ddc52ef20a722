"""Only regular files are read for imports and attachments, and very large inputs work within the memory targets or
are refused up front with the limit named."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from journal_app.core.attachments import MAX_ATTACHMENT_BYTES
from journal_app.core.errors import InputTooLarge, InvalidInput, NotARegularFile
from journal_app.core.importers import import_jrnl, import_json, parse_jrnl_text
from journal_app.core.journal import MAX_BODY_BYTES
from journal_app.core.kdf import KDF_V1
from journal_app.core.vault import Vault

from .conftest import PASSPHRASE, snapshot

ROOT = Path(__file__).resolve().parents[1]


def _not_regular(tmp_path: Path) -> list[Path]:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    folder = tmp_path / "folder"
    folder.mkdir()
    link = tmp_path / "link-to-zero"
    link.symlink_to("/dev/zero")
    return [Path("/dev/zero"), Path("/dev/urandom"), fifo, folder, link]


def test_devices_fifos_and_folders_are_refused_before_reading(vault, tmp_path: Path) -> None:
    entry = vault.journal().add(body="x")
    before = snapshot(vault.folder)
    for path in _not_regular(tmp_path):
        started = time.monotonic()
        for run in (
            lambda: import_jrnl(vault, path),
            lambda: import_jrnl(vault, path, passphrase="x"),
            lambda: import_json(vault, path),
            lambda: vault.attachments().add_file("entry", entry.id, path),
        ):
            with pytest.raises(NotARegularFile, match=r"folder|not an ordinary file"):
                run()
        assert time.monotonic() - started < 5, path
    vault.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert vault.attachments().of("entry", entry.id) == []
    assert len(vault.journal().list_entries()) == 1
    assert set(snapshot(vault.folder)) == set(before)


def test_a_missing_file_is_named(vault, tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="there is no file"):
        import_jrnl(vault, tmp_path / "nothing.txt")


def test_an_endless_stream_stops_at_the_attachment_limit(vault, monkeypatch: pytest.MonkeyPatch) -> None:
    from journal_app.core import attachments

    monkeypatch.setattr(attachments, "MAX_ATTACHMENT_BYTES", 3 * 1024 * 1024)
    entry = vault.journal().add(body="x")

    class Endless(io.RawIOBase):
        def readable(self) -> bool:
            return True

        def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
            buffer[:] = b"\0" * len(buffer)
            return len(buffer)

    with pytest.raises(InputTooLarge, match=r"the limit is 3\.1 MB"):
        vault.attachments().add("entry", entry.id, "zero.bin", io.BufferedReader(Endless()))
    assert vault.attachments().of("entry", entry.id) == []
    assert vault.connection.execute("SELECT count(*) FROM attachment_chunks").fetchone()[0] == 0
    assert MAX_ATTACHMENT_BYTES == 1_000_000_000


def test_an_entry_body_has_a_limit_named_up_front(vault) -> None:
    journal = vault.journal()
    started = time.monotonic()
    with pytest.raises(InputTooLarge, match="the limit is 10 MB per entry"):
        journal.add(body="ж" * (50 * 1024 * 1024))  # 100 MB of UTF-8
    entry = journal.add(body="x")
    with pytest.raises(InputTooLarge, match="the limit is 10 MB"):
        journal.update(entry.id, body="x" * (MAX_BODY_BYTES + 1))
    assert time.monotonic() - started < 10
    assert journal.get(entry.id).body == "x"
    big = "слово " * (MAX_BODY_BYTES // 12)  # just under the limit
    assert len(big.encode()) <= MAX_BODY_BYTES
    started = time.monotonic()
    kept = journal.add(body=big)
    assert journal.get(kept.id).body == big
    print(f"\na {len(big.encode()) / 1e6:.1f} MB entry stored and read back in {time.monotonic() - started:.1f} s")


def test_cli_add_of_a_100_mb_entry_is_refused_with_the_limit(tmp_path: Path) -> None:
    """The installed command, real key derivation: exit 2 and the limit in plain words; nothing stored."""
    folder = tmp_path / "vault"
    Vault.create(folder, PASSPHRASE, kdf=KDF_V1).close()
    pw = tmp_path / "pw"
    pw.write_text(PASSPHRASE + "\n", encoding="utf-8")
    body = tmp_path / "body.txt"
    with open(body, "wb") as out:
        block = ("строка текста " * 4000 + "\n").encode()
        while out.tell() < 100_000_000:
            out.write(block)
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    with open(body, "rb") as stdin:
        done = subprocess.run(
            [str(ROOT / ".venv/bin/journal-app"), "--vault", str(folder), "--passphrase-file", str(pw), "add"],
            stdin=stdin, capture_output=True, text=True, env=env, timeout=300,
        )  # fmt: skip
    assert done.returncode == 2, done.stderr
    assert "the limit is 10 MB per entry" in done.stderr and "Traceback" not in done.stderr
    with Vault.open(folder, PASSPHRASE, kdf=KDF_V1) as vault:
        assert vault.journal().list_entries() == []


def test_a_jrnl_entry_over_the_limit_is_refused_with_its_line(vault, tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    with open(path, "w", encoding="utf-8") as out:
        out.write("[2024-01-01 10:00] small\nentry\n")
        out.write("[2024-01-02 10:00] big\n")
        for _ in range(MAX_BODY_BYTES // 1000 + 10):
            out.write("x" * 999 + "\n")
    with pytest.raises(InputTooLarge, match=r"^line 3: an entry is longer than the limit of 10 MB"):
        import_jrnl(vault, path)
    assert vault.journal().list_entries() == []
    one_line = tmp_path / "one-line.txt"
    one_line.write_text("[2024-01-02 10:00] " + "y" * (MAX_BODY_BYTES + 100), encoding="utf-8")
    with pytest.raises(InputTooLarge, match=r"^line 1:"):
        import_jrnl(vault, one_line)


def test_streamed_parser_matches_the_file_format_details() -> None:
    text = "\ufeff[2024-01-02 03:04 PM] Один.\r\nДва\r\n\r\n[2024-01-03 10:00] Б *\nтекст\n[1] сноска"
    entries = parse_jrnl_text(text)
    assert [(e.title, e.body, e.starred, e.line) for e in entries] == [
        ("Один.", "Два", False, 1),
        ("Б", "текст\n[1] сноска", True, 4),
    ]
    with pytest.raises(InvalidInput, match=r"^line 1: text before the first entry"):
        parse_jrnl_text("hello\n[2024-01-03 10:00] Б\n")


BIG_IMPORT = r"""
import random, sys, time
from pathlib import Path
from journal_app.core.importers import import_jrnl
from journal_app.core.vault import Vault
from tests.conftest import FAST_KDF
count, days, folder = int(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3])
rng = random.Random(7)
words = "день дорога виза граница море письмо друг работа дом город".split()
path = folder / "journal.txt"
with open(path, "w", encoding="utf-8") as out:
    for i in range(count):
        day = 1 + i % days
        out.write(f"[2024-01-{day:02d} {i % 24:02d}:{i % 60:02d}] {' '.join(rng.choices(words, k=6))}. @t{i % 40}\n"
                  f"{' '.join(rng.choices(words, k=40))} {i}\n\n")
def hwm():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM"):
            return int(line.split()[1]) // 1024
with Vault.create(folder / "vault", "pw", kdf=FAST_KDF) as vault:
    open("/proc/self/clear_refs", "w").write("5")  # reset the peak: what follows is the import
    base = hwm()
    started = time.monotonic()
    report = import_jrnl(vault, path)
    seconds = time.monotonic() - started
    print(report.imported, report.skipped_identical, f"{seconds:.1f}", base, hwm(), path.stat().st_size)
    again = import_jrnl(vault, path)
    print(again.imported, again.skipped_identical)
"""


def _big_import(tmp_path: Path, count: int, days: int) -> tuple[int, float, int, int]:
    done = subprocess.run(
        [sys.executable, "-c", BIG_IMPORT, str(count), str(days), str(tmp_path)],
        capture_output=True, text=True, cwd=ROOT, timeout=1800,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    first, second = done.stdout.split("\n")[:2]
    imported, skipped, seconds, base, peak, size = first.split()
    assert (int(imported), int(skipped)) == (count, 0)
    assert second.split() == ["0", str(count)]  # a second import of the same file skips every entry
    print(
        f"\n{count:,} jrnl entries on {days} days ({int(size) / 1e6:.0f} MB): imported in {seconds} s, "
        f"peak RSS {peak} MiB (vault open: {base} MiB)"
    )
    return int(imported), float(seconds), int(base), int(peak)


def test_jrnl_import_streams_and_many_entries_per_day_stay_fast(tmp_path: Path) -> None:
    _imported, seconds, _base, peak = _big_import(tmp_path, 20_000, 2)
    assert peak < 150, peak  # the file (14 MB) is never whole in memory, nor its entries
    assert seconds < 120


@pytest.mark.deep
def test_a_200000_entry_jrnl_import_completes_within_the_memory_target(tmp_path: Path) -> None:
    _imported, seconds, _base, peak = _big_import(tmp_path, 200_000, 28)
    assert peak < 250, peak  # docs/PERFORMANCE.md: at most 250 MB with a big vault
    assert seconds < 900
