#!/usr/bin/python3
"""What the tagger's errors cost the parser, by kind of error.

Usage: bench/parser/tag_cost.py [TREEBANK]   (KG=path/to/kg; default build/release/cli/kg)

Tags TREEBANK (default: EWT dev from ../shared, or KG_SHARED_DIR) with the models' tagger, then
for each group of confusions writes a copy in which the words whose gold and predicted tags are
both in the group carry their gold tags and every other word the tagger's, parses each copy with
`kg eval parser --gold-tags` (which reads the tags as given) and prints UAS / LAS. The rows
between "none" (the tagger's tags) and "all" (gold tags) show how much of the gap each kind of
error accounts for. Tokenisation is the treebank's.
"""

import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# name -> test on (gold UPOS, gold XPOS, predicted UPOS, predicted XPOS)
GROUPS = [
    ("none (the tagger's tags)", lambda gu, gx, pu, px: False),
    ("PROPN <-> NOUN", lambda gu, gx, pu, px: {gu, pu} <= {"PROPN", "NOUN"}),
    ("among NOUN, VERB, ADJ", lambda gu, gx, pu, px: {gu, pu} <= {"NOUN", "VERB", "ADJ"}),
    ("among ADV, ADP, SCONJ, PART",
     lambda gu, gx, pu, px: {gu, pu} <= {"ADV", "ADP", "SCONJ", "PART"}),
    ("among the verb forms (XPOS VB*)",
     lambda gu, gx, pu, px: gx.startswith("VB") and px.startswith("VB")),
    ("all (gold tags)", lambda gu, gx, pu, px: True),
]


def word_lines(path):
    """Every line of a CoNLL-U file, with the fields of word lines split (None otherwise)."""
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            fields = line.split("\t")
            is_word = len(fields) == 10 and fields[0].isdigit()
            out.append((line, fields if is_word else None))
    return out


def evaluate(kg, path, extra):
    try:
        result = subprocess.run([kg, "eval", "parser", path] + extra, capture_output=True,
                                text=True)
    except OSError as e:
        sys.exit(f"tag_cost.py: cannot run {kg} ({e.strerror}); set KG=path/to/kg")
    if result.returncode != 0:
        sys.exit(f"tag_cost.py: kg eval parser {path} failed:\n{result.stderr.strip()}")
    return json.loads(result.stdout)


def main():
    kg = os.environ.get("KG", os.path.join(ROOT, "build/release/cli/kg"))
    shared = os.environ.get("KG_SHARED_DIR", os.path.join(ROOT, "..", "shared"))
    treebank = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        shared, "data/ud-english-ewt/en_ewt-ud-dev.conllu")
    with tempfile.TemporaryDirectory() as tmp:
        predicted = os.path.join(tmp, "predicted.conllu")
        evaluate(kg, treebank, ["--output", predicted])
        gold_lines = word_lines(treebank)
        pred_words = [fields for _, fields in word_lines(predicted) if fields is not None]
        gold_words = [fields for _, fields in gold_lines if fields is not None]
        if len(pred_words) != len(gold_words):
            sys.exit(f"{predicted}: {len(pred_words)} words, {treebank} has {len(gold_words)}")
        print(f"{'tags set right':36} {'words':>6}  UAS    LAS")
        for name, test in GROUPS:
            mixed = os.path.join(tmp, "mixed.conllu")
            changed = 0
            at = 0
            with open(mixed, "w", encoding="utf-8") as out:
                for line, fields in gold_lines:
                    if fields is None:
                        out.write(line + "\n")
                        continue
                    pred = pred_words[at]
                    at += 1
                    if test(fields[3], fields[4], pred[3], pred[4]):
                        changed += (fields[3], fields[4]) != (pred[3], pred[4])
                    else:
                        fields = fields[:3] + pred[3:5] + fields[5:]
                    out.write("\t".join(fields) + "\n")
            score = evaluate(kg, mixed, ["--gold-tags"])
            print(f"{name:36} {changed:6d}  {100 * score['uas']:.2f}  {100 * score['las']:.2f}")


if __name__ == "__main__":
    main()
