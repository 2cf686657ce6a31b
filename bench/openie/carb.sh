#!/usr/bin/env bash
# CaRB dev score and speed of the full pipeline (tokens -> tags -> parse -> propositions).
# Usage: bench/openie/carb.sh [BUILD_DIR]   (default: build). Needs the models in models/ (or
# KG_MODELS) and ../shared/eval. Prints F1, AUC, precision, recall and sentences/second.
set -euo pipefail

here="$(cd "$(dirname "$0")/../.." && pwd)"
build="${1:-$here/build}"
kg="$build/cli/kg"
eval_dir="${KG_SHARED_DIR:-$here/../shared}/eval"
gold="$eval_dir/carb/dev_gold.tsv"
input="$eval_dir/carb/dev.txt"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

if [[ ! -x "$kg" ]]; then
    echo "carb.sh: $kg not found; build first (ninja -C $build kg)" >&2
    exit 2
fi

sentences=$(grep -c . "$input")
start=$(date +%s.%N)
"$kg" extract "$input" --format carb > "$out/system.tsv"
end=$(date +%s.%N)

# The model loading time is part of the run; a second figure leaves it out by timing an empty run.
start0=$(date +%s.%N)
: | "$kg" extract - --format carb > /dev/null
end0=$(date +%s.%N)

/usr/bin/python3 "$eval_dir/carb_score.py" --gold "$gold" --system "$out/system.tsv" --json \
    --quiet > "$out/score.json"
/usr/bin/python3 - "$out/score.json" "$sentences" "$start" "$end" "$start0" "$end0" <<'PY'
import json, sys
score = json.load(open(sys.argv[1]))
n = int(sys.argv[2])
total = float(sys.argv[4]) - float(sys.argv[3])
load = float(sys.argv[6]) - float(sys.argv[5])
print(f"CaRB dev: F1 {score['f1']:.3f}  AUC {score['auc']:.3f}  "
      f"precision {score['precision']:.3f}  recall {score['recall']:.3f}  "
      f"({score['system_extractions']} extractions, {score['gold_sentences']} gold sentences)")
work = max(total - load, 1e-9)
print(f"speed: {n} sentences in {total:.2f} s = {n / total:.0f} sentences/s "
      f"({n / work:.0f} sentences/s without the {load:.2f} s model loading)")
PY
