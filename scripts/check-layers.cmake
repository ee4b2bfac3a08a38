# Fails when a lower layer includes a higher one. The layers, lowest first, are
# model <- layout <- render <- views <- app: a file may include its own layer and the layers below
# it, spelled "<layer>/<file>". tests/ and bench/ sit above every layer and may include anything.
# The per-layer include roots (kdd_include_root in CMakeLists.txt) already stop such code from
# compiling; this check names the offending line even when a target's links would let it through.
#
#   cmake -DROOT=<source dir> -P scripts/check-layers.cmake

if(NOT ROOT)
    get_filename_component(ROOT "${CMAKE_CURRENT_LIST_DIR}/.." ABSOLUTE)
endif()

set(layers model layout render views app)
set(violations 0)

foreach(layer IN LISTS layers)
    list(FIND layers "${layer}" rank)
    # The tracked sources of the layer, as scripts/format.sh sees them (no globbing).
    execute_process(COMMAND git -C "${ROOT}" ls-files -- "${layer}/*.h" "${layer}/*.cpp"
        OUTPUT_VARIABLE tracked RESULT_VARIABLE status OUTPUT_STRIP_TRAILING_WHITESPACE)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "check-layers: cannot list the sources of ${layer} with git")
    endif()
    string(REPLACE "\n" ";" tracked "${tracked}")
    set(sources "")
    foreach(file IN LISTS tracked)
        list(APPEND sources "${ROOT}/${file}")
    endforeach()
    list(SORT sources)
    foreach(source IN LISTS sources)
        # One list item per line, empty lines kept; "\\", ";" and "[" would split or join items.
        file(READ "${source}" text)
        string(REPLACE "\\" "/" text "${text}")
        string(REPLACE ";" "," text "${text}")
        string(REPLACE "[" "(" text "${text}")
        string(REPLACE "]" ")" text "${text}")
        string(REPLACE "\n" ";" lines "${text}")
        file(RELATIVE_PATH shown "${ROOT}" "${source}")
        get_filename_component(dir "${source}" DIRECTORY)
        set(number 0)
        foreach(line IN LISTS lines)
            math(EXPR number "${number} + 1")
            if(NOT line MATCHES "^[ \t]*#[ \t]*include[ \t]*\"([^\"]*)\"")
                continue()
            endif()
            set(included "${CMAKE_MATCH_1}")
            if(NOT included MATCHES "/")
                continue() # a file of the same folder
            endif()
            string(REGEX MATCH "^[^/]*" top "${included}")
            list(FIND layers "${top}" included_rank)
            if(included_rank GREATER -1 AND NOT included_rank GREATER rank)
                continue() # the same layer or a lower one
            endif()
            if(included_rank EQUAL -1 AND NOT included MATCHES "(^|/)\\.\\.(/|$)"
                    AND EXISTS "${dir}/${included}")
                continue() # a subfolder of the including file's own folder
            endif()
            if(included_rank GREATER -1)
                set(why "${layer}/ sits below ${top}/")
            else()
                set(why "${layer}/ may include only itself and the layers below it")
            endif()
            message(NOTICE "${shown}:${number}: includes \"${included}\": ${why}")
            math(EXPR violations "${violations} + 1")
        endforeach()
    endforeach()
endforeach()

if(violations GREATER 0)
    message(FATAL_ERROR "${violations} include(s) break the layer order "
        "model <- layout <- render <- views <- app")
endif()
message(STATUS "layers: every include follows model <- layout <- render <- views <- app")
