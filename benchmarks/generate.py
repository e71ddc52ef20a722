"""A deterministic generator of a realistic vault for the benchmarks.

    python -m benchmarks.generate [--entries 100000] [--seed 1616] [--real-kdf]

Entries: about half Russian and half English (a few Ukrainian, some Russian ones with English words mixed in), about
300 words each in Markdown paragraphs, 0-4 of 2,000 tags, ten years of dates, a title on most. Words follow a Zipf-like
frequency, so some are in most entries and most are rare, as in real text.

The entries go in through the core's own write path: the same statements as `Journal.add` (entries, entry_tags,
entries_fts via `journal_app.core.text.index_text`), one transaction per entry as the app writes them, so the FTS5
segment structure is the one the app produces. Only `synchronous` is lowered while generating (durability is not
needed for a cache), which is what makes 100,000 entries take minutes instead of an hour.

The vault is cached under benchmarks/out/, keyed by the number of entries, the seed, the KDF and GENERATOR_VERSION.
It is made with a cheap KDF (`CHEAP_KDF`); the unlock benchmark measures the real Argon2id separately.
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import json
import random
import shutil
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from journal_app.core.journal import Journal, clean_tags
from journal_app.core.kdf import KDF_V1, KdfParams
from journal_app.core.search import tag_key
from journal_app.core.vault import Vault

from . import vocab

#: 2: the vocabulary is a seeded part of the word lists and the default seed changed (issue 16), so the benchmark vault
#: is not the one earlier work was tuned on.
GENERATOR_VERSION = 2
OUT = Path(__file__).resolve().parent / "out"
PASSPHRASE = "correct horse battery staple: бенчмарк"
#: Cheap parameters for generated vaults (Argon2id's minimum memory for one lane is 8 KiB).
CHEAP_KDF = KdfParams(memory_kib=64, iterations=1, lanes=1)
DEFAULT_ENTRIES = 100_000
DEFAULT_SEED = 1616
#: The share of each word list's content lemmas a seed keeps: another seed has another vocabulary.
VOCABULARY_SHARE = 0.8
TAG_COUNT = 2_000
FIRST_DAY = date(2016, 1, 1)
LAST_DAY = date(2025, 12, 31)

_INSERT_ENTRY = (
    "INSERT INTO entries (id, entry_date, created_at, updated_at, title, body, mood, starred) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)


@dataclass(frozen=True)
class GeneratedEntry:
    id: str
    entry_date: date
    created_at: str
    title: str
    body: str
    tags: tuple[str, ...]
    mood: int | None
    starred: bool
    language: str

    def plaintext_bytes(self) -> int:
        return len(self.title.encode()) + len(self.body.encode()) + sum(len(t.encode()) for t in self.tags)


class WordSource:
    """Draws words of one language with a Zipf-like frequency: function words often, content words by rank."""

    def __init__(self, language: vocab.Language, rng: random.Random, *, exponent: float = 1.05) -> None:
        self.language = language
        lemmas = [lemma for lemma in language.lemmas if rng.random() < VOCABULARY_SHARE]  # this seed's vocabulary
        rng.shuffle(lemmas)  # the rank of a word is fixed by the seed
        self.lemmas = lemmas
        self._cum = list(itertools.accumulate(1.0 / (rank + 2) ** exponent for rank in range(len(lemmas))))
        self.function_words = language.function_words
        self._fcum = list(itertools.accumulate(1.0 / (rank + 1) for rank in range(len(self.function_words))))

    def content(self, rng: random.Random) -> str:
        lemma = self.lemmas[bisect.bisect(self._cum, rng.random() * self._cum[-1])]
        return lemma[0] if len(lemma) == 1 else rng.choice(lemma)

    def function(self, rng: random.Random) -> str:
        return self.function_words[bisect.bisect(self._fcum, rng.random() * self._fcum[-1])]

    def word(self, rng: random.Random) -> str:
        return self.function(rng) if rng.random() < 0.42 else self.content(rng)

    def lemma_weights(self) -> list[tuple[tuple[str, ...], float]]:
        """Each content lemma with its probability, for drawing queries the way words occur in text."""
        previous = 0.0
        out = []
        for lemma, cum in zip(self.lemmas, self._cum, strict=True):
            out.append((lemma, (cum - previous) / self._cum[-1]))
            previous = cum
        return out


class Corpus:
    """Everything drawn from the seed: word sources and the tag set. Entries come from `entries()`."""

    def __init__(self, seed: int) -> None:
        self.seed = seed
        rng = random.Random(f"corpus-{seed}")
        self.sources = {
            "en": WordSource(vocab.english(), rng),
            "ru": WordSource(vocab.russian(), rng),
            "uk": WordSource(vocab.ukrainian(), rng),
        }
        self.tags = self._make_tags(rng)
        self._tag_cum = list(itertools.accumulate(1.0 / (rank + 3) ** 0.9 for rank in range(len(self.tags))))

    @staticmethod
    def _make_tags(rng: random.Random) -> list[str]:
        """2,000 distinct tags: single words of both languages, and two-word tags joined by a hyphen."""
        english = [lemma[0] for lemma in vocab.english().lemmas if len(lemma[0]) > 3]
        russian = [lemma[0] for lemma in vocab.russian().lemmas if len(lemma[0]) > 3]
        candidates = english[:500] + russian[:400]
        rng.shuffle(candidates)
        tags: dict[str, str] = {}
        for word in candidates:
            tags.setdefault(tag_key(word), word)
        while len(tags) < TAG_COUNT:
            pool = english if rng.random() < 0.5 else russian
            tag = f"{rng.choice(pool)}-{rng.choice(pool)}"
            tags.setdefault(tag_key(tag), tag)
        result = list(tags.values())[:TAG_COUNT]
        rng.shuffle(result)
        return result

    def tag(self, rng: random.Random) -> str:
        return self.tags[bisect.bisect(self._tag_cum, rng.random() * self._tag_cum[-1])]

    def tag_weights(self) -> list[tuple[str, float]]:
        previous = 0.0
        out = []
        for tag, cum in zip(self.tags, self._tag_cum, strict=True):
            out.append((tag, (cum - previous) / self._tag_cum[-1]))
            previous = cum
        return out

    # -- text ----------------------------------------------------------------------------------------------------

    def sentence(self, rng: random.Random, language: str, mix: WordSource | None = None) -> str:
        source = self.sources[language]
        count = rng.randint(5, 18)
        words = []
        for _ in range(count):
            if mix is not None and rng.random() < 0.06:
                words.append(mix.content(rng))
            else:
                words.append(source.word(rng))
        if rng.random() < 0.04:
            words.insert(rng.randrange(len(words)), f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}")
        if rng.random() < 0.05:
            i = rng.randrange(len(words))
            words[i] = f"**{words[i]}**"
        text = " ".join(words)
        if rng.random() < 0.15:
            cut = rng.randrange(1, len(words))
            text = " ".join(words[:cut]) + ", " + " ".join(words[cut:])
        return text[0].upper() + text[1:] + rng.choice(".....?!")

    def body(self, rng: random.Random, language: str, target_words: int) -> str:
        mix = self.sources["en"] if language == "ru" and rng.random() < 0.15 else None
        paragraphs: list[str] = []
        written = 0
        while written < target_words:
            if rng.random() < 0.07:  # a short list
                items = [self.sentence(rng, language, mix).rstrip(".?!") for _ in range(rng.randint(2, 4))]
                paragraphs.append("\n".join("- " + item for item in items))
                written += sum(len(item.split()) for item in items)
                continue
            sentences = [self.sentence(rng, language, mix) for _ in range(rng.randint(2, 6))]
            paragraphs.append(" ".join(sentences))
            written += sum(len(s.split()) for s in sentences)
        if rng.random() < 0.05:
            paragraphs.insert(0, "## " + self.sentence(rng, language).rstrip(".?!"))
        return "\n\n".join(paragraphs)

    def title(self, rng: random.Random, language: str) -> str:
        if rng.random() < 0.35:
            return ""
        source = self.sources[language]
        words = [source.content(rng) for _ in range(rng.randint(1, 5))]
        text = " ".join(words)
        return text[0].upper() + text[1:]

    # -- entries -------------------------------------------------------------------------------------------------

    def entries(self, count: int) -> Iterator[GeneratedEntry]:
        """`count` entries in date order, spread over ten years. Entry i depends only on the seed, count and i."""
        rng = random.Random(f"dates-{self.seed}-{count}")
        span = (LAST_DAY - FIRST_DAY).days
        days = sorted(rng.randrange(span + 1) for _ in range(count))
        for index, offset in enumerate(days):
            yield self.entry(index, FIRST_DAY + timedelta(days=offset))

    def entry(self, index: int, day: date) -> GeneratedEntry:
        rng = random.Random(f"entry-{self.seed}-{index}")
        roll = rng.random()
        language = "uk" if roll < 0.04 else ("ru" if roll < 0.52 else "en")
        target = max(60, min(650, int(rng.gauss(300, 70))))
        tag_count = rng.choices(range(5), weights=(25, 30, 25, 12, 8))[0]
        tags = tuple(dict.fromkeys(self.tag(rng) for _ in range(tag_count)))
        written = datetime(day.year, day.month, day.day, rng.randint(6, 23), rng.randint(0, 59), rng.randint(0, 59))
        written += timedelta(days=rng.choice((0, 0, 0, 0, 1, 2)), microseconds=rng.randrange(1_000_000))
        return GeneratedEntry(
            id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            entry_date=day,
            created_at=written.strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
            title=self.title(rng, language),
            body=self.body(rng, language, target),
            tags=tags,
            mood=rng.randint(1, 5) if rng.random() < 0.3 else None,
            starred=rng.random() < 0.05,
            language=language,
        )


# -- writing a vault ---------------------------------------------------------------------------------------------


def write_entry(conn: Any, entry: GeneratedEntry) -> None:
    """What `Journal.add` writes for an entry, with the generated id and timestamps, inside the caller's transaction."""
    tags = clean_tags(entry.tags)
    cursor = conn.execute(
        _INSERT_ENTRY,
        (
            entry.id,
            entry.entry_date.isoformat(),
            entry.created_at,
            entry.created_at,
            entry.title,
            entry.body,
            entry.mood,
            int(entry.starred),
        ),
    )
    seq = cursor.lastrowid
    Journal._write_tags(conn, seq, tags)
    Journal._index(conn, seq, entry.title, entry.body, tags)


