#!/usr/bin/env bash
# Build the installable one-folder app with one command: `bash packaging/build.sh`
# -> dist/Samtaleduk/ (on macOS also dist/Samtaleduk.app). Runs scripts/setup.sh first
# (venv, PyInstaller at the version in constraints.txt, compiled translations).
# Options: --archive also packs dist/Samtaleduk-<version>-<os>-<arch>.tar.gz;
#          --selftest runs the built program's self-test offscreen afterwards;
#          --dist DIR / --work DIR build into DIR instead of dist/ (and keep PyInstaller's
#          working files in DIR instead of build/pyinstaller); the bundle test uses temp folders.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
archive=0
selftest=0
dist="$ROOT/dist"
work="$ROOT/build/pyinstaller"
while [ "$#" -gt 0 ]; do
    case "$1" in
        --archive) archive=1 ;;
        --selftest) selftest=1 ;;
        --dist) dist="$(mkdir -p "$2" && cd "$2" && pwd)"; shift ;;
        --work) work="$(mkdir -p "$2" && cd "$2" && pwd)"; shift ;;
        *) echo "build: unknown option $1 (known: --archive, --selftest, --dist DIR, --work DIR)" >&2
           exit 2 ;;
    esac
    shift
done

bash scripts/setup.sh
version="$(.venv/bin/python -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')"
echo "build: Samtaleduk $version" >&2
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN \
    --distpath "$dist" --workpath "$work" packaging/samtaleduk.spec
bundle="$dist/Samtaleduk"

if [ "$(uname -s)" = "Linux" ]; then
    # The menu entry and icon, laid out as under /usr/local/share: IT copies share/
    # there (see README, "Installable bundle").
    share="$bundle/share"
    install -Dm644 packaging/samtaleduk.desktop "$share/applications/samtaleduk.desktop"
    install -Dm644 resources/icons/samtaleduk.svg "$share/icons/hicolor/scalable/apps/samtaleduk.svg"
    install -Dm644 resources/icons/samtaleduk-256.png "$share/icons/hicolor/256x256/apps/samtaleduk.png"
    # Down to glibc 2.34 (RHEL 9): libpython's hypot@GLIBC_2.35 becomes hypot@GLIBC_2.2.5
    # (packaging/glibc_floor.py says why that is the same function for Python).
    .venv/bin/python packaging/glibc_floor.py --ceiling 2.34 "$bundle/_internal" >&2
fi
if [ "$selftest" = 1 ]; then
    exe="$bundle/samtaleduk"
    [ -x "$exe" ] || exe="$bundle/Samtaleduk"
    QT_QPA_PLATFORM=offscreen "$exe" selftest
fi
if [ "$archive" = 1 ]; then
    name="Samtaleduk-$version-$(uname -s | tr '[:upper:]' '[:lower:]')-$(uname -m).tar.gz"
    tar -C "$dist" -czf "$dist/$name" Samtaleduk
    echo "build: $dist/$name ($(du -h "$dist/$name" | cut -f1))" >&2
fi
echo "build: $bundle ($(du -sh "$bundle" | cut -f1))" >&2
