#pragma once
#include "MapService.h"
#include "TileCache.h"
#include <QByteArray>
#include <QHostAddress>
#include <QString>
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
    QByteArray token;                    // enables data-changing endpoints; empty = they are off
    QString leafletDir = QStringLiteral("/usr/share/javascript/leaflet");
    qint64 maxBodyBytes = 64 * 1024;
    qint64 memoryCacheBytes = 128ll * 1024 * 1024;
};

// A request, copied out of the HTTP layer so workers never touch sockets.
struct Request {
    QByteArray method;                   // "GET", "POST", ...
    QString path;                        // decoded path, e.g. "/tiles/stunting/9/401/260.png"
    QUrlQuery query;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString baseUrl;                     // "http://host:port" as the client addressed us
    QByteArray header(const QByteArray& name) const;
};

struct Response {
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    std::vector<std::pair<QByteArray, QByteArray>> headers;
};

// The office map service behind the HTTP layer: WMS 1.3.0, XYZ tiles, JSON API,
// web viewer. handle() is thread-safe and runs on worker threads; quick()
// answers what needs no database (static files, cached tiles) on the HTTP thread.
class Service {
public:
    explicit Service(ServerConfig config);
    const ServerConfig& config() const { return m_config; }

    std::optional<Response> quick(const Request& r);
    Response handle(const Request& r);
    MapService& maps() { return m_maps; }
    TileCache& tiles() { return m_tiles; }

private:
    Response dispatch(const Request& r);
    Response wms(const Request& r);
    Response tile(const Request& r);
    Response api(const Request& r);
    Response staticFile(const Request& r);
    Response exportPng(const Request& r);
    Response updateFacility(const Request& r, qint64 id);
    void finish(Response& resp) const;

    ServerConfig m_config;
    MapService m_maps;
    TileCache m_tiles;
};

Response jsonResponse(const QJsonDocument& doc, int status = 200);
Response errorJson(int status, const QString& message);

} // namespace ps::server
