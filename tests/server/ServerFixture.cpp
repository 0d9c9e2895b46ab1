#include "ServerFixture.h"
#include "core/Catalogue.h"
#include "core/Geos.h"
#include "core/Project.h"
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QXmlStreamReader>

using namespace ps;

namespace pstest {

static QByteArray squareWkb(double x, double y, double size)
{
    auto& g = geos();
    GEOSWKTReader* r = GEOSWKTReader_create_r(g.handle());
    const QByteArray wkt = QStringLiteral("MULTIPOLYGON(((%1 %2, %3 %2, %3 %4, %1 %4, %1 %2)))")
                               .arg(x, 0, 'f', 6).arg(y, 0, 'f', 6).arg(x + size, 0, 'f', 6).arg(y + size, 0, 'f', 6).toUtf8();
    GeomPtr geom = g.own(GEOSWKTReader_read_r(g.handle(), r, wkt.constData()));
    GEOSWKTReader_destroy_r(g.handle(), r);
    return g.toWkb(geom.get());
}

QString buildSmallProject(const QString& dir)
{
    const QString path = dir + QStringLiteral("/kecil.sqlite");
    auto p = Project::create(path);
    Transaction tx(p->db());
    p->syncCatalogue(Catalogue::standard());
    const char* names[] = {"SATU", "Dua", "Tiga", "Empat"};
    for (int i = 1; i <= 4; ++i)
        p->upsertArea({QStringLiteral("16.07.0%1").arg(i), AdminLevel::Kecamatan, QString::fromLatin1(names[i - 1]), "16.07", 123.0,
                       squareWkb(104.0 + (i - 1) * 0.1, -3.0, 0.1)});
    const qint64 imp = p->logImport("indicators", "uji.xlsx", {}, 4, 4, 0, {});
    const double stunting2023[] = {5, 15, 25};
    for (int i = 1; i <= 3; ++i) {
        p->upsertIndicatorValue({QStringLiteral("16.07.0%1").arg(i), 2023, "stunting", stunting2023[i - 1], 100.0}, imp, 100);
        p->upsertIndicatorValue({QStringLiteral("16.07.0%1").arg(i), 2024, "stunting", stunting2023[i - 1] + 1, 100.0}, imp, 100);
    }
    const double k6[] = {40, 60, 80, 95};
    for (int i = 1; i <= 4; ++i)
        p->upsertIndicatorValue({QStringLiteral("16.07.0%1").arg(i), 2023, "k6", k6[i - 1], 100.0}, imp, 100);
    Facility f;
    f.type = FacilityType::Puskesmas;
    f.name = QStringLiteral("Puskesmas Dua");
    f.code = QStringLiteral("P001");
    f.kecamatanCode = QStringLiteral("16.07.02");
    f.lon = 104.12;
    f.lat = -2.92;
    f.status = FacilityStatus::Exact;
    p->insertFacility(f);
    f.type = FacilityType::Posyandu;
    f.name = QStringLiteral("Posyandu Melati");
    f.code = QStringLiteral("Y001");
    f.lon = 104.22;
    f.lat = -2.98;
    p->insertFacility(f);
    tx.commit();
    return path;
}

static HttpReply run(QNetworkAccessManager& nam, QNetworkReply* reply)
{
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    loop.exec();
    HttpReply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    out.body = reply->readAll();
    out.etag = reply->rawHeader("ETag");
    out.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    Q_UNUSED(nam);
    return out;
}

QByteArray HttpReply::header(const QByteArray& name) const
{
    for (const auto& [k, v] : headers)
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    return {};
}

HttpReply httpGet(const QString& url, const QByteArray& ifNoneMatch)
{
    QNetworkAccessManager nam;
    QNetworkRequest req{QUrl(url)};
    if (!ifNoneMatch.isEmpty())
        req.setRawHeader("If-None-Match", ifNoneMatch);
    return run(nam, nam.get(req));
}

HttpReply httpPost(const QString& url, const QByteArray& body, const QByteArray& token)
{
    QNetworkAccessManager nam;
    QNetworkRequest req{QUrl(url)};
    req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    if (!token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + token);
    return run(nam, nam.post(req, body));
}

QString exceptionCode(const QByteArray& xml, bool* isException)
{
    *isException = false;
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == QLatin1String("ServiceException")) {
            *isException = true;
            return r.attributes().value(QLatin1String("code")).toString();
        }
    }
    return {};
}

} // namespace pstest
