// Times the English NLP pipeline on a CoNLL-U file: model load, tokenizer on the joined
// `# text` lines, tagger and lemmatizer on gold tokens, each single-threaded.
// Usage: nlp_bench FILE.conllu [MODEL_DIR]

#include "ingest/nlp/conllu.h"
#include "ingest/nlp/lemmatizer.h"
#include "ingest/nlp/model_path.h"
#include "ingest/nlp/tagger.h"
#include "ingest/nlp/tokenizer.h"

#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>

using namespace kg::ingest::nlp;

namespace {

double since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// Process CPU seconds: on a shared machine this, not wall time, says what one core can do.
double cpuSince(std::clock_t start) {
    return static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC;
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: nlp_bench FILE.conllu [MODEL_DIR]\n";
        return 2;
    }
    const std::string dir = argc > 2 ? argv[2] : defaultModelDir();
    std::ifstream in(argv[1]);
    const auto gold = readConllu(in, argv[1]).sentences;
    std::size_t tokens = 0;
    std::string text;
    for (const Sentence& s : gold) {
        tokens += s.tokens.size();
        text += s.text;
        text += ' ';
    }
    auto start = std::chrono::steady_clock::now();
    std::clock_t cpuStart = std::clock();
    const Tagger tagger = Tagger::load(dir + "/tagger.bin");
    const double taggerLoad = since(start);
    const double taggerLoadCpu = cpuSince(cpuStart);
    start = std::chrono::steady_clock::now();
    const Lemmatizer lemmatizer = Lemmatizer::load(dir + "/lemmatizer.bin");
    const double lemmaLoad = since(start);

    constexpr int ROUNDS = 3;
    std::vector<Sentence> work = gold;
    start = std::chrono::steady_clock::now();
    cpuStart = std::clock();
    for (int r = 0; r < ROUNDS; ++r) {
        for (Sentence& s : work) {
            tagger.tag(s);
        }
    }
    const double tagSeconds = since(start) / ROUNDS;
    const double tagCpu = cpuSince(cpuStart) / ROUNDS;
    start = std::chrono::steady_clock::now();
    cpuStart = std::clock();
    for (int r = 0; r < ROUNDS; ++r) {
        for (Sentence& s : work) {
            lemmatizer.lemmatize(s);
        }
    }
    const double lemmaSeconds = since(start) / ROUNDS;
    const double lemmaCpu = cpuSince(cpuStart) / ROUNDS;
    start = std::chrono::steady_clock::now();
    std::size_t produced = 0;
    for (int r = 0; r < ROUNDS; ++r) {
        produced = 0;
        for (const Sentence& s : tokenize(text)) {
            produced += s.tokens.size();
        }
    }
    const double tokenizeSeconds = since(start) / ROUNDS;
    const auto size = [](const std::string& p) {
        return static_cast<double>(std::filesystem::file_size(p)) / 1e6;
    };
    std::printf("{\"tokens\":%zu,\"tagger_load_s\":%.3f,\"lemmatizer_load_s\":%.3f,"
                "\"tagger_mb\":%.2f,\"lemmatizer_mb\":%.2f,\"tag_tokens_per_s\":%.0f,"
                "\"lemma_tokens_per_s\":%.0f,\"tag_lemma_tokens_per_s\":%.0f,"
                "\"tokenize_tokens_per_s\":%.0f,\"tagger_load_cpu_s\":%.3f,"
                "\"tag_lemma_tokens_per_cpu_s\":%.0f}\n",
                tokens, taggerLoad, lemmaLoad, size(dir + "/tagger.bin"),
                size(dir + "/lemmatizer.bin"), double(tokens) / tagSeconds,
                double(tokens) / lemmaSeconds, double(tokens) / (tagSeconds + lemmaSeconds),
                double(produced) / tokenizeSeconds, taggerLoadCpu,
                double(tokens) / (tagCpu + lemmaCpu));
    return 0;
}
