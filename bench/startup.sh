#!/usr/bin/env bash
# Start-up time and memory of the server, from its jar (`./mvnw package -DskipTests` first):
# - embedded: demo mode on the embedded PostgreSQL, a fresh data directory for the first run (PostgreSQL's
#   initdb, the migrations and the demo data), then the same directory again (a restart);
# - external: the machine's PostgreSQL at 127.0.0.1:5432 (trust auth for `postgres`), a fresh database
#   for the first run, the same database again for the next.
# Each run: seconds from launch until /actuator/health answers UP; the JVM's resident memory (VmRSS, the
# embedded PostgreSQL's processes not counted) and heap in use (`jcmd GC.heap_info`, when it can attach)
# then, and again after a short load of 200 reads of the national picture and 200 pages.
# Usage: bench/startup.sh [RUNS_PER_MODE] [MODES]   (defaults 3, "embedded external")
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

runs="${1:-3}"
modes="${2:-embedded external}"
port=8097
export PGHOST=127.0.0.1 PGUSER=postgres
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

rss_mb() { awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }
heap_mb() {
    jcmd "$1" GC.heap_info 2> /dev/null | awk '/used/ { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub("K,?", "", v); printf "%.0f", v / 1024; exit } }'
}

echo "== NSPL start-up ($(nproc) cores, $(java -version 2>&1 | head -1), $(date -u +%FT%TZ))"
echo "| mode | run | ready (s) | RSS at ready (MB) | heap used at ready (MB) | RSS after load (MB) | heap used after load (MB) | load before / after |"
echo "|---|---|---|---|---|---|---|---|"
for mode in $modes; do
    if [ "$mode" = external ]; then
        dropdb --if-exists --force nspl_bench_start
        createdb nspl_bench_start
    fi
    for run in $(seq 1 "$runs"); do
        load_before=$(cut -d' ' -f1 /proc/loadavg)
        password=bench-admin-startup
        start=$(date +%s.%N)
        if [ "$mode" = embedded ]; then
            NSPL_DATA_DIR="$scratch/data" NSPL_PORT="$port" bin/nspl serve > "target-bench-startup-$mode.log" 2>&1 &
        else
            # shellcheck source=bench/app-role.sh
            (source bench/app-role.sh && NSPL_DB_URL="jdbc:postgresql://127.0.0.1:5432/nspl_bench_start" \
                NSPL_INITIAL_ADMIN_PASSWORD="$password" NSPL_PORT="$port" NSPL_SECURITY_MFA_REQUIRED=false \
                exec bin/nspl serve) > "target-bench-startup-$mode.log" 2>&1 &
        fi
        server=$!
        until curl -fs "http://127.0.0.1:$port/actuator/health" | grep -q '"UP"'; do
            kill -0 "$server" 2> /dev/null || { echo "the server stopped, see target-bench-startup-$mode.log" >&2; exit 1; }
            sleep 0.2
        done
        ready=$(echo "$(date +%s.%N) - $start" | bc | xargs printf "%.1f")
        rss_ready=$(rss_mb "$server")
        heap_ready=$(heap_mb "$server")
        # a short load: the login page and the API's picture
        # (demo mode: the demo secretariat account, whose password the first start logs; else the administrator)
        if [ "$mode" = embedded ]; then
            logged=$(sed -nE 's/^ +nationell +([^ ]+)$/\1/p' "target-bench-startup-$mode.log" | head -1)
            [ -n "$logged" ] && echo "$logged" > "$scratch/nationell"
            user=nationell
            pass=$(cat "$scratch/nationell" 2> /dev/null || true)
        else
            user=admin
            pass="$password"
        fi
        token=$(curl -fs -H 'Content-Type: application/json' \
            -d "{\"username\":\"$user\",\"password\":\"$pass\"}" "http://127.0.0.1:$port/api/v1/auth/token" |
            sed -E 's/.*"token":"([^"]+)".*/\1/' || true)
        for _ in $(seq 1 200); do
            curl -fs -o /dev/null -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/v1/picture" || true
            curl -fs -o /dev/null "http://127.0.0.1:$port/login" || true
        done
        rss_load=$(rss_mb "$server")
        heap_load=$(heap_mb "$server")
        kill "$server"
        wait "$server" 2> /dev/null || true
        echo "| $mode | $run | $ready | $rss_ready | ${heap_ready:-?} | $rss_load | ${heap_load:-?} | $load_before / $(cut -d' ' -f1 /proc/loadavg) |"
    done
done
