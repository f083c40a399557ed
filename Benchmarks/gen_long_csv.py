#!/usr/bin/env python3
"""Generate the 1,000,000-row long CSV of benchmark (c).

250 economies (every name in Data/reference/countries.csv, so name resolution runs on
real names, including ones with accents, commas and quotes) x 4,000 period-metric
pairs (40 half-years 2006-H1 ... 2025-H2 x 100 metrics m0001 ... m0100).

Deterministic: the same file every time (fixed seed), so runs are comparable.

    python3 gen_long_csv.py ROOT OUT.csv [--economies 250] [--periods 40] [--metrics 100]
"""

import argparse
import csv
import random


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("root", help="the geo-ai project root (for Data/reference/countries.csv)")
    parser.add_argument("out")
    parser.add_argument("--economies", type=int, default=250)
    parser.add_argument("--periods", type=int, default=40)
    parser.add_argument("--metrics", type=int, default=100)
    args = parser.parse_args()

    with open(f"{args.root}/Data/reference/countries.csv", encoding="utf-8") as f:
        names = [row["name"] for row in csv.DictReader(f)]
    if args.economies > len(names):
        raise SystemExit(f"only {len(names)} economies in the reference")
    names = names[: args.economies]

    periods = []
    year = 2025 - (args.periods + 1) // 2 + 1
    while len(periods) < args.periods:
        for half in (1, 2):
            if len(periods) < args.periods:
                periods.append(f"{year}-H{half}")
        year += 1
    metrics = [f"m{i:04d}" for i in range(1, args.metrics + 1)]

    rng = random.Random(20260101)
    with open(args.out, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["country", "period", "metric", "value"])
        for period in periods:
            for metric in metrics:
                for name in names:
                    writer.writerow([name, period, metric, f"{rng.uniform(0, 100):.2f}"])


if __name__ == "__main__":
    main()
