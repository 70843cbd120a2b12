#!/usr/bin/env bash
# Report ingestion benchmark: the platform from its jar on a real PostgreSQL, loaded over loopback
# at a fixed rate of JSON reports; then, for comparison, the same PostgreSQL's raw single-row
# insert rate with pgbench. Needs `./mvnw package -DskipTests` first and a PostgreSQL at
# 127.0.0.1:5432 with trust auth for `postgres` (as on the project's machines).
# Usage: bench/ingestion.sh [REPORTS_PER_SECOND] [SECONDS] [PICTURE_READS_PER_SECOND]
#        (defaults 500, 60, 0: with reads, GET /api/v1/picture is measured during the ingestion)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

rate="${1:-500}"
seconds="${2:-60}"
reads="${3:-0}"
db=nspl_bench
port=8099
password="bench-admin-$(date +%s)"
export PGHOST=127.0.0.1 PGUSER=postgres

dropdb --if-exists --force "$db"
createdb "$db"
# shellcheck source=bench/app-role.sh
source bench/app-role.sh

# The API's budget per client (docs/security.md, default 100 requests/s) is set to the whole offered
# rate, as if one key sent it all: this measures ingestion, not the limiter (which still runs).
budget=$((rate + reads))
# The load generator gets the initial administrator's token by password to open the regions' API
# keys; a second factor is not what is measured, so the bench server does not require one.
NSPL_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" \
    NSPL_INITIAL_ADMIN_PASSWORD="$password" NSPL_PORT="$port" \
    NSPL_SECURITY_RATE_LIMIT_REQUESTS_PER_SECOND="${NSPL_SECURITY_RATE_LIMIT_REQUESTS_PER_SECOND:-$budget}" \
    NSPL_SECURITY_RATE_LIMIT_BURST="${NSPL_SECURITY_RATE_LIMIT_BURST:-$budget}" \
    NSPL_SECURITY_MFA_REQUIRED=false \
    bin/nspl serve > target-bench-server.log 2>&1 &
server=$!
trap 'kill "$server" 2> /dev/null || true; wait "$server" 2> /dev/null || true' EXIT

for _ in $(seq 1 120); do
    curl -fs "http://127.0.0.1:$port/actuator/health" > /dev/null && break
    sleep 1
done

echo "== NSPL report ingestion ($(nproc) cores, $(java -version 2>&1 | head -1))"
java -Dnspl.bench.database="$db" -cp 'bench/target/classes:bench/target/lib/*' se.nspl.bench.IngestionBenchmark \
    "http://127.0.0.1:$port" "$password" "$rate" "$seconds" "$server" "$reads"
echo "== rows stored: $(psql -d "$db" -Atc 'select count(*) from status_report')"

echo "== PostgreSQL raw single-row inserts (pgbench, 8 clients, 20 s)"
psql -d "$db" -qc 'create table bench_insert (id bigserial primary key, unit uuid, figures jsonb, at timestamptz default now())'
script=$(mktemp)
echo "insert into bench_insert (unit, figures) values (gen_random_uuid(), '{\"WARD\": {\"staffed\": 40, \"occupied\": 31}}');" > "$script"
pgbench -n -c 8 -j 2 -T 20 -f "$script" "$db" | grep -E "tps|latency average|number of transactions actually"
rm -f "$script"
