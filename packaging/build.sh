#!/usr/bin/env bash
# Build the installable one-folder app with one command: `bash packaging/build.sh`
# -> dist/Samtaleduk/ (on macOS also dist/Samtaleduk.app). Runs scripts/setup.sh first
# (venv, PyInstaller at the version in constraints.txt, compiled translations).
# Options: --archive also packs dist/Samtaleduk-<version>-<os>-<arch>.tar.gz;
#          --selftest runs the built program's self-test offscreen afterwards.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
archive=0
selftest=0
for arg in "$@"; do
    case "$arg" in
        --archive) archive=1 ;;
        --selftest) selftest=1 ;;
        *) echo "build: unknown option $arg (known: --archive, --selftest)" >&2; exit 2 ;;
    esac
done

bash scripts/setup.sh
version="$(.venv/bin/python -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')"
echo "build: Samtaleduk $version" >&2
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN \
    --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" packaging/samtaleduk.spec

if [ "$selftest" = 1 ]; then
    exe="dist/Samtaleduk/samtaleduk"
    [ -x "$exe" ] || exe="dist/Samtaleduk/Samtaleduk"
    QT_QPA_PLATFORM=offscreen "$exe" selftest
fi
if [ "$archive" = 1 ]; then
    name="Samtaleduk-$version-$(uname -s | tr '[:upper:]' '[:lower:]')-$(uname -m).tar.gz"
    tar -C dist -czf "dist/$name" Samtaleduk
    echo "build: dist/$name" >&2
fi
echo "build: dist/Samtaleduk ($(du -sh dist/Samtaleduk | cut -f1))" >&2
