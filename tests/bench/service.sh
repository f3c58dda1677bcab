#!/usr/bin/env bash
# Times the service view at national scale (issue 14): fills a fresh database with
# `server admin generate-national` and then asks the service view's figures as a team lead,
# several times, printing each time. A benchmark, not a test: it prints figures and fails
# only when something breaks.
#
#   bash tests/bench/service.sh [sqlite|postgres] [clients]
#
# sqlite (default) uses a file under target/bench; postgres needs DATABASE_URL pointing at an
# empty database (for example from `eval "$(bash .ci/postgres start)"`). Needs a built server
# (`cargo build -p server`).
set -euo pipefail
cd "$(dirname "$0")/../.."
engine="${1:-sqlite}"
clients="${2:-60000}"
server=target/debug/server
[ -x target/release/server ] && [ "${SOPIVA_BENCH_DEBUG:-}" = "" ] && server=target/release/server
if [ "$engine" = sqlite ]; then
    mkdir -p target/bench
    rm -f target/bench/sopiva.db target/bench/sopiva.db-wal target/bench/sopiva.db-shm
    unset DATABASE_URL
fi
export SOPIVA_DATA_DIR="$PWD/target/bench"
echo "engine: $engine, clients: $clients, server: $server"
"$server" admin generate-national --clients "$clients"
"$server" admin bench-service
