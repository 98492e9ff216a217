# Sourced by bin/cellpy: cellpy's runtime image and start-up cache, made once per build.
#
# Why: `--upgrade-module-path` (how a stock JDK 25 gets the Graal JIT) turns class-data sharing
# off, so every run loads and links Truffle's and Graal's classes from the jars again, which costs
# about half a second of start-up and delays the first compilations. Instead we jlink a runtime
# without the JDK's stub `jdk.graal.compiler` module, put the real compiler on `--module-path`,
# and record a JDK 25 AOT cache (JEP 483) from a training run (launcher/src/training/train.py).
#
# Layout under launcher/target/image: jre/ (the jlinked runtime), jdk.txt (which JDK made it),
# cellpy.aot (the cache). cellpy_image_ready says whether both match the current build.

cellpy_image_modules="java.base,java.logging,java.management,java.sql,jdk.management,jdk.unsupported,jdk.internal.vm.ci,jdk.jfr"

# cellpy_image_ready ROOT CLASSPATH JVMFLAGS...: the image exists, was made by this JDK with these
# JVM flags, and its cache is newer than every jar on the class path (the cache records the jars'
# sizes and times, and the JVM silently ignores a cache whose jars changed).
cellpy_image_ready() {
  local img="$1/launcher/target/image" cp="$2" jar
  shift 2
  [ -x "$img/jre/bin/java" ] && [ -f "$img/cellpy.aot" ] \
    && [ "$(cat "$img/jdk.txt" 2>/dev/null)" = "$CELLPY_JAVA_HOME $CELLPY_JDK_VERSION" ] \
    && [ "$(cat "$img/flags.txt" 2>/dev/null)" = "$*" ] || return 1
  local IFS=:
  for jar in $cp; do
    [ "$img/cellpy.aot" -nt "$jar" ] || return 1
  done
}

# cellpy_image_make ROOT CLASSPATH JVMFLAGS...: make the runtime image (when missing or made by
# another JDK) and the AOT cache. Everything is written under temporary names and moved into
# place, so an interrupted or concurrent run never leaves a half-made image behind.
# Returns non-zero (and leaves no cache) when any step fails; the caller then runs without it.
cellpy_image_make() {
  local root="$1" cp="$2"; shift 2
  local img="$root/launcher/target/image" tmp="$root/launcher/target/image.tmp.$$"
  local log="$root/launcher/image.log"
  mkdir -p "$img"
  : >"$log"
  if [ ! -x "$img/jre/bin/java" ] || [ "$(cat "$img/jdk.txt" 2>/dev/null)" != "$CELLPY_JAVA_HOME $CELLPY_JDK_VERSION" ]; then
    rm -rf "$tmp"
    "$CELLPY_JAVA_HOME/bin/jlink" --add-modules "$cellpy_image_modules" --strip-debug \
        --no-header-files --no-man-pages --output "$tmp" >>"$log" 2>&1 || { rm -rf "$tmp"; return 1; }
    rm -rf "$img/jre" "$img/cellpy.aot"
    mv "$tmp" "$img/jre"
    echo "$CELLPY_JAVA_HOME $CELLPY_JDK_VERSION" >"$img/jdk.txt"
  fi
  # The training run's program output is not wanted; the JVM's own messages go to the log.
  if ! (cd "$root" && "$img/jre/bin/java" "$@" "-XX:AOTCacheOutput=$img/cellpy.aot.tmp.$$" -cp "$cp" \
        cellpy.launcher.Main launcher/src/training/train.py >/dev/null 2>>"$log") \
      || [ ! -f "$img/cellpy.aot.tmp.$$" ]; then
    rm -f "$img/cellpy.aot.tmp.$$"
    return 1
  fi
  mv -f "$img/cellpy.aot.tmp.$$" "$img/cellpy.aot"
  echo "$*" >"$img/flags.txt"
}
