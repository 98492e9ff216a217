# Sourced by bin/cellpy and bin/test: finds a JDK 25 (with JVMCI, for the Graal JIT) and sets
# CELLPY_JAVA_HOME. Looks at $JAVA_HOME, then `java` on PATH, then the system's JVM directory.
# Sets CELLPY_JDK_VERSION (e.g. 25.0.3). Leaves CELLPY_JAVA_HOME empty when none is found.

cellpy_jdk_version() { # JAVA_HOME -> "25.0.3" or ""
  local rel="$1/release"
  [ -x "$1/bin/java" ] || return 1
  if [ -f "$rel" ]; then
    sed -n 's/^JAVA_VERSION="\(.*\)"/\1/p' "$rel"
  else
    "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.version = //p'
  fi
}

cellpy_find_jdk() {
  CELLPY_JAVA_HOME=""
  CELLPY_JDK_VERSION=""
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    local j; j="$(readlink -f "$(command -v java)")"
    candidates+=("$(dirname "$(dirname "$j")")")
  fi
  local d
  for d in /usr/lib/jvm/*; do [ -d "$d" ] && candidates+=("$d"); done
  local c v
  for c in "${candidates[@]}"; do
    v="$(cellpy_jdk_version "$c" 2>/dev/null)" || continue
    case "$v" in
      25|25.*)
        CELLPY_JAVA_HOME="$c"; CELLPY_JDK_VERSION="$v"; return 0 ;;
    esac
  done
  # No JDK 25: any JDK 21+ can still run cellpy on the (slow) fallback runtime.
  for c in "${candidates[@]}"; do
    v="$(cellpy_jdk_version "$c" 2>/dev/null)" || continue
    case "$v" in
      2[1-9]*|[3-9][0-9]*)
        CELLPY_JAVA_HOME="$c"; CELLPY_JDK_VERSION="$v"; return 0 ;;
    esac
  done
  return 1
}
