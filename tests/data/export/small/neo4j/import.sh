#!/bin/sh
# Imports nodes.csv and relationships.csv (next to this script) into a new, empty
# database with neo4j-admin (Neo4j 5.19 or later). Stop the database first.
# Usage: sh import.sh [DATABASE] [--overwrite-destination]   (default: neo4j)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
database=${1:-neo4j}
if [ $# -gt 0 ]; then shift; fi
neo4j-admin database import full "$database" \
    --nodes="$here/nodes.csv" \
    --relationships="$here/relationships.csv" \
    --delimiter=',' --quote='"' --array-delimiter=';' \
    --multiline-fields=true \
    "$@"
