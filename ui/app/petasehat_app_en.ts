<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>IdentifyPanel</name>
    <message>
        <source>Klik wilayah atau fasilitas di peta</source>
        <translation>Click an area or facility on the map</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Analisis jangkauan…</source>
        <translation>Coverage analysis…</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Analisis jangkauan: %1</source>
        <translation>Coverage analysis: %1</translation>
    </message>
    <message>
        <source>Nama petugas</source>
        <translation>Officer&apos;s name</translation>
    </message>
    <message>
        <source>Nama Anda dicatat pada setiap perbaikan lokasi (riwayat). Nama petugas:</source>
        <translation>Your name is recorded with every location fix (history). Officer&apos;s name:</translation>
    </message>
    <message>
        <source>tanpa desa</source>
        <translation>no desa</translation>
    </message>
    <message>
        <source>Desa %1</source>
        <translation>Desa %1</translation>
    </message>
    <message>
        <source>tanpa kecamatan</source>
        <translation>no kecamatan</translation>
    </message>
    <message>
        <source>Kec. %1</source>
        <translation>Kec. %1</translation>
    </message>
    <message>
        <source>Pindahkan %1?

Dari: %2
Ke: %3</source>
        <translation>Move %1?

From: %2
To: %3</translation>
    </message>
    <message>
        <source>Titik pindah ke kecamatan lain.</source>
        <translation>The point moves to another kecamatan.</translation>
    </message>
    <message>
        <source>Titik pindah ke desa lain.</source>
        <translation>The point moves to another desa.</translation>
    </message>
</context>
<context>
    <name>ps::app</name>
    <message>
        <source>Indikator per wilayah</source>
        <translation>Indicator by area</translation>
    </message>
    <message>
        <source>Batas desa</source>
        <translation>Village boundaries</translation>
    </message>
    <message>
        <source>Wilayah terjangkau</source>
        <translation>Covered areas</translation>
    </message>
    <message>
        <source>Wilayah kurang terlayani</source>
        <translation>Underserved areas</translation>
    </message>
    <message>
        <source>Puskesmas</source>
        <translation>Health centres</translation>
    </message>
    <message>
        <source>Pustu</source>
        <translation>Sub-centres</translation>
    </message>
    <message>
        <source>Poskesdes</source>
        <translation>Village health post</translation>
    </message>
    <message>
        <source>Posyandu</source>
        <translation>Posyandu</translation>
    </message>
    <message>
        <source>Rumah sakit</source>
        <translation>Hospitals</translation>
    </message>
    <message>
        <source>Skor kurang terlayani (desa)</source>
        <translation>Underserved score (desa)</translation>
    </message>
    <message>
        <source>Usulan lokasi baru</source>
        <translation>Proposed new sites</translation>
    </message>
    <message>
        <source>Ekspor tabel</source>
        <translation>Export table</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Tabel ditulis: %1 (%2 baris; periode %3)</source>
        <translation>Table written: %1 (%2 rows; period %3)</translation>
    </message>
</context>
<context>
    <name>ps::app::CoverageRunDialog</name>
    <message>
        <source>Analisis jangkauan</source>
        <translation>Coverage analysis</translation>
    </message>
    <message>
        <source>Jenis fasilitas</source>
        <translation>Facility type</translation>
    </message>
    <message>
        <source>Jangkauan (m, garis lurus)</source>
        <translation>Reach (m, straight line)</translation>
    </message>
    <message>
        <source>Usulan lokasi baru:</source>
        <translation>Proposed new sites:</translation>
    </message>
    <message>
        <source>terakhir yang ada datanya</source>
        <translation>latest with data</translation>
    </message>
    <message>
        <source>Tahun stunting:</source>
        <translation>Stunting year:</translation>
    </message>
    <message>
        <source>Abaikan titik perkiraan (tanpa koordinat)</source>
        <translation>Leave out estimated points (no coordinates)</translation>
    </message>
    <message>
        <source>semua desa di proyek</source>
        <translation>every desa in the project</translation>
    </message>
    <message>
        <source>Kode wilayah:</source>
        <translation>Area code:</translation>
    </message>
    <message>
        <source>Jalankan</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ps::app::ExportDialog</name>
    <message>
        <source>Ekspor peta</source>
        <translation>Export map</translation>
    </message>
    <message>
        <source>(judul otomatis)</source>
        <translation>(automatic title)</translation>
    </message>
    <message>
        <source>Tata letak:</source>
        <translation>Layout:</translation>
    </message>
    <message>
        <source>Judul:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Simpan peta</source>
        <translation>Save map</translation>
    </message>
    <message>
        <source>Gambar PNG (*.png);;SVG (*.svg);;PDF (*.pdf)</source>
        <translation>PNG image (*.png);;SVG (*.svg);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Mengekspor peta…</source>
        <translation>Exporting map…</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Ekspor gagal</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Simpan…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Tampilan peta saat ini</source>
        <translation>Current map view</translation>
    </message>
    <message>
        <source>Seluruh wilayah</source>
        <translation>Whole area</translation>
    </message>
    <message>
        <source>Cakupan:</source>
        <translation>Extent:</translation>
    </message>
    <message>
        <source>Peta tersimpan</source>
        <translation>Map saved</translation>
    </message>
    <message>
        <source>Peta tersimpan:
