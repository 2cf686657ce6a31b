#!/usr/bin/env bash
# CaRB dev score and speed of the full pipeline (tokens -> tags -> parse -> propositions).
# Usage: bench/openie/carb.sh [BUILD_DIR] [REPEAT]   (defaults: build, 4). Models from models/ or
# KG_MODELS (tagger.bin, lemmatizer.bin, parser.bin). Prints F1, AUC, precision, recall, and
# sentences/second on one core: wall clock and CPU time, with the model loading left out (measured
# by a one-sentence run). Speed runs dev.txt REPEAT times in one process.
set -euo pipefail

here="$(cd "$(dirname "$0")/../.." && pwd)"
build="${1:-$here/build}"
repeat="${2:-4}"
kg="$build/cli/kg"
eval_dir="${KG_SHARED_DIR:-$here/../shared}/eval"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

if [[ ! -x "$kg" ]]; then
    echo "carb.sh: $kg not found; build first (ninja -C $build kg)" >&2
    exit 2
fi

"$kg" extract "$eval_dir/carb/dev.txt" --format carb > "$out/system.tsv"
/usr/bin/python3 "$eval_dir/carb_score.py" --gold "$eval_dir/carb/dev_gold.tsv" \
    --system "$out/system.tsv" --json --quiet > "$out/score.json"

head -n 1 "$eval_dir/carb/dev.txt" > "$out/one.txt"
for _ in $(seq "$repeat"); do cat "$eval_dir/carb/dev.txt"; done > "$out/many.txt"

/usr/bin/python3 - "$kg" "$out" <<'PY'
import json, os, resource, subprocess, sys, time
kg, out = sys.argv[1], sys.argv[2]
score = json.load(open(os.path.join(out, "score.json")))
print(f"CaRB dev: F1 {score['f1']:.3f}  AUC {score['auc']:.3f}  "
      f"precision {score['precision']:.3f}  recall {score['recall']:.3f}  "
      f"({score['system_extractions']} extractions, {score['gold_sentences']} gold sentences)")

def run(path):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([kg, "extract", path, "--format", "carb"], check=True,
                   stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu

load_wall, load_cpu = run(os.path.join(out, "one.txt"))
many = os.path.join(out, "many.txt")
n = sum(1 for line in open(many, encoding="utf-8", errors="replace") if line.strip())
wall, cpu = run(many)
print(f"speed: {n} sentences in {wall:.2f} s wall / {cpu:.2f} s CPU (model loading "
      f"{load_wall:.2f} s wall / {load_cpu:.2f} s CPU)")
print(f"sentences/s without loading: {n / max(wall - load_wall, 1e-9):.0f} wall, "
      f"{n / max(cpu - load_cpu, 1e-9):.0f} CPU")
PY
