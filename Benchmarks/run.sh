#!/usr/bin/env bash
# geo-ai benchmarks against what an analyst would use instead (issue 14's table).
#
#   Benchmarks/run.sh            # full run (about 6–10 minutes on 2 cores)
#   Benchmarks/run.sh --quick    # fewer runs, same inputs (about 3–4 minutes)
#
# Builds geo-ai in release mode (its own scratch path, .build-bench), installs the Python
# peers into Benchmarks/.venv with pip, generates inputs under Benchmarks/work/, times every
# case with hyperfine (the commands compared in one case are measured in one hyperfine
# invocation), measures peak memory with /usr/bin/time, and writes Benchmarks/RESULTS.md.
#
# Needs: Swift 6, libsqlite3-dev, python3 with venv, hyperfine, sqlite3, jq, GNU time
#   (Debian: apt-get install hyperfine sqlite3 jq time python3-venv), and a C compiler.
set -euo pipefail

QUICK=0
for argument in "$@"; do
    case "$argument" in
        --quick) QUICK=1 ;;
        -h | --help) sed -n '2,14p' "$0"; exit 0 ;;
        *) echo "usage: Benchmarks/run.sh [--quick]" >&2; exit 64 ;;
    esac
done

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH/.." && pwd)"
WORK="$BENCH/work"
RESULTS="$WORK/results"
PY="$BENCH/.venv/bin/python"

# On a fresh Debian machine, install the command-line peers and tools (as root, like .ci/run).
missing=()
for pkg in hyperfine sqlite3 jq time python3-venv libsqlite3-dev; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ] && command -v apt-get >/dev/null && [ "$(id -u)" -eq 0 ]; then
    echo "installing ${missing[*]}" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >&2
fi

for tool in hyperfine sqlite3 jq python3 swift; do
    command -v "$tool" >/dev/null || { echo "error: $tool is not installed" >&2; exit 69; }
done
[ -x /usr/bin/time ] || { echo "error: /usr/bin/time (GNU time) is not installed" >&2; exit 69; }

# Runs per case: [full] / [quick].
if [ "$QUICK" = 1 ]; then
    FAST_RUNS=10; BUILD_RUNS=3; PY_RUNS=2; INGEST_RUNS=2; GROW_RUNS=(3 2 1); MODE="quick"
else
    FAST_RUNS=30; BUILD_RUNS=10; PY_RUNS=10; INGEST_RUNS=3; GROW_RUNS=(5 3 1); MODE="full"
fi

step() { printf '\n== %s\n' "$*" >&2; }

