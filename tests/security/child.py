"""Child processes for the fault tests: they work on a vault until the test kills them with SIGKILL.

python -m tests.security.child saves FOLDER      add and edit entries, print "ok ID N" after each commit
python -m tests.security.child passwd FOLDER     change the passphrase back and forth, print "now X"
"""

from __future__ import annotations

import sys
from pathlib import Path

from journal_app.core.vault import Vault
from tests.conftest import FAST_KDF

A, B = "фраза А", "фраза Б"


def saves(folder: Path) -> None:
    with Vault.open(folder, A, kdf=FAST_KDF) as vault:
        journal = vault.journal()
        print("ready", flush=True)
        n = 0
        while True:
            n += 1
            entry = journal.add(title=f"t{n}", body=f"текст {n} " * 50, tags=[f"tag{n % 7}"])
            print(f"ok {entry.id} {n}", flush=True)
            journal.update(entry.id, body=f"правка {n} " * 60)
            print(f"edit {entry.id} {n}", flush=True)


def passwd(folder: Path) -> None:
    current = A
    vault = Vault.open(folder, current, kdf=FAST_KDF)
    print("ready", flush=True)
    while True:
        new = B if current == A else A
        vault.change_passphrase(new)
        current = new
        print(f"now {current}", flush=True)


if __name__ == "__main__":
    {"saves": saves, "passwd": passwd}[sys.argv[1]](Path(sys.argv[2]))
