// `petasehat serve`: the office map service (WMS, tiles, JSON API, web viewer).
#include "CliSource.h"
#include "CliUtil.h"
#include "Command.h"
#include "ProgressBar.h"
#include "core/Error.h"
#include "core/Project.h"
#include "server/HttpServer.h"
#include "server/Users.h"
#include <QCoreApplication>
#include <QFileInfo>
#include <memory>
#ifdef PETASEHAT_WITH_PG
#include "pg/PgMirror.h"
#endif

namespace ps::cli {

static QString tr(const char* s) { return QCoreApplication::translate("cli", s); }

// `serve PG:...`: the database through its local mirror (pg/PgMirror.h), copied or brought
// up to date here with a progress bar; the server then asks the database about once a
// second for a new data version (Service: tiles of the changed districts dropped, 503 while
// the database cannot be reached). Returns the mirror's file.
static QString followDatabase(const QString& source, const QString& mirrorDir, server::ServerConfig& c)
{
#ifdef PETASEHAT_WITH_PG
    auto mirror = std::make_shared<pg::Mirror>(source, QString(), mirrorDir);
    pg::MirrorRefresh first;
    {
        ProgressBar bar(tr("Menyalin dari PostGIS ke cermin lokal"));
        first = mirror->refresh(&bar.progress());
    }
    err() << tr("cermin lokal versi data %1: %2\n").arg(first.version).arg(mirror->path());
    err().flush();
    c.refresh = [mirror] {
        const pg::MirrorRefresh r = mirror->refresh();
        return server::SourceRefresh{r.version, r.previousVersion, r.changedDistricts};
    };
    return mirror->path();
#else
    Q_UNUSED(source);
    Q_UNUSED(mirrorDir);
    Q_UNUSED(c);
    throw Error(tr("petasehat ini dibangun tanpa libpq (PostGIS); pasang dengan scripts/setup.sh --with-postgis lalu bangun ulang"));
#endif
}

int cmdServe(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Menyajikan proyek sebagai layanan peta kantor: WMS 1.3.0 (QGIS, GDAL), ubin XYZ, "
                                   "API JSON dan penampil web di http://ALAMAT:PORTA/."));
    p.addPositionalArgument(QStringLiteral("proyek"), tr("berkas proyek (dibuka hanya-baca), atau \"PG:host=… dbname=… user=…\": "
                                                         "semua kabupaten/kota yang diterbitkan ke basis data provinsi"));
    p.addOption({QStringLiteral("port"), tr("porta TCP (bawaan 8080; 0 = porta bebas mana pun)"), QStringLiteral("N"), QStringLiteral("8080")});
    p.addOption({QStringLiteral("bind"), tr("alamat yang didengarkan (bawaan 127.0.0.1: hanya komputer ini)"), QStringLiteral("ALAMAT"),
                 QStringLiteral("127.0.0.1")});
    p.addOption({QStringLiteral("threads"), tr("jumlah utas penggambar (bawaan: jumlah inti)"), QStringLiteral("N"), QStringLiteral("0")});
    p.addOption({QStringLiteral("cors"), tr("izinkan asal (origin) ini memanggil API dari peramban lain"), QStringLiteral("ORIGIN")});
    p.addOption({QStringLiteral("cache-dir"), tr("folder cache ubin di disk (bawaan: hanya memori)"), QStringLiteral("FOLDER")});
    p.addOption({QStringLiteral("edits"), tr("mengaktifkan koreksi lokasi fasilitas oleh pengguna bernama (lihat 'petasehat users')")});
    p.addOption({QStringLiteral("access-log"), tr("log akses (format log umum, dirotasi per 10 MB; bawaan: PROYEK.access.log)"),
                 QStringLiteral("BERKAS")});
    p.addOption({QStringLiteral("no-access-log"), tr("tanpa log akses")});
    p.addOption({QStringLiteral("mirror-dir"), tr("PG: folder cermin lokal basis data (bawaan ~/.cache/petasehat/pg; "
                                                  "proses server di satu komputer boleh berbagi)"),
                 QStringLiteral("FOLDER")});
    p.addOption({QStringLiteral("max-connections"), tr("koneksi terbuka paling banyak (bawaan 1000, di bawah batas deskriptor)"),
                 QStringLiteral("N"), QStringLiteral("1000")});
    p.addOption({QStringLiteral("max-per-client"), tr("koneksi terbuka paling banyak per alamat klien (bawaan 64)"), QStringLiteral("N"),
                 QStringLiteral("64")});
    parseOrExit(p, QStringLiteral("serve"), args, 1, 1);

    server::ServerConfig c;
    const QString source = p.positionalArguments().at(0);
    const bool pg = isPgArgument(source);
    if (pg && p.isSet(QStringLiteral("edits")))
        throw Error(tr("--edits tidak berlaku untuk PG:; koreksi dibuat di proyek kabupaten lalu diterbitkan (petasehat publish)"));
    if (pg) {
        c.projectPath = followDatabase(source, p.value(QStringLiteral("mirror-dir")), c);
    } else {
        c.projectPath = QFileInfo(source).absoluteFilePath();
        if (!QFileInfo::exists(c.projectPath))
            throw Error(c.projectPath, tr("berkas proyek tidak ada"));
        // Fails early, with a clear message, on a bad file; brings an older schema up to date
        // (the server itself then opens the file read-only).
        // A file we may not write is served as it is.
        try {
            Project::open(c.projectPath, false);
        } catch (const Error&) {
            Project::open(c.projectPath, true);
        }
    }
    bool ok = false;
    const int port = p.value(QStringLiteral("port")).toInt(&ok);
    if (!ok || port < 0 || port > 65535)
        throw Error(tr("--port harus 0–65535, bukan %1").arg(p.value(QStringLiteral("port"))));
    c.port = static_cast<quint16>(port);
    if (!c.address.setAddress(p.value(QStringLiteral("bind"))))
        throw Error(tr("--bind bukan alamat IP: %1").arg(p.value(QStringLiteral("bind"))));
    c.threads = p.value(QStringLiteral("threads")).toInt(&ok);
    if (!ok || c.threads < 0 || c.threads > 256)
        throw Error(tr("--threads harus 0–256"));
    c.corsOrigin = p.value(QStringLiteral("cors"));
    c.cacheDir = p.value(QStringLiteral("cache-dir"));
    c.edits = p.isSet(QStringLiteral("edits"));
    if (c.edits && server::userNames(*Project::open(c.projectPath, true)).isEmpty())
        err() << tr("Perhatian: --edits tanpa pengguna; tambahkan dengan: petasehat users %1 add NAMA\n").arg(c.projectPath);
    // PG: no log by default: several processes may share one mirror folder (the load balancer logs).
    if (!p.isSet(QStringLiteral("no-access-log")) && (!pg || p.isSet(QStringLiteral("access-log"))))
        c.accessLog = p.isSet(QStringLiteral("access-log")) ? QFileInfo(p.value(QStringLiteral("access-log"))).absoluteFilePath()
                                                          : c.projectPath + QStringLiteral(".access.log");
    c.maxConnections = p.value(QStringLiteral("max-connections")).toInt(&ok);
    if (!ok || c.maxConnections < 1)
        throw Error(tr("--max-connections harus bilangan bulat ≥ 1"));
    c.maxConnectionsPerClient = p.value(QStringLiteral("max-per-client")).toInt(&ok);
    if (!ok || c.maxConnectionsPerClient < 1)
        throw Error(tr("--max-per-client harus bilangan bulat ≥ 1"));

    server::RunningServer srv(c);
    out() << tr("PetaSehat melayani %1\n  penampil: %2/\n  WMS:      %2/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetCapabilities\n"
                "  ubin:     %2/tiles/LAPISAN/{z}/{x}/{y}.png\nTekan Ctrl+C untuk berhenti.\n")
                 .arg(pg ? source : c.projectPath, QStringLiteral("http://%1:%2").arg(c.address.toString()).arg(srv.port()));
    if (c.address != QHostAddress(QHostAddress::LocalHost) && c.address != QHostAddress(QHostAddress::LocalHostIPv6))
        out() << tr("Perhatian: layanan terbuka untuk jaringan di %1.\n").arg(c.address.toString());
    out().flush();
    // Runs until Ctrl+C: the project is opened read-only, so stopping at any moment is safe.
    return QCoreApplication::exec();
}

} // namespace ps::cli
