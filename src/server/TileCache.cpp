#include "TileCache.h"
#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace ps::server {

TileCache::TileCache(const QString& dir, qint64 memoryBytes) : m_dir(dir)
{
    m_memory.setMaxCost(static_cast<qsizetype>(std::max<qint64>(1, memoryBytes / 1024)));
}

std::optional<QByteArray> TileCache::memory(const QString& version, const QString& key)
{
    QMutexLocker lock(&m_mutex);
    if (QByteArray* png = m_memory.object(version + QLatin1Char('/') + key)) {
        ++m_hits;
        return *png;
    }
    return std::nullopt;
}

QString TileCache::diskPath(const QString& version, const QString& key) const
{
    // Keys are built by the server from validated parts (layer names, integers).
    return m_dir + QStringLiteral("/v-") + version + QLatin1Char('/') + key;
}

std::optional<QByteArray> TileCache::get(const QString& version, const QString& key)
{
    if (auto png = memory(version, key))
        return png;
    if (!m_dir.isEmpty()) {
        QFile f(diskPath(version, key));
        if (f.open(QIODevice::ReadOnly)) {
            const QByteArray png = f.readAll();
            QMutexLocker lock(&m_mutex);
            m_memory.insert(version + QLatin1Char('/') + key, new QByteArray(png), std::max<qsizetype>(1, png.size() / 1024));
            ++m_hits;
            return png;
        }
    }
    ++m_misses;
    return std::nullopt;
}

void TileCache::dropOldVersions(const QString& version)
{
    QDir dir(m_dir);
    for (const QString& name : dir.entryList({QStringLiteral("v-*")}, QDir::Dirs | QDir::NoDotAndDotDot))
        if (name != QStringLiteral("v-") + version)
            QDir(dir.filePath(name)).removeRecursively();
}

void TileCache::put(const QString& version, const QString& key, const QByteArray& png)
{
    {
        QMutexLocker lock(&m_mutex);
        m_memory.insert(version + QLatin1Char('/') + key, new QByteArray(png), std::max<qsizetype>(1, png.size() / 1024));
        if (m_dir.isEmpty())
            return;
        if (m_diskVersion != version) {
            m_diskVersion = version;
            dropOldVersions(version);
        }
    }
    const QString path = diskPath(version, key);
    QDir().mkpath(path.section(QLatin1Char('/'), 0, -2));
    QSaveFile f(path);
    if (f.open(QIODevice::WriteOnly)) {
        f.write(png);
        f.commit();
    }
}

} // namespace ps::server
