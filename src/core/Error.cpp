#include "Error.h"
#include <QCoreApplication>

namespace ps {

static QString compose(const QString& file, const QString& message, qint64 row, const QString& column)
{
    QString where = file;
    if (row >= 0)
        where += QCoreApplication::translate("ps::Error", ", baris %1").arg(row);
    if (!column.isEmpty())
        where += QCoreApplication::translate("ps::Error", ", kolom '%1'").arg(column);
    return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
}

Error::Error(const QString& message)
    : std::runtime_error(message.toStdString()), m_message(message) {}

Error::Error(const QString& file, const QString& message, qint64 row, const QString& column)
    : std::runtime_error(compose(file, message, row, column).toStdString()),
      m_message(compose(file, message, row, column)), m_file(file), m_column(column), m_row(row) {}

} // namespace ps
