// `petasehat alias add|import|list PROJECT ...`: old or local names of areas, used by both importers.
#include "CliUtil.h"
#include "Command.h"
#include "core/Error.h"
#include "core/Project.h"
#include "io/HeaderSynonyms.h"
#include "io/TableReader.h"
#include <QCoreApplication>

namespace ps::cli {

static QString tr(const char* s) { return QCoreApplication::translate("cli", s); }

// The code must be an area of the project: an alias to nowhere would only move the error.
static QString checkedCode(Project& project, const QString& text, const QString& file = {}, qint64 row = -1)
{
    const auto code = parseAdminCode(text);
    if (!code || !project.area(code->code, false))
        throw Error(file, tr("kode '%1' bukan wilayah di proyek (lihat: petasehat info)").arg(text), row, QStringLiteral("kode"));
    return code->code;
}

int cmdAlias(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Nama lama atau lokal wilayah (mis. kecamatan yang dimekarkan atau berganti nama) yang menunjuk ke kode "
           "Kemendagri. Dipakai impor indikator dan fasilitas.\n"
           "  alias add PROYEK \"NAMA LAMA\" KODE\n"
           "  alias import PROYEK alias.csv     (kolom: nama/alias, kode)\n"
           "  alias list PROYEK"));
    p.addPositionalArgument(QStringLiteral("aksi"), tr("add, import atau list"));
    p.addPositionalArgument(QStringLiteral("proyek"), tr("berkas proyek"));
    parseOrExit(p, QStringLiteral("alias"), args, 2, 4);
    const QStringList pos = p.positionalArguments();
    const QString action = pos.at(0);
    auto project = Project::open(pos.at(1));
    if (action == QLatin1String("list")) {
        for (const auto& [alias, code] : project->aliases()) {
            const auto a = project->area(code, false);
            out() << alias << "\t" << code << "\t" << (a ? a->name : QString()) << "\n";
        }
        return 0;
    }
    if (action == QLatin1String("add")) {
        if (pos.size() != 4)
            throw Error(tr("pakai: petasehat alias add PROYEK \"NAMA LAMA\" KODE"));
        Transaction tx(project->db());
        const QString code = checkedCode(*project, pos.at(3));
        project->addAlias(pos.at(2), code);
        tx.commit();
        out() << tr("Alias \"%1\" -> %2 (%3)\n").arg(pos.at(2).simplified(), code, project->area(code, false)->name);
        return 0;
    }
    if (action == QLatin1String("import")) {
        if (pos.size() != 3)
            throw Error(tr("pakai: petasehat alias import PROYEK alias.csv"));
        const io::Table t = io::readTable(pos.at(2));
        int nameCol = -1, codeCol = -1;
        for (int i = 0; i < t.headers.size(); ++i) {
            const QString k = io::headerKey(t.headers[i]);
            if (nameCol < 0 && (k == QLatin1String("alias") || k == QLatin1String("nama") || k == QLatin1String("nama lama")))
                nameCol = i;
            if (codeCol < 0 && (k == QLatin1String("kode") || k == QLatin1String("kode wilayah")))
                codeCol = i;
        }
        if (nameCol < 0 || codeCol < 0)
            throw Error(pos.at(2), tr("perlu kolom alias (atau nama) dan kode; kolom yang ada: %1").arg(t.headers.join(QStringLiteral(", "))));
        Transaction tx(project->db());
        int n = 0;
        for (size_t r = 0; r < t.rows.size(); ++r) {
            const QString name = t.rows[r][nameCol].simplified();
            if (name.isEmpty())
                continue;
            project->addAlias(name, checkedCode(*project, t.rows[r][codeCol].trimmed(), pos.at(2), t.rowNumbers[r]));
            ++n;
        }
        tx.commit();
        out() << tr("%1 alias diimpor dari %2\n").arg(n).arg(pos.at(2));
        return 0;
    }
    throw Error(tr("aksi alias tidak dikenal: %1 (add, import, list)").arg(action));
}

} // namespace ps::cli
