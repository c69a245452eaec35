#include "chineseamount.h"
