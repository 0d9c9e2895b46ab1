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
#include "core/Paths.h"
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <cmath>
#include <csignal>
#include <grp.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

const QString kCorpus = QStringLiteral(PETASEHAT_CORPUS_DIR);
[[maybe_unused]] constexpr uid_t kNobody = 65534;   // used by the CLI runs only

#ifdef PETASEHAT_CLI
// Runs the CLI (`program`, else the build's) with `setup` applied in the child between fork
// and exec; code -1 and the reason in err when it could not be started.
pstest::CliRun runCli(const QStringList& args, const std::function<void()>& setup,
                      const QString& program = QStringLiteral(PETASEHAT_CLI), const QProcessEnvironment& env = {})
{
    QProcess p;
    p.setProgram(program);
    p.setArguments(args);
    p.setChildProcessModifier(setup);
    if (!env.isEmpty())
        p.setProcessEnvironment(env);
    p.start();
    if (!p.waitForStarted(120000))
        return {-1, QString(), p.errorString()};
    EXPECT_TRUE(p.waitForFinished(120000));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// The CLI for another user, in a folder `nobody` can reach: the build may live under a
// 0700 folder (a clone in `mktemp -d`), where nobody cannot even reach the binary. The
// front and the tools binary it hands over to (../libexec/petasehat/petasehat-tools
// beside it) keep their layout; the data files and the test's input come along.
struct ReachableCli {
    QString program, input;   // the front; base_indikator.csv
    QProcessEnvironment env;  // PETASEHAT_DATA_DIR: the copied data files
    QString error;            // why it could not be set up
};

bool copyTo(const QString& from, const QString& to)
{
    QFile::remove(to);
    return QDir().mkpath(QFileInfo(to).path()) && QFile::copy(from, to) &&
           QFile::setPermissions(to, QFile::permissions(from) | QFile::ReadOther | QFile::ReadGroup);
}

ReachableCli reachableCli(const QString& folder)
{
    ReachableCli out;
    const QString front = QStringLiteral(PETASEHAT_CLI);
    const QString tools = QFileInfo(front).path() + QStringLiteral("/../libexec/petasehat/petasehat-tools");
    out.program = folder + QStringLiteral("/bin/petasehat");
    out.input = folder + QStringLiteral("/base_indikator.csv");
    const QString data = folder + QStringLiteral("/data");
    const QStringList dataFiles = QDir(ps::dataDir()).entryList({QStringLiteral("*.json")}, QDir::Files);
    bool ok = copyTo(front, out.program) && copyTo(tools, folder + QStringLiteral("/libexec/petasehat/petasehat-tools")) &&
              copyTo(kCorpus + QStringLiteral("/base_indikator.csv"), out.input) && !dataFiles.isEmpty();
    for (const QString& f : dataFiles)
        ok = ok && copyTo(ps::dataDir() + QLatin1Char('/') + f, data + QLatin1Char('/') + f);
    // Reachable whatever the umask made of the folders.
    for (const QString& d : {folder, folder + QStringLiteral("/bin"), folder + QStringLiteral("/libexec"),
                             folder + QStringLiteral("/libexec/petasehat"), data})
        ok = ok && ::chmod(QFile::encodeName(d).constData(), 0755) == 0;
    if (!ok)
        out.error = QStringLiteral("cannot copy petasehat, %1 and the data files to %2").arg(tools, folder);
    out.env = QProcessEnvironment::systemEnvironment();
    out.env.insert(QStringLiteral("PETASEHAT_DATA_DIR"), data);
    return out;
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
    // The unprivileged CLI must be able to reach its binaries, its input and the temporary folder.
    ::chmod(QFile::encodeName(dir.path()).constData(), 0755);
    const ReachableCli cli = reachableCli(dir.filePath("cli"));
    ASSERT_TRUE(cli.error.isEmpty()) << cli.error.toStdString();
    const auto run = [&](const QStringList& args) { return runCli(args, unprivileged(), cli.program, cli.env); };
    const pstest::CliRun probe = run({"--help"});   // the front hands it over to the tools binary
    if (probe.code != 0)
        GTEST_SKIP() << "cannot run petasehat as user nobody from " << dir.path().toStdString() << " (exit " << probe.code
                     << ": " << output(probe).trimmed().toStdString()
                     << "); is the temporary folder (TMPDIR) itself under a folder nobody cannot enter? "
                        "Read-only situations are not tested";

    const QString ro = dir.filePath("hanya_baca");
    ASSERT_TRUE(QDir().mkpath(ro));
    const QString inRo = ro + QStringLiteral("/proyek.sqlite");
    ASSERT_TRUE(QFile::copy(project, inRo));
    ::chmod(QFile::encodeName(inRo).constData(), 0644);
    const QByteArray before = bytesOf(inRo);

    // A read-only folder: init, an import, and even info (SQLite needs -wal/-shm beside the file).
    ::chmod(QFile::encodeName(ro).constData(), 0555);
    const pstest::CliRun init = run({"init", ro + QStringLiteral("/baru.sqlite")});
    EXPECT_NE(init.code, 0);
    EXPECT_TRUE(output(init).contains(QStringLiteral("hanya-baca"))) << output(init).toStdString();
    EXPECT_FALSE(QFile::exists(ro + QStringLiteral("/baru.sqlite")));
    for (const QStringList& args : {QStringList{"import", "indicators", inRo, cli.input},
                                    QStringList{"info", inRo}}) {
        const pstest::CliRun r = run(args);
        EXPECT_NE(r.code, 0) << args.join(' ').toStdString();
        EXPECT_TRUE(output(r).contains(QStringLiteral("hanya-baca"))) << args.join(' ').toStdString() << "\n"
                                                                       << output(r).toStdString();
        EXPECT_FALSE(output(r).contains(QStringLiteral("bukan berkas proyek"))) << output(r).toStdString();
    }
    EXPECT_EQ(bytesOf(inRo), before);

    // A read-only file in a writable folder: refused before any work, the file untouched.
    ::chmod(QFile::encodeName(ro).constData(), 0777);
    ::chmod(QFile::encodeName(inRo).constData(), 0444);
    const pstest::CliRun r = run({"import", "indicators", inRo, cli.input});
    EXPECT_NE(r.code, 0);
    EXPECT_TRUE(output(r).contains(QStringLiteral("hanya-baca"))) << output(r).toStdString();
    EXPECT_EQ(bytesOf(inRo), before);
    const QStringList left = QDir(ro).entryList(QDir::Files);
    EXPECT_EQ(left, QStringList{QStringLiteral("proyek.sqlite")}) << left.join(' ').toStdString();
    ::chmod(QFile::encodeName(ro).constData(), 0755);
#endif
}
