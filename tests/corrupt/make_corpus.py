#!/usr/bin/env python3
"""Writes the corrupt-input corpus of tests/corrupt (small files, made here,
not copied from ../shared/data). Run from anywhere: python3 make_corpus.py.
Needs GDAL's command-line tools (gdal-bin) for the XLSX and GeoTIFF files.
The expected outcome of every file is in expected.tsv, checked by
tests/io/CorruptCorpusTest.cpp through the real CLI."""
import json, os, struct, subprocess, zipfile, io

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)

def box(x0, y0, x1, y1):
    return [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]]

def geojson(name, features, crs=None):
    doc = {"type": "FeatureCollection", "features": features}
    if crs:
        doc["crs"] = {"type": "name", "properties": {"name": crs}}
    with open(name, "w") as f:
        json.dump(doc, f)

def poly(code, name, coords, kind="Polygon"):
    return {"type": "Feature", "properties": {"kode": code, "nama": name},
            "geometry": {"type": kind, "coordinates": coords}}

def text(name, content, encoding="utf-8"):
    with open(name, "wb") as f:
        f.write(content.encode(encoding) if isinstance(content, str) else content)

# --- the base project: two kecamatan, four desa (Banyuasin-like codes and place)
kec = [poly("16.07.01", "Satu", box(104.70, -2.95, 104.80, -2.85)),
       poly("16.07.02", "Dua", box(104.80, -2.95, 104.90, -2.85))]
desa = [poly("16.07.01.2001", "Mariana", box(104.70, -2.95, 104.75, -2.85)),
        poly("16.07.01.2002", "Mariana Ilir", box(104.75, -2.95, 104.80, -2.85)),
        poly("16.07.02.2001", "Pangkalan Balai", box(104.80, -2.95, 104.85, -2.85)),
        poly("16.07.02.2002", "Teluk Betung", box(104.85, -2.95, 104.90, -2.85))]
geojson("base_batas.geojson", kec + desa)
IND_HEAD = "tahun,kode_kecamatan,balita_diukur,balita_stunting,sasaran_bayi,imunisasi_dasar_lengkap\n"
IND_ROWS = "2022,16.07.01,2000,150,700,600\n2022,16.07.02,1500,120,500,450\n"
text("base_indikator.csv", IND_HEAD + IND_ROWS)

# --- indicator tables
text("ind_terpotong.csv", (IND_HEAD + IND_ROWS)[:-12])                      # cut inside the last row
text("ind_kosong_ulang.csv", IND_HEAD + "2022,16.07.01,2000,,700,600\n2022,16.07.02,1500,120,,\n")
text("ind_judul_saja.csv", IND_HEAD)
text("ind_kosong.csv", "")
text("ind_1e400.csv", IND_HEAD + "2022,16.07.01,1e400,150,700,600\n")
text("ind_1e308.csv", IND_HEAD + "2022,16.07.01,2000,1e308,700,600\n")
text("ind_pecahan.csv", IND_HEAD + "2022,16.07.01,2000,150.5,700,600\n")
text("ind_kode_desa.csv", IND_HEAD + "2022,16.07.01.2001,2000,150,700,600\n")
text("ind_pipa.csv", IND_HEAD.replace(",", "|") + IND_ROWS.replace(",", "|"))
text("ind_titik_koma.csv", IND_HEAD.replace(",", ";") + IND_ROWS.replace(",", ";"))
text("ind_utf16.csv", "\ufeff" + IND_HEAD + IND_ROWS, "utf-16-le")
text("ind_utf16_tanpa_bom.csv", IND_HEAD + IND_ROWS, "utf-16-le")
text("ind_utf8_bom.csv", "\ufeff" + IND_HEAD + IND_ROWS)
text("ind_kutip.csv", IND_HEAD + '2022,16.07.01,"2000,150,700,600\n2022,16.07.02,1500,120,500,450\n')

# --- XLSX: a good workbook from GDAL, then damaged copies
subprocess.run(["ogr2ogr", "-f", "XLSX", "-nln", "2022", "/tmp/ps_corpus_base.xlsx", "base_indikator.csv"], check=True)
good = open("/tmp/ps_corpus_base.xlsx", "rb").read()
os.remove("/tmp/ps_corpus_base.xlsx")
text("ind_baik.xlsx", good)
zin = zipfile.ZipFile(io.BytesIO(good))
def rezip(name, change):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for item in zin.infolist():
            data = zin.read(item.filename)
            z.writestr(item, change(item.filename, data))
    text(name, out.getvalue())
