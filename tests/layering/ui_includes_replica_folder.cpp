// Not built: a deliberate layering violation for the test layering/ui_replica_folder_is_refused
// (tests/CMakeLists.txt). A "ui" library may not include a header of app/replica named with
// its folder either, nor one the check names nowhere by hand (the names are read from the
// folder); configuring with -DHUIKE_LAYERING_SELFTEST_UI=ui_includes_replica_folder.cpp
// must fail on this line.
#include "replica/searchindex.h"