@dataclass
class VaultInfo:
    folder: str
    entries: int
    seed: int
    kdf: dict[str, int]
    plaintext_bytes: int
    languages: dict[str, int]
    tags_used: int
    words: int
    seconds: float
    generator_version: int = GENERATOR_VERSION

    @property
    def kdf_params(self) -> KdfParams:
        return KdfParams(**self.kdf)


def vault_folder(entries: int, seed: int, kdf: KdfParams) -> Path:
    kind = "v1kdf" if kdf == KDF_V1 else f"kdf{kdf.memory_kib}-{kdf.iterations}-{kdf.lanes}"
    return OUT / f"vault-n{entries}-s{seed}-{kind}-g{GENERATOR_VERSION}"


def load_info(folder: Path) -> VaultInfo | None:
    meta = folder / "meta.json"
    if not meta.is_file():
        return None
    return VaultInfo(**json.loads(meta.read_text()))


def build_vault(
    folder: Path, entries: int, seed: int, kdf: KdfParams = CHEAP_KDF, *, progress: bool = True
) -> VaultInfo:
    """Generate a vault into `folder` (which must not exist); meta.json is written last, when it is complete."""
    started = time.perf_counter()
    corpus = Corpus(seed)
    vault_dir = folder / "vault"
    vault = Vault.create(vault_dir, PASSPHRASE, kdf=kdf)
    plaintext = 0
    words = 0
    languages: dict[str, int] = {}
    tags_used: set[str] = set()
    try:
        conn = vault.connection
        conn.execute("PRAGMA synchronous = OFF")  # a cache, not a diary: no fsync per entry while generating
        for index, entry in enumerate(corpus.entries(entries)):
            conn.execute("BEGIN IMMEDIATE")
            try:
                write_entry(conn, entry)
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
            plaintext += entry.plaintext_bytes()
            words += len(entry.body.split())
            languages[entry.language] = languages.get(entry.language, 0) + 1
            tags_used.update(tag_key(t) for t in entry.tags)
            if progress and (index + 1) % 5000 == 0:
                rate = (index + 1) / (time.perf_counter() - started)
                print(f"  {index + 1:,} / {entries:,} entries ({rate:,.0f}/s)", file=sys.stderr, flush=True)
        conn.execute("PRAGMA synchronous = FULL")
    finally:
        vault.close()
    info = VaultInfo(
        folder=str(vault_dir),
        entries=entries,
        seed=seed,
        kdf=asdict(kdf),
        plaintext_bytes=plaintext,
        languages=languages,
        tags_used=len(tags_used),
        words=words,
        seconds=round(time.perf_counter() - started, 1),
    )
    (folder / "meta.json").write_text(json.dumps(asdict(info), indent=2))
    return info


