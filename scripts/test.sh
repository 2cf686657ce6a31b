#!/usr/bin/env bash
# Sets up kg and runs the whole test suite twice: an optimised build, then an
# AddressSanitizer+UndefinedBehaviorSanitizer build. This is what CI runs (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
for preset in release asan; do
    echo "== build ($preset)"
    scripts/build.sh "$preset"
    echo "== test ($preset)"
    ctest --preset "$preset" -j2
done
