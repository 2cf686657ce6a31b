#!/usr/bin/env bash
# Configures and builds one preset (release by default) with two jobs: scripts/build.sh [release|asan|bench]
set -euo pipefail
preset=${1:-release}
cd "$(dirname "$0")/.."
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset"
