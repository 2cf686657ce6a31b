#pragma once
// The `kg` command line as a library, so tests can run any command in-process.

#include <iosfwd>
#include <string>
#include <vector>

namespace kg::cli {

/// The streams a command reads and writes; tests pass string streams.
struct Io {
    std::istream& in;
    std::ostream& out;
    std::ostream& err;
};

/// Runs `kg` with `args` (without the program name). Returns the exit code: 0 success,
/// 1 input problems, 2 usage errors. Never throws.
/// Example: `std::ostringstream out, err; std::istringstream in;
///           int rc = kg::cli::run({"stats", "--db", "t.db"}, {in, out, err});`
int run(const std::vector<std::string>& args, Io io);

} // namespace kg::cli
