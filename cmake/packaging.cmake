# The Debian package, built by CPack from the install() rules (docs/packaging.md):
#   cpack --config BUILD/CPackConfig.cmake -G DEB     (or scripts/package.sh)
# Its Depends come from the shared libraries the program actually links (dpkg-shlibdeps).

set(CPACK_PACKAGE_NAME keydriver)
if(NOT KEYDRIVER_EDITOR)
    set(CPACK_PACKAGE_NAME keydriver-cli) # the command line alone; the two conflict (one program)
    set(CPACK_DEBIAN_PACKAGE_CONFLICTS keydriver)
endif()
set(CPACK_PACKAGE_VENDOR "The KeyDriver developers")
set(CPACK_PACKAGE_CONTACT "The KeyDriver developers <keydriver@example.org>")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://keydriver.example.org/") # as the AppStream metadata
set(CPACK_PACKAGE_INSTALL_DIRECTORY keydriver)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON) # the debugging information stays in the build tree
set(CPACK_GENERATOR DEB)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

# The short and long descriptions are the AppStream summary and description, as text.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "write, check and present key driver diagrams")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "KeyDriver is an editor for key driver diagrams: the aim, the primary and
secondary drivers, the change ideas and the measures with which
quality-improvement teams write their theory of change.
.
 * type a whole diagram from the keyboard as fast as a workshop talks;
 * checks flag common quality-improvement and equity mistakes;
 * present a diagram step by step, or export it to PDF, SVG, PNG, slides
   and documents;
 * files are plain JSON that compare well in version control.
.
The same program is a command-line tool that checks, exports, compares and
imports diagrams without a display.")

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # keydriver_VERSION_ARCH.deb
set(CPACK_DEBIAN_PACKAGE_RELEASE "") # the upstream version alone: no Debian revision
# "editors", where Debian files document editors (LibreOffice Writer, AbiWord), which fits a
# program whose desktop categories are Office;Chart; "science" would hide it from QI teams.
set(CPACK_DEBIAN_PACKAGE_SECTION editors)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time, not linked, so not found by dpkg-shlibdeps: Qt's SVG icon engine draws the
# application icon sharp at any size (the PNG sizes do without it), and DejaVu is the font the
# diagrams fall back to when the desktop has no other. Graphviz's dot and core plugins, opened
# by their path (layout/graphvizplacer.cpp), are in libgvc6, which Depends names already.
# qt6-translations-l10n holds Qt's own words (standard buttons, file dialogs) in the languages
# KeyDriver speaks; its own translations are compiled in.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6svg6, fonts-dejavu-core, qt6-translations-l10n")
# No maintainer scripts: dpkg's own triggers (shared-mime-info, desktop-file-utils,
# hicolor-icon-theme, man-db) update the MIME, desktop, icon and manual caches.

# What Debian asks of a package beyond the install() rules, added to CPack's staging folder by
# debian-staging.cmake: a compressed man page, the copyright and a compressed changelog.
set(deb_doc "${CMAKE_BINARY_DIR}/debian")
configure_file("${PROJECT_SOURCE_DIR}/resources/debian/copyright.in" "${deb_doc}/copyright" @ONLY)
# The changelog's date, in the RFC 5322 form Debian uses, from the release date.
execute_process(COMMAND date -R -u -d "${KEYDRIVER_RELEASE_DATE}"
    OUTPUT_VARIABLE KEYDRIVER_CHANGELOG_DATE OUTPUT_STRIP_TRAILING_WHITESPACE)
configure_file("${PROJECT_SOURCE_DIR}/resources/debian/changelog.in" "${deb_doc}/changelog" @ONLY)
set(CPACK_KEYDRIVER_DEBIAN_DOC "${deb_doc}")
set(CPACK_PRE_BUILD_SCRIPTS "${PROJECT_SOURCE_DIR}/cmake/debian-staging.cmake")

include(CPack)
