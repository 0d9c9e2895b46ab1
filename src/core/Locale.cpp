#include "Locale.h"
#include <cmath>
#include "Translator.h"
#include <QCoreApplication>
#include <memory>

namespace ps {

static QString g_lang = QStringLiteral("id");

void setLanguage(const QString& lang)
{
    g_lang = lang.startsWith(QLatin1String("en"), Qt::CaseInsensitive) ? QStringLiteral("en") : QStringLiteral("id");
    // Source strings are Indonesian; English comes from ui/translations/petasehat_en.ts,
    // compiled into the binary as a resource (see SourceTextTranslator).
    static std::unique_ptr<SourceTextTranslator> translator;
    if (translator && QCoreApplication::instance())
        QCoreApplication::removeTranslator(translator.get());
    translator.reset();
    // In Indonesian, Qt's own texts (command-line help) come from qt_id.ts.
    if (QCoreApplication::instance()) {
        translator = std::make_unique<SourceTextTranslator>();
        if (translator->loadTs(g_lang == QLatin1String("en") ? QStringLiteral(":/i18n/petasehat_en.ts")
                                                             : QStringLiteral(":/i18n/qt_id.ts")))
            QCoreApplication::installTranslator(translator.get());
    }
}

QString language() { return g_lang; }
bool isEnglish() { return g_lang == QLatin1String("en"); }

QLocale numberLocale()
{
    QLocale l = isEnglish() ? QLocale(QLocale::English, QLocale::UnitedStates)
                            : QLocale(QLocale::Indonesian, QLocale::Indonesia);
    return l;
}

QString formatNumber(double v, int decimals)
{
    // Beyond 15 digits a fixed-point figure is noise (1e308 would print 309 digits; inf prints "inf").
    if (!std::isfinite(v) || std::fabs(v) >= 1e15)
        return numberLocale().toString(v, 'g', 4);
    return numberLocale().toString(v, 'f', decimals);
}

} // namespace ps
