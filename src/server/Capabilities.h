#pragma once
#include "MapService.h"

namespace ps::server {

// WMS 1.3.0 GetCapabilities for a snapshot. baseUrl is the service address as
// the client reached it ("http://127.0.0.1:8080"), used for OnlineResource.
QByteArray capabilitiesXml(const Snapshot& snap, const QString& baseUrl);

// Bounding box attributes of a lon/lat extent in a CRS, in that CRS's WMS 1.3.0
// axis order (EPSG:4326: latitude first). Returns minx, miny, maxx, maxy.
std::array<double, 4> bboxInCrs(const QRectF& lonLat, WmsCrs crs);

} // namespace ps::server
