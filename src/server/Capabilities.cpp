#include "Capabilities.h"
#include "core/Period.h"
#include <QCoreApplication>
#include <QUrl>
#include <QXmlStreamWriter>
#include <array>

namespace ps::server {

static QString tr(const char* s) { return QCoreApplication::translate("server", s); }

std::array<double, 4> bboxInCrs(const QRectF& lonLat, WmsCrs crs)
{
    if (crs == WmsCrs::Epsg4326)
        return {lonLat.top(), lonLat.left(), lonLat.bottom(), lonLat.right()};
    if (crs == WmsCrs::Crs84)
        return {lonLat.left(), lonLat.top(), lonLat.right(), lonLat.bottom()};
    const QRectF m = lonLatTo3857(lonLat);
    return {m.left(), m.top(), m.right(), m.bottom()};
}

namespace {

QString num(double v) { return QString::number(v, 'g', 12); }

void text(QXmlStreamWriter& w, const char* name, const QString& value) { w.writeTextElement(QString::fromLatin1(name), value); }

void onlineResource(QXmlStreamWriter& w, const QString& href)
{
    w.writeStartElement(QStringLiteral("OnlineResource"));
    w.writeAttribute(QStringLiteral("http://www.w3.org/1999/xlink"), QStringLiteral("type"), QStringLiteral("simple"));
    w.writeAttribute(QStringLiteral("http://www.w3.org/1999/xlink"), QStringLiteral("href"), href);
    w.writeEndElement();
}

void operation(QXmlStreamWriter& w, const char* name, const QStringList& formats, const QString& url)
{
    w.writeStartElement(QString::fromLatin1(name));
    for (const QString& f : formats)
        text(w, "Format", f);
    w.writeStartElement(QStringLiteral("DCPType"));
    w.writeStartElement(QStringLiteral("HTTP"));
    w.writeStartElement(QStringLiteral("Get"));
    onlineResource(w, url);
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
}

void boundingBoxes(QXmlStreamWriter& w, const QRectF& lonLat)
{
    w.writeStartElement(QStringLiteral("EX_GeographicBoundingBox"));
    text(w, "westBoundLongitude", num(lonLat.left()));
    text(w, "eastBoundLongitude", num(lonLat.right()));
    text(w, "southBoundLatitude", num(lonLat.top()));
    text(w, "northBoundLatitude", num(lonLat.bottom()));
    w.writeEndElement();
    for (WmsCrs c : {WmsCrs::Crs84, WmsCrs::Epsg4326, WmsCrs::Epsg3857}) {
        const auto b = bboxInCrs(lonLat, c);
        w.writeStartElement(QStringLiteral("BoundingBox"));
        w.writeAttribute(QStringLiteral("CRS"), crsName(c));
        w.writeAttribute(QStringLiteral("minx"), num(b[0]));
        w.writeAttribute(QStringLiteral("miny"), num(b[1]));
        w.writeAttribute(QStringLiteral("maxx"), num(b[2]));
        w.writeAttribute(QStringLiteral("maxy"), num(b[3]));
        w.writeEndElement();
    }
}

void style(QXmlStreamWriter& w, const QString& name, const QString& title, const QString& legendUrl)
{
    w.writeStartElement(QStringLiteral("Style"));
    text(w, "Name", name);
    text(w, "Title", title);
    w.writeStartElement(QStringLiteral("LegendURL"));
    text(w, "Format", QStringLiteral("image/png"));
    onlineResource(w, legendUrl);
    w.writeEndElement();
    w.writeEndElement();
}

} // namespace

QByteArray capabilitiesXml(const Snapshot& snap, const QString& baseUrl)
{
    const QString wms = baseUrl + QStringLiteral("/wms?");
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("WMS_Capabilities"));
    w.writeAttribute(QStringLiteral("version"), QStringLiteral("1.3.0"));
    w.writeDefaultNamespace(QStringLiteral("http://www.opengis.net/wms"));
    w.writeNamespace(QStringLiteral("http://www.w3.org/1999/xlink"), QStringLiteral("xlink"));
    w.writeNamespace(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"), QStringLiteral("xsi"));
    w.writeAttribute(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"), QStringLiteral("schemaLocation"),
                     QStringLiteral("http://www.opengis.net/wms http://schemas.opengis.net/wms/1.3.0/capabilities_1_3_0.xsd"));

    w.writeStartElement(QStringLiteral("Service"));
    text(w, "Name", QStringLiteral("WMS"));
    text(w, "Title", tr("PetaSehat: peta kesehatan"));
    text(w, "Abstract", tr("Indikator kesehatan per kecamatan, fasilitas kesehatan dan hasil analisis jangkauan dari proyek PetaSehat."));
    onlineResource(w, baseUrl + QLatin1Char('/'));
    text(w, "Fees", QStringLiteral("none"));
    text(w, "AccessConstraints", QStringLiteral("none"));
    text(w, "MaxWidth", QStringLiteral("4096"));
    text(w, "MaxHeight", QStringLiteral("4096"));
    w.writeEndElement();

    w.writeStartElement(QStringLiteral("Capability"));
    w.writeStartElement(QStringLiteral("Request"));
    operation(w, "GetCapabilities", {QStringLiteral("text/xml")}, wms);
    operation(w, "GetMap", {QStringLiteral("image/png"), QStringLiteral("image/jpeg")}, wms);
    operation(w, "GetFeatureInfo", {QStringLiteral("application/json"), QStringLiteral("text/html")}, wms);
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("Exception"));
    text(w, "Format", QStringLiteral("XML"));
    w.writeEndElement();

