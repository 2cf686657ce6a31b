#include "ingest/nlp/model_path.h"

#include <cstdlib>

#ifndef KG_DEFAULT_MODEL_DIR
#error "KG_DEFAULT_MODEL_DIR must be defined by the build"
#endif

namespace kg::ingest::nlp {

std::string defaultModelDir() {
    if (const char* env = std::getenv("KG_MODELS"); env != nullptr && *env != '\0') {
        return env;
    }
    return KG_DEFAULT_MODEL_DIR;
}

} // namespace kg::ingest::nlp
