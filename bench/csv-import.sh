#!/usr/bin/env bash
# CSV bulk import benchmark: the platform from its jar on a real PostgreSQL (a fresh database), UNITS_PER_REGION
# more units in every region (added in the database, spread over the region's hospitals: 70 % wards, 20 % adult
# ICUs, 5 % paediatric, 5 % neonatal), then ROUNDS rounds of one CSV upload per region (POST /api/v1/regions/{code}/reports, all or nothing), timed over loopback. Needs
# `./mvnw package -DskipTests` first and a PostgreSQL at 127.0.0.1:5432 with trust auth for `postgres`.
# Usage: bench/csv-import.sh [UNITS_PER_REGION] [ROUNDS] [CLIENTS] [WARM_UP_SECONDS]
#        (defaults 1000, 5, 1, 30: 21 regions × (1000 + the register's 126 / 21) units × 5 rounds = 105 630 rows,
#        uploads one at a time, after 30 s of rounds that are not measured)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

units="${1:-1000}"
rounds="${2:-5}"
clients="${3:-1}"
warm_up="${4:-30}"
db=nspl_bench_csv
port=8098
password="bench-admin-$(date +%s)"
export PGHOST=127.0.0.1 PGUSER=postgres

dropdb --if-exists --force "$db"
createdb "$db"
# shellcheck source=bench/app-role.sh
source bench/app-role.sh

# The limiter (docs/security.md) is not what is measured: its budget is raised.
NSPL_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" \
    NSPL_INITIAL_ADMIN_PASSWORD="$password" NSPL_PORT="$port" \
    NSPL_SECURITY_RATE_LIMIT_REQUESTS_PER_SECOND=100000 NSPL_SECURITY_RATE_LIMIT_BURST=100000 \
    NSPL_SECURITY_MFA_REQUIRED=false \
    bin/nspl serve > target-bench-csv-server.log 2>&1 &
server=$!
trap 'kill "$server" 2> /dev/null || true; wait "$server" 2> /dev/null || true' EXIT

# up to ten minutes: on a busy machine the start alone has taken three
for _ in $(seq 1 600); do
    curl -fs "http://127.0.0.1:$port/actuator/health" > /dev/null && break
    kill -0 "$server" 2> /dev/null || { echo "the server stopped, see target-bench-csv-server.log" >&2; exit 1; }
    sleep 1
done
curl -fs "http://127.0.0.1:$port/actuator/health" > /dev/null || { echo "the server did not start" >&2; exit 1; }

psql -d "$db" -qc "
    insert into reporting_unit (id, hospital_id, region_code, name, kind)
    select gen_random_uuid(), r.hospitals[1 + g % cardinality(r.hospitals)], r.region_code,
           'Bench ' || k.kind || ' ' || g, k.kind
    from (select region_code, array_agg(id order by id) as hospitals from hospital group by region_code) r,
         generate_series(1, $units) g,
         lateral (select case when g % 20 < 14 then 'WARD' when g % 20 < 18 then 'ADULT_ICU'
                              when g % 20 = 18 then 'PAEDIATRIC_ICU' else 'NEONATAL_ICU' end as kind) k"

echo "== NSPL CSV bulk import ($(nproc) cores, $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg))"
java -Dnspl.bench.database="$db" -cp 'bench/target/classes:bench/target/lib/*' se.nspl.bench.CsvImportBenchmark \
    "http://127.0.0.1:$port" "$password" "$rounds" "$clients" "$warm_up" "$server"
echo "== reports stored: $(psql -d "$db" -Atc 'select count(*) from status_report'), load $(cut -d' ' -f1-3 /proc/loadavg)"
