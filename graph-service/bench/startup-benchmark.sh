#!/usr/bin/env bash
# Start-up benchmark (issue 19, "Operating it"), run on demand, never by the test suite.
#
#   graph-service/bench/startup-benchmark.sh [plain|aot]...     (default: plain aot)
#
# Starts the packaged service STARTUP_RUNS times (default 5) in each mode and measures, for each start, the time from
# launch to the first successful answer of both the map page (GET /, HTML naming the map) and a search over the seeds
# (POST /graphql, `assets(filter: {text: "library"})` with at least one asset): "serves the seeded map". Then it stops
# the service (SIGTERM) and times the shutdown. Modes:
#   plain  java -jar graph-service/target/graph-service.jar            (the fat jar, no cache)
#   aot    java -XX:AOTCache=... -jar graph-service/target/aot/graph-service.jar   (the extracted jar and the JDK AOT
#          cache that graph-service/aot/build-aot-cache.sh makes; the benchmark stops if they are missing)
# Each mode first starts once on a new, empty data directory of its own (a fresh store: migrations and seeds load;
# reported as "fresh"), then STARTUP_RUNS times on that store (a restart: the seeds are skipped; the median and max
# are of these), the modes taking turns.
# Nothing is built here: package first (`./mvnw -B -pl graph-service -am -DskipTests package`, and for aot
# `graph-service/aot/build-aot-cache.sh`).
#
# For every start it prints the seconds to serving, what the service's log says about its parts (embedded Neo4j,
# seeds, Spring's "Started ... in"), the RSS once serving, the 1-minute load average at launch and the CPU count.
# On a shared 2-core machine the load average says how much of the machine the service got: read figures taken at a
# load above ~1.5 as an upper bound.
# Results: $STARTUP_RESULTS (default graph-service/target/bench-results)/startup-<time>.{log,results}, each start's
# service log beside them.
#
# Settings (environment): STARTUP_RUNS 5, STARTUP_FRESH 1 (0: no fresh start; the store must then exist, see
# STARTUP_STORE), STARTUP_STORE (one mode only; default a new directory under /tmp for each mode, deleted at the end),
# STARTUP_TIMEOUT 300 (seconds for one start), STARTUP_JAVA_OPTS (extra JVM options, e.g. -Xmx1g), STARTUP_AOT_DIR
# (default graph-service/target/aot: the extracted jar and its cache, e.g. an AOT_OUTPUT of build-aot-cache.sh).
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
SERVICE_DIR=$(dirname "$BENCH_DIR")
ROOT=$(dirname "$SERVICE_DIR")
cd "$ROOT"

