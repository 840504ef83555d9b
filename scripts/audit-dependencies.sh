#!/usr/bin/env bash
# The dependency audit (scripts/dependency_audit.py): every pin in constraints.txt,
# and the venv's pip and setuptools, against the vendored database in security/.
# Offline and about a second; scripts/run-tests.sh runs it.
#
#   bash scripts/audit-dependencies.sh            # the check
#   bash scripts/audit-dependencies.sh --refresh PAGES  # rebuild security/vulnerabilities.json
#       from PyPI JSON pages saved in PAGES as NAME.json / NAME-VERSION.json (fetched
#       outside the project, e.g. with curl); the project itself has no network code
# Run --refresh after adding or bumping a dependency, and commit the database.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
exec .venv/bin/python scripts/dependency_audit.py "$@"
