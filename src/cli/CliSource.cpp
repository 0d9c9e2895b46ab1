#include "CliSource.h"
#include "Command.h"
#include "ProgressBar.h"
#include "core/Error.h"
#include <QCoreApplication>
#ifdef PETASEHAT_WITH_PG
#include "pg/PgMirror.h"
#endif

namespace ps::cli {

static QString tr(const char* s) { return QCoreApplication::translate("cli", s); }

bool isPgArgument(const QString& arg) { return arg.startsWith(QLatin1String("PG:"), Qt::CaseInsensitive); }

QString projectFile(const QString& arg, const QString& codePrefix)
{
    if (!isPgArgument(arg))
        return arg;
#ifdef PETASEHAT_WITH_PG
    pg::Mirror mirror(arg, codePrefix);
    pg::MirrorRefresh r;
    {
        // Drawn only when something is copied (a first copy of a national set takes a while).
        ProgressBar bar(tr("Menyalin dari PostGIS ke cermin lokal"));
        r = mirror.refresh(&bar.progress());
    }
    QString note;
    if (r.previousVersion == 0)
        note = tr(" (baru dibuat)");
    else if (!r.changedDistricts.isEmpty())
        note = tr(" (diperbarui: %1)").arg(r.changedDistricts.join(QStringLiteral(", ")));
    err() << tr("cermin lokal dari %1 versi %2%3: %4\n").arg(arg).arg(r.version).arg(note, mirror.path());
    err().flush();
    return mirror.path();
#else
    Q_UNUSED(codePrefix);
    throw Error(tr("petasehat ini dibangun tanpa libpq (PostGIS); pasang dengan scripts/setup.sh --with-postgis lalu bangun ulang"));
#endif
}

} // namespace ps::cli
