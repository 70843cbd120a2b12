#!/usr/bin/env bash
# The patient distribution benchmark: the generated ladder solved by the optimiser, and optionally by CP-SAT and
# SCIP on the contract's plain model (bin/nspl distribute --direct), one markdown table row per run.
#
# Usage: bench/distribution.sh            (after ./mvnw -q -B -pl distribution-engine -DskipTests package)
# Environment:
#   SEEDS          seeds to run (default "1 2")
#   SIZES          origins/patients to run (default "2/50 4/250 6/500 8/800 10/1000")
#   SOLVERS        which of engine, cpsat, scip to run (default "engine"; e.g. "engine cpsat scip")
#   DIRECT_LIMIT   seconds for CP-SAT and SCIP (default 300)
#   ENGINE_LIMIT   seconds for the engine (default: 10 up to 250 patients, 30 above, as the acceptance asks)
#   OUT            where the problems and plans go (default /tmp/nspl-distribution-bench)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seeds="${SEEDS:-1 2}"
sizes="${SIZES:-2/50 4/250 6/500 8/800 10/1000}"
solvers="${SOLVERS:-engine}"
direct_limit="${DIRECT_LIMIT:-300}"
out="${OUT:-/tmp/nspl-distribution-bench}"
mkdir -p "$out"

# Prints: status objective bound gap solve-seconds placed baseline-objective baseline-placed
summary() {
    python3 - "$1" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1]))
base = plan["baseline"]
print(plan["status"], "%.3f" % plan["objective"], "%.3f" % plan["bound"], "%.4f%%" % (100 * plan["gap"]),
      "%.1f" % (plan["solveMillis"] / 1000), plan["placed"], "%.3f" % base["objective"], base["placed"])
PY
}

load() { cut -d' ' -f1 /proc/loadavg; }

echo "| Seed | Origins / patients | Solver | Limit | Status | Objective | Bound | Gap | Solve | Wall | Placed | Load before / after |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
for seed in $seeds; do
    for size in $sizes; do
        origins="${size%/*}"
        patients="${size#*/}"
        problem="$out/s$seed-o$origins-p$patients.json"
        "$root/bin/nspl" distribute --generate --seed "$seed" --origins "$origins" --patients "$patients" --out "$problem"
        for solver in $solvers; do
            case "$solver" in
                engine)
                    limit="${ENGINE_LIMIT:-$((patients <= 250 ? 10 : 30))}"
                    extra=()
                    ;;
                cpsat | scip)
                    limit="$direct_limit"
                    extra=(--direct "$solver")
                    ;;
                *)
                    echo "bench/distribution.sh: unknown solver '$solver'" >&2
                    exit 2
                    ;;
            esac
            plan="$out/s$seed-o$origins-p$patients-$solver-${limit}s.json"
            before="$(load)"
            started="$(date +%s.%N)"
            "$root/bin/nspl" distribute "$problem" --time-limit "$limit" "${extra[@]}" >"$plan"
            wall="$(echo "$(date +%s.%N) - $started" | bc)"
            after="$(load)"
            read -r status objective bound gap solve placed base_objective base_placed < <(summary "$plan")
            printf '| %s | %s / %s | %s | %s s | %s | %s | %s | %s | %s s | %.1f s | %s | %s / %s |\n' \
                "$seed" "$origins" "$patients" "$solver" "$limit" "$status" "$objective" "$bound" "$gap" \
                "$solve" "$wall" "$placed" "$before" "$after"
            if [[ "$solver" == engine ]]; then
                printf '| %s | %s / %s | nearest free bed | – | – | %s | – | – | – | – | %s | – |\n' \
                    "$seed" "$origins" "$patients" "$base_objective" "$base_placed"
            fi
        done
    done
done
