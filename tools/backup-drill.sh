#!/usr/bin/env bash
# Backup drill (docs/reliability.md § Backups): takes a base backup of a running PostgreSQL with
# pg_basebackup, restores it into a scratch instance on a free port, and compares the row count of
# every table of the database with the source. Exit code 0: the restore has the same rows;
# 1: a table differs (listed); 2: the drill could not run.
#
# With --pitr ARCHIVE_DIR (the directory the source's archive_command copies WAL into), it is a
# point-in-time restore instead: the counts are taken after the base backup, at time T, and the
# scratch instance replays the archived WAL up to T (recovery_target_time), so every write between
# the backup and T must come from the archive.
#
# The source is given as for psql (PGHOST, PGPORT, PGUSER, PGDATABASE; the user needs the
# REPLICATION attribute and a `replication` line in pg_hba.conf). The source should be quiet while
# the counts are taken, or a table being written will differ. As root, the scratch instance runs
# as the `postgres` user. The scratch directory is removed at the end (kept with KEEP=1).
#
# Usage: tools/backup-drill.sh [--pitr ARCHIVE_DIR] [--after-backup COMMAND]
#   --after-backup COMMAND  run COMMAND (with sh -c) between the base backup and the counts
set -euo pipefail

archive=""
after_backup=""
while [[ $# -gt 0 ]]; do
    case "$1" in
        --pitr) archive="$(cd "$2" && pwd)"; shift 2 ;;
        --after-backup) after_backup="$2"; shift 2 ;;
        *) echo "usage: $0 [--pitr ARCHIVE_DIR] [--after-backup COMMAND]" >&2; exit 2 ;;
    esac
done

bin="${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2> /dev/null | sort -V | tail -1)}"
[[ -x "$bin/pg_basebackup" ]] || { echo "no PostgreSQL binaries (set PG_BIN)" >&2; exit 2; }
database="${PGDATABASE:-postgres}"
as_owner=()
if [[ "$(id -u)" == 0 ]]; then
    as_owner=(runuser -u postgres --)
fi

scratch="$(mktemp -d /tmp/nspl-backup-drill-XXXXXX)"
# a free port: nothing answers there
for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 20000))
    (echo > "/dev/tcp/127.0.0.1/$port") 2> /dev/null || break
done
cleanup() {
    "${as_owner[@]}" "$bin/pg_ctl" -D "$scratch/restore" -m immediate -w stop > /dev/null 2>&1 || true
    [[ -n "${KEEP:-}" ]] || rm -rf "$scratch"
}
trap cleanup EXIT

# exact row counts of every ordinary table of the database, sorted by name
count_rows() {
    local tables
    tables="$("$bin/psql" -X -At "$@" -c "select format('%I.%I', schemaname, tablename) from pg_tables
        where schemaname not in ('pg_catalog', 'information_schema') order by 1")"
    for table in $tables; do
        echo "$table $("$bin/psql" -X -At "$@" -c "select count(*) from $table")"
    done
}

started=$(date +%s%N)
echo "== base backup of ${PGHOST:-local}:${PGPORT:-5432} ($("$bin/pg_basebackup" --version))"
"$bin/pg_basebackup" -D "$scratch/restore" -X stream -c fast --no-sync
backed_up=$(date +%s%N)

if [[ -n "$after_backup" ]]; then
    sh -c "$after_backup"
fi

count_rows > "$scratch/source.txt"
if [[ -n "$archive" ]]; then
    target="$("$bin/psql" -X -At -c "select clock_timestamp()")"
    # recovery stops at the first commit after T: make sure there is one (a transaction id, no data)
    "$bin/psql" -X -Atq -c "select txid_current()" > /dev/null
    # close the WAL segment that holds T so that it is archived, and wait for it
    segment="$("$bin/psql" -X -At -c "select pg_walfile_name(pg_current_wal_lsn())")"
    "$bin/psql" -X -Atq -c "select pg_switch_wal()" > /dev/null
    for _ in $(seq 1 60); do
        [[ -f "$archive/$segment" ]] && break
        sleep 0.5
    done
    [[ -f "$archive/$segment" ]] || { echo "WAL segment $segment was not archived to $archive" >&2; exit 2; }
    echo "== point-in-time restore to $target from the archive $archive"
    cat >> "$scratch/restore/postgresql.auto.conf" <<CONF
restore_command = 'cp "$archive/%f" "%p"'
recovery_target_time = '$target'
recovery_target_action = 'promote'
CONF
    touch "$scratch/restore/recovery.signal"
fi

if [[ "$(id -u)" == 0 ]]; then
    chown -R postgres "$scratch"
fi
chmod 700 "$scratch/restore"
echo "== restoring into a scratch instance on port $port"
"${as_owner[@]}" "$bin/pg_ctl" -D "$scratch/restore" -l "$scratch/restore.log" -w -t 120 \
    -o "-c port=$port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$scratch -c archive_mode=off" \
    start > /dev/null || { tail -20 "$scratch/restore.log" >&2; exit 2; }
# a point-in-time restore has promoted when it takes writes
for _ in $(seq 1 120); do
    [[ "$("$bin/psql" -X -At -h 127.0.0.1 -p "$port" -d "$database" -c "select pg_is_in_recovery()")" == f ]] && break
    sleep 0.5
done
count_rows -h 127.0.0.1 -p "$port" -d "$database" > "$scratch/restored.txt"
restored=$(date +%s%N)

tables=$(wc -l < "$scratch/source.txt")
rows=$(awk '{ s += $2 } END { print s + 0 }' "$scratch/source.txt")
size=$(du -sh "$scratch/restore" | cut -f1)
printf '== %s tables, %s rows, data directory %s; backup %d ms, then counts, restore and counts %d ms\n' \
    "$tables" "$rows" "$size" $(((backed_up - started) / 1000000)) $(((restored - backed_up) / 1000000))
if diff "$scratch/source.txt" "$scratch/restored.txt" > "$scratch/diff.txt"; then
    echo "== OK: every table of $database has the same row count in the restore"
else
    echo "== DIFFERENT row counts (< source, > restore):"
    cat "$scratch/diff.txt"
    exit 1
fi
