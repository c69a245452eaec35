#include "sync/protocol.h"

static_assert(Huike::Protocol::OldestSupported <= Huike::Protocol::Version);
