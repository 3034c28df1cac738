#!/usr/bin/env bash
# The Simulate perspective's screenshot: the adult template running (cooling to 32 °C, 12
# simulated minutes at 50x, the sweep turned down at 9 minutes), written as FOLDER/simulate.png
# with ImageMagick's import -window root from a 1280x900 Xvfb display.
#
#   releng/bench/simulate-screenshot.sh FOLDER     (docs/images for the README's)
#
# Runs SimulateScreenshot (org.eccworkbench.ui.sim.tests) in the real workbench.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
if [ $# -ne 1 ]; then
  echo "usage: simulate-screenshot.sh FOLDER" >&2
  exit 2
fi
folder=$(realpath -m "$1")
cd "$root"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! xvfb-run -a -s "-screen 0 1280x900x24" ./mvnw -B -o verify -pl features/org.eccworkbench.ui.feature,bundles/org.eccworkbench.ui.sim.tests -am \
    -Dtest=SimulateScreenshot -DfailIfNoTests=false "-Dtycho.testArgLine=-Deccw.screenshot=$folder" >"$log" 2>&1; then
  tail -n 60 "$log" >&2
  exit 1
fi
grep -E '^screenshot:' "$log"
