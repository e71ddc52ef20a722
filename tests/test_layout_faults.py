"""Faults in the middle of replacing both slots (init, passphrase change, decoy set and remove): a failure at any
rename or flush leaves a vault that opens with exactly the old or the new state, both files whole and the same size,
and the leftovers are removed at the next unlock."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from journal_app.core import vault as vault_module
from journal_app.core.errors import WrongPassphrase
from journal_app.core.vault import SLOT_NAMES, Vault
from tests.conftest import FAST_KDF, PASSPHRASE

DECOY = "бабушкины рецепты"
NEW = "новая фраза"


class Boom(OSError):
    pass


def _failing(monkeypatch: pytest.MonkeyPatch, name: str, at: int) -> list[int]:
    """Make the `at`-th call of os.<name> inside the vault module fail."""
    calls = [0]
    real = getattr(os, name)

    def fake(*args: object, **kwargs: object) -> object:
        calls[0] += 1
        if calls[0] == at:
            raise Boom(28, "No space left on device")
        return real(*args, **kwargs)

    monkeypatch.setattr(vault_module.os, name, fake)
    return calls


def _opens(folder: Path, passphrase: str) -> bool:
    try:
        with Vault.open(folder, passphrase, kdf=FAST_KDF) as vault:
            assert vault.check() == []
            return True
    except WrongPassphrase:
        return False


OPERATIONS: dict[str, Callable[[Vault], None]] = {
    "passwd": lambda v: v.change_passphrase(NEW),
    "decoy set": lambda v: v.set_decoy(DECOY),
    "decoy remove": lambda v: v.remove_decoy(),
}


@pytest.mark.parametrize("operation", list(OPERATIONS))
@pytest.mark.parametrize("call", ["replace", "fsync"])
def test_a_failure_at_each_step_leaves_the_old_or_the_new_vault(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, operation: str, call: str
) -> None:
    for at in range(1, 12):
        folder = tmp_path / f"{call}-{at}"
        with Vault.create(folder, PASSPHRASE, kdf=FAST_KDF) as vault:
            vault.journal().add(title="настоящее", body="x")
            if operation == "decoy remove":
                vault.set_decoy(DECOY)
        vault = Vault.open(folder, PASSPHRASE, kdf=FAST_KDF)
        with monkeypatch.context() as patch:
            calls = _failing(patch, call, at)
            try:
                OPERATIONS[operation](vault)
                failed = False
            except Boom:
                failed = True
        vault.close()
        old, new = _opens(folder, PASSPHRASE), _opens(folder, NEW)
        if operation == "passwd":
            assert old != new  # exactly one of them opens the journal
        else:
            assert old and not new
        decoy = _opens(folder, DECOY)
        if operation == "decoy set":
            assert decoy or failed
        elif operation == "decoy remove":
            assert not decoy or failed
        assert sorted(p.name for p in folder.iterdir()) == list(SLOT_NAMES)  # leftovers removed at the unlock
        a, b = ((folder / n).stat().st_size for n in SLOT_NAMES)
        assert a == b
        if calls[0] < at:  # the operation made fewer calls than this: every step has been tried
            break


@pytest.mark.parametrize("call", ["replace", "fsync", "utime"])
def test_a_failure_while_creating_leaves_no_vault_or_a_whole_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, call: str
) -> None:
    for at in range(1, 12):
        folder = tmp_path / f"{call}-{at}"
        with monkeypatch.context() as patch:
            calls = _failing(patch, call, at)
            try:
                Vault.create(folder, PASSPHRASE, kdf=FAST_KDF).close()
                made = True
            except Boom:
                made = False
        if made:
            assert _opens(folder, PASSPHRASE)
        else:
            assert sorted(p.name for p in folder.iterdir()) == []  # nothing half-made is left
        if calls[0] < at:
            break
