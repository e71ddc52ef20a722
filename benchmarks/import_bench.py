"""Import of a 10,000-entry jrnl journal (target: at most 10 s), and JSON export and import of the result.

    python -m benchmarks.import_bench [--entries 10000] [--seed 42] [--keep DIR]

The journal is generated here (deterministic): about 300 words an entry, Russian and English, Markdown lists, 0-4
`@`/`#` tags, a star on some, in jrnl 4.6's default text format. Everything is written into a temporary folder that is
removed at the end. Prints one JSON object with the timings; exits 1 if the jrnl import takes longer than the target.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from journal_app.core.export import export_json
from journal_app.core.importers import import_jrnl, import_json
from journal_app.core.kdf import KdfParams
from journal_app.core.vault import Vault

TARGET_SECONDS = 10.0
CHEAP_KDF = KdfParams(memory_kib=64, iterations=1, lanes=1)
PASSPHRASE = "benchmark passphrase: бенчмарк"
RU = (
    "документы граница очередь паспорт виза квартира хозяйка работа деньги банк счёт перевод мама папа друзья "
    "город улица море горы дождь солнце утро вечер ночь страх надежда усталость радость письмо звонок новости "
    "регистрация миграционная служба справка печать консульство аренда договор продление отказ разрешение "
    "сегодня завтра вчера снова опять наконец долго быстро тихо громко спокойно трудно легко хорошо плохо"
).split()
EN = (
    "documents border queue passport visa flat landlady work money bank account transfer mother father friends "
    "city street sea mountains rain sun morning evening night fear hope tired joy letter call news registration "
    "office certificate stamp consulate rent contract extension refusal permit today tomorrow again finally"
).split()
TAGS = [f"тег{i}" for i in range(150)] + [f"tag{i}" for i in range(150)]


def jrnl_journal(entries: int, seed: int) -> str:
    rng = random.Random(seed)
    moment = datetime(2016, 1, 1, 9, 0)
    parts = []
    for _ in range(entries):
        moment += timedelta(minutes=rng.randint(60, 600))
        words = RU if rng.random() < 0.6 else EN
        title = " ".join(rng.choices(words, k=rng.randint(2, 7))).capitalize()
        paragraphs = []
        for _p in range(rng.randint(3, 6)):
            sentences = [" ".join(rng.choices(words, k=rng.randint(5, 16))).capitalize() + "." for _ in range(4)]
            paragraphs.append(" ".join(sentences))
        if rng.random() < 0.3:
            paragraphs.append("\n".join("- " + " ".join(rng.choices(words, k=5)) for _ in range(3)))
        tags = rng.sample(TAGS, rng.randint(0, 4))
        if tags:
            paragraphs.append(" ".join(rng.choice("@#") + t for t in tags))
        star = " *" if rng.random() < 0.1 else ""
        parts.append(f"[{moment:%Y-%m-%d %I:%M:%S %p}] {title}{star}\n" + "\n\n".join(paragraphs) + "\n")
    return "\n".join(parts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="import-bench-") as tmp:
        work = Path(tmp)
        source = work / "journal.txt"
        source.write_text(jrnl_journal(args.entries, args.seed), encoding="utf-8")
        result: dict[str, object] = {"entries": args.entries, "jrnl_mb": round(source.stat().st_size / 1e6, 1)}
        with Vault.create(work / "a", PASSPHRASE, kdf=CHEAP_KDF) as vault:
            start = time.perf_counter()
            report = import_jrnl(vault, source)
            result["jrnl_import_s"] = round(time.perf_counter() - start, 2)
            assert report.imported == args.entries
            start = time.perf_counter()
            export_json(vault, work / "export.json")
            result["json_export_s"] = round(time.perf_counter() - start, 2)
        result["json_mb"] = round((work / "export.json").stat().st_size / 1e6, 1)
        with Vault.create(work / "b", PASSPHRASE, kdf=CHEAP_KDF) as vault:
            start = time.perf_counter()
            import_json(vault, work / "export.json")
            result["json_import_s"] = round(time.perf_counter() - start, 2)
    result["target_s"] = TARGET_SECONDS
    result["ok"] = float(str(result["jrnl_import_s"])) <= TARGET_SECONDS
    print(json.dumps(result))
    return 0 if result["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
