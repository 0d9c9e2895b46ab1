#include "CoverageAnalysis.h"
#include "AreaCoverage.h"
#include "AreaCoverageJob.h"
#include "BackgroundTask.h"
#include "Catchments.h"
#include "CellDistance.h"
#include "PopulationGrid.h"
#include "ResultStore.h"
#include "core/Error.h"
#include "core/Geos.h"
#include "core/Project.h"
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <algorithm>
#include <cmath>

namespace ps::analysis {

static QString tr(const char* s) { return QCoreApplication::translate("ps::analysis", s); }

const AreaCoverageRow* CoverageResult::row(const QString& code, const QString& type) const
{
    for (const AreaCoverageRow& r : rows)
        if (r.code == code && r.type == type)
            return &r;
    return nullptr;
}

std::vector<const AreaCoverageRow*> CoverageResult::totals() const
{
    std::vector<const AreaCoverageRow*> out;
    std::map<QString, size_t> slot;
    for (const AreaCoverageRow& r : rows) {
        auto [it, fresh] = slot.emplace(r.type, out.size());
        if (fresh)
            out.push_back(&r);
        else if (r.code.size() < out[it->second]->code.size())
            out[it->second] = &r;
    }
    return out;
}

namespace {

// Facilities of one type that take part in a run.
struct TypeInput {
    FacilityType type;
    QString name;
    double reachM = 0;
    std::vector<SitePoint> points;
    std::vector<const Facility*> facility;   // null for extra (hypothetical) sites
    std::map<QString, int> statusCounts;
};

bool facilityCounts(const Facility& f, bool includeEstimated)
{
    if (!f.lon || !f.lat)
        return false;
    if (f.status == FacilityStatus::Rejected || f.status == FacilityStatus::Unmatched ||
        f.status == FacilityStatus::Ambiguous)
        return false;
    if (f.status == FacilityStatus::Estimated && !includeEstimated)
        return false;
    return true;
}

double settingNumber(Project& p, const QString& key, double fallback)
{
    bool ok = false;
    const double v = p.setting(key).toDouble(&ok);
    return ok && v > 0 ? v : fallback;
}

double reachOf(Project& p, const CoverageParams& params, FacilityType t)
{
    return params.reachM.count(t) ? params.reachM.at(t)
                                  : settingNumber(p, QStringLiteral("reach_%1_m").arg(facilityTypeName(t)), 1000);
}

// The points of one type whose discs make the covered area: every counted facility
// and extra site (the disc union only takes those within reach of a desa).
struct AreaPoints {
    FacilityType type;
    std::unique_ptr<FacilityIndex> index;
};

AreaPoints pointsForArea(const std::vector<Facility>& facilities, FacilityType t, const CoverageParams& params)
{
    std::vector<SitePoint> points;
    for (const Facility& f : facilities)
        if (f.type == t && facilityCounts(f, params.includeEstimated))
            points.push_back({*f.lon, *f.lat});
    for (const auto& [et, p] : params.extraSites)
        if (et == t)
            points.push_back(p);
    return {t, std::make_unique<FacilityIndex>(std::move(points))};
}

// One column per type, then "any" (every type with its own reach) when there are several.
std::vector<std::vector<ReachSet>> areaColumns(const std::vector<AreaPoints>& points, Project& project,
                                               const CoverageParams& params)
{
    std::vector<std::vector<ReachSet>> columns;
    std::vector<ReachSet> any;
    for (const AreaPoints& p : points) {
        const ReachSet set{p.index.get(), reachOf(project, params, p.type)};
        columns.push_back({set});
        any.push_back(set);
    }
    if (points.size() > 1)
        columns.push_back(any);
    return columns;
}

QString ancestor(const QString& desaCode, AdminLevel level) { return desaCode.left(codeLength(level)); }

class Stopwatch {
public:
    explicit Stopwatch(CoverageResult& r) : m_r(r) { m_t.start(); }
    void lap(const QString& stage)
    {
        m_r.seconds.emplace_back(stage, m_t.nsecsElapsed() / 1e9);
        m_t.restart();
    }

private:
    CoverageResult& m_r;
    QElapsedTimer m_t;
};

// Scales a Progress into [a, b] of a parent.
Progress subProgress(const Progress& parent, double a, double b, const QString& stage)
{
    return Progress([&parent, a, b, stage](double f, const QString&) { parent.report(a + (b - a) * f, stage); });
}

} // namespace

CoverageResult runCoverage(Project& project, const CoverageParams& params, const Progress& progress)
{
    CoverageResult result;
    Stopwatch watch(result);
    const QString startedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);

