"""A child process for the crash-point tests: it runs one vault operation and is killed at a chosen point.

    python -m tests.crash_child OP FOLDER                run OP, print "ack" when it returned
    python -m tests.crash_child sweep OP TEMPLATE WORK  every hook point K (as below) in a forked child each
    python -m tests.crash_child OP FOLDER hook K          run OP, but os._exit(70) at the K-th call of os.fsync,
                                                         os.replace, os.rename, os.unlink, os.remove, os.ftruncate,
                                                         os.rmdir or the directory exchange made while OP runs; at
                                                         the end it prints "calls N" (how many such calls OP made)

Under strace's fault injection (tests/crash_points.py) the first form is used and strace kills the process at the
K-th system call of one kind, SQLite's own calls included.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from journal_app.core import backup as backup_module
from journal_app.core.backup import restore_backup, write_backup
from journal_app.core.merge import merge_backup
from journal_app.core.vault import Vault
from tests.conftest import FAST_KDF

A, B, DECOY, BACKUP = "фраза А", "фраза Б", "приманка", "копия"
CRASH_EXIT = 70
HOOKED = ("fsync", "replace", "rename", "unlink", "remove", "ftruncate", "rmdir")

backup_module.ACCEPTED_KDF += (FAST_KDF,)


def _open(folder: Path) -> Vault:
    return Vault.open(folder / "vault", A, kdf=FAST_KDF)


def op_init(folder: Path) -> None:
    Vault.create(folder / "vault", A, kdf=FAST_KDF).close()


def op_passwd(folder: Path) -> None:
    with _open(folder) as vault:
        vault.change_passphrase(B)


def op_decoy_set(folder: Path) -> None:
    with _open(folder) as vault:
        vault.set_decoy(DECOY)


def op_decoy_remove(folder: Path) -> None:
    with _open(folder) as vault:
        vault.remove_decoy()


def op_backup(folder: Path) -> None:
    with _open(folder) as vault:
        write_backup(vault, folder / "out.backup", BACKUP, kdf=FAST_KDF)


def op_restore_new(folder: Path) -> None:
    restore_backup(folder / "b.backup", BACKUP, folder / "restored", kdf=FAST_KDF)


def op_restore_live(folder: Path) -> None:
    restore_backup(folder / "b.backup", BACKUP, folder / "vault", kdf=FAST_KDF)


def op_merge(folder: Path) -> None:
    with _open(folder) as vault:
        merge_backup(vault, folder / "b.backup", BACKUP)


OPERATIONS: dict[str, Callable[[Path], None]] = {
    name.removeprefix("op_"): value for name, value in globals().items() if name.startswith("op_")
}


class _Hook:
    """Counts the calls that change or flush files; exits the process at the K-th."""

    def __init__(self, crash_at: int) -> None:
        self.crash_at, self.calls = crash_at, 0

    def wrap(self, real: Callable[..., Any]) -> Callable[..., Any]:
        def hooked(*args: Any, **kwargs: Any) -> Any:
            self.calls += 1
            if self.calls == self.crash_at:
                os._exit(CRASH_EXIT)
            return real(*args, **kwargs)

        return hooked

    def install(self) -> None:
        for name in HOOKED:
            setattr(os, name, self.wrap(getattr(os, name)))
        if hasattr(backup_module, "_rename_exchange"):
            backup_module._rename_exchange = self.wrap(backup_module._rename_exchange)


def sweep_forked(op: str, template: Path, work: Path, limit: int | None) -> None:
    """Every hook crash point of `op`, each in a child forked from this process (already imported: quick): copy
    `template` to WORK/OP-hook-K, crash at the K-th call, print "point K FOLDER ACKNOWLEDGED EXIT"; stop at the
    first K the operation finishes before reaching."""
    import shutil

    k = 0
    while limit is None or k < limit:
        k += 1
        folder = work / f"{op}-hook-{k}"
        ack = work / f"{op}-hook-{k}.ack"
        shutil.copytree(template, folder, symlinks=True)
        sys.stdout.flush()
        pid = os.fork()
        if pid == 0:
            code = 1
            try:
                _Hook(k).install()
                OPERATIONS[op](folder)
                ack.write_text("ack")
                code = 0
            finally:
                os._exit(code)
        _, status = os.waitpid(pid, 0)
        code = os.waitstatus_to_exitcode(status)
        acknowledged = ack.exists()
        ack.unlink(missing_ok=True)
        if acknowledged and code == 0:
            shutil.rmtree(folder, ignore_errors=True)
            print("done", k - 1, flush=True)
            return
        print("point", k, folder, int(acknowledged), code, flush=True)
    print("done", k, flush=True)


def main(argv: list[str]) -> int:
    if argv[0] == "sweep":
        sweep_forked(argv[1], Path(argv[2]), Path(argv[3]), int(argv[4]) if len(argv) > 4 else None)
        return 0
    op, folder = argv[0], Path(argv[1])
    hook = _Hook(int(argv[3])) if len(argv) > 2 and argv[2] == "hook" else None
    if hook is not None:
        hook.install()
    OPERATIONS[op](folder)
    print("ack", flush=True)
    if hook is not None:
        print(f"calls {hook.calls}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
