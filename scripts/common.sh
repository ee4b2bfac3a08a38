# Shared by the set-up scripts: installs the Debian 12 packages KeyDriver needs (only when one is
# missing, so a second run is instant) and configures + builds into build/.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${KEYDRIVER_BUILD_DIR:-$ROOT/build}"

# qt6-tools-dev and qt6-l10n-tools compile the translations (lupdate, lrelease); with
# qt6-translations-l10n Qt's own buttons and dialogs speak the same language.
# fonts-symbola draws emoji on PDF pages, where colour emoji fonts (bitmaps) cannot be embedded.
# libzip's CMake package names its zipcmp, zipmerge and ziptool programs, which libzip-dev only
# recommends: without them configuring fails.
PACKAGES=(
    cmake ninja-build g++ pkg-config ccache clang-format
    qt6-base-dev qt6-svg-dev libgl-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
    libgraphviz-dev graphviz
    nlohmann-json3-dev catch2
    xvfb xauth imagemagick poppler-utils libxml2-utils
    fonts-dejavu-core fonts-noto-core fonts-noto-cjk fonts-symbola
    libzip-dev zipcmp zipmerge ziptool
)

# What only the tests need: python3-docx and python3-odf read the charter documents back;
# LibreOffice (without its GUI, ~35 s to install) converts the DOCX and PPTX exports to PDF.
# The install check validates what a desktop reads: desktop-file-utils (desktop-file-validate,
# update-desktop-database), appstream (appstreamcli), shared-mime-info and libglib2.0-bin (the
# MIME database and gio), xdg-utils (xdg-mime), groff-base (the man page).
# The package check needs dpkg-dev (dpkg-shlibdeps, for CPack's Depends), file (CPack finds the
# programs with it) and lintian (about a minute to install).
# The accessibility tests read the editor through AT-SPI: at-spi2-core (the AT-SPI bus),
# python3-pyatspi (the client), dbus-daemon and dbus-bin (dbus-run-session, dbus-send).
TEST_PACKAGES=(
    python3 python3-docx python3-odf
    at-spi2-core python3-pyatspi dbus-daemon dbus-bin
    libreoffice-writer-nogui libreoffice-impress-nogui
    desktop-file-utils appstream shared-mime-info libglib2.0-bin xdg-utils groff-base
    dpkg-dev file lintian
)

# Installs PACKAGES and any extra package names given as arguments.
install_dependencies() {
    local missing=()
    for p in "${PACKAGES[@]}" "$@"; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$p")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    echo "Installing: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build_keydriver() {
    if [ ! -f "$BUILD_DIR/build.ninja" ]; then
        cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
    fi
    cmake --build "$BUILD_DIR" --parallel "$(nproc)"
}
