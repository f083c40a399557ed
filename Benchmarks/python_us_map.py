#!/usr/bin/env python3
"""The Python route to geo-ai's US county map: geopandas + mapclassify + matplotlib.

Reads the county TopoJSON (Data/geo/us/us-counties.topojson, GDAL's TopoJSON driver through
pyogrio), joins Data/usage/us/County_AI_User_Share_2026Q1.csv on the five-digit FIPS code,
classifies the 3,143 values into five Fisher-Jenks classes (mapclassify), keeps the 50 states
and DC, projects everything to one conterminous Albers (EPSG:5070; no Alaska and Hawaii insets,
which geo-ai draws and this script does not), hatches counties without data, adds a legend,
title and source line, and writes an SVG.

    python python_us_map.py ROOT OUT.svg

Fisher-Jenks on 3,143 values: mapclassify uses numba when it is installed and pure Python
otherwise; `Benchmarks/run.sh` installs numba, the faster route. Imports, numba's compilation
included, are inside the timed process on purpose: that is what an analyst's script costs.
"""

import os
import sys

import geopandas as gpd
import mapclassify
import matplotlib

matplotlib.use("svg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
from matplotlib.patches import Patch  # noqa: E402


def main() -> None:
    root, out = sys.argv[1], sys.argv[2]
    counties = gpd.read_file(os.path.join(root, "Data", "geo", "us", "us-counties.topojson"))
    counties = counties.set_crs("EPSG:4326", allow_override=True)
    states = counties["STATEFP"].astype(int)
    counties = counties[(states <= 56)].to_crs("EPSG:5070")  # 50 states and DC, not the territories

    usage = pd.read_csv(os.path.join(root, "Data", "usage", "us", "County_AI_User_Share_2026Q1.csv"), encoding="utf-8-sig")
    usage["GEOID"] = usage["FIPS"].astype(int).map("{:05d}".format)
    data = counties.merge(usage[["GEOID", "AI User Share"]], on="GEOID", how="left")
    has = data["AI User Share"].notna()
    jenks = mapclassify.FisherJenks(data.loc[has, "AI User Share"], k=5)
    data.loc[has, "cls"] = jenks.yb

    fig, ax = plt.subplots(figsize=(9.6, 6.0))
    ax.set_axis_off()
    data[~has].plot(ax=ax, facecolor="#f0f0f0", edgecolor="#999999", hatch="////", linewidth=0.1)
    colours = plt.get_cmap("YlGnBu", 5)
    data[has].plot(ax=ax, column="cls", cmap=colours, vmin=0, vmax=4, edgecolor="white", linewidth=0.1)
    edges = [data.loc[has, "AI User Share"].min()] + list(jenks.bins)
    labels = [f"{edges[i]:.1f}–{edges[i + 1]:.1f} %" for i in range(5)]
    handles = [Patch(facecolor=colours(i), edgecolor="#666666", label=label) for i, label in enumerate(labels)]
    handles.append(Patch(facecolor="#f0f0f0", edgecolor="#999999", hatch="////", label="No data"))
    ax.legend(handles=handles, loc="lower left", fontsize=7, frameon=False)
    ax.set_title("AI user share by county\n2026-Q1", fontsize=10, loc="left")
    fig.text(0.01, 0.01, "Source: Microsoft AI Economy Institute, AI Diffusion data, US estimates (Q1 2026)", fontsize=6)
    fig.savefig(out, format="svg", bbox_inches="tight")
    plt.close(fig)


if __name__ == "__main__":
    main()
