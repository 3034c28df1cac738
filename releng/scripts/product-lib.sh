# Sourced by the product test and the benchmarks: where the built product is, and how to
# see its window appear on a private Xvfb display.

eccw_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
eccw_product="$eccw_root/releng/org.eccworkbench.product/target/products/org.eccworkbench.product/linux/gtk/x86_64"
eccw_archive_dir="$eccw_root/releng/org.eccworkbench.product/target/products"

# Starts Xvfb on a free display number and exports DISPLAY; eccw_stop_display ends it.
eccw_start_display() {
  local number
  for number in $(seq 90 140); do
    [ -e "/tmp/.X11-unix/X$number" ] || [ -e "/tmp/.X$number-lock" ] && continue
    Xvfb ":$number" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
    eccw_xvfb_pid=$!
    export DISPLAY=":$number"
    for _ in $(seq 1 100); do
      xwininfo -root >/dev/null 2>&1 && return 0
      sleep 0.05
    done
    kill "$eccw_xvfb_pid" 2>/dev/null || true
  done
  echo "no free X display for Xvfb" >&2
  return 1
}

eccw_stop_display() {
  [ -n "${eccw_xvfb_pid:-}" ] && kill "$eccw_xvfb_pid" 2>/dev/null || true
  wait "${eccw_xvfb_pid:-}" 2>/dev/null || true
  eccw_xvfb_pid=
}

# True when the workbench window is mapped: a top-level window whose title starts with
# "ECC Workbench", wider than 600 pixels (SWT's hidden helper shells are 200x200), viewable.
eccw_window_shown() {
  local id
  for id in $(xwininfo -root -children 2>/dev/null \
      | grep -E '"ECC Workbench[^"]*": \(' \
      | grep -E ' ([6-9][0-9]{2}|[1-9][0-9]{3,})x[0-9]+\+' | awk '{print $1}'); do
    xwininfo -id "$id" 2>/dev/null | grep -q 'Map State: IsViewable' && return 0
  done
  return 1
}

# Starts the product's workbench in the background (pid in eccw_ui_pid) and waits until its
# window shows; sets eccw_window_seconds to the seconds it took. Fails after $1 seconds
# (default 60). Call it directly, not in $(...), so that eccw_stop_workbench finds the pid.
eccw_start_workbench() {
  local limit=${1:-60} workspace started now
  workspace=$(mktemp -d)
  eccw_ui_workspace=$workspace
  started=$(date +%s%N)
  ECCW_WORKSPACE="$workspace" "$eccw_product/eccw" >"$workspace/.stdout" 2>&1 &
  eccw_ui_pid=$!
  while :; do
    if eccw_window_shown; then
      now=$(date +%s%N)
      eccw_window_seconds=$(awk -v ns=$((now - started)) 'BEGIN { printf "%.2f", ns / 1e9 }')
      return 0
    fi
    if ! kill -0 "$eccw_ui_pid" 2>/dev/null; then
      echo "the workbench exited before showing its window:" >&2
      tail -n 20 "$workspace/.stdout" >&2
      return 1
    fi
    now=$(date +%s%N)
    if [ $(((now - started) / 1000000000)) -ge "$limit" ]; then
      echo "no workbench window after $limit s" >&2
      return 1
    fi
    sleep 0.02
  done
}

eccw_stop_workbench() {
  [ -n "${eccw_ui_pid:-}" ] && kill "$eccw_ui_pid" 2>/dev/null || true
  wait "${eccw_ui_pid:-}" 2>/dev/null || true
  eccw_ui_pid=
  [ -n "${eccw_ui_workspace:-}" ] && rm -rf "$eccw_ui_workspace"
  eccw_ui_workspace=
  # The X server may list the window for a moment after the process is gone.
  for _ in $(seq 1 250); do
    eccw_window_shown || return 0
    sleep 0.02
  done
}
