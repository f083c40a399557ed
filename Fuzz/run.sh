#!/usr/bin/env bash
# Builds the libFuzzer harnesses and runs each for SECONDS (default 60).
#
#   Fuzz/run.sh [SECONDS] [HARNESS...]     HARNESS: csv pipeline geojson topojson archive markup (default: all)
#
# Exits non-zero if any harness crashes, traps, times out (> 10 s on one input), runs out of
# memory (> 4 GiB), leaks, or triggers AddressSanitizer; the input that did it is in Fuzz/Crashes/.
# Inputs slower than 1 s are saved there too (slow-unit-*) and listed, without failing the run.
# New coverage goes to Fuzz/Corpus-work/<harness>/ (kept between runs); the seeds in
# Fuzz/Corpus/<harness>/ are never modified.
#
# Environment: FUZZ_JOBS (parallel harnesses, default 1), FUZZ_ARGS (extra libFuzzer flags),
# FUZZ_SANITIZERS (default fuzzer,address when the toolchain ships ASan, else fuzzer),
# ASAN_OPTIONS as usual (leak detection is on: 10-minute runs of every harness found none).
set -euo pipefail

fuzz_dir=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$fuzz_dir/.." && pwd)
seconds=${1:-60}
shift || true
harnesses=("$@")
[ ${#harnesses[@]} -gt 0 ] || harnesses=(csv pipeline geojson topojson archive markup)

if ! [[ "$seconds" =~ ^[0-9]+$ ]] || [ "$seconds" -lt 1 ]; then
  echo "usage: Fuzz/run.sh [SECONDS] [csv|pipeline|geojson|topojson|archive|markup]..." >&2
  exit 64
fi

if [ "$(uname -s)" != Linux ]; then
  echo "fuzz: skipped: libFuzzer (-sanitize=fuzzer) needs the Swift toolchain on Linux" >&2
  exit 0
fi

# The libFuzzer and ASan runtimes ship with the toolchain's clang resource directory.
swift_bin=$(dirname "$(readlink -f "$(command -v swift)")")
runtime_dir=$(ls -d "$swift_bin"/../lib/clang/*/lib/linux 2>/dev/null | head -1 || true)
if [ -z "$runtime_dir" ] || ! ls "$runtime_dir"/libclang_rt.fuzzer-*.a >/dev/null 2>&1; then
  echo "fuzz: error: this Swift toolchain has no libFuzzer runtime (libclang_rt.fuzzer) in ${runtime_dir:-its clang folder}" >&2
  exit 2
fi
if [ -z "${FUZZ_SANITIZERS:-}" ]; then
  if ls "$runtime_dir"/libclang_rt.asan-*.a >/dev/null 2>&1; then FUZZ_SANITIZERS=fuzzer,address; else FUZZ_SANITIZERS=fuzzer; fi
fi
c_sanitizers=${FUZZ_SANITIZERS/fuzzer/fuzzer-no-link}

scratch="$fuzz_dir/.build-fuzz"
echo "fuzz: building the harnesses (-sanitize=$FUZZ_SANITIZERS, release) in ${scratch#"$root"/}"
build_start=$(date +%s)
# SwiftPM may keep a stale build plan for the path dependency and miss files added to the
# main package since the last fuzz build; dropping the plan makes it rescan (objects are kept).
rm -f "$scratch/release/description.json"
mkdir -p "$scratch"
build_log="$scratch/build.log"
build_status=0
(cd "$fuzz_dir" && swift build -c release --scratch-path "$scratch" \
  -Xswiftc "-sanitize=$FUZZ_SANITIZERS" -Xcc "-fsanitize=$c_sanitizers") >"$build_log" 2>&1 || build_status=$?
# ld.gold's note about an ASan symbol is harmless noise.
grep -av "Cannot export local symbol '__asan_extra_spill_area'" "$build_log" || true
if [ "$build_status" -ne 0 ]; then
  echo "fuzz: error: the harnesses did not build (exit $build_status)" >&2
  exit 2
fi
bin=$(cd "$fuzz_dir" && swift build -c release --scratch-path "$scratch" --show-bin-path)
echo "fuzz: built in $(($(date +%s) - build_start)) s"

mkdir -p "$fuzz_dir/Crashes"
export GEO_AI_ROOT="$root"

run_one() {
  local name=$1 target dict
  case "$name" in
    csv) target=FuzzCSV dict=csv ;;
    pipeline) target=FuzzPipeline dict=pipeline ;;
    geojson) target=FuzzGeoJSON dict=json ;;
    topojson) target=FuzzTopoJSON dict=json ;;
    archive) target=FuzzGeometryArchive dict=json ;;
    markup) target=FuzzMarkup dict=markup ;;
    *) echo "fuzz: unknown harness '$name' (csv, pipeline, geojson, topojson, archive, markup)" >&2; return 64 ;;
  esac
  local work="$fuzz_dir/Corpus-work/$name" log="$fuzz_dir/Crashes/$name.log"
  mkdir -p "$work"
  local status=0 start
  start=$(date +%s)
  # shellcheck disable=SC2086 # FUZZ_ARGS is a list of flags
  "$bin/$target" "$work" "$fuzz_dir/Corpus/$name" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=16384 \
    -report_slow_units=1 -dict="$fuzz_dir/Dictionaries/$dict.dict" \
    -artifact_prefix="$fuzz_dir/Crashes/$name-" -print_final_stats=1 ${FUZZ_ARGS:-} \
    >"$log" 2>&1 </dev/null || status=$?
  local runs coverage slowest
  runs=$(grep -aoE '^stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' || echo '?')
  coverage=$(grep -aoE 'cov: [0-9]+' "$log" | tail -1 || true)
  slowest=$(grep -aoE 'Slowest unit: [0-9]+ s' "$log" | tail -1 || true)
  if [ "$status" -eq 0 ]; then
    echo "fuzz: $name: ok: $runs inputs in $(($(date +%s) - start)) s, ${coverage:-cov: ?}${slowest:+, $slowest}"
  else
    echo "fuzz: $name: FAILED (exit $status) after $(($(date +%s) - start)) s; log: ${log#"$root"/}" >&2
    grep -aE '^==[0-9]+==|ERROR: |SUMMARY: |Fatal error|Test unit written|artifact_prefix|Slow unit' "$log" | head -20 >&2 || true
    echo "fuzz: reproduce: GEO_AI_ROOT=$root $bin/$target <input in Fuzz/Crashes/>" >&2
  fi
  return "$status"
}

marker=$(mktemp)
trap 'rm -f "$marker"' EXIT
failed=()
if [ "${FUZZ_JOBS:-1}" -gt 1 ]; then
  declare -A pids=()
  for name in "${harnesses[@]}"; do
    while [ "$(jobs -rp | wc -l)" -ge "$FUZZ_JOBS" ]; do sleep 1; done
    run_one "$name" &
    pids[$name]=$!
  done
  for name in "${!pids[@]}"; do wait "${pids[$name]}" || failed+=("$name"); done
else
  for name in "${harnesses[@]}"; do run_one "$name" || failed+=("$name"); done
fi

slow=$(cd "$fuzz_dir/Crashes" && find . -name '*-slow-unit-*' -newer "$marker" | sed 's|^\./||' | sort)
if [ -n "$slow" ]; then
  echo "fuzz: warning: inputs slower than 1 s (kept in Fuzz/Crashes/):" >&2
  printf '  %s\n' $slow >&2
fi
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: ${#failed[@]} harness(es) failed: ${failed[*]} (inputs and logs in Fuzz/Crashes/)" >&2
  exit 1
fi
echo "fuzz: ${#harnesses[@]} harness(es) ran ${seconds} s each with no crash"
