// Not built: a deliberate layering violation for the test layering/ui_schema_folder_is_refused
// (tests/CMakeLists.txt). A "ui" library may not include a header of shared/schema named
// with its folder either (as the includes are written after the rewrite); configuring with
// -DHUIKE_LAYERING_SELFTEST_UI=ui_includes_schema_folder.cpp must fail on this line.
#include "schema/rows.h"
