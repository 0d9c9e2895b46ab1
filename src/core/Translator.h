#pragma once
#include <QHash>
#include <QTranslator>

namespace ps {

// English for the modules' messages, read from the Qt Linguist file
// (ui/translations/petasehat_en.ts, embedded as :/i18n/petasehat_en.ts).
// Looked up by the Indonesian source text alone: the modules call small
// tr() helpers whose context lupdate cannot always infer the way the code
// passes it, and one Indonesian sentence has one English meaning here.
// Unfinished entries fall back to the Indonesian source.
class SourceTextTranslator : public QTranslator {
public:
    bool loadTs(const QString& path);   // false when unreadable or not a TS file
    QString translate(const char* context, const char* sourceText, const char* disambiguation = nullptr,
                      int n = -1) const override;
    bool isEmpty() const override { return m_text.isEmpty(); }
    qsizetype size() const { return m_text.size(); }

private:
    QHash<QString, QString> m_text;
};

} // namespace ps
