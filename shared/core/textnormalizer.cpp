#include "textnormalizer.h"
