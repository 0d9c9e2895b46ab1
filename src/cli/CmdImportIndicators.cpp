// `petasehat import indicators PROYEK BERKAS [--sheet S] [--year Y] [--map kolom=variabel ...]`
#include "CliUtil.h"
#include "Command.h"
#include "core/Catalogue.h"
#include "core/Error.h"
#include "core/Locale.h"
#include "core/Period.h"
#include "io/IndicatorImporter.h"
#include <QCoreApplication>
#include <QFileInfo>

namespace ps::cli {

static QString tr(const char* s) { return QCoreApplication::translate("cli", s); }

static std::unique_ptr<Project> openProjectToImport(const QString& path)
{
    if (!QFileInfo::exists(path))
        throw Error(path, tr("berkas proyek tidak ditemukan; buat dulu dengan: petasehat init %1").arg(path));
    return Project::open(path);
}

// Counted per kind with the first rows; every finding is in the report CSV.
static void printFindings(const std::vector<io::Finding>& findings, const QString& reportPath)
{
    if (findings.empty())
        return;
    const QLocale loc = numberLocale();
    out() << tr("Baris yang tidak konsisten (nilai disimpan sesuai hitungan, angka tertulis tidak dipakai):\n");
    for (const char* kind : {"rate", "parts", "constant", "period"}) {
        std::vector<const io::Finding*> of;
        for (const io::Finding& f : findings)
            if (f.kind == QLatin1String(kind))
                of.push_back(&f);
        if (of.empty())
            continue;
        const QString what = QLatin1String(kind) == QLatin1String("rate")    ? tr("angka tertulis beda > 0,5 poin dari hasil hitung")
                           : QLatin1String(kind) == QLatin1String("parts")   ? tr("bagian tidak berjumlah sama dengan totalnya")
                           : QLatin1String(kind) == QLatin1String("constant") ? tr("kolom bernilai sama di semua baris satu bulan")
                                                                               : tr("tanggal tidak sesuai bulan/tahun");
        out() << tr("  %1: %2 baris\n").arg(what, loc.toString(qint64(of.size())));
        for (size_t i = 0; i < std::min<size_t>(5, of.size()); ++i)
            out() << "    " << tr("baris %1").arg(of[i]->row) << " [" << of[i]->column << "] " << of[i]->detail << "\n";
    }
    out() << tr("  semua di laporan: %1\n").arg(reportPath);
}

int cmdImportIndicators(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Mengimpor jumlah (pembilang dan penyebut) indikator dari CSV/XLSX: satu lembar per tahun (lembar bernama "
           "2021, 2022, ...) atau kolom tahun. Kolom dicocokkan dengan variabel katalog (mis. balita_diukur, "
           "balita_stunting); wilayah dengan kode Kemendagri atau nama persis. Sel kosong tetap kosong (bukan nol).\n"
           "Angka: 3510, 695,5 atau 695.5, 1.234.567 diterima; '3.510' ditolak karena bisa berarti 3510 atau 3,51."));
    p.addPositionalArgument(QStringLiteral("proyek"), tr("berkas proyek"));
    p.addPositionalArgument(QStringLiteral("berkas"), tr("berkas CSV, XLSX atau ODS"));
    p.addOption({QStringLiteral("sheet"), tr("hanya lembar ini (bawaan: semua lembar)"), tr("lembar")});
    p.addOption({QStringLiteral("year"), tr("tahun data bila tidak ada kolom tahun dan nama lembar bukan tahun"), tr("tahun")});
    p.addOption({QStringLiteral("year-column"), tr("kolom tahun (bawaan: tahun)"), tr("kolom"), QStringLiteral("tahun")});
    p.addOption({QStringLiteral("code-column"), tr("kolom kode wilayah (bawaan: dicari, mis. kode_kecamatan)"), tr("kolom")});
    p.addOption({QStringLiteral("name-column"), tr("kolom nama wilayah bila tanpa kode (bawaan: dicari)"), tr("kolom")});
    p.addOption({QStringLiteral("level"), tr("tingkat wilayah baris: kecamatan, desa, ..."), tr("tingkat")});
    p.addOption({QStringLiteral("period"), tr("periode data bila tidak ada kolom tahun/bulan/tanggal: 2024, 2024-S1, 2024-Q3, 2024-08"),
                 tr("periode")});
    p.addOption({QStringLiteral("report"), tr("laporan CSV baris yang tidak konsisten (bawaan: di samping proyek)"), tr("berkas")});
    p.addOption({QStringLiteral("map"), tr("petakan kolom ke variabel katalog, mis. --map anak_pendek=balita_stunting (boleh berulang)"),
                 tr("kolom=variabel")});
    p.addOption({QStringLiteral("replace"), tr("sel kosong mengosongkan nilai yang sudah tersimpan (bawaan: nilai lama dipertahankan)")});
    p.addOption({QStringLiteral("encoding"), tr("pengodean CSV: utf-8, utf-16, cp1252, latin1 (bawaan: dikenali otomatis)"),
                 tr("pengodean")});
    parseOrExit(p, QStringLiteral("import indicators"), args, 2, 2);

