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

out=$(mktemp); err=$(mktemp); circuits=$(mktemp -d)
trap 'rm -f "$out" "$err"; rm -rf "$circuits"; eccw_stop_workbench; eccw_stop_display' EXIT

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

kit_out=$(mktemp -d)
env -u DISPLAY "$eccw" kit plan "$eccw_product/examples/paediatric-mission.eccmission" --out "$kit_out" >"$out" 2>"$err"; code=$?
grep -q ', 20 cases$' "$out" && grep -q '^Pieces: ' "$out" && [ -s "$kit_out/kit.pdf" ] && [ -s "$kit_out/bom.csv" ] \
  && [ -s "$kit_out/customs-proforma.csv" ] && ! grep -q 'SLF4J' "$err"; planned=$?
check "eccw kit plan on the shipped example mission prints the kit and writes the lists and the PDF" $(( code != 0 || planned != 0 ))
rm -rf "$kit_out"
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

env -u DISPLAY "$eccw" template new adult "$circuits/a.ecc" >"$out" 2>"$err"; code=$?
grep -q 'terumo.capiox-fx25' "$circuits/a.ecc" 2>/dev/null; written=$?
check "eccw template new adult writes the adult template" $(( code != 0 || written != 0 ))

env -u DISPLAY "$eccw" template new adult "$circuits/a.ecc" >"$out" 2>"$err"; code=$?
grep -q -- '--force' "$err"; refused=$?
check "eccw template new keeps an existing file without --force (exit 1)" $(( code != 1 || refused != 0 ))

env -u DISPLAY "$eccw" validate "$circuits/a.ecc" >"$out" 2>"$err"; code=$?
grep -q "a.ecc: 0 errors" "$out"; valid=$?
check "eccw validate of the adult template exits 0 without errors" $(( code != 0 || valid != 0 ))

env -u DISPLAY "$eccw" report "$circuits/a.ecc" --json >"$out" 2>"$err"; code=$?
grep -q '"known_total_ml": 872.2' "$out" && grep -q '"flow_limit_element_id": "oxygenator"' "$out" \
  && grep -q '"target_flow_l_min": 4.73' "$out" && grep -q '"do2i_at_target_flow_ml_min_m2": ' "$out"; reported=$?
check "eccw report --json gives prime, target flow, flow limit and DO2i" $(( code != 0 || reported != 0 ))

printf '<?xml version="1.0"?>\n<ecc:Circuit\n' >"$circuits/broken.ecc"
env -u DISPLAY "$eccw" validate "$circuits/broken.ecc" >"$out" 2>"$err"; code=$?
grep -qE 'broken.ecc:[0-9]+' "$err"; located=$?
check "eccw validate of a broken file names its line and exits 1" $(( code != 1 || located != 0 ))
env -u DISPLAY "$eccw" console drivers >"$out" 2>"$err"; code=$?
grep -q '^org.eccworkbench.console.simulated  ' "$out" && [ ! -s "$err" ]; listed=$?
check "eccw console drivers lists the virtual heart-lung machine's driver" $(( code != 0 || listed != 0 ))

record_dir=$(mktemp -d); serve_log=$(mktemp)
env -u DISPLAY "$eccw" console serve --port 0 </dev/null >"$serve_log" 2>&1 & serve_pid=$!
port=
for _ in $(seq 1 200); do
  port=$(sed -nE 's|.*tcp://127\.0\.0\.1:([0-9]+).*|\1|p' "$serve_log" | head -n 1)
  [ -n "$port" ] && break
  sleep 0.1
done
env -u DISPLAY "$eccw" console record --driver org.eccworkbench.console.simulated --host 127.0.0.1 \
  --port "${port:-1}" --seconds 3 --out "$record_dir/case" >"$out" 2>"$err"; code=$?
[ "$(wc -l <"$record_dir/case/samples.csv" 2>/dev/null || echo 0)" -gt 100 ] && grep -q '"type": "described"' "$record_dir/case/events.jsonl"; recorded=$?
check "eccw console serve in the background, eccw console record records it" $(( code != 0 || recorded != 0 ))

# A recorder killed with SIGKILL loses at most the last second of the recording.
env -u DISPLAY "$eccw" console record --driver org.eccworkbench.console.simulated --host 127.0.0.1 \
  --port "${port:-1}" --seconds 120 --out "$record_dir/killed" >/dev/null 2>&1 & recorder_pid=$!
for _ in $(seq 1 300); do
  [ -f "$record_dir/killed/samples.csv" ] && [ "$(wc -l <"$record_dir/killed/samples.csv")" -gt 200 ] && break
  sleep 0.1
done
sleep 2
kill -9 "$recorder_pid"; killed_at=$(date +%s.%N); wait "$recorder_pid" 2>/dev/null
last=$(tail -n 1 "$record_dir/killed/samples.csv" 2>/dev/null | cut -d, -f2)
lost=$(awk -v k="$killed_at" -v l="$(date -d "${last:-1970-01-01T00:00:00Z}" +%s.%N)" 'BEGIN { printf "%.2f", k - l }')
echo "      kill -9 of the recorder lost the last $lost s"
awk -v lost="$lost" 'BEGIN { exit !(lost >= 0 && lost <= 1.0) }'; kept=$?
check "a recorder killed with kill -9 loses at most the last second" "$kept"
kill "$serve_pid" 2>/dev/null; wait "$serve_pid" 2>/dev/null
env -u DISPLAY "$eccw" record export "$record_dir/case" >"$out" 2>"$err"; code=$?
head -n 1 "$out" | grep -q '^time,p1.rpm \[rpm\],p1.flow \[L/min\]'; exported=$?
check "eccw record export makes one table, a column per channel" $(( code != 0 || exported != 0 ))
rm -rf "$record_dir" "$serve_log"

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
