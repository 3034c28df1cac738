#!/usr/bin/env bash
# Regenerates the committed EMF code (bundles/org.eccworkbench.model/src-gen and
# bundles/org.eccworkbench.model.edit/src-gen) from bundles/org.eccworkbench.model/model/ with
# EMF's own generator. The build checks that the committed code matches a fresh generation.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
exec "$root/mvnw" -B -q -f "$root/releng/codegen/pom.xml" process-classes -Deccw.codegen.mode=write
