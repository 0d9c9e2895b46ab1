// Table reader: the bytes as a CSV (encoding, delimiter, truncation, quotes) and,
// when they look like a ZIP, as an XLSX, through GDAL as an import reads them.
#include "core/Error.h"
#include "io/TableReader.h"
#include "io/TextEncoding.h"
#include <QByteArray>
#include <QFile>
#include <QString>
#include <cstdint>
#include <unistd.h>

static void readAs(const QByteArray& bytes, const char* suffix)
{
    const QString path = QStringLiteral("/tmp/petasehat_fuzz_%1.%2").arg(getpid()).arg(QLatin1String(suffix));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return;
    f.write(bytes);
    f.close();
    try {
        for (const ps::io::Table& t : ps::io::readTables(path))
            for (size_t r = 0; r < t.rows.size(); ++r)
                if (t.rows[r].size() != t.headers.size() || t.rowNumbers.size() != t.rows.size())
                    abort(); // every row has a cell per header, or the reader refused the file
    } catch (const ps::Error&) {
    }
    QFile::remove(path);
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const ps::io::TextEncoding enc = ps::io::decodeText(bytes);
    ps::io::sniffDelimiter(enc.utf8);
    readAs(bytes, bytes.startsWith("PK") ? "xlsx" : "csv");
    return 0;
}
