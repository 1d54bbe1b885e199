#!/usr/bin/env bash
# Search benchmark (issue 3), run on demand, never by the test suite.
#
#   graph-service/bench/search-benchmark.sh [sizes...]        sizes: 10k 100k 1m (default: all three), or
#                                                             "seeded" (only the real seeds, 414 assets)
#
# For each size: builds the store once with SearchBenchmarkStore (embedded Neo4j, migrations, the real seeds and
# N synthetic assets) under $BENCH_STORE_ROOT (default /tmp: /tmp/bench-store-100k, ...; never in the repository)
# and skips that when the store was built before; starts the service jar on that store (one JVM: the service and
# its embedded Neo4j); starts the reference peer (bench/neo4j-graphql-peer: the Neo4j GraphQL Library on Node,
# connected over Bolt to the same embedded database); then, from a second JVM (SearchLoadDriver), runs each scenario:
# a warm-up, a timed phase with $BENCH_CLIENTS closed-loop clients and a timed single-client phase, printing
# p50/p90/p99/max latency, throughput and the service's peak RSS; at the end a summary table, the targets, and our
# "near" against the peer's. Everything it starts is stopped on exit (also on Ctrl-C).
#
# Needs: JDK 25 (JAVA_HOME, default /usr/lib/jvm/temurin-25-jdk-amd64), Node.js >= 20 with npm (the peer's
# packages are installed with `npm ci` from the committed package-lock.json the first time), curl and jq, and Maven
# Central or a local Maven repository holding everything the build needs: the build (./mvnw, online unless
# BENCH_OFFLINE=1) fetches what is missing, as on a fresh clone; Maven's own MAVEN_ARGS and MAVEN_OPTS apply (e.g.
# MAVEN_ARGS=-Dmaven.repo.local=/tmp/m2). About 4 GiB of free memory and, for 1m, a few GiB of disk in /tmp. With
# the default timings each size takes about 10 min on an idle machine (start, a warm-up of 3 min or more, 4
# scenarios of 80 s), plus building its store the first time.
# Results: graph-service/target/bench-results/search-<time>.{log,results}.
#
# Latency is measured in a closed loop (each client waits for its answer before sending the next request), so the
# concurrent figures include queueing on the 2 cores; the latency targets are read on the single-client phase. The
# machine-readable lines (RESULT key=value ...) are in the .results file. The driver also prints where the service
# spent its CPU by thread (request threads, Bolt workers of the embedded database, JIT, GC): on a shared machine,
# CPU ms per request is a steadier figure than latency.
#
# Settings (environment):
#   BENCH_SCENARIOS   "near peer-near text clusters"   (also: near-legacy, the older assetsNear field)
#   BENCH_SERVICE_WARMUP 180, BENCH_WARMUP_CPU 240   before any scenario is timed, rounds of BENCH_WARMUP_ROUND
#                             60 s of load over the service's own scenarios (not peer-near) until at least 180 s have
#                             passed and the service has used 240 s of CPU on them, or BENCH_SERVICE_WARMUP_MAX 900 s
#                             have passed: the JIT of a fresh service takes minutes of load on 2 cores, its progress
#                             follows the work done (on a busy machine the service gets a fraction of a core), and
#                             figures measured while it compiles pay for it. The log shows each round's C2 share.
#   BENCH_CLIENTS 16, BENCH_WARMUP 20, BENCH_SECONDS 30, BENCH_SINGLE_SECONDS 30   (seconds; BENCH_WARMUP is the
#                             warm-up of each scenario just before it is timed)
#   BENCH_HEAP 1g (1536m at 1m), BENCH_PAGE_CACHE 1g   the service's -Xmx and Neo4j page cache (RSS target:
#                             <= 3 GiB at 1m; at 1m the search index holds ~520 MiB live on the heap)
#   BENCH_STORE_ROOT /tmp, BENCH_STORE_HEAP 4g (the store builder's -Xmx)
#   BENCH_BUILD 1 (0: use the jar and classes already built), BENCH_OFFLINE 0 (1: build with ./mvnw -o),
#   BENCH_RESULTS graph-service/target/bench-results
#
# Why the peer uses @cypher: the Neo4j GraphQL Library's generated `assets(where: {location: {distance: ...}})`
# filter selects assets within a distance of a point but cannot sort by that distance (its sort takes properties and
# argument-less @cypher fields, never the distance to a point given in the query: neo4j/graphql issue #3900), return
# it, or look a postcode up first; a Query field with the @cypher directive is the library's documented way to run a
# custom query (https://neo4j.com/docs/graphql/current/directives/custom-logic/). The library still translates the
# selection on the returned Asset nodes (fields, IN_CATEGORY to Category) into its one Cypher statement itself.
# See server.js for the exact type definitions and the one extra postcode seek per asset its distance field costs.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
SERVICE_DIR=$(dirname "$BENCH_DIR")
ROOT=$(dirname "$SERVICE_DIR")
PEER_DIR=$BENCH_DIR/neo4j-graphql-peer
cd "$ROOT"

