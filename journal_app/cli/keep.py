"""Keeping the journal: backup, verify, restore, export, import."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

from ..core import paths
from ..core.backup import restore_backup, verify_backup, write_backup
from ..core.errors import NotAVault
from ..core.export import export_html, export_json, export_markdown
from ..core.importers import import_jrnl, import_json
from ..core.kdf import KdfParams
from ..core.vault import Vault
from .common import (
    EXIT_OK,
    Commands,
    UsageError,
    day,
    open_vault,
    passphrase,
    progress_printer,
    read_passphrase_file,
    vault_folder,
)

EXPORT_FORMATS = ("md", "html", "pdf", "json")


def register(commands: Commands) -> None:
    backup = commands.add_parser("backup", help="write an encrypted backup of the vault to OUT")
    backup.add_argument("out", type=Path)
    backup.add_argument("--backup-passphrase-file", metavar="FILE", type=Path,
                        help="encrypt the backup with this passphrase instead of the vault's")  # fmt: skip
    backup.set_defaults(handler=cmd_backup)

    verify = commands.add_parser("verify", help="check that a backup is whole and readable; writes nothing")
    verify.add_argument("file", type=Path)
    verify.set_defaults(handler=cmd_verify)

    restore = commands.add_parser("restore", help="restore a backup into a new vault at --vault (or merge it)")
    restore.add_argument("file", type=Path)
    restore.add_argument("--merge", action="store_true", help="merge into the existing vault instead")
    restore.add_argument("--backup-passphrase-file", metavar="FILE", type=Path,
                         help="the backup's passphrase, if it differs from --passphrase-file")  # fmt: skip
    restore.add_argument("--new-passphrase-file", metavar="FILE", type=Path,
                         help="passphrase for the restored vault (default: the backup's)")  # fmt: skip
    restore.set_defaults(handler=cmd_restore)

    export = commands.add_parser("export", help="write entries out, NOT encrypted: md, html, pdf or json")
    export.add_argument("--format", required=True, choices=EXPORT_FORMATS)
    export.add_argument("out", type=Path)
    export.add_argument("--from", dest="date_from", type=day, metavar="D")
    export.add_argument("--to", dest="date_to", type=day, metavar="D")
    export.add_argument("--tag", action="append", default=[], help="only entries with this tag (repeat for more)")
    export.add_argument("--with-documents", action="store_true", help="pdf: add the documents list")
    export.add_argument("--with-trips", action="store_true", help="pdf: add the trips list")
    export.set_defaults(handler=cmd_export)

    import_ = commands.add_parser("import", help="bring entries in from a jrnl journal or our json export")
    import_.add_argument("--from", dest="source", required=True, choices=("jrnl", "json"))
    import_.add_argument("file", type=Path)
    import_.add_argument("--source-passphrase-file", metavar="FILE", type=Path,
                         help="the passphrase of an encrypted jrnl journal")  # fmt: skip
    import_.set_defaults(handler=cmd_import)


def cmd_backup(args: argparse.Namespace, kdf: KdfParams) -> int:
    vault_folder(args)  # a clear message before any passphrase
    phrase = passphrase(args)
    backup_passphrase = read_passphrase_file(args.backup_passphrase_file) if args.backup_passphrase_file else phrase
    with open_vault(args, kdf, phrase) as vault:
        out = write_backup(vault, args.out, backup_passphrase, kdf=kdf, progress=progress_printer("Backing up"))
    print(f"Backup written to {out}", file=sys.stderr)
    return EXIT_OK


def cmd_verify(args: argparse.Namespace, kdf: KdfParams) -> int:
    manifest = verify_backup(args.file, passphrase(args), progress_printer("Checking"))
    print(f"The backup is whole and readable (made {manifest.created}).", file=sys.stderr)
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, kdf: KdfParams) -> int:
    folder = args.vault or paths.default_vault_dir()
    phrase = passphrase(args)
    backup_passphrase = read_passphrase_file(args.backup_passphrase_file) if args.backup_passphrase_file else phrase
    progress = progress_printer("Checking")
    if args.merge:
        from ..core.merge import merge_backup

        if not folder.is_dir():
            raise NotAVault(f"there is no vault at {folder} to merge into")
        with open_vault(args, kdf, phrase) as vault:
            report = merge_backup(vault, args.file, backup_passphrase, progress)
        print(
            f"Merged: {report.added} entries added, {report.updated} updated, {report.unchanged} unchanged, "
            f"{report.conflicts} kept twice because both copies had changed; {report.other_items} other items.",
            file=sys.stderr,
        )
        return EXIT_OK
    new_passphrase = read_passphrase_file(args.new_passphrase_file) if args.new_passphrase_file else None
    result = restore_backup(args.file, backup_passphrase, folder, new_passphrase=new_passphrase, kdf=kdf,
                            progress=progress)  # fmt: skip
    print(f"Restored into {result.folder}", file=sys.stderr)
    if result.moved_aside:
        print(f"The vault that was there has been kept as {result.moved_aside}", file=sys.stderr)
    return EXIT_OK


def _pdf_export(vault: Vault, args: argparse.Namespace, progress: Callable[[int, int], None]) -> int:
    """PDF needs Qt's text layout: the only command that loads Qt, and never a window. Without an application
    already running in this process, Qt runs on its offscreen platform, so the export works over SSH, from cron and
    with no display (whatever DISPLAY or QT_QPA_PLATFORM say)."""
    from PySide6.QtCore import QCoreApplication

    if QCoreApplication.instance() is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    from ..ui.export_pdf import export_pdf

    # a QApplication (not only a QGuiApplication), so that a process that later shows widgets can still do so
    app = QApplication.instance() or QApplication(["journal-app"])
    count = export_pdf(vault, args.out, date_from=args.date_from, date_to=args.date_to, tags=args.tag,
                       with_documents=args.with_documents, with_trips=args.with_trips, progress=progress)  # fmt: skip
    del app
    return count


def cmd_export(args: argparse.Namespace, kdf: KdfParams) -> int:
    vault_folder(args)  # a clear message before any passphrase
    if args.out.exists() or args.out.is_symlink():
        raise UsageError(f"{args.out} already exists; nothing was written")
    phrase = passphrase(args)
    print(f"Warning: {args.out} will not be encrypted; anyone with it can read it.", file=sys.stderr)
    progress = progress_printer("Exporting")
    with open_vault(args, kdf, phrase) as vault:
        if args.format == "pdf":
            count = _pdf_export(vault, args, progress)
        else:
            writer = {"md": export_markdown, "html": export_html, "json": export_json}[args.format]
            count = writer(vault, args.out, date_from=args.date_from, date_to=args.date_to, tags=args.tag,
                           progress=progress)  # fmt: skip
    print(f"Exported {count} entries to {args.out}", file=sys.stderr)
    return EXIT_OK


def cmd_import(args: argparse.Namespace, kdf: KdfParams) -> int:
    vault_folder(args)  # a clear message before any passphrase
    if not args.file.exists():
        raise UsageError(f"there is no file {args.file}")
    phrase = passphrase(args)
    source_passphrase = read_passphrase_file(args.source_passphrase_file) if args.source_passphrase_file else None
    with open_vault(args, kdf, phrase) as vault:
        if args.source == "jrnl":
            report = import_jrnl(vault, args.file, passphrase=source_passphrase)
        else:
            report = import_json(vault, args.file)
    print(report.imported)
    if report.skipped_identical:
        print(f"{report.skipped_identical} entries were already here and were skipped", file=sys.stderr)
    if report.kept_both:
        print(f"{len(report.kept_both)} entries had the same id but other text: both kept", file=sys.stderr)
    return EXIT_OK