%1</source>
        <translation>Map saved:
%1</translation>
    </message>
    <message>
        <source>Buka folder</source>
        <translation>Open folder</translation>
    </message>
</context>
<context>
    <name>ps::app::FacilityHistoryDialog</name>
    <message>
        <source>Riwayat lokasi: %1</source>
        <translation>Location history: %1</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Petugas</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Sebelum</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Sesudah</source>
        <translation>After</translation>
    </message>
    <message>
        <source>dibatalkan (undo)</source>
        <translation>undone</translation>
    </message>
    <message>
        <source>diulang (redo)</source>
        <translation>redone</translation>
    </message>
    <message>
        <source>perbaikan</source>
        <translation>fix</translation>
    </message>
    <message>
        <source>Lokasi fasilitas ini belum pernah diperbaiki.</source>
        <translation>This facility&apos;s location has never been fixed.</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ps::app::GeocodeReviewPanel</name>
    <message>
        <source>Fasilitas</source>
        <translation>Facilities</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Desa:</source>
        <translation>Village:</translation>
    </message>
    <message>
        <source>Simpan perbaikan</source>
        <translation>Save fix</translation>
    </message>
    <message>
        <source>Pilih fasilitas, lalu pilih desanya atau geser titiknya di peta (Shift + seret).</source>
        <translation>Choose a facility, then choose its village or drag its point on the map (Shift + drag).</translation>
    </message>
    <message>
        <source>Pilih fasilitas dan desa lebih dulu.</source>
        <translation>Choose a facility and a village first.</translation>
    </message>
    <message>
        <source>tidak cocok</source>
        <translation>unmatched</translation>
    </message>
    <message>
        <source>ambigu</source>
        <translation>ambiguous</translation>
    </message>
    <message>
        <source>perkiraan</source>
        <translation>estimated</translation>
    </message>
    <message>
        <source>ditandai</source>
        <translation>flagged</translation>
    </message>
    <message>
        <source>diperbaiki</source>
        <translation>fixed</translation>
    </message>
    <message>
        <source>tepat (cocok dengan desanya)</source>
        <translation>exact (agrees with its village)</translation>
    </message>
    <message>
        <source>koordinat diperbaiki</source>
        <translation>coordinates repaired</translation>
    </message>
    <message>
        <source>koordinat dari berkas</source>
        <translation>coordinates from the file</translation>
    </message>
    <message>
        <source>ditolak</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>koordinat berkas, diperbaiki</source>
        <translation>file coordinates, repaired</translation>
    </message>
    <message>
        <source>sel terpadat penduduk di desanya</source>
        <translation>most populated cell of its village</translation>
    </message>
    <message>
        <source>titik di dalam desanya</source>
        <translation>a point inside its village</translation>
    </message>
    <message>
        <source>ditetapkan manual</source>
        <translation>set by hand</translation>
    </message>
    <message>
        <source>pilih desa…</source>
        <translation>choose a village…</translation>
    </message>
    <message>
        <source>Tersimpan: %1 sekarang di Desa %2.</source>
        <translation>Saved: %1 is now in village %2.</translation>
    </message>
    <message>
        <source>Tersimpan: titik %1 dipindahkan.</source>
        <translation>Saved: the point of %1 was moved.</translation>
    </message>
    <message>
        <source>Dibatalkan: %1 kembali ke tempat sebelumnya.</source>
        <translation>Undone: %1 is back where it was.</translation>
    </message>
    <message>
        <source>Diulang: perbaikan %1.</source>
        <translation>Redone: the fix of %1.</translation>
    </message>
    <message>
        <source>desa %1</source>
        <translation>desa of %1</translation>
    </message>
    <message>
        <source>pindah %1</source>
        <translation>move %1</translation>
    </message>
    <message>
        <source>Pindahkan fasilitas</source>
        <translation>Move facility</translation>
    </message>
    <message>
        <source>Pindahkan</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Pemindahan %1 dibatalkan.</source>
        <translation>Move of %1 cancelled.</translation>
    </message>
    <message>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Semua jenis</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Desa — kecamatan</source>
        <translation>Desa — kecamatan</translation>
    </message>
    <message>
        <source>Desa yang mungkin dimaksud (skor kemiripan nama):</source>
        <translation>The desa probably meant (name similarity score):</translation>
    </message>
    <message>
        <source>Semua kecamatan</source>
        <translation>All kecamatan</translation>
    </message>
    <message>
        <source>Desa yang mungkin dimaksud dengan &quot;%1&quot; (skor kemiripan nama, 1 = sama):</source>
        <translation>The desa probably meant by &quot;%1&quot; (name similarity score, 1 = same):</translation>
    </message>
