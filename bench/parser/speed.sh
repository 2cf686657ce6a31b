#!/usr/bin/env bash
# Tagging + parsing speed of one or more kg builds, side by side in one run, on one core.
# Usage: bench/parser/speed.sh [ROUNDS] KG [KG...]   (e.g. 5 build/cli/kg /tmp/old/kg)
# Each KG runs `kg eval parser` on EWT test repeated 4 times (gold tokenisation; 100k words, so
# that model loading is a small part) with predicted tags and with --gold-tags (parsing only),
# ROUNDS times, the builds taking turns so that load on the machine
# hits them alike. Speed is tokens per CPU second with model loading left out (the CPU time of
# a one-sentence run is subtracted); the median of the rounds is printed, with UAS/LAS, and for
# every build after the first the median of its per-round speed ratios to the first. kg's own
# tokens_per_s (the timed tagging + parsing loop, wall clock) is printed beside it.
# KG_MODELS picks the models as for kg; KG_SHARED_DIR the data (default ../shared); KG_BEAM sets
# the parser's beam width (kg eval parser --beam; default: the model's own).
set -euo pipefail

here="$(cd "$(dirname "$0")/../.." && pwd)"
rounds="${1:?usage: speed.sh ROUNDS KG [KG...]}"
shift
data="${KG_SHARED_DIR:-$here/../shared}/data/ud-english-ewt/en_ewt-ud-test.conllu"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
awk 'BEGIN { RS = ""; ORS = "\n\n" } NR == 1 { print; exit }' "$data" > "$out/one.conllu"
cat "$data" "$data" "$data" "$data" > "$out/test4.conllu"

/usr/bin/python3 - "$rounds" "$out/test4.conllu" "$out/one.conllu" "$@" <<'PY'
import json, os, resource, statistics, subprocess, sys
rounds, data, one, kgs = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4:]

def run(kg, path, gold):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    args = [kg, "eval", "parser", path] + (["--gold-tags"] if gold else [])
    if os.environ.get("KG_BEAM"):
        args += ["--beam", os.environ["KG_BEAM"]]
    result = json.loads(subprocess.run(args, check=True, capture_output=True, text=True).stdout)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return result, cpu

rates = {(kg, gold): [] for kg in kgs for gold in (False, True)}
loops = {(kg, gold): [] for kg in kgs for gold in (False, True)}
scores = {}
for _ in range(rounds):
    for kg in kgs:
        for gold in (False, True):
            result, cpu = run(kg, data, gold)
            _, load = run(kg, one, gold)
            rates[(kg, gold)].append(result["tokens"] / max(cpu - load, 1e-9))
            loops[(kg, gold)].append(result["tokens_per_s"])
            scores[(kg, gold)] = (result["uas"], result["las"], result["tokens"])
for kg in kgs:
    for gold in (False, True):
        uas, las, tokens = scores[(kg, gold)]
        what = "parse (gold tags)" if gold else "tag + parse"
        r = rates[(kg, gold)]
        w = loops[(kg, gold)]
        print(f"{kg}: {what}: {statistics.median(r):,.0f} tokens/CPU-s (median of {len(r)}, "
              f"min {min(r):,.0f}, max {max(r):,.0f}); UAS {uas:.4f} LAS {las:.4f} on {tokens} words")
        # kg's own figure: the tagging and parsing loop alone (no reading, copying or scoring),
        # by the wall clock; free of the loading time's noise, but only fair on an idle core.
        print(f"{kg}: {what}: timed loop {statistics.median(w):,.0f} tokens/s (median, "
              f"min {min(w):,.0f}, max {max(w):,.0f})")
# The machine's speed drifts between rounds more than builds differ; the builds of one round
# ran back to back, so the ratio within each round is the steadier comparison.
for kg in kgs[1:]:
    for gold in (False, True):
        what = "parse (gold tags)" if gold else "tag + parse"
        for name, series in (("CPU", rates), ("timed loop", loops)):
            ratios = [a / b for a, b in zip(series[(kg, gold)], series[(kgs[0], gold)])]
            print(f"{kg} / {kgs[0]}: {what}, {name}: x{statistics.median(ratios):.3f} (median of "
                  f"the rounds' ratios, min x{min(ratios):.3f}, max x{max(ratios):.3f})")
PY
