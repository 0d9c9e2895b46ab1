// Header matcher: one header per line, as a facility sheet (column detection and the
// coordinate-header checks) and as an indicator sheet (catalogue aliases).
#include "FuzzText.h"
#include "core/Catalogue.h"
#include "core/Error.h"
#include "geocode/CoordinateHeaders.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    ps::io::Table t;
    t.file = QStringLiteral("fuzz.csv");
    t.headers = fuzzText(data, size).split(QLatin1Char('\n'));
    t.rows.push_back(QStringList(t.headers.size(), QString()));
    t.rowNumbers.push_back(2);
    try {
        const ps::geocode::FacilityColumns c = ps::geocode::resolveColumns(t, {});
        ps::geocode::coordinateColumnWarnings(t, c);
    } catch (const ps::Error&) {
    }
    for (const QString& h : t.headers)
        ps::Catalogue::standard().variableForHeader(h);
    return 0;
}