    std::vector<FacilityType> types = params.types;
    if (types.empty())
        types = {FacilityType::Posyandu, FacilityType::Pustu, FacilityType::Poskesdes, FacilityType::Puskesmas};
    const double balitaStandard = params.balitaPerPosyandu > 0
                                      ? params.balitaPerPosyandu
                                      : settingNumber(project, QStringLiteral("balita_per_posyandu"), 100);

    // -- areas and raster --------------------------------------------------------
    progress.report(0.0, tr("memuat wilayah"));
    const std::vector<AdminArea> desa = project.areas(AdminLevel::Desa, true, params.codePrefix);
    if (desa.empty())
        throw Error(project.path(), tr("tidak ada desa/kelurahan %1 di proyek; impor batas wilayah dulu")
                                        .arg(params.codePrefix));
    QHash<QString, QString> names;
    for (const AdminArea& a : project.areas(std::nullopt, false))
        names.insert(a.code, a.name);
    QHash<QString, int> desaIndex;
    for (size_t i = 0; i < desa.size(); ++i)
        desaIndex.insert(desa[i].code, static_cast<int>(i));
    const QString raster = project.setting(QStringLiteral("population_raster"));
    if (raster.isEmpty())
        throw Error(project.path(), tr("raster penduduk belum didaftarkan di proyek (petasehat import population ...)"));
    watch.lap(QStringLiteral("load_areas"));
    // The raster pass needs only the desa polygons: it starts now, on a thread of
    // its own, beside the facility load and the covered-area job (a 2-core machine
    // is otherwise half idle while one thread reads the project).
    double gridCpu = 0;   // written by the task before it ends, read after wait()
    BackgroundTask<PopulationGrid> gridTask([&raster, &desa, &gridCpu](const Progress& p) {
        PopulationGrid grid = buildPopulationGrid(raster, desa, p);
        gridCpu = threadCpuSeconds();   // the task's thread is its own: all of its CPU
        return grid;
    });

    // -- facilities, and the covered area (GEOS) on its own thread ---------------------
    std::vector<Facility> allFacilities = project.facilities();
    std::vector<AreaPoints> areaPoints;
    for (FacilityType t : types)
        areaPoints.push_back(pointsForArea(allFacilities, t, params));
    std::unique_ptr<AreaCoverageJob> areaJob;
    if (params.areaCoverage)
        areaJob = std::make_unique<AreaCoverageJob>(desa, areaColumns(areaPoints, project, params), params.storeGeometry);
    watch.lap(QStringLiteral("load_facilities"));

    const PopulationGrid grid = gridTask.wait(subProgress(progress, 0.0, 0.15, tr("membaca raster penduduk")));
    result.populationOutsideAreas = grid.unassignedPopulation;
    watch.lap(QStringLiteral("population_grid"));

    // -- facilities in the raster window ----------------------------------------------
    const double winMinLon = grid.originLon, winMaxLon = grid.originLon + grid.width * grid.stepLon;
    const double winMaxLat = grid.originLat, winMinLat = grid.originLat + grid.height * grid.stepLat;
    std::vector<TypeInput> inputs;
    for (FacilityType t : types) {
        TypeInput in;
        in.type = t;
        in.name = facilityTypeName(t);
        in.reachM = reachOf(project, params, t);
        // Facilities just outside the study area serve people inside it too.
        const LocalMetric m = metricAtLatitude(std::max(std::abs(winMinLat), std::abs(winMaxLat)));
        const double mLon = in.reachM / m.kx, mLat = in.reachM / m.ky;
        for (const Facility& f : allFacilities) {
            if (f.type != t || !facilityCounts(f, params.includeEstimated))
                continue;
            if (*f.lon < winMinLon - mLon || *f.lon > winMaxLon + mLon || *f.lat < winMinLat - mLat || *f.lat > winMaxLat + mLat)
                continue;
            in.points.push_back({*f.lon, *f.lat});
            in.facility.push_back(&f);
            in.statusCounts[f.status]++;
        }
        for (const auto& [et, p] : params.extraSites)
            if (et == t) {
                in.points.push_back(p);
                in.facility.push_back(nullptr);
                in.statusCounts[QStringLiteral("extra")]++;
            }
        inputs.push_back(std::move(in));
    }

