"""`python -m samtaleduk` starts the program, as the `samtaleduk` command does."""

import sys

from samtaleduk.cli import main

sys.exit(main())