rezip("ind_sheet_terpotong.xlsx",
      lambda n, d: d[: len(d) // 2] if n.endswith("sheet1.xml") else d)
flipped = bytearray(good)
member = zin.getinfo("xl/worksheets/sheet1.xml")
at = member.header_offset + 30 + len(member.filename) + len(member.extra) + member.compress_size // 2
flipped[at] ^= 0xFF
text("ind_byte_rusak.xlsx", bytes(flipped))
text("ind_zip_terpotong.xlsx", good[: len(good) // 2])

# --- facilities
FAC_HEAD = "kode,nama,kecamatan,desa,latitude,longitude\n"
FAC_ROWS = ("F1,Posyandu Mawar,Satu,Mariana,-2.90,104.72\n"
            "F2,Posyandu Melati,Satu,Mariana Ilir,-2.90,104.77\n"
            "F3,Posyandu Anggrek,Dua,Pangkalan Balai,-2.90,104.82\n"
            "F4,Posyandu Kenanga,Dua,Teluk Betung,-2.90,104.87\n")
text("fas_kutip.csv", FAC_HEAD + FAC_ROWS.replace("Posyandu Melati", 'Posyandu "Melati'))
text("fas_longitud.csv", FAC_HEAD.replace("longitude", "longitud") + FAC_ROWS)
text("fas_latitude_dua.csv", "kode,nama,kecamatan,desa,latitude,latitude,longitude\n" +
     "".join(r.replace(",-2.90,", ",-2.90,-2.90,") for r in FAC_ROWS.splitlines(True)))
text("fas_cp1252.csv", FAC_HEAD + FAC_ROWS.replace("Posyandu Mawar", "Posyandu Mawar \u2013 Bu\u2019 Ani"), "cp1252")
text("fas_judul_saja.csv", FAC_HEAD)
# coordinates as formulas saved without their values (what some exports write): read as blank
text("/tmp/ps_corpus_fas.csv", FAC_HEAD + FAC_ROWS)
subprocess.run(["ogr2ogr", "-f", "XLSX", "-nln", "posyandu", "/tmp/ps_corpus_fas.xlsx", "/tmp/ps_corpus_fas.csv"], check=True)
fas = zipfile.ZipFile("/tmp/ps_corpus_fas.xlsx")
out = io.BytesIO()
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    for item in fas.infolist():
        data = fas.read(item.filename)
        if item.filename.endswith("sheet1.xml"):
            import re
            data = re.sub(rb'<c r="([EF])([2-9])" t="s">\s*<v>\d+</v>\s*</c>', rb'<c r="\1\2"><f>0+0</f></c>', data)
        z.writestr(item, data)
text("fas_rumus_koordinat.xlsx", out.getvalue())
os.remove("/tmp/ps_corpus_fas.csv"); os.remove("/tmp/ps_corpus_fas.xlsx")
text("fas_baris_pendek.csv", FAC_HEAD + FAC_ROWS + "F5,Posyandu Dahlia,Dua\n")

# --- boundaries
shift = lambda feats, f: [poly(x["properties"]["kode"], x["properties"]["nama"],
                               [[f(p) for p in ring] for ring in x["geometry"]["coordinates"]]) for x in feats]
geojson("bnd_label_32748.geojson", kec, "urn:ogc:def:crs:EPSG::32748")
geojson("bnd_sumbu_tertukar.geojson", shift(kec, lambda p: [p[1], p[0]]))
geojson("bnd_bujur_400.geojson", shift(kec, lambda p: [p[0] + 300, p[1]]))
geojson("bnd_1e308.geojson", [poly("16.07.01", "Satu", [[[104.70, -2.95], [1e308, -2.95], [104.80, -2.85], [104.70, -2.95]]])])
geojson("bnd_titik.geojson", [{"type": "Feature", "properties": {"kode": "16.07.01", "nama": "Satu"},
                               "geometry": {"type": "Point", "coordinates": [104.75, -2.9]}}])
geojson("bnd_kosong.geojson", [])
geojson("bnd_nama_null.geojson", [{"type": "Feature", "properties": {"kode": "16.07.03", "nama": None},
                                   "geometry": {"type": "Polygon", "coordinates": box(104.90, -2.95, 105.0, -2.85)}}])
geojson("bnd_menyusut.geojson", [poly("16.07.01", "Satu", box(104.70, -2.95, 104.71, -2.94))])
geojson("bnd_bergeser.geojson", [poly("16.07.02", "Dua", box(105.80, -2.95, 105.90, -2.85))])
geojson("bnd_label_4326_meter.geojson", shift(kec, lambda p: [p[0] * 4700, p[1] * -110000]))

# --- population rasters (GeoTIFF through gdal_translate from ASCII grids)
def asc(name, values, cols, rows, x0, y0, cell, nodata=-1, srs="EPSG:4326", extra=()):
    grid = "ncols %d\nnrows %d\nxllcorner %r\nyllcorner %r\ncellsize %r\nNODATA_value %r\n" % (
        cols, rows, x0, y0, cell, nodata)
    grid += "\n".join(" ".join(repr(v) for v in values[r * cols:(r + 1) * cols]) for r in range(rows)) + "\n"
    text("/tmp/ps_corpus.asc", grid)
    subprocess.run(["gdal_translate", "-q", "-a_srs", srs, "-ot", "Float32", "-co", "COMPRESS=DEFLATE", *extra,
                    "/tmp/ps_corpus.asc", name], check=True)
    os.remove("/tmp/ps_corpus.asc")
    if os.path.exists(name + ".aux.xml"):
        os.remove(name + ".aux.xml")
asc("pop_baik.tif", [10.0] * 400, 20, 20, 104.70, -2.95, 0.01)
asc("pop_nodata.tif", [-1.0] * 400, 20, 20, 104.70, -2.95, 0.01)
subprocess.run(["gdal_create", "-q", "-of", "GTiff", "-outsize", "20", "20", "-bands", "1", "-ot", "Float32", "-burn", "nan",
                "-a_srs", "EPSG:4326", "-a_ullr", "104.70", "-2.75", "104.90", "-2.95", "pop_nan.tif"], check=True)
asc("pop_negatif.tif", [10.0] * 399 + [-5.0], 20, 20, 104.70, -2.95, 0.01, nodata=-9999)
asc("pop_3e38.tif", [3e38] * 400, 20, 20, 104.70, -2.95, 0.01)
asc("pop_utm.tif", [25.0] * 400, 20, 20, 467000.0, 9672000.0, 1000.0, srs="EPSG:32748")
# A sparse 60,000 x 60,000 raster at ~0.5 m (no tile written): nominally 14 GB of Float32.
subprocess.run(["gdal_create", "-q", "-of", "GTiff", "-outsize", "60000", "60000", "-bands", "1", "-ot", "Float32",
                "-a_srs", "EPSG:4326", "-a_ullr", "104.70", "-2.65", "105.00", "-2.95", "-a_nodata", "-1",
                "-co", "SPARSE_OK=YES", "-co", "TILED=YES", "-co", "BLOCKXSIZE=1024", "-co", "BLOCKYSIZE=1024",
                "-co", "COMPRESS=DEFLATE", "pop_jarang_besar.tif"], check=True)
# ... with people in one 200 x 200 patch (0.02 per ~0.3 m² cell), written by gdalwarp into that one tile:
# it must import, and coverage must read it block by block (memory bounded by blocks, not the 14 GB).
subprocess.run(["gdal_create", "-q", "-of", "GTiff", "-outsize", "200", "200", "-bands", "1", "-ot", "Float32",
                "-burn", "0.02", "-a_srs", "EPSG:4326", "-a_ullr", "104.75", "-2.75", "104.751", "-2.751",
                "-a_nodata", "-1", "/tmp/ps_corpus_patch.tif"], check=True)
subprocess.run(["gdalwarp", "-q", "-r", "near", "/tmp/ps_corpus_patch.tif", "pop_jarang_besar.tif"], check=True)
os.remove("/tmp/ps_corpus_patch.tif")

# --- XLSX cells GDAL reads as text: logical TRUE/FALSE (GDAL gives 1/0) and fractional counts
def sheet_cells(name, cells):
    """ind_baik.xlsx with some cells replaced by raw <c> elements (numbers, booleans, formulas)."""
    src = zipfile.ZipFile(io.BytesIO(good))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for n in src.namelist():
            data = src.read(n)
            if n.endswith("sheet1.xml"):
                import re
                for ref, xml in cells.items():
                    data = re.sub(rb'<c r="' + ref.encode() + rb'" t="s">\s*<v>\d+</v>\s*</c>', xml.encode(), data)
            z.writestr(n, data)
    text(name, out.getvalue())
num = lambda ref, v: '<c r="%s"><v>%s</v></c>' % (ref, v)
counts = {"C2": num("C2", 2000), "C3": num("C3", 1500), "E2": num("E2", 700), "E3": num("E3", 500),
          "F2": num("F2", 600), "F3": num("F3", 450)}
sheet_cells("ind_boolean.xlsx", {**counts, "D2": '<c r="D2" t="b"><v>1</v></c>', "D3": '<c r="D3" t="b"><v>0</v></c>'})
sheet_cells("ind_boolean_rumus.xlsx", {**counts, "D2": '<c r="D2" t="str"><f>TRUE()</f><v>TRUE</v></c>', "D3": num("D3", 120)})
# one TRUE among numbers: GDAL types the column Integer and reads the cell as 1
sheet_cells("ind_boolean_satu.xlsx", {**counts, "D2": '<c r="D2" t="b"><v>1</v></c>', "D3": num("D3", 120)})
# the same sheet moved one row down (row 1 empty): GDAL's rows no longer match the sheet's, so the
# logical cell cannot be placed with certainty and is named in a counted notice instead
def rows_down(name, source):
    import re
    src = zipfile.ZipFile(source)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for n in src.namelist():
            data = src.read(n)
            if n.endswith("sheet1.xml"):
                data = re.sub(rb'<row r="(\d+)"', lambda m: b'<row r="%d"' % (int(m.group(1)) + 1), data)
                data = re.sub(rb'<c r="([A-Z]+)(\d+)"', lambda m: b'<c r="%s%d"' % (m.group(1), int(m.group(2)) + 1), data)
            z.writestr(n, data)
    text(name, out.getvalue())
rows_down("ind_boolean_baris2.xlsx", "ind_boolean_satu.xlsx")
sheet_cells("ind_pecahan.xlsx", {**counts, "D2": num("D2", "150.5"), "D3": num("D3", 120)})
print("corpus written to", HERE)
