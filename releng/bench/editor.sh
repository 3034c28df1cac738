#!/usr/bin/env bash
# Circuit editor figures, printed (a benchmark, not a test: the figures vary with the machine and
# its load). Goals: a 1,000-part circuit opens in the editor in under 1 s, and a full redraw at
# 100 % takes under 16 ms.
#
#   releng/bench/editor.sh [--screenshot FOLDER]
#     --screenshot FOLDER   also write editor-adult.png and editor-neonatal.png there: the screen
#                           with each template open (ImageMagick import -window root)
#
# Runs EditorBenchmark (org.eccworkbench.ui.editor.tests) in the real workbench on an Xvfb display.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
screenshot=
while [ $# -gt 0 ]; do
  case "$1" in
    --screenshot) screenshot=$(realpath -m "$2"); shift 2 ;;
    *) echo "usage: editor.sh [--screenshot FOLDER]" >&2; exit 2 ;;
  esac
done
args="-Deccw.bench=true"
[ -n "$screenshot" ] && args="$args -Deccw.screenshot=$screenshot"
cd "$root"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! xvfb-run -a -s "-screen 0 1920x1200x24" ./mvnw -B -o verify -pl features/org.eccworkbench.ui.feature,bundles/org.eccworkbench.ui.editor.tests -am \
    -Dtest=EditorBenchmark -DfailIfNoTests=false "-Dtycho.testArgLine=$args" >"$log" 2>&1; then
  tail -n 60 "$log" >&2
  exit 1
fi
grep -E '^(machine:|of which:|open |full redraw |screenshot:)' "$log"
