"""Encrypted backups: one streamed file per backup (format in docs/FORMAT.md).

    header (64 bytes, authenticated as associated data of every chunk)
    frames: 4-byte big-endian length, then an AES-256-GCM sealed chunk of at most 1 MiB of plaintext;
            nonce = the header's 8-byte prefix + the chunk index; associated data = header + index + final flag

The plaintext stream is a JSON manifest followed by a copy of the journal file re-encrypted, page by page, under a
fresh random SQLCipher key and salt; the manifest holds that fresh key. So a backup is as private as its passphrase,
and its key never opens the live vault (nor entries written after the backup). Truncation, reordering, dropped or
repeated chunks and a changed header are all detected. Nothing is written anywhere but the output file, which only
appears complete.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import hmac
import json
import os
import secrets
import shutil
import stat
import struct
import sys
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from .errors import InvalidInput, JournalError, VaultDamaged, WrongPassphrase
from .kdf import KDF_V1, SALT_BYTES, KdfParams, derive_key

if TYPE_CHECKING:
    from .vault import Vault

FORMAT_VERSION = 1
CIPHER_AES_GCM = 1
HEADER_BYTES = 64
CHUNK_BYTES = 1024 * 1024
_BLOCKS_A_TASK = 4  # blocks of CHUNK_BYTES re-keyed by one task of a backup's worker threads
TAG_BYTES = 16
#: The key-derivation parameters a backup header may name: only those this format writes. Anything else (an untrusted
#: file asking for gigabytes or hours of Argon2id) is refused as not a backup before any key derivation runs.
#: Tests add their cheap parameters here (tests/conftest.py); nothing in the app or the command line changes it.
ACCEPTED_KDF: tuple[KdfParams, ...] = (KDF_V1,)
_HEADER = struct.Struct(">BBIII16s8s")  # version, cipher, memory KiB, iterations, lanes, salt, nonce prefix
_INFO_ENCRYPT = b"journal backup v1 encryption"
_INFO_CHECK = b"journal backup v1 key check"

Progress = Callable[[int, int], None]  # bytes done, bytes in all


class BackupDamaged(VaultDamaged):
    def __init__(self, detail: str) -> None:
        JournalError.__init__(self, f"the backup is damaged or not a backup: {detail}")


class Cancelled(JournalError):
    def __init__(self) -> None:
        super().__init__("cancelled; nothing was written")


@dataclass(frozen=True)
class Manifest:
    created: str
    schema: int
    size: int
    key: bytes


def _subkeys(master: bytes) -> tuple[bytes, bytes]:
    def expand(info: bytes) -> bytes:
        return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(master)

    return expand(_INFO_ENCRYPT), expand(_INFO_CHECK)


def _header(params: KdfParams, salt: bytes, prefix: bytes, check_key: bytes) -> bytes:
    head = _HEADER.pack(
        FORMAT_VERSION, CIPHER_AES_GCM, params.memory_kib, params.iterations, params.lanes, salt, prefix
    )
    check = hmac.new(check_key, _INFO_CHECK + head, hashlib.sha256).digest()[:16]
    body = head + check
    return body + hashlib.sha256(body).digest()[:8] + b"\0\0"


def _nonce(prefix: bytes, index: int) -> bytes:
    return prefix + struct.pack(">I", index)


def _aad(header: bytes, index: int, final: bool) -> bytes:
    return header + struct.pack(">QB", index, int(final))


def _fsync_dir(folder: Path) -> None:
    if os.name == "posix":
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


# -- re-keying the copy -------------------------------------------------------------------------------------------


class _PageRekeyer:
    """Re-encrypts SQLCipher 4 pages from the live key to a fresh one (docs/FORMAT.md has the page layout): each page
    of the database is decrypted (its HMAC checked first), then encrypted under the new key with a new random IV and
    sealed with a new HMAC; page 1 gets a new salt. Bytes past the database's last page are not part of it and are
    replaced by random bytes of the same length. Works on whole 4096-byte pages, block by block."""

    def __init__(self, old_key: bytes, old_salt: bytes, page_count: int) -> None:
        from .vault import page_hmac_key

        self.old_key, self.old_mac = old_key, page_hmac_key(old_key, old_salt)
        self.new_key = secrets.token_bytes(32)
        self.new_salt = secrets.token_bytes(SALT_BYTES)
        self.new_mac = page_hmac_key(self.new_key, self.new_salt)
        self.page_count = page_count

    #: SQLite's lock-byte page (the page holding byte 0x40000000 of the file): in every database over 1 GiB, never
    #: written or read by SQLite, so it has no HMAC to check. It is carried as random bytes.
    lock_page = 0x40000000 // 4096 + 1

    def blocks(self, task: list[tuple[bytes, int]]) -> list[bytes]:
        """`block` of each (data, first page) in turn: one task of a worker thread."""
        return [self.block(data, first) for data, first in task]

    def block(self, data: bytes, first: int) -> bytes:
        """The re-keyed `data`, whole pages of the file whose first is page number `first`. Depends on nothing but
        its arguments and the keys, so blocks may be re-keyed on several threads at once (the hashing and the
        ciphers run without Python's lock)."""
        from .vault import PAGE_SIZE

        if len(data) % PAGE_SIZE:
            raise VaultDamaged("the vault file does not end on a page boundary")
        count = len(data) // PAGE_SIZE
        if first <= self.lock_page < first + count and self.lock_page <= self.page_count:
            cut = (self.lock_page - first) * PAGE_SIZE
            before = self._block(data[:cut], first)
            after = self._block(data[cut + PAGE_SIZE :], self.lock_page + 1)
            return before + secrets.token_bytes(PAGE_SIZE) + after
        return self._block(data, first)

    def _block(self, data: bytes, first: int) -> bytes:
        from .vault import _IV_BYTES, _RESERVE_BYTES, PAGE_SIZE, page_hmac, page_is_authentic

        count = len(data) // PAGE_SIZE
        in_db = max(0, min(count, self.page_count - first + 1))  # pages of this block that belong to the database
        end = PAGE_SIZE - _RESERVE_BYTES  # each page: content [start, end), its IV, its HMAC, the rest of the reserve
        view = memoryview(data)
        # every page's HMAC first, so that nothing of a damaged page is used
        for i in range(in_db):
            if not page_is_authentic(self.old_mac, data[i * PAGE_SIZE : (i + 1) * PAGE_SIZE], first + i):
                raise VaultDamaged(f"page {first + i} of the vault file could not be read; nothing was written")
        if not in_db:
            return secrets.token_bytes(len(data))
        # One CBC pass over every page's IV followed by its content: each content block then decrypts against its
        # own page's IV (the IV block itself decrypts to 16 bytes of no use, dropped).
        pieces = []
        for i in range(in_db):
            base = i * PAGE_SIZE
            pieces.append(view[base + end : base + end + _IV_BYTES])
            pieces.append(view[base + (SALT_BYTES if first + i == 1 else 0) : base + end])
        decryptor = Cipher(algorithms.AES(self.old_key), modes.CBC(bytes(_IV_BYTES))).decryptor()
        plain_all = memoryview(decryptor.update(b"".join(pieces)) + decryptor.finalize())
        # One CBC pass to encrypt: the first page's IV is random, each next page's IV is the last cipher block
        # before it (so every page decrypts on its own with the IV stored in it, as SQLCipher reads it).
        plains, offset = [], 0
        for i in range(in_db):
            size = end - (SALT_BYTES if first + i == 1 else 0)
            plains.append(plain_all[offset + _IV_BYTES : offset + _IV_BYTES + size])
            offset += _IV_BYTES + size
        iv = secrets.token_bytes(_IV_BYTES)
        encryptor = Cipher(algorithms.AES(self.new_key), modes.CBC(iv)).encryptor()
        cipher_all = encryptor.update(b"".join(plains)) + encryptor.finalize()
        out = bytearray()
        offset = 0
        for i, plain in enumerate(plains):
            number, base = first + i, i * PAGE_SIZE
            body = cipher_all[offset : offset + len(plain)]
            offset += len(plain)
            sealed = (self.new_salt + body + iv) if number == 1 else (body + iv)
            iv = body[-_IV_BYTES:]
            mac = page_hmac(self.new_mac, sealed, number)
            # the rest of the reserved area (none with SQLCipher 4's defaults) stays as the old page had it
            out += sealed
            out += mac
            out += view[base + end + _IV_BYTES + len(mac) : base + PAGE_SIZE]
        out += secrets.token_bytes(PAGE_SIZE * (count - in_db))  # past the database's last page
        return bytes(out)


# -- writing -------------------------------------------------------------------------------------------------------

PARTIAL_SUFFIX = ".partial"


def _lock_file(fd: int, *, wait: bool = True) -> bool:
    """An exclusive advisory lock on a `.partial` file: held by its writer for as long as it writes."""
    if os.name != "posix":
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
    except BlockingIOError:
        return False
    return True


def _is_own_partial(head: bytes) -> bool:
    """Does a file start like a backup this format writes (or hold nothing yet)? The header's own checksum makes
    a mistake about somebody else's file practically impossible."""
    if not head:
        return True
    return (
        len(head) >= HEADER_BYTES
        and head[0] == FORMAT_VERSION
        and hashlib.sha256(head[:54]).digest()[:8] == head[54:62]
        and head[62:64] == b"\0\0"
    )


def remove_stale_partials(folder: Path) -> list[Path]:
    """Delete the `.partial` files of backups that were interrupted (a crash, a power cut, a pulled plug) in
    `folder`; a backup still being written holds a lock on its file and is left alone, and so is any file that
    does not start like one of ours. Called before each backup; safe to call at start. Returns what it removed."""
    removed: list[Path] = []
    try:
        candidates = [p for p in Path(folder).iterdir() if p.name.endswith(PARTIAL_SUFFIX)]
    except OSError:
        return removed
    for path in candidates:
        try:
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
        except OSError:
            continue
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode) or not _lock_file(fd, wait=False):
                continue
            if _is_own_partial(os.pread(fd, HEADER_BYTES, 0)):
                path.unlink()
                removed.append(path)
        except OSError:
            continue
        finally:
            os.close(fd)
    if removed:
        with contextlib.suppress(OSError):
            _fsync_dir(Path(folder))
    return removed


