#include "IndicatorImporter.h"
#include "core/Similarity.h"
#include "AreaLookup.h"
#include "NumberText.h"
#include "TableReader.h"
#include "core/AdminCode.h"
#include "core/Catalogue.h"
#include "core/Error.h"
#include "core/Locale.h"
#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <cmath>
#include <set>

namespace ps::io {

static QString tr(const char* s) { return QCoreApplication::translate("ps::io::IndicatorImporter", s); }

std::optional<int> yearFromSheetName(const QString& sheet)
{
    static const QRegularExpression re(QStringLiteral("(?<!\\d)((?:19|20)\\d\\d)(?!\\d)"));
    auto it = re.globalMatch(sheet);
    std::optional<int> year;
    int found = 0;
    while (it.hasNext()) {
        year = it.next().captured(1).toInt();
        ++found;
    }
    return found == 1 ? year : std::nullopt;
}

// Header as compared: lower case, spaces, dashes and slashes as '_'.
static QString normHeader(const QString& h)
{
    static const QRegularExpression seps(QStringLiteral("[\\s\\-/]+"));
    return h.trimmed().toLower().replace(seps, QStringLiteral("_"));
}

static int findColumn(const Table& t, const QString& header)
{
    const QString want = normHeader(header);
    for (int i = 0; i < t.headers.size(); ++i)
        if (normHeader(t.headers[i]) == want)
            return i;
    return -1;
}

// Headers that name the area, by level, finest first.
struct AreaColumns {
    std::optional<AdminLevel> level;
    QStringList code, name;
};
static const std::vector<AreaColumns>& areaColumnCandidates()
{
    static const std::vector<AreaColumns> c = {
        {AdminLevel::Desa,
         {"kode_desa", "kode_kelurahan", "kode_desa_kelurahan", "kode_desa_kel", "kode_kel"},
         {"desa", "nama_desa", "kelurahan", "nama_kelurahan", "desa_kelurahan", "nama_desa_kelurahan", "desa_kel"}},
        {AdminLevel::Kecamatan, {"kode_kecamatan", "kode_kec"}, {"kecamatan", "nama_kecamatan", "kec"}},
        {AdminLevel::Kabupaten,
         {"kode_kabupaten", "kode_kab", "kode_kabupaten_kota", "kode_kab_kota"},
         {"kabupaten", "nama_kabupaten", "kabupaten_kota", "kab_kota"}},
        {AdminLevel::Provinsi, {"kode_provinsi", "kode_prov"}, {"provinsi", "nama_provinsi"}},
        {std::nullopt, {"kode_wilayah", "kode_kemendagri", "kode", "kode_area"}, {"nama_wilayah", "wilayah", "nama"}},
    };
    return c;
}

// A header that names or codes an area (shown next to the code column; not data).
static bool isAreaHeader(const QString& header)
{
    const QString h = normHeader(header);
    for (const AreaColumns& c : areaColumnCandidates())
        if (c.code.contains(h) || c.name.contains(h))
            return true;
    return false;
}

static bool sameLevel(AdminLevel a, AdminLevel b) { return levelRank(a) == levelRank(b); }

// The level a code column's header names ("kode_kecamatan" -> kecamatan); nullopt for "kode".
static std::optional<AdminLevel> levelOfCodeHeader(const QString& header)
{
    for (const AreaColumns& c : areaColumnCandidates())
        if (c.level && c.code.contains(normHeader(header)))
            return c.level;
    return std::nullopt;
}

// People are counted in whole numbers; a fraction in a numerator is a broken cell. Targets
// (denominators only, e.g. sasaran_bayi) are often estimates and may be fractional.
static bool countedVariable(const QString& variable)
{
    for (const IndicatorDef& d : Catalogue::standard().indicators())
        if (d.numerator == variable)
            return true;
    return false;
}

static bool isTotalRow(const QString& label)
{
    static const QRegularExpression re(QStringLiteral("^(jumlah|total|grand total)\\b"), QRegularExpression::CaseInsensitiveOption);
    return re.match(label.trimmed()).hasMatch();
}

namespace {

struct SheetPlan {
    int yearCol = -1;
    std::optional<int> fixedYear;
    int codeCol = -1, nameCol = -1;
    std::optional<AdminLevel> level;          // level of the rows (given, or from the column headers)
    std::vector<std::pair<int, QString>> variables; // column -> variable code
    std::vector<const IndicatorDef*> indicators;
};

struct Context {
    const QString& path;
    const Table& table;
    QString sheetPrefix() const
    {
        return table.sheet.isEmpty() ? QString() : tr("lembar '%1': ").arg(table.sheet);
    }
    [[noreturn]] void fail(const QString& message, qint64 row = -1, const QString& column = {}) const
    {
        throw Error(path, sheetPrefix() + message, row, column);
    }
};

struct Pending {
    IndicatorValue value;
    double scale = 100.0;
};

} // namespace

static std::optional<AdminLevel> parseLevelOption(const QString& level)
{
    if (level.trimmed().isEmpty())
        return std::nullopt;
    auto l = levelFromName(level);
    if (!l)
        throw Error(tr("tingkat wilayah '%1' tidak dikenal (provinsi, kabupaten, kecamatan, desa)").arg(level));
    return l;
}

static SheetPlan planSheet(const Context& cx, const IndicatorImportOptions& o, std::optional<AdminLevel> level)
{
    const Table& t = cx.table;
    const Catalogue& cat = Catalogue::standard();
    SheetPlan plan;
    plan.level = level;

    // Year: a column, else the sheet's name, else the option.
    plan.yearCol = findColumn(t, o.yearColumn);
    if (plan.yearCol < 0 && o.yearColumn == QLatin1String("tahun"))
        plan.yearCol = findColumn(t, QStringLiteral("year"));
    if (plan.yearCol < 0) {
        plan.fixedYear = yearFromSheetName(t.sheet);
        if (!plan.fixedYear)
            plan.fixedYear = o.year;
    }

    // Area columns: the ones named in the options, else the finest level present.
    auto pick = [&](const QString& wanted, bool code) {
        if (!wanted.isEmpty()) {
            const int i = findColumn(t, wanted);
            if (i < 0)
                cx.fail(tr("kolom '%1' tidak ada; kolom yang tersedia: %2").arg(wanted, t.headers.join(QStringLiteral(", "))),
                        -1, wanted);
            return i;
        }
        for (const AreaColumns& c : areaColumnCandidates()) {
            if (level && c.level && !sameLevel(*level, *c.level))
                continue;
            for (const QString& h : code ? c.code : c.name) {
                const int i = findColumn(t, h);
                if (i >= 0) {
                    if (!plan.level && c.level && !code)
                        plan.level = c.level;
                    return i;
                }
            }
        }
        return -1;
    };
    plan.codeCol = pick(o.codeColumn, true);
    if (plan.codeCol < 0 || !o.nameColumn.isEmpty())
        plan.nameCol = pick(o.nameColumn, false);

    // Variables: overrides first, then the catalogue's codes and aliases.
    QHash<QString, int> columnOfVariable;
    for (int i = 0; i < t.headers.size(); ++i) {
        if (i == plan.yearCol || i == plan.codeCol || i == plan.nameCol)
            continue;
        QString variable;
        for (auto it = o.columnToVariable.begin(); it != o.columnToVariable.end(); ++it)
            if (normHeader(it.key()) == normHeader(t.headers[i]))
                variable = it.value();
        if (variable.isEmpty())
            if (const VariableDef* v = cat.variableForHeader(t.headers[i]))
                variable = v->code;
        if (variable.isEmpty())
            continue;
        if (columnOfVariable.contains(variable))
            cx.fail(tr("kolom '%1' dan '%2' sama-sama berarti variabel '%3'; pakai --map untuk memilih")
                        .arg(t.headers[columnOfVariable.value(variable)], t.headers[i], variable),
                    -1, t.headers[i]);
        columnOfVariable.insert(variable, i);
        plan.variables.emplace_back(i, variable);
    }
    for (auto it = o.columnToVariable.begin(); it != o.columnToVariable.end(); ++it)
        if (findColumn(t, it.key()) < 0)
            cx.fail(tr("kolom '%1' (dari --map) tidak ada; kolom yang tersedia: %2")
                        .arg(it.key(), t.headers.join(QStringLiteral(", "))),
                    -1, it.key());
    for (const IndicatorDef& d : cat.indicators())
        if (columnOfVariable.contains(d.numerator) && columnOfVariable.contains(d.denominator))
            plan.indicators.push_back(&d);
    return plan;
}

// The catalogue variable (or alias) that `header` is a near miss of, when the
// sheet has no column for that variable yet; empty otherwise.
static QString misspeltVariable(const QString& header, const SheetPlan& plan)
{
    const QString h = normHeader(header);
    if (h.size() < 4)
        return {};
    for (const VariableDef& v : Catalogue::standard().variables()) {
        bool present = false;
        for (const auto& [col, variable] : plan.variables)
            present = present || variable == v.code;
        if (present)
            continue;
        QStringList names = v.aliases;
        names.prepend(v.code);
        for (const QString& name : names) {
            const QString n = normHeader(name);
            const int allowed = n.size() >= 8 ? 2 : 1;
            if (editDistanceAtMost(h, n, allowed) <= allowed)
                return v.code;
        }
    }
    return {};
}

// Finds the area a row is about; throws naming the row and column when it cannot.
static QString resolveArea(const Context& cx, const SheetPlan& plan, const AreaLookup& areas, const QStringList& cells,
                           qint64 rowNo, IndicatorImportReport& report)
{
    const QStringList& h = cx.table.headers;
    if (plan.codeCol >= 0) {
        const QString text = cells[plan.codeCol].trimmed();
        const auto code = parseAdminCode(text);
        if (!code)
            cx.fail(text.isEmpty() ? tr("kode wilayah kosong")
                                   : tr("'%1' bukan kode wilayah Kemendagri yang sah (contoh: 16.07.01)").arg(text),
                    rowNo, h[plan.codeCol]);
        if (plan.level && !sameLevel(*plan.level, code->level))
            cx.fail(tr("kode %1 adalah kode %2, bukan %3").arg(code->code, levelName(code->level), levelName(*plan.level)),
                    rowNo, h[plan.codeCol]);
        if (const auto headerLevel = levelOfCodeHeader(h[plan.codeCol]); headerLevel && !sameLevel(*headerLevel, code->level))
            cx.fail(tr("kode %1 adalah kode %2, padahal kolom ini untuk kode %3").arg(code->code, levelName(code->level),
                                                                                   levelName(*headerLevel)),
                    rowNo, h[plan.codeCol]);
        if (!areas.empty() && !areas.knowsCode(code->code))
            cx.fail(tr("kode wilayah %1 tidak ada di proyek (impor batas wilayahnya dulu, atau periksa kodenya)").arg(code->code),
                    rowNo, h[plan.codeCol]);
        return code->code;
    }
    const QString name = cells[plan.nameCol].trimmed();
    if (name.isEmpty())
        cx.fail(tr("nama wilayah kosong"), rowNo, h[plan.nameCol]);
    if (areas.empty())
        cx.fail(tr("proyek belum berisi batas wilayah, jadi nama '%1' tidak dapat dicocokkan; impor batas wilayah dulu "
                   "atau sertakan kolom kode wilayah").arg(name),
                rowNo, h[plan.nameCol]);
    const auto found = areas.byName(name, plan.level);
    if (found.empty())
        cx.fail(tr("wilayah bernama '%1'%2 tidak ditemukan di proyek (nama harus sama persis; sertakan kolom kode wilayah "
                   "bila nama berbeda)").arg(name, plan.level ? QStringLiteral(" (%1)").arg(levelName(*plan.level)) : QString()),
                rowNo, h[plan.nameCol]);
    if (found.size() > 1) {
        QStringList codes;
        for (const AdminArea* a : found)
            codes << a->code;
        cx.fail(tr("nama '%1' dipakai %2 wilayah (%3); sertakan kolom kode wilayah").arg(name).arg(found.size()).arg(codes.join(QStringLiteral(", "))),
                rowNo, h[plan.nameCol]);
    }
    ++report.matchedByName;
    return found.front()->code;
}

static int rowYear(const Context& cx, const SheetPlan& plan, const QStringList& cells, qint64 rowNo)
{
    if (plan.yearCol < 0)
        return *plan.fixedYear;
    const QString text = cells[plan.yearCol].trimmed();
    bool ok = false;
    const int y = text.toInt(&ok);
    if (!ok || y < 1900 || y > 2100)
        cx.fail(tr("'%1' bukan tahun (yang diharapkan mis. 2023)").arg(text), rowNo, cx.table.headers[plan.yearCol]);
    return y;
}

static bool blankRow(const QStringList& cells)
{
    for (const QString& c : cells)
        if (!c.trimmed().isEmpty())
            return false;
    return true;
}

static void readSheet(const Context& cx, const SheetPlan& plan, const AreaLookup& areas, IndicatorImportReport& report,
                      std::vector<Pending>& out, QHash<QString, QString>& seenAt)
{
    const Table& t = cx.table;
    for (size_t r = 0; r < t.rows.size(); ++r) {
        const QStringList& cells = t.rows[r];
        const qint64 rowNo = t.rowNumbers[r];
        if (blankRow(cells))
            continue;
        const int labelCol = plan.codeCol >= 0 ? plan.codeCol : plan.nameCol;
        const QString label = cells[labelCol].trimmed();
        const QString nameCell = plan.nameCol >= 0 ? cells[plan.nameCol] : QString();
        if (isTotalRow(label) || (label.isEmpty() && isTotalRow(nameCell))) {
            ++report.skippedRows;
            report.warnings << tr("%1baris %2 ('%3') dilewati: baris jumlah; total dihitung sendiri dari wilayah")
                                   .arg(cx.sheetPrefix()).arg(rowNo).arg(label.isEmpty() ? nameCell.trimmed() : label);
            continue;
        }
        const QString area = resolveArea(cx, plan, areas, cells, rowNo, report);
        const int year = rowYear(cx, plan, cells, rowNo);
        const QString key = area + QLatin1Char('@') + QString::number(year);
        const QString here = cx.sheetPrefix() + tr("baris %1").arg(rowNo);
        if (seenAt.contains(key))
            cx.fail(tr("wilayah %1 tahun %2 sudah ada di %3; satu wilayah hanya boleh satu baris per tahun")
                        .arg(area).arg(year).arg(seenAt.value(key)),
                    rowNo, t.headers[labelCol]);
        seenAt.insert(key, here);
        ++report.rows;

        QHash<QString, std::optional<double>> values;
        for (const auto& [col, variable] : plan.variables) {
            const ParsedNumber n = parseCount(cells[col]);
            if (!n.error.isEmpty())
                cx.fail(tr("nilai '%1' tidak dapat dipakai: %2").arg(cells[col].trimmed(), n.error), rowNo, t.headers[col]);
            if (n.blank())
                ++report.missingCells;
            if (n.value && std::floor(*n.value) != *n.value && countedVariable(variable))
                cx.fail(tr("nilai '%1' bukan bilangan bulat; %2 adalah jumlah orang").arg(cells[col].trimmed(), variable), rowNo,
                        t.headers[col]);
            values.insert(variable, n.value);
        }
        for (const IndicatorDef* d : plan.indicators) {
            const auto num = values.value(d->numerator), den = values.value(d->denominator);
            if (num && den && *num > *den) {
                // Stunted children cannot outnumber the measured ones; an SPM achievement
                // can exceed its estimated target (sasaran), so that stays a warning.
                if (d->numeratorWithinDenominator)
                    cx.fail(tr("%1 (%2) lebih besar dari %3 (%4) di baris yang sama: %1 adalah bagian dari %3")
                                .arg(d->numerator, formatNumber(*num, 0), d->denominator, formatNumber(*den, 0)),
                            rowNo, d->numerator);
                report.warnings << tr("%1, wilayah %2: %3 (%4) lebih besar dari %5 (%6)")
                                       .arg(here, area, d->numerator, formatNumber(*num, 0), d->denominator, formatNumber(*den, 0));
            }
            out.push_back(Pending{IndicatorValue{area, year, d->code, num, den}, d->scale});
        }
    }
}

static QString optionsJson(const IndicatorImportOptions& o)
{
    QJsonObject j;
    if (!o.sheet.isEmpty())
        j.insert(QStringLiteral("sheet"), o.sheet);
    if (o.year)
        j.insert(QStringLiteral("year"), *o.year);
    if (!o.level.isEmpty())
        j.insert(QStringLiteral("level"), o.level);
    if (!o.codeColumn.isEmpty())
        j.insert(QStringLiteral("code_column"), o.codeColumn);
    if (!o.nameColumn.isEmpty())
        j.insert(QStringLiteral("name_column"), o.nameColumn);
    QJsonObject map;
    for (auto it = o.columnToVariable.begin(); it != o.columnToVariable.end(); ++it)
        map.insert(it.key(), it.value());
    if (!map.isEmpty())
        j.insert(QStringLiteral("map"), map);
    return QString::fromUtf8(QJsonDocument(j).toJson(QJsonDocument::Compact));
}

// Stores the values; blank cells never erase stored values unless `replace` (then counted and named).
static void writeValues(Project& project, const std::vector<Pending>& pending, qint64 importId, bool replace,
                        IndicatorImportReport& report)
{
    for (const Pending& p : pending) {
        const Project::BlankMerge m = project.mergeIndicatorValue(p.value, importId, p.scale, replace);
        report.keptStored += m.kept;
        report.erasedStored += m.erased;
        if (m.erased && report.erasedExamples.size() < 10)
            report.erasedExamples << QStringLiteral("%1 %2 %3").arg(p.value.areaCode).arg(p.value.period).arg(p.value.indicator);
    }
    if (report.keptStored > 0)
        report.warnings << tr("%1 sel kosong di berkas menyangkut nilai yang sudah tersimpan; nilai lama dipertahankan "
                              "(pakai --replace bila memang harus dikosongkan)").arg(report.keptStored);
}

IndicatorImportReport importIndicators(Project& project, const QString& path, const IndicatorImportOptions& options,
                                       Progress& progress)
{
    IndicatorImportReport report;
    const Catalogue& cat = Catalogue::standard();
    for (auto it = options.columnToVariable.begin(); it != options.columnToVariable.end(); ++it)
        if (!cat.variable(it.value())) {
            QStringList known;
            for (const VariableDef& v : cat.variables())
                known << v.code;
            throw Error(tr("--map %1=%2: variabel '%2' tidak ada di katalog; yang dikenal: %3")
                            .arg(it.key(), it.value(), known.join(QStringLiteral(", "))));
        }
    const std::optional<AdminLevel> level = parseLevelOption(options.level);

    progress.report(0.0, tr("membaca berkas"));
    std::vector<Table> tables;
    if (options.sheet.isEmpty())
        tables = readTables(path, ReadOptions{options.encoding});
    else
        tables.push_back(readTable(path, options.sheet, ReadOptions{options.encoding}));
    for (const Table& t : tables)
        report.warnings << t.notices;
    progress.throwIfCancelled();

    const AreaLookup areas(project.areas(std::nullopt, false));
    if (areas.empty())
        report.warnings << tr("proyek belum berisi batas wilayah: kode wilayah hanya diperiksa bentuknya, "
                              "tidak keberadaannya");
    std::vector<Pending> pending;
    QHash<QString, QString> seenAt;
    int done = 0;
    for (const Table& t : tables) {
        const Context cx{path, t};
        const SheetPlan plan = planSheet(cx, options, level);
        const bool hasArea = plan.codeCol >= 0 || plan.nameCol >= 0;
        if (options.sheet.isEmpty() && tables.size() > 1 && !hasArea && plan.variables.empty()) {
            report.warnings << tr("lembar '%1' dilewati: tidak berisi kolom wilayah maupun variabel indikator").arg(t.sheet);
            continue;
        }
        if (!hasArea)
            cx.fail(tr("tidak ada kolom kode wilayah (mis. kode_kecamatan, kode_desa, kode) atau nama wilayah "
                       "(mis. kecamatan, desa, nama); kolom yang ada: %1. Pilih dengan --code-column/--name-column")
                        .arg(t.headers.join(QStringLiteral(", "))));
        if (plan.yearCol < 0 && !plan.fixedYear)
            cx.fail(tr("tidak ada kolom '%1' dan nama lembar bukan tahun; sebutkan tahunnya dengan --year")
                        .arg(options.yearColumn), -1, options.yearColumn);
        if (plan.indicators.empty()) {
            QStringList pairs;
            for (const IndicatorDef& d : cat.indicators())
                pairs << QStringLiteral("%1 = %2/%3").arg(d.code, d.numerator, d.denominator);
            cx.fail(tr("tidak ada pasangan pembilang dan penyebut indikator di kolom-kolomnya (%1). Yang dikenal: %2. "
                       "Petakan kolom dengan --map kolom=variabel")
                        .arg(t.headers.join(QStringLiteral(", ")), pairs.join(QStringLiteral("; "))));
        }
        QStringList ignored;
        for (int i = 0; i < t.headers.size(); ++i) {
            bool used = i == plan.yearCol || i == plan.codeCol || i == plan.nameCol;
            for (const auto& v : plan.variables)
                used = used || v.first == i;
            if (used || t.headers[i].trimmed().isEmpty() || isAreaHeader(t.headers[i]))
                continue;
            // A header one or two edits from a catalogue variable that the sheet lacks is a
            // typo: importing without it would silently drop an indicator.
            if (const QString near = misspeltVariable(t.headers[i], plan); !near.isEmpty())
                cx.fail(tr("kolom '%1' tidak dikenal; maksudnya '%2'? Perbaiki judul kolomnya atau petakan dengan --map %1=%2")
                            .arg(t.headers[i], near),
                        -1, t.headers[i]);
            ignored << t.headers[i];
        }
        if (!ignored.isEmpty())
            report.warnings << tr("%1kolom tidak dipakai (bukan variabel katalog): %2")
                                   .arg(cx.sheetPrefix(), ignored.join(QStringLiteral(", ")));
        readSheet(cx, plan, areas, report, pending, seenAt);
        report.sheets << t.sheet;
        progress.throwIfCancelled();
        progress.report(0.8 * ++done / double(tables.size()), tr("lembar %1").arg(t.sheet));
    }

    if (report.rows == 0)
        throw Error(path, tr("tidak ada baris data (berkas kosong atau hanya berisi judul kolom); tidak ada yang diimpor"));
    std::set<int> years;
    std::set<QString> indicators;
    for (const Pending& p : pending) {
        years.insert(p.value.period);
        indicators.insert(p.value.indicator);
    }
    report.years.assign(years.begin(), years.end());
    for (const QString& code : indicators)
        report.indicators << code;
    report.values = static_cast<qint64>(pending.size());

    progress.report(0.85, tr("menyimpan"));
    Transaction tx(project.db());
    project.syncCatalogue(cat);
    const qint64 importId = project.logImport(
        QStringLiteral("indicators"), QFileInfo(path).absoluteFilePath(), optionsJson(options), report.rows + report.skippedRows,
        report.rows, report.skippedRows,
        tr("%1 nilai, tahun %2, indikator %3, %4 sel kosong")
            .arg(report.values)
            .arg(years.empty() ? QString() : QStringLiteral("%1–%2").arg(*years.begin()).arg(*years.rbegin()))
            .arg(report.indicators.join(QStringLiteral(", ")))
            .arg(report.missingCells));
    writeValues(project, pending, importId, options.replace, report);
    tx.commit();
    progress.report(1.0, tr("selesai"));
    return report;
}

} // namespace ps::io