    // -- population coverage and distance per cell --------------------------------
    const size_t nTypes = inputs.size();
    const size_t nDesa = desa.size();
    const QString anyName = QStringLiteral("any");
    // desaRows[t][d], t == nTypes is "any".
    std::vector<std::vector<AreaCoverageRow>> desaRows(nTypes + 1, std::vector<AreaCoverageRow>(nDesa));
    // "Any" of one type is that type: no per-cell arrays for it (11 million cells on Jawa Tengah).
    const bool anyIsOneType = nTypes == 1;
    std::vector<char> coveredAny(anyIsOneType ? 0 : grid.size(), 0);
    std::vector<double> nearestAny(anyIsOneType ? 0 : grid.size(), std::numeric_limits<double>::infinity());
    std::vector<std::unique_ptr<FacilityIndex>> indexes;
    std::vector<char> coveredForProposal;
    CellDistances puskesmasDistances;
    for (size_t t = 0; t < nTypes; ++t) {
        const TypeInput& in = inputs[t];
        indexes.push_back(std::make_unique<FacilityIndex>(in.points));
        const CellDistances cd = nearestFacilityDistances(
            grid, *indexes.back(),
            subProgress(progress, 0.15 + 0.25 * t / nTypes, 0.15 + 0.25 * (t + 1) / nTypes, tr("jarak ke fasilitas")));
        std::vector<AreaCoverageRow>& rows = desaRows[t];
        const bool keepCovered = in.type == params.proposeType && params.proposeCount > 0;
        std::vector<char> covered(keepCovered ? grid.size() : 0, 0);
        for (size_t i = 0; i < grid.size(); ++i) {
            AreaCoverageRow& r = rows[grid.cellArea[i]];
            const double pop = grid.cellPop[i];
            const double d = cd.distanceM[i];
            r.population += pop;
            if (std::isfinite(d)) {
                r.distanceSum += pop * d;
                r.distancePopulation += pop;
            }
            if (d <= in.reachM) {
                r.coveredPopulation += pop;
                if (keepCovered)
                    covered[i] = 1;
                if (!anyIsOneType)
                    coveredAny[i] = 1;
            }
            if (!anyIsOneType)
                nearestAny[i] = std::min(nearestAny[i], d);
        }
        if (in.type == params.proposeType)
            coveredForProposal = std::move(covered);
        if (in.type == FacilityType::Puskesmas)
            puskesmasDistances = cd;
        for (size_t k = 0; k < in.points.size(); ++k) {
            const Facility* f = in.facility[k];
            int d = f ? desaIndex.value(f->desaCode, -1) : -1;
            if (d < 0)
                d = grid.areaAt(in.points[k].lon, in.points[k].lat);
            if (d >= 0)
                rows[d].facilities++;
        }
    }
    if (anyIsOneType) {
        desaRows[1] = desaRows[0];   // name, type and reach are set below
    } else {
        std::vector<AreaCoverageRow>& rows = desaRows[nTypes];
        for (size_t i = 0; i < grid.size(); ++i) {
            AreaCoverageRow& r = rows[grid.cellArea[i]];
            const double pop = grid.cellPop[i];
            r.population += pop;
            if (std::isfinite(nearestAny[i])) {
                r.distanceSum += pop * nearestAny[i];
                r.distancePopulation += pop;
            }
            if (coveredAny[i])
                r.coveredPopulation += pop;
        }
        for (size_t t = 0; t < nTypes; ++t)
            for (size_t d = 0; d < nDesa; ++d)
                rows[d].facilities += desaRows[t][d].facilities;
    }
    watch.lap(QStringLiteral("population_coverage"));

