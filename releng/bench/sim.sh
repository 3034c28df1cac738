#!/usr/bin/env bash
# Simulation figures of the built product, printed and written into docs/performance.md under
# "## Simulation" (a benchmark, not a test: the figures vary with the machine and its load).
# Goals: a 4 h adult CPB case at 10 ms steps at >= 2,000 x real time on one core; a batch of
# 1,000 patients on 2 cores in < 60 s.
#
#   releng/bench/sim.sh [--runs N] [--no-write]
#     --runs N     runs of the single-case measurement (default 3; the median is kept)
#     --no-write   print only, leave docs/performance.md alone
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/../scripts/product-lib.sh"
runs=3
write=true
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --no-write) write=false; shift ;;
    *) echo "usage: sim.sh [--runs N] [--no-write]" >&2; exit 2 ;;
  esac
done
[ -x "$eccw_product/eccw" ] || { echo "build the product first: ./mvnw -o verify" >&2; exit 1; }
command -v taskset >/dev/null || { echo "sim.sh needs taskset (util-linux)" >&2; exit 1; }
examples="$eccw_root/bundles/org.eccworkbench.sim/examples"
circuit="$examples/adult-cpb.ecc"
eccw() { env -u DISPLAY "$eccw_product/eccw" "$@"; }
member() { # member NAME < json: the first numeric value of "NAME"
  grep -m1 -oE "\"$1\": [-0-9.e]+" | sed 's/.*: //'
}
machine="$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')), $(free -g | awk '/^Mem:/ { print $2 }') GiB, $(uname -sr)"
echo "machine: $machine"

# 1. One 4 h case at 10 ms steps on one core: speed as a multiple of real time (engine time only,
#    without the JVM start-up, which the JSON's wall_s excludes).
speeds=()
for _ in $(seq 1 "$runs"); do
  json=$(taskset -c 0 "$eccw_product/eccw" simulate "$circuit" --scenario "$examples/scenarios/cabg-4h.json" \
    --duration 4h --step-ms 10 --json </dev/null)
  speeds+=("$(member speed_x_real_time <<<"$json")")
  wall=$(member wall_s <<<"$json")
done
speed=$(printf '%s\n' "${speeds[@]}" | sort -g | awk '{ v[NR] = $1 } END { printf "%.0f", v[int((NR + 1) / 2)] }')
case_s=$(awk -v x="$speed" 'BEGIN { printf "%.2f", 14400 / x }')
echo "4 h adult CPB (cabg-4h scenario), 10 ms steps, one core: ${speed} x real time (median of $runs), ${case_s} s per case"

# 2. A batch of 1,000 patients on 2 cores: the nominal scenario, 1 h at 100 ms steps.
start=$(date +%s%N)
batch=$(taskset -c 0,1 "$eccw_product/eccw" simulate batch "$circuit" --patients 1000 --duration 1h --step-ms 100 \
  --threads 2 --seed 1 --json </dev/null)
batch_process_s=$(awk -v ns=$(($(date +%s%N) - start)) 'BEGIN { printf "%.1f", ns / 1e9 }')
batch_s=$(member wall_s <<<"$batch" | awk '{ printf "%.1f", $1 }')
batch_x=$(member speed_x_real_time <<<"$batch" | awk '{ printf "%.0f", $1 }')
echo "batch: 1,000 patients x 1 h at 100 ms steps, 2 threads on 2 cores: ${batch_s} s (${batch_process_s} s with JVM start-up), ${batch_x} x real time in total"
full_batch_s=$(awk -v c="$case_s" 'BEGIN { printf "%.0f", 1000 * c / 2 }')
echo "  projected: 1,000 x 4 h at 10 ms steps on 2 cores would take ~${full_batch_s} s"

# 3. Heap one case holds while it runs (plant, engine state, events).
footprint=$(eccw simulate batch "$circuit" --patients 1 --duration 1m --footprint --json </dev/null | member heap_bytes_per_case)
footprint_kb=$(awk -v b="$footprint" 'BEGIN { printf "%.0f", b / 1024 }')
echo "memory per case: ~${footprint_kb} KiB of heap (estimate after GC; a CSV time series adds its writer's buffer)"

$write || exit 0
doc="$eccw_root/docs/performance.md"
section=$(cat <<SECTION
## Simulation

Measured by \`releng/bench/sim.sh\` on $(date -u +%Y-%m-%d), $machine, with the built product
(\`eccw simulate\`), engine time as the JSON's \`wall_s\` reports it (JVM start-up excluded).

| measurement | goal | figure |
|---|---|---|
| one 4 h adult CPB case (\`cabg-4h\` scenario, example circuit), 10 ms steps, one core (\`taskset -c 0\`) | ≥ 2,000 × real time | **${speed} ×** real time (median of $runs), ${case_s} s per case |
| batch of 1,000 patients (nominal scenario, 1 h at 100 ms steps), 2 threads on 2 cores | < 60 s | **${batch_s} s** (${batch_process_s} s with JVM start-up) |
| the same batch at 4 h and 10 ms steps (projected from the single case) | | ~${full_batch_s} s |
| heap per running case: plant, engine state, events, alarms (estimate after GC; the circuit model, read once per thread, is not counted) | | ~${footprint_kb} KiB |

The batch goal is met at 100 ms steps and 1 h runs; a batch of full 4 h cases at 10 ms steps
needs ~${full_batch_s} s on 2 cores: 1,440,000 steps per case is the bound, not the threads. The
machine is shared with other builds, so the figures vary from run to run; the JSON of
\`eccw simulate --json\` reports \`speed_x_real_time\` for every run.
SECTION
)
if [ -f "$doc" ] && grep -q '^## Simulation' "$doc"; then
  awk -v repl="$section" '
    /^## Simulation/ { print repl; skip = 1; next }
    skip && /^## / { skip = 0 }
    !skip { print }' "$doc" >"$doc.tmp" && mv "$doc.tmp" "$doc"
elif [ -f "$doc" ]; then
  printf '\n%s\n' "$section" >>"$doc"
else
  printf '# Performance\n\n%s\n' "$section" >"$doc"
fi
echo "written: docs/performance.md (## Simulation)"
