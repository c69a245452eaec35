# The include rule of app/ui (DESIGN.md §1): a "ui" source includes no header of
# shared/schema or app/replica, and no Qt SQL class. Used by the top-level CMakeLists.txt
# (huike_scan_ui_sources) and by tests/layering/forbidden_includes.cmake.
#
# huike_ui_forbidden_include(<out> <source-dir>): <out> gets the regular expression that
# matches such an #include line. The headers are read from the two folders, not listed by
# hand, so a header added there is covered; each may be named bare ("rows.h", as the
# includes are written today) or with its folder ("schema/rows.h", "replica/replica.h",
# "shared/schema/…", "../replica/…"). Another folder's header of the same name
# ("core/rows.h") is not matched; a bare name is, as it would resolve to the schema's.
function(huike_ui_forbidden_include out source_dir)
    set(alternatives "")
    set(depends CONFIGURE_DEPENDS) # a header added later re-runs the configure
    if(CMAKE_SCRIPT_MODE_FILE)
        set(depends "")
    endif()
    foreach(folder IN ITEMS shared/schema app/replica)
        file(GLOB headers ${depends} RELATIVE "${source_dir}/${folder}" "${source_dir}/${folder}/*.h")
        if(NOT headers)
            message(FATAL_ERROR "huike_ui_forbidden_include: no headers in ${source_dir}/${folder}")
        endif()
        list(TRANSFORM headers REPLACE "\\." "\\\\.")
        list(JOIN headers "|" names)
        cmake_path(GET folder FILENAME leaf) # schema, replica
        list(APPEND alternatives "(([^\">]*/)?${leaf}/)?(${names})")
    endforeach()
    list(APPEND alternatives "([^\">]*/)?(QSqlQuery|QSqlDatabase)")
    list(JOIN alternatives "|" any)
    set(${out} "^[ \t]*#[ \t]*include[ \t]*[\"<](${any})[\">]" PARENT_SCOPE)
endfunction()
