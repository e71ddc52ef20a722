"""Search by query shape, against the FTS5 floor, warm and cold (issue 16).

    python -m benchmarks.search_bench floor SPEC   build the floor database from a vault: a plain (unencrypted) SQLite
                                                   file with an FTS5 table of the same stemmed text (same tokenizer,
                                                   same prefix indexes), the entries' dates and tags
    python -m benchmarks.search_bench warm SPEC    every query shape through `Journal.search(q, limit=100,
                                                   snippets=FIRST_SNIPPETS)` (the call after which the app's search
                                                   worker shows the results: 100 hits, the first screen's snippets),
                                                   then its `complete_hits` (every other snippet, filled in right
                                                   after), then the same result sets from the floor database, in the
                                                   same process, alternating shape by shape
    python -m benchmarks.search_bench cold SPEC    the first query of each shape on a vault whose files were just
                                                   dropped from the OS file cache (posix_fadvise DONTNEED), one
                                                   fresh open per shape

SPEC is a JSON document (a string); each task prints one JSON document on stdout.

The floor is what SQLite's FTS5 costs for the same result: the ids of the best 100 matches by the same bm25 weights
(then the list columns of those 100 rows), with the filters written the way that is fastest in plain SQLite
(`+rowid IN (...)`, which keeps a filter from being pushed into the MATCH). It has no encryption and no Python work per
hit: the ratio `ours / floor` is what the app adds.
"""

from __future__ import annotations

import json
import os
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

if os.environ.get("JOURNAL_BENCH_CODE"):  # measure another checkout of journal_app (the code before a change)
    sys.path.insert(0, os.environ["JOURNAL_BENCH_CODE"])

from .measure import percentile, summary_ms

RANK_CANDIDATES = 2000  # journal_app/core/journal.py _RANK_CANDIDATES; checked in task_warm
APP_LIMIT = 100  # journal_app/ui/journal/search_worker.py RESULT_LIMIT; checked in task_warm
#: The query of the outside measurement that took 5.8 s at 100,000 entries.
ISSUE_QUERIES = ["client from:2024-09-24 to:2025-09-24"]


# -- the queries -------------------------------------------------------------------------------------------------


def make_shapes(corpus: Any, count: int, seed: int) -> dict[str, list[str]]:
    """Queries of every shape the issue names, drawn from the generated vault's own vocabulary and tags."""
    from . import generate
    from .run import content_words

    rng = random.Random(f"shapes-{seed}")
    frequent = content_words(corpus, rng, count * 4)
    rare = content_words(corpus, rng, count, by_frequency=False)
    inflected: list[str] = []
    while len(inflected) < count:
        lemmas = corpus.sources["ru"].lemma_weights()
        lemma = rng.choices([lemma for lemma, _ in lemmas], weights=[w for _, w in lemmas], k=1)[0]
        if len(lemma) > 1:
            inflected.append(rng.choice(lemma[1:]))  # a case or person form, not the dictionary form
    short_prefixes = [w[: rng.choice((1, 2, 2))] + "*" for w in frequent[:count]]
    prefixes = [w[: rng.randint(3, min(6, len(w) - 1))] + "*" for w in frequent if len(w) >= 5][:count]
    function_words: list[str] = []
    for _ in range(count):
        language = "ru" if rng.random() < 0.5 else "en"
        function_words.append(corpus.sources[language].function(rng))
    phrases: list[str] = []
    while len(phrases) < count:
        language = "ru" if rng.random() < 0.5 else "en"
        tokens = corpus.sentence(rng, language).rstrip(".?!").replace(",", "").replace("**", "").split()
        if len(tokens) >= 3:
            start = rng.randrange(len(tokens) - 2)
            phrases.append('"' + " ".join(tokens[start : start + rng.choice((2, 2, 3))]).lower() + '"')
    weights = corpus.tag_weights()
    tags = rng.choices([t for t, _ in weights], weights=[w for _, w in weights], k=count)
    any_tags = [rng.choice(corpus.tags) for _ in range(count)]  # rare ones too
    span = (generate.LAST_DAY - generate.FIRST_DAY).days

    def date_range() -> str:
        length = rng.choice((7, 30, 90, 365, 365))
        start = generate.FIRST_DAY + timedelta(days=rng.randrange(span - length))
        return f"from:{start.isoformat()} to:{(start + timedelta(days=length)).isoformat()}"

    words = frequent[count:]
    return {
        "common word": frequent[:count],
        "rare word": rare,
        "inflected form": inflected,
        "1-2 letter prefix": short_prefixes,
        "prefix": prefixes,
        "function word": function_words,
        "phrase": phrases,
        "word + tag": [f"{words[i]} tag:{(tags if i % 2 else any_tags)[i]}" for i in range(count)],
        "word + date range": ISSUE_QUERIES + [f"{words[count + i]} {date_range()}" for i in range(count - 1)],
        "tag only": [f"tag:{t}" for t in tags],
        "date range only": [date_range() for _ in range(count)],
        "exclusion": [f"{words[2 * count + i]} -{words[3 * count - 1 - i]}" for i in range(count)],
    }


