"""The bundled program's entry point (PyInstaller runs this script).

It is the `samtaleduk` command: the GUI with no arguments, a subcommand otherwise.
"""

import sys

from ui.main import main

if __name__ == "__main__":
    sys.exit(main())
