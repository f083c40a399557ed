#!/usr/bin/env python3
"""Writes Data/reference/us-states.csv and us-counties.csv: the reference tables of the
`us-states` and `us-counties` geography layers.

Inputs (all in this repository):
- Data/geo/us/us-states.topojson and us-counties.topojson: US Census Bureau 2016
  cartographic boundaries (public domain); properties GEOID, STUSPS, NAME (states) and
  GEOID, STATEFP, NAME, LSAD (counties).
- Data/usage/us/County_AI_User_Share_2026Q1.csv: the publisher's county file (MIT), whose
  names ("Autauga County", "Baltimore city") are the names readers meet, and which has
  Connecticut's nine planning regions (09110-09190, county equivalents since 2022) that the
  2016 boundaries do not have.

Columns:
- us-states.csv: fips (2 digits), usps, name, has_shape
- us-counties.csv: fips (5 digits), name, state_fips, state_usps, state, kind, has_shape
  `kind` is the Census legal/statistical area description (county, parish, borough, census
  area, city and borough, municipality, independent city, planning region, municipio, ...).
  The name is the publisher's where it has the county, else the Census NAME with the kind's
  suffix ("Anchorage Municipality"). Connecticut's eight legacy counties are kept (they have
  shapes); its planning regions have none (has_shape = 0).

Run:  python3 Data/reference/make-us-reference.py
Rows are sorted by code, so reruns are byte-identical.
"""
import csv
import io
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
STATES_GEO = os.path.join(ROOT, "Data/geo/us/us-states.topojson")
COUNTIES_GEO = os.path.join(ROOT, "Data/geo/us/us-counties.topojson")
PUBLISHER = os.path.join(ROOT, "Data/usage/us/County_AI_User_Share_2026Q1.csv")

# Census LSAD codes of county-level areas: (kind, suffix added to NAME when the publisher
# does not name the area).
LSAD = {
    "00": ("county equivalent", ""),
    "03": ("city and borough", "City and Borough"),
    "04": ("borough", "Borough"),
    "05": ("census area", "Census Area"),
    "06": ("county", "County"),
    "07": ("district", "District"),
    "10": ("island", "Island"),
    "12": ("municipality", "Municipality"),
    "13": ("municipio", "Municipio"),
    "15": ("parish", "Parish"),
    "25": ("independent city", "city"),
}


def properties(path, name):
    with open(path, encoding="utf-8") as handle:
        topology = json.load(handle)
    return [geometry["properties"] for geometry in topology["objects"][name]["geometries"]]


def main():
    states = {p["GEOID"]: p for p in properties(STATES_GEO, "states")}
    with open(os.path.join(HERE, "us-states.csv"), "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["fips", "usps", "name", "has_shape"])
        for fips in sorted(states):
            writer.writerow([fips, states[fips]["STUSPS"], states[fips]["NAME"], 1])

    with open(PUBLISHER, encoding="utf-8-sig", newline="") as handle:
        published = {row["FIPS"].zfill(5): row for row in csv.DictReader(io.StringIO(handle.read()))}
    shapes = {p["GEOID"]: p for p in properties(COUNTIES_GEO, "counties")}
    rows = []
    for fips in sorted(set(shapes) | set(published)):
        state = states[fips[:2]]
        if fips in shapes:
            kind, suffix = LSAD[shapes[fips]["LSAD"]]
            census_name = shapes[fips]["NAME"] + (" " + suffix if suffix else "")
        else:
            kind, census_name = "planning region", None
        name = published[fips]["County name"] if fips in published else census_name
        rows.append([fips, name, fips[:2], state["STUSPS"], state["NAME"], kind, 1 if fips in shapes else 0])
    with open(os.path.join(HERE, "us-counties.csv"), "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["fips", "name", "state_fips", "state_usps", "state", "kind", "has_shape"])
        writer.writerows(rows)


if __name__ == "__main__":
    main()