    // -- area coverage (GEOS): the job's result ------------------------------------------
    for (size_t t = 0; t <= nTypes; ++t)
        for (size_t d = 0; d < nDesa; ++d) {
            AreaCoverageRow& r = desaRows[t][d];
            r.code = desa[d].code;
            r.name = desa[d].name;
            r.level = AdminLevel::Desa;
            r.type = t < nTypes ? inputs[t].name : anyName;
            r.reachM = t < nTypes ? inputs[t].reachM : 0;
            r.areaKm2 = desa[d].areaKm2;
        }
    if (areaJob) {
        const auto columns = areaJob->wait(subProgress(progress, 0.4, 0.75, tr("luas terjangkau")));
        for (size_t t = 0; t < columns.size(); ++t)
            for (size_t d = 0; d < nDesa; ++d) {
                desaRows[t][d].coveredKm2 = columns[t][d].coveredKm2;
                if (columns[t][d].failed)
                    ++result.areaFailures;
                if (!columns[t][d].coveredWkb.isEmpty())
                    result.coveredWkbByDesaAndType[desa[d].code + QLatin1Char('|') + desaRows[t][d].type] =
                        columns[t][d].coveredWkb;
            }
        // "any" of one type is that type: its areas were not computed twice.
        if (nTypes == 1)
            for (size_t d = 0; d < nDesa; ++d)
                desaRows[1][d].coveredKm2 = desaRows[0][d].coveredKm2;
    }
    watch.lap(QStringLiteral("area_coverage"));
    // CPU seconds (not wall) of the two steps that run beside the main thread.
    result.seconds.emplace_back(QStringLiteral("population_grid_cpu"), gridCpu);
    if (areaJob)
        result.seconds.emplace_back(QStringLiteral("area_coverage_cpu"), areaJob->cpuSeconds());

    // -- roll up to kecamatan, kabupaten, provinsi ---------------------------------------
    for (size_t t = 0; t <= nTypes; ++t) {
        std::map<QString, AreaCoverageRow> up;
        for (const AreaCoverageRow& r : desaRows[t]) {
            result.rows.push_back(r);
            for (AdminLevel level : {AdminLevel::Kecamatan, AdminLevel::Kabupaten, AdminLevel::Provinsi}) {
                const QString code = ancestor(r.code, level);
                auto it = up.find(code);
                if (it == up.end()) {
                    AreaCoverageRow a;
                    a.code = code;
                    a.name = names.value(code);
                    a.level = level;
                    a.type = r.type;
                    a.reachM = r.reachM;
                    it = up.emplace(code, a).first;
                }
                AreaCoverageRow& a = it->second;
                a.areaKm2 += r.areaKm2;
                a.coveredKm2 += r.coveredKm2;
                a.population += r.population;
                a.coveredPopulation += r.coveredPopulation;
                a.distanceSum += r.distanceSum;
                a.distancePopulation += r.distancePopulation;
                a.facilities += r.facilities;
            }
        }
        for (auto& [code, a] : up)
            result.rows.push_back(a);
    }
    progress.report(0.8, tr("peringkat wilayah"));

