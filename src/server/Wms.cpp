#include "Wms.h"
#include <QRegularExpression>
#include "core/Geodesy.h"
#include <QCoreApplication>
#include <QLocale>
#include <QXmlStreamWriter>
#include <algorithm>
#include <cmath>

namespace ps::server {

static QString tr(const char* s) { return QCoreApplication::translate("server", s); }

// OWS Common's code for a malformed or out-of-range value (WMS 1.3.0 has no
// specific one); clients such as QGIS show the code beside the message.
static const QString kInvalidValue = QStringLiteral("InvalidParameterValue");

QByteArray serviceExceptionXml(const QString& code, const QString& message)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("ServiceExceptionReport"));
    w.writeAttribute(QStringLiteral("version"), QStringLiteral("1.3.0"));
    w.writeDefaultNamespace(QStringLiteral("http://www.opengis.net/ogc"));
    w.writeNamespace(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"), QStringLiteral("xsi"));
    w.writeAttribute(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"), QStringLiteral("schemaLocation"),
                     QStringLiteral("http://www.opengis.net/ogc http://schemas.opengis.net/wms/1.3.0/exceptions_1_3_0.xsd"));
    w.writeStartElement(QStringLiteral("ServiceException"));
    if (!code.isEmpty())
        w.writeAttribute(QStringLiteral("code"), code);
    w.writeCharacters(message);
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

Params Params::fromQuery(const QUrlQuery& query, bool caseInsensitive)
{
    Params p;
    for (const auto& [k, v] : query.queryItems(QUrl::FullyDecoded)) {
        const QString key = caseInsensitive ? k.toUpper() : k;
        if (p.m_values.contains(key))
            throw ServiceException(kInvalidValue, tr("parameter %1 diberikan lebih dari sekali").arg(k));
        p.m_values.insert(key, v);
    }
    return p;
}

void Params::rejectUnknown(const QStringList& allowed) const
{
    QStringList unknown;
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it)
        if (!allowed.contains(it.key()) && !it.key().isEmpty())
            unknown << it.key();
    if (unknown.isEmpty())
        return;
    if (allowed.isEmpty())
        throw ServiceException(kInvalidValue, tr("parameter tidak dikenal: %1 (alamat ini tidak menerima parameter)")
                                                  .arg(unknown.join(QStringLiteral(", "))));
    throw ServiceException(kInvalidValue, tr("parameter tidak dikenal: %1 (yang diterima: %2)")
                                              .arg(unknown.join(QStringLiteral(", ")), allowed.join(QStringLiteral(", "))));
}

QString Params::required(const QString& name) const
{
    const QString v = m_values.value(name).trimmed();
    if (v.isEmpty())
        throw ServiceException(QStringLiteral("MissingParameterValue"), tr("parameter %1 wajib diisi").arg(name));
    return v;
}

std::optional<WmsCrs> parseCrs(const QString& text)
{
    const QString t = text.trimmed().toUpper();
    if (t == QLatin1String("EPSG:4326"))
        return WmsCrs::Epsg4326;
    if (t == QLatin1String("EPSG:3857") || t == QLatin1String("EPSG:900913"))
        return WmsCrs::Epsg3857;
    if (t == QLatin1String("CRS:84"))
        return WmsCrs::Crs84;
    return std::nullopt;
}

QString crsId(WmsCrs c) { return c == WmsCrs::Epsg3857 ? QStringLiteral("EPSG:3857") : QStringLiteral("EPSG:4326"); }

QString crsName(WmsCrs c)
{
    switch (c) {
    case WmsCrs::Epsg4326: return QStringLiteral("EPSG:4326");
    case WmsCrs::Epsg3857: return QStringLiteral("EPSG:3857");
    case WmsCrs::Crs84: return QStringLiteral("CRS:84");
    }
    return {};
}

static double number(const QString& s, bool* ok)
{
    // C locale on purpose: OGC numbers use a decimal point whatever the UI language.
    const double v = QLocale::c().toDouble(s.trimmed(), ok);
    if (*ok && !std::isfinite(v))
        *ok = false;
    return v;
}

