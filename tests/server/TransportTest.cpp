// The transport's limits, each with its answer, over real sockets on
// 127.0.0.1: HEAD, pipelining in order, request smuggling shapes, oversize
// URLs and headers, body limit, request/idle timeouts, slowloris, connection
// limits per client, cancelled and over-deadline renders, cost limits, the
// response memory budget. Every wait is a bounded loop.
#include "TestSupport.h"
#include "ServerFixture.h"
#include "core/Project.h"
#include "server/HttpServer.h"
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QThread>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace ps;
using namespace ps::server;

namespace {

// A plain TCP client: what the server gets is exactly the bytes written.
class RawClient {
public:
    explicit RawClient(quint16 port, int rcvbuf = 0)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        if (rcvbuf > 0)
            ::setsockopt(m_fd, SOL_SOCKET, SO_RCVBUF, &rcvbuf, sizeof rcvbuf);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_port = htons(port);
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        m_connected = ::connect(m_fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0;
    }
    ~RawClient() { close(); }
    void close()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
    }
    bool connected() const { return m_connected; }
    bool send(const QByteArray& data)
    {
        qsizetype done = 0;
        while (done < data.size()) {
            const ssize_t n = ::send(m_fd, data.constData() + done, static_cast<size_t>(data.size() - done), MSG_NOSIGNAL);
            if (n <= 0)
                return false;
            done += n;
        }
        return true;
    }
    // Reads until the server closes, `until` has been seen `count` times, or `seconds` pass.
    QByteArray read(int seconds, const QByteArray& until = {}, int count = 1, bool* closed = nullptr)
    {
        QByteArray out;
        QElapsedTimer t;
        t.start();
        if (closed)
            *closed = false;
        while (t.elapsed() < seconds * 1000) {
            pollfd p{m_fd, POLLIN, 0};
            if (::poll(&p, 1, 100) <= 0)
                continue;
            char buf[65536];
            const ssize_t n = ::recv(m_fd, buf, sizeof buf, 0);
            if (n <= 0) {
                if (closed)
                    *closed = true;
                break;
            }
            out.append(buf, n);
            if (!until.isEmpty() && out.count(until) >= count && complete(out))
                break;
        }
        return out;
    }
    // True when the server closed the connection within `seconds`.
    bool closedByServer(int seconds)
    {
        bool closed = false;
        read(seconds, {}, 1, &closed);
        return closed;
    }

private:
    // The last response's body is complete (by its Content-Length).
    static bool complete(const QByteArray& data)
    {
        const qsizetype head = data.lastIndexOf("HTTP/1.1 ");
        const qsizetype end = data.indexOf("\r\n\r\n", head);
        if (end < 0)
            return false;
        const auto m = QRegularExpression(QStringLiteral("Content-Length: (\\d+)"), QRegularExpression::CaseInsensitiveOption)
                           .match(QString::fromLatin1(data.mid(head, end - head)));
        return !m.hasMatch() || data.size() - (end + 4) >= m.captured(1).toLongLong();
    }
    int m_fd = -1;
    bool m_connected = false;
};

int statusOf(const QByteArray& response)
{
    return response.startsWith("HTTP/1.1 ") ? response.mid(9, 3).toInt() : 0;
}

QByteArray get(const QByteArray& target, const QByteArray& extra = {})
{
    return "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extra + "\r\n";
}

class TransportTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        dir = new QTemporaryDir;
        project = pstest::buildSmallProject(dir->path());
    }
    static void TearDownTestSuite() { delete dir; }
    static ServerConfig config()
    {
        ServerConfig c;
        c.projectPath = project;
        c.port = 0;
        c.threads = 1;
        return c;
    }
    static QTemporaryDir* dir;
    static QString project;
};
QTemporaryDir* TransportTest::dir = nullptr;
QString TransportTest::project;

const QByteArray kGetMap = "/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=stunting&STYLES=&CRS=CRS:84"
                           "&BBOX=103.95,-3.05,104.45,-2.85&FORMAT=image/png";

} // namespace

