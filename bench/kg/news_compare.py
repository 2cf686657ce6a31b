#!/usr/bin/env python3
"""Paired comparison of two news-dev runs: which gold triples each one finds and the other misses.

Usage: /usr/bin/python3 bench/kg/news_compare.py A_DIR B_DIR [--shared ../shared] [--list]

A_DIR and B_DIR hold <stem>.jsonl files as written by `bench/kg/news_eval.sh BUILD OUT`. Each gold
triple is matched with the rules of ../shared/eval/kg_score.py (imported from there, so the two
cannot drift apart). For triples and for pairs, the script prints how many gold triples both runs
find, how many only A or only B finds, and the two-sided exact sign-test p-value over the triples
that only one run finds: with ~120 gold triples, a difference of a few is usually chance (the
p-value says how likely a split at least this uneven is if neither run were better). --list
prints the triples that only one run finds, with the article they come from.
"""

import argparse
import math
import os
import sys


def sign_test(only_a, only_b):
    """Two-sided exact binomial test of only_a vs only_b successes at p = 1/2."""
    n = only_a + only_b
    if n == 0:
        return 1.0
    k = min(only_a, only_b)
    tail = sum(math.comb(n, i) for i in range(k + 1)) / 2.0**n
    return min(1.0, 2.0 * tail)


def hits(score, gold, triples):
    """Per gold triple: (triple found, pair found)."""
    def names(t, role):
        return [t.get(role) or "", t.get(role + "_text") or ""]

    out = []
    for gs, gr, go in gold.triples:
        full = pair = False
        for t in triples:
            if score.arg_matches(gold, gs, names(t, "subject")) and \
                    score.arg_matches(gold, go, names(t, "object")):
                pair = True
                if score.rel_matches(gr, t.get("relation") or "", bool(t.get("negated"))):
                    full = True
                    break
        out.append((full, pair))
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("a_dir")
    ap.add_argument("b_dir")
    ap.add_argument("--shared", default=os.environ.get(
        "KG_SHARED_DIR", os.path.join(here, "..", "..", "..", "shared")))
    ap.add_argument("--list", action="store_true", help="print the triples only one run finds")
    args = ap.parse_args()

    eval_dir = os.path.join(args.shared, "eval")
    gold_dir = os.path.join(eval_dir, "news-dev", "gold")
    if not os.path.isfile(os.path.join(eval_dir, "kg_score.py")):
        sys.exit(f"news_compare.py: error: {eval_dir}/kg_score.py not found (use --shared)")
    for d in (args.a_dir, args.b_dir):
        if not os.path.isdir(d):
            sys.exit(f"news_compare.py: error: {d}: not a folder")
    sys.path.insert(0, eval_dir)
    import kg_score as score  # noqa: E402  (the scorer's own matching rules)

    stems = sorted(f[:-4] for f in os.listdir(gold_dir)
                   if f.endswith(".tsv") and not f.endswith(".entities.tsv"))
    counts = {"triple": [0, 0, 0, 0], "pair": [0, 0, 0, 0]}  # both, only A, only B, neither
    listing = []
    for stem in stems:
        gold = score.Gold(gold_dir, stem)
        runs = []
        for d in (args.a_dir, args.b_dir):
            path = os.path.join(d, stem + ".jsonl")
            if not os.path.isfile(path):
                sys.exit(f"news_compare.py: error: {path}: missing (run news_eval.sh BUILD {d})")
            runs.append(hits(score, gold, score.load_system(path)))
        for (ga, gr, go), a, b in zip(gold.triples, runs[0], runs[1]):
            for k, name in ((0, "triple"), (1, "pair")):
                slot = 0 if a[k] and b[k] else 1 if a[k] else 2 if b[k] else 3
                counts[name][slot] += 1
                if k == 0 and slot in (1, 2):
                    listing.append((stem, "A" if slot == 1 else "B", f"{ga} | {gr} | {go}"))
    total = sum(counts["triple"])
    print(f"gold triples {total}; A = {args.a_dir}, B = {args.b_dir}")
    for name, (both, only_a, only_b, _) in counts.items():
        print(f"{name:6s} recall A {(both + only_a) / total:.3f}  B {(both + only_b) / total:.3f}  "
              f"both {both}  only A {only_a}  only B {only_b}  "
              f"sign test p = {sign_test(only_a, only_b):.3f}")
    if args.list:
        for stem, who, triple in listing:
            print(f"only {who}  {stem}: {triple}")


if __name__ == "__main__":
    main()
