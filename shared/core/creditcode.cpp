#include "creditcode.h"
