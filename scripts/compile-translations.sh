#!/usr/bin/env bash
# Compile resources/i18n/*.ts into .qm (build products, not committed).
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${VENV:-.venv}"
for ts in resources/i18n/samtaleduk_*.ts; do
    "$VENV/bin/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
