#include "CliPeriod.h"
#include "core/Error.h"
#include "core/Period.h"
#include "core/Project.h"
#include <QCoreApplication>

namespace ps::cli {

static QString tr(const char* s) { return QCoreApplication::translate("cli", s); }

int periodKeyOption(const QString& text)
{
    const auto p = Period::parse(text);
    if (!p)
        throw Error(tr("--period %1: tulis sebagai 2024, 2024-S1, 2024-Q3 atau 2024-08").arg(text));
    return p->key();
}

void requireDataAtLevel(Project& project, const QString& indicator, int period, AdminLevel level, const QString& codePrefix)
{
    if (project.hasDataAtLevel(indicator, period, level, codePrefix))
        return;
    const std::vector<AdminLevel> have = project.levelsWithData(indicator, period, codePrefix);
    for (AdminLevel l : have)
        if (levelRank(l) == levelRank(level))
            return;
    QStringList names;
    for (AdminLevel l : have)
        names << levelName(l);
    if (names.isEmpty()) {
        QStringList stored;
        for (int key : project.periods(indicator))
            stored << Period::fromKey(key).value_or(Period{key}).text();
        throw Error(project.path(), tr("indikator %1 tidak punya data untuk periode %2; periode yang ada: %3")
                                        .arg(indicator, periodLabel(period), stored.isEmpty() ? tr("(tidak ada)") : stored.join(QStringLiteral(", "))));
    }
    throw Error(project.path(), tr("indikator %1 periode %2 tidak punya data di tingkat %3; data ada di tingkat: %4 "
                                   "(pakai --level %5)")
                                    .arg(indicator, periodLabel(period), levelName(level), names.join(QStringLiteral(", ")),
                                         names.back()));
}

} // namespace ps::cli
