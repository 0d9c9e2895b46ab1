// `petasehat analyze coverage PROJECT ...`: service reach, population coverage,
// underserved ranking, proposed sites; every run is stored in the project.
#include "CliUtil.h"
#include "CliPeriod.h"
#include "CliSource.h"
#ifdef PETASEHAT_WITH_PG
#include "CmdAnalyzePg.h"
#endif
#include "Command.h"
#include "ProgressBar.h"
#include "analysis/CoverageAnalysis.h"
#include "core/Error.h"
#include "core/Gdal.h"
#include "core/Locale.h"
#include "core/PeriodChoice.h"
#include "core/Project.h"
#include <QCoreApplication>
#include <cmath>

namespace ps::cli {

static QString tr(const char* s) { return QCoreApplication::translate("cli", s); }

static QString num(double v, int decimals = 0) { return formatNumber(v, decimals); }

static std::vector<FacilityType> parseTypes(const QString& text)
{
    std::vector<FacilityType> out;
    if (text.isEmpty() || text == QLatin1String("all") || text == QLatin1String("semua"))
        return out; // the analysis default: posyandu, pustu, poskesdes, puskesmas
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto t = facilityTypeFromName(part.trimmed().toLower());
        if (!t)
            throw Error(QStringLiteral("--types"), tr("jenis fasilitas tidak dikenal: %1 (posyandu, pustu, poskesdes, puskesmas, rumah_sakit)").arg(part));
        out.push_back(*t);
    }
    return out;
}

static std::map<FacilityType, double> parseReach(const QString& text)
{
    std::map<FacilityType, double> out;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList kv = part.split(QLatin1Char('='));
        bool ok = false;
        const double m = kv.size() == 2 ? kv[1].trimmed().toDouble(&ok) : 0;
        const auto t = kv.size() == 2 ? facilityTypeFromName(kv[0].trimmed().toLower()) : std::nullopt;
        if (!t || !ok || m <= 0)
            throw Error(QStringLiteral("--reach"), tr("harus berbentuk jenis=meter, mis. posyandu=1000,pustu=2000; bukan \"%1\"").arg(part));
        out[*t] = m;
    }
    return out;
}

// Figures rounded for a table people read (people to 0.1, shares to 0.001).
static double round(double v, int decimals) { return std::round(v * std::pow(10.0, decimals)) / std::pow(10.0, decimals); }

// The ranked table through OGR's CSV driver.
static void writeRankingCsv(const QString& path, const std::vector<analysis::RankRow>& rows, const QString& level)
{
    initGdal();
    GDALDriver* drv = GetGDALDriverManager()->GetDriverByName("CSV");
    GDALDatasetUniquePtr ds(drv->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!ds)
        throw Error(path, tr("berkas CSV tidak dapat dibuat: %1").arg(lastGdalError()));
    // Quote text only where needed, so spreadsheets read the numbers as numbers.
    const char* options[] = {"STRING_QUOTING=IF_NEEDED", nullptr};
    OGRLayer* layer = ds->CreateLayer("peringkat", nullptr, wkbNone, const_cast<char**>(options));
    const char* text[] = {"kode", "nama", "tingkat", "alasan", "sumber_stunting"};
    const char* reals[] = {"skor", "penduduk", "penduduk_di_luar_jangkauan", "prevalensi_stunting_terukur", "jumlah_stunting",
                           "balita", "balita_per_posyandu", "bagian_luar_jangkauan", "bagian_prevalensi",
                           "bagian_jumlah_stunting", "bagian_balita_per_posyandu"};
    OGRFieldDefn rank("peringkat", OFTInteger);
    layer->CreateField(&rank);
    for (const char* n : text) {
        OGRFieldDefn f(n, OFTString);
        layer->CreateField(&f);
    }
    OGRFieldDefn under("kurang_terlayani", OFTInteger);
    layer->CreateField(&under);
    OGRFieldDefn pos("posyandu", OFTInteger);
    layer->CreateField(&pos);
    for (const char* n : reals) {
        OGRFieldDefn f(n, OFTReal);
        layer->CreateField(&f);
    }
    for (const analysis::RankRow& r : rows) {
        OGRFeatureUniquePtr f(OGRFeature::CreateFeature(layer->GetLayerDefn()));
        f->SetField("peringkat", r.rank);
        f->SetField("kode", r.in.code.toUtf8().constData());
        f->SetField("nama", r.in.name.toUtf8().constData());
        f->SetField("tingkat", level.toUtf8().constData());
        f->SetField("alasan", r.reason.toUtf8().constData());
        f->SetField("sumber_stunting", r.in.stuntingSource.toUtf8().constData());
        f->SetField("kurang_terlayani", r.underserved ? 1 : 0);
        f->SetField("posyandu", r.in.posyandu);
        f->SetField("skor", round(r.score, 1));
        f->SetField("penduduk", round(r.in.population, 1));
        f->SetField("penduduk_di_luar_jangkauan", round(r.in.uncoveredPopulation, 1));
        if (r.in.stuntingPrevalence)
            f->SetField("prevalensi_stunting_terukur", round(*r.in.stuntingPrevalence, 2));
        if (r.in.stuntingCount)
            f->SetField("jumlah_stunting", round(*r.in.stuntingCount, 1));
        f->SetField("balita", round(r.in.balita, 1));
        if (r.balitaPerPosyandu)
            f->SetField("balita_per_posyandu", round(*r.balitaPerPosyandu, 1));
        f->SetField("bagian_luar_jangkauan", round(r.partUncovered, 3));
        f->SetField("bagian_prevalensi", round(r.partPrevalence, 3));
        f->SetField("bagian_jumlah_stunting", round(r.partCount, 3));
        f->SetField("bagian_balita_per_posyandu", round(r.partBalitaPerPosyandu, 3));
        if (layer->CreateFeature(f.get()) != OGRERR_NONE)
            throw Error(path, tr("gagal menulis baris CSV: %1").arg(lastGdalError()), r.rank + 1);
    }
}

