// `petasehat import boundaries PROYEK BERKAS [--layer L] [--code-field kode] [--name-field nama] [--within 16.07]`
#include "CliUtil.h"
#include "Command.h"
#include "ProgressBar.h"
#include "core/Error.h"
#include "core/Locale.h"
#include "io/BoundaryImporter.h"
#include "render/AreaLod.h"
#include <QCoreApplication>
#include <QFileInfo>

namespace ps::cli {

static QString tr(const char* s) { return QCoreApplication::translate("cli", s); }

static std::unique_ptr<Project> openProjectToImport(const QString& path)
{
    if (!QFileInfo::exists(path))
        throw Error(path, tr("berkas proyek tidak ditemukan; buat dulu dengan: petasehat init %1").arg(path));
    return Project::open(path);
}

static void printWarnings(const QStringList& warnings)
{
    constexpr int kShown = 30;
    if (warnings.isEmpty())
        return;
    out() << tr("Peringatan (%1):\n").arg(numberLocale().toString(warnings.size()));
    for (int i = 0; i < std::min<int>(kShown, warnings.size()); ++i)
        out() << "  - " << warnings[i] << "\n";
    if (warnings.size() > kShown)
        out() << tr("  ... dan %1 lainnya\n").arg(numberLocale().toString(warnings.size() - kShown));
}

int cmdImportBoundaries(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Mengimpor batas wilayah (GPKG, SHP, GeoJSON, ...) ke proyek: kode Kemendagri "
                                   "menentukan tingkat dan induk, koordinat diubah ke EPSG:4326, poligon tidak sah "
                                   "diperbaiki. Impor ulang memperbarui wilayah yang sama."));
    p.addPositionalArgument(QStringLiteral("proyek"), tr("berkas proyek"));
    p.addPositionalArgument(QStringLiteral("berkas"), tr("berkas batas wilayah"));
    p.addOption({QStringLiteral("layer"), tr("layer yang diimpor (wajib bila berkas punya beberapa layer)"), tr("layer")});
    p.addOption({QStringLiteral("code-field"), tr("kolom kode wilayah (bawaan: kode)"), tr("kolom"), QStringLiteral("kode")});
    p.addOption({QStringLiteral("name-field"), tr("kolom nama wilayah (bawaan: nama)"), tr("kolom"), QStringLiteral("nama")});
    p.addOption({QStringLiteral("within"), tr("hanya wilayah di bawah kode ini, mis. 16.07"), tr("kode")});
    p.addOption({QStringLiteral("replace-geometry"),
                 tr("izinkan impor ulang menggeser atau menyusutkan wilayah yang sudah tersimpan lebih dari 10 %")});
    parseOrExit(p, QStringLiteral("import boundaries"), args, 2, 2);
    const QString projectPath = p.positionalArguments().at(0);
    const QString file = p.positionalArguments().at(1);

    auto project = openProjectToImport(projectPath);
    io::BoundaryImportOptions o;
    o.layer = p.value(QStringLiteral("layer"));
    o.codeField = p.value(QStringLiteral("code-field"));
    o.nameField = p.value(QStringLiteral("name-field"));
    o.codePrefix = p.value(QStringLiteral("within"));
    o.replaceGeometry = p.isSet(QStringLiteral("replace-geometry"));
    io::BoundaryImportReport r;
    {
        ProgressBar bar(tr("Impor batas wilayah"));
        r = io::importBoundaries(*project, file, o, bar.progress());
    }
    // The outlines small-scale maps draw, generalized once now rather than on every render.
    render::updateAreaLod(*project);
    const QLocale loc = numberLocale();
    out() << tr("Batas wilayah diimpor dari %1 (CRS asal %2)\n").arg(file, r.sourceCrs);
    out() << tr("  fitur dibaca      %1\n").arg(loc.toString(r.read));
    if (r.outsidePrefix > 0)
        out() << tr("  di luar %1     %2 (tidak diimpor)\n").arg(o.codePrefix, loc.toString(r.outsidePrefix));
    out() << tr("  disimpan          %1 (%2 baru, %3 diperbarui)\n")
                 .arg(loc.toString(r.stored), loc.toString(r.inserted), loc.toString(r.updated));
    out() << tr("  diperbaiki        %1 geometri tidak sah (make-valid, bagian poligon dipertahankan)\n")
                 .arg(loc.toString(r.repaired));
    if (!r.repairedCodes.isEmpty())
        out() << tr("                    mis. %1%2\n")
                     .arg(r.repairedCodes.mid(0, 8).join(QStringLiteral(", ")),
                          r.repairedCodes.size() > 8 ? QStringLiteral(", ...") : QString());
    if (r.moved > 0)
        out() << tr("  batas diganti     %1 wilayah bergeser/menyusut lebih dari 10 % (--replace-geometry)\n")
                     .arg(loc.toString(r.moved));
    if (r.skipped > 0)
        out() << tr("  dilewati          %1 (tanpa poligon; lihat peringatan)\n").arg(loc.toString(r.skipped));
    for (const auto& [level, n] : r.byLevel)
        out() << "  " << level.leftJustified(18) << loc.toString(n) << "\n";
    printWarnings(r.warnings);
    return 0;
}

} // namespace ps::cli