    const QString projectPath = p.positionalArguments().at(0);
    const QString file = p.positionalArguments().at(1);
    io::IndicatorImportOptions o;
    o.sheet = p.value(QStringLiteral("sheet"));
    o.yearColumn = p.value(QStringLiteral("year-column"));
    o.codeColumn = p.value(QStringLiteral("code-column"));
    o.nameColumn = p.value(QStringLiteral("name-column"));
    o.level = p.value(QStringLiteral("level"));
    o.period = p.value(QStringLiteral("period"));
    o.reportPath = p.isSet(QStringLiteral("report"))
                       ? p.value(QStringLiteral("report"))
                       : QFileInfo(projectPath).absolutePath() + QLatin1Char('/') + QFileInfo(file).completeBaseName() +
                             QStringLiteral("_laporan_indikator.csv");
    o.replace = p.isSet(QStringLiteral("replace"));
    o.encoding = p.value(QStringLiteral("encoding"));
    if (p.isSet(QStringLiteral("year"))) {
        bool ok = false;
        o.year = p.value(QStringLiteral("year")).toInt(&ok);
        if (!ok)
            throw Error(tr("--year %1: bukan tahun (mis. 2023)").arg(p.value(QStringLiteral("year"))));
    }
    for (const QString& m : p.values(QStringLiteral("map"))) {
        const qsizetype eq = m.indexOf(QLatin1Char('='));
        if (eq <= 0 || eq == m.size() - 1)
            throw Error(tr("--map %1: tulis sebagai kolom=variabel, mis. anak_pendek=balita_stunting").arg(m));
        o.columnToVariable.insert(m.left(eq).trimmed(), m.mid(eq + 1).trimmed());
    }

    auto project = openProjectToImport(projectPath);
    const io::IndicatorImportReport r = io::importIndicators(*project, file, o);
    const QLocale loc = numberLocale();
    QStringList sheets, years;
    for (const QString& s : r.sheets)
        if (!s.isEmpty())
            sheets << s;
    for (int y : r.years)
        years << QString::number(y);
    out() << tr("Indikator diimpor dari %1\n").arg(file);
    if (!sheets.isEmpty())
        out() << tr("  lembar            %1\n").arg(sheets.join(QStringLiteral(", ")));
    out() << tr("  baris             %1%2\n")
                 .arg(loc.toString(r.rows),
                      r.matchedByName > 0 ? tr(" (%1 dicocokkan dengan nama)").arg(loc.toString(r.matchedByName)) : QString());
    out() << tr("  nilai disimpan    %1\n").arg(loc.toString(r.values));
    out() << tr("  sel kosong        %1 (tetap kosong, bukan nol)\n").arg(loc.toString(r.missingCells));
    if (r.erasedStored > 0)
        out() << tr("  dikosongkan       %1 nilai tersimpan (--replace), mis. %2\n")
                     .arg(loc.toString(r.erasedStored), r.erasedExamples.join(QStringLiteral("; ")));
    if (r.keptStored > 0)
        out() << tr("  dipertahankan     %1 nilai tersimpan (sel kosong di berkas)\n").arg(loc.toString(r.keptStored));
    if (r.skippedRows > 0)
        out() << tr("  baris jumlah      %1 (dilewati)\n").arg(loc.toString(r.skippedRows));
    QStringList periods;
    for (int key : r.periods)
        periods << periodLabel(key);
    out() << tr("  tahun             %1\n").arg(years.join(QStringLiteral(", ")));
    if (periods != years)
        out() << tr("  periode           %1\n").arg(periods.join(QStringLiteral(", ")));
    if (r.unitRows > 0)
        out() << tr("  baris puskesmas   %1 (disimpan per puskesmas, dijumlah per kecamatan)\n").arg(loc.toString(r.unitRows));
    for (const QString& a : r.assumptions)
        out() << tr("  asumsi: %1\n").arg(a);
    for (const QString& u : r.unusedColumns)
        out() << tr("  kolom tidak dipakai: %1\n").arg(u);
    out() << tr("  indikator:\n");
    for (const QString& code : r.indicators) {
        const IndicatorDef* d = Catalogue::standard().indicator(code);
        out() << "    " << code.leftJustified(26) << (d ? d->name() : QString()) << "\n";
    }
    printFindings(r.findings, o.reportPath);
    if (!r.warnings.isEmpty()) {
        out() << tr("Peringatan (%1):\n").arg(loc.toString(r.warnings.size()));
        for (int i = 0; i < std::min<int>(30, r.warnings.size()); ++i)
            out() << "  - " << r.warnings[i] << "\n";
        if (r.warnings.size() > 30)
            out() << tr("  ... dan %1 lainnya\n").arg(loc.toString(r.warnings.size() - 30));
    }
    return 0;
}

} // namespace ps::cli
