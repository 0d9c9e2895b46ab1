#include "HttpServer.h"
#include "AccessLog.h"
#include "Wms.h"
#include "core/Error.h"
#include <QCoreApplication>
#include <QThreadPool>
#include <QUrl>
#include <microhttpd.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <mutex>
#include <thread>
#include <unordered_set>

namespace ps::server {

using Clock = std::chrono::steady_clock;

int connectionRoom(int wanted, int reserve)
{
    rlimit rl{};
    if (getrlimit(RLIMIT_NOFILE, &rl) != 0 || rl.rlim_cur == RLIM_INFINITY)
        return wanted;
    const long room = static_cast<long>(rl.rlim_cur) - reserve;
    return static_cast<int>(std::clamp<long>(room, 1, wanted));
}

namespace {

// One TCP connection (MHD's socket context). Guarded by HttpDaemon::m_mutex.
struct Conn {
    int fd = -1;
    QByteArray ip;
    Clock::time_point waitingSince = Clock::now();   // since connect or the last answer
    bool headersDone = false;                        // a request's headers are in
    bool shut = false;                               // the watchdog already closed it
    std::shared_ptr<ps::Progress> job;               // cancel flag of a suspended request
    Clock::time_point deadline;
};

// One request/response exchange (MHD's per-request context).
struct Exchange {
    QByteArray rawUri, method, version;
    Conn* conn = nullptr;
    QByteArray body;
    bool bodyTooLarge = false;
    bool submitted = false;
    std::optional<Response> response;
    std::shared_ptr<ps::Progress> cancel;
    int status = 0;
    qint64 bytes = 0;
    QString user;
};

// A response body held for the client and streamed out in blocks as its socket
// accepts them; its size counts against the daemon's budget until MHD frees it.
struct Held {
    QByteArray body;
    std::atomic<qint64>* budget;
};

ssize_t readHeld(void* cls, uint64_t pos, char* buf, size_t max)
{
    const auto* h = static_cast<const Held*>(cls);
    if (pos >= static_cast<uint64_t>(h->body.size()))
        return MHD_CONTENT_READER_END_OF_STREAM;
    const size_t n = std::min<size_t>(max, static_cast<size_t>(h->body.size()) - pos);
    std::memcpy(buf, h->body.constData() + pos, n);
    return static_cast<ssize_t>(n);
}

void freeHeld(void* cls)
{
    auto* h = static_cast<Held*>(cls);
    *h->budget -= h->body.size();
    delete h;
}

QByteArray connectionValue(MHD_Connection* c, const char* name)
{
    const char* v = MHD_lookup_connection_value(c, MHD_HEADER_KIND, name);
    return v ? QByteArray(v) : QByteArray();
}

MHD_Result collectHeader(void* cls, MHD_ValueKind, const char* key, const char* value)
{
    static_cast<Request*>(cls)->headers.append({QByteArray(key), QByteArray(value ? value : "")});
    return MHD_YES;
}

QString tr(const char* s) { return QCoreApplication::translate("server", s); }

} // namespace

// ------------------------------------------------------------------ daemon

class HttpDaemon {
public:
    HttpDaemon(std::shared_ptr<Service> service);
    ~HttpDaemon();
    quint16 port() const { return m_port; }
    TransportStats stats() const;

private:
    static MHD_Result onRequest(void* cls, MHD_Connection* c, const char* url, const char* method, const char* version,
                                const char* upload, size_t* uploadSize, void** ctx);
    static void* onUri(void* cls, const char* uri, MHD_Connection* c);
    static void onCompleted(void* cls, MHD_Connection* c, void** ctx, MHD_RequestTerminationCode);
    static void onConnection(void* cls, MHD_Connection* c, void** socketCtx, MHD_ConnectionNotificationCode code);

    MHD_Result answer(MHD_Connection* c, Exchange& x, Response r);
    void start(MHD_Connection* c, Exchange& x);
    void watchdog();

