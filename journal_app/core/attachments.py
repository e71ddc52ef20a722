"""Files inside the vault: written and read in chunks, so a 200 MB scan never sits whole in memory.

Nothing here writes a plaintext copy anywhere; `export` writes one only where the caller says, after the caller has
warned the user that the copy is not encrypted.
"""

from __future__ import annotations

import contextlib
import hashlib
import mimetypes
import os
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from .errors import InvalidInput, JournalError, NoSuchItem, VaultClosed, VaultDamaged
from .inputs import check_size, open_regular_file
from .journal import utc_now
from .vault import damage_as_error, transaction

if TYPE_CHECKING:
    from .vault import Vault

CHUNK_BYTES = 256 * 1024
#: The largest file that can be attached (it is stored in 256 KiB chunks, never whole in memory; the limit keeps the
#: vault, its backups and their copies to sizes a laptop and a USB stick can carry).
MAX_ATTACHMENT_BYTES = 1_000_000_000
CHUNKS_PER_TRANSACTION = 16  # 4 MiB
OWNER_KINDS = ("entry", "document")
Progress = Callable[[int], None]  # bytes done so far


@dataclass(frozen=True)
class Attachment:
    id: str
    owner_kind: str
    owner_id: str
    name: str
    mime: str
    size: int
    sha256: str
    created_at: str


def _clean_name(name: str) -> str:
    base = name.replace("\\", "/").rsplit("/", 1)[-1].strip()
    return base[:255] or "file"


SMALL_CACHE_KIB = 2048


@contextlib.contextmanager
def _small_cache(conn: Any) -> Iterator[None]:
    """A big file passes through the page cache once; keep that cache small meanwhile (SQLite frees the pages when
    the cache shrinks), so storing or reading a 200 MB scan does not grow the process by the whole cache."""
    before = int(conn.execute("PRAGMA cache_size").fetchone()[0])
    conn.execute(f"PRAGMA cache_size = -{SMALL_CACHE_KIB:d}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {before:d}")


