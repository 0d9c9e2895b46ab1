#include "IndicatorImporter.h"
#include "core/Similarity.h"
#include "AreaLookup.h"
#include "HeaderSynonyms.h"
#include "TableWriter.h"
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
#include "core/Gdal.h"
#include "core/Period.h"
#include <QFile>
#include <QSet>
#include <cmath>
#include <map>
#include <set>
#include <tuple>

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

// Header as compared: case, spaces, underscores and punctuation do not matter (headerKey).
static QString normHeader(const QString& h) { return headerKey(h); }

// By the full header, else by its core without parenthesised parts ("Kecamatan (nama)").
static int findColumn(const Table& t, const QString& header)
{
    const QString want = normHeader(header);
    for (int i = 0; i < t.headers.size(); ++i)
        if (normHeader(t.headers[i]) == want)
            return i;
    for (int i = 0; i < t.headers.size(); ++i)
        if (headerCore(t.headers[i]) == want)
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
        for (const QStringList* list : {&c.code, &c.name})
            for (const QString& candidate : *list)
                if (normHeader(candidate) == h)
                    return true;
    return false;
}

static bool sameLevel(AdminLevel a, AdminLevel b) { return levelRank(a) == levelRank(b); }

// The level a code column's header names ("kode_kecamatan" -> kecamatan); nullopt for "kode".
static std::optional<AdminLevel> levelOfCodeHeader(const QString& header)
{
    const QString h = normHeader(header);
    for (const AreaColumns& c : areaColumnCandidates())
        if (c.level)
            for (const QString& candidate : c.code)
                if (normHeader(candidate) == h)
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
    int yearCol = -1, monthCol = -1, dateCol = -1, semesterCol = -1, quarterCol = -1;
    std::optional<int> fixedYear;
    std::optional<Period> fixedPeriod;         // from the sheet name or --period
    int codeCol = -1, nameCol = -1;
    int unitCol = -1;                          // puskesmas (Unit Kerja, PKM): rows are per puskesmas
    int unitKecCol = -1;                       // the kecamatan written beside a puskesmas
    std::optional<AdminLevel> level;           // level of the rows (given, or from the column headers)
    std::vector<std::pair<int, QString>> variables; // column -> variable code
    std::vector<std::pair<int, QString>> parts;     // column -> part code (Pendek, Sangat pendek)
    QHash<QString, QStringList> partsOf;            // whole variable -> its parts present
    QStringList wholesFromParts;                    // wholes without a column: the sum of their parts
    std::vector<std::pair<int, QString>> statedRates; // column -> indicator code
    std::vector<const IndicatorDef*> indicators;
    int labelCol() const { return unitCol >= 0 ? unitCol : codeCol >= 0 ? codeCol : nameCol; }
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

struct PendingUnit {
    UnitValue value;
    double scale = 100.0;
};

// Where each puskesmas lies: its working area (imported), else the kecamatan of
// its stored point, else the kecamatan written beside it. Counts are never split.
struct UnitPlacer {
    std::map<QString, std::vector<QString>> workingAreas;   // unit key -> desa codes
    QHash<QString, QSet<QString>> facilityKecamatan;        // unit key -> kecamatan codes of stored puskesmas
    QHash<QString, std::pair<QString, QString>> cache;      // unit key|kecamatan text -> (area, mapped_by)
};

} // namespace

QString puskesmasKey(const QString& name)
{
    static const QRegularExpression words(QStringLiteral("\\b(uptd|upt|puskesmas|pkm|pusk)\\b"));
    QString k = headerKey(name);
    k.replace(words, QString());
    return k.simplified();
}

static std::optional<AdminLevel> parseLevelOption(const QString& level)
{
    if (level.trimmed().isEmpty())
        return std::nullopt;
    auto l = levelFromName(level);
    if (!l)
        throw Error(tr("tingkat wilayah '%1' tidak dikenal (provinsi, kabupaten, kecamatan, desa)").arg(level));
    return l;
}

// A sheet named after a month ("Agustus 2024", "Feb"), or a year.
static std::optional<Period> periodFromSheetName(const QString& sheet, std::optional<int> year)
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z]+"));
    const std::optional<int> y = yearFromSheetName(sheet) ? yearFromSheetName(sheet) : year;
    auto it = word.globalMatch(sheet);
    while (it.hasNext())
        if (const auto m = parseMonth(it.next().captured(0)); m && y)
            return Period{*y, Period::Kind::Month, *m};
    if (yearFromSheetName(sheet))
        return Period{*yearFromSheetName(sheet), Period::Kind::Year, 0};
    return std::nullopt;
}

