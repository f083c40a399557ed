#!/usr/bin/env python3
"""Writes Data/geo/label-points.csv: where to draw a dot for each economy (iso3,lon,lat).

The points are Natural Earth's LABEL_X/LABEL_Y from the 1:50m admin-0 file
(countries-50m.geojson, public domain), keyed like geo-ai's geometry readers:
ISO_A3_EH, else ADM0_A3 where Natural Earth writes -99 (Northern Cyprus CYN,
Somaliland SOL), with Kosovo's KOS renamed XKX. Where several features share a
code (Australia's external territories under AUS), the economy's own feature
(ADM0_A3 equal to the code) wins.

A handful of ISO economies are part of another country's polygon even at 1:50m
(France's overseas departments, Bonaire, Christmas Island, Svalbard). Their
points are listed in SUPPLEMENT below: approximate island or territory centres,
rounded to 0.01 degree, chosen by hand on land.

Run:  python3 Data/geo/make-label-points.py [OUTPUT]   (default: label-points.csv beside it)
Output is sorted by code with three decimals, so reruns are byte-identical.
"""
import csv
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.join(HERE, "countries-50m.geojson")
TARGET = os.path.join(HERE, "label-points.csv")
RENAMED = {"KOS": "XKX"}

# Economies without their own Natural Earth 1:50m feature: (longitude, latitude).
SUPPLEMENT = {
    "BES": (-68.26, 12.18),   # Bonaire (Caribbean Netherlands)
    "CXR": (105.63, -10.49),  # Christmas Island
    "GLP": (-61.55, 16.25),   # Guadeloupe
    "GUF": (-53.10, 4.00),    # French Guiana
    "MTQ": (-61.02, 14.65),   # Martinique
    "MYT": (45.15, -12.82),   # Mayotte
    "REU": (55.53, -21.13),   # Réunion
    "SJM": (16.00, 78.50),    # Svalbard and Jan Mayen (Spitsbergen)
}


def code(properties):
    for key in ("ISO_A3_EH", "ADM0_A3"):
        value = str(properties.get(key) or "").strip()
        value = RENAMED.get(value, value)
        if len(value) == 3 and value.isascii() and value.isalpha() and value.isupper():
            return value
    return None


def main():
    with open(SOURCE, encoding="utf-8") as handle:
        features = json.load(handle)["features"]
    points = {}
    for feature in features:
        properties = feature.get("properties") or {}
        key = code(properties)
        x, y = properties.get("LABEL_X"), properties.get("LABEL_Y")
        if key is None or not isinstance(x, (int, float)) or not isinstance(y, (int, float)):
            continue
        own = RENAMED.get(properties.get("ADM0_A3"), properties.get("ADM0_A3")) == key
        if key not in points or (own and not points[key][2]):
            points[key] = (float(x), float(y), own)
    for key, (x, y) in SUPPLEMENT.items():
        if key in points:
            sys.exit(f"{key} now has a Natural Earth label point; remove it from SUPPLEMENT")
        points[key] = (x, y, True)
    target = sys.argv[1] if len(sys.argv) > 1 else TARGET
    with open(target, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["iso3", "lon", "lat"])
        for key in sorted(points):
            x, y, _ = points[key]
            writer.writerow([key, f"{x:.3f}", f"{y:.3f}"])
    print(f"wrote {len(points)} label points to {target}")


if __name__ == "__main__":
    main()
