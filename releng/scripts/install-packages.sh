#!/usr/bin/env bash
# Installs the Debian packages the build's tests and the benchmarks need, when missing:
# a virtual display (Xvfb) and GTK 3 for SWT, fonts, xwininfo to see the product's window,
# ImageMagick for screenshots, socat for pseudo-terminal links, xdotool for the editor tests that
# drag with the real pointer (RealMouseTest). Non-interactive; needs root.
set -euo pipefail

packages=(xvfb xauth libgtk-3-0 fonts-dejavu-core x11-utils imagemagick socat xdotool)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    exec sudo -n "$0" "$@"
  fi
  echo "install-packages: these Debian packages are missing and installing them needs root: ${missing[*]}" >&2
  exit 1
fi
echo "install-packages: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
