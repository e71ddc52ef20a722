"""The search fixes proposed in docs/PERFORMANCE.md, prototyped outside the core and timed against `Journal.search`.

    python -m benchmarks.prototype_search [--entries 100000] [--queries 100]

Reads the cached benchmark vault (run `make bench` first); writes nothing. The prototype:
  1. ranks inside FTS5 alone and joins `entries` only for the 50 rows shown (today every match is joined, which reads
     each matching row with its body, overflow pages included, just to test `deleted_at`). It is exact when trashed
     entries are not in entries_fts, which is the proposed core change (delete from the index on trash, re-index on
     restore); generated vaults have no trash, so here both give the same entries;
  2. drives a tag-only search from entry_tags when the tag is rare (`seq IN (...)`), and from the date index when it
     is common (today's EXISTS plan, which scans the whole table for a rare tag);
  3. builds a snippet by normalising the body once instead of word by word, stemming only the words that begin like
     a query stem, stopping at the end of the snippet's window, and not at all when the query has no words
     (today `search.snippet` normalises and stems every word of all 50 bodies: 10-15 ms a search).
"""

from __future__ import annotations

import argparse
import collections
import sys
import time
from typing import Any

from journal_app.core import journal as journal_module
from journal_app.core import search as query_language
from journal_app.core.text import normalize, stem, words
from journal_app.core.vault import Vault

from .generate import CHEAP_KDF, DEFAULT_SEED, PASSPHRASE, Corpus, load_info, vault_folder
from .measure import peak_rss_mib, summary_ms
from .run import make_queries

COLUMNS = journal_module._SUMMARY_COLUMNS
RARE_TAG = 1500  # below this many entries, a tag search starts from entry_tags


def fast_snippet(body: str, query: query_language.Query) -> str:
    """Same result as `search.snippet`, cheaper: the text is normalised once (not word by word) when that keeps every
    position; only words that start like a query stem are stemmed; the scan stops at the end of the snippet."""
    text = query_language._plain(body)
    cut = text[: query_language.SNIPPET_CHARS] + ("…" if len(text) > query_language.SNIPPET_CHARS else "")
    exact = {s for t in query.terms for s in t.stems if not t.prefix}
    prefixes = tuple(s for t in query.terms if t.prefix for s in t.stems)
    if not exact and not prefixes:
        return cut
    heads = tuple({s[:2] for s in exact} | {p[:2] for p in prefixes})
    normal_text = normalize(text)
    aligned = len(normal_text) == len(text)
    before: collections.deque[int] = collections.deque(maxlen=query_language.SNIPPET_WORDS_BEFORE + 1)
    hits: list[tuple[int, int]] = []
    start = end = -1
    for m in words(normal_text if aligned else text):
        if end >= 0 and m.start() >= end:
            break
        before.append(m.start())
        normal = m.group() if aligned else normalize(m.group())
        if not normal.startswith(heads):
            continue
        word_stem = stem(normal)
        if word_stem in exact or (prefixes and (word_stem.startswith(prefixes) or normal.startswith(prefixes))):
            if not hits:
                start = before[0]
                end = min(len(text), start + query_language.SNIPPET_CHARS)
                if end < len(text):
                    space = text.rfind(" ", m.end(), end)
                    end = space if space > m.end() else end
            hits.append((m.start(), m.end()))
    if not hits:
        return cut
    pieces = ["…" if start > 0 else ""]
    position = start
    for hit_start, hit_end in hits:
        if hit_start < start or hit_end > end:
            continue
        pieces += [text[position:hit_start], query_language.MARK_OPEN, text[hit_start:hit_end]]
        pieces.append(query_language.MARK_CLOSE)
        position = hit_end
    pieces += [text[position:end], "…" if end < len(text) else ""]
    return "".join(pieces)


