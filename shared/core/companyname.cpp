#include "companyname.h"
