#include "io/TableReader.h"
#include "io/XlsxLogicalCells.h"
#include <gtest/gtest.h>

using namespace ps::io;

namespace {
const QString kCorpus = QStringLiteral(PETASEHAT_CORPUS_DIR);

QStringList refs(const std::vector<SheetLogicalCells>& sheets)
{
    QStringList out;
    for (const SheetLogicalCells& s : sheets)
        for (const LogicalCell& c : s.cells)
            out << QStringLiteral("%1!%2=%3").arg(s.sheet, c.ref, c.value ? QStringLiteral("TRUE") : QStringLiteral("FALSE"));
    return out;
}
} // namespace

TEST(XlsxLogicalCells, ParsesCellReferences)
{
    const struct {
        const char* ref;
        bool ok;
        int row, column;
    } cases[] = {
        {"A1", true, 1, 0},   {"C5", true, 5, 2},     {"Z10", true, 10, 25}, {"AA1", true, 1, 26},
        {"XFD1048576", true, 1048576, 16383},          {"", false, 0, 0},     {"5", false, 0, 0},
        {"C", false, 0, 0},   {"C0", false, 0, 0},    {"c5", false, 0, 0},   {"C+5", false, 0, 0},
        {"ABCD1", false, 0, 0},
    };
    for (const auto& c : cases) {
        int row = 0, column = 0;
        EXPECT_EQ(parseCellRef(QString::fromLatin1(c.ref), row, column), c.ok) << c.ref;
        if (c.ok) {
            EXPECT_EQ(row, c.row) << c.ref;
            EXPECT_EQ(column, c.column) << c.ref;
        }
    }
}

// Real workbooks of the corrupt corpus (make_corpus.py): which cells the file stores as logical.
TEST(XlsxLogicalCells, ListsLogicalCellsPerSheet)
{
    const struct {
        const char* file;
        QStringList expected;
    } cases[] = {
        {"ind_baik.xlsx", {}},
        {"ind_boolean.xlsx", {QStringLiteral("2022!D2=TRUE"), QStringLiteral("2022!D3=FALSE")}},
        {"ind_boolean_satu.xlsx", {QStringLiteral("2022!D2=TRUE")}},
        {"ind_boolean_baris2.xlsx", {QStringLiteral("2022!D3=TRUE")}},
        {"ind_boolean_rumus.xlsx", {}}, // a TRUE() formula is stored as text (t="str"), read as TRUE already
        {"ind_zip_terpotong.xlsx", {}}, // damaged: nothing, the table reader reports it
        {"ind_kosong.csv", {}},          // not a workbook
    };
    for (const auto& c : cases) {
        const std::vector<SheetLogicalCells> found = xlsxLogicalCells(kCorpus + QLatin1Char('/') + QString::fromLatin1(c.file));
        EXPECT_EQ(refs(found), c.expected) << c.file;
        for (const SheetLogicalCells& s : found)
            EXPECT_EQ(s.firstRow, QString::fromLatin1(c.file).contains(QLatin1String("baris2")) ? 2 : 1) << c.file;
    }
}

// One TRUE among numbers: GDAL types the column Integer and gives "1"; the
// reader puts TRUE back at that row and column so the count check refuses it.
TEST(XlsxLogicalCells, TableReaderPutsTrueBackAmongNumbers)
{
    const Table t = readTable(kCorpus + QStringLiteral("/ind_boolean_satu.xlsx"));
    ASSERT_GE(t.rows.size(), 2u);
    ASSERT_GE(t.headers.size(), 4);
    EXPECT_EQ(t.rowNumbers[0], 2);
    EXPECT_EQ(t.rows[0][3], QStringLiteral("TRUE"));
    EXPECT_EQ(t.rows[1][3], QStringLiteral("120"));
    EXPECT_TRUE(t.notices.isEmpty()) << t.notices.join(QStringLiteral("; ")).toStdString();
}

// Sheet moved one row down: GDAL's rows are no longer the sheet's, so the cell
// is not rewritten on a guess; it is named, counted, in the table's notices.
TEST(XlsxLogicalCells, UnplacedLogicalCellIsACountedNotice)
{
    const Table t = readTable(kCorpus + QStringLiteral("/ind_boolean_baris2.xlsx"));
    for (const QStringList& row : t.rows)
        EXPECT_FALSE(row.contains(QStringLiteral("TRUE")));
    ASSERT_EQ(t.notices.size(), 1) << t.notices.join(QStringLiteral("; ")).toStdString();
    EXPECT_TRUE(t.notices[0].startsWith(QStringLiteral("1 sel logika"))) << t.notices[0].toStdString();
    EXPECT_TRUE(t.notices[0].contains(QStringLiteral("lembar '2022' sel D3"))) << t.notices[0].toStdString();
}
