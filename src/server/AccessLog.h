#pragma once
#include <QByteArray>
#include <QFile>
#include <QString>
#include <mutex>

namespace ps::server {

// The access log in the common log format (one line per answered request:
// client, user, time, request line, status, bytes), appended to a file and
// rotated by size: FILE -> FILE.1 -> ... -> FILE.<keep>, the oldest dropped.
class AccessLog {
public:
    explicit AccessLog(const QString& path, qint64 maxBytes = 10ll * 1024 * 1024, int keep = 5);
    void write(const QByteArray& client, const QString& user, const QByteArray& requestLine, int status, qint64 bytes);

private:
    void rotate();
    QString m_path;
    qint64 m_maxBytes;
    int m_keep;
    std::mutex m_mutex;
    QFile m_file;
};

// One common-log-format line (without the newline); pure, for tests.
QByteArray commonLogLine(const QByteArray& client, const QString& user, const QDateTime& time, const QByteArray& requestLine,
                         int status, qint64 bytes);

} // namespace ps::server