QRectF parseBbox(const QString& text, WmsCrs crs)
{
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != 4)
        throw ServiceException(kInvalidValue, tr("BBOX harus berisi 4 angka dipisah koma (minx,miny,maxx,maxy), bukan \"%1\"").arg(text));
    double v[4];
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        v[i] = number(parts[i], &ok);
        if (!ok)
            throw ServiceException(kInvalidValue, tr("BBOX: \"%1\" bukan angka yang sah").arg(parts[i]));
    }
    if (!(v[0] < v[2]) || !(v[1] < v[3]))
        throw ServiceException(kInvalidValue, tr("BBOX: nilai minimum harus lebih kecil dari maksimum (%1)").arg(text));
    // WMS 1.3.0: EPSG:4326 axis order is latitude, longitude.
    if (crs == WmsCrs::Epsg4326)
        return QRectF(QPointF(v[1], v[0]), QPointF(v[3], v[2]));
    return QRectF(QPointF(v[0], v[1]), QPointF(v[2], v[3]));
}

int parseSize(const QString& text, const QString& name, int maxSize)
{
    bool ok = false;
    const int v = text.trimmed().toInt(&ok);
    if (!ok || v < 1 || v > maxSize)
        throw ServiceException(kInvalidValue, tr("%1 harus bilangan bulat 1–%2, bukan \"%3\"").arg(name).arg(maxSize).arg(text));
    return v;
}

int parsePixel(const QString& text, const QString& name, int limit)
{
    bool ok = false;
    const int v = text.trimmed().toInt(&ok);
    if (!ok || v < 0 || v >= limit)
        throw ServiceException(QStringLiteral("InvalidPoint"),
                               tr("%1 harus bilangan bulat 0–%2, bukan \"%3\"").arg(name).arg(limit - 1).arg(text));
    return v;
}

bool parseBool(const QString& text, const QString& name, bool fallback)
{
    const QString t = text.trimmed().toUpper();
    if (t.isEmpty())
        return fallback;
    if (t == QLatin1String("TRUE"))
        return true;
    if (t == QLatin1String("FALSE"))
        return false;
    throw ServiceException(kInvalidValue, tr("%1 harus TRUE atau FALSE, bukan \"%2\"").arg(name, text));
}

static constexpr double kWebMercatorHalf = 20037508.342789244;

std::optional<QRectF> tileExtent3857(int z, int x, int y)
{
    if (z < 0 || z > 22)
        return std::nullopt;
    const qint64 n = qint64(1) << z;
    if (x < 0 || y < 0 || x >= n || y >= n)
        return std::nullopt;
    const double size = 2 * kWebMercatorHalf / double(n);
    const double left = -kWebMercatorHalf + x * size;
    const double top = kWebMercatorHalf - y * size;
    return QRectF(QPointF(left, top - size), QPointF(left + size, top));
}

QRectF lonLatTo3857(const QRectF& lonLat)
{
    ps::Transformer t(QStringLiteral("EPSG:4326"), QStringLiteral("EPSG:3857"));
    auto clampLat = [](double v) { return std::clamp(v, -85.05112878, 85.05112878); };
    double x0 = lonLat.left(), y0 = clampLat(lonLat.top()), x1 = lonLat.right(), y1 = clampLat(lonLat.bottom());
    t.forward(x0, y0);
    t.forward(x1, y1);
    return QRectF(QPointF(std::min(x0, x1), std::min(y0, y1)), QPointF(std::max(x0, x1), std::max(y0, y1)));
}

bool sameSecret(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

std::optional<QColor> parseBgColor(const QString& text)
{
    static const QRegularExpression kHex(QStringLiteral("^0[xX]([0-9A-Fa-f]{6})$"));
    const auto m = kHex.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    return QColor::fromRgb(m.captured(1).toUInt(nullptr, 16));
}

} // namespace ps::server
