#pragma once
#include <QByteArray>
#include <QCache>
#include <QMutex>
#include <QString>
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
    void put(const QString& version, const QString& key, const QByteArray& png);

    qint64 hits() const { return m_hits; }
    qint64 misses() const { return m_misses; }

private:
    QString diskPath(const QString& version, const QString& key) const;
    void dropOldVersions(const QString& version);

    QString m_dir;
    QMutex m_mutex;
    QCache<QString, QByteArray> m_memory;   // cost in KiB
    QString m_diskVersion;
    std::atomic<qint64> m_hits{0}, m_misses{0};
};

} // namespace ps::server
