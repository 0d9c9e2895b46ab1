#include "HttpServer.h"
#include "core/Error.h"
#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace ps::server {

namespace {

Request copyRequest(const QHttpServerRequest& r, const QTcpSocket* socket)
{
    Request out;
    switch (r.method()) {
    case QHttpServerRequest::Method::Get: out.method = "GET"; break;
    case QHttpServerRequest::Method::Post: out.method = "POST"; break;
    case QHttpServerRequest::Method::Options: out.method = "OPTIONS"; break;
    case QHttpServerRequest::Method::Head: out.method = "HEAD"; break;
    case QHttpServerRequest::Method::Put: out.method = "PUT"; break;
    case QHttpServerRequest::Method::Delete: out.method = "DELETE"; break;
    default: out.method = "OTHER"; break;
    }
    const QUrl url = r.url();
    out.path = url.path(QUrl::FullyDecoded);
    out.query = QUrlQuery(url);
    out.body = r.body();
    out.headers = r.headers();
    QByteArray host = r.value("Host");
    if (host.isEmpty())
        host = socket->localAddress().toString().toUtf8() + ':' + QByteArray::number(socket->localPort());
    out.baseUrl = QStringLiteral("http://") + QString::fromUtf8(host);
    return out;
}

} // namespace

HttpServer::HttpServer(std::shared_ptr<Service> service, QObject* parent) : QAbstractHttpServer(parent), m_service(std::move(service))
{
    const int threads = m_service->config().threads > 0 ? m_service->config().threads : QThread::idealThreadCount();
    m_pool.setMaxThreadCount(std::max(1, threads));
    // Workers keep their SQLite connection and GEOS context: never let them expire.
    m_pool.setExpiryTimeout(-1);
}

HttpServer::~HttpServer() { m_pool.waitForDone(); }

qint64 HttpServer::inFlight() const { return m_pool.activeThreadCount(); }

namespace {

// Accepts connections for the HTTP layer with a bounded read buffer, and turns
// away a request whose Content-Length exceeds the body limit before its body
// is read: Qt's parser would otherwise buffer the whole body in memory.
class LimitedTcpServer : public QTcpServer {
public:
    LimitedTcpServer(qint64 maxBody, QObject* parent) : QTcpServer(parent), m_maxBody(maxBody) {}

protected:
    void incomingConnection(qintptr fd) override
    {
        auto* socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(fd)) {
            delete socket;
            return;
        }
        socket->setReadBufferSize(m_maxBody + 64 * 1024);
        const qint64 limit = m_maxBody;
        // Connected before the HTTP layer's own readyRead handler, so it runs first.
        connect(socket, &QTcpSocket::readyRead, socket, [socket, limit] {
            if (socket->state() != QAbstractSocket::ConnectedState)
                return;
            const QByteArray head = socket->peek(16 * 1024);
            const qsizetype end = head.indexOf("\r\n\r\n");
            const QByteArray headers = (end < 0 ? head : head.left(end)).toLower();
            const qsizetype at = headers.indexOf("\r\ncontent-length:");
            if (at < 0)
                return;
            const qsizetype eol = headers.indexOf("\r\n", at + 2);
            const QByteArray value = headers.mid(at + 17, eol < 0 ? -1 : eol - at - 17).trimmed();
            bool ok = false;
            const qint64 length = value.toLongLong(&ok);
            if (!ok || length <= limit)
                return;
            static const QByteArray body = R"({"galat":"isi permintaan terlalu besar"})";
            socket->write("HTTP/1.1 413 Payload Too Large\r\nContent-Type: application/json\r\nConnection: close\r\n"
                          "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
            socket->disconnectFromHost();
        });
        addPendingConnection(socket);
    }

private:
    qint64 m_maxBody;
};

} // namespace

quint16 HttpServer::start()
{
    auto* tcp = new LimitedTcpServer(m_service->config().maxBodyBytes, this);
    if (!tcp->listen(m_service->config().address, m_service->config().port)) {
        delete tcp;
        return 0;
    }
    bind(tcp);
    return tcp->serverPort();
}

void HttpServer::respond(const QHttpServerRequest& request, QTcpSocket* socket, const Response& r)
{
    QHttpServerResponse resp(r.contentType.isEmpty() ? QByteArray("application/x-empty") : r.contentType, r.body,
                             static_cast<QHttpServerResponse::StatusCode>(r.status));
    for (const auto& [k, v] : r.headers)
        resp.addHeader(k, v);
    resp.write(makeResponder(request, socket));
}

bool HttpServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    const Request req = copyRequest(request, socket);
    if (auto quick = m_service->quick(req)) {
        respond(request, socket, *quick);
        return true;
    }
    // The request object lives as long as its socket (Qt deletes it with the
    // socket), and a client waits for this answer before sending its next
    // request on the connection, so both stay valid while the socket does.
    QPointer<QTcpSocket> guard(socket);
    const QHttpServerRequest* requestPtr = &request;
    std::shared_ptr<Service> service = m_service;
    m_pool.start([this, service, req, guard, requestPtr]() {
        Response resp = service->handle(req);
        QMetaObject::invokeMethod(
            this,
            [this, guard, requestPtr, resp = std::move(resp)]() {
                if (guard && guard->state() == QAbstractSocket::ConnectedState)
                    respond(*requestPtr, guard.data(), resp);
            },
            Qt::QueuedConnection);
    });
    return true;
}

void HttpServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    respond(request, socket, errorJson(404, QStringLiteral("not found")));
}

// ------------------------------------------------------------------ RunningServer

RunningServer::RunningServer(const ServerConfig& config) : m_service(std::make_shared<Service>(config))
{
    m_thread.setObjectName(QStringLiteral("http"));
    m_thread.start();
    m_server = new HttpServer(m_service);
    m_server->moveToThread(&m_thread);
    QMetaObject::invokeMethod(m_server, [this] { m_port = m_server->start(); }, Qt::BlockingQueuedConnection);
    if (m_port == 0) {
        QMetaObject::invokeMethod(m_server, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
        m_server = nullptr;
        m_thread.quit();
        m_thread.wait();
        throw ps::Error(QCoreApplication::translate("server", "tidak dapat mendengarkan di %1:%2 (porta dipakai?)")
                            .arg(config.address.toString())
                            .arg(config.port));
    }
}

RunningServer::~RunningServer()
{
    if (m_server)
        QMetaObject::invokeMethod(m_server, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

QString RunningServer::url() const
{
    const QHostAddress a = m_service->config().address;
    const QString host = a == QHostAddress::Any || a == QHostAddress::AnyIPv4 ? QStringLiteral("127.0.0.1") : a.toString();
    return QStringLiteral("http://%1:%2").arg(host).arg(m_port);
}

} // namespace ps::server
