#pragma once
// The shipped NLP models and gazetteer (models/), loaded once per test binary: the entity and
// article tests run the real pipeline.

#include "ingest/article/gazetteer.h"
#include "ingest/nlp/pipeline.h"
#include "ingest/openie/extractor.h"

#include <vector>

namespace kg::ingest::resolve::testing {

struct ShippedModels {
    nlp::Pipeline pipeline = nlp::Pipeline::load(KG_SOURCE_DIR "/models");
    openie::Extractor extractor;
    article::Gazetteer gazetteer;
    ShippedModels() {
        std::vector<Diagnostic> diagnostics;
        gazetteer.loadFile(KG_SOURCE_DIR "/models/gazetteer.tsv", diagnostics);
        gazetteer.loadGivenNamesFile(KG_SOURCE_DIR "/models/given_names.txt", diagnostics);
    }
};

inline const ShippedModels& models() {
    static const ShippedModels m;
    return m;
}

} // namespace kg::ingest::resolve::testing