def proposed_search(conn: Any, query: str, limit: int = 50) -> list[tuple[Any, str]]:
    parsed = query_language.parse(query)
    match = parsed.match_expression()
    if match is not None:
        where, params = [], [match]
        for tag in parsed.tags:
            where.append("rowid IN (SELECT entry_seq FROM entry_tags WHERE tag_key = ?)")
            params.append(query_language.tag_key(tag))
        if parsed.date_from or parsed.date_to:
            where.append("rowid IN (SELECT seq FROM entries WHERE entry_date BETWEEN ? AND ?)")
            params += [(parsed.date_from or "0000-01-01").__str__(), (parsed.date_to or "9999-12-31").__str__()]
        sql = (
            "WITH top AS (SELECT rowid AS seq, bm25(entries_fts, 4.0, 1.0, 2.0) AS score FROM entries_fts "
            f"WHERE entries_fts MATCH ?{''.join(' AND ' + w for w in where)} ORDER BY score LIMIT ?) "
            f"SELECT {COLUMNS}, e.body FROM top JOIN entries e ON e.seq = top.seq "
            "WHERE e.deleted_at IS NULL ORDER BY top.score, e.entry_date DESC"
        )
        rows = conn.execute(sql, (*params, limit)).fetchall()
    else:
        where, params = [], []
        if parsed.date_from:
            where.append("e.entry_date >= ?")
            params.append(parsed.date_from.isoformat())
        if parsed.date_to:
            where.append("e.entry_date <= ?")
            params.append(parsed.date_to.isoformat())
        for tag in parsed.tags:
            key = query_language.tag_key(tag)
            count = conn.execute("SELECT count(*) FROM entry_tags WHERE tag_key = ?", (key,)).fetchone()[0]
            if count < RARE_TAG:
                where.append("e.seq IN (SELECT entry_seq FROM entry_tags WHERE tag_key = ?)")
            else:
                where.append("EXISTS (SELECT 1 FROM entry_tags t WHERE t.entry_seq = e.seq AND t.tag_key = ?)")
            params.append(key)
        sql = (
            f"SELECT {COLUMNS}, e.body FROM entries e WHERE e.deleted_at IS NULL"
            f"{''.join(' AND ' + w for w in where)} ORDER BY e.entry_date DESC, e.created_at DESC LIMIT ?"
        )
        rows = conn.execute(sql, (*params, limit)).fetchall()
    return [(journal_module._summary(r[:-1]), fast_snippet(r[-1], parsed)) for r in rows]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.prototype_search")
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=100)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--cache-mib", type=int, default=0, help="PRAGMA cache_size for both (0: the core's default)")
    args = parser.parse_args(argv)
    info = load_info(vault_folder(args.entries, args.seed, CHEAP_KDF))
    if info is None:
        sys.exit("no cached vault of that size: run `make bench` (or python -m benchmarks.generate) first")
    queries = make_queries(Corpus(args.seed), args.queries, args.seed)
    vault = Vault.open(info.folder, PASSPHRASE, kdf=CHEAP_KDF)
    try:
        journal, conn = vault.journal(), vault.connection
        if args.cache_mib:
            conn.execute(f"PRAGMA cache_size = -{args.cache_mib * 1024:d}")
        print(f"{'search':14} {'today p95':>10} {'proposed p95':>13} {'today med':>10} {'proposed med':>13}  same")
        every: dict[str, list[float]] = {"today": [], "proposed": []}
        for kind, batch in queries.items():
            today: list[float] = []
            proposed: list[float] = []
            same = 0
            for query in batch:
                start = time.perf_counter()
                old = journal.search(query)
                today.append(time.perf_counter() - start)
                start = time.perf_counter()
                new = proposed_search(conn, query)
                proposed.append(time.perf_counter() - start)
                same += {h.entry.id for h in old} == {s.id for s, _ in new} and [h.snippet for h in old] == [
                    s for _, s in new
                ]
            every["today"] += today
            every["proposed"] += proposed
            a, b = summary_ms(today), summary_ms(proposed)
            print(
                f"{kind:14} {a['p95_ms']:>10.1f} {b['p95_ms']:>13.1f} {a['median_ms']:>10.1f} {b['median_ms']:>13.1f}"
                f"  {same}/{len(batch)}"
            )
        a, b = summary_ms(every["today"]), summary_ms(every["proposed"])
        print(f"{'all':14} {a['p95_ms']:>10.1f} {b['p95_ms']:>13.1f} {a['median_ms']:>10.1f} {b['median_ms']:>13.1f}")
        print(f"peak RSS {peak_rss_mib():.0f} MiB")
    finally:
        vault.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
