#include "TileCache.h"
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSaveFile>

namespace ps::server {

TileCache::TileCache(const QString& dir, qint64 memoryBytes) : m_dir(dir)
{
    m_memory.setMaxCost(static_cast<qsizetype>(std::max<qint64>(1, memoryBytes / 1024)));
}

void TileCache::insertMemory(const QString& version, const QString& key, const QByteArray& png)
{
    m_memory.insert(version + QLatin1Char('/') + key, new QByteArray(png), std::max<qsizetype>(1, png.size() / 1024));
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
        QReadLocker disk(&m_disk);
        QFile f(diskPath(version, key));
        if (f.open(QIODevice::ReadOnly)) {
            const QByteArray png = f.readAll();
            QMutexLocker lock(&m_mutex);
            insertMemory(version, key, png);
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
    QReadLocker disk(&m_disk);
    {
        QMutexLocker lock(&m_mutex);
        if (m_retired.contains(version))
            return;
        insertMemory(version, key, png);
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

QStringList TileCache::keys(const QString& version)
{
    QSet<QString> out;
    const QString prefix = version + QLatin1Char('/');
    {
        QMutexLocker lock(&m_mutex);
        for (const QString& k : m_memory.keys())
            if (k.startsWith(prefix))
                out.insert(k.mid(prefix.size()));
    }
    if (!m_dir.isEmpty()) {
        QReadLocker disk(&m_disk);
        const QString root = m_dir + QStringLiteral("/v-") + version + QLatin1Char('/');
        QDirIterator it(root, {QStringLiteral("*.png")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            out.insert(it.next().mid(root.size()));
    }
    return QStringList(out.begin(), out.end());
}

int TileCache::advance(const QString& from, const QString& to, const QSet<QString>& keep)
{
    QWriteLocker disk(&m_disk);
    QMutexLocker lock(&m_mutex);
    m_retired.insert(from);
    m_retired.remove(to);
    int kept = 0;
    const QString prefix = from + QLatin1Char('/');
    for (const QString& k : m_memory.keys()) {
        if (!k.startsWith(prefix))
            continue;
        std::unique_ptr<QByteArray> png(m_memory.take(k));
        const QString key = k.mid(prefix.size());
        if (png && keep.contains(key)) {
            insertMemory(to, key, *png);
            ++kept;
        }
    }
    if (m_dir.isEmpty())
        return kept;
    // The folder of `from` becomes the folder of `to`, less the dropped tiles.
    QDir dir(m_dir);
    const QString fromDir = QStringLiteral("v-") + from, toDir = QStringLiteral("v-") + to;
    if (dir.exists(fromDir)) {
        QDir(dir.filePath(toDir)).removeRecursively();
        if (dir.rename(fromDir, toDir)) {
            const QString root = dir.filePath(toDir) + QLatin1Char('/');
            QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                if (!keep.contains(path.mid(root.size())))
                    QFile::remove(path);
            }
        }
    }
    m_diskVersion = to;
    dropOldVersions(to);
    return kept;
}

} // namespace ps::server
