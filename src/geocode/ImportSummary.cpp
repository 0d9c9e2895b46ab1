#include "ImportSummary.h"
#include "core/Locale.h"
#include "io/HeaderSynonyms.h"
#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace ps::geocode {

static QString tr(const char* s) { return QCoreApplication::translate("ps::geocode", s); }

bool needsReview(const RowReport& row)
{
    switch (row.outcome) {
    case Outcome::Ambiguous:
    case Outcome::Unmatched:
    case Outcome::Rejected:
    case Outcome::Flagged:
    case Outcome::Duplicate:
        return true;
    default:
        return row.coordinateRejected;
    }
}

ImportSummary summarizeImport(const FacilityImportResult& r)
{
    ImportSummary s;
    s.fileName = QFileInfo(r.file).fileName();
    s.rows = static_cast<qint64>(r.rows.size());
    for (Outcome o : {Outcome::Exact, Outcome::Repaired, Outcome::Flagged, Outcome::Estimated, Outcome::Imported,
                      Outcome::Ambiguous, Outcome::Unmatched, Outcome::Duplicate, Outcome::Rejected})
        if (const int n = r.count(o))
            s.outcomes.push_back({o, n});
    for (size_t i = 0; i < r.rows.size(); ++i) {
        s.rejectedCoordinates += r.rows[i].coordinateRejected ? 1 : 0;
        if (needsReview(r.rows[i]))
            s.needingReview.push_back(i);
    }
    s.warnings = r.warnings;
    return s;
}

QString summaryText(const ImportSummary& s, const FacilityImportResult& r, int shownRows)
{
    const QLocale loc = numberLocale();
    QString out = tr("Hasil geocoding %1 (%2 baris):\n").arg(s.fileName, loc.toString(s.rows));
    out += QStringLiteral("  ") + tr("hasil").leftJustified(12) + tr("jumlah").rightJustified(8) + QStringLiteral("  ") +
           tr("keterangan") + QLatin1Char('\n');
    for (const OutcomeCount& c : s.outcomes)
        out += QStringLiteral("  ") + outcomeName(c.outcome).leftJustified(12) + loc.toString(c.count).rightJustified(8) +
               QStringLiteral("  ") + outcomeLabel(c.outcome) + QLatin1Char('\n');
    if (s.rejectedCoordinates)
        out += tr("  (koordinat %1 baris ditolak: 0,0, tak terbaca, di luar wilayah atau jauh dari desanya)\n")
                   .arg(loc.toString(s.rejectedCoordinates));
    // The rows a person has to look at, first few on screen; all of them are in the report.
    if (!s.needingReview.empty())
        out += tr("Perlu diperiksa:\n");
    const size_t shown = std::min(s.needingReview.size(), static_cast<size_t>(std::max(0, shownRows)));
    for (size_t k = 0; k < shown; ++k) {
        const RowReport& row = r.rows.at(s.needingReview[k]);
        out += QStringLiteral("  ") + tr("baris %1").arg(row.row) + QLatin1Char(' ') + row.code + QLatin1Char(' ') + row.name +
               QStringLiteral(" [") + outcomeName(row.outcome) + QStringLiteral("]: ") + row.reason + QLatin1Char('\n');
    }
    if (s.needingReview.size() > shown)
        out += tr("  ... dan %1 baris lain (lihat laporan)\n").arg(s.needingReview.size() - shown);
    for (const QString& w : s.warnings)
        out += tr("Peringatan: %1\n").arg(w);
    return out;
}

QString defaultReportPath(const QString& projectPath, const QString& file)
{
    return QFileInfo(projectPath).absolutePath() + QLatin1Char('/') + QFileInfo(file).completeBaseName() +
           QStringLiteral("_laporan_geocoding.csv");
}

// Words that name a type, most specific type first ("puskesmas pembantu" is a pustu).
struct TypeWords {
    FacilityType type;
    QStringList words;   // single words, or two-word phrases
};
static const std::vector<TypeWords>& typeWords()
{
    static const std::vector<TypeWords> w = {
        {FacilityType::Posyandu, {QStringLiteral("posyandu")}},
        {FacilityType::Poskesdes, {QStringLiteral("poskesdes"), QStringLiteral("polindes")}},
        {FacilityType::Pustu, {QStringLiteral("pustu"), QStringLiteral("puskesmas pembantu"), QStringLiteral("pusban")}},
        {FacilityType::RumahSakit, {QStringLiteral("rumah sakit"), QStringLiteral("rs"), QStringLiteral("rsud"), QStringLiteral("rsu")}},
        {FacilityType::Puskesmas, {QStringLiteral("puskesmas"), QStringLiteral("pkm")}},
    };
    return w;
}

// " word word " with every run of non-letters as one space, so whole words match.
static QString spaced(const QString& text)
{
    static const QRegularExpression nonWord(QStringLiteral("[^a-z]+"));
    return QLatin1Char(' ') + text.toLower().replace(nonWord, QStringLiteral(" ")).trimmed() + QLatin1Char(' ');
}

static std::optional<FacilityType> typeIn(const QString& text)
{
    const QString t = spaced(text);
    for (const TypeWords& tw : typeWords())
        for (const QString& w : tw.words)
            if (t.contains(QLatin1Char(' ') + w + QLatin1Char(' ')))
                return tw.type;
    return std::nullopt;
}

FacilityTypeGuess guessFacilityType(const QString& filePath, const QStringList& headers)
{
    const QString base = QFileInfo(filePath).completeBaseName();
    if (const auto t = typeIn(base))
        return {t, tr("dari nama berkas %1").arg(QFileInfo(filePath).fileName())};
    // Name and code columns say what the rows are; other columns may name a parent (Puskesmas).
    for (const TypeWords& tw : typeWords())
        for (const QString& h : headers) {
            const QString key = io::headerKey(h);
            const bool names = key.startsWith(QLatin1String("nama")) || key.startsWith(QLatin1String("kode")) || tw.words.contains(key);
            if (names && typeIn(key) == tw.type)
                return {tw.type, tr("dari kolom '%1'").arg(h)};
        }
    return {std::nullopt, tr("tidak dapat ditebak dari nama berkas maupun kolomnya")};
}

} // namespace ps::geocode
