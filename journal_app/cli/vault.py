"""The vault itself: init, passwd, check, decoy."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..core import paths
from ..core.errors import VaultExists
from ..core.kdf import KdfParams
from ..core.vault import Vault
from .common import EXIT_DAMAGED, EXIT_OK, Commands, add_group, new_passphrase, open_vault, passphrase, vault_folder


def register(commands: Commands) -> None:
    init = commands.add_parser("init", help="create a new vault")
    init.set_defaults(handler=cmd_init)

    passwd = commands.add_parser("passwd", help="change the vault's passphrase")
    passwd.add_argument("--new-passphrase-file", metavar="FILE", type=Path)
    passwd.set_defaults(handler=cmd_passwd)

    check = commands.add_parser("check", help="read and check every page of the vault; writes nothing")
    check.set_defaults(handler=cmd_check)

    decoy = add_group(commands, "decoy", "a second passphrase that opens a separate, harmless journal")
    decoy_set = decoy.add_parser("set", help="create (or replace) the decoy journal; it starts empty")
    decoy_set.add_argument("--decoy-passphrase-file", metavar="FILE", type=Path)
    decoy_set.set_defaults(handler=cmd_decoy_set)
    decoy.add_parser("remove", help="destroy the decoy journal").set_defaults(handler=cmd_decoy_remove)


def cmd_init(args: argparse.Namespace, kdf: KdfParams) -> int:
    folder = args.vault or paths.default_vault_dir()
    if (folder / "data.0").exists() or (folder / "data.1").exists():
        raise VaultExists(f"a vault already exists in {folder}")
    phrase = new_passphrase(args.passphrase_file, "Passphrase")
    Vault.create(folder, phrase, kdf=kdf).close()
    print(f"Created a vault in {folder}", file=sys.stderr)
    return EXIT_OK


def cmd_passwd(args: argparse.Namespace, kdf: KdfParams) -> int:
    vault_folder(args)  # a clear message before any passphrase
    old = passphrase(args)
    new = new_passphrase(args.new_passphrase_file)
    with open_vault(args, kdf, old) as vault:
        vault.change_passphrase(new)
    print("The passphrase has been changed.", file=sys.stderr)
    return EXIT_OK


def cmd_check(args: argparse.Namespace, kdf: KdfParams) -> int:
    with open_vault(args, kdf) as vault:
        problems = vault.check()
    if problems:
        print(f"journal-app: the vault is damaged ({len(problems)} problems found); restore it from a backup",
              file=sys.stderr)  # fmt: skip
        return EXIT_DAMAGED
    print("The vault is whole: every page was read and checked.", file=sys.stderr)
    return EXIT_OK


def cmd_decoy_set(args: argparse.Namespace, kdf: KdfParams) -> int:
    vault_folder(args)  # a clear message before any passphrase
    phrase = passphrase(args)
    decoy = new_passphrase(args.decoy_passphrase_file, "Decoy passphrase")
    with open_vault(args, kdf, phrase) as vault:
        vault.set_decoy(decoy)
    print("The decoy journal is ready: its passphrase opens it instead of this one.", file=sys.stderr)
    return EXIT_OK


def cmd_decoy_remove(args: argparse.Namespace, kdf: KdfParams) -> int:
    with open_vault(args, kdf) as vault:
        vault.remove_decoy()
    print("The decoy journal has been destroyed.", file=sys.stderr)
    return EXIT_OK
