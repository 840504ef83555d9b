#!/usr/bin/env bash
# Refresh the Qt Linguist sources from every tr()/translate() call in ui/ and
# compile them. Run after changing user-facing strings; then translate the new
# (unfinished) entries in resources/i18n/samtaleduk_nn.ts and _nb.ts (Qt Linguist:
# .venv/bin/pyside6-linguist), and run this again to compile.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${VENV:-.venv}"
mapfile -t sources < <(find ui -name '*.py' | sort)
for lang in nn nb en; do
    "$VENV/bin/pyside6-lupdate" -silent -no-obsolete -locations relative \
        -source-language en -target-language "$(case $lang in nn) echo nn_NO;; nb) echo nb_NO;; *) echo en_GB;; esac)" \
        "${sources[@]}" -ts "resources/i18n/samtaleduk_${lang}.ts"
done
scripts/compile-translations.sh
