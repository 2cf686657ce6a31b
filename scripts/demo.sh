#!/usr/bin/env bash
# Sets up kg and runs the main job on the bundled samples: the seed story's statements in,
# a diagram and path answers out, with the embedded SQLite store out/kg.db.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh release
kg=build/release/cli/kg
mkdir -p out
export KG_DB=out/kg.db

echo "== kg ingest samples/h20-story.tsv"
$kg ingest samples/h20-story.tsv
echo
echo "== kg alias add CAC 'Cyberspace Administration of China'"
$kg alias add CAC "Cyberspace Administration of China"
echo
echo "== kg stats"
$kg stats --top 5
echo
echo "== kg path Huawei Nvidia"
$kg path Huawei Nvidia
echo
echo "== kg path CAC Huawei"
$kg path CAC Huawei
echo
echo "== kg export --format svg -o out/h20.svg"
$kg export --format svg -o out/h20.svg
echo
echo "Diagram: out/h20.svg   Store: out/kg.db   Try: $kg show Nvidia"