export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA=$JAVA_HOME/bin/java
JDK25_FLAGS=(--enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow)

SCENARIOS=${BENCH_SCENARIOS:-near peer-near text clusters}
SERVICE_WARMUP=${BENCH_SERVICE_WARMUP:-180}
WARMUP_ROUND=${BENCH_WARMUP_ROUND:-60}
WARMUP_CPU=${BENCH_WARMUP_CPU:-240}
SERVICE_WARMUP_MAX=${BENCH_SERVICE_WARMUP_MAX:-900}
CLIENTS=${BENCH_CLIENTS:-16}
WARMUP=${BENCH_WARMUP:-20}
SECONDS_TIMED=${BENCH_SECONDS:-30}
SINGLE_SECONDS=${BENCH_SINGLE_SECONDS:-30}
HEAP=${BENCH_HEAP:-}
PAGE_CACHE=${BENCH_PAGE_CACHE:-1g}
STORE_ROOT=${BENCH_STORE_ROOT:-/tmp}
STORE_HEAP=${BENCH_STORE_HEAP:-4g}
BUILD=${BENCH_BUILD:-1}
OFFLINE=${BENCH_OFFLINE:-0}
RESULTS_DIR=${BENCH_RESULTS:-$SERVICE_DIR/target/bench-results}

if [ $# -gt 0 ]; then SIZES=("$@"); else SIZES=(10k 100k 1m); fi

STAMP=$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$RESULTS_DIR"
RESULTS=$RESULTS_DIR/search-$STAMP.results
LOG=$RESULTS_DIR/search-$STAMP.log
: > "$RESULTS"
exec > >(tee -a "$LOG") 2>&1

say() { printf '[bench %s] %s\n' "$(date -u +%H:%M:%S)" "$*"; }
die() { say "FAILED: $*"; exit 1; }

# ---------------------------------------------------------------------------------------------------------------
# Everything started here is stopped on exit, by its own pid.
SERVICE_PID=
PEER_PID=
CHILD_PID=
SNAPSHOT=

stop_pid() { # pid name seconds
    local pid=$1 name=$2 wait_s=$3
    [ -n "$pid" ] || return 0
    kill -0 "$pid" 2>/dev/null || return 0
    say "stopping $name (pid $pid)"
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 $((wait_s * 5))); do
        kill -0 "$pid" 2>/dev/null || return 0
        sleep 0.2
    done
    say "$name did not stop in ${wait_s} s: killing it"
    kill -KILL "$pid" 2>/dev/null || true
}

cleanup() {
    local status=$?
    trap - EXIT INT TERM
    stop_pid "$CHILD_PID" "child process" 10
    stop_pid "$PEER_PID" "the peer" 10
    stop_pid "$SERVICE_PID" "the service" 40
    [ -n "$SNAPSHOT" ] && rm -rf "$SNAPSHOT"
    exit "$status"
}
trap cleanup EXIT
trap 'say "interrupted"; exit 130' INT TERM

# Runs a command in the background (so that a signal reaches the trap at once) and waits for it.
run_child() {
    "$@" &
    CHILD_PID=$!
    local status=0
    wait "$CHILD_PID" || status=$?
    CHILD_PID=
    return "$status"
}

# A TCP port on 127.0.0.1 that nobody listens on and that this run has not handed out yet, in $PORT.
USED_PORTS=" "
free_port() {
    local candidate
    for _ in $(seq 1 200); do
        candidate=$((20000 + RANDOM % 40000))
        [[ "$USED_PORTS" == *" $candidate "* ]] && continue
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then
            USED_PORTS+="$candidate "
            PORT=$candidate
            return 0
        fi
    done
    die "no free port found"
}

