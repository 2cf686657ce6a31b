#!/usr/bin/env bash
# A 50 MB article through `kg ingest`: peak memory (against a 5 MB one, side by side), time,
# statements stored, and whether the progress bar is drawn on a terminal.
# Usage: bench/kg/large_article.sh [BUILD_DIR] [MEGABYTES]   (defaults: build, 50)
# The text is the seed article's paragraphs repeated (each copy numbered so every document hash
# and sentence is distinct). Needs /usr/bin/time (package time) and script (bsdutils).
set -euo pipefail

here="$(cd "$(dirname "$0")/../.." && pwd)"
build="${1:-$here/build}"
megabytes="${2:-50}"
kg="$build/cli/kg"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if [[ ! -x "$kg" ]]; then
    echo "large_article.sh: $kg not found; build first (ninja -C $build kg)" >&2
    exit 2
fi

make_article() { # FILE MEGABYTES
    /usr/bin/python3 - "$1" "$2" "$here/samples/00_h20-unsafe-cryptopolitan.txt" <<'PY'
import sys
out, mb, seed = sys.argv[1], int(sys.argv[2]), sys.argv[3]
paragraphs = [p for p in open(seed, encoding="utf-8").read().split("\n\n")[1:] if p.strip()]
target = mb * 1_000_000
with open(out, "w", encoding="utf-8") as f:
    f.write("A long file of news\n\n")
    size, copy = 0, 0
    while size < target:
        copy += 1
        for p in paragraphs:
            text = f"Part {copy}. {p}\n\n"
            f.write(text)
            size += len(text.encode("utf-8"))
PY
}

run() { # LABEL FILE
    local label="$1" file="$2" db="$work/$1.db"
    /usr/bin/time -f "%M %e %U" -o "$work/$label.time" \
        "$kg" --db "$db" ingest "$file" --date 2025-08-10 > "$work/$label.out"
    read -r rss wall user < "$work/$label.time"
    local bytes statements
    bytes=$(stat -c %s "$file")
    statements=$(sed -n 's/^Stored \([0-9]*\) statements.*/\1/p' "$work/$label.out")
    printf '%-6s %8.1f MB in  %8.0f MB peak RSS  %8.1f s wall  %8.1f s user  %9s statements\n' \
        "$label" "$(echo "$bytes / 1000000" | bc -l)" "$(echo "$rss / 1024" | bc -l)" \
        "$wall" "$user" "$statements"
}

make_article "$work/small.txt" 5
make_article "$work/large.txt" "$megabytes"
run small "$work/small.txt"
run large "$work/large.txt"

# The progress bar: drawn on a terminal (script gives the command one), absent in a pipe.
script -qec "$kg extract $work/small.txt --format jsonl > /dev/null" "$work/tty.log" > /dev/null
if grep -aq '%' "$work/tty.log"; then
    echo "progress bar on a terminal: yes ($(grep -ao '[0-9]*%' "$work/tty.log" | tail -n 1) at the end)"
else
    echo "progress bar on a terminal: NO"
fi
"$kg" extract "$work/small.txt" --format jsonl 2> "$work/pipe.err" > /dev/null
echo "stderr bytes when not a terminal: $(stat -c %s "$work/pipe.err")"
