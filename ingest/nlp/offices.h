#pragma once

// Words of public offices that both the pipeline's tag repairs and the entity reader know.

#include "ingest/nlp/tree_walk.h"

#include <string_view>

namespace kg::ingest::nlp {

/// Whether `lowerWord` (lower case) is the field of an office named before its title:
/// "Commerce Secretary", "Trade Minister", "Trade Representative".
inline bool officeField(std::string_view lowerWord) {
    return isOneOf(lowerWord,
                   {"trade", "commerce", "finance", "foreign", "defense", "defence", "energy",
                    "economy", "industry", "interior", "justice", "health", "agriculture",
                    "education", "transport", "treasury", "labor", "labour", "home"});
}

/// Whether `lowerWord` (lower case) is the title of an office that a field can precede and a
/// name follow: "Trade Representative Katherine Tai", "Commerce Secretary Gina Raimondo".
inline bool officeTitle(std::string_view lowerWord) {
    return isOneOf(lowerWord, {"representative", "secretary", "minister", "commissioner",
                               "ambassador", "envoy"});
}

} // namespace kg::ingest::nlp