export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA=$JAVA_HOME/bin/java
JDK25_FLAGS=(--enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow)
RUNS=${STARTUP_RUNS:-5}
FRESH=${STARTUP_FRESH:-1}
TIMEOUT=${STARTUP_TIMEOUT:-300}
read -r -a EXTRA_OPTS <<<"${STARTUP_JAVA_OPTS:-}"
RESULTS_DIR=${STARTUP_RESULTS:-$SERVICE_DIR/target/bench-results}
MODES=("$@")
[ ${#MODES[@]} -gt 0 ] || MODES=(plain aot)

PLAIN_JAR=$SERVICE_DIR/target/graph-service.jar
AOT_DIR=${STARTUP_AOT_DIR:-$SERVICE_DIR/target/aot}
AOT_JAR=$AOT_DIR/graph-service.jar
AOT_CACHE=$AOT_DIR/graph-service.aot

mkdir -p "$RESULTS_DIR"
STAMP=$(date -u +%Y%m%d-%H%M%S)
LOG=$RESULTS_DIR/startup-$STAMP.log
RESULTS=$RESULTS_DIR/startup-$STAMP.results
SERVICE_PID=
STORES=()

say() { echo "$*" | tee -a "$LOG"; }
die() { say "startup-benchmark: $*"; exit 1; }
load1() { cut -d' ' -f1 /proc/loadavg; }

cleanup() {
    if [ -n "$SERVICE_PID" ] && kill -0 "$SERVICE_PID" 2>/dev/null; then
        kill "$SERVICE_PID" 2>/dev/null || true
        wait "$SERVICE_PID" 2>/dev/null || true
    fi
    if [ -z "${STARTUP_STORE:-}" ]; then
        for store in "${STORES[@]}"; do rm -rf "$store"; done
    fi
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
command -v curl >/dev/null || die "curl is needed"
command -v python3 >/dev/null || die "python3 is needed (to pick free ports)"

SEARCH='{"query":"{ assets(filter: {text: \"library\"}, first: 5) { totalCount edges { node { id name } } } }"}'

map_served() { curl -sf -m 5 "http://127.0.0.1:$1/" 2>/dev/null | grep -qi 'living well'; }
search_served() {
    curl -sf -m 10 "http://127.0.0.1:$1/graphql" -H 'Content-Type: application/json' -d "$SEARCH" 2>/dev/null \
        | grep -Eq '"totalCount":[1-9]'
}

# one start: mode, label (fresh|restart N), store; appends a RESULT line
start_once() {
    local mode=$1 label=$2 store=$3 port bolt jar service_log started now served_ms rss load shutdown_ms
    local -a cmd
    port=$(free_port)
    bolt=$(free_port)
    if [ "$mode" = aot ]; then
        cmd=("$JAVA" "${JDK25_FLAGS[@]}" -XX:AOTCache="$AOT_CACHE" "${EXTRA_OPTS[@]}" -jar "$AOT_JAR")
    else
        cmd=("$JAVA" "${JDK25_FLAGS[@]}" "${EXTRA_OPTS[@]}" -jar "$PLAIN_JAR")
    fi
    service_log=$RESULTS_DIR/startup-$STAMP-$mode-${label// /}.service.log
    load=$(load1)
    started=$(date +%s%N)
    "${cmd[@]}" --server.port="$port" --livingwell.neo4j.embedded.data-directory="$store" \
        --livingwell.neo4j.embedded.bolt-port="$bolt" --livingwell.ingest.upload-directory="$store-uploads" \
        --spring.main.banner-mode=off >"$service_log" 2>&1 &
    SERVICE_PID=$!
    local map_ok=0 search_ok=0
    while :; do
        kill -0 "$SERVICE_PID" 2>/dev/null || die "$mode $label: the service exited early (see $service_log)"
        [ $map_ok = 1 ] || { map_served "$port" && map_ok=1; }
        [ $map_ok = 1 ] && { search_served "$port" && search_ok=1; }
        [ $search_ok = 1 ] && break
        now=$(date +%s%N)
        [ $(((now - started) / 1000000000)) -lt "$TIMEOUT" ] || die "$mode $label: not serving after $TIMEOUT s"
        sleep 0.1
    done
    served_ms=$((($(date +%s%N) - started) / 1000000))
    rss=$(awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$SERVICE_PID/status")
    now=$(date +%s%N)
    kill "$SERVICE_PID"
    wait "$SERVICE_PID" 2>/dev/null || true
    shutdown_ms=$((($(date +%s%N) - now) / 1000000))
    SERVICE_PID=
    local neo4j seeds spring
    neo4j=$(sed -n 's/.*Embedded Neo4j started in \([0-9]*\) ms.*/\1/p' "$service_log" | head -1)
    seeds=$(sed -n 's/.*Seeds loaded in \([0-9]*\) ms.*/\1/p' "$service_log" | head -1)
    spring=$(sed -n 's/.*Started LivingWellMapApplication in \([0-9.]*\) seconds.*/\1/p' "$service_log" | head -1)
    say "$(printf '%-5s %-9s serving in %6.2f s | neo4j %5s ms, seeds %5s ms, Spring started %5s s | RSS %4s MiB | shutdown %5.2f s | load %s' \
        "$mode" "$label" "$(echo "$served_ms / 1000" | bc -l)" "${neo4j:--}" "${seeds:--}" "${spring:--}" "$rss" \
        "$(echo "$shutdown_ms / 1000" | bc -l)" "$load")"
    echo "RESULT mode=$mode start=${label// /} served_ms=$served_ms neo4j_ms=${neo4j:-} seeds_ms=${seeds:-} spring_s=${spring:-} rss_mib=$rss shutdown_ms=$shutdown_ms load1=$load" >>"$RESULTS"
}

summary() {
    local mode=$1
    grep "^RESULT mode=$mode start=restart" "$RESULTS" | sed 's/.*served_ms=\([0-9]*\).*/\1/' | sort -n | awk -v mode="$mode" '
        { v[NR] = $1 }
        END {
            if (NR == 0) exit
            median = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
            printf "%-5s restarts: %d, median %.2f s, max %.2f s, min %.2f s\n", mode, NR, median / 1000, v[NR] / 1000, v[1] / 1000
            printf "SUMMARY mode=%s restarts=%d median_ms=%d max_ms=%d min_ms=%d\n", mode, NR, median, v[NR], v[1] > "/dev/stderr"
        }' 2>>"$RESULTS" | tee -a "$LOG"
}

say "Start-up benchmark $STAMP: modes ${MODES[*]}, $RUNS restarts each, fresh start: $FRESH"
say "machine: $(nproc) CPUs, $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo), load $(cut -d' ' -f1-3 /proc/loadavg); $("$JAVA" -version 2>&1 | head -1)"
say "commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet 2>/dev/null || echo ' (with local changes)')"
[ -z "${STARTUP_STORE:-}" ] || [ ${#MODES[@]} = 1 ] || die "STARTUP_STORE takes one mode, not ${MODES[*]}"
for mode in "${MODES[@]}"; do
    case $mode in
        plain) [ -f "$PLAIN_JAR" ] || die "no $PLAIN_JAR: ./mvnw -B -pl graph-service -am -DskipTests package" ;;
        aot) [ -f "$AOT_JAR" ] && [ -f "$AOT_CACHE" ] || die "no $AOT_CACHE: graph-service/aot/build-aot-cache.sh" ;;
        *) die "unknown mode $mode (plain or aot)" ;;
    esac
done

# each mode its own store; the modes take turns, so that a change in the machine's load falls on all of them
declare -A STORE_OF
for mode in "${MODES[@]}"; do
    store=${STARTUP_STORE:-$(mktemp -d /tmp/startup-store.XXXXXX)}
    STORE_OF[$mode]=$store
    STORES+=("$store" "$store-uploads")
    if [ "$FRESH" = 1 ]; then
        [ -z "${STARTUP_STORE:-}" ] || [ ! -e "$store/databases" ] || die "$store is not empty: no fresh start on it"
        rm -rf "$store"
        start_once "$mode" fresh "$store"
    fi
done
for run in $(seq 1 "$RUNS"); do
    for mode in "${MODES[@]}"; do
        start_once "$mode" "restart $run" "${STORE_OF[$mode]}"
    done
done
for mode in "${MODES[@]}"; do summary "$mode"; done
say "load at the end $(cut -d' ' -f1-3 /proc/loadavg); log $LOG, results $RESULTS"
