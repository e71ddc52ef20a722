"""Key derivation: passphrase -> 32-byte raw SQLCipher key, with Argon2id.

The parameters are fixed per vault format version (see docs/FORMAT.md). Tests pass cheaper parameters through the
API; nothing in the environment or on the command line can weaken the parameters of a real vault.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from .errors import InvalidInput

SALT_BYTES = 16
KEY_BYTES = 32


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int
    iterations: int
    lanes: int


#: Format version 1: Argon2id, 256 MiB, 3 iterations, 4 lanes, 32-byte output.
KDF_V1 = KdfParams(memory_kib=256 * 1024, iterations=3, lanes=4)


def passphrase_bytes(passphrase: str) -> bytes:
    """The bytes the KDF sees: the passphrase in Unicode NFC form, UTF-8 encoded.

    NFC makes the same passphrase typed on different systems (composed or decomposed "й") give the same key.
    """
    if not passphrase:
        raise InvalidInput("the passphrase is empty")
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive_key(passphrase: str, salt: bytes, params: KdfParams = KDF_V1) -> bytes:
    if len(salt) != SALT_BYTES:
        raise ValueError("salt must be 16 bytes")
    kdf = Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(passphrase_bytes(passphrase))
