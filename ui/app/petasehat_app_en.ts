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
        <source>Laporan:</source>
        <translation>Report:</translation>
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
        <source>Mengimpor…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Dibaca %1, disimpan %2, diperbaiki %3, dilewati %4.</source>
        <translation>Read %1, stored %2, repaired %3, skipped %4.</translation>
    </message>
    <message>
        <source>Baris %1, nilai %2, sel kosong %3; indikator: %4.</source>
        <translation>Rows %1, values %2, blank cells %3; indicators: %4.</translation>
    </message>
    <message>
        <source>%1 baris diproses.</source>
        <translation>%1 rows processed.</translation>
    </message>
    <message>
        <source>Baris %1 (%2): %3</source>
        <translation>Row %1 (%2): %3</translation>
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
        <source>Impor selesai. Laporan ada di bawah.</source>
        <translation>Import finished. The report is below.</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
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
        <source>Tahun:</source>
        <translation>Year:</translation>
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
        <source>desa, Kec. %1</source>
        <translation>village, %1 sub-district</translation>
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
</context>
</TS>
