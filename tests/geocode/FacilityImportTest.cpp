#include "TestSupport.h"
TEST(FacilityImport, Placeholder) {}
