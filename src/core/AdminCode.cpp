#include "AdminCode.h"
#include <QRegularExpression>
#include <QStringList>

namespace ps {

QString levelName(AdminLevel level)
{
    switch (level) {
    case AdminLevel::Provinsi: return QStringLiteral("provinsi");
    case AdminLevel::Kabupaten: return QStringLiteral("kabupaten");
    case AdminLevel::Kecamatan: return QStringLiteral("kecamatan");
    case AdminLevel::Desa: return QStringLiteral("desa");
    case AdminLevel::Kelurahan: return QStringLiteral("kelurahan");
    }
    return {};
}

QString provinceName(const QString& code)
{
    static const std::pair<const char*, const char*> kNames[] = {
        {"11", "Aceh"}, {"12", "Sumatera Utara"}, {"13", "Sumatera Barat"}, {"14", "Riau"}, {"15", "Jambi"},
        {"16", "Sumatera Selatan"}, {"17", "Bengkulu"}, {"18", "Lampung"}, {"19", "Kepulauan Bangka Belitung"},
        {"21", "Kepulauan Riau"}, {"31", "Daerah Khusus Ibukota Jakarta"}, {"32", "Jawa Barat"}, {"33", "Jawa Tengah"},
        {"34", "Daerah Istimewa Yogyakarta"}, {"35", "Jawa Timur"}, {"36", "Banten"}, {"51", "Bali"},
        {"52", "Nusa Tenggara Barat"}, {"53", "Nusa Tenggara Timur"}, {"61", "Kalimantan Barat"},
        {"62", "Kalimantan Tengah"}, {"63", "Kalimantan Selatan"}, {"64", "Kalimantan Timur"}, {"65", "Kalimantan Utara"},
        {"71", "Sulawesi Utara"}, {"72", "Sulawesi Tengah"}, {"73", "Sulawesi Selatan"}, {"74", "Sulawesi Tenggara"},
        {"75", "Gorontalo"}, {"76", "Sulawesi Barat"}, {"81", "Maluku"}, {"82", "Maluku Utara"}, {"91", "Papua"},
        {"92", "Papua Barat"}, {"93", "Papua Selatan"}, {"94", "Papua Tengah"}, {"95", "Papua Pegunungan"},
        {"96", "Papua Barat Daya"}};
    for (const auto& [c, name] : kNames)
        if (code == QLatin1String(c))
            return QString::fromUtf8(name);
    return {};
}

std::optional<AdminLevel> levelFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    for (AdminLevel l : {AdminLevel::Provinsi, AdminLevel::Kabupaten, AdminLevel::Kecamatan,
                         AdminLevel::Desa, AdminLevel::Kelurahan})
        if (levelName(l) == n)
            return l;
    if (n == QLatin1String("kota") || n == QLatin1String("kabupaten/kota"))
        return AdminLevel::Kabupaten;
    return std::nullopt;
}

int levelRank(AdminLevel level)
{
    switch (level) {
    case AdminLevel::Provinsi: return 0;
    case AdminLevel::Kabupaten: return 1;
    case AdminLevel::Kecamatan: return 2;
    default: return 3;
    }
}

int codeLength(AdminLevel level)
{
    static const int lengths[] = {2, 5, 8, 13};
    return lengths[levelRank(level)];
}

std::optional<AdminCode> parseAdminCode(const QString& text)
{
    const QString t = text.trimmed();
    QStringList parts;
    if (t.contains(QLatin1Char('.'))) {
        parts = t.split(QLatin1Char('.'));
    } else {
        // Undotted forms: 2, 4, 6 or 10 digits.
        static const QRegularExpression digits(QStringLiteral("^\\d+$"));
        if (!digits.match(t).hasMatch())
            return std::nullopt;
        const int widths[] = {2, 2, 2, 4};
        int pos = 0;
        for (int w : widths) {
            if (pos >= t.size())
                break;
            parts << t.mid(pos, w);
            pos += w;
        }
        if (pos != t.size())
            return std::nullopt;
    }
    if (parts.isEmpty() || parts.size() > 4)
        return std::nullopt;
    const int widths[] = {2, 2, 2, 4};
    QStringList norm;
    for (int i = 0; i < parts.size(); ++i) {
        bool ok = false;
        const int v = parts[i].toInt(&ok);
        if (!ok || v <= 0 || parts[i].size() > widths[i])
            return std::nullopt;
        norm << QStringLiteral("%1").arg(v, widths[i], 10, QLatin1Char('0'));
    }
    AdminCode c;
    c.code = norm.join(QLatin1Char('.'));
    c.parent = norm.size() > 1 ? QStringList(norm.mid(0, norm.size() - 1)).join(QLatin1Char('.')) : QString();
    switch (norm.size()) {
    case 1: c.level = AdminLevel::Provinsi; break;
    case 2: c.level = AdminLevel::Kabupaten; break;
    case 3: c.level = AdminLevel::Kecamatan; break;
    default: {
        const QChar first = norm[3][0];
        if (first == QLatin1Char('1'))
            c.level = AdminLevel::Kelurahan;
        else if (first == QLatin1Char('2'))
            c.level = AdminLevel::Desa;
        else
            return std::nullopt;
    }
    }
    return c;
}

QString prettyAreaName(const QString& name)
{
    if (name != name.toUpper())
        return name;
    QStringList words = name.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString& w : words)
        w[0] = w[0].toUpper();
    return words.join(QLatin1Char(' '));
}

} // namespace ps
