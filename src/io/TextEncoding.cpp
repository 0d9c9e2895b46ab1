#include "TextEncoding.h"
#include <QCoreApplication>
#include <QStringDecoder>
#include <cpl_string.h>

namespace ps::io {

static QString tr(const char* s) { return QCoreApplication::translate("ps::io::TextEncoding", s); }

static bool startsWith(const QByteArray& b, std::initializer_list<unsigned char> prefix)
{
    if (b.size() < static_cast<qsizetype>(prefix.size()))
        return false;
    qsizetype i = 0;
    for (unsigned char c : prefix)
        if (static_cast<unsigned char>(b[i++]) != c)
            return false;
    return true;
}

static TextEncoding viaQt(const QByteArray& bytes, QStringConverter::Encoding enc, const QString& name)
{
    QStringDecoder dec(enc, QStringConverter::Flag::Stateless);   // drops a BOM of its own encoding; a cut sequence at the end is an error
    const QString text = dec.decode(bytes);
    TextEncoding t;
    t.name = name;
    if (dec.hasError())
        t.error = tr("berkas tidak dapat dibaca sebagai %1 (ada urutan byte yang tidak sah)").arg(name);
    else
        t.utf8 = text.toUtf8();
    return t;
}

static TextEncoding viaCp1252(const QByteArray& bytes)
{
    TextEncoding t;
    t.name = QStringLiteral("CP1252");
    // CPLRecode (iconv) knows cp1252; Qt alone knows only Latin-1, which maps 0x80-0x9F wrongly.
    char* out = CPLRecode(bytes.constData(), "CP1252", CPL_ENC_UTF8);
    t.utf8 = QByteArray(out ? out : "");
    CPLFree(out);
    return t;
}

// UTF-16/32 without a BOM: most bytes at one parity are NUL.
static std::optional<QStringConverter::Encoding> nulPattern(const QByteArray& b, QString& name)
{
    const qsizetype n = std::min<qsizetype>(b.size(), 4096);
    if (n < 4)
        return std::nullopt;
    qsizetype zero[4] = {0, 0, 0, 0};
    for (qsizetype i = 0; i < n; ++i)
        if (b[i] == '\0')
            ++zero[i % 4];
    const qsizetype quarter = n / 4;
    if (zero[1] > quarter * 9 / 10 && zero[2] > quarter * 9 / 10 && zero[3] > quarter * 9 / 10) {
        name = QStringLiteral("UTF-32LE");
        return QStringConverter::Utf32LE;
    }
    if (zero[0] > quarter * 9 / 10 && zero[1] > quarter * 9 / 10 && zero[2] > quarter * 9 / 10) {
        name = QStringLiteral("UTF-32BE");
        return QStringConverter::Utf32BE;
    }
    if (zero[1] + zero[3] > n / 2 * 9 / 10) {
        name = QStringLiteral("UTF-16LE");
        return QStringConverter::Utf16LE;
    }
    if (zero[0] + zero[2] > n / 2 * 9 / 10) {
        name = QStringLiteral("UTF-16BE");
        return QStringConverter::Utf16BE;
    }
    return std::nullopt;
}

TextEncoding decodeText(const QByteArray& bytes, const QString& forced)
{
    const QString f = forced.trimmed().toLower().remove(QLatin1Char('-')).remove(QLatin1Char('_'));
    if (!f.isEmpty()) {
        if (f == QLatin1String("utf8"))
            return viaQt(bytes, QStringConverter::Utf8, QStringLiteral("UTF-8"));
        if (f == QLatin1String("utf16"))
            return viaQt(bytes, QStringConverter::Utf16, QStringLiteral("UTF-16"));
        if (f == QLatin1String("cp1252") || f == QLatin1String("windows1252") || f == QLatin1String("ansi"))
            return viaCp1252(bytes);
        if (f == QLatin1String("latin1") || f == QLatin1String("iso88591"))
            return viaQt(bytes, QStringConverter::Latin1, QStringLiteral("ISO-8859-1"));
        TextEncoding t;
        t.name = forced;
        t.error = tr("pengodean '%1' tidak dikenal; pakai utf-8, utf-16, cp1252 atau latin1").arg(forced);
        return t;
    }
    if (startsWith(bytes, {0xFF, 0xFE, 0x00, 0x00}))
        return viaQt(bytes, QStringConverter::Utf32LE, QStringLiteral("UTF-32LE"));
    if (startsWith(bytes, {0x00, 0x00, 0xFE, 0xFF}))
        return viaQt(bytes, QStringConverter::Utf32BE, QStringLiteral("UTF-32BE"));
    if (startsWith(bytes, {0xFF, 0xFE}))
        return viaQt(bytes, QStringConverter::Utf16LE, QStringLiteral("UTF-16LE"));
    if (startsWith(bytes, {0xFE, 0xFF}))
        return viaQt(bytes, QStringConverter::Utf16BE, QStringLiteral("UTF-16BE"));
    if (startsWith(bytes, {0xEF, 0xBB, 0xBF}))
        return viaQt(bytes, QStringConverter::Utf8, QStringLiteral("UTF-8 (BOM)"));
    QString name;
    if (const auto enc = nulPattern(bytes, name))
        return viaQt(bytes, *enc, name);
    TextEncoding t = viaQt(bytes, QStringConverter::Utf8, QStringLiteral("UTF-8"));
    if (t.error.isEmpty() && !bytes.contains('\0'))
        return t;
    t = viaCp1252(bytes);
    t.guessed = true;
    return t;
}

QChar sniffDelimiter(const QByteArray& utf8)
{
    int counts[4] = {0, 0, 0, 0};
    static const char kCandidates[4] = {',', ';', '\t', '|'};
    bool quoted = false;
    for (char c : utf8) {
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r'))
            break;
        else if (!quoted)
            for (int i = 0; i < 4; ++i)
                counts[i] += c == kCandidates[i] ? 1 : 0;
    }
    int best = 0;
    for (int i = 1; i < 4; ++i)
        if (counts[i] > counts[best])
            best = i;
    return QLatin1Char(counts[best] > 0 ? kCandidates[best] : ',');
}

QString delimiterName(QChar d)
{
    switch (d.unicode()) {
    case ';': return tr("titik koma (;)");
    case '\t': return tr("tab");
    case '|': return tr("garis tegak (|)");
    default: return tr("koma (,)");
    }
}

} // namespace ps::io
