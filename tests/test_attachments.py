"""Attachments: encrypted inside the vault, streamed in chunks, exported only where asked."""

from __future__ import annotations

import io
import os
import tracemalloc
from pathlib import Path

import pytest

from journal_app.core.attachments import CHUNK_BYTES
from journal_app.core.errors import InvalidInput, JournalError, NoSuchItem
from journal_app.core.vault import Vault
from tests.conftest import FAST_KDF, MARKER, PASSPHRASE, files_containing


def test_round_trip_and_listing(vault) -> None:
    files = vault.attachments()
    entry = vault.journal().add(body="скан паспорта")
    data = os.urandom(3 * CHUNK_BYTES + 17)
    item = files.add("entry", entry.id, "C:\\Users\\me\\паспорт стр 1.jpg", io.BytesIO(data))
    assert item.name == "паспорт стр 1.jpg" and item.mime == "image/jpeg" and item.size == len(data)
    assert b"".join(files.chunks(item.id)) == data
    assert files.read(item.id) == data
    assert [a.id for a in files.of("entry", entry.id)] == [item.id]
    files.delete(item.id)
    assert files.of("entry", entry.id) == []
    with pytest.raises(NoSuchItem):
        files.get(item.id)


def test_contents_and_names_are_encrypted(vault_dir: Path, tmp_path: Path) -> None:
    source = tmp_path / "scan.txt"
    source.write_text(f"{MARKER} " * 1000, encoding="utf-8")
    with Vault.create(vault_dir, PASSPHRASE, kdf=FAST_KDF) as vault:
        vault.attachments().add_file("document", "doc-1", source)
        vault.attachments().add("entry", "e-1", f"{MARKER}.png", io.BytesIO(b"x"))
    assert files_containing(vault_dir, MARKER) == []


def test_cancel_and_failure_leave_nothing(vault) -> None:
    files = vault.attachments()
    with pytest.raises(JournalError, match="cancelled"):
        files.add("entry", "e", "big.bin", io.BytesIO(b"x" * (4 * CHUNK_BYTES)), cancelled=lambda: True)

    class Broken(io.RawIOBase):
        def readinto(self, buffer):  # a USB stick pulled out mid-read
            raise OSError(5, "Input/output error")

    with pytest.raises(OSError):
        files.add("entry", "e", "gone.bin", Broken())
    assert files.of("entry", "e") == []
    rows = vault.connection.execute("SELECT count(*) FROM attachment_chunks").fetchone()[0]
    assert rows == 0


def test_big_file_never_sits_whole_in_memory(vault, tmp_path: Path) -> None:
    size = 24 * 1024 * 1024
    source = tmp_path / "big.pdf"
    with open(source, "wb") as f:
        for _ in range(size // CHUNK_BYTES):
            f.write(os.urandom(CHUNK_BYTES))
    files = vault.attachments()
    seen: list[int] = []
    tracemalloc.start()
    try:
        item = files.add_file("document", "d", source, progress=seen.append)
        target = tmp_path / "out.pdf"
        files.export(item.id, target)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 4 * CHUNK_BYTES * 4  # a few chunks, not the file
    assert seen[-1] == size and len(seen) == size // CHUNK_BYTES
    assert target.read_bytes() == source.read_bytes()
    with pytest.raises(InvalidInput):
        files.export(item.id, target)  # never overwrites
    with pytest.raises(InvalidInput):
        files.read(item.id, max_bytes=1024)


def test_owner_kind_is_checked(vault) -> None:
    with pytest.raises(InvalidInput):
        vault.attachments().add("trip", "t", "x", io.BytesIO(b""))


def test_a_worker_adds_a_big_file_while_the_journal_keeps_saving(vault) -> None:
    import threading

    writer = vault.attachments(vault.open_writer())
    data = os.urandom(40 * CHUNK_BYTES)
    result: list[object] = []
    thread = threading.Thread(target=lambda: result.append(writer.add("entry", "e", "big.bin", io.BytesIO(data))))
    thread.start()
    journal = vault.journal()
    saved = [journal.add(body=f"запись {i}").id for i in range(20)]  # never "database is locked"
    thread.join()
    assert vault.attachments().read(result[0].id) == data
    assert len(saved) == 20


def test_an_unfinished_attachment_is_removed_at_unlock(vault_dir: Path) -> None:
    with Vault.create(vault_dir, PASSPHRASE, kdf=FAST_KDF) as vault:
        conn = vault.connection
        conn.execute(
            "INSERT INTO attachments (id, owner_kind, owner_id, name, mime, size, sha256, created_at) "
            "VALUES ('half', 'entry', 'e', 'x', 'x', 0, '', 'now')"
        )  # as a crash in the middle of add() leaves it
        conn.execute("INSERT INTO attachment_chunks (attachment_id, n, data) VALUES ('half', 0, x'00')")
    with Vault.open(vault_dir, PASSPHRASE, kdf=FAST_KDF) as vault:
        assert vault.attachments().of("entry", "e") == []
        assert vault.connection.execute("SELECT count(*) FROM attachment_chunks").fetchone()[0] == 0
