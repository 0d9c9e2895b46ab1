#include "Command.h"
#include <QtGlobal>

namespace ps::cli {

// One line per subcommand; each lives in its own Cmd*.cpp file.
int cmdInit(const QStringList&);
int cmdInfo(const QStringList&);
int cmdImport(const QStringList&);
int cmdRender(const QStringList&);
int cmdDemo(const QStringList&);
int cmdAnalyze(const QStringList&);
int cmdFacility(const QStringList&);   // CmdFacility.cpp (geocode)
int cmdServe(const QStringList&);
int cmdSettings(const QStringList&);   // CmdSettings.cpp (analysis assumptions)
int cmdTable(const QStringList&);      // CmdTable.cpp (the table beside the map)
int cmdAlias(const QStringList&);      // CmdAlias.cpp (old and local area names)
int cmdUsers(const QStringList&);      // CmdUsers.cpp (server users)
#ifdef PETASEHAT_WITH_PG
int cmdPublish(const QStringList&);    // CmdPublish.cpp (PostGIS)
int cmdPg(const QStringList&);         // CmdPg.cpp (PostGIS schema, roles)
#endif

static const Command kCommands[] = {
    {"init", QT_TRANSLATE_NOOP("cli", "membuat berkas proyek baru"), cmdInit},
    {"info", QT_TRANSLATE_NOOP("cli", "ringkasan isi proyek"), cmdInfo},
    {"import", QT_TRANSLATE_NOOP("cli", "mengimpor batas wilayah, indikator, fasilitas, raster penduduk"), cmdImport},
    {"render", QT_TRANSLATE_NOOP("cli", "membuat peta (PNG/SVG/PDF) dari indikator atau templat"), cmdRender},
    {"table", QT_TRANSLATE_NOOP("cli", "tabel indikator per wilayah (CSV/XLSX) untuk dibawa bersama peta"), cmdTable},
    {"alias", QT_TRANSLATE_NOOP("cli", "nama lama atau lokal wilayah: alias add/import/list"), cmdAlias},
    {"analyze", QT_TRANSLATE_NOOP("cli", "analisis jangkauan layanan dan wilayah kurang terlayani"), cmdAnalyze},
    {"settings", QT_TRANSLATE_NOOP("cli", "asumsi perencanaan: jangkauan layanan, balita per posyandu"), cmdSettings},
    {"serve", QT_TRANSLATE_NOOP("cli", "menyajikan proyek sebagai layanan peta (WMS, ubin, API JSON, penampil web)"), cmdServe},
    {"users", QT_TRANSLATE_NOOP("cli", "pengguna bernama yang boleh mengoreksi data lewat server (token pribadi)"), cmdUsers},
    {"facility", QT_TRANSLATE_NOOP("cli", "daftar fasilitas dan perbaikan yang belum tertempatkan (list, fix)"), cmdFacility},
    {"demo", QT_TRANSLATE_NOOP("cli", "membuat kabupaten contoh (data sintetis) lengkap dengan proyeknya"), cmdDemo},
#ifdef PETASEHAT_WITH_PG
    {"publish", QT_TRANSLATE_NOOP("cli", "menerbitkan kabupaten/kota proyek ke basis data PostGIS provinsi"), cmdPublish},
    {"pg", QT_TRANSLATE_NOOP("cli", "basis data PostGIS provinsi: skema (init) dan peran per kabupaten/kota (roles)"), cmdPg},
#endif
};

const Command* commands(int* count)
{
    *count = static_cast<int>(std::size(kCommands));
    return kCommands;
}

} // namespace ps::cli
