#include "NameNormalizer.h"
#include <QHash>
#include <QRegularExpression>

namespace ps::geocode {

// Abbreviations seen in Indonesian place names, mapped to the full word.
static const QHash<QString, QString>& abbreviations()
{
    static const QHash<QString, QString> map = {
        {QStringLiteral("p"), QStringLiteral("pulau")},      {QStringLiteral("pl"), QStringLiteral("pulau")},
        {QStringLiteral("tj"), QStringLiteral("tanjung")},   {QStringLiteral("tg"), QStringLiteral("tanjung")},
        {QStringLiteral("tjg"), QStringLiteral("tanjung")},  {QStringLiteral("sei"), QStringLiteral("sungai")},
        {QStringLiteral("sungei"), QStringLiteral("sungai")},{QStringLiteral("sg"), QStringLiteral("sungai")},
        {QStringLiteral("kp"), QStringLiteral("kampung")},   {QStringLiteral("kpg"), QStringLiteral("kampung")},
        {QStringLiteral("sp"), QStringLiteral("simpang")},   {QStringLiteral("smp"), QStringLiteral("simpang")},
        {QStringLiteral("ma"), QStringLiteral("muara")},     {QStringLiteral("ds"), QStringLiteral("desa")},
        {QStringLiteral("kel"), QStringLiteral("kelurahan")},{QStringLiteral("kec"), QStringLiteral("kecamatan")},
        {QStringLiteral("kab"), QStringLiteral("kabupaten")},
    };
    return map;
}

static QStringList prefixesFor(NameKind kind)
{
    switch (kind) {
    case NameKind::Desa: return {QStringLiteral("desa"), QStringLiteral("kelurahan")};
    case NameKind::Kecamatan: return {QStringLiteral("kecamatan")};
    case NameKind::Kabupaten: return {QStringLiteral("kabupaten"), QStringLiteral("kota")};
    }
    return {};
}

int romanValue(const QString& t)
{
    static const QRegularExpression re(QStringLiteral("^(x{0,3})(ix|iv|v?i{0,3})$"));
    if (t.isEmpty() || t.size() > 6)
        return 0;
    for (QChar c : t)
        if (c != QLatin1Char('i') && c != QLatin1Char('v') && c != QLatin1Char('x'))
            return 0;
    const auto m = re.match(t);
    if (!m.hasMatch())
        return 0;
    static const QHash<QString, int> units = {{"", 0},   {"i", 1},   {"ii", 2},  {"iii", 3}, {"iv", 4},
                                              {"v", 5},  {"vi", 6},  {"vii", 7}, {"viii", 8}, {"ix", 9}};
    return 10 * static_cast<int>(m.captured(1).size()) + units.value(m.captured(2));
}

// Lower-case words of letters or digits; a letter-digit boundary also splits ("Sungsang4").
static QStringList tokenize(const QString& text)
{
    bool plain = true;
    for (QChar c : text)
        plain = plain && c.unicode() < 128;
    // Accents are folded (é → e) only when there are any: the decomposition is the costly part.
    const QString source = plain ? text : text.normalized(QString::NormalizationForm_KD);
    QStringList tokens;
    QString cur;
    int curKind = 0; // 1 letters, 2 digits
    for (QChar c : source) {
        if (!plain && c.category() == QChar::Mark_NonSpacing)
            continue;
        const int kind = c.isLetter() ? 1 : c.isDigit() ? 2 : 0;
        if (kind != curKind && !cur.isEmpty()) {
            tokens << cur;
            cur.clear();
        }
        curKind = kind;
        if (kind)
            cur += c.toLower();
    }
    if (!cur.isEmpty())
        tokens << cur;
    return tokens;
}

static QString normalizeUncached(const QString& text, NameKind kind)
{
    QStringList tokens = tokenize(text);
    for (QString& t : tokens) {
        const auto it = abbreviations().constFind(t);
        if (it != abbreviations().constEnd())
            t = *it;
    }
    // Drop leading administrative prefixes, never the whole name.
    const QStringList prefixes = prefixesFor(kind);
    while (tokens.size() > 1 && prefixes.contains(tokens.first()))
        tokens.removeFirst();
    // Roman numerals and zero-padded numbers become plain digits (not the first
    // word: a name never starts with a numeral, and "Vi..." must stay a word).
    for (int i = 0; i < tokens.size(); ++i) {
        QString& t = tokens[i];
        bool isNumber = false;
        const int n = t.toInt(&isNumber);
        if (isNumber)
            t = QString::number(n);
        else if (i > 0)
            if (int r = romanValue(t))
                t = QString::number(r);
    }
    return tokens.join(QLatin1Char(' '));
}

QString normalizeName(const QString& text, NameKind kind)
{
    // A province's sheet names the same few thousand desa and kecamatan tens of thousands
    // of times, and matching, duplicate checks and cross-checks each normalise them again:
    // the answer is remembered per thread (a pure function; bounded, cleared when full).
    constexpr qsizetype kMaxRemembered = 100000;
    thread_local QHash<QString, QString> remembered[3];
    QHash<QString, QString>& memo = remembered[static_cast<int>(kind)];
    if (const auto it = memo.constFind(text); it != memo.constEnd())
        return *it;
    if (memo.size() >= kMaxRemembered)
        memo.clear();
    return *memo.insert(text, normalizeUncached(text, kind));
}

QString compactName(const QString& normalized)
{
    QString out = normalized;
    out.remove(QLatin1Char(' '));
    return out;
}

QStringList nameNumbers(const QString& normalized)
{
    QStringList out;
    for (const QString& t : normalized.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        if (t.front().isDigit())
            out << t;
    return out;
}

} // namespace ps::geocode
