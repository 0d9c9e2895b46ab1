#include "DemoIndicators.h"
#include <algorithm>
#include <cmath>
#include <map>

namespace ps::demo {

QStringList indicatorColumns()
{
    return QStringList{"kode_kecamatan", "kecamatan",         "jumlah_balita", "balita_diukur",
                       "balita_stunting", "balita_wasting",   "balita_underweight", "sasaran_ibu_hamil",
                       "k6",             "sasaran_bayi",      "imunisasi_dasar_lengkap"};
}

namespace {
long count(double v) { return std::max(0L, std::lround(v)); }
} // namespace

IndicatorTables makeIndicators(Rng& rng, const std::vector<KecamatanInfo>& kecamatan)
{
    IndicatorTables t;
    const int n = static_cast<int>(kecamatan.size());
    const QStringList columns = indicatorColumns();
    const QStringList counts = columns.mid(2);

    // Remoteness rank 0 (the town) .. n-1 (farthest) drives the burden.
    std::vector<int> order(kecamatan.size());
    for (int k = 0; k < n; ++k)
        order[static_cast<size_t>(k)] = k;
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return kecamatan[static_cast<size_t>(a)].distanceToTownM < kecamatan[static_cast<size_t>(b)].distanceToTownM;
    });
    std::vector<double> remote(kecamatan.size());
    for (int r = 0; r < n; ++r)
        remote[static_cast<size_t>(order[static_cast<size_t>(r)])] = n > 1 ? static_cast<double>(r) / (n - 1) : 0.0;

    struct Profile {
        double balitaShare, stunting2024, measured, wasting, underweight, k6, idl;
    };
    std::vector<Profile> profile;
    for (int k = 0; k < n; ++k) {
        const double x = remote[static_cast<size_t>(k)];
        Profile p;
        p.balitaShare = rng.uniform(0.080, 0.090);
        // 2024 stunting (% of measured) spans the WHO classes from low to very high.
        p.stunting2024 = std::clamp(4.5 + 27.0 * std::pow(x, 0.9) + rng.uniform(-1.5, 1.5), 3.0, 34.0);
        if (x == 1.0)
            p.stunting2024 = std::max(p.stunting2024, 30.8);
        p.measured = std::clamp(0.93 - 0.20 * x + rng.uniform(-0.03, 0.03), 0.70, 0.95);
        p.wasting = 3.0 + 6.0 * x + rng.uniform(-1.0, 1.0);
        p.underweight = 7.0 + 9.0 * x + rng.uniform(-1.5, 1.5);
        p.k6 = 0.95 - 0.30 * x + rng.uniform(-0.05, 0.05);
        p.idl = 0.97 - 0.30 * x + rng.uniform(-0.05, 0.05);
        profile.push_back(p);
    }

    // A missing report: one kecamatan's 2022 stunting count, another's 2024 IDL.
    if (n > 0) {
        t.blanks.push_back({2022, kecamatan[static_cast<size_t>(6 % n)].code, QStringLiteral("balita_stunting")});
        t.blanks.push_back({2024, kecamatan[static_cast<size_t>(3 % n)].code, QStringLiteral("imunisasi_dasar_lengkap")});
    }
    auto isBlank = [&](int year, const QString& code, const QString& variable) {
        for (const DemoBlank& b : t.blanks)
            if (b.year == year && b.kecamatanCode == code && b.variable == variable)
                return true;
        return false;
    };

    t.csv.name = QStringLiteral("indikator_kecamatan");
    t.csv.columns = QStringList{QStringLiteral("tahun")} + columns;
    t.csv.integerColumns = QStringList{QStringLiteral("tahun")} + counts;
    for (int year = kFirstYear; year <= kLastYear; ++year) {
        DemoTable sheet;
        sheet.name = QString::number(year);
        sheet.columns = columns;
        sheet.integerColumns = counts;
        const int back = kLastYear - year;   // years before the latest
        for (int k = 0; k < n; ++k) {
            const KecamatanInfo& kec = kecamatan[static_cast<size_t>(k)];
            const Profile& p = profile[static_cast<size_t>(k)];
            const double people = kec.population * std::pow(1.011, -back);
            std::map<QString, long> v;
            v["jumlah_balita"] = count(people * p.balitaShare * rng.uniform(0.985, 1.015));
            v["balita_diukur"] = count(v["jumlah_balita"] * std::clamp(p.measured - 0.02 * back + rng.uniform(-0.02, 0.02), 0.70, 0.95));
            const double stunting = std::max(1.0, p.stunting2024 * (1.0 + 0.07 * back) + rng.uniform(-0.8, 0.8));
            v["balita_stunting"] = count(v["balita_diukur"] * stunting / 100.0);
            v["balita_wasting"] = count(v["balita_diukur"] * std::max(0.5, p.wasting * (1.0 + 0.04 * back)) / 100.0);
            v["balita_underweight"] = count(v["balita_diukur"] * std::max(1.0, p.underweight * (1.0 + 0.04 * back)) / 100.0);
            // Targets from the crude birth rate (PWS-KIA practice): 1.10 × CBR × people.
            const double cbr = 0.0165;
            v["sasaran_ibu_hamil"] = count(1.10 * cbr * people);
            v["k6"] = count(v["sasaran_ibu_hamil"] * std::clamp(p.k6 - 0.03 * back + rng.uniform(-0.03, 0.03), 0.55, 1.05));
            v["sasaran_bayi"] = count(cbr * people);
            v["imunisasi_dasar_lengkap"] = count(v["sasaran_bayi"] * std::clamp(p.idl - 0.02 * back + rng.uniform(-0.03, 0.03), 0.55, 1.05));

            QStringList row{kec.code, kec.name};
            for (const QString& c : counts)
                row << (isBlank(year, kec.code, c) ? QString() : QString::number(v[c]));
            sheet.rows.push_back(row);
            t.csv.rows.push_back(QStringList{QString::number(year)} + row);
        }
        t.sheets.push_back(std::move(sheet));
    }
    return t;
}

} // namespace ps::demo
