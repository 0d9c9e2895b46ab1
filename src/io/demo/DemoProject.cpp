#include "DemoProject.h"
#include "core/Catalogue.h"
#include "core/Error.h"
#include "core/Project.h"
#include "geocode/FacilityImport.h"
#include "io/BoundaryImporter.h"
#include "io/IndicatorImporter.h"
#include "io/PopulationRaster.h"
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <set>

namespace ps::demo {

namespace {

QString tr(const char* s) { return QCoreApplication::translate("demo", s); }

// The part [from, to] of a parent job's progress; cancelling the parent
// cancels the part.
class Part {
public:
    Part(Progress& parent, double from, double to)
        : m_progress([this, &parent, from, to](double f, const QString& stage) {
              parent.report(from + (to - from) * f, stage);
              if (parent.cancelled())
                  m_progress.cancel();
          })
    {
        parent.throwIfCancelled();
    }
    Progress& progress() { return m_progress; }

private:
    Progress m_progress;
};

void removeDatabase(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        const QString p = path + QLatin1String(suffix);
        if (QFileInfo::exists(p) && !QFile::remove(p))
            throw Error(p, tr("berkas lama tidak dapat dihapus"));
    }
}

} // namespace

DemoProjectSummary buildDemoProject(const QString& outDir, const DemoOptions& options, Progress& progress)
{
    DemoProjectSummary s;
    const QDir out(outDir);
    if (!QDir().mkpath(out.absolutePath()))
        throw Error(outDir, tr("folder tidak dapat dibuat"));

    DemoDistrict district;
    {
        Part part(progress, 0.0, 0.3);
        district = generateDistrict(options, part.progress());
    }
    {
        Part part(progress, 0.3, 0.4);
        s.files = writeDemoInputs(district, out.filePath(QStringLiteral("input")), part.progress());
    }
    s.puskesmas = static_cast<int>(district.puskesmas.rows.size());
    s.pustu = static_cast<int>(district.pustu.rows.size());
    s.posyandu = static_cast<int>(district.posyandu.rows.size());
    const int latCol = district.posyandu.column(QStringLiteral("latitude"));
    for (const QStringList& row : district.posyandu.rows)
        if (row[latCol].isEmpty())
            ++s.posyanduWithoutCoordinates;

    s.projectPath = out.absoluteFilePath(QStringLiteral("demo.sqlite"));
    const QString building = s.projectPath + QStringLiteral(".part");
    removeDatabase(building);
    {
        auto project = Project::create(building);
        {
            Transaction tx(project->db());
            project->syncCatalogue(Catalogue::standard());
            tx.commit();
        }
        // Our kabupaten first, exactly as a user would import it.
        const char* layers[] = {"kabupaten", "kecamatan", "desa"};
        for (int i = 0; i < 3; ++i) {
            Part part(progress, 0.4 + 0.05 * i, 0.45 + 0.05 * i);
            io::BoundaryImportOptions o;
            o.layer = QString::fromLatin1(layers[i]);
            o.codePrefix = kKabupatenCode;
            const auto report = io::importBoundaries(*project, s.files.boundaries, o, part.progress());
            s.warnings << report.warnings;
        }
        {
            Part part(progress, 0.55, 0.65);
            io::IndicatorImportOptions o;
            o.codeColumn = QStringLiteral("kode_kecamatan");
            o.nameColumn = QStringLiteral("kecamatan");
            const auto report = io::importIndicators(*project, s.files.indicatorXlsx, o, part.progress());
            s.warnings << report.warnings;
        }
        progress.report(0.65, tr("Mendaftarkan raster penduduk"));
        const auto raster = io::registerPopulationRaster(*project, s.files.population);
        s.warnings << raster.warnings;

        const std::pair<QString, FacilityType> facilityFiles[] = {{s.files.puskesmas, FacilityType::Puskesmas},
                                                                  {s.files.pustu, FacilityType::Pustu},
                                                                  {s.files.posyandu, FacilityType::Posyandu}};
        double at = 0.65;
        for (const auto& [file, type] : facilityFiles) {
            Part part(progress, at, at + 0.1);
            at += 0.1;
            geocode::FacilityImportOptions o;
            o.type = type;
            o.areaPrefix = kKabupatenCode;
            const auto result = geocode::importFacilities(*project, file, o, part.progress());
            s.warnings << result.warnings;
        }
        // Then the province and its other kabupaten, as context for inset maps
        // (the population raster covers our kabupaten only).
        for (const char* layer : {"provinsi", "kabupaten"}) {
            Part part(progress, 0.95, 0.98);
            io::BoundaryImportOptions o;
            o.layer = QString::fromLatin1(layer);
            const auto report = io::importBoundaries(*project, s.files.boundaries, o, part.progress());
            s.warnings << report.warnings;
        }
        project->setSetting(QStringLiteral("demo_seed"), QString::number(options.seed));

        s.areasByLevel = project->areaCountsByLevel();
        s.facilitiesByStatus = project->facilityCountsByStatus();
        for (const QString& code : project->indicatorsWithData()) {
            s.indicators << code;
            for (int y : project->periods(code))
                if (std::find(s.years.begin(), s.years.end(), y) == s.years.end())
                    s.years.push_back(y);
        }
        std::sort(s.years.begin(), s.years.end());
        if (auto kab = project->area(kKabupatenCode, false))
            s.areaKm2 = kab->areaKm2;
        s.population = raster.total.value_or(district.population.total());
    }
    removeDatabase(s.projectPath);
    if (!QFile::rename(building, s.projectPath))
        throw Error(s.projectPath, tr("proyek tidak dapat diganti namanya"));
    progress.report(1.0, tr("Selesai"));
    return s;
}

} // namespace ps::demo
