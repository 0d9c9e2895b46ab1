// `petasehat table PROJECT --indicator I --period P --level L --out F`: the table beside the map (CSV/XLSX).
#include "CliPeriod.h"
#include "CliSource.h"
#include "CliUtil.h"
#include "Command.h"
#include "core/Catalogue.h"
#include "core/Error.h"
#include "core/Period.h"
#include "core/PeriodChoice.h"
#include "core/Project.h"
#include "io/IndicatorTable.h"
#include <QCoreApplication>
#include <QFileInfo>

namespace ps::cli {

static QString tr(const char* s) { return QCoreApplication::translate("cli", s); }

int cmdTable(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Menulis tabel indikator per wilayah (CSV atau XLSX): kode, nama, induk, pembilang, penyebut, nilai, kelas, "
           "dan periode yang benar-benar dipakai; dihitung sama seperti peta."));
    p.addPositionalArgument(QStringLiteral("proyek"), tr("berkas proyek, atau \"PG:...\" (basis data PostGIS provinsi)"));
    const QCommandLineOption indicator(QStringLiteral("indicator"), tr("kode indikator, mis. stunting"), QStringLiteral("kode"));
    const QCommandLineOption period(QStringLiteral("period"), tr("periode: 2024, 2024-S1, 2024-Q3, 2024-08 (bawaan: terakhir)"),
                                    QStringLiteral("periode"));
    const QCommandLineOption level(QStringLiteral("level"), tr("kabupaten, kecamatan atau desa (bawaan: kecamatan)"),
                                   QStringLiteral("tingkat"));
    const QCommandLineOption area(QStringLiteral("area"), tr("kode wilayah, mis. 16.07"), QStringLiteral("kode"));
    const QCommandLineOption output(QStringLiteral("out"), tr("berkas keluaran (.csv atau .xlsx)"), QStringLiteral("berkas"));
    p.addOptions({indicator, period, level, area, output});
    parseOrExit(p, QStringLiteral("table"), args, 1, 1);
    if (!p.isSet(indicator) || !p.isSet(output))
        throw Error(tr("sebutkan --indicator dan --out"));
    const QString code = p.value(indicator);
    const IndicatorDef* def = Catalogue::standard().indicator(code);
    if (!def)
        throw Error(tr("indikator tidak dikenal: %1").arg(code));
    const auto lvl = levelFromName(p.isSet(level) ? p.value(level) : QStringLiteral("kecamatan"));
    if (!lvl)
        throw Error(tr("--level: tidak dikenal: %1").arg(p.value(level)));
    auto project = Project::open(projectFile(p.positionalArguments().at(0), p.value(area)), true);
    int key = 0;
    if (p.isSet(period)) {
        key = periodKeyOption(p.value(period));
    } else {
        key = latestPeriod(*project, def->code);
        if (!key)
            throw Error(project->path(), tr("indikator %1 belum punya data di proyek").arg(def->code));
    }
    requireDataAtLevel(*project, def->code, key, *lvl, p.value(area));
    const auto rows = io::indicatorTable(*project, def->code, key, *lvl, p.value(area));
    io::writeIndicatorTable(p.value(output), rows);
    int withData = 0;
    for (const auto& r : rows)
        withData += r.rate ? 1 : 0;
    out() << tr("Tabel ditulis: %1 (%2 baris, %3 dengan data; periode %4)\n")
                 .arg(p.value(output))
                 .arg(rows.size())
                 .arg(withData)
                 .arg(rows.empty() ? periodLabel(key) : rows.front().period);
    return 0;
}

} // namespace ps::cli
