<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>cli</name>
    <message>
        <location filename="../../src/cli/CliUtil.cpp" line="+15"/>
        <location filename="../../src/cli/main.cpp" line="+81"/>
        <location line="+3"/>
        <source>Galat: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Galat: jumlah argumen salah
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/CmdImport.cpp" line="+20"/>
        <source>batas wilayah (GPKG, SHP, GeoJSON, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>indikator dari CSV/XLSX (per lembar/tahun)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fasilitas dan posyandu dari CSV/XLSX (dengan geocoding)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>raster penduduk (GeoTIFF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pemakaian: petasehat import JENIS PROYEK BERKAS [opsi...]
Jenis:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/Commands.cpp" line="+15"/>
        <source>membuat berkas proyek baru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ringkasan isi proyek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mengimpor batas wilayah, indikator, fasilitas, raster penduduk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>membuat peta (PNG/SVG/PDF) dari indikator atau templat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>analisis jangkauan layanan dan wilayah kurang terlayani</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>membuat kabupaten contoh (data sintetis) lengkap dengan proyeknya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/cli/main.cpp" line="-60"/>
        <source>PetaSehat %1 - peta kesehatan untuk Dinas Kesehatan

Pemakaian: petasehat [--lang id|en] PERINTAH [opsi...]

Perintah:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>
&apos;petasehat PERINTAH --help&apos; menjelaskan opsi tiap perintah.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Dibatalkan; proyek tidak diubah.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Perintah tidak dikenal: %1
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::Error</name>
    <message>
        <location filename="../../src/core/Error.cpp" line="+10"/>
        <source>, baris %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, kolom &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::Facility</name>
    <message>
        <location filename="../../src/core/Types.cpp" line="+30"/>
        <source>Puskesmas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pustu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poskesdes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posyandu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rumah sakit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::Gdal</name>
    <message>
        <location filename="../../src/core/Gdal.cpp" line="+33"/>
        <source>berkas tidak ditemukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>format tidak dikenali atau berkas rusak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tidak dapat dibaca: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::Project</name>
    <message>
        <location filename="../../src/core/Project.cpp" line="+22"/>
        <source>berkas sudah ada; pilih nama lain atau buka proyek itu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>berkas proyek tidak ditemukan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>bukan berkas proyek PetaSehat (atau berkas rusak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>proyek dibuat oleh versi PetaSehat yang lebih baru (skema %1, program ini %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>skema proyek versi %1 perlu dimutakhirkan; buka sekali tanpa mode baca-saja</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::cli</name>
    <message>
        <location filename="../../src/cli/CmdProject.cpp" line="+16"/>
        <source>Membuat berkas proyek baru (SpatiaLite) yang dapat dibuka langsung di QGIS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>berkas proyek baru, mis. banyuasin.sqlite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Proyek dibuat: %1 (skema versi %2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ringkasan isi proyek: wilayah, fasilitas, indikator, impor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>berkas proyek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Proyek: %1 (skema versi %2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wilayah administrasi:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+14"/>
        <location line="+6"/>
        <source>  (belum ada)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-12"/>
        <source>  batas: bujur %1 – %2, lintang %3 – %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fasilitas (jenis:status):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Indikator:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Raster penduduk: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(belum ada)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Impor tercatat: %1 (terakhir %2)
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ps::io</name>
    <message>
        <location filename="../../src/io/TableReader.cpp" line="+53"/>
        <source>jenis berkas tidak didukung (harus .csv, .xlsx atau .ods)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>tidak ada lembar (sheet) yang berisi tabel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>lembar &apos;%1&apos; tidak ada</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
