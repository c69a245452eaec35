# Runs lupdate over the product sources into a copy of the zh_CN catalogue and fails when
# any entry is unfinished (a new string nobody translated, or a catalogue not refreshed).
file(MAKE_DIRECTORY "${WORK}")
get_filename_component(ts_name "${TS}" NAME)
file(COPY_FILE "${TS}" "${WORK}/${ts_name}")
execute_process(COMMAND "${LUPDATE}" -no-obsolete -locations none ${INCLUDES} "@${LIST}" -ts "${WORK}/${ts_name}"
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed: ${out}${err}")
endif()
file(READ "${WORK}/${ts_name}" content)
string(REGEX MATCHALL "<source>[^<]*</source>[^<]*<translation type=\"unfinished\"" unfinished "${content}")
list(LENGTH unfinished n)
if(n GREATER 0)
    message(FATAL_ERROR "${n} untranslated string(s) in ${ts_name}; run `cmake --build build/dev --target huike_lupdate` and translate them:\n${unfinished}")
endif()
message(STATUS "${ts_name}: every string translated")
