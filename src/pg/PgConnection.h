#pragma once
#include <QByteArray>
#include <QString>
#include <optional>
#include <vector>

struct pg_conn;
struct pg_result;

namespace ps::pg {

// "PG:host=... dbname=..." names a PostgreSQL database wherever a project file
// is accepted.
bool isPgConnection(const QString& arg);

// Query parameters ($1, $2, ...): values are never written into SQL text.
class Params {
public:
    Params& add(const QString& text);              // NULL when text.isNull()
    Params& add(const char* text) { return add(QString::fromUtf8(text)); }
    Params& add(std::optional<double> v);          // NULL when empty; 17 digits, exact round trip
    Params& add(double v) { return add(std::optional<double>(v)); }
    Params& add(qint64 v);
    Params& add(int v) { return add(static_cast<qint64>(v)); }
    Params& addNull();
    Params& addBinary(const QByteArray& bytes);    // for `$n::bytea` (WKB); NULL when empty
    int size() const { return static_cast<int>(m_values.size()); }

    // Arrays for PQexecParams; valid while this object lives unchanged.
    std::vector<const char*> values() const;
    std::vector<int> lengths() const;
    const std::vector<int>& formats() const { return m_formats; }

private:
    std::vector<QByteArray> m_values;
    std::vector<bool> m_null;
    std::vector<int> m_formats;
};

// A query result (text format). Rows and columns are 0-based.
class Result {
public:
    explicit Result(pg_result* r) : m_r(r) {}
    ~Result();
    Result(Result&& other) noexcept : m_r(other.m_r) { other.m_r = nullptr; }
    Result(const Result&) = delete;
    Result& operator=(const Result&) = delete;

    int rows() const;
    bool isNull(int row, int col) const;
    QString text(int row, int col) const;
    qint64 int64(int row, int col) const;
    std::optional<double> optReal(int row, int col) const;
    bool boolean(int row, int col) const;    // 't' / 'f'
    QByteArray bytea(int row, int col) const; // unescaped bytea (e.g. ST_AsBinary)
    qint64 affected() const;                  // rows changed by INSERT/UPDATE/DELETE

private:
    pg_result* m_r;
};

// One libpq connection. Passwords come only from the libpq environment
// (PGPASSWORD, PGSERVICE) or ~/.pgpass: a connection string holding one is
// refused, so it never reaches a shell history or a log. Errors name the
// connection (host, port, database, user; never a password) and the step.
class Connection {
public:
    explicit Connection(const QString& conninfo);   // with or without "PG:"
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    Result exec(const char* step, const char* sql, const Params& params = {});
    // Several statements without parameters (schema scripts).
    void execScript(const char* step, const char* sql);
    // A statement prepared once and run many times (staging rows).
    void prepare(const char* step, const char* name, const char* sql, int paramCount);
    Result execPrepared(const char* step, const char* name, const Params& params);
    // Drops a prepared statement; errors are ignored (cleanup on any path).
    void discard(const char* name) noexcept;
    // A name or role for SQL text where parameters are impossible (CREATE ROLE).
    QString quoteIdentifier(const QString& name);

    QString describe() const;   // "host=... port=... dbname=... user=..."
    QString user() const;
    pg_conn* handle() const { return m_conn; }

    [[noreturn]] void fail(const char* step, const QString& why) const;

private:
    Result check(const char* step, pg_result* r);
    pg_conn* m_conn = nullptr;
    QString m_describe;
};

// Many executions of one prepared statement without a round trip each
// (libpq pipeline mode): rows are sent in batches and each batch's answers
// read at its sync point. finish() reads the last batch; the first error
// throws (the transaction around it is then aborted).
class Pipeline {
public:
    Pipeline(Connection& c, const char* step, const char* statement);
    ~Pipeline();
    Pipeline(const Pipeline&) = delete;
    Pipeline& operator=(const Pipeline&) = delete;
    void send(const Params& params);
    void finish();

private:
    void sync();
    Connection& m_c;
    const char* m_step;
    const char* m_statement;
    int m_pending = 0;
    bool m_active = false;
};

// BEGIN .. COMMIT; rolls back in the destructor unless committed.
class Transaction {
public:
    explicit Transaction(Connection& c);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Connection& m_c;
    bool m_done = false;
};

} // namespace ps::pg
