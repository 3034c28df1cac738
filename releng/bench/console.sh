#!/usr/bin/env bash
# Console driver figures of the built product, printed (a benchmark, not a test: the figures
# vary with the machine and its load). Goals: at least 50,000 samples/s ingested and recorded
# per session, and p99 device-to-listener latency below 20 ms.
#
#   releng/bench/console.sh [--seconds S] [--rate HZ]
#     --seconds S  length of the ingestion phase (default 10)
#     --rate HZ    frames per second the virtual console sends, 29 channels each (default 4000)
#
# Runs `eccw console bench`: the virtual heart-lung machine on a loopback TCP port and a
# recorded session in the same process. The figures go into docs/performance.md by hand.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/../scripts/product-lib.sh"
seconds=10
rate=4000
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) seconds=$2; shift 2 ;;
    --rate) rate=$2; shift 2 ;;
    *) echo "usage: console.sh [--seconds S] [--rate HZ]" >&2; exit 2 ;;
  esac
done
if [ ! -x "$eccw_product/eccw" ]; then
  echo "console.sh: build the product first (./mvnw -B verify)" >&2
  exit 1
fi
echo "machine: $(nproc) cores, $(free -g | awk '/^Mem:/ { print $2 }') GiB, $(uname -sr)"
env -u DISPLAY "$eccw_product/eccw" console bench --seconds "$seconds" --rate "$rate"