# -- the floor database ------------------------------------------------------------------------------------------


def _key(conn: Any, key: str) -> None:
    """Key a floor connection as the vault's are keyed: a raw key, SQLCipher 4's pages and HMACs."""
    conn.execute(f"PRAGMA key = \"x'{key}'\"")


def task_floor(spec: dict[str, Any]) -> dict[str, Any]:
    """The plain FTS5 database of the vault's entries (built from the vault itself, so the text is the same)."""
    import sqlcipher3

    from journal_app.core.kdf import KdfParams
    from journal_app.core.text import index_text
    from journal_app.core.vault import Vault

    started = time.perf_counter()
    target = Path(spec["floor"])
    if target.exists():
        target.unlink()
    floor = sqlcipher3.connect(str(target), isolation_level=None)  # no key: a plain SQLite file; autocommit
    if spec.get("key"):  # the encrypted floor: the same file, with SQLCipher's pages as the vault's (raw key)
        _key(floor, spec["key"])
    floor.executescript(
        """
        PRAGMA journal_mode = MEMORY;
        PRAGMA synchronous = OFF;
        CREATE TABLE e (seq INTEGER PRIMARY KEY, id TEXT, entry_date TEXT, created_at TEXT, title TEXT,
                        body_start TEXT, tags TEXT);
        CREATE INDEX e_by_date ON e (entry_date DESC, created_at DESC);
        CREATE TABLE t (tag_key TEXT, seq INTEGER);
        CREATE INDEX t_by_key ON t (tag_key, seq);
        CREATE VIRTUAL TABLE f USING fts5(title, body, tags, prefix='2 3 4', tokenize='unicode61 remove_diacritics 0');
        """
    )
    vault = Vault.open(spec["folder"], spec["passphrase"], kdf=KdfParams(**spec["kdf"]))
    rows = vault.connection.execute(
        "SELECT e.seq, e.id, e.entry_date, e.created_at, e.title, e.body, "
        "(SELECT json_group_array(tag) FROM entry_tags WHERE entry_seq = e.seq), "
        "(SELECT json_group_array(tag_key) FROM entry_tags WHERE entry_seq = e.seq) "
        "FROM entries e WHERE e.deleted_at IS NULL"
    )
    floor.execute("BEGIN")
    count = 0
    for seq, id_, day, created, title, body, tags, keys in rows:
        tag_list = json.loads(tags)
        floor.execute("INSERT INTO e VALUES (?, ?, ?, ?, ?, ?, ?)", (seq, id_, day, created, title, body[:400], tags))
        floor.executemany("INSERT INTO t VALUES (?, ?)", [(k, seq) for k in json.loads(keys)])
        floor.execute(
            "INSERT INTO f (rowid, title, body, tags) VALUES (?, ?, ?, ?)",
            (seq, index_text(title), index_text(body), index_text(" ".join(tag_list))),
        )
        count += 1
    floor.execute("COMMIT")
    floor.execute("INSERT INTO f (f) VALUES ('optimize')")
    floor.close()
    vault.close()
    return {"entries": count, "seconds": round(time.perf_counter() - started, 1), "bytes": target.stat().st_size}


