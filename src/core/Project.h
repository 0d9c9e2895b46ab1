#pragma once
#include "Sqlite.h"
#include "Types.h"
#include <QRectF>
#include <map>
#include <memory>
#include <vector>

namespace ps {

class Catalogue;

// The project store: one SpatiaLite file (QGIS opens it directly). All
// geometry is EPSG:4326. A Project is one connection: use it from one thread.
class Project {
public:
    static constexpr int kSchemaVersion = 11;

    // Creates a new, empty project (fails when the file exists).
    static std::unique_ptr<Project> create(const QString& path);
    // Opens an existing project; read-write opening migrates an older schema.
    static std::unique_ptr<Project> open(const QString& path, bool readOnly = false);
    // Why the file cannot be opened this way, in words (read-only file or folder,
    // full disk); empty when nothing is wrong with the machine side.
    static QString whyNotUsable(const QString& path, bool readOnly);
    // Removes the project file and SQLite's -wal/-shm/-journal beside it.
    static void removeFiles(const QString& path);
    // For migration tests: a new file at an older schema version.
    static void createAtVersion(const QString& path, int version);

    Database& db() { return *m_db; }
    QString path() const { return m_db->path(); }
    int schemaVersion();

    // -- administrative areas --------------------------------------------
    // Inserts or replaces by code. Call inside a Transaction.
    void upsertArea(const AdminArea& a, const QString& source = {});
    // The same upsert with one prepared statement for many areas (imports).
    // Use inside a Transaction; lives no longer than its Project.
    class AreaWriter {
    public:
        explicit AreaWriter(Project& project);
        void upsert(const AdminArea& a, const QString& source = {});

    private:
        Statement m_st;
    };
    std::vector<AdminArea> areas(std::optional<AdminLevel> level = {}, bool withGeometry = true,
                                 const QString& codePrefix = {});
    std::optional<AdminArea> area(const QString& code, bool withGeometry = true);
    std::map<QString, int> areaCountsByLevel();
    // Bounding box (lon/lat) of the areas under codePrefix (all areas when empty).
    QRectF extent(const QString& codePrefix = {});

    // -- facilities --------------------------------------------------------
    qint64 insertFacility(const Facility& f);
    // Many inserts (imports): one prepared statement, and the spatial index
    // filled once at the end (BulkSpatialInsert) instead of by SpatiaLite's
    // per-row triggers. Use inside a Transaction; call finish() before the commit.
    // With expectedRows at least kBulkRows and at least the rows already stored, the
    // table's secondary indexes (type, desa, code) are dropped and built again in
    // finish(): one sort per index instead of a B-tree insert at a random place per
    // row. Both happen in the caller's transaction, so a rollback restores them.
    class FacilityWriter {
    public:
        explicit FacilityWriter(Project& project, qint64 expectedRows = 0);
        ~FacilityWriter();
        FacilityWriter(const FacilityWriter&) = delete;
        FacilityWriter& operator=(const FacilityWriter&) = delete;
        qint64 insert(const Facility& f);
        // The raw input row as a JSON object {header: cell} built by SQLite's json_object()
        // from the cells as they are, instead of a JSON document per row in C++. Returns
        // false (then use insert(f) with Facility::raw) when the headers repeat or do not
        // fit one json_object() call.
        bool setRawHeaders(const QStringList& headers);
        qint64 insert(const Facility& f, const QStringList& rawCells);
        void finish();
        static constexpr qint64 kBulkRows = 1000;

    private:
        Project& m_project;
        std::vector<std::string> m_indexes;   // CREATE INDEX statements to run in finish()
        BulkSpatialInsert m_bulk;   // the writer only stores MakePoint(x, y, 4326): the column's type and SRID
        Statement m_st;
        std::optional<Statement> m_rawSt;     // after setRawHeaders()
        int m_rawColumns = 0;
    };
    void updateFacility(const Facility& f);  // by id; records updatedBy/updatedAt as given
    std::vector<Facility> facilities(std::optional<FacilityType> type = {});
    std::optional<Facility> facility(qint64 id);
    std::map<QString, int> facilityCountsByStatus();

    // -- indicators ----------------------------------------------------------
    void syncCatalogue(const Catalogue& c);   // copies the catalogue into indicator_def
    void upsertIndicatorValue(const IndicatorValue& v, qint64 importId, double scale);
    // The upsert of a re-import: a numerator or denominator the new row leaves
    // blank keeps its stored value (counted in `kept`) unless replaceBlanks,
    // when the stored value is erased (counted in `erased`). A blank cell is
    // "no data in this file", never a reason to lose a value stored before.
    struct BlankMerge {
        int kept = 0, erased = 0;
    };
    BlankMerge mergeIndicatorValue(const IndicatorValue& v, qint64 importId, double scale, bool replaceBlanks);
    std::vector<int> periods(const QString& indicator);
    std::vector<QString> indicatorsWithData();
    // Values for every area of `level` under codePrefix: summed numerators over
    // summed denominators of the finest stored level beneath (or at) each area.
    std::vector<AreaValue> valuesByLevel(const QString& indicator, int period, AdminLevel level,
                                         double scale, const QString& codePrefix = {});
    // The same, given the areas of `level` under codePrefix as areas(level, false,
    // codePrefix) lists them (a map reads them once for all its values).
    std::vector<AreaValue> valuesByLevel(const QString& indicator, int period, AdminLevel level, double scale,
                                         const QString& codePrefix, const std::vector<AdminArea>& mapped);

    // -- periods, reporting units, aliases (schema 4; ProjectUnits.cpp) -----------
    // Which stored periods answer a request for `period` (a Period key): itself when
    // stored; else, for a year/semester/quarter stored only as months, a stock
    // indicator's latest month with data (never a sum of weighings), a flow's months summed.
    PeriodUse resolvePeriod(const QString& indicator, int period);
    void upsertUnitValue(const UnitValue& v, qint64 importId);
    // The levels (provinsi ... desa) with boundaries in the project where `indicator` has at
    // least one value for `period`: what a map or table of another level would lack.
    std::vector<AdminLevel> levelsWithData(const QString& indicator, int period, const QString& codePrefix = {});
    // Whether one level has such a value (what a map of that level needs; one level read, not four).
    bool hasDataAtLevel(const QString& indicator, int period, AdminLevel level, const QString& codePrefix = {});
    // How the puskesmas values of an indicator and period were placed on areas
    // ("wilayah_kerja", "facility_point", "written_kecamatan"), distinct.
    QStringList unitMappings(const QString& indicator, int period);
    // Puskesmas (unit key) -> the desa of its working area, from `import wilayah-kerja`.
    std::map<QString, std::vector<QString>> puskesmasAreas();
    void setPuskesmasArea(const QString& unitKey, const QString& desaCode, qint64 importId);
    // Old or local names of areas -> Kemendagri code (`petasehat alias add`).
    void addAlias(const QString& alias, const QString& code, const QString& note = {});
    std::map<QString, QString> aliases();   // alias (as typed) -> code

    // -- settings and import log -----------------------------------------------
    QString setting(const QString& key, const QString& fallback = {});
    void setSetting(const QString& key, const QString& value);
    qint64 logImport(const QString& kind, const QString& sourceFile, const QString& options,
                     qint64 rowsRead, qint64 rowsOk, qint64 rowsFailed, const QString& message);

private:
    explicit Project(std::unique_ptr<Database> db) : m_db(std::move(db)) {}
    void migrate(int targetVersion);
    std::unique_ptr<Database> m_db;
};

} // namespace ps