</context>
<context>
    <name>ps::app::ImportDialog</name>
    <message>
        <source>Impor batas wilayah</source>
        <translation>Import boundaries</translation>
    </message>
    <message>
        <source>Impor fasilitas</source>
        <translation>Import facilities</translation>
    </message>
    <message>
        <source>Impor indikator</source>
        <translation>Import indicators</translation>
    </message>
    <message>
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Berkas:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Lapisan:</source>
        <translation>Layer:</translation>
    </message>
    <message>
        <source>Lembar:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <source>mis. 16.07 (kosong = semua)</source>
        <translation>e.g. 16.07 (empty = all)</translation>
    </message>
    <message>
        <source>Kolom kode:</source>
        <translation>Code column:</translation>
    </message>
    <message>
        <source>Kolom nama:</source>
        <translation>Name column:</translation>
    </message>
    <message>
        <source>Kolom nama wilayah:</source>
        <translation>Area name column:</translation>
    </message>
    <message>
        <source>Jenis fasilitas:</source>
        <translation>Facility type:</translation>
    </message>
    <message>
        <source>Awalan kode wilayah:</source>
        <translation>Area code prefix:</translation>
    </message>
    <message>
        <source>Pratinjau (30 baris pertama):</source>
        <translation>Preview (first 30 rows):</translation>
    </message>
    <message>
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Data vektor (*.gpkg *.shp *.geojson *.json *.kml);;Semua berkas (*)</source>
        <translation>Vector data (*.gpkg *.shp *.geojson *.json *.kml);;All files (*)</translation>
    </message>
    <message>
        <source>Tabel (*.csv *.xlsx *.ods);;Semua berkas (*)</source>
        <translation>Tables (*.csv *.xlsx *.ods);;All files (*)</translation>
    </message>
    <message>
        <source>(semua lembar)</source>
        <translation>(all sheets)</translation>
    </message>
    <message>
        <source>(otomatis)</source>
        <translation>(automatic)</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Dibatalkan; proyek tidak berubah.</source>
        <translation>Cancelled; the project is unchanged.</translation>
    </message>
    <message>
        <source>Gagal; proyek tidak berubah.
</source>
        <translation>Failed; the project is unchanged.