    std::shared_ptr<Service> m_service;
    const ServerConfig& m_config;
    MHD_Daemon* m_daemon = nullptr;
    quint16 m_port = 0;
    QThreadPool m_renders, m_bulk, m_light;
    std::unique_ptr<AccessLog> m_log;

    mutable std::mutex m_mutex;
    std::unordered_set<Conn*> m_conns;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::thread m_watchdog;

    std::atomic<qint64> m_budget{0};
    std::atomic<int> m_queued{0};
    std::atomic<qint64> m_cancelled{0};
};

HttpDaemon::HttpDaemon(std::shared_ptr<Service> service) : m_service(std::move(service)), m_config(m_service->config())
{
    const int threads = m_config.threads > 0 ? m_config.threads : QThread::idealThreadCount();
    m_renders.setMaxThreadCount(std::max(1, threads));
    m_bulk.setMaxThreadCount(2);
    m_light.setMaxThreadCount(2);
    // Workers keep their SQLite connection and GEOS context: never let them expire.
    m_renders.setExpiryTimeout(-1);
    m_bulk.setExpiryTimeout(-1);
    m_light.setExpiryTimeout(-1);
    if (!m_config.accessLog.isEmpty())
        m_log = std::make_unique<AccessLog>(m_config.accessLog);

    sockaddr_in v4{};
    sockaddr_in6 v6{};
    const sockaddr* addr = nullptr;
    unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL | MHD_ALLOW_SUSPEND_RESUME;
    if (m_config.address.protocol() == QAbstractSocket::IPv6Protocol) {
        v6.sin6_family = AF_INET6;
        v6.sin6_port = htons(m_config.port);
        const Q_IPV6ADDR a = m_config.address.toIPv6Address();
        std::memcpy(&v6.sin6_addr, &a, sizeof a);
        addr = reinterpret_cast<const sockaddr*>(&v6);
        flags |= MHD_USE_IPv6;
    } else {
        v4.sin_family = AF_INET;
        v4.sin_port = htons(m_config.port);
        v4.sin_addr.s_addr = htonl(m_config.address.toIPv4Address());
        addr = reinterpret_cast<const sockaddr*>(&v4);
    }
    // Room under the descriptor limit for the project, caches, the log and the workers.
    const int maxConnections = connectionRoom(m_config.maxConnections, 64 + 4 * std::max(1, threads));
    m_daemon = MHD_start_daemon(
        flags, m_config.port, nullptr, nullptr, &HttpDaemon::onRequest, this,
        MHD_OPTION_SOCK_ADDR, addr,
        MHD_OPTION_LISTENING_ADDRESS_REUSE, 1u,
        MHD_OPTION_CONNECTION_LIMIT, static_cast<unsigned>(maxConnections),
        MHD_OPTION_PER_IP_CONNECTION_LIMIT, static_cast<unsigned>(m_config.maxConnectionsPerClient),
        MHD_OPTION_CONNECTION_TIMEOUT, static_cast<unsigned>(m_config.inactivityTimeoutS),
        MHD_OPTION_CONNECTION_MEMORY_LIMIT, static_cast<size_t>(m_config.connectionMemory),
        MHD_OPTION_STRICT_FOR_CLIENT, 1,
        MHD_OPTION_URI_LOG_CALLBACK, &HttpDaemon::onUri, this,
        MHD_OPTION_NOTIFY_COMPLETED, &HttpDaemon::onCompleted, this,
        MHD_OPTION_NOTIFY_CONNECTION, &HttpDaemon::onConnection, this,
        MHD_OPTION_END);
    if (!m_daemon)
        throw ps::Error(tr("tidak dapat mendengarkan di %1:%2 (porta dipakai?)").arg(m_config.address.toString()).arg(m_config.port));
    const MHD_DaemonInfo* info = MHD_get_daemon_info(m_daemon, MHD_DAEMON_INFO_BIND_PORT);
    m_port = info ? info->port : m_config.port;
    m_watchdog = std::thread([this] { watchdog(); });
}

HttpDaemon::~HttpDaemon()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        for (Conn* c : m_conns)
            if (c->job)
                c->job->cancel();
    }
    m_wake.notify_all();
    m_watchdog.join();
    // Every suspended request is resumed by its worker: MHD must not stop with one suspended.
    m_renders.waitForDone();
    m_bulk.waitForDone();
    m_light.waitForDone();
    MHD_stop_daemon(m_daemon);
}

