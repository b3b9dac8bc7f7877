#!/usr/bin/env bash
# Set up from scratch if needed, then run the whole test suite and the linter.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/ruff check src tests bench scripts
.venv/bin/python -m pytest "$@"
