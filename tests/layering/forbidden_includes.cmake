# cmake -DSOURCE_DIR=<project> -P forbidden_includes.cmake (the test layering/forbidden_includes):
# the include rule of app/ui (cmake/HuikeUiIncludes.cmake) line by line, without a
# configure. Every header of shared/schema and app/replica is refused by its bare name and
# named with its folder; Qt SQL is refused; the models, shared/core and a header of
# another folder with a schema header's name are not.
include("${SOURCE_DIR}/cmake/HuikeUiIncludes.cmake")
huike_ui_forbidden_include(re "${SOURCE_DIR}")

set(refused
    "#include \"replica.h\""
    "#include \"schemaerror.h\""
    "#include \"searchindex.h\""
    "#include \"outcomefeed.h\""
    "#include \"schema/rows.h\""
    "#include \"replica/replica.h\""
    "#include <schema/schemaerror.h>"
    "#include \"shared/schema/database.h\""
    "#include \"app/replica/searchindex.h\""
    "#include \"../replica/outcomefeed.h\""
    "  #  include \"tabledef.h\""
    "#include <QSqlQuery>"
    "#include <QtSql/QSqlDatabase>")
set(allowed
    "#include \"modelerror.h\""
    "#include \"models/searchservice.h\""
    "#include \"models/outcomes.h\""
    "#include \"core/money.h\""
    "#include \"core/rows.h\""
    "#include \"myreplica.h\""
    "#include \"replica.hpp\""
    "#include <QSqlError>"
    "// #include \"replica.h\"")
foreach(folder IN ITEMS shared/schema app/replica)
    file(GLOB headers RELATIVE "${SOURCE_DIR}/${folder}" "${SOURCE_DIR}/${folder}/*.h")
    cmake_path(GET folder FILENAME leaf)
    foreach(h IN LISTS headers)
        list(APPEND refused "#include \"${h}\"" "#include \"${leaf}/${h}\"")
    endforeach()
endforeach()

set(failures "")
foreach(line IN LISTS refused)
    if(NOT line MATCHES "${re}")
        list(APPEND failures "not refused: ${line}")
    endif()
endforeach()
foreach(line IN LISTS allowed)
    if(line MATCHES "${re}")
        list(APPEND failures "refused: ${line}")
    endif()
endforeach()
list(LENGTH refused n_refused)
list(LENGTH allowed n_allowed)
if(failures)
    list(JOIN failures "\n  " text)
    message(FATAL_ERROR "The ui include rule is wrong:\n  ${text}")
endif()
message(STATUS "ui include rule: ${n_refused} lines refused, ${n_allowed} allowed, as expected")
