#include "PgAnalysisStore.h"
#include "PgConnection.h"
#include "PgSchema.h"
#include "PgTables.h"
#include "core/Project.h"
#include <QStringList>
#include <span>

namespace ps::pg {

StoredRun storeAnalysisRun(Project& project, qint64 localRunId, Connection& c, const QString& district)
{
    requireCurrentSchema(c);
    StoredRun out;
    out.district = district;
    Transaction tx(c);
    // The same district lock as publish: one writer of a district's run numbers at a time.
    c.exec("lock", "SELECT pg_advisory_xact_lock_shared(hashtext('petasehat.schema'))");
    c.exec("lock", "SELECT pg_advisory_xact_lock(hashtext('petasehat.district.' || $1))", Params().add(district));
    out.runId = c.exec("run number", "SELECT coalesce(max(run_id), 0) + 1 FROM petasehat.analysis_run WHERE district = $1",
                       Params().add(district))
                    .int64(0, 0);
    int n = 0;
    const AnalysisTable* tables = analysisTables(&n);
    for (const AnalysisTable& t : std::span(tables, static_cast<size_t>(n))) {
        if (!project.db().hasTable(t.spec.table))
            continue;
        const QByteArray insert = QStringLiteral("INSERT INTO petasehat.%1 (%2) VALUES %3")
                                      .arg(QLatin1String(t.spec.table), t.spec.columns.join(QStringLiteral(", ")), t.spec.values)
                                      .toUtf8();
        const QByteArray name = QByteArray("store_") + t.spec.table;
        c.prepare("store analysis", name.constData(), insert.constData(), static_cast<int>(t.spec.columns.size()));
        try {
            Pipeline pipe(c, "store analysis", name.constData());
            auto st = project.db().prepare(t.select);
            st.bind(1, static_cast<std::int64_t>(localRunId));
            while (st.step()) {
                pipe.send(analysisRow(st, district, t.kinds, out.runId));
                ++out.rows;
            }
            pipe.finish();
        } catch (...) {
            c.discard(name.constData());
            throw;
        }
        c.discard(name.constData());
    }
    out.publicationId = c.exec("publication",
                               "INSERT INTO petasehat.publication(district, project_file, summary) VALUES ($1, NULL, $2) "
                               "RETURNING id",
                               Params().add(district).add(QStringLiteral("analysis_run %1").arg(out.runId)))
                            .int64(0, 0);
    tx.commit();
    return out;
}

void removeLocalRun(Project& project, qint64 localRunId)
{
    ps::Transaction tx(project.db());
    int n = 0;
    const AnalysisTable* tables = analysisTables(&n);
    for (const AnalysisTable& t : std::span(tables, static_cast<size_t>(n))) {
        const bool isRun = qstrcmp(t.spec.table, "analysis_run") == 0;
        auto st = project.db().prepare(QStringLiteral("DELETE FROM %1 WHERE %2 = ?1")
                                           .arg(QLatin1String(t.spec.table), isRun ? QStringLiteral("id") : QStringLiteral("run_id")));
        st.bind(1, static_cast<std::int64_t>(localRunId));
        st.run();
    }
    tx.commit();
}

} // namespace ps::pg
