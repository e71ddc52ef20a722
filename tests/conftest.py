"""Shared test set-up: no display, no network, no real profile, cheap key derivation."""

from __future__ import annotations

import os
import socket
import sys
from pathlib import Path

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from journal_app.core.kdf import KdfParams

# Hypothesis's default 200 ms deadline per example measures the machine, not the code: on a 2-core CI machine with
# the deep suite or a first import running beside it, one example of a date test took 259 ms once and 0.8 ms on its
# rerun, and the run failed. Speed is measured by `make bench`; a test that wants a deadline sets its own.
settings.register_profile("journal", deadline=None)
settings.load_profile("journal")

#: Cheap Argon2id parameters for tests; one test checks the real ones.
FAST_KDF = KdfParams(memory_kib=1024, iterations=1, lanes=1)
PASSPHRASE = "correct horse ёжик 🐴"
MARKER = "ZEBRA-Маркер-7391"


@pytest.fixture(autouse=True)
def _private_profile(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every data, config and cache path goes to a temporary folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for name, sub in (
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_STATE_HOME", ".local/state"),
        ("XDG_RUNTIME_DIR", "run"),
    ):
        (home / sub).mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(name, str(home / sub))
    os.chmod(home / "run", 0o700)
    return home


_NETWORK_GUARD = {"on": False}


def _block_inet_sockets(event: str, args: tuple[object, ...]) -> None:
    """Audit hook: refuses the creation of any IPv4/IPv6 socket object while a test runs, below the socket module
    too (`_socket.socket`, asyncio, third-party code). Audit hooks cannot be removed, so it is switched by a flag."""
    if _NETWORK_GUARD["on"] and event == "socket.__new__" and args[1] in (socket.AF_INET, socket.AF_INET6):
        raise AssertionError("a test tried to open a network socket")


sys.addaudithook(_block_inet_sockets)


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to open an internet socket fails the test (tests/security/test_network.py checks that it does)."""
    real_socket = socket.socket

    class GuardedSocket(real_socket):  # type: ignore[misc]
        def __init__(self, family: int = -1, *args: object, **kwargs: object) -> None:
            if family in (socket.AF_INET, socket.AF_INET6):
                raise AssertionError("a test tried to open a network socket")
            super().__init__(family, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(socket, "socket", GuardedSocket)
    monkeypatch.setitem(_NETWORK_GUARD, "on", True)


@pytest.fixture(autouse=True)
def _cheap_backup_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """Backups written with FAST_KDF can be read back in tests (the app accepts only the format's parameters)."""
    from journal_app.core import backup
    from journal_app.core.kdf import KDF_V1

    monkeypatch.setattr(backup, "ACCEPTED_KDF", (KDF_V1, FAST_KDF))


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def vault(vault_dir: Path):
    from journal_app.core.vault import Vault

    v = Vault.create(vault_dir, PASSPHRASE, kdf=FAST_KDF)
    yield v
    v.close()


@pytest.fixture
def journal(vault):
    return vault.journal()


def files_containing(folder: Path, text: str) -> list[Path]:
    """Files under `folder` holding `text` in UTF-8, UTF-16-LE or UTF-16-BE."""
    needles = [text.encode(enc) for enc in ("utf-8", "utf-16-le", "utf-16-be")]
    found = []
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            if any(n in data for n in needles):
                found.append(path)
    return found


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}
