#!/usr/bin/env bash
# Circuit model figures of the built product, printed (a benchmark, not a test: the figures vary
# with the machine and its load). A generated 1,000-component circuit is loaded, validated and
# reported: once cold (first use in a fresh process) and as the median of warm runs. Goal: under
# 300 ms for the three together. docs/performance.md records the figures.
#
#   releng/bench/model.sh [--components N] [--runs R] [--processes P]
#     --components N  size of the generated circuit (default 1000)
#     --runs R        warm-up runs and then measured warm runs in each process (default 20)
#     --processes P   fresh processes, each giving one cold figure (default 3)
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/../scripts/product-lib.sh"
components=1000
runs=20
processes=3
while [ $# -gt 0 ]; do
  case "$1" in
    --components) components=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --processes) processes=$2; shift 2 ;;
    *) echo "usage: model.sh [--components N] [--runs R] [--processes P]" >&2; exit 2 ;;
  esac
done

echo "machine: $(nproc) cores, $(free -g | awk '/^Mem:/ { print $2 }') GiB, $(uname -sr)"
for _ in $(seq "$processes"); do
  env -u DISPLAY "$eccw_product/eccw" bench model --components "$components" --runs "$runs"
done
