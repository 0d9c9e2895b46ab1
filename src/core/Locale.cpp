#include "Locale.h"
#include <QCoreApplication>
#include <QTranslator>
#include <memory>

namespace ps {

static QString g_lang = QStringLiteral("id");

void setLanguage(const QString& lang)
{
    g_lang = lang.startsWith(QLatin1String("en"), Qt::CaseInsensitive) ? QStringLiteral("en") : QStringLiteral("id");
    // Source strings are Indonesian; English comes from ui/translations/petasehat_en.qm,
    // compiled into the binary as a resource.
    static std::unique_ptr<QTranslator> translator;
    if (translator && QCoreApplication::instance())
        QCoreApplication::removeTranslator(translator.get());
    translator.reset();
    if (g_lang == QLatin1String("en") && QCoreApplication::instance()) {
        translator = std::make_unique<QTranslator>();
        if (translator->load(QStringLiteral(":/i18n/petasehat_en.qm")))
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
    return numberLocale().toString(v, 'f', decimals);
}

} // namespace ps
