#include "cli/commands.h"

#include "cli/article_input.h"
#include "ingest/statement_json.h"

#include "ingest/input.h"
#include "ingest/nlp/conllu.h"
#include "ingest/nlp/model_path.h"
#include "ingest/nlp/pipeline.h"
#include "ingest/openie/confidence.h"
#include "ingest/openie/extractor.h"

#include <fstream>
#include <istream>
#include <map>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace kg::cli {

namespace {

namespace nlp = kg::ingest::nlp;
namespace openie = kg::ingest::openie;

// How `kg extract` reads its input.
enum class InputKind {
    Lines,  // one sentence a line, words separated by spaces (CaRB, PTB tokens)
    Conllu, // parsed CoNLL-U: gold trees or another parser's output
};

// How `kg extract` writes: CaRB's Open IE lines for one sentence a line, or the knowledge-graph
// records of DESIGN.md (JSON Lines) for a whole article.
enum class OutputFormat { Carb, Jsonl };

struct ExtractOptions {
    std::string file = "-";
    std::optional<OutputFormat> format; // default: jsonl for article files, else carb
    InputKind input = InputKind::Lines;
    std::string featuresFile; // one line of confidence features per printed proposition
    ArticleArgs article;      // --date, --source, --aliases, --models, --all
};

// Treebank spellings of brackets and quotes back to the characters the tagger was trained on.
std::string unescapePtb(std::string_view word) {
    static const std::map<std::string_view, std::string_view> PTB{
        {"-LRB-", "("}, {"-RRB-", ")"}, {"-LSB-", "["}, {"-RSB-", "]"}, {"-LCB-", "{"},
        {"-RCB-", "}"}, {"``", "\""},   {"''", "\""},   {"`", "'"},
    };
    auto it = PTB.find(word);
    return std::string(it == PTB.end() ? word : it->second);
}

// The words of a pre-tokenised line (split on spaces and tabs), at most `limit + 1` of them.
std::vector<std::string> splitWords(std::string_view line, std::size_t limit) {
    std::vector<std::string> words;
    std::size_t i = 0;
    while (i < line.size() && words.size() <= limit) {
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) {
            ++i;
        }
        std::size_t j = i;
        while (j < line.size() && line[j] != ' ' && line[j] != '\t') {
            ++j;
        }
        if (j > i) {
            words.emplace_back(line.substr(i, j - i));
        }
        i = j;
    }
    return words;
}

class Run {
public:
    Run(const ExtractOptions& options, Context& context)
        : options_(options), context_(context), extractor_(openie::ExtractorOptions{}) {}

    void execute() {
        if (format() == OutputFormat::Jsonl) {
            extractArticle();
            return;
        }
        std::ifstream file;
        std::istream* in = &context_.io.in;
        if (options_.file != "-") {
            if (const std::optional<std::string> problem =
                    ingest::openInputFile(options_.file, file)) {
                throw CommandError{EXIT_INPUT, options_.file + ": " + *problem};
            }
            in = &file;
        }
        if (!options_.featuresFile.empty()) {
            features_.open(options_.featuresFile);
            if (!features_) {
                throw CommandError{EXIT_INPUT, "cannot write '" + options_.featuresFile + "'"};
            }
        }
        if (options_.input == InputKind::Conllu) {
            readConllu(*in);
        } else {
            readLines(*in);
        }
    }

private:
    const ExtractOptions& options_;
    Context& context_;
    openie::Extractor extractor_;
    std::optional<nlp::Pipeline> pipeline_;
    std::size_t sentenceIndex_ = 0;
    std::ofstream features_;

    OutputFormat format() const {
        if (options_.format) {
            return *options_.format;
        }
        return isArticleFile(options_.file) ? OutputFormat::Jsonl : OutputFormat::Carb;
    }

    const nlp::Pipeline& pipeline() {
        if (!pipeline_) {
            const std::string dir = options_.article.modelDir.empty() ? nlp::defaultModelDir()
                                                                      : options_.article.modelDir;
            try {
                pipeline_ = nlp::Pipeline::load(dir);
            } catch (const std::exception& e) {
                throw CommandError{EXIT_INPUT,
                                   std::string("cannot load the NLP models: ") + e.what()};
            }
        }
        return *pipeline_;
    }

    // The whole input is one article; its statements go to standard output as JSON Lines.
    void extractArticle() {
        ArticleRunner runner(options_.article, context_);
        std::optional<PreparedArticle> article = runner.prepare(options_.file);
        if (!article) {
            context_.exitCode = EXIT_INPUT;
            return;
        }
        runner.extract(*article, [&](graph::Statement&& s) {
            context_.io.out << ingest::toJsonLine(s) << '\n';
        });
    }

