#include "cli/commands.h"
#include "cli/treebank.h"

#include "ingest/input.h"
#include "ingest/nlp/conllu.h"
#include "ingest/nlp/lemmatizer.h"
#include "ingest/nlp/model_path.h"
#include "ingest/nlp/pipeline.h"
#include "ingest/nlp/tagger.h"
#include "ingest/nlp/tokenizer.h"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

namespace kg::cli {

namespace {

using namespace kg::ingest;
using namespace kg::ingest::nlp;

std::string readAll(const std::string& path, std::istream& stdinStream) {
    if (path == "-") {
        std::ostringstream buffer;
        buffer << stdinStream.rdbuf();
        return std::move(buffer).str();
    }
    std::ifstream in;
    if (const std::optional<std::string> problem = openInputFile(path, in)) {
        throw CommandError{EXIT_INPUT, path + ": " + *problem};
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return std::move(buffer).str();
}

struct TrainTaggerOptions {
    std::string train;
    std::string dev;
    std::string output;
    int iterations = 10;
    std::uint64_t seed = 1;
    int folds = 4;
    std::string wordnet = "/usr/share/wordnet";
};

void registerTrainTagger(CLI::App& app, Context& context) {
    CLI::App& train = commandGroup(app, "train", "Train a model from a treebank");
    auto opts = std::make_shared<TrainTaggerOptions>();
    CLI::App* cmd = train.add_subcommand("tagger", "Train the part-of-speech tagger (CoNLL-U)");
    cmd->add_option("--train", opts->train, "Training treebank (CoNLL-U)")->required();
    cmd->add_option("--dev", opts->dev, "Development treebank; accuracy printed at the end");
    cmd->add_option("-o,--output", opts->output, "Model file to write")->required();
    cmd->add_option("--iterations", opts->iterations, "Passes over the data")
        ->capture_default_str()
        ->check(CLI::Range(1, 100));
    cmd->add_option("--seed", opts->seed, "Shuffling seed")->capture_default_str();
    cmd->add_option("--folds", opts->folds, "Jack-knife folds for the second pass (0 = one pass)")
        ->capture_default_str()
        ->check(CLI::Range(0, 20));
    cmd->add_option("--wordnet", opts->wordnet,
                    "WordNet folder (index.*, *.exc) for word-class features; '' = none")
        ->capture_default_str();
    cmd->callback([opts, &context] {
        const auto sentences = readTreebank(opts->train, context);
        std::vector<Sentence> dev;
        if (!opts->dev.empty()) {
            dev = readTreebank(opts->dev, context);
        }
        TaggerOptions options;
        options.iterations = opts->iterations;
        options.seed = opts->seed;
        options.folds = opts->folds == 1 ? 0 : opts->folds;
        options.wordnetDir = wordnetOrNone(opts->wordnet, "word classes", context);
        options.log = &context.io.err;
        const auto start = std::chrono::steady_clock::now();
        const Tagger tagger = Tagger::train(sentences, options);
        tagger.save(opts->output);
        context.io.err << "trained in " << number(secondsSince(start)) << " s, "
                       << tagger.featureCount() << " feature rows, " << tagger.weightCount()
                       << " weights, wrote " << opts->output << "\n";
        if (!dev.empty()) {
            const TaggerAccuracy acc = tagger.evaluate(dev);
            context.io.out << "{\"tokens\":" << acc.tokens << ",\"upos\":" << number(acc.upos())
                           << ",\"xpos\":" << number(acc.xpos()) << "}\n";
        }
    });
}

struct TrainLemmatizerOptions {
    std::string train;
    std::string dev;
    std::string output;
    std::string wordnet = "/usr/share/wordnet";
};

void registerTrainLemmatizer(CLI::App& app, Context& context) {
    CLI::App& train = commandGroup(app, "train", "Train a model from a treebank");
    auto opts = std::make_shared<TrainLemmatizerOptions>();
    CLI::App* cmd = train.add_subcommand("lemmatizer", "Learn the lemmatizer (CoNLL-U)");
    cmd->add_option("--train", opts->train, "Training treebank (CoNLL-U)")->required();
    cmd->add_option("--dev", opts->dev, "Development treebank; gold-tag accuracy printed");
    cmd->add_option("-o,--output", opts->output, "Model file to write")->required();
    cmd->add_option(
           "--wordnet", opts->wordnet,
           "Folder with WordNet's *.exc irregular forms and index.verb (known verbs); '' = none")
        ->capture_default_str();
    cmd->callback([opts, &context] {
        const auto sentences = readTreebank(opts->train, context);
        const std::string wordnet = wordnetOrNone(opts->wordnet, "WordNet exceptions", context);
        const Lemmatizer lemmatizer = Lemmatizer::train(sentences, wordnet);
        lemmatizer.save(opts->output);
        context.io.err << lemmatizer.entryCount() << " entries, wrote " << opts->output << "\n";
        if (!opts->dev.empty()) {
            const auto dev = readTreebank(opts->dev, context);
            const LemmaAccuracy acc = lemmatizer.evaluate(dev, dev);
            context.io.out << "{\"tokens\":" << acc.tokens
                           << ",\"lemma_gold_tags\":" << number(acc.accuracy()) << "}\n";
        }
    });
}

struct EvalTaggerOptions {
    std::string file;
    std::string model;
    std::string lemmatizer;
    std::string output;
};

void registerEvalTagger(CLI::App& app, Context& context) {
    CLI::App& eval = commandGroup(app, "eval", "Score a model against a gold treebank");
    auto opts = std::make_shared<EvalTaggerOptions>();
    CLI::App* cmd = eval.add_subcommand(
        "tagger", "Tag and lemmatize gold-tokenized CoNLL-U, print accuracy as JSON");
    cmd->add_option("file", opts->file, "Gold treebank (CoNLL-U)")->required();
    cmd->add_option("--model", opts->model, "Tagger model (default: MODELS/tagger.bin)");
    cmd->add_option("--lemmatizer", opts->lemmatizer,
                    "Lemmatizer model (default: lemmatizer.bin beside the tagger model)");
    cmd->add_option("--output", opts->output, "Also write the predicted CoNLL-U to this file");
    cmd->callback([opts, &context] {
        const auto gold = readTreebank(opts->file, context);
        const std::string model =
            opts->model.empty() ? defaultModelDir() + "/tagger.bin" : opts->model;
        const std::string lemmaModel =
            opts->lemmatizer.empty()
                ? (std::filesystem::path(model).parent_path() / "lemmatizer.bin").string()
                : opts->lemmatizer;
        const Tagger tagger = Tagger::load(model);
        const Lemmatizer lemmatizer = Lemmatizer::load(lemmaModel);
        std::vector<Sentence> predicted = gold;
        for (Sentence& s : predicted) {
            for (Token& t : s.tokens) {
                t.upos.clear();
                t.xpos.clear();
                t.lemma.clear();
            }
        }
        const auto start = std::chrono::steady_clock::now();
        for (Sentence& s : predicted) {
            tagger.tag(s);
            lemmatizer.lemmatize(s);
        }
        const double seconds = secondsSince(start);
        std::size_t tokens = 0;
        std::size_t upos = 0;
        std::size_t xpos = 0;
        std::size_t lemma = 0;
        for (std::size_t s = 0; s < gold.size(); ++s) {
            for (std::size_t i = 0; i < gold[s].tokens.size(); ++i) {
                const Token& g = gold[s].tokens[i];
                const Token& p = predicted[s].tokens[i];
                ++tokens;
                upos += g.upos == p.upos ? 1 : 0;
                xpos += g.xpos == p.xpos ? 1 : 0;
                lemma += g.lemma == p.lemma ? 1 : 0;
            }
        }
        if (!opts->output.empty()) {
            writeTreebank(opts->output, predicted);
        }
        const auto share = [&](std::size_t n) { return number(double(n) / double(tokens)); };
        context.io.out << "{\"tokens\":" << tokens << ",\"upos\":" << share(upos)
                       << ",\"xpos\":" << share(xpos) << ",\"lemma\":" << share(lemma)
                       << ",\"tokens_per_s\":"
                       << static_cast<long long>(seconds > 0 ? double(tokens) / seconds : 0)
                       << "}\n";
    });
}

void registerEvalTokenizer(CLI::App& app, Context& context) {
    CLI::App& eval = commandGroup(app, "eval", "Score a model against a gold treebank");
    auto file = std::make_shared<std::string>();
    CLI::App* cmd = eval.add_subcommand(
        "tokenizer", "Tokenize the # text lines of a treebank, print token/sentence F1 as JSON");
    cmd->add_option("file", *file, "Gold treebank (CoNLL-U)")->required();
    cmd->callback([file, &context] {
        const auto gold = readTreebank(*file, context);
        const auto start = std::chrono::steady_clock::now();
        const TokenizerScores s = evaluateTokenizer(gold);
        const double seconds = secondsSince(start);
        context.io.out << "{\"tokens\":" << s.goldTokens << ",\"token_f1\":" << number(s.tokenF1())
                       << ",\"sentences\":" << s.goldSentences
                       << ",\"sentence_f1\":" << number(s.sentenceF1())
                       << ",\"seconds\":" << number(seconds) << "}\n";
    });
}

struct NlpOptions {
    std::string file = "-";
    std::string format = "conllu";
    std::string models;
};

void registerNlp(CLI::App& app, Context& context) {
    auto opts = std::make_shared<NlpOptions>();
    CLI::App* cmd = app.add_subcommand(
        "nlp", "Tokenize, tag, lemmatize and parse raw English text; print it as CoNLL-U");
    cmd->add_option("file", opts->file, "Text file, or - for standard input")
        ->capture_default_str();
    cmd->add_option("--format", opts->format, "Output format")
        ->check(CLI::IsMember({"conllu"}))
        ->capture_default_str();
    cmd->add_option("--models", opts->models, "Model folder (default $KG_MODELS or models/)");
    cmd->callback([opts, &context] {
        const std::string text = readAll(opts->file, context.io.in);
        const std::string name = opts->file == "-" ? "<stdin>" : opts->file;
        if (const auto problem = nlp::checkText(text, name)) {
            context.io.err << formatDiagnostic(*problem) << "\n";
            context.exitCode = EXIT_INPUT;
            return;
        }
        const Pipeline pipeline =
            Pipeline::load(opts->models.empty() ? defaultModelDir() : opts->models);
        std::vector<Sentence> sentences = pipeline.analyze(text);
        for (std::size_t i = 0; i < sentences.size(); ++i) {
            sentences[i].id = std::to_string(i + 1);
        }
        writeConllu(context.io.out, sentences);
    });
}

} // namespace

void registerNlpCommands(CLI::App& app, Context& context) {
    registerNlp(app, context);
    registerTrainTagger(app, context);
    registerTrainLemmatizer(app, context);
    registerEvalTagger(app, context);
    registerEvalTokenizer(app, context);
}

} // namespace kg::cli
