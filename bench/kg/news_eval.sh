#!/usr/bin/env bash
# Articles -> triples on the news dev set, scored against the analyst gold with kg_score.py:
# triple recall, pair recall, precision (a lower bound), entity recall, fragmentation.
# Usage: bench/kg/news_eval.sh [BUILD_DIR] [OUT_DIR]   (defaults: build, a temporary folder)
# Each article is read with `kg extract FILE --format jsonl --date D`, D being the first
# YYYY-MM-DD of its row in sources.tsv (publication dates are metadata, not in the texts).
# KG_SHARED_DIR overrides ../shared; --verbose details per article go to stderr with -v.
set -euo pipefail

here="$(cd "$(dirname "$0")/../.." && pwd)"
build="${1:-$here/build}"
kg="$build/cli/kg"
news="${KG_SHARED_DIR:-$here/../shared}/eval/news-dev"
if [[ -n "${2:-}" ]]; then
    out="$2"
    mkdir -p "$out"
else
    out="$(mktemp -d)"
    trap 'rm -rf "$out"' EXIT
fi
if [[ ! -x "$kg" ]]; then
    echo "news_eval.sh: $kg not found; build first (ninja -C $build kg)" >&2
    exit 2
fi
if [[ ! -d "$news" ]]; then
    echo "news_eval.sh: $news not found (set KG_SHARED_DIR)" >&2
    exit 2
fi

start=$(date +%s.%N)
for article in "$news"/articles/*.txt; do
    stem="$(basename "$article" .txt)"
    date="$(awk -F'\t' -v f="articles/$stem.txt" '$1 == f { print $4 }' "$news/sources.tsv" |
        grep -oE '[0-9]{4}-[0-9]{2}-[0-9]{2}' | head -n 1 || true)"
    "$kg" extract "$article" --format jsonl ${date:+--date "$date"} > "$out/$stem.jsonl"
done
end=$(date +%s.%N)

/usr/bin/python3 "$news/../kg_score.py" --gold-dir "$news/gold" --system-dir "$out" \
    ${VERBOSE:+--verbose}
echo "seconds (5 articles, models loaded 5 times): $(echo "$end - $start" | bc)"
