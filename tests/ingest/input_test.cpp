#include "ingest/input.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace kg::ingest {
namespace {

TEST(Sha256, MatchesFips180Examples) {
    struct Case {
        std::string input;
        const char* digest;
    };
    const Case cases[] = {
        {"", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
        {"abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
        {"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"},
        {"abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqr"
         "lmnopqrsmnopqrstnopqrstu",
         "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"},
        {std::string(1000000, 'a'),
         "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"},
        // Lengths at the padding boundaries (one block, two blocks, exactly one block of data);
        // digests from coreutils sha256sum.
        {std::string(55, 'x'), "d5e285683cd4efc02d021a5c62014694958901005d6f71e89e0989fac77e4072"},
        {std::string(56, 'x'), "04c26261370ee7541549d16dee320c723e3fd14671e66a099afe0a377c16888e"},
        {std::string(64, 'x'), "7ce100971f64e7001e8fe5a51973ecdfe1ced42befe7ee8d5fd6219506b5393c"},
    };
    for (std::size_t i = 0; i < std::size(cases); ++i) {
        EXPECT_EQ(sha256Hex(cases[i].input), cases[i].digest) << "case " << i;
    }
}

TEST(CheckText, RemovesBomAndCarriageReturnsBeforeNewlines) {
    const CheckedText checked = checkText("\xEF\xBB\xBF"
                                          "a,b\r\nc\rd\r\n",
                                          "f.csv");
    EXPECT_FALSE(checked.error);
    EXPECT_EQ(checked.text, "a,b\nc\rd\n");
}

TEST(CheckText, ReportsTheFirstBadByteWithLineAndCharacterColumn) {
    struct Case {
        std::string input;
        DiagCode code;
        std::size_t line;
        std::size_t column;
    };
    const Case cases[] = {
        {std::string("ab\ncd\0e", 7), DiagCode::BinaryInput, 2, 3},
        {"\xC3\xA9\xC3\xA9\xFF", DiagCode::InvalidUtf8, 1, 3}, // after two characters
        {"ok\n\xC0\xAF", DiagCode::InvalidUtf8, 2, 1},         // overlong '/'
        {"x\xED\xA0\x80", DiagCode::InvalidUtf8, 1, 2},        // UTF-16 surrogate
        {"\xF4\x90\x80\x80", DiagCode::InvalidUtf8, 1, 1},     // past U+10FFFF
        {"abc\xE2\x82", DiagCode::InvalidUtf8, 1, 4},          // truncated sequence
        {"a\x80", DiagCode::InvalidUtf8, 1, 2},                // lone continuation byte
        {"\xEF\xBB\xBF\r\n \t\n", DiagCode::EmptyInput, 0, 0}, // BOM and whitespace only
        {"", DiagCode::EmptyInput, 0, 0},
    };
    for (const auto& c : cases) {
        const CheckedText checked = checkText(c.input, "f");
        ASSERT_TRUE(checked.error) << c.input;
        EXPECT_EQ(checked.error->code, c.code) << c.input;
        EXPECT_EQ(checked.error->line, c.line) << c.input;
        EXPECT_EQ(checked.error->column, c.column) << c.input;
        EXPECT_EQ(checked.error->file, "f");
    }
}

TEST(CheckText, AcceptsEveryValidUtf8Length) {
    const std::string text =
        "a \xC3\xA9 \xE2\x80\x99 \xF0\x9F\x98\x80 \xEF\xBF\xBF \xF4\x8F\xBF\xBF";
    const CheckedText checked = checkText(text, "f");
    EXPECT_FALSE(checked.error);
    EXPECT_EQ(checked.text, text);
}

TEST(Positions, CountCharactersNotBytes) {
    const std::string text = "\xC3\xA9t\xC3\xA9\nab\nc";
    EXPECT_EQ(positionOf(text, 0).column, 1u);
    EXPECT_EQ(positionOf(text, 3).column, 3u); // the second é
    EXPECT_EQ(positionOf(text, 6).line, 2u);
    EXPECT_EQ(positionOf(text, 7).column, 2u);
    EXPECT_EQ(lineAt(text, 7), "ab");
    EXPECT_EQ(lineAt(text, 8), "ab"); // the newline belongs to its line
    EXPECT_EQ(lineAt(text, 9), "c");
}

TEST(ReadAll, TakesAStringStreamFromItsCurrentPosition) {
    std::istringstream in("skip:rest of it");
    std::string word;
    std::getline(in, word, ':');
    const auto bytes = readAll(in);
    ASSERT_TRUE(bytes);
    EXPECT_EQ(*bytes, "rest of it");
    EXPECT_EQ(readAll(in).value_or("?"), ""); // drained
}

TEST(ReadAll, ReadsOtherStreamsInChunks) {
    const std::string big(200000, 'q');
    std::stringstream in; // not an istringstream: read through the buffer
    in << big << "end";
    const auto bytes = readAll(in);
    ASSERT_TRUE(bytes);
    EXPECT_EQ(bytes->size(), big.size() + 3);
    EXPECT_EQ(bytes->substr(big.size()), "end");
}

TEST(ReadAll, ReadsEveryByte) {
    std::istringstream in(std::string("a\0b\r\n", 5));
    const auto bytes = readAll(in);
    ASSERT_TRUE(bytes);
    EXPECT_EQ(*bytes, std::string("a\0b\r\n", 5));
}

// A std::ifstream opens a folder and then reads nothing; the helper says what is wrong.
TEST(OpenInputFile, NamesAFolderAndAMissingFile) {
    const std::filesystem::path dir =
        std::filesystem::temp_directory_path() / "kg_open_input_file_test";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir / "folder.txt");
    std::ofstream(dir / "story.txt", std::ios::binary) << "Nvidia sells chips.\n";

    std::ifstream folder;
    EXPECT_EQ(openInputFile((dir / "folder.txt").string(), folder), "is a directory, not a file");
    EXPECT_FALSE(folder.is_open());

    std::ifstream missing;
    EXPECT_EQ(openInputFile((dir / "missing.txt").string(), missing),
              "cannot open: No such file or directory");

    std::ifstream story;
    EXPECT_EQ(openInputFile((dir / "story.txt").string(), story), std::nullopt);
    EXPECT_EQ(readAll(story), "Nvidia sells chips.\n");
    std::filesystem::remove_all(dir);
}

} // namespace
} // namespace kg::ingest
