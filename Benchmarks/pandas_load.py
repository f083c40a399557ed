#!/usr/bin/env python3
"""Benchmark (c) peer: pandas read_csv + to_sql into an SQLite file (Python's sqlite3).

    python pandas_load.py FILE.csv DB.sqlite
"""

import sqlite3
import sys

import pandas as pd

csv_path, db_path = sys.argv[1], sys.argv[2]
frame = pd.read_csv(csv_path)
with sqlite3.connect(db_path) as connection:
    frame.to_sql("observations", connection, index=False)
print(f"pandas: {len(frame)} rows")
