#include "phonenumber.h"
