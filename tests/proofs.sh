#!/usr/bin/env bash
# The proofs of issue 16 at their full counts, on SQLite and PostgreSQL, printing the figures:
#   load        50 clients, 1,000 concurrent saves mixed with reads (tests/tests/load.rs)
#   crash       100 kills of the server binary under load (tests/tests/crash.rs)
#   interleave  10,000 random interleavings of two editors (tests/tests/interleave.rs)
# CI runs the same tests with small counts. Any count can be changed from the environment,
# for example: SOPIVA_CRASH_ROUNDS=20 bash tests/proofs.sh
# A seed repeats a run: SOPIVA_LOAD_SEED, SOPIVA_CRASH_SEED, SOPIVA_INTERLEAVE_SEED.
# Only some: bash tests/proofs.sh load crash
set -euo pipefail
cd "$(dirname "$0")/.."

export SOPIVA_LOAD_CLIENTS=${SOPIVA_LOAD_CLIENTS:-50}
export SOPIVA_LOAD_SAVES=${SOPIVA_LOAD_SAVES:-1000}
export SOPIVA_CRASH_ROUNDS=${SOPIVA_CRASH_ROUNDS:-100}
export SOPIVA_CRASH_CLIENTS=${SOPIVA_CRASH_CLIENTS:-10}
export SOPIVA_INTERLEAVE_CASES=${SOPIVA_INTERLEAVE_CASES:-10000}
# R-9 on PostgreSQL mounts a small tmpfs for the database (crash.rs): only as root.
if [ "$(id -u)" = 0 ]; then export SOPIVA_DISKFULL_POSTGRES=${SOPIVA_DISKFULL_POSTGRES:-1}; fi

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then targets=(load crash interleave); fi

# The crash proof runs the server binary, so it must be built from this source.
bash .ci/build
eval "$(bash .ci/postgres start)"
trap 'bash .ci/postgres stop' EXIT
export SOPIVA_TEST_POSTGRES CI=true

log=$(mktemp)
started=$(date +%s)
for target in "${targets[@]}"; do
  echo "== $target"
  cargo test --locked -p tests --test "$target" -- --test-threads=1 --nocapture 2>&1 | tee -a "$log" \
    | grep -E "^(load|crash|interleave|disk full) |panicked|test result" || true
done
echo
echo "== figures ($(nproc) cores, $(( $(date +%s) - started )) s in all)"
grep -oE "((load|crash|interleave) (sqlite|postgres) seed|disk full (sqlite|postgres):) .*" "$log" || true
if grep -q "FAILED\|panicked" "$log"; then
  echo "a proof failed: the full output is in $log" >&2
  exit 1
fi
rm -f "$log"
