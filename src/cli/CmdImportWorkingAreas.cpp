// `petasehat import wilayah-kerja PROJECT FILE`: which desa each puskesmas serves.
#include "CliUtil.h"
#include "Command.h"
#include "core/Project.h"
#include "io/WorkingAreaImporter.h"
#include <QCoreApplication>

namespace ps::cli {

static QString tr(const char* s) { return QCoreApplication::translate("cli", s); }

int cmdImportWorkingAreas(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Mengimpor wilayah kerja puskesmas (CSV/XLSX): kolom puskesmas dan desa (kode_desa, atau "
                                   "desa dengan kecamatan), satu baris per desa. Data indikator per puskesmas lalu dijumlah "
                                   "per kecamatan wilayah kerjanya (impor ulang indikatornya sesudah ini)."));
    p.addPositionalArgument(QStringLiteral("proyek"), tr("berkas proyek"));
    p.addPositionalArgument(QStringLiteral("berkas"), tr("berkas CSV, XLSX atau ODS"));
    parseOrExit(p, QStringLiteral("import wilayah-kerja"), args, 2, 2);
    auto project = Project::open(p.positionalArguments().at(0));
    const io::WorkingAreaReport r = io::importWorkingAreas(*project, p.positionalArguments().at(1));
    out() << tr("Wilayah kerja diimpor: %1 puskesmas, %2 desa\n").arg(r.puskesmas).arg(r.desa);
    return 0;
}

} // namespace ps::cli
