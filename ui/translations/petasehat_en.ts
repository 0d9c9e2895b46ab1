<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>cli</name>
    <message>
        <source>Galat: </source>
        <translation>Error: </translation>
    </message>
    <message>
        <source>Galat: jumlah argumen salah
</source>
        <translation>Error: wrong number of arguments
</translation>
    </message>
    <message>
        <source>batas wilayah (GPKG, SHP, GeoJSON, ...)</source>
        <translation>administrative boundaries (GPKG, SHP, GeoJSON, ...)</translation>
    </message>
    <message>
        <source>indikator dari CSV/XLSX (per lembar/tahun)</source>
        <translation>indicators from CSV/XLSX (per sheet/year)</translation>
    </message>
    <message>
        <source>fasilitas dan posyandu dari CSV/XLSX (dengan geocoding)</source>
        <translation>facilities and posyandu from CSV/XLSX (with geocoding)</translation>
    </message>
    <message>
        <source>raster penduduk (GeoTIFF)</source>
        <translation>population raster (GeoTIFF)</translation>
    </message>
    <message>
        <source>Pemakaian: petasehat import JENIS PROYEK BERKAS [opsi...]
Jenis:
</source>
        <translation>Usage: petasehat import TYPE PROJECT FILE [options...]
Types:
</translation>
    </message>
    <message>
        <source>membuat berkas proyek baru</source>
        <translation>create a new project file</translation>
    </message>
    <message>
        <source>ringkasan isi proyek</source>
        <translation>summary of project contents</translation>
    </message>
    <message>
        <source>mengimpor batas wilayah, indikator, fasilitas, raster penduduk</source>
        <translation>import boundaries, indicators, facilities, population raster</translation>
    </message>
    <message>
        <source>membuat peta (PNG/SVG/PDF) dari indikator atau templat</source>
        <translation>create maps (PNG/SVG/PDF) from indicators or templates</translation>
    </message>
    <message>
        <source>analisis jangkauan layanan dan wilayah kurang terlayani</source>
        <translation>analyse service coverage and underserved areas</translation>
    </message>
    <message>
        <source>membuat kabupaten contoh (data sintetis) lengkap dengan proyeknya</source>
        <translation>create a sample district (synthetic data) with its project</translation>
    </message>
    <message>
        <source>PetaSehat %1 - peta kesehatan untuk Dinas Kesehatan

Pemakaian: petasehat [--lang id|en] PERINTAH [opsi...]

Perintah:
</source>
        <translation>PetaSehat %1 - health maps for district health offices

Usage: petasehat [--lang id|en] COMMAND [options...]

Commands:
</translation>
    </message>
    <message>
        <source>
&apos;petasehat PERINTAH --help&apos; menjelaskan opsi tiap perintah.
</source>
        <translation>
&apos;petasehat COMMAND --help&apos; describes the options of each command.
</translation>
    </message>
    <message>
        <source>Dibatalkan; proyek tidak diubah.
</source>
        <translation>Cancelled; the project was not changed.
</translation>
    </message>
    <message>
        <source>Perintah tidak dikenal: %1
</source>
        <translation>Unknown command: %1
</translation>
    </message>
    <message>
        <source>jangkauan posyandu, meter garis lurus (bawaan 1000)</source>
        <translation>posyandu reach, straight-line metres (default 1000)</translation>
    </message>
    <message>
        <source>jangkauan pustu, meter (bawaan 2000)</source>
        <translation>pustu reach, metres (default 2000)</translation>
    </message>
    <message>
        <source>jangkauan poskesdes, meter (bawaan 2000)</source>
        <translation>poskesdes reach, metres (default 2000)</translation>
    </message>
    <message>
        <source>jangkauan puskesmas, meter (bawaan 5000)</source>
        <translation>puskesmas reach, metres (default 5000)</translation>
    </message>
    <message>
        <source>jangkauan rumah sakit, meter (bawaan 5000)</source>
        <translation>hospital reach, metres (default 5000)</translation>
    </message>
    <message>
        <source>standar balita per posyandu (bawaan 100)</source>
        <translation>standard number of children under five per posyandu (default 100)</translation>
    </message>
    <message>
        <source>asumsi perencanaan: jangkauan layanan, balita per posyandu</source>
        <translation>planning assumptions: service reach, children under five per posyandu</translation>
    </message>
    <message>
        <source>menyajikan proyek sebagai layanan peta (WMS, ubin, API JSON, penampil web)</source>
        <translation>serve a project as a map service (WMS, tiles, JSON API, web viewer)</translation>
    </message>
    <message>
        <source>daftar fasilitas dan perbaikan yang belum tertempatkan (list, fix)</source>
        <translation>list facilities and fix unplaced ones (list, fix)</translation>
    </message>
    <message>
        <source>Galat: bahasa tidak dikenal: %1 (id atau en)
</source>
        <translation>Error: unknown language: %1 (id or en)
</translation>
    </message>
    <message>
        <source>tabel indikator per wilayah (CSV/XLSX) untuk dibawa bersama peta</source>
        <translation>indicator table by area (CSV/XLSX) to take beside the map</translation>
    </message>
    <message>
        <source>nama lama atau lokal wilayah: alias add/import/list</source>
        <translation>old or local area names: alias add/import/list</translation>
    </message>
    <message>
        <source>wilayah kerja puskesmas: puskesmas dan desanya (CSV/XLSX)</source>
        <translation>puskesmas working areas: each puskesmas and its desa (CSV/XLSX)</translation>
    </message>
    <message>
        <source>pengguna bernama yang boleh mengoreksi data lewat server (token pribadi)</source>
        <translation>named users who may correct data through the server (personal tokens)</translation>
    </message>
    <message>
        <source>wilayah</source>
        <translation>area</translation>
    </message>
    <message>
        <source>fasilitas</source>
        <translation>facilities</translation>
    </message>
    <message>
        <source>riwayat koreksi fasilitas</source>
        <translation>facility edit history</translation>
    </message>
    <message>
        <source>nilai indikator per wilayah</source>
        <translation>indicator values per area</translation>
    </message>
    <message>
        <source>nilai indikator per puskesmas</source>
        <translation>indicator values per puskesmas</translation>
    </message>
    <message>
        <source>asumsi perencanaan</source>
        <translation>planning assumptions</translation>
    </message>
    <message>
        <source>menerbitkan kabupaten/kota proyek ke basis data PostGIS provinsi</source>
        <translation>publish a project&apos;s district to the province&apos;s PostGIS database</translation>
    </message>
    <message>
        <source>basis data PostGIS provinsi: skema (init) dan peran per kabupaten/kota (roles)</source>
        <translation>the province&apos;s PostGIS database: schema (init) and roles per district (roles)</translation>
    </message>
    <message>
        <source>analisis jangkauan</source>
        <translation>coverage analyses</translation>
    </message>
    <message>
        <source>jangkauan per wilayah</source>
        <translation>coverage per area</translation>
    </message>
    <message>
        <source>lapisan wilayah terjangkau</source>
        <translation>covered-area layer</translation>
    </message>
    <message>
        <source>peringkat kurang terlayani</source>
        <translation>underserved ranking</translation>
    </message>
    <message>
        <source>lokasi usulan</source>
        <translation>proposed sites</translation>
    </message>
    <message>
        <source>wilayah layanan puskesmas</source>
        <translation>puskesmas service areas</translation>
    </message>
</context>
<context>
    <name>io</name>
    <message>
        <source>%1 baris memakai alias wilayah proyek (petasehat alias list)</source>
        <translation>%1 rows used the project&apos;s area aliases (petasehat alias list)</translation>
    </message>
</context>
<context>
    <name>ps</name>
    <message>
        <source>disk penuh: tidak ada tempat untuk menulis proyek; kosongkan ruang disk lalu ulangi (proyek tidak berubah)</source>
        <translation>disk full: no room to write the project; free some disk space and try again (the project is unchanged)</translation>
    </message>
    <message>
        <source>berkas proyek atau foldernya tidak dapat ditulis (hanya-baca, izin berkas, atau atribut immutable); salin proyek ke folder yang dapat ditulis</source>
        <translation>the project file or its folder cannot be written (read-only, file permissions, or the immutable attribute); copy the project to a writable folder</translation>
    </message>
    <message>
        <source>impor lain sedang berjalan pada proyek ini; tunggu sampai selesai lalu ulangi (proyek tidak berubah)</source>
        <translation>another import is running on this project; wait until it has finished and try again (the project is unchanged)</translation>
    </message>
    <message>
        <source>galat baca/tulis disk (%1); periksa disk dan ruang kosongnya</source>
        <translation>disk read/write error (%1); check the disk and its free space</translation>
    </message>
    <message>
        <source>berkas proyek tidak dapat dibuka (folder tidak dapat ditulis atau berkas hilang)</source>
        <translation>the project file cannot be opened (folder not writable or file missing)</translation>
    </message>
    <message>
        <source>%1 (hanya %2)</source>
        <translation>%1 (%2 only)</translation>
    </message>
    <message>
        <source>%1 (%2–%3 dijumlah)</source>
        <translation>%1 (%2–%3 summed)</translation>
    </message>
    <message>
        <source>Angka %1 = bulan pengukuran terakhir yang ada datanya (%2), bukan jumlah bulan-bulan pengukuran.</source>
        <translation>The %1 figure is the latest measurement month with data (%2), not a sum of measurement months.</translation>
    </message>
    <message>
        <source>indikator %1 tidak punya data untuk periode %2; periode yang ada: %3</source>
        <translation>indicator %1 has no data for period %2; periods with data: %3</translation>
    </message>
    <message>
        <source>(tidak ada)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>indikator %1 periode %2 tidak punya data di tingkat %3; data ada di tingkat: %4</source>
        <translation>indicator %1, period %2 has no data at level %3; data exist at level: %4</translation>
    </message>
    <message>
        <source>folder %1 tidak dapat ditulis (hanya-baca, izin folder, atau atribut immutable); buat proyek di folder lain</source>
        <translation>folder %1 cannot be written (read-only, folder permissions or immutable attribute); create the project in another folder</translation>
    </message>
    <message>
        <source>disk penuh: tidak ada ruang kosong di %1; kosongkan ruang disk lalu ulangi</source>
        <translation>disk full: no free space in %1; free some disk space and try again</translation>
    </message>
</context>
<context>
    <name>ps::Database</name>
    <message>
        <source>tidak dapat membuka basis data: %1</source>
        <translation>cannot open the database: %1</translation>
    </message>
</context>
<context>
    <name>ps::Error</name>
    <message>
        <source>, baris %1</source>
        <translation>, row %1</translation>
    </message>
    <message>
        <source>, kolom &apos;%1&apos;</source>
        <translation>, column &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>ps::Facility</name>
    <message>
        <source>Puskesmas</source>
        <translation>Puskesmas</translation>
    </message>
    <message>
        <source>Pustu</source>
        <translation>Pustu</translation>
    </message>
    <message>
        <source>Poskesdes</source>
        <translation>Poskesdes</translation>
    </message>
    <message>
        <source>Posyandu</source>
        <translation>Posyandu</translation>
    </message>
    <message>
        <source>Rumah sakit</source>
        <translation>Hospital</translation>
    </message>
</context>
<context>
    <name>ps::Gdal</name>
    <message>
        <source>berkas tidak ditemukan</source>
        <translation>file not found</translation>
    </message>
    <message>
        <source>format tidak dikenali atau berkas rusak</source>
        <translation>unrecognised format or corrupt file</translation>
    </message>
    <message>
        <source>tidak dapat dibaca: %1</source>
        <translation>cannot be read: %1</translation>
    </message>
</context>
<context>
    <name>ps::Project</name>
    <message>
        <source>berkas sudah ada; pilih nama lain atau buka proyek itu</source>
        <translation>file already exists; choose another name or open that project</translation>
    </message>
    <message>
        <source>berkas proyek tidak ditemukan</source>
        <translation>project file not found</translation>
    </message>
    <message>
        <source>bukan berkas proyek PetaSehat (atau berkas rusak)</source>
        <translation>not a PetaSehat project file (or the file is corrupt)</translation>
    </message>
    <message>
        <source>proyek dibuat oleh versi PetaSehat yang lebih baru (skema %1, program ini %2)</source>
        <translation>project was created by a newer version of PetaSehat (schema %1, this program %2)</translation>
    </message>
    <message>
        <source>berkas proyek tidak dapat dibaca (izin berkas)</source>
        <translation>the project file cannot be read (file permissions)</translation>
    </message>
    <message>
        <source>folder %1 tidak dapat ditulis (hanya-baca); SQLite perlu menulis berkas -wal/-shm di samping proyek, juga untuk membaca. Salin proyek ke folder yang dapat ditulis</source>
        <translation>folder %1 is not writable (read-only); SQLite needs to write the -wal/-shm files beside the project, even to read it. Copy the project to a writable folder</translation>
    </message>
    <message>
        <source>berkas proyek tidak dapat ditulis (hanya-baca, izin berkas, atau atribut immutable); ubah izinnya atau salin proyeknya</source>
        <translation>the project file cannot be written (read-only, file permissions, or the immutable attribute); change its permissions or copy the project</translation>
    </message>
    <message>
        <source>disk penuh: tidak ada ruang kosong di %1; kosongkan ruang disk lalu ulangi</source>
        <translation>disk full: no free space in %1; free some disk space and try again</translation>
    </message>
    <message>
        <source>skema proyek versi %1 perlu dimutakhirkan, tetapi berkas tidak bisa ditulis: %2</source>
        <translation>project schema version %1 needs to be upgraded, but the file cannot be written: %2</translation>
    </message>
</context>
<context>
    <name>ps::analysis</name>
    <message>
        <source>memuat wilayah</source>
        <translation>loading areas</translation>
    </message>
    <message>
        <source>tidak ada desa/kelurahan %1 di proyek; impor batas wilayah dulu</source>
        <translation>no village/urban village %1 in the project; import boundaries first</translation>
    </message>
    <message>
        <source>raster penduduk belum didaftarkan di proyek (petasehat import population ...)</source>
        <translation>no population raster registered in the project (petasehat import population ...)</translation>
    </message>
    <message>
        <source>membaca raster penduduk</source>
        <translation>reading population raster</translation>
    </message>
    <message>
        <source>jarak ke fasilitas</source>
        <translation>distance to facilities</translation>
    </message>
    <message>
        <source>luas terjangkau</source>
        <translation>area within reach</translation>
    </message>
    <message>
        <source>peringkat wilayah</source>
        <translation>ranking areas</translation>
    </message>
    <message>
        <source>mencari lokasi usulan</source>
        <translation>searching for proposed sites</translation>
    </message>
    <message>
        <source>wilayah layanan puskesmas</source>
        <translation>puskesmas service areas</translation>
    </message>
    <message>
        <source>menyimpan hasil</source>
        <translation>saving results</translation>
    </message>
    <message>
        <source>selesai</source>
        <translation>done</translation>
    </message>
    <message>
        <source>raster penduduk tidak dapat dibuka: %1</source>
        <translation>cannot open population raster: %1</translation>
    </message>
    <message>
        <source>raster penduduk harus utara-ke-atas dengan geotransform</source>
        <translation>population raster must be north-up with a geotransform</translation>
    </message>
    <message>
        <source>raster penduduk harus dalam derajat bujur/lintang (EPSG:4326)</source>
        <translation>population raster must be in longitude/latitude degrees (EPSG:4326)</translation>
    </message>
    <message>
        <source>gagal membaca raster penduduk: %1</source>
        <translation>failed to read population raster: %1</translation>
    </message>
    <message>
        <source>tanpa posyandu</source>
        <translation>no posyandu</translation>
    </message>
    <message>
        <source>skor %1% teratas</source>
        <translation>top %1% score</translation>
    </message>
    <message>
        <source>separuh penduduk atau lebih di luar jangkauan</source>
        <translation>half or more of the population out of reach</translation>
    </message>
</context>
<context>
    <name>ps::analysis::AreaShapes</name>
    <message>
        <source>gagal merasterkan batas wilayah: %1</source>
        <translation>failed to rasterise boundaries: %1</translation>
    </message>
</context>
<context>
    <name>ps::classify</name>
    <message>
        <source>Klasifikasi manual memerlukan setidaknya satu batas kelas</source>
        <translation>Manual classification requires at least one class break</translation>
    </message>
    <message>
        <source>Kelas resmi memerlukan indikator</source>
        <translation>Official classes require an indicator</translation>
    </message>
    <message>
        <source>Indikator %1 tidak memiliki ambang resmi maupun target SPM</source>
        <translation>Indicator %1 has neither official thresholds nor an SPM target</translation>
    </message>
</context>
<context>
    <name>ps::cli</name>
    <message>
        <source>cermin lokal versi data %1: %2
</source>
        <translation>local mirror at data version %1: %2
</translation>
    </message>
    <message>
        <source>berkas proyek (dibuka hanya-baca), atau &quot;PG:host=… dbname=… user=…&quot;: semua kabupaten/kota yang diterbitkan ke basis data provinsi</source>
        <translation>project file (opened read-only), or &quot;PG:host=… dbname=… user=…&quot;: every district published to the province database</translation>
    </message>
    <message>
        <source>PG: folder cermin lokal basis data (bawaan ~/.cache/petasehat/pg; proses server di satu komputer boleh berbagi)</source>
        <translation>PG: folder of the database&apos;s local mirror (default ~/.cache/petasehat/pg; server processes on one computer may share it)</translation>
    </message>
    <message>
        <source>--edits tidak berlaku untuk PG:; koreksi dibuat di proyek kabupaten lalu diterbitkan (petasehat publish)</source>
        <translation>--edits does not apply to PG:; corrections are made in the district project and then published (petasehat publish)</translation>
    </message>
    <message>
        <source>Membuat berkas proyek baru (SpatiaLite) yang dapat dibuka langsung di QGIS.</source>
        <translation>Creates a new project file (SpatiaLite) that can be opened directly in QGIS.</translation>
    </message>
    <message>
        <source>berkas proyek baru, mis. banyuasin.sqlite</source>
        <translation>new project file, e.g. banyuasin.sqlite</translation>
    </message>
    <message>
        <source>Proyek dibuat: %1 (skema versi %2)
</source>
        <translation>Project created: %1 (schema version %2)
</translation>
    </message>
    <message>
        <source>Ringkasan isi proyek: wilayah, fasilitas, indikator, impor.</source>
        <translation>Summary of project contents: areas, facilities, indicators, imports.</translation>
    </message>
    <message>
        <source>berkas proyek</source>
        <translation>project file</translation>
    </message>
    <message>
        <source>Proyek: %1 (skema versi %2)
</source>
        <translation>Project: %1 (schema version %2)
</translation>
    </message>
    <message>
        <source>Wilayah administrasi:
</source>
        <translation>Administrative areas:
</translation>
    </message>
    <message>
        <source>  (belum ada)
</source>
        <translation>  (none yet)
</translation>
    </message>
    <message>
        <source>  batas: bujur %1 – %2, lintang %3 – %4
</source>
        <translation>  extent: longitude %1 – %2, latitude %3 – %4
</translation>
    </message>
    <message>
        <source>Fasilitas (jenis:status):
</source>
        <translation>Facilities (type:status):
</translation>
    </message>
    <message>
        <source>Indikator:
</source>
        <translation>Indicators:
</translation>
    </message>
    <message>
        <source>Raster penduduk: %1
</source>
        <translation>Population raster: %1
</translation>
    </message>
    <message>
        <source>(belum ada)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <source>Impor tercatat: %1 (terakhir %2)
</source>
        <translation>Recorded imports: %1 (latest %2)
