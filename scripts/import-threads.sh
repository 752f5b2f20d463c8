#!/usr/bin/env bash
# Import a tree into a new library and print wall, CPU, peak RSS, the file's size and the CPU of the busiest threads
# (read from /proc every second; the storing thread is "java", the import's main thread).
#   scripts/import-threads.sh JAR NEW.db TREE [JVM options...]
# e.g. scripts/import-threads.sh target/talkshelf.jar /tmp/new.db /tmp/tree100k -XX:TieredStopAtLevel=1
set -uo pipefail
jar=${1:?usage: import-threads.sh JAR NEW.db TREE [JVM options...]}; db=${2:?library file}; tree=${3:?tree}; shift 3
out=$(mktemp -d)
rm -f "$db" "$db-wal" "$db-shm"
/usr/bin/time -f "%e s wall, %U+%S s CPU, %M KB" -o "$out/time" java -Xmx384m "$@" -jar "$jar" --library "$db" import "$tree" \
  > "$out/log" 2>&1 &
timer=$!
sleep 0.5
pid=$(pgrep -P "$timer" java)
declare -A cpu
while kill -0 "$pid" 2>/dev/null; do
  for t in /proc/"$pid"/task/*; do
    read -r stat < "$t/stat" 2>/dev/null || continue
    read -r name < "$t/comm" 2>/dev/null
    rest=${stat#*) }
    set -- $rest
    cpu["$name"]=$(( ${12} + ${13} ))
  done
  sleep 1
done
wait "$timer"
tail -1 "$out/log"
echo "$(cat "$out/time"), $(stat -c %s "$db" | awk '{printf "%.1f MB", $1/1e6}'), load $(cut -d' ' -f1 /proc/loadavg)"
for k in "${!cpu[@]}"; do echo "${cpu[$k]} $k"; done | sort -rn | head -5 | awk '{printf "   %5.1f s %s %s\n", $1/100, $2, $3}'
rm -rf "$out"
