# Run by CPack (CPACK_PRE_BUILD_SCRIPTS) on its staging folder, after the install() rules and before
# the .deb is made: what Debian policy asks and `cmake --install` must not do (docs/packaging.md).
# gzip -9n: no file name or time stamp inside, so that two builds give the same package.
set(usr "${CPACK_TEMPORARY_INSTALL_DIRECTORY}${CPACK_PACKAGING_INSTALL_PREFIX}")
if(NOT EXISTS "${usr}/bin/keydriver")
    message(FATAL_ERROR "debian-staging.cmake: no bin/keydriver in ${usr}")
endif()
# No compiler version notes in the program (CPack has stripped the debugging information already).
find_program(OBJCOPY objcopy)
if(OBJCOPY)
    execute_process(COMMAND "${OBJCOPY}" --remove-section=.comment "${usr}/bin/keydriver"
        COMMAND_ERROR_IS_FATAL ANY)
endif()
# The man page compressed (Debian policy 12.1); resources/CMakeLists.txt installs this one only.
set(page "${usr}/share/man/man1/keydriver.1")
if(NOT EXISTS "${page}")
    message(FATAL_ERROR "debian-staging.cmake: no man page at ${page}")
endif()
execute_process(COMMAND gzip -9nf "${page}" COMMAND_ERROR_IS_FATAL ANY)
# The copyright and the changelog in /usr/share/doc/keydriver (policy 12.5 and 12.7).
set(doc "${usr}/share/doc/keydriver")
file(MAKE_DIRECTORY "${doc}")
file(COPY "${CPACK_KEYDRIVER_DEBIAN_DOC}/copyright" "${CPACK_KEYDRIVER_DEBIAN_DOC}/changelog"
    DESTINATION "${doc}" FILE_PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)
execute_process(COMMAND gzip -9nf "${doc}/changelog" COMMAND_ERROR_IS_FATAL ANY)
