#pragma once
#include <QRegularExpression>
#include <QString>
#include <vector>

namespace ps::geocode {

// A facility's note is stored as it was written at import, in that session's
// language (Indonesian unless --lang en). A project imported in Indonesian and
// opened in English would show Indonesian notes with decimal commas, so notes
// are put into the current language for display: clause by clause ("; "),
// each matched against the geocoder's own message templates (the Linguist
// file's ps::geocode contexts), with numbers in the arguments re-formatted.
// Text that matches no template is shown as stored.
class NoteTranslator {
public:
    struct Template {
        QRegularExpression source;   // the Indonesian template, %N as captures
        QString english;             // with %N
    };
    // From a Linguist file: every finished message of contexts starting with ps::geocode.
    static NoteTranslator fromTs(const QString& path);
    static const NoteTranslator& english();   // the embedded :/i18n/petasehat_en.ts
    QString translate(const QString& note) const;
    size_t size() const { return m_templates.size(); }

private:
    bool translateClause(const QString& clause, QString* out, int depth) const;
    std::vector<Template> m_templates;   // longest source first
};

// Indonesian number text inside `text` ("3,7 km", "1.234") in English form ("3.7 km", "1,234").
QString englishNumbers(const QString& text);
// The note in the current language (ps::isEnglish()); unchanged in Indonesian.
QString noteForDisplay(const QString& stored);

} // namespace ps::geocode