def floor_query(conn: Any, query: str, limit: int, *, full_rank: bool = False) -> list[Any]:
    """The floor's answer to a query: the same parse and result as Journal.search, the plainest fast SQL, the list
    columns of the best rows; full_rank scores every match instead (the plain way, for reference)."""
    from journal_app.core import search as query_language

    parsed = query_language.parse(query)

    def continuations(letter: str) -> list[str]:
        return _continuations(conn, letter)

    try:
        match = parsed.match_expression(continuations)
    except TypeError:  # the code before issue 16 (JOURNAL_BENCH_CODE): no one-letter prefix expansion
        match = parsed.match_expression()
    cols = "e.seq, e.id, e.entry_date, e.title, e.body_start, e.tags"
    params: list[Any] = []
    if match is not None:
        where = ""
        if parsed.date_from or parsed.date_to:
            where += " AND +rowid IN (SELECT seq FROM e WHERE entry_date BETWEEN ? AND ?)"
            params += [(parsed.date_from or date.min).isoformat(), (parsed.date_to or date.max).isoformat()]
        for tag in parsed.tags:
            where += " AND +rowid IN (SELECT seq FROM t WHERE tag_key = ?)"
            params.append(tag)
        for tag in parsed.excluded_tags:
            where += " AND +rowid NOT IN (SELECT seq FROM t WHERE tag_key = ?)"
            params.append(tag)
        if full_rank:  # every match scored, as a plain FTS5 application would write it first
            sql = (
                "WITH top AS (SELECT rowid AS seq, bm25(f, 4.0, 1.0, 2.0) AS score FROM f "
                f"WHERE f MATCH ?{where} ORDER BY score LIMIT ?) "
                f"SELECT {cols} FROM top JOIN e ON e.seq = top.seq ORDER BY top.score, e.entry_date DESC"
            )
            return list(conn.execute(sql, (match, *params, limit)).fetchall())
        try:  # one- and two-letter beginnings only: the newest matches, unscored, as Journal.search lists them
            from journal_app.core.journal import short_prefixes_only

            score = "0" if short_prefixes_only(parsed) else "bm25(f, 4.0, 1.0, 2.0)"
        except ImportError:  # the code before (JOURNAL_BENCH_CODE)
            score = "bm25(f, 4.0, 1.0, 2.0)"
        sql = (  # the same result as Journal.search: the newest RANK_CANDIDATES matches scored, the best kept
            f"WITH candidates AS (SELECT rowid AS seq, {score} AS score FROM f "
            f"WHERE f MATCH ?{where} ORDER BY rowid DESC LIMIT ?), "
            "top AS (SELECT seq, score FROM candidates ORDER BY score LIMIT ?) "
            f"SELECT {cols} FROM top JOIN e ON e.seq = top.seq ORDER BY top.score, e.entry_date DESC LIMIT ?"
        )
        try:  # as many candidates as Journal.search scores for this query
            from journal_app.core.journal import _RANK_MARGIN, rank_candidates

            candidates = rank_candidates(parsed, limit + _RANK_MARGIN)
        except ImportError:  # the code before (JOURNAL_BENCH_CODE)
            candidates = RANK_CANDIDATES
        # unscored (one- and two-letter beginnings): every candidate goes on, the page is the newest by date, as in ours
        kept = candidates if score == "0" else limit
        return list(conn.execute(sql, (match, *params, candidates, kept, limit)).fetchall())
    where = "1"
    if parsed.date_from or parsed.date_to:
        where += " AND e.entry_date BETWEEN ? AND ?"
        params += [(parsed.date_from or date.min).isoformat(), (parsed.date_to or date.max).isoformat()]
    for tag in parsed.tags:
        where += " AND e.seq IN (SELECT seq FROM t WHERE tag_key = ?)"
        params.append(tag)
    try:
        exclusion = parsed.exclusion_expression(continuations)
    except TypeError:
        exclusion = parsed.exclusion_expression()
    if exclusion is not None:
        where += " AND e.seq NOT IN (SELECT rowid FROM f WHERE f MATCH ?)"
        params.append(exclusion)
    sql = f"SELECT {cols} FROM e WHERE {where} ORDER BY e.entry_date DESC, e.created_at DESC LIMIT ?"
    return list(conn.execute(sql, (*params, limit)).fetchall())


_FLOOR_CONTINUATIONS: dict[tuple[int, str], list[str]] = {}


def _continuations(conn: Any, letter: str) -> list[str]:
    """A one-letter prefix's expansion on the floor: the app's way (one seek per two-letter beginning, kept per
    connection: the floor database does not change), or a scan with the code before issue 16's second part."""
    conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.v USING fts5vocab(main, 'f', 'row')")
    try:
        from journal_app.core.journal import two_letter_beginnings
    except ImportError:  # JOURNAL_BENCH_CODE: the code before
        rows = conn.execute(
            "SELECT DISTINCT substr(term, 1, 2) FROM temp.v WHERE term >= ? AND term < ?",
            (letter, letter + "\U0010ffff"),
        )
        return [r[0] for r in rows]
    key = (id(conn), letter)
    if key not in _FLOOR_CONTINUATIONS:
        _FLOOR_CONTINUATIONS[key] = two_letter_beginnings(conn, "temp.v", letter)
    return list(_FLOOR_CONTINUATIONS[key])