TransportStats HttpDaemon::stats() const
{
    std::lock_guard lock(m_mutex);
    return {static_cast<int>(m_conns.size()), m_queued.load(), m_cancelled.load(), m_budget.load()};
}

// Closes connections whose request headers are late (slowloris, idle
// keep-alive), and cancels renders whose client hung up or whose deadline
// passed. MHD watches neither: it pauses a suspended connection entirely.
void HttpDaemon::watchdog()
{
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        m_wake.wait_for(lock, std::chrono::milliseconds(200));
        const auto now = Clock::now();
        for (Conn* c : m_conns) {
            if (c->job) {
                if (c->job->cancelled())
                    continue;
                pollfd p{c->fd, POLLRDHUP, 0};
                const bool gone = ::poll(&p, 1, 0) > 0 && (p.revents & (POLLRDHUP | POLLHUP | POLLERR));
                if (gone || now > c->deadline) {
                    c->job->cancel();
                    ++m_cancelled;
                }
            } else if (!c->headersDone && !c->shut && now - c->waitingSince > std::chrono::seconds(m_config.requestTimeoutS)) {
                // MHD closes the connection on the next read; the descriptor stays ours until
                // onConnection(CLOSED), which runs under this mutex before MHD closes it.
                ::shutdown(c->fd, SHUT_RDWR);
                c->shut = true;
            }
        }
    }
}

void HttpDaemon::onConnection(void* cls, MHD_Connection* c, void** socketCtx, MHD_ConnectionNotificationCode code)
{
    auto* self = static_cast<HttpDaemon*>(cls);
    std::lock_guard lock(self->m_mutex);
    if (code == MHD_CONNECTION_NOTIFY_STARTED) {
        auto* conn = new Conn;
        if (const auto* fd = MHD_get_connection_info(c, MHD_CONNECTION_INFO_CONNECTION_FD)) {
            conn->fd = fd->connect_fd;
            // A bounded kernel send buffer: a client that does not read stops the answer in
            // our budget (where the inactivity timeout frees it), not in megabytes of socket
            // memory per connection. 256 KiB still fills a LAN link.
            const int sndbuf = 256 * 1024;
            ::setsockopt(conn->fd, SOL_SOCKET, SO_SNDBUF, &sndbuf, sizeof sndbuf);
        }
        if (const auto* a = MHD_get_connection_info(c, MHD_CONNECTION_INFO_CLIENT_ADDRESS)) {
            char text[INET6_ADDRSTRLEN] = {};
            const sockaddr* sa = a->client_addr;
            if (sa->sa_family == AF_INET)
                inet_ntop(AF_INET, &reinterpret_cast<const sockaddr_in*>(sa)->sin_addr, text, sizeof text);
            else if (sa->sa_family == AF_INET6)
                inet_ntop(AF_INET6, &reinterpret_cast<const sockaddr_in6*>(sa)->sin6_addr, text, sizeof text);
            conn->ip = text;
        }
        self->m_conns.insert(conn);
        *socketCtx = conn;
    } else if (auto* conn = static_cast<Conn*>(*socketCtx)) {
        self->m_conns.erase(conn);
        delete conn;
        *socketCtx = nullptr;
    }
}

void* HttpDaemon::onUri(void* cls, const char* uri, MHD_Connection* c)
{
    auto* x = new Exchange;
    x->rawUri = uri;
    if (const auto* info = MHD_get_connection_info(c, MHD_CONNECTION_INFO_SOCKET_CONTEXT))
        x->conn = static_cast<Conn*>(info->socket_context);
    Q_UNUSED(cls);
    return x;
}

