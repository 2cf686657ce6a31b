#pragma once
// Names that exports give to entities and relations: stable across runs and independent of
// insertion order (they depend only on names), safe in IRIs, CSV ids and Neo4j types.

#include "graph/knowledge_graph.h"

#include <string>
#include <string_view>

namespace kg::exporters {

/// "<ascii-slug>-<8 hex of a 64-bit FNV-1a of the normalised name>", e.g. "nvidia-5c2e0f3a".
/// The slug is lower-case letters, digits and dashes (at most 40 characters, may be empty, then
/// the key is "e-<hash>"). Two entities of one graph never share a normalised name, so keys are
/// unique unless the 32-bit hashes collide (checked by the exporters that need uniqueness).
std::string entityKey(std::string_view name);

/// Percent-encodes a relation for an IRI path segment: spaces become '_', unreserved ASCII is
/// kept, every other byte is %XX. Example: relationSlug("ban sale of") == "ban_sale_of".
std::string relationSlug(std::string_view relation);

/// A Neo4j relationship type: ASCII upper-cased, runs of other ASCII characters as one '_',
/// non-ASCII UTF-8 kept, "NOT_" prefixed when negated, "RELATED_TO" when nothing is left.
/// Example: relationType("ban sale of", false) == "BAN_SALE_OF".
std::string relationType(std::string_view relation, bool negated);

/// A statement's stable key: 16 hex digits of a hash of both entity keys, the normalised
/// relation and the negation. Example: statementKey("CAC", "summon", "Nvidia", false).
std::string statementKey(std::string_view subject, std::string_view relation,
                         std::string_view object, bool negated);

/// 16 hex digits of the FNV-1a 64-bit hash of `text`.
std::string hashHex(std::string_view text);

} // namespace kg::exporters
