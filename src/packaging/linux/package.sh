#!/usr/bin/env bash
# Builds TalkShelf's Linux app image and .deb; run by `mvn -B -Ppackage package` (the pom passes the settings
# below as environment variables), after the jar and its dependencies are in target/.
#   1. a Java runtime of just the modules TalkShelf uses (jlink),
#   2. the app image target/dist/TalkShelf (jpackage): the app's jars on the class path, JavaFX's and SQLite's
#      native libraries beside them (loaded from there, never unpacked into the home or temp folder),
#   3. a training launch (the window on the sample library, then a search) that lists the classes a start loads,
#      and from that list an AppCDS archive, lib/app/talkshelf.jsa, which the launcher maps at start,
#   4. the .deb from that app image (jpackage), with a desktop entry and the icon; it carries the class list and
#      makes its archive when it is installed (postinst), since an archive holds only on its own path.
set -euo pipefail
: "${TARGET:?}" "${VERSION:?}" "${JAVA_OPTIONS:?}" "${JDK_MODULES:?}" "${PACKAGING:?}" "${SAMPLE:?}"
: "${IMPORT_JIT:?}" "${IMPORT_YOUNG:?}" "${IMPORT_INLINE:?}" "${IMPORT_GC:?}" "${PRIORITIES:?}"
app=TalkShelf
work=$TARGET/jpackage
dist=$TARGET/dist
rm -rf "$work" "$dist"
mkdir -p "$work/input" "$dist"
step() { printf '[package] %s (%ss)\n' "$*" "$SECONDS"; }

