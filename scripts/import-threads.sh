#!/usr/bin/env bash
# Import a tree into a new library and print wall, CPU, peak RSS, the file's size and, for the busiest threads, the
# time each ran on a core and the time it waited for one (/proc/PID/task/*/schedstat, read every 0.2 s). The storing
# thread is "java", the import's main thread: it is the import's critical path, so its run + wait is most of the wall.
# Each thread's time on a core is also split into user and system (kernel) time (/proc/PID/task/*/stat).
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
declare -A names ran waited user system # by thread id: names repeat (a comm is cut at 15 characters)
while kill -0 "$pid" 2>/dev/null; do
  for t in /proc/"$pid"/task/*; do
    tid=${t##*/}
    [[ $tid == "$pid" ]] && continue # the launcher's first thread only waits for main to end
    read -r name 2>/dev/null < "$t/comm" || continue
    read -r run wait _ 2>/dev/null < "$t/schedstat" || continue
    read -r stat 2>/dev/null < "$t/stat" || continue
    read -r -a fields <<< "${stat##*) }" # after the name, which may hold spaces: utime and stime are the 12th and 13th
    names[$tid]=$name; ran[$tid]=$run; waited[$tid]=$wait; user[$tid]=${fields[11]}; system[$tid]=${fields[12]}
  done
  sleep 0.2
done
wait "$timer"
tail -1 "$out/log"
echo "$(cat "$out/time"), $(stat -c %s "$db" | awk '{printf "%.1f MB", $1/1e6}'), load $(cut -d' ' -f1 /proc/loadavg)"
hz=$(getconf CLK_TCK)
for k in "${!ran[@]}"; do echo "${ran[$k]} ${waited[$k]} ${user[$k]} ${system[$k]} ${names[$k]}"; done | sort -rn | head -6 |
  awk -v hz="$hz" '{name=$5; for (i = 6; i <= NF; i++) name = name " " $i
    printf "   %5.1f s on a core (user %5.1f, system %4.1f), %4.1f s waiting for one: %s\n", $1/1e9, $3/hz, $4/hz, $2/1e9, name}'
rm -rf "$out"
