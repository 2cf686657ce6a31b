#!/usr/bin/python3
# Fits the Open IE confidence weights (ingest/openie/confidence.cpp) on CaRB dev.
# Usage: kg extract --input conllu PARSED.conllu --features feats.tsv > sys.tsv
#        fit_confidence.py sys.tsv feats.tsv cv    (5-fold CV by sentence, writes sys_cv.tsv)
#        fit_confidence.py sys.tsv feats.tsv all   (prints the weights fitted on everything)
# Labels: the best CaRB match precision of each extraction (soft logistic regression).
import sys, math, random, collections
import os
sys.path.insert(0, os.environ.get('KG_SHARED_DIR', os.path.join(os.path.dirname(__file__), '../../../shared')) + '/eval')
import carb_score as cs
gold = cs.key_by_normalised_sentence(cs.read_gold(sys.path[0] + '/carb/dev_gold.tsv'))
lines = [l.rstrip('\n') for l in open(sys.argv[1]) if l.strip()]
feats = [l.rstrip('\n').split('\t') for l in open(sys.argv[2])]
assert len(lines) == len(feats)
X=[]; Y=[]; K=[]; P=[]
for line, f in zip(lines, feats):
    parts = line.strip().split('\t')
    sent, conf, rel, args = parts[0], float(parts[1]), parts[2], parts[3:]
    k = cs.sentence_key(sent)
    t = cs.Tuple(rel, args, conf) if hasattr(cs,'Tuple') else None
    g = gold.get(k, [])
    best = max((cs.match_score(x, t)[0] for x in g), default=0.0)
    X.append([float(v) for v in f[1:]]); Y.append(best); K.append(k); P.append(f[0])
n=len(X[0])
# per pattern stats
st=collections.defaultdict(list)
for p,y in zip(P,Y): st[p].append(y)
for p,v in sorted(st.items()): print(f'{p:16s} n={len(v):4d} mean best precision={sum(v)/len(v):.3f}')
def train(idx, l2=0.003, epochs=600, lr=1.0):
    w=[0.0]*n
    for e in range(epochs):
        g=[0.0]*n
        for i in idx:
            z=sum(a*b for a,b in zip(w,X[i])); z=max(-30,min(30,z)); p=1/(1+math.exp(-z))
            d=p-Y[i]
            for j in range(n): g[j]+=d*X[i][j]
        for j in range(n): w[j]-=lr*(g[j]/len(idx)+l2*w[j]*(j>0))
    return w
def score(w,x):
    z=sum(a*b for a,b in zip(w,x)); return 1/(1+math.exp(-max(-30,min(30,z))))
keys=sorted(set(K)); random.Random(1).shuffle(keys); fold={k:i%5 for i,k in enumerate(keys)}
mode=sys.argv[3]
if mode=='cv':
    out=[0]*len(X)
    for f in range(5):
        w=train([i for i in range(len(X)) if fold[K[i]]!=f])
        for i in range(len(X)):
            if fold[K[i]]==f: out[i]=score(w,X[i])
    with open('sys_cv.tsv','w') as fh:
        for line,c in zip(lines,out):
            parts=line.strip().split('\t'); parts[1]=f'{c:.4f}'; fh.write('\t'.join(parts)+'\n')
else:
    w=train(list(range(len(X))))
    print(', '.join(f'{v:.3f}' for v in w))
