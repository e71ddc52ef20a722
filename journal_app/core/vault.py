"""The vault: a folder with two equal-looking encrypted files, one Argon2id run per unlock.

Layout (format version 1, see docs/FORMAT.md):

    VAULT/data.0    SQLCipher 4 database or random filler; its first 16 bytes are the Argon2id salt
    VAULT/data.1    SQLCipher 4 database or random filler

One of the two slots, chosen at random when the vault is created, holds the journal; the other is random bytes of the
same size, reserved for an optional decoy journal. Both files look like random bytes without the passphrase, and the
folder has the same files whether or not a decoy exists.

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

# SQLite result codes that mean the bytes on disk are not what SQLCipher wrote.
_DAMAGE_MESSAGES = ("file is not a database", "database disk image is malformed", "malformed")

PRAGMAS = (
    "PRAGMA temp_store = MEMORY",
    "PRAGMA secure_delete = ON",
    "PRAGMA foreign_keys = ON",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA cache_size = -65536",
)


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
    return hmac.new(mac_key, page[start:end] + number.to_bytes(4, "little"), "sha512").digest()


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
    """Why SQLite may have failed to open or write a file in `folder`: a full disk, a read-only disk or folder.
    Checked by statvfs and by creating (and at once removing) an empty file, which also works for root, for whom
    permission bits do not count. None when the folder looks writable and has room."""
    if hasattr(os, "statvfs"):
        try:
            stats = os.statvfs(folder)
        except OSError as error:
            return VaultUnreadable(error.strerror or "")
        if stats.f_flag & getattr(os, "ST_RDONLY", 1):
            return VaultReadOnly()
        if stats.f_bavail == 0 or (stats.f_files and stats.f_favail == 0):
            return DiskFull()
    probe = folder / f".check-{secrets.token_hex(6)}"
    try:
        fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except OSError as error:
        if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
            return DiskFull()
        if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return VaultReadOnly()
        return VaultUnreadable(error.strerror or "")
    os.close(fd)
    with contextlib.suppress(OSError):
        probe.unlink()
    return None


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

        try:
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
        real, other = folder / SLOT_NAMES[slot], folder / SLOT_NAMES[1 - slot]
        tmp_real = real.with_name(real.name + _TMP_SUFFIX)
        tmp_other = other.with_name(other.name + _TMP_SUFFIX)
        # Slot 0 always starts with the Argon2id salt, whether it holds a journal or filler.
        db_salt = salt if slot == 0 else secrets.token_bytes(SALT_BYTES)
        try:
            conn = sqlcipher3.connect(str(tmp_real), isolation_level=None)
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.execute(f'PRAGMA key = "{_raw_key(key, db_salt)}"')
            _apply_pragmas(conn)
            if source is not None:
                _copy_journal(conn, *source)
            migrations.migrate(conn)
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.close()
            os.chmod(tmp_real, 0o600)
            size = max(tmp_real.stat().st_size, PAGE_SIZE)
            _write_filler(tmp_other, size, salt if slot == 1 else None)
            os.replace(tmp_other, other)
            os.replace(tmp_real, real)
            _fsync_dir(folder)
        except BaseException:
            for leftover in (tmp_real, tmp_other, real, other):
                with contextlib.suppress(FileNotFoundError):
                    leftover.unlink()
            for suffix in ("-wal", "-shm"):
                with contextlib.suppress(FileNotFoundError):
                    tmp_real.with_name(tmp_real.name + suffix).unlink()
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
            return cls._open_locked(folder, passphrase, kdf, _key, locks)
        except BaseException:
            locks.release()
            raise

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
                with contextlib.suppress(FileNotFoundError):
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
        """Lock: write everything into the main file and close it. Safe to call twice."""
        conn, self._conn = self._conn, None
        readers, self._readers = self._readers, []
        self._key = None
        for reader in readers:
            with contextlib.suppress(sqlcipher3.Error):
                reader.close()
        if conn is None:
            return
        try:
            with contextlib.suppress(sqlcipher3.DatabaseError):
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
            if self._locks is not None:
                self._locks.release()

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
        conn.execute("PRAGMA busy_timeout = 10000")
        self._readers.append(conn)
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
            problems += [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
            rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall()]
        except sqlcipher3.DatabaseError as error:
            return [*problems, str(error)]
        return problems + [r for r in rows if r != "ok"]

    # -- decoy journal -------------------------------------------------------------------------------------------

    def set_decoy(self, decoy_passphrase: str) -> None:
        """Put a new, empty decoy journal that opens with `decoy_passphrase` into the other slot (replacing the
        filler or an earlier decoy). Only the open journal's owner can do this; the folder keeps its two files."""
        if self._conn is None:
            raise VaultClosed()
        key = derive_key(decoy_passphrase, read_salt(self.folder), self._kdf)
        if key == self._key:
            raise InvalidInput("the decoy passphrase must differ from this journal's passphrase")
        other = self.folder / SLOT_NAMES[1 - self._slot]
        with open(other, "rb") as f:
            head = f.read(SALT_BYTES)
        size = other.stat().st_size
        # slot 0 must keep its first 16 bytes: they are the vault's Argon2id salt
        db_salt = head if self._slot == 1 else secrets.token_bytes(SALT_BYTES)
        tmp = other.with_name(other.name + _TMP_SUFFIX)
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        try:
            conn = sqlcipher3.connect(str(tmp), isolation_level=None)
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.execute(f'PRAGMA key = "{_raw_key(key, db_salt)}"')
            _apply_pragmas(conn)
            migrations.migrate(conn)
            _pad_to(conn, size)
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.close()
            os.chmod(tmp, 0o600)
            with open(tmp, "rb+") as f:
                os.fsync(f.fileno())
            os.replace(tmp, other)
            _fsync_dir(self.folder)
            if self._locks is not None:
                self._locks.relock(other.name)
        except BaseException:
            for leftover in (tmp, tmp.with_name(tmp.name + "-wal"), tmp.with_name(tmp.name + "-shm")):
                with contextlib.suppress(FileNotFoundError):
                    leftover.unlink()
            raise

    def remove_decoy(self) -> None:
        """Overwrite the other slot with random filler of the same size: any decoy journal there is gone."""
        if self._conn is None:
            raise VaultClosed()
        other = self.folder / SLOT_NAMES[1 - self._slot]
        salt = read_salt(self.folder) if self._slot == 1 else None
        tmp = other.with_name(other.name + _TMP_SUFFIX)
        _write_filler(tmp, other.stat().st_size, salt)
        os.replace(tmp, other)
        _fsync_dir(self.folder)
        if self._locks is not None:
            self._locks.relock(other.name)

    # -- passphrase ----------------------------------------------------------------------------------------------

    def change_passphrase(self, new_passphrase: str) -> None:
        """Re-encrypt the journal under a new passphrase, atomically: a crash leaves the old or the new file whole."""
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
        tmp = path.with_name(path.name + _TMP_SUFFIX)
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        try:
            with damage_as_error():
                version = conn.execute("PRAGMA user_version").fetchone()[0]
                conn.execute('ATTACH DATABASE ? AS rekeyed KEY "' + _raw_key(new_key, slot_salt) + '"', (str(tmp),))
                try:
                    conn.execute("SELECT sqlcipher_export('rekeyed')")
                    conn.execute(f"PRAGMA rekeyed.user_version = {int(version):d}")
                finally:
                    conn.execute("DETACH DATABASE rekeyed")
            os.chmod(tmp, 0o600)
            with open(tmp, "rb+") as f:
                os.fsync(f.fileno())
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
            raise
        locks, self._locks = self._locks, None  # keep the locks across the swap
        self.close()
        self._locks = locks
        os.replace(tmp, path)
        _fsync_dir(self.folder)
        if locks is not None:
            locks.relock(path.name)
        conn = _try_slot(path, new_key)
        if conn is None:  # pragma: no cover - the file was just written with this key
            raise VaultDamaged("the re-encrypted vault could not be opened")
        _apply_pragmas(conn)
        self._conn = conn
        self._key = new_key


def _pad_to(conn: Any, size: int) -> None:
    """Grow a fresh database file to about `size` bytes with pages that are freed again (zeroed by secure_delete,
    then encrypted like every page), so that a new decoy journal is as large as the filler it replaces."""
    conn.execute("CREATE TABLE padding (data BLOB)")
    conn.execute("INSERT INTO padding VALUES (zeroblob(?))", (max(0, size - 3 * PAGE_SIZE),))
    conn.execute("DROP TABLE padding")


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
