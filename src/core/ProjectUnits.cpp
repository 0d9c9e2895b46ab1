// Periods, puskesmas reporting units, working areas and area aliases (schema 4).
#include "Catalogue.h"
#include "Period.h"
#include "PeriodChoice.h"
#include "Project.h"
#include <set>

namespace ps {

PeriodUse Project::resolvePeriod(const QString& indicator, int period)
{
    PeriodUse use;
    use.requested = period;
    std::vector<int> stored = periods(indicator);
    if (std::find(stored.begin(), stored.end(), period) != stored.end()) {
        use.used = period;
        return use;
    }
    const auto want = Period::fromKey(period);
    if (!want || want->kind == Period::Kind::Month)
        return use;
    // The parts inside the requested period, of one kind: months, else quarters, else semesters
    // (never a semester together with its months, which would count them twice), in time order.
    std::vector<int> inside;
    for (Period::Kind kind : {Period::Kind::Month, Period::Kind::Quarter, Period::Kind::Semester}) {
        for (int key : stored) {
            const auto p = Period::fromKey(key);
            if (p && p->kind == kind && want->contains(*p))
                inside.push_back(key);
        }
        if (!inside.empty())
            break;
    }
    inside = sortedPeriods(inside);
    if (inside.empty())
        return use;
    const IndicatorDef* def = Catalogue::standard().indicator(indicator);
    if (def && def->isFlow())
        use.summed = inside;
    else
        use.used = inside.back();
    return use;
}

void Project::upsertUnitValue(const UnitValue& v, qint64 importId)
{
    auto st = m_db->prepare(
        "INSERT INTO unit_value(unit, unit_name, period, indicator, numerator, denominator, area_code, mapped_by, import_id) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT(unit, period, indicator) DO UPDATE SET "
        "unit_name=excluded.unit_name, numerator=excluded.numerator, denominator=excluded.denominator, "
        "area_code=excluded.area_code, mapped_by=excluded.mapped_by, import_id=excluded.import_id");
    st.bind(1, v.unit).bind(2, v.unitName).bind(3, v.period).bind(4, v.indicator).bind(5, v.numerator);
    st.bind(6, v.denominator).bind(7, v.areaCode).bind(8, v.mappedBy).bind(9, static_cast<std::int64_t>(importId));
    st.run();
}

bool Project::hasDataAtLevel(const QString& indicator, int period, AdminLevel level, const QString& codePrefix)
{
    const IndicatorDef* def = Catalogue::standard().indicator(indicator);
    const double scale = def ? def->scale : 100.0;
    for (const AreaValue& v : valuesByLevel(indicator, period, level, scale, codePrefix))
        if (v.value && !v.name.isEmpty())
            return true;
    return false;
}

std::vector<AdminLevel> Project::levelsWithData(const QString& indicator, int period, const QString& codePrefix)
{
    std::vector<AdminLevel> out;
    for (AdminLevel level : {AdminLevel::Provinsi, AdminLevel::Kabupaten, AdminLevel::Kecamatan, AdminLevel::Desa})
        if (hasDataAtLevel(indicator, period, level, codePrefix))
            out.push_back(level);
    return out;
}

QStringList Project::unitMappings(const QString& indicator, int period)
{
    const PeriodUse use = resolvePeriod(indicator, period);
    std::vector<int> keys = use.summed;
    if (use.used)
        keys.push_back(use.used);
    std::set<QString> found;
    for (int key : keys) {
        auto st = m_db->prepare("SELECT DISTINCT mapped_by FROM unit_value WHERE indicator=?1 AND period=?2 ORDER BY 1");
        st.bind(1, indicator).bind(2, key);
        while (st.step())
            found.insert(st.text(0));
    }
    QStringList out;
    for (const QString& s : found)
        out << s;
    return out;
}

std::map<QString, std::vector<QString>> Project::puskesmasAreas()
{
    std::map<QString, std::vector<QString>> out;
    auto st = m_db->prepare("SELECT puskesmas, desa_code FROM puskesmas_area ORDER BY 1, 2");
    while (st.step())
        out[st.text(0)].push_back(st.text(1));
    return out;
}

void Project::setPuskesmasArea(const QString& unitKey, const QString& desaCode, qint64 importId)
{
    auto st = m_db->prepare("INSERT OR REPLACE INTO puskesmas_area(puskesmas, desa_code, import_id) VALUES (?1, ?2, ?3)");
    st.bind(1, unitKey).bind(2, desaCode).bind(3, static_cast<std::int64_t>(importId));
    st.run();
}

void Project::addAlias(const QString& alias, const QString& code, const QString& note)
{
    auto st = m_db->prepare("INSERT OR REPLACE INTO area_alias(alias, code, note) VALUES (?1, ?2, ?3)");
    st.bind(1, alias.simplified()).bind(2, code).bind(3, note);
    st.run();
}

std::map<QString, QString> Project::aliases()
{
    std::map<QString, QString> out;
    auto st = m_db->prepare("SELECT alias, code FROM area_alias ORDER BY 1");
    while (st.step())
        out[st.text(0)] = st.text(1);
    return out;
}

} // namespace ps