static SheetPlan planSheet(const Context& cx, const IndicatorImportOptions& o, std::optional<AdminLevel> level)
{
    const Table& t = cx.table;
    const Catalogue& cat = Catalogue::standard();
    const HeaderSynonyms& syn = HeaderSynonyms::standard();
    SheetPlan plan;
    plan.level = level;

    // Period: date, month (with a year), semester or quarter, year columns; else the sheet's name, else the options.
    const bool defaultYearColumn = o.yearColumn == QLatin1String("tahun");
    plan.yearCol = defaultYearColumn ? syn.findColumn(t.headers, QStringLiteral("tahun")) : findColumn(t, o.yearColumn);
    plan.monthCol = syn.findColumn(t.headers, QStringLiteral("bulan"));
    plan.dateCol = syn.findColumn(t.headers, QStringLiteral("tanggal"));
    plan.semesterCol = syn.findColumn(t.headers, QStringLiteral("semester"));
    plan.quarterCol = syn.findColumn(t.headers, QStringLiteral("triwulan"));
    if (!o.period.isEmpty()) {
        plan.fixedPeriod = Period::parse(o.period);
        if (!plan.fixedPeriod)
            throw Error(tr("--period %1: tulis sebagai 2024, 2024-S1, 2024-Q3 atau 2024-08").arg(o.period));
    }
    if (!plan.fixedPeriod)
        plan.fixedPeriod = periodFromSheetName(t.sheet, o.year);
    if (!plan.fixedPeriod && o.year)
        plan.fixedPeriod = Period{*o.year, Period::Kind::Year, 0};
    if (plan.fixedPeriod)
        plan.fixedYear = plan.fixedPeriod->year;

    // Reporting unit: a puskesmas column makes every row a puskesmas; the kecamatan beside it is context.
    if (o.codeColumn.isEmpty() && o.nameColumn.isEmpty())
        plan.unitCol = syn.findColumn(t.headers, QStringLiteral("puskesmas"));

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
    if (plan.unitCol >= 0) {
        plan.unitKecCol = findColumn(t, QStringLiteral("kecamatan"));
        if (plan.unitKecCol < 0)
            plan.unitKecCol = findColumn(t, QStringLiteral("nama kecamatan"));
        plan.level = AdminLevel::Kecamatan;
    } else {
        plan.codeCol = pick(o.codeColumn, true);
        if (plan.codeCol < 0 || !o.nameColumn.isEmpty())
            plan.nameCol = pick(o.nameColumn, false);
    }

    // Variables: overrides first, then the catalogue's codes and aliases, then data/headers.json.
    QHash<QString, int> columnOfVariable;
    for (int i = 0; i < t.headers.size(); ++i) {
        if (i == plan.yearCol || i == plan.codeCol || i == plan.nameCol || i == plan.unitCol || i == plan.monthCol ||
            i == plan.dateCol || i == plan.semesterCol || i == plan.quarterCol || i == plan.unitKecCol)
            continue;
        QString variable;
        for (auto it = o.columnToVariable.begin(); it != o.columnToVariable.end(); ++it)
            if (normHeader(it.key()) == normHeader(t.headers[i]))
                variable = it.value();
        if (variable.isEmpty())
            if (const VariableDef* v = cat.variableForHeader(t.headers[i]))
                variable = v->code;
        if (variable.isEmpty()) {
            const HeaderRole role = syn.roleOf(t.headers[i]);
            if (role.kind == HeaderRole::Kind::Variable)
                variable = role.code;
            else if (role.kind == HeaderRole::Kind::Part) {
                plan.parts.emplace_back(i, role.code);
                plan.partsOf[role.whole] << role.code;
                continue;
            } else if (role.kind == HeaderRole::Kind::StatedRate) {
                plan.statedRates.emplace_back(i, role.code);
                continue;
            }
        }
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
    // Pendek + Sangat pendek stand for stunting only when there is no stunting column and every part is there.
    for (auto it = plan.partsOf.begin(); it != plan.partsOf.end(); ++it)
        if (!columnOfVariable.contains(it.key()) && it.value().size() == syn.partsOf(it.key()).size()) {
            plan.wholesFromParts << it.key();
            columnOfVariable.insert(it.key(), -1);
        }
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
        bool present = plan.wholesFromParts.contains(v.code);
        for (const auto& [col, variable] : plan.variables)
            present = present || variable == v.code;
        if (present)
            continue;
        QStringList names = v.aliases;
        names.prepend(v.code);
        for (const QString& name : names) {
            // Words both share at the start ("jumlah") do not count: "Jumlah RS" is not a typo of "Jumlah K6".
            QStringList a = h.split(QLatin1Char(' ')), b = normHeader(name).split(QLatin1Char(' '));
            while (a.size() > 1 && b.size() > 1 && a.front() == b.front()) {
                a.removeFirst();
                b.removeFirst();
            }
            const QString x = a.join(QLatin1Char(' ')), n = b.join(QLatin1Char(' '));
            const int allowed = n.size() >= 8 ? 2 : n.size() >= 4 ? 1 : 0;
            if (allowed > 0 && editDistanceAtMost(x, n, allowed) <= allowed)
                return v.code;
        }
    }
    return {};
}

