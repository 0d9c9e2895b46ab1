#include "CliPeriod.h"
#include "core/Error.h"
#include "core/Period.h"
#include "core/PeriodChoice.h"
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
    const QString why = noDataAtLevel(project, indicator, period, level, codePrefix);
    if (why.isEmpty())
        return;
    const std::vector<AdminLevel> have = project.levelsWithData(indicator, period, codePrefix);
    throw Error(project.path(), have.empty() ? why : why + tr(" (pakai --level %1)").arg(levelName(have.back())));
}

} // namespace ps::cli
