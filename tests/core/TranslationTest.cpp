// English is available for every message of the modules: the Linguist file is
// complete and current, and the embedded copy answers whatever tr() context the
// code passes (lookup by Indonesian source text).
#include "core/Locale.h"
#include "core/Translator.h"
#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <gtest/gtest.h>

namespace {

const QString kTs = QStringLiteral(PETASEHAT_SOURCE_DIR "/ui/translations/petasehat_en.ts");

struct Message {
    QString source, translation;
    bool unfinished = false;
};

std::vector<Message> readTs(const QString& path)
{
    std::vector<Message> out;
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
    QXmlStreamReader xml(&f);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("message"))
            out.emplace_back();
        else if (xml.isStartElement() && xml.name() == QLatin1String("source"))
            out.back().source = xml.readElementText();
        else if (xml.isStartElement() && xml.name() == QLatin1String("translation")) {
            out.back().unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            out.back().translation = xml.readElementText();
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    return out;
}

QStringList placeholders(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("%L?\\d+|%n"));
    QStringList out;
    for (auto it = re.globalMatch(s); it.hasNext();)
        out << it.next().captured(0);
    out.sort();
    return out;
}

int trailingNewlines(const QString& s)
{
    int n = 0;
    for (auto i = s.size(); i > 0 && s[i - 1] == QLatin1Char('\n'); --i)
        ++n;
    return n;
}

} // namespace

TEST(Translation, EveryModuleMessageHasAnEnglishTextWithTheSamePlaceholders)
{
    const auto messages = readTs(kTs);
    ASSERT_GT(messages.size(), 400u);
    for (const Message& m : messages) {
        EXPECT_FALSE(m.unfinished || m.translation.isEmpty()) << "untranslated: " << m.source.toStdString();
        if (m.translation.isEmpty())
            continue;
        EXPECT_EQ(placeholders(m.source), placeholders(m.translation)) << m.source.toStdString();
        EXPECT_EQ(trailingNewlines(m.source), trailingNewlines(m.translation)) << m.source.toStdString();
    }
}

TEST(Translation, LinguistFileIsCurrentWithTheSources)
{
    const QString lupdate = QStringLiteral("/usr/lib/qt6/bin/lupdate");
    if (!QFile::exists(lupdate))
        GTEST_SKIP() << "lupdate is not installed (qt6-tools-dev-tools)";
    // lupdate on a copy: a message in the code that the file lacks comes back unfinished.
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("copy.ts"));
    ASSERT_TRUE(QFile::copy(kTs, copy));
    QProcess p;
    p.setWorkingDirectory(QStringLiteral(PETASEHAT_SOURCE_DIR));
    QStringList args;
    for (const char* m : {"core", "io", "geocode", "classify", "analysis", "render", "server", "cli"})
        args << QStringLiteral("src/") + QLatin1String(m);
    args << QStringLiteral("-no-obsolete") << QStringLiteral("-locations") << QStringLiteral("none") << QStringLiteral("-ts") << copy;
    p.start(lupdate, args);
    ASSERT_TRUE(p.waitForFinished(120000));
    ASSERT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    int missing = 0;
    for (const Message& m : readTs(copy))
        if (m.unfinished) {
            ++missing;
            ADD_FAILURE() << "not in ui/translations/petasehat_en.ts (run scripts/update-translations.sh and translate): "
                          << m.source.toStdString();
        }
    EXPECT_EQ(missing, 0);
}

TEST(Translation, EnglishAnswersAnyContextAndNumbersFollowTheLanguage)
{
    ps::SourceTextTranslator t;
    ASSERT_TRUE(t.loadTs(QStringLiteral(":/i18n/petasehat_en.ts")));
    EXPECT_GT(t.size(), 400);
    ps::setLanguage(QStringLiteral("en"));
    EXPECT_EQ(QCoreApplication::translate("cli", "Galat: "), QStringLiteral("Error: "));
    EXPECT_EQ(QCoreApplication::translate("ps::cli", "Galat: "), QStringLiteral("Error: "));
    EXPECT_EQ(ps::formatNumber(6.31, 2), QStringLiteral("6.31"));
    EXPECT_EQ(ps::formatNumber(55626, 0), QStringLiteral("55,626"));
    ps::setLanguage(QStringLiteral("id"));
    EXPECT_EQ(QCoreApplication::translate("cli", "Galat: "), QStringLiteral("Galat: "));
    EXPECT_EQ(ps::formatNumber(6.31, 2), QStringLiteral("6,31"));
    EXPECT_EQ(ps::formatNumber(55626, 0), QStringLiteral("55.626"));
}
