"""What cannot be prevented, said in plain words: from inside the decoy journal, "set a second passphrase"
overwrites the other slot, which is the real journal (docs/THREAT_MODEL.md, "Changing the decoy from inside it")."""

from __future__ import annotations

from pathlib import Path

import pytest

from journal_app.core.errors import WrongPassphrase
from journal_app.core.vault import Vault

from ..conftest import FAST_KDF, MARKER, PASSPHRASE
from ._shell_support import IGNORED_QT_MESSAGES, make_window

pytestmark = pytest.mark.qt_log_ignore(*IGNORED_QT_MESSAGES)

DECOY = "shopping list кот 42"


def test_setting_a_second_passphrase_from_inside_the_decoy_overwrites_the_real_journal(vault_dir: Path) -> None:
    """The fact the warning is about (the vault cannot tell the two journals apart, by design)."""
    with Vault.create(vault_dir, PASSPHRASE, kdf=FAST_KDF) as vault:
        vault.journal().add(title=MARKER, body=MARKER)
        vault.set_decoy(DECOY)
    with Vault.open(vault_dir, DECOY, kdf=FAST_KDF) as decoy:
        decoy.set_decoy("another one")  # done from inside the decoy
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_dir, PASSPHRASE, kdf=FAST_KDF)  # the real journal is gone


def test_the_decoy_section_says_so_with_the_advice(qtbot, vault_dir: Path) -> None:
    with Vault.create(vault_dir, PASSPHRASE, kdf=FAST_KDF) as vault:
        vault.set_decoy(DECOY)
    window = make_window(qtbot, vault_dir=vault_dir)
    window.unlock_page.passphrase.setText(DECOY)  # the same words show whichever journal is open
    with qtbot.waitSignal(window.vault_unlocked, timeout=5000):
        window.unlock_page.unlock()
    section = window.show_settings().decoy
    warning = section.from_decoy_warning
    assert warning.isVisible() and warning.wordWrap()
    text = warning.text()
    assert "while the decoy journal is open" in text and "your real one, is overwritten" in text
    assert "lost for good" in text and "unlock with your real passphrase" in text and "backup" in text
