#!/usr/bin/env python3
"""Generate the 1,000,000-row long CSV of benchmark (c).

The shape issue 14 names: 250 economies (every name in Data/reference/countries.csv, so name
resolution runs on real names, including ones with accents, commas and quotes) x 312 months
(2000-01 ... 2025-12) x 13 metrics (m0001 ... m0013): 1,014,000 rows.

Deterministic: the same file every time (fixed seed), so runs are comparable.

    python3 gen_long_csv.py ROOT OUT.csv [--economies 250] [--months 312] [--metrics 13]
"""

import argparse
import csv
import random


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("root", help="the geo-ai project root (for Data/reference/countries.csv)")
    parser.add_argument("out")
    parser.add_argument("--economies", type=int, default=250)
    parser.add_argument("--months", type=int, default=312)
    parser.add_argument("--metrics", type=int, default=13)
    args = parser.parse_args()

    with open(f"{args.root}/Data/reference/countries.csv", encoding="utf-8") as f:
        names = [row["name"] for row in csv.DictReader(f)]
    if args.economies > len(names):
        raise SystemExit(f"only {len(names)} economies in the reference")
    names = names[: args.economies]

    periods = [f"{2000 + m // 12}-{m % 12 + 1:02d}" for m in range(args.months)]  # 2000-01 ... 2025-12
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