</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Ringkasan:</source>
        <translation>Summary:</translation>
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
        <source>baris</source>
        <translation>row</translation>
    </message>
    <message>
        <source>kode</source>
        <translation>code</translation>
    </message>
    <message>
        <source>nama</source>
        <translation>name</translation>
    </message>
    <message>
        <source>alasan</source>
        <translation>reason</translation>
    </message>
    <message>
        <source>Buka laporan CSV</source>
        <translation>Open CSV report</translation>
    </message>
    <message>
        <source>Tebakan: %1 (%2); ubah bila keliru.</source>
        <translation>Guess: %1 (%2); change it if wrong.</translation>
    </message>
    <message>
        <source>Jenis %1; pilih jenisnya.</source>
        <translation>Type %1; choose the type.</translation>
    </message>
    <message>
        <source>Mengimpor %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <source>Membatalkan…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>fitur dibaca</source>
        <translation>features read</translation>
    </message>
    <message>
        <source>disimpan</source>
        <translation>stored</translation>
    </message>
    <message>
        <source>diperbaiki</source>
        <translation>fixed</translation>
    </message>
    <message>
        <source>dilewati</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>nilai disimpan</source>
        <translation>values stored</translation>
    </message>
    <message>
        <source>sel kosong</source>
        <translation>blank cells</translation>
    </message>
    <message>
        <source>indikator</source>
        <translation>indicators</translation>
    </message>
    <message>
        <source>semua baris</source>
        <translation>all rows</translation>
    </message>
    <message>
        <source>koordinat ditolak</source>
        <translation>coordinates rejected</translation>
    </message>
    <message>
        <source>0,0, tak terbaca, di luar wilayah atau jauh dari desanya</source>
        <translation>0,0, unreadable, outside the area or far from their village</translation>
    </message>
    <message>
        <source>perlu diperiksa</source>
        <translation>needs review</translation>
    </message>
    <message>
        <source>daftar di bawah; semua baris di laporan CSV</source>
        <translation>listed below; every row is in the CSV report</translation>
    </message>
    <message>
        <source>Peringatan: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>Impor tercatat dengan nomor %1.</source>
        <translation>Import logged as number %1.</translation>
    </message>
    <message>
        <source>Laporan per baris: %1</source>
        <translation>Per-row report: %1</translation>
    </message>
</context>
<context>
    <name>ps::app::LayersPanel</name>
    <message>
        <source>Naikkan</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Turunkan</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Opasitas</source>
        <translation>Opacity</translation>
    </message>
</context>
<context>
    <name>ps::app::MainWindow</name>
    <message>
        <source>Peta</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Indikator:</source>
        <translation>Indicator:</translation>
    </message>
    <message>
        <source>Tingkat:</source>
        <translation>Level:</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Sub-district</translation>
    </message>
    <message>
        <source>Desa</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Klasifikasi</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Metode:</source>
        <translation>Method:</translation>
    </message>
    <message>
        <source>Otomatis (ambang resmi/Jenks)</source>
        <translation>Automatic (official thresholds/Jenks)</translation>
    </message>
    <message>
        <source>Kelas:</source>
        <translation>Classes:</translation>
    </message>
    <message>
        <source>Palet:</source>
        <translation>Palette:</translation>
    </message>
    <message>
        <source>Otomatis</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>Seluruh wilayah</source>
        <translation>Full extent</translation>
    </message>
    <message>
        <source>Perbesar</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Perkecil</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Zoom kotak</source>
        <translation>Box zoom</translation>
    </message>
    <message>
        <source>Zoom ke pilihan</source>
        <translation>Zoom to selection</translation>
    </message>
    <message>
        <source>Lapisan</source>
        <translation>Layers</translation>
    </message>
    <message>
        <source>Legenda</source>
        <translation>Legend</translation>
    </message>
    <message>
        <source>Cari desa, kecamatan, fasilitas…</source>
        <translation>Find village, sub-district, facility…</translation>
    </message>
    <message>
        <source>Cari</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Info wilayah</source>
        <translation>Area info</translation>
    </message>
    <message>
        <source>Peringkat</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Wilayah</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Skor</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Kurang terlayani</source>
        <translation>Underserved</translation>
    </message>
    <message>
        <source>Tinjau geokode</source>
        <translation>Geocode review</translation>
    </message>
    <message>
        <source>Saring tabel…</source>
        <translation>Filter table…</translation>
    </message>
    <message>
        <source>Tabel atribut</source>
        <translation>Attribute table</translation>
    </message>
    <message>
        <source>Digambar dalam %1 ms</source>
        <translation>Drawn in %1 ms</translation>
    </message>
    <message>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Buka proyek…</source>
        <translation>&amp;Open project…</translation>
    </message>
    <message>
        <source>Proyek &amp;terakhir</source>
        <translation>&amp;Recent projects</translation>
    </message>
    <message>
        <source>Impor batas wilayah…</source>
        <translation>Import boundaries…</translation>
    </message>
    <message>
        <source>Impor fasilitas…</source>
        <translation>Import facilities…</translation>
    </message>
    <message>
        <source>Impor indikator…</source>
        <translation>Import indicators…</translation>
    </message>
    <message>
        <source>&amp;Ekspor peta…</source>
        <translation>&amp;Export map…</translation>
    </message>
    <message>
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Tampilan</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Bahasa</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Ba&amp;ntuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Tentang PetaSehat</source>
        <translation>About PetaSehat</translation>
    </message>
    <message>
        <source>PetaSehat — peta kesehatan untuk Dinas Kesehatan.
