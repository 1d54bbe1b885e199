#!/usr/bin/env bash
# Issue 19's requests against a running service: time, answer size and heap used (jstat: survivors, eden and old,
# sampled every 250 ms) before, at the peak and after each one. Anonymous, over HTTP, one after the other.
#   graph-service/bench/request-limits.sh PID PORT
# PID is the service's JVM (jstat reads its heap), PORT its HTTP port.
set -euo pipefail
pid=$1
port=$2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

heap() { jstat -gc "$pid" | awk 'NR==2 {printf "%.0f", ($3+$4+$6+$8)/1024}'; }

measure() { # measure LABEL QUERY
  local label=$1 query=$2
  python3 -c 'import json,sys; print(json.dumps({"query": sys.argv[1]}))' "$query" > "$out/body.json"
  local before
  before=$(heap)
  jstat -gc "$pid" 250 > "$out/jstat.txt" 2> /dev/null &
  local sampler=$!
  # jstat takes a moment to start: send the request once it is sampling
  until [ "$(wc -l < "$out/jstat.txt")" -ge 2 ]; do sleep 0.1; done
  local result
  result=$(curl -s -o "$out/answer.json" -w '%{http_code} %{size_download} %{time_total}' --max-time 600 \
    -H 'Content-Type: application/json' --data-binary @"$out/body.json" "http://127.0.0.1:$port/graphql")
  sleep 1
  kill "$sampler"
  wait "$sampler" 2> /dev/null || true
  local peak
  peak=$(awk -v m="$before" 'NR>1 && $1 ~ /^[0-9.]+$/ {u=($3+$4+$6+$8)/1024; if (u>m) m=u} END {printf "%.0f", m}' \
    "$out/jstat.txt")
  read -r code bytes seconds <<< "$result"
  printf '%s: HTTP %s, %s bytes in %s s; heap used %s MiB before, %s MiB peak, %s MiB after\n' \
    "$label" "$code" "$bytes" "$seconds" "$before" "$peak" "$(heap)"
  head -c 240 "$out/answer.json"
  echo
}

aliases() { # aliases COUNT PREFIX FIELD
  local i
  for ((i = 0; i < $1; i++)); do printf '%s%d: %s ' "$2" "$i" "$3"; done
}

measure "200 aliased LSOA boundaries" "{ localities(kind: LSOA) { $(aliases 200 b boundary)} }"
measure "500 assets' boundaries" "{ assets(first: 500) { edges { node { id localities { boundary } } } } }"
measure "50 aliased LSOA coverage gaps" \
  "{ coverage(category: \"library\", kind: LSOA) { $(aliases 50 a 'areas { gap }')} }"
