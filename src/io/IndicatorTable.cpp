#include "IndicatorTable.h"
#include "core/Catalogue.h"
#include "core/Error.h"
#include "core/Gdal.h"
#include "core/Locale.h"
#include "core/Period.h"
#include "core/PeriodChoice.h"
#include "core/Project.h"
#include "TableWriter.h"
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <ogrsf_frmts.h>
#include <cmath>

namespace ps::io {

static QString tr(const char* s) { return QCoreApplication::translate("ps::io::IndicatorTable", s); }

QString classOf(const IndicatorDef& def, double rate)
{
    for (const Threshold& t : def.thresholds)
        if (rate < t.upper)
            return pick(t.labelId, t.labelEn);
    if (def.target)
        return (def.higherIsWorse ? rate <= *def.target : rate >= *def.target) ? tr("mencapai target") : tr("di bawah target");
    return {};
}

std::vector<IndicatorTableRow> indicatorTable(Project& project, const QString& indicator, int period, AdminLevel level,
                                              const QString& codePrefix)
{
    const IndicatorDef* def = Catalogue::standard().indicator(indicator);
    if (!def)
        throw Error(tr("indikator tidak dikenal: %1").arg(indicator));
    QHash<QString, QString> names;
    for (const AdminArea& a : project.areas(std::nullopt, false))
        names.insert(a.code, a.name);
    QHash<QString, QString> parents;
    for (const AdminArea& a : project.areas(level, false, codePrefix))
        parents.insert(a.code, a.parentCode);
    const QString used = shownPeriod(project, def->code, period);
    std::vector<IndicatorTableRow> out;
    for (const AreaValue& v : project.valuesByLevel(def->code, period, level, def->scale, codePrefix)) {
        IndicatorTableRow r;
        r.code = v.areaCode;
        r.name = v.name;
        const QString parent = parents.value(v.areaCode);
        const auto code = parseAdminCode(v.areaCode);
        r.parentName = names.value(!parent.isEmpty() ? parent : code ? code->parent : QString());
        r.numerator = v.numerator;
        r.denominator = v.denominator;
        r.rate = v.value;
        if (v.value)
            r.className = classOf(*def, *v.value);
        r.period = used;
        out.push_back(r);
    }
    return out;
}

void writeIndicatorTable(const QString& path, const std::vector<IndicatorTableRow>& rows)
{
    NewTable table = createTableFile(path);
    OGRLayer* layer = table.layer;
    struct Field {
        const char* name;
        OGRFieldType type;
    };
    static const Field fields[] = {{"kode", OFTString},      {"nama", OFTString},      {"induk", OFTString},
                                   {"pembilang", OFTReal},   {"penyebut", OFTReal},    {"nilai", OFTReal},
                                   {"kelas", OFTString},     {"periode", OFTString}};
    for (const Field& f : fields) {
        OGRFieldDefn def(f.name, f.type);
        if (QByteArray(f.name) == "nilai")
            def.SetPrecision(2);
        layer->CreateField(&def);
    }
    for (const IndicatorTableRow& r : rows) {
        OGRFeatureUniquePtr feat(OGRFeature::CreateFeature(layer->GetLayerDefn()));
        feat->SetField("kode", r.code.toUtf8().constData());
        feat->SetField("nama", r.name.toUtf8().constData());
        feat->SetField("induk", r.parentName.toUtf8().constData());
        if (r.numerator)
            feat->SetField("pembilang", *r.numerator);
        if (r.denominator)
            feat->SetField("penyebut", *r.denominator);
        if (r.rate)
            feat->SetField("nilai", std::round(*r.rate * 100.0) / 100.0);
        feat->SetField("kelas", r.className.toUtf8().constData());
        feat->SetField("periode", r.period.toUtf8().constData());
        if (layer->CreateFeature(feat.get()) != OGRERR_NONE)
            throw Error(path, tr("tabel tidak dapat ditulis: %1").arg(lastGdalError()));
    }
    table.ds.reset();   // flushes the file
}

} // namespace ps::io
