// Coordinate parser: "lat\nlon" as two cells, and the whole input as one "lat, lon" cell.
#include "FuzzText.h"
#include "geocode/CoordinateParser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = fuzzText(data, size);
    const qsizetype nl = text.indexOf(QLatin1Char('\n'));
    ps::geocode::parseCoordinates(text.left(nl < 0 ? text.size() : nl), nl < 0 ? QString() : text.mid(nl + 1));
    ps::geocode::parseCoordinatePair(text);
    ps::geocode::parseAngle(text);
    return 0;
}
