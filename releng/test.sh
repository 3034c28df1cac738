#!/usr/bin/env bash
# Builds ECC Workbench from a clean tree and runs every test:
#   1. the Debian packages the tests need, installed when missing (Xvfb, GTK, fonts, ...);
#   2. the full Maven/Tycho build with its OSGi test runtimes (tycho-surefire), the UI
#      tests in the real workbench on an Xvfb display;
#   3. the resolved platform against targets/RESOLVED.txt;
#   4. the built product as a user runs it (launcher, command line, workbench window).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

releng/scripts/install-packages.sh
xvfb-run -a -s "-screen 0 1400x900x24 -nolisten tcp" ./mvnw -B clean verify
releng/scripts/check-resolved.sh
releng/scripts/product-test.sh
