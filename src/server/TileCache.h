#pragma once
#include <QByteArray>
#include <QCache>
#include <QMutex>
#include <QReadWriteLock>
#include <QSet>
#include <QString>
#include <QStringList>
#include <atomic>
#include <optional>

namespace ps::server {

// PNG tiles by key, per project version: an LRU in memory (bounded in bytes)
// over an optional folder on disk (<dir>/v-<version>/<key>). A new project
// version makes older entries unreachable; its first write removes the older
// version folders. Thread-safe.
class TileCache {
public:
    TileCache(const QString& dir, qint64 memoryBytes);

    std::optional<QByteArray> memory(const QString& version, const QString& key);
    std::optional<QByteArray> get(const QString& version, const QString& key);   // memory, then disk
    // Ignored for a version that advance() retired (a render begun before the switch).
    void put(const QString& version, const QString& key, const QByteArray& png);

    // The keys cached for `version`, in memory and on disk.
    QStringList keys(const QString& version);
    // Carries the tiles of `from` whose key is in `keep` over to `to` (memory and disk),
    // drops the others and retires `from`. Returns how many were kept.
    int advance(const QString& from, const QString& to, const QSet<QString>& keep);

    qint64 hits() const { return m_hits; }
    qint64 misses() const { return m_misses; }

private:
    QString diskPath(const QString& version, const QString& key) const;
    void dropOldVersions(const QString& version);
    void insertMemory(const QString& version, const QString& key, const QByteArray& png);

    QString m_dir;
    QMutex m_mutex;
    // Disk writes hold it for reading, advance() for writing: no file lands in a folder being moved.
    QReadWriteLock m_disk;
    QCache<QString, QByteArray> m_memory;   // cost in KiB
    QString m_diskVersion;
    QSet<QString> m_retired;
    std::atomic<qint64> m_hits{0}, m_misses{0};
};

} // namespace ps::server
