"""`python -m journal_app` and the `journal-app` command: no command starts the desktop app, else the CLI.

The CLI's parser decides: a word it knows is a command, a word it does not know is a usage error (exit 2), and only
no command at all (with the global options the app understands, such as --vault) opens the window.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    from . import cli
    from .core.hardening import harden

    harden()

    if cli.wants_window(args):
        try:
            from .app import run_gui
        except ImportError:
            # The desktop window arrives with the next milestone; until then the command shows its help.
            return cli.main(["--help"])
        return int(run_gui(args))
    return cli.main(args)


if __name__ == "__main__":
    sys.exit(main())
