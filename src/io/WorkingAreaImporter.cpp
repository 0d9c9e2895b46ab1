#include "WorkingAreaImporter.h"
#include "AreaLookup.h"
#include "HeaderSynonyms.h"
#include "IndicatorImporter.h"
#include "TableReader.h"
#include "core/Error.h"
#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

namespace ps::io {

static QString tr(const char* s) { return QCoreApplication::translate("ps::io::WorkingAreaImporter", s); }

static int columnOf(const Table& t, std::initializer_list<const char*> keys)
{
    for (const char* k : keys)
        for (int i = 0; i < t.headers.size(); ++i)
            if (headerKey(t.headers[i]) == QLatin1String(k) || headerCore(t.headers[i]) == QLatin1String(k))
                return i;
    return -1;
}

WorkingAreaReport importWorkingAreas(Project& project, const QString& path)
{
    const Table t = readTable(path);
    const int pkm = HeaderSynonyms::standard().findColumn(t.headers, QStringLiteral("puskesmas"));
    const int code = columnOf(t, {"kode desa", "kode desa kelurahan", "kode kelurahan", "kode wilayah", "kode"});
    const int desa = columnOf(t, {"desa", "desa kelurahan", "nama desa", "kelurahan"});
    const int kec = columnOf(t, {"kecamatan", "nama kecamatan"});
    if (pkm < 0 || (code < 0 && desa < 0))
        throw Error(path, tr("perlu kolom puskesmas (Puskesmas, Unit Kerja, PKM) dan kolom desa (kode_desa, atau desa dengan "
                             "kecamatan); kolom yang ada: %1").arg(t.headers.join(QStringLiteral(", "))));
    const AreaLookup areas(project.areas(std::nullopt, false));
    WorkingAreaReport report;
    QSet<QString> units;
    Transaction tx(project.db());
    const qint64 importId = project.logImport(QStringLiteral("wilayah_kerja"), QFileInfo(path).absoluteFilePath(), {},
                                              static_cast<qint64>(t.rows.size()), static_cast<qint64>(t.rows.size()), 0, {});
    for (size_t r = 0; r < t.rows.size(); ++r) {
        const QStringList& cells = t.rows[r];
        const qint64 row = t.rowNumbers[r];
        const QString unit = puskesmasKey(cells[pkm]);
        if (unit.isEmpty())
            throw Error(path, tr("nama puskesmas kosong"), row, t.headers[pkm]);
        QString desaCode;
        if (code >= 0 && !cells[code].trimmed().isEmpty()) {
            const auto c = parseAdminCode(cells[code]);
            if (!c || !areas.knowsCode(c->code) || levelRank(c->level) != levelRank(AdminLevel::Desa))
                throw Error(path, tr("'%1' bukan kode desa di proyek").arg(cells[code].trimmed()), row, t.headers[code]);
            desaCode = c->code;
        } else {
            const QString name = desa >= 0 ? cells[desa].trimmed() : QString();
            std::vector<const AdminArea*> found;
            for (const AdminArea* a : areas.byName(name, AdminLevel::Desa))
                if (kec < 0 || areas.byName(cells[kec].trimmed(), AdminLevel::Kecamatan).size() != 1 ||
                    areas.byName(cells[kec].trimmed(), AdminLevel::Kecamatan).front()->code == a->parentCode)
                    found.push_back(a);
            if (found.size() != 1)
                throw Error(path, found.empty() ? tr("desa '%1' tidak ditemukan di proyek").arg(name)
                                                : tr("desa '%1' ada di beberapa kecamatan; sertakan kolom kecamatan atau kode_desa").arg(name),
                            row, desa >= 0 ? t.headers[desa] : QString());
            desaCode = found.front()->code;
        }
        project.setPuskesmasArea(unit, desaCode, importId);
        units.insert(unit);
        ++report.desa;
    }
    tx.commit();
    report.puskesmas = static_cast<int>(units.size());
    return report;
}

} // namespace ps::io
