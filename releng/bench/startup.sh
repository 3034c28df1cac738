#!/usr/bin/env bash
# Start-up figures of the built product, printed (a benchmark, not a test: the figures vary
# with the machine and its load). Goal: the workbench window in 3 s or less on 2 cores.
#
#   releng/bench/startup.sh [--runs N] [--build]
#     --runs N   warm runs of each measurement (default 5)
#     --build    also time a clean build of the product (./mvnw clean verify -DskipTests)
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/../scripts/product-lib.sh"
runs=5
build=false
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --build) build=true; shift ;;
    *) echo "usage: startup.sh [--runs N] [--build]" >&2; exit 2 ;;
  esac
done

seconds_since() { awk -v ns=$(($(date +%s%N) - $1)) 'BEGIN { printf "%.2f", ns / 1e9 }'; }
summary() { # min / median / max of the numbers on stdin
  sort -n | awk '{ v[NR] = $1 } END { printf "min %.2f s, median %.2f s, max %.2f s (%d runs)\n", v[1], v[int((NR + 1) / 2)], v[NR], NR }'
}

echo "machine: $(nproc) cores, $(free -g | awk '/^Mem:/ { print $2 }') GiB, $(uname -sr)"
if $build; then
  started=$(date +%s%N)
  (cd "$eccw_root" && ./mvnw -B -q clean verify -DskipTests >/dev/null)
  echo "clean build of the product (tests skipped): $(seconds_since "$started") s"
fi
[ -x "$eccw_product/eccw" ] || { echo "build the product first: ./eccw --version" >&2; exit 1; }

archive=$(ls "$eccw_archive_dir"/eccworkbench-*-linux.gtk.x86_64.tar.gz | head -n 1)
echo "product: $(ls "$eccw_product/plugins" | wc -l) bundles, $(du -sm "$eccw_product" | cut -f1) MB installed, archive $(($(stat -c %s "$archive") / 1000000)) MB"

for _ in $(seq 1 "$runs"); do
  started=$(date +%s%N)
  env -u DISPLAY "$eccw_product/eccw" --version >/dev/null
  seconds_since "$started"; echo
done | { printf 'headless eccw --version: '; summary; }

trap 'eccw_stop_workbench; eccw_stop_display' EXIT
eccw_start_display
# Cold: the first start after installation, with no OSGi bundle cache in the configuration area.
rm -rf "$eccw_product/configuration/org.eclipse.osgi" "$eccw_product/configuration/org.eclipse.e4.ui.css.swt.theme"
eccw_start_workbench 120
eccw_stop_workbench
echo "workbench window, cold (no OSGi cache): $eccw_window_seconds s"
for _ in $(seq 1 "$runs"); do
  eccw_start_workbench 120
  eccw_stop_workbench
  echo "$eccw_window_seconds"
done | { printf 'workbench window, warm: '; summary; }
