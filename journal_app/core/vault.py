"""The vault: a folder with two equal-looking encrypted files, one Argon2id run per unlock.

Layout (format version 1, see docs/FORMAT.md):

    VAULT/data.0    SQLCipher 4 database or random filler; its first 16 bytes are the Argon2id salt
    VAULT/data.1    SQLCipher 4 database or random filler

One of the two slots, chosen at random when the vault is created, holds the journal; the other is random bytes of the
same size, reserved for an optional decoy journal. Both files look like random bytes without the passphrase, and the
folder has the same files whether or not a decoy exists.

What keeps the two slots alike to an examiner without a passphrase (docs/FORMAT.md "Slot sizes", THREAT_MODEL.md):
- size: both files always have the same size, a bucket of whole pages that starts at a random size and grows in
  coarse steps; a journal keeps its file at the bucket with rows of a `padding` table every journal has, and grows the
  other slot with random bytes when it needs a bigger bucket (a journal that finds random bytes after its last page
  takes them into its padding at its next unlock);
- metadata: the files are created and replaced together, data.0 first, whatever they hold; after every save and at
  lock both get the same modification time;
- working files: the rollback journal (journal_mode=DELETE) lives only during a write, so nothing sits beside a slot
  while it is open or locked;
- construction: a decoy is built by the code that builds a new vault's journal (`_build_journal`).

The key is Argon2id(passphrase NFC UTF-8, salt) with the format's fixed parameters, handed to SQLCipher as a raw key.
Unlocking derives the key once and tries it on both slots.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import hmac
import os
import secrets
import threading
import time
import weakref
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlcipher3

from . import migrations
from .errors import (
    DiskFull,
    InvalidInput,
    JournalError,
    NotAVault,
    VaultBusy,
    VaultClosed,
    VaultDamaged,
    VaultExists,
    VaultReadOnly,
    VaultUnavailable,
    VaultUnreadable,
    WrongPassphrase,
)

__all__ = ["DiskFull", "Vault", "VaultBusy", "VaultReadOnly", "VaultUnreadable"]
from .kdf import KDF_V1, SALT_BYTES, KdfParams, derive_key

FORMAT_VERSION = 1
SLOT_NAMES = ("data.0", "data.1")
PAGE_SIZE = 4096
_TMP_SUFFIX = ".tmp"
# SQLCipher 4 page layout (docs/FORMAT.md): each page ends in 80 reserved bytes, a 16-byte IV and a 64-byte
# HMAC-SHA512; page 1 starts with the 16-byte database salt in clear.
_RESERVE_BYTES = 80
_IV_BYTES = 16
_HMAC_SALT_MASK = 0x3A
_HMAC_KEY_ITERATIONS = 2

# Slot sizes (docs/FORMAT.md "Slot sizes"): whole buckets of BUCKET_STEP pages; a new vault starts at a random size
# between START_PAGES and START_PAGES + 4 steps; a journal keeps between FREE_LOW and FREE_HIGH free pages for what is
# written next (FREE_MID after each adjustment), so that its file does not grow with every save.
BUCKET_STEP = 64  # 256 KiB
START_PAGES = 256  # 1 MiB
FREE_LOW, FREE_MID, FREE_HIGH = 8, 32, 96
_ROW_PAGES = 16  # the largest padding row: 16 overflow pages
_USABLE = PAGE_SIZE - 80  # SQLCipher 4 keeps 80 bytes of each page for its IV and HMAC
_MIN_LOCAL = (_USABLE - 12) * 32 // 255 - 23

# SQLite result codes that mean the bytes on disk are not what SQLCipher wrote.
_DAMAGE_MESSAGES = ("file is not a database", "database disk image is malformed", "malformed")

PRAGMAS = (
    "PRAGMA temp_store = MEMORY",
    "PRAGMA secure_delete = ON",
    "PRAGMA foreign_keys = ON",
    "PRAGMA journal_mode = DELETE",
    "PRAGMA synchronous = FULL",
    "PRAGMA cache_size = -65536",
    "PRAGMA busy_timeout = 10000",
)

# Connections whose commits the vault follows (see Vault._after_write): id(connection) -> the vault.
_WATCHED: dict[int, weakref.ReferenceType[Vault]] = {}


def is_damage(error: BaseException) -> bool:
    return isinstance(error, sqlcipher3.DatabaseError) and any(m in str(error) for m in _DAMAGE_MESSAGES)


@contextlib.contextmanager
def damage_as_error() -> Iterator[None]:
    """Turn SQLCipher's page-level failures into VaultDamaged, and a full or read-only disk into plain errors."""
    try:
        yield
    except sqlcipher3.DatabaseError as error:
        text = str(error)
        if "disk is full" in text:
            raise DiskFull() from None
        if "readonly database" in text or "read-only" in text:
            raise VaultReadOnly() from None
        if is_damage(error):
            raise VaultDamaged("a page of the vault file could not be decrypted or read") from None
        raise


@contextlib.contextmanager
def transaction(conn: Any) -> Iterator[Any]:
    """BEGIN IMMEDIATE ... COMMIT, rolled back on any error (SQLite may already have rolled back, e.g. when the
    disk is full), with failures translated by damage_as_error."""
    with damage_as_error():
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    watched = _WATCHED.get(id(conn))
    vault = watched() if watched is not None else None
    if vault is not None:
        vault._after_write(conn)


