#!/usr/bin/env bash
# Sets up kg and runs the main job on the bundled seed article: the news text in (tokenised,
# tagged, parsed, propositions extracted, entities resolved), a diagram of the story's actors and
# path answers with their evidence sentences out, in the embedded SQLite store out/kg.db.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh release
kg=build/release/cli/kg
mkdir -p out
export KG_DB=out/kg.db
rm -f "$KG_DB"
article=samples/00_h20-unsafe-cryptopolitan.txt

echo "== kg ingest $article --date 2025-08-10 --source Cryptopolitan"
$kg ingest "$article" --date 2025-08-10 --source Cryptopolitan
echo
echo "== kg stats --top 5"
$kg stats --top 5
echo
echo "== kg path Huawei Nvidia"
$kg path Huawei Nvidia
echo
echo "== kg path CAC 'Trump administration'"
$kg path CAC "Trump administration"
echo
echo "== kg show Nvidia"
$kg show Nvidia
echo
echo "== kg export --format svg -o out/h20.svg --title 'Nvidia H20 and China'"
$kg export --format svg -o out/h20.svg --title "Nvidia H20 and China"
echo
echo "Diagram: out/h20.svg   Store: out/kg.db   Statements as records: $kg extract $article"
