#include "cli/commands.h"
#include "cli/treebank.h"

#include "ingest/nlp/conllu.h"
#include "ingest/nlp/model_path.h"
#include "ingest/nlp/parallel.h"
#include "ingest/nlp/parser.h"
#include "ingest/nlp/tagger.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <sstream>
#include <stdexcept>

namespace kg::cli {

namespace {

using namespace kg::ingest;
using namespace kg::ingest::nlp;

// Replaces the tags of every word with the tagger's.
void retag(std::vector<Sentence>& sentences, const Tagger& tagger) {
    for (Sentence& s : sentences) {
        for (Token& t : s.tokens) {
            t.upos.clear();
            t.xpos.clear();
        }
        tagger.tag(s);
    }
}

std::string accuracyJson(const ParserAccuracy& acc, double tokensPerSecond) {
    return "{\"tokens\":" + std::to_string(acc.tokens) + ",\"uas\":" + number(acc.uas()) +
           ",\"las\":" + number(acc.las()) +
           ",\"tokens_per_s\":" + std::to_string(static_cast<long long>(tokensPerSecond)) + "}";
}

// Trains `count` parsers that differ only in their seed (options.seed, +1, ...), as many at a
// time as there are cores, and averages their weights. Each seed's model is the one `train parser
// --seed S` writes (default pruning); options.pruneBelow prunes their mean. So models trained one
// by one and averaged by `train parser-average` give the same bytes. Each training is deterministic
// and the mean does not depend on which finished first, so neither does the model. Their progress
// lines are kept apart and printed per seed once all are done.
Parser trainAveraged(const std::vector<Sentence>& sentences, const ParserOptions& options,
                     int count, Context& context) {
    const auto n = static_cast<std::size_t>(count);
    std::vector<std::optional<Parser>> parsers(n);
    std::vector<std::ostringstream> logs(n);
    const std::vector<std::exception_ptr> errors = runJobs(n, [&](std::size_t i) {
        ParserOptions own = options;
        own.seed = options.seed + std::uint64_t(i);
        own.pruneBelow = ParserOptions{}.pruneBelow; // as `train parser --seed S` prunes
        own.log = options.log != nullptr ? &logs[i] : nullptr;
        parsers[i] = Parser::train(sentences, own);
    });
    std::vector<Parser> trained;
    for (int i = 0; i < count; ++i) {
        if (options.log != nullptr) {
            std::istringstream lines(logs[std::size_t(i)].str());
            for (std::string line; std::getline(lines, line);) {
                *options.log << "seed " << options.seed + std::uint64_t(i) << ": " << line << "\n";
            }
        }
        if (errors[std::size_t(i)]) {
            std::rethrow_exception(errors[std::size_t(i)]);
        }
        trained.push_back(std::move(*parsers[std::size_t(i)]));
    }
    context.io.err << "averaging " << count << " parsers\n";
    return Parser::average(trained, options.pruneBelow);
}

struct TrainParserOptions {
    std::string train;
    std::string dev;
    std::string output;
    std::string tagger;
    bool goldTags = false;
    int jackknife = 0;
    bool withGold = false;
    bool devEveryPass = false;
    int iterations = 15;
    int beam = 1;
    int liftLabels = ParserOptions{}.liftLabels;
    int average = 1;
    int supertags = 0;
    int supertaggerPasses = 2;
    bool supertaggerTags = false;
    float pruneBelow = ParserOptions{}.pruneBelow;
    std::uint64_t seed = 1;
    std::string wordnet = "/usr/share/wordnet";
};

void registerTrainParser(CLI::App& app, Context& context) {
    CLI::App& train = commandGroup(app, "train", "Train a model from a treebank");
    auto opts = std::make_shared<TrainParserOptions>();
    CLI::App* cmd = train.add_subcommand("parser", "Train the dependency parser (CoNLL-U)");
    cmd->add_option("--train", opts->train, "Training treebank (CoNLL-U)")->required();
    cmd->add_option("--dev", opts->dev, "Development treebank; scores printed as JSON at the end");
    cmd->add_option("-o,--output", opts->output, "Model file to write")->required();
    cmd->add_option("--iterations", opts->iterations, "Passes over the data")
        ->capture_default_str()
        ->check(CLI::Range(1, 100));
    cmd->add_option("--seed", opts->seed, "Shuffling and exploration seed")->capture_default_str();
    cmd->add_option("--beam", opts->beam,
                    "Beam width: 1 trains a greedy parser, more a beam parser (global training)")
        ->capture_default_str()
        ->check(CLI::Range(1, 64));
    cmd->add_option("--lift-labels", opts->liftLabels,
                    "Pseudo-projective labels: the N most frequent kinds of lifted arc get a "
                    "label that parsing decodes back to the non-projective arc (0: none)")
        ->capture_default_str()
        ->check(CLI::Range(0, 60));
    cmd->add_option("--average", opts->average,
                    "Train K parsers on the same data with seeds SEED .. SEED+K-1 (as many at a "
                    "time as there are cores) and keep the mean of their weights")
        ->capture_default_str()
        ->check(CLI::Range(1, 16));
    cmd->add_option(
           "--prune", opts->pruneBelow,
           "Drop weights whose magnitude is below this, in perceptron units (with --average: "
           "from the mean; each seed's model is pruned as by default)")
        ->capture_default_str()
        ->check(CLI::Range(0.0f, 100.0f));
    auto* taggerOption = cmd->add_option(
        "--tagger", opts->tagger, "Train (and score --dev) on this tagger's tags instead of gold");
    auto* goldOption =
        cmd->add_flag("--gold-tags", opts->goldTags, "Train on gold tags (the default)");
    auto* jackknifeOption =
        cmd->add_option("--jackknife", opts->jackknife,
                        "Train on tags from K one-pass taggers, each trained without its fold")
            ->check(CLI::Range(2, 20));
    cmd->add_flag("--with-gold", opts->withGold,
                  "With --jackknife: train on the gold-tagged sentences as well (twice the data)")
        ->needs(jackknifeOption);
    cmd->add_option("--supertags", opts->supertags,
                    "Train a supertagger (each word's label and head side, from the words, and with "
                    "--supertagger-tags their part-of-speech tags) "
                    "into the model and use its guesses as features; training guesses come from "
                    "K jack-knife folds (0 = no supertags)")
        ->capture_default_str()
        ->check(CLI::Range(0, 20) & !CLI::IsMember({1}));
    auto* passesOption =
        cmd->add_option(
               "--supertagger-passes", opts->supertaggerPasses,
               "With --supertags: 2 trains the supertaggers like the part-of-speech tagger "
               "(a second pass that sees the first pass's guesses), 1 trains one pass only "
               "(cheaper to train and to run)")
            ->capture_default_str()
            ->check(CLI::Range(1, 2));
    auto* supertaggerTagsOption =
        cmd->add_flag("--supertagger-tags", opts->supertaggerTags,
                      "With --supertags: the supertagger also reads each word's part-of-speech "
                      "tag (in training the jack-knifed tags, when parsing the tagger's)");
    cmd->add_option("--wordnet", opts->wordnet,
                    "With --jackknife or --supertags: WordNet folder for the taggers' word "
                    "classes; '' = none")
        ->capture_default_str();
    cmd->add_flag("--dev-every-pass", opts->devEveryPass,
                  "Score --dev after every pass (progress on stderr)");
    taggerOption->excludes(goldOption);
    jackknifeOption->excludes(goldOption);
    cmd->callback([opts, passesOption, supertaggerTagsOption, &context] {
        // One check per option for both a missing --supertags and --supertags 0.
        for (const CLI::Option* option : {passesOption, supertaggerTagsOption}) {
            if (opts->supertags == 0 && option->count() > 0) {
                throw CLI::ValidationError(option->get_name(),
                                           "trains supertaggers, so it needs --supertags K (K >= 2)");
            }
        }
        std::vector<Sentence> sentences = readTreebank(opts->train, context);
        std::vector<Sentence> gold;
        if (opts->jackknife > 0) {
            if (opts->withGold) {
                gold = sentences;
            }
            jackknifeTags(sentences, opts->jackknife,
                          wordnetOrNone(opts->wordnet, "word classes", context), context);
        }
        std::shared_ptr<Supertagging> supertags;
        if (opts->supertags > 0) {
            // Before --with-gold adds the gold-tagged copies: a sentence and its copy get the same
            // guesses. Only a supertagger that sees tags reads the (jack-knifed) tags.
            TaggerOptions taggerOptions;
            taggerOptions.wordnetDir = wordnetOrNone(opts->wordnet, "word classes", context);
            taggerOptions.log = &context.io.err;
            taggerOptions.givenTags = opts->supertaggerTags;
            if (opts->supertaggerPasses == 1) {
                taggerOptions.folds = 0;
            }
            const auto start = std::chrono::steady_clock::now();
            supertags = std::make_shared<Supertagging>(
                Parser::trainSupertagger(sentences, opts->supertags, taggerOptions));
            context.io.err << "supertagger trained in " << number(secondsSince(start)) << " s\n";
        }
        if (!gold.empty()) {
            sentences.insert(sentences.end(), gold.begin(), gold.end());
            if (supertags) {
                const std::vector<std::vector<std::string>> once = supertags->training;
                supertags->training.insert(supertags->training.end(), once.begin(), once.end());
            }
        }
        std::vector<Sentence> dev;
        if (!opts->dev.empty()) {
            dev = readTreebank(opts->dev, context);
        }
        if (!opts->tagger.empty()) {
            const Tagger tagger = Tagger::load(opts->tagger);
            if (opts->jackknife == 0) {
                retag(sentences, tagger);
            }
            retag(dev, tagger);
        }
        ParserOptions options;
        options.iterations = opts->iterations;
        options.seed = opts->seed;
        options.beam = opts->beam;
        options.liftLabels = opts->liftLabels;
        options.pruneBelow = opts->pruneBelow;
        options.supertags = supertags;
        options.log = &context.io.err;
        if (opts->devEveryPass) {
            options.dev = &dev;
        }
        const auto start = std::chrono::steady_clock::now();
        const Parser parser = opts->average == 1
                                  ? Parser::train(sentences, options)
                                  : trainAveraged(sentences, options, opts->average, context);
        parser.save(opts->output);
        context.io.err << "trained in " << number(secondsSince(start)) << " s, "
                       << parser.featureCount() << " feature rows, " << parser.weightCount()
                       << " weights, wrote " << opts->output << "\n";
        if (!dev.empty()) {
            const auto evalStart = std::chrono::steady_clock::now();
            const ParserAccuracy acc = parser.evaluate(dev);
            const double seconds = secondsSince(evalStart);
            context.io.out << accuracyJson(acc, seconds > 0 ? double(acc.tokens) / seconds : 0)
                           << "\n";
        }
    });
}

struct AverageParserOptions {
    std::vector<std::string> models;
    std::string output;
    float pruneBelow = ParserOptions{}.pruneBelow;
    float supertaggerPrune = -1.0f;
};

void registerAverageParser(CLI::App& app, Context& context) {
    CLI::App& train = commandGroup(app, "train", "Train a model from a treebank");
    auto opts = std::make_shared<AverageParserOptions>();
    CLI::App* cmd = train.add_subcommand(
        "parser-average",
        "Average the weights of parser models (same labels) trained with different seeds");
    cmd->add_option("models", opts->models, "Parser model files")->required();
    cmd->add_option("-o,--output", opts->output, "Model file to write")->required();
    cmd->add_option("--prune", opts->pruneBelow,
                    "Drop averaged weights whose magnitude is below this, in perceptron units")
        ->capture_default_str()
        ->check(CLI::Range(0.0f, 100.0f));
    cmd->add_option("--supertagger-prune", opts->supertaggerPrune,
                    "Also drop the supertagger's weights whose magnitude is below this "
                    "(default: keep them all)")
        ->check(CLI::Range(0.0f, 100.0f));
    cmd->callback([opts, &context] {
        std::vector<Parser> models;
        for (const std::string& m : opts->models) {
            models.push_back(Parser::load(m));
            if (const std::string why = models.back().averageMismatch(models.front());
                !why.empty()) {
                throw std::runtime_error(m + ": cannot be averaged with " + opts->models.front() +
                                         ": " + why);
            }
        }
        Parser parser = Parser::average(models, opts->pruneBelow);
        if (opts->supertaggerPrune >= 0.0f) {
            parser = parser.withSupertaggerPruned(opts->supertaggerPrune);
        }
        parser.save(opts->output);
        context.io.err << parser.featureCount() << " feature rows, " << parser.weightCount()
                       << " weights, wrote " << opts->output << "\n";
    });
}

struct EvalParserOptions {
    std::string file;
    std::string model;
    std::string tagger;
    std::string output;
    bool goldTags = false;
    int beam = 0;
};

void registerEvalParser(CLI::App& app, Context& context) {
    CLI::App& eval = commandGroup(app, "eval", "Score a model against a gold treebank");
    auto opts = std::make_shared<EvalParserOptions>();
    CLI::App* cmd = eval.add_subcommand(
        "parser",
        "Tag (unless --gold-tags) and parse gold-tokenized CoNLL-U, print UAS/LAS as JSON");
    cmd->add_option("file", opts->file, "Gold treebank (CoNLL-U)")->required();
    cmd->add_option("--model", opts->model, "Parser model (default: MODELS/parser.bin)");
    auto* taggerOption = cmd->add_option(
        "--tagger", opts->tagger, "Tagger model (default: tagger.bin beside the parser model)");
    auto* goldOption =
        cmd->add_flag("--gold-tags", opts->goldTags, "Parse with the file's gold tags");
    taggerOption->excludes(goldOption);
    cmd->add_option("--beam", opts->beam, "Beam width (default: the model's own)")
        ->check(CLI::Range(1, 64));
    cmd->add_option("--output", opts->output, "Also write the parsed CoNLL-U to this file");
    cmd->callback([opts, &context] {
        const std::vector<Sentence> gold = readTreebank(opts->file, context);
        const std::string model =
            opts->model.empty() ? defaultModelDir() + "/parser.bin" : opts->model;
        const Parser parser = Parser::load(model);
        std::unique_ptr<Tagger> tagger;
        if (!opts->goldTags) {
            const std::string taggerPath =
                opts->tagger.empty()
                    ? (std::filesystem::path(model).parent_path() / "tagger.bin").string()
                    : opts->tagger;
            tagger = std::make_unique<Tagger>(Tagger::load(taggerPath));
        }
        std::vector<Sentence> parsed = gold;
        for (Sentence& s : parsed) {
            for (Token& t : s.tokens) {
                t.head = -1;
                t.deprel.clear();
                if (tagger) {
                    t.upos.clear();
                    t.xpos.clear();
                }
            }
        }
        // Timed: tagging (unless gold tags) and parsing.
        const auto start = std::chrono::steady_clock::now();
        for (Sentence& s : parsed) {
            if (tagger) {
                tagger->tag(s);
            }
            parser.parse(s, opts->beam > 0 ? opts->beam : parser.beam());
        }
        const double seconds = secondsSince(start);
        const ParserAccuracy acc = scoreParses(gold, parsed);
        if (!opts->output.empty()) {
            writeTreebank(opts->output, parsed);
        }
        context.io.out << accuracyJson(acc, seconds > 0 ? double(acc.tokens) / seconds : 0) << "\n";
    });
}

} // namespace

void registerParserCommands(CLI::App& app, Context& context) {
    registerTrainParser(app, context);
    registerEvalParser(app, context);
    registerAverageParser(app, context);
}

} // namespace kg::cli
