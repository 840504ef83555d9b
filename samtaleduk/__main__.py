"""`python -m samtaleduk` starts the program, as the `samtaleduk` command does.

The one place in the engine that names the UI: the composition root, `ui.main`."""

import sys

from ui.main import main

sys.exit(main())
