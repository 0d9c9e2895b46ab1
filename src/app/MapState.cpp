#include "MapState.h"
#include "core/AdminCode.h"
#include "core/Project.h"
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace ps::app {

namespace {
const std::pair<LayerId, FacilityType> kTypes[] = {
    {LayerId::Puskesmas, FacilityType::Puskesmas}, {LayerId::Pustu, FacilityType::Pustu},
    {LayerId::Poskesdes, FacilityType::Poskesdes}, {LayerId::Posyandu, FacilityType::Posyandu},
    {LayerId::RumahSakit, FacilityType::RumahSakit}};
}

QJsonObject MapState::toJson() const
{
    QJsonObject o{{QStringLiteral("kind"), indicator.isEmpty() ? QStringLiteral("facilities") : QStringLiteral("choropleth")},
                  {QStringLiteral("level"), levelName(level)}};
    if (!indicator.isEmpty()) {
        o.insert(QStringLiteral("indicator"), indicator);
        o.insert(QStringLiteral("period"), period);
        QJsonObject cls{{QStringLiteral("classes"), classes}};
        if (!method.isEmpty())
            cls.insert(QStringLiteral("method"), method);
        o.insert(QStringLiteral("classification"), cls);
    }
    if (!palette.isEmpty())
        o.insert(QStringLiteral("palette"), palette);
    if (!title.isEmpty())
        o.insert(QStringLiteral("title"), title);
    // The template's facility layer: the facility types shown on the map.
    QJsonArray facilities, layerArr;
    for (const LayerState& l : layers) {
        for (const auto& [id, type] : kTypes)
            if (id == l.id && l.visible)
                facilities.append(facilityTypeName(type));
        layerArr.append(QJsonObject{{QStringLiteral("id"), static_cast<int>(l.id)},
                                    {QStringLiteral("visible"), l.visible},
                                    {QStringLiteral("opacity"), l.opacity}});
    }
    o.insert(QStringLiteral("layers"), QJsonObject{{QStringLiteral("facilities"), facilities}});
    QJsonObject app{{QStringLiteral("layers"), layerArr}, {QStringLiteral("crs"), crs}};
    if (!extent.isEmpty())
        app.insert(QStringLiteral("extent"), QJsonArray{extent.left(), extent.top(), extent.right(), extent.bottom()});
    o.insert(QStringLiteral("app"), app);
    return o;
}

MapState MapState::fromJson(const QJsonObject& o)
{
    MapState s;
    s.indicator = o.value(QStringLiteral("indicator")).toString();
    s.period = o.value(QStringLiteral("period")).toInt();
    s.level = levelFromName(o.value(QStringLiteral("level")).toString()).value_or(AdminLevel::Kecamatan);
    const QJsonObject cls = o.value(QStringLiteral("classification")).toObject();
    s.method = cls.value(QStringLiteral("method")).toString();
    s.classes = cls.value(QStringLiteral("classes")).toInt(5);
    s.palette = o.value(QStringLiteral("palette")).toString();
    s.title = o.value(QStringLiteral("title")).toString();
    const QJsonObject app = o.value(QStringLiteral("app")).toObject();
    for (const QJsonValue v : app.value(QStringLiteral("layers")).toArray()) {
        const QJsonObject l = v.toObject();
        s.layers.push_back({static_cast<LayerId>(l.value(QStringLiteral("id")).toInt()), l.value(QStringLiteral("visible")).toBool(),
                            l.value(QStringLiteral("opacity")).toDouble(1.0)});
    }
    s.crs = app.value(QStringLiteral("crs")).toString();
    const QJsonArray e = app.value(QStringLiteral("extent")).toArray();
    if (e.size() == 4)
        s.extent = QRectF(QPointF(e[0].toDouble(), e[1].toDouble()), QPointF(e[2].toDouble(), e[3].toDouble()));
    return s;
}

bool MapState::operator==(const MapState& o) const
{
    return toJson() == o.toJson();
}

void storeMapState(Project& project, const QString& name, const MapState& state)
{
    if (!project.db().hasTable("map_state"))
        return;
    auto st = project.db().prepare("INSERT OR REPLACE INTO map_state(name, state, saved_at) VALUES (?1, ?2, ?3)");
    st.bind(1, name.isNull() ? QStringLiteral("") : name);
    st.bind(2, QString::fromUtf8(QJsonDocument(state.toJson()).toJson(QJsonDocument::Compact)));
    st.bind(3, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    st.run();
}

std::optional<MapState> loadMapState(Project& project, const QString& name)
{
    if (!project.db().hasTable("map_state"))
        return std::nullopt;
    auto st = project.db().prepare("SELECT state FROM map_state WHERE name = ?1");
    st.bind(1, name.isNull() ? QStringLiteral("") : name);
    if (!st.step())
        return std::nullopt;
    return MapState::fromJson(QJsonDocument::fromJson(st.text(0).toUtf8()).object());
}

} // namespace ps::app
