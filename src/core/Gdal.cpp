#include "Gdal.h"
#include "Error.h"
#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <cpl_error.h>
#include <mutex>
#include <vector>

namespace ps {

static void CPL_STDCALL quietHandler(CPLErr, CPLErrorNum, const char*) {}

void initGdal()
{
    static std::once_flag once;
    std::call_once(once, [] {
        GDALAllRegister();
        CPLSetErrorHandler(quietHandler);
        // Thread-safe lookups of .aux.xml and sibling files are not needed for our reads.
        CPLSetConfigOption("GDAL_PAM_ENABLED", "NO");
    });
}

GdalErrorWatch::GdalErrorWatch()
{
    initGdal();
    CPLPushErrorHandlerEx(&GdalErrorWatch::handler, this);
}

GdalErrorWatch::~GdalErrorWatch() { CPLPopErrorHandler(); }

void CPL_STDCALL GdalErrorWatch::handler(CPLErr type, CPLErrorNum, const char* msg)
{
    auto* self = static_cast<GdalErrorWatch*>(CPLGetErrorHandlerUserData());
    if (!self || (type != CE_Failure && type != CE_Fatal))
        return;
    if (self->m_failures++ == 0)
        self->m_first = QString::fromUtf8(msg ? msg : "");
}

QString friendlyGdalError(const QString& message)
{
    static const QRegularExpression internal(QStringLiteral("\\bcpl_|\\bIn file\\b|\\.cpp\\b|\\w\\(\\)|\\bVSI|\\bOGR_|/vsi"));
    const QString m = message.trimmed();
    if (m.isEmpty() || internal.match(m).hasMatch())
        return {};
    return m;
}

QString lastGdalError()
{
    return QString::fromUtf8(CPLGetLastErrorMsg());
}

GDALDatasetUniquePtr openVector(const QString& path, const QStringList& allowedDrivers, const QStringList& openOptions)
{
    initGdal();
    if (!QFileInfo::exists(path))
        throw Error(path, QCoreApplication::translate("ps::Gdal", "berkas tidak ditemukan"));
    std::vector<QByteArray> drvStore, optStore;
    std::vector<const char*> drivers, options;
    for (const QString& d : allowedDrivers)
        drvStore.push_back(d.toUtf8());
    for (const QByteArray& d : drvStore)
        drivers.push_back(d.constData());
    drivers.push_back(nullptr);
    for (const QString& o : openOptions)
        optStore.push_back(o.toUtf8());
    for (const QByteArray& o : optStore)
        options.push_back(o.constData());
    options.push_back(nullptr);
    CPLErrorReset();
    GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                              allowedDrivers.isEmpty() ? nullptr : drivers.data(),
                                              options.data(), nullptr));
    if (!ds) {
        QString why = friendlyGdalError(lastGdalError());
        if (why.isEmpty())
            why = QCoreApplication::translate("ps::Gdal", "format tidak dikenali atau berkas rusak");
        throw Error(path, QCoreApplication::translate("ps::Gdal", "tidak dapat dibaca: %1").arg(why));
    }
    return ds;
}

} // namespace ps
