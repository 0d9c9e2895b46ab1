#include "Translator.h"
#include <QFile>
#include <QXmlStreamReader>

namespace ps {

bool SourceTextTranslator::loadTs(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    QXmlStreamReader xml(&f);
    QString source, translation;
    bool unfinished = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("message")) {
                source.clear();
                translation.clear();
                unfinished = false;
            } else if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                const auto type = xml.attributes().value(QLatin1String("type"));
                unfinished = type == QLatin1String("unfinished") || type == QLatin1String("obsolete") ||
                             type == QLatin1String("vanished");
                translation = xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            if (!unfinished && !source.isEmpty() && !translation.isEmpty())
                m_text.insert(source, translation);
        }
    }
    return !xml.hasError() && !m_text.isEmpty();
}

QString SourceTextTranslator::translate(const char*, const char* sourceText, const char*, int) const
{
    return sourceText ? m_text.value(QString::fromUtf8(sourceText)) : QString();
}

} // namespace ps
