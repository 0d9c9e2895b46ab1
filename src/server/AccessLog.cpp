#include "AccessLog.h"
#include <QDateTime>
#include <QFileInfo>
#include <QLocale>

namespace ps::server {

QByteArray commonLogLine(const QByteArray& client, const QString& user, const QDateTime& time, const QByteArray& requestLine,
                         int status, qint64 bytes)
{
    // The request line is the client's: keep it on one line and inside its quotes.
    QByteArray line = requestLine.left(4096);
    for (char& ch : line)
        if (ch == '"' || ch == '\\' || static_cast<unsigned char>(ch) < 0x20 || ch == 0x7f)
            ch = '_';
    QByteArray who = user.isEmpty() ? QByteArray("-") : user.toUtf8();
    who.replace(' ', '_');
    const QDateTime t = time.toOffsetFromUtc(time.offsetFromUtc());
    const int off = t.offsetFromUtc() / 60;
    const QByteArray stamp = QLocale::c().toString(t, QStringLiteral("dd/MMM/yyyy:HH:mm:ss")).toLatin1() + ' ' +
                             (off < 0 ? '-' : '+') + QByteArray::number(std::abs(off) / 60).rightJustified(2, '0') +
                             QByteArray::number(std::abs(off) % 60).rightJustified(2, '0');
    return (client.isEmpty() ? QByteArray("-") : client) + " - " + who + " [" + stamp + "] \"" + line + "\" " +
           QByteArray::number(status) + ' ' + (bytes > 0 ? QByteArray::number(bytes) : QByteArray("-"));
}

AccessLog::AccessLog(const QString& path, qint64 maxBytes, int keep) : m_path(path), m_maxBytes(maxBytes), m_keep(keep)
{
    m_file.setFileName(path);
    m_file.open(QIODevice::Append | QIODevice::WriteOnly);
}

void AccessLog::rotate()
{
    m_file.close();
    QFile::remove(m_path + QLatin1Char('.') + QString::number(m_keep));
    for (int i = m_keep - 1; i >= 1; --i)
        QFile::rename(m_path + QLatin1Char('.') + QString::number(i), m_path + QLatin1Char('.') + QString::number(i + 1));
    QFile::rename(m_path, m_path + QStringLiteral(".1"));
    m_file.open(QIODevice::Append | QIODevice::WriteOnly);
}

void AccessLog::write(const QByteArray& client, const QString& user, const QByteArray& requestLine, int status, qint64 bytes)
{
    const QByteArray line = commonLogLine(client, user, QDateTime::currentDateTime(), requestLine, status, bytes) + '\n';
    std::lock_guard lock(m_mutex);
    if (!m_file.isOpen())
        return;
    if (m_file.size() + line.size() > m_maxBytes)
        rotate();
    m_file.write(line);
    m_file.flush();
}

} // namespace ps::server