    // -- balita, stunting and the underserved ranking ------------------------------------
    std::vector<int> periods = project.periods(QStringLiteral("stunting"));
    const int period = params.period > 0 ? params.period : (periods.empty() ? 0 : periods.back());
    std::map<QString, double> kecPop;
    for (const AreaCoverageRow& r : desaRows[nTypes])
        kecPop[ancestor(r.code, AdminLevel::Kecamatan)] += r.population;
    std::map<QString, AreaValue> kecStunting, desaStunting, kecBalita;
    if (period > 0) {
        for (const AreaValue& v : project.valuesByLevel(QStringLiteral("stunting"), period, AdminLevel::Kecamatan, 100, params.codePrefix))
            kecStunting[v.areaCode] = v;
        for (const AreaValue& v : project.valuesByLevel(QStringLiteral("stunting"), period, AdminLevel::Desa, 100, params.codePrefix))
            if (v.value)
                desaStunting[v.areaCode] = v;
        for (const AreaValue& v : project.valuesByLevel(QStringLiteral("cakupan_pengukuran"), period, AdminLevel::Kecamatan, 100, params.codePrefix))
            kecBalita[v.areaCode] = v;
    }
    // The ranked service: posyandu when it is in the run, else any primary care.
    size_t rankT = nTypes;
    for (size_t t = 0; t < nTypes; ++t)
        if (inputs[t].type == FacilityType::Posyandu)
            rankT = t;
    int posyanduT = -1;
    for (size_t t = 0; t < nTypes; ++t)
        if (inputs[t].type == FacilityType::Posyandu)
            posyanduT = static_cast<int>(t);
    std::vector<RankInput> desaIn;
    std::map<QString, RankInput> kecIn;
    std::vector<double> balitaPerPersonOfDesa(nDesa, 0.0);
    for (size_t d = 0; d < nDesa; ++d) {
        const AreaCoverageRow& r = desaRows[rankT][d];
        const QString kec = ancestor(r.code, AdminLevel::Kecamatan);
        RankInput in;
        in.code = r.code;
        in.name = r.name;
        in.population = r.population;
        in.uncoveredPopulation = r.beyondReach();
        in.posyandu = posyanduT >= 0 ? desaRows[posyanduT][d].facilities : 0;
        const double kp = kecPop[kec];
        const auto kb = kecBalita.find(kec);
        if (kb != kecBalita.end() && kb->second.denominator && kp > 0) {
            balitaPerPersonOfDesa[d] = *kb->second.denominator / kp;
            in.balita = r.population * balitaPerPersonOfDesa[d];
        }
        const auto ds = desaStunting.find(r.code);
        const auto ks = kecStunting.find(kec);
        if (ds != desaStunting.end()) {
            in.stuntingPrevalence = ds->second.value;
            in.stuntingCount = ds->second.numerator;
            in.stuntingSource = QStringLiteral("desa");
        } else if (ks != kecStunting.end() && ks->second.value) {
            // Kecamatan e-PPGBM figures applied to its desa, count shared by population.
            in.stuntingPrevalence = ks->second.value;
            if (ks->second.numerator && kp > 0)
                in.stuntingCount = *ks->second.numerator * r.population / kp;
            in.stuntingSource = QStringLiteral("kecamatan");
        }
        desaIn.push_back(in);
        RankInput& k = kecIn[kec];
        k.code = kec;
        k.name = names.value(kec);
        k.population += in.population;
        k.uncoveredPopulation += in.uncoveredPopulation;
        k.balita += in.balita;
        k.posyandu += in.posyandu;
        if (ks != kecStunting.end() && ks->second.value) {
            k.stuntingPrevalence = ks->second.value;
            k.stuntingCount = ks->second.numerator;
            k.stuntingSource = QStringLiteral("kecamatan");
        }
    }
    if (params.ranking) {
        result.desaRanking = rankAreas(desaIn, params.weights, params.underservedTopShare);
        std::vector<RankInput> kv;
        for (auto& [code, in] : kecIn)
            kv.push_back(in);
        result.kecamatanRanking = rankAreas(kv, params.weights, params.underservedTopShare);
    }
    watch.lap(QStringLiteral("ranking"));

    // -- where to add ----------------------------------------------------------------------
    if (params.proposeCount > 0) {
        progress.report(0.85, tr("mencari lokasi usulan"));
        double reach = 0;
        for (const TypeInput& in : inputs)
            if (in.type == params.proposeType)
                reach = in.reachM;
        if (reach <= 0) {
            reach = params.reachM.count(params.proposeType)
                        ? params.reachM.at(params.proposeType)
                        : settingNumber(project, QStringLiteral("reach_%1_m").arg(facilityTypeName(params.proposeType)), 1000);
            // The type is not in the run: everyone is uncovered by it so far.
            coveredForProposal.assign(grid.size(), 0);
        }
        for (const ProposedSite& s : greedyMaximalCovering(grid, coveredForProposal, reach, params.proposeCount)) {
            ProposedSiteRow row;
            static_cast<ProposedSite&>(row) = s;
            row.areaCode = desa[grid.cellArea[s.cell]].code;
            row.areaName = desa[grid.cellArea[s.cell]].name;
            result.proposed.push_back(row);
        }
    }
    watch.lap(QStringLiteral("proposals"));

