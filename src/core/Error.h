#pragma once
#include <QString>
#include <stdexcept>

namespace ps {

// An error a user can act on: it names the file and, where known, the row
// (1-based, as a spreadsheet shows it) or feature, and the column.
class Error : public std::runtime_error {
public:
    explicit Error(const QString& message);
    Error(const QString& file, const QString& message, qint64 row = -1, const QString& column = {});

    QString message() const { return m_message; }
    QString file() const { return m_file; }
    qint64 row() const { return m_row; }
    QString column() const { return m_column; }

private:
    QString m_message, m_file, m_column;
    qint64 m_row = -1;
};

// Thrown when the user cancels a long job; callers roll back and exit quietly.
class Cancelled : public std::runtime_error {
public:
    Cancelled() : std::runtime_error("cancelled") {}
};

} // namespace ps
