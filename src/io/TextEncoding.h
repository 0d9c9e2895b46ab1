#pragma once
#include <QByteArray>
#include <QString>

namespace ps::io {

// What a delimited text file is written in, found from its bytes before GDAL
// reads it. GDAL's CSV driver takes UTF-8 only and silently turns anything
// else into U+FFFD (names then stop matching), and it does not open UTF-16
// at all, so the bytes are recognised here and handed to GDAL as UTF-8.
struct TextEncoding {
    QString name;          // "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE", "CP1252"
    QByteArray utf8;       // the content as UTF-8 without BOM (empty when `error` is set)
    bool guessed = false;  // not UTF-8 and no BOM: read as cp1252, the user should be told
    QString error;         // empty unless the bytes cannot be read in the named/forced encoding
};

// Detects UTF-8 (with or without BOM), UTF-16/32 (BOM, or NUL-byte pattern
// without one), else cp1252 (guessed = true). `forced` ("cp1252", "latin1",
// "utf-8", "utf-16", ...) skips detection; an unknown name sets `error`.
TextEncoding decodeText(const QByteArray& bytes, const QString& forced = {});

// The field delimiter of the first line (',', ';', '\t' or '|'), counting
// only characters outside double quotes; ',' when none occurs.
QChar sniffDelimiter(const QByteArray& utf8);

// The delimiter as the user reads it: "koma (,)", "titik koma (;)", ...
QString delimiterName(QChar d);

} // namespace ps::io
