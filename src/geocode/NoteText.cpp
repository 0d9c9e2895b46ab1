#include "NoteText.h"
#include "core/Locale.h"
#include <QFile>
#include <QXmlStreamReader>
#include <algorithm>
#include <functional>

namespace ps::geocode {

namespace {

// "Desa %1, radius %2" -> ^Desa (.+?), radius (.+?)$ with the %N order remembered by name.
QRegularExpression templateRegex(const QString& source)
{
    static const QRegularExpression placeholder(QStringLiteral("%(\\d)"));
    QString pattern;
    QStringList seen;
    qsizetype at = 0;
    for (auto it = placeholder.globalMatch(source); it.hasNext();) {
        const auto m = it.next();
        pattern += QRegularExpression::escape(source.mid(at, m.capturedStart() - at));
        // The same argument twice ("%1 ... %1") is the same text twice.
        pattern += seen.contains(m.captured(1)) ? QStringLiteral("\\k<a%1>").arg(m.captured(1))
                                                : QStringLiteral("(?<a%1>.+?)").arg(m.captured(1));
        seen << m.captured(1);
        at = m.capturedEnd();
    }
    pattern += QRegularExpression::escape(source.mid(at));
    return QRegularExpression(QStringLiteral("\\A") + pattern + QStringLiteral("\\z"),
                              QRegularExpression::DotMatchesEverythingOption);
}

QString fill(const QString& english, const QRegularExpressionMatch& m, const std::function<QString(const QString&)>& arg)
{
    QString out;
    for (qsizetype i = 0; i < english.size(); ++i) {
        if (english[i] == QLatin1Char('%') && i + 1 < english.size() && english[i + 1].isDigit()) {
            out += arg(m.captured(QStringLiteral("a") + english[i + 1]));
            ++i;
        } else {
            out += english[i];
        }
    }
    return out;
}

} // namespace

NoteTranslator NoteTranslator::fromTs(const QString& path)
{
    NoteTranslator t;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return t;
    QXmlStreamReader xml(&f);
    QString context, source, translation;
    bool finished = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("source"))
                source = xml.readElementText();
            else if (xml.name() == QLatin1String("translation")) {
                finished = xml.attributes().value(QLatin1String("type")).isEmpty();
                translation = xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            if (finished && context.startsWith(QLatin1String("ps::geocode")) && !source.isEmpty() && !translation.isEmpty() &&
                source != translation)
                t.m_templates.push_back({templateRegex(source), translation});
            source.clear();
            translation.clear();
        }
    }
    // The most specific template first: longer literal text wins over a bare "%1 ...".
    std::stable_sort(t.m_templates.begin(), t.m_templates.end(), [](const Template& a, const Template& b) {
        return a.source.pattern().size() > b.source.pattern().size();
    });
    return t;
}

const NoteTranslator& NoteTranslator::english()
{
    static const NoteTranslator t = fromTs(QStringLiteral(":/i18n/petasehat_en.ts"));
    return t;
}

bool NoteTranslator::translateClause(const QString& clause, QString* out, int depth) const
{
    for (const Template& t : m_templates) {
        const QRegularExpressionMatch m = t.source.match(clause);
        if (!m.hasMatch())
            continue;
        // An argument may itself be a message ("koordinat diperbaiki: %1"), else names and numbers.
        *out = fill(t.english, m, [&](const QString& a) {
            QString inner;
            if (depth < 3 && translateClause(a, &inner, depth + 1))
                return inner;
            return englishNumbers(a);
        });
        return true;
    }
    return false;
}

QString NoteTranslator::translate(const QString& note) const
{
    // Clauses joined by "; " (a template may itself contain "; "): the longest run that matches.
    const QStringList clauses = note.split(QStringLiteral("; "));
    QStringList out;
    for (qsizetype i = 0; i < clauses.size();) {
        qsizetype used = 0;
        for (qsizetype j = clauses.size(); j > i && !used; --j) {
            QString t;
            if (translateClause(clauses.mid(i, j - i).join(QStringLiteral("; ")), &t, 0)) {
                out << t;
                used = j - i;
            }
        }
        if (!used) {
            out << clauses[i];
            used = 1;
        }
        i += used;
    }
    return out.join(QStringLiteral("; "));
}

QString englishNumbers(const QString& text)
{
    // A decimal comma (3,7) or thousands dots (55.626; 1.234,5), as whole tokens: codes such as
    // 16.07.01 (two-digit groups) and words are left alone.
    static const QRegularExpression number(
        QStringLiteral("(?<![\\w.,])-?(?:\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+,\\d+)(?![\\w]|[.,]\\d)"));
    static const QLocale id(QLocale::Indonesian, QLocale::Indonesia), en(QLocale::English, QLocale::UnitedStates);
    QString out;
    qsizetype at = 0;
    for (auto it = number.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        bool ok = false;
        const double v = id.toDouble(m.captured(0), &ok);
        out += text.mid(at, m.capturedStart() - at);
        const qsizetype comma = m.captured(0).indexOf(QLatin1Char(','));
        const int decimals = comma < 0 ? 0 : static_cast<int>(m.captured(0).size() - comma - 1);
        out += ok ? en.toString(v, 'f', decimals) : m.captured(0);
        at = m.capturedEnd();
    }
    return out + text.mid(at);
}

QString noteForDisplay(const QString& stored)
{
    return isEnglish() ? NoteTranslator::english().translate(stored) : stored;
}

} // namespace ps::geocode
