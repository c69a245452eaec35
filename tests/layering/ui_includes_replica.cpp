// Not built: a deliberate layering violation for the test layering/ui_replica_is_refused
// (tests/CMakeLists.txt). A "ui" library may not include the replica; configuring with
// -DHUIKE_LAYERING_SELFTEST_UI=ON must fail on this line.
#include "replica/replica.h"
