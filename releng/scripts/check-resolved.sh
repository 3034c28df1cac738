#!/usr/bin/env bash
# Compares the bundles of the built update site (product and SDK, without ECC Workbench's own)
# with targets/RESOLVED.txt, so that a change of the resolved platform shows in review.
#   check-resolved.sh          fails, with the difference, when they differ
#   check-resolved.sh -update  rewrites targets/RESOLVED.txt
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
plugins="$root/releng/org.eccworkbench.site/target/repository/plugins"
record="$root/targets/RESOLVED.txt"
if [ ! -d "$plugins" ]; then
  echo "check-resolved: build first (no $plugins)" >&2
  exit 1
fi

current=$(mktemp)
trap 'rm -f "$current"' EXIT
{
  echo "# Bundles the ECC Workbench update site ships besides its own (product + SDK), as resolved"
  echo "# from targets/eccworkbench.target. Rewrite with releng/scripts/check-resolved.sh -update."
  for jar in "$plugins"/*.jar; do
    name=$(basename "$jar" .jar)
    case "$name" in org.eccworkbench.*) continue ;; esac
    # <symbolic-name>_<version>: the version starts after the last '_' followed by a digit.
    printf '%s %s\n' "$(sed -E 's/_([0-9][^_]*)$//' <<<"$name")" "$(sed -E 's/.*_([0-9][^_]*)$/\1/' <<<"$name")"
  done | LC_ALL=C sort
} >"$current"

if [ "${1:-}" = "-update" ]; then
  cp "$current" "$record"
  echo "check-resolved: wrote $record ($(grep -vc '^#' "$record") bundles)"
  exit 0
fi
if ! diff -u "$record" "$current"; then
  echo "check-resolved: the resolved bundles differ from targets/RESOLVED.txt (above)." >&2
  echo "  When the change is intended, run releng/scripts/check-resolved.sh -update and commit it." >&2
  exit 1
fi
echo "check-resolved: $(grep -vc '^#' "$record") bundles, as recorded in targets/RESOLVED.txt"