class _ChunkWriter:
    """Seals plaintext pieces as numbered chunks; the caller says which piece is the last one."""

    def __init__(self, out: BinaryIO, header: bytes, key: bytes, prefix: bytes) -> None:
        self.out, self.header, self.prefix = out, header, prefix
        self.aead = AESGCM(key)
        self.index = 0

    def _seal(self, plain: bytes, final: bool) -> None:
        sealed = self.aead.encrypt(_nonce(self.prefix, self.index), plain, _aad(self.header, self.index, final))
        self.out.write(struct.pack(">I", len(sealed)))
        self.out.write(sealed)
        self.index += 1


def write_backup(
    vault: Vault,
    out_path: Path,
    passphrase: str,
    *,
    kdf: KdfParams = KDF_V1,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    """Write a backup of the open journal to `out_path` (never overwriting). Returns the path written."""
    from .vault import PAGE_SIZE

    out_path = Path(out_path)
    if out_path.exists():
        raise InvalidInput(f"{out_path} already exists")
    if not out_path.parent.is_dir():
        raise InvalidInput(f"there is no folder {out_path.parent}")
    remove_stale_partials(out_path.parent)
    salt, prefix = secrets.token_bytes(SALT_BYTES), secrets.token_bytes(8)
    enc_key, check_key = _subkeys(derive_key(passphrase, salt, kdf))
    header = _header(kdf, salt, prefix, check_key)
    partial = out_path.with_name(out_path.name + PARTIAL_SUFFIX)
    conn = vault.connection
    busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    if busy is not None and busy[0]:
        raise JournalError("the journal is busy (a search or save is running); try again in a moment")
    conn.execute("BEGIN IMMEDIATE")  # no write reaches the file while it is copied
    try:
        source = vault.slot_path
        size = source.stat().st_size
        schema = int(conn.execute("PRAGMA user_version").fetchone()[0])
        page_count = int(conn.execute("PRAGMA page_count").fetchone()[0])
        with open(source, "rb") as journal_file:
            rekeyer = _PageRekeyer(vault.raw_key, journal_file.read(SALT_BYTES), page_count)
        manifest = json.dumps(
            {
                "format": "journal-backup",
                "version": FORMAT_VERSION,
                "created": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
                "schema": schema,
                "size": size,
                "key": rekeyer.new_key.hex(),  # the copy's own key: it does not open the live vault
            }
        ).encode()
        with open(partial, "xb") as out:
            _lock_file(out.fileno())  # a backup being written is never taken for an interrupted one
            out.write(header)
            writer = _ChunkWriter(out, header, enc_key, prefix)
            # the manifest is a chunk of its own, then each 1 MiB block of the re-keyed file is one chunk; reading
            # one block ahead tells which chunk is the last
            writer._seal(struct.pack(">I", len(manifest)) + manifest, final=False)
            done = 0
            # blocks are re-keyed on two threads while this one reads, seals and writes, in order; a task is a
            # few blocks (fewer hand-overs between the threads), and at most three tasks are in memory at once
            with open(source, "rb") as journal_file, ThreadPoolExecutor(max_workers=2) as pool:
                pending: deque[Future[list[bytes]]] = deque()
                page = 1
                block = journal_file.read(CHUNK_BYTES)
                while block or pending:
                    if cancelled is not None and cancelled():
                        raise Cancelled()
                    while block and len(pending) < 3:
                        task: list[tuple[bytes, int]] = []
                        while block and len(task) < _BLOCKS_A_TASK:
                            task.append((block, page))
                            page += len(block) // PAGE_SIZE
                            block = journal_file.read(CHUNK_BYTES)
                        pending.append(pool.submit(rekeyer.blocks, task))
                    rekeyed = pending.popleft().result()
                    for n, piece in enumerate(rekeyed):
                        writer._seal(piece, final=not block and not pending and n == len(rekeyed) - 1)
                        done += len(piece)
                        if progress is not None:
                            progress(done, size)
            if done != size or done == 0:
                raise JournalError("the journal changed while it was being backed up; try again")
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, out_path)
        _fsync_dir(out_path.parent)
    except OSError as error:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
        raise JournalError(f"the backup could not be written: {error.strerror or error}") from None
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
        raise
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
    return out_path


