# Sourced by ./mvnw, ./eccw and the product's launcher script.
# Picks a Java 21+ runtime: JAVA_HOME when it qualifies, else the Temurin 25 JDK that
# these machines carry (ECCW_DEFAULT_JDK names another), else stops with one line that
# says what to install. Exports JAVA_HOME and prints nothing on success.

eccw_java_major() {
  # Prints the feature version of "$1/bin/java" (17, 21, 25, ...) or nothing.
  [ -x "$1/bin/java" ] || return 0
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

eccw_select_jdk() {
  local candidate major
  for candidate in "${JAVA_HOME:-}" "${ECCW_DEFAULT_JDK:-/usr/lib/jvm/temurin-25-jdk-amd64}"; do
    [ -n "$candidate" ] || continue
    major=$(eccw_java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      JAVA_HOME=$candidate
      export JAVA_HOME
      return 0
    fi
  done
  echo "ECC Workbench needs Java 21 or newer: install a JDK 21+ (for example Eclipse Temurin 25) and set JAVA_HOME to it${JAVA_HOME:+ (JAVA_HOME=$JAVA_HOME is older, or not a JDK)}." >&2
  return 1
}
