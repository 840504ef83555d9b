#!/usr/bin/env bash
# Set up (scripts/setup.sh), then start Samtaleduk. Arguments go to the program,
# e.g. `bash scripts/run-app.sh demo` or `bash scripts/run-app.sh --help`.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/scripts/setup.sh"
exec "$ROOT/.venv/bin/samtaleduk" "$@"