TEST_F(TransportTest, HeadAnswersLikeGetWithoutBody)
{
    RunningServer server(config());
    RawClient c(server.port());
    ASSERT_TRUE(c.connected());
    c.send("HEAD /api/indicators HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    const QByteArray r = c.read(30);
    EXPECT_EQ(statusOf(r), 200) << r.toStdString();
    EXPECT_TRUE(r.contains("application/json"));
    EXPECT_TRUE(r.endsWith("\r\n\r\n")) << "HEAD has no body";
}

TEST_F(TransportTest, PipelinedRequestsAreAnsweredInOrder)
{
    RunningServer server(config());
    RawClient c(server.port());
    // A render first, then cheap ones: the cheap ones must not overtake it on this connection.
    c.send(get(kGetMap + "&WIDTH=512&HEIGHT=512") + get("/api/legend?layer=stunting") +
           get("/wms?SERVICE=WMS&REQUEST=GetCapabilities"));
    const QByteArray r = c.read(60, "HTTP/1.1 ", 3);
    const qsizetype png = r.indexOf("image/png"), json = r.indexOf("application/json"), xml = r.indexOf("text/xml");
    ASSERT_EQ(r.count("HTTP/1.1 200"), 3) << r.left(300).toStdString();
    EXPECT_LT(png, json);
    EXPECT_LT(json, xml);
}

TEST_F(TransportTest, ContentLengthWithChunkedIsRefusedAndTheHiddenRequestNotAnswered)
{
    RunningServer server(config());
    RawClient c(server.port());
    c.send("POST /api/facilities/1 HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 48\r\nTransfer-Encoding: chunked\r\n\r\n"
           "0\r\n\r\nGET /api/indicators HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    bool closed = false;
    const QByteArray r = c.read(10, {}, 1, &closed);
    EXPECT_EQ(statusOf(r), 400) << r.toStdString();
    EXPECT_EQ(r.count("HTTP/1.1 "), 1) << "the request hidden in the body must not be answered";
    EXPECT_TRUE(closed);
}

TEST_F(TransportTest, OversizeUrlGets414AndOversizeHeaders431)
{
    RunningServer server(config());
    {
        RawClient c(server.port());
        c.send(get("/api/legend?layer=" + QByteArray(200 * 1024, 'a')));
        const QByteArray r = c.read(10);
        EXPECT_EQ(statusOf(r), 414) << r.left(200).toStdString();
    }
    {
        RawClient c(server.port());
        c.send(get("/api/indicators", "X-Big: " + QByteArray(200 * 1024, 'b') + "\r\n"));
        const QByteArray r = c.read(10);
        EXPECT_EQ(statusOf(r), 431) << r.left(200).toStdString();
    }
    // And the server still answers.
    RawClient c(server.port());
    c.send(get("/api/indicators", "Connection: close\r\n"));
    EXPECT_EQ(statusOf(c.read(30)), 200);
}

TEST_F(TransportTest, BodyOverTheLimitGets413BeforeItIsRead)
{
    ServerConfig cfg = config();
    cfg.token = "rahasia-123-rahasia";
    RunningServer server(cfg);
    RawClient c(server.port());
    c.send("POST /api/facilities/1 HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100000000\r\n\r\n");
    const QByteArray r = c.read(10);
    EXPECT_EQ(statusOf(r), 413) << r.toStdString();
}

TEST_F(TransportTest, IdleAndSlowHeaderConnectionsAreClosed)
{
    ServerConfig cfg = config();
    cfg.requestTimeoutS = 1;
    RunningServer server(cfg);
    RawClient idle(server.port());
    RawClient slow(server.port());
    ASSERT_TRUE(idle.connected() && slow.connected());
    // Slowloris: a header byte every 200 ms never completes the request.
    slow.send("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    bool slowClosed = false;
    for (int i = 0; i < 100 && !slowClosed; ++i) {
        slowClosed = !slow.send("X");
        if (!slowClosed)
            slowClosed = slow.closedByServer(0);
        QThread::msleep(200);
    }
    EXPECT_TRUE(slowClosed) << "a request whose headers never end is closed";
    EXPECT_TRUE(idle.closedByServer(20)) << "an idle connection is closed";
    // Keep-alive: after an answer, an idle connection is closed too.
    RawClient kept(server.port());
    kept.send(get("/api/indicators"));
    EXPECT_EQ(statusOf(kept.read(30, "HTTP/1.1 ")), 200);
    EXPECT_TRUE(kept.closedByServer(20));
}

class ConnectionLimit : public TransportTest, public ::testing::WithParamInterface<bool> {};

TEST_P(ConnectionLimit, NewConnectionsOverTheLimitGetNothing)
{
    ServerConfig cfg = config();
    if (GetParam())
        cfg.maxConnectionsPerClient = 3;   // per client address
    else
        cfg.maxConnections = 3;            // in total
    RunningServer server(cfg);
    std::vector<std::unique_ptr<RawClient>> held;
    for (int i = 0; i < 3; ++i)
        held.push_back(std::make_unique<RawClient>(server.port()));
    for (int i = 0; i < 50 && server.stats().connections < 3; ++i)
        QThread::msleep(100);
    ASSERT_EQ(server.stats().connections, 3);
    RawClient extra(server.port());
    extra.send(get("/api/indicators", "Connection: close\r\n"));
    bool closed = false;
    const QByteArray r = extra.read(GetParam() ? 10 : 2, {}, 1, &closed);
    EXPECT_EQ(statusOf(r), 0) << "over the limit: no answer";
    if (GetParam()) {
        EXPECT_TRUE(closed) << "over the per-client limit: closed at once";
    } else {
        // Over the total limit the server accepts nothing more: the connection waits in
        // the kernel's backlog, costing the server no descriptor, until a slot frees.
        EXPECT_FALSE(closed);
        EXPECT_EQ(server.stats().connections, 3);
    }
    held.clear();
    if (!GetParam())
        EXPECT_EQ(statusOf(extra.read(30)), 200) << "answered once a slot is free";
    for (int i = 0; i < 50 && server.stats().connections > 0; ++i)
        QThread::msleep(100);
    RawClient again(server.port());
    again.send(get("/api/indicators", "Connection: close\r\n"));
    EXPECT_EQ(statusOf(again.read(30)), 200);
}
INSTANTIATE_TEST_SUITE_P(PerClientAndTotal, ConnectionLimit, ::testing::Bool());

TEST(TransportLimits, ConnectionRoomStaysUnderTheDescriptorLimit)
{
    rlimit rl{};
    ASSERT_EQ(getrlimit(RLIMIT_NOFILE, &rl), 0);
    if (rl.rlim_cur == RLIM_INFINITY)
        GTEST_SKIP() << "no descriptor limit";
    const int limit = static_cast<int>(rl.rlim_cur);
    EXPECT_EQ(connectionRoom(10, 64), std::min(10, limit - 64));
    EXPECT_EQ(connectionRoom(limit * 2, 64), limit - 64);
    EXPECT_GE(connectionRoom(limit * 2, limit + 10), 1);
}

TEST_F(TransportTest, CostLimitsAnswerWithServiceExceptions)
{
    RunningServer server(config());
    QByteArray many = "wilayah";
    for (int i = 0; i < 49; ++i)
        many += ",wilayah";
    const auto tooMany = pstest::httpGet(server.url() + QString::fromLatin1(kGetMap).replace("LAYERS=stunting", "LAYERS=" + many) +
                                         QStringLiteral("&WIDTH=256&HEIGHT=256"));
    EXPECT_EQ(tooMany.status, 400);
    EXPECT_TRUE(tooMany.body.contains("InvalidParameterValue")) << tooMany.body.toStdString();
    const auto tooBig = pstest::httpGet(server.url() + QString::fromLatin1(kGetMap).replace("LAYERS=stunting", "LAYERS=stunting,wilayah,fasilitas") +
                                        QStringLiteral("&WIDTH=4096&HEIGHT=4096"));
    EXPECT_EQ(tooBig.status, 400);
    EXPECT_TRUE(tooBig.body.contains("ServiceException")) << tooBig.body.toStdString();
}

TEST_F(TransportTest, RenderPastItsDeadlineIsCancelledWithAServiceException)
{
    ServerConfig cfg = config();
    cfg.renderDeadlineS = 0;
    RunningServer server(cfg);
    const auto r = pstest::httpGet(server.url() + QString::fromLatin1(kGetMap) + QStringLiteral("&WIDTH=256&HEIGHT=256"));
    EXPECT_EQ(r.status, 503);
    bool isException = false;
    pstest::exceptionCode(r.body, &isException);
    EXPECT_TRUE(isException) << r.body.toStdString();
    EXPECT_GE(server.stats().rendersCancelled, 1);
    // Cheap requests do not render and are not cut by the render deadline.
    EXPECT_EQ(pstest::httpGet(server.url() + QStringLiteral("/api/legend?layer=stunting")).status, 200);
}

TEST_F(TransportTest, AbandonedRendersAreCancelledAndCheapRequestsAreNotQueuedBehindThem)
{
    ServerConfig cfg = config();
    cfg.maxLayerPixels = 1ll << 40;
    RunningServer server(cfg);
    // One render thread: a long render, then more queued behind it whose clients hang up.
    const QByteArray big = kGetMap;
    QByteArray layers = "stunting";
    for (int i = 0; i < 7; ++i)
        layers += ",stunting";
    const QByteArray heavy = QByteArray(big).replace("LAYERS=stunting", "LAYERS=" + layers) + "&WIDTH=4096&HEIGHT=4096&LABELS=TRUE";
    RawClient first(server.port());
    first.send(get(heavy));
    std::vector<std::unique_ptr<RawClient>> gone;
    for (int i = 0; i < 4; ++i) {
        gone.push_back(std::make_unique<RawClient>(server.port()));
        gone.back()->send(get(heavy));
    }
    QThread::msleep(100);
    gone.clear();   // they hang up while queued
    // Meanwhile a legend (light pool) is answered.
    const auto legend = pstest::httpGet(server.url() + QStringLiteral("/api/legend?layer=stunting"));
    EXPECT_EQ(legend.status, 200);
    for (int i = 0; i < 600 && server.stats().rendersCancelled < 4; ++i)
        QThread::msleep(100);
    EXPECT_GE(server.stats().rendersCancelled, 4);
    EXPECT_EQ(statusOf(first.read(120, "HTTP/1.1 ")), 200);
    for (int i = 0; i < 600 && server.stats().rendersQueued > 0; ++i)
        QThread::msleep(100);
    EXPECT_EQ(server.stats().rendersQueued, 0);
}

TEST_F(TransportTest, ResponsesOverTheMemoryBudgetGet503WithRetryAfter)
{
    QTemporaryDir d;
    const QString path = pstest::buildSmallProject(d.path());
    {
        // Enough facilities for a page of JSON larger than the socket buffers.
        auto p = Project::open(path, false);
        Transaction tx(p->db());
        Facility f;
        f.type = FacilityType::Posyandu;
        f.status = FacilityStatus::Exact;
        f.kecamatanCode = QStringLiteral("16.07.01");
        for (int i = 0; i < 5000; ++i) {
            f.code = QStringLiteral("Y%1").arg(i + 10);
            f.name = QStringLiteral("Posyandu dengan nama yang cukup panjang nomor %1").arg(i);
            f.lon = 104.01 + (i % 90) * 0.001;
            f.lat = -2.99 + (i / 90) * 0.001;
            p->insertFacility(f);
        }
        tx.commit();
    }
    ServerConfig cfg = config();
    cfg.projectPath = path;
    cfg.responseBudgetBytes = 64 * 1024;
    RunningServer server(cfg);
    RawClient stuck(server.port(), 4096);   // never reads its answer
    stuck.send(get("/api/facilities"));
    for (int i = 0; i < 300 && server.stats().responseBytes == 0; ++i)
        QThread::msleep(100);
    ASSERT_GT(server.stats().responseBytes, cfg.responseBudgetBytes);
    RawClient next(server.port());
    next.send(get("/api/indicators", "Connection: close\r\n"));
    const QByteArray r = next.read(30);
    EXPECT_EQ(statusOf(r), 503) << r.left(300).toStdString();
    EXPECT_TRUE(r.contains("Retry-After: 5"));
    // The stuck client's answer is freed when it goes.
    stuck.close();
    for (int i = 0; i < 600 && server.stats().responseBytes > 0; ++i)
        QThread::msleep(100);
    EXPECT_EQ(server.stats().responseBytes, 0);
    RawClient after(server.port());
    after.send(get("/api/indicators", "Connection: close\r\n"));
    EXPECT_EQ(statusOf(after.read(30)), 200);
}

TEST_F(TransportTest, NoServerPathsInErrors)
{
    RunningServer server(config());
    const auto r = pstest::httpGet(server.url() + QStringLiteral("/api/nothing"));
    EXPECT_FALSE(r.body.contains(dir->path().toUtf8()));
    const auto wms = pstest::httpGet(server.url() + QStringLiteral("/wms?SERVICE=WMS&REQUEST=GetMap&LAYERS=x"));
    EXPECT_FALSE(wms.body.contains(dir->path().toUtf8()));
}
