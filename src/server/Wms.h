#pragma once
#include <QByteArray>
#include <QColor>
#include <QMap>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QUrlQuery>
#include <optional>
#include <stdexcept>

namespace ps::server {

// An OGC WMS 1.3.0 exception: `code` is one of the standard codes
// (LayerNotDefined, InvalidCRS, ...) or empty for a plain exception.
class ServiceException : public std::runtime_error {
public:
    ServiceException(const QString& code, const QString& message, int httpStatus = 400)
        : std::runtime_error(message.toStdString()), m_code(code), m_message(message), m_status(httpStatus)
    {
    }
    QString code() const { return m_code; }
    QString message() const { return m_message; }
    int httpStatus() const { return m_status; }

private:
    QString m_code, m_message;
    int m_status;
};

// <ServiceExceptionReport version="1.3.0"> with one exception, as WMS 1.3.0 §6.11 defines it.
QByteArray serviceExceptionXml(const QString& code, const QString& message);

// Request parameters by upper-cased name (WMS names are case-insensitive).
// Repeated parameters are an error: a client sending two BBOXes has a bug.
class Params {
public:
    static Params fromQuery(const QUrlQuery& query, bool caseInsensitive);
    bool has(const QString& name) const { return m_values.contains(name); }
    QString value(const QString& name, const QString& fallback = {}) const { return m_values.value(name, fallback); }
    // Throws a ServiceException naming every parameter outside `allowed`.
    void rejectUnknown(const QStringList& allowed) const;
    // Throws MissingParameterValue when absent or empty.
    QString required(const QString& name) const;
    QStringList names() const { return m_values.keys(); }

private:
    QMap<QString, QString> m_values;
};

// The two CRSs the service draws in, plus CRS:84 (lon/lat axis order).
enum class WmsCrs { Epsg4326, Epsg3857, Crs84 };
std::optional<WmsCrs> parseCrs(const QString& text);
QString crsId(WmsCrs c);          // "EPSG:4326" ... for ps::Transformer / MapSettings
QString crsName(WmsCrs c);        // as written in capabilities

// BBOX as x/y extent (x east/lon, y north/lat) of `crs`. WMS 1.3.0 EPSG:4326
// lists latitude first: "minLat,minLon,maxLat,maxLon". Throws a plain
// ServiceException when it is not 4 finite numbers with min < max.
QRectF parseBbox(const QString& text, WmsCrs crs);

// WIDTH/HEIGHT: an integer 1..maxSize; throws otherwise.
int parseSize(const QString& text, const QString& name, int maxSize = 4096);
// A non-negative integer pixel coordinate < limit (I/J of GetFeatureInfo); throws InvalidPoint.
int parsePixel(const QString& text, const QString& name, int limit);
// TRUE/FALSE (case-insensitive); throws on anything else.
bool parseBool(const QString& text, const QString& name, bool fallback);

// BGCOLOR: "0xRRGGBB" (WMS 1.3.0 §7.3.3.9), hex digits in either case; nullopt otherwise.
std::optional<QColor> parseBgColor(const QString& text);

// XYZ tile z/x/y -> EPSG:3857 extent; nullopt when out of range (z 0..22).
std::optional<QRectF> tileExtent3857(int z, int x, int y);
// Lon/lat <-> Web Mercator with PROJ (clamped to ±85.05113° latitude).
QRectF lonLatTo3857(const QRectF& lonLat);

// Constant-time comparison for tokens.
bool sameSecret(const QByteArray& a, const QByteArray& b);

} // namespace ps::server
