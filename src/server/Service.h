#pragma once
#include "MapService.h"
#include "SourceWatch.h"
#include "TileCache.h"
#include "core/Progress.h"
#include <functional>
#include <memory>
#include <QByteArray>
#include <QHostAddress>
#include <QString>
#include <QJsonValue>
#include <QUrlQuery>
#include <optional>
#include <utility>
#include <vector>

namespace ps::server {

struct ServerConfig {
    QString projectPath;
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 8080;                 // 0 = any free port
    int threads = 0;                     // render threads; 0 = QThread::idealThreadCount()
    QString corsOrigin;                  // Access-Control-Allow-Origin; empty = no CORS header
    QString cacheDir;                    // on-disk tile cache; empty = memory only
    bool edits = false;                  // data-changing endpoints for the project's named users (petasehat users)
    QByteArray token;                    // a shared token for them (tests, embedding; never from the command line)
    QString leafletDir = QStringLiteral("/usr/share/javascript/leaflet");
    qint64 maxBodyBytes = 64 * 1024;
    qint64 memoryCacheBytes = 128ll * 1024 * 1024;
    QString accessLog;                   // common log format file (rotated); empty = none

    // Limits that keep the service up on a real network (see HttpServer.h).
    int maxConnections = 1000;           // in total; lowered to fit under the descriptor limit
    int maxConnectionsPerClient = 64;    // per client IP address
    int requestTimeoutS = 10;            // from connect (or the last answer) until a request's headers are in: slowloris, idle keep-alive
    int inactivityTimeoutS = 30;         // nothing moved either way: a stalled upload, a client that does not read its answer
    int connectionMemory = 32 * 1024;    // per connection: a longer request line gets 414, longer headers 431
    qint64 responseBudgetBytes = 128ll * 1024 * 1024;   // answers held for clients; above it new requests get 503
    int maxQueuedRenders = 32;           // renders waiting for a thread; more get 503 + Retry-After
    int renderDeadlineS = 60;            // a render still running after this is cancelled (ServiceException)
    int maxDistinctLayers = 8;           // in one GetMap / tile
    qint64 maxLayerPixels = 4ll * 2048 * 2048;   // layers × WIDTH × HEIGHT of one GetMap
    int pageSize = 5000;                 // /api/facilities features per page (limit=, at most this)

    // A served PG: database: projectPath is its local mirror and `refresh` brings the mirror
    // up to date (pg::Mirror::refresh), throwing ps::Error when the database cannot be reached.
    // It runs once in the constructor (its error is the caller's), then every refreshIntervalMs
    // on a thread of its own; see Service::applyRefresh and SourceWatch.
    std::function<SourceRefresh()> refresh;
    int refreshIntervalMs = 1000;
    int retryMaxS = 5;                   // the longest pause between attempts while the database is down
};

// A request, copied out of the HTTP layer so workers never touch sockets.
struct Request {
    QByteArray method;                   // "GET", "POST", ...
    QString path;                        // decoded path, e.g. "/tiles/stunting/9/401/260.png"
    QUrlQuery query;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString baseUrl;                     // "http://host:port" as the client addressed us
    // Set when the client hung up or the deadline passed: long work stops and throws ps::Cancelled.
    std::shared_ptr<ps::Progress> cancel;
    QByteArray header(const QByteArray& name) const;
};

struct Response {
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    std::vector<std::pair<QByteArray, QByteArray>> headers;
    QString user;                        // the named user who made a change (access log)
};

// The office map service behind the HTTP layer: WMS 1.3.0, XYZ tiles, JSON API,
// web viewer. handle() is thread-safe and runs on worker threads; quick()
// answers what needs no database (static files, cached tiles) on the HTTP thread.
class Service {
public:
    explicit Service(ServerConfig config);
    ~Service();
    const ServerConfig& config() const { return m_config; }

    std::optional<Response> quick(const Request& r);
    // True for work that renders a map (GetMap, uncached tiles, export): it goes
    // to the render pool; everything else to the light pool.
    bool isRender(const Request& r) const;
    // True for JSON answers that read many rows (facility pages, analysis rows,
    // areas): their own pool, so legends and capabilities never wait behind them.
    bool isBulk(const Request& r) const;
    Response handle(const Request& r);
    MapService& maps() { return m_maps; }
    TileCache& tiles() { return m_tiles; }
    // The database of a PG: service cannot be reached: data requests answer 503.
    bool sourceDown() const { return m_watch && m_watch->down(); }
    // Cached tiles carried over to a new data version at the last refresh (tests, benchmarks).
    int tilesKeptAtRefresh() const { return m_keptAtRefresh; }

private:
    Response dispatch(const Request& r);
    Response wms(const Request& r);
    Response tile(const Request& r);
    Response api(const Request& r);
    Response staticFile(const Request& r);
    Response exportPng(const Request& r);
    Response savedMapPng(const Request& r);   // /maps/NAME.png: a map saved by name in the desktop app
    Response updateFacility(const Request& r, qint64 id);
    Response correctFacility(const Request& r, qint64 id, const QString& who);
    void finish(Response& resp) const;
    QString clientText(const QString& message) const;
    void applyRefresh(const SourceRefresh& r);
    Response unavailable(const Request& r) const;
    QString tileVersion();

    ServerConfig m_config;
    MapService m_maps;
    TileCache m_tiles;
    std::atomic<int> m_keptAtRefresh{0};
    std::unique_ptr<SourceWatch> m_watch;   // last: stopped first
};

Response jsonResponse(const QJsonDocument& doc, int status = 200);
// A GetFeatureInfo value as text for people, by field: years and ids plain,
// values with the layer's decimals, counts without decimals (pure, for tests).
QString featureInfoText(const QString& key, const QJsonValue& value);
// /texts.js: the web viewer's labels in the server's language (ViewerTexts.cpp).
QByteArray viewerTextsJs();
Response errorJson(int status, const QString& message);

} // namespace ps::server
