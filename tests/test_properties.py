"""Property tests: whatever text a person writes comes back exactly, and search never fails on it."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal_app.core.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

# Every code point except lone surrogates (which cannot be encoded as UTF-8 by anyone).
any_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=2000)
mixed_text = st.text(
    alphabet=st.sampled_from(
        list("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ ABCxyz\u05e9\u05dc\u05d5\u05dd\u0627\x00\n\t🐴🇬🇪👍🏽")
    ),
    max_size=500,
)
days = st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31))  # the bounds of core/bounds.py

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@SETTINGS
@given(title=any_text, body=any_text | mixed_text, tags=st.lists(mixed_text, max_size=5), day=days)
def test_any_unicode_round_trips(journal, title: str, body: str, tags: list[str], day: date) -> None:
    entry = journal.add(entry_date=day, title=title, body=body, tags=tags)
    got = journal.get(entry.id)
    assert (got.title, got.body, got.entry_date) == (title, body, day)
    updated = journal.update(entry.id, body=body + "!")
    assert journal.get(entry.id).body == body + "!"
    assert updated.updated_at >= entry.updated_at


@SETTINGS
@given(query=any_text | mixed_text)
def test_search_never_fails(journal, query: str) -> None:
    journal.search(query)


def test_one_megabyte_bodies_survive_reopening(vault_dir) -> None:
    big_ru = ("Длинное письмо домой, которое я так и не отправила. 🕯️ " * 20_000)[:1_000_000]
    big_rtl = "שלום עולם مرحبا " * 70_000 + "\x00end"
    with Vault.create(vault_dir, PASSPHRASE, kdf=FAST_KDF) as vault:
        ids = [vault.journal().add(body=b).id for b in (big_ru, big_rtl)]
    with Vault.open(vault_dir, PASSPHRASE, kdf=FAST_KDF) as vault:
        journal = vault.journal()
        assert journal.get(ids[0]).body == big_ru
        assert journal.get(ids[1]).body == big_rtl
        assert ids[0] in {h.entry.id for h in journal.search("письмо")}