    // -- puskesmas catchments --------------------------------------------------------------
    for (size_t t = 0; t < nTypes && params.catchments; ++t) {
        const TypeInput& in = inputs[t];
        if (in.type != FacilityType::Puskesmas || in.points.empty())
            continue;
        progress.report(0.9, tr("wilayah layanan puskesmas"));
        result.catchments.resize(in.points.size());
        for (size_t k = 0; k < in.points.size(); ++k) {
            result.catchments[k].point = in.points[k];
            if (in.facility[k]) {
                result.catchments[k].facilityId = in.facility[k]->id;
                result.catchments[k].facilityCode = in.facility[k]->code;
            }
        }
        for (size_t i = 0; i < grid.size(); ++i) {
            const int k = puskesmasDistances.nearest[i];
            if (k < 0)
                continue;
            result.catchments[k].population += grid.cellPop[i];
            result.catchments[k].balita += grid.cellPop[i] * balitaPerPersonOfDesa[grid.cellArea[i]];
        }
        // Clip: the study's kabupaten (or kecamatan, or desa) polygons, unioned.
        GeosContext& g = geos();
        std::vector<AdminArea> clipAreas;
        for (AdminLevel level : {AdminLevel::Kabupaten, AdminLevel::Kecamatan, AdminLevel::Desa}) {
            clipAreas = project.areas(level, true, params.codePrefix);
            if (!clipAreas.empty())
                break;
        }
        std::vector<GEOSGeometry*> parts;
        for (const AdminArea& a : clipAreas)
            if (GeomPtr p = g.fromWkb(a.wkb))
                parts.push_back(p.release());
        GeomPtr coll = g.own(GEOSGeom_createCollection_r(g.handle(), GEOS_GEOMETRYCOLLECTION, parts.data(),
                                                         static_cast<unsigned>(parts.size())));
        GeomPtr clip = g.own(GEOSUnaryUnion_r(g.handle(), coll.get()));
        if (!clip)
            clip = makeValidMultiPolygon(g, coll.get()).geom;
        if (clip) {
            const auto wkbs = voronoiCatchments(in.points, g.toWkb(clip.get()));
            for (size_t k = 0; k < wkbs.size(); ++k)
                result.catchments[k].wkb = wkbs[k];
        }
    }
    watch.lap(QStringLiteral("catchments"));

    // -- parameters and storage --------------------------------------------------------------
    QJsonObject p;
    p.insert(QStringLiteral("code_prefix"), params.codePrefix);
    QJsonObject reach, used;
    QJsonArray typeNames;
    for (const TypeInput& in : inputs) {
        typeNames.append(in.name);
        reach.insert(in.name, in.reachM);
        QJsonObject st;
        for (const auto& [s, n] : in.statusCounts)
            st.insert(s, n);
        used.insert(in.name, st);
    }
    p.insert(QStringLiteral("types"), typeNames);
    p.insert(QStringLiteral("reach_m"), reach);
    p.insert(QStringLiteral("facilities_used"), used);
    p.insert(QStringLiteral("include_estimated"), params.includeEstimated);
    p.insert(QStringLiteral("population_raster"), raster);
    p.insert(QStringLiteral("counting_rule"), QStringLiteral("cell centre: a raster cell belongs to the desa containing its centre "
                                                              "and is within reach when its centre is within the reach distance"));
    p.insert(QStringLiteral("period"), period);
    p.insert(QStringLiteral("balita_per_posyandu"), balitaStandard);
    p.insert(QStringLiteral("ranked_service"), rankT < nTypes ? inputs[rankT].name : anyName);
    p.insert(QStringLiteral("underserved_top_share"), params.underservedTopShare);
    p.insert(QStringLiteral("weights"), QJsonObject{{QStringLiteral("uncovered"), params.weights.uncovered},
                                                    {QStringLiteral("prevalence"), params.weights.prevalence},
                                                    {QStringLiteral("count"), params.weights.count},
                                                    {QStringLiteral("balita_per_posyandu"), params.weights.balitaPerPosyandu}});
    p.insert(QStringLiteral("propose_count"), params.proposeCount);
    p.insert(QStringLiteral("propose_type"), facilityTypeName(params.proposeType));
    p.insert(QStringLiteral("extra_sites"), static_cast<int>(params.extraSites.size()));
    p.insert(QStringLiteral("area_coverage"), params.areaCoverage);
    result.parameters = p;
    if (params.store) {
        progress.report(0.95, tr("menyimpan hasil"));
        result.runId = storeCoverageRun(project, result, startedAt, params.storeGeometry);
        watch.lap(QStringLiteral("store"));
    }
    progress.report(1.0, tr("selesai"));
    return result;
}

} // namespace ps::analysis