</translation>
    </message>
    <message>
        <source>jenis fasilitas tidak dikenal: %1 (posyandu, pustu, poskesdes, puskesmas, rumah_sakit)</source>
        <translation>unknown facility type: %1 (posyandu, pustu, poskesdes, puskesmas, rumah_sakit)</translation>
    </message>
    <message>
        <source>harus berbentuk jenis=meter, mis. posyandu=1000,pustu=2000; bukan &quot;%1&quot;</source>
        <translation>must have the form type=metres, e.g. posyandu=1000,pustu=2000; not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>berkas CSV tidak dapat dibuat: %1</source>
        <translation>cannot create CSV file: %1</translation>
    </message>
    <message>
        <source>gagal menulis baris CSV: %1</source>
        <translation>failed to write CSV row: %1</translation>
    </message>
    <message>
        <source>Jangkauan layanan: penduduk dan luas wilayah dalam jangkauan fasilitas, jarak ke fasilitas terdekat, wilayah layanan puskesmas, peringkat wilayah kurang terlayani dan usulan lokasi baru. Hasil disimpan di proyek beserta parameternya.</source>
        <translation>Service coverage: population and area within reach of facilities, distance to the nearest facility, puskesmas service areas, ranking of underserved areas and proposed new sites. Results are stored in the project together with their parameters.</translation>
    </message>
    <message>
        <source>kode wilayah yang dianalisis, mis. 16.07 (bawaan: semua desa di proyek)</source>
        <translation>code of the area to analyse, e.g. 16.07 (default: all villages in the project)</translation>
    </message>
    <message>
        <source>jenis fasilitas dipisah koma, atau all (bawaan: posyandu,pustu,poskesdes,puskesmas)</source>
        <translation>comma-separated facility types, or all (default: posyandu,pustu,poskesdes,puskesmas)</translation>
    </message>
    <message>
        <source>jangkauan dalam meter, mis. posyandu=1000,pustu=2000 (bawaan: pengaturan proyek)</source>
        <translation>reach in metres, e.g. posyandu=1000,pustu=2000 (default: project settings)</translation>
    </message>
    <message>
        <source>jumlah lokasi baru yang diusulkan</source>
        <translation>number of new sites to propose</translation>
    </message>
    <message>
        <source>jenis lokasi usulan: posyandu atau pustu</source>
        <translation>type of proposed site: posyandu or pustu</translation>
    </message>
    <message>
        <source>tulis tabel peringkat ke CSV</source>
        <translation>write the ranking table to CSV</translation>
    </message>
    <message>
        <source>jumlah baris peringkat yang dicetak</source>
        <translation>number of ranking rows to print</translation>
    </message>
    <message>
        <source>abaikan fasilitas yang letaknya hanya diperkirakan di dalam desanya</source>
        <translation>ignore facilities whose location is only estimated within their village</translation>
    </message>
    <message>
        <source>lewati perhitungan luas terjangkau (lebih cepat; hanya penduduk)</source>
        <translation>skip the area-within-reach calculation (faster; population only)</translation>
    </message>
    <message>
        <source>jenis tidak dikenal: %1</source>
        <translation>unknown type: %1</translation>
    </message>
    <message>
        <source>Analisis jangkauan</source>
        <translation>Coverage analysis</translation>
    </message>
    <message>
        <source>Analisis tersimpan: run %1 (aturan hitung: sel raster dihitung pada desa yang memuat titik tengahnya, dan terjangkau bila titik tengahnya dalam jarak jangkauan)
</source>
        <translation>Analysis saved: run %1 (counting rule: a raster cell is counted in the village that contains its centre, and is within reach if its centre is within the reach distance)
</translation>
    </message>
    <message>
        <source>Jenis        Jangkauan  Penduduk    Terjangkau   %     Luas km²   Terjangkau km²  %     Jarak rata-rata
</source>
        <translation>Type         Reach      Population  Covered      %     Area km²   Covered km²     %     Mean distance
</translation>
    </message>
    <message>
        <source>(tidak ada fasilitas jenis ini di wilayah analisis)
</source>
        <translation>(no facilities of this type in the analysis area)
</translation>
    </message>
    <message>
        <source>semua</source>
        <translation>all</translation>
    </message>
    <message>
        <source>
Peringkat %1 kurang terlayani (skor 0–100 = rata-rata persentil: di luar jangkauan, prevalensi stunting terukur e-PPGBM, jumlah stunting, balita per posyandu; standar %2 balita per posyandu)
</source>
        <translation>
Underserved %1 ranking (score 0–100 = mean percentile of: population out of reach, measured e-PPGBM stunting prevalence, number of stunted children, children under five per posyandu; standard %2 children under five per posyandu)
</translation>
    </message>
    <message>
        <source>desa</source>
        <translation>village</translation>
    </message>
    <message>
        <source>No  Kode           Nama                   Skor  Luar jangk.  Stunting%  Jml stunting  Balita/posy.  Alasan
</source>
        <translation>No  Code           Name                   Score Uncovered    Stunting%  Stunted (n)   U5/posyandu   Reason
</translation>
    </message>
    <message>
        <source>tanpa</source>
        <translation>none</translation>
    </message>
    <message>
        <source>* angka kecamatan diterapkan ke desanya (tidak ada data desa); jumlah dibagi menurut penduduk
</source>
        <translation>* sub-district figure applied to its villages (no village data); counts split by population
</translation>
    </message>
    <message>
        <source>
Usulan lokasi %1 baru (tambahan penduduk terjangkau, berurutan):
</source>
        <translation>
Proposed new %1 sites (additional population within reach, in order):
</translation>
    </message>
    <message>
        <source> jiwa (kumulatif %1)
</source>
        <translation> people (cumulative %1)
</translation>
    </message>
    <message>
        <source>Tabel peringkat ditulis ke %1
</source>
        <translation>Ranking table written to %1
</translation>
    </message>
    <message>
        <source>Pemakaian: petasehat analyze coverage PROYEK [opsi]   (petasehat analyze coverage --help)
</source>
        <translation>Usage: petasehat analyze coverage PROJECT [options]   (petasehat analyze coverage --help)
</translation>
    </message>
    <message>
        <source>Galat: analisis tidak dikenal: %1 (yang ada: coverage)
</source>
        <translation>Error: unknown analysis: %1 (available: coverage)
</translation>
    </message>
    <message>
        <source>Membuat kabupaten contoh fiktif (Kabupaten Sehat Sejahtera, 99.01) dengan data sintetis: batas kecamatan dan desa, raster penduduk, puskesmas/pustu/posyandu dan indikator 2021–2024. Berkas masukan ditulis ke FOLDER/input/, lalu diimpor seperti data pengguna ke FOLDER/demo.sqlite (diganti bila sudah ada). Hasilnya sama pada setiap kali dijalankan.</source>
        <translation>Creates a fictitious sample district (Kabupaten Sehat Sejahtera, 99.01) with synthetic data: sub-district and village boundaries, a population raster, puskesmas/pustu/posyandu and indicators for 2021–2024. Input files are written to FOLDER/input/ and then imported like user data into FOLDER/demo.sqlite (replaced if it exists). The result is the same on every run.</translation>
    </message>
    <message>
        <source>folder hasil (bawaan: out)</source>
        <translation>output folder (default: out)</translation>
    </message>
    <message>
        <source>benih acak (bawaan: %1)</source>
        <translation>random seed (default: %1)</translation>
    </message>
    <message>
        <source>Galat: --seed harus bilangan bulat positif, bukan &quot;%1&quot;
</source>
        <translation>Error: --seed must be a positive integer, not &quot;%1&quot;
</translation>
    </message>
    <message>
        <source>Membuat kabupaten contoh</source>
        <translation>Creating sample district</translation>
    </message>
    <message>
        <source>Kabupaten Sehat Sejahtera (99.01), Provinsi Contoh — data sintetis, bukan wilayah nyata
</source>
        <translation>Kabupaten Sehat Sejahtera (99.01), Provinsi Contoh — synthetic data, not a real area
</translation>
    </message>
    <message>
        <source>  luas %1 km², penduduk %2 jiwa (raster 100 m)
</source>
        <translation>  area %1 km², population %2 people (100 m raster)
</translation>
    </message>
    <message>
        <source>  %1 kecamatan, %2 desa, %3 kelurahan
</source>
        <translation>  %1 sub-districts, %2 villages, %3 urban villages
</translation>
    </message>
    <message>
        <source>  %1 puskesmas, %2 pustu, %3 posyandu (%4 tanpa koordinat, ditempatkan oleh geokode)
</source>
        <translation>  %1 puskesmas, %2 pustu, %3 posyandu (%4 without coordinates, placed by geocoding)
</translation>
    </message>
    <message>
        <source>  indikator: %1 (tahun %2)
</source>
        <translation>  indicators: %1 (years %2)
</translation>
    </message>
    <message>
        <source>Berkas masukan:
</source>
        <translation>Input files:
</translation>
    </message>
    <message>
        <source>Proyek: %1
</source>
        <translation>Project: %1
</translation>
    </message>
    <message>
        <source>Catatan impor (%1):
</source>
        <translation>Import notes (%1):
</translation>
    </message>
    <message>
        <source>Daftar fasilitas proyek dengan status penempatannya.</source>
        <translation>Lists the project&apos;s facilities with their placement status.</translation>
    </message>
    <message>
        <source>hanya status ini (dipisah koma), mis. ambiguous,unmatched,rejected</source>
        <translation>only these statuses (comma-separated), e.g. ambiguous,unmatched,rejected</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>hanya jenis ini</source>
        <translation>only this type</translation>
    </message>
    <message>
        <source>jenis</source>
        <translation>type</translation>
    </message>
    <message>
        <source>Galat: jenis fasilitas tidak dikenal: %1
</source>
        <translation>Error: unknown facility type: %1
</translation>
    </message>
    <message>
        <source>(tanpa titik)</source>
        <translation>(no point)</translation>
    </message>
    <message>
        <source>%1 fasilitas
</source>
        <translation>%1 facilities
</translation>
    </message>
    <message>
        <source>Memperbaiki satu fasilitas: tetapkan desanya (titik ditempatkan di dalam desa) atau koordinatnya. Status menjadi &apos;manual&apos;, dengan nama pengubah dan waktunya.</source>
        <translation>Fixes one facility: set its village (the point is placed inside the village) or its coordinates. The status becomes &apos;manual&apos;, with the editor&apos;s name and time.</translation>
    </message>
    <message>
        <source>nomor fasilitas (lihat &apos;petasehat facility list&apos;)</source>
        <translation>facility number (see &apos;petasehat facility list&apos;)</translation>
    </message>
    <message>
        <source>kode desa/kelurahan, mis. 16.07.01.2001</source>
        <translation>village/urban village code, e.g. 16.07.01.2001</translation>
    </message>
    <message>
        <source>kode</source>
        <translation>code</translation>
    </message>
    <message>
        <source>lintang (desimal atau derajat-menit-detik)</source>
        <translation>latitude (decimal or degrees-minutes-seconds)</translation>
    </message>
    <message>
        <source>lintang</source>
        <translation>latitude</translation>
    </message>
    <message>
        <source>bujur</source>
        <translation>longitude</translation>
    </message>
    <message>
        <source>nama yang mengubah (bawaan: pengguna sistem)</source>
        <translation>name of the editor (default: system user)</translation>
    </message>
    <message>
        <source>nama</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Galat: id harus angka: %1
</source>
        <translation>Error: id must be a number: %1
</translation>
    </message>
    <message>
        <source>Galat: koordinat tidak terbaca: %1
</source>
        <translation>Error: unreadable coordinates: %1
</translation>
    </message>
    <message>
        <source>(tidak diketahui)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>Pemakaian: petasehat facility list PROYEK [--status S] | petasehat facility fix PROYEK ID (--desa KODE | --lat LINTANG --lon BUJUR) [--oleh NAMA]
</source>
        <translation>Usage: petasehat facility list PROJECT [--status S] | petasehat facility fix PROJECT ID (--desa CODE | --lat LAT --lon LON) [--oleh NAME]
</translation>
    </message>
    <message>
        <source>berkas proyek tidak ditemukan; buat dulu dengan: petasehat init %1</source>
        <translation>project file not found; create it first with: petasehat init %1</translation>
    </message>
    <message>
        <source>Peringatan (%1):
</source>
        <translation>Warnings (%1):
</translation>
    </message>
    <message>
        <source>  ... dan %1 lainnya
</source>
        <translation>  ... and %1 more
</translation>
    </message>
    <message>
        <source>Mengimpor batas wilayah (GPKG, SHP, GeoJSON, ...) ke proyek: kode Kemendagri menentukan tingkat dan induk, koordinat diubah ke EPSG:4326, poligon tidak sah diperbaiki. Impor ulang memperbarui wilayah yang sama.</source>
        <translation>Imports administrative boundaries (GPKG, SHP, GeoJSON, ...) into the project: the Kemendagri code determines level and parent, coordinates are transformed to EPSG:4326, invalid polygons are repaired. Re-importing updates the same areas.</translation>
    </message>
    <message>
        <source>berkas batas wilayah</source>
        <translation>boundary file</translation>
    </message>
    <message>
        <source>layer yang diimpor (wajib bila berkas punya beberapa layer)</source>
        <translation>layer to import (required if the file has several layers)</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>layer</translation>
    </message>
    <message>
        <source>kolom kode wilayah (bawaan: kode)</source>
        <translation>area code column (default: kode)</translation>
    </message>
    <message>
        <source>kolom</source>
        <translation>column</translation>
    </message>
    <message>
        <source>kolom nama wilayah (bawaan: nama)</source>
        <translation>area name column (default: nama)</translation>
    </message>
    <message>
        <source>hanya wilayah di bawah kode ini, mis. 16.07</source>
        <translation>only areas under this code, e.g. 16.07</translation>
    </message>
    <message>
        <source>Impor batas wilayah</source>
        <translation>Boundary import</translation>
    </message>
    <message>
        <source>Batas wilayah diimpor dari %1 (CRS asal %2)
</source>
        <translation>Boundaries imported from %1 (source CRS %2)
</translation>
    </message>
    <message>
        <source>  fitur dibaca      %1
</source>
        <translation>  features read     %1
</translation>
    </message>
    <message>
        <source>  di luar %1     %2 (tidak diimpor)
</source>
        <translation>  outside %1     %2 (not imported)
</translation>
    </message>
    <message>
        <source>  disimpan          %1 (%2 baru, %3 diperbarui)
</source>
        <translation>  stored            %1 (%2 new, %3 updated)
</translation>
    </message>
    <message>
        <source>  diperbaiki        %1 geometri tidak sah (make-valid, bagian poligon dipertahankan)
</source>
        <translation>  repaired          %1 invalid geometries (make-valid, polygon parts kept)
</translation>
    </message>
    <message>
        <source>                    mis. %1%2
</source>
        <translation>                    e.g. %1%2
</translation>
    </message>
    <message>
        <source>  dilewati          %1 (tanpa poligon; lihat peringatan)
</source>
        <translation>  skipped           %1 (no polygon; see warnings)
</translation>
    </message>
    <message>
        <source>baris %1</source>
        <translation>row %1</translation>
    </message>
    <message>
        <source>Peringatan: %1
</source>
        <translation>Warning: %1
</translation>
    </message>
    <message>
        <source>Mengimpor puskesmas, pustu, poskesdes, posyandu atau rumah sakit dari CSV/XLSX: nama desa dan kecamatan dicocokkan dengan batas wilayah proyek, koordinat diperiksa dan diperbaiki, baris tanpa koordinat ditempatkan di dalam desanya. Semua baris (kecuali duplikat) disimpan; yang belum tertempatkan dapat diperbaiki dengan &apos;petasehat facility fix&apos;.</source>
        <translation>Imports puskesmas, pustu, poskesdes, posyandu or hospitals from CSV/XLSX: village and sub-district names are matched against the project boundaries, coordinates are checked and repaired, rows without coordinates are placed inside their village. All rows (except duplicates) are stored; unplaced ones can be fixed with &apos;petasehat facility fix&apos;.</translation>
    </message>
    <message>
        <source>CSV, XLSX atau ODS</source>
        <translation>CSV, XLSX or ODS</translation>
    </message>
    <message>
        <source>jenis fasilitas: puskesmas, pustu, poskesdes, posyandu, rumah_sakit</source>
        <translation>facility type: puskesmas, pustu, poskesdes, posyandu, rumah_sakit</translation>
    </message>
    <message>
        <source>lembar XLSX/ODS (bawaan: lembar pertama)</source>
        <translation>XLSX/ODS sheet (default: first sheet)</translation>
    </message>
    <message>
        <source>batasi pencocokan pada kode wilayah ini, mis. 16.07</source>
        <translation>restrict matching to this area code, e.g. 16.07</translation>
    </message>
    <message>
        <source>kolom kode fasilitas (bawaan: kode*)</source>
        <translation>facility code column (default: kode*)</translation>
    </message>
    <message>
        <source>kolom nama desa/kelurahan</source>
        <translation>village/urban village name column</translation>
    </message>
    <message>
        <source>kolom nama kecamatan</source>
        <translation>sub-district name column</translation>
    </message>
    <message>
        <source>kolom lintang (bawaan: latitude/lintang/lat)</source>
        <translation>latitude column (default: latitude/lintang/lat)</translation>
    </message>
    <message>
        <source>kolom bujur (bawaan: longitude/bujur/lon/lng)</source>
        <translation>longitude column (default: longitude/bujur/lon/lng)</translation>
    </message>
    <message>
        <source>satu kolom berisi &quot;lintang, bujur&quot;</source>
        <translation>a single column containing &quot;latitude, longitude&quot;</translation>
    </message>
    <message>
        <source>berkas laporan CSV (bawaan: di samping proyek)</source>
        <translation>CSV report file (default: next to the project)</translation>
    </message>
    <message>
        <source>berkas</source>
        <translation>file</translation>
    </message>
    <message>
        <source>raster penduduk untuk menempatkan titik (bawaan: setelan proyek)</source>
        <translation>population raster for placing points (default: project setting)</translation>
    </message>
    <message>
        <source>titik di luar desa yang disebut dipertahankan (ditandai) sampai jarak ini; lebih jauh ditolak (bawaan 2000)</source>
        <translation>points outside the named village are kept (flagged) up to this distance; farther ones are rejected (default 2000)</translation>
    </message>
    <message>
        <source>meter</source>
        <translation>metres</translation>
    </message>
    <message>
        <source>Galat: sebutkan --type puskesmas|pustu|poskesdes|posyandu|rumah_sakit
</source>
        <translation>Error: specify --type puskesmas|pustu|poskesdes|posyandu|rumah_sakit
</translation>
    </message>
    <message>
        <source>Galat: --max-distance-m harus angka meter
</source>
        <translation>Error: --max-distance-m must be a number of metres
</translation>
    </message>
    <message>
        <source>Geocoding %1</source>
        <translation>Geocoding %1</translation>
    </message>
    <message>
        <source>Laporan per baris: %1
</source>
        <translation>Per-row report: %1
</translation>
    </message>
    <message>
        <source>Impor tercatat dengan nomor %1.
</source>
        <translation>Import recorded as number %1.
</translation>
    </message>
    <message>
        <source>Mengimpor jumlah (pembilang dan penyebut) indikator dari CSV/XLSX: satu lembar per tahun (lembar bernama 2021, 2022, ...) atau kolom tahun. Kolom dicocokkan dengan variabel katalog (mis. balita_diukur, balita_stunting); wilayah dengan kode Kemendagri atau nama persis. Sel kosong tetap kosong (bukan nol).
Angka: 3510, 695,5 atau 695.5, 1.234.567 diterima; &apos;3.510&apos; ditolak karena bisa berarti 3510 atau 3,51.</source>
        <translation>Imports indicator counts (numerators and denominators) from CSV/XLSX: one sheet per year (sheets named 2021, 2022, ...) or a year column. Columns are matched to catalogue variables (e.g. balita_diukur, balita_stunting); areas by Kemendagri code or exact name. Empty cells stay empty (not zero).
