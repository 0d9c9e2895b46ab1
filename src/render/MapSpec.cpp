#include "MapSpec.h"
#include "core/Period.h"
#include "core/Error.h"
#include "core/Project.h"
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ps::render {

MapKind mapKindFromId(const QString& id, bool* ok)
{
    if (ok)
        *ok = true;
    const QString k = id.trimmed().toLower();
    if (k == QLatin1String("small_multiples") || k == QLatin1String("small-multiples") || k == QLatin1String("trend"))
        return MapKind::SmallMultiples;
    if (k == QLatin1String("facilities") || k == QLatin1String("fasilitas"))
        return MapKind::Facilities;
    if (k == QLatin1String("coverage") || k == QLatin1String("jangkauan"))
        return MapKind::Coverage;
    if (k == QLatin1String("underserved") || k == QLatin1String("kurang_terlayani"))
        return MapKind::Underserved;
    if (ok && !(k.isEmpty() || k == QLatin1String("choropleth")))
        *ok = false;
    return MapKind::Choropleth;
}

bool needsIndicator(MapKind kind)
{
    return kind == MapKind::Choropleth || kind == MapKind::SmallMultiples;
}

MapSpec loadMapSpec(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(path, QCoreApplication::translate("render", "templat peta tidak dapat dibaca"));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (doc.isNull() || !doc.isObject())
        throw Error(path, QCoreApplication::translate("render", "bukan JSON yang sah: %1 (posisi %2)").arg(pe.errorString()).arg(pe.offset));
    return mapSpecFromJson(doc.object(), path);
}

MapSpec mapSpecFromJson(const QJsonObject& o, const QString& path)
{
    auto fail = [&](const QString& field, const QString& what) {
        throw Error(path, QCoreApplication::translate("render", "nilai tidak sah: %1").arg(what), -1, field);
    };
    MapSpec s;
    bool ok = true;
    s.kind = mapKindFromId(o.value(QStringLiteral("kind")).toString(), &ok);
    if (!ok)
        fail(QStringLiteral("kind"), o.value(QStringLiteral("kind")).toString());
    s.indicator = o.value(QStringLiteral("indicator")).toString();
    const QJsonValue period = o.value(QStringLiteral("period"));
    // A year as a number (2024) or any period as text ("2024-08", "2024-S1").
    auto periodKey = [&fail](const QJsonValue& v) {
        if (v.isDouble())
            return v.toInt();
        const auto p = ps::Period::parse(v.toString());
        if (!p)
            fail(QStringLiteral("period"), v.toString());
        return p->key();
    };
    if (period.isDouble() || period.isString())
        s.periods = {periodKey(period)};
    for (const QJsonValue v : o.value(QStringLiteral("periods")).toArray())
        s.periods.push_back(periodKey(v));
    if (o.contains(QStringLiteral("level"))) {
        const auto lv = levelFromName(o.value(QStringLiteral("level")).toString());
        if (!lv)
            fail(QStringLiteral("level"), o.value(QStringLiteral("level")).toString());
        s.level = *lv;
    }
    s.codePrefix = o.value(QStringLiteral("area")).toString();
    const QJsonObject cls = o.value(QStringLiteral("classification")).toObject();
    if (cls.contains(QStringLiteral("method"))) {
        const auto m = classify::methodFromId(cls.value(QStringLiteral("method")).toString());
        if (!m)
            fail(QStringLiteral("classification.method"), cls.value(QStringLiteral("method")).toString());
        s.method = m;
    }
    s.classes = cls.value(QStringLiteral("classes")).toInt(5);
    for (const QJsonValue v : cls.value(QStringLiteral("breaks")).toArray())
        s.breaks.push_back(v.toDouble());
    s.palette = o.value(QStringLiteral("palette")).toString();
    const QJsonObject layers = o.value(QStringLiteral("layers")).toObject();
    s.labels = layers.value(QStringLiteral("labels")).toBool(true);
    s.labelValues = layers.value(QStringLiteral("label_values")).toBool(false);
    s.inset = layers.value(QStringLiteral("inset")).toBool(true);
    if (layers.contains(QStringLiteral("facilities"))) {
        const QJsonValue fv = layers.value(QStringLiteral("facilities"));
        s.facilities = fv.isArray() ? !fv.toArray().isEmpty() : fv.toBool(true);
        for (const QJsonValue v : fv.toArray()) {
            const auto t = facilityTypeFromName(v.toString());
            if (!t)
                fail(QStringLiteral("layers.facilities"), v.toString());
            s.facilityTypes.push_back(*t);
        }
    }
    s.title = o.value(QStringLiteral("title")).toString();
    s.subtitle = o.value(QStringLiteral("subtitle")).toString();
    const QJsonObject layout = o.value(QStringLiteral("layout")).toObject();
    s.preset = layout.value(QStringLiteral("preset")).toString(s.preset);
    s.atlas = o.value(QStringLiteral("atlas")).toString();
    for (const QJsonValue v : o.value(QStringLiteral("atlas_indicators")).toArray())
        s.atlasIndicators.push_back(v.toString());
    s.runId = o.value(QStringLiteral("run")).toInteger(0);
    s.service = o.value(QStringLiteral("service")).toString();
    if (!s.service.isEmpty() && s.service != QLatin1String("any") && !facilityTypeFromName(s.service))
        fail(QStringLiteral("service"), s.service);
    if (needsIndicator(s.kind) && s.indicator.isEmpty() && s.atlas != QLatin1String("indicators"))
        fail(QStringLiteral("indicator"), QCoreApplication::translate("render", "kosong"));
    return s;
}

QStringList savedMapNames(Project& project)
{
    QStringList names;
    if (!project.db().hasTable("map_state"))
        return names;
    auto st = project.db().prepare("SELECT name FROM map_state WHERE name <> '' ORDER BY name");
    while (st.step())
        names << st.text(0);
    return names;
}

MapSpec savedMapSpec(Project& project, const QString& name)
{
    if (project.db().hasTable("map_state")) {
        auto st = project.db().prepare("SELECT state FROM map_state WHERE name = ?1");
        st.bind(1, name);
        if (st.step())
            return mapSpecFromJson(QJsonDocument::fromJson(st.text(0).toUtf8()).object(),
                                   project.path() + QStringLiteral(" (map_state '") + name + QStringLiteral("')"));
    }
    const QStringList names = savedMapNames(project);
    throw Error(project.path(), QCoreApplication::translate("render", "tidak ada peta tersimpan bernama \"%1\"; yang ada: %2")
                                    .arg(name, names.isEmpty() ? QStringLiteral("-") : names.join(QStringLiteral(", "))));
}

} // namespace ps::render