# -- warm: ours against the floor --------------------------------------------------------------------------------


def task_warm(spec: dict[str, Any]) -> dict[str, Any]:
    import sqlcipher3

    from journal_app.core import journal as journal_module
    from journal_app.core.kdf import KdfParams
    from journal_app.core.vault import Vault
    from journal_app.ui.journal.search_worker import FIRST_SNIPPETS, RESULT_LIMIT

    if RESULT_LIMIT != APP_LIMIT:
        raise SystemExit(f"the app's result limit is {RESULT_LIMIT}, the benchmark assumes {APP_LIMIT}")
    same_rank = getattr(journal_module, "_RANK_CANDIDATES", None) == RANK_CANDIDATES  # False: the code before
    budget = float(spec.get("seconds_per_shape", 60))
    vault = Vault.open(spec["folder"], spec["passphrase"], kdf=KdfParams(**spec["kdf"]))
    journal = vault.reader_journal()
    floor = sqlcipher3.connect(spec["floor"] or ":memory:")
    floor.execute("PRAGMA cache_size = -65536")  # the same 64 MiB page cache as the vault's connection
    sealed = None  # the encrypted floor: what SQLCipher's page decryption adds to the floor's own query
    if spec.get("floor_encrypted"):
        sealed = sqlcipher3.connect(spec["floor_encrypted"])
        _key(sealed, spec["key"])
        sealed.execute("PRAGMA cache_size = -65536")
    if not spec["floor"]:  # growth runs: ours only
        floor.executescript(
            "CREATE TABLE e (seq INTEGER PRIMARY KEY, id, entry_date, created_at, title, body_start, tags);"
            "CREATE TABLE t (tag_key, seq);"
            "CREATE VIRTUAL TABLE f USING fts5(title, body, tags, prefix='2 3 4');"
        )
    # warm both page caches and the stemmer's cache the same way: one pass of a few queries of each shape
    try:  # the worker's call: the first screen's snippets made, the other hits light (issue 16)
        journal.search("x", limit=1, snippets=0)

        def app_search(query: str) -> Any:
            return journal.search(query, limit=APP_LIMIT, snippets=FIRST_SNIPPETS)

        def complete(query: str, hits: Any) -> Any:
            return journal.complete_hits(query, hits)

    except TypeError:  # the code before (JOURNAL_BENCH_CODE): every snippet made in the search

        def app_search(query: str) -> Any:
            return journal.search(query, limit=APP_LIMIT)

        def complete(query: str, hits: Any) -> Any:
            return hits

    for queries in spec["shapes"].values():
        for query in queries[:3]:
            complete(query, app_search(query))
            floor_query(floor, query, APP_LIMIT)
            if sealed is not None:
                floor_query(sealed, query, APP_LIMIT)
    shapes: dict[str, Any] = {}
    for shape, queries in spec["shapes"].items():
        ours: list[float] = []
        whole: list[float] = []
        theirs: list[float] = []
        full: list[float] = []
        encrypted: list[float] = []
        results: list[int] = []
        slow: list[tuple[float, str]] = []
        spent = 0.0
        for query in queries:
            start = time.perf_counter()
            hits = app_search(query)
            elapsed = time.perf_counter() - start
            ours.append(elapsed)
            complete(query, hits)
            whole.append(time.perf_counter() - start)
            results.append(len(hits))
            slow.append((elapsed, query))
            start = time.perf_counter()
            floor_query(floor, query, APP_LIMIT, full_rank=not same_rank)
            theirs.append(time.perf_counter() - start)
            start = time.perf_counter()
            floor_query(floor, query, APP_LIMIT, full_rank=True)
            full.append(time.perf_counter() - start)
            if sealed is not None:
                start = time.perf_counter()
                floor_query(sealed, query, APP_LIMIT, full_rank=not same_rank)
                encrypted.append(time.perf_counter() - start)
            spent += elapsed
            if spent > budget:  # the old code takes seconds per query on some shapes
                break
        mine, floor_summary = summary_ms(ours), summary_ms(theirs)
        shapes[shape] = {
            "ours": mine,
            "ours_with_every_snippet": summary_ms(whole),
            "floor": floor_summary,
            "floor_full_rank": summary_ms(full),
            "ratio_p95": round(mine["p95_ms"] / max(floor_summary["p95_ms"], 1e-3), 2),
            "ratio_median": round(mine["median_ms"] / max(floor_summary["median_ms"], 1e-3), 2),
            "results_median": sorted(results)[len(results) // 2],
            "queries_run": len(ours),
            "queries_planned": len(queries),
            "slowest": [q for _, q in sorted(slow, reverse=True)[:3]],
            "p50_ms": round(percentile([s * 1000 for s in ours], 50), 3),
        }
        if encrypted:
            sealed_summary = summary_ms(encrypted)
            shapes[shape]["floor_encrypted"] = sealed_summary
            shapes[shape]["ratio_p95_encrypted"] = round(mine["p95_ms"] / max(sealed_summary["p95_ms"], 1e-3), 2)
    floor.close()
    if sealed is not None:
        sealed.close()
    vault.close()
    return {"shapes": shapes, "limit": APP_LIMIT, "floor_same_rank": same_rank}


# -- cold: the first query after the vault's files left the OS cache ---------------------------------------------


def drop_from_os_cache(folder: Path) -> int:
    """Ask the kernel to drop the cached pages of every file in `folder` (clean pages only: fsync first)."""
    dropped = 0
    for path in folder.rglob("*"):
        if path.is_file():
            fd = os.open(path, os.O_RDONLY)
            try:
                os.fsync(fd)
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
                dropped += path.stat().st_size
            finally:
                os.close(fd)
    return dropped


def cached_share(folder: Path) -> float | None:
    """How much of the folder's files is in the OS cache, 0..1 (util-linux `fincore`); None if not measurable."""
    import shutil
    import subprocess

    fincore = shutil.which("fincore")
    files = [str(p) for p in folder.rglob("*") if p.is_file() and p.stat().st_size]
    if fincore is None or not files:
        return None
    done = subprocess.run(
        [fincore, "--bytes", "--noheadings", "--raw", "--output", "RES,SIZE", *files],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    if done.returncode != 0:
        return None
    resident = total = 0
    for line in done.stdout.split("\n"):
        if line.strip():
            res, size = line.split()
            resident, total = resident + int(res), total + int(size)
    return resident / total if total else None


def task_cold(spec: dict[str, Any]) -> dict[str, Any]:
    from journal_app.core.kdf import KdfParams
    from journal_app.core.vault import Vault

    folder = Path(spec["folder"])
    kdf = KdfParams(**spec["kdf"])
    shapes: dict[str, Any] = {}
    for shape, queries in spec["shapes"].items():
        drop_from_os_cache(folder)
        share = cached_share(folder)
        start = time.perf_counter()
        vault = Vault.open(folder, spec["passphrase"], kdf=kdf)
        opened = time.perf_counter()
        hits = vault.reader_journal().search(queries[0], limit=APP_LIMIT)
        done = time.perf_counter()
        vault.close()
        shapes[shape] = {
            "query": queries[0],
            "open_ms": round((opened - start) * 1000, 1),
            "first_search_ms": round((done - opened) * 1000, 1),
            "results": len(hits),
            "cached_share_before": None if share is None else round(share, 4),
        }
    return {"shapes": shapes}


TASKS = {"floor": task_floor, "warm": task_warm, "cold": task_cold}


def main(argv: list[str]) -> int:
    spec = json.loads(argv[1]) if len(argv) > 1 else {}
    print(json.dumps(TASKS[argv[0]](spec), ensure_ascii=False))
    return 0


# -- the driver (called by benchmarks.run) -----------------------------------------------------------------------


def _child(task: str, spec: dict[str, Any]) -> Any:
    import subprocess

    root = Path(__file__).resolve().parent.parent
    command = [sys.executable, "-m", "benchmarks.search_bench", task, json.dumps(spec, ensure_ascii=False)]
    done = subprocess.run(command, cwd=root, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.stderr.write(done.stderr[-4000:])
        raise RuntimeError(f"search benchmark {task} failed")
    return json.loads(done.stdout.strip().splitlines()[-1])


def measure(
    folder: str,
    kdf: dict[str, int],
    passphrase: str,
    corpus: Any,
    seed: int,
    count: int,
    *,
    keep_floor: bool = False,
    with_floor: bool = True,
    with_encrypted_floor: bool = True,
) -> dict[str, Any]:
    """Floor built, warm shapes against it, cold first queries: each in a child process of its own.

    keep_floor: reuse a floor database left by an earlier run of the same vault, and leave it (for development).
    """
    floor_path = Path(folder).parent / "floor.sqlite"
    spec: dict[str, Any] = {"folder": folder, "kdf": kdf, "passphrase": passphrase}
    shapes = make_shapes(corpus, count, seed)
    print("  building the FTS5 floor ...", file=sys.stderr, flush=True)
    reuse = keep_floor and floor_path.is_file() and (floor_path.parent / "floor.json").is_file()
    if not with_floor:
        built = {"skipped": True, "seconds": 0}
        warm = _child("warm", {**spec, "floor": "", "shapes": shapes})
        cold = _child("cold", {**spec, "shapes": shapes})
        return {"floor_build": built, **warm, "cold": cold["shapes"]}
    if reuse:
        built = json.loads((floor_path.parent / "floor.json").read_text())
    else:
        built = _child("floor", {**spec, "floor": str(floor_path)})
        (floor_path.parent / "floor.json").write_text(json.dumps(built))
    sealed_path = floor_path.with_name("floor-encrypted.sqlite")
    sealed: dict[str, Any] = {}
    if with_encrypted_floor:
        print("  building the encrypted FTS5 floor ...", file=sys.stderr, flush=True)
        key = os.urandom(32).hex()  # a key for this run only: the floor's text is the generated vault's
        sealed = {"floor_encrypted": str(sealed_path), "key": key}
        _child("floor", {**spec, "floor": str(sealed_path), "key": key})
    print("  searching, every shape, ours and the floor ...", file=sys.stderr, flush=True)
    warm = _child("warm", {**spec, "floor": str(floor_path), "shapes": shapes, **sealed})
    sealed_path.unlink(missing_ok=True)
    print("  cold searches ...", file=sys.stderr, flush=True)
    cold = _child("cold", {**spec, "shapes": shapes})
    if not keep_floor:
        floor_path.unlink(missing_ok=True)
        (floor_path.parent / "floor.json").unlink(missing_ok=True)
    return {"floor_build": built, **warm, "cold": cold["shapes"]}


def shapes_once(entries: int, snippets: int, names: list[str], count: int = 30) -> None:
    """Each query of the named shapes once, through Journal.search with `snippets` snippets, in this process; p50
    and p95 printed (no floor). For before/after measurements of one shape: `python -m benchmarks.search_bench
    shape ENTRIES SNIPPETS SHAPE...` (the vault from the bench cache)."""
    from journal_app.core.kdf import KdfParams
    from journal_app.core.vault import Vault

    from .generate import PASSPHRASE, Corpus, ensure_vault

    info = ensure_vault(entries, 1616)
    vault = Vault.open(info.folder, PASSPHRASE, kdf=KdfParams(**info.kdf))
    journal = vault.reader_journal()
    shapes = make_shapes(Corpus(1616), count, 1616)
    for name in names or list(shapes):
        times = []
        for query in shapes[name]:
            start = time.perf_counter()
            journal.search(query, limit=APP_LIMIT, snippets=snippets)
            times.append((time.perf_counter() - start) * 1000)
        print(f"{name:20} {entries:>9,} entries  p50 {percentile(times, 50):7.1f}  p95 {percentile(times, 95):7.1f} ms")
    vault.close()


if __name__ == "__main__":
    _cli = sys.argv[1:]
    if _cli and _cli[0] == "shape":  # python -m benchmarks.search_bench shape ENTRIES SNIPPETS [SHAPE ...]
        shapes_once(int(_cli[1]), int(_cli[2]), _cli[3:])
        sys.exit(0)
    if _cli and _cli[0] == "try":  # python -m benchmarks.search_bench try ENTRIES COUNT: one run, printed
        from .generate import PASSPHRASE, Corpus, ensure_vault

        _info = ensure_vault(int(_cli[1]), 1616)
        _out = measure(_info.folder, _info.kdf, PASSPHRASE, Corpus(1616), 1616, int(_cli[2]), keep_floor=True)
        print(json.dumps(_out, ensure_ascii=False, indent=1))
        sys.exit(0)
    sys.exit(main(sys.argv[1:]))
