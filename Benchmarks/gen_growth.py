#!/usr/bin/env python3
"""Generate a synthetic geo-ai project for benchmark (d), growth in periods x metrics.

The project holds the real reference tables and geometry (copied from ROOT) and one
pipeline `synth` with PERIODS half-years x METRICS metrics over every economy in the
reference, in one long CSV. Every metric is reported, aggregated (weighted by working-age
population, default groupings) and mapped for every period (one map per period x metric,
Fisher-Jenks breaks shared across the metric's periods), so every stage grows with
periods x metrics.

    python3 gen_growth.py ROOT OUTDIR --periods 3 --metrics 1
"""

import argparse
import csv
import os
import random
import shutil


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("root")
    parser.add_argument("outdir")
    parser.add_argument("--periods", type=int, required=True)
    parser.add_argument("--metrics", type=int, required=True)
    parser.add_argument("--maps", choices=["all", "none"], default="all")
    args = parser.parse_args()

    if os.path.exists(args.outdir):
        shutil.rmtree(args.outdir)
    os.makedirs(os.path.join(args.outdir, "Data", "usage"))
    os.makedirs(os.path.join(args.outdir, "Pipelines"))
    shutil.copytree(os.path.join(args.root, "Data", "reference"), os.path.join(args.outdir, "Data", "reference"))
    shutil.copytree(os.path.join(args.root, "Data", "geo"), os.path.join(args.outdir, "Data", "geo"))

    with open(os.path.join(args.root, "Data", "reference", "countries.csv"), encoding="utf-8") as f:
        codes = [row["iso3"] for row in csv.DictReader(f)]

    periods = []
    year = 2025 - (args.periods + 1) // 2 + 1
    while len(periods) < args.periods:
        for half in (1, 2):
            if len(periods) < args.periods:
                periods.append(f"{year}-H{half}")
        year += 1
    metrics = [f"m{i:04d}" for i in range(1, args.metrics + 1)]

    rng = random.Random(7)
    rows = 0
    with open(os.path.join(args.outdir, "Data", "usage", "synth.csv"), "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["iso3", "period", "metric", "value"])
        for metric in metrics:
            for period in periods:
                for code in codes:
                    if rng.random() < 0.1:
                        continue  # about one economy in ten has no value: missing, not zero
                    writer.writerow([code, period, metric, f"{rng.uniform(0, 100):.2f}"])
                    rows += 1

    lines = [
        f'title: "Synthetic growth benchmark: {args.periods} periods x {args.metrics} metrics"',
        "sources:",
        "  - path: Data/usage/synth.csv",
        "    format: long",
        "metrics:",
    ]
    for metric in metrics:
        lines += [
            f"  - id: {metric}",
            f"    label: Synthetic metric {metric} (%)",
            "    unit: percent",
            "    weight: working_age_population",
        ]
    lines += ["analysis:", "  min_coverage: 0.5"]
    if args.maps == "all":
        lines.append("maps:")
        for metric in metrics:
            lines += [
                f"  - metric: {metric}",
                f"    periods: [{', '.join(periods)}]",
                "    classes: jenks:5",
                "    scheme: YlGnBu",
            ]
    with open(os.path.join(args.outdir, "Pipelines", "synth.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"{args.outdir}: {args.periods} periods x {args.metrics} metrics, {rows} observations")


if __name__ == "__main__":
    main()