    w.writeStartElement(QStringLiteral("Layer"));
    text(w, "Title", tr("PetaSehat"));
    for (WmsCrs c : {WmsCrs::Epsg4326, WmsCrs::Epsg3857, WmsCrs::Crs84})
        text(w, "CRS", crsName(c));
    const QRectF ext = snap.lonLat.isValid() ? snap.lonLat : QRectF(QPointF(95, -11), QPointF(141, 6));
    boundingBoxes(w, ext);
    for (const ServiceLayer& l : snap.layers) {
        w.writeStartElement(QStringLiteral("Layer"));
        w.writeAttribute(QStringLiteral("queryable"), QStringLiteral("1"));
        text(w, "Name", l.name);
        text(w, "Title", l.title);
        if (!l.abstract.isEmpty())
            text(w, "Abstract", l.abstract);
        // Each layer's box is where its data is (the mapped kecamatan), so
        // "zoom to layer" in a GIS frames the district, not the whole province.
        boundingBoxes(w, snap.focus.isValid() ? snap.focus : ext);
        const bool latestLayer = l.kind == LayerKind::Indicator && l.name != periodLayerName(l.indicator, l.period, l.level);
        if (latestLayer && !l.periods.empty()) {
            // The latest-period layer takes TIME (or PERIOD) for any other period one can ask for:
            // 2024, 2024-S1, 2024-08 (a year of monthly data answers with its latest weighing month).
            QStringList periods;
            for (int key : l.periods)
                periods << Period::fromKey(key).value_or(Period{key}).text();
            w.writeStartElement(QStringLiteral("Dimension"));
            w.writeAttribute(QStringLiteral("name"), QStringLiteral("time"));
            w.writeAttribute(QStringLiteral("units"), QStringLiteral("ISO8601"));
            w.writeAttribute(QStringLiteral("default"), Period::fromKey(l.period).value_or(Period{l.period}).text());
            w.writeCharacters(periods.join(QLatin1Char(',')));
            w.writeEndElement();
        }
        const QString legend = wms + QStringLiteral("SERVICE=WMS&VERSION=1.3.0&REQUEST=GetLegendGraphic&FORMAT=image/png&LAYER=") +
                               QString::fromUtf8(QUrl::toPercentEncoding(l.name));
        style(w, QStringLiteral("default"), tr("bawaan"), legend);
        if (l.kind == LayerKind::Indicator)
            for (const TemplateStyle& s : snap.styles)
                if (Snapshot::styleApplies(s, l))
                    style(w, s.name, s.title, legend + QStringLiteral("&STYLE=") + QString::fromUtf8(QUrl::toPercentEncoding(s.name)));
        w.writeEndElement();
    }
    w.writeEndElement();   // root Layer
    w.writeEndElement();   // Capability
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

} // namespace ps::server