class Attachments:
    def __init__(self, vault: Vault, connection: Any | None = None) -> None:
        self._vault = vault
        self._own = connection

    @property
    def _conn(self) -> Any:
        if self._own is not None:
            if not self._vault.is_open:
                raise VaultClosed()
            return self._own
        return self._vault.connection

    def add(
        self,
        owner_kind: str,
        owner_id: str,
        name: str,
        stream: BinaryIO,
        *,
        mime: str | None = None,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> Attachment:
        """Store a file from an open binary stream, in short transactions: a failure or a cancel leaves nothing. A
        stream that goes on past MAX_ATTACHMENT_BYTES is refused (InputTooLarge) and nothing of it is kept."""
        if owner_kind not in OWNER_KINDS:
            raise InvalidInput(f"attachments belong to one of: {', '.join(OWNER_KINDS)}")
        name = _clean_name(name)
        mime = mime or mimetypes.guess_type(name)[0] or "application/octet-stream"
        with _small_cache(self._conn):
            return self._add(owner_kind, owner_id, name, mime, stream, progress, cancelled)

    def _add(
        self,
        owner_kind: str,
        owner_id: str,
        name: str,
        mime: str,
        stream: BinaryIO,
        progress: Progress | None,
        cancelled: Callable[[], bool] | None,
    ) -> Attachment:
        attachment_id, digest, size = str(uuid.uuid4()), hashlib.sha256(), 0
        conn = self._conn
        # Short transactions (a few MiB each) so that other writers take turns; the row counts as finished only
        # when its checksum is set at the end, and an unfinished one is removed (here on error, at unlock on a crash).
        with transaction(conn):
            conn.execute(
                "INSERT INTO attachments (id, owner_kind, owner_id, name, mime, size, sha256, created_at) "
                "VALUES (?, ?, ?, ?, ?, 0, '', ?)",
                (attachment_id, owner_kind, owner_id, name, mime, utc_now()),
            )
        try:
            n = 0
            chunk = stream.read(CHUNK_BYTES)
            while chunk:
                with transaction(conn):
                    for _ in range(CHUNKS_PER_TRANSACTION):
                        if not chunk:
                            break
                        if cancelled is not None and cancelled():
                            raise JournalError("cancelled; nothing was added")
                        conn.execute(
                            "INSERT INTO attachment_chunks (attachment_id, n, data) VALUES (?, ?, ?)",
                            (attachment_id, n, chunk),
                        )
                        digest.update(chunk)
                        size += len(chunk)
                        check_size(size, MAX_ATTACHMENT_BYTES, "file")
                        n += 1
                        if progress is not None:
                            progress(size)
                        chunk = stream.read(CHUNK_BYTES)
            with transaction(conn):
                conn.execute(
                    "UPDATE attachments SET size = ?, sha256 = ? WHERE id = ?",
                    (size, digest.hexdigest(), attachment_id),
                )
        except BaseException:
            with contextlib.suppress(Exception), transaction(conn):
                conn.execute("DELETE FROM attachment_chunks WHERE attachment_id = ?", (attachment_id,))
                conn.execute("DELETE FROM attachments WHERE id = ?", (attachment_id,))
            raise
        return self.get(attachment_id)

    def add_file(self, owner_kind: str, owner_id: str, path: Path, **kwargs: Any) -> Attachment:
        """Attach a regular file (a device, a pipe or a folder is refused with NotARegularFile, a file above
        MAX_ATTACHMENT_BYTES with InputTooLarge, before anything is stored)."""
        path = Path(path)
        with open_regular_file(path, "file to attach") as stream:
            check_size(os.fstat(stream.fileno()).st_size, MAX_ATTACHMENT_BYTES, "file")
            return self.add(owner_kind, owner_id, path.name, stream, **kwargs)

    def _list(self, where: str, params: tuple[Any, ...]) -> list[Attachment]:
        with damage_as_error():
            rows = self._conn.execute(
                "SELECT id, owner_kind, owner_id, name, mime, size, sha256, created_at FROM attachments "  # noqa: S608
                f"{where} ORDER BY created_at, name",
                params,
            ).fetchall()
        return [Attachment(*row) for row in rows]

    def get(self, attachment_id: str) -> Attachment:
        for item in self._list("WHERE id = ?", (attachment_id,)):
            return item
        raise NoSuchItem(f"no attachment with id {attachment_id}")

    def of(self, owner_kind: str, owner_id: str) -> list[Attachment]:
        return self._list("WHERE owner_kind = ? AND owner_id = ?", (owner_kind, owner_id))

    def chunks(self, attachment_id: str) -> Iterator[bytes]:
        """The file's bytes, one chunk at a time, checked against its SHA-256 at the end."""
        item = self.get(attachment_id)
        with _small_cache(self._conn):
            yield from self._chunks(item)

    def _chunks(self, item: Attachment) -> Iterator[bytes]:
        attachment_id = item.id
        digest, n = hashlib.sha256(), 0
        while True:
            with damage_as_error():
                row = self._conn.execute(
                    "SELECT data FROM attachment_chunks WHERE attachment_id = ? AND n = ?", (attachment_id, n)
                ).fetchone()
            if row is None:
                break
            data = bytes(row[0])
            digest.update(data)
            n += 1
            yield data
        if digest.hexdigest() != item.sha256:
            raise VaultDamaged("an attachment does not match its checksum")

    def read(self, attachment_id: str, max_bytes: int = 64 * 1024 * 1024) -> bytes:
        """The whole file, for showing an image or a PDF in the app; refuses files larger than `max_bytes`."""
        if self.get(attachment_id).size > max_bytes:
            raise InvalidInput("the file is too large to open inside the app; export it instead")
        return b"".join(self.chunks(attachment_id))

    def export(self, attachment_id: str, target: Path, progress: Progress | None = None) -> None:
        """Write a plaintext copy to `target` (never overwriting); a partial file is removed on failure."""
        done = 0
        try:
            with open(target, "xb") as out:
                for chunk in self.chunks(attachment_id):
                    out.write(chunk)
                    done += len(chunk)
                    if progress is not None:
                        progress(done)
        except FileExistsError:
            raise InvalidInput(f"{target} already exists") from None
        except BaseException:
            if target.exists():
                os.unlink(target)
            raise

    def delete(self, attachment_id: str) -> None:
        self.get(attachment_id)
        with transaction(self._conn) as conn:
            conn.execute("DELETE FROM attachment_chunks WHERE attachment_id = ?", (attachment_id,))
            conn.execute("DELETE FROM attachments WHERE id = ?", (attachment_id,))
