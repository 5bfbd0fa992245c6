#!/usr/bin/env bash
# The desktop files and the Debian package: validates the .desktop and AppStream files, builds the
# .deb of this build tree with CPack (uncompressed, so it stays cheap), unpacks it with dpkg -x into
# a temporary root and checks every file is where the desktop looks for it.
# Usage: tst_package.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=${1:?usage: tst_package.sh BUILD_DIR SOURCE_DIR}
source=${2:?usage: tst_package.sh BUILD_DIR SOURCE_DIR}
id=app.tenure.Tenure
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "PASS: $*"; }

need() { command -v "$1" >/dev/null || { echo "FAIL: $1 is not installed (make deps)" >&2; exit 1; }; }
need desktop-file-validate
need appstreamcli
need dpkg-deb
need cpack
need update-mime-database

# 1. The files in the source tree.
desktop-file-validate "$source/packaging/$id.desktop" && pass "desktop-file-validate" || fail "desktop-file-validate"
appstreamcli validate --no-net --no-color "$source/packaging/$id.metainfo.xml" >"$work/as.log" 2>&1 &&
    pass "appstreamcli validate" || { cat "$work/as.log" >&2; fail "appstreamcli validate"; }

# 2. The package.
if ! cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" \
    -D CPACK_DEBIAN_COMPRESSION_TYPE=none >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    echo "FAIL: cpack -G DEB" >&2
    exit 1
fi
deb=$(ls "$work"/out/*.deb)
pass "cpack built $(basename "$deb")"
[ "$(dpkg-deb -f "$deb" Package)" = tenure ] && pass "package name tenure" || fail "package name"
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libqt6widgets6 libqt6sql6 libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 libuchardet0 libsqlite3-0 libpq5; do
    case "$depends" in
        *"$lib"*) pass "Depends names $lib" ;;
        *) fail "Depends lacks $lib: $depends" ;;
    esac
done

# 3. Unpacked: the paths the desktop expects.
root="$work/root"
dpkg -x "$deb" "$root"
for file in usr/bin/tenure usr/share/applications/$id.desktop usr/share/metainfo/$id.metainfo.xml \
    usr/share/mime/packages/$id.xml usr/share/icons/hicolor/scalable/apps/$id.svg \
    usr/share/man/man1/tenure.1 usr/share/doc/tenure/README.md; do
    [ -f "$root/$file" ] && pass "$file" || fail "missing $file"
done
for size in 16 24 32 48 64 128 256 512; do
    icon="usr/share/icons/hicolor/${size}x${size}/apps/$id.png"
    [ -f "$root/$icon" ] || { fail "missing $icon"; continue; }
    # The PNG header holds width and height at bytes 16..23.
    dims=$(od -An -tu1 -j16 -N8 "$root/$icon" | awk '{print $3*256+$4 "x" $7*256+$8}')
    [ "$dims" = "${size}x${size}" ] && pass "$icon is $dims" || fail "$icon is $dims"
done
[ -x "$root/usr/bin/tenure" ] && pass "usr/bin/tenure is executable" || fail "usr/bin/tenure not executable"
version=$("$root/usr/bin/tenure" --version 2>&1 || true)
[[ "$version" == "tenure "* ]] && pass "installed binary runs: $version" || fail "installed binary: $version"

# The installed desktop file and metainfo, and what they refer to.
desktop="$root/usr/share/applications/$id.desktop"
desktop-file-validate "$desktop" && pass "installed desktop file valid" || fail "installed desktop file"
appstreamcli validate --no-net --no-color "$root/usr/share/metainfo/$id.metainfo.xml" >/dev/null 2>&1 &&
    pass "installed metainfo valid" || fail "installed metainfo"
exec_bin=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")
[ -x "$root/usr/bin/$exec_bin" ] && pass "Exec=$exec_bin is in usr/bin" || fail "Exec=$exec_bin not in usr/bin"
icon=$(sed -n 's/^Icon=//p' "$desktop")
[ "$icon" = "$id" ] && pass "Icon=$icon" || fail "Icon=$icon (want $id)"
mimes=$(sed -n 's/^MimeType=//p' "$desktop")
for mime in application/x-tenure-workspace text/csv application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; do
    [[ ";$mimes" == *";$mime;"* ]] && pass "MimeType offers $mime" || fail "MimeType lacks $mime"
done
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$root/usr/share/metainfo/$id.metainfo.xml" &&
    pass "metainfo launches $id.desktop" || fail "metainfo launchable"

# shared-mime-info compiles the package's entry: *.tenure is a Tenure workspace.
update-mime-database "$root/usr/share/mime" >/dev/null 2>&1 || fail "update-mime-database"
grep -q '^80:application/x-tenure-workspace:\*\.tenure$' "$root/usr/share/mime/globs2" &&
    pass "*.tenure -> application/x-tenure-workspace" || fail "globs2 lacks *.tenure"

if [ "$failures" -gt 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "all package checks passed"
