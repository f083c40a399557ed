#!/usr/bin/env python3
"""The Python route an analyst takes to draw geo-ai's maps: geopandas + mapclassify + matplotlib.

Draws the same four choropleths `geo-ai build` draws for the shipped pipelines, from the
same files:

* AI user share, 2025-H1 / 2025-H2 / 2026-Q1 (Data/usage/ai_user_share.csv), with one set
  of Fisher-Jenks breaks (5 classes) shared by the three maps, YlGnBu;
* DeepSeek share 2025-H2 (Data/usage/deepseek_share_2025H2.csv), manual breaks
  5, 10, 15, 20, 25 on the point value or the band midpoint, OrRd, with a hatched overlay of
  economies under a US sanctions programme in force during the period.

Geometry: Natural Earth admin-0 (Data/geo/countries-<scale>.geojson), joined on ISO_A3_EH,
else ADM0_A3 (Kosovo KOS -> XKX); Antarctica dropped; Equal Earth via to_crs("EPSG:8857");
"no data" hatched; legend, title, source line; SVG out. Unless --only is given, a short Markdown
report (README.md): AI user share by UN M49 region and period, weighted by working-age
population, and the DeepSeek share of Africa against the rest of the world, weighted by AI users.

    python python_maps.py ROOT OUTDIR [--scale 110m|50m] [--only ai_user_share-2026-Q1]

Imports are inside the timed process on purpose: that is what an analyst's script costs.
"""

import argparse
import os
import sys

# numba (installed for the county map) is kept out: mapclassify would compile Fisher-Jenks with it
# in every process, about a second, where pure Python classifies these 441 values in milliseconds.
sys.modules["numba"] = None

import geopandas as gpd  # noqa: E402
import mapclassify  # noqa: E402
import matplotlib  # noqa: E402

