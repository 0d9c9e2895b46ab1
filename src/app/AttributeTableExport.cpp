#include "AttributeTableExport.h"
#include "core/Error.h"
#include "core/PeriodChoice.h"
#include "core/Project.h"
#include "io/IndicatorTable.h"
#include <QCoreApplication>
#include <QFileDialog>
#include <QMessageBox>

namespace ps::app {

static QString tr(const char* s) { return QCoreApplication::translate("ps::app::AttributeTableExport", s); }

int exportIndicatorTable(Project& project, const QString& indicator, int period, AdminLevel level, const QString& codePrefix,
                         const QString& path)
{
    if (const QString why = noDataAtLevel(project, indicator, period, level, codePrefix); !why.isEmpty())
        throw Error(why);
    const auto rows = io::indicatorTable(project, indicator, period, level, codePrefix);
    io::writeIndicatorTable(path, rows);
    return static_cast<int>(rows.size());
}

void exportIndicatorTableDialog(QWidget* parent, Project& project, const QString& indicator, int period, AdminLevel level,
                                const QString& codePrefix, const QString& suggestedName)
{
    QString path = QFileDialog::getSaveFileName(parent, tr("Ekspor tabel"), suggestedName,
                                                tr("Excel (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) && !path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        path += QStringLiteral(".xlsx");
    try {
        const int n = exportIndicatorTable(project, indicator, period, level, codePrefix, path);
        QMessageBox::information(parent, tr("Ekspor tabel"),
                                 tr("Tabel ditulis: %1 (%2 baris; periode %3)").arg(path).arg(n).arg(shownPeriod(project, indicator, period)));
    } catch (const std::exception& e) {
        QMessageBox::warning(parent, tr("Ekspor tabel"), QString::fromUtf8(e.what()));
    }
}

} // namespace ps::app