Numbers: 3510, 695,5 or 695.5, 1.234.567 are accepted; &apos;3.510&apos; is rejected because it could mean 3510 or 3,51.</translation>
    </message>
    <message>
        <source>berkas CSV, XLSX atau ODS</source>
        <translation>CSV, XLSX or ODS file</translation>
    </message>
    <message>
        <source>hanya lembar ini (bawaan: semua lembar)</source>
        <translation>only this sheet (default: all sheets)</translation>
    </message>
    <message>
        <source>lembar</source>
        <translation>sheet</translation>
    </message>
    <message>
        <source>tahun data bila tidak ada kolom tahun dan nama lembar bukan tahun</source>
        <translation>data year if there is no year column and the sheet name is not a year</translation>
    </message>
    <message>
        <source>tahun</source>
        <translation>year</translation>
    </message>
    <message>
        <source>kolom tahun (bawaan: tahun)</source>
        <translation>year column (default: tahun)</translation>
    </message>
    <message>
        <source>kolom kode wilayah (bawaan: dicari, mis. kode_kecamatan)</source>
        <translation>area code column (default: detected, e.g. kode_kecamatan)</translation>
    </message>
    <message>
        <source>kolom nama wilayah bila tanpa kode (bawaan: dicari)</source>
        <translation>area name column when there is no code (default: detected)</translation>
    </message>
    <message>
        <source>tingkat wilayah baris: kecamatan, desa, ...</source>
        <translation>area level of the rows: kecamatan, desa, ...</translation>
    </message>
    <message>
        <source>tingkat</source>
        <translation>level</translation>
    </message>
    <message>
        <source>petakan kolom ke variabel katalog, mis. --map anak_pendek=balita_stunting (boleh berulang)</source>
        <translation>map a column to a catalogue variable, e.g. --map anak_pendek=balita_stunting (may be repeated)</translation>
    </message>
    <message>
        <source>kolom=variabel</source>
        <translation>column=variable</translation>
    </message>
    <message>
        <source>--year %1: bukan tahun (mis. 2023)</source>
        <translation>--year %1: not a year (e.g. 2023)</translation>
    </message>
    <message>
        <source>--map %1: tulis sebagai kolom=variabel, mis. anak_pendek=balita_stunting</source>
        <translation>--map %1: write as column=variable, e.g. anak_pendek=balita_stunting</translation>
    </message>
    <message>
        <source>Indikator diimpor dari %1
</source>
        <translation>Indicators imported from %1
</translation>
    </message>
    <message>
        <source>  lembar            %1
</source>
        <translation>  sheets            %1
</translation>
    </message>
    <message>
        <source>  baris             %1%2
</source>
        <translation>  rows              %1%2
</translation>
    </message>
    <message>
        <source> (%1 dicocokkan dengan nama)</source>
        <translation> (%1 matched by name)</translation>
    </message>
    <message>
        <source>  nilai disimpan    %1
</source>
        <translation>  values stored     %1
</translation>
    </message>
    <message>
        <source>  sel kosong        %1 (tetap kosong, bukan nol)
</source>
        <translation>  empty cells       %1 (left empty, not zero)
</translation>
    </message>
    <message>
        <source>  baris jumlah      %1 (dilewati)
</source>
        <translation>  total rows        %1 (skipped)
</translation>
    </message>
    <message>
        <source>  tahun             %1
</source>
        <translation>  years             %1
</translation>
    </message>
    <message>
        <source>  indikator:
</source>
        <translation>  indicators:
</translation>
    </message>
    <message>
        <source>Mendaftarkan raster penduduk (GeoTIFF, jumlah orang per sel, satu band) untuk analisis jangkauan. Berkasnya tidak disalin: proyek menyimpan lokasinya.</source>
        <translation>Registers a population raster (GeoTIFF, number of people per cell, single band) for coverage analysis. The file is not copied: the project stores its location.</translation>
    </message>
    <message>
        <source>raster penduduk, mis. population_100m.tif</source>
        <translation>population raster, e.g. population_100m.tif</translation>
    </message>
    <message>
        <source>Raster penduduk terdaftar: %1
</source>
        <translation>Population raster registered: %1
</translation>
    </message>
    <message>
        <source>  ukuran            %1 × %2 sel, %3
</source>
        <translation>  size              %1 × %2 cells, %3
</translation>
    </message>
    <message>
        <source>  CRS               %1
</source>
        <translation>  CRS               %1
</translation>
    </message>
    <message>
        <source>  nodata            %1
</source>
        <translation>  nodata            %1
</translation>
    </message>
    <message>
        <source>(tidak ada)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>  bujur             %1 – %2
</source>
        <translation>  longitude         %1 – %2
</translation>
    </message>
    <message>
        <source>  lintang           %1 – %2
</source>
        <translation>  latitude          %1 – %2
</translation>
    </message>
    <message>
        <source>  jumlah penduduk   %1
</source>
        <translation>  total population  %1
</translation>
    </message>
    <message>
        <source>Asumsi perencanaan (petasehat settings):
</source>
        <translation>Planning assumptions (petasehat settings):
</translation>
    </message>
    <message>
        <source>Analisis jangkauan tersimpan (terbaru dulu):
</source>
        <translation>Saved coverage analyses (newest first):
</translation>
    </message>
    <message>
        <source>no. %1  %2  wilayah %3
</source>
        <translation>no. %1  %2  area %3
</translation>
    </message>
    <message>
        <source>  (belum ada: petasehat analyze coverage PROYEK)
</source>
        <translation>  (none yet: petasehat analyze coverage PROJECT)
