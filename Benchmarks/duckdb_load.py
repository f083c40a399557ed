#!/usr/bin/env python3
"""Benchmark (c) peer: DuckDB loads the long CSV into a table of a database file.

    python duckdb_load.py FILE.csv DB.duckdb
"""

import sys

import duckdb

csv_path, db_path = sys.argv[1], sys.argv[2]
connection = duckdb.connect(db_path)
connection.execute(
    "CREATE TABLE observations AS SELECT * FROM read_csv(?, header = true)", [csv_path]
)
rows = connection.execute("SELECT count(*) FROM observations").fetchone()[0]
connection.close()
print(f"duckdb: {rows} rows")