# -- reading -------------------------------------------------------------------------------------------------------


def _read_exact(stream: BinaryIO, count: int) -> bytes:
    data = stream.read(count)
    return data if data is not None else b""


def _open_header(stream: BinaryIO, passphrase: str) -> tuple[bytes, AESGCM, bytes]:
    header = _read_exact(stream, HEADER_BYTES)
    if len(header) != HEADER_BYTES:
        raise BackupDamaged("the file is too short")
    if hashlib.sha256(header[:54]).digest()[:8] != header[54:62] or header[62:] != b"\0\0":
        raise BackupDamaged("the header does not match its checksum")
    version, cipher, memory, iterations, lanes, salt, prefix = _HEADER.unpack(header[: _HEADER.size])
    if version != FORMAT_VERSION or cipher != CIPHER_AES_GCM:
        raise BackupDamaged("unknown backup format version")
    params = KdfParams(memory, iterations, lanes)
    if params not in ACCEPTED_KDF:
        raise BackupDamaged(
            f"its key-derivation parameters ({memory} KiB, {iterations} iterations, {lanes} lanes) are not the ones "
            "this backup format writes"
        )
    enc_key, check_key = _subkeys(derive_key(passphrase, salt, params))
    expected = hmac.new(check_key, _INFO_CHECK + header[: _HEADER.size], hashlib.sha256).digest()[:16]
    if not hmac.compare_digest(expected, header[_HEADER.size : _HEADER.size + 16]):
        raise WrongPassphrase()
    return header, AESGCM(enc_key), prefix


