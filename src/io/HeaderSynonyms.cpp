#include "HeaderSynonyms.h"
#include "core/Catalogue.h"
#include "core/Error.h"
#include "core/Paths.h"
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace ps::io {

QString headerKey(const QString& header)
{
    static const QRegularExpression seps(QStringLiteral("[^\\p{L}\\p{N}%]+"));
    return header.toLower().replace(seps, QStringLiteral(" ")).trimmed();
}

QString headerCore(const QString& header)
{
    static const QRegularExpression paren(QStringLiteral("\\([^)]*\\)|\\[[^\\]]*\\]"));
    return headerKey(QString(header).remove(paren));
}

static QJsonObject readJson(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(path, QStringLiteral("daftar judul kolom tidak dapat dibaca: %1").arg(f.errorString()));
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &perr);
    if (!doc.isObject())
        throw Error(path, QStringLiteral("JSON tidak sah pada posisi %1: %2").arg(perr.offset).arg(perr.errorString()));
    return doc.object();
}

HeaderSynonyms HeaderSynonyms::load(const QStringList& paths)
{
    HeaderSynonyms s;
    auto add = [&s](const QString& synonym, HeaderRole role) {
        const QString k = headerKey(synonym);
        if (!k.isEmpty() && !s.m_byKey.contains(k))
            s.m_byKey.insert(k, role);
    };
    // The catalogue's own codes and aliases count too (jumlah_balita_diukur, balita_stunting, ...).
    for (const VariableDef& v : Catalogue::standard().variables()) {
        add(v.code, {HeaderRole::Kind::Variable, v.code, {}});
        for (const QString& a : v.aliases)
            add(a, {HeaderRole::Kind::Variable, v.code, {}});
    }
    for (const QString& path : paths) {
        const QJsonObject root = readJson(path);
        const QJsonObject vars = root.value(QStringLiteral("variables")).toObject();
        for (auto it = vars.begin(); it != vars.end(); ++it)
            for (const QJsonValue& h : it.value().toArray())
                add(h.toString(), {HeaderRole::Kind::Variable, it.key(), {}});
        const QJsonObject parts = root.value(QStringLiteral("parts")).toObject();
        for (auto it = parts.begin(); it != parts.end(); ++it) {
            const QJsonObject ofWhole = it.value().toObject();
            for (auto p = ofWhole.begin(); p != ofWhole.end(); ++p) {
                if (!s.m_parts[it.key()].contains(p.key()))
                    s.m_parts[it.key()] << p.key();
                add(p.key(), {HeaderRole::Kind::Part, p.key(), it.key()});
                for (const QJsonValue& h : p.value().toArray())
                    add(h.toString(), {HeaderRole::Kind::Part, p.key(), it.key()});
            }
        }
        const QJsonObject rates = root.value(QStringLiteral("stated_rates")).toObject();
        for (auto it = rates.begin(); it != rates.end(); ++it)
            for (const QJsonValue& h : it.value().toArray())
                add(h.toString(), {HeaderRole::Kind::StatedRate, it.key(), {}});
        const QJsonObject cols = root.value(QStringLiteral("columns")).toObject();
        for (auto it = cols.begin(); it != cols.end(); ++it)
            for (const QJsonValue& h : it.value().toArray())
                add(h.toString(), {HeaderRole::Kind::Column, it.key(), {}});
        const QJsonObject names = root.value(QStringLiteral("facility_name")).toObject();
        for (auto it = names.begin(); it != names.end(); ++it)
            for (const QJsonValue& h : it.value().toArray())
                s.m_facilityNames[it.key()] << headerKey(h.toString());
    }
    return s;
}

const HeaderSynonyms& HeaderSynonyms::standard()
{
    static const HeaderSynonyms s = [] {
        QStringList paths{dataDir() + QStringLiteral("/headers.json")};
        const QString extra = qEnvironmentVariable("PETASEHAT_HEADERS");
        if (!extra.isEmpty())
            paths << extra;
        return load(paths);
    }();
    return s;
}

HeaderRole HeaderSynonyms::lookup(const QString& key) const { return m_byKey.value(key); }

HeaderRole HeaderSynonyms::roleOf(const QString& header) const
{
    const HeaderRole full = lookup(headerKey(header));
    if (full.kind != HeaderRole::Kind::None)
        return full;
    return lookup(headerCore(header));
}

int HeaderSynonyms::findColumn(const QStringList& headers, const QString& role) const
{
    for (int i = 0; i < headers.size(); ++i) {
        const HeaderRole r = roleOf(headers[i]);
        if (r.kind == HeaderRole::Kind::Column && r.code == role)
            return i;
    }
    return -1;
}

int HeaderSynonyms::facilityNameColumn(const QStringList& headers, const QString& facilityType) const
{
    for (const QString& type : {facilityType, QStringLiteral("any")})
        for (const QString& want : m_facilityNames.value(type))
            for (int i = 0; i < headers.size(); ++i)
                if (headerKey(headers[i]) == want || headerCore(headers[i]) == want)
                    return i;
    return -1;
}

QStringList HeaderSynonyms::partsOf(const QString& whole) const { return m_parts.value(whole); }

} // namespace ps::io
