#!/usr/bin/env bash
# Compile resources/i18n/*.ts into .qm (build products, not committed).
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${VENV:-.venv}"
for ts in resources/i18n/samtaleduk_*.ts resources/i18n/qtdialogs_*.ts; do
    "$VENV/bin/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
