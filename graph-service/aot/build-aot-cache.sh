#!/usr/bin/env bash
# Packages the service and trains a JDK AOT cache for it (JEP 483/514/515): the start-up operators should run.
#
#   graph-service/aot/build-aot-cache.sh
#
# 1. Packages graph-service (./mvnw -B -pl graph-service -am -DskipTests package; AOT_PACKAGE=0 uses the jar already
#    in graph-service/target; MAVEN_ARGS applies, e.g. MAVEN_ARGS=-o to build offline).
# 2. Extracts the fat jar into graph-service/target/aot/ (graph-service.jar and lib/), the form an AOT cache needs:
#    the JVM checks that the class path it was trained on is the one it runs, jar by jar.
# 3. Trains: starts the extracted jar with -XX:AOTCacheOutput on a new store under /tmp (so the embedded Neo4j
#    starts, the migrations run and the seeds load, as on a first start), waits until the map page and a search
#    answer, sends the requests a map page makes on opening (the page, its scripts, localities, clusters, facets,
#    a search), then stops it with SIGTERM. On exit the JVM writes graph-service/target/aot/graph-service.aot: the
#    classes the run loaded, already parsed and linked, and profiles of the methods it ran.
#    AOT_TRAINING=refresh trains as Spring Boot's documentation does instead (-Dspring.context.exit=onRefresh: the
#    process exits once the context is refreshed, before the web server takes requests).
#    AOT_OUTPUT: another directory than graph-service/target/aot (it is emptied first).
#
# Run with the cache (the same JDK, the same extracted jar; without the cache file the JVM starts as usual):
#   java --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow \
#        -XX:AOTCache=graph-service/target/aot/graph-service.aot -jar graph-service/target/aot/graph-service.jar
# Rebuild the cache whenever the jar or the JDK changes: a cache that does not match is ignored with a warning.
# Took 9 min (serve) and 2 min (refresh) on a busy 2-core machine after packaging. Needs curl and python3.
set -euo pipefail

AOT_SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
SERVICE_DIR=$(dirname "$AOT_SCRIPT_DIR")
ROOT=$(dirname "$SERVICE_DIR")
cd "$ROOT"

export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA=$JAVA_HOME/bin/java
JDK25_FLAGS=(--enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow)
PACKAGE=${AOT_PACKAGE:-1}
TRAINING=${AOT_TRAINING:-serve}
FAT_JAR=$SERVICE_DIR/target/graph-service.jar
OUT=${AOT_OUTPUT:-$SERVICE_DIR/target/aot}
CACHE=$OUT/graph-service.aot
SERVICE_PID=
STORE=

say() { echo "build-aot-cache: $*"; }
die() { say "$*" >&2; exit 1; }
cleanup() {
    if [ -n "$SERVICE_PID" ] && kill -0 "$SERVICE_PID" 2>/dev/null; then
        kill "$SERVICE_PID" 2>/dev/null || true
        wait "$SERVICE_PID" 2>/dev/null || true
    fi
    [ -z "$STORE" ] || rm -rf "$STORE"
}
trap cleanup EXIT
command -v curl >/dev/null || die "curl is needed"
command -v python3 >/dev/null || die "python3 is needed (to pick free ports)"
"$JAVA" -version 2>&1 | grep -q 'version "2[5-9]' || die "JDK 25 or later is needed as JAVA_HOME ($JAVA_HOME)"

if [ "$PACKAGE" = 1 ]; then
    say "packaging graph-service"
    ./mvnw -B -q -pl graph-service -am -DskipTests package
fi
[ -f "$FAT_JAR" ] || die "no $FAT_JAR"

say "extracting $FAT_JAR into $OUT"
rm -rf "$OUT"
"$JAVA" -Djarmode=tools -jar "$FAT_JAR" extract --destination "$OUT"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
PORT=$(free_port)
BOLT=$(free_port)
STORE=$(mktemp -d /tmp/aot-training-store.XXXXXX)
TRAINING_LOG=$OUT/training.log
BASE=http://127.0.0.1:$PORT
started=$(date +%s)