static int analyzeCoverage(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Jangkauan layanan: penduduk dan luas wilayah dalam jangkauan fasilitas, jarak ke fasilitas "
                                   "terdekat, wilayah layanan puskesmas, peringkat wilayah kurang terlayani dan usulan lokasi baru. "
                                   "Hasil disimpan di proyek beserta parameternya."));
    p.addPositionalArgument(QStringLiteral("proyek"), tr("berkas proyek, atau \"PG:...\" (hasil disimpan ke PostGIS untuk "
                                                         "kabupaten/kota peran itu)"));
    p.addOption({QStringLiteral("population"), tr("untuk PG:: raster penduduk di mesin ini bila berkas yang diterbitkan "
                                                  "kabupaten/kota tidak ada di sini"), QStringLiteral("berkas")});
    p.addOption({QStringLiteral("area"), tr("kode wilayah yang dianalisis, mis. 16.07 (bawaan: semua desa di proyek)"), QStringLiteral("kode")});
    p.addOption({QStringLiteral("types"), tr("jenis fasilitas dipisah koma, atau all (bawaan: posyandu,pustu,poskesdes,puskesmas)"), QStringLiteral("jenis")});
    p.addOption({QStringLiteral("reach"), tr("jangkauan dalam meter, mis. posyandu=1000,pustu=2000 (bawaan: pengaturan proyek)"), QStringLiteral("daftar")});
    p.addOption({QStringLiteral("propose"), tr("jumlah lokasi baru yang diusulkan"), QStringLiteral("K"), QStringLiteral("0")});
    p.addOption({QStringLiteral("propose-type"), tr("jenis lokasi usulan: posyandu atau pustu"), QStringLiteral("jenis"), QStringLiteral("posyandu")});
    p.addOption({QStringLiteral("csv"), tr("tulis tabel peringkat ke CSV"), QStringLiteral("berkas")});
    p.addOption({QStringLiteral("level"), tr("tingkat peringkat untuk tabel dan CSV: desa, kecamatan, kabupaten atau provinsi"), QStringLiteral("tingkat"), QStringLiteral("desa")});
    p.addOption({QStringLiteral("top"), tr("jumlah baris peringkat yang dicetak"), QStringLiteral("N"), QStringLiteral("20")});
    p.addOption({QStringLiteral("period"), tr("periode beban stunting untuk peringkat: 2024, 2024-S1, 2024-Q3 atau 2024-08 (bawaan: terbaru)"),
                 QStringLiteral("periode")});
    p.addOption({QStringLiteral("year"), tr("sama dengan --period TAHUN"), QStringLiteral("tahun")});
    p.addOption({QStringLiteral("exclude-estimated"), tr("abaikan fasilitas yang letaknya hanya diperkirakan di dalam desanya")});
    p.addOption({QStringLiteral("no-area"), tr("lewati perhitungan luas terjangkau (lebih cepat; hanya penduduk)")});
    parseOrExit(p, QStringLiteral("analyze coverage"), args, 1, 1);

    analysis::CoverageParams params;
    params.codePrefix = p.value(QStringLiteral("area")).trimmed();
    params.types = parseTypes(p.value(QStringLiteral("types")));
    params.reachM = parseReach(p.value(QStringLiteral("reach")));
    params.proposeCount = p.value(QStringLiteral("propose")).toInt();
    const auto pt = facilityTypeFromName(p.value(QStringLiteral("propose-type")).toLower());
    if (!pt)
        throw Error(QStringLiteral("--propose-type"), tr("jenis tidak dikenal: %1").arg(p.value(QStringLiteral("propose-type"))));
    params.proposeType = *pt;
    if (p.isSet(QStringLiteral("period")) && p.isSet(QStringLiteral("year")))
        throw Error(tr("pakai --period atau --year, bukan keduanya"));
    if (p.isSet(QStringLiteral("period")) || p.isSet(QStringLiteral("year")))
        params.period = periodKeyOption(p.value(p.isSet(QStringLiteral("period")) ? QStringLiteral("period") : QStringLiteral("year")));
    params.includeEstimated = !p.isSet(QStringLiteral("exclude-estimated"));
    params.areaCoverage = !p.isSet(QStringLiteral("no-area"));
    params.storeGeometry = params.areaCoverage;
    const auto rankLevel = levelFromName(p.value(QStringLiteral("level")));
    if (!rankLevel)
        throw Error(QStringLiteral("--level"), tr("tingkat tidak dikenal: %1 (desa, kecamatan, kabupaten, provinsi)").arg(p.value(QStringLiteral("level"))));
    // Kecamatan and above rank areas (their own figures); desa rank villages.
    const bool kecLevel = levelRank(*rankLevel) <= levelRank(AdminLevel::Kecamatan);

    const QString source = p.positionalArguments().at(0);
