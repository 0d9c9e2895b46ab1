#include "NumberText.h"
#include "core/Locale.h"
#include <QCoreApplication>
#include <QRegularExpression>
#include <cmath>

namespace ps::io {

static QString tr(const char* s) { return QCoreApplication::translate("ps::io::NumberText", s); }

static ParsedNumber accept(double v) { return ParsedNumber{v, {}}; }
static ParsedNumber reject(const QString& why) { return ParsedNumber{std::nullopt, why}; }

// "1.234.567" with sep '.' -> 1234567; false unless grouped in threes.
static bool ungroup(const QString& s, QChar sep, QString& digits)
{
    const QStringList groups = s.split(sep);
    if (groups.size() < 2 || groups[0].isEmpty() || groups[0].size() > 3)
        return false;
    for (int i = 1; i < groups.size(); ++i)
        if (groups[i].size() != 3)
            return false;
    digits = groups.join(QString());
    return true;
}

// Counts of people beyond this are not counts (a typo, an exponent, a broken cell).
static constexpr double kMaxCount = 1e9;

static ParsedNumber parseCountText(const QString& text);

ParsedNumber parseCount(const QString& text)
{
    ParsedNumber n = parseCountText(text);
    if (n.value && !(std::isfinite(*n.value) && *n.value <= kMaxCount))
        return reject(tr("angka terlalu besar untuk jumlah orang (lebih dari %1)").arg(formatNumber(kMaxCount, 0)));
    return n;
}

static ParsedNumber parseCountText(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    static const QRegularExpression plain(QStringLiteral("^\\d+$"));
    static const QRegularExpression separated(QStringLiteral("^\\d+([.,]\\d+)+$"));
    static const QRegularExpression scientific(QStringLiteral("^\\d+(\\.\\d+)?[eE][+-]?\\d+$"));
    if (plain.match(t).hasMatch())
        return accept(t.toDouble());
    if (scientific.match(t).hasMatch())
        return accept(t.toDouble());
    if (t.startsWith(QLatin1Char('-')) && parseCountText(t.mid(1)).value)
        return reject(tr("nilai negatif; jumlah orang tidak boleh kurang dari nol"));
    if (t.endsWith(QLatin1Char('%')))
        return reject(tr("berisi persen; isikan jumlah (pembilang dan penyebut), bukan angka persentase"));
    if (!separated.match(t).hasMatch())
        return reject(tr("bukan angka; yang diharapkan jumlah seperti 3510 atau 695,5"));

    const int dots = static_cast<int>(t.count(QLatin1Char('.')));
    const int commas = static_cast<int>(t.count(QLatin1Char(',')));
    QString digits;
    if (dots > 0 && commas > 0) {
        // Both present: the last one is the decimal mark, the other groups thousands.
        const QChar decimal = t.lastIndexOf(QLatin1Char('.')) > t.lastIndexOf(QLatin1Char(',')) ? QLatin1Char('.') : QLatin1Char(',');
        const QChar group = decimal == QLatin1Char('.') ? QLatin1Char(',') : QLatin1Char('.');
        const int cut = static_cast<int>(t.lastIndexOf(decimal));
        if (t.count(decimal) == 1 && ungroup(t.left(cut), group, digits))
            return accept((digits + QLatin1Char('.') + t.mid(cut + 1)).toDouble());
        return reject(tr("pemisah ribuan dan desimal tidak konsisten"));
    }
    const QChar sep = dots > 0 ? QLatin1Char('.') : QLatin1Char(',');
    if (dots + commas > 1) {
        if (ungroup(t, sep, digits))
            return accept(digits.toDouble());
        return reject(tr("pemisah ribuan tidak dalam kelompok tiga angka"));
    }
    const int cut = static_cast<int>(t.indexOf(sep));
    if (t.size() - cut - 1 == 3)
        return reject(tr("'%1' bisa dibaca dua cara: %2 (pemisah ribuan) atau %3 (desimal); "
                         "tulis tanpa pemisah ribuan, mis. %2")
                          .arg(t, QString(t).remove(sep),
                               formatNumber((t.left(cut) + QLatin1Char('.') + t.mid(cut + 1)).toDouble(), 3)));
    return accept((t.left(cut) + QLatin1Char('.') + t.mid(cut + 1)).toDouble());
}

} // namespace ps::io
