#include "Paths.h"
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace ps {

static QString findDir(const char* envVar, const QString& installedName, const QString& sourceDir)
{
    const QString env = qEnvironmentVariable(envVar);
    if (!env.isEmpty() && QFileInfo(env).isDir())
        return env;
    // Installed: bin/petasehat and libexec/petasehat/petasehat-tools both read share/petasehat.
    if (QCoreApplication::instance())
        for (const char* up : {"/../share/petasehat/", "/../../share/petasehat/"}) {
            const QString installed = QCoreApplication::applicationDirPath() + QLatin1String(up) + installedName;
            if (QFileInfo(installed).isDir())
                return QDir(installed).absolutePath();
        }
    return sourceDir;
}

QString dataDir()
{
    return findDir("PETASEHAT_DATA_DIR", QStringLiteral("data"), QStringLiteral(PETASEHAT_SOURCE_DATA_DIR));
}

QString mapsDir()
{
    return findDir("PETASEHAT_MAPS_DIR", QStringLiteral("maps"), QStringLiteral(PETASEHAT_SOURCE_MAPS_DIR));
}

QString sharedDataDir()
{
    const QString env = qEnvironmentVariable("PETASEHAT_SHARED_DATA");
    const QString dir = env.isEmpty() ? QStringLiteral(PETASEHAT_SHARED_DATA_DIR) : env;
    return QFileInfo(dir + QStringLiteral("/README.md")).exists() ? dir : QString();
}

} // namespace ps
