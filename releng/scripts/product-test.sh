#!/usr/bin/env bash
# Tests the built product as a user runs it: the launcher script, the headless command line,
# and the workbench window under Xvfb. Prints one line per check and a summary line.
set -uo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/product-lib.sh"
eccw="$eccw_product/eccw"
passed=0
failed=0

check() { # check NAME CONDITION-EXIT-CODE
  if [ "$2" -eq 0 ]; then
    passed=$((passed + 1)); echo "ok    $1"
  else
    failed=$((failed + 1)); echo "FAIL  $1"
  fi
}

out=$(mktemp); err=$(mktemp)
trap 'rm -f "$out" "$err"; eccw_stop_workbench; eccw_stop_display' EXIT

env -u DISPLAY "$eccw" --version >"$out" 2>"$err"; code=$?
grep -qE '^ECC Workbench [0-9]+\.[0-9]+\.[0-9]+ \(build v[0-9]{8}-[0-9]{4}\)$' "$out"; version_line=$?
check "eccw --version without a display exits 0 and prints the version" $(( code != 0 || version_line != 0 ))

env -u DISPLAY "$eccw" nosuchcommand >"$out" 2>"$err"; code=$?
grep -q "unknown subcommand 'nosuchcommand'" "$err" && grep -q '^Usage: eccw' "$err" && [ ! -s "$out" ]; usage=$?
check "eccw nosuchcommand prints the usage on stderr and exits 2" $(( code != 2 || usage != 0 ))

env -u DISPLAY "$eccw" help >"$out" 2>"$err"; code=$?
grep -q '^  version ' "$out"; listed=$?
check "eccw help lists the subcommands" $(( code != 0 || listed != 0 ))

env -u DISPLAY LANG=fr_FR.UTF-8 "$eccw" nosuchcommand >"$out" 2>"$err"; code=$?
grep -q "sous-commande inconnue 'nosuchcommand'" "$err"; french=$?
check "LANG=fr_FR.UTF-8 gives the French text" $(( code != 2 || french != 0 ))

env -u DISPLAY "$eccw" calc bsa --height-cm 180 --weight-kg 80 --json >"$out" 2>"$err"; code=$?
[ "$(cat "$out")" = '{"bsa_m2": 2, "formula": "mosteller"}' ] && [ ! -s "$err" ]; bsa=$?
check "eccw calc bsa --json prints the Mosteller BSA of 180 cm / 80 kg (2 m2)" $(( code != 0 || bsa != 0 ))

env -u DISPLAY "$eccw" calc bsa --height-cm 0 --weight-kg 80 >"$out" 2>"$err"; code=$?
grep -q -- '--height-cm must be between 20 and 260 cm, got 0' "$err" && [ ! -s "$out" ]; refused=$?
check "eccw calc bsa with a height of 0 names the range and exits 2" $(( code != 2 || refused != 0 ))

env -u DISPLAY "$eccw" catalog list >"$out" 2>"$err"; code=$?
count=$(tail -n 1 "$out" | grep -oE '^[0-9]+'); [ "${count:-0}" -ge 60 ] && [ ! -s "$err" ]; listed=$?
check "eccw catalog list lists the shipped catalog without problems" $(( code != 0 || listed != 0 ))

env -u DISPLAY "$eccw" catalog show terumo.capiox-fx15 --json >"$out" 2>"$err"; code=$?
grep -q '"key": "reservoir_capacity_ml"' "$out" && grep -q '"key": "prime_ml"' "$out"; shown=$?
check "eccw catalog show --json gives figures, conditions and unknowns" $(( code != 0 || shown != 0 ))

example="$eccw_root/bundles/org.eccworkbench.sim/examples/adult-cpb.ecc"
env -u DISPLAY "$eccw" simulate "$example" --duration 1h --json >"$out" 2>"$err"; code=$?
grep -q '"simulated_s": 3600,' "$out" && grep -q '"stopped": null' "$out" && grep -q '"nadir_do2i_ml_min_m2": [0-9]' "$out" \
  && grep -q '"pump_flow_l_min": [0-9]' "$out"; simulated=$?
check "eccw simulate <example.ecc> --duration 1h --json simulates the hour and prints the summary" $(( code != 0 || simulated != 0 ))

env -u DISPLAY JAVA_HOME=/nonexistent ECCW_DEFAULT_JDK=/nonexistent "$eccw" --version >"$out" 2>"$err"; code=$?
[ "$(wc -l <"$err")" -eq 1 ] && grep -q 'needs Java 21 or newer' "$err"; explained=$?
check "a missing JDK is explained in one line (exit 1)" $(( code != 1 || explained != 0 ))

env -u DISPLAY -u WAYLAND_DISPLAY "$eccw" >"$out" 2>"$err"; code=$?
grep -q 'needs a display' "$err"; explained=$?
check "the workbench without a display says so (exit 2)" $(( code != 2 || explained != 0 ))

archive=$(ls "$eccw_archive_dir"/eccworkbench-*-linux.gtk.x86_64.tar.gz 2>/dev/null | head -n 1)
[ -n "$archive" ] && tar -tzvf "$archive" >"$out" && grep -qE '^-rwxr-xr-x .* eccw$' "$out"; archived=$?
check "the product archive holds the executable eccw launcher" "$archived"

if eccw_start_display && eccw_start_workbench 90; then
  echo "      workbench window after $eccw_window_seconds s"
  check "the workbench window opens" 0
else
  check "the workbench window opens" 1
fi

echo "product: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
