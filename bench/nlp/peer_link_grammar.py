#!/usr/bin/env python3
"""Side-by-side check of kg's tagger against Debian's link-grammar parser on EWT sentences.

link-grammar is a parser, not a tagger, but its dictionary marks many words with a part-of-speech
subscript (chips.n, banned.v-d, unsafe.a, quickly.e). On the words where it does, both systems are
scored on four coarse classes (NOUN incl. PROPN, VERB incl. AUX, ADJ, ADV) against the gold UPOS,
over the same gold tokens. Also prints each system's words per second.

Limits: link-grammar re-tokenizes and guesses unknown words without a subscript, and its output
for a line can cover more or fewer words than the gold sentence, so only a small share of the
words can be compared (first run: 122 of 5,224 words of 300 test sentences); read the result as
indicative, not as a score.

Usage: peer_link_grammar.py KG_BINARY FILE.conllu [MAX_SENTENCES]
Needs: apt-get install link-grammar link-grammar-dictionaries-en
"""
import json
import os
import re
import subprocess
import sys
import tempfile
import time

COARSE_GOLD = {"NOUN": "N", "PROPN": "N", "VERB": "V", "AUX": "V", "ADJ": "A", "ADV": "R"}
COARSE_LG = {"n": "N", "s": "N", "p": "N", "g": "N", "v": "V", "a": "A", "e": "R"}


def read_conllu(path, limit):
    sentences, words = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                if words:
                    sentences.append(words)
                    words = []
                    if len(sentences) >= limit:
                        break
                continue
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if "-" in cols[0] or "." in cols[0]:
                continue
            words.append((cols[1], cols[3]))
    if words and len(sentences) < limit:
        sentences.append(words)
    return sentences


def link_grammar(sentences):
    """Returns per sentence the list of link-grammar words (form, subscript or None)."""
    text = "\n".join(" ".join(w for w, _ in s) for s in sentences) + "\n"
    env = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8")
    start = time.perf_counter()
    out = subprocess.run(
        ["link-parser", "en", "-postscript=1", "-graphics=0", "-verbosity=0", "-limit=1",
         "-timeout=2"],
        input=text, capture_output=True, text=True, env=env, check=False).stdout
    seconds = time.perf_counter() - start
    parsed = []
    block = None
    for line in out.splitlines():
        # The word list starts with "[(LEFT-WALL)" and may wrap over several lines; it ends
        # with ")]". Words can contain parentheses: "(()" is the word "(".
        if block is None and line.startswith("[(LEFT-WALL)"):
            block = line
        elif block is not None:
            block += line
        if block is not None and block.endswith(")]"):
            inner = block[2:-2]
            block = None
            words = []
            for t in inner.split(")("):
                if t in ("LEFT-WALL", "RIGHT-WALL"):
                    continue
                m = re.match(r"^(.+)\.([a-z])(?:[-a-z]*)$", t)
                words.append((m.group(1), m.group(2)) if m else (t, None))
            parsed.append(words)
    return parsed, seconds


def main():
    if len(sys.argv) < 3:
        print(__doc__)
        return 2
    kg, conllu = sys.argv[1], sys.argv[2]
    limit = int(sys.argv[3]) if len(sys.argv) > 3 else 500
    sentences = read_conllu(conllu, limit)
    tokens = sum(len(s) for s in sentences)
    with tempfile.TemporaryDirectory() as tmp:
        subset = os.path.join(tmp, "subset.conllu")
        with open(subset, "w", encoding="utf-8") as f:
            for s in sentences:
                for i, (form, upos) in enumerate(s, 1):
                    f.write(f"{i}\t{form}\t_\t{upos}\t_\t_\t_\t_\t_\t_\n")
                f.write("\n")
        predicted_path = os.path.join(tmp, "pred.conllu")
        start = time.perf_counter()
        result = subprocess.run([kg, "eval", "tagger", subset, "--output", predicted_path],
                                capture_output=True, text=True, check=True)
        kg_seconds = time.perf_counter() - start
        kg_scores = json.loads(result.stdout)
        kg_tags = [[w[1] for w in s] for s in read_conllu(predicted_path, limit)]
    parsed, lg_seconds = link_grammar(sentences)
    compared = lg_right = kg_right = aligned = 0
    for gold, pred, lg in zip(sentences, kg_tags, parsed):
        # Walk both word lists; a gold word pairs with the next link-grammar word of the same
        # (lowercased) spelling within a short window, so split or merged words are skipped.
        bases = [(re.sub(r"\[!?\]$", "", w).strip("[]").lower(), sub) for w, sub in lg]
        at = 0
        matched = False
        for (form, upos), mine in zip(gold, pred):
            for k in range(at, min(at + 3, len(bases))):
                if bases[k][0] == form.lower():
                    at = k + 1
                    sub = bases[k][1]
                    matched = True
                    if sub in COARSE_LG:
                        compared += 1
                        g = COARSE_GOLD.get(upos, "O")
                        lg_right += COARSE_LG[sub] == g
                        kg_right += COARSE_GOLD.get(mine, "O") == g
                    break
        aligned += matched
    print(json.dumps({
        "sentences": len(sentences), "tokens": tokens,
        "sentences_with_matches": aligned, "compared_words": compared,
        "link_grammar_coarse_acc": round(lg_right / compared, 4) if compared else None,
        "kg_coarse_acc_same_words": round(kg_right / compared, 4) if compared else None,
        "kg_upos_all_words": kg_scores["upos"],
        "link_grammar_words_per_s": round(tokens / lg_seconds),
        "kg_words_per_s_incl_process_start": round(tokens / kg_seconds),
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
