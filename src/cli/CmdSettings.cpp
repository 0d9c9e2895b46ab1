// `petasehat settings PROJECT [KEY [VALUE]]`: the planning assumptions stored
// in the project (service reach per facility type, balita per posyandu), so
// every analysis of the project uses the same documented values.
#include "CliUtil.h"
#include "Command.h"
#include "core/Error.h"
#include "core/Locale.h"
#include "core/Project.h"
#include <QCoreApplication>

namespace ps::cli {

static QString tr(const char* s) { return QCoreApplication::translate("cli", s); }

namespace {

struct PlanningSetting {
    const char* key;
    const char* meaning;
};

// The keys a planner may change; their defaults come with migration 2.
const PlanningSetting kSettings[] = {
    {"reach_posyandu_m", QT_TRANSLATE_NOOP("cli", "jangkauan posyandu, meter garis lurus (bawaan 1000)")},
    {"reach_pustu_m", QT_TRANSLATE_NOOP("cli", "jangkauan pustu, meter (bawaan 2000)")},
    {"reach_poskesdes_m", QT_TRANSLATE_NOOP("cli", "jangkauan poskesdes, meter (bawaan 2000)")},
    {"reach_puskesmas_m", QT_TRANSLATE_NOOP("cli", "jangkauan puskesmas, meter (bawaan 5000)")},
    {"reach_rumah_sakit_m", QT_TRANSLATE_NOOP("cli", "jangkauan rumah sakit, meter (bawaan 5000)")},
    {"balita_per_posyandu", QT_TRANSLATE_NOOP("cli", "standar balita per posyandu (bawaan 100)")},
};

const PlanningSetting* find(const QString& key)
{
    for (const PlanningSetting& s : kSettings)
        if (key == QLatin1String(s.key))
            return &s;
    return nullptr;
}

} // namespace

void printPlanningSettings(Project& project)
{
    for (const PlanningSetting& s : kSettings)
        out() << "  " << QString::fromLatin1(s.key).leftJustified(22)
              << formatNumber(project.setting(QString::fromLatin1(s.key)).toDouble(), 0).rightJustified(7) << "  "
              << QCoreApplication::translate("cli", s.meaning) << "\n";
}

int cmdSettings(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Menampilkan atau mengubah asumsi perencanaan proyek: jangkauan layanan per jenis "
                                   "fasilitas dan standar balita per posyandu. Tanpa KUNCI: semua ditampilkan."));
    p.addPositionalArgument(QStringLiteral("proyek"), tr("berkas proyek"));
    p.addPositionalArgument(QStringLiteral("kunci"), tr("nama setelan, mis. reach_posyandu_m"), QStringLiteral("[kunci]"));
    p.addPositionalArgument(QStringLiteral("nilai"), tr("nilai baru (bilangan positif)"), QStringLiteral("[nilai]"));
    parseOrExit(p, QStringLiteral("settings"), args, 1, 3);
    const QStringList pos = p.positionalArguments();
    const bool writing = pos.size() == 3;
    auto project = Project::open(pos.at(0), !writing);
    if (pos.size() == 1) {
        out() << tr("Asumsi perencanaan (%1):\n").arg(project->path());
        printPlanningSettings(*project);
        return 0;
    }
    const PlanningSetting* s = find(pos.at(1));
    if (!s) {
        QStringList keys;
        for (const PlanningSetting& k : kSettings)
            keys << QString::fromLatin1(k.key);
        throw Error(pos.at(1), tr("setelan tidak dikenal (yang ada: %1)").arg(keys.join(QStringLiteral(", "))));
    }
    if (!writing) {
        out() << project->setting(pos.at(1)) << "\n";
        return 0;
    }
    bool ok = false;
    double v = numberLocale().toDouble(pos.at(2), &ok);
    if (!ok)
        v = pos.at(2).toDouble(&ok);
    if (!ok || !(v > 0) || v > 100000)
        throw Error(pos.at(1), tr("nilai harus bilangan positif sampai 100000, bukan \"%1\"").arg(pos.at(2)));
    project->setSetting(pos.at(1), QString::number(v));
    out() << tr("%1 = %2 (analisis berikutnya memakai nilai ini)\n").arg(pos.at(1), formatNumber(v, 0));
    return 0;
}

} // namespace ps::cli