    void readLines(std::istream& in) {
        const std::size_t limit = openie::ExtractorOptions{}.maxSentenceWords;
        std::string line;
        while (std::getline(in, line)) {
            if (!line.empty() && line.back() == '\r') {
                line.pop_back();
            }
            std::vector<std::string> words = splitWords(line, limit);
            if (!words.empty() && words.size() <= limit) {
                nlp::Sentence sentence;
                sentence.text = line;
                for (const std::string& w : words) {
                    nlp::Token t;
                    t.form = unescapePtb(w);
                    sentence.tokens.push_back(std::move(t));
                }
                pipeline().analyze(sentence);
                if (sentence.tokens.front().head < 0) {
                    throw CommandError{EXIT_INPUT,
                                       "the models include no dependency parser (parser.bin); "
                                       "propositions need parsed sentences"};
                }
                // Print the words as the input wrote them.
                for (std::size_t i = 0; i < words.size() && i < sentence.tokens.size(); ++i) {
                    sentence.tokens[i].form = words[i];
                }
                write(line, sentence);
            }
            ++sentenceIndex_;
        }
    }

    void readConllu(std::istream& in) {
        nlp::ConlluReadResult read =
            nlp::readConllu(in, options_.file == "-" ? "<stdin>" : options_.file);
        for (const ingest::Diagnostic& d : read.diagnostics) {
            context_.io.err << ingest::formatDiagnostic(d) << "\n";
        }
        for (const nlp::Sentence& sentence : read.sentences) {
            std::string text;
            for (const nlp::Token& t : sentence.tokens) {
                text += (text.empty() ? "" : " ") + t.form;
            }
            write(text, sentence);
            ++sentenceIndex_;
        }
        if (ingest::hasErrors(read.diagnostics)) {
            context_.exitCode = EXIT_INPUT;
        }
    }

    // For fitting the confidence model: pattern name and feature vector of each printed line.
    void writeFeatures(const nlp::Sentence& sentence, const openie::Proposition& p) {
        if (!features_.is_open()) {
            return;
        }
        features_ << openie::patternName(p.pattern);
        for (double f : openie::confidenceFeatures(p, openie::confidenceContext(sentence, p))) {
            features_ << '\t' << f;
        }
        features_ << '\n';
    }

    void write(std::string_view text, const nlp::Sentence& sentence) {
        for (const openie::Proposition& p : extractor_.extract(sentence, sentenceIndex_)) {
            switch (format()) {
            case OutputFormat::Carb:
                // CaRB scores a tuple without a second argument as wrong against every gold tuple.
                if (!p.arg2.empty() || !p.extras.empty()) {
                    context_.io.out << openie::formatCarb(text, p) << '\n';
                    writeFeatures(sentence, p);
                }
                break;
            case OutputFormat::Jsonl:
                break; // articles go through extractArticle
            }
        }
    }
};

} // namespace

void registerExtractCommands(CLI::App& app, Context& context) {
    auto options = std::make_shared<ExtractOptions>();
    CLI::App* cmd = app.add_subcommand(
        "extract", "Print the propositions of an article (jsonl) or of one sentence a line (carb) "
                   "without touching the store");
    cmd->add_option("file", options->file, "Input file, or - for standard input")
        ->capture_default_str();
    cmd->add_option("--format", options->format,
                    "Output format: jsonl (the input is a .txt/.md/.html article; one statement "
                    "record a line) or carb (the input is one tokenised sentence a line)")
        ->transform(CLI::CheckedTransformer(std::map<std::string, OutputFormat>{
            {"carb", OutputFormat::Carb}, {"jsonl", OutputFormat::Jsonl}}));
    cmd->add_option("--input", options->input,
                    "Input kind: lines (one space-tokenised sentence a line) or conllu (parsed)")
        ->transform(CLI::CheckedTransformer(std::map<std::string, InputKind>{
            {"lines", InputKind::Lines}, {"conllu", InputKind::Conllu}}));
    cmd->add_option("--features", options->featuresFile,
                    "Also write the confidence features of each printed proposition to this file "
                    "(one tab-separated line each, same order), for fitting the model");
    addArticleOptions(*cmd, options->article);
    cmd->callback([options, &context] { Run(*options, context).execute(); });
}

} // namespace kg::cli
