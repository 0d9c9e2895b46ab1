#include "CoordinateParser.h"
#include <QCoreApplication>
#include <QRegularExpression>
#include <cmath>

namespace ps::geocode {

static QString tr(const char* s) { return QCoreApplication::translate("ps::geocode", s); }

struct Hemisphere {
    const char* letters;
    Axis axis;
    int sign;
};
// Longer markers first so that "LS" is not read as "S".
static const Hemisphere kHemispheres[] = {
    {"LS", Axis::Latitude, -1}, {"LU", Axis::Latitude, 1},  {"BT", Axis::Longitude, 1}, {"BB", Axis::Longitude, -1},
    {"N", Axis::Latitude, 1},   {"S", Axis::Latitude, -1},  {"U", Axis::Latitude, 1},   {"E", Axis::Longitude, 1},
    {"W", Axis::Longitude, -1}, {"T", Axis::Longitude, 1},  {"B", Axis::Longitude, -1},
};

// Reads a number written with a decimal point or a decimal comma.
static bool readNumber(QString s, double* out, bool* comma)
{
    if (s.contains(QLatin1Char(',')) && s.contains(QLatin1Char('.')))
        return false;
    if (s.contains(QLatin1Char(','))) {
        *comma = true;
        s.replace(QLatin1Char(','), QLatin1Char('.'));
    }
    bool ok = false;
    *out = s.toDouble(&ok);
    return ok && std::isfinite(*out);
}

// Digits with at most one decimal point or comma between digits: "2", "2.98", "2,98".
static bool isPlainNumber(const QString& s)
{
    int separators = 0;
    for (int i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (c.isDigit())
            continue;
        if ((c == QLatin1Char('.') || c == QLatin1Char(',')) && i > 0 && i + 1 < s.size() && ++separators == 1)
            continue;
        return false;
    }
    return !s.isEmpty();
}

ParsedAngle parseAngle(const QString& text)
{
    ParsedAngle a;
    QString s = text.trimmed().toUpper();
    if (s.isEmpty())
        return a;
    int sign = 1;
    for (const Hemisphere& h : kHemispheres) {
        const QString mark = QString::fromLatin1(h.letters);
        if (s.endsWith(mark) || s.startsWith(mark)) {
            s = s.endsWith(mark) ? s.left(s.size() - mark.size()) : s.mid(mark.size());
            a.axis = h.axis;
            sign = h.sign;
            break;
        }
    }
    s = s.trimmed();
    // A minus sign and a south/west letter both mean negative, never positive together.
    if (s.startsWith(QLatin1Char('-')) || s.startsWith(QChar(0x2212))) {
        sign = -1;
        s = s.mid(1);
    } else if (s.startsWith(QLatin1Char('+'))) {
        s = s.mid(1);
    }
    // Degrees, minutes, seconds: numbers separated by the usual marks or spaces.
    // Split on the marks by hand: this runs for every cell of large sheets.
    static const QString markChars = QStringLiteral("°º˚'’′\"″:");
    QStringList parts;
    QString cur;
    for (QChar ch : s) {
        if (ch.isSpace() || markChars.contains(ch)) {
            if (!cur.isEmpty())
                parts << cur;
            cur.clear();
        } else {
            cur += ch;
        }
    }
    if (!cur.isEmpty())
        parts << cur;
    if (parts.isEmpty() || parts.size() > 3)
        return a;
    double values[3] = {0, 0, 0};
    for (int i = 0; i < parts.size(); ++i) {
        if (!isPlainNumber(parts[i]) || !readNumber(parts[i], &values[i], &a.decimalComma))
            return a;
    }
    a.dms = parts.size() > 1 || s.contains(QChar(0x00B0)) || s.contains(QChar(0x00BA));
    if (parts.size() > 1 && (values[1] >= 60 || values[2] >= 60))
        return a;
    a.degrees = sign * (values[0] + values[1] / 60.0 + values[2] / 3600.0);
    a.ok = true;
    return a;
}

ParsedCoordinate parseCoordinates(const QString& latText, const QString& lonText)
{
    ParsedCoordinate c;
    if (latText.trimmed().isEmpty() && lonText.trimmed().isEmpty())
        return c;
    c.state = ParsedCoordinate::State::Invalid;
    if (latText.trimmed().isEmpty() || lonText.trimmed().isEmpty()) {
        c.problem = tr("hanya satu dari lintang/bujur yang terisi");
        return c;
    }
    ParsedAngle lat = parseAngle(latText), lon = parseAngle(lonText);
    if (!lat.ok || !lon.ok) {
        c.problem = tr("koordinat tidak terbaca: \"%1\", \"%2\"").arg(latText.trimmed(), lonText.trimmed());
        return c;
    }
    if (lat.axis == Axis::Longitude && lon.axis == Axis::Latitude) {
        std::swap(lat, lon);
        c.swappedByLetters = true;
    }
    if (std::fabs(lat.degrees) > 180 || std::fabs(lon.degrees) > 180) {
        c.problem = tr("koordinat di luar rentang derajat: \"%1\", \"%2\"").arg(latText.trimmed(), lonText.trimmed());
        return c;
    }
    c.state = ParsedCoordinate::State::Ok;
    c.lat = lat.degrees;
    c.lon = lon.degrees;
    c.dms = lat.dms || lon.dms;
    c.decimalComma = lat.decimalComma || lon.decimalComma;
    return c;
}

ParsedCoordinate parseCoordinatePair(const QString& text)
{
    const QString s = text.trimmed();
    ParsedCoordinate c;
    if (s.isEmpty())
        return c;
    // Candidate splits, most explicit first; the first that reads as two angles wins.
    QList<QStringList> splits;
    splits << s.split(QLatin1Char(';'));
    splits << s.split(QRegularExpression(QStringLiteral(",\\s+")));
    splits << s.split(QLatin1Char('/'));
    if (s.count(QLatin1Char(',')) == 1)
        splits << s.split(QLatin1Char(','));
    if (s.count(QLatin1Char(',')) == 3 && !s.contains(QLatin1Char('.'))) {
        // "-2,98,104,86": two numbers with decimal commas.
        const int second = s.indexOf(QLatin1Char(','), s.indexOf(QLatin1Char(',')) + 1);
        splits << QStringList{s.left(second), s.mid(second + 1)};
    }
    // "2°56'45.2"S 104°20'16.9"E": split after the hemisphere letter.
    static const QRegularExpression afterLetter(QStringLiteral("(?<=[NSEWnsew])\\s+"));
    splits << s.split(afterLetter);
    splits << s.split(QRegularExpression(QStringLiteral("\\s+")));
    for (const QStringList& parts : splits) {
        if (parts.size() != 2)
            continue;
        ParsedCoordinate p = parseCoordinates(parts[0], parts[1]);
        if (p.ok())
            return p;
    }
    c.state = ParsedCoordinate::State::Invalid;
    c.problem = tr("koordinat tidak terbaca: \"%1\"").arg(s);
    return c;
}

} // namespace ps::geocode
