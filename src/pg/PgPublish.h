#pragma once
#include <QString>
#include <QStringList>
#include <vector>

namespace ps {
class Project;
}

namespace ps::pg {

class Connection;

struct TableChange {
    QString table;
    qint64 staged = 0;   // rows the project holds for the district
    qint64 inserted = 0, updated = 0, deleted = 0;
    qint64 unchanged() const { return staged - inserted - updated; }
};

// A row the project holds whose key another district has already published.
struct Conflict {
    QString table, key, otherDistrict;
};

struct PublishResult {
    QString district;
    std::vector<TableChange> tables;
    std::vector<Conflict> conflicts;
    qint64 publicationId = 0;   // the new data version; 0 when nothing changed
    bool changed() const;
};

struct PublishOptions {
    QString district;          // "16.07"; empty: the role's district, else the project's only one
    bool dryRun = false;       // everything but the COMMIT
};

// The kabupaten/kota codes ("16.07") the project holds kecamatan or desa of
// (kabupaten boundaries alone when it has none).
QStringList projectDistricts(Project& project);

// The district the connected role may write (petasehat.district_role); empty for none.
QString roleDistrict(Connection& c);

// Replaces the district's rows in PostGIS by what the project holds, in one
// transaction: rows are upserted by their keys (codes), rows of the district
// the project no longer has are deleted, other districts' rows are never
// touched, and a key already published by another district is a Conflict
// (left as it is). Unchanged rows are not written, so a repeat changes nothing.
PublishResult publish(Project& project, Connection& c, const PublishOptions& options);

} // namespace ps::pg
