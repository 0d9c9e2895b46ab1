#!/usr/bin/python3
"""WMS 1.3.0 conformance as OWSLib sees it: the capabilities parse, every
advertised layer/style pair draws a PNG, every advertised legend URL answers a
PNG, GetFeatureInfo answers JSON. Prints one line per failure and a summary;
exit 1 on any failure. Usage: owslib_wms_check.py URL (loopback only)."""
import ipaddress
import sys
import urllib.parse
import urllib.request

from owslib.wms import WebMapService

url = sys.argv[1]
host = urllib.parse.urlparse(url).hostname
if not ipaddress.ip_address(host).is_loopback:
    sys.exit("loopback only")
wms = WebMapService(url + "/wms", version="1.3.0", timeout=120)
failures = []
pairs = 0
for name, layer in wms.contents.items():
    if not layer.boundingBoxWGS84:
        failures.append(f"{name}: no EX_GeographicBoundingBox")
        continue
    styles = [""] + [s for s in layer.styles if s != "default"]
    for style in styles:
        pairs += 1
        try:
            img = wms.getmap(layers=[name], styles=[style], srs="CRS:84", bbox=layer.boundingBoxWGS84,
                             size=(64, 64), format="image/png", transparent=True)
            data = img.read()
            if img.info().get("Content-Type") != "image/png" or not data.startswith(b"\x89PNG"):
                failures.append(f"GetMap {name}/{style or 'default'}: {img.info().get('Content-Type')} {data[:200]!r}")
        except Exception as e:  # an HTTP error or an exception report
            failures.append(f"GetMap {name}/{style or 'default'}: {e}")
    for sname, s in layer.styles.items():
        legend = s.get("legend")
        if not legend:
            continue
        try:
            with urllib.request.urlopen(legend, timeout=60) as r:
                if r.headers.get("Content-Type") != "image/png":
                    failures.append(f"legend {name}/{sname}: {r.headers.get('Content-Type')}")
        except Exception as e:
            failures.append(f"legend {name}/{sname}: {e}")
first = next(iter(wms.contents.values()))
info = wms.getfeatureinfo(layers=[first.name], query_layers=[first.name], srs="CRS:84", bbox=first.boundingBoxWGS84,
                          size=(64, 64), format="image/png", info_format="application/json", xy=(32, 32))
if not info.read().lstrip().startswith(b"{"):
    failures.append("GetFeatureInfo: not JSON")
for f in failures:
    print(f)
print(f"{len(wms.contents)} layers, {pairs} layer/style pairs, {len(failures)} failures")
sys.exit(1 if failures else 0)