</translation>
    </message>
    <message>
        <source>Membuat peta indikator (PNG/SVG/PDF) dari proyek, dengan judul, legenda, skala, arah utara dan sumber.</source>
        <translation>Creates indicator maps (PNG/SVG/PDF) from the project, with title, legend, scale bar, north arrow and source.</translation>
    </message>
    <message>
        <source>templat peta (maps/*.json)</source>
        <translation>map template (maps/*.json)</translation>
    </message>
    <message>
        <source>kode indikator, mis. stunting</source>
        <translation>indicator code, e.g. stunting</translation>
    </message>
    <message>
        <source>tahun (bawaan: tahun terakhir yang ada datanya)</source>
        <translation>year (default: latest year with data)</translation>
    </message>
    <message>
        <source>beberapa tahun untuk peta kecil berdampingan, mis. 2021,2022,2023,2024</source>
        <translation>several years for side-by-side small maps, e.g. 2021,2022,2023,2024</translation>
    </message>
    <message>
        <source>kode wilayah yang dipetakan, mis. 16.07</source>
        <translation>code of the area to map, e.g. 16.07</translation>
    </message>
    <message>
        <source>official|jenks|quantile|equal|stddev|manual</source>
        <translation>official|jenks|quantile|equal|stddev|manual</translation>
    </message>
    <message>
        <source>jumlah kelas (bawaan 5)</source>
        <translation>number of classes (default 5)</translation>
    </message>
    <message>
        <source>batas kelas manual, mis. 5,10,20</source>
        <translation>manual class breaks, e.g. 5,10,20</translation>
    </message>
    <message>
        <source>palet ColorBrewer, mis. YlOrRd</source>
        <translation>ColorBrewer palette, e.g. YlOrRd</translation>
    </message>
    <message>
        <source>slide-1080|slide-2160|4x3|a4-300</source>
        <translation>slide-1080|slide-2160|4x3|a4-300</translation>
    </message>
    <message>
        <source>png|svg|pdf (bawaan: dari ekstensi berkas)</source>
        <translation>png|svg|pdf (default: from the file extension)</translation>
    </message>
    <message>
        <source>resolusi PNG (ukuran halaman tetap)</source>
        <translation>PNG resolution (page size unchanged)</translation>
    </message>
    <message>
        <source>nama wilayah beserta nilainya</source>
        <translation>area names with their values</translation>
    </message>
    <message>
        <source>tanpa label nama wilayah</source>
        <translation>no area name labels</translation>
    </message>
    <message>
        <source>tanpa simbol fasilitas</source>
        <translation>no facility symbols</translation>
    </message>
    <message>
        <source>PDF banyak halaman: indicators (satu per indikator) atau kecamatan (satu per kecamatan)</source>
        <translation>multi-page PDF: indicators (one per indicator) or kecamatan (one per sub-district)</translation>
    </message>
    <message>
        <source>berkas keluaran (.png, .svg, .pdf)</source>
        <translation>output file (.png, .svg, .pdf)</translation>
    </message>
    <message>
        <source>--out wajib diisi (berkas keluaran .png, .svg atau .pdf)</source>
        <translation>--out is required (output file .png, .svg or .pdf)</translation>
    </message>
    <message>
        <source>--%1: bukan bilangan bulat: %2</source>
        <translation>--%1: not an integer: %2</translation>
    </message>
    <message>
        <source>--method: tidak dikenal: %1</source>
        <translation>--method: unknown: %1</translation>
    </message>
    <message>
        <source>--breaks: bukan angka: %1</source>
        <translation>--breaks: not a number: %1</translation>
    </message>
    <message>
        <source>sebutkan --indicator atau --template</source>
        <translation>specify --indicator or --template</translation>
    </message>
    <message>
        <source>--preset tidak dikenal: %1 (slide-1080, slide-2160, 4x3, a4-300)</source>
        <translation>unknown --preset: %1 (slide-1080, slide-2160, 4x3, a4-300)</translation>
    </message>
    <message>
        <source>format keluaran tidak dikenal: pakai .png, .svg atau .pdf (atau --format)</source>
        <translation>unknown output format: use .png, .svg or .pdf (or --format)</translation>
    </message>
    <message>
        <source>atlas hanya dapat ditulis sebagai PDF</source>
        <translation>an atlas can only be written as PDF</translation>
    </message>
    <message>
        <source>--atlas: indicators atau kecamatan, bukan %1</source>
        <translation>--atlas: indicators or kecamatan, not %1</translation>
    </message>
    <message>
        <source>Atlas ditulis: %1 (%2 halaman)
</source>
        <translation>Atlas written: %1 (%2 pages)
</translation>
    </message>
    <message>
        <source>Peringatan: tidak ada data %1 pada tingkat ini; semua wilayah tampil sebagai &quot;Tidak ada data&quot;.
</source>
        <translation>Warning: no %1 data at this level; all areas are shown as &quot;No data&quot;.
</translation>
    </message>
    <message>
        <source>Peta ditulis: %1
</source>
        <translation>Map written: %1
</translation>
    </message>
    <message>
        <source>Menyajikan proyek sebagai layanan peta kantor: WMS 1.3.0 (QGIS, GDAL), ubin XYZ, API JSON dan penampil web di http://ALAMAT:PORTA/.</source>
        <translation>Serves the project as an office map service: WMS 1.3.0 (QGIS, GDAL), XYZ tiles, a JSON API and a web viewer at http://ADDRESS:PORT/.</translation>
    </message>
    <message>
        <source>porta TCP (bawaan 8080; 0 = porta bebas mana pun)</source>
        <translation>TCP port (default 8080; 0 = any free port)</translation>
    </message>
    <message>
        <source>alamat yang didengarkan (bawaan 127.0.0.1: hanya komputer ini)</source>
        <translation>address to listen on (default 127.0.0.1: this computer only)</translation>
    </message>
    <message>
        <source>jumlah utas penggambar (bawaan: jumlah inti)</source>
        <translation>number of rendering threads (default: number of cores)</translation>
    </message>
    <message>
        <source>izinkan asal (origin) ini memanggil API dari peramban lain</source>
        <translation>allow this origin to call the API from another browser</translation>
    </message>
    <message>
        <source>folder cache ubin di disk (bawaan: hanya memori)</source>
        <translation>on-disk tile cache folder (default: memory only)</translation>
    </message>
    <message>
        <source>berkas proyek tidak ada</source>
        <translation>project file does not exist</translation>
    </message>
    <message>
        <source>--port harus 0–65535, bukan %1</source>
        <translation>--port must be 0–65535, not %1</translation>
    </message>
    <message>
        <source>--bind bukan alamat IP: %1</source>
        <translation>--bind is not an IP address: %1</translation>
    </message>
    <message>
        <source>--threads harus 0–256</source>
        <translation>--threads must be 0–256</translation>
    </message>
    <message>
        <source>PetaSehat melayani %1
  penampil: %2/
  WMS:      %2/wms?SERVICE=WMS&amp;VERSION=1.3.0&amp;REQUEST=GetCapabilities
  ubin:     %2/tiles/LAPISAN/{z}/{x}/{y}.png
Tekan Ctrl+C untuk berhenti.
</source>
        <translation>PetaSehat serving %1
  viewer:   %2/
  WMS:      %2/wms?SERVICE=WMS&amp;VERSION=1.3.0&amp;REQUEST=GetCapabilities
  tiles:    %2/tiles/LAYER/{z}/{x}/{y}.png
Press Ctrl+C to stop.
</translation>
    </message>
    <message>
        <source>Perhatian: layanan terbuka untuk jaringan di %1.
</source>
        <translation>Caution: the service is open to the network on %1.
</translation>
    </message>
    <message>
        <source>Menampilkan atau mengubah asumsi perencanaan proyek: jangkauan layanan per jenis fasilitas dan standar balita per posyandu. Tanpa KUNCI: semua ditampilkan.</source>
        <translation>Shows or changes the project&apos;s planning assumptions: service reach per facility type and the standard number of children under five per posyandu. Without KUNCI: all are shown.</translation>
    </message>
    <message>
        <source>nama setelan, mis. reach_posyandu_m</source>
        <translation>setting name, e.g. reach_posyandu_m</translation>
    </message>
    <message>
        <source>nilai baru (bilangan positif)</source>
        <translation>new value (positive number)</translation>
    </message>
    <message>
        <source>Asumsi perencanaan (%1):
</source>
        <translation>Planning assumptions (%1):
</translation>
    </message>
    <message>
        <source>setelan tidak dikenal (yang ada: %1)</source>
        <translation>unknown setting (available: %1)</translation>
    </message>
    <message>
        <source>nilai harus bilangan positif sampai 100000, bukan &quot;%1&quot;</source>
        <translation>value must be a positive number up to 100000, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 = %2 (analisis berikutnya memakai nilai ini)
</source>
        <translation>%1 = %2 (the next analysis uses this value)
</translation>
    </message>
    <message>
        <source>Fasilitas %1 (%2) diperbaiki: desa %3, titik %4; %5 (lintang; bujur). %6
</source>
        <translation>Facility %1 (%2) fixed: village %3, point %4; %5 (latitude; longitude). %6
</translation>
    </message>
    <message>
        <source>tingkat peringkat untuk tabel dan CSV: desa, kecamatan, kabupaten atau provinsi</source>
        <translation>ranking level for the table and CSV: desa, kecamatan, kabupaten or provinsi</translation>
    </message>
    <message>
        <source>tingkat tidak dikenal: %1 (desa, kecamatan, kabupaten, provinsi)</source>
        <translation>unknown level: %1 (desa, kecamatan, kabupaten, provinsi)</translation>
    </message>
    <message>
        <source>provinsi, kabupaten, kecamatan atau desa</source>
        <translation>provinsi, kabupaten, kecamatan or desa</translation>
    </message>
    <message>
        <source>tulis juga NAMA.pgw dan NAMA.prj di samping PNG (georeferensi untuk SIG)</source>
        <translation>also write NAME.pgw and NAME.prj beside the PNG (georeference for GIS)</translation>
    </message>
    <message>
        <source>--level: harus provinsi, kabupaten, kecamatan atau desa, bukan %1</source>
        <translation>--level: must be provinsi, kabupaten, kecamatan or desa, not %1</translation>
    </message>
    <message>
        <source>--world-file hanya untuk PNG</source>
        <translation>--world-file is for PNG only</translation>
    </message>
    <message>
        <source>Georeferensi ditulis: %1
</source>
        <translation>Georeference written: %1
</translation>
    </message>
    <message>
        <source>--period %1: tulis sebagai 2024, 2024-S1, 2024-Q3 atau 2024-08</source>
        <translation>--period %1: write it as 2024, 2024-S1, 2024-Q3 or 2024-08</translation>
    </message>
    <message>
        <source>kode &apos;%1&apos; bukan wilayah di proyek (lihat: petasehat info)</source>
        <translation>code &apos;%1&apos; is not an area of the project (see: petasehat info)</translation>
    </message>
    <message>
        <source>Nama lama atau lokal wilayah (mis. kecamatan yang dimekarkan atau berganti nama) yang menunjuk ke kode Kemendagri. Dipakai impor indikator dan fasilitas.
  alias add PROYEK &quot;NAMA LAMA&quot; KODE
  alias import PROYEK alias.csv     (kolom: nama/alias, kode)
  alias list PROYEK</source>
        <translation>Old or local names of areas (e.g. a split or renamed kecamatan) pointing to a Kemendagri code. Used by the indicator and facility imports.
  alias add PROJECT &quot;OLD NAME&quot; CODE
  alias import PROJECT alias.csv     (columns: nama/alias, kode)
  alias list PROJECT</translation>
    </message>
    <message>
        <source>add, import atau list</source>
        <translation>add, import or list</translation>
    </message>
    <message>
        <source>pakai: petasehat alias add PROYEK &quot;NAMA LAMA&quot; KODE</source>
        <translation>usage: petasehat alias add PROJECT &quot;OLD NAME&quot; CODE</translation>
    </message>
    <message>
        <source>Alias &quot;%1&quot; -&gt; %2 (%3)
</source>
        <translation>Alias &quot;%1&quot; -&gt; %2 (%3)
</translation>
    </message>
    <message>
        <source>pakai: petasehat alias import PROYEK alias.csv</source>
        <translation>usage: petasehat alias import PROJECT alias.csv</translation>
    </message>
    <message>
        <source>perlu kolom alias (atau nama) dan kode; kolom yang ada: %1</source>
        <translation>needs an alias (or nama) column and a kode column; columns present: %1</translation>
    </message>
    <message>
        <source>%1 alias diimpor dari %2
</source>
        <translation>%1 aliases imported from %2
</translation>
    </message>
    <message>
        <source>aksi alias tidak dikenal: %1 (add, import, list)</source>
        <translation>unknown alias action: %1 (add, import, list)</translation>
    </message>
    <message>
        <source>kolom nama fasilitas (bawaan: judul yang menyebut jenisnya, mis. PUSKESMAS, Nama PKM, Nama Posyandu, Nama Faskes, nama*)</source>
        <translation>facility name column (default: a header naming its type, e.g. PUSKESMAS, Nama PKM, Nama Posyandu, Nama Faskes, nama*)</translation>
    </message>
    <message>
        <source>impor walau proyek tidak berisi batas kecamatan (kolom kecamatan diabaikan)</source>
        <translation>import although the project has no kecamatan boundaries (the kecamatan column is ignored)</translation>
    </message>
    <message>
        <source>Baris yang tidak konsisten (nilai disimpan sesuai hitungan, angka tertulis tidak dipakai):
</source>
        <translation>Rows that disagree with themselves (values stored as counted, stated figures not used):
</translation>
    </message>
    <message>
        <source>angka tertulis beda &gt; 0,5 poin dari hasil hitung</source>
        <translation>stated rate differs by &gt; 0.5 points from the recomputed one</translation>
    </message>
    <message>
        <source>bagian tidak berjumlah sama dengan totalnya</source>
        <translation>parts do not add up to their total</translation>
    </message>
    <message>
        <source>kolom bernilai sama di semua baris satu bulan</source>
        <translation>column with the same value in every row of a month</translation>
    </message>
    <message>
        <source>tanggal tidak sesuai bulan/tahun</source>
        <translation>date disagrees with the month/year</translation>
    </message>
    <message>
        <source>  %1: %2 baris
</source>
        <translation>  %1: %2 rows
</translation>
    </message>
    <message>
        <source>  semua di laporan: %1
</source>
        <translation>  all of them in the report: %1
</translation>
    </message>
    <message>
        <source>periode data bila tidak ada kolom tahun/bulan/tanggal: 2024, 2024-S1, 2024-Q3, 2024-08</source>
        <translation>period of the data when there is no year/month/date column: 2024, 2024-S1, 2024-Q3, 2024-08</translation>
    </message>
    <message>
        <source>periode</source>
        <translation>period</translation>
    </message>
    <message>
        <source>laporan CSV baris yang tidak konsisten (bawaan: di samping proyek)</source>
        <translation>CSV report of inconsistent rows (default: beside the project)</translation>
    </message>
    <message>
        <source>  periode           %1
</source>
        <translation>  periods           %1
</translation>
    </message>
    <message>
        <source>  baris puskesmas   %1 (disimpan per puskesmas, dijumlah per kecamatan)
</source>
        <translation>  puskesmas rows    %1 (stored per puskesmas, summed per kecamatan)
</translation>
    </message>
    <message>
        <source>  asumsi: %1
</source>
        <translation>  assumption: %1
</translation>
    </message>
    <message>
        <source>  kolom tidak dipakai: %1
</source>
        <translation>  columns not used: %1
</translation>
    </message>
    <message>
        <source>periode: 2024, 2024-S1, 2024-Q3 atau bulan 2024-08 (tahun dari data bulanan: bulan terakhir untuk jumlah saat pengukuran seperti stunting, jumlah bulan untuk K6/imunisasi)</source>
        <translation>period: 2024, 2024-S1, 2024-Q3 or month 2024-08 (a year of monthly data: the latest month for point-in-time counts such as stunting, the months summed for K6/immunisation)</translation>
    </message>
    <message>
        <source>beberapa periode untuk peta kecil berdampingan, mis. 2024-02,2024-08</source>
        <translation>several periods for small multiples, e.g. 2024-02,2024-08</translation>
    </message>
    <message>
        <source>Menulis tabel indikator per wilayah (CSV atau XLSX): kode, nama, induk, pembilang, penyebut, nilai, kelas, dan periode yang benar-benar dipakai; dihitung sama seperti peta.</source>
        <translation>Writes an indicator table by area (CSV or XLSX): code, name, parent, numerator, denominator, rate, class and the period actually used; computed as the map is.</translation>
    </message>
    <message>
        <source>periode: 2024, 2024-S1, 2024-Q3, 2024-08 (bawaan: terakhir)</source>
        <translation>period: 2024, 2024-S1, 2024-Q3, 2024-08 (default: the latest)</translation>
    </message>
    <message>
        <source>kabupaten, kecamatan atau desa (bawaan: kecamatan)</source>
        <translation>kabupaten, kecamatan or desa (default: kecamatan)</translation>
    </message>
    <message>
        <source>kode wilayah, mis. 16.07</source>
        <translation>area code, e.g. 16.07</translation>
    </message>
    <message>
        <source>berkas keluaran (.csv atau .xlsx)</source>
        <translation>output file (.csv or .xlsx)</translation>
    </message>
    <message>
        <source>sebutkan --indicator dan --out</source>
        <translation>give --indicator and --out</translation>
    </message>
    <message>
        <source>indikator tidak dikenal: %1</source>
        <translation>unknown indicator: %1</translation>
    </message>
    <message>
        <source>--level: tidak dikenal: %1</source>
        <translation>--level: unknown: %1</translation>
    </message>
    <message>
        <source>indikator %1 belum punya data di proyek</source>
        <translation>indicator %1 has no data in the project</translation>
    </message>
    <message>
        <source>Tabel ditulis: %1 (%2 baris, %3 dengan data; periode %4)
</source>
        <translation>Table written: %1 (%2 rows, %3 with data; period %4)
</translation>
    </message>
    <message>
        <source>Mengimpor wilayah kerja puskesmas (CSV/XLSX): kolom puskesmas dan desa (kode_desa, atau desa dengan kecamatan), satu baris per desa. Data indikator per puskesmas lalu dijumlah per kecamatan wilayah kerjanya (impor ulang indikatornya sesudah ini).</source>
        <translation>Imports puskesmas working areas (CSV/XLSX): a puskesmas column and a desa column (kode_desa, or desa with kecamatan), one row per desa. Puskesmas indicator rows are then summed by the kecamatan of their working area (re-import the indicators afterwards).</translation>
    </message>
    <message>
        <source>Wilayah kerja diimpor: %1 puskesmas, %2 desa
</source>
        <translation>Working areas imported: %1 puskesmas, %2 desa
</translation>
    </message>
    <message>
        <source>peta yang disimpan di proyek dengan nama ini (aplikasi desktop: Peta → Simpan peta)</source>
        <translation>a map saved in the project under this name (desktop app: Map → Save map)</translation>
    </message>
    <message>
        <source>mengaktifkan koreksi lokasi fasilitas oleh pengguna bernama (lihat &apos;petasehat users&apos;)</source>
        <translation>enable facility location corrections by named users (see &apos;petasehat users&apos;)</translation>
    </message>
    <message>
        <source>log akses (format log umum, dirotasi per 10 MB; bawaan: PROYEK.access.log)</source>
        <translation>access log (common log format, rotated every 10 MB; default: PROJECT.access.log)</translation>
    </message>
    <message>
        <source>tanpa log akses</source>
        <translation>no access log</translation>
    </message>
    <message>
        <source>koneksi terbuka paling banyak (bawaan 1000, di bawah batas deskriptor)</source>
        <translation>most open connections (default 1000, kept under the descriptor limit)</translation>
    </message>
    <message>
        <source>koneksi terbuka paling banyak per alamat klien (bawaan 64)</source>
        <translation>most open connections per client address (default 64)</translation>
    </message>
    <message>
        <source>Perhatian: --edits tanpa pengguna; tambahkan dengan: petasehat users %1 add NAMA
</source>
        <translation>Warning: --edits without users; add one with: petasehat users %1 add NAME
</translation>
    </message>
    <message>
        <source>--max-connections harus bilangan bulat ≥ 1</source>
        <translation>--max-connections must be an integer ≥ 1</translation>
    </message>
    <message>
        <source>--max-per-client harus bilangan bulat ≥ 1</source>
        <translation>--max-per-client must be an integer ≥ 1</translation>
    </message>
    <message>
        <source>Pengguna bernama yang boleh mengoreksi data lewat server peta (serve --edits), masing-masing dengan token pribadi; proyek hanya menyimpan hash token. Token dibaca dari --token-file atau variabel PETASEHAT_TOKEN (tidak pernah dari baris perintah); tanpa keduanya token acak dibuat dan dicetak sekali.</source>
        <translation>Named users who may correct data through the map server (serve --edits), each with a personal token; the project stores only a hash of each token. The token is read from --token-file or the PETASEHAT_TOKEN variable (never from the command line); without either a random token is made and printed once.</translation>
    </message>
    <message>
        <source>list (bawaan), add NAMA, remove NAMA</source>
        <translation>list (default), add NAME, remove NAME</translation>
    </message>
    <message>
        <source>nama pengguna (huruf, angka, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;)</source>
        <translation>user name (letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;)</translation>
    </message>
    <message>
        <source>berkas berisi token (baris pertama)</source>
        <translation>file holding the token (first line)</translation>
    </message>
    <message>
        <source>Belum ada pengguna. Tambahkan: petasehat users PROYEK add NAMA
</source>
        <translation>No users yet. Add one: petasehat users PROJECT add NAME
</translation>
    </message>
    <message>
        <source>%1 memerlukan NAMA pengguna</source>
        <translation>%1 needs a user NAME</translation>
    </message>
    <message>
        <source>pengguna tidak ada: %1</source>
        <translation>no such user: %1</translation>
    </message>
    <message>
        <source>Pengguna %1 dihapus; tokennya tidak berlaku lagi.
</source>
        <translation>User %1 removed; their token no longer works.
</translation>
    </message>
    <message>
        <source>perintah tidak dikenal: %1 (list, add, remove)</source>
        <translation>unknown action: %1 (list, add, remove)</translation>
    </message>
    <message>
        <source>berkas token tidak dapat dibaca</source>
        <translation>cannot read the token file</translation>
    </message>
    <message>
        <source>Pengguna %1 disimpan.
</source>
        <translation>User %1 saved.
</translation>
    </message>
    <message>
        <source>Token (simpan sekarang; tidak dapat ditampilkan lagi): %1
</source>
        <translation>Token (keep it now; it cannot be shown again): %1
</translation>
    </message>
    <message>
        <source>izinkan impor ulang menggeser atau menyusutkan wilayah yang sudah tersimpan lebih dari 10 %</source>
        <translation>allow a re-import to move or shrink stored areas by more than 10 %</translation>
    </message>
    <message>
        <source>  batas diganti     %1 wilayah bergeser/menyusut lebih dari 10 % (--replace-geometry)
</source>
        <translation>  replaced outline  %1 areas moved/shrunk by more than 10 % (--replace-geometry)
</translation>
    </message>
    <message>
        <source>pengodean CSV: utf-8, utf-16, cp1252, latin1 (bawaan: dikenali otomatis)</source>
        <translation>CSV encoding: utf-8, utf-16, cp1252, latin1 (default: detected)</translation>
    </message>
    <message>
        <source>pengodean</source>
        <translation>encoding</translation>
    </message>
    <message>
        <source>sel kosong mengosongkan nilai yang sudah tersimpan (bawaan: nilai lama dipertahankan)</source>
        <translation>empty cells erase stored values (default: stored values are kept)</translation>
    </message>
    <message>
        <source>  dikosongkan       %1 nilai tersimpan (--replace), mis. %2
</source>
        <translation>  erased            %1 stored values (--replace), e.g. %2
</translation>
    </message>
    <message>
        <source>  dipertahankan     %1 nilai tersimpan (sel kosong di berkas)
</source>
        <translation>  kept              %1 stored values (empty cells in the file)
</translation>
    </message>
    <message>
        <source> (pakai --level %1)</source>
        <translation> (use --level %1)</translation>
    </message>
    <message>
        <source>periode beban stunting untuk peringkat: 2024, 2024-S1, 2024-Q3 atau 2024-08 (bawaan: terbaru)</source>
        <translation>period of the stunting burden in the ranking: 2024, 2024-S1, 2024-Q3 or 2024-08 (default: latest)</translation>
    </message>
    <message>
        <source>sama dengan --period TAHUN</source>
        <translation>same as --period YEAR</translation>
    </message>
    <message>
        <source>pakai --period atau --year, bukan keduanya</source>
        <translation>use --period or --year, not both</translation>
    </message>
    <message>
        <source>
Beban stunting dari periode %1</source>
        <translation>
Stunting burden from period %1</translation>
    </message>
    <message>
        <source>
Belum ada data stunting di proyek: peringkat tanpa beban stunting
</source>
        <translation>
No stunting data in the project yet: ranking without the stunting burden
</translation>
    </message>
    <message>
        <source>harus koneksi PostgreSQL yang diawali &quot;PG:&quot;</source>
        <translation>must be a PostgreSQL connection starting with &quot;PG:&quot;</translation>
    </message>
    <message>
        <source>Membuat atau memperbarui skema petasehat di basis data PostGIS (dijalankan pemilik basis data, bukan superuser).</source>
        <translation>Creates or upgrades the petasehat schema in the PostGIS database (run by the database owner, not a superuser).</translation>
    </message>
    <message>
        <source>koneksi, mis. &quot;PG:host=dinkes-prov dbname=petasehat user=admin&quot;</source>
        <translation>connection, e.g. &quot;PG:host=dinkes-prov dbname=petasehat user=admin&quot;</translation>
    </message>
    <message>
        <source>  migrasi %1
</source>
        <translation>  migration %1
</translation>
    </message>
    <message>
        <source>Skema petasehat versi %1 di %2%3
</source>
        <translation>petasehat schema version %1 in %2%3
</translation>
    </message>
    <message>
        <source> (sudah terbaru)</source>
        <translation> (already up to date)</translation>
    </message>
    <message>
        <source>Membuat peran PostgreSQL: satu peran penulis per kabupaten/kota (kab + kode, mis. kab1607) yang hanya boleh menulis baris di bawah kodenya (row-level security), dan satu peran pembaca. Kabupaten/kota diambil dari tabel batas wilayah di basis data, atau dari proyek dengan --from. Peran dibuat tanpa kata sandi: admin memberinya dengan \password, pengguna menyimpannya di ~/.pgpass.</source>
        <translation>Creates PostgreSQL roles: one writer role per district (kab + code, e.g. kab1607) that may write only rows under its code (row-level security), and one reader role. Districts come from the boundary table in the database, or from a project with --from. Roles are created without a password: the admin sets one with \password, users keep it in ~/.pgpass.</translation>
    </message>
    <message>
        <source>koneksi pemilik basis data (perlu hak CREATEROLE)</source>
        <translation>the database owner&apos;s connection (needs CREATEROLE)</translation>
    </message>
    <message>
        <source>kode provinsi, mis. 16</source>
        <translation>province code, e.g. 16</translation>
    </message>
    <message>
        <source>proyek yang berisi batas kabupaten/kota provinsi</source>
        <translation>a project holding the province&apos;s district boundaries</translation>
    </message>
    <message>
        <source>nama peran pembaca (bawaan: viewer)</source>
        <translation>name of the reader role (default: viewer)</translation>
    </message>
    <message>
        <source>perlu kode provinsi dua angka, mis. 16, bukan &quot;%1&quot;</source>
        <translation>needs a two-digit province code, e.g. 16, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>tidak ada batas kabupaten/kota di bawah provinsi %1</source>
        <translation>no district boundaries under province %1</translation>
    </message>
    <message>
        <source>Peran di %1:
</source>
        <translation>Roles in %1:
</translation>
    </message>
    <message>
        <source>pembaca semua kabupaten/kota</source>
        <translation>reader of all districts</translation>
    </message>
    <message>
        <source> (baru)</source>
        <translation> (new)</translation>
    </message>
    <message>
        <source>penulis %1 %2</source>
        <translation>writer %1 %2</translation>
    </message>
    <message>
        <source>Beri kata sandi sebagai admin (\password NAMA di psql); pengguna menyimpannya di ~/.pgpass.
</source>
        <translation>Set passwords as admin (\password NAME in psql); users keep them in ~/.pgpass.
</translation>
    </message>
    <message>
        <source>Basis data PostGIS: %1 (skema petasehat versi %2, versi data %3)
</source>
        <translation>PostGIS database: %1 (petasehat schema version %2, data version %3)
</translation>
    </message>
    <message>
        <source>  (belum ada skema: petasehat pg init &quot;PG:...&quot;)
</source>
        <translation>  (no schema yet: petasehat pg init &quot;PG:...&quot;)
</translation>
    </message>
    <message>
        <source>Peran %1: %2
</source>
        <translation>Role %1: %2
</translation>
    </message>
    <message>
        <source>hanya membaca (atau pemilik)</source>
        <translation>read only (or owner)</translation>
    </message>
    <message>
        <source>penulis %1</source>
        <translation>writer of %1</translation>
    </message>
    <message>
        <source>  (belum ada kabupaten/kota yang terbit: petasehat publish PROYEK &quot;PG:...&quot;)
</source>
        <translation>  (no district published yet: petasehat publish PROJECT &quot;PG:...&quot;)
</translation>
    </message>
    <message>
        <source>(tanpa batas kabupaten)</source>
        <translation>(no district boundary)</translation>
    </message>
    <message>
        <source>    wilayah: %1 kecamatan, %2 desa/kelurahan
</source>
        <translation>    areas: %1 kecamatan, %2 desa/kelurahan
</translation>
    </message>
    <message>
        <source>    fasilitas: %1 (%2 tanpa titik), %3 koreksi tercatat
</source>
        <translation>    facilities: %1 (%2 without a point), %3 recorded edits
</translation>
    </message>
    <message>
        <source>    indikator: %1 nilai per wilayah, %2 per puskesmas, periode %3 – %4
</source>
        <translation>    indicators: %1 values per area, %2 per puskesmas, periods %3 – %4
</translation>
    </message>
    <message>
        <source>    terbit: %1 kali, terakhir %2 oleh %3
</source>
        <translation>    published: %1 times, last %2 by %3
</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>Pemakaian: petasehat pg init &quot;PG:...&quot; | petasehat pg roles &quot;PG:...&quot; --province KODE [--from PROYEK] [--viewer NAMA]
</source>
        <translation>Usage: petasehat pg init &quot;PG:...&quot; | petasehat pg roles &quot;PG:...&quot; --province CODE [--from PROJECT] [--viewer NAME]
</translation>
    </message>
    <message>
        <source>Menerbitkan satu kabupaten/kota dari proyek ke basis data PostGIS provinsi dalam satu transaksi: baris di bawah kode kabupaten/kota diganti dengan isi proyek, kabupaten/kota lain tidak disentuh, kode fasilitas yang sudah diterbitkan kabupaten/kota lain dilaporkan sebagai konflik. Aman diulang. Kata sandi dibaca dari ~/.pgpass atau PGPASSWORD, tidak pernah dari baris perintah.</source>
        <translation>Publishes one district of a project to the province&apos;s PostGIS database in one transaction: the rows under the district&apos;s code are replaced by the project&apos;s contents, other districts are never touched, a facility code already published by another district is reported as a conflict. Safe to repeat. Passwords are read from ~/.pgpass or PGPASSWORD, never from the command line.</translation>
    </message>
    <message>
        <source>koneksi, mis. &quot;PG:host=dinkes-prov dbname=petasehat user=kab1607&quot;</source>
        <translation>connection, e.g. &quot;PG:host=dinkes-prov dbname=petasehat user=kab1607&quot;</translation>
    </message>
    <message>
        <source>kode kabupaten/kota (bawaan: kabupaten/kota peran, atau satu-satunya dalam proyek)</source>
        <translation>district code (default: the role&apos;s district, or the project&apos;s only one)</translation>
    </message>
    <message>
        <source>hanya menghitung perubahan, tidak menyimpan</source>
        <translation>only count the changes, save nothing</translation>
    </message>
    <message>
        <source>tujuan harus koneksi PostgreSQL yang diawali &quot;PG:&quot;</source>
        <translation>the target must be a PostgreSQL connection starting with &quot;PG:&quot;</translation>
    </message>
    <message>
        <source>Terbit ke %1, kabupaten/kota %2%3:
</source>
        <translation>Published to %1, district %2%3:
</translation>
    </message>
    <message>
        <source> (uji coba, tidak disimpan)</source>
        <translation> (dry run, not saved)</translation>
    </message>
    <message>
        <source>tabel</source>
        <translation>table</translation>
    </message>
    <message>
        <source>baru</source>
        <translation>new</translation>
    </message>
    <message>
        <source>berubah</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>dihapus</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>tetap</source>
        <translation>same</translation>
    </message>
    <message>
        <source>  Konflik: %1 %2 muncul dua kali dalam proyek; hanya yang pertama diterbitkan
</source>
        <translation>  Conflict: %1 %2 appears twice in the project; only the first is published
</translation>
    </message>
    <message>
        <source>  Konflik: %1 %2 sudah diterbitkan kabupaten/kota %3; tidak ditimpa
</source>
        <translation>  Conflict: %1 %2 is already published by district %3; not overwritten
</translation>
    </message>
    <message>
        <source>Tidak ada perubahan: basis data sudah sama dengan proyek.
</source>
        <translation>No changes: the database already matches the project.
</translation>
    </message>
    <message>
        <source>Tersimpan (versi data %1).
</source>
        <translation>Saved (data version %1).
</translation>
    </message>
    <message>
        <source>    analisis jangkauan tersimpan: %1
</source>
        <translation>    stored coverage analyses: %1
</translation>
    </message>
    <message>
        <source>Galat: petasehat ini dibangun tanpa libpq (PostGIS); pasang dengan scripts/setup.sh --with-postgis lalu bangun ulang
</source>
        <translation>Error: this petasehat was built without libpq (PostGIS); install it with scripts/setup.sh --with-postgis and build again
</translation>
    </message>
    <message>
        <source>Menyalin dari PostGIS ke cermin lokal</source>
        <translation>Copying from PostGIS to the local mirror</translation>
    </message>
    <message>
        <source> (baru dibuat)</source>
        <translation> (just created)</translation>
    </message>
    <message>
        <source> (diperbarui: %1)</source>
        <translation> (updated: %1)</translation>
    </message>
    <message>
        <source>cermin lokal dari %1 versi %2%3: %4
</source>
        <translation>local mirror of %1 version %2%3: %4
</translation>
    </message>
    <message>
        <source>petasehat ini dibangun tanpa libpq (PostGIS); pasang dengan scripts/setup.sh --with-postgis lalu bangun ulang</source>
        <translation>this petasehat was built without libpq (PostGIS); install it with scripts/setup.sh --with-postgis and rebuild</translation>
    </message>
    <message>
        <source>berkas proyek, atau &quot;PG:...&quot; (hasil disimpan ke PostGIS untuk kabupaten/kota peran itu)</source>
        <translation>project file, or &quot;PG:...&quot; (results are stored in PostGIS for the role&apos;s district)</translation>
    </message>
    <message>
        <source>untuk PG:: raster penduduk di mesin ini bila berkas yang diterbitkan kabupaten/kota tidak ada di sini</source>
        <translation>for PG:: a population raster on this machine when the file the district published is not here</translation>
    </message>
    <message>
        <source>hanya untuk sumber PG:; proyek mendaftarkan rasternya dengan petasehat import population</source>
        <translation>only for PG: sources; a project registers its raster with petasehat import population</translation>
    </message>
    <message>
        <source>peran %1 menulis kabupaten/kota %2; wilayah %3 di luar itu</source>
        <translation>role %1 writes district %2; area %3 is outside it</translation>
    </message>
    <message>
        <source>peran %1 bukan peran kabupaten/kota; sebutkan --area kabupaten/kota (mis. 33.01) yang hasilnya disimpan</source>
        <translation>role %1 is not a district role; give --area with the district (e.g. 33.01) whose results are stored</translation>
    </message>
    <message>
        <source>kabupaten/kota %1 belum menerbitkan raster penduduk; berikan --population BERKAS.tif</source>
        <translation>district %1 has not published a population raster; give --population FILE.tif</translation>
    </message>
    <message>
        <source>raster penduduk kabupaten/kota %1 (%2) tidak ada di mesin ini; berikan --population BERKAS.tif</source>
        <translation>the population raster of district %1 (%2) is not on this machine; give --population FILE.tif</translation>
    </message>
    <message>
        <source>Analisis tersimpan di PostGIS: kabupaten/kota %1 run %2 (%3 baris lapisan, versi data %4)
</source>
        <translation>Analysis stored in PostGIS: district %1 run %2 (%3 layer rows, data version %4)
</translation>
    </message>
    <message>
        <source>berkas proyek, atau &quot;PG:...&quot; (basis data PostGIS provinsi)</source>
        <translation>project file, or &quot;PG:...&quot; (the province&apos;s PostGIS database)</translation>
    </message>
    <message>
        <source>untuk PG:: hanya kabupaten/kota di bawah kode ini, mis. 33 atau 33.01</source>
        <translation>for PG:: only the districts under this code, e.g. 33 or 33.01</translation>
    </message>
</context>
<context>
    <name>ps::demo</name>
    <message>
        <source>Membentuk batas kecamatan dan desa</source>
        <translation>Building sub-district and village boundaries</translation>
    </message>
    <message>
        <source>Menghitung sebaran penduduk</source>
        <translation>Computing population distribution</translation>
    </message>
    <message>
        <source>Memberi nama wilayah</source>
        <translation>Naming areas</translation>
    </message>
    <message>
        <source>Menempatkan puskesmas, pustu dan posyandu</source>
        <translation>Placing puskesmas, pustu and posyandu</translation>
    </message>
    <message>
        <source>Menyusun indikator 2021–2024</source>
        <translation>Compiling indicators 2021–2024</translation>
    </message>
    <message>
        <source>berkas lama tidak dapat dihapus</source>
        <translation>cannot delete the old file</translation>
    </message>
    <message>
        <source>folder tidak dapat dibuat</source>
        <translation>cannot create folder</translation>
    </message>
    <message>
        <source>Mendaftarkan raster penduduk</source>
        <translation>Registering population raster</translation>
    </message>
    <message>
        <source>proyek tidak dapat diganti namanya</source>
        <translation>cannot rename the project</translation>
    </message>
    <message>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>ps::geocode</name>
    <message>
        <source>hanya satu dari lintang/bujur yang terisi</source>
        <translation>only one of latitude/longitude is filled in</translation>
    </message>
    <message>
        <source>koordinat tidak terbaca: &quot;%1&quot;, &quot;%2&quot;</source>
        <translation>unreadable coordinates: &quot;%1&quot;, &quot;%2&quot;</translation>
    </message>
    <message>
        <source>koordinat di luar rentang derajat: &quot;%1&quot;, &quot;%2&quot;</source>
        <translation>coordinates outside the degree range: &quot;%1&quot;, &quot;%2&quot;</translation>
    </message>
    <message>
        <source>koordinat tidak terbaca: &quot;%1&quot;</source>
        <translation>unreadable coordinates: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>raster penduduk tidak ditemukan</source>
        <translation>population raster not found</translation>
    </message>
    <message>
        <source>raster penduduk tidak terbaca: %1</source>
        <translation>cannot read population raster: %1</translation>
    </message>
    <message>
        <source>fasilitas dengan id %1 tidak ada</source>
        <translation>no facility with id %1</translation>
    </message>
    <message>
        <source>sebutkan desa (--desa) atau koordinat (--lat dan --lon)</source>
        <translation>specify a village (--desa) or coordinates (--lat and --lon)</translation>
    </message>
    <message>
        <source>desa dengan kode %1 tidak ada di proyek</source>
        <translation>no village with code %1 in the project</translation>
    </message>
    <message>
        <source>koordinat (%1, %2) berada di luar wilayah proyek</source>
        <translation>coordinates (%1, %2) are outside the project area</translation>
    </message>
    <message>
        <source>koordinat ditetapkan manual</source>
        <translation>coordinates set manually</translation>
    </message>
    <message>
        <source>; titik di luar Desa %1</source>
        <translation>; point outside village %1</translation>
    </message>
    <message>
        <source>Desa %1 tidak punya poligon</source>
        <translation>Village %1 has no polygon</translation>
    </message>
    <message>
        <source>desa ditetapkan manual; titik ditempatkan di dalam Desa %1</source>
        <translation>village set manually; point placed inside village %1</translation>
    </message>
    <message>
        <source>kolom &quot;%1&quot; tidak ada; kolom yang ada: %2</source>
        <translation>column &quot;%1&quot; does not exist; available columns: %2</translation>
    </message>
    <message>
        <source>kolom %1 perlu disebut bersama pasangannya</source>
        <translation>column %1 must be given together with its pair</translation>
    </message>
    <message>
        <source>tidak ada kolom desa maupun koordinat (latitude/longitude, lintang/bujur, koordinat); kolom yang ada: %1</source>
        <translation>no village or coordinate column (latitude/longitude, lintang/bujur, koordinat); available columns: %1</translation>
    </message>
    <message>
        <source>geocoding</source>
        <translation>geocoding</translation>
    </message>
    <message>
        <source>kode %1 sama dengan baris %2</source>
        <translation>code %1 is the same as row %2</translation>
    </message>
    <message>
        <source>kode %1 sudah ada di proyek</source>
        <translation>code %1 already exists in the project</translation>
    </message>
    <message>
        <source>nama sama dengan baris %1 di desa yang sama, dalam %2 m</source>
        <translation>same name as row %1 in the same village, within %2 m</translation>
    </message>
    <message>
        <source>nama sama dengan fasilitas yang sudah ada di desa yang sama, dalam %1 m</source>
        <translation>same name as an existing facility in the same village, within %1 m</translation>
    </message>
    <message>
        <source>laporan tidak dapat ditimpa</source>
        <translation>cannot overwrite the report</translation>
    </message>
    <message>
        <source>laporan tidak dapat ditulis: %1</source>
        <translation>cannot write the report: %1</translation>
    </message>
    <message>
        <source>proyek belum berisi batas kecamatan/desa; impor batas wilayah dulu</source>
        <translation>the project has no sub-district/village boundaries yet; import boundaries first</translation>
    </message>
    <message>
        <source>proyek tidak berisi wilayah dengan kode %1</source>
        <translation>the project has no area with code %1</translation>
    </message>
    <message>
        <source>raster penduduk %1 tidak ditemukan; titik perkiraan memakai titik di dalam poligon desa</source>
        <translation>population raster %1 not found; estimated points use a point inside the village polygon</translation>
    </message>
    <message>
        <source>tepat</source>
        <translation>exact</translation>
    </message>
    <message>
        <source>koordinat diperbaiki</source>
        <translation>coordinates repaired</translation>
    </message>
    <message>
        <source>ditandai (di luar desa)</source>
        <translation>flagged (outside village)</translation>
    </message>
    <message>
        <source>diperkirakan dari desa</source>
        <translation>estimated from village</translation>
    </message>
    <message>
        <source>diimpor (tanpa nama desa)</source>
        <translation>imported (no village name)</translation>
    </message>
    <message>
        <source>ambigu</source>
        <translation>ambiguous</translation>
    </message>
    <message>
        <source>tidak cocok</source>
        <translation>unmatched</translation>
    </message>
    <message>
        <source>duplikat</source>
        <translation>duplicate</translation>
    </message>
    <message>
        <source>ditolak</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>lintang dan bujur tertukar</source>
        <translation>latitude and longitude swapped</translation>
    </message>
    <message>
        <source>tanda lintang terbalik</source>
        <translation>latitude sign reversed</translation>
    </message>
    <message>
        <source>tanda bujur terbalik</source>
        <translation>longitude sign reversed</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>; sekarang di kecamatan %1, bukan %2 seperti sebelumnya</source>
        <translation>; now in sub-district %1, not %2 as before</translation>
    </message>
    <message>
        <source>%1: tidak ada kolom desa/kelurahan yang dikenali (kolom: %2); baris tanpa koordinat tidak dapat ditempatkan. Sebutkan kolomnya dengan --desa-col</source>
        <translation>%1: no village column recognised (columns: %2); rows without coordinates cannot be placed. Name the column with --desa-col</translation>
    </message>
    <message>
        <source>kecamatan tertulis %1 (%2), tetapi titiknya di %3, %4 dari batas Kecamatan %1</source>
        <translation>written kecamatan %1 (%2), but the point lies in %3, %4 from the boundary of Kecamatan %1</translation>
    </message>
    <message>
        <source>Kecamatan %1 (%2)</source>
        <translation>Kecamatan %1 (%2)</translation>
    </message>
    <message>
        <source>luar kecamatan mana pun</source>
        <translation>outside every kecamatan</translation>
    </message>
    <message>
        <source>kecamatan &quot;%1&quot; mungkin %2; bila benar: petasehat alias add PROYEK &quot;%1&quot; KODE</source>
        <translation>kecamatan &quot;%1&quot; may be %2; if so: petasehat alias add PROJECT &quot;%1&quot; CODE</translation>
    </message>
    <message>
        <source>nama sama dengan baris %1, titiknya berjarak %2</source>
        <translation>same name as row %1, the points are %2 apart</translation>
    </message>
    <message>
        <source>tidak ada kolom nama fasilitas (mis. nama, Nama Faskes, Nama %1, %2); kolom yang ada: %3. Sebutkan kolomnya dengan --name-col</source>
        <translation>no facility name column (e.g. nama, Nama Faskes, Nama %1, %2); columns present: %3. Name the column with --name-col</translation>
    </message>
    <message>
        <source>proyek berisi %1 desa tetapi tidak ada batas kecamatan, jadi kolom &apos;%2&apos; tidak dapat dipakai dan desa yang namanya sama di kecamatan lain akan menjadi ambigu. Impor dulu lapisan kecamatan, mis. petasehat import boundaries %3 indonesia_admin.gpkg --layer kecamatan --within %4 (atau ulangi dengan --tanpa-kecamatan untuk tetap mengimpor)</source>
        <translation>the project holds %1 desa but no kecamatan boundaries, so column &apos;%2&apos; cannot be used and desa sharing a name with one in another kecamatan would come out ambiguous. Import the kecamatan layer first, e.g. petasehat import boundaries %3 indonesia_admin.gpkg --layer kecamatan --within %4 (or repeat with --tanpa-kecamatan to import anyway)</translation>
    </message>
    <message>
        <source>kecamatan tertulis &quot;%1&quot; tidak dikenal; titiknya di Kecamatan %2 (%3)</source>
        <translation>written kecamatan &quot;%1&quot; is unknown; the point lies in Kecamatan %2 (%3)</translation>
    </message>
    <message>
        <source>kolom &apos;%1&apos; mirip &apos;%2&apos; tetapi tidak dikenali, sehingga semua koordinat akan diabaikan; perbaiki judul kolomnya atau sebutkan dengan %3 &quot;%1&quot;</source>
        <translation>column &apos;%1&apos; looks like &apos;%2&apos; but is not recognised, so every coordinate would be ignored; correct the column header or name it with %3 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (kolom %2)</source>
        <translation>&apos;%1&apos; (column %2)</translation>
    </message>
    <message>
        <source>kolom koordinat muncul %1 kali: %2; tidak jelas mana yang dipakai. Hapus atau ganti nama salah satunya</source>
        <translation>the coordinate column appears %1 times: %2; it is unclear which one is meant. Delete or rename one of them</translation>
    </message>
    <message>
        <source>ada kolom %1 &apos;%2&apos; tetapi tidak ada kolom %3, sehingga semua koordinat akan diabaikan; tambahkan kolomnya atau sebutkan dengan --lat-col/--lon-col</source>
        <translation>there is a %1 column &apos;%2&apos; but no %3 column, so every coordinate would be ignored; add the column or name it with --lat-col/--lon-col</translation>
    </message>
    <message>
        <source>lintang</source>
        <translation>latitude</translation>
    </message>
    <message>
        <source>bujur</source>
        <translation>longitude</translation>
    </message>
    <message>
        <source>kolom koordinat &apos;%1&apos; ada tetapi ke-%2 selnya kosong (di XLSX: rumus yang disimpan tanpa nilainya? buka dan simpan ulang di Excel); titik baris-baris ini diperkirakan dari nama desa</source>
        <translation>coordinate column &apos;%1&apos; exists but all %2 of its cells are empty (in XLSX: formulas saved without their values? open and save again in Excel); the points of these rows are estimated from the desa name</translation>
    </message>
    <message>
        <source>laporan tidak dapat ditulis di sini (folder tidak ada atau hanya-baca); pilih tempat lain dengan --report. Proyek tidak diubah</source>
        <translation>the report cannot be written here (folder missing or read-only); choose another place with --report. The project is unchanged</translation>
    </message>
    <message>
        <source>tidak ada baris data (berkas kosong atau hanya berisi judul kolom); tidak ada yang diimpor</source>
        <translation>no data rows (the file is empty or has only column headers); nothing was imported</translation>
    </message>
    <message>
        <source>Hasil geocoding %1 (%2 baris):
</source>
        <translation>Geocoding results for %1 (%2 rows):
</translation>
    </message>
    <message>
        <source>hasil</source>
        <translation>result</translation>
    </message>
    <message>
        <source>jumlah</source>
        <translation>count</translation>
    </message>
    <message>
        <source>keterangan</source>
        <translation>description</translation>
    </message>
    <message>
        <source>  (koordinat %1 baris ditolak: 0,0, tak terbaca, di luar wilayah atau jauh dari desanya)
</source>
        <translation>  (coordinates rejected in %1 rows: 0,0, unreadable, outside the area or far from their village)
</translation>
    </message>
    <message>
        <source>Perlu diperiksa:
</source>
        <translation>Needs review:
</translation>
    </message>
    <message>
        <source>baris %1</source>
        <translation>row %1</translation>
    </message>
    <message>
        <source>  ... dan %1 baris lain (lihat laporan)
</source>
        <translation>  ... and %1 more rows (see the report)
</translation>
    </message>
    <message>
        <source>Peringatan: %1
</source>
        <translation>Warning: %1
</translation>
    </message>
    <message>
        <source>dari nama berkas %1</source>
        <translation>from the file name %1</translation>
    </message>
    <message>
        <source>dari kolom &apos;%1&apos;</source>
        <translation>from the column &apos;%1&apos;</translation>
    </message>
    <message>
        <source>tidak dapat ditebak dari nama berkas maupun kolomnya</source>
        <translation>cannot be guessed from the file name or its columns</translation>
    </message>
</context>
<context>
    <name>ps::geocode::Geocoder</name>
    <message>
        <source>desa &quot;%1&quot; tidak ada di Kecamatan %2</source>
        <translation>village &quot;%1&quot; not found in sub-district %2</translation>
    </message>
    <message>
        <source> (nama itu ada di Kecamatan %1)</source>
        <translation> (that name exists in sub-district %1)</translation>
    </message>
    <message>
        <source>kecamatan &quot;%1&quot; ada di beberapa kabupaten dan desa &quot;%2&quot; tidak ditemukan</source>
        <translation>sub-district &quot;%1&quot; exists in several districts and village &quot;%2&quot; was not found</translation>
    </message>
    <message>
        <source>kecamatan &quot;%1&quot; dan desa &quot;%2&quot; cocok di beberapa tempat</source>
        <translation>sub-district &quot;%1&quot; and village &quot;%2&quot; match in several places</translation>
    </message>
    <message>
        <source>tanpa kecamatan</source>
        <translation>no sub-district</translation>
    </message>
    <message>
        <source>kecamatan &quot;%1&quot; tidak dikenal</source>
        <translation>unknown sub-district &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1; desa &quot;%2&quot; tidak ditemukan</source>
        <translation>%1; village &quot;%2&quot; not found</translation>
    </message>
    <message>
        <source>%1; desa &quot;%2&quot; ada di beberapa kecamatan</source>
        <translation>%1; village &quot;%2&quot; exists in several sub-districts</translation>
    </message>
    <message>
        <source>%1; desa dicocokkan di seluruh wilayah</source>
        <translation>%1; village matched across the whole area</translation>
    </message>
    <message>
        <source>koma desimal</source>
        <translation>decimal comma</translation>
    </message>
    <message>
        <source>derajat-menit-detik</source>
        <translation>degrees-minutes-seconds</translation>
    </message>
    <message>
        <source>lintang dan bujur tertukar</source>
        <translation>latitude and longitude swapped</translation>
    </message>
    <message>
        <source>koordinat diperbaiki: %1</source>
        <translation>coordinates repaired: %1</translation>
    </message>
    <message>
        <source>koordinat berada di dalam Desa %1</source>
        <translation>coordinates are inside village %1</translation>
    </message>
    <message>
        <source>tanpa nama desa: desa %1 diambil dari koordinat</source>
        <translation>no village name: village %1 taken from the coordinates</translation>
    </message>
    <message>
        <source>koordinat di luar wilayah proyek</source>
        <translation>coordinates outside the project area</translation>
    </message>
    <message>
        <source>nama desa ada di beberapa tempat; dipilih Desa %1 dari koordinat</source>
        <translation>village name exists in several places; village %1 chosen from the coordinates</translation>
    </message>
    <message>
        <source>koordinat (%1, %2) di luar wilayah proyek, ditolak</source>
        <translation>coordinates (%1, %2) outside the project area, rejected</translation>
    </message>
    <message>
        <source>titik %1 di luar Desa %2; koordinat dipertahankan, mohon diperiksa</source>
        <translation>point %1 outside village %2; coordinates kept, please check</translation>
    </message>
    <message>
        <source>koordinat %1 dari Desa %2, ditolak</source>
        <translation>coordinates %1 away from village %2, rejected</translation>
    </message>
    <message>
        <source>Desa %1 tidak punya poligon untuk menempatkan titik</source>
        <translation>Village %1 has no polygon to place the point in</translation>
    </message>
    <message>
        <source>ditempatkan di sel penduduk terpadat Desa %1, radius ketidakpastian %2</source>
        <translation>placed at the most populated cell of village %1, uncertainty radius %2</translation>
    </message>
    <message>
        <source>ditempatkan di titik dalam Desa %1, radius ketidakpastian %2</source>
        <translation>placed at a point inside village %1, uncertainty radius %2</translation>
    </message>
    <message>
        <source>koordinat 0,0 ditolak</source>
        <translation>coordinates 0,0 rejected</translation>
    </message>
    <message>
        <source>nama desa &quot;%1&quot; dicocokkan dengan %2 (skor %3)</source>
        <translation>village name &quot;%1&quot; matched to %2 (score %3)</translation>
    </message>
    <message>
        <source>desa &quot;%1&quot; cocok dengan beberapa desa</source>
        <translation>village &quot;%1&quot; matches several villages</translation>
    </message>
    <message>
        <source>tanpa nama desa dan tanpa koordinat</source>
        <translation>no village name and no coordinates</translation>
    </message>
    <message>
        <source>desa &quot;%1&quot; tidak ditemukan</source>
        <translation>village &quot;%1&quot; not found</translation>
    </message>
    <message>
        <source>titik dipertahankan di Desa %1 (dari koordinat)</source>
        <translation>point kept in village %1 (from the coordinates)</translation>
    </message>
</context>
<context>
    <name>ps::io</name>
    <message>
        <source>jenis berkas tidak didukung (harus .csv, .xlsx atau .ods)</source>
        <translation>unsupported file type (must be .csv, .xlsx or .ods)</translation>
    </message>
    <message>
        <source>tidak ada lembar (sheet) yang berisi tabel</source>
        <translation>no sheet contains a table</translation>
    </message>
    <message>
        <source>lembar &apos;%1&apos; tidak ada</source>
        <translation>sheet &apos;%1&apos; does not exist</translation>
    </message>
    <message>
        <source>berkas tidak berisi layer vektor</source>
        <translation>the file contains no vector layer</translation>
    </message>
    <message>
        <source>berkas berisi beberapa layer (%1); pilih satu dengan --layer</source>
        <translation>the file contains several layers (%1); choose one with --layer</translation>
    </message>
    <message>
        <source>layer &apos;%1&apos; tidak ada; layer yang tersedia: %2</source>
        <translation>layer &apos;%1&apos; does not exist; available layers: %2</translation>
    </message>
    <message>
        <source>layer &apos;%1&apos; tidak punya kolom %2 &apos;%3&apos;; kolom yang tersedia: %4</source>
        <translation>layer &apos;%1&apos; has no %2 column &apos;%3&apos;; available columns: %4</translation>
    </message>
    <message>
        <source>kode wilayah &apos;%1&apos; untuk --within bukan kode Kemendagri yang sah (mis. 16 atau 16.07)</source>
        <translation>area code &apos;%1&apos; for --within is not a valid Kemendagri code (e.g. 16 or 16.07)</translation>
    </message>
    <message>
        <source>membuka berkas</source>
        <translation>opening file</translation>
    </message>
    <message>
        <source>%1 dari %2 fitur</source>
        <translation>%1 of %2 features</translation>
    </message>
    <message>
        <source>layer &apos;%1&apos;, fitur %2 (FID %3)</source>
        <translation>layer &apos;%1&apos;, feature %2 (FID %3)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; bukan kode wilayah Kemendagri yang sah (contoh: 16, 16.07, 16.07.01, 16.07.01.2001)</source>
        <translation>%1: &apos;%2&apos; is not a valid Kemendagri area code (examples: 16, 16.07, 16.07.01, 16.07.01.2001)</translation>
    </message>
    <message>
        <source>%1: kode %2 juga dipakai fitur FID %3; yang terakhir yang disimpan</source>
        <translation>%1: code %2 is also used by feature FID %3; the last one is stored</translation>
    </message>
    <message>
        <source>%1 (kode %2): koordinat tidak dapat diubah ke EPSG:4326</source>
        <translation>%1 (code %2): coordinates cannot be transformed to EPSG:4326</translation>
    </message>
    <message>
        <source>%1 (kode %2): tidak ada poligon yang tersisa setelah geometri diperbaiki; tidak disimpan</source>
        <translation>%1 (code %2): no polygon left after repairing the geometry; not stored</translation>
    </message>
    <message>
        <source>%1 (kode %2): geometri kosong atau tidak ada; tidak disimpan</source>
        <translation>%1 (code %2): empty or missing geometry; not stored</translation>
    </message>
    <message>
        <source>%1 (kode %2): nama kosong</source>
        <translation>%1 (code %2): empty name</translation>
    </message>
    <message>
        <source>menyimpan</source>
        <translation>saving</translation>
    </message>
    <message>
        <source>%1 disimpan (%2 baru, %3 diperbarui), %4 diperbaiki, %5 dilewati</source>
        <translation>%1 stored (%2 new, %3 updated), %4 repaired, %5 skipped</translation>
    </message>
    <message>
        <source>selesai</source>
        <translation>done</translation>
    </message>
    <message>
        <source>tingkat wilayah &apos;%1&apos; tidak dikenal (provinsi, kabupaten, kecamatan, desa)</source>
        <translation>unknown area level &apos;%1&apos; (provinsi, kabupaten, kecamatan, desa)</translation>
    </message>
    <message>
        <source>kolom &apos;%1&apos; tidak ada; kolom yang tersedia: %2</source>
        <translation>column &apos;%1&apos; does not exist; available columns: %2</translation>
    </message>
    <message>
        <source>kolom &apos;%1&apos; dan &apos;%2&apos; sama-sama berarti variabel &apos;%3&apos;; pakai --map untuk memilih</source>
        <translation>columns &apos;%1&apos; and &apos;%2&apos; both mean variable &apos;%3&apos;; use --map to choose</translation>
    </message>
    <message>
        <source>kolom &apos;%1&apos; (dari --map) tidak ada; kolom yang tersedia: %2</source>
        <translation>column &apos;%1&apos; (from --map) does not exist; available columns: %2</translation>
    </message>
    <message>
        <source>kode wilayah kosong</source>
        <translation>empty area code</translation>
    </message>
    <message>
        <source>&apos;%1&apos; bukan kode wilayah Kemendagri yang sah (contoh: 16.07.01)</source>
        <translation>&apos;%1&apos; is not a valid Kemendagri area code (example: 16.07.01)</translation>
    </message>
    <message>
        <source>kode %1 adalah kode %2, bukan %3</source>
        <translation>code %1 is a %2 code, not %3</translation>
    </message>
    <message>
        <source>kode wilayah %1 tidak ada di proyek (impor batas wilayahnya dulu, atau periksa kodenya)</source>
        <translation>area code %1 is not in the project (import its boundaries first, or check the code)</translation>
    </message>
    <message>
        <source>nama wilayah kosong</source>
        <translation>empty area name</translation>
    </message>
    <message>
        <source>proyek belum berisi batas wilayah, jadi nama &apos;%1&apos; tidak dapat dicocokkan; impor batas wilayah dulu atau sertakan kolom kode wilayah</source>
        <translation>the project has no boundaries yet, so the name &apos;%1&apos; cannot be matched; import boundaries first or include an area code column</translation>
    </message>
    <message>
        <source>wilayah bernama &apos;%1&apos;%2 tidak ditemukan di proyek (nama harus sama persis; sertakan kolom kode wilayah bila nama berbeda)</source>
        <translation>no area named &apos;%1&apos;%2 in the project (names must match exactly; include an area code column if the names differ)</translation>
    </message>
    <message>
        <source>nama &apos;%1&apos; dipakai %2 wilayah (%3); sertakan kolom kode wilayah</source>
        <translation>the name &apos;%1&apos; is used by %2 areas (%3); include an area code column</translation>
    </message>
    <message>
        <source>&apos;%1&apos; bukan tahun (yang diharapkan mis. 2023)</source>
        <translation>&apos;%1&apos; is not a year (expected e.g. 2023)</translation>
    </message>
    <message>
        <source>%1baris %2 (&apos;%3&apos;) dilewati: baris jumlah; total dihitung sendiri dari wilayah</source>
        <translation>%1row %2 (&apos;%3&apos;) skipped: total row; totals are computed from the areas</translation>
    </message>
    <message>
        <source>baris %1</source>
        <translation>row %1</translation>
    </message>
    <message>
        <source>nilai &apos;%1&apos; tidak dapat dipakai: %2</source>
        <translation>value &apos;%1&apos; cannot be used: %2</translation>
    </message>
    <message>
        <source>--map %1=%2: variabel &apos;%2&apos; tidak ada di katalog; yang dikenal: %3</source>
        <translation>--map %1=%2: variable &apos;%2&apos; is not in the catalogue; known variables: %3</translation>
    </message>
    <message>
        <source>membaca berkas</source>
        <translation>reading file</translation>
    </message>
    <message>
        <source>proyek belum berisi batas wilayah: kode wilayah hanya diperiksa bentuknya, tidak keberadaannya</source>
        <translation>the project has no boundaries yet: area codes are checked only for their format, not for their existence</translation>
    </message>
    <message>
        <source>lembar &apos;%1&apos; dilewati: tidak berisi kolom wilayah maupun variabel indikator</source>
        <translation>sheet &apos;%1&apos; skipped: it contains neither area columns nor indicator variables</translation>
    </message>
    <message>
        <source>%1kolom tidak dipakai (bukan variabel katalog): %2</source>
        <translation>%1unused columns (not catalogue variables): %2</translation>
    </message>
    <message>
        <source>lembar %1</source>
        <translation>sheet %1</translation>
    </message>
    <message>
        <source>%1 nilai, tahun %2, indikator %3, %4 sel kosong</source>
        <translation>%1 values, years %2, indicators %3, %4 empty cells</translation>
    </message>
    <message>
        <source>nilai negatif; jumlah orang tidak boleh kurang dari nol</source>
        <translation>negative value; a number of people cannot be less than zero</translation>
    </message>
    <message>
        <source>berisi persen; isikan jumlah (pembilang dan penyebut), bukan angka persentase</source>
        <translation>contains a percentage; enter counts (numerator and denominator), not percentages</translation>
    </message>
    <message>
        <source>bukan angka; yang diharapkan jumlah seperti 3510 atau 695,5</source>
        <translation>not a number; expected a count such as 3510 or 695,5</translation>
    </message>
    <message>
        <source>pemisah ribuan dan desimal tidak konsisten</source>
        <translation>inconsistent thousands and decimal separators</translation>
    </message>
    <message>
        <source>pemisah ribuan tidak dalam kelompok tiga angka</source>
        <translation>thousands separator not in groups of three digits</translation>
    </message>
    <message>
        <source>&apos;%1&apos; bisa dibaca dua cara: %2 (pemisah ribuan) atau %3 (desimal); tulis tanpa pemisah ribuan, mis. %2</source>
        <translation>&apos;%1&apos; can be read two ways: %2 (thousands separator) or %3 (decimal); write it without a thousands separator, e.g. %2</translation>
    </message>
    <message>
        <source>sel raster tidak dapat dibaca (baris %1): %2</source>
        <translation>cannot read raster cells (row %1): %2</translation>
    </message>
    <message>
        <source>berkas tidak ditemukan</source>
        <translation>file not found</translation>
    </message>
    <message>
        <source>tidak dapat dibaca sebagai raster: %1</source>
        <translation>cannot be read as a raster: %1</translation>
    </message>
    <message>
        <source>format tidak dikenali atau berkas rusak</source>
        <translation>unrecognised format or corrupt file</translation>
    </message>
    <message>
        <source>raster penduduk harus satu band (jumlah orang per sel); berkas ini punya %1 band</source>
        <translation>population raster must have a single band (number of people per cell); this file has %1 bands</translation>
    </message>
    <message>
        <source>raster tidak bergeoreferensi (tidak ada geotransform); simpan sebagai GeoTIFF dengan koordinat</source>
        <translation>raster is not georeferenced (no geotransform); save it as a GeoTIFF with coordinates</translation>
    </message>
    <message>
        <source>raster berotasi tidak didukung; ubah dulu ke grid utara-atas (gdalwarp)</source>
        <translation>rotated rasters are not supported; convert to a north-up grid first (gdalwarp)</translation>
    </message>
    <message>
        <source>raster tidak menyebut sistem koordinat (CRS)</source>
        <translation>raster does not specify a coordinate reference system (CRS)</translation>
    </message>
    <message>
        <source>sistem koordinat raster tidak dapat diubah ke EPSG:4326: %1</source>
        <translation>raster coordinate system cannot be transformed to EPSG:4326: %1</translation>
    </message>
    <message>
        <source>batas raster tidak dapat diubah ke bujur/lintang</source>
        <translation>raster extent cannot be transformed to longitude/latitude</translation>
    </message>
    <message>
        <source>raster tidak bertampalan dengan batas wilayah proyek; periksa apakah berkasnya benar</source>
        <translation>raster does not overlap the project boundaries; check that it is the right file</translation>
    </message>
    <message>
        <source>raster hanya menutup sebagian batas wilayah proyek; penduduk di luar raster tidak terhitung</source>
        <translation>raster covers only part of the project boundaries; population outside the raster is not counted</translation>
    </message>
    <message>
        <source>jumlah penduduk %1</source>
        <translation>total population %1</translation>
    </message>
    <message>
        <source>berkas rusak: layer &apos;%1&apos; berhenti terbaca setelah fitur %2 dari %3 (%4); tidak ada yang diimpor</source>
        <translation>damaged file: reading layer &apos;%1&apos; stopped after feature %2 of %3 (%4); nothing was imported</translation>
    </message>
    <message>
        <source>GDAL tidak memberi alasan</source>
        <translation>GDAL gave no reason</translation>
    </message>
    <message>
        <source>%1 (%2) lebih besar dari %3 (%4) di baris yang sama: %1 adalah bagian dari %3</source>
        <translation>%1 (%2) is larger than %3 (%4) in the same row: %1 is a part of %3</translation>
    </message>
    <message>
        <source>kolom &apos;%1&apos; tidak dikenal; maksudnya &apos;%2&apos;? Perbaiki judul kolomnya atau petakan dengan --map %1=%2</source>
        <translation>unknown column &apos;%1&apos;; did you mean &apos;%2&apos;? Correct the column header or map it with --map %1=%2</translation>
    </message>
    <message>
        <source>--period %1: tulis sebagai 2024, 2024-S1, 2024-Q3 atau 2024-08</source>
        <translation>--period %1: write it as 2024, 2024-S1, 2024-Q3 or 2024-08</translation>
    </message>
    <message>
        <source>; mungkin maksudnya %1 (tambahkan dengan: petasehat alias add PROYEK &quot;%2&quot; KODE)</source>
        <translation>; perhaps %1 (add it with: petasehat alias add PROJECT &quot;%2&quot; CODE)</translation>
    </message>
    <message>
        <source>puskesmas &apos;%1&apos; tidak dapat ditempatkan di wilayah: tidak ada di tabel wilayah kerja, tidak ada sebagai fasilitas puskesmas di proyek, dan kecamatan &apos;%2&apos; tidak dikenal%3. Impor daftar puskesmas (petasehat import facilities --type puskesmas) atau tambahkan alias kecamatannya</source>
        <translation>puskesmas &apos;%1&apos; cannot be placed on an area: not in the working-area table, not a puskesmas facility of the project, and kecamatan &apos;%2&apos; is unknown%3. Import the puskesmas list (petasehat import facilities --type puskesmas) or add an alias for its kecamatan</translation>
    </message>
    <message>
        <source>&apos;%1&apos; bukan nama bulan (Januari…Desember, Feb, Agt, Agu, Ags, atau 1–12)</source>
        <translation>&apos;%1&apos; is not a month name (Januari…Desember, Feb, Agt, Agu, Ags, or 1–12)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; bukan tanggal (dd/mm/yyyy, yyyy-mm-dd atau tanggal Excel)</source>
        <translation>&apos;%1&apos; is not a date (dd/mm/yyyy, yyyy-mm-dd or an Excel date)</translation>
    </message>
    <message>
        <source>tanggal %1 tidak sesuai dengan bulan/tahun yang tertulis (%2 %3); tanggal dipakai</source>
        <translation>date %1 disagrees with the written month/year (%2 %3); the date is used</translation>
    </message>
    <message>
        <source>bulan tanpa tahun: tidak ada kolom tahun; sebutkan dengan --year</source>
        <translation>month without a year: there is no year column; give it with --year</translation>
    </message>
    <message>
        <source>&apos;%1&apos; bukan nomor %2 (1–%3)</source>
        <translation>&apos;%1&apos; is not a %2 number (1–%3)</translation>
    </message>
    <message>
        <source>%1 tanpa tahun: tidak ada kolom tahun; sebutkan dengan --year</source>
        <translation>%1 without a year: there is no year column; give it with --year</translation>
    </message>
    <message>
        <source>tahun kosong</source>
        <translation>empty year</translation>
    </message>
    <message>
        <source>&apos;%1&apos; bukan angka; dihitung ulang %2</source>
        <translation>&apos;%1&apos; is not a number; recomputed %2</translation>
    </message>
    <message>
        <source>tertulis %1, dihitung dari %2 ÷ %3 = %4 (selisih %5 poin); yang dipakai hasil hitung</source>
        <translation>stated %1, computed from %2 ÷ %3 = %4 (%5 points apart); the computed one is used</translation>
    </message>
    <message>
        <source>%1 = %2, tetapi bagian-bagiannya (%3) berjumlah %4; yang disimpan %2</source>
        <translation>%1 = %2, but its parts (%3) add up to %4; %2 is stored</translation>
    </message>
    <message>
        <source>nilai %1 sama di semua %2 baris %3 (baris %4–%5): disalin, bukan dihitung?</source>
        <translation>value %1 is the same in all %2 rows of %3 (rows %4–%5): copied rather than counted?</translation>
    </message>
    <message>
        <source>nama puskesmas kosong</source>
        <translation>empty puskesmas name</translation>
    </message>
    <message>
        <source>puskesmas %1</source>
        <translation>puskesmas %1</translation>
    </message>
    <message>
        <source>wilayah %1</source>
        <translation>area %1</translation>
    </message>
    <message>
        <source>%1 periode %2 sudah ada di %3; satu %4 hanya boleh satu baris per periode</source>
        <translation>%1, period %2 already appears in %3; each %4 may have only one row per period</translation>
    </message>
    <message>
        <source>puskesmas</source>
        <translation>puskesmas</translation>
    </message>
    <message>
        <source>wilayah</source>
        <translation>area</translation>
    </message>
    <message>
        <source>%1, %2: %3 (%4) lebih besar dari %5 (%6)</source>
        <translation>%1, %2: %3 (%4) is larger than %5 (%6)</translation>
    </message>
    <message>
        <source>tidak ada kolom kode wilayah (mis. kode_kecamatan, kode_desa, kode), nama wilayah (mis. kecamatan, desa, nama) atau puskesmas (Unit Kerja, Puskesmas, PKM); kolom yang ada: %1. Pilih dengan --code-column/--name-column</source>
        <translation>no area code column (e.g. kode_kecamatan, kode_desa, kode), area name column (e.g. kecamatan, desa, nama) or puskesmas column (Unit Kerja, Puskesmas, PKM); columns present: %1. Choose with --code-column/--name-column</translation>
    </message>
    <message>
        <source>tidak ada kolom tahun atau tanggal dan nama lembar bukan periode; sebutkan dengan --year atau --period</source>
        <translation>no year or date column and the sheet name is not a period; give it with --year or --period</translation>
    </message>
    <message>
        <source>tidak ada pasangan pembilang dan penyebut indikator di kolom-kolomnya (%1). Yang dikenal: %2. Petakan kolom dengan --map kolom=variabel, atau tambahkan judul kolom Anda ke data/headers.json</source>
        <translation>no indicator numerator and denominator pair among its columns (%1). Known pairs: %2. Map columns with --map column=variable, or add your headers to data/headers.json</translation>
    </message>
    <message>
        <source>%1%2 = jumlah kolom %3 (tidak ada kolom totalnya)</source>
        <translation>%1%2 = the sum of columns %3 (there is no total column)</translation>
    </message>
    <message>
        <source>%1 puskesmas ditempatkan di kecamatan wilayah kerjanya (tabel wilayah kerja)</source>
        <translation>%1 puskesmas placed in the kecamatan of their working area (working-area table)</translation>
    </message>
    <message>
        <source>%1 puskesmas ditempatkan di kecamatan tempat titik puskesmasnya berada (asumsi: wilayah kerja = kecamatan itu; impor tabel wilayah kerja bila berbeda)</source>
        <translation>%1 puskesmas placed in the kecamatan their point lies in (assumption: working area = that kecamatan; import a working-area table if not)</translation>
    </message>
    <message>
        <source>%1 puskesmas ditempatkan di kecamatan yang tertulis di barisnya (asumsi: puskesmas belum ada di proyek; wilayah kerja = kecamatan itu)</source>
        <translation>%1 puskesmas placed in the kecamatan written on their row (assumption: the puskesmas is not in the project yet; working area = that kecamatan)</translation>
    </message>
    <message>
        <source>laporan tidak dapat ditulis: %1</source>
        <translation>cannot write the report: %1</translation>
    </message>
    <message>
        <source>mencapai target</source>
        <translation>target reached</translation>
    </message>
    <message>
        <source>di bawah target</source>
        <translation>below target</translation>
    </message>
    <message>
        <source>indikator tidak dikenal: %1</source>
        <translation>unknown indicator: %1</translation>
    </message>
    <message>
        <source>jenis berkas tabel tidak didukung (harus .csv atau .xlsx)</source>
        <translation>unsupported table file type (must be .csv or .xlsx)</translation>
    </message>
    <message>
        <source>berkas tidak dapat ditimpa</source>
        <translation>the file cannot be overwritten</translation>
    </message>
    <message>
        <source>tabel tidak dapat ditulis: %1</source>
        <translation>the table cannot be written: %1</translation>
    </message>
    <message>
        <source>%1 (nama/kode wilayah, tidak dipakai untuk mencocokkan)</source>
        <translation>%1 (area name/code, not used for matching)</translation>
    </message>
    <message>
        <source>perlu kolom puskesmas (Puskesmas, Unit Kerja, PKM) dan kolom desa (kode_desa, atau desa dengan kecamatan); kolom yang ada: %1</source>
        <translation>needs a puskesmas column (Puskesmas, Unit Kerja, PKM) and a desa column (kode_desa, or desa with kecamatan); columns present: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; bukan kode desa di proyek</source>
        <translation>&apos;%1&apos; is not a desa code of the project</translation>
    </message>
    <message>
        <source>desa &apos;%1&apos; tidak ditemukan di proyek</source>
        <translation>desa &apos;%1&apos; not found in the project</translation>
    </message>
    <message>
        <source>desa &apos;%1&apos; ada di beberapa kecamatan; sertakan kolom kecamatan atau kode_desa</source>
        <translation>desa &apos;%1&apos; exists in several kecamatan; include a kecamatan or kode_desa column</translation>
    </message>
    <message>
        <source>%1 (luas %2 → %3 km², tumpang-tindih %4 %)</source>
        <translation>%1 (area %2 → %3 km², overlap %4 %)</translation>
    </message>
    <message>
        <source>layer &apos;%1&apos; tidak berisi fitur; tidak ada yang diimpor</source>
        <translation>layer &apos;%1&apos; has no features; nothing was imported</translation>
    </message>
    <message>
        <source>%1 (kode %2): %3; tidak ada yang diimpor</source>
        <translation>%1 (code %2): %3; nothing was imported</translation>
    </message>
    <message>
        <source>%1 (kode %2): luas poligon nol setelah diubah ke EPSG:4326; periksa CRS berkas (%3). Tidak ada yang diimpor</source>
        <translation>%1 (code %2): the polygon has zero area after transformation to EPSG:4326; check the file&apos;s CRS (%3). Nothing was imported</translation>
    </message>
    <message>
        <source>%1 wilayah yang sudah tersimpan akan bergeser atau menyusut lebih dari 10 %: %2%3. Bila batas baru memang benar, impor lagi dengan --replace-geometry; tidak ada yang diimpor</source>
        <translation>%1 stored areas would move or shrink by more than 10 %: %2%3. If the new boundaries are right, import again with --replace-geometry; nothing was imported</translation>
    </message>
    <message>
        <source>layer &apos;%1&apos;: tidak ada poligon yang dapat disimpan dari %2 fitur (jenis geometri %3); batas wilayah harus poligon</source>
        <translation>layer &apos;%1&apos;: no polygon could be stored from %2 features (geometry type %3); boundaries must be polygons</translation>
    </message>
    <message>
        <source>koordinat (%1) di luar Indonesia</source>
        <translation>coordinates (%1) outside Indonesia</translation>
    </message>
    <message>
        <source>bujur</source>
        <translation>longitude</translation>
    </message>
    <message>
        <source>lintang</source>
        <translation>latitude</translation>
    </message>
    <message>
        <source>; bujur dan lintang tampak tertukar (urutan sumbu). Simpan ulang berkas dengan urutan x = bujur, y = lintang</source>
        <translation>; longitude and latitude look swapped (axis order). Save the file again with x = longitude, y = latitude</translation>
    </message>
    <message>
        <source>; angka di berkas (%1) tampak seperti derajat, padahal CRS berkas %2 memakai meter: label CRS berkas salah. Tetapkan CRS yang benar (mis. EPSG:4326) lalu impor lagi</source>
        <translation>; the numbers in the file (%1) look like degrees, but the file&apos;s CRS %2 is in metres: the file&apos;s CRS label is wrong. Assign the right CRS (e.g. EPSG:4326) and import again</translation>
    </message>
    <message>
        <source>; angka di berkas (%1) tampak seperti meter, padahal CRS berkas %2 memakai derajat: label CRS berkas salah (mis. UTM 48S = EPSG:32748)</source>
        <translation>; the numbers in the file (%1) look like metres, but the file&apos;s CRS %2 is in degrees: the file&apos;s CRS label is wrong (e.g. UTM 48S = EPSG:32748)</translation>
    </message>
    <message>
        <source>; periksa CRS berkas (%1) dan koordinatnya</source>
        <translation>; check the file&apos;s CRS (%1) and its coordinates</translation>
    </message>
    <message>
        <source>kode %1 adalah kode %2, padahal kolom ini untuk kode %3</source>
        <translation>code %1 is a %2 code, but this column is for %3 codes</translation>
    </message>
    <message>
        <source>nilai &apos;%1&apos; bukan bilangan bulat; %2 adalah jumlah orang</source>
        <translation>value &apos;%1&apos; is not a whole number; %2 is a number of people</translation>
    </message>
    <message>
        <source>%1 sel kosong di berkas menyangkut nilai yang sudah tersimpan; nilai lama dipertahankan (pakai --replace bila memang harus dikosongkan)</source>
        <translation>%1 empty cells in the file concern values already stored; the stored values were kept (use --replace if they must be erased)</translation>
    </message>
    <message>
        <source>tidak ada baris data (berkas kosong atau hanya berisi judul kolom); tidak ada yang diimpor</source>
        <translation>no data rows (the file is empty or has only column headers); nothing was imported</translation>
    </message>
    <message>
        <source>angka terlalu besar untuk jumlah orang (lebih dari %1)</source>
        <translation>number too large for a count of people (more than %1)</translation>
    </message>
    <message>
        <source>sel baris %1, kolom %2</source>
        <translation>cell at row %1, column %2</translation>
    </message>
    <message>
        <source>%1 bernilai negatif (%2); jumlah penduduk tidak boleh negatif. Tetapkan nilai itu sebagai nodata atau perbaiki rasternya</source>
        <translation>%1 is negative (%2); a population cannot be negative. Declare that value as nodata or fix the raster</translation>
    </message>
    <message>
        <source>%1 bernilai %2 orang, lebih dari %3 orang per km²; bukan jumlah penduduk per sel (satuan salah atau berkas rusak)</source>
        <translation>%1 holds %2 people, more than %3 people per km²; not a population per cell (wrong unit or damaged file)</translation>
    </message>
    <message>
        <source>ukuran sel raster nol atau tidak sah</source>
        <translation>the raster&apos;s cell size is zero or invalid</translation>
    </message>
    <message>
        <source>sistem koordinat %1 bukan bujur/lintang EPSG:4326</source>
        <translation>coordinate system %1 is not longitude/latitude EPSG:4326</translation>
    </message>
    <message>
        <source>raster selatan-ke-atas (baris pertama di selatan)</source>
        <translation>south-up raster (first row in the south)</translation>
    </message>
    <message>
        <source>raster tidak berisi satu pun sel berpenduduk (semua nodata, NaN atau nol); bukan raster penduduk yang dapat dipakai. Raster yang tersimpan tidak diganti</source>
        <translation>the raster has no populated cell at all (all nodata, NaN or zero); not a usable population raster. The stored raster was not replaced</translation>
    </message>
    <message>
        <source>jumlah penduduk raster %1 orang, tidak masuk akal; periksa satuan sel</source>
        <translation>the raster&apos;s population of %1 people is not plausible; check the cell unit</translation>
    </message>
    <message>
        <source>raster tidak dapat diubah ke bujur/lintang EPSG:4326 (gdalwarp)%1; ubah sendiri dengan gdalwarp -t_srs EPSG:4326 -r sum lalu impor hasilnya</source>
        <translation>the raster cannot be transformed to longitude/latitude EPSG:4326 (gdalwarp)%1; transform it yourself with gdalwarp -t_srs EPSG:4326 -r sum and import the result</translation>
    </message>
    <message>
        <source>%1: diubah ke bujur/lintang EPSG:4326 dengan gdalwarp (resampling sum) menjadi %2; berkas itu yang dipakai proyek</source>
        <translation>%1: transformed to longitude/latitude EPSG:4326 with gdalwarp (sum resampling) into %2; the project uses that file</translation>
    </message>
    <message>
        <source>isi berkas rusak atau terpotong</source>
        <translation>the file&apos;s content is damaged or truncated</translation>
    </message>
    <message>
        <source>baris hanya berisi %1 dari %2 kolom (pemisah %3); berkas terpotong atau baris rusak. Perbaiki barisnya; tidak ada yang diimpor</source>
        <translation>the row has only %1 of %2 columns (delimiter %3); the file is truncated or the row is broken. Fix the row; nothing was imported</translation>
    </message>
    <message>
        <source>tanda kutip (&quot;) dibuka di sel ini dan tidak ditutup, sehingga baris-baris berikutnya terbaca sebagai satu sel. Hapus atau tutup tanda kutipnya; tidak ada yang diimpor</source>
        <translation>a quote (&quot;) opens in this cell and is never closed, so the following rows were read as one cell. Remove or close the quote; nothing was imported</translation>
    </message>
    <message>
        <source>berkas rusak: pembacaan berhenti setelah baris %1 (%2); tidak ada yang diimpor. Buka dan simpan ulang berkasnya di aplikasi lembar kerja, atau minta salinan yang utuh</source>
        <translation>damaged file: reading stopped after row %1 (%2); nothing was imported. Open and save the file again in a spreadsheet application, or ask for an intact copy</translation>
    </message>
    <message>
        <source>berkas tidak dapat dibuka: %1</source>
        <translation>the file cannot be opened: %1</translation>
    </message>
    <message>
        <source>berkas kosong (0 baris); tidak ada yang diimpor</source>
        <translation>empty file (0 rows); nothing was imported</translation>
    </message>
    <message>
        <source>kolom dipisah dengan %1, yang tidak dapat dibaca; simpan ulang sebagai CSV dengan pemisah koma atau titik koma</source>
        <translation>columns are separated by %1, which cannot be read; save the file again as CSV with commas or semicolons</translation>
    </message>
    <message>
        <source>pemisah kolom: %1</source>
        <translation>column delimiter: %1</translation>
    </message>
    <message>
        <source>berkas bukan UTF-8; dibaca sebagai %1 (Windows). Bila huruf tampak salah, sebutkan pengodeannya dengan --encoding</source>
        <translation>the file is not UTF-8; read as %1 (Windows). If letters look wrong, give its encoding with --encoding</translation>
    </message>
    <message>
        <source>pengodean berkas: %1</source>
        <translation>file encoding: %1</translation>
    </message>
    <message>
        <source>berkas terlalu besar untuk diubah ke UTF-8 di memori</source>
        <translation>the file is too large to convert to UTF-8 in memory</translation>
    </message>
    <message>
        <source>tidak dapat dibaca sebagai CSV (pengodean %1)</source>
        <translation>cannot be read as CSV (encoding %1)</translation>
    </message>
    <message>
        <source>berkas tidak dapat dibaca sebagai %1 (ada urutan byte yang tidak sah)</source>
        <translation>the file cannot be read as %1 (it has invalid byte sequences)</translation>
    </message>
    <message>
        <source>pengodean &apos;%1&apos; tidak dikenal; pakai utf-8, utf-16, cp1252 atau latin1</source>
        <translation>unknown encoding &apos;%1&apos;; use utf-8, utf-16, cp1252 or latin1</translation>
    </message>
    <message>
        <source>titik koma (;)</source>
        <translation>semicolon (;)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>garis tegak (|)</source>
        <translation>vertical bar (|)</translation>
    </message>
    <message>
        <source>koma (,)</source>
        <translation>comma (,)</translation>
    </message>
    <message>
        <source>%1 sel logika (TRUE/FALSE) yang tidak dapat dipetakan ke tabel mungkin terbaca sebagai 1/0: lembar &apos;%2&apos; sel %3%4 — periksa sel tersebut</source>
        <translation>%1 logical (TRUE/FALSE) cell(s) that could not be matched to the table may have been read as 1/0: sheet &apos;%2&apos; cell %3%4 — check these cells</translation>
    </message>
</context>
<context>
    <name>ps::io::Context</name>
    <message>
        <source>lembar &apos;%1&apos;: </source>
        <translation>sheet &apos;%1&apos;: </translation>
    </message>
</context>
<context>
    <name>ps::io::ToWgs84</name>
    <message>
        <source>layer &apos;%1&apos; tidak menyebut sistem koordinat (CRS) dan koordinatnya bukan derajat; simpan ulang berkas dengan CRS (mis. .prj untuk SHP)</source>
        <translation>layer &apos;%1&apos; does not specify a coordinate reference system (CRS) and its coordinates are not degrees; save the file again with a CRS (e.g. .prj for SHP)</translation>
    </message>
    <message>
        <source>layer tanpa CRS; koordinat dianggap bujur/lintang WGS 84 (EPSG:4326)</source>
        <translation>layer has no CRS; coordinates assumed to be WGS 84 longitude/latitude (EPSG:4326)</translation>
    </message>
    <message>
        <source>sistem koordinat layer (%1) tidak dapat diubah ke EPSG:4326: %2</source>
        <translation>layer coordinate system (%1) cannot be transformed to EPSG:4326: %2</translation>
    </message>
</context>
<context>
    <name>ps::pg</name>
    <message>
        <source>string koneksi PG: tidak dapat dibaca: %1</source>
        <translation>the PG: connection string cannot be read: %1</translation>
    </message>
    <message>
        <source>kata sandi tidak boleh ditulis dalam string koneksi PG:; pakai berkas ~/.pgpass atau variabel lingkungan PGPASSWORD</source>
        <translation>a password must not be written in the PG: connection string; use the ~/.pgpass file or the PGPASSWORD environment variable</translation>
    </message>
    <message>
        <source>peran %1 hanya boleh menulis kabupaten/kota %2, bukan %3</source>
        <translation>role %1 may only write district %2, not %3</translation>
    </message>
    <message>
        <source>proyek berisi beberapa kabupaten/kota (%1); pilih satu dengan --district</source>
        <translation>the project holds several districts (%1); choose one with --district</translation>
    </message>
    <message>
        <source>; penerbitan dibatalkan, basis data tetap seperti sebelumnya</source>
        <translation>; publish cancelled, the database is as it was before</translation>
    </message>
    <message>
        <source>; koneksi putus saat COMMIT, tidak diketahui apakah tersimpan: jalankan publish lagi (aman diulang)</source>
        <translation>; the connection dropped during COMMIT, it is unknown whether it was stored: run publish again (safe to repeat)</translation>
    </message>
    <message>
        <source>proyek tidak berisi wilayah kabupaten/kota %1 (yang ada: %2)</source>
        <translation>the project holds no areas of district %1 (it has: %2)</translation>
    </message>
    <message>
        <source>tidak ada</source>
        <translation>none</translation>
    </message>
    <message>
        <source>ekstensi PostGIS belum terpasang di basis data ini dan peran ini tidak dapat memasangnya; minta admin menjalankan sekali sebagai superuser: CREATE EXTENSION postgis; (%1)</source>
        <translation>the PostGIS extension is not installed in this database and this role cannot install it; ask the admin to run once as superuser: CREATE EXTENSION postgis; (%1)</translation>
    </message>
    <message>
        <source>basis data memakai skema petasehat versi %1, lebih baru dari program ini (%2); perbarui petasehat</source>
        <translation>the database uses petasehat schema version %1, newer than this program (%2); update petasehat</translation>
    </message>
    <message>
        <source>basis data belum berisi skema petasehat; pemilik basis data menjalankan dulu: petasehat pg init &quot;PG:...&quot;</source>
        <translation>the database has no petasehat schema yet; the database owner first runs: petasehat pg init &quot;PG:...&quot;</translation>
    </message>
    <message>
        <source>skema petasehat di basis data versi %1, program ini memakai versi %2; pemilik basis data menjalankan: petasehat pg init &quot;PG:...&quot;</source>
        <translation>the petasehat schema in the database is version %1, this program uses version %2; the database owner runs: petasehat pg init &quot;PG:...&quot;</translation>
    </message>
    <message>
        <source>kode wilayah &quot;%1&quot; bukan kode Kemendagri (mis. 33 atau 33.01)</source>
        <translation>area code &quot;%1&quot; is not a Kemendagri code (e.g. 33 or 33.01)</translation>
    </message>
</context>
<context>
    <name>ps::pg::Connection</name>
    <message>
        <source>langkah &quot;%1&quot;: %2</source>
        <translation>step &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>ps::pg::Mirror</name>
    <message>
        <source>folder cermin lokal tidak dapat dibuat</source>
        <translation>the local mirror folder cannot be created</translation>
    </message>
    <message>
        <source>cermin lokal sedang dikunci proses lain dan kuncinya tidak dapat diambil</source>
        <translation>the local mirror is locked by another process and the lock cannot be taken</translation>
    </message>
    <message>
        <source>menyalin kabupaten/kota %1</source>
        <translation>copying district %1</translation>
    </message>
    <message>
        <source>cermin lokal tidak dapat ditulis di tempatnya</source>
        <translation>the local mirror cannot be written in its place</translation>
    </message>
</context>
<context>
    <name>ps::render</name>
    <message>
        <source>berkas tidak dapat ditulis: %1</source>
        <translation>cannot write file: %1</translation>
    </message>
    <message>
        <source>PNG tidak dapat ditulis</source>
        <translation>cannot write PNG</translation>
    </message>
    <message>
        <source>halaman</source>
        <translation>page</translation>
    </message>
    <message>
        <source>CRS peta tidak dapat ditulis sebagai WKT: %1</source>
        <translation>the map CRS cannot be written as WKT: %1</translation>
    </message>
</context>
<context>
    <name>ps::server</name>
    <message>
        <source>PetaSehat: peta kesehatan</source>
        <translation>PetaSehat: health maps</translation>
    </message>
    <message>
        <source>Indikator kesehatan per kecamatan, fasilitas kesehatan dan hasil analisis jangkauan dari proyek PetaSehat.</source>
        <translation>Health indicators per sub-district, health facilities and coverage analysis results from a PetaSehat project.</translation>
    </message>
    <message>
        <source>PetaSehat</source>
        <translation>PetaSehat</translation>
    </message>
    <message>
        <source>bawaan</source>
        <translation>default</translation>
    </message>
    <message>
        <source>Fasilitas kesehatan (semua jenis)</source>
        <translation>Health facilities (all types)</translation>
    </message>
    <message>
        <source>Fasilitas: %1</source>
        <translation>Facilities: %1</translation>
    </message>
    <message>
        <source>Wilayah terjangkau %1 (analisis #%2)</source>
        <translation>Area within reach of %1 (analysis #%2)</translation>
    </message>
    <message>
        <source>Batas kecamatan</source>
        <translation>Sub-district boundaries</translation>
    </message>
    <message>
        <source>VERSION %1 tidak didukung; gunakan 1.3.0</source>
        <translation>VERSION %1 is not supported; use 1.3.0</translation>
    </message>
    <message>
        <source>CRS %1 tidak didukung; gunakan EPSG:4326, EPSG:3857 atau CRS:84</source>
        <translation>CRS %1 is not supported; use EPSG:4326, EPSG:3857 or CRS:84</translation>
    </message>
    <message>
        <source>STYLES harus kosong atau berisi satu gaya per lapisan (%1 lapisan, %2 gaya)</source>
        <translation>STYLES must be empty or contain one style per layer (%1 layers, %2 styles)</translation>
    </message>
    <message>
        <source>gaya tidak dikenal: %1</source>
        <translation>unknown style: %1</translation>
    </message>
    <message>
        <source>lapisan tidak dikenal: %1</source>
        <translation>unknown layer: %1</translation>
    </message>
    <message>
        <source>Tidak ada objek di titik ini.</source>
        <translation>No features at this point.</translation>
    </message>
    <message>
        <source>BBOX harus berisi 4 angka dipisah koma (minx,miny,maxx,maxy), bukan &quot;%1&quot;</source>
        <translation>BBOX must contain 4 comma-separated numbers (minx,miny,maxx,maxy), not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>BBOX: &quot;%1&quot; bukan angka yang sah</source>
        <translation>BBOX: &quot;%1&quot; is not a valid number</translation>
    </message>
    <message>
        <source>BBOX: nilai minimum harus lebih kecil dari maksimum (%1)</source>
        <translation>BBOX: minimum values must be less than maximum values (%1)</translation>
    </message>
    <message>
        <source>%1 harus bilangan bulat 1–%2, bukan &quot;%3&quot;</source>
        <translation>%1 must be an integer 1–%2, not &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1 harus bilangan bulat 0–%2, bukan &quot;%3&quot;</source>
        <translation>%1 must be an integer 0–%2, not &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1 harus TRUE atau FALSE, bukan &quot;%2&quot;</source>
        <translation>%1 must be TRUE or FALSE, not &quot;%2&quot;</translation>
    </message>
    <message>
        <source>layanan primer mana pun</source>
        <translation>any primary care</translation>
    </message>
    <message>
        <source>Desa kurang terlayani (analisis #%1)</source>
        <translation>Underserved villages (run #%1)</translation>
    </message>
    <message>
        <source>Usulan lokasi baru, bernomor menurut urutan pilihan (analisis #%1)</source>
        <translation>Proposed new sites, numbered in the order chosen (run #%1)</translation>
    </message>
    <message>
        <source>kelas bawaan indikator</source>
        <translation>the indicator&apos;s default classes</translation>
    </message>
    <message>
        <source>%1, per %2, %3</source>
        <translation>%1, by %2, %3</translation>
    </message>
    <message>
        <source>Batas provinsi</source>
        <translation>Province boundaries</translation>
    </message>
    <message>
        <source>Batas kabupaten/kota</source>
        <translation>District/city boundaries</translation>
    </message>
    <message>
        <source>terlalu banyak lapisan dalam satu peta: %1 (maks. %2)</source>
        <translation>too many layers in one map: %1 (max. %2)</translation>
    </message>
    <message>
        <source>peta terlalu mahal: %1 lapisan × %2 × %3 piksel melebihi batas %4 lapisan·piksel; perkecil WIDTH/HEIGHT atau jumlah lapisan</source>
        <translation>map too expensive: %1 layers × %2 × %3 pixels exceeds the limit of %4 layer·pixels; reduce WIDTH/HEIGHT or the number of layers</translation>
    </message>
    <message>
        <source>BGCOLOR harus 0xRRGGBB heksadesimal, bukan &quot;%1&quot;</source>
        <translation>BGCOLOR must be hexadecimal 0xRRGGBB, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>gaya %1 tidak berlaku untuk lapisan %2</source>
        <translation>style %1 does not apply to layer %2</translation>
    </message>
    <message>
        <source>nama pengguna hanya huruf, angka, &apos;.&apos;, &apos;_&apos; dan &apos;-&apos;, 1–64 karakter: %1</source>
        <translation>a user name has only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, 1–64 characters: %1</translation>
    </message>
    <message>
        <source>token terlalu pendek (paling sedikit 16 karakter)</source>
        <translation>token too short (at least 16 characters)</translation>
    </message>
    <message>
        <source>skema proyek belum mendukung pengguna; buka proyek sekali tanpa mode baca-saja</source>
        <translation>the project schema does not support users yet; open the project once without read-only mode</translation>
    </message>
    <message>
        <source>%1, per %2 (periode terakhir: %3)</source>
        <translation>%1, by %2 (latest period: %3)</translation>
    </message>
    <message>
        <source> (lapisan dengan data: %1)</source>
        <translation> (layers with data: %1)</translation>
    </message>
    <message>
        <source>TIME kosong; berikan periode, mis. TIME=2023 atau TIME=2024-08</source>
        <translation>TIME is empty; give a period, e.g. TIME=2023 or TIME=2024-08</translation>
    </message>
    <message>
        <source>tidak ada data %1 untuk TIME=%2; periode yang ada: %3</source>
        <translation>no %1 data for TIME=%2; periods with data: %3</translation>
    </message>
</context>
<context>
    <name>ps::server::HttpDaemon</name>
    <message>
        <source>tidak dapat mendengarkan di %1:%2 (porta dipakai?)</source>
        <translation>cannot listen on %1:%2 (port in use?)</translation>
    </message>
    <message>
        <source>server sibuk: terlalu banyak jawaban belum diambil; coba lagi sebentar</source>
        <translation>server busy: too many answers not yet collected; try again shortly</translation>
    </message>
    <message>
        <source>server sibuk: antrean penggambaran penuh; coba lagi sebentar</source>
        <translation>server busy: the render queue is full; try again shortly</translation>
    </message>
    <message>
        <source>Content-Length bersama Transfer-Encoding tidak diterima</source>
        <translation>Content-Length together with Transfer-Encoding is not accepted</translation>
    </message>
    <message>
        <source>isi permintaan terlalu besar (maks. %1 bita)</source>
        <translation>request body too large (max. %1 bytes)</translation>
    </message>
</context>
<context>
    <name>ps::server::MapService</name>
    <message>
        <source>dalam jangkauan</source>
        <translation>within reach</translation>
    </message>
    <message>
        <source>kurang terlayani</source>
        <translation>underserved</translation>
    </message>
    <message>
        <source>batas kecamatan</source>
        <translation>sub-district boundaries</translation>
    </message>
    <message>
        <source>usulan lokasi baru (nomor = urutan)</source>
        <translation>proposed new site (number = order)</translation>
    </message>
    <message>
        <source>%1, lokasi perkiraan</source>
        <translation>%1, estimated location</translation>
    </message>
</context>
<context>
    <name>ps::server::Params</name>
    <message>
        <source>parameter %1 diberikan lebih dari sekali</source>
        <translation>parameter %1 given more than once</translation>
    </message>
    <message>
        <source>parameter tidak dikenal: %1 (yang diterima: %2)</source>
        <translation>unknown parameter: %1 (accepted: %2)</translation>
    </message>
    <message>
        <source>parameter %1 wajib diisi</source>
        <translation>parameter %1 is required</translation>
    </message>
    <message>
        <source>parameter tidak dikenal: %1 (alamat ini tidak menerima parameter)</source>
        <translation>unknown parameter: %1 (this address takes no parameters)</translation>
    </message>
</context>
<context>
    <name>ps::server::Service</name>
    <message>
        <source>Versi data %1 dilayani (kabupaten/kota berubah: %2); %3 dari %4 ubin tersimpan tetap berlaku.</source>
        <translation>Serving data version %1 (districts changed: %2); %3 of %4 cached tiles remain valid.</translation>
    </message>
    <message>
        <source>basis data tidak terjangkau; layanan pulih sendiri saat basis data kembali, coba lagi sebentar lagi</source>
        <translation>the database cannot be reached; the service recovers by itself when the database returns, try again shortly</translation>
    </message>
    <message>
        <source>isi permintaan terlalu besar (maks. %1 bita)</source>
        <translation>request body too large (max. %1 bytes)</translation>
    </message>
    <message>
        <source>WMS hanya menerima GET</source>
        <translation>WMS accepts only GET</translation>
    </message>
    <message>
        <source>ubin hanya menerima GET</source>
        <translation>tiles accept only GET</translation>
    </message>
    <message>
        <source>metode tidak didukung</source>
        <translation>method not supported</translation>
    </message>
    <message>
        <source>SERVICE harus WMS</source>
        <translation>SERVICE must be WMS</translation>
    </message>
    <message>
        <source>FORMAT %1 tidak didukung; gunakan image/png</source>
        <translation>FORMAT %1 is not supported; use image/png</translation>
    </message>
    <message>
        <source>INFO_FORMAT %1 tidak didukung; gunakan application/json atau text/html</source>
        <translation>INFO_FORMAT %1 is not supported; use application/json or text/html</translation>
    </message>
    <message>
        <source>QUERY_LAYERS: %1 tidak ada di LAYERS</source>
        <translation>QUERY_LAYERS: %1 is not in LAYERS</translation>
    </message>
    <message>
        <source>FEATURE_COUNT harus bilangan bulat positif</source>
        <translation>FEATURE_COUNT must be a positive integer</translation>
    </message>
    <message>
        <source>lapisan tidak dikenal: %1</source>
        <translation>unknown layer: %1</translation>
    </message>
    <message>
        <source>gaya tidak dikenal: %1</source>
        <translation>unknown style: %1</translation>
    </message>
    <message>
        <source>REQUEST %1 tidak didukung (GetCapabilities, GetMap, GetFeatureInfo, GetLegendGraphic)</source>
        <translation>REQUEST %1 is not supported (GetCapabilities, GetMap, GetFeatureInfo, GetLegendGraphic)</translation>
    </message>
    <message>
        <source>alamat ubin harus /tiles/LAPISAN/z/x/y.png</source>
        <translation>tile address must be /tiles/LAYER/z/x/y.png</translation>
    </message>
    <message>
        <source>ubin %1/%2/%3 di luar jangkauan (z 0–22, x dan y 0–2^z-1)</source>
        <translation>tile %1/%2/%3 out of range (z 0–22, x and y 0–2^z-1)</translation>
    </message>
    <message>
        <source>metode %1 tidak didukung untuk /api/%2</source>
        <translation>method %1 is not supported for /api/%2</translation>
    </message>
    <message>
        <source>indikator tidak dikenal: %1</source>
        <translation>unknown indicator: %1</translation>
    </message>
    <message>
        <source>level tidak dikenal: %1 (provinsi, kabupaten, kecamatan, desa)</source>
        <translation>unknown level: %1 (provinsi, kabupaten, kecamatan, desa)</translation>
    </message>
    <message>
        <source>jenis fasilitas tidak dikenal: %1</source>
        <translation>unknown facility type: %1</translation>
    </message>
    <message>
        <source>alamat API tidak dikenal: /api/%1</source>
        <translation>unknown API address: /api/%1</translation>
    </message>
    <message>
        <source>lapisan indikator tidak dikenal: %1</source>
        <translation>unknown indicator layer: %1</translation>
    </message>
    <message>
        <source>berikan layer=… atau indicator=…</source>
        <translation>give layer=… or indicator=…</translation>
    </message>
    <message>
        <source>ukuran halaman tidak dikenal: %1</source>
        <translation>unknown page size: %1</translation>
    </message>
    <message>
        <source>token salah atau tidak ada</source>
        <translation>wrong or missing token</translation>
    </message>
    <message>
        <source>isi harus objek JSON {&quot;lon&quot;:…, &quot;lat&quot;:…, &quot;note&quot;:…}: %1</source>
        <translation>body must be a JSON object {&quot;lon&quot;:…, &quot;lat&quot;:…, &quot;note&quot;:…}: %1</translation>
    </message>
    <message>
        <source>kolom tidak dikenal: %1</source>
        <translation>unknown field: %1</translation>
    </message>
    <message>
        <source>lon/lat harus angka derajat (lon −180–180, lat −90–90)</source>
        <translation>lon/lat must be numbers in degrees (lon −180–180, lat −90–90)</translation>
    </message>
    <message>
        <source>fasilitas %1 tidak ada</source>
        <translation>facility %1 does not exist</translation>
    </message>
    <message>
        <source>berkas statis tidak menerima parameter</source>
        <translation>static files do not accept parameters</translation>
    </message>
    <message>
        <source>berkas tidak ada</source>
        <translation>file does not exist</translation>
    </message>
    <message>
        <source>alamat tidak dikenal: %1</source>
        <translation>unknown address: %1</translation>
    </message>
    <message>
        <source>FORMAT %1 tidak didukung; gunakan image/png atau image/jpeg</source>
        <translation>FORMAT %1 is not supported; use image/png or image/jpeg</translation>
    </message>
    <message>
        <source>penggambaran dibatalkan: melewati batas waktu %1 detik; perkecil WIDTH/HEIGHT atau jumlah lapisan</source>
        <translation>render cancelled: past the time limit of %1 seconds; reduce WIDTH/HEIGHT or the number of layers</translation>
    </message>
    <message>
        <source>gaya %1 tidak berlaku untuk lapisan %2</source>
        <translation>style %1 does not apply to layer %2</translation>
    </message>
    <message>
        <source>terlalu banyak lapisan dalam satu peta: %1 (maks. %2)</source>
        <translation>too many layers in one map: %1 (max. %2)</translation>
    </message>
    <message>
        <source>prefix harus awal kode wilayah (angka dan titik), bukan &quot;%1&quot;</source>
        <translation>prefix must be the start of an area code (digits and dots), not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>limit harus 1–%1 dan offset bilangan bulat ≥ 0</source>
        <translation>limit must be 1–%1 and offset an integer ≥ 0</translation>
    </message>
    <message>
        <source>perubahan data dimatikan; jalankan server dengan --edits dan tambahkan pengguna dengan &apos;petasehat users&apos;</source>
        <translation>data changes are off; run the server with --edits and add users with &apos;petasehat users&apos;</translation>
    </message>
    <message>
        <source>period harus 2024, 2024-S1, 2024-Q3 atau 2024-08, bukan &quot;%1&quot;</source>
        <translation>period must be 2024, 2024-S1, 2024-Q3 or 2024-08, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>peta tersimpan diminta sebagai /maps/NAMA.png</source>
        <translation>a saved map is requested as /maps/NAME.png</translation>
    </message>
    <message>
        <source>tidak ada peta tersimpan bernama &quot;%1&quot;; daftarnya di /api/maps</source>
        <translation>no saved map named &quot;%1&quot;; the list is at /api/maps</translation>
    </message>
</context>
<context>
    <name>ps::server::SourceWatch</name>
    <message>
        <source>Sumber data tersambung lagi (versi data %1); layanan pulih.</source>
        <translation>The data source is reachable again (data version %1); service restored.</translation>
    </message>
    <message>
        <source>Sumber data tidak terjangkau: %1; permintaan data dijawab 503 sampai tersambung lagi.</source>
        <translation>The data source cannot be reached: %1; data requests are answered with 503 until it is back.</translation>
    </message>
</context>
<context>
    <name>render</name>
    <message>
        <source>templat peta tidak dapat dibaca</source>
        <translation>cannot read the map template</translation>
    </message>
    <message>
        <source>bukan JSON yang sah: %1 (posisi %2)</source>
        <translation>not valid JSON: %1 (position %2)</translation>
    </message>
    <message>
        <source>nilai tidak sah: %1</source>
        <translation>invalid value: %1</translation>
    </message>
    <message>
        <source>kosong</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>tidak ada peta tersimpan bernama &quot;%1&quot;; yang ada: %2</source>
        <translation>no saved map named &quot;%1&quot;; saved maps: %2</translation>
    </message>
</context>
<context>
    <name>viewer</name>
    <message>
        <source>PetaSehat — peta kesehatan</source>
        <translation>PetaSehat — health maps</translation>
    </message>
    <message>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Fasilitas</source>
        <translation>Facilities</translation>
    </message>
    <message>
        <source>Analisis</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <source>Lapisan analisis</source>
        <translation>Analysis layer</translation>
    </message>
    <message>
        <source>(tidak ada)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Unduh PNG</source>
        <translation>Download PNG</translation>
    </message>
    <message>
        <source>Legenda</source>
        <translation>Legend</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Dalam jangkauan</source>
        <translation>Within reach</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Gagal memuat daftar indikator.</source>
        <translation>Could not load the indicator list.</translation>
    </message>
    <message>
        <source>Gagal mengambil info.</source>
        <translation>Could not fetch the information.</translation>
    </message>
    <message>
        <source>Indikator &quot;%1&quot; tidak ada di proyek.</source>
        <translation>Indicator &quot;%1&quot; is not in the project.</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Sub-district</translation>
    </message>
    <message>
        <source>Kelas</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Kurang terlayani</source>
        <translation>Underserved</translation>
    </message>
    <message>
        <source>Menyiapkan PNG…</source>
        <translation>Preparing PNG…</translation>
    </message>
    <message>
        <source>Nilai</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Pembilang</source>
        <translation>Numerator</translation>
    </message>
    <message>
        <source>Penyebut</source>
        <translation>Denominator</translation>
    </message>
    <message>
        <source>Peringkat</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Proyek belum berisi data indikator.</source>
        <translation>The project has no indicator data yet.</translation>
    </message>
    <message>
        <source>Skor</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tahun %1 tidak ada untuk indikator ini; ditampilkan %2.</source>
        <translation>Year %1 does not exist for this indicator; showing %2.</translation>
    </message>
    <message>
        <source>Tambahan terjangkau</source>
        <translation>Additional people within reach</translation>
    </message>
    <message>
        <source>Tidak ada wilayah di titik ini.</source>
        <translation>No area at this point.</translation>
    </message>
    <message>
        <source>Usulan lokasi</source>
        <translation>Proposed site</translation>
    </message>
    <message>
        <source>jiwa</source>
        <translation>people</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Periode %1 tidak ada untuk indikator ini; ditampilkan %2.</source>
        <translation>Period %1 does not exist for this indicator; showing %2.</translation>
    </message>
    <message>
        <source>Peta tersimpan</source>
        <translation>Saved maps</translation>
    </message>
    <message>
        <source>(pilih)</source>
        <translation>(choose)</translation>
    </message>
</context>
</TS>
