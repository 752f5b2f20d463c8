#!/usr/bin/env bash
# Launch TalkShelf N times on a private X display and print each launch's "first rows" figure from its log.
#   scripts/launch-times.sh N LIBRARY -- COMMAND [ARGS...]
# e.g. scripts/launch-times.sh 5 /tmp/sample.db -- target/dist/TalkShelf/bin/TalkShelf
#      scripts/launch-times.sh 5 /tmp/sample.db -- java -jar target/talkshelf.jar
# Each launch gets the same library (TALKSHELF_LIBRARY) and a fresh data folder (XDG_DATA_HOME) for its log and
# settings; it is stopped once its log says the first rows were laid out and has its start timeline (or after 60 s). Besides the log's
# wall-clock figure it prints the CPU time the process had used by then (all threads, from /proc; read within
# 0.1 s of the log line), a figure a busy machine moves much less, and when this script itself saw that line (from
# just before the launch, polled every 50 ms: an upper bound that does not trust the app's own clock). Needs Xvfb.
set -euo pipefail
n=${1:?usage: launch-times.sh N LIBRARY -- COMMAND...}; library=${2:?library file}; shift 2
[[ ${1:-} == -- ]] && shift
# THREADS=1: also the CPU time of each thread by then (JVM compilers, GC, the FX thread, the library's opener, ...).
# SETTINGS=FILE: each launch starts with a copy of FILE as its settings.json (as a person's second start does).
per_thread_cpu() {
  for t in /proc/"$1"/task/*; do
    awk -v hz="$(getconf CLK_TCK)" -v name="$(cat "$t/comm" 2>/dev/null)" \
      '{ms = ($14 + $15) * 1000 / hz; if (ms > 0) printf "%s %d\n", name, ms}' "$t/stat" 2>/dev/null
  done | awk '{n = $NF; $NF = ""; sub(/ $/, ""); sum[$0] += n} END {for (k in sum) printf "%d %s\n", sum[k], k}' \
       | sort -rn | awk '{n = $1; $1 = ""; printf "%s%s %d", sep, substr($0, 2), n; sep = ", "}'
}
d=70; while [[ -e /tmp/.X$d-lock ]]; do d=$((d+1)); done
Xvfb :$d -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 & xpid=$!
trap 'kill $xpid 2>/dev/null; true' EXIT
sleep 1
for ((i = 1; i <= n; i++)); do
  data=$(mktemp -d)
  if [[ -n ${SETTINGS:-} ]]; then mkdir -p "$data/talkshelf" && cp "$SETTINGS" "$data/talkshelf/settings.json"; fi
  launched=$(date +%s%3N)
  DISPLAY=:$d XDG_DATA_HOME=$data TALKSHELF_LIBRARY=$library setsid "$@" >"$data/out.txt" 2>&1 & cpid=$!
  line=""; cpu="?"; seen=""
  for ((t = 0; t < 1200; t++)); do
    line=$(grep -h "first rows laid out" "$data"/talkshelf/talkshelf.log* 2>/dev/null || true)
    if [[ -n $line ]]; then
      seen=$(( $(date +%s%3N) - launched ))
      cpu=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%d", ($14 + $15) * 1000 / hz}' /proc/$cpid/stat 2>/dev/null || echo "?")
      if [[ -n ${THREADS:-} ]]; then threads=$(per_thread_cpu "$cpid" || true); fi
      # The timeline is written once the parts that join after the first rows (sidebar, details) are laid out too.
      for ((u = 0; u < 100; u++)); do
        grep -q "start: " "$data"/talkshelf/talkshelf.log* 2>/dev/null && break
        sleep 0.05
      done
      break
    fi
    sleep 0.05
  done
  kill -- -$cpid 2>/dev/null || true; wait $cpid 2>/dev/null || true
  echo "launch $i: ${line#*INFO*: }; seen by the script after ${seen:-?} ms; CPU ${cpu} ms  (load $(cut -d' ' -f1 /proc/loadavg))"
  steps=$(grep -h "start: " "$data"/talkshelf/talkshelf.log* 2>/dev/null || true)
  [[ -z $steps ]] || echo "  ${steps#*INFO*: }"
  [[ -z ${threads:-} ]] || echo "  CPU ms by thread: $threads"
  [[ -n $line ]] || { echo "  no first rows; output:"; tail -5 "$data/out.txt"; }
  rm -rf "$data"
done