void HttpDaemon::onCompleted(void* cls, MHD_Connection*, void** ctx, MHD_RequestTerminationCode code)
{
    auto* self = static_cast<HttpDaemon*>(cls);
    auto* x = static_cast<Exchange*>(*ctx);
    if (!x)
        return;
    if (self->m_log && x->status)
        self->m_log->write(x->conn ? x->conn->ip : QByteArray("-"), x->user, x->method + ' ' + x->rawUri + ' ' + x->version,
                           x->status, code == MHD_REQUEST_TERMINATED_COMPLETED_OK ? x->bytes : 0);
    if (x->conn) {
        std::lock_guard lock(self->m_mutex);
        x->conn->headersDone = false;
        x->conn->waitingSince = Clock::now();
    }
    delete x;
    *ctx = nullptr;
}

MHD_Result HttpDaemon::answer(MHD_Connection* c, Exchange& x, Response r)
{
    MHD_Response* resp = nullptr;
    if (r.body.isEmpty()) {
        resp = MHD_create_response_from_buffer(0, nullptr, MHD_RESPMEM_PERSISTENT);
    } else {
        auto* held = new Held{r.body, &m_budget};
        m_budget += r.body.size();
        resp = MHD_create_response_from_callback(static_cast<uint64_t>(r.body.size()), 32 * 1024, &readHeld, held, &freeHeld);
    }
    if (!resp)
        return MHD_NO;
    if (!r.contentType.isEmpty())
        MHD_add_response_header(resp, MHD_HTTP_HEADER_CONTENT_TYPE, r.contentType.constData());
    for (const auto& [k, v] : r.headers)
        MHD_add_response_header(resp, k.constData(), v.constData());
    x.status = r.status;
    x.bytes = r.body.size();
    x.user = r.user;
    const MHD_Result ok = MHD_queue_response(c, static_cast<unsigned>(r.status), resp);
    MHD_destroy_response(resp);
    return ok;
}

namespace {

Response busy(const QString& message)
{
    Response r = errorJson(503, message);
    r.headers.emplace_back("Retry-After", "5");
    return r;
}

Response closing(int status, const QString& message)
{
    Response r = errorJson(status, message);
    r.headers.emplace_back("Connection", "close");
    return r;
}

} // namespace

// Runs the request: answered at once when it needs no project (static files,
// cached tiles), otherwise suspended and handed to the light or render pool.
void HttpDaemon::start(MHD_Connection* c, Exchange& x)
{
    Request req;
    req.method = x.method == "HEAD" ? QByteArray("GET") : x.method;   // HEAD: the GET answer without its body (MHD drops it)
    const QUrl url = QUrl::fromEncoded("http://h" + x.rawUri);
    req.path = url.path(QUrl::FullyDecoded);
    req.query = QUrlQuery(url);
    req.body = x.body;
    MHD_get_connection_values(c, MHD_HEADER_KIND, &collectHeader, &req);
    QByteArray host = req.header("Host");
    if (host.isEmpty())
        host = QStringLiteral("%1:%2").arg(m_config.address.toString()).arg(m_port).toUtf8();
    req.baseUrl = QStringLiteral("http://") + QString::fromUtf8(host);

    if (m_budget.load() > m_config.responseBudgetBytes) {
        x.response = busy(tr("server sibuk: terlalu banyak jawaban belum diambil; coba lagi sebentar"));
        return;
    }
    if (auto quick = m_service->quick(req)) {
        x.response = std::move(*quick);
        return;
    }
    const bool render = m_service->isRender(req);
    const bool bulk = !render && m_service->isBulk(req);
    if (render && m_queued.load() >= m_config.maxQueuedRenders) {
        x.response = busy(tr("server sibuk: antrean penggambaran penuh; coba lagi sebentar"));
        return;
    }
    auto cancel = std::make_shared<ps::Progress>();
    req.cancel = cancel;
    x.cancel = cancel;
    {
        std::lock_guard lock(m_mutex);
        if (x.conn) {
            x.conn->job = cancel;
            x.conn->deadline = render ? Clock::now() + std::chrono::seconds(m_config.renderDeadlineS) : Clock::time_point::max();
        }
    }
    x.submitted = true;
    MHD_suspend_connection(c);
    if (render)
        ++m_queued;
    Exchange* xp = &x;
    const auto deadline = Clock::now() + std::chrono::seconds(m_config.renderDeadlineS);
    auto run = [this, c, xp, render, deadline, req = std::move(req)] {
        if (render)
            --m_queued;
        // Past its deadline while queued: cancelled (the service answers with an exception).
        if (render && Clock::now() >= deadline && !req.cancel->cancelled()) {
            req.cancel->cancel();
            ++m_cancelled;
        }
        // A client that hung up while waiting in the queue costs nothing more.
        Response resp = m_service->handle(req);
        {
            std::lock_guard lock(m_mutex);
            if (xp->conn)
                xp->conn->job.reset();
        }
        xp->response = std::move(resp);
        MHD_resume_connection(c);
    };
    (render ? m_renders : bulk ? m_bulk : m_light).start(std::move(run));
}

