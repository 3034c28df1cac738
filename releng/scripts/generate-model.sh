#!/usr/bin/env bash
# Regenerates the committed EMF code with EMF's own generator, for every genmodel listed in
# releng/codegen/pom.xml: the circuit model (bundles/org.eccworkbench.model/src-gen and
# bundles/org.eccworkbench.model.edit/src-gen) and the mission model
# (bundles/org.eccworkbench.kit/src-gen). The build checks that the committed code matches a fresh
# generation.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
exec "$root/mvnw" -B -q -f "$root/releng/codegen/pom.xml" process-classes -Deccw.codegen.mode=write
