#!/usr/bin/env bash
# One-time set-up on a fresh machine: system libraries (where we can install them), a
# virtual environment in .venv, and iwp with its test dependencies.
set -euo pipefail
cd "$(dirname "$0")/.."

# WeasyPrint needs Pango; qpdf and poppler-utils are used by tests and for looking at PDFs;
# libharfbuzz-subset0 lets WeasyPrint subset fonts with HarfBuzz instead of fontTools
# (faster, and no fallback warning); tesseract-ocr (with its English data) and poppler-utils'
# pdftoppm let `iwp check` read scans. Skipped quietly where apt-get is not available or we
# are not root: the README lists what such a machine needs. chromium and chromium-driver
# run the browser tests of `iwp serve` (tests/test_serve.py; skipped without them).
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  missing=""
  for pkg in libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core qpdf poppler-utils tesseract-ocr chromium chromium-driver; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing="$missing $pkg"
  done
  if [ -n "$missing" ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing) \
      >/dev/null 2>&1 || echo "setup: could not install$missing; see README" >&2
  fi
fi

# Python packages: exactly the versions in requirements.lock (hash-checked), so every
# machine runs what the suite passed with; then iwp itself, editable, with nothing more.
# To move to newer releases: bash scripts/lock.sh --upgrade (see the README).
python3 -m venv .venv
. .venv/bin/activate
python -m pip install -q --disable-pip-version-check --require-hashes -r requirements.lock
python -m pip install -q --disable-pip-version-check --no-deps --no-build-isolation -e .
echo "setup: done. Activate with: . .venv/bin/activate" >&2
