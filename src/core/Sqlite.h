#pragma once
#include <QByteArray>
#include <QString>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace ps {

// A prepared statement. Columns and parameters are 0-based / 1-based as in SQLite.
class Statement {
public:
    Statement(sqlite3* db, const char* sql);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bindNull(int i);
    Statement& bind(int i, std::int64_t v);
    Statement& bind(int i, int v) { return bind(i, static_cast<std::int64_t>(v)); }
    Statement& bind(int i, double v);
    Statement& bind(int i, const QString& v);       // NULL when v.isNull()
    Statement& bind(int i, const char* v);
    Statement& bind(int i, std::optional<double> v);
    Statement& bindBlob(int i, const QByteArray& v); // NULL when empty

    bool step();     // true while a row is available; throws on error
    void run();      // step() once, for statements that return no rows
    void reset();    // rewinds and clears bindings

    bool isNull(int col) const;
    std::int64_t int64(int col) const;
    double real(int col) const;
    std::optional<double> optReal(int col) const;
    QString text(int col) const;
    QByteArray blob(int col) const;

private:
    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
};

// A SQLite connection with SpatiaLite loaded. One per thread.
class Database {
public:
    enum class Mode { ReadOnly, ReadWrite, Create };
    Database(const QString& path, Mode mode);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    sqlite3* handle() const { return m_db; }
    QString path() const { return m_path; }
    void exec(const char* sql);
    void exec(const QString& sql) { exec(sql.toUtf8().constData()); }
    Statement prepare(const char* sql) { return Statement(m_db, sql); }
    Statement prepare(const QString& sql);
    std::int64_t lastInsertId() const;
    std::int64_t scalarInt(const char* sql);
    // Whether the file has this table (an older schema, or a project never analysed, may not).
    bool hasTable(const char* name);
    QString errorMessage() const;
    // Whether the last failure was the machine's (disk full, read-only, I/O, locked), not the data's.
    bool failedOnMachine() const;

private:
    sqlite3* m_db = nullptr;
    void* m_spatialiteCache = nullptr;
    QString m_path;
};

// BEGIN IMMEDIATE .. COMMIT; rolls back in the destructor unless committed.
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    void commit();

private:
    Database& m_db;
    bool m_done = false;
};

// Many INSERTs into one SpatiaLite table, inside a Transaction. SpatiaLite's
// per-row INSERT triggers on the geometry column are suspended: the R*Tree
// update (gii_: RTreeAlign runs its own SQL for every row), the last-insert time
// (tmi_) and the geometry type/SRID check (ggi_: a geometry_columns lookup per
// row; use only where the SQL itself makes the column's type and SRID). finish()
// brings the triggers back and fills the spatial index once with the new rows;
// on an exception the caller's rollback restores everything anyway.
class BulkSpatialInsert {
public:
    BulkSpatialInsert(Database& db, const QString& table, const QString& column = QStringLiteral("geom"));
    ~BulkSpatialInsert();
    BulkSpatialInsert(const BulkSpatialInsert&) = delete;
    BulkSpatialInsert& operator=(const BulkSpatialInsert&) = delete;
    void finish();

private:
    Database& m_db;
    QString m_table, m_column;
    std::vector<std::string> m_triggers;   // CREATE TRIGGER statements to restore
    std::int64_t m_firstRowid = 0;
    bool m_finished = false;
};

} // namespace ps