# CPU seconds used so far by process $1, and by its JVM's C2 and C1 compiler threads: "all c2 c1" (from /proc).
jit_cpu() {
    local pid=$1
    {
        printf 'all\t%s\n' "$(cat "/proc/$pid/stat" 2>/dev/null)"
        for task in /proc/"$pid"/task/*; do
            printf '%s\t%s\n' "$(cat "$task/comm" 2>/dev/null)" "$(cat "$task/stat" 2>/dev/null)"
        done
    } | awk -F'\t' -v hz="$(getconf CLK_TCK)" '
        { stat = $2; sub(/.*\) /, "", stat); split(stat, f, " "); ticks = f[12] + f[13] } # utime, stime
        $1 == "all" { all = ticks }
        $1 ~ /^C2 Compiler/ { c2 += ticks }
        $1 ~ /^C1 Compiler/ { c1 += ticks }
        END { printf "%.1f %.1f %.1f\n", all / hz, c2 / hz, c1 / hz }'
}

# ---------------------------------------------------------------------------------------------------------------
say "search benchmark: sizes ${SIZES[*]}; scenarios: $SCENARIOS"
[ -x "$JAVA" ] || die "no JDK at $JAVA_HOME (set JAVA_HOME to a JDK 25)"
[[ "$("$JAVA" -version 2>&1)" == *'version "25'* ]] || die "$JAVA is not a JDK 25"
command -v node >/dev/null || die "node (>= 20) is needed for the reference peer"
command -v npm >/dev/null || die "npm is needed for the reference peer"
[ "$(node -p 'process.versions.node.split(".")[0]')" -ge 20 ] || die "node $(node --version) is too old (>= 20)"
command -v curl >/dev/null || die "curl is needed"
command -v jq >/dev/null || die "jq is needed"
say "machine: $(nproc) CPUs, $(free -g | awk '/^Mem:/ {print $2 " GiB memory, " $7 " GiB available"}'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
say "java: $("$JAVA" -version 2>&1 | head -1); node $(node --version), npm $(npm --version)"

# ---- build: the service jar, the test classes (store builder, load driver) and their class path, in one Maven run
if [ "$BUILD" = 1 ]; then
    if pgrep -f 'org.codehaus.plexus.classworlds.launcher.Launcher' >/dev/null; then
        say "note: another Maven build is running on this machine; timings will suffer while it does"
    fi
    MVN=(./mvnw -B -q)
    [ "$OFFLINE" = 1 ] && MVN+=(-o)
    say "building (${MVN[*]} -pl graph-service -am -DskipTests package, plus the test class path)${MAVEN_ARGS:+; MAVEN_ARGS=$MAVEN_ARGS}"
    # the jar is rebuilt every time: Maven's up-to-date check looks only at graph-service's own classes, so a change
    # in queries/ or schema/ alone would otherwise be measured with the old jar
    rm -f graph-service/target/graph-service.jar graph-service/target/graph-service.jar.original
    run_child "${MVN[@]}" -pl graph-service -am -DskipTests package dependency:build-classpath \
        -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt \
        || die "the build failed$([ "$OFFLINE" = 1 ] && echo ' (offline: try without BENCH_OFFLINE=1, so that Maven can fetch what is missing)')"
fi
[ -f "$SERVICE_DIR/target/graph-service.jar" ] || die "no graph-service/target/graph-service.jar (run with BENCH_BUILD=1)"
[ -f "$SERVICE_DIR/target/bench-classpath.txt" ] || die "no target/bench-classpath.txt (run with BENCH_BUILD=1)"
[ -f "$SERVICE_DIR/target/test-classes/org/lambeth/livingwell/asset/bench/SearchLoadDriver.class" ] \
    || die "the load driver is not compiled (run with BENCH_BUILD=1)"
# A private copy of what was built (the jar, the classes, the class path entries inside the repository): other
# builds in this tree must not change the code under measurement, or remove a class, in the middle of a run.
SNAPSHOT=$(mktemp -d "${TMPDIR:-/tmp}/search-benchmark-build.XXXXXX")
cp "$SERVICE_DIR/target/graph-service.jar" "$SNAPSHOT/graph-service.jar"
JAR=$SNAPSHOT/graph-service.jar
cp -r "$SERVICE_DIR/target/test-classes" "$SNAPSHOT/test-classes"
cp -r "$SERVICE_DIR/target/classes" "$SNAPSHOT/classes"
CP=$SNAPSHOT/test-classes:$SNAPSHOT/classes
entry_number=0
IFS=: read -r -a CP_ENTRIES < "$SERVICE_DIR/target/bench-classpath.txt" || true # no final newline
for entry in "${CP_ENTRIES[@]}"; do
    if [[ "$entry" == "$ROOT"/* ]]; then # a sibling module's jar or classes from this build
        entry_number=$((entry_number + 1))
        cp -r "$entry" "$SNAPSHOT/cp$entry_number-$(basename "$entry")"
        entry=$SNAPSHOT/cp$entry_number-$(basename "$entry")
    fi
    CP+=":$entry"
done
say "build under measurement: graph-service.jar of $(date -u -r "$SERVICE_DIR/target/graph-service.jar" +%H:%M:%SZ), git $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')$(git -C "$ROOT" diff --quiet 2>/dev/null || echo ' + uncommitted changes'); copied to $SNAPSHOT"
DRIVER=(org.lambeth.livingwell.asset.bench.SearchLoadDriver)
DRIVER_JVM=(-Xmx512m -XX:+UseSerialGC)

# ---- the peer's packages: exact versions from package-lock.json
if [[ " $SCENARIOS " == *" peer-near "* ]]; then
    if [ ! -d "$PEER_DIR/node_modules" ] || [ "$PEER_DIR/package-lock.json" -nt "$PEER_DIR/node_modules/.package-lock.json" ]; then
        say "installing the peer's packages (npm ci --ignore-scripts: none of them needs its install script)"
        run_child npm --prefix "$PEER_DIR" ci --ignore-scripts --no-audit --no-fund || die "npm ci failed"
    fi
    say "peer: $(cd "$PEER_DIR" && node -p 'const l=require("./package-lock.json").packages; ["@neo4j/graphql","neo4j-driver","@apollo/server","graphql"].map(p=>p+" "+l["node_modules/"+p].version).join(", ")')"
fi

# ---- the scenarios' queries, run once to see whether the API answers them
probe() { # scenario url -> 0 when answered
    "$JAVA" "${DRIVER_JVM[@]}" -cp "$CP" "${DRIVER[@]}" --scenario "$1" --url "$2" --probe true
}

compare_near() { # our url, our scenario, peer url: same assets in the same order for a few postcodes?
    local ours_url=$1 ours_scenario=$2 peer_url=$3 field=assets args
    if [ "$ours_scenario" = near-legacy ]; then
        field=assetsNear
        args='near: {postcode: $p}, radiusMetres: 1000, first: 50'
    else
        args='filter: {near: {place: {postcode: $p}, radiusMetres: 1000}}, first: 50'
    fi
    local postcodes_file=$ROOT/seeds/src/main/resources/seeds/lambeth/lambeth_postcodes.csv
    local same=0 total=0 postcode key ours peer
    for line in 2 1500 3000 4500 6000; do
        postcode=$(sed -n "${line}p" "$postcodes_file" | cut -d, -f1)
        key=${postcode// /}
        ours=$(curl -s "$ours_url" -H 'Content-Type: application/json' -d "$(jq -nc --arg p "$postcode" \
            --arg q "query(\$p: String!) { $field($args) { totalCount edges { node { id } } } }" \
            '{query: $q, variables: {p: $p}}')" | jq -c "[.data.$field.totalCount, [.data.$field.edges[].node.id]]" 2>/dev/null || echo ours-failed)
        peer=$(curl -s "$peer_url" -H 'Content-Type: application/json' -d "$(jq -nc --arg k "$key" \
            '{query: "query($k: String!) { total: nearbyAssetCount(postcodeKey: $k, radiusMetres: 1000) nearbyAssets(postcodeKey: $k, radiusMetres: 1000, first: 50) { id } }", variables: {k: $k}}')" \
            | jq -c '[.data.total, [.data.nearbyAssets[].id]]' 2>/dev/null || echo peer-failed)
        total=$((total + 1))
        if [ "$ours" = "$peer" ]; then
            same=$((same + 1))
        else
            say "  $postcode: ours $(echo "$ours" | cut -c1-120) / peer $(echo "$peer" | cut -c1-120)"
        fi
    done
    say "check: ours and the peer return the same count and the same ids in the same order for $same of $total postcodes"
}

# ---------------------------------------------------------------------------------------------------------------
for SIZE in "${SIZES[@]}"; do
    STORE=$STORE_ROOT/bench-store-$SIZE
    say "================ size $SIZE: store $STORE ================"
    if [ "$SIZE" = seeded ]; then
        rm -rf "$STORE" # the service seeds a fresh store on its first start
    elif [ -f "$STORE/.search-benchmark-built" ]; then
        say "store already built ($(cat "$STORE/.search-benchmark-built")): not rebuilt (delete $STORE to rebuild)"
    else
        say "building the store with SearchBenchmarkStore (-Xmx$STORE_HEAP)"
        run_child "$JAVA" "${JDK25_FLAGS[@]}" -Xmx"$STORE_HEAP" -cp "$CP" \
            org.lambeth.livingwell.asset.bench.SearchBenchmarkStore --size "$SIZE" --store "$STORE" \
            || die "SearchBenchmarkStore failed for $SIZE"
        date -u +"built %Y-%m-%dT%H:%M:%SZ" > "$STORE/.search-benchmark-built"
    fi

    free_port; HTTP_PORT=$PORT
    free_port; BOLT_PORT=$PORT
    free_port; PEER_PORT=$PORT
    SERVICE_LOG=$RESULTS_DIR/search-$STAMP-$SIZE-service.log
    # the load driver is one anonymous client on one address: the per-client rate limit (600 a minute by default)
    # stays switched on, but high enough not to refuse it
    SIZE_HEAP=${HEAP:-$([ "$SIZE" = 1m ] && echo 1536m || echo 1g)}
    say "starting the service: -Xmx$SIZE_HEAP, page cache $PAGE_CACHE, HTTP $HTTP_PORT, Bolt $BOLT_PORT (log $SERVICE_LOG)"
    "$JAVA" "${JDK25_FLAGS[@]}" -Xmx"$SIZE_HEAP" -jar "$JAR" \
        --livingwell.neo4j.embedded.data-directory="$STORE" \
        --livingwell.neo4j.embedded.bolt-port="$BOLT_PORT" \
        --livingwell.neo4j.embedded.page-cache="$PAGE_CACHE" \
        --server.port="$HTTP_PORT" \
        --livingwell.security.rate-limit.public-per-minute=1000000000 \
        --spring.main.banner-mode=off > "$SERVICE_LOG" 2>&1 &
    SERVICE_PID=$!
    started=$(date +%s)
    until curl -sf "http://127.0.0.1:$HTTP_PORT/actuator/health" 2>/dev/null | grep -q '"UP"'; do
        kill -0 "$SERVICE_PID" 2>/dev/null || { tail -30 "$SERVICE_LOG"; die "the service stopped while starting"; }
        [ $(($(date +%s) - started)) -lt 900 ] || die "the service was not healthy after 900 s"
        sleep 1
    done
    say "service ready in $(($(date +%s) - started)) s (pid $SERVICE_PID, RSS $(awk '/VmRSS/ {printf "%.0f MiB", $2/1024}' /proc/$SERVICE_PID/status))"
    # the in-memory search index (asset.index.SearchIndex) builds itself in the background at start-up, while Cypher
    # answers; a running service has it, so the timed phases start once it is built
    until grep -q 'Cluster index built' "$SERVICE_LOG"; do
        kill -0 "$SERVICE_PID" 2>/dev/null || { tail -30 "$SERVICE_LOG"; die "the service stopped while starting"; }
        [ $(($(date +%s) - started)) -lt 900 ] || die "the search index was not built after 900 s"
        sleep 1
    done
    say "$(grep -o 'Cluster index built.*' "$SERVICE_LOG" | head -1) (at $(($(date +%s) - started)) s)"
    URL=http://127.0.0.1:$HTTP_PORT/graphql
    PEER_URL=http://127.0.0.1:$PEER_PORT/

    if [[ " $SCENARIOS " == *" peer-near "* ]]; then
        node "$PEER_DIR/server.js" --bolt "bolt://127.0.0.1:$BOLT_PORT" --port "$PEER_PORT" \
            --password-file "$STORE/neo4j-password" \
            > "$RESULTS_DIR/search-$STAMP-$SIZE-peer.log" 2>&1 &
        PEER_PID=$!
        for _ in $(seq 1 120); do
            grep -q 'ready at' "$RESULTS_DIR/search-$STAMP-$SIZE-peer.log" && break
            kill -0 "$PEER_PID" 2>/dev/null || { cat "$RESULTS_DIR/search-$STAMP-$SIZE-peer.log"; die "the peer stopped while starting"; }
            sleep 0.5
        done
        sed 's/^/[peer] /' "$RESULTS_DIR/search-$STAMP-$SIZE-peer.log"
    fi

    # which scenarios the service (and the peer) answer
    OUR_NEAR=near
    ANSWERED=()
    for SCENARIO in $SCENARIOS; do
        target_url=$URL
        [ "$SCENARIO" = peer-near ] && target_url=$PEER_URL
        if probe "$SCENARIO" "$target_url"; then
            ANSWERED+=("$SCENARIO")
        elif [ "$SCENARIO" = near ] && probe near-legacy "$URL"; then
            say "'near' (assets(filter: {near})) is not answered yet: measuring the older assetsNear field instead (scenario near-legacy)"
            ANSWERED+=(near-legacy)
            OUR_NEAR=near-legacy
        else
            say "$SCENARIO is not answered: skipped"
            echo "RESULT label=$SIZE scenario=$SCENARIO phase=skipped" >> "$RESULTS"
        fi
    done
    if [[ " ${ANSWERED[*]} " == *" peer-near "* ]]; then
        compare_near "$URL" "$OUR_NEAR" "$PEER_URL"
    fi
    # The service's warm-up, not timed: rounds of its own scenarios (peer-near loads the peer, not the service; the
    # peer gets its scenario's BENCH_WARMUP) until both SERVICE_WARMUP seconds have passed and the service has spent
    # WARMUP_CPU seconds of CPU on them, or SERVICE_WARMUP_MAX seconds have passed. The JIT's progress follows the
    # work the service has done, not the clock: on a loaded machine the service gets a fraction of a core and needs
    # many times longer. Each round prints the service's CPU and its C2 compiler's share of it.
    WARM=()
    for SCENARIO in "${ANSWERED[@]}"; do [ "$SCENARIO" = peer-near ] || WARM+=("$SCENARIO"); done
    if [ "$SERVICE_WARMUP" -gt 0 ] && [ ${#WARM[@]} -gt 0 ]; then
        share=$(( (WARMUP_ROUND + ${#WARM[@]} - 1) / ${#WARM[@]} ))
        say "warming the service up ($CLIENTS clients, not timed): rounds of ${share} s of each of ${WARM[*]} until at least ${SERVICE_WARMUP} s and ${WARMUP_CPU} s of the service's CPU, at most ${SERVICE_WARMUP_MAX} s"
        read -r cpu_before c2_before c1_before < <(jit_cpu "$SERVICE_PID")
        say "  since the service started: CPU $cpu_before s, of which the C2 compiler $c2_before s and C1 $c1_before s"
        cpu_start=$cpu_before c2_start=$c2_before
        warm_started=$(date +%s)
        round=0
        while :; do
            round=$((round + 1))
            round_started=$(date +%s)
            for SCENARIO in "${WARM[@]}"; do
                run_child "$JAVA" "${DRIVER_JVM[@]}" -cp "$CP" "${DRIVER[@]}" --url "$URL" --peer-url "$PEER_URL" \
                    --scenario "$SCENARIO" --clients "$CLIENTS" --warmup-seconds "$share" --seconds 0 \
                    --single-seconds 0 > /dev/null || true
            done
            read -r cpu_now c2_now c1_now < <(jit_cpu "$SERVICE_PID")
            read -r cpu_round c2_round c1_round c2_pct < <(awk -v a="$cpu_now" -v b="$cpu_before" -v c="$c2_now" \
                -v d="$c2_before" -v e="$c1_now" -v f="$c1_before" \
                'BEGIN { printf "%.1f %.1f %.1f %.1f\n", a - b, c - d, e - f, (a > b ? 100 * (c - d) / (a - b) : 0) }')
            warm_s=$(($(date +%s) - warm_started))
            warm_cpu=$(awk -v a="$cpu_now" -v b="$cpu_start" 'BEGIN { printf "%.0f", a - b }')
            say "  warm-up round $round ($(($(date +%s) - round_started)) s): service CPU $cpu_round s, of which C2 $c2_round s (${c2_pct}%) and C1 $c1_round s; ${warm_cpu} s of CPU in ${warm_s} s so far; load average $(cut -d' ' -f1 /proc/loadavg)"
            cpu_before=$cpu_now c2_before=$c2_now c1_before=$c1_now
            { [ "$warm_s" -ge "$SERVICE_WARMUP" ] && [ "$warm_cpu" -ge "$WARMUP_CPU" ]; } && break
            [ "$warm_s" -lt "$SERVICE_WARMUP_MAX" ] || break
        done
        warm_c2=$(awk -v a="$c2_now" -v b="$c2_start" 'BEGIN { printf "%.1f", a - b }')
        say "warm-up done: $round round(s), $warm_s s, $warm_cpu s of the service's CPU (C2 $warm_c2 s); C2 took ${c2_pct}% of the service's CPU in the last round"
        warm_ok=yes
        if [ "$warm_cpu" -lt "$WARMUP_CPU" ]; then
            warm_ok=no
            say "WARNING: after the longest warm-up (BENCH_SERVICE_WARMUP_MAX=$SERVICE_WARMUP_MAX s) the service had used only $warm_cpu of the $WARMUP_CPU s of CPU asked for (the machine is busy): the JIT may still be compiling, and the figures pay for it"
        fi
        echo "RESULT label=$SIZE scenario=warm-up phase=warm-up seconds=$warm_s rounds=$round cpu_s=$warm_cpu c2_s=$warm_c2 c2_last_round_pct=$c2_pct enough=$warm_ok" >> "$RESULTS"
    fi

    for SCENARIO in "${ANSWERED[@]}"; do
        say "---- $SIZE $SCENARIO"
        peer_args=()
        [ "$SCENARIO" = peer-near ] && [ -n "$PEER_PID" ] && peer_args=(--peer-pid "$PEER_PID")
        run_child "$JAVA" "${DRIVER_JVM[@]}" -cp "$CP" "${DRIVER[@]}" --url "$URL" --peer-url "$PEER_URL" \
            --scenario "$SCENARIO" --clients "$CLIENTS" --warmup-seconds "$WARMUP" --seconds "$SECONDS_TIMED" \
            --single-seconds "$SINGLE_SECONDS" --pid "$SERVICE_PID" "${peer_args[@]}" --label "$SIZE" \
            --out "$RESULTS" || say "the driver reported no answered request for $SCENARIO"
    done
    say "service RSS at the end of $SIZE: $(awk '/VmRSS|VmHWM/ {printf "%s %.0f MiB  ", $1, $2/1024}' /proc/$SERVICE_PID/status)"

    stop_pid "$PEER_PID" "the peer" 10
    PEER_PID=
    stop_pid "$SERVICE_PID" "the service" 40
    wait "$SERVICE_PID" 2>/dev/null || true
    SERVICE_PID=
done

# ---------------------------------------------------------------------------------------------------------------
say "================ summary (service -Xmx${HEAP:-1g, 1536m at 1m}, page cache $PAGE_CACHE; $CLIENTS clients, ${SECONDS_TIMED} s timed; single client ${SINGLE_SECONDS} s) ================"
awk -v clients="$CLIENTS" '
function v(key,    i, kv) { for (i = 2; i <= NF; i++) { split($i, kv, "="); if (kv[1] == key) return kv[2] } return "" }
BEGIN {
    printf "%-6s %-12s %-10s %7s %9s %8s %8s %8s %9s %7s %10s %10s %14s\n", "size", "scenario", "phase", "clients",
        "req/s", "p50 ms", "p90 ms", "p99 ms", "max ms", "errors", "RSS peak", "VmHWM", "CPU ms/req"
}
v("phase") == "warm-up" {
    printf "%-6s warm-up of %s s (%s rounds), %s s of service CPU (C2 %s s; %s%% of the last round)%s\n", v("label"),
        v("seconds"), v("rounds"), v("cpu_s"), v("c2_s"), v("c2_last_round_pct"),
        (v("enough") == "yes" ? "" : ": WARNING, less CPU than asked for, the JIT may still be compiling")
    next
}
v("phase") == "skipped" { printf "%-6s %-12s %-10s (not answered by the service: skipped)\n", v("label"), v("scenario"), "-"; next }
{
    cpu = (v("requests") > 0 && v("service_cpu_s") != "n/a") ? sprintf("%.1f", 1000 * v("service_cpu_s") / v("requests")) : "n/a"
    if (v("peer_cpu_s") != "n/a" && v("requests") > 0) cpu = cpu sprintf(" +%.1f", 1000 * v("peer_cpu_s") / v("requests"))
    printf "%-6s %-12s %-10s %7s %9s %8s %8s %8s %9s %7s %6s MiB %6s MiB %14s\n", v("label"), v("scenario"), v("phase"),
        v("clients"), v("throughput"), v("p50_ms"), v("p90_ms"), v("p99_ms"), v("max_ms"), v("errors"),
        v("service_rss_peak_mib"), v("service_hwm_mib"), cpu
    key = v("label") SUBSEP v("scenario") SUBSEP v("phase")
    p50[key] = v("p50_ms"); p99[key] = v("p99_ms"); tput[key] = v("throughput")
    if (!(v("label") in hwm) || v("service_hwm_mib") + 0 > hwm[v("label")]) hwm[v("label")] = v("service_hwm_mib") + 0
    if (!(v("label") in seen)) { seen[v("label")] = 1; order[++labels] = v("label") }
    scen[v("label") SUBSEP v("scenario")] = 1
}
END {
    print "(CPU ms/req: the service process CPU time (embedded Neo4j included) per answered request; for peer-near"
    print " \"+x\" adds the Node peer CPU. On a shared 2-core machine it is steadier than latency; the load driver uses some too.)"
    print ""
    print "ours against the Neo4j GraphQL Library peer (same database, same query; ratio = ours / peer, latency: lower is better, throughput: higher is better)"
    for (n = 1; n <= labels; n++) {
        s = order[n]
        ours = ((s SUBSEP "near") in scen) ? "near" : (((s SUBSEP "near-legacy") in scen) ? "near-legacy" : "")
        if (ours == "" || !((s SUBSEP "peer-near") in scen)) continue
        split("concurrent single", phases, " ")
        for (i = 1; i <= 2; i++) {
            a = s SUBSEP ours SUBSEP phases[i]; b = s SUBSEP "peer-near" SUBSEP phases[i]
            if (!(a in p50) || !(b in p50) || p50[b] == 0 || tput[b] == 0) continue
            printf "  %-5s %-11s %-10s p50 %s vs %s ms (x%.2f)  p99 %s vs %s ms (x%.2f)  %s vs %s req/s (x%.2f)\n",
                s, ours, phases[i], p50[a], p50[b], p50[a] / p50[b], p99[a], p99[b], p99[a] / p99[b],
                tput[a], tput[b], tput[a] / tput[b]
        }
    }
    print ""
    print "targets (latency targets read on the single-client phase; throughput with " clients " clients)"
    check("100k", "near", "single", "p99", 15, "near p99 <= 15 ms at 100k")
    check("1m", "near", "single", "p99", 25, "near p99 <= 25 ms at 1m")
    check("100k", "near", "concurrent", "tput", 800, "near >= 800 req/s with 16 clients at 100k")
    check("1m", "clusters", "single", "p99", 150, "assetClusters (borough, zoom 12) <= 150 ms at 1m (p99)")
    check("1m", "text", "single", "p99", 30, "text search p99 <= 30 ms at 1m")
    if ("1m" in hwm) printf "  %-58s %8s MiB   %s\n", "service resident memory <= 3 GiB at 1m (VmHWM)", hwm["1m"], (hwm["1m"] <= 3072 ? "MET" : "NOT MET")
    else printf "  %-58s %s\n", "service resident memory <= 3 GiB at 1m (VmHWM)", "not measured"
}
function check(size, scenario, phase, what, limit, text,    key, value) {
    key = size SUBSEP scenario SUBSEP phase
    if (!(key in p50)) { printf "  %-58s %s\n", text, "not measured"; return }
    value = (what == "tput") ? tput[key] : p99[key]
    printf "  %-58s %8s %s   %s\n", text, value, (what == "tput" ? "req/s" : "ms"), \
        ((what == "tput") ? (value + 0 >= limit ? "MET" : "NOT MET") : (value + 0 <= limit ? "MET" : "NOT MET"))
}
' "$RESULTS"
say "results: $RESULTS; log: $LOG"