#ifdef PETASEHAT_WITH_PG
    // From PostGIS: the district's mirror is analysed, the run goes back to PostGIS.
    std::optional<PgAnalysisTarget> pgTarget;
    if (isPgArgument(source))
        pgTarget = preparePgAnalysis(source, params.codePrefix, p.value(QStringLiteral("population")));
    auto project = Project::open(pgTarget ? pgTarget->mirrorPath : projectFile(source));
#else
    auto project = Project::open(projectFile(source));
#endif
    if (p.isSet(QStringLiteral("population")) && !isPgArgument(source))
        throw Error(QStringLiteral("--population"), tr("hanya untuk sumber PG:; proyek mendaftarkan rasternya dengan "
                                                       "petasehat import population"));
    // The burden (stunting) period of the ranking: asked, else the latest stored by time.
    const QString burden = QStringLiteral("stunting");
    if (!params.period)
        params.period = latestPeriod(*project, burden);
    else if (!project->resolvePeriod(burden, params.period).found())
        throw Error(project->path(), noDataAtLevel(*project, burden, params.period, AdminLevel::Kecamatan, params.codePrefix));
    analysis::CoverageResult r;
    {
        ProgressBar bar(tr("Analisis jangkauan"));
        r = analysis::runCoverage(*project, params, bar.progress());
    }
#ifdef PETASEHAT_WITH_PG
    if (pgTarget)
        r.runId = storePgAnalysis(*pgTarget, *project, r.runId);
