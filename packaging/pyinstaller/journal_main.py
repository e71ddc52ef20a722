"""The bundled program's entry point: the same `main()` as the `journal-app` command."""

import sys

from journal_app.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
