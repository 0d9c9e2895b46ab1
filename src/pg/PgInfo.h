#pragma once
#include <QString>
#include <vector>

namespace ps::pg {

class Connection;

// What the database holds for one kabupaten/kota.
struct DistrictInfo {
    QString district, name;
    qint64 kecamatan = 0, desa = 0, facilities = 0, unplaced = 0, edits = 0, values = 0, unitValues = 0;
    int firstPeriod = 0, lastPeriod = 0;
    QString lastPublished, publishedBy;   // empty when never published
    qint64 publications = 0;
    qint64 analysisRuns = 0;
};

struct DatabaseInfo {
    int schemaVersion = 0;
    qint64 dataVersion = 0;   // the latest publication id
    std::vector<DistrictInfo> districts;
};

DatabaseInfo databaseInfo(Connection& c);

} // namespace ps::pg
