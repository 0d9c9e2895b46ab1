#include "classify/Classifier.h"

namespace ps::classify {

// STUB
Classification naturalBreaks(const std::vector<double>&, int) { return {Method::NaturalBreaks, {}}; }
std::vector<double> jenksUppers(const std::vector<double>&, const std::vector<double>&, int) { return {}; }

} // namespace ps::classify
