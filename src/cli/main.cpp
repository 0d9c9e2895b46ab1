#include "Command.h"
#include "core/Error.h"
#include "core/Gdal.h"
#include "core/Locale.h"
#include <QGuiApplication>
#include <cerrno>
#include <cstdio>
#include <climits>
#include <cstring>
#include <string>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace ps::cli;

namespace ps::cli {
QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}
QTextStream& err()
{
    static QTextStream s(stderr);
    return s;
}
} // namespace ps::cli

static void usage()
{
    out() << QCoreApplication::translate("cli", "PetaSehat %1 - peta kesehatan untuk Dinas Kesehatan\n\n"
                                                "Pemakaian: petasehat [--lang id|en] PERINTAH [opsi...]\n\nPerintah:\n")
                 .arg(QCoreApplication::applicationVersion());
    int n = 0;
    const Command* all = commands(&n);
    for (int i = 0; i < n; ++i)
        out() << "  " << QString::fromLatin1(all[i].name).leftJustified(22)
              << QCoreApplication::translate("cli", all[i].summaryId) << "\n";
    out() << QCoreApplication::translate("cli", "\n'petasehat PERINTAH --help' menjelaskan opsi tiap perintah.\n");
}

#ifdef PETASEHAT_FRONT
// The command word: the first argument that is not --lang or its value.
static const char* commandWord(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--lang") == 0) {
            ++i;
            continue;
        }
        if (std::strncmp(argv[i], "--lang=", 7) != 0)
            return argv[i];
    }
    return nullptr;
}

// `render PG:...`: the PostGIS mirror (pg/PgMirror) lives in petasehat-tools.
static bool readsPostgis(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i)
        if (strncasecmp(argv[i], "PG:", 3) == 0)
            return true;
    return false;
}

// Becomes petasehat-tools (beside us in ../libexec/petasehat) with the same
// arguments; returns only when that fails. Done before Qt starts: a command
// handed over pays for no QGuiApplication here.
static int handOver(char** argv)
{
    char self[PATH_MAX];
    const ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    std::string tools = n > 0 ? std::string(self, static_cast<size_t>(n)) : std::string(argv[0]);
    tools = tools.substr(0, tools.rfind('/') + 1) + PETASEHAT_TOOLS_RELATIVE;
    execv(tools.c_str(), argv);
    std::fprintf(stderr, "petasehat: %s: %s\n", tools.c_str(), std::strerror(errno));
    return 127;
}
#endif

int main(int argc, char** argv)
{
#ifdef PETASEHAT_FRONT
    // Only `render` runs in this process (see src/cli/CMakeLists.txt).
    if (const char* command = commandWord(argc, argv); !command || std::strcmp(command, "render") != 0
        || readsPostgis(argc, argv))
        return handOver(argv);
#endif
    // Rendering needs QtGui (fonts, QImage); the offscreen platform needs no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        // Qt warns on every start without one (root shells, CI); give it a private one.
        const QByteArray dir = "/tmp/runtime-" + QByteArray::number(getuid());
        mkdir(dir.constData(), 0700);
        qputenv("XDG_RUNTIME_DIR", dir);
    }
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("petasehat"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PETASEHAT_VERSION));
    QStringList args = app.arguments().mid(1);
    QString lang = qEnvironmentVariable("PETASEHAT_LANG", QStringLiteral("id"));
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--lang") && i + 1 < args.size()) {
            lang = args[i + 1];
            args.remove(i, 2);
            break;
        }
        if (args[i].startsWith(QLatin1String("--lang="))) {
            lang = args[i].mid(7);
            args.remove(i);
            break;
        }
    }
    if (!lang.startsWith(QLatin1String("id"), Qt::CaseInsensitive) && !lang.startsWith(QLatin1String("en"), Qt::CaseInsensitive)) {
        err() << QCoreApplication::translate("cli", "Galat: bahasa tidak dikenal: %1 (id atau en)\n").arg(lang);
        return 1;
    }
    ps::setLanguage(lang);

    if (args.isEmpty() || args[0] == QLatin1String("--help") || args[0] == QLatin1String("-h") ||
        args[0] == QLatin1String("help")) {
        usage();
        return args.isEmpty() ? 1 : 0;
    }
    if (args[0] == QLatin1String("--version")) {
        out() << "petasehat " << QCoreApplication::applicationVersion() << "\n";
        return 0;
    }
    // GDAL's drivers are registered only for commands that read or write files
    // through GDAL: `render` reads the project with SQLite and writes with Qt,
    // and registering some 200 drivers is a fair part of its start-up.
#ifndef PETASEHAT_FRONT
    if (args[0] != QLatin1String("render"))
        ps::initGdal();
#endif
    int n = 0;
    const Command* all = commands(&n);
    for (int i = 0; i < n; ++i) {
        if (args[0] != QLatin1String(all[i].name))
            continue;
        try {
#ifdef PETASEHAT_FRONT
            // The map is written (QSaveFile committed) and the project closed when
            // run() returns: leave without tearing down Qt and the libraries.
            const int rc = all[i].run(args.mid(1));
            out().flush();
            err().flush();
            std::fflush(nullptr);
            _exit(rc);
#else
            return all[i].run(args.mid(1));
#endif
        } catch (const ps::Cancelled&) {
            err() << QCoreApplication::translate("cli", "Dibatalkan; proyek tidak diubah.\n");
            return 130;
        } catch (const ps::Error& e) {
            err() << QCoreApplication::translate("cli", "Galat: ") << e.message() << "\n";
            return 1;
        } catch (const std::exception& e) {
            err() << QCoreApplication::translate("cli", "Galat: ") << QString::fromUtf8(e.what()) << "\n";
            return 1;
        }
    }
    err() << QCoreApplication::translate("cli", "Perintah tidak dikenal: %1\n").arg(args[0]);
    usage();
    return 1;
}
