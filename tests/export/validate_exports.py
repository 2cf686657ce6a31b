"""Validates every export format of the adversarial test graph with real parsers.

Usage: validate_exports.py EXPORT_TOOL OUTDIR
Runs EXPORT_TOOL OUTDIR (which writes graph.dot/.svg/.png/.jsonld/.graphml, neo4j/ and
manifest.json, the graph's raw content), then checks: `dot -Tsvg` accepts the DOT with the right
node and edge counts; the SVG parses as XML; the PNG has its signature; rdflib reads the JSON-LD
with the exact expected number of triples and the names; Python's csv reads the Neo4j files with
the right headers, rows, names and aliases; networkx reads the GraphML. Exits 77 (skip) when
dot, rdflib or networkx is missing, 1 on the first failed check.
"""

import csv
import json
import os
import re
import shutil
import subprocess
import sys
import urllib.parse
import xml.etree.ElementTree as ET

SKIP = 77
SVG_NS = "{http://www.w3.org/2000/svg}"


def fail(message):
    print("FAIL: " + message)
    sys.exit(1)


def check(condition, message):
    if not condition:
        fail(message)


def relation_slug(relation):
    if relation == "":
        return "related_to"
    return urllib.parse.quote(relation.replace(" ", "_"), safe="-._~")


def svg_counts(svg_text):
    root = ET.fromstring(svg_text)
    nodes = edges = 0
    titles = []
    for g in root.iter(SVG_NS + "g"):
        cls = g.get("class")
        if cls == "node":
            nodes += 1
            titles.append(g.find(SVG_NS + "title").text)
        elif cls == "edge":
            edges += 1
    return nodes, edges, titles


def check_dot(out, manifest):
    entities = manifest["entities"]
    pairs = {(a["subject"], a["object"]) for a in manifest["assertions"]}
    types = {e["type"] for e in entities}
    legend = len(types) if len(types) > 1 else 0
    result = subprocess.run(["dot", "-Tsvg", os.path.join(out, "graph.dot")],
                            capture_output=True, timeout=120)
    check(result.returncode == 0, "dot -Tsvg failed: " + result.stderr.decode(errors="replace"))
    nodes, edges, titles = svg_counts(result.stdout)
    check(nodes == len(entities) + legend,
          "dot: %d nodes, expected %d" % (nodes, len(entities) + legend))
    check(edges == len(pairs), "dot: %d edges, expected %d" % (edges, len(pairs)))
    check(sum(1 for t in titles if t.startswith("legend_")) == legend, "dot: legend nodes")

    with open(os.path.join(out, "graph.svg"), "rb") as f:
        nodes, edges, _ = svg_counts(f.read())
    check(nodes == len(entities) + legend and edges == len(pairs),
          "svg: %d nodes / %d edges" % (nodes, edges))
    with open(os.path.join(out, "graph.png"), "rb") as f:
        check(f.read(8) == b"\x89PNG\r\n\x1a\n", "png: bad signature")


def expected_triples(manifest):
    count = 0
    for e in manifest["entities"]:
        count += 3 + len(set(e["aliases"]))  # @type, entityType, name, alternateName
    direct = set()
    for a in manifest["assertions"]:
        prefix = "notrel/" if a["negated"] else "rel/"
        direct.add((a["subject"], prefix + relation_slug(a["relation"]), a["object"]))
        # @type, subject, predicate, object, relation, negated, confidence
        count += 7 + (a["time"] != "") + (a["modality"] != "")
        for ev in a["evidence"]:
            count += 2  # the evidence link and its confidence
            count += 1  # document
            count += ev["sentence"] >= 0
            count += 2 * (ev["start"] >= 0 and ev["end"] >= 0)
            count += ev["text"] != ""
            count += ev["source"] != ""
            count += ev["relationText"] != ""
    return count + len(direct)


def check_jsonld(out, manifest):
    import rdflib

    g = rdflib.Graph()
    g.parse(os.path.join(out, "graph.jsonld"), format="json-ld")
    expected = expected_triples(manifest)
    check(len(g) == expected, "jsonld: %d triples, expected %d" % (len(g), expected))
    schema = rdflib.Namespace("https://schema.org/")
    names = sorted(str(o) for o in g.objects(None, schema.name))
    check(names == sorted(e["name"] for e in manifest["entities"]), "jsonld: names differ")
    aliases = sorted(str(o) for o in g.objects(None, schema.alternateName))
    check(aliases == sorted(a for e in manifest["entities"] for a in e["aliases"]),
          "jsonld: aliases differ")
    rdf = rdflib.RDF
    statements = list(g.subjects(rdf.type, rdf.Statement))
    check(len(statements) == len(manifest["assertions"]), "jsonld: statement count")
    relations = sorted(str(o) for o in g.objects(None, rdflib.URIRef("https://kg.invalid/vocab/relation")))
    check(relations == sorted(a["relation"] for a in manifest["assertions"]),
          "jsonld: relations differ")
    # Serialising to N-Triples must work (every IRI is valid).
    nt = g.serialize(format="nt")
    check(len([line for line in nt.splitlines() if line.strip()]) == expected,
          "jsonld: N-Triples line count")


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.reader(f, strict=True))


