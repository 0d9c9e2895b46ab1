#pragma once
// A local mirror of the province database: `PG:conninfo` materialised into an
// ordinary SpatiaLite project file (the normal project migrations), so every
// command that reads a project (info, render, table, analyze, serve) reads the
// PostGIS rows through the same code, without SQL of its own for PostgreSQL.
#include <QString>
#include <QStringList>

namespace ps {
class Progress;
}

namespace ps::pg {

struct MirrorRefresh {
    qint64 version = 0;            // the database's data version the mirror now reflects
    qint64 previousVersion = 0;    // 0 when the mirror was just created
    QStringList changedDistricts;  // districts ("33.01") whose rows were copied again
    bool changed() const { return version != previousVersion; }
};

// The mirror file lives in <cacheDir>/<dbname>-<hash of host, port, dbname>/
// <code prefix or "all">.sqlite and holds the rows of the districts under the
// code prefix ("33" or "33.01"; a longer prefix keeps its whole district).
// It records, per district, the latest publication it copied: refresh() asks
// the database one cheap query (each district's latest publication) and copies
// again only the districts with newer publications, in one SQLite
// transaction (the first copy is written to a new file and renamed), so a
// mirror is never half-written. Concurrent refreshes of one file (several
// processes) take turns through a lock file beside it.
//
// The generalized outlines (area_lod) of re-copied areas are removed with
// them; a caller that draws maps rebuilds them (render::updateAreaLod on the
// file opened read-write, which only generalizes the missing ones).
class Mirror {
public:
    // conninfo without the "PG:" prefix; codePrefix "" for everything.
    // cacheDir empty: $XDG_CACHE_HOME/petasehat/pg (~/.cache/petasehat/pg).
    Mirror(QString conninfo, QString codePrefix, QString cacheDir = {});
    QString path() const;          // the local SpatiaLite project file
    // Brings the file up to the database's current version; throws ps::Error
    // naming the server and the step when the database can't be reached.
    MirrorRefresh refresh(Progress* progress = nullptr);

    QString codePrefix() const { return m_prefix; }   // as normalised (at most a district)
    QString conninfo() const { return m_conninfo; }

private:
    QString m_conninfo, m_prefix, m_path;
};

bool isPgSource(const QString& arg);   // "PG:..."

// The default cache folder of mirrors ($XDG_CACHE_HOME/petasehat/pg).
QString defaultMirrorCacheDir();

} // namespace ps::pg
