"""`python -m samtaleduk.templates.reference [--check]`: regenerate the duk format's
reference (nn, nb) and JSON Schema from the pydantic model."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from samtaleduk.templates.reference import COMMAND, generated_files, stale_files, write_files
from samtaleduk.templates.reference.model_walk import missing_words, unused_words

REPO_ROOT = Path(__file__).resolve().parents[3]


def main(argv: list[str] | None = None) -> int:
    """Write the generated files (or, with --check, only say which are stale)."""
    parser = argparse.ArgumentParser(prog=COMMAND, description=__doc__)
    parser.add_argument("--check", action="store_true",
                        help="write nothing; exit 1 if a generated file is stale")
    parser.add_argument("--root", type=Path, default=REPO_ROOT,
                        help="the repository root (default: the one this module is in)")
    args = parser.parse_args(argv)
    problems = missing_words() + [f"not in the model: {u}" for u in unused_words()]
    if problems:
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1
    if args.check:
        stale = stale_files(args.root)
        for name in stale:
            print(f"stale: {name} (run `{COMMAND}`)", file=sys.stderr)
        return 1 if stale else 0
    changed = write_files(args.root)
    for name in generated_files():
        print(f"{'written' if name in changed else 'unchanged'}: {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