# ---------------------------------------------------------------------------------------
step "building geo-ai (release, --scratch-path .build-bench)"
(cd "$ROOT" && swift build -c release --scratch-path .build-bench --product geo-ai 2>&1 | tail -n 1)
mkdir -p "$WORK/bin" "$RESULTS"
rm -f "$RESULTS"/*
# A private copy, so a rebuild elsewhere cannot change the binary in the middle of a run.
cp "$ROOT/.build-bench/release/geo-ai" "$WORK/bin/geo-ai"
GEO="$WORK/bin/geo-ai"

step "Python peers (Benchmarks/.venv, pip)"
if [ ! -x "$PY" ]; then python3 -m venv "$BENCH/.venv"; fi
"$PY" -m pip install --quiet --disable-pip-version-check -r "$BENCH/requirements.txt"

# ---------------------------------------------------------------------------------------
step "inputs under Benchmarks/work"
PROJ="$WORK/proj"   # a copy of the project, so the repository's Reports/ is never touched
rm -rf "$PROJ"
mkdir -p "$PROJ"
cp -R "$ROOT/Data" "$ROOT/Pipelines" "$PROJ/"
LONG="$WORK/long-1m.csv"
python3 "$BENCH/gen_long_csv.py" "$ROOT" "$LONG"   # 250 economies x 312 months x 13 metrics
GROW_SPECS=("g1 3 2" "g10 6 10" "g100 30 20")      # name, periods, metrics: 6, 60, 600 pairs
for spec in "${GROW_SPECS[@]}"; do
    read -r name periods metrics <<<"$spec"
    python3 "$BENCH/gen_growth.py" "$ROOT" "$WORK/grow/maps-$name" --periods "$periods" --metrics "$metrics" --maps all >"$RESULTS/grow-maps-$name.info"
    python3 "$BENCH/gen_growth.py" "$ROOT" "$WORK/grow/data-$name" --periods "$periods" --metrics "$metrics" --maps none >"$RESULTS/grow-data-$name.info"
done
OUT="$WORK/out"
mkdir -p "$OUT/py110" "$OUT/py50" "$OUT/pyus" "$OUT/geo"
# Inputs that were once slow to refuse; `swift test` only checks that they finish.
LINE10MB="$WORK/line-10mb.csv"
COLUMNS20K="$WORK/columns-20k.csv"
python3 -c "import sys; sys.stdout.write('country,period,metric,value\n' + 'x' * 10_000_000 + ',2025-H1,ai_user_share,5\n')" >"$LINE10MB"
python3 -c "print(','.join(f'c{i}' for i in range(20000)))" >"$COLUMNS20K"

# ---------------------------------------------------------------------------------------
# bench CASE RUNS WARMUP [after|inline] times the commands in the arrays NAMES, PREPS
# (run before every timed run) and CMDS in one hyperfine invocation. Commands run without a
# shell (hyperfine -N); loops are written as `sh -c '...'`; prepare steps always run through
# `sh -c`. Peak memory ("Maximum resident set size" of GNU time, the largest process of a
# command) is measured after the timed runs or, for slow commands, inline.
bench() {
    local case="$1" runs="$2" warmup="$3" memory="${4:-after}"
    local args=(-N --style basic --runs "$runs" --warmup "$warmup" --export-json "$RESULTS/$case.json")
    # Cases whose commands are meant to fail (refused input) set IGNORE_FAILURE=1.
    if [ "${IGNORE_FAILURE:-0}" = 1 ]; then args+=(-i); fi
    local i
    for i in "${!CMDS[@]}"; do
        args+=(--prepare "sh -c '${PREPS[$i]}'")
    done
    for i in "${!CMDS[@]}"; do
        if [ "$memory" = inline ]; then
            # Slow commands: GNU time wraps every timed run (about 1 ms) and keeps the last peak.
            args+=(-n "${NAMES[$i]}" "/usr/bin/time -f %M -o $RESULTS/$case.$i.mem ${CMDS[$i]}")
        else
            args+=(-n "${NAMES[$i]}" "${CMDS[$i]}")
        fi
    done
    step "case $case (${runs} runs)"
    hyperfine "${args[@]}" >&2
    if [ "$memory" = after ]; then
        # Fast commands: one more run of each under GNU time, after its prepare step.
        for i in "${!CMDS[@]}"; do
            sh -c "${PREPS[$i]}"
            eval "/usr/bin/time -f %M -o '$RESULTS/$case.$i.mem' ${CMDS[$i]}" >/dev/null 2>&1 || true
        done
    fi
}

COLD="rm -rf $PROJ/.geo-ai $PROJ/Reports"
# Everything but the geometry cache: the store, the build manifest and Reports/ (a rebuild after
# the data changed; the boundary files did not).
CACHED="rm -rf $PROJ/.geo-ai/store.sqlite $PROJ/.geo-ai/store.sqlite-wal $PROJ/.geo-ai/store.sqlite-shm $PROJ/.geo-ai/build-manifest.json $PROJ/Reports"
WORLD="--pipeline ai-diffusion --pipeline deepseek"
MAP110="for m in ai_user_share:2025-H1 ai_user_share:2025-H2 ai_user_share:2026-Q1 deepseek_share:2025-H2; do $GEO map --root $PROJ --metric \${m%%:*} --period \${m#*:} -o $OUT/geo/\${m%%:*}-\${m#*:}.svg 2>/dev/null; done"

# a. builds: the world pipelines and all three cold, a no-op rebuild, the process-start floor.
NAMES=("geo-ai build, world pipelines (cold)" "geo-ai build, all pipelines (cold)" "geo-ai build (no-op)" "geo-ai --version")
PREPS=("$COLD" "$COLD" "true" "true")
CMDS=("$GEO build --quiet --root $PROJ $WORLD" "$GEO build --quiet --root $PROJ" "$GEO build --quiet --root $PROJ" "$GEO --version")
bench a "$FAST_RUNS" 3

# b. the world pipelines against the Python route drawing the same four maps and a report.
NAMES=("python: 4 maps + report, 110m" "geo-ai build, world pipelines (cold)" "geo-ai map x4, 110m")
PREPS=("true" "$COLD" "true")
CMDS=("$PY $BENCH/python_maps.py $PROJ $OUT/py110 --scale 110m"
    "$GEO build --quiet --root $PROJ $WORLD"
    "sh -c '$MAP110'")
bench b110 "$PY_RUNS" 1 inline

# b50. one 1:50m world map: geopandas against geo-ai map, with and without the geometry cache.
NAMES=("python: one map, 50m" "geo-ai map, 50m (geometry cached)" "geo-ai map, 50m (no cache)")
PREPS=("true" "true" "rm -rf $PROJ/.geo-ai/cache")
CMDS=("$PY $BENCH/python_maps.py $PROJ $OUT/py50 --scale 50m --only ai_user_share-2026-Q1"
    "$GEO map --root $PROJ --scale 50m --metric ai_user_share --period 2026-Q1 -o $OUT/geo/b50.svg"
    "$GEO map --root $PROJ --scale 50m --metric ai_user_share --period 2026-Q1 -o $OUT/geo/b50.svg")
bench b50 "$PY_RUNS" 1 inline

# us. the US pipeline (county and state maps, report) against geopandas drawing the county map.
NAMES=("python: county map" "geo-ai build us-ai-diffusion (cold)" "geo-ai build us-ai-diffusion (geometry cached)")
PREPS=("true" "$COLD" "$CACHED")
CMDS=("$PY $BENCH/python_us_map.py $PROJ $OUT/pyus/counties.svg"
    "$GEO build --quiet --root $PROJ --pipeline us-ai-diffusion"
    "$GEO build --quiet --root $PROJ --pipeline us-ai-diffusion")
bench us "$PY_RUNS" 1 inline

# c. ingest scale: 1,014,000 rows (the shape issue 14 names).
DB="$WORK/ingest"
mkdir -p "$DB"
# The store's floor: the same rows stored the way geo-ai stores them, with nothing read first
# (Benchmarks/store_floor.c), into the tables of a store geo-ai made.
head -n 3 "$LONG" >"$DB/schema.csv"
rm -f "$DB/schema.sqlite" "$DB/schema.sqlite-wal" "$DB/schema.sqlite-shm"
"$GEO" ingest "$DB/schema.csv" --db "$DB/schema.sqlite" --root "$PROJ" --quiet
sqlite3 "$DB/schema.sqlite" ".schema sources" ".schema observation_values" >"$DB/schema.sql"
# Any C compiler: the system's cc, else the clang that comes with Swift.
"${CC:-$(command -v cc || command -v clang)}" -O2 -o "$WORK/bin/store_floor" "$BENCH/store_floor.c" -lsqlite3
NAMES=("geo-ai ingest" "sqlite3 .import" "duckdb read_csv" "pandas read_csv + to_sql" "store alone (store_floor.c)")
PREPS=("rm -f $DB/geo.sqlite $DB/geo.sqlite-wal $DB/geo.sqlite-shm"
    "rm -f $DB/cli.sqlite"
    "rm -f $DB/duck.duckdb $DB/duck.duckdb.wal"
    "rm -f $DB/pandas.sqlite"
    "rm -f $DB/floor.sqlite $DB/floor.sqlite-wal $DB/floor.sqlite-shm")
CMDS=("$GEO ingest $LONG --db $DB/geo.sqlite --root $PROJ"
    "sqlite3 -csv $DB/cli.sqlite '.import $LONG observations'"
    "$PY $BENCH/duckdb_load.py $LONG $DB/duck.duckdb"
    "$PY $BENCH/pandas_load.py $LONG $DB/pandas.sqlite"
    "$WORK/bin/store_floor $DB/schema.sql $DB/floor.sqlite $(($(wc -l <"$LONG") - 1))")
bench c "$INGEST_RUNS" 0 inline
sqlite3 "$DB/geo.sqlite" "select count(*) from observations" >"$RESULTS/c.rows"

# d. growth: builds of a generated pipeline at 1x, 10x and 100x periods x metrics.
for series in maps data; do
    for index in 0 1 2; do
        read -r name _ _ <<<"${GROW_SPECS[$index]}"
        dir="$WORK/grow/$series-$name"
        NAMES=("geo-ai build ($series, $name)")
        PREPS=("rm -rf $dir/.geo-ai $dir/Reports")
        CMDS=("$GEO build --quiet --root $dir")
        bench "d-$series-$name" "${GROW_RUNS[$index]}" 0 inline
    done
done

# e. a 1:50m map against parsing its GeoJSON.
GEOJSON50="$PROJ/Data/geo/countries-50m.geojson"
GEOJSON110="$PROJ/Data/geo/countries-110m.geojson"
NAMES=("geo-ai map, 50m" "python3 json.load, 50m" "jq empty, 50m" "geo-ai map, 110m" "python3 json.load, 110m")
PREPS=("true" "true" "true" "true" "true")
CMDS=("$GEO map --root $PROJ --scale 50m --metric ai_user_share --period 2026-Q1 -o $OUT/geo/e-50m.svg"
    "python3 -c 'import json; json.load(open(\"$GEOJSON50\"))'"
    "jq empty $GEOJSON50"
    "$GEO map --root $PROJ --metric ai_user_share --period 2026-Q1 -o $OUT/geo/e-110m.svg"
    "python3 -c 'import json; json.load(open(\"$GEOJSON110\"))'")
bench e "$FAST_RUNS" 2

# f. refusing inputs that were once slow (the bad-input corpus in swift test has no time limit).
NAMES=("geo-ai validate, 10 MB line" "geo-ai validate, 20,000 columns")
PREPS=("true" "true")
CMDS=("$GEO validate --root $PROJ $LINE10MB" "$GEO validate --root $PROJ $COLUMNS20K")
IGNORE_FAILURE=1 bench f "$FAST_RUNS" 1

# ---------------------------------------------------------------------------------------
step "machine"
{
    echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "mode: $MODE"
    echo "cpu: $(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -n 1) ($(nproc) cores available)"
    echo "memory: $(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)"
    echo "kernel: $(uname -sr)"
    echo "load average at the end: $(cut -d ' ' -f 1-3 /proc/loadavg)"
    echo "geo-ai: $("$GEO" --version) (release build)"
    echo "swift: $(swift --version 2>&1 | grep -m 1 -o 'Swift version [^ ]*')"
    echo "sqlite3 CLI: $(sqlite3 --version | cut -d ' ' -f 1)"
    echo "hyperfine: $(hyperfine --version | cut -d ' ' -f 2)"
    echo "jq: $(jq --version)"
    echo "python: $("$PY" --version | cut -d ' ' -f 2)"
    echo "python packages: $("$PY" -m pip freeze --disable-pip-version-check | grep -iE '^(geopandas|mapclassify|matplotlib|pandas|duckdb|pyogrio|shapely|pyproj|numpy)==' | tr '\n' ' ')"
} >"$RESULTS/machine.txt"

step "writing Benchmarks/RESULTS.md"
python3 "$BENCH/summarize.py" "$RESULTS" "$BENCH/RESULTS.md"
cat "$BENCH/RESULTS.md"
