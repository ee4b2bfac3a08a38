#!/bin/sh
# Runs a command where a screen reader would see it: a D-Bus session bus of its own (which starts
# the AT-SPI bus on demand), an X server (Xvfb) and Qt's AT-SPI bridge always on. Each run gets
# its own runtime directory, so parallel runs never share an AT-SPI bus. Exits 77 (skipped) when
# a tool is missing.
for tool in dbus-run-session dbus-send xvfb-run; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "skipped: $tool is not installed (Debian: dbus, xvfb)"
        exit 77
    fi
done
if [ ! -x /usr/libexec/at-spi-bus-launcher ]; then
    echo "skipped: at-spi2-core is not installed"
    exit 77
fi
runtime=$(mktemp -d /tmp/kdd-a11y-XXXXXX) || exit 1
trap 'rm -rf "$runtime"' EXIT
export XDG_RUNTIME_DIR="$runtime"
export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_QPA_PLATFORM=xcb KDD_TEST_PLATFORM=xcb
# Qt joins the AT-SPI bus only if org.a11y.Bus is running when it starts: start it first (the
# session bus launches at-spi-bus-launcher on this call).
dbus-run-session -- sh -c '
    dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus org.a11y.Bus.GetAddress \
        >/dev/null || exit 1
    exec xvfb-run -a -s "-screen 0 1400x900x24" "$@"' a11y-session "$@"
exit $?