step "app jars and native libraries"
cp "$TARGET/talkshelf-thin.jar" "$work/input/talkshelf.jar"
for jar in "$TARGET"/package-libs/*.jar; do
  # JavaFX's jars without a platform classifier are empty placeholders; the -linux ones hold the classes.
  [[ $(basename "$jar") =~ ^javafx-[a-z]+-[0-9.]+\.jar$ ]] || cp "$jar" "$work/input/"
done
arch=$(uname -m); [[ $arch == aarch64 ]] || arch=x86_64
(cd "$work/input" \
  && unzip -q -o javafx-graphics-*-linux*.jar '*.so' \
  && unzip -q -j -o sqlite-jdbc-*.jar "org/sqlite/native/Linux/$arch/libsqlitejdbc.so")
# SQLite's library is loaded from beside the jars (-Dorg.sqlite.lib.path), so the jar's copies for every other
# system go (11 MB); without zip they stay, unused.
if command -v zip >/dev/null; then zip -q -d "$work"/input/sqlite-jdbc-*.jar 'org/sqlite/native/*'; fi

step "runtime (jlink: $JDK_MODULES)"
# Java thread priorities reach the OS (decision 0076): an import's reading threads run at the lowest (nice 10), so its
# storing thread, the critical path, gets a core first. Raising a priority needs root and is then silently not done,
# so nothing runs above nice 0. Kept in the runtime image, not on the command line: from there the JVM does not warn
# a user who is not root that priorities may be ignored.
jlink --add-modules "$JDK_MODULES" --strip-debug --no-header-files --no-man-pages --output "$work/runtime" \
  --add-options="$PRIORITIES"

step "app image"
version=${VERSION%%-*}
jpackage --type app-image --name "$app" --app-version "$version" --dest "$dist" \
  --input "$work/input" --main-jar talkshelf.jar --main-class dev.talkshelf.app.Main \
  --runtime-image "$work/runtime" --icon "$PACKAGING/talkshelf.png" \
  --description "Organizer and player launcher for tech talks" --vendor "TalkShelf" \
  --java-options "$JAVA_OPTIONS -XX:SharedArchiveFile=\$APPDIR/talkshelf.jsa"
launcher=$dist/$app/bin/$app

step "launcher script"
# jpackage's native launcher on Linux asks rpm and then dpkg which package owns it, twice, at every start
# (`rpm -qf`, `dpkg -S`, and for an installed .deb `dpkg -L` too): dpkg reads its whole database, 0.25-0.5 s on an
# idle machine before the JVM even starts (docs/performance.md, "Issue #15: start, branch `start4`"). A shell
# script that runs the runtime's own `java` with the same class path and options does the same job in a few ms.
# It is written from the .cfg jpackage made, so the pom's launcher properties stay the one place for the options.
cfg=$dist/$app/lib/app/$app.cfg
{
  echo '#!/bin/sh'
  echo "# $app's launcher, written by src/packaging/linux/package.sh from lib/app/$app.cfg (the same class path and"
  echo "# JVM options). JAVA_TOOL_OPTIONS adds options, as with any JVM."
  echo 'root=$(readlink -f "$0"); root=${root%/bin/*}; app=$root/lib/app'
  # C1 alone (the pom's launcher.jit) makes the window start on 2 cores; a command that works for tens of seconds
  # (an import, a generated library, a benchmark) spends 10-25 % less CPU with the full JIT, its compiling included
  # (docs/packaging.md). A word such as "import" anywhere in the arguments is enough: for anything else it only
  # trades start-up CPU for speed.
  # The young generation (the pom's launcher.young, 32 MB) is capped for searches (decision 0071); a command that
  # stores a library's worth of talks gets 128 MB: a quarter of the young collections, each of which stops the storing
  # thread, and a lower peak: importing 108,575 talks took ~1 s less and 45 MB less memory (decision 0073).
  # Such a command also inlines less into its C2-compiled methods (inline, unquoted: none or two options): C2 compiled
  # ~6 s of a 17 s import beside it on the second core, ~3 s so (decision 0074). And it collects with the throughput
  # collector (gc, unquoted: none or one option): a 108,575-talk import took 17.3 s instead of 18.8 s (medians of 13
  # alternated runs; faster in 17 of 20 pairs in all); the window keeps G1's short pauses (decision 0077).
  echo 'jit=-XX:TieredStopAtLevel=1; young=-XX:MaxNewSize=32m; inline=; gc='
  # The options come from the pom's launcher.import properties (app.CommandJvm gives a bare java -jar import the same).
  echo "for arg in \"\$@\"; do case \$arg in import|generate) jit=$IMPORT_JIT; young=$IMPORT_YOUNG; inline=\"$IMPORT_INLINE\"; gc=$IMPORT_GC;; bench) jit=$IMPORT_JIT;; esac; done"
  # A collector the user chose (JAVA_TOOL_OPTIONS, JDK_JAVA_OPTIONS) stands: a second one stops the JVM at its start.
  echo 'case "${JAVA_TOOL_OPTIONS:-} ${JDK_JAVA_OPTIONS:-}" in *-XX:+Use*GC*) gc=;; esac'
  printf 'exec "$root/lib/runtime/bin/java"'
  sed -n 's/^java-options=//p' "$cfg" | sed 's/\$APPDIR/${app}/g' | while IFS= read -r option; do
    case $option in
      -XX:TieredStopAtLevel=1) printf ' \\\n  "$jit" $inline $gc' ;;
      -XX:MaxNewSize=32m) printf ' \\\n  "$young"' ;;
      *) printf ' \\\n  "%s"' "$option" ;;
    esac
  done
  printf ' \\\n  -Djpackage.app-path="$root/bin/%s"' "$app"
  printf ' \\\n  -cp "%s"' "$(sed -n 's/^app.classpath=//p' "$cfg" | sed 's/\$APPDIR/${app}/g' | paste -sd:)"
  printf ' \\\n  %s "$@"\n' "$(sed -n 's/^app.mainclass=//p' "$cfg")"
} >"$work/launcher.sh"
grep -q '^  dev\.talkshelf\.app\.Main "\$@"$' "$work/launcher.sh" || { echo "package: no main class in $cfg" >&2; exit 1; }
grep -q '^  "\$jit" \$inline \$gc \\$' "$work/launcher.sh" || { echo "package: no -XX:TieredStopAtLevel=1 in $cfg" >&2; exit 1; }
grep -q '^  "\$young" \\$' "$work/launcher.sh" || { echo "package: no -XX:MaxNewSize=32m in $cfg" >&2; exit 1; }
install -m 755 "$work/launcher.sh" "$launcher"
rm -f "$dist/$app/lib/libapplauncher.so"

step "training launch for the class list"
train=$work/training
mkdir -p "$train/data"
export XDG_DATA_HOME=$train/data
library=$train/library.db
"$launcher" --library "$library" import "$SAMPLE" >/dev/null
# The training flag and the class list go in through JAVA_TOOL_OPTIONS: the launcher's own JVM options are its .cfg.
window=(env TALKSHELF_LIBRARY="$library" "$launcher")
if [[ -z ${DISPLAY:-} ]]; then
  command -v xvfb-run >/dev/null || { echo "package: the training launch needs a display or xvfb-run (apt-get install xvfb)" >&2; exit 1; }
  window=(xvfb-run -a -s "-screen 0 1440x900x24" "${window[@]}")
fi
JAVA_TOOL_OPTIONS="-Xshare:off -XX:DumpLoadedClassList=$train/window.lst -Dtalkshelf.quitAfterFirstRows=3000" \
  timeout 120 "${window[@]}" >"$train/window.out" 2>&1 \
  || { echo "package: the training launch failed:" >&2; tail -20 "$train/window.out" >&2; exit 1; }
grep -q "first rows laid out" "$XDG_DATA_HOME"/talkshelf/talkshelf.log* \
  || { echo "package: the training launch showed no rows" >&2; tail -20 "$train/window.out" >&2; exit 1; }
JAVA_TOOL_OPTIONS="-Xshare:off -XX:DumpLoadedClassList=$train/search.lst" \
  "$launcher" --library "$library" search python >/dev/null 2>&1
# One list: the window's classes, then what the command line adds (ids belong to one run, so they go; so do
# the generated proxy classes, which the dump cannot find by name).
cat "$train/window.lst" "$train/search.lst" | sed -E 's/ id: [0-9]+$//' | grep -v '\$Proxy' | awk '!seen[$0]++' >"$train/classes.lst"

step "AppCDS archive ($(grep -vc '^@' "$train/classes.lst") classes)"
JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$train/classes.lst" "$launcher" >"$train/dump.out" 2>&1 \
  || { echo "package: the AppCDS dump failed:" >&2; tail -20 "$train/dump.out" >&2; exit 1; }
[[ -s $dist/$app/lib/app/talkshelf.jsa ]] || { echo "package: no AppCDS archive was written" >&2; tail -20 "$train/dump.out" >&2; exit 1; }
# The list goes with the app: the JVM takes an archive only on the exact class path it was made for, so the .deb
# makes its own where it installs (postinst), and a moved app image can make one again (docs/packaging.md).
cp "$train/classes.lst" "$dist/$app/lib/app/classes.lst"

step "deb"
# gzip, not dpkg's default xz: a few seconds instead of minutes for ~150 MB, for a .deb about a quarter larger.
export DPKG_DEB_COMPRESSOR_TYPE=gzip DPKG_DEB_COMPRESSOR_LEVEL=6
rm -rf "$work/deb-image" && cp -a "$dist/$app" "$work/deb-image" && rm "$work/deb-image/lib/app/talkshelf.jsa"
jpackage --type deb --app-image "$work/deb-image" --install-dir /opt --name "$app" --app-version "$version" --dest "$dist" \
  --resource-dir "$PACKAGING/linux" --icon "$PACKAGING/talkshelf.png" \
  --description "Organizer and player launcher for tech talks" --vendor "TalkShelf" \
  --linux-package-name talkshelf --linux-shortcut --linux-menu-group "AudioVideo;Video;Education" \
  --linux-app-category video
step "done: $(cd "$dist" && ls -d "$app" ./*.deb | tr '\n' ' ')"