MHD_Result HttpDaemon::onRequest(void* cls, MHD_Connection* c, const char*, const char* method, const char* version,
                                 const char* upload, size_t* uploadSize, void** ctx)
{
    auto* self = static_cast<HttpDaemon*>(cls);
    auto* x = static_cast<Exchange*>(*ctx);
    if (!x)
        return MHD_NO;
    if (x->method.isEmpty()) {
        // First call: the headers are in.
        x->method = method;
        x->version = version;
        if (x->conn) {
            std::lock_guard lock(self->m_mutex);
            x->conn->headersDone = true;
        }
        const QByteArray length = connectionValue(c, MHD_HTTP_HEADER_CONTENT_LENGTH);
        if (!length.isEmpty() && !connectionValue(c, MHD_HTTP_HEADER_TRANSFER_ENCODING).isEmpty())
            // Two framings disagree on where this request ends (request smuggling): answer and close.
            x->response = closing(400, tr("Content-Length bersama Transfer-Encoding tidak diterima"));
        else if (length.toLongLong() > self->m_config.maxBodyBytes)
            x->response = closing(413, tr("isi permintaan terlalu besar (maks. %1 bita)").arg(self->m_config.maxBodyBytes));
        if (x->response) {
            // Answered before the body is read; MHD then closes the connection.
            Response r = std::move(*x->response);
            x->response.reset();
            x->submitted = true;
            return self->answer(c, *x, std::move(r));
        }
        return MHD_YES;
    }
    if (*uploadSize > 0) {
        if (!x->response) {
            if (x->body.size() + static_cast<qint64>(*uploadSize) > self->m_config.maxBodyBytes)
                x->response = closing(413, tr("isi permintaan terlalu besar (maks. %1 bita)").arg(self->m_config.maxBodyBytes));
            else
                x->body.append(upload, static_cast<qsizetype>(*uploadSize));
        }
        *uploadSize = 0;
        return MHD_YES;
    }
    if (!x->response && !x->submitted)
        self->start(c, *x);
    if (!x->response)
        return MHD_YES;   // suspended: resumed by the worker with the answer
    Response r = std::move(*x->response);
    x->response.reset();
    return self->answer(c, *x, std::move(r));
}

// ------------------------------------------------------------------ RunningServer

RunningServer::RunningServer(const ServerConfig& config) : m_service(std::make_shared<Service>(config))
{
    m_daemon = std::make_unique<HttpDaemon>(m_service);
}

RunningServer::~RunningServer() = default;

quint16 RunningServer::port() const { return m_daemon->port(); }

TransportStats RunningServer::stats() const { return m_daemon->stats(); }

QString RunningServer::url() const
{
    const QHostAddress a = m_service->config().address;
    const QString host = a == QHostAddress::Any || a == QHostAddress::AnyIPv4 ? QStringLiteral("127.0.0.1") : a.toString();
    return QStringLiteral("http://%1:%2").arg(host).arg(port());
}

} // namespace ps::server
