#!/bin/sh
# Installs the build into a scratch root as a package would (DESTDIR, prefix /usr) and checks what
# a desktop reads there: the program runs from its installed place, even with the source tree out
# of sight, and the desktop entry, AppStream metadata, MIME type, icons and man page are valid and
# agree with each other. A part whose validator is not installed is skipped with a message.
# Usage: install_check.sh BUILD-DIR SOURCE-DIR VERSION APP-ID
set -eu
build=$1 source=$2 version=$3 id=$4
scratch=$(mktemp -d "${TMPDIR:-/tmp}/keydriver-install.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
root=$scratch/root
prefix=$root/usr
status=0
fail() {
    echo "FAIL: $*"
    status=1
}
skip() { echo "SKIP: $*"; }

DESTDIR=$root cmake --install "$build" --prefix /usr >"$scratch/install.log" || {
    cat "$scratch/install.log"
    echo "FAIL: cmake --install"
    exit 1
}
for f in bin/keydriver share/applications/$id.desktop share/mime/packages/$id.xml \
    share/metainfo/$id.metainfo.xml share/icons/hicolor/scalable/apps/$id.svg \
    share/man/man1/keydriver.1; do
    [ -f "$prefix/$f" ] || fail "not installed: /usr/$f"
done
for size in 16 24 32 48 64 128 256; do
    png=$prefix/share/icons/hicolor/${size}x$size/apps/$id.png
    if [ ! -f "$png" ]; then
        fail "not installed: the ${size} px icon"
    elif command -v identify >/dev/null 2>&1; then
        [ "$(identify -format '%wx%h' "$png")" = "${size}x$size" ] || fail "$png is not $size px"
    fi
done

# The installed program, found on PATH, prints the version of project().
out=$(PATH=$prefix/bin:$PATH QT_QPA_PLATFORM=offscreen keydriver --version)
echo "$out"
case $out in
"keydriver $version "*) ;;
*) fail "keydriver --version printed '$out', not version $version" ;;
esac

# The templates are inside the program: read them with the source tree hidden under an empty
# folder (a private mount namespace), so nothing can come from the tree.
hidden() {
    unshare -rm sh -c 'mount -t tmpfs none "$1" && shift && exec "$@"' sh "$source" "$@" \
        2>/dev/null
}
if hidden true; then
    hidden test ! -e "$source/examples/ed-visit.kdd" || fail "the source tree is still visible"
    for t in antiracism ed-visit fuel-costs health-equity weight-loss; do
        hidden env QT_QPA_PLATFORM=offscreen "$prefix/bin/keydriver" export \
            ":/templates/$t.kdd" -o "$scratch/$t.svg" ||
            fail "the installed program cannot read its template $t with the source tree hidden"
        grep -q '<svg' "$scratch/$t.svg" 2>/dev/null || fail "template $t: no SVG written"
    done
    echo "templates: all 5 read from the installed program with the source tree hidden"
else
    skip "no private mount namespace here (unshare): the templates were not read with the" \
        "source tree hidden"
fi

if command -v desktop-file-validate >/dev/null 2>&1; then
    desktop-file-validate "$prefix/share/applications/$id.desktop" || fail "desktop-file-validate"
    echo "desktop-file-validate: clean"
else
    skip "desktop-file-validate (desktop-file-utils) is not installed"
fi
grep -qx "Icon=$id" "$prefix/share/applications/$id.desktop" || fail "the desktop entry's Icon is not $id"

if command -v appstreamcli >/dev/null 2>&1; then
    appstreamcli validate --no-net --pedantic "$prefix/share/metainfo/$id.metainfo.xml" ||
        fail "appstreamcli validate found errors"
else
    skip "appstreamcli (appstream) is not installed"
fi
grep -q "<release version=\"$version\"" "$prefix/share/metainfo/$id.metainfo.xml" ||
    fail "the AppStream metadata has no release $version"

if command -v xmllint >/dev/null 2>&1; then
    xmllint --noout "$prefix/share/mime/packages/$id.xml" || fail "xmllint on the MIME XML"
else
    skip "xmllint (libxml2-utils) is not installed"
fi

# Which type a desktop gives a .kdd file, and which program opens it, looked up in the scratch root
# only (XDG_DATA_DIRS), as GNOME does (xdg-mime asks gio there).
in_root() {
    env PATH="$prefix/bin:$PATH" XDG_DATA_HOME="$scratch/nohome" \
        XDG_DATA_DIRS="$prefix/share:/usr/share" XDG_CURRENT_DESKTOP=GNOME "$@"
}
if command -v update-mime-database >/dev/null 2>&1 && command -v gio >/dev/null 2>&1; then
    in_root update-mime-database "$prefix/share/mime"
    cp "$source/examples/ed-visit.kdd" "$scratch/diagram.kdd"
    cp "$source/examples/ed-visit.kdd" "$scratch/diagram-without-suffix"
    printf '{\n  "format": "something else"\n}\n' >"$scratch/other-json"
    for f in diagram.kdd diagram-without-suffix other-json; do
        type=$(in_root gio info -a standard::content-type "$scratch/$f" |
            sed -n 's/.*standard::content-type: //p')
        echo "gio: $f is $type"
        case $f:$type in
        other-json:application/x-keydriver) fail "other JSON is taken for a KeyDriver diagram" ;;
        other-json:*) ;;
        *:application/x-keydriver) ;;
        *) fail "$f is '$type', not application/x-keydriver" ;;
        esac
    done
    if command -v xdg-mime >/dev/null 2>&1 && command -v update-desktop-database >/dev/null 2>&1
    then
        update-desktop-database "$prefix/share/applications"
        type=$(in_root xdg-mime query filetype "$scratch/diagram.kdd")
        echo "xdg-mime query filetype: $type"
        [ "$type" = application/x-keydriver ] || fail "xdg-mime: diagram.kdd is '$type'"
        app=$(in_root xdg-mime query default application/x-keydriver)
        echo "xdg-mime query default: $app"
        [ "$app" = "$id.desktop" ] || fail "xdg-mime opens a diagram with '$app', not $id.desktop"
    else
        skip "xdg-mime (xdg-utils) or update-desktop-database (desktop-file-utils) is not installed"
    fi
else
    skip "update-mime-database (shared-mime-info) or gio (libglib2.0-bin) is not installed"
fi

if command -v groff >/dev/null 2>&1; then
    warnings=$(groff -man -ww -z "$prefix/share/man/man1/keydriver.1" 2>&1)
    [ -z "$warnings" ] || fail "groff warns on the man page: $warnings"
fi
grep -q "KeyDriver $version" "$prefix/share/man/man1/keydriver.1" ||
    fail "the man page is not for version $version"
# Every option of --help is in the man page.
for option in $(QT_QPA_PLATFORM=offscreen "$prefix/bin/keydriver" --help |
    grep -o -- '--[a-z][a-z-]*' | sort -u); do
    grep -q -- "$(echo "$option" | sed 's/-/\\\\-/g')" "$prefix/share/man/man1/keydriver.1" ||
        fail "the man page does not describe $option"
done

[ $status -eq 0 ] && echo "install check: all passed"
exit $status