def _raw_key(key: bytes, salt: bytes | None = None) -> str:
    return "x'" + key.hex() + (salt.hex() if salt else "") + "'"


def _connect(path: Path) -> Any:
    # mode=rw: never create a file by opening it.
    conn = sqlcipher3.connect(
        path.resolve().as_uri() + "?mode=rw", uri=True, isolation_level=None, check_same_thread=False
    )
    conn.execute("PRAGMA cipher_log_level = NONE")
    return conn


def page_hmac_key(key: bytes, salt: bytes) -> bytes:
    """The key of SQLCipher 4's page HMACs for a raw key: PBKDF2-HMAC-SHA512(key, salt XOR 0x3a, 2 iterations)."""
    return hashlib.pbkdf2_hmac("sha512", key, bytes(b ^ _HMAC_SALT_MASK for b in salt), _HMAC_KEY_ITERATIONS, 32)


def page_hmac(mac_key: bytes, page: bytes, number: int) -> bytes:
    """The HMAC-SHA512 stored in a page: over its encrypted content and IV (page 1 from byte 16, after the salt)
    followed by the page number as 4 bytes little-endian."""
    start = SALT_BYTES if number == 1 else 0
    end = PAGE_SIZE - _RESERVE_BYTES + _IV_BYTES
    return hmac.digest(mac_key, page[start:end] + number.to_bytes(4, "little"), "sha512")


def page_is_authentic(mac_key: bytes, page: bytes, number: int) -> bool:
    if len(page) != PAGE_SIZE:
        return False
    stored = page[PAGE_SIZE - _RESERVE_BYTES + _IV_BYTES : PAGE_SIZE]
    return hmac.compare_digest(page_hmac(mac_key, page, number), stored)


def key_fits_page1(page: bytes, key: bytes) -> bool:
    """Does `key` open the SQLCipher file whose first page is `page`? True exactly when page 1's HMAC matches: this
    is the only test that means "wrong passphrase"."""
    page = page[:PAGE_SIZE]
    return len(page) == PAGE_SIZE and page_is_authentic(page_hmac_key(key, page[:SALT_BYTES]), page, 1)


def os_error_as_vault_error(error: OSError, *, writing: bool = True) -> VaultUnavailable:
    """The typed error for an OSError met while reading (`writing=False`) or writing the vault's files."""
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return DiskFull()
    if error.errno == errno.EROFS or (writing and error.errno in (errno.EACCES, errno.EPERM)):
        return VaultReadOnly()
    if error.errno in (errno.EAGAIN, errno.EWOULDBLOCK):
        return VaultBusy()
    return VaultUnreadable(error.strerror or "")


def _read_page1(path: Path) -> bytes:
    try:
        with open(path, "rb") as f:
            return f.read(PAGE_SIZE)
    except FileNotFoundError:
        raise NotAVault(f"{path.parent} is not a vault") from None
    except OSError as error:
        raise os_error_as_vault_error(error, writing=False) from None


def folder_problem(folder: Path) -> VaultUnavailable | None:
    """Why a file in `folder` could not be created or written: a full disk, a read-only disk or folder. Checked
    with statvfs and access(2) only, so that checking leaves nothing behind even if the process dies meanwhile (a
    probe file could stay in the vault folder). None when the folder looks writable and has room."""
    if hasattr(os, "statvfs"):
        try:
            stats = os.statvfs(folder)
        except OSError as error:
            return VaultUnreadable(error.strerror or "")
        if stats.f_flag & getattr(os, "ST_RDONLY", 1):
            return VaultReadOnly()
        if stats.f_bavail == 0 or (stats.f_files and stats.f_favail == 0):
            return DiskFull()
    effective = os.access in os.supports_effective_ids
    if not os.access(folder, os.W_OK | os.X_OK, effective_ids=effective):
        return VaultReadOnly()
    return None


def _write_problem(folder: Path) -> VaultUnavailable | None:
    """The check at every unlock: folder_problem, and slot files that cannot be written. Writes nothing, so a crash
    at that moment leaves no file behind. (Root passes: permission bits do not stop root's saves either.)"""
    problem = folder_problem(folder)
    if problem is None and not all(os.access(folder / name, os.W_OK) for name in SLOT_NAMES):
        problem = VaultReadOnly()
    return problem


def sqlite_error_as_vault_error(error: BaseException, folder: Path) -> JournalError:
    """The typed error for a failure of SQLite on a slot whose key fits: never WrongPassphrase."""
    text = str(error).lower()
    if "disk is full" in text:
        return DiskFull()
    if "readonly" in text or "read-only" in text:
        return VaultReadOnly()
    if "locked" in text or "busy" in text:
        return VaultBusy()
    if is_damage(error):
        return VaultDamaged("a page of the vault file could not be decrypted or read")
    # "unable to open database file" (the -wal/-shm working files cannot be created), "disk I/O error", ...
    return folder_problem(folder) or VaultUnreadable(str(error))


