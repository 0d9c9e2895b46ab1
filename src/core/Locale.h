#pragma once
#include <QLocale>
#include <QString>

namespace ps {

// The user-facing language: "id" (default) or "en". Set once at start-up
// (--lang, $PETASEHAT_LANG, saved setting); installs the Qt translators.
void setLanguage(const QString& lang);
QString language();
bool isEnglish();
QLocale numberLocale();   // Indonesian: 1.234,5 ; English: 1,234.5

// A number for people, in the current language's format.
QString formatNumber(double v, int decimals);
// Picks the text in the current language.
inline QString pick(const QString& id, const QString& en) { return isEnglish() && !en.isEmpty() ? en : id; }

} // namespace ps
