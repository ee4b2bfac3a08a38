#!/bin/sh
# Builds the Debian package from the build tree with CPack and checks it as Debian would: its
# Depends come from the libraries the program links, it holds every file a desktop reads, the
# program runs from a scratch root it is unpacked into, and lintian finds no error.
# Usage: package_check.sh BUILD-DIR SOURCE-DIR VERSION APP-ID
# Exits 77 (skipped) when cpack, dpkg-deb or dpkg-shlibdeps is not installed.
set -eu
build=$1 source=$2 version=$3 id=$4
for tool in cpack dpkg-deb dpkg-shlibdeps file; do
    command -v $tool >/dev/null 2>&1 || {
        echo "SKIP: $tool is not installed (cmake, dpkg-dev, file)"
        exit 77
    }
done
scratch=$(mktemp -d "${TMPDIR:-/tmp}/keydriver-package.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
status=0
fail() {
    echo "FAIL: $*"
    status=1
}

start=$(date +%s)
cpack --config "$build/CPackConfig.cmake" -G DEB -B "$scratch" >"$scratch/cpack.log" 2>&1 || {
    cat "$scratch/cpack.log"
    echo "FAIL: cpack"
    exit 1
}
deb=$(ls "$scratch"/keydriver_*.deb)
echo "package: $(basename "$deb"), $(du -k "$deb" | cut -f1) kB, made in $(($(date +%s) - start)) s"
[ "$(basename "$deb")" = "keydriver_${version}_$(dpkg --print-architecture).deb" ] ||
    fail "the package is named $(basename "$deb")"

# Depends: from the libraries the program links (dpkg-shlibdeps), never typed by hand.
depends=$(dpkg-deb --field "$deb" Depends)
echo "Depends: $depends"
for p in libc6 libstdc++6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6printsupport6 libgvc6 \
    libcgraph6 libzip4; do
    case ", $depends," in
    *", $p "* | *", $p,"*) ;;
    *) fail "Depends does not name $p" ;;
    esac
done
# Loaded at run time, so named by hand: Qt's SVG icon engine.
dpkg-deb --field "$deb" Recommends | grep -q libqt6svg6 || fail "Recommends does not name libqt6svg6"
dpkg-deb --field "$deb" Recommends | grep -q qt6-translations-l10n ||
    fail "Recommends does not name qt6-translations-l10n (Qt's own buttons in Spanish and French)"
[ "$(dpkg-deb --field "$deb" Package)" = keydriver ] || fail "the package is not named keydriver"
[ "$(dpkg-deb --field "$deb" Version)" = "$version" ] || fail "the package's version is not $version"

dpkg-deb --contents "$deb" >"$scratch/contents"
for f in /usr/bin/keydriver /usr/share/applications/$id.desktop \
    /usr/share/mime/packages/$id.xml /usr/share/metainfo/$id.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/$id.svg /usr/share/icons/hicolor/48x48/apps/$id.png \
    /usr/share/man/man1/keydriver.1.gz /usr/share/doc/keydriver/copyright \
    /usr/share/doc/keydriver/changelog.gz; do
    grep -q " \.$f\$" "$scratch/contents" || fail "the package does not hold $f"
done
if grep -q ' root/root .*/usr/bin/keydriver$' "$scratch/contents" &&
    grep ' \./usr/bin/keydriver$' "$scratch/contents" | grep -q '^-rwxr-xr-x'; then
    :
else
    fail "/usr/bin/keydriver is not root's, mode 755"
fi

# Unpacked into a scratch root, the program runs with the library path as it is: no run path, and
# Graphviz's plugins found where Debian installs them.
root=$scratch/root
dpkg-deb -x "$deb" "$root"
program=$root/usr/bin/keydriver
if command -v readelf >/dev/null 2>&1; then
    readelf -d "$program" | grep -Eq 'RPATH|RUNPATH' && fail "the program has a run path"
    readelf -S "$program" | grep -Eq '\.(debug_info|symtab|comment)' && fail "the program is not stripped"
fi
out=$(QT_QPA_PLATFORM=offscreen "$program" --version) || fail "the unpacked program does not run"
echo "$out"
case $out in
"keydriver $version "*) ;;
*) fail "keydriver --version printed '$out'" ;;
esac
# In tidy order the layout goes through Graphviz and its plugins.
QT_QPA_PLATFORM=offscreen "$program" export "$source/examples/ed-visit.kdd" --order tidy --links curves \
    -o "$scratch/x.pdf" &&
    head -c 5 "$scratch/x.pdf" | grep -q '%PDF-' || fail "the unpacked program does not export a PDF"

if command -v lintian >/dev/null 2>&1; then
    start=$(date +%s)
    # --display-info lists the info tags too; the note about running as root is left out.
    lintian --tag-display-limit 0 --display-info "$deb" >"$scratch/lintian.all" 2>&1 || true
    grep -v "running with root privileges" "$scratch/lintian.all" >"$scratch/lintian" || true
    echo "lintian ($(($(date +%s) - start)) s):"
    sed 's/^/  /' "$scratch/lintian"
    grep -q '^E: ' "$scratch/lintian" && fail "lintian reports errors"
    echo "lintian: $(grep -c '^E: ' "$scratch/lintian") errors," \
        "$(grep -c '^W: ' "$scratch/lintian") warnings"
else
    echo "SKIP: lintian is not installed"
fi

[ $status -eq 0 ] && echo "package check: all passed"
exit $status
