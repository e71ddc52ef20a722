"""Crash points: run a vault operation in a child process, kill it at the k-th call that changes or flushes files,
for every k until the operation completes without reaching k, and check what is left after each crash.

Two ways of killing:
- "hook": the child wraps os.fsync, os.replace, os.rename, os.unlink, os.remove, os.ftruncate, os.rmdir and the
  directory exchange, and calls os._exit at the k-th (tests/crash_child.py). Runs everywhere.
- "strace": the child runs under `strace -e inject=SYSCALL:signal=KILL:when=K`, one system call kind at a time, so
  SQLite's own fsync/fdatasync/unlink/ftruncate calls are crash points too. strace counts each kind separately.
"""

from __future__ import annotations

import collections
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SYSCALLS = ("fsync", "fdatasync", "rename", "renameat", "renameat2", "unlink", "unlinkat", "rmdir", "ftruncate")


@dataclass
class Sweep:
    operation: str
    how: str
    points: int = 0
    completed: int = 0  # runs where the operation finished before reaching the point
    outcomes: collections.Counter[str] = field(default_factory=collections.Counter)
    failures: list[str] = field(default_factory=list)

    def summary(self) -> str:
        kinds = ", ".join(f"{n} {kind}" for kind, n in sorted(self.outcomes.items()))
        return f"{self.operation} ({self.how}): {self.points} crash points: {kinds}; {len(self.failures)} failed"


def _child(operation: str, folder: Path, *extra: str, prefix: tuple[str, ...] = ()) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    return subprocess.run(
        [*prefix, sys.executable, "-m", "tests.crash_child", operation, str(folder), *extra],
        cwd=ROOT, capture_output=True, text=True, timeout=300, env=env, check=False,
    )  # fmt: skip


def strace_available() -> bool:
    if shutil.which("strace") is None:
        return False
    probe = subprocess.run(["strace", "-qq", "-o", "/dev/null", "true"], capture_output=True, check=False)
    return probe.returncode == 0


def _count_syscalls(operation: str, folder: Path) -> dict[str, int]:
    """How many times the operation's process makes each system call of SYSCALLS (a clean run under strace)."""
    log = folder.parent / f"{folder.name}.strace"
    done = _child(
        operation, folder, prefix=("strace", "-f", "-qq", "-o", str(log), "-e", "trace=" + ",".join(SYSCALLS))
    )
    assert done.returncode == 0 and "ack" in done.stdout, done.stderr[-3000:]
    counts = collections.Counter[str]()
    for line in log.read_text().splitlines():
        name = line.split(None, 1)[-1].split("(", 1)[0].strip() if "(" in line else ""
        name = name.split()[-1] if name else ""
        if name in SYSCALLS and "resumed>" not in line:
            counts[name] += 1
    log.unlink()
    return dict(counts)


def sweep(
    operation: str,
    prepare: Callable[[Path], None],
    check: Callable[[Path, bool], str],
    work: Path,
    how: str = "hook",
    limit: int | None = None,
) -> Sweep:
    """For every crash point of `operation`: copy the folder `prepare` made, run the child with the crash, then
    `check(folder, acknowledged)` returns an outcome name (or raises AssertionError: a failure)."""
    template = work / f"{operation}-template"
    prepare(template)
    result = Sweep(operation, how)

    def one(label: str, runner: Callable[[Path], subprocess.CompletedProcess[str]]) -> bool:
        """Run one crash point; False when the operation finished without reaching it."""
        folder = work / f"{operation}-{label}"
        shutil.copytree(template, folder, symlinks=True)
        done = runner(folder)
        acknowledged = "ack" in done.stdout
        if acknowledged and done.returncode == 0:
            shutil.rmtree(folder, ignore_errors=True)
            return False
        result.points += 1
        checked(folder, acknowledged, label)
        return True

    def checked(folder: Path, acknowledged: bool, label: str) -> None:
        try:
            result.outcomes[check(folder, acknowledged)] += 1
        except AssertionError as error:
            result.failures.append(f"{label}: {error}")
            result.outcomes["FAILED"] += 1
        except Exception as error:  # an error while checking is a failure too (e.g. the folder cannot be used)
            result.failures.append(f"{label}: {type(error).__name__}: {error}")
            result.outcomes["FAILED"] += 1
        shutil.rmtree(folder, ignore_errors=True)

    if how == "hook":
        extra = (str(limit),) if limit is not None else ()
        done = _child("sweep", Path(operation), str(template), str(work), *extra)
        assert done.returncode == 0 and "done" in done.stdout, done.stderr[-3000:]
        for line in done.stdout.splitlines():
            if line.startswith("point "):
                _, k, folder, acknowledged, _code = line.split(" ")
                result.points += 1
                checked(Path(folder), acknowledged == "1", f"hook-{k}")
        result.completed = 1
    else:
        probe = work / f"{operation}-probe"
        shutil.copytree(template, probe, symlinks=True)
        counts = _count_syscalls(operation, probe)
        shutil.rmtree(probe, ignore_errors=True)
        for name, count in sorted(counts.items()):
            for k in range(1, count + 1):
                inject = ("strace", "-f", "-qq", "-o", "/dev/null", "-e", f"trace={name}",
                          "-e", f"inject={name}:signal=KILL:when={k}")  # fmt: skip
                one(f"{name}-{k}", lambda f, inject=inject: _child(operation, f, prefix=inject))
    shutil.rmtree(template, ignore_errors=True)
    return result
