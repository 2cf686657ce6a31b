// Loads nodes.csv and relationships.csv into a running Neo4j 5 database.
// Copy both files into the server's import directory, then run:
//   cypher-shell -f load.cypher
// Every value comes from a CSV field or a parameter, never from the query text.
// Labels cannot be parameters: each node gets :Entity plus a label chosen by a fixed
// CASE on its type; relationships get the fixed type :RELATION with the import type in
// `type` and the original relation in `relation`.
// A value with a backslash right before a quote needs the server setting
// dbms.import.csv.legacy_quote_escaping=false (the files use RFC 4180 quoting).
:param nodesFile => 'file:///nodes.csv';
:param relationshipsFile => 'file:///relationships.csv';
:param arrayDelimiter => ';';

CREATE CONSTRAINT kg_entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;

LOAD CSV WITH HEADERS FROM $nodesFile AS row
MERGE (e:Entity {id: row.`id:ID`})
SET e.name = row.name,
    e.type = row.type,
    e.aliases = CASE WHEN row.`aliases:string[]` IS NULL THEN []
                ELSE split(row.`aliases:string[]`, $arrayDelimiter) END
FOREACH (_ IN CASE WHEN row.type = 'ORG' THEN [1] ELSE [] END | SET e:Organization)
FOREACH (_ IN CASE WHEN row.type = 'PERSON' THEN [1] ELSE [] END | SET e:Person)
FOREACH (_ IN CASE WHEN row.type = 'GPE' THEN [1] ELSE [] END | SET e:Place)
FOREACH (_ IN CASE WHEN row.type = 'PRODUCT' THEN [1] ELSE [] END | SET e:Product)
FOREACH (_ IN CASE WHEN row.type = 'LAW' THEN [1] ELSE [] END | SET e:Law)
FOREACH (_ IN CASE WHEN row.type = 'EVENT' THEN [1] ELSE [] END | SET e:Event)
FOREACH (_ IN CASE WHEN row.type = 'CONCEPT' THEN [1] ELSE [] END | SET e:Concept)
FOREACH (_ IN CASE WHEN row.type = 'OTHER' THEN [1] ELSE [] END | SET e:Other)
;

LOAD CSV WITH HEADERS FROM $relationshipsFile AS row
MATCH (s:Entity {id: row.`:START_ID`})
MATCH (o:Entity {id: row.`:END_ID`})
MERGE (s)-[r:RELATION {id: row.id}]->(o)
SET r.type = row.`:TYPE`,
    r.relation = row.relation,
    r.negated = (row.`negated:boolean` = 'true'),
    r.confidence = toFloat(row.`confidence:float`),
    r.time = row.time,
    r.evidence_count = toInteger(row.`evidence_count:int`),
    r.documents = CASE WHEN row.`documents:string[]` IS NULL THEN []
                  ELSE split(row.`documents:string[]`, $arrayDelimiter) END,
    r.evidence = row.evidence;