#endif
    out() << tr("Analisis tersimpan: run %1 (aturan hitung: sel raster dihitung pada desa yang memuat titik tengahnya, "
                "dan terjangkau bila titik tengahnya dalam jarak jangkauan)\n").arg(r.runId);
    out() << tr("Jenis        Jangkauan  Penduduk    Terjangkau   %     Luas km²   Terjangkau km²  %     Jarak rata-rata\n");
    for (const analysis::AreaCoverageRow* total : r.totals()) {
        const analysis::AreaCoverageRow& row = *total;
        if (row.type != QLatin1String("any") && row.facilities == 0) {
            out() << row.type.leftJustified(12) << " " << tr("(tidak ada fasilitas jenis ini di wilayah analisis)\n");
            continue;
        }
        const auto d = row.meanDistanceM();
        out() << (row.type == QLatin1String("any") ? tr("semua") : row.type).leftJustified(12) << " "
              << (row.reachM > 0 ? num(row.reachM) + QStringLiteral(" m") : QStringLiteral("-")).rightJustified(9) << "  "
              << num(row.population).rightJustified(10) << "  " << num(row.coveredPopulation).rightJustified(10) << "  "
              << num(100 * row.coveredPopulation / std::max(1.0, row.population), 1).rightJustified(5) << "  "
              << num(row.areaKm2, 1).rightJustified(9) << "  " << num(row.coveredKm2, 1).rightJustified(12) << "  "
              << num(100 * row.coveredKm2 / std::max(1e-9, row.areaKm2), 1).rightJustified(5) << "  "
              << (d ? num(*d) + QStringLiteral(" m") : QStringLiteral("-")).rightJustified(10) << "\n";
    }
    std::vector<analysis::RankRow> rolled;
    if (levelRank(*rankLevel) < levelRank(AdminLevel::Kecamatan)) {
        // Kabupaten/provinsi: the kecamatan inputs summed upward, then ranked.
        std::vector<analysis::RankInput> kec;
        for (const analysis::RankRow& row : r.kecamatanRanking)
            kec.push_back(row.in);
        std::vector<analysis::RankInput> up = analysis::rollUpInputs(kec, codeLength(*rankLevel));
        for (analysis::RankInput& in : up)
            if (auto a = project->area(in.code, false))
                in.name = a->name;
        rolled = analysis::rankAreas(up, params.weights, params.underservedTopShare);
    }
    const auto& ranking = levelRank(*rankLevel) < levelRank(AdminLevel::Kecamatan) ? rolled
                          : kecLevel                                             ? r.kecamatanRanking
                                                                                 : r.desaRanking;
    const int top = p.value(QStringLiteral("top")).toInt();
    if (params.period) {
        out() << tr("\nBeban stunting dari periode %1").arg(shownPeriod(*project, burden, params.period));
        const QString note = measuredMonthNote(*project, burden, params.period);
        out() << (note.isEmpty() ? QString() : QStringLiteral(" — ") + note) << "\n";
    } else {
        out() << tr("\nBelum ada data stunting di proyek: peringkat tanpa beban stunting\n");
    }
    out() << tr("\nPeringkat %1 kurang terlayani (skor 0–100 = rata-rata persentil: di luar jangkauan, prevalensi stunting "
                "terukur e-PPGBM, jumlah stunting, balita per posyandu; standar %2 balita per posyandu)\n")
                 .arg(kecLevel ? levelName(*rankLevel) : tr("desa"))
                 .arg(r.parameters.value(QStringLiteral("balita_per_posyandu")).toDouble());
    out() << tr("No  Kode           Nama                   Skor  Luar jangk.  Stunting%  Jml stunting  Balita/posy.  Alasan\n");
    for (const analysis::RankRow& row : ranking) {
        if (row.rank > top)
            break;
        out() << QString::number(row.rank).rightJustified(3) << " " << row.in.code.leftJustified(14) << " "
              << row.in.name.left(22).leftJustified(22) << " " << num(row.score, 1).rightJustified(5) << "  "
              << num(row.in.uncoveredPopulation).rightJustified(10) << "  "
              << (row.in.stuntingPrevalence ? num(*row.in.stuntingPrevalence, 1) : QStringLiteral("-")).rightJustified(8)
              << (row.in.stuntingSource == QLatin1String("kecamatan") && !kecLevel ? QStringLiteral("*") : QStringLiteral(" "))
              << " " << (row.in.stuntingCount ? num(*row.in.stuntingCount, 1) : QStringLiteral("-")).rightJustified(12) << "  "
              << (row.balitaPerPosyandu ? num(*row.balitaPerPosyandu, 0) : tr("tanpa")).rightJustified(12) << "  " << row.reason
              << "\n";
    }
    if (!kecLevel)
        out() << tr("* angka kecamatan diterapkan ke desanya (tidak ada data desa); jumlah dibagi menurut penduduk\n");
    if (!r.proposed.empty()) {
        out() << tr("\nUsulan lokasi %1 baru (tambahan penduduk terjangkau, berurutan):\n").arg(p.value(QStringLiteral("propose-type")));
        for (const auto& s : r.proposed)
            out() << QString::number(s.rank).rightJustified(3) << "  " << num(s.lat, 5) << ", " << num(s.lon, 5) << "  "
                  << s.areaCode << " " << s.areaName << "  +" << num(s.marginalGain) << tr(" jiwa (kumulatif %1)\n").arg(num(s.cumulativeGain));
    }
    if (p.isSet(QStringLiteral("csv"))) {
        writeRankingCsv(p.value(QStringLiteral("csv")), ranking, kecLevel ? levelName(*rankLevel) : QStringLiteral("desa"));
        out() << tr("Tabel peringkat ditulis ke %1\n").arg(p.value(QStringLiteral("csv")));
    }
    return 0;
}

int cmdAnalyze(const QStringList& args)
{
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        out() << tr("Pemakaian: petasehat analyze coverage PROYEK [opsi]   (petasehat analyze coverage --help)\n");
        return args.isEmpty() ? 1 : 0;
    }
    if (args.first() == QLatin1String("coverage"))
        return analyzeCoverage(args.mid(1));
    err() << tr("Galat: analisis tidak dikenal: %1 (yang ada: coverage)\n").arg(args.first());
    return 1;
}

} // namespace ps::cli