Geser peta: seret atau tombol panah. Zoom: roda tetikus, +/-, Ctrl + seret (kotak).
Pindahkan titik fasilitas: Shift + seret.</source>
        <translation>PetaSehat — health maps for district health offices.
Pan: drag or arrow keys. Zoom: mouse wheel, +/-, Ctrl + drag (box).
Move a facility point: Shift + drag.</translation>
    </message>
    <message>
        <source>Bahasa akan berganti setelah aplikasi dibuka ulang. Buka ulang sekarang?</source>
        <translation>The language changes when the application restarts. Restart now?</translation>
    </message>
    <message>
        <source>Buka proyek</source>
        <translation>Open project</translation>
    </message>
    <message>
        <source>Proyek PetaSehat (*.petasehat *.sqlite *.db);;Semua berkas (*)</source>
        <translation>PetaSehat projects (*.petasehat *.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Proyek tidak dapat dibuka</source>
        <translation>The project cannot be opened</translation>
    </message>
    <message>
        <source>Proyek kosong</source>
        <translation>Empty project</translation>
    </message>
    <message>
        <source>Fasilitas kesehatan</source>
        <translation>Health facilities</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
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
        <source>Kelas</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>tidak ada data</source>
        <translation>no data</translation>
    </message>
    <message>
        <source>kecamatan</source>
        <translation>sub-district</translation>
    </message>
    <message>
        <source>Desa/kelurahan</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Unit melapor</source>
        <translation>Units reporting</translation>
    </message>
    <message>
        <source>Luas</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Fasilitas</source>
        <translation>Facilities</translation>
    </message>
    <message>
        <source>Penduduk terjangkau %1</source>
        <translation>People within reach, %1</translation>
    </message>
    <message>
        <source>Status lokasi</source>
        <translation>Location status</translation>
    </message>
    <message>
        <source>Metode</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Koordinat</source>
        <translation>Coordinates</translation>
    </message>
    <message>
        <source>Ketidakpastian</source>
        <translation>Uncertainty</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Diubah oleh</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <source>Diubah pada</source>
        <translation>Changed at</translation>
    </message>
    <message>
        <source>Seluruh wilayah proyek</source>
        <translation>Whole project area</translation>
    </message>
    <message>
        <source>Klik wilayah atau fasilitas di peta untuk rinciannya</source>
        <translation>Click an area or facility on the map for details</translation>
    </message>
    <message>
        <source>Kecamatan melapor</source>
        <translation>Sub-districts reporting</translation>
    </message>
    <message>
        <source>Buka proyek lebih dulu.</source>
        <translation>Open a project first.</translation>
    </message>
    <message>
        <source>Analisis jangkauan terakhir</source>
        <translation>Latest coverage analysis</translation>
    </message>
    <message>
        <source>Dalam jangkauan posyandu</source>
        <translation>Within reach of a posyandu</translation>
    </message>
    <message>
        <source>Dalam jangkauan layanan primer</source>
        <translation>Within reach of primary care</translation>
    </message>
    <message>
        <source>Desa kurang terlayani</source>
        <translation>Underserved villages</translation>
    </message>
    <message>
        <source>Kelas resmi indikator ini tetap; jumlah kelas berlaku untuk metode lain</source>
        <translation>This indicator&apos;s official classes are fixed; the number of classes applies to the other methods</translation>
    </message>
    <message>
        <source>layanan primer</source>
        <translation>primary care</translation>
    </message>
    <message>
        <source>Provinsi</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Kabupaten/kota</source>
        <translation>District/city</translation>
    </message>
    <message>
        <source>&amp;Sunting</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Batalkan</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Ulangi</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Riwayat lokasi fasilitas terpilih…</source>
        <translation>Location history of the selected facility…</translation>
    </message>
    <message>
        <source>Pilih fasilitas di peta atau di daftar tinjauan lebih dulu.</source>
        <translation>Select a facility on the map or in the review list first.</translation>
    </message>
    <message>
        <source>Nama petugas…</source>
        <translation>Officer&apos;s name…</translation>
    </message>
    <message>
        <source>&amp;Peta</source>
        <translation>&amp;Map</translation>
    </message>
    <message>
        <source>Simpan peta sebagai…</source>
        <translation>Save map as…</translation>
    </message>
    <message>
        <source>Simpan peta</source>
        <translation>Save map</translation>
    </message>
    <message>
        <source>Nama peta (juga untuk petasehat render --map NAMA):</source>
        <translation>Map name (also for petasehat render --map NAME):</translation>
    </message>
    <message>
        <source>Peta tersimpan</source>
        <translation>Saved maps</translation>
    </message>
    <message>
        <source>&amp;Analisis</source>
        <translation>&amp;Analysis</translation>
    </message>
    <message>
        <source>Jalankan analisis jangkauan…</source>
        <translation>Run coverage analysis…</translation>
    </message>
    <message>
        <source>Analisis jangkauan di peta (no. %1, %2) lebih lama dari perbaikan lokasi atau impor terakhir (%3): lapisan jangkauan, skor dan usulan lokasi belum memperhitungkannya.</source>
        <translation>The coverage analysis on the map (no. %1, %2) is older than the last location fix or import (%3): the coverage, score and proposed-site layers do not include it yet.</translation>
    </message>
    <message>
        <source>Analisis jangkauan gagal</source>
        <translation>Coverage analysis failed</translation>
    </message>
    <message>
        <source>Analisis dibatalkan; proyek tidak berubah.</source>
        <translation>Analysis cancelled; the project is unchanged.</translation>
    </message>
    <message>
        <source>Analisis jangkauan no. %1 tersimpan di proyek.</source>
        <translation>Coverage analysis no. %1 saved in the project.</translation>
    </message>
    <message>
        <source>Peta tidak tersimpan</source>
        <translation>Map not saved</translation>
    </message>
    <message>
        <source>Peta &quot;%1&quot; tersimpan di proyek (petasehat render PROYEK --map &quot;%1&quot; --out peta.png).</source>
        <translation>Map &quot;%1&quot; saved in the project (petasehat render PROJECT --map &quot;%1&quot; --out map.png).</translation>
    </message>
    <message>
        <source>Analisis jangkauan no. %1 (%2)</source>
        <translation>Coverage analysis no. %1 (%2)</translation>
    </message>
    <message>
        <source>desa</source>
        <translation>desa</translation>
    </message>
    <message>
        <source>Kec. %1</source>
        <translation>Kec. %1</translation>
    </message>
    <message>
        <source>%1 (%2 di peta, %3 tanpa titik)</source>
        <translation>%1 (%2 on the map, %3 without a point)</translation>
    </message>
    <message>
        <source>%1: tidak ada data untuk periode ini.</source>
        <translation>%1: no data for this period.</translation>
    </message>
    <message>
        <source>%1: tidak ada data di tingkat %2. Data ada di tingkat: %3 (pilih di kotak Tingkat).</source>
        <translation>%1: no data at the %2 level. Data exist at: %3 (choose it in the Level box).</translation>
    </message>
    <message>
        <source>Periode:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Ekspor tabel (CSV/XLSX)…</source>
        <translation>Export table (CSV/XLSX)…</translation>
    </message>
</context>
<context>
    <name>ps::app::PeriodSelector</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>bulan pengukuran: %1</source>
        <translation>measurement month: %1</translation>
    </message>
</context>
<context>
    <name>ps::app::StaleAnalysisBanner</name>
    <message>
        <source>Jalankan ulang analisis</source>
        <translation>Run the analysis again</translation>
    </message>
</context>
</TS>