def _plain_chunks(stream: BinaryIO, header: bytes, aead: AESGCM, prefix: bytes) -> Iterator[bytes]:
    index = 0
    length_bytes = _read_exact(stream, 4)
    while True:
        if len(length_bytes) != 4:
            raise BackupDamaged("the file ends before its last chunk")
        (length,) = struct.unpack(">I", length_bytes)
        if not TAG_BYTES <= length <= CHUNK_BYTES + TAG_BYTES:
            raise BackupDamaged(f"chunk {index} has an impossible length")
        sealed = _read_exact(stream, length)
        if len(sealed) != length:
            raise BackupDamaged("the file ends inside a chunk")
        length_bytes = _read_exact(stream, 4)
        final = length_bytes == b""
        try:
            yield aead.decrypt(_nonce(prefix, index), sealed, _aad(header, index, final))
        except InvalidTag:
            raise BackupDamaged(f"chunk {index} has been changed, moved or cut") from None
        if final:
            return
        index += 1


def read_backup(
    path: Path,
    passphrase: str,
    sink: Callable[[bytes], object] | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Manifest:
    """Decrypt and check a whole backup; the journal file's bytes go to `sink` (or nowhere, to verify)."""
    try:
        total = Path(path).stat().st_size
        stream = open(path, "rb")
    except FileNotFoundError:
        raise InvalidInput(f"there is no file {path}") from None
    except OSError as error:
        raise JournalError(f"cannot read {path}: {error.strerror}") from None
    with stream:
        header, aead, prefix = _open_header(stream, passphrase)
        pending = bytearray()
        manifest: Manifest | None = None
        written = 0
        for plain in _plain_chunks(stream, header, aead, prefix):
            if cancelled is not None and cancelled():
                raise Cancelled()
            if manifest is None:
                pending += plain
                if len(pending) < 4:
                    continue
                (length,) = struct.unpack(">I", pending[:4])
                if length > 64 * 1024:
                    raise BackupDamaged("the manifest is too long")
                if len(pending) < 4 + length:
                    continue
                manifest = _parse_manifest(bytes(pending[4 : 4 + length]))
                plain = bytes(pending[4 + length :])
                pending.clear()
            if sink is not None and plain:
                sink(plain)
            written += len(plain)
            if progress is not None:
                progress(stream.tell(), total)
        if manifest is None or written != manifest.size:
            raise BackupDamaged("the journal inside is incomplete")
        return manifest


def _parse_manifest(data: bytes) -> Manifest:
    try:
        raw: Any = json.loads(data)
        if raw.get("format") != "journal-backup":
            raise ValueError
        return Manifest(str(raw["created"]), int(raw["schema"]), int(raw["size"]), bytes.fromhex(raw["key"]))
    except (ValueError, KeyError, TypeError, AttributeError):
        raise BackupDamaged("the manifest cannot be read") from None


def verify_backup(path: Path, passphrase: str, progress: Progress | None = None) -> Manifest:
    """Decrypt everything, write nothing."""
    return read_backup(path, passphrase, None, progress)


@contextlib.contextmanager
def unpacked_journal(
    path: Path,
    passphrase: str,
    work_dir: Path,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Iterator[tuple[Path, Manifest]]:
    """Verify the backup, then write its journal file (still SQLCipher-encrypted) into a fresh folder under
    `work_dir`; yields (file, manifest) and removes the folder afterwards, whatever happens. `cancelled` can stop
    both passes (Cancelled); nothing has been changed then."""
    read_backup(path, passphrase, None, progress, cancelled)
    recover_interrupted_restores(work_dir)  # left by a restore or merge that was killed
    folder = work_dir / f"{_WORK_PREFIX}{secrets.token_hex(6)}"
    folder.mkdir(mode=0o700)
    lock = os.open(folder / _WORK_LOCK, os.O_RDWR | os.O_CREAT, 0o600)
    _lock_file(lock)  # another restore or merge in the same folder leaves this work folder alone
    try:
        target = folder / "journal"
        with open(target, "xb") as out:
            manifest = read_backup(path, passphrase, out.write, None, cancelled)
        yield target, manifest
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        os.close(lock)


@dataclass(frozen=True)
class RestoreResult:
    folder: Path
    moved_aside: Path | None


def restore_backup(
    path: Path,
    passphrase: str,
    target: Path,
    *,
    new_passphrase: str | None = None,
    kdf: KdfParams = KDF_V1,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> RestoreResult:
    """Restore into a new vault at `target`, under `new_passphrase` (default: the backup's passphrase).

    The backup is verified in full first. The new vault is built beside the target and swapped in only at the end;
    a vault already at `target` is moved aside (its new name is returned), never overwritten.
    """
    from .vault import Vault, check_not_busy, vault_exists

    target = Path(target)
    if target.is_dir() and vault_exists(target):
        check_not_busy(target)
    parent = target.parent
    parent.mkdir(parents=True, exist_ok=True)
    if target.exists() and not target.is_dir():
        raise InvalidInput(f"{target} is a file, not a folder")
    if target.is_dir() and not vault_exists(target) and any(target.iterdir()):
        raise InvalidInput(f"{target} is a folder with other files in it; choose an empty or new folder")
    with unpacked_journal(path, passphrase, parent, progress, cancelled) as (journal_file, manifest):
        work = journal_file.parent
        staging = work / "vault"
        Vault.create(staging, new_passphrase or passphrase, kdf=kdf, source=(journal_file, manifest.key)).close()
        moved_aside = _swap_in(work, staging, target)
    return RestoreResult(target, moved_aside)


# -- swapping a restored vault into place, crash-safe ----------------------------------------------------------------

_SWAP_NOTE = "swap.json"
_WORK_LOCK = "lock"
_WORK_PREFIX = ".journal-restore-"


def _rename_exchange(first: Path, second: Path) -> bool:
    """Swap two folders in one atomic step (Linux renameat2 with RENAME_EXCHANGE): at every moment each name holds
    a whole folder. False where the system or the file system cannot do it."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        return False
    at_fdcwd, rename_exchange = -100, 2
    if renameat2(at_fdcwd, os.fsencode(first), at_fdcwd, os.fsencode(second), rename_exchange) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP, errno.EXDEV):
        return False
    raise OSError(code, os.strerror(code), str(second))


def _aside_name(parent: Path, name: str) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    candidate = parent / f"{name}-before-restore-{stamp}"
    n = 2
    while candidate.exists():
        candidate = parent / f"{name}-before-restore-{stamp}-{n}"
        n += 1
    return candidate


def _write_note(work: Path, note: dict[str, Any]) -> None:
    """What the swap is about to do, so that a restore killed half-way can be finished (names only, no secret)."""
    path = work / _SWAP_NOTE
    with open(path, "w", encoding="utf-8") as out:
        json.dump(note, out)
        out.flush()
        os.fsync(out.fileno())
    _fsync_dir(work)


def _swap_in(work: Path, staging: Path, target: Path) -> Path | None:
    """Put the restored vault `staging` at `target`; a vault already there is moved aside (the new name is
    returned). With an atomic exchange there is a vault at `target` at every moment, and the live vault is at the
    target or under its new name; a note in the work folder lets `recover_interrupted_restores` tidy up after a
    crash."""
    from .vault import vault_exists

    parent = target.parent
    live = target.is_dir() and vault_exists(target)
    aside = _aside_name(parent, target.name) if live else None
    _write_note(
        work,
        {
            "target": target.name,
            "aside": aside.name if aside else None,
            "live_inode": target.stat().st_ino if live else None,
        },
    )
    if aside is not None:
        # The restored vault first waits under the name the live one will have, then one atomic exchange puts each
        # in its place: at every moment the live vault is at the target or under its "before restore" name.
        os.replace(staging, aside)
        _fsync_dir(parent)
        if not _rename_exchange(aside, target):  # no atomic exchange on this system: two renames
            os.replace(aside, staging)
            os.replace(target, aside)
            os.replace(staging, target)
    else:
        if target.is_dir():
            target.rmdir()
        os.replace(staging, target)
    _fsync_dir(parent)
    return aside


def _in_use(work: Path) -> bool:
    """Is a restore or merge still working in this folder (it holds the lock on its `lock` file)?"""
    try:
        fd = os.open(work / _WORK_LOCK, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return False  # no lock file: made by an earlier version, or killed before it was created
    try:
        return not _lock_file(fd, wait=False)
    finally:
        os.close(fd)


def recover_interrupted_restores(folder: Path) -> list[Path]:
    """Finish what a restore or merge killed half-way left in `folder` (work folders `.journal-restore-*`).

    A whole vault in a work folder whose swap had begun (its note is there) is never deleted: the live vault that was
    being moved aside goes to its "before restore" name, a restored vault whose target is missing goes to the
    target, and one that cannot be told apart for sure goes to a visible "restore-leftover" folder. What remains
    (the unpacked, still encrypted copy of the backup, a vault built before any swap began) is deleted: the backup
    file still holds all of it. Returns where vaults were moved."""
    from .vault import vault_exists

    base = Path(folder)
    moved: list[Path] = []
    for work in sorted(base.glob(_WORK_PREFIX + "*")):
        if not work.is_dir() or work.is_symlink() or _in_use(work):
            continue
        staging = work / "vault"
        note: Any = None
        with contextlib.suppress(OSError, ValueError):
            note = json.loads((work / _SWAP_NOTE).read_text(encoding="utf-8"))
        if isinstance(note, dict) and isinstance(note.get("target"), str) and isinstance(note.get("aside"), str):
            target, waiting = base / Path(note["target"]).name, base / Path(note["aside"]).name
            inode = note.get("live_inode")
            if (
                not vault_exists(staging)
                and vault_exists(waiting)
                and target.is_dir()
                and target.stat().st_ino == inode
                and waiting.stat().st_ino != inode
            ):  # killed before the exchange: the live vault is still at the target, the restored copy waits
                shutil.rmtree(waiting, ignore_errors=True)  # (the backup file holds it)
                _fsync_dir(base)
        if isinstance(note, dict) and isinstance(note.get("target"), str) and vault_exists(staging):
            target = base / Path(note["target"]).name
            inode = note.get("live_inode")
            if inode is not None and staging.stat().st_ino == inode:  # the live vault, already swapped out
                destination = _aside_name(base, target.name)
            elif not target.exists() or (target.is_dir() and not any(target.iterdir())):
                if target.exists():
                    target.rmdir()
                destination = target
            else:
                destination = _aside_name(base, f"{target.name}-restore-leftover")
            os.replace(staging, destination)
            _fsync_dir(base)
            moved.append(destination)
        shutil.rmtree(work, ignore_errors=True)
    return moved
