#include "Types.h"
#include <QCoreApplication>

namespace ps {

static const FacilityType kTypes[] = {FacilityType::Puskesmas, FacilityType::Pustu, FacilityType::Poskesdes,
                                      FacilityType::Posyandu, FacilityType::RumahSakit};

const FacilityType* allFacilityTypes(int* count)
{
    *count = static_cast<int>(std::size(kTypes));
    return kTypes;
}

QString facilityTypeName(FacilityType t)
{
    switch (t) {
    case FacilityType::Puskesmas: return QStringLiteral("puskesmas");
    case FacilityType::Pustu: return QStringLiteral("pustu");
    case FacilityType::Poskesdes: return QStringLiteral("poskesdes");
    case FacilityType::Posyandu: return QStringLiteral("posyandu");
    case FacilityType::RumahSakit: return QStringLiteral("rumah_sakit");
    }
    return {};
}

QString facilityTypeLabel(FacilityType t)
{
    switch (t) {
    case FacilityType::Puskesmas: return QCoreApplication::translate("ps::Facility", "Puskesmas");
    case FacilityType::Pustu: return QCoreApplication::translate("ps::Facility", "Pustu");
    case FacilityType::Poskesdes: return QCoreApplication::translate("ps::Facility", "Poskesdes");
    case FacilityType::Posyandu: return QCoreApplication::translate("ps::Facility", "Posyandu");
    case FacilityType::RumahSakit: return QCoreApplication::translate("ps::Facility", "Rumah sakit");
    }
    return {};
}

std::optional<FacilityType> facilityTypeFromName(const QString& name)
{
    QString n = name.trimmed().toLower();
    n.replace(QLatin1Char(' '), QLatin1Char('_'));
    if (n == QLatin1String("rs") || n == QLatin1String("rumahsakit"))
        return FacilityType::RumahSakit;
    for (FacilityType t : kTypes)
        if (facilityTypeName(t) == n)
            return t;
    return std::nullopt;
}

} // namespace ps
