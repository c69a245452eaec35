// Not built: a deliberate layering violation for the test layering/ui_schema_is_refused
// (tests/CMakeLists.txt). A "ui" library may not include a header of shared/schema, here
// by its bare name; configuring with -DHUIKE_LAYERING_SELFTEST_UI=ui_includes_schema.cpp
// must fail on this line.
#include "schema/schemaerror.h"