_WORKING_SUFFIXES = ("-wal", "-shm")
_WAL_HEADER_BYTES = 32


def _remove_new_working_files(path: Path, existed: set[str]) -> None:
    """After a failed open, remove the -wal/-shm files that this open created. A -wal that holds a whole frame is
    kept (a checkpoint may have begun to copy it), as is anything that was there before."""
    wal = path.with_name(path.name + "-wal")
    if "-wal" not in existed:
        with contextlib.suppress(OSError):
            if wal.stat().st_size <= _WAL_HEADER_BYTES:
                wal.unlink()
    shm = path.with_name(path.name + "-shm")
    if "-shm" not in existed and not wal.exists():
        with contextlib.suppress(OSError):
            shm.unlink()


def _existing_working_files(path: Path) -> set[str]:
    return {s for s in _WORKING_SUFFIXES if path.with_name(path.name + s).exists()}


def _try_slot(path: Path, key: bytes, page1: bytes | None = None) -> Any | None:
    """Open one slot with the key; None if the key does not fit (page 1's HMAC does not match: nothing is opened
    and nothing is written). When it fits, any failure of SQLite is raised as what it is (DiskFull, VaultReadOnly,
    VaultBusy, VaultUnreadable, VaultDamaged), and the working files this attempt created are removed."""
    if not key_fits_page1(page1 if page1 is not None else _read_page1(path), key):
        return None
    existed = _existing_working_files(path)
    conn: Any = None
    try:
        conn = _connect(path)
        conn.execute(f'PRAGMA key = "{_raw_key(key)}"')
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.Error as error:
        if conn is not None:
            conn.close()
        _remove_new_working_files(path, existed)
        raise sqlite_error_as_vault_error(error, path.parent) from None
    except BaseException:
        if conn is not None:
            conn.close()
        _remove_new_working_files(path, existed)
        raise
    return conn


def _fsync_dir(folder: Path) -> None:
    if os.name == "posix":
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _write_filler(path: Path, size: int, salt: bytes | None = None) -> None:
    """Random bytes that look like an encrypted slot; starts with `salt` when it is slot 0."""
    with open(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "wb") as out:
        head = salt if salt is not None else b""
        out.write(head + secrets.token_bytes(size - len(head)))
        out.flush()
        os.fsync(out.fileno())


def _apply_pragmas(conn: Any) -> None:
    for pragma in PRAGMAS:
        conn.execute(pragma)


def _copy_journal(conn: Any, source: Path, source_key: bytes) -> None:
    """Copy every table of an SQLCipher journal file into the (empty) database of `conn`."""
    with damage_as_error():
        conn.execute(f'ATTACH DATABASE ? AS source KEY "{_raw_key(source_key)}"', (str(source),))
        try:
            conn.execute("SELECT count(*) FROM source.sqlite_master").fetchone()
            version = int(conn.execute("PRAGMA source.user_version").fetchone()[0])
            conn.execute("SELECT sqlcipher_export('main', 'source')")
            conn.execute(f"PRAGMA main.user_version = {version:d}")
        finally:
            conn.execute("DETACH DATABASE source")


# -- slot layout: sizes, padding, files replaced together -----------------------------------------------------------


def _varint_len(value: int) -> int:
    length = 1
    while value >= 0x80 and length < 9:
        value >>= 7
        length += 1
    return length


def _blob_bytes(pages: int) -> int:
    """The length of a blob whose row takes exactly `pages` overflow pages (SQLite keeps _MIN_LOCAL bytes of a large
    record in its leaf page and 4092 bytes, less SQLCipher's reserve, on each overflow page)."""
    payload = _MIN_LOCAL + pages * (_USABLE - 4)
    for header in range(2, 12):  # the record header: its own size, then the blob's serial type
        length = payload - header
        if 1 + _varint_len(2 * length + 12) == header:
            return length
    return payload - 4  # pragma: no cover - a header always fits


def _count(conn: Any, pragma: str) -> int:
    return int(conn.execute(f"PRAGMA {pragma}").fetchone()[0])


def _fill(conn: Any, pages: int) -> None:
    """Add padding rows until the database has `pages` pages and no free page (inside the caller's transaction).
    A row that would take the file past `pages` is undone and the filling stops, at most a page short."""
    for _ in range(100_000):
        room = pages - _count(conn, "page_count") + _count(conn, "freelist_count")
        if room <= 0:
            return
        overflow = min(_ROW_PAGES, room - 2)
        conn.execute("SAVEPOINT padding_row")
        length = _blob_bytes(overflow) if overflow > 0 else 64
        conn.execute("INSERT INTO padding (data) VALUES (zeroblob(?))", (length,))
        if _count(conn, "page_count") > pages:
            conn.execute("ROLLBACK TO padding_row")
            conn.execute("RELEASE padding_row")
            return
        conn.execute("RELEASE padding_row")


def _release(conn: Any, pages: int) -> bool:
    """Delete padding rows (newest first) until `pages` pages are free; False if the padding ran out first."""
    while _count(conn, "freelist_count") < pages:
        row = conn.execute("SELECT n FROM padding ORDER BY n DESC LIMIT 1").fetchone()
        if row is None:
            return False
        conn.execute("DELETE FROM padding WHERE n = ?", (row[0],))
    return True


