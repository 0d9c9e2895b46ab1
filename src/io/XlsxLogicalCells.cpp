#include "XlsxLogicalCells.h"
#include <cpl_error.h>
#include <cpl_minixml.h>
#include <cpl_vsi.h>
#include <cstdlib>
#include <memory>

namespace ps::io {

namespace {
using XmlPtr = std::unique_ptr<CPLXMLNode, decltype(&CPLDestroyXMLNode)>;

// Parses one member of the zip; namespace prefixes are stripped so that
// "r:id" and "x:sheet" read as "id" and "sheet" whatever prefix the writer chose.
XmlPtr parseMember(const QString& zip, const QString& member)
{
    const QByteArray name = (QStringLiteral("/vsizip/") + zip + QLatin1Char('/') + member).toUtf8();
    CPLXMLNode* root = CPLParseXMLFile(name.constData());
    if (root)
        CPLStripXMLNamespace(root, nullptr, TRUE);
    return XmlPtr(root, &CPLDestroyXMLNode);
}

// Whether a member's bytes hold a logical-cell attribute at all: a large sheet
// without one (the usual case) is not turned into an XML tree in memory.
bool mentionsLogicalCell(const QString& zip, const QString& member)
{
    const QByteArray name = (QStringLiteral("/vsizip/") + zip + QLatin1Char('/') + member).toUtf8();
    VSILFILE* f = VSIFOpenL(name.constData(), "rb");
    if (!f)
        return false;
    QByteArray chunk(1 << 20, '\0'), tail;
    bool found = false;
    while (!found) {
        const size_t got = VSIFReadL(chunk.data(), 1, static_cast<size_t>(chunk.size()), f);
        if (got == 0)
            break;
        const QByteArray text = tail + chunk.left(static_cast<qsizetype>(got));
        found = text.contains("t=\"b\"") || text.contains("t='b'");
        tail = text.right(8);
    }
    VSIFCloseL(f);
    return found;
}

// Children of `parent` named `name`.
std::vector<CPLXMLNode*> children(CPLXMLNode* parent, const char* name)
{
    std::vector<CPLXMLNode*> out;
    for (CPLXMLNode* n = parent ? parent->psChild : nullptr; n; n = n->psNext)
        if (n->eType == CXT_Element && EQUAL(n->pszValue, name))
            out.push_back(n);
    return out;
}
} // namespace

bool parseCellRef(const QString& ref, int& row, int& column)
{
    int i = 0, col = 0;
    for (; i < ref.size() && ref[i].isLetter() && ref[i].toLatin1() >= 'A' && ref[i].toLatin1() <= 'Z'; ++i)
        col = col * 26 + (ref[i].toLatin1() - 'A' + 1);
    bool ok = false;
    const int r = ref.mid(i).toInt(&ok);
    if (i == 0 || i > 3 || !ok || r < 1 || ref.mid(i).startsWith(QLatin1Char('+')))
        return false;
    row = r;
    column = col - 1;
    return true;
}

std::vector<SheetLogicalCells> xlsxLogicalCells(const QString& path)
{
    std::vector<SheetLogicalCells> out;
    CPLErrorHandlerPusher quiet(CPLQuietErrorHandler); // not a workbook or damaged: the table reader says so
    XmlPtr workbook = parseMember(path, QStringLiteral("xl/workbook.xml"));
    XmlPtr rels = parseMember(path, QStringLiteral("xl/_rels/workbook.xml.rels"));
    if (!workbook || !rels)
        return out;
    CPLXMLNode* relations = CPLGetXMLNode(rels.get(), "=Relationships");
    for (CPLXMLNode* sheet : children(CPLGetXMLNode(workbook.get(), "=workbook.sheets"), "sheet")) {
        const QString id = QString::fromUtf8(CPLGetXMLValue(sheet, "id", ""));
        QString target;
        for (CPLXMLNode* rel : children(relations, "Relationship"))
            if (QString::fromUtf8(CPLGetXMLValue(rel, "Id", "")) == id)
                target = QString::fromUtf8(CPLGetXMLValue(rel, "Target", ""));
        if (target.isEmpty())
            continue;
        // Targets are relative to xl/, or absolute within the package ("/xl/worksheets/sheet1.xml").
        target = target.startsWith(QLatin1Char('/')) ? target.mid(1) : QStringLiteral("xl/") + target;
        if (!mentionsLogicalCell(path, target))
            continue;
        XmlPtr ws = parseMember(path, target);
        SheetLogicalCells found;
        found.sheet = QString::fromUtf8(CPLGetXMLValue(sheet, "name", ""));
        for (CPLXMLNode* row : children(CPLGetXMLNode(ws.get(), "=worksheet.sheetData"), "row")) {
            if (found.firstRow == 0)
                found.firstRow = atoi(CPLGetXMLValue(row, "r", "0"));
            for (CPLXMLNode* c : children(row, "c")) {
                LogicalCell cell;
                cell.ref = QString::fromUtf8(CPLGetXMLValue(c, "r", ""));
                if (!EQUAL(CPLGetXMLValue(c, "t", ""), "b") || !parseCellRef(cell.ref, cell.row, cell.column))
                    continue;
                cell.value = QByteArray(CPLGetXMLValue(c, "v", "0")).trimmed() == "1";
                found.cells.push_back(cell);
            }
        }
        if (!found.cells.empty())
            out.push_back(std::move(found));
    }
    return out;
}

} // namespace ps::io
