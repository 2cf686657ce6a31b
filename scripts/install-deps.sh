#!/usr/bin/env bash
# Installs what kg needs to build, test and run on Debian 12. Skips apt when everything is there.
set -euo pipefail

PACKAGES=(
    build-essential cmake ninja-build pkg-config git
    libboost-graph-dev rapidjson-dev libgraphviz-dev graphviz libsqlite3-dev sqlite3
    libcli11-dev libfmt-dev libgtest-dev libgmock-dev libbenchmark-dev
    python3 python3-rdflib python3-networkx
)

missing=()
for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

as_root=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "install-deps: run as root (or install sudo)" >&2; exit 1; }
    as_root=(sudo)
fi
echo "install-deps: installing ${missing[*]}"
"${as_root[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
