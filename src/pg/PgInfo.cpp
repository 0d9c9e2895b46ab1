#include "PgInfo.h"
#include "PgConnection.h"
#include "PgSchema.h"

namespace ps::pg {

// One row per district that has published anything, from every district table.
static const char* kPerDistrict = R"SQL(
WITH d AS (
  SELECT district FROM petasehat.area UNION SELECT district FROM petasehat.facility
  UNION SELECT district FROM petasehat.indicator_value UNION SELECT district FROM petasehat.publication)
SELECT d.district,
  (SELECT name FROM petasehat.area a WHERE a.code = d.district),
  (SELECT count(*) FROM petasehat.area a WHERE a.district = d.district AND a.level = 'kecamatan'),
  (SELECT count(*) FROM petasehat.area a WHERE a.district = d.district AND a.level IN ('desa','kelurahan')),
  (SELECT count(*) FROM petasehat.facility f WHERE f.district = d.district),
  (SELECT count(*) FROM petasehat.facility f WHERE f.district = d.district AND f.geom IS NULL),
  (SELECT count(*) FROM petasehat.facility_edit e WHERE e.district = d.district),
  (SELECT count(*) FROM petasehat.indicator_value v WHERE v.district = d.district),
  (SELECT count(*) FROM petasehat.unit_value u WHERE u.district = d.district),
  (SELECT min(period) FROM petasehat.indicator_value v WHERE v.district = d.district),
  (SELECT max(period) FROM petasehat.indicator_value v WHERE v.district = d.district),
  (SELECT to_char(max(published_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI "UTC"') FROM petasehat.publication p
     WHERE p.district = d.district),
  (SELECT published_by FROM petasehat.publication p WHERE p.district = d.district ORDER BY id DESC LIMIT 1),
  (SELECT count(*) FROM petasehat.publication p WHERE p.district = d.district),
  (SELECT count(*) FROM petasehat.analysis_run r WHERE r.district = d.district)
FROM d ORDER BY d.district
)SQL";

DatabaseInfo databaseInfo(Connection& c)
{
    DatabaseInfo info;
    info.schemaVersion = pgSchemaVersion(c);
    if (info.schemaVersion == 0)
        return info;
    requireCurrentSchema(c);
    info.dataVersion = c.exec("data version", "SELECT coalesce(max(id), 0) FROM petasehat.publication").int64(0, 0);
    Result r = c.exec("districts", kPerDistrict);
    for (int i = 0; i < r.rows(); ++i) {
        DistrictInfo d;
        d.district = r.text(i, 0);
        d.name = r.text(i, 1);
        d.kecamatan = r.int64(i, 2);
        d.desa = r.int64(i, 3);
        d.facilities = r.int64(i, 4);
        d.unplaced = r.int64(i, 5);
        d.edits = r.int64(i, 6);
        d.values = r.int64(i, 7);
        d.unitValues = r.int64(i, 8);
        d.firstPeriod = static_cast<int>(r.int64(i, 9));
        d.lastPeriod = static_cast<int>(r.int64(i, 10));
        d.lastPublished = r.text(i, 11);
        d.publishedBy = r.text(i, 12);
        d.publications = r.int64(i, 13);
        d.analysisRuns = r.int64(i, 14);
        info.districts.push_back(d);
    }
    return info;
}

} // namespace ps::pg
