#include "PgConnection.h"
#include "core/Error.h"
#include <QCoreApplication>
#include <libpq-fe.h>

namespace ps::pg {

static QString tr(const char* s) { return QCoreApplication::translate("pg", s); }

bool isPgConnection(const QString& arg) { return arg.startsWith(QLatin1String("PG:"), Qt::CaseInsensitive); }

// ---- Params ---------------------------------------------------------------

Params& Params::add(const QString& text)
{
    m_values.push_back(text.toUtf8());
    m_null.push_back(text.isNull());
    m_formats.push_back(0);
    return *this;
}

Params& Params::add(std::optional<double> v)
{
    if (!v)
        return addNull();
    return add(QString::number(*v, 'g', 17));
}

Params& Params::add(qint64 v) { return add(QString::number(v)); }

Params& Params::addNull() { return add(QString()); }

Params& Params::addBinary(const QByteArray& bytes)
{
    m_values.push_back(bytes);
    m_null.push_back(bytes.isEmpty());
    m_formats.push_back(1);
    return *this;
}

std::vector<const char*> Params::values() const
{
    std::vector<const char*> v;
    for (size_t i = 0; i < m_values.size(); ++i)
        v.push_back(m_null[i] ? nullptr : m_values[i].constData());
    return v;
}

std::vector<int> Params::lengths() const
{
    std::vector<int> v;
    for (const QByteArray& b : m_values)
        v.push_back(static_cast<int>(b.size()));
    return v;
}

// ---- Result ---------------------------------------------------------------

Result::~Result() { PQclear(m_r); }
int Result::rows() const { return PQntuples(m_r); }
bool Result::isNull(int row, int col) const { return PQgetisnull(m_r, row, col); }
QString Result::text(int row, int col) const
{
    return isNull(row, col) ? QString() : QString::fromUtf8(PQgetvalue(m_r, row, col));
}
qint64 Result::int64(int row, int col) const { return QByteArray(PQgetvalue(m_r, row, col)).toLongLong(); }
std::optional<double> Result::optReal(int row, int col) const
{
    if (isNull(row, col))
        return std::nullopt;
    return QByteArray(PQgetvalue(m_r, row, col)).toDouble();
}
bool Result::boolean(int row, int col) const { return PQgetvalue(m_r, row, col)[0] == 't'; }
QByteArray Result::bytea(int row, int col) const
{
    if (isNull(row, col))
        return {};
    size_t n = 0;
    unsigned char* raw = PQunescapeBytea(reinterpret_cast<const unsigned char*>(PQgetvalue(m_r, row, col)), &n);
    QByteArray out(reinterpret_cast<const char*>(raw), static_cast<qsizetype>(n));
    PQfreemem(raw);
    return out;
}
qint64 Result::affected() const { return QByteArray(PQcmdTuples(m_r)).toLongLong(); }

// ---- Connection -----------------------------------------------------------

// Refuses a password in the connection string (it would sit in shell history,
// process lists and logs); libpq reads PGPASSWORD or ~/.pgpass by itself.
static QByteArray checkedConninfo(const QString& conninfo)
{
    QString s = conninfo.trimmed();
    if (isPgConnection(s))
        s = s.mid(3);
    const QByteArray utf8 = s.toUtf8();
    char* why = nullptr;
    PQconninfoOption* opts = PQconninfoParse(utf8.constData(), &why);
    if (!opts) {
        const QString message = why ? QString::fromUtf8(why).trimmed() : QString();
        PQfreemem(why);
        throw Error(tr("string koneksi PG: tidak dapat dibaca: %1").arg(message));
    }
    bool hasPassword = false;
    for (PQconninfoOption* o = opts; o->keyword; ++o)
        if (qstrcmp(o->keyword, "password") == 0 && o->val && *o->val)
            hasPassword = true;
    PQconninfoFree(opts);
    if (hasPassword)
        throw Error(tr("kata sandi tidak boleh ditulis dalam string koneksi PG:; pakai berkas ~/.pgpass atau "
                       "variabel lingkungan PGPASSWORD"));
    return utf8;
}

Connection::Connection(const QString& conninfo)
{
    const QByteArray info = checkedConninfo(conninfo);
    const char* keys[] = {"dbname", "application_name", "client_encoding", nullptr};
    const char* values[] = {info.constData(), "petasehat", "UTF8", nullptr};
    m_conn = PQconnectdbParams(keys, values, 1);
    m_describe = QStringLiteral("host=%1 port=%2 dbname=%3 user=%4")
                     .arg(QString::fromUtf8(PQhost(m_conn)), QString::fromUtf8(PQport(m_conn)),
                          QString::fromUtf8(PQdb(m_conn)), QString::fromUtf8(PQuser(m_conn)));
    if (PQstatus(m_conn) != CONNECTION_OK)
        fail("connect", QString::fromUtf8(PQerrorMessage(m_conn)).trimmed());
    // Only our notices matter to people; libpq would print others to stderr.
    PQsetNoticeProcessor(m_conn, [](void*, const char*) {}, nullptr);
}

Connection::~Connection() { PQfinish(m_conn); }

QString Connection::describe() const { return m_describe; }
QString Connection::user() const { return QString::fromUtf8(PQuser(m_conn)); }

void Connection::fail(const char* step, const QString& why) const
{
    throw Error(QStringLiteral("PG:%1").arg(m_describe), tr("langkah \"%1\": %2").arg(QString::fromLatin1(step), why));
}

Result Connection::check(const char* step, pg_result* r)
{
    Result result(r);
    const ExecStatusType s = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
    if (s == PGRES_COMMAND_OK || s == PGRES_TUPLES_OK)
        return result;
    const QString why = r ? QString::fromUtf8(PQresultErrorMessage(r)) : QString::fromUtf8(PQerrorMessage(m_conn));
    fail(step, why.trimmed());
}

Result Connection::exec(const char* step, const char* sql, const Params& params)
{
    const auto values = params.values();
    const auto lengths = params.lengths();
    return check(step, PQexecParams(m_conn, sql, params.size(), nullptr, values.data(), lengths.data(),
                                    params.formats().data(), 0));
}

void Connection::execScript(const char* step, const char* sql) { check(step, PQexec(m_conn, sql)); }

void Connection::prepare(const char* step, const char* name, const char* sql, int paramCount)
{
    check(step, PQprepare(m_conn, name, sql, paramCount, nullptr));
}

Result Connection::execPrepared(const char* step, const char* name, const Params& params)
{
    const auto values = params.values();
    const auto lengths = params.lengths();
    return check(step, PQexecPrepared(m_conn, name, params.size(), values.data(), lengths.data(),
                                      params.formats().data(), 0));
}

void Connection::discard(const char* name) noexcept
{
    // `name` is one of our constant statement names, never a value.
    const QByteArray sql = QByteArray("DEALLOCATE ") + name;
    PQclear(PQexec(m_conn, sql.constData()));
}

QString Connection::quoteIdentifier(const QString& name)
{
    const QByteArray utf8 = name.toUtf8();
    char* q = PQescapeIdentifier(m_conn, utf8.constData(), static_cast<size_t>(utf8.size()));
    if (!q)
        fail("quote identifier", QString::fromUtf8(PQerrorMessage(m_conn)).trimmed());
    const QString out = QString::fromUtf8(q);
    PQfreemem(q);
    return out;
}

// ---- Pipeline -------------------------------------------------------------

// Rows per sync point: enough to hide the round trips, few enough that
// neither side's socket buffer fills while the other is not reading.
static constexpr int kPipelineBatch = 500;

Pipeline::Pipeline(Connection& c, const char* step, const char* statement) : m_c(c), m_step(step), m_statement(statement)
{
    if (!PQenterPipelineMode(m_c.handle()))
        m_c.fail(m_step, QString::fromUtf8(PQerrorMessage(m_c.handle())).trimmed());
    m_active = true;
}

Pipeline::~Pipeline()
{
    if (!m_active)
        return;
    try { // an exception on the way: read what is answered, then leave pipeline mode
        if (m_pending)
            sync();
    } catch (const Error&) {
    }
    PQexitPipelineMode(m_c.handle());
}

void Pipeline::send(const Params& params)
{
    const auto values = params.values();
    const auto lengths = params.lengths();
    if (!PQsendQueryPrepared(m_c.handle(), m_statement, params.size(), values.data(), lengths.data(),
                             params.formats().data(), 0))
        m_c.fail(m_step, QString::fromUtf8(PQerrorMessage(m_c.handle())).trimmed());
    if (++m_pending == kPipelineBatch)
        sync();
}

// Reads the answers of the pending rows up to their sync point; the first
// error is thrown once the sync point is reached (later rows are skipped by
// the server and answered "aborted").
void Pipeline::sync()
{
    if (!PQpipelineSync(m_c.handle()))
        m_c.fail(m_step, QString::fromUtf8(PQerrorMessage(m_c.handle())).trimmed());
    QString error;
    for (;;) {
        PGresult* r = PQgetResult(m_c.handle());
        if (!r) {
            if (PQstatus(m_c.handle()) != CONNECTION_OK) {
                m_pending = 0;
                m_c.fail(m_step, QString::fromUtf8(PQerrorMessage(m_c.handle())).trimmed());
            }
            continue;   // the end of one query's results
        }
        const ExecStatusType s = PQresultStatus(r);
        if (s == PGRES_FATAL_ERROR && error.isEmpty())
            error = QString::fromUtf8(PQresultErrorMessage(r)).trimmed();
        PQclear(r);
        if (s == PGRES_PIPELINE_SYNC)
            break;
    }
    m_pending = 0;
    if (!error.isEmpty())
        m_c.fail(m_step, error);
}

void Pipeline::finish()
{
    if (m_pending)
        sync();
    m_active = false;
    if (!PQexitPipelineMode(m_c.handle()))
        m_c.fail(m_step, QString::fromUtf8(PQerrorMessage(m_c.handle())).trimmed());
}

// ---- Transaction ----------------------------------------------------------

Transaction::Transaction(Connection& c) : m_c(c) { m_c.execScript("BEGIN", "BEGIN"); }

Transaction::~Transaction()
{
    if (!m_done) // on a broken connection this fails too; the server rolls back anyway
        PQclear(PQexec(m_c.handle(), "ROLLBACK"));
}

void Transaction::commit()
{
    m_c.execScript("COMMIT", "COMMIT");
    m_done = true;
}

} // namespace ps::pg
