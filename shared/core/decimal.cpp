#include "decimal.h"
