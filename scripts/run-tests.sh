#!/usr/bin/env bash
# Set up (scripts/setup.sh), then lint, type-check, audit the dependencies
# (scripts/audit-dependencies.sh, offline) and test. Extra arguments go to
# pytest, e.g. `bash scripts/run-tests.sh -m slow` or `-k duker`.
# Every step runs even when an earlier one fails; the exit code is non-zero if any failed.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/scripts/setup.sh" || exit 1
cd "$ROOT"

failed=()
echo "== ruff check ."
.venv/bin/ruff check . || failed+=(ruff)
echo "== mypy"
.venv/bin/mypy || failed+=(mypy)
echo "== dependency audit"
bash scripts/audit-dependencies.sh || failed+=(dependency-audit)
echo "== pytest $*"
.venv/bin/pytest "$@" || failed+=(pytest)

if [ "${#failed[@]}" -ne 0 ]; then
    echo "FAILED: ${failed[*]}" >&2
    exit 1
fi
