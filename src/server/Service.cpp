#include "Service.h"
#include "geocode/FacilityFix.h"
#include "Capabilities.h"
#include "TileKeep.h"
#include "Users.h"
#include "core/Catalogue.h"
#include "core/Error.h"
#include "core/Geodesy.h"
#include "core/Locale.h"
#include "core/Period.h"
#include "core/PeriodChoice.h"
#include "core/Project.h"
#include "render/Export.h"
#include "render/MapBuilder.h"
#include "render/MapSpec.h"
#include "render/SavedMaps.h"
#include <QBuffer>
#include <QCryptographicHash>
#include <QPainter>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>
#include <cmath>

namespace ps::server {

static QString tr(const char* s) { return QCoreApplication::translate("server", s); }

QByteArray Request::header(const QByteArray& name) const
{
    for (const auto& [k, v] : headers)
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    return {};
}

Response jsonResponse(const QJsonDocument& doc, int status)
{
    return {status, "application/json; charset=utf-8", doc.toJson(QJsonDocument::Compact), {}};
}

Response errorJson(int status, const QString& message)
{
    return jsonResponse(QJsonDocument(QJsonObject{{QStringLiteral("galat"), message}}), status);
}

namespace {

bool isWms(const Request& r) { return r.path == QLatin1String("/wms") || r.path == QLatin1String("/ows"); }

Response xmlResponse(const QByteArray& xml, int status = 200) { return {status, "text/xml; charset=utf-8", xml, {}}; }

Response exceptionResponse(const ServiceException& e)
{
    return xmlResponse(serviceExceptionXml(e.code(), e.message()), e.httpStatus());
}

QByteArray png(const QImage& img)
{
    QByteArray out;
    QBuffer buf(&out);
    buf.open(QIODevice::WriteOnly);
    img.save(&buf, "PNG");
    return out;
}

Response pngResponse(const QImage& img) { return {200, "image/png", png(img), {}}; }

// The maps saved by name in the desktop app, with the address that draws each.
QJsonArray savedMapsJson(Project& project, const QString& baseUrl)
{
    QJsonArray maps;
    for (const QString& name : render::savedMapNames(project)) {
        render::MapSpec spec;
        try {
            spec = render::savedMapSpec(project, name);
        } catch (const std::exception&) {
            // listed anyway: /maps/NAME.png says what is wrong with it
        }
        maps.append(QJsonObject{{QStringLiteral("name"), name},
                                {QStringLiteral("title"), spec.title},
                                {QStringLiteral("indicator"), spec.indicator},
                                {QStringLiteral("png"), baseUrl + QStringLiteral("/maps/") +
                                                            QString::fromLatin1(QUrl::toPercentEncoding(name)) + QStringLiteral(".png")}});
    }
    return maps;
}

// JPEG for clients that ask for it by default (GDAL's WMS driver): no alpha, so
// the map goes on white first.
Response jpegResponse(const QImage& img, const QColor& background)
{
    QImage flat(img.size(), QImage::Format_RGB32);
    flat.fill(background);
    {
        QPainter p(&flat);
        p.drawImage(0, 0, img);
    }
    QByteArray out;
    QBuffer buf(&out);
    buf.open(QIODevice::WriteOnly);
    flat.save(&buf, "JPEG", 90);
    return {200, "image/jpeg", out, {}};
}

const QRegularExpression kTilePath(QStringLiteral("^/tiles/([A-Za-z0-9_.,:-]{1,200})/(\\d{1,2})/(\\d{1,8})/(\\d{1,8})\\.png$"));

// A tile's ETag: the project version and the tile, so a browser revalidates
// (Cache-Control: no-cache) and gets 304 until the project changes.
QByteArray tileEtag(const QString& version, const QString& key)
{
    return '"' + QCryptographicHash::hash((version + QLatin1Char('|') + key).toUtf8(), QCryptographicHash::Sha1).toHex().left(20) + '"';
}

// X-PetaSehat-Cache says whether the tile came from the cache or was drawn for this request.
Response tileResponse(const Request& r, const QString& version, const QString& key, const QByteArray& png, bool hit)
{
    const QByteArray etag = tileEtag(version, key);
    const QByteArray cache = hit ? "hit" : "miss";
    if (r.header("If-None-Match") == etag)
        return {304, "image/png", {}, {{"Cache-Control", "no-cache"}, {"ETag", etag}, {"X-PetaSehat-Cache", cache}}};
    return {200, "image/png", png, {{"Cache-Control", "no-cache"}, {"ETag", etag}, {"X-PetaSehat-Cache", cache}}};
}

QString tileKey(const QString& layers, const QString& style, int z, int x, int y)
{
    return layers + (style.isEmpty() ? QString() : QLatin1Char('@') + style) +
           QStringLiteral("/%1/%2/%3.png").arg(z).arg(x).arg(y);
}

const QStringList kCommonWms = {QStringLiteral("SERVICE"), QStringLiteral("VERSION"), QStringLiteral("REQUEST"),
                                QStringLiteral("_")};
// Parameters of GetMap (and the map part of GetFeatureInfo). Vendor parameters
// that common clients (QGIS, GDAL, Leaflet) send are accepted and ignored.
const QStringList kMapParams = {QStringLiteral("LAYERS"),        QStringLiteral("STYLES"),     QStringLiteral("CRS"),
                                QStringLiteral("SRS"),           QStringLiteral("BBOX"),       QStringLiteral("WIDTH"),
                                QStringLiteral("HEIGHT"),        QStringLiteral("FORMAT"),     QStringLiteral("TRANSPARENT"),
                                QStringLiteral("BGCOLOR"),       QStringLiteral("EXCEPTIONS"), QStringLiteral("TIME"),
                                QStringLiteral("PERIOD"),
                                QStringLiteral("SLD_VERSION"),   QStringLiteral("DPI"),        QStringLiteral("MAP_RESOLUTION"),
                                QStringLiteral("FORMAT_OPTIONS"), QStringLiteral("LABELS"),    QStringLiteral("TILED"),
                                // No layer has an elevation dimension: WMS 1.3.0 C.4.1 says to ignore it then.
                                QStringLiteral("ELEVATION")};

// The periods a TIME/PERIOD value may mean, most precise first: a period as we write it
// ("2024", "2024-S1", "2024-08"), or an ISO 8601 date/time (what QGIS's temporal
// controller sends): its month, then its year.
QStringList periodTexts(const QString& time)
{
    if (const auto p = Period::parse(time))
        return {p->text()};
    static const QRegularExpression kIso(QStringLiteral("^(\\d{4})-(\\d{2})(-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?Z?)?)?$"));
    const auto m = kIso.match(time);
    if (!m.hasMatch() || !Period::parse(m.captured(1) + QLatin1Char('-') + m.captured(2)))
        return {};
    return {m.captured(1) + QLatin1Char('-') + m.captured(2), m.captured(1)};
}

// A `period` query value: 2024, 2024-S1, 2024-Q3, 2024-08, or a stored key (202408).
std::optional<int> periodParam(const QString& text)
{
    if (const auto p = Period::parse(text))
        return p->key();
    bool ok = false;
    const int key = text.trimmed().toInt(&ok);
    if (ok && Period::fromKey(key))
        return key;
    return std::nullopt;
}

// The no-data message of a layer, with the layers of the same indicator and period that have data.
QString noDataText(const QString& why, const Snapshot& snap, const ServiceLayer& l, Project& project)
{
    QStringList with;
    for (const ServiceLayer& o : snap.layers)
        if (o.kind == LayerKind::Indicator && o.indicator == l.indicator && o.period == l.period && o.name == periodLayerName(o.indicator, o.period, o.level) &&
            snap.noData(project, o).isEmpty())
            with << o.name;
    return with.isEmpty() ? why : why + tr(" (lapisan dengan data: %1)").arg(with.join(QStringLiteral(", ")));
}

// Resolves LAYERS/STYLES/CRS/BBOX/WIDTH/HEIGHT/TIME into a MapRequest.
// Cost limits of one map: at most maxLayers layers (a repeated layer is drawn
// again, so it counts again), and layers × WIDTH × HEIGHT at most maxLayerPixels.
void checkCost(qsizetype layers, QSize size, const ServerConfig& c)
{
    if (layers > c.maxDistinctLayers)
        throw ServiceException(QStringLiteral("InvalidParameterValue"),
                               tr("terlalu banyak lapisan dalam satu peta: %1 (maks. %2)").arg(layers).arg(c.maxDistinctLayers));
    const qint64 cost = static_cast<qint64>(layers) * size.width() * size.height();
    if (cost > c.maxLayerPixels)
        throw ServiceException(QStringLiteral("InvalidParameterValue"),
                               tr("peta terlalu mahal: %1 lapisan × %2 × %3 piksel melebihi batas %4 lapisan·piksel; perkecil WIDTH/HEIGHT atau jumlah lapisan")
                                   .arg(layers).arg(size.width()).arg(size.height()).arg(c.maxLayerPixels));
}

MapRequest parseMap(const Params& p, const Snapshot& snap, std::vector<ServiceLayer>& timed, const ServerConfig& config)
{
    MapRequest m;
    const QString version = p.value(QStringLiteral("VERSION"), QStringLiteral("1.3.0"));
    const bool v111 = version.startsWith(QLatin1String("1.1"));
    if (!v111 && version != QLatin1String("1.3.0"))
        throw ServiceException(QStringLiteral("InvalidParameterValue"), tr("VERSION %1 tidak didukung; gunakan 1.3.0").arg(version));
    const QString crsText = p.required(v111 ? QStringLiteral("SRS") : QStringLiteral("CRS"));
    auto crs = parseCrs(crsText);
    if (!crs)
        throw ServiceException(QStringLiteral("InvalidCRS"), tr("CRS %1 tidak didukung; gunakan EPSG:4326, EPSG:3857 atau CRS:84").arg(crsText));
    // WMS 1.1.1 writes EPSG:4326 in lon/lat order, like CRS:84.
    m.crs = v111 && *crs == WmsCrs::Epsg4326 ? WmsCrs::Crs84 : *crs;
    m.extent = parseBbox(p.required(QStringLiteral("BBOX")), m.crs);
    m.size = QSize(parseSize(p.required(QStringLiteral("WIDTH")), QStringLiteral("WIDTH")),
                   parseSize(p.required(QStringLiteral("HEIGHT")), QStringLiteral("HEIGHT")));
    m.transparent = parseBool(p.value(QStringLiteral("TRANSPARENT")), QStringLiteral("TRANSPARENT"), false);
    m.labels = parseBool(p.value(QStringLiteral("LABELS")), QStringLiteral("LABELS"), false);
    if (p.has(QStringLiteral("BGCOLOR"))) {
        const auto bg = parseBgColor(p.value(QStringLiteral("BGCOLOR")));
        if (!bg)
            throw ServiceException(QStringLiteral("InvalidParameterValue"),
                                   tr("BGCOLOR harus 0xRRGGBB heksadesimal, bukan \"%1\"").arg(p.value(QStringLiteral("BGCOLOR"))));
        m.background = *bg;
    }

    const QStringList names = p.required(QStringLiteral("LAYERS")).split(QLatin1Char(','));
    checkCost(names.size(), m.size, config);
    QStringList styles = p.value(QStringLiteral("STYLES")).split(QLatin1Char(','));
    if (p.value(QStringLiteral("STYLES")).isEmpty())
        styles.clear();
    if (!styles.isEmpty() && styles.size() != names.size())
        throw ServiceException(QStringLiteral("InvalidParameterValue"), tr("STYLES harus kosong atau berisi satu gaya per lapisan (%1 lapisan, %2 gaya)")
                                       .arg(names.size()).arg(styles.size()));
    for (const QString& s : styles) {
        const QString t = s.trimmed();
        if (t.isEmpty() || t == QLatin1String("default"))
            continue;
        if (!snap.style(t))
            throw ServiceException(QStringLiteral("StyleNotDefined"), tr("gaya tidak dikenal: %1").arg(t));
        m.style = t;
    }
    // PERIOD is TIME under our own name (2024, 2024-S1, 2024-Q3, 2024-08).
    const bool hasTime = p.has(QStringLiteral("TIME")) || p.has(QStringLiteral("PERIOD"));
    const QString time = p.value(p.has(QStringLiteral("PERIOD")) ? QStringLiteral("PERIOD") : QStringLiteral("TIME")).trimmed();
    timed.reserve(names.size());
    for (const QString& raw : names) {
        const QString name = raw.trimmed();
        const ServiceLayer* l = snap.layer(name);
        if (!l)
            throw ServiceException(QStringLiteral("LayerNotDefined"), tr("lapisan tidak dikenal: %1").arg(name));
        ServiceLayer copy = *l;
        // TIME (or PERIOD) picks the period of an indicator's latest-period layer (named by code, and level).
        const QString latestName = l->indicator + (l->level == AdminLevel::Kecamatan ? QString() : QLatin1Char('.') + levelName(l->level));
        if (hasTime && l->kind == LayerKind::Indicator && l->name == latestName) {
            if (time.isEmpty())
                throw ServiceException(QStringLiteral("MissingDimensionValue"), tr("TIME kosong; berikan periode, mis. TIME=2023 atau TIME=2024-08"));
            const ServiceLayer* at = nullptr;
            for (const QString& candidate : periodTexts(time))
                if (!at)
                    at = snap.layer(periodLayerName(l->indicator, Period::parse(candidate)->key(), l->level));
            if (!at) {
                QStringList have;
                for (int key : l->periods)
                    have << Period::fromKey(key).value_or(Period{key}).text();
                throw ServiceException(QStringLiteral("InvalidDimensionValue"),
                                       tr("tidak ada data %1 untuk TIME=%2; periode yang ada: %3").arg(l->indicator, time, have.join(QStringLiteral(", "))));
            }
            copy = *at;
        }
        timed.push_back(copy);
    }
    for (qsizetype i = 0; i < styles.size(); ++i) {
        const QString t = styles[i].trimmed();
        if (t.isEmpty() || t == QLatin1String("default"))
            continue;
        if (!Snapshot::styleApplies(*snap.style(t), timed[static_cast<size_t>(i)]))
            throw ServiceException(QStringLiteral("StyleNotDefined"), tr("gaya %1 tidak berlaku untuk lapisan %2").arg(t, names[i].trimmed()));
    }
    for (const ServiceLayer& l : timed)
        m.layers.push_back(&l);
    return m;
}

QString htmlEscape(const QString& s) { return s.toHtmlEscaped(); }

} // namespace

QString featureInfoText(const QString& key, const QJsonValue& v)
{
    if (!v.isDouble())
        return v.toVariant().toString();
    // Years, ids and ranks are labels, not quantities: no grouping, no decimals.
    static const QHash<QString, int> kDecimals = {{QStringLiteral("tahun"), -1}, {QStringLiteral("id"), -1},
                                                  {QStringLiteral("run"), -1},   {QStringLiteral("peringkat"), -1},
                                                  {QStringLiteral("nilai"), 1},  {QStringLiteral("skor"), 1},
                                                  {QStringLiteral("lon"), 5},    {QStringLiteral("lat"), 5}};
    const double d = v.toDouble();
    const int decimals = kDecimals.value(key, std::floor(d) == d ? 0 : 2);
    return decimals < 0 ? QString::number(static_cast<qint64>(d)) : ps::formatNumber(d, decimals);
}

namespace {

QByteArray featureInfoHtml(const QJsonObject& fc)
{
    QString html = QStringLiteral("<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>Info</title></head><body>");
    const QJsonArray features = fc.value(QStringLiteral("features")).toArray();
    if (features.isEmpty())
        html += QStringLiteral("<p>") + htmlEscape(tr("Tidak ada objek di titik ini.")) + QStringLiteral("</p>");
    for (const QJsonValue& f : features) {
        const QJsonObject props = f.toObject().value(QStringLiteral("properties")).toObject();
        html += QStringLiteral("<table border=\"1\">");
        for (auto it = props.begin(); it != props.end(); ++it)
            html += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>").arg(htmlEscape(it.key()), htmlEscape(featureInfoText(it.key(), it.value())));
        html += QStringLiteral("</table>");
    }
    html += QStringLiteral("</body></html>");
    return html.toUtf8();
}

} // namespace

Service::Service(ServerConfig config)
    : m_config(std::move(config)), m_maps(m_config.projectPath), m_tiles(m_config.cacheDir, m_config.memoryCacheBytes)
{
    if (!m_config.refresh)
        return;
    applyRefresh(m_config.refresh());
    m_watch = std::make_unique<SourceWatch>(m_config.refresh, [this](const SourceRefresh& r) { applyRefresh(r); },
                                            m_config.refreshIntervalMs, m_config.retryMaxS);
}

Service::~Service() = default;

// A new data version of the PG: database, already in the mirror: the new snapshot is built
// here (off the request path), the cached tiles the republished districts cannot have
// changed are carried over to it (TileKeep.h), then it is served. Requests meanwhile still
// see the old snapshot, and the mirror's SQLite WAL kept their reads consistent while it was
// written; a tile such a request draws under the old version is not cached (retired).
void Service::applyRefresh(const SourceRefresh& r)
{
    const QString version = QStringLiteral("pg%1").arg(r.version);
    const auto old = m_maps.pinned();
    if (old && old->version == version)
        return;
    const auto now = m_maps.build(version);
    if (old) {
        const QStringList keys = m_tiles.keys(old->version);
        // The republished districts: from the mirror's own record when it has one (right even
        // when another server process sharing the mirror file moved it), else what this
        // refresh reported when it moved the mirror from the version served; otherwise
        // nothing is known and every tile goes.
        const bool ours = QStringLiteral("pg%1").arg(r.previousVersion) == old->version;
        const bool recorded = !old->districtPublications.isEmpty() || !now->districtPublications.isEmpty();
        QSet<QString> keep;
        if (recorded || ours)
            keep = tilesToKeep(keys, *old, *now, threadProject(m_config.projectPath),
                               recorded ? changedDistricts(*old, *now) : r.changedDistricts, ours);
        m_keptAtRefresh = m_tiles.advance(old->version, version, keep);
    }
    m_maps.pin(now);
}

QString Service::tileVersion()
{
    if (const auto snap = m_maps.pinned())
        return snap->version;
    return projectVersion(m_config.projectPath);
}

// The database is down: 503 with Retry-After, as a ServiceException for WMS clients.
Response Service::unavailable(const Request& r) const
{
    const QString msg = tr("basis data tidak terjangkau; layanan pulih sendiri saat basis data kembali, coba lagi sebentar lagi");
    Response resp = isWms(r) ? exceptionResponse(ServiceException(QStringLiteral("ServiceUnavailable"), msg, 503)) : errorJson(503, msg);
    resp.headers.emplace_back("Retry-After", QByteArray::number(m_watch ? m_watch->retryAfterS() : 1));
    return resp;
}

void Service::finish(Response& resp) const
{
    if (!m_config.corsOrigin.isEmpty()) {
        resp.headers.emplace_back("Access-Control-Allow-Origin", m_config.corsOrigin.toUtf8());
        resp.headers.emplace_back("Vary", "Origin");
    }
}

std::optional<Response> Service::quick(const Request& r)
{
    if (r.method == "GET" && !r.path.startsWith(QLatin1String("/tiles/")) && !r.path.startsWith(QLatin1String("/wms")) &&
        !r.path.startsWith(QLatin1String("/ows")) && !r.path.startsWith(QLatin1String("/api/")) &&
        !r.path.startsWith(QLatin1String("/maps/"))) {
        Response resp = staticFile(r);
        finish(resp);
        return resp;
    }
    if (r.method == "GET" && r.query.isEmpty()) {
        const auto m = kTilePath.match(r.path);
        if (m.hasMatch()) {
            const QString key = tileKey(m.captured(1), {}, m.captured(2).toInt(), m.captured(3).toInt(), m.captured(4).toInt());
            const QString version = tileVersion();
            if (auto png = sourceDown() ? std::nullopt : m_tiles.memory(version, key)) {
                Response resp = tileResponse(r, version, key, *png, true);
                finish(resp);
                return resp;
            }
        }
    }
    return std::nullopt;
}

// Error texts go to anyone on the network: never the server's folders.
QString Service::clientText(const QString& message) const
{
    QString out = message;
    const QFileInfo fi(m_config.projectPath);
    out.replace(fi.absoluteFilePath(), fi.fileName());
    out.replace(fi.absolutePath() + QLatin1Char('/'), QString());
    if (!m_config.cacheDir.isEmpty())
        out.replace(QFileInfo(m_config.cacheDir).absoluteFilePath(), QStringLiteral("cache"));
    return out;
}

bool Service::isRender(const Request& r) const
{
    if (r.path.startsWith(QLatin1String("/tiles/")) || r.path == QLatin1String("/api/export.png") ||
        r.path.startsWith(QLatin1String("/maps/")))
        return true;
    if (!isWms(r))
        return false;
    for (const auto& [k, v] : r.query.queryItems(QUrl::FullyDecoded))
        if (k.compare(QLatin1String("REQUEST"), Qt::CaseInsensitive) == 0 && v.compare(QLatin1String("GetMap"), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

bool Service::isBulk(const Request& r) const
{
    static const QStringList kBulk = {QStringLiteral("/api/facilities"), QStringLiteral("/api/coverage"),
                                      QStringLiteral("/api/underserved"), QStringLiteral("/api/proposed"), QStringLiteral("/api/areas")};
    return kBulk.contains(r.path);
}

Response Service::handle(const Request& r)
{
    Response resp;
    try {
        if (r.cancel)
            r.cancel->throwIfCancelled();
        // Static files (the viewer) still load; everything that reads the data waits for the database.
        const bool data = isWms(r) || r.path.startsWith(QLatin1String("/tiles/")) || r.path.startsWith(QLatin1String("/api/")) ||
                          r.path.startsWith(QLatin1String("/maps/"));
        resp = data && sourceDown() ? unavailable(r) : dispatch(r);
    } catch (const ServiceException& e) {
        resp = isWms(r) ? exceptionResponse(e)
                   : errorJson(e.httpStatus(), e.message());
    } catch (const ps::Cancelled&) {
        // The client hung up (nobody reads this) or the render deadline passed.
        const QString msg = tr("penggambaran dibatalkan: melewati batas waktu %1 detik; perkecil WIDTH/HEIGHT atau jumlah lapisan")
                                .arg(m_config.renderDeadlineS);
        resp = isWms(r) ? exceptionResponse(ServiceException({}, msg, 503)) : errorJson(503, msg);
    } catch (const ps::Error& e) {
        const QString msg = clientText(e.message());
        resp = isWms(r) ? exceptionResponse(ServiceException({}, msg, 500)) : errorJson(500, msg);
    } catch (const std::exception& e) {
        resp = errorJson(500, clientText(QString::fromUtf8(e.what())));
    }
    finish(resp);
    return resp;
}

Response Service::dispatch(const Request& r)
{
    if (r.method == "OPTIONS")
        return {204, {}, {}, {{"Access-Control-Allow-Methods", "GET, POST, OPTIONS"},
                              {"Access-Control-Allow-Headers", "Authorization, Content-Type"}}};
    if (r.body.size() > m_config.maxBodyBytes)
        return errorJson(413, tr("isi permintaan terlalu besar (maks. %1 bita)").arg(m_config.maxBodyBytes));
    if (r.path == QLatin1String("/wms") || r.path == QLatin1String("/ows")) {
        if (r.method != "GET")
            return errorJson(405, tr("WMS hanya menerima GET"));
        return wms(r);
    }
    if (r.path.startsWith(QLatin1String("/tiles/"))) {
        if (r.method != "GET")
            return errorJson(405, tr("ubin hanya menerima GET"));
        return tile(r);
    }
    if (r.path.startsWith(QLatin1String("/api/")))
        return api(r);
    if (r.path.startsWith(QLatin1String("/maps/")) && r.method == "GET")
        return savedMapPng(r);
    if (r.method == "GET")
        return staticFile(r);
    return errorJson(405, tr("metode tidak didukung"));
}

// ------------------------------------------------------------------ WMS

Response Service::wms(const Request& r)
{
    const Params p = Params::fromQuery(r.query, true);
    const QString request = p.required(QStringLiteral("REQUEST"));
    if (p.has(QStringLiteral("SERVICE")) && p.value(QStringLiteral("SERVICE")).compare(QLatin1String("WMS"), Qt::CaseInsensitive) != 0)
        throw ServiceException(QStringLiteral("InvalidParameterValue"), tr("SERVICE harus WMS"));
    auto snap = m_maps.snapshot();

    if (request.compare(QLatin1String("GetCapabilities"), Qt::CaseInsensitive) == 0) {
        p.rejectUnknown(kCommonWms + QStringList{QStringLiteral("FORMAT"), QStringLiteral("UPDATESEQUENCE")});
        return xmlResponse(capabilitiesXml(*snap, r.baseUrl));
    }
    if (request.compare(QLatin1String("GetMap"), Qt::CaseInsensitive) == 0) {
        p.rejectUnknown(kCommonWms + kMapParams);
        const QString format = p.required(QStringLiteral("FORMAT"));
        const bool jpeg = format == QLatin1String("image/jpeg") || format == QLatin1String("jpeg");
        if (format != QLatin1String("image/png") && format != QLatin1String("png") && !jpeg)
            throw ServiceException(QStringLiteral("InvalidFormat"),
                                   tr("FORMAT %1 tidak didukung; gunakan image/png atau image/jpeg").arg(format));
        std::vector<ServiceLayer> layers;
        const MapRequest m = parseMap(p, *snap, layers, m_config);
        for (const ServiceLayer* l : m.layers)
            if (const QString why = snap->noData(threadProject(m_config.projectPath), *l); !why.isEmpty())
                throw ServiceException(QStringLiteral("NoDataAtLevel"), noDataText(why, *snap, *l, threadProject(m_config.projectPath)), 404);
        const QImage img = m_maps.render(*snap, m, r.cancel.get());
        return jpeg ? jpegResponse(img, m.background) : pngResponse(img);
    }
    if (request.compare(QLatin1String("GetFeatureInfo"), Qt::CaseInsensitive) == 0) {
        p.rejectUnknown(kCommonWms + kMapParams +
                        QStringList{QStringLiteral("QUERY_LAYERS"), QStringLiteral("INFO_FORMAT"), QStringLiteral("I"),
                                    QStringLiteral("J"), QStringLiteral("X"), QStringLiteral("Y"), QStringLiteral("FEATURE_COUNT")});
        std::vector<ServiceLayer> layers;
        MapRequest m = parseMap(p, *snap, layers, m_config);
        const bool v111 = p.value(QStringLiteral("VERSION")).startsWith(QLatin1String("1.1"));
        const int i = parsePixel(p.required(v111 ? QStringLiteral("X") : QStringLiteral("I")), QStringLiteral("I"), m.size.width());
        const int j = parsePixel(p.required(v111 ? QStringLiteral("Y") : QStringLiteral("J")), QStringLiteral("J"), m.size.height());
        const QString infoFormat = p.value(QStringLiteral("INFO_FORMAT"), QStringLiteral("application/json"));
        if (infoFormat != QLatin1String("application/json") && infoFormat != QLatin1String("text/html"))
            throw ServiceException(QStringLiteral("InvalidFormat"),
                                   tr("INFO_FORMAT %1 tidak didukung; gunakan application/json atau text/html").arg(infoFormat));
        std::vector<const ServiceLayer*> queried;
        for (const QString& raw : p.required(QStringLiteral("QUERY_LAYERS")).split(QLatin1Char(','))) {
            const QString name = raw.trimmed();
            const ServiceLayer* found = nullptr;
            for (const ServiceLayer* l : m.layers)
                if (l->name == name || (l->indicator == name && !name.isEmpty()))
                    found = l;
            if (!found)
                throw ServiceException(snap->layer(name) ? QStringLiteral("LayerNotQueryable") : QStringLiteral("LayerNotDefined"),
                                       tr("QUERY_LAYERS: %1 tidak ada di LAYERS").arg(name));
            queried.push_back(found);
        }
        m.layers = queried;
        bool ok = true;
        const int count = p.has(QStringLiteral("FEATURE_COUNT")) ? p.value(QStringLiteral("FEATURE_COUNT")).toInt(&ok) : 10;
        if (!ok || count < 1)
            throw ServiceException(QStringLiteral("InvalidParameterValue"), tr("FEATURE_COUNT harus bilangan bulat positif"));
        const QJsonObject fc = m_maps.featureInfo(*snap, m, i, j, std::min(count, 50));
        if (infoFormat == QLatin1String("text/html"))
            return {200, "text/html; charset=utf-8", featureInfoHtml(fc), {}};
        return jsonResponse(QJsonDocument(fc));
    }
    if (request.compare(QLatin1String("GetLegendGraphic"), Qt::CaseInsensitive) == 0) {
        p.rejectUnknown(kCommonWms + QStringList{QStringLiteral("LAYER"), QStringLiteral("STYLE"), QStringLiteral("FORMAT"),
                                                 QStringLiteral("SLD_VERSION"), QStringLiteral("WIDTH"), QStringLiteral("HEIGHT"),
                                                 QStringLiteral("SCALE"), QStringLiteral("TRANSPARENT")});
        const QString format = p.value(QStringLiteral("FORMAT"), QStringLiteral("image/png"));
        if (format != QLatin1String("image/png"))
            throw ServiceException(QStringLiteral("InvalidFormat"), tr("FORMAT %1 tidak didukung; gunakan image/png").arg(format));
        const QString name = p.required(QStringLiteral("LAYER"));
        const ServiceLayer* l = snap->layer(name);
        if (!l)
            throw ServiceException(QStringLiteral("LayerNotDefined"), tr("lapisan tidak dikenal: %1").arg(name));
        QString style = p.value(QStringLiteral("STYLE"));
        if (style == QLatin1String("default"))
            style.clear();
        if (!style.isEmpty() && (!snap->style(style) || !Snapshot::styleApplies(*snap->style(style), *l)))
            throw ServiceException(QStringLiteral("StyleNotDefined"), tr("gaya %1 tidak berlaku untuk lapisan %2").arg(style, name));
        // WIDTH/HEIGHT: the size of each legend symbol in pixels (as GeoServer and MapServer read them).
        QSize symbol(16, 16);
        if (p.has(QStringLiteral("WIDTH")))
            symbol.setWidth(parseSize(p.value(QStringLiteral("WIDTH")), QStringLiteral("WIDTH"), 256));
        if (p.has(QStringLiteral("HEIGHT")))
            symbol.setHeight(parseSize(p.value(QStringLiteral("HEIGHT")), QStringLiteral("HEIGHT"), 256));
        return pngResponse(m_maps.legend(*snap, *l, style, symbol));
    }
    throw ServiceException(QStringLiteral("OperationNotSupported"),
                           tr("REQUEST %1 tidak didukung (GetCapabilities, GetMap, GetFeatureInfo, GetLegendGraphic)").arg(request));
}

// ------------------------------------------------------------------ tiles

Response Service::tile(const Request& r)
{
    const auto m = kTilePath.match(r.path);
    if (!m.hasMatch())
        return errorJson(404, tr("alamat ubin harus /tiles/LAPISAN/z/x/y.png"));
    const Params p = Params::fromQuery(r.query, false);
    p.rejectUnknown({QStringLiteral("style")});
    const int z = m.captured(2).toInt(), x = m.captured(3).toInt(), y = m.captured(4).toInt();
    const auto extent = tileExtent3857(z, x, y);
    if (!extent)
        return errorJson(404, tr("ubin %1/%2/%3 di luar jangkauan (z 0–22, x dan y 0–2^z-1)").arg(z).arg(x).arg(y));
    auto snap = m_maps.snapshot();
    const QString style = p.value(QStringLiteral("style"));
    if (!style.isEmpty() && style != QLatin1String("default") && !snap->style(style))
        return errorJson(400, tr("gaya tidak dikenal: %1").arg(style));
    const QString key = tileKey(m.captured(1), style, z, x, y);
    if (auto png = m_tiles.get(snap->version, key))
        return tileResponse(r, snap->version, key, *png, true);
    MapRequest req;
    std::vector<ServiceLayer> layers;
    const QStringList names = m.captured(1).split(QLatin1Char(','));
    if (names.size() > m_config.maxDistinctLayers)
        return errorJson(400, tr("terlalu banyak lapisan dalam satu peta: %1 (maks. %2)").arg(names.size()).arg(m_config.maxDistinctLayers));
    for (const QString& name : names) {
        const ServiceLayer* l = snap->layer(name);
        if (!l)
            return errorJson(404, tr("lapisan tidak dikenal: %1").arg(name));
        if (snap->style(style) && !Snapshot::styleApplies(*snap->style(style), *l))
            return errorJson(400, tr("gaya %1 tidak berlaku untuk lapisan %2").arg(style, name));
        // A level without data: 404 with the message (and a header saying why), never a tile of
        // "Tidak ada data" hatching that reads as a map.
        if (const QString why = snap->noData(threadProject(m_config.projectPath), *l); !why.isEmpty()) {
            Response no = errorJson(404, noDataText(why, *snap, *l, threadProject(m_config.projectPath)));
            no.headers.emplace_back("X-PetaSehat-No-Data", levelName(l->level).toUtf8());
            return no;
        }
        layers.push_back(*l);
    }
    for (const ServiceLayer& l : layers)
        req.layers.push_back(&l);
    req.style = style == QLatin1String("default") ? QString() : style;
    req.crs = WmsCrs::Epsg3857;
    req.extent = *extent;
    req.size = QSize(256, 256);
    req.transparent = true;
    const QByteArray bytes = png(m_maps.render(*snap, req, r.cancel.get()));
    m_tiles.put(snap->version, key, bytes);
    return tileResponse(r, snap->version, key, bytes, false);
}

// ------------------------------------------------------------------ JSON API

static QJsonArray layerArray(const Snapshot& snap)
{
    QJsonArray out;
    for (const ServiceLayer& l : snap.layers) {
        static const char* kinds[] = {"indikator", "fasilitas", "jangkauan", "kurang_terlayani", "usulan_lokasi", "wilayah"};   // LayerKind order
        QJsonObject o{{QStringLiteral("name"), l.name}, {QStringLiteral("title"), l.title},
                      {QStringLiteral("kind"), QString::fromLatin1(kinds[static_cast<int>(l.kind)])}};
        if (l.kind == LayerKind::Indicator) {
            o.insert(QStringLiteral("indicator"), l.indicator);
            o.insert(QStringLiteral("period"), l.period);
        }
        if (l.kind == LayerKind::Indicator || l.kind == LayerKind::Areas)
            o.insert(QStringLiteral("level"), levelName(l.level));
        out.append(o);
    }
    return out;
}

Response Service::api(const Request& r)
{
    const QString path = r.path.mid(5);   // after "/api/"
    static const QRegularExpression kFacilityUpdate(QStringLiteral("^facilities/(\\d{1,12})$"));
    if (const auto m = kFacilityUpdate.match(path); m.hasMatch() && r.method == "POST")
        return updateFacility(r, m.captured(1).toLongLong());
    if (r.method != "GET")
        return errorJson(405, tr("metode %1 tidak didukung untuk /api/%2").arg(QString::fromLatin1(r.method), path));
    const Params p = Params::fromQuery(r.query, false);
    auto snap = m_maps.snapshot();
    Project& project = threadProject(m_config.projectPath);

    if (path == QLatin1String("indicators") || path == QLatin1String("layers")) {
        p.rejectUnknown({});
        QJsonArray inds;
        for (const QString& code : project.indicatorsWithData()) {
            const IndicatorDef* def = Catalogue::standard().indicator(code);
            if (!def)
                continue;
            QJsonArray years;
            for (int y : project.periods(code))
                years.append(y);
            // What a period picker offers: each period by its text (the `period` parameter and the
            // layer name) and its label for people; `shown` names the stored month a year uses.
            QJsonArray choices;
            for (int key : periodChoices(project, code)) {
                const QString text = Period::fromKey(key).value_or(Period{key}).text();
                choices.append(QJsonObject{{QStringLiteral("period"), text},
                                           {QStringLiteral("label"), periodLabel(key)},
                                           {QStringLiteral("shown"), shownPeriod(project, code, key)},
                                           {QStringLiteral("layer"), periodLayerName(code, key, AdminLevel::Kecamatan)}});
            }
            const int latest = latestPeriod(project, code);
            inds.append(QJsonObject{{QStringLiteral("code"), code},
                                    {QStringLiteral("name"), def->name()},
                                    {QStringLiteral("unit"), def->unitSymbol()},
                                    {QStringLiteral("higherIsWorse"), def->higherIsWorse},
                                    {QStringLiteral("measure"), def->isFlow() ? QStringLiteral("flow") : QStringLiteral("stock")},
                                    {QStringLiteral("periods"), years},
                                    {QStringLiteral("periodChoices"), choices},
                                    {QStringLiteral("latest"), Period::fromKey(latest).value_or(Period{latest}).text()}});
        }
        const QRectF e = snap->focus;
        return jsonResponse(QJsonDocument(QJsonObject{
            {QStringLiteral("indicators"), inds},
            {QStringLiteral("maps"), savedMapsJson(project, r.baseUrl)},
            {QStringLiteral("layers"), layerArray(*snap)},
            {QStringLiteral("bbox"), QJsonArray{e.left(), e.top(), e.right(), e.bottom()}},
            {QStringLiteral("version"), snap->version}}));
    }
    if (path == QLatin1String("areas")) {
        p.rejectUnknown({QStringLiteral("indicator"), QStringLiteral("period"), QStringLiteral("level"), QStringLiteral("prefix")});
        const QString code = p.required(QStringLiteral("indicator"));
        const IndicatorDef* def = Catalogue::standard().indicator(code);
        if (!def)
            return errorJson(404, tr("indikator tidak dikenal: %1").arg(code));
        int period = latestPeriod(project, code);
        if (p.has(QStringLiteral("period"))) {
            const auto key = periodParam(p.value(QStringLiteral("period")));
            if (!key)
                return errorJson(400, tr("period harus 2024, 2024-S1, 2024-Q3 atau 2024-08, bukan \"%1\"").arg(p.value(QStringLiteral("period"))));
            period = *key;
        }
        // An area code prefix (digits and dots), never a pattern: '%' and '_' are refused.
        static const QRegularExpression kPrefix(QStringLiteral("^[0-9.]{0,20}$"));
        if (!kPrefix.match(p.value(QStringLiteral("prefix"))).hasMatch())
            return errorJson(400, tr("prefix harus awal kode wilayah (angka dan titik), bukan \"%1\"").arg(p.value(QStringLiteral("prefix"))));
        const auto level = levelFromName(p.value(QStringLiteral("level"), QStringLiteral("kecamatan")));
        if (!level)
            return errorJson(400, tr("level tidak dikenal: %1 (provinsi, kabupaten, kecamatan, desa)").arg(p.value(QStringLiteral("level"))));
        // A level (or period) without data is an error naming the levels that have it, not a list of blanks.
        if (const QString why = noDataAtLevel(project, code, period, *level, p.value(QStringLiteral("prefix"))); !why.isEmpty()) {
            QJsonArray have;
            for (AdminLevel l : project.levelsWithData(code, period, p.value(QStringLiteral("prefix"))))
                have.append(levelName(l));
            return jsonResponse(QJsonDocument(QJsonObject{{QStringLiteral("galat"), why}, {QStringLiteral("levelsWithData"), have}}), 404);
        }
        QJsonArray rows;
        for (const AreaValue& v : project.valuesByLevel(code, period, *level, def->scale, p.value(QStringLiteral("prefix")))) {
            QJsonObject o{{QStringLiteral("code"), v.areaCode}, {QStringLiteral("name"), v.name},
                          {QStringLiteral("reporting"), v.reporting}, {QStringLiteral("units"), v.units}};
            o.insert(QStringLiteral("value"), v.value ? QJsonValue(*v.value) : QJsonValue());
            o.insert(QStringLiteral("numerator"), v.numerator ? QJsonValue(*v.numerator) : QJsonValue());
            o.insert(QStringLiteral("denominator"), v.denominator ? QJsonValue(*v.denominator) : QJsonValue());
            rows.append(o);
        }
        return jsonResponse(QJsonDocument(QJsonObject{{QStringLiteral("indicator"), code},
                                                      {QStringLiteral("period"), period},
                                                      {QStringLiteral("periodText"), Period::fromKey(period).value_or(Period{period}).text()},
                                                      {QStringLiteral("periodLabel"), shownPeriod(project, code, period)},
                                                      {QStringLiteral("level"), levelName(*level)},
                                                      {QStringLiteral("unit"), def->unitSymbol()},
                                                      {QStringLiteral("areas"), rows}}));
    }
    if (path == QLatin1String("facilities")) {
        p.rejectUnknown({QStringLiteral("type"), QStringLiteral("limit"), QStringLiteral("offset")});
        // Paged: one answer holds at most pageSize features, so its memory is bounded.
        bool okLimit = true, okOffset = true;
        const qint64 limit = p.has(QStringLiteral("limit")) ? p.value(QStringLiteral("limit")).toLongLong(&okLimit) : m_config.pageSize;
        const qint64 offset = p.has(QStringLiteral("offset")) ? p.value(QStringLiteral("offset")).toLongLong(&okOffset) : 0;
        if (!okLimit || !okOffset || limit < 1 || limit > m_config.pageSize || offset < 0)
            return errorJson(400, tr("limit harus 1–%1 dan offset bilangan bulat ≥ 0").arg(m_config.pageSize));
        std::optional<FacilityType> type;
        if (p.has(QStringLiteral("type"))) {
            type = facilityTypeFromName(p.value(QStringLiteral("type")));
            if (!type)
                return errorJson(400, tr("jenis fasilitas tidak dikenal: %1").arg(p.value(QStringLiteral("type"))));
        }
        QJsonArray features;
        const std::vector<Facility> all = project.facilities(type);
        const qint64 end = std::min<qint64>(static_cast<qint64>(all.size()), offset + limit);
        for (qint64 i = offset; i < end; ++i) {
            const Facility& f = all[static_cast<size_t>(i)];
            QJsonObject props{{QStringLiteral("id"), f.id},           {QStringLiteral("code"), f.code},
                              {QStringLiteral("name"), f.name},       {QStringLiteral("type"), facilityTypeName(f.type)},
                              {QStringLiteral("status"), f.status},   {QStringLiteral("method"), f.method},
                              {QStringLiteral("desa"), f.desaCode},   {QStringLiteral("kecamatan"), f.kecamatanCode},
                              {QStringLiteral("note"), f.note}};
            if (f.uncertaintyM)
                props.insert(QStringLiteral("uncertainty_m"), *f.uncertaintyM);
            const QJsonValue geom = f.lon && f.lat ? QJsonValue(QJsonObject{{QStringLiteral("type"), QStringLiteral("Point")},
                                                                            {QStringLiteral("coordinates"), QJsonArray{*f.lon, *f.lat}}})
                                                   : QJsonValue();
            features.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("Feature")}, {QStringLiteral("id"), f.id},
                                        {QStringLiteral("geometry"), geom}, {QStringLiteral("properties"), props}});
        }
        QJsonObject fc{{QStringLiteral("type"), QStringLiteral("FeatureCollection")},
                       {QStringLiteral("numberMatched"), static_cast<qint64>(all.size())},
                       {QStringLiteral("numberReturned"), features.size()},
                       {QStringLiteral("features"), features}};
        if (end < static_cast<qint64>(all.size())) {
            QUrlQuery next;
            if (type)
                next.addQueryItem(QStringLiteral("type"), facilityTypeName(*type));
            next.addQueryItem(QStringLiteral("limit"), QString::number(limit));
            next.addQueryItem(QStringLiteral("offset"), QString::number(end));
            fc.insert(QStringLiteral("next"), r.baseUrl + QStringLiteral("/api/facilities?") + next.toString(QUrl::FullyEncoded));
        }
        return {200, "application/geo+json; charset=utf-8", QJsonDocument(fc).toJson(QJsonDocument::Compact), {}, {}};
    }
    if (path == QLatin1String("proposed")) {
        p.rejectUnknown({});
        return {200, "application/geo+json; charset=utf-8",
                QJsonDocument(proposedSitesGeoJson(project, latestRun(project, "proposed_site"))).toJson(QJsonDocument::Compact), {}};
    }
    if (path == QLatin1String("coverage") || path == QLatin1String("underserved")) {
        p.rejectUnknown({});
        const bool cov = path == QLatin1String("coverage");
        const qint64 run = latestRun(project, cov ? "coverage_result" : "underserved_rank");
        QJsonArray rows;
        if (run) {
            auto st = project.db().prepare(
                cov ? "SELECT area_code, level, facility_type, reach_m, area_km2, covered_km2, population, covered_population, "
                      "mean_distance_m, beyond_reach_population, facility_count FROM coverage_result WHERE run_id=?1 ORDER BY area_code, facility_type"
                    : "SELECT area_code, level, name, rank, score, underserved, reason, population, uncovered_population, "
                      "stunting_prevalence, balita, posyandu_count, balita_per_posyandu FROM underserved_rank WHERE run_id=?1 ORDER BY rank");
            st.bind(1, static_cast<std::int64_t>(run));
            const QStringList cols = cov ? QStringList{"area_code", "level", "facility_type", "reach_m", "area_km2", "covered_km2",
                                                       "population", "covered_population", "mean_distance_m",
                                                       "beyond_reach_population", "facility_count"}
                                         : QStringList{"area_code", "level", "name", "rank", "score", "underserved", "reason",
                                                       "population", "uncovered_population", "stunting_prevalence", "balita",
                                                       "posyandu_count", "balita_per_posyandu"};
            const QSet<QString> texts{"area_code", "level", "facility_type", "name", "reason"};
            while (st.step()) {
                QJsonObject o;
                for (int c = 0; c < cols.size(); ++c)
                    o.insert(cols[c], st.isNull(c) ? QJsonValue() : texts.contains(cols[c]) ? QJsonValue(st.text(c)) : QJsonValue(st.real(c)));
                rows.append(o);
            }
        }
        return jsonResponse(QJsonDocument(QJsonObject{{QStringLiteral("run"), run}, {QStringLiteral("rows"), rows}}));
    }
    if (path == QLatin1String("legend")) {
        p.rejectUnknown({QStringLiteral("layer"), QStringLiteral("style")});
        const QString name = p.required(QStringLiteral("layer"));
        const ServiceLayer* l = snap->layer(name);
        if (!l)
            return errorJson(404, tr("lapisan tidak dikenal: %1").arg(name));
        const QString style = p.value(QStringLiteral("style"));
        if (!style.isEmpty() && style != QLatin1String("default") && (!snap->style(style) || !Snapshot::styleApplies(*snap->style(style), *l)))
            return errorJson(400, tr("gaya %1 tidak berlaku untuk lapisan %2").arg(style, name));
        QJsonArray items;
        QString title = l->title;
        if (l->kind == LayerKind::Indicator) {
            auto st = snap->indicatorStyle(project, *l, p.value(QStringLiteral("style")));
            title = st->legendTitle;
            for (const auto& e : st->legend)
                items.append(QJsonObject{{QStringLiteral("label"), e.label}, {QStringLiteral("color"), e.color.name()},
                                         {QStringLiteral("count"), e.count}, {QStringLiteral("noData"), e.noData}});
        }
        return jsonResponse(QJsonDocument(QJsonObject{{QStringLiteral("title"), title}, {QStringLiteral("items"), items}}));
    }
    if (path == QLatin1String("export.png"))
        return exportPng(r);
    if (path == QLatin1String("maps")) {
        p.rejectUnknown({});
        return jsonResponse(QJsonDocument(QJsonObject{{QStringLiteral("maps"), savedMapsJson(project, r.baseUrl)}}));
    }
    return errorJson(404, tr("alamat API tidak dikenal: /api/%1").arg(path));
}

Response Service::exportPng(const Request& r)
{
    const Params p = Params::fromQuery(r.query, false);
    p.rejectUnknown({QStringLiteral("layer"), QStringLiteral("indicator"), QStringLiteral("period"), QStringLiteral("bbox"),
                     QStringLiteral("preset"), QStringLiteral("title"), QStringLiteral("level")});
    auto snap = m_maps.snapshot();
    QString indicator = p.value(QStringLiteral("indicator"));
    int period = 0;
    AdminLevel level = AdminLevel::Kecamatan;
    if (p.has(QStringLiteral("layer"))) {
        const ServiceLayer* l = snap->layer(p.value(QStringLiteral("layer")));
        if (!l || l->kind != LayerKind::Indicator)
            return errorJson(404, tr("lapisan indikator tidak dikenal: %1").arg(p.value(QStringLiteral("layer"))));
        indicator = l->indicator;
        period = l->period;
        level = l->level;
    }
    if (p.has(QStringLiteral("level"))) {
        const auto lv = levelFromName(p.value(QStringLiteral("level")));
        if (!lv)
            return errorJson(400, tr("level tidak dikenal: %1 (provinsi, kabupaten, kecamatan, desa)").arg(p.value(QStringLiteral("level"))));
        level = *lv;
    }
    if (indicator.isEmpty())
        return errorJson(400, tr("berikan layer=… atau indicator=…"));
    if (p.has(QStringLiteral("period"))) {
        const auto key = periodParam(p.value(QStringLiteral("period")));
        if (!key)
            return errorJson(400, tr("period harus 2024, 2024-S1, 2024-Q3 atau 2024-08, bukan \"%1\"").arg(p.value(QStringLiteral("period"))));
        period = *key;
    }
    Project& project = threadProject(m_config.projectPath);
    if (!period)
        period = latestPeriod(project, indicator);
    if (const QString why = noDataAtLevel(project, indicator, period, level); !why.isEmpty())
        return errorJson(404, why);
    const QString presetId = p.value(QStringLiteral("preset"), QStringLiteral("slide-1080"));
    const auto preset = render::pagePreset(presetId);
    if (!preset)
        return errorJson(400, tr("ukuran halaman tidak dikenal: %1").arg(presetId));
    render::MapSpec spec;
    spec.indicator = indicator;
    spec.level = level;
    if (period)
        spec.periods = {period};
    spec.preset = presetId;
    spec.title = p.value(QStringLiteral("title"));
    render::MapBuilder builder(project);
    render::BuiltMap built = builder.build(spec);
    if (p.has(QStringLiteral("bbox")) && !built.page.panels.empty()) {
        // The viewer's box: it was ignored while it was built with QRectF::united over points (null rectangles).
        const QRectF ll = parseBbox(p.value(QStringLiteral("bbox")), WmsCrs::Crs84);
        render::applySavedView(built.page, {QStringLiteral("EPSG:4326"), ll});
    }
    Response resp = pngResponse(render::renderPageImage(built.page, *preset));
    resp.headers.emplace_back("Content-Disposition",
                              QStringLiteral("attachment; filename=\"petasehat-%1-%2.png\"").arg(indicator, Period::fromKey(period).value_or(Period{period}).text()).toUtf8());
    return resp;
}

Response Service::savedMapPng(const Request& r)
{
    const Params p = Params::fromQuery(r.query, false);
    p.rejectUnknown({QStringLiteral("preset")});
    QString name = r.path.mid(6);   // after "/maps/"
    if (!name.endsWith(QLatin1String(".png")))
        return errorJson(404, tr("peta tersimpan diminta sebagai /maps/NAMA.png"));
    name.chop(4);
    Project& project = threadProject(m_config.projectPath);
    if (!render::savedMapNames(project).contains(name))
        return errorJson(404, tr("tidak ada peta tersimpan bernama \"%1\"; daftarnya di /api/maps").arg(name));
    render::MapSpec spec = render::savedMapSpec(project, name);
    if (p.has(QStringLiteral("preset")))
        spec.preset = p.value(QStringLiteral("preset"));
    const auto preset = render::pagePreset(spec.preset);
    if (!preset)
        return errorJson(400, tr("ukuran halaman tidak dikenal: %1").arg(spec.preset));
    render::MapBuilder builder(project);
    render::BuiltMap built = builder.build(spec);
    // Over the extent it was saved with, as the desktop showed it.
    if (const auto view = render::savedMapView(project, name))
        render::applySavedView(built.page, *view);
    return pngResponse(render::renderPageImage(built.page, *preset));
}

Response Service::updateFacility(const Request& r, qint64 id)
{
    // Off unless the operator started the server with --edits (named users from
    // `petasehat users`) or, programmatically, a shared token.
    if (!m_config.edits && m_config.token.isEmpty())
        return errorJson(403, tr("perubahan data dimatikan; jalankan server dengan --edits dan tambahkan pengguna dengan 'petasehat users'"));
    QByteArray given = r.header("X-PetaSehat-Token");
    const QByteArray auth = r.header("Authorization");
    if (given.isEmpty() && auth.startsWith("Bearer "))
        given = auth.mid(7).trimmed();
    std::optional<QString> who;
    if (m_config.edits)
        who = authenticate(threadProject(m_config.projectPath), given);
    if (!who && !m_config.token.isEmpty() && sameSecret(given, m_config.token))
        who = QStringLiteral("token");
    if (!who)
        return errorJson(401, tr("token salah atau tidak ada"));
    // The person's name goes with every answer to them, refusals too (access log).
    Response resp = correctFacility(r, id, *who);
    resp.user = *who;
    return resp;
}

Response Service::correctFacility(const Request& r, qint64 id, const QString& who)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return errorJson(400, tr("isi harus objek JSON {\"lon\":…, \"lat\":…, \"note\":…}: %1").arg(err.errorString()));
    const QJsonObject o = doc.object();
    for (const QString& k : o.keys())
        if (k != QLatin1String("lon") && k != QLatin1String("lat") && k != QLatin1String("note"))
            return errorJson(400, tr("kolom tidak dikenal: %1").arg(k));
    const double lon = o.value(QStringLiteral("lon")).toDouble(NAN), lat = o.value(QStringLiteral("lat")).toDouble(NAN);
    if (!std::isfinite(lon) || !std::isfinite(lat) || lon < -180 || lon > 180 || lat < -90 || lat > 90)
        return errorJson(400, tr("lon/lat harus angka derajat (lon −180–180, lat −90–90)"));
    auto project = Project::open(m_config.projectPath, false);
    if (!project->facility(id))
        return errorJson(404, tr("fasilitas %1 tidak ada").arg(id));
    // The same correction as `petasehat facility fix` and the desktop app: the point must lie in
    // the project's areas, and the desa/kecamatan follow it.
    geocode::FacilityFix fix;
    fix.lon = lon;
    fix.lat = lat;
    fix.by = who;
    fix.note = o.value(QStringLiteral("note")).toString();
    Facility f;
    try {
        f = geocode::fixFacility(*project, id, fix);
    } catch (const Error& e) {
        return errorJson(400, clientText(e.message()));
    }
    Response done = jsonResponse(QJsonDocument(QJsonObject{{QStringLiteral("id"), id},
                                                  {QStringLiteral("by"), who},
                                                  {QStringLiteral("status"), f.status},
                                                  {QStringLiteral("desa"), f.desaCode},
                                                  {QStringLiteral("kecamatan"), f.kecamatanCode},
                                                  {QStringLiteral("note"), f.note}}));
    return done;
}

