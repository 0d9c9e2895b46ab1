#include "io/TextEncoding.h"
#include <QStringEncoder>
#include <gtest/gtest.h>

using namespace ps::io;

namespace {
QByteArray encode(const QString& s, QStringConverter::Encoding e, bool bom)
{
    QStringEncoder enc(e, bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    return enc.encode(s);
}
} // namespace

TEST(TextEncoding, RecognisesUtf8Utf16Utf32AndCp1252)
{
    const QString text = QStringLiteral("nama,desa\nPosyandu Mawar – Bu’ Ani,Teluk Betung\n");
    const struct {
        QByteArray bytes;
        const char* name;
        bool guessed;
    } cases[] = {
        {text.toUtf8(), "UTF-8", false},
        {QByteArray("\xEF\xBB\xBF") + text.toUtf8(), "UTF-8 (BOM)", false},
        {encode(text, QStringConverter::Utf16LE, true), "UTF-16LE", false},
        {encode(text, QStringConverter::Utf16BE, true), "UTF-16BE", false},
        {encode(text, QStringConverter::Utf16LE, false), "UTF-16LE", false},
        {encode(text, QStringConverter::Utf16BE, false), "UTF-16BE", false},
        {encode(text, QStringConverter::Utf32LE, true), "UTF-32LE", false},
        {encode(text, QStringConverter::Utf32BE, false), "UTF-32BE", false},
        {QByteArray("nama,desa\nPosyandu Mawar \x96 Bu\x92 Ani,Teluk Betung\n"), "CP1252", true},
    };
    for (const auto& c : cases) {
        const TextEncoding t = decodeText(c.bytes);
        EXPECT_EQ(t.name, QString::fromLatin1(c.name)) << c.name;
        EXPECT_EQ(t.guessed, c.guessed) << c.name;
        EXPECT_TRUE(t.error.isEmpty()) << c.name;
        EXPECT_EQ(QString::fromUtf8(t.utf8), text) << c.name;
        EXPECT_FALSE(QString::fromUtf8(t.utf8).contains(QChar(0xFFFD))) << c.name;
    }
}

TEST(TextEncoding, ForcedEncodingIsUsedAndAnUnknownOneIsNamed)
{
    EXPECT_EQ(QString::fromUtf8(decodeText(QByteArray("caf\xE9"), QStringLiteral("latin1")).utf8), QStringLiteral("café"));
    EXPECT_EQ(QString::fromUtf8(decodeText(QByteArray("\x93ok\x94"), QStringLiteral("cp1252")).utf8), QStringLiteral("“ok”"));
    const TextEncoding bad = decodeText(QByteArray("x"), QStringLiteral("ebcdic"));
    EXPECT_TRUE(bad.error.contains("ebcdic")) << bad.error.toStdString();
    EXPECT_FALSE(decodeText(QByteArray("caf\xE9"), QStringLiteral("utf-8")).error.isEmpty());
}

TEST(TextEncoding, SniffsTheDelimiterOfTheFirstLineOutsideQuotes)
{
    const struct {
        const char* text;
        char delimiter;
    } cases[] = {
        {"a,b,c\n1;2;3;4;5\n", ','}, {"a;b;c\n", ';'},     {"a\tb\tc\n", '\t'},       {"a|b|c\n", '|'},
        {"\"x;y;z\",b\n", ','},      {"single\n", ','},    {"", ','},                 {"a;b,c;d\r\n", ';'},
    };
    for (const auto& c : cases)
        EXPECT_EQ(sniffDelimiter(QByteArray(c.text)), QLatin1Char(c.delimiter)) << c.text;
    EXPECT_TRUE(delimiterName(QLatin1Char('|')).contains("|"));
}