def check_neo4j(out, manifest):
    folder = os.path.join(out, "neo4j")
    with open(os.path.join(folder, "import.sh"), encoding="utf-8") as f:
        script = f.read()
    check("neo4j-admin database import full" in script, "neo4j: import command")
    match = re.search(r"--array-delimiter='([^']+)'", script)
    check(match is not None, "neo4j: array delimiter")
    delimiter = "\x1f" if match.group(1) == "U+001F" else match.group(1)

    nodes = read_csv(os.path.join(folder, "nodes.csv"))
    check(nodes[0] == ["id:ID", ":LABEL", "name", "type", "aliases:string[]"], "neo4j: nodes header")
    check(len(nodes) - 1 == len(manifest["entities"]), "neo4j: node rows")
    check(all(len(row) == 5 for row in nodes), "neo4j: node field counts")
    by_name = {row[2]: row for row in nodes[1:]}
    for e in manifest["entities"]:
        row = by_name.get(e["name"])
        check(row is not None, "neo4j: name lost: %r" % e["name"])
        aliases = row[4].split(delimiter) if row[4] else []
        check(aliases == e["aliases"], "neo4j: aliases of %r: %r" % (e["name"], aliases))
        check(row[3] == e["type"], "neo4j: type of %r" % e["name"])
    ids = {row[0] for row in nodes[1:]}
    check(len(ids) == len(nodes) - 1, "neo4j: duplicate ids")

    rels = read_csv(os.path.join(folder, "relationships.csv"))
    header = [":START_ID", ":END_ID", ":TYPE", "id", "relation", "negated:boolean",
              "confidence:float", "time", "evidence_count:int", "documents:string[]", "evidence"]
    check(rels[0] == header, "neo4j: relationships header %r" % rels[0])
    check(len(rels) - 1 == len(manifest["assertions"]), "neo4j: relationship rows")
    id_of = {row[2]: row[0] for row in nodes[1:]}
    expected = sorted((id_of[a["subject"]], id_of[a["object"]], a["relation"],
                       "true" if a["negated"] else "false", str(len(a["evidence"])))
                      for a in manifest["assertions"])
    actual = sorted((r[0], r[1], r[4], r[5], r[8]) for r in rels[1:])
    check(actual == expected, "neo4j: relationships differ")
    for r in rels[1:]:
        check(re.fullmatch("(NOT_)?[A-Z0-9\u0080-\U0010FFFF]+(_[A-Z0-9\u0080-\U0010FFFF]+)*", r[2]) is not None,
              "neo4j: type %r" % r[2])
        float(r[6])

    check_import_script(folder)

    with open(os.path.join(folder, "load.cypher"), encoding="utf-8") as f:
        cypher = f.read()
    for e in manifest["entities"]:
        if len(e["name"]) > 5:
            check(e["name"] not in cypher, "neo4j: a name is spliced into load.cypher")


def check_import_script(folder):
    """Runs import.sh with a stand-in neo4j-admin that prints its arguments, one per line."""
    stub_dir = os.path.join(folder, "..", "fake-bin")
    os.makedirs(stub_dir, exist_ok=True)
    stub = os.path.join(stub_dir, "neo4j-admin")
    with open(stub, "w", encoding="utf-8") as f:
        f.write('#!/bin/sh\nfor a in "$@"; do printf "%s\\n" "$a"; done\n')
    os.chmod(stub, 0o755)
    env = dict(os.environ, PATH=stub_dir + os.pathsep + os.environ.get("PATH", ""))
    result = subprocess.run(["sh", os.path.join(folder, "import.sh"), "my db",
                             "--overwrite-destination"], capture_output=True, text=True,
                            env=env, timeout=30)
    check(result.returncode == 0, "neo4j: import.sh failed: " + result.stderr)
    args = result.stdout.splitlines()
    check(args[:4] == ["database", "import", "full", "my db"], "neo4j: import.sh args %r" % args)
    nodes = [a for a in args if a.startswith("--nodes=")]
    rels = [a for a in args if a.startswith("--relationships=")]
    check(len(nodes) == 1 and os.path.isfile(nodes[0][len("--nodes="):]), "neo4j: --nodes path")
    check(len(rels) == 1 and os.path.isfile(rels[0][len("--relationships="):]),
          "neo4j: --relationships path")
    check(args[-1] == "--overwrite-destination", "neo4j: extra options passed through")


def check_graphml(out, manifest):
    import networkx

    g = networkx.read_graphml(os.path.join(out, "graph.graphml"), force_multigraph=True)
    check(g.number_of_nodes() == len(manifest["entities"]), "graphml: node count")
    check(g.number_of_edges() == len(manifest["assertions"]), "graphml: edge count")
    labels = sorted(data["label"] for _, data in g.nodes(data=True))
    check(labels == sorted(e["name"] for e in manifest["entities"]), "graphml: labels differ")
    relations = sorted(data["relation"] for _, _, data in g.edges(data=True))
    check(relations == sorted(a["relation"] for a in manifest["assertions"]),
          "graphml: relations differ")
    check(g.graph.get("title", "") != "", "graphml: title")


def main():
    if len(sys.argv) != 3:
        print(__doc__)
        return 2
    tool, out = sys.argv[1], sys.argv[2]
    missing = [name for name in ("rdflib", "networkx") if not module_available(name)]
    if shutil.which("dot") is None:
        missing.append("dot")
    if missing:
        print("SKIP: missing " + ", ".join(missing))
        return SKIP
    shutil.rmtree(out, ignore_errors=True)
    result = subprocess.run([tool, out], capture_output=True, text=True, timeout=120)
    check(result.returncode == 0, "export_tool failed: " + result.stderr)
    with open(os.path.join(out, "manifest.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    check(len(manifest["entities"]) > 10 and len(manifest["assertions"]) > 10, "manifest")
    check_dot(out, manifest)
    check_jsonld(out, manifest)
    check_neo4j(out, manifest)
    check_graphml(out, manifest)
    print("OK: %d entities, %d assertions in every format"
          % (len(manifest["entities"]), len(manifest["assertions"])))
    return 0


def module_available(name):
    try:
        __import__(name)
        return True
    except ImportError:
        return False


if __name__ == "__main__":
    sys.exit(main())
