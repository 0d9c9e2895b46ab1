// Read-only projects and a full disk, tested with the real `petasehat` binary:
// the message names the situation, the project stays byte-for-byte as it was
// and a failed `init` leaves no file behind.
//
// A full disk is a file-size limit (RLIMIT_FSIZE, SIGXFSZ ignored) in the child:
// writes fail with EFBIG as they would with ENOSPC. Read-only is a folder or
// file the CLI cannot write: chmod, and when the tests run as root (where
// chmod is ignored) the CLI runs as the unprivileged user nobody.
#include "CliRun.h"
#include "Fixtures.h"
#include "TestSupport.h"
#include <QDir>
#include <QFile>
#include <QProcess>
#include <cmath>
#include <csignal>
#include <grp.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

const QString kCorpus = QStringLiteral(PETASEHAT_CORPUS_DIR);
constexpr uid_t kNobody = 65534;

#ifdef PETASEHAT_CLI
// Runs the CLI with `setup` applied in the child between fork and exec.
pstest::CliRun runCli(const QStringList& args, const std::function<void()>& setup)
{
    QProcess p;
    p.setProgram(QStringLiteral(PETASEHAT_CLI));
    p.setArguments(args);
    p.setChildProcessModifier(setup);
    p.start();
    EXPECT_TRUE(p.waitForFinished(120000));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// Every file the CLI may write is at most `bytes` long: the disk is full.
std::function<void()> diskFull(rlim_t bytes)
{
    return [bytes] {
        ::signal(SIGXFSZ, SIG_IGN); // a write past the limit fails with EFBIG instead of killing the process
        const rlimit lim{bytes, bytes};
        ::setrlimit(RLIMIT_FSIZE, &lim);
    };
}

// The CLI as a user without write permission: as root, chmod is no obstacle, so become nobody.
std::function<void()> unprivileged()
{
    return [] {
        if (::geteuid() != 0)
            return;
        ::setgroups(0, nullptr);
        if (::setgid(kNobody) != 0 || ::setuid(kNobody) != 0)
            ::_exit(97);
    };
}

QByteArray bytesOf(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A small project: two kecamatan boundaries.
QString makeProject(const QString& path)
{
    EXPECT_EQ(iotest::petasehat({"init", path}).code, 0);
    const pstest::CliRun r = iotest::petasehat({"import", "boundaries", path, kCorpus + "/base_batas.geojson"});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    return path;
}

QString output(const pstest::CliRun& r) { return r.out + r.err; }

// Ninety kecamatan of 400 vertices each (~1 MB of geometry): an import that must
// write far more than one WAL frame, so a limit past the -shm fails mid-import.
QString manyKecamatan(const QString& path)
{
    std::vector<iotest::Feature> features;
    for (int k = 10; k < 100; ++k) {
        const double cx = 105.2 + 0.02 * (k % 10), cy = -2.9 + 0.02 * (k / 10);
        QStringList ring;
        for (int i = 0; i <= 400; ++i) {
            const double a = 2 * M_PI * (i % 400) / 400.0;
            ring << QStringLiteral("%1 %2").arg(cx + 0.009 * std::cos(a), 0, 'f', 7).arg(cy + 0.009 * std::sin(a), 0, 'f', 7);
        }
        features.push_back({QStringLiteral("16.07.%1").arg(k), QStringLiteral("Kec %1").arg(k),
                            QStringLiteral("POLYGON((%1))").arg(ring.join(QLatin1Char(',')))});
    }
    iotest::writeVector(path, "GeoJSON", QStringLiteral("kecamatan"), 4326, features);
    return path;
}
#endif

} // namespace

TEST(DiskSafety, AFullDiskIsNamedAndLeavesNothingBehind)
{
#ifndef PETASEHAT_CLI
    GTEST_SKIP() << "petasehat is not part of this build";
#else
    QTemporaryDir dir;
    // init: no room for even the first page; no stub left to block the next init.
    const QString fresh = dir.filePath("baru.sqlite");
    const pstest::CliRun init = runCli({"init", fresh}, diskFull(0));
    EXPECT_NE(init.code, 0);
    EXPECT_TRUE(output(init).contains(QStringLiteral("disk penuh"))) << output(init).toStdString();
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        EXPECT_FALSE(QFile::exists(fresh + QLatin1String(suffix))) << suffix;
    EXPECT_EQ(iotest::petasehat({"init", fresh}).code, 0) << "a second init after the failed one";

    // Imports on a full disk: named, and the project file is byte-identical afterwards.
    const QString project = makeProject(dir.filePath("proyek.sqlite"));
    const QByteArray before = bytesOf(project);
    ASSERT_FALSE(before.isEmpty());
    const QString big = manyKecamatan(dir.filePath("kecamatan.geojson"));
    // 0 and 4 KB: SQLite cannot even set up its -shm; 40 KB: the -shm (32 KB) fits, the WAL fills mid-import.
    for (const rlim_t limit : {rlim_t(0), rlim_t(4096), rlim_t(40 * 1024)}) {
        SCOPED_TRACE(limit);
        for (const QStringList& args :
             {QStringList{"import", "indicators", project, kCorpus + "/base_indikator.csv"},
              QStringList{"import", "population", project, kCorpus + "/pop_baik.tif"},
              QStringList{"import", "boundaries", project, big}}) {
            if (limit > 4096 && !args.contains(big))
                continue; // small imports may fit in 40 KB of WAL
            const pstest::CliRun r = runCli(args, diskFull(limit));
            EXPECT_NE(r.code, 0) << args.join(' ').toStdString() << "\n" << output(r).toStdString();
            EXPECT_TRUE(output(r).contains(QStringLiteral("disk penuh"))) << args.join(' ').toStdString() << "\n"
                                                                          << output(r).toStdString();
            EXPECT_EQ(bytesOf(project), before) << args.join(' ').toStdString();
        }
    }
    // Still a good project once there is room again.
    const pstest::CliRun info = iotest::petasehat({"info", project});
    EXPECT_EQ(info.code, 0) << output(info).toStdString();
    EXPECT_EQ(iotest::petasehat({"import", "indicators", project, kCorpus + "/base_indikator.csv"}).code, 0);
#endif
}

TEST(DiskSafety, ReadOnlyFoldersAndFilesAreNamedAndLeftAlone)
{
#ifndef PETASEHAT_CLI
    GTEST_SKIP() << "petasehat is not part of this build";
#else
    QTemporaryDir dir;
    const QString project = makeProject(dir.filePath("proyek.sqlite"));
    // The unprivileged CLI must be able to reach the build and the temporary folder.
    ::chmod(QFile::encodeName(dir.path()).constData(), 0755);
    const pstest::CliRun probe = runCli({"--help"}, unprivileged());
    if (probe.code != 0)
        GTEST_SKIP() << "cannot run petasehat as an unprivileged user here (exit " << probe.code
                     << "); read-only situations are not tested";

    const QString ro = dir.filePath("hanya_baca");
    ASSERT_TRUE(QDir().mkpath(ro));
    const QString inRo = ro + QStringLiteral("/proyek.sqlite");
    ASSERT_TRUE(QFile::copy(project, inRo));
    ::chmod(QFile::encodeName(inRo).constData(), 0644);
    const QByteArray before = bytesOf(inRo);

    // A read-only folder: init, an import, and even info (SQLite needs -wal/-shm beside the file).
    ::chmod(QFile::encodeName(ro).constData(), 0555);
    const pstest::CliRun init = runCli({"init", ro + QStringLiteral("/baru.sqlite")}, unprivileged());
    EXPECT_NE(init.code, 0);
    EXPECT_TRUE(output(init).contains(QStringLiteral("hanya-baca"))) << output(init).toStdString();
    EXPECT_FALSE(QFile::exists(ro + QStringLiteral("/baru.sqlite")));
    for (const QStringList& args : {QStringList{"import", "indicators", inRo, kCorpus + "/base_indikator.csv"},
                                    QStringList{"info", inRo}}) {
        const pstest::CliRun r = runCli(args, unprivileged());
        EXPECT_NE(r.code, 0) << args.join(' ').toStdString();
        EXPECT_TRUE(output(r).contains(QStringLiteral("hanya-baca"))) << args.join(' ').toStdString() << "\n"
                                                                       << output(r).toStdString();
        EXPECT_FALSE(output(r).contains(QStringLiteral("bukan berkas proyek"))) << output(r).toStdString();
    }
    EXPECT_EQ(bytesOf(inRo), before);

    // A read-only file in a writable folder: refused before any work, the file untouched.
    ::chmod(QFile::encodeName(ro).constData(), 0777);
    ::chmod(QFile::encodeName(inRo).constData(), 0444);
    const pstest::CliRun r = runCli({"import", "indicators", inRo, kCorpus + "/base_indikator.csv"}, unprivileged());
    EXPECT_NE(r.code, 0);
    EXPECT_TRUE(output(r).contains(QStringLiteral("hanya-baca"))) << output(r).toStdString();
    EXPECT_EQ(bytesOf(inRo), before);
    const QStringList left = QDir(ro).entryList(QDir::Files);
    EXPECT_EQ(left, QStringList{QStringLiteral("proyek.sqlite")}) << left.join(' ').toStdString();
    ::chmod(QFile::encodeName(ro).constData(), 0755);
#endif
}
