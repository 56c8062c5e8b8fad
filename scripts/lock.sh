#!/usr/bin/env bash
# Refresh requirements.lock, the exact versions (with hashes) that scripts/setup.sh and CI
# install, from the ranges in pyproject.toml.
#
#   bash scripts/lock.sh            # re-resolve, keeping the versions already locked where
#                                   # the ranges still allow them
#   bash scripts/lock.sh --upgrade  # take the newest release of everything the ranges allow,
#                                   # install it and run the whole test suite against it
#
# The resolver (uv, itself pinned below) runs from a throwaway environment, so nothing
# but requirements.lock changes.
set -euo pipefail
cd "$(dirname "$0")/.."

UV_VERSION=0.13.8
tools=$(mktemp -d)
trap 'rm -rf "$tools"' EXIT
python3 -m venv "$tools/venv"
"$tools/venv/bin/python" -m pip install -q "uv==$UV_VERSION"

upgrade=()
[ "${1:-}" = "--upgrade" ] && upgrade=(--upgrade)

"$tools/venv/bin/uv" pip compile pyproject.toml \
  --all-extras --generate-hashes --universal --python-version 3.11 \
  --no-header --quiet "${upgrade[@]}" -o requirements.lock.new
{
  echo "# Exact versions installed by scripts/setup.sh and CI. Do not edit by hand:"
  echo "# refresh with 'bash scripts/lock.sh' (or '--upgrade' for the newest releases)."
  cat requirements.lock.new
} > requirements.lock.tmp
rm -f requirements.lock.new
mv requirements.lock.tmp requirements.lock
echo "lock: requirements.lock written" >&2

if [ "${1:-}" = "--upgrade" ]; then
  bash scripts/setup.sh
  .venv/bin/python -m pytest -q
fi
