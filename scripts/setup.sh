#!/usr/bin/env bash
# Set up everything Samtaleduk needs, on a fresh Debian 12 machine as root (no sudo):
#   1. the Debian libraries Qt needs (headless, and for a real window under X11/Wayland),
#      binutils and hunspell with its Norwegian dictionaries for the tests,
#      installed with apt-get only when something is missing;
#   2. a virtual environment in .venv at the repository root;
#   3. pip and setuptools, then the project with its test tools, at the versions in
#      constraints.txt.
# Safe to run again: when nothing changed it only checks and returns in about a second.
# It never removes a system package.
#
# Environment: PYTHON (default python3) picks the interpreter for the venv;
# SAMTALEDUK_SKIP_APT=1 skips the Debian step (e.g. on a machine that is not Debian).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
VENV="$ROOT/.venv"
STAMP="$VENV/.samtaleduk-setup"
PYTHON="${PYTHON:-python3}"

say() { printf 'setup: %s\n' "$*" >&2; }

# Qt's own libraries come inside the PySide6 wheel; these system libraries do not.
# Without the first group PySide6 does not even import (also headless, offscreen).
HEADLESS_PACKAGES=(
    libegl1 libgl1 libxkbcommon0 libfontconfig1 libfreetype6 libdbus-1-3
    libglib2.0-0 libx11-6 libxcb1
)
# What the xcb platform plugin links against (checked with ldd on libqxcb.so and
# libQt6XcbQpa.so.6), plus the two Wayland client libraries, for a real window.
WINDOW_PACKAGES=(
    libx11-xcb1 libxcb-cursor0 libxcb-glx0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
    libxcb-randr0 libxcb-render0 libxcb-render-util0 libxcb-shape0 libxcb-shm0
    libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-xkb1 libxkbcommon-x11-0
    libwayland-cursor0 libwayland-egl1
)

# PyInstaller needs objdump to build the bundle, which the test command does
# (tests/packaging/test_bundle.py); a fresh Debian has no binutils.
BUILD_PACKAGES=(binutils)

# The spelling tests (tests/language/test_spelling.py) check the nynorsk and bokmål
# texts with hunspell and Debian's Norwegian dictionaries (nn_NO, nb_NO).
SPELLING_PACKAGES=(hunspell hunspell-no)

is_installed() {
    # One line per installed architecture: with i386 added (the Windows build's wine32)
    # a library can be there twice, and the native one is enough.
    dpkg-query -W -f='${db:Status-Status}\n' "$1" 2>/dev/null | grep -qx installed
}

python_can_make_venv() {
    command -v "$PYTHON" >/dev/null 2>&1 \
        && "$PYTHON" -c 'import sys, venv, ensurepip; sys.exit(sys.version_info < (3, 11))' \
            >/dev/null 2>&1
}

install_debian_packages() {
    if [ "${SAMTALEDUK_SKIP_APT:-}" = "1" ]; then
        return
    fi
    if ! command -v dpkg-query >/dev/null 2>&1; then
        say "not a Debian system: make sure Qt's libraries (${HEADLESS_PACKAGES[*]}) are installed"
        return
    fi
    local missing=()
    local pkg
    for pkg in "${HEADLESS_PACKAGES[@]}" "${WINDOW_PACKAGES[@]}" "${BUILD_PACKAGES[@]}" \
               "${SPELLING_PACKAGES[@]}"; do
        is_installed "$pkg" || missing+=("$pkg")
    done
    # Debian's python3 makes a venv only with python3-venv (it carries ensurepip).
    if ! python_can_make_venv; then
        is_installed python3 || missing+=(python3)
        is_installed python3-venv || missing+=(python3-venv)
    fi
    if [ "${#missing[@]}" -eq 0 ]; then
        return
    fi
    if [ "$(id -u)" -ne 0 ]; then
        say "these Debian packages are missing: ${missing[*]}"
        say "install them as root: apt-get update && apt-get install -y ${missing[*]}"
        exit 1
    fi
    say "installing Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    # A mirror in mid-sync fails one index (seen: the security suite's i386 list);
    # the install says whether that mattered.
    apt-get update -qq || say "apt-get update reported errors (going on)"
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

install_libpython() {
    # PyInstaller (the bundle the tests build) needs Python's shared library, which
    # Debian ships apart from its python3 (libpython3.11 on Debian 12).
    if [ "${SAMTALEDUK_SKIP_APT:-}" = "1" ] || ! command -v dpkg-query >/dev/null 2>&1; then
        return
    fi
    local pkg
    pkg="$("$VENV/bin/python" -c 'import sys
if sys.base_prefix == "/usr":
    print("libpython%d.%d" % sys.version_info[:2])')"
    if [ -z "$pkg" ] || is_installed "$pkg"; then
        return
    fi
    if [ "$(id -u)" -ne 0 ]; then
        say "the Debian package $pkg is missing (needed to build the bundle):"
        say "install it as root: apt-get install -y $pkg"
        return
    fi
    say "installing Debian package: $pkg"
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -qq --no-install-recommends "$pkg" >/dev/null \
        || { apt-get update -qq && apt-get install -y -qq --no-install-recommends "$pkg" >/dev/null; }
}

stamp_value() {
    # Everything that decides what the venv holds: a change to any of these reinstalls.
    {
        echo "root=$ROOT"
        "$VENV/bin/python" -c 'import sys; print("python=" + sys.version)'
        sha256sum pyproject.toml constraints.txt
    } | sha256sum | cut -d' ' -f1
}

make_venv() {
    # A venv copied or moved from another folder has scripts that point back there.
    if [ -f "$VENV/bin/pip" ] && ! head -n1 "$VENV/bin/pip" | grep -qF "#!$VENV/bin/"; then
        say "the .venv was made for another folder; making it anew"
        rm -rf "$VENV"
    fi
    if [ -x "$VENV/bin/python" ] && "$VENV/bin/python" -c 'import sys' >/dev/null 2>&1; then
        return
    fi
    if ! python_can_make_venv; then
        say "$PYTHON (3.11 or newer, with venv and ensurepip) is needed"
        exit 1
    fi
    say "creating $VENV"
    rm -rf "$VENV"
    "$PYTHON" -m venv "$VENV"
}

install_python_packages() {
    local want
    want="$(stamp_value)"
    if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$want" ]; then
        return
    fi
    say "installing Python packages (constraints.txt)"
    rm -f "$STAMP"
    # pip and setuptools first, at their pins: the venv otherwise keeps whatever the
    # system's ensurepip carried (pip 23.0/23.2, setuptools 65 on Debian 12, both with
    # known flaws), and the dependency audit compares them with the pins.
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check \
        -c constraints.txt pip setuptools
    # --build-constraint: the isolated build of the project itself uses the pinned
    # setuptools too (pip >= 25.3, which the step above guarantees).
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check \
        -c constraints.txt --build-constraint constraints.txt -e '.[dev]'
    echo "$want" >"$STAMP"
}

install_debian_packages
make_venv
install_libpython
install_python_packages

# The UI's translations (.ts sources in resources/i18n) compiled to .qm; the app
# compiles missing ones itself when lrelease is at hand, but a set-up should not
# leave that to the first start.
say "compiling translations"
VENV="$VENV" scripts/compile-translations.sh
