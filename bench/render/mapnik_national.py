#!/usr/bin/python3
"""Mapnik reference for the national kecamatan choropleth (issue 11).

Draws the kecamatan layer of indonesia_admin.gpkg (7,285 polygons) as a
5-class choropleth, 1920x1080 PNG, in the same projection as
`petasehat render` uses for all of Indonesia, with a hairline white outline.
Run it whole-process under /usr/bin/time next to the petasehat command
(bench/render/national_whole_command.sh does both):

    /usr/bin/time -f '%e s wall %U+%S s CPU' /usr/bin/python3 mapnik_national.py GPKG OUT.png

Mapnik 3.1 Python bindings: apt-get install python3-mapnik. The five classes
are rules on the province part of the code (the choropleth's cost is the same
whatever the values are).
"""
import sys

import mapnik

# Keep in step with ps::render::crsForExtent for extents wider than one UTM zone.
NATIONAL = "+proj=cea +lon_0=0 +lat_ts=0 +x_0=0 +y_0=0 +datum=WGS84 +units=m +no_defs"
COLOURS = ["#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026"]
CLASSES = ["[kode] < '20'", "[kode] >= '20' and [kode] < '50'", "[kode] >= '50' and [kode] < '70'",
           "[kode] >= '70' and [kode] < '80'", "[kode] >= '80'"]


def main(gpkg, out, width=1920, height=1080):
    m = mapnik.Map(width, height, NATIONAL)
    m.background = mapnik.Color("white")
    style = mapnik.Style()
    for expr, colour in zip(CLASSES, COLOURS):
        rule = mapnik.Rule()
        rule.filter = mapnik.Expression(expr)
        fill = mapnik.PolygonSymbolizer()
        fill.fill = mapnik.Color(colour)
        rule.symbols.append(fill)
        line = mapnik.LineSymbolizer()
        line.stroke = mapnik.Color("white")
        line.stroke_width = 0.3
        rule.symbols.append(line)
        style.rules.append(rule)
    m.append_style("choropleth", style)
    layer = mapnik.Layer("kecamatan", "+proj=longlat +datum=WGS84 +no_defs")
    layer.datasource = mapnik.Ogr(file=gpkg, layer="kecamatan")
    layer.styles.append("choropleth")
    m.layers.append(layer)
    # The data extent in the map's projection (zoom_all() leaves Papua cut off).
    lonlat = mapnik.Projection("+proj=longlat +datum=WGS84 +no_defs")
    box = mapnik.ProjTransform(lonlat, mapnik.Projection(NATIONAL)).forward(layer.envelope())
    m.zoom_to_box(box)
    mapnik.render_to_file(m, out, "png")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