// ------------------------------------------------------------------ static files

Response Service::staticFile(const Request& r)
{
    auto mime = [](const QString& name) -> QByteArray {
        if (name.endsWith(QLatin1String(".html")))
            return "text/html; charset=utf-8";
        if (name.endsWith(QLatin1String(".js")))
            return "text/javascript; charset=utf-8";
        if (name.endsWith(QLatin1String(".css")))
            return "text/css; charset=utf-8";
        if (name.endsWith(QLatin1String(".png")))
            return "image/png";
        if (name.endsWith(QLatin1String(".svg")))
            return "image/svg+xml";
        if (name.endsWith(QLatin1String(".map")) || name.endsWith(QLatin1String(".json")))
            return "application/json";
        return "application/octet-stream";
    };
    if (!r.query.isEmpty() && !r.path.startsWith(QLatin1String("/leaflet/")) && r.path != QLatin1String("/") &&
        r.path != QLatin1String("/index.html"))
        return errorJson(400, tr("berkas statis tidak menerima parameter"));
    // The viewer's own files are compiled in: a fixed list, nothing else is reachable.
    static const QStringList kWeb = {QStringLiteral("index.html"), QStringLiteral("viewer.js"), QStringLiteral("viewer.css")};
    QString name = r.path == QLatin1String("/") ? QStringLiteral("index.html") : r.path.mid(1);
    if (name == QLatin1String("texts.js"))
        return {200, mime(name), viewerTextsJs(), {{"Cache-Control", "no-cache"}}};
    if (kWeb.contains(name)) {
        QFile f(QStringLiteral(":/petasehat/web/") + name);
        if (f.open(QIODevice::ReadOnly))
            return {200, mime(name), f.readAll(), {{"Cache-Control", "no-cache"}}};
    }
    if (r.path.startsWith(QLatin1String("/leaflet/"))) {
        const QString rel = r.path.mid(9);
        static const QRegularExpression kSafe(QStringLiteral("^[A-Za-z0-9_-][A-Za-z0-9_.-]*(/[A-Za-z0-9_-][A-Za-z0-9_.-]*)*$"));
        if (!kSafe.match(rel).hasMatch() || rel.contains(QLatin1String("..")))
            return errorJson(404, tr("berkas tidak ada"));
        const QString root = QFileInfo(m_config.leafletDir).canonicalFilePath();
        const QString full = QFileInfo(m_config.leafletDir + QLatin1Char('/') + rel).canonicalFilePath();
        if (root.isEmpty() || full.isEmpty() || !full.startsWith(root + QLatin1Char('/')) || !QFileInfo(full).isFile())
            return errorJson(404, tr("berkas tidak ada"));
        QFile f(full);
        if (f.open(QIODevice::ReadOnly))
            return {200, mime(full), f.readAll(), {{"Cache-Control", "max-age=86400"}}};
    }
    return errorJson(404, tr("alamat tidak dikenal: %1").arg(r.path));
}

} // namespace ps::server
