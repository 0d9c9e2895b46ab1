#include "PeriodChoice.h"
#include "Catalogue.h"
#include "Period.h"
#include "Project.h"
#include <QCoreApplication>
#include <algorithm>
#include <set>
#include <tuple>

namespace ps {

static QString tr(const char* s) { return QCoreApplication::translate("ps::PeriodChoice", s); }

// Time order for a list people pick from: year, then semester, quarter, month.
static std::tuple<int, int, int> orderOf(int key)
{
    const auto p = Period::fromKey(key);
    if (!p)
        return {key, 9, 0};
    return {p->year, static_cast<int>(p->kind), p->index};
}

std::vector<int> sortedPeriods(std::vector<int> keys)
{
    std::sort(keys.begin(), keys.end(), [](int a, int b) { return orderOf(a) < orderOf(b); });
    return keys;
}

std::vector<int> periodChoices(const std::vector<int>& stored)
{
    std::set<int> keys(stored.begin(), stored.end());
    for (int key : stored) {
        const auto p = Period::fromKey(key);
        if (!p || p->kind == Period::Kind::Year)
            continue;
        keys.insert(p->year);   // a year of months, quarters or semesters (Project::resolvePeriod)
        if (p->kind == Period::Kind::Month)
            keys.insert(Period{p->year, Period::Kind::Semester, p->index <= 6 ? 1 : 2}.key());
    }
    return sortedPeriods(std::vector<int>(keys.begin(), keys.end()));
}

std::vector<int> periodChoices(Project& project, const QString& indicator) { return periodChoices(project.periods(indicator)); }

std::vector<int> trendPeriods(Project& project, const QString& indicator, int period)
{
    const auto want = Period::fromKey(period);
    const Period::Kind kind = want ? want->kind : Period::Kind::Year;
    std::vector<int> out;
    for (int key : periodChoices(project, indicator)) {
        const auto p = Period::fromKey(key);
        if (p && p->kind == kind)
            out.push_back(key);
    }
    return out;
}

int latestPeriod(const std::vector<int>& stored)
{
    int best = 0;
    std::tuple<int, int, int> bestOrder{-1, 0, 0};
    for (int key : stored) {
        const auto p = Period::fromKey(key);
        // Ends later wins; at the same end the longer period (a year over its December).
        const std::tuple<int, int, int> o = p ? std::tuple<int, int, int>{p->year, p->lastMonth(), -static_cast<int>(p->kind)}
                                              : std::tuple<int, int, int>{key, 0, 0};
        if (o > bestOrder) {
            bestOrder = o;
            best = key;
        }
    }
    return best;
}

int latestPeriod(Project& project, const QString& indicator) { return latestPeriod(project.periods(indicator)); }

QString shownPeriod(Project& project, const QString& indicator, int period)
{
    const PeriodUse use = project.resolvePeriod(indicator, period);
    if (use.used)
        return periodLabel(use.used);
    if (use.summed.size() == 1)
        return tr("%1 (hanya %2)").arg(periodLabel(period), periodLabel(use.summed.front()));
    if (!use.summed.empty())
        return tr("%1 (%2–%3 dijumlah)").arg(periodLabel(period), periodLabel(use.summed.front()), periodLabel(use.summed.back()));
    return periodLabel(period);
}

QString measuredMonthNote(Project& project, const QString& indicator, int period)
{
    const PeriodUse use = project.resolvePeriod(indicator, period);
    if (!use.used || use.used == period)
        return {};
    return tr("Angka %1 = bulan pengukuran terakhir yang ada datanya (%2), bukan jumlah bulan-bulan pengukuran.")
        .arg(periodLabel(period), periodLabel(use.used));
}

QString noDataAtLevel(Project& project, const QString& indicator, int period, AdminLevel level, const QString& codePrefix)
{
    // One level's query when there is data (every map, tile and table asks); all four only
    // to word the message. Kelurahan rows are read as the desa level.
    const AdminLevel asked = levelRank(level) == levelRank(AdminLevel::Desa) ? AdminLevel::Desa : level;
    if (project.hasDataAtLevel(indicator, period, asked, codePrefix))
        return {};
    QStringList names;
    for (AdminLevel l : project.levelsWithData(indicator, period, codePrefix))
        names << levelName(l);
    if (names.isEmpty()) {
        QStringList stored;
        for (int key : periodChoices(project, indicator))
            stored << Period::fromKey(key).value_or(Period{key}).text();
        return tr("indikator %1 tidak punya data untuk periode %2; periode yang ada: %3")
            .arg(indicator, periodLabel(period), stored.isEmpty() ? tr("(tidak ada)") : stored.join(QStringLiteral(", ")));
    }
    return tr("indikator %1 periode %2 tidak punya data di tingkat %3; data ada di tingkat: %4")
        .arg(indicator, periodLabel(period), levelName(level), names.join(QStringLiteral(", ")));
}

} // namespace ps
