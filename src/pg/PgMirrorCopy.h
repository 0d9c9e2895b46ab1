#pragma once
// The rows of one district copied from PostGIS into a mirror project
// (PgMirror.h), and removed from it again. Runs inside the caller's SQLite
// and PostgreSQL transactions.
#include <QString>
#include <map>
#include <memory>
#include <optional>

namespace ps {
class BulkSpatialInsert;
class Project;
} // namespace ps

namespace ps::pg {

class Connection;

class MirrorCopy {
public:
    MirrorCopy(Connection& c, Project& mirror, const QString& prefix);
    ~MirrorCopy();
    MirrorCopy(const MirrorCopy&) = delete;
    MirrorCopy& operator=(const MirrorCopy&) = delete;

    // The mirror's own bookkeeping tables (a new mirror).
    void createTables();
    // Every row of the district, with its outlines' generalized copies.
    void remove(const QString& district);
    // After the removals, before the copies: bulk inserts of areas and facilities.
    void begin();
    void copy(const QString& district, qint64 publication);
    // Custom indicators the districts published, beside the standard catalogue.
    void copyIndicatorDefs();
    // Spatial indexes of the bulk inserts; before the commit.
    void finish();

private:
    void copyAreas(const QString& district);
    std::map<QString, qint64> copyFacilities(const QString& district, qint64 importId);
    void copyEdits(const QString& district, const std::map<QString, qint64>& facilityIds);
    void copyValues(const QString& district, qint64 importId);
    void copySettings(const QString& district);
    void copyAnalysis(const QString& district);

    Connection& m_c;
    Project& m_mirror;
    QString m_prefix;
    std::unique_ptr<BulkSpatialInsert> m_areas, m_facilities;
};

} // namespace ps::pg
