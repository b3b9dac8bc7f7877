#!/usr/bin/env bash
# Set up from scratch, ingest the seed pages into communique.db and show what was found.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
SHARED=${COMMUNIQUE_SHARED:-../shared}
DB=${COMMUNIQUE_DB:-communique.db}
status=0
.venv/bin/communique ingest "$SHARED/corpus/seeds" --db "$DB" || status=$?
.venv/bin/communique actors --db "$DB" --type PERSON --limit 15
.venv/bin/communique quotes --db "$DB" --kind direct --limit 20
.venv/bin/communique events --db "$DB" --limit 20
exit "$status"
