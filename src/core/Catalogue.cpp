#include "Catalogue.h"
#include "Error.h"
#include "Locale.h"
#include "Paths.h"
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ps {

QString IndicatorDef::name() const { return pick(nameId, nameEn); }

QString IndicatorDef::unitSymbol() const
{
    if (unit == QLatin1String("percent"))
        return QStringLiteral("%");
    if (unit == QLatin1String("per_1000"))
        return QStringLiteral("‰");
    if (unit == QLatin1String("per_100000"))
        return pick(QStringLiteral("per 100.000"), QStringLiteral("per 100,000"));
    return {};
}

static QString normHeader(const QString& s)
{
    QString t = s.trimmed().toLower();
    t.replace(QLatin1Char(' '), QLatin1Char('_'));
    return t;
}

Catalogue Catalogue::load(const QString& pathIn)
{
    const QString path = pathIn.isEmpty() ? dataDir() + QStringLiteral("/indicators.json") : pathIn;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(path, QStringLiteral("katalog indikator tidak dapat dibaca: %1").arg(f.errorString()));
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &perr);
    if (doc.isNull())
        throw Error(path, QStringLiteral("JSON tidak sah pada posisi %1: %2").arg(perr.offset).arg(perr.errorString()));
    Catalogue c;
    const QJsonObject root = doc.object();
    for (const QJsonValue& v : root.value(QStringLiteral("variables")).toArray()) {
        const QJsonObject o = v.toObject();
        VariableDef d;
        d.code = o.value(QStringLiteral("code")).toString();
        d.labelId = o.value(QStringLiteral("label_id")).toString();
        d.labelEn = o.value(QStringLiteral("label_en")).toString();
        for (const QJsonValue& a : o.value(QStringLiteral("aliases")).toArray())
            d.aliases << a.toString();
        c.m_variables.push_back(d);
    }
    for (const QJsonValue& v : root.value(QStringLiteral("indicators")).toArray()) {
        const QJsonObject o = v.toObject();
        IndicatorDef d;
        d.code = o.value(QStringLiteral("code")).toString();
        d.nameId = o.value(QStringLiteral("name_id")).toString();
        d.nameEn = o.value(QStringLiteral("name_en")).toString();
        d.numerator = o.value(QStringLiteral("numerator")).toString();
        d.denominator = o.value(QStringLiteral("denominator")).toString();
        d.unit = o.value(QStringLiteral("unit")).toString(QStringLiteral("percent"));
        d.scale = d.unit == QLatin1String("per_1000") ? 1000.0 : d.unit == QLatin1String("per_100000") ? 100000.0 : 100.0;
        d.higherIsWorse = o.value(QStringLiteral("higher_is_worse")).toBool(true);
        if (o.contains(QStringLiteral("target")))
            d.target = o.value(QStringLiteral("target")).toDouble();
        d.kind = o.value(QStringLiteral("kind")).toString(QStringLiteral("routine"));
        d.numeratorWithinDenominator = o.value(QStringLiteral("numerator_within_denominator")).toBool(false);
        d.sourceId = o.value(QStringLiteral("source_id")).toString();
        d.sourceEn = o.value(QStringLiteral("source_en")).toString();
        d.coverageIndicator = o.value(QStringLiteral("shown_with")).toString();
        d.measure = o.value(QStringLiteral("measure")).toString(QStringLiteral("stock"));
        if (d.measure != QLatin1String("stock") && d.measure != QLatin1String("flow"))
            throw Error(path, QStringLiteral("indikator %1: measure harus \"stock\" atau \"flow\"").arg(d.code));
        const QJsonObject th = o.value(QStringLiteral("thresholds")).toObject();
        d.thresholdsSource = th.value(QStringLiteral("source")).toString();
        for (const QJsonValue& cls : th.value(QStringLiteral("classes")).toArray()) {
            const QJsonObject co = cls.toObject();
            Threshold t;
            if (co.contains(QStringLiteral("upper")))
                t.upper = co.value(QStringLiteral("upper")).toDouble();
            t.labelId = co.value(QStringLiteral("label_id")).toString();
            t.labelEn = co.value(QStringLiteral("label_en")).toString();
            d.thresholds.push_back(t);
        }
        if (d.code.isEmpty() || d.numerator.isEmpty() || d.denominator.isEmpty())
            throw Error(path, QStringLiteral("indikator tanpa code/numerator/denominator: %1").arg(d.code));
        for (const QString& var : {d.numerator, d.denominator})
            if (!c.variable(var))
                throw Error(path, QStringLiteral("indikator %1 memakai variabel tak dikenal '%2'").arg(d.code, var));
        c.m_indicators.push_back(d);
    }
    return c;
}

const Catalogue& Catalogue::standard()
{
    static const Catalogue c = load();
    return c;
}

const IndicatorDef* Catalogue::indicator(const QString& code) const
{
    for (const auto& d : m_indicators)
        if (d.code.compare(code, Qt::CaseInsensitive) == 0)
            return &d;
    return nullptr;
}

const VariableDef* Catalogue::variable(const QString& code) const
{
    for (const auto& d : m_variables)
        if (d.code == code)
            return &d;
    return nullptr;
}

const VariableDef* Catalogue::variableForHeader(const QString& header) const
{
    const QString h = normHeader(header);
    for (const auto& d : m_variables) {
        if (normHeader(d.code) == h)
            return &d;
        for (const QString& a : d.aliases)
            if (normHeader(a) == h)
                return &d;
    }
    return nullptr;
}

} // namespace ps
