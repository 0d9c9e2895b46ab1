// `petasehat facility list|fix`: look at the facilities of a project and fix the ones not placed.
#include "CliUtil.h"
#include "Command.h"
#include "core/Error.h"
#include "core/Locale.h"
#include "core/Project.h"
#include "geocode/CoordinateParser.h"
#include "geocode/FacilityFix.h"
#include <QCoreApplication>

namespace ps::cli {

static QString tr(const char* s) { return QCoreApplication::translate("cli", s); }

static int facilityList(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Daftar fasilitas proyek dengan status penempatannya."));
    p.addPositionalArgument(QStringLiteral("proyek"), tr("berkas proyek"));
    const QCommandLineOption status("status", tr("hanya status ini (dipisah koma), mis. ambiguous,unmatched,rejected"),
                                    tr("status"));
    const QCommandLineOption type({"type", "jenis"}, tr("hanya jenis ini"), tr("jenis"));
    p.addOption(status);
    p.addOption(type);
    parseOrExit(p, QStringLiteral("facility list"), args, 1, 1);
    auto project = Project::open(p.positionalArguments().at(0), true);
    std::optional<FacilityType> t;
    if (p.isSet(type)) {
        t = facilityTypeFromName(p.value(type));
        if (!t) {
            err() << tr("Galat: jenis fasilitas tidak dikenal: %1\n").arg(p.value(type));
            return 1;
        }
    }
    const QStringList wanted = p.value(status).split(QLatin1Char(','), Qt::SkipEmptyParts);
    int n = 0;
    for (const Facility& f : project->facilities(t)) {
        if (!wanted.isEmpty() && !wanted.contains(f.status))
            continue;
        ++n;
        const QString where = f.lat && f.lon ? QStringLiteral("%1; %2").arg(formatNumber(*f.lat, 6), formatNumber(*f.lon, 6))
                                             : tr("(tanpa titik)");
        out() << QString::number(f.id).rightJustified(6) << "  " << facilityTypeName(f.type).leftJustified(10) << " "
              << f.code.leftJustified(12) << " " << f.name.left(30).leftJustified(30) << " " << f.status.leftJustified(10)
              << " " << f.desaCode.leftJustified(13) << " " << where << "\n";
        if (!f.note.isEmpty() && f.status != FacilityStatus::Exact)
            out() << "        " << f.note << "\n";
    }
    out() << tr("%1 fasilitas\n").arg(n);
    return 0;
}

static int facilityFix(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Memperbaiki satu fasilitas: tetapkan desanya (titik ditempatkan di dalam desa) "
                                   "atau koordinatnya. Status menjadi 'manual', dengan nama pengubah dan waktunya."));
    p.addPositionalArgument(QStringLiteral("proyek"), tr("berkas proyek"));
    p.addPositionalArgument(QStringLiteral("id"), tr("nomor fasilitas (lihat 'petasehat facility list')"));
    const QCommandLineOption desa("desa", tr("kode desa/kelurahan, mis. 16.07.01.2001"), tr("kode"));
    const QCommandLineOption lat("lat", tr("lintang (desimal atau derajat-menit-detik)"), tr("lintang"));
    const QCommandLineOption lon("lon", tr("bujur"), tr("bujur"));
    const QCommandLineOption by({"oleh", "by"}, tr("nama yang mengubah (bawaan: pengguna sistem)"), tr("nama"));
    for (const auto* o : {&desa, &lat, &lon, &by})
        p.addOption(*o);
    parseOrExit(p, QStringLiteral("facility fix"), args, 2, 2);
    bool ok = false;
    const qint64 id = p.positionalArguments().at(1).toLongLong(&ok);
    if (!ok) {
        err() << tr("Galat: id harus angka: %1\n").arg(p.positionalArguments().at(1));
        return 1;
    }
    geocode::FacilityFix fix;
    fix.desaCode = p.value(desa);
    fix.by = p.value(by);
    if (p.isSet(lat) || p.isSet(lon)) {
        const geocode::ParsedCoordinate c = geocode::parseCoordinates(p.value(lat), p.value(lon));
        if (!c.ok()) {
            err() << tr("Galat: koordinat tidak terbaca: %1\n").arg(c.problem);
            return 1;
        }
        fix.lat = c.lat;
        fix.lon = c.lon;
    }
    auto project = Project::open(p.positionalArguments().at(0));
    const Facility f = geocode::fixFacility(*project, id, fix);
    out() << tr("Fasilitas %1 (%2) diperbaiki: desa %3, titik %4; %5 (lintang; bujur). %6\n")
                 .arg(f.id)
                 .arg(f.name, f.desaCode.isEmpty() ? tr("(tidak diketahui)") : f.desaCode,
                      formatNumber(f.lat.value_or(0), 6), formatNumber(f.lon.value_or(0), 6), f.note);
    return 0;
}

int cmdFacility(const QStringList& args)
{
    if (!args.isEmpty() && args[0] == QLatin1String("list"))
        return facilityList(args.mid(1));
    if (!args.isEmpty() && args[0] == QLatin1String("fix"))
        return facilityFix(args.mid(1));
    const bool asked = !args.isEmpty() && (args[0] == QLatin1String("--help") || args[0] == QLatin1String("-h"));
    (asked ? out() : err()) << tr("Pemakaian: petasehat facility list PROYEK [--status S] | "
                                  "petasehat facility fix PROYEK ID (--desa KODE | --lat LINTANG --lon BUJUR) [--oleh NAMA]\n");
    return asked ? 0 : 1;
}

} // namespace ps::cli
