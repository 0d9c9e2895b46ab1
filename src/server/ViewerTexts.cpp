// The web viewer's words in the server's language (--lang): /texts.js sets
// window.PETASEHAT_TEXT = {lang, texts: {Indonesian source: translation}}, and
// viewer.js looks every label up there. Translated through Qt Linguist like
// every other message (context "viewer").
#include "Service.h"
#include "core/Locale.h"
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace ps::server {

static const char* const kViewerTexts[] = {
    QT_TRANSLATE_NOOP("viewer", "PetaSehat — peta kesehatan"),
    QT_TRANSLATE_NOOP("viewer", "Indikator"),
    QT_TRANSLATE_NOOP("viewer", "Tahun"),
    QT_TRANSLATE_NOOP("viewer", "Periode"),
    QT_TRANSLATE_NOOP("viewer", "Fasilitas"),
    QT_TRANSLATE_NOOP("viewer", "Analisis"),
    QT_TRANSLATE_NOOP("viewer", "Lapisan analisis"),
    QT_TRANSLATE_NOOP("viewer", "(tidak ada)"),
    QT_TRANSLATE_NOOP("viewer", "Unduh PNG"),
    QT_TRANSLATE_NOOP("viewer", "Legenda"),
    QT_TRANSLATE_NOOP("viewer", "Alasan"),
    QT_TRANSLATE_NOOP("viewer", "Dalam jangkauan"),
    QT_TRANSLATE_NOOP("viewer", "Desa"),
    QT_TRANSLATE_NOOP("viewer", "Gagal memuat daftar indikator."),
    QT_TRANSLATE_NOOP("viewer", "Gagal mengambil info."),
    QT_TRANSLATE_NOOP("viewer", "Indikator \"%1\" tidak ada di proyek."),
    QT_TRANSLATE_NOOP("viewer", "Jenis"),
    QT_TRANSLATE_NOOP("viewer", "Kecamatan"),
    QT_TRANSLATE_NOOP("viewer", "Kelas"),
    QT_TRANSLATE_NOOP("viewer", "Kode"),
    QT_TRANSLATE_NOOP("viewer", "Kurang terlayani"),
    QT_TRANSLATE_NOOP("viewer", "Menyiapkan PNG…"),
    QT_TRANSLATE_NOOP("viewer", "Nilai"),
    QT_TRANSLATE_NOOP("viewer", "Pembilang"),
    QT_TRANSLATE_NOOP("viewer", "Penyebut"),
    QT_TRANSLATE_NOOP("viewer", "Peringkat"),
    QT_TRANSLATE_NOOP("viewer", "Proyek belum berisi data indikator."),
    QT_TRANSLATE_NOOP("viewer", "Skor"),
    QT_TRANSLATE_NOOP("viewer", "Status"),
    QT_TRANSLATE_NOOP("viewer", "Tahun %1 tidak ada untuk indikator ini; ditampilkan %2."),
    QT_TRANSLATE_NOOP("viewer", "Periode %1 tidak ada untuk indikator ini; ditampilkan %2."),
    QT_TRANSLATE_NOOP("viewer", "Tambahan terjangkau"),
    QT_TRANSLATE_NOOP("viewer", "Tidak ada wilayah di titik ini."),
    QT_TRANSLATE_NOOP("viewer", "Usulan lokasi"),
    QT_TRANSLATE_NOOP("viewer", "jiwa"),
    QT_TRANSLATE_NOOP("viewer", "Peta tersimpan"),
    QT_TRANSLATE_NOOP("viewer", "(pilih)"),
};

QByteArray viewerTextsJs()
{
    QJsonObject texts;
    for (const char* s : kViewerTexts)
        texts.insert(QString::fromUtf8(s), QCoreApplication::translate("viewer", s));
    const QJsonObject all{{QStringLiteral("lang"), ps::isEnglish() ? QStringLiteral("en") : QStringLiteral("id")},
                          {QStringLiteral("texts"), texts}};
    return "window.PETASEHAT_TEXT = " + QJsonDocument(all).toJson(QJsonDocument::Compact) + ";\n";
}

} // namespace ps::server
