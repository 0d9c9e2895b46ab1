#pragma once
#include "server/HttpServer.h"
#include <QByteArray>
#include <QImage>
#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace pstest {

// A small project built in the test: four 0.1° square kecamatan 16.07.01–04 in
// a row from 104.0° E, 3.0°–2.9° S; stunting 2023 of 5, 15, 25 % and no data;
// stunting 2024; k6 2023; two facilities away from the squares' centres.
QString buildSmallProject(const QString& dir);

struct HttpReply {
    int status = 0;
    QByteArray contentType, body, etag;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray header(const QByteArray& name) const;
};
HttpReply httpGet(const QString& url, const QByteArray& ifNoneMatch = {});
HttpReply httpPost(const QString& url, const QByteArray& body, const QByteArray& token = {});

// The ServiceException code of an XML body ("" when the body is not an exception report).
QString exceptionCode(const QByteArray& xml, bool* isException);

// Centre of square kecamatan i (1..4) in lon/lat.
inline double squareLon(int i) { return 104.0 + (i - 1) * 0.1 + 0.05; }
inline double squareLat() { return -2.95; }

} // namespace pstest