matplotlib.use("svg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
from matplotlib.patches import Patch  # noqa: E402


def load_world(root: str, scale: str) -> gpd.GeoDataFrame:
    world = gpd.read_file(os.path.join(root, "Data", "geo", f"countries-{scale}.geojson"))
    iso = world["ISO_A3_EH"].where(world["ISO_A3_EH"] != "-99", world["ADM0_A3"])
    world["iso3"] = iso.replace({"KOS": "XKX"})
    world = world[world["iso3"] != "ATA"]
    return world.to_crs("EPSG:8857")


def sanctioned(root: str, start: str, end: str) -> set:
    table = pd.read_csv(os.path.join(root, "Data", "reference", "sanctions.csv"), dtype=str).fillna("")
    in_force = table[
        ((table["since"] == "") | (table["since"] <= end)) & ((table["until"] == "") | (table["until"] > start))
    ]
    return set(in_force["iso3"])


def draw(world, values, bins, labels, cmap, title, subtitle, source, out, overlay=None):
    data = world.merge(values.rename("value"), left_on="iso3", right_index=True, how="left")
    has = data["value"].notna()
    classifier = mapclassify.UserDefined(data.loc[has, "value"], bins=bins)
    fig, ax = plt.subplots(figsize=(9.6, 5.4))
    ax.set_axis_off()
    data[~has].plot(ax=ax, facecolor="#f0f0f0", edgecolor="#999999", hatch="////", linewidth=0.2)
    colours = plt.get_cmap(cmap, len(bins))
    data.loc[has, "cls"] = classifier.yb
    data[has].plot(ax=ax, column="cls", cmap=colours, vmin=0, vmax=len(bins) - 1, edgecolor="white", linewidth=0.2)
    handles = [Patch(facecolor=colours(i), edgecolor="#666666", label=label) for i, label in enumerate(labels)]
    handles.append(Patch(facecolor="#f0f0f0", edgecolor="#999999", hatch="////", label="No data"))
    if overlay:
        flagged = data[data["iso3"].isin(overlay)]
        flagged.plot(ax=ax, facecolor="none", edgecolor="#222222", hatch="xx", linewidth=0.6)
        handles.append(Patch(facecolor="none", edgecolor="#222222", hatch="xx", label="Sanctioned"))
    ax.legend(handles=handles, loc="lower left", fontsize=7, frameon=False)
    ax.set_title(f"{title}\n{subtitle}", fontsize=10, loc="left")
    fig.text(0.01, 0.01, f"{source}. Made with Natural Earth.", fontsize=6)
    fig.savefig(out, format="svg", bbox_inches="tight")
    plt.close(fig)


def labels_for(bins, lowest):
    edges = [lowest] + list(bins)
    return [f"{edges[i]:.1f}–{edges[i + 1]:.1f} %" for i in range(len(bins))]


def report(root: str, usage: pd.DataFrame, periods: list, out: str) -> None:
    """Regional weighted means and the Africa ratio, as a small Markdown report."""
    countries = pd.read_csv(os.path.join(root, "Data", "reference", "countries.csv"), dtype={"iso3": str})
    people = countries.set_index("iso3")[["m49_region", "working_age_population"]]
    data = usage.join(people, on="iso3").dropna(subset=["working_age_population", "m49_region"])
    lines = ["# AI user share by region", "", "| region | " + " | ".join(periods) + " |", "|---|" + "---:|" * len(periods)]
    for region, group in data.groupby("m49_region"):
        cells = []
        for period in periods:
            rows = group[group["period"] == period]
            mean = (rows["value"] * rows["working_age_population"]).sum() / rows["working_age_population"].sum()
            cells.append(f"{mean:.1f} %")
        lines.append(f"| {region} | " + " | ".join(cells) + " |")
    deepseek = pd.read_csv(os.path.join(root, "Data", "usage", "deepseek_share_2025H2.csv")).dropna(subset=["iso3"])
    deepseek["point"] = deepseek["value"].fillna((deepseek["low"] + deepseek["high"]) / 2)
    users = data[data["period"] == "2025-H2"].set_index("iso3")
    users = (users["value"] / 100 * users["working_age_population"]).rename("users")
    joined = deepseek.join(users, on="iso3").join(people["m49_region"], on="iso3").dropna(subset=["users", "point"])
    africa = joined["m49_region"] == "Africa"

    def weighted(rows):
        return (rows["point"] * rows["users"]).sum() / rows["users"].sum()

    ratio = weighted(joined[africa]) / weighted(joined[~africa])
    lines += ["", f"DeepSeek share, Africa ÷ rest of the world (2025-H2, weighted by AI users): {ratio:.2f}×", ""]
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("root")
    parser.add_argument("outdir")
    parser.add_argument("--scale", default="110m", choices=["110m", "50m"])
    parser.add_argument("--only", help="draw only this map (e.g. ai_user_share-2026-Q1)")
    args = parser.parse_args()
    os.makedirs(args.outdir, exist_ok=True)
    world = load_world(args.root, args.scale)

    usage = pd.read_csv(os.path.join(args.root, "Data", "usage", "ai_user_share.csv"))
    usage = usage[usage["metric"] == "ai_user_share"].dropna(subset=["value"])
    periods = ["2025-H1", "2025-H2", "2026-Q1"]
    pooled = usage[usage["period"].isin(periods)]["value"]
    if not args.only:
        report(args.root, usage, periods, os.path.join(args.outdir, "README.md"))
    jenks = mapclassify.FisherJenks(pooled, k=5)  # one set of breaks shared by the three maps
    for period in periods:
        name = f"ai_user_share-{period}"
        if args.only and args.only != name:
            continue
        values = usage[usage["period"] == period].set_index("iso3")["value"]
        draw(
            world, values, list(jenks.bins), labels_for(jenks.bins, pooled.min()), "YlGnBu",
            "AI user share (% of working-age population)", period,
            "Source: Microsoft AI Economy Institute, AI Diffusion data (Q1 2026 release), MIT License",
            os.path.join(args.outdir, f"{name}.svg"))

    name = "deepseek_share-2025-H2"
    if not args.only or args.only == name:
        deepseek = pd.read_csv(os.path.join(args.root, "Data", "usage", "deepseek_share_2025H2.csv"))
        deepseek = deepseek.dropna(subset=["iso3"])
        point = deepseek["value"].fillna((deepseek["low"] + deepseek["high"]) / 2)  # band midpoint
        values = point.set_axis(deepseek["iso3"]).dropna()
        bins = [5, 10, 15, 20, 25, max(100.0, values.max())]
        draw(
            world, values, bins, ["<=5", "6-10", "11-15", "16-20", "21-25", ">25"], "OrRd",
            "DeepSeek share of generative-AI use (%)", "2025-H2",
            "Source: Microsoft, Global AI Adoption in 2025 (January 2026)",
            os.path.join(args.outdir, f"{name}.svg"),
            overlay=sanctioned(args.root, "2025-07-01", "2025-12-31"))


if __name__ == "__main__":
    main()
