"""The CLI on the generated vault (issue 16): `list`, `list --json`, `export` (JSON and Markdown) and a backup, each
in a child process of its own, timed, with its peak memory (VmHWM, read by the child itself at the end, so a parent's
size cannot leak into it).

    python -m benchmarks.cli_bench run SPEC     (SPEC: folder, passphrase, kdf; prints one JSON document)

The child runs `journal_app.cli.main(argv, kdf=...)` (the installed `journal-app` entry point, with the generated
vault's cheap KDF instead of the format's Argon2id, which is measured apart) with its standard output sent to
/dev/null through the file descriptor, so every line is really written.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = Path(__file__).resolve().parent / "out"


def _vm_hwm_mib() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def child(spec: dict[str, Any]) -> int:
    started = time.perf_counter()
    from journal_app import cli
    from journal_app.core.kdf import KdfParams

    devnull = os.open(os.devnull, os.O_WRONLY)
    saved = os.dup(1)
    os.dup2(devnull, 1)
    try:
        code = cli.main(spec["argv"], kdf=KdfParams(**spec["kdf"]))
        sys.stdout.flush()
    finally:
        os.dup2(saved, 1)
    result = {"code": code, "seconds": round(time.perf_counter() - started, 2), "peak_rss_mib": round(_vm_hwm_mib(), 1)}
    print(json.dumps(result))
    return 0


def _run(argv: list[str], kdf: dict[str, int]) -> dict[str, Any]:
    spec = json.dumps({"argv": argv, "kdf": kdf})
    done = subprocess.run([sys.executable, "-m", "benchmarks.cli_bench", "child", spec], cwd=ROOT,
                          capture_output=True, text=True, check=False)  # fmt: skip
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-2000:])
    result = json.loads(done.stdout.strip().splitlines()[-1])
    if result["code"] != 0:
        raise RuntimeError(f"journal-app {' '.join(argv[4:])} failed: {done.stderr[-500:]}")
    return result


def task_run(spec: dict[str, Any]) -> dict[str, Any]:
    folder, kdf = spec["folder"], spec["kdf"]
    with tempfile.TemporaryDirectory(dir=OUT, prefix="cli-") as tmp:
        base = Path(tmp)
        passfile = base / "passphrase"
        passfile.write_text(spec["passphrase"] + "\n", encoding="utf-8")
        common = ["--vault", folder, "--passphrase-file", str(passfile)]
        result: dict[str, Any] = {
            "list": _run([*common, "list"], kdf),
            "list_json": _run([*common, "list", "--json"], kdf),
            "export_json": _run([*common, "export", "--format", "json", str(base / "out.json")], kdf),
        }
        result["export_json"]["bytes"] = (base / "out.json").stat().st_size
        (base / "out.json").unlink()
        result["export_md"] = _run([*common, "export", "--format", "md", str(base / "md")], kdf)
        shutil.rmtree(base / "md", ignore_errors=True)
        result["backup"] = _backup(spec, base)
    return result


def _backup(spec: dict[str, Any], base: Path) -> dict[str, Any]:
    """A backup of the vault of entries (not of attachments), with the cheap KDF for the backup's key too."""
    code = (
        "import json, sys, time\n"
        "from pathlib import Path\n"
        "from journal_app.core.backup import write_backup\n"
        "from journal_app.core.kdf import KdfParams\n"
        "from journal_app.core.vault import Vault\n"
        "spec = json.loads(sys.argv[1])\n"
        "kdf = KdfParams(**spec['kdf'])\n"
        "with Vault.open(spec['folder'], spec['passphrase'], kdf=kdf) as vault:\n"
        "    start = time.perf_counter()\n"
        "    write_backup(vault, Path(spec['out']), spec['passphrase'], kdf=kdf)\n"
        "    seconds = time.perf_counter() - start\n"
        "hwm = [int(l.split()[1]) for l in open('/proc/self/status') if l.startswith('VmHWM:')][0] / 1024\n"
        "print(json.dumps({'seconds': round(seconds, 2), 'peak_rss_mib': round(hwm, 1)}))\n"
    )
    out = base / "backup.jbak"
    args = json.dumps({**spec, "out": str(out)})
    done = subprocess.run([sys.executable, "-c", code, args], cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-2000:])
    result = json.loads(done.stdout.strip().splitlines()[-1])
    vault_bytes = sum(p.stat().st_size for p in Path(spec["folder"]).iterdir() if p.is_file())
    # the speed is of the journal's file, which the backup reads and re-keys (the vault holds two files that size)
    slot_bytes = max(p.stat().st_size for p in Path(spec["folder"]).iterdir() if p.is_file())
    result.update(vault_bytes=vault_bytes, slot_bytes=slot_bytes, backup_bytes=out.stat().st_size,
                  mb_per_s=round(slot_bytes / 1e6 / max(result["seconds"], 1e-6), 1))  # fmt: skip
    out.unlink()
    return result


def main(argv: list[str]) -> int:
    spec = json.loads(argv[1]) if len(argv) > 1 else {}
    if argv[0] == "child":
        return child(spec)
    OUT.mkdir(parents=True, exist_ok=True)
    print(json.dumps(task_run(spec), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
