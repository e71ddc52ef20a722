"""Measurements that run in a child process each, so that one's memory and caches do not colour another's.

    python -m benchmarks.measure TASK SPEC.json     (prints one JSON document on stdout)

Tasks: `core` (open to first page, search, save, memory, query plans), `unlock` (Argon2id and a full unlock with the
real parameters), `ours_compare` (open + search per query, for the jrnl comparison), `jrnl_compare` (jrnl's own
Python API: load the journal file and filter it).
"""

from __future__ import annotations

import json
import os
import random
import resource
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

MIB = 1024 * 1024


# -- helpers -----------------------------------------------------------------------------------------------------


def percentile(values: list[float], pct: float) -> float:
    """Nearest-rank percentile (the value below which `pct` % of the samples fall)."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = max(0, min(len(ordered) - 1, round(pct / 100 * len(ordered) + 0.5) - 1))
    return ordered[rank]


def summary_ms(seconds: list[float]) -> dict[str, float]:
    ms = [s * 1000 for s in seconds]
    return {
        "n": len(ms),
        "median_ms": round(statistics.median(ms), 3),
        "p95_ms": round(percentile(ms, 95), 3),
        "max_ms": round(max(ms), 3),
        "min_ms": round(min(ms), 3),
    }


def _status_kib(field: str) -> int | None:
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def rss_mib() -> float:
    try:
        import psutil

        return float(psutil.Process().memory_info().rss) / MIB
    except ImportError:
        kib = _status_kib("VmRSS")
        return kib / 1024 if kib is not None else float("nan")


def peak_rss_mib() -> float:
    """Peak resident set size of this process so far (VmHWM, reset by reset_peak; else ru_maxrss)."""
    kib = _status_kib("VmHWM")
    if kib is None:
        kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        if sys.platform == "darwin":
            kib //= 1024
    return kib / 1024


def reset_peak() -> bool:
    """Start a new peak-RSS window (Linux: writing 5 to /proc/self/clear_refs resets VmHWM)."""
    try:
        with open("/proc/self/clear_refs", "w") as refs:
            refs.write("5")
        return True
    except OSError:
        return False


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def _kdf(spec: dict[str, Any]) -> Any:
    from journal_app.core.kdf import KdfParams

    return KdfParams(**spec["kdf"])


# -- core: open, search, save, memory ----------------------------------------------------------------------------


def _first_page(folder: str, passphrase: str, kdf: Any) -> tuple[Any, Any]:
    from journal_app.core.vault import Vault

    vault = Vault.open(folder, passphrase, kdf=kdf)
    page = vault.journal().list_entries(limit=50)
    return vault, page


def task_core(spec: dict[str, Any]) -> dict[str, Any]:
    from journal_app.core import search as query_language
    from journal_app.core.kdf import derive_key
    from journal_app.core.vault import Vault, read_salt

    folder, passphrase, kdf = spec["folder"], spec["passphrase"], _kdf(spec)
    result: dict[str, Any] = {"rss_after_imports_mib": round(rss_mib(), 1)}
    can_reset = reset_peak()
    result["peak_windows"] = can_reset

    # The cheap KDF of the generated vault, so that what is left is the open itself.
    kdf_seconds = [timed(lambda: derive_key(passphrase, read_salt(Path(folder)), kdf))[0] for _ in range(5)]
    result["cheap_kdf_ms"] = round(statistics.median(kdf_seconds) * 1000, 3)

    # Open to first page: the first one in this process, then repeated opens (SQLCipher keeps no cache between
    # connections; the operating system's file cache is warm after the first).
    opens: list[float] = []
    for _ in range(spec["open_repeats"]):
        seconds, (vault, page) = timed(lambda: _first_page(folder, passphrase, kdf))
        assert len(page) == 50
        vault.close()
        opens.append(seconds)
    result["open_first_page"] = {"first_ms": round(opens[0] * 1000, 3), **summary_ms(opens)}
    result["peak_rss_open_mib"] = round(peak_rss_mib(), 1)

    vault = Vault.open(folder, passphrase, kdf=kdf)
    journal = vault.journal()
    conn = vault.connection

    # Search: each class of queries, timed one by one on the open vault, as the search box runs them.
    searches: dict[str, Any] = {}
    plans: dict[str, list[str]] = {}
    all_seconds: list[float] = []
    for kind, queries in spec["queries"].items():
        seconds: list[float] = []
        hits: list[int] = []
        for query in queries:
            elapsed, found = timed(lambda q=query: journal.search(q))
            seconds.append(elapsed)
            hits.append(len(found))
        matches = []
        for query in queries[:20]:  # how many entries a query matches (not timed)
            parsed = query_language.parse(query)
            match = parsed.match_expression()
            if match is not None:
                matches.append(conn.execute("SELECT count(*) FROM entries_fts WHERE entries_fts MATCH ?", (match,)))
            else:
                where, params = journal._filters(parsed.date_from, parsed.date_to, parsed.tags)
                matches.append(conn.execute(f"SELECT count(*) FROM entries e WHERE 1{where}", params))
        counts = [int(c.fetchone()[0]) for c in matches]
        searches[kind] = {
            **summary_ms(seconds),
            "results_median": statistics.median(hits),
            "matching_entries_median": statistics.median(counts) if counts else None,
            "matching_entries_max": max(counts) if counts else None,
            "slowest": [queries[i] for i in sorted(range(len(queries)), key=lambda i: -seconds[i])[:3]],
        }
        all_seconds += seconds
        plans[kind] = _plan(journal, conn, queries[0])
    searches["all"] = summary_ms(all_seconds)
    result["search"] = searches
    result["query_plans"] = plans
    result["peak_rss_search_mib"] = round(peak_rss_mib(), 1)

    # Save an edited entry: Journal.update with a changed body (a version is kept, the index is rewritten).
    rng = random.Random(spec["seed"])
    total = conn.execute("SELECT max(seq) FROM entries").fetchone()[0]
    seqs = rng.sample(range(1, total + 1), spec["saves"])
    ids = [conn.execute("SELECT id FROM entries WHERE seq = ?", (s,)).fetchone()[0] for s in seqs]
    save_seconds: list[float] = []
    for entry_id in ids:
        entry = journal.get(entry_id)  # the editor has the entry open already: not timed
        words = entry.body.split(" ")
        words[rng.randrange(len(words))] = rng.choice(("today", "сегодня", "again", "снова", "passport", "паспорта"))
        body = " ".join(words) + "\n\nP.S. " + rng.choice(("Edited later.", "Дописала вечером.", "Ще одне."))
        elapsed, _ = timed(lambda i=entry_id, b=body: journal.update(i, body=b))
        save_seconds.append(elapsed)
    result["save"] = summary_ms(save_seconds)
    result["peak_rss_save_mib"] = round(peak_rss_mib(), 1)
    result["wal_bytes_before_close"] = sum(p.stat().st_size for p in Path(folder).glob("*-wal"))
    vault.close()
    result["peak_rss_mib"] = round(max(result[k] for k in result if k.startswith("peak_rss_")), 1)
    result["ru_maxrss_mib"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    return result


def _plan(journal: Any, conn: Any, query: str) -> list[str]:
    """EXPLAIN QUERY PLAN of the statement Journal.search runs for `query` (rebuilt the same way)."""
    from journal_app.core import journal as journal_module
    from journal_app.core import search as query_language

    parsed = query_language.parse(query)
    where, params = journal._filters(parsed.date_from, parsed.date_to, parsed.tags, parsed.excluded_tags)
    columns = journal_module._SUMMARY_COLUMNS
    match = parsed.match_expression()
    if match is not None:
        sql = (
            f"SELECT {columns}, e.body FROM entries_fts f JOIN entries e ON e.seq = f.rowid "
            f"WHERE entries_fts MATCH ? AND e.deleted_at IS NULL{where} "
            "ORDER BY bm25(entries_fts, 4.0, 1.0, 2.0), e.entry_date DESC LIMIT ? OFFSET ?"
        )
        args = (match, *params, 50, 0)
    else:
        sql = (
            f"SELECT {columns}, e.body FROM entries e WHERE e.deleted_at IS NULL{where} "
            "ORDER BY e.entry_date DESC, e.created_at DESC LIMIT ? OFFSET ?"
        )
        args = (*params, 50, 0)
    return [f"{query}: "] + [row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + sql, args).fetchall()]


# -- unlock with the real Argon2id -------------------------------------------------------------------------------


def task_unlock(spec: dict[str, Any]) -> dict[str, Any]:
    import secrets

    from journal_app.core.kdf import KDF_V1, derive_key

    result: dict[str, Any] = {"rss_after_imports_mib": round(rss_mib(), 1)}
    seconds = [timed(lambda: derive_key(spec["passphrase"], secrets.token_bytes(16), KDF_V1))[0] for _ in range(5)]
    result["argon2id"] = summary_ms(seconds)
    full: list[float] = []
    for _ in range(spec["repeats"]):
        elapsed, (vault, page) = timed(lambda: _first_page(spec["folder"], spec["passphrase"], KDF_V1))
        assert len(page) == 50
        vault.close()
        full.append(elapsed)
    result["full_unlock_small_vault"] = {"entries": spec["entries"], **summary_ms(full)}
    result["peak_rss_mib"] = round(peak_rss_mib(), 1)
    return result


# -- the jrnl comparison -----------------------------------------------------------------------------------------


def task_ours_compare(spec: dict[str, Any]) -> dict[str, Any]:
    """Open the vault (key known: the cheap KDF) and run one search, fresh for every query, like a new session."""
    from journal_app.core.vault import Vault

    kdf = _kdf(spec)
    seconds: list[float] = []
    hits: list[int] = []

    def run(word: str) -> int:
        with Vault.open(spec["folder"], spec["passphrase"], kdf=kdf) as vault:
            return len(vault.journal().search(word))

    run(spec["words"][0])  # warm the file cache, as jrnl's first read does
    for word in spec["words"]:
        elapsed, found = timed(lambda w=word: run(w))
        seconds.append(elapsed)
        hits.append(found)
    return {**summary_ms(seconds), "results": hits}


def task_jrnl_compare(spec: dict[str, Any]) -> dict[str, Any]:
    """jrnl 4.6's own load and search, through its Python API: open the journal file, filter by -contains."""
    from jrnl.config import load_config, scope_config
    from jrnl.journals import open_journal

    config = scope_config(load_config(spec["config"]), "default")
    seconds: list[float] = []
    hits: list[int] = []

    def run(word: str) -> int:
        journal = open_journal("default", config)
        journal.filter(contains=[word])
        journal.limit(50)
        return len(journal.entries)

    loaded = open_journal("default", config)
    count = len(loaded.entries)
    del loaded
    for word in spec["words"]:
        elapsed, found = timed(lambda w=word: run(w))
        seconds.append(elapsed)
        hits.append(found)
    return {**summary_ms(seconds), "results": hits, "entries_loaded": count, "home": os.environ.get("HOME")}


TASKS: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
    "core": task_core,
    "unlock": task_unlock,
    "ours_compare": task_ours_compare,
    "jrnl_compare": task_jrnl_compare,
}


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    task, spec_path = args
    spec = json.loads(Path(spec_path).read_text(encoding="utf-8"))
    result = TASKS[task](spec)
    sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
