#include "Period.h"
#include "Locale.h"
#include <QDate>
#include <QRegularExpression>

namespace ps {

int Period::key() const
{
    switch (kind) {
    case Kind::Year: return year;
    case Kind::Semester: return year * 100 + 30 + index;
    case Kind::Quarter: return year * 100 + 20 + index;
    case Kind::Month: return year * 100 + index;
    }
    return year;
}

std::optional<Period> Period::fromKey(int key)
{
    if (key >= 1000 && key <= 9999)
        return Period{key, Kind::Year, 0};
    if (key < 100000 || key > 999999)
        return std::nullopt;
    const int y = key / 100, r = key % 100;
    if (r >= 1 && r <= 12)
        return Period{y, Kind::Month, r};
    if (r >= 21 && r <= 24)
        return Period{y, Kind::Quarter, r - 20};
    if (r == 31 || r == 32)
        return Period{y, Kind::Semester, r - 30};
    return std::nullopt;
}

std::optional<Period> Period::parse(const QString& text)
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*((?:19|20)\\d\\d)(?:\\s*[-/]\\s*(?:(\\d{1,2})|[Ss](?:em)?\\s*([12])|(?:[Qq]|TW|tw)\\s*([1-4])))?\\s*$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const int y = m.captured(1).toInt();
    if (!m.captured(2).isEmpty()) {
        const int mo = m.captured(2).toInt();
        if (mo < 1 || mo > 12)
            return std::nullopt;
        return Period{y, Kind::Month, mo};
    }
    if (!m.captured(3).isEmpty())
        return Period{y, Kind::Semester, m.captured(3).toInt()};
    if (!m.captured(4).isEmpty())
        return Period{y, Kind::Quarter, m.captured(4).toInt()};
    return Period{y, Kind::Year, 0};
}

QString Period::text() const
{
    switch (kind) {
    case Kind::Year: return QString::number(year);
    case Kind::Semester: return QStringLiteral("%1-S%2").arg(year).arg(index);
    case Kind::Quarter: return QStringLiteral("%1-Q%2").arg(year).arg(index);
    case Kind::Month: return QStringLiteral("%1-%2").arg(year).arg(index, 2, 10, QLatin1Char('0'));
    }
    return {};
}

QString Period::label() const
{
    switch (kind) {
    case Kind::Year: return QString::number(year);
    case Kind::Semester: return pick(QStringLiteral("Semester %1 %2"), QStringLiteral("Half %1 %2")).arg(index).arg(year);
    case Kind::Quarter: return pick(QStringLiteral("Triwulan %1 %2"), QStringLiteral("Quarter %1 %2")).arg(index).arg(year);
    case Kind::Month: return QStringLiteral("%1 %2").arg(monthName(index)).arg(year);
    }
    return {};
}

int Period::firstMonth() const
{
    switch (kind) {
    case Kind::Year: return 1;
    case Kind::Semester: return index == 1 ? 1 : 7;
    case Kind::Quarter: return (index - 1) * 3 + 1;
    case Kind::Month: return index;
    }
    return 1;
}

int Period::lastMonth() const
{
    switch (kind) {
    case Kind::Year: return 12;
    case Kind::Semester: return index == 1 ? 6 : 12;
    case Kind::Quarter: return index * 3;
    case Kind::Month: return index;
    }
    return 12;
}

bool Period::contains(const Period& o) const
{
    return o.year == year && o.firstMonth() >= firstMonth() && o.lastMonth() <= lastMonth();
}

QString periodLabel(int key)
{
    const auto p = Period::fromKey(key);
    return p ? p->label() : QString::number(key);
}

std::optional<int> parseMonth(const QString& textIn)
{
    const QString t = textIn.trimmed().toLower().remove(QLatin1Char('.'));
    bool ok = false;
    const int n = t.toInt(&ok);
    if (ok)
        return n >= 1 && n <= 12 ? std::optional<int>(n) : std::nullopt;
    // Full names and the abbreviations in use (Agt/Agu/Ags for Agustus, Okt, Des, Mei).
    static const char* const names[12][8] = {
        {"januari", "january", "jan"},
        {"februari", "pebruari", "february", "feb", "peb"},
        {"maret", "march", "mar"},
        {"april", "apr"},
        {"mei", "may"},
        {"juni", "june", "jun"},
        {"juli", "july", "jul"},
        {"agustus", "august", "agt", "agu", "ags", "agst", "aug", "agus"},
        {"september", "sep", "sept"},
        {"oktober", "october", "okt", "oct"},
        {"november", "nopember", "nov", "nop"},
        {"desember", "december", "des", "dec"},
    };
    for (int m = 0; m < 12; ++m)
        for (const char* name : names[m])
            if (name && t == QLatin1String(name))
                return m + 1;
    return std::nullopt;
}

QString monthName(int month)
{
    static const char* const id[] = {"Januari", "Februari", "Maret", "April", "Mei", "Juni",
                                     "Juli", "Agustus", "September", "Oktober", "November", "Desember"};
    static const char* const en[] = {"January", "February", "March", "April", "May", "June",
                                     "July", "August", "September", "October", "November", "December"};
    if (month < 1 || month > 12)
        return QString::number(month);
    return pick(QString::fromLatin1(id[month - 1]), QString::fromLatin1(en[month - 1]));
}

std::optional<Period> monthOfDate(const QString& textIn)
{
    const QString t = textIn.trimmed();
    auto valid = [](int y, int m, int d) -> std::optional<Period> {
        if (!QDate(y, m, d).isValid() || y < 1900 || y > 2100)
            return std::nullopt;
        return Period{y, Period::Kind::Month, m};
    };
    static const QRegularExpression dmy(QStringLiteral("^(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})(?:\\s.*)?$"));
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})[/\\-](\\d{1,2})[/\\-](\\d{1,2})(?:[T\\s].*)?$"));
    static const QRegularExpression named(QStringLiteral("^(\\d{1,2})\\s+([A-Za-z.]+)\\s+(\\d{4})$"));
    static const QRegularExpression serial(QStringLiteral("^\\d{5}(?:[.,]\\d+)?$"));
    if (auto m = dmy.match(t); m.hasMatch())
        return valid(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    if (auto m = iso.match(t); m.hasMatch())
        return valid(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (auto m = named.match(t); m.hasMatch())
        if (auto mo = parseMonth(m.captured(2)))
            return valid(m.captured(3).toInt(), *mo, m.captured(1).toInt());
    if (serial.match(t).hasMatch()) {
        // Excel's day serial: day 1 = 1900-01-01, counted with the 1900 leap-year bug, so from 1899-12-30.
        const QDate d = QDate(1899, 12, 30).addDays(static_cast<qint64>(t.left(5).toLongLong()));
        return valid(d.year(), d.month(), d.day());
    }
    return std::nullopt;
}

} // namespace ps
