#pragma once
// Where the trained NLP models live: $KG_MODELS when set, else the models/ folder of the source
// tree this kg was built from.

#include <string>

namespace kg::ingest::nlp {

/// The model directory. Example: `Pipeline::load(defaultModelDir())`.
std::string defaultModelDir();

} // namespace kg::ingest::nlp