graphql() {
    curl -sf -m 60 "$BASE/graphql" -H 'Content-Type: application/json' -d "{\"query\":\"$1\"}" -o /dev/null
}

case $TRAINING in
    serve)
        say "training run: start on a new store, serve the map's first requests, stop (log: $TRAINING_LOG)"
        "$JAVA" "${JDK25_FLAGS[@]}" -XX:AOTCacheOutput="$CACHE" -jar "$OUT/graph-service.jar" \
            --server.port="$PORT" --livingwell.neo4j.embedded.data-directory="$STORE/neo4j" \
            --livingwell.neo4j.embedded.bolt-port="$BOLT" --livingwell.ingest.upload-directory="$STORE/uploads" \
            >"$TRAINING_LOG" 2>&1 &
        SERVICE_PID=$!
        until curl -sf -m 5 "$BASE/" -o /dev/null 2>/dev/null; do
            kill -0 "$SERVICE_PID" 2>/dev/null || die "the training run exited early (see $TRAINING_LOG)"
            [ $(($(date +%s) - started)) -lt 600 ] || die "the training run did not serve within 600 s"
            sleep 0.5
        done
        # what the map page asks for when it opens, and the other common searches, a few times each
        for round in 1 2 3; do
            curl -sf -m 30 "$BASE/" -o /dev/null
            for path in $(curl -sf -m 30 "$BASE/" | grep -Eo '(src|href)="[^"]+\.(js|css)"' | sed -E 's/^[a-z]+="//; s/"$//'); do
                case $path in http*) ;; *) curl -sf -m 30 "$BASE/${path#/}" -o /dev/null || true ;; esac
            done
            graphql '{ assets(filter: {text: \"library\"}, first: 20) { totalCount edges { node { id name location { latitude longitude } categories { id name } } } } }'
            graphql '{ assets(filter: {near: {place: {postcode: \"SW2 1RW\"}, radiusMetres: 1500}}, first: 20) { totalCount edges { distanceMetres node { id name openingHours { openNow } } } } }'
            graphql '{ assetClusters(box: {south: 51.411, west: -0.152, north: 51.511, east: -0.078}, zoom: 12) { clusters { count centre { latitude longitude } } assets { id name } } }'
            graphql '{ assetFacets(filter: {within: {locality: \"half-south\"}}) { totalCount categories { category { name } count } } }'
            graphql '{ localities(kind: WARD) { id name } }' || true
            graphql '{ categories { id name } }' || true
            graphql '{ nearest(place: {postcode: \"SE11 5QY\"}, category: \"library\", n: 3) { distanceMetres asset { name } } }'
        done
        say "served after $(($(date +%s) - started)) s; stopping it (the JVM writes the cache as it exits)"
        kill "$SERVICE_PID"
        wait "$SERVICE_PID" || true
        SERVICE_PID=
        ;;
    refresh)
        say "training run: -Dspring.context.exit=onRefresh on a new store (log: $TRAINING_LOG)"
        "$JAVA" "${JDK25_FLAGS[@]}" -XX:AOTCacheOutput="$CACHE" -Dspring.context.exit=onRefresh \
            -jar "$OUT/graph-service.jar" --server.port="$PORT" \
            --livingwell.neo4j.embedded.data-directory="$STORE/neo4j" --livingwell.neo4j.embedded.bolt-port="$BOLT" \
            --livingwell.ingest.upload-directory="$STORE/uploads" >"$TRAINING_LOG" 2>&1 || true
        ;;
    *) die "AOT_TRAINING is serve or refresh, not $TRAINING" ;;
esac

[ -s "$CACHE" ] || die "no cache written (see $TRAINING_LOG)"
say "wrote $CACHE ($(du -m "$CACHE" | cut -f1) MiB) in $(($(date +%s) - started)) s of training"
say "run: java ${JDK25_FLAGS[*]} -XX:AOTCache=$CACHE -jar $OUT/graph-service.jar"
