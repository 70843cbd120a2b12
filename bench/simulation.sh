#!/usr/bin/env bash
# The simulation benchmark: the scenario of 21 regions × 3 care levels × 90 days × 1000 replications (STOCHASTIC,
# surge, events, planned care and transfers all on), run RUNS times in one JVM; prints each run's wall time (the
# simulation and writing its JSON) and the median and max, with the load before and after.
#
# Usage: bench/simulation.sh   (after ./mvnw -q -B -pl simulation-engine -DskipTests package)
# Environment: RUNS (default 7), THREADS (default: the machine's cores)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${RUNS:-7}"
threads=()
if [[ -n "${THREADS:-}" ]]; then
    threads=(--threads "$THREADS")
fi
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(java -version 2>&1 | head -1)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
"$root/bin/nspl" simulate --bench --runs "$runs" "${threads[@]}"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
