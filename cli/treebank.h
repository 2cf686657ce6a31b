#pragma once
// Helpers shared by the commands that train and score models on CoNLL-U treebanks.

#include "cli/command.h"
#include "ingest/nlp/conllu.h"

#include <chrono>
#include <string>
#include <vector>

namespace kg::cli {

/// Reads a CoNLL-U file; prints every diagnostic and throws CommandError (exit 1) when the file
/// cannot be opened, has any error, or holds no sentence.
std::vector<ingest::nlp::Sentence> readTreebank(const std::string& path, Context& context);

/// Writes sentences as CoNLL-U; throws CommandError (exit 1) when the file cannot be written.
void writeTreebank(const std::string& path, const std::vector<ingest::nlp::Sentence>& sentences);

/// `dir` when it holds WordNet (verb.exc and index.noun), else "" after a warning naming what
/// will be trained without it; "" stays "".
std::string wordnetOrNone(const std::string& dir, const std::string& without, Context& context);

/// Replaces the tags of every sentence with predicted ones, for training the parser on realistic
/// tagging errors. The folds (sentence i is in fold i mod `folds`) are tagged in order, each by a
/// one-pass tagger (WordNet word classes from `wordnet` unless "") trained on the other folds'
/// sentences with their tags as they stand: predicted for the folds tagged before, gold for the
/// rest ("chained"), so later folds get somewhat noisier tags. The textbook jack-knife, every
/// tagger on gold tags only, was measured against it and was no better (models/parser.md); the
/// committed parser.bin is trained on chained tags. Progress lines go to context.io.err.
void jackknifeTags(std::vector<ingest::nlp::Sentence>& sentences, int folds,
                   const std::string& wordnet, Context& context);

/// A score or rate with four decimals, as the eval commands print them in JSON.
std::string number(double value);

double secondsSince(std::chrono::steady_clock::time_point start);

} // namespace kg::cli