def ensure_vault(entries: int, seed: int, kdf: KdfParams = CHEAP_KDF, *, progress: bool = True) -> VaultInfo:
    """The cached vault for (entries, seed, kdf), generated first if it is not there yet."""
    folder = vault_folder(entries, seed, kdf)
    info = load_info(folder)
    if info is not None:
        return info
    tmp = folder.with_name(folder.name + ".partial")
    if tmp.exists():
        shutil.rmtree(tmp)
    tmp.mkdir(parents=True)
    if progress:
        print(f"generating {entries:,} entries (seed {seed}) into {folder}", file=sys.stderr, flush=True)
    info = build_vault(tmp, entries, seed, kdf, progress=progress)
    tmp.rename(folder)
    info.folder = str(folder / "vault")
    (folder / "meta.json").write_text(json.dumps(asdict(info), indent=2))
    return info


# -- the same entries for jrnl -----------------------------------------------------------------------------------


def jrnl_text(entry: GeneratedEntry) -> str:
    """One entry in jrnl 4.6's plain-text format (`Entry.__str__` with timeformat "%Y-%m-%d %H:%M").

    jrnl takes the first sentence of the text as the title, so an untitled entry's body starts the line; tags are
    jrnl's @words, on the last line of the body.
    """
    written = datetime.strptime(entry.created_at, "%Y-%m-%dT%H:%M:%S.%fZ")
    stamp = datetime(entry.entry_date.year, entry.entry_date.month, entry.entry_date.day, written.hour, written.minute)
    title = entry.title.strip() + "." if entry.title.strip() else ""
    body = entry.body.rstrip()
    if entry.tags:
        body += "\n\n" + " ".join("@" + t for t in entry.tags)
    head = f"[{stamp:%Y-%m-%d %H:%M}] {title}" if title else f"[{stamp:%Y-%m-%d %H:%M}] "
    if title:
        return f"{head}{' *' if entry.starred else ''}\n{body}\n"
    return f"{head}{body}\n"


