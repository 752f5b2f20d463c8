#!/usr/bin/env bash
# Import a tree into a new library and print wall, CPU, peak RSS, the file's size and, for the busiest threads, the
# time each ran on a core and the time it waited for one (/proc/PID/task/*/schedstat, read every 0.2 s). The storing
# thread is "java", the import's main thread: it is the import's critical path, so its run + wait is most of the wall.
#   scripts/import-threads.sh JAR NEW.db TREE [JVM options...]
# e.g. scripts/import-threads.sh target/talkshelf.jar /tmp/new.db /tmp/tree100k -XX:MaxNewSize=128m
set -uo pipefail
jar=${1:?usage: import-threads.sh JAR NEW.db TREE [JVM options...]}; db=${2:?library file}; tree=${3:?tree}; shift 3
out=$(mktemp -d)
rm -f "$db" "$db-wal" "$db-shm"
/usr/bin/time -f "%e s wall, %U+%S s CPU, %M KB" -o "$out/time" java -Xmx384m "$@" -jar "$jar" --library "$db" import "$tree" \
  > "$out/log" 2>&1 &
timer=$!
sleep 0.3
pid=$(pgrep -P "$timer" java)
declare -A ran waited
while kill -0 "$pid" 2>/dev/null; do
  for t in /proc/"$pid"/task/*; do
    [[ ${t##*/} == "$pid" ]] && continue # the launcher's first thread only waits for main to end
    read -r name < "$t/comm" 2>/dev/null || continue
    read -r run wait _ < "$t/schedstat" 2>/dev/null || continue
    ran["$name"]=$run; waited["$name"]=$wait
  done
  sleep 0.2
done
wait "$timer"
tail -1 "$out/log"
echo "$(cat "$out/time"), $(stat -c %s "$db" | awk '{printf "%.1f MB", $1/1e6}'), load $(cut -d' ' -f1 /proc/loadavg)"
for k in "${!ran[@]}"; do echo "${ran[$k]} ${waited[$k]} $k"; done | sort -rn | head -6 |
  awk '{name=$3; for (i = 4; i <= NF; i++) name = name " " $i; printf "   %5.1f s on a core, %4.1f s waiting for one: %s\n", $1/1e9, $2/1e9, name}'
rm -rf "$out"
