#pragma once
// An analysis run made on a district's mirror (PgMirror.h), written to PostGIS
// as the district's next run, with its layers, in one transaction.
#include <QString>

namespace ps {
class Project;
}

namespace ps::pg {

class Connection;

struct StoredRun {
    QString district;
    qint64 runId = 0;           // the district's run number in PostGIS
    qint64 publicationId = 0;   // the new data version
    qint64 rows = 0;            // layer rows written
};

// Copies run `localRunId` of `project` with every layer row to PostGIS under
// `district` (row-level security lets a district role write only its own),
// and records a publication so servers and mirrors see the new version.
StoredRun storeAnalysisRun(Project& project, qint64 localRunId, Connection& c, const QString& district);

// Removes a run and its layers from a project (the mirror's local copy, once
// PostGIS holds it; the mirror's next refresh brings it back under its number).
void removeLocalRun(Project& project, qint64 localRunId);

} // namespace ps::pg