// Official areas whose name appears as a word in an unknown name ("SIMBORO DAN
// KEPULAUAN" -> Simboro): said in the message, never assigned.
static QString suggestionFor(const QString& name, const AreaLookup& areas, std::optional<AdminLevel> level)
{
    QStringList out;
    for (const QString& word : headerKey(name).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (word.size() < 4)
            continue;
        for (const AdminArea* a : areas.byName(word, level))
            out << QStringLiteral("%1 (%2)").arg(a->name, a->code);
    }
    out.removeDuplicates();
    return out.isEmpty() ? QString() : tr("; mungkin maksudnya %1 (tambahkan dengan: petasehat alias add PROYEK \"%2\" KODE)")
                                           .arg(out.mid(0, 3).join(QStringLiteral(", ")), name);
}

// Finds the area a row is about; throws naming the row and column when it cannot.
static QString resolveArea(const Context& cx, const SheetPlan& plan, const AreaLookup& areas,
                           const std::map<QString, QString>& aliases, const QStringList& cells, qint64 rowNo,
                           IndicatorImportReport& report)
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
    auto found = areas.byName(name, plan.level);
    if (found.empty())
        for (const auto& [alias, code] : aliases)
            if (AreaLookup::nameKey(alias) == AreaLookup::nameKey(name)) {
                ++report.matchedByName;
                return code;
            }
    if (found.empty())
        cx.fail(tr("wilayah bernama '%1'%2 tidak ditemukan di proyek (nama harus sama persis; sertakan kolom kode wilayah "
                   "bila nama berbeda)").arg(name, plan.level ? QStringLiteral(" (%1)").arg(levelName(*plan.level)) : QString()) +
                    suggestionFor(name, areas, plan.level),
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

// The kecamatan a puskesmas row belongs to, and how that was decided.
static std::pair<QString, QString> placeUnit(const Context& cx, const SheetPlan& plan, const AreaLookup& areas,
                                             const std::map<QString, QString>& aliases, UnitPlacer& placer,
                                             const QString& unitName, const QStringList& cells, qint64 rowNo)
{
    const QString key = puskesmasKey(unitName);
    const QString kecText = plan.unitKecCol >= 0 ? cells[plan.unitKecCol].trimmed() : QString();
    const QString cacheKey = key + QChar(0x1f) + kecText;
    if (auto it = placer.cache.constFind(cacheKey); it != placer.cache.constEnd())
        return *it;
    std::pair<QString, QString> out;
    if (auto wa = placer.workingAreas.find(key); wa != placer.workingAreas.end()) {
        QSet<QString> kec;
        for (const QString& desa : wa->second)
            kec.insert(desa.left(8));
        if (kec.size() == 1)
            out = {*kec.begin(), QStringLiteral("wilayah_kerja")};
    }
    if (out.first.isEmpty()) {
        const QSet<QString> kec = placer.facilityKecamatan.value(key);
        if (kec.size() == 1)
            out = {*kec.begin(), QStringLiteral("facility_point")};
    }
    if (out.first.isEmpty() && !kecText.isEmpty()) {
        auto found = areas.byName(kecText, AdminLevel::Kecamatan);
        if (found.size() == 1)
            out = {found.front()->code, QStringLiteral("written_kecamatan")};
        else
            for (const auto& [alias, code] : aliases)
                if (AreaLookup::nameKey(alias) == AreaLookup::nameKey(kecText))
                    out = {code, QStringLiteral("written_kecamatan")};
    }
    if (out.first.isEmpty())
        cx.fail(tr("puskesmas '%1' tidak dapat ditempatkan di wilayah: tidak ada di tabel wilayah kerja, tidak ada sebagai "
                   "fasilitas puskesmas di proyek, dan kecamatan '%2' tidak dikenal%3. Impor daftar puskesmas "
                   "(petasehat import facilities --type puskesmas) atau tambahkan alias kecamatannya")
                    .arg(unitName, kecText, suggestionFor(kecText, areas, AdminLevel::Kecamatan)),
                rowNo, cx.table.headers[plan.unitCol]);
    placer.cache.insert(cacheKey, out);
    return out;
}

static int parseYearCell(const Context& cx, const QString& text, qint64 rowNo, int col)
{
    bool ok = false;
    const int y = text.trimmed().toInt(&ok);
    if (!ok || y < 1900 || y > 2100)
        cx.fail(tr("'%1' bukan tahun (yang diharapkan mis. 2023)").arg(text.trimmed()), rowNo, cx.table.headers[col]);
    return y;
}

static std::optional<int> romanOrNumber(const QString& text)
{
    static const QStringList roman = {QStringLiteral("i"), QStringLiteral("ii"), QStringLiteral("iii"), QStringLiteral("iv")};
    QString t = headerKey(text);
    t.remove(QRegularExpression(QStringLiteral("^(semester|triwulan|tw|s|q)\\s*")));
    if (const int i = static_cast<int>(roman.indexOf(t)); i >= 0)
        return i + 1;
    bool ok = false;
    const int n = t.toInt(&ok);
    return ok ? std::optional<int>(n) : std::nullopt;
}

// The period of one row: a date; else a month, semester or quarter with the year; else the year.
static Period rowPeriod(const Context& cx, const SheetPlan& plan, const QStringList& cells, qint64 rowNo,
                        IndicatorImportReport& report)
{
    const QStringList& h = cx.table.headers;
    std::optional<int> year = plan.fixedYear;
    if (plan.yearCol >= 0 && !cells[plan.yearCol].trimmed().isEmpty())
        year = parseYearCell(cx, cells[plan.yearCol], rowNo, plan.yearCol);
    std::optional<int> month;
    if (plan.monthCol >= 0 && !cells[plan.monthCol].trimmed().isEmpty()) {
        const QString text = cells[plan.monthCol].trimmed();
        month = parseMonth(text);
        if (!month)  // "Agustus 2024" or a date in the month column
            if (const auto d = monthOfDate(text))
                month = d->index;
        if (!month)
            cx.fail(tr("'%1' bukan nama bulan (Januari…Desember, Feb, Agt, Agu, Ags, atau 1–12)").arg(text), rowNo,
                    h[plan.monthCol]);
    }
    if (plan.dateCol >= 0 && !cells[plan.dateCol].trimmed().isEmpty()) {
        const QString text = cells[plan.dateCol].trimmed();
        const auto d = monthOfDate(text);
        if (!d)
            cx.fail(tr("'%1' bukan tanggal (dd/mm/yyyy, yyyy-mm-dd atau tanggal Excel)").arg(text), rowNo, h[plan.dateCol]);
        if ((month && *month != d->index) || (year && *year != d->year))
            report.findings.push_back({QStringLiteral("period"), cx.table.sheet, rowNo, h[plan.dateCol],
                                       tr("tanggal %1 tidak sesuai dengan bulan/tahun yang tertulis (%2 %3); tanggal dipakai")
                                           .arg(text, month ? monthName(*month) : QString(), year ? QString::number(*year) : QString())});
        return *d;
    }
    if (month) {
        if (!year)
            cx.fail(tr("bulan tanpa tahun: tidak ada kolom tahun; sebutkan dengan --year"), rowNo, h[plan.monthCol]);
        return Period{*year, Period::Kind::Month, *month};
    }
    for (const auto& [col, kind, max] : {std::tuple{plan.semesterCol, Period::Kind::Semester, 2},
                                          std::tuple{plan.quarterCol, Period::Kind::Quarter, 4}}) {
        if (col < 0 || cells[col].trimmed().isEmpty())
            continue;
        const auto n = romanOrNumber(cells[col]);
        if (!n || *n < 1 || *n > max)
            cx.fail(tr("'%1' bukan nomor %2 (1–%3)").arg(cells[col].trimmed(), h[col]).arg(max), rowNo, h[col]);
        if (!year)
            cx.fail(tr("%1 tanpa tahun: tidak ada kolom tahun; sebutkan dengan --year").arg(h[col]), rowNo, h[col]);
        return Period{*year, kind, *n};
    }
    if (plan.yearCol >= 0 && cells[plan.yearCol].trimmed().isEmpty() && !plan.fixedPeriod)
        cx.fail(tr("tahun kosong"), rowNo, h[plan.yearCol]);
    if (plan.yearCol < 0 && plan.fixedPeriod)
        return *plan.fixedPeriod;
    if (!year)
        cx.fail(tr("tahun kosong"), rowNo, h[plan.yearCol >= 0 ? plan.yearCol : plan.dateCol >= 0 ? plan.dateCol : 0]);
    return Period{*year, Period::Kind::Year, 0};
}

static bool blankRow(const QStringList& cells)
{
    for (const QString& c : cells)
        if (!c.trimmed().isEmpty())
            return false;
    return true;
}

// Stated rates against the recomputed one, and parts against their total: findings, never corrections.
static void checkRow(const Context& cx, const SheetPlan& plan, const QStringList& cells, qint64 rowNo,
                     const QHash<QString, std::optional<double>>& values, IndicatorImportReport& report)
{
    const QStringList& h = cx.table.headers;
    for (const auto& [col, code] : plan.statedRates) {
        const IndicatorDef* d = Catalogue::standard().indicator(code);
        if (!d)
            continue;
        const auto num = values.value(d->numerator), den = values.value(d->denominator);
        if (!num || !den || *den <= 0)
            continue;
        const double recomputed = *num / *den * d->scale;
        const auto stated = parseStatedRate(cells[col], recomputed);
        if (!stated) {
            if (!cells[col].trimmed().isEmpty())
                report.findings.push_back({QStringLiteral("rate"), cx.table.sheet, rowNo, h[col],
                                           tr("'%1' bukan angka; dihitung ulang %2").arg(cells[col].trimmed(), formatNumber(recomputed, 2))});
            continue;
        }
        if (rateDisagrees(*stated, recomputed))
            report.findings.push_back({QStringLiteral("rate"), cx.table.sheet, rowNo, h[col],
                                       tr("tertulis %1, dihitung dari %2 ÷ %3 = %4 (selisih %5 poin); yang dipakai hasil hitung")
                                           .arg(formatNumber(*stated, 2), formatNumber(*num, 0), formatNumber(*den, 0),
                                                formatNumber(recomputed, 2), formatNumber(std::fabs(*stated - recomputed), 2))});
    }
    for (auto it = plan.partsOf.begin(); it != plan.partsOf.end(); ++it) {
        if (plan.wholesFromParts.contains(it.key()))
            continue;
        const auto whole = values.value(it.key());
        double sum = 0;
        bool all = true;
        QStringList shown;
        for (const auto& [col, part] : plan.parts) {
            if (!it.value().contains(part))
                continue;
            const ParsedNumber n = parseCount(cells[col]);
            all = all && n.value.has_value();
            sum += n.value.value_or(0);
            shown << QStringLiteral("%1 %2").arg(h[col], n.value ? formatNumber(*n.value, 0) : QStringLiteral("—"));
        }
        if (all && whole && std::fabs(sum - *whole) > 1e-9)
            report.findings.push_back({QStringLiteral("parts"), cx.table.sheet, rowNo, it.key(),
                                       tr("%1 = %2, tetapi bagian-bagiannya (%3) berjumlah %4; yang disimpan %2")
                                           .arg(it.key(), formatNumber(*whole, 0), shown.join(QStringLiteral(" + ")), formatNumber(sum, 0))});
    }
}

// A count column holding the same value in every row of one period was copied, not counted.
static void checkConstantColumns(const Context& cx, const SheetPlan& plan, const std::map<int, std::vector<size_t>>& rowsByPeriod,
                                 IndicatorImportReport& report)
{
    std::vector<int> cols;
    for (const auto& v : plan.variables)
        cols.push_back(v.first);
    for (const auto& p : plan.parts)
        cols.push_back(p.first);
    for (const auto& [period, rows] : rowsByPeriod) {
        std::vector<QStringList> values;
        for (size_t r : rows) {
            QStringList picked;
            for (int c : cols)
                picked << cx.table.rows[r][c];
            values.push_back(picked);
        }
        for (int i : constantColumns(values))
            report.findings.push_back({QStringLiteral("constant"), cx.table.sheet, cx.table.rowNumbers[rows.front()],
                                       cx.table.headers[cols[i]],
                                       tr("nilai %1 sama di semua %2 baris %3 (baris %4–%5): disalin, bukan dihitung?")
                                           .arg(values.front()[i].trimmed()).arg(rows.size()).arg(periodLabel(period))
                                           .arg(cx.table.rowNumbers[rows.front()]).arg(cx.table.rowNumbers[rows.back()])});
    }
}

static void readSheet(const Context& cx, const SheetPlan& plan, const AreaLookup& areas,
                      const std::map<QString, QString>& aliases, UnitPlacer& placer, IndicatorImportReport& report,
                      std::vector<Pending>& out, std::vector<PendingUnit>& units, QHash<QString, QString>& seenAt)
{
    const Table& t = cx.table;
    std::map<int, std::vector<size_t>> rowsByPeriod;
    for (size_t r = 0; r < t.rows.size(); ++r) {
        const QStringList& cells = t.rows[r];
        const qint64 rowNo = t.rowNumbers[r];
        if (blankRow(cells))
            continue;
        const int labelCol = plan.labelCol();
        const QString label = cells[labelCol].trimmed();
        const QString nameCell = plan.nameCol >= 0 ? cells[plan.nameCol] : plan.unitKecCol >= 0 ? cells[plan.unitKecCol] : QString();
        if (isTotalRow(label) || (label.isEmpty() && isTotalRow(nameCell))) {
            ++report.skippedRows;
            report.warnings << tr("%1baris %2 ('%3') dilewati: baris jumlah; total dihitung sendiri dari wilayah")
                                   .arg(cx.sheetPrefix()).arg(rowNo).arg(label.isEmpty() ? nameCell.trimmed() : label);
            continue;
        }
        QString area, mappedBy, unitKey;
        if (plan.unitCol >= 0) {
            if (label.isEmpty())
                cx.fail(tr("nama puskesmas kosong"), rowNo, t.headers[plan.unitCol]);
            unitKey = puskesmasKey(label);
            std::tie(area, mappedBy) = placeUnit(cx, plan, areas, aliases, placer, label, cells, rowNo);
        } else {
            area = resolveArea(cx, plan, areas, aliases, cells, rowNo, report);
        }
        const Period period = rowPeriod(cx, plan, cells, rowNo, report);
        const QString who = plan.unitCol >= 0 ? tr("puskesmas %1").arg(label) : tr("wilayah %1").arg(area);
        const QString key = (plan.unitCol >= 0 ? QStringLiteral("u:") + unitKey : area) + QLatin1Char('@') + period.text();
        const QString here = cx.sheetPrefix() + tr("baris %1").arg(rowNo);
        if (seenAt.contains(key))
            cx.fail(tr("%1 periode %2 sudah ada di %3; satu %4 hanya boleh satu baris per periode")
                        .arg(who, period.label(), seenAt.value(key), plan.unitCol >= 0 ? tr("puskesmas") : tr("wilayah")),
                    rowNo, t.headers[labelCol]);
        seenAt.insert(key, here);
        rowsByPeriod[period.key()].push_back(r);
        ++report.rows;
        if (plan.unitCol >= 0)
            ++report.unitRows;

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
        for (const QString& whole : plan.wholesFromParts) {
            // The sum of the parts; a blank part leaves the whole missing, never a partial sum.
            std::optional<double> sum = 0.0;
            for (const auto& [col, part] : plan.parts) {
                if (!plan.partsOf.value(whole).contains(part))
                    continue;
                const ParsedNumber n = parseCount(cells[col]);
                if (!n.error.isEmpty())
                    cx.fail(tr("nilai '%1' tidak dapat dipakai: %2").arg(cells[col].trimmed(), n.error), rowNo, t.headers[col]);
                sum = n.value && sum ? std::optional<double>(*sum + *n.value) : std::nullopt;
            }
            values.insert(whole, sum);
        }
        checkRow(cx, plan, cells, rowNo, values, report);
        for (const IndicatorDef* d : plan.indicators) {
            const auto num = values.value(d->numerator), den = values.value(d->denominator);
            if (num && den && *num > *den) {
                // Stunted children cannot outnumber the measured ones; an SPM achievement
                // can exceed its estimated target (sasaran), so that stays a warning.
                if (d->numeratorWithinDenominator)
                    cx.fail(tr("%1 (%2) lebih besar dari %3 (%4) di baris yang sama: %1 adalah bagian dari %3")
                                .arg(d->numerator, formatNumber(*num, 0), d->denominator, formatNumber(*den, 0)),
                            rowNo, d->numerator);
                report.warnings << tr("%1, %2: %3 (%4) lebih besar dari %5 (%6)")
                                       .arg(here, who, d->numerator, formatNumber(*num, 0), d->denominator, formatNumber(*den, 0));
            }
            if (plan.unitCol >= 0)
                units.push_back(PendingUnit{UnitValue{unitKey, label, period.key(), d->code, num, den, area, mappedBy}, d->scale});
            else
                out.push_back(Pending{IndicatorValue{area, period.key(), d->code, num, den}, d->scale});
        }
    }
    checkConstantColumns(cx, plan, rowsByPeriod, report);
}

// Puskesmas values summed per area, period and indicator (several puskesmas in one kecamatan add up).
static void addUnitSums(const std::vector<PendingUnit>& units, std::vector<Pending>& out)
{
    std::map<std::tuple<QString, int, QString>, size_t> at;
    for (const PendingUnit& u : units) {
        const auto k = std::make_tuple(u.value.areaCode, u.value.period, u.value.indicator);
        auto it = at.find(k);
        if (it == at.end()) {
            it = at.emplace(k, out.size()).first;
            out.push_back(Pending{IndicatorValue{u.value.areaCode, u.value.period, u.value.indicator, {}, {}}, u.scale});
        }
        IndicatorValue& v = out[it->second].value;
        if (u.value.numerator && u.value.denominator) {
            v.numerator = v.numerator.value_or(0) + *u.value.numerator;
            v.denominator = v.denominator.value_or(0) + *u.value.denominator;
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
    if (!o.period.isEmpty())
        j.insert(QStringLiteral("period"), o.period);
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
    const std::map<QString, QString> aliases = project.aliases();
    UnitPlacer placer;
    placer.workingAreas = project.puskesmasAreas();
    for (const Facility& f : project.facilities(FacilityType::Puskesmas)) {
        const QString kec = !f.kecamatanCode.isEmpty() ? f.kecamatanCode : f.desaCode.left(8);
        if (!kec.isEmpty() && f.lon)
            placer.facilityKecamatan[puskesmasKey(f.name)].insert(kec);
    }
    std::vector<Pending> pending;
    std::vector<PendingUnit> units;
    QHash<QString, QString> seenAt;
    int done = 0;
    for (const Table& t : tables) {
        const Context cx{path, t};
        const SheetPlan plan = planSheet(cx, options, level);
        const bool hasArea = plan.codeCol >= 0 || plan.nameCol >= 0 || plan.unitCol >= 0;
        if (options.sheet.isEmpty() && tables.size() > 1 && !hasArea && plan.variables.empty()) {
            report.warnings << tr("lembar '%1' dilewati: tidak berisi kolom wilayah maupun variabel indikator").arg(t.sheet);
            continue;
        }
        if (!hasArea)
            cx.fail(tr("tidak ada kolom kode wilayah (mis. kode_kecamatan, kode_desa, kode), nama wilayah "
                       "(mis. kecamatan, desa, nama) atau puskesmas (Unit Kerja, Puskesmas, PKM); kolom yang ada: %1. "
                       "Pilih dengan --code-column/--name-column")
                        .arg(t.headers.join(QStringLiteral(", "))));
        if (plan.yearCol < 0 && plan.dateCol < 0 && !plan.fixedPeriod)
            cx.fail(tr("tidak ada kolom tahun atau tanggal dan nama lembar bukan periode; sebutkan dengan --year atau --period"),
                    -1, options.yearColumn);
        if (plan.indicators.empty()) {
            QStringList pairs;
            for (const IndicatorDef& d : cat.indicators())
                pairs << QStringLiteral("%1 = %2/%3").arg(d.code, d.numerator, d.denominator);
            cx.fail(tr("tidak ada pasangan pembilang dan penyebut indikator di kolom-kolomnya (%1). Yang dikenal: %2. "
                       "Petakan kolom dengan --map kolom=variabel, atau tambahkan judul kolom Anda ke data/headers.json")
                        .arg(t.headers.join(QStringLiteral(", ")), pairs.join(QStringLiteral("; "))));
        }
        QStringList ignored, areaIgnored;
        for (int i = 0; i < t.headers.size(); ++i) {
            bool used = i == plan.yearCol || i == plan.codeCol || i == plan.nameCol || i == plan.unitCol ||
                        i == plan.monthCol || i == plan.dateCol || i == plan.semesterCol || i == plan.quarterCol ||
                        i == plan.unitKecCol;
            for (const auto& v : plan.variables)
                used = used || v.first == i;
            for (const auto& v : plan.parts)
                used = used || v.first == i;
            for (const auto& v : plan.statedRates)
                used = used || v.first == i;
            if (used || t.headers[i].trimmed().isEmpty())
                continue;
            // A header one or two edits from a catalogue variable that the sheet lacks is a
            // typo: importing without it would silently drop an indicator.
            if (!isAreaHeader(t.headers[i]))
                if (const QString near = misspeltVariable(t.headers[i], plan); !near.isEmpty())
                    cx.fail(tr("kolom '%1' tidak dikenal; maksudnya '%2'? Perbaiki judul kolomnya atau petakan dengan --map %1=%2")
                                .arg(t.headers[i], near),
                            -1, t.headers[i]);
            (isAreaHeader(t.headers[i]) ? areaIgnored : ignored) << t.headers[i];
        }
        // An area name beside its code is not data: listed, without a warning.
        if (!areaIgnored.isEmpty())
            report.unusedColumns << cx.sheetPrefix() + tr("%1 (nama/kode wilayah, tidak dipakai untuk mencocokkan)")
                                                           .arg(areaIgnored.join(QStringLiteral(", ")));
        if (!ignored.isEmpty()) {
            report.unusedColumns << cx.sheetPrefix() + ignored.join(QStringLiteral(", "));
            report.warnings << tr("%1kolom tidak dipakai (bukan variabel katalog): %2")
                                   .arg(cx.sheetPrefix(), ignored.join(QStringLiteral(", ")));
        }
        for (const QString& whole : plan.wholesFromParts)
            report.assumptions << tr("%1%2 = jumlah kolom %3 (tidak ada kolom totalnya)")
                                      .arg(cx.sheetPrefix(), whole, plan.partsOf.value(whole).join(QStringLiteral(" + ")));
        readSheet(cx, plan, areas, aliases, placer, report, pending, units, seenAt);
        report.sheets << t.sheet;
        progress.throwIfCancelled();
        progress.report(0.8 * ++done / double(tables.size()), tr("lembar %1").arg(t.sheet));
    }
    addUnitSums(units, pending);
    {
        std::map<QString, int> byMapping;
        for (const PendingUnit& u : units)
            byMapping[u.value.mappedBy] += 0;
        QSet<QString> counted;
        for (const PendingUnit& u : units)
            if (!counted.contains(u.value.unit)) {
                counted.insert(u.value.unit);
                ++byMapping[u.value.mappedBy];
            }
        for (const auto& [how, n] : byMapping)
            report.assumptions << (how == QLatin1String("wilayah_kerja")
                                       ? tr("%1 puskesmas ditempatkan di kecamatan wilayah kerjanya (tabel wilayah kerja)")
                                   : how == QLatin1String("facility_point")
                                       ? tr("%1 puskesmas ditempatkan di kecamatan tempat titik puskesmasnya berada "
                                            "(asumsi: wilayah kerja = kecamatan itu; impor tabel wilayah kerja bila berbeda)")
                                       : tr("%1 puskesmas ditempatkan di kecamatan yang tertulis di barisnya (asumsi: "
                                            "puskesmas belum ada di proyek; wilayah kerja = kecamatan itu)"))
                                      .arg(n);
    }

    if (report.rows == 0)
        throw Error(path, tr("tidak ada baris data (berkas kosong atau hanya berisi judul kolom); tidak ada yang diimpor"));
    std::set<int> years, periods;
    std::set<QString> indicators;
    for (const Pending& p : pending) {
        periods.insert(p.value.period);
        if (const auto per = Period::fromKey(p.value.period))
            years.insert(per->year);
        indicators.insert(p.value.indicator);
    }
    report.years.assign(years.begin(), years.end());
    report.periods.assign(periods.begin(), periods.end());
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
    for (const PendingUnit& u : units)
        project.upsertUnitValue(u.value, importId);
    progress.throwIfCancelled();   // a late Cancel still rolls back
    tx.commit();
    // The findings describe what is stored, so they are written after the commit; a report
    // that cannot be written does not undo the import, it is said.
    if (!options.reportPath.isEmpty()) {
        try {
            writeFindingsCsv(options.reportPath, report.findings);
        } catch (const Error& e) {
            report.warnings << e.message();
        }
    }
    progress.report(1.0, tr("selesai"));
    return report;
}

void writeFindingsCsv(const QString& path, const std::vector<Finding>& findings)
{
    NewTable table = createTableFile(path, "CSV");
    OGRLayer* layer = table.layer;
    for (const char* name : {"jenis", "lembar", "baris", "kolom", "keterangan"}) {
        OGRFieldDefn def(name, QByteArray(name) == "baris" ? OFTInteger : OFTString);
        layer->CreateField(&def);
    }
    for (const Finding& f : findings) {
        OGRFeatureUniquePtr feat(OGRFeature::CreateFeature(layer->GetLayerDefn()));
        feat->SetField("jenis", f.kind.toUtf8().constData());
        feat->SetField("lembar", f.sheet.toUtf8().constData());
        feat->SetField("baris", static_cast<int>(f.row));
        feat->SetField("kolom", f.column.toUtf8().constData());
        feat->SetField("keterangan", f.detail.toUtf8().constData());
        if (layer->CreateFeature(feat.get()) != OGRERR_NONE)
            throw Error(path, tr("laporan tidak dapat ditulis: %1").arg(lastGdalError()));
    }
}

} // namespace ps::io
