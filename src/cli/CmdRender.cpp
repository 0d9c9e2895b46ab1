// `petasehat render`: a map (PNG/SVG/PDF) from an indicator or a map template.
#include "CliPeriod.h"
#include "CliSource.h"
#include "core/HeapReserve.h"
#include "CliUtil.h"
#include "Command.h"
#include "classify/Classification.h"
#include "core/Error.h"
#include "core/Locale.h"
#include "core/Paths.h"
#include "core/PeriodChoice.h"
#include "core/Project.h"
#include "render/AreaLod.h"
#include "render/Export.h"
#include "render/MapBuilder.h"
#include "render/SavedMaps.h"
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace ps::cli {

static QString tr(const char* s) { return QCoreApplication::translate("cli", s); }

// A template given as "stunting" or "maps/stunting.json" resolves to the shipped maps/ folder too.
static QString findTemplate(const QString& name)
{
    if (QFileInfo::exists(name))
        return name;
    for (const QString& candidate : {mapsDir() + QLatin1Char('/') + name, mapsDir() + QLatin1Char('/') + name + QStringLiteral(".json"),
                                     mapsDir() + QLatin1Char('/') + QFileInfo(name).fileName()})
        if (QFileInfo::exists(candidate))
            return candidate;
    return name;
}

int cmdRender(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Membuat peta indikator (PNG/SVG/PDF) dari proyek, dengan judul, legenda, skala, arah utara dan sumber."));
    p.addPositionalArgument(QStringLiteral("proyek"), tr("berkas proyek, atau \"PG:...\" (basis data PostGIS provinsi)"));
    const QCommandLineOption templ(QStringLiteral("template"), tr("templat peta (maps/*.json)"), QStringLiteral("berkas"));
    const QCommandLineOption indicator(QStringLiteral("indicator"), tr("kode indikator, mis. stunting"), QStringLiteral("kode"));
    const QCommandLineOption year(QStringLiteral("year"), tr("tahun (bawaan: tahun terakhir yang ada datanya)"), QStringLiteral("tahun"));
    const QCommandLineOption years(QStringLiteral("years"), tr("beberapa tahun untuk peta kecil berdampingan, mis. 2021,2022,2023,2024"), QStringLiteral("daftar"));
    const QCommandLineOption period(QStringLiteral("period"),
                                    tr("periode: 2024, 2024-S1, 2024-Q3 atau bulan 2024-08 (tahun dari data bulanan: bulan terakhir "
                                       "untuk jumlah saat pengukuran seperti stunting, jumlah bulan untuk K6/imunisasi)"),
                                    QStringLiteral("periode"));
    const QCommandLineOption periodsOpt(QStringLiteral("periods"), tr("beberapa periode untuk peta kecil berdampingan, mis. 2024-02,2024-08"),
                                        QStringLiteral("daftar"));
    const QCommandLineOption level(QStringLiteral("level"), tr("provinsi, kabupaten, kecamatan atau desa"), QStringLiteral("tingkat"));
    const QCommandLineOption area(QStringLiteral("area"), tr("kode wilayah yang dipetakan, mis. 16.07"), QStringLiteral("kode"));
    const QCommandLineOption method(QStringLiteral("method"), tr("official|jenks|quantile|equal|stddev|manual"), QStringLiteral("metode"));
    const QCommandLineOption classes(QStringLiteral("classes"), tr("jumlah kelas (bawaan 5)"), QStringLiteral("k"));
    const QCommandLineOption breaks(QStringLiteral("breaks"), tr("batas kelas manual, mis. 5,10,20"), QStringLiteral("daftar"));
    const QCommandLineOption palette(QStringLiteral("palette"), tr("palet ColorBrewer, mis. YlOrRd"), QStringLiteral("palet"));
    const QCommandLineOption preset(QStringLiteral("preset"), tr("slide-1080|slide-2160|4x3|a4-300"), QStringLiteral("ukuran"));
    const QCommandLineOption format(QStringLiteral("format"), tr("png|svg|pdf (bawaan: dari ekstensi berkas)"), QStringLiteral("format"));
    const QCommandLineOption dpi(QStringLiteral("dpi"), tr("resolusi PNG (ukuran halaman tetap)"), QStringLiteral("dpi"));
    const QCommandLineOption labels(QStringLiteral("labels"), tr("nama wilayah beserta nilainya"));
    const QCommandLineOption noLabels(QStringLiteral("no-labels"), tr("tanpa label nama wilayah"));
    const QCommandLineOption noFacilities(QStringLiteral("no-facilities"), tr("tanpa simbol fasilitas"));
    const QCommandLineOption atlas(QStringLiteral("atlas"), tr("PDF banyak halaman: indicators (satu per indikator) atau kecamatan (satu per kecamatan)"),
                                   QStringLiteral("jenis"));
    const QCommandLineOption worldFile(QStringLiteral("world-file"),
                                       tr("tulis juga NAMA.pgw dan NAMA.prj di samping PNG (georeferensi untuk SIG)"));
    const QCommandLineOption savedMap(QStringLiteral("map"), tr("peta yang disimpan di proyek dengan nama ini (aplikasi desktop: Peta → Simpan peta)"),
                                      QStringLiteral("nama"));
    const QCommandLineOption output(QStringLiteral("out"), tr("berkas keluaran (.png, .svg, .pdf)"), QStringLiteral("berkas"));
    p.addOptions({templ, indicator, year, years, period, periodsOpt, level, area, method, classes, breaks, palette, preset, format, dpi, labels,
                  noLabels, noFacilities, atlas, worldFile, savedMap, output});
    parseOrExit(p, QStringLiteral("render"), args, 1, 1);
    if (!p.isSet(output))
        throw Error(tr("--out wajib diisi (berkas keluaran .png, .svg atau .pdf)"));
    const QString outPath = p.value(output);
    // A national slide map allocates some 70 MB (outlines, the 8 MB page): in huge
    // pages rather than ~5,000 extra page faults, each a costly trap on a VM.
    reserveHugePageHeap(96u << 20);
    // A PostGIS source is read through its local mirror, refreshed first.
    const QString source = projectFile(p.positionalArguments().at(0), p.value(area));

    render::MapSpec spec;
    if (p.isSet(templ))
        spec = render::loadMapSpec(findTemplate(p.value(templ)));
    if (p.isSet(savedMap))
        spec = render::savedMapSpec(*Project::open(source, true), p.value(savedMap));
    if (p.isSet(indicator)) {
        spec.indicator = p.value(indicator);
        if (!p.isSet(templ) && !p.isSet(savedMap))
            spec.kind = render::MapKind::Choropleth;
    }
    auto toInt = [&](const QCommandLineOption& o, const QString& text) {
        bool ok = false;
        const int v = text.trimmed().toInt(&ok);
        if (!ok)
            throw Error(tr("--%1: bukan bilangan bulat: %2").arg(o.names().first(), text));
        return v;
    };
    if (p.isSet(year))
        spec.periods = {toInt(year, p.value(year))};
    if (p.isSet(period))
        spec.periods = {periodKeyOption(p.value(period))};
    if (p.isSet(periodsOpt)) {
        spec.periods.clear();
        for (const QString& y : p.value(periodsOpt).split(QLatin1Char(','), Qt::SkipEmptyParts))
            spec.periods.push_back(periodKeyOption(y));
        spec.kind = render::MapKind::SmallMultiples;
    }
    if (p.isSet(years)) {
        spec.periods.clear();
        for (const QString& y : p.value(years).split(QLatin1Char(','), Qt::SkipEmptyParts))
            spec.periods.push_back(toInt(years, y));
        spec.kind = render::MapKind::SmallMultiples;
    }
    if (p.isSet(level)) {
        const auto l = levelFromName(p.value(level));
        if (!l)
            throw Error(tr("--level: harus provinsi, kabupaten, kecamatan atau desa, bukan %1").arg(p.value(level)));
        spec.level = *l;
    }
    if (p.isSet(area))
        spec.codePrefix = p.value(area);
    if (p.isSet(method)) {
        spec.method = classify::methodFromId(p.value(method));
        if (!spec.method)
            throw Error(tr("--method: tidak dikenal: %1").arg(p.value(method)));
    }
    if (p.isSet(classes))
        spec.classes = toInt(classes, p.value(classes));
    if (p.isSet(breaks)) {
        spec.breaks.clear();
        for (const QString& b : p.value(breaks).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            const double v = ps::numberLocale().toDouble(b.trimmed(), &ok);
            const double c = ok ? v : b.trimmed().toDouble(&ok);
            if (!ok)
                throw Error(tr("--breaks: bukan angka: %1").arg(b));
            spec.breaks.push_back(c);
        }
        if (!spec.method)
            spec.method = classify::Method::Manual;
    }
    if (p.isSet(palette))
        spec.palette = p.value(palette);
    if (p.isSet(preset))
        spec.preset = p.value(preset);
    if (p.isSet(labels)) {
        spec.labels = true;
        spec.labelValues = true;
    }
    if (p.isSet(noLabels))
        spec.labels = false;
    if (p.isSet(noFacilities))
        spec.facilities = false;
    if (p.isSet(atlas))
        spec.atlas = p.value(atlas);
    if (render::needsIndicator(spec.kind) && spec.indicator.isEmpty() && spec.atlas != QLatin1String("indicators"))
        throw Error(tr("sebutkan --indicator atau --template"));

    const auto pagePreset = render::pagePreset(spec.preset);
    if (!pagePreset)
        throw Error(tr("--preset tidak dikenal: %1 (slide-1080, slide-2160, 4x3, a4-300)").arg(spec.preset));
    const auto fmt = p.isSet(format) ? render::formatFromId(p.value(format)) : render::formatFromPath(outPath);
    if (!fmt)
        throw Error(outPath, tr("format keluaran tidak dikenal: pakai .png, .svg atau .pdf (atau --format)"));
    std::optional<double> dpiValue;
    if (p.isSet(dpi))
        dpiValue = toInt(dpi, p.value(dpi));

    auto project = Project::open(source, true);
    // A project imported elsewhere (desktop app, older version) may lack the
    // generalized outlines: made once here when the file can be written.
    if (render::missingAreaLod(*project) > 0) {
        try {
            auto writable = Project::open(source);
            render::updateAreaLod(*writable);
        } catch (const Error&) {
            // read-only file or folder, another import running: full detail instead
        }
    }
    render::MapBuilder builder(*project);
    if (*fmt == render::Format::Png) {
        // A PNG has a fixed size: outlines generalized under half its pixel look the same.
        const double d = dpiValue.value_or(pagePreset->dpi);
        builder.setLevelOfDetail(QSizeF(pagePreset->widthIn * d, pagePreset->heightIn * d));
    }
    const QFileInfo outInfo(outPath);
    QDir().mkpath(outInfo.absolutePath());
    if (!spec.atlas.isEmpty()) {
        if (*fmt != render::Format::Pdf)
            throw Error(outPath, tr("atlas hanya dapat ditulis sebagai PDF"));
        std::vector<render::Page> pages;
        if (spec.atlas == QLatin1String("indicators"))
            pages = builder.atlasByIndicator(spec);
        else if (spec.atlas == QLatin1String("kecamatan"))
            pages = builder.atlasByKecamatan(spec);
        else
            throw Error(tr("--atlas: indicators atau kecamatan, bukan %1").arg(spec.atlas));
        render::exportPdf(pages, *pagePreset, outPath);
        out() << tr("Atlas ditulis: %1 (%2 halaman)\n").arg(outPath).arg(pages.size());
        return 0;
    }
    // No silent empty maps: a level without data stops, naming the levels that have it.
    // The builder keeps the values it read for the check; the map uses them again.
    if (render::needsIndicator(spec.kind) && !spec.indicator.isEmpty()) {
        const int latest = latestPeriod(*project, spec.indicator);
        const std::vector<int> asked = spec.periods.empty() && latest ? std::vector<int>{latest} : spec.periods;
        for (int key : asked)
            if (!builder.hasData(spec.indicator, key, spec.level, spec.codePrefix))
                requireDataAtLevel(*project, spec.indicator, key, spec.level, spec.codePrefix);
    }
    render::BuiltMap map = builder.build(spec);
    // A saved map is drawn over the extent it was saved with (unless --area asks for an area).
    if (p.isSet(savedMap) && !p.isSet(area))
        if (const auto view = render::savedMapView(*project, p.value(savedMap)))
            render::applySavedView(map.page, *view);
    if (render::needsIndicator(spec.kind) &&
        std::all_of(map.featureClass.begin(), map.featureClass.end(), [](int k) { return k < 0; }))
        err() << tr("Peringatan: tidak ada data %1 pada tingkat ini; semua wilayah tampil sebagai \"Tidak ada data\".\n")
                     .arg(spec.indicator);
    if (p.isSet(worldFile) && *fmt != render::Format::Png)
        throw Error(outPath, tr("--world-file hanya untuk PNG"));
    render::loadGroundDistances(*project);
    render::exportPage(map.page, *pagePreset, outPath, *fmt, dpiValue);
    out() << tr("Peta ditulis: %1\n").arg(outPath);
    if (p.isSet(worldFile))
        for (const QString& f : render::writeWorldFile(map.page, *pagePreset, outPath, dpiValue))
            out() << tr("Georeferensi ditulis: %1\n").arg(f);
    // Outlines projected and scale bars measured for this map, kept for the next
    // one in the same projection: it then needs no PROJ (render/AreaLod.h).
    if (builder.hasUnstoredProjections() || render::hasNewGroundDistances()) {
        try {
            auto writable = Project::open(source);
            builder.storeProjected(*writable);
            render::storeGroundDistances(*writable);
        } catch (const Error&) {
            // read-only file or folder, another import running: projected again next time
        }
    }
    return 0;
}

} // namespace ps::cli