def ensure_jrnl_file(entries: int, seed: int) -> Path:
    path = OUT / f"jrnl-n{entries}-s{seed}-g{GENERATOR_VERSION}.txt"
    if path.is_file():
        return path
    OUT.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".partial")
    corpus = Corpus(seed)
    with open(tmp, "w", encoding="utf-8") as out:
        out.write("\n".join(jrnl_text(e) for e in corpus.entries(entries)))
    tmp.rename(path)
    return path


# -- check against the API ---------------------------------------------------------------------------------------


def check_same_as_api(workdir: Path, seed: int = DEFAULT_SEED, count: int = 30) -> None:
    """Write `count` entries through `Journal.add` and through `write_entry`; the stored rows must be the same.

    Compares entries (all but the generated id and timestamps), entry_tags, and the full-text index (every stem of
    every entry finds it in both vaults).
    """
    from journal_app.core.text import stems

    corpus = Corpus(seed)
    sample = list(itertools.islice(corpus.entries(count), count))
    api = Vault.create(workdir / "api", PASSPHRASE, kdf=CHEAP_KDF)
    direct = Vault.create(workdir / "direct", PASSPHRASE, kdf=CHEAP_KDF)
    try:
        journal = api.journal()
        for entry in sample:
            journal.add(
                entry_date=entry.entry_date,
                title=entry.title,
                body=entry.body,
                tags=entry.tags,
                mood=entry.mood,
                starred=entry.starred,
            )
        conn = direct.connection
        for entry in sample:
            conn.execute("BEGIN IMMEDIATE")
            write_entry(conn, entry)
            conn.execute("COMMIT")
        queries = (
            "SELECT seq, entry_date, title, body, mood, starred, deleted_at FROM entries ORDER BY seq",
            "SELECT entry_seq, tag_key, tag FROM entry_tags ORDER BY entry_seq, tag_key",
            "SELECT count(*) FROM entries_fts",
        )
        for sql in queries:
            a = api.connection.execute(sql).fetchall()
            b = direct.connection.execute(sql).fetchall()
            if a != b:
                raise AssertionError(f"generated vault differs from the API's: {sql}")
        for seq, entry in enumerate(sample, start=1):
            for word in sorted(set(stems(entry.title + " " + entry.body)))[:50]:
                sql = "SELECT rowid FROM entries_fts WHERE entries_fts MATCH ? ORDER BY rowid"
                match = '"' + word + '"'
                a = api.connection.execute(sql, (match,)).fetchall()
                b = direct.connection.execute(sql, (match,)).fetchall()
                if a != b or (seq,) not in a:
                    raise AssertionError(f"full-text index differs for {word!r}")
    finally:
        api.close()
        direct.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.generate", description=__doc__.split("\n")[0])
    parser.add_argument("--entries", type=int, default=DEFAULT_ENTRIES)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--real-kdf", action="store_true", help="create the vault with the real Argon2id parameters")
    parser.add_argument("--check", action="store_true", help="check the generator's writes against Journal.add")
    parser.add_argument("--jrnl", action="store_true", help="also write the same entries as a jrnl text file")
    args = parser.parse_args(argv)
    if args.check:
        import tempfile

        with tempfile.TemporaryDirectory(dir=OUT if OUT.is_dir() else None) as tmp:
            check_same_as_api(Path(tmp), args.seed)
        print("the generator writes what Journal.add writes")
    info = ensure_vault(args.entries, args.seed, KDF_V1 if args.real_kdf else CHEAP_KDF)
    print(json.dumps(asdict(info), indent=2))
    if args.jrnl:
        print(ensure_jrnl_file(args.entries, args.seed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
