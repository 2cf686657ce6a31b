#!/usr/bin/env bash
# Side by side on the same news sentences: kg (tokenize, tag, lemmatize, parse) against Debian's
# link-grammar parser. Prints sentences per second for both and the share of sentences that
# link-grammar parsed completely (without null links).
# Usage: bench/parser/vs_link_grammar.sh [TEXT_FILE] [REPEAT]   (KG=path/to/kg to choose the binary)
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
kg=${KG:-$root/build/cli/kg}
text=${1:-$root/samples/00_h20-unsafe-cryptopolitan.txt}
repeat=${2:-50}
command -v link-parser >/dev/null || { echo "link-parser not installed" >&2; exit 1; }
[ -x "$kg" ] || { echo "$kg not built (set KG=...)" >&2; exit 1; }
# link-grammar's English dictionary needs this locale; without it, it prints debug lines.
if ! locale -a 2>/dev/null | grep -qi '^en_US.utf-\?8$'; then
    echo "warning: en_US.UTF-8 locale missing (localedef -i en_US -f UTF-8 en_US.UTF-8)" >&2
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# kg splits the text into sentences; link-grammar gets exactly those sentences, one per line.
"$kg" nlp "$text" >"$tmp/once.conllu"
sed -n 's/^# text = //p' "$tmp/once.conllu" >"$tmp/sentences.txt"
sentences=$(wc -l <"$tmp/sentences.txt")
for _ in $(seq "$repeat"); do cat "$text"; printf '\n\n'; done >"$tmp/repeated.txt"

now() { date +%s.%N; }

start=$(now)
"$kg" nlp "$tmp/repeated.txt" >"$tmp/repeated.conllu"
kg_seconds=$(echo "$(now) - $start" | bc -l)
kg_sentences=$(grep -c '^# text = ' "$tmp/repeated.conllu")

start=$(now)
LANG=en_US.UTF-8 LC_ALL=en_US.UTF-8 link-parser -graphics=0 -verbosity=1 \
    <"$tmp/sentences.txt" >"$tmp/lg.out" 2>&1
lg_seconds=$(echo "$(now) - $start" | bc -l)
# One "Found" line per sentence with a complete linkage; "No complete linkages" otherwise.
incomplete=$(grep -c '^No complete linkages found' "$tmp/lg.out" || true)
complete=$((sentences - incomplete))

kg_rate=$(echo "$kg_sentences / $kg_seconds" | bc -l)
lg_rate=$(echo "$sentences / $lg_seconds" | bc -l)
printf '{"sentences":%d,"kg_sentences_per_s":%.1f,"kg_seconds":%.3f,' \
    "$sentences" "$kg_rate" "$kg_seconds"
printf '"link_grammar_sentences_per_s":%.2f,"link_grammar_seconds":%.3f,' "$lg_rate" "$lg_seconds"
printf '"link_grammar_complete_share":%.3f,"speedup":%.1f}\n' \
    "$(echo "$complete / $sentences" | bc -l)" "$(echo "$kg_rate / $lg_rate" | bc -l)"