def _bucket_above(pages: int) -> int:
    """The next size for a journal that has outgrown its bucket: a quarter more (at least room for FREE_HIGH pages),
    in whole steps, plus 0-2 steps at random so that sizes follow the content only loosely."""
    target = max(pages + FREE_HIGH, pages * 5 // 4)
    return -(-target // BUCKET_STEP) * BUCKET_STEP + BUCKET_STEP * secrets.randbelow(3)


def start_pages() -> int:
    """A new vault's size in pages: random, so that a fresh vault's size does not say when it was made."""
    return START_PAGES + BUCKET_STEP * secrets.randbelow(5)


def _settle(conn: Any, floor_pages: int) -> int:
    """Bring the open journal to its layout: at least `floor_pages` pages (the other slot's size), a whole bucket,
    between FREE_LOW and FREE_HIGH free pages. Writes nothing when it is already so. Returns the page count."""
    total, free = _count(conn, "page_count"), _count(conn, "freelist_count")
    pages = -(-max(total, floor_pages) // BUCKET_STEP) * BUCKET_STEP  # whole steps
    if total == pages and FREE_LOW <= free <= FREE_HIGH:
        return total
    with damage_as_error():
        conn.execute("BEGIN IMMEDIATE")
        try:
            _fill(conn, pages)
            if not _release(conn, FREE_MID):  # the content fills the bucket: grow to the next one
                pages = _bucket_above(_count(conn, "page_count"))
                _fill(conn, pages)
                _release(conn, FREE_MID)
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    return _count(conn, "page_count")


def _append_random(path: Path, size: int) -> None:
    """Grow a slot file to `size` bytes with random bytes after its end (a filler, or a journal this key cannot open:
    SQLite reads only the pages its header counts, and that journal takes the bytes into its padding when unlocked)."""
    with open(path, "rb+") as f:
        have = f.seek(0, os.SEEK_END)
        while have < size:
            piece = min(size - have, 1 << 20)
            f.write(secrets.token_bytes(piece))
            have += piece
        f.flush()
        os.fsync(f.fileno())


def _align_times(folder: Path) -> None:
    """Give both slots the same modification time (data.0 first), so times do not tell which one was written."""
    now = time.time_ns()
    for name in SLOT_NAMES:
        os.utime(folder / name, ns=(now, now))


def _reserve_tmps(folder: Path) -> list[Path]:
    """Create both slots' temporary files, data.0's first, so that a replacement gives the two files inode numbers and
    birth times in the order of their names whichever of them holds what."""
    tmps = [folder / (name + _TMP_SUFFIX) for name in SLOT_NAMES]
    for tmp in tmps:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    for tmp in tmps:
        os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    return tmps


def _remove_tmps(folder: Path) -> None:
    for name in SLOT_NAMES:
        for suffix in ("", "-journal", "-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                (folder / (name + _TMP_SUFFIX + suffix)).unlink()


def _copy_into(source: Path, target: Path) -> None:
    with open(source, "rb") as src, open(target, "wb") as out:
        while block := src.read(1 << 20):
            out.write(block)
        out.flush()
        os.fsync(out.fileno())


def _build_journal(path: Path, key: bytes, db_salt: bytes, pages: int, source: tuple[Path, bytes] | None = None) -> int:
    """Write a new journal into `path` (an empty file): the one code path for a new vault's journal and for a decoy,
    so that both are made by the same statements in the same order. Returns its size in pages."""
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f'PRAGMA key = "{_raw_key(key, db_salt)}"')
        _apply_pragmas(conn)
        if source is not None:
            _copy_journal(conn, *source)
        migrations.migrate(conn)
        pages = _settle(conn, pages)
    finally:
        conn.close()
    os.chmod(path, 0o600)
    with open(path, "rb+") as f:
        os.fsync(f.fileno())
    return pages


def _settle_file(path: Path, key: bytes, pages: int) -> int:
    """_settle on a journal file that is not open (a re-encrypted copy before it is swapped in)."""
    conn = _connect(path)
    try:
        conn.execute(f'PRAGMA key = "{_raw_key(key)}"')
        _apply_pragmas(conn)
        pages = _settle(conn, pages)
    finally:
        conn.close()
    with open(path, "rb+") as f:
        os.fsync(f.fileno())
    return pages


class _SlotLocks:
    """Advisory locks (flock) on both slot files while a vault is open, so that two processes never write one vault.
    Both slots are locked, so the locks do not tell which one is in use. POSIX only; elsewhere SQLite's own locking
    is the guard."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.fds: dict[str, int] = {}

    def acquire(self) -> None:
        for name in SLOT_NAMES:
            self.relock(name)

    def relock(self, name: str) -> None:
        """(Re)take the lock on a slot, e.g. after its file was replaced."""
        if os.name != "posix":
            return
        import fcntl

        held = self.fds.get(name)
        try:
            if held is not None and os.fstat(held).st_ino == os.stat(self.folder / name).st_ino:
                return  # the same file as before: our lock still holds it
            fd = os.open(self.folder / name, os.O_RDONLY)
        except FileNotFoundError:
            self.release()
            raise NotAVault(f"{self.folder} is not a vault") from None
        except OSError as error:
            self.release()
            raise VaultUnreadable(error.strerror or "") from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            self.release()
            raise VaultBusy() from None
        except OSError as error:
            os.close(fd)
            self.release()
            raise VaultUnreadable(error.strerror or "") from None
        old = self.fds.pop(name, None)
        if old is not None:
            os.close(old)
        self.fds[name] = fd

    def release(self) -> None:
        for fd in self.fds.values():
            os.close(fd)
        self.fds.clear()


def check_not_busy(folder: Path) -> None:
    """Raise VaultBusy if another process has this vault open."""
    locks = _SlotLocks(folder)
    locks.acquire()
    locks.release()


def _drop_unfinished_attachments(conn: Any) -> None:
    """An attachment is written in several short transactions and marked finished (its checksum set) at the end;
    one left unfinished by a crash is removed at the next unlock."""
    unfinished = [r[0] for r in conn.execute("SELECT id FROM attachments WHERE sha256 = ''")]
    if unfinished:
        with transaction(conn):
            for attachment_id in unfinished:
                conn.execute("DELETE FROM attachment_chunks WHERE attachment_id = ?", (attachment_id,))
                conn.execute("DELETE FROM attachments WHERE id = ?", (attachment_id,))


def vault_exists(folder: Path) -> bool:
    return all((folder / name).is_file() for name in SLOT_NAMES)


def _clear_interrupted_create(folder: Path) -> None:
    """Remove what a `Vault.create` killed before both slots were in place left behind, so that the folder can be
    used again. The slots are built as `data.N.tmp` and renamed into place one after the other, so an interrupted
    create leaves `.tmp` files (and their SQLite working files) and at most one slot: never a vault that could have
    been opened (both slots are needed), hence no entry. Anything else (two slots, a lone slot with working files
    or without the other slot's `.tmp`) is left alone."""
    if not folder.is_dir() or vault_exists(folder):
        return
    working = ("", "-wal", "-shm", "-journal")
    tmp_files = [folder / (name + _TMP_SUFFIX + suffix) for name in SLOT_NAMES for suffix in working]
    present = [name for name in SLOT_NAMES if (folder / name).exists()]
    if len(present) > 1:
        return
    if present:
        (lone,) = present
        (missing,) = [name for name in SLOT_NAMES if name != lone]
        if not (folder / (missing + _TMP_SUFFIX)).exists():
            return
        if any((folder / (lone + suffix)).exists() for suffix in working[1:]):
            return
        tmp_files.append(folder / lone)
    for leftover in tmp_files:
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()
    _fsync_dir(folder)


class Vault:
    """An unlocked vault. Create one with `Vault.create` or `Vault.open`; `close()` locks it."""

    def __init__(self, folder: Path, conn: Any, slot: int, kdf: KdfParams, key: bytes) -> None:
        self.folder = folder
        self._conn: Any | None = conn
        self._slot = slot
        self._kdf = kdf
        self._key: bytes | None = key
        self._readers: list[Any] = []
        self._locks: _SlotLocks | None = None
        self._layout_lock = threading.RLock()
        self._settling = False

    # -- life cycle ----------------------------------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        folder: Path | str,
        passphrase: str,
        *,
        kdf: KdfParams = KDF_V1,
        source: tuple[Path, bytes] | None = None,
    ) -> Vault:
        """Create a vault; with `source` (an SQLCipher journal file and its raw key), a copy of that journal
        re-encrypted under the new passphrase (used by restore)."""
        folder = Path(folder)
        _clear_interrupted_create(folder)
        if any((folder / name).exists() for name in SLOT_NAMES):
            raise VaultExists(f"a vault already exists in {folder}")
        if folder.exists() and not folder.is_dir():
            raise NotAVault(f"{folder} is a file, not a folder")
        if not passphrase:
            raise InvalidInput("the passphrase is empty")
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        salt = secrets.token_bytes(SALT_BYTES)
        key = derive_key(passphrase, salt, kdf)
        slot = secrets.randbelow(2)
        # Slot 0 always starts with the Argon2id salt, whether it holds a journal or filler.
        db_salt = salt if slot == 0 else secrets.token_bytes(SALT_BYTES)
        tmps: list[Path] = []
        try:
            tmps = _reserve_tmps(folder)
            pages = _build_journal(tmps[slot], key, db_salt, start_pages(), source)
            _write_filler(tmps[1 - slot], pages * PAGE_SIZE, salt if slot == 1 else None)
            for tmp, name in zip(tmps, SLOT_NAMES, strict=True):
                os.replace(tmp, folder / name)
            _fsync_dir(folder)
            _align_times(folder)
        except BaseException:
            for leftover in [*tmps, *(folder / name for name in SLOT_NAMES)]:
                with contextlib.suppress(FileNotFoundError):
                    leftover.unlink()
            _remove_tmps(folder)
            raise
        return cls.open(folder, passphrase, kdf=kdf, _key=key)

    @classmethod
    def open(cls, folder: Path | str, passphrase: str, *, kdf: KdfParams = KDF_V1, _key: bytes | None = None) -> Vault:
        """Unlock. Raises WrongPassphrase only when page 1's HMAC of neither slot matches the derived key; a full
        disk, a read-only or unreadable folder or file, a lock held elsewhere are raised as themselves
        (VaultUnavailable and its kinds) and a missing vault as NotAVault. A failed open leaves no file behind."""
        folder = Path(folder)
        try:
            if not folder.is_dir():
                raise NotAVault(f"there is no vault at {folder}")
            os.listdir(folder)  # a folder that cannot be read is not "no vault"
        except OSError as error:
            raise os_error_as_vault_error(error, writing=False) from None
        if not vault_exists(folder):
            raise NotAVault(f"{folder} is not a vault")
        locks = _SlotLocks(folder)
        locks.acquire()
        try:
            vault = cls._open_locked(folder, passphrase, kdf, _key, locks)
        except BaseException:
            locks.release()
            raise
        vault._watch(vault.connection)
        vault._after_write(vault.connection)  # a vault of an earlier version, or a slot grown by the other journal
        return vault

    @classmethod
    def _open_locked(
        cls, folder: Path, passphrase: str, kdf: KdfParams, _key: bytes | None, locks: _SlotLocks
    ) -> Vault:
        salt = read_salt(folder)
        key = _key if _key is not None else derive_key(passphrase, salt, kdf)
        # The key check: page 1's HMAC of each slot, both read and checked every time so that the time taken does
        # not tell which one opened. This is the only place where "wrong passphrase" is decided.
        pages = [_read_page1(folder / name) for name in SLOT_NAMES]
        fits = [key_fits_page1(page, key) for page in pages]
        if not any(fits):
            for page, name in zip(pages, SLOT_NAMES, strict=True):
                size = _slot_size(folder / name)
                if len(page) < PAGE_SIZE or size < PAGE_SIZE or size % PAGE_SIZE:
                    raise VaultDamaged("the vault file has been cut short")
            raise WrongPassphrase()
        # The key fits. A journal that cannot be saved is not opened: the app saves as the person types, and a
        # full or read-only disk would lose those words. Said as itself, never as a wrong passphrase.
        problem = _write_problem(folder)
        if problem is not None:
            raise problem
        opened: list[tuple[int, Any]] = []
        existed = {name: _existing_working_files(folder / name) for name in SLOT_NAMES}
        for slot, name in enumerate(SLOT_NAMES):
            if fits[slot] and not opened:
                conn = _try_slot(folder / name, key, pages[slot])
                if conn is not None:  # pragma: no branch - the HMAC matched a moment ago
                    opened.append((slot, conn))
        for _slot, extra in opened[1:]:
            extra.close()
        if not opened:  # pragma: no cover - the HMAC matched a moment ago
            raise VaultDamaged("the vault could not be opened")
        slot, conn = opened[0]
        try:
            with damage_as_error():
                _apply_pragmas(conn)
                migrations.migrate(conn)
                _drop_unfinished_attachments(conn)
        except sqlcipher3.Error as error:
            conn.close()
            _remove_new_working_files(folder / SLOT_NAMES[slot], existed[SLOT_NAMES[slot]])
            raise sqlite_error_as_vault_error(error, folder) from None
        except BaseException:
            conn.close()
            _remove_new_working_files(folder / SLOT_NAMES[slot], existed[SLOT_NAMES[slot]])
            raise
        for name in SLOT_NAMES:  # a passphrase change interrupted by a crash leaves a stale copy
            for suffix in ("", "-journal", "-wal", "-shm"):
                with contextlib.suppress(OSError):  # FileNotFoundError, or EROFS even for a missing file
                    (folder / (name + _TMP_SUFFIX + suffix)).unlink()
        vault = cls(folder, conn, slot, kdf, key)
        vault._locks = locks
        return vault

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    @property
    def connection(self) -> Any:
        if self._conn is None:
            raise VaultClosed()
        return self._conn

    def close(self) -> None:
        """Lock: bring both slots to the same size and time, close the journal. Safe to call twice."""
        if self._conn is not None:
            self._after_write(self._conn)
        conn, self._conn = self._conn, None
        readers, self._readers = self._readers, []
        self._key = None
        for reader in readers:
            _WATCHED.pop(id(reader), None)
            with contextlib.suppress(sqlcipher3.Error):
                reader.close()
        if conn is None:  # closed, or a failed swap closed it: the locks may still be held
            if self._locks is not None:
                self._locks.release()
            return
        _WATCHED.pop(id(conn), None)
        try:
            conn.close()
        finally:
            if self._locks is not None:
                self._locks.release()

    # -- the layout after each write (see the module's docstring) -----------------------------------------------

    def _watch(self, conn: Any) -> None:
        _WATCHED[id(conn)] = weakref.ref(self)

    def _after_write(self, conn: Any) -> None:
        """After a commit on one of this vault's connections (and at unlock and lock): keep the journal at a whole
        bucket with its free pages, grow the other slot to the same size, give both the same time. Best effort: a
        full or read-only disk leaves it for the next write, the save itself has been made."""
        with self._layout_lock:
            if self._settling or self._conn is None:
                return
            if conn is not self._conn and not any(conn is c for c in self._readers):
                return  # an id of a closed connection reused by another object: not ours
            self._settling = True
            try:
                self._settle_layout(conn)
            except (sqlcipher3.Error, OSError, JournalError):
                pass
            finally:
                self._settling = False

    def _settle_layout(self, conn: Any) -> None:
        own, other = self.slot_path, self.folder / SLOT_NAMES[1 - self._slot]
        floor = max(own.stat().st_size, other.stat().st_size) // PAGE_SIZE
        size = _settle(conn, floor) * PAGE_SIZE
        for path in (own, other):  # the other slot, or this one when its padding fell a page short
            if path.stat().st_size < size:
                _append_random(path, size)
        _align_times(self.folder)

    def _swap(self, new_files: dict[int, Path], tmps: list[Path], key: bytes | None = None) -> None:
        """Replace both slots together, data.0 first: a slot not in `new_files` is replaced by a copy of itself, so
        both get new inode numbers and times. The journal is closed for the swap and opened again (with `key`)."""
        key = key if key is not None else self.raw_key
        conn = self.connection
        try:
            for slot, tmp in enumerate(tmps):
                if slot not in new_files:
                    _copy_into(self.folder / SLOT_NAMES[slot], tmp)
                elif new_files[slot] != tmp:  # pragma: no cover - callers build into the reserved files
                    os.replace(new_files[slot], tmp)
        except BaseException:
            _remove_tmps(self.folder)
            raise
        readers, self._readers = self._readers, []
        for reader in readers:
            _WATCHED.pop(id(reader), None)
            with contextlib.suppress(sqlcipher3.Error):
                reader.close()
        _WATCHED.pop(id(conn), None)
        conn.close()
        self._conn = None
        old_key = self.raw_key
        try:
            for tmp, name in zip(tmps, SLOT_NAMES, strict=True):
                os.replace(tmp, self.folder / name)
            _fsync_dir(self.folder)
        except BaseException:
            # each file is whole (old or new); keep the vault open on whichever key its slot now has
            _remove_tmps(self.folder)
            if self._locks is not None:
                for name in SLOT_NAMES:
                    self._locks.relock(name)
            for candidate in (key, old_key):
                again = _try_slot(self.slot_path, candidate)
                if again is not None:
                    _apply_pragmas(again)
                    self._conn, self._key = again, candidate
                    self._watch(again)
                    break
            raise
        if self._locks is not None:
            for name in SLOT_NAMES:
                self._locks.relock(name)
        reopened = _try_slot(self.slot_path, key)
        if reopened is None:  # pragma: no cover - the file was just written with this key
            raise VaultDamaged("the vault could not be opened after its files were replaced")
        _apply_pragmas(reopened)
        self._conn, self._key = reopened, key
        self._watch(reopened)
        self._after_write(reopened)

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def journal(self) -> Any:
        from .journal import Journal

        return Journal(self)

    def attachments(self, connection: Any | None = None) -> Any:
        """Attachments on the vault's connection, or on `connection` (see open_writer) for a worker thread."""
        from .attachments import Attachments

        return Attachments(self, connection)

    @property
    def slot_path(self) -> Path:
        return self.folder / SLOT_NAMES[self._slot]

    @property
    def raw_key(self) -> bytes:
        """The open journal's SQLCipher key, for the backup writer (which seals it inside the encrypted backup)."""
        if self._key is None:
            raise VaultClosed()
        return self._key

    def check_passphrase(self, passphrase: str) -> bool:
        """Is this the passphrase of the open journal? (One key derivation; nothing is written.)"""
        if self._key is None:
            raise VaultClosed()
        import hmac

        return hmac.compare_digest(derive_key(passphrase, read_salt(self.folder), self._kdf), self._key)

    def planner(self) -> Any:
        from .planner import Planner

        return Planner(self)

    def open_reader(self) -> Any:
        """A second, read-only connection for a worker thread (search on a big vault). Closed with the vault."""
        if self._conn is None or self._key is None:
            raise VaultClosed()
        conn = _try_slot(self.folder / SLOT_NAMES[self._slot], self._key)
        if conn is None:  # pragma: no cover - the key opened this file a moment ago
            raise VaultDamaged("the vault could not be opened a second time")
        conn.execute("PRAGMA query_only = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA busy_timeout = 10000")  # a save being written holds the file for a moment
        self._readers.append(conn)
        return conn

    def open_writer(self) -> Any:
        """A second writable connection, for long writes on a worker thread (adding a big attachment) while the UI
        keeps saving on the main one; their short transactions take turns. Closed with the vault."""
        if self._conn is None or self._key is None:
            raise VaultClosed()
        conn = _try_slot(self.folder / SLOT_NAMES[self._slot], self._key)
        if conn is None:  # pragma: no cover - the key opened this file a moment ago
            raise VaultDamaged("the vault could not be opened a second time")
        _apply_pragmas(conn)
        self._readers.append(conn)
        self._watch(conn)
        return conn

    def reader_journal(self) -> Any:
        """A Journal on its own read-only connection, for use from one worker thread."""
        from .journal import Journal

        return Journal(self, self.open_reader())

    def check(self) -> list[str]:
        """Read and authenticate every page (cipher_integrity_check) and check the database structure
        (integrity_check). Returns the problems found, empty when the vault is whole. Writes nothing."""
        conn = self.connection
        problems: list[str] = []
        try:
            pages = _count(conn, "page_count")
            for row in conn.execute("PRAGMA cipher_integrity_check").fetchall():
                # random bytes after the last page (the other journal grew this slot) are not part of the database
                words = str(row[0]).split()
                if not (words[-1].isdigit() and int(words[-1]) > pages and "HMAC" in str(row[0])):
                    problems.append(str(row[0]))
            rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall()]
        except sqlcipher3.DatabaseError as error:
            return [*problems, str(error)]
        return problems + [r for r in rows if r != "ok"]

    # -- decoy journal -------------------------------------------------------------------------------------------

    def set_decoy(self, decoy_passphrase: str) -> None:
        """Put a new, empty decoy journal that opens with `decoy_passphrase` into the other slot (replacing the
        filler or an earlier decoy). Only the open journal's owner can do this; the folder keeps its two files. The
        decoy is built exactly as `create` builds a journal, at this journal's size; both files are replaced."""
        if self._conn is None:
            raise VaultClosed()
        key = derive_key(decoy_passphrase, read_salt(self.folder), self._kdf)
        if key == self._key:
            raise InvalidInput("the decoy passphrase must differ from this journal's passphrase")
        other_slot = 1 - self._slot
        self._after_write(self._conn)
        pages = self.slot_path.stat().st_size // PAGE_SIZE
        # slot 0 must keep its first 16 bytes: they are the vault's Argon2id salt
        db_salt = read_salt(self.folder) if other_slot == 0 else secrets.token_bytes(SALT_BYTES)
        tmps = _reserve_tmps(self.folder)
        try:
            built = _build_journal(tmps[other_slot], key, db_salt, pages)
            if built > pages:  # pragma: no cover - a new journal is far smaller than any bucket
                _append_random(self.slot_path, built * PAGE_SIZE)
        except BaseException:
            _remove_tmps(self.folder)
            raise
        self._swap({other_slot: tmps[other_slot]}, tmps)

    def remove_decoy(self) -> None:
        """Overwrite the other slot with random filler of the same size: any decoy journal there is gone."""
        if self._conn is None:
            raise VaultClosed()
        other_slot = 1 - self._slot
        size = (self.folder / SLOT_NAMES[other_slot]).stat().st_size
        tmps = _reserve_tmps(self.folder)
        try:
            _write_filler(tmps[other_slot], size, read_salt(self.folder) if other_slot == 0 else None)
        except BaseException:
            _remove_tmps(self.folder)
            raise
        self._swap({other_slot: tmps[other_slot]}, tmps)

    # -- passphrase ----------------------------------------------------------------------------------------------

    def change_passphrase(self, new_passphrase: str) -> None:
        """Re-encrypt the journal under a new passphrase, atomically: a crash leaves the old or the new file whole.
        Both slots are replaced (the other by a copy of itself)."""
        conn = self.connection
        new_key = derive_key(new_passphrase, read_salt(self.folder), self._kdf)
        path = self.folder / SLOT_NAMES[self._slot]
        other = self.folder / SLOT_NAMES[1 - self._slot]
        probe = _try_slot(other, new_key)
        if probe is not None:
            probe.close()
            raise InvalidInput("this passphrase cannot be used for this vault; choose another one")
        with open(path, "rb") as f:
            slot_salt = f.read(SALT_BYTES)
        self._after_write(conn)
        pages = path.stat().st_size // PAGE_SIZE
        tmps = _reserve_tmps(self.folder)
        tmp = tmps[self._slot]
        try:
            with damage_as_error():
                version = conn.execute("PRAGMA user_version").fetchone()[0]
                conn.execute('ATTACH DATABASE ? AS rekeyed KEY "' + _raw_key(new_key, slot_salt) + '"', (str(tmp),))
                try:
                    conn.execute("SELECT sqlcipher_export('rekeyed')")
                    conn.execute(f"PRAGMA rekeyed.user_version = {int(version):d}")
                finally:
                    conn.execute("DETACH DATABASE rekeyed")
                built = _settle_file(tmp, new_key, pages)
            if built > pages:  # pragma: no cover - the copy has no more pages than the journal it copies
                _append_random(other, built * PAGE_SIZE)
            os.chmod(tmp, 0o600)
        except BaseException:
            _remove_tmps(self.folder)
            raise
        self._swap({self._slot: tmp}, tmps, new_key)


def _slot_size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError as error:
        raise os_error_as_vault_error(error, writing=False) from None


def read_salt(folder: Path) -> bytes:
    try:
        with open(folder / SLOT_NAMES[0], "rb") as f:
            salt = f.read(SALT_BYTES)
    except FileNotFoundError:
        raise NotAVault(f"{folder} is not a vault") from None
    except OSError as error:
        raise os_error_as_vault_error(error, writing=False) from None
    if len(salt) != SALT_BYTES:
        raise VaultDamaged("the vault file has been cut short")
    return salt
