#include "ingest/article/text_reader.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace kg::ingest::article {
namespace {

// Blocks as "kind:text" for compact expectations.
std::vector<std::string> blocks(const Document& doc) {
    std::vector<std::string> out;
    for (const Block& block : doc.blocks) {
        out.push_back(std::string(blockKindName(block.kind)) + ":" +
                      std::string(doc.blockText(block)));
    }
    return out;
}

struct Case {
    const char* name;
    const char* input;
    TextFormat format;
    std::vector<std::string> expected;
};

TEST(TextReader, ReadsPlainTextAndMarkdown) {
    const Case cases[] = {
        {"title and paragraphs",
         "Title\n\nFirst line\nsame paragraph.\n\nSecond.\n",
         TextFormat::Plain,
         {"title:Title", "paragraph:First line same paragraph.", "paragraph:Second."}},
        {"no blank after first line: no title",
         "One line\nand more.\n",
         TextFormat::Plain,
         {"paragraph:One line and more."}},
        {"single line file", "Only a line.", TextFormat::Plain, {"paragraph:Only a line."}},
        {"a first sentence is not a title",
         "It rained today.\n\nMore text.\n",
         TextFormat::Plain,
         {"paragraph:It rained today.", "paragraph:More text."}},
        {"page furniture is not a title",
         "3 min read\n\nBody.\n",
         TextFormat::Plain,
         {"paragraph:3 min read", "paragraph:Body."}},
        {"CRLF and BOM",
         "\xEF\xBB\xBFTitle\r\n\r\nBody\r\ntext.\r\n",
         TextFormat::Plain,
         {"title:Title", "paragraph:Body text."}},
        {"plain keeps asterisks",
         "Title\n\nA *b* c.\n",
         TextFormat::Plain,
         {"title:Title", "paragraph:A *b* c."}},
        {"boilerplate line inside a paragraph is split out",
         "Title\n\nBody sentence.\nSource: Wire\n",
         TextFormat::Plain,
         {"title:Title", "paragraph:Body sentence.", "paragraph:Source: Wire"}},
        {"markdown heading as title",
         "# The Title\n\nBody **bold** and _em_ text.\n",
         TextFormat::Markdown,
         {"title:The Title", "paragraph:Body bold and em text."}},
        {"markdown sub-headings",
         "Title\n\n## Section ##\nText here.\n",
         TextFormat::Markdown,
         {"title:Title", "heading:Section", "paragraph:Text here."}},
        {"links and images",
         "T\n\nSee [the report](https://x.org/a) and ![a chart](c.png).\n",
         TextFormat::Markdown,
         {"title:T", "paragraph:See the report and a chart."}},
        {"reference links and definitions",
         "T\n\nSee [the rule][1].\n\n[1]: https://x.org\n",
         TextFormat::Markdown,
         {"title:T", "paragraph:See the rule."}},
        {"lists become blocks",
         "T\n\n- first item\n- second *item*\n1. numbered\n",
         TextFormat::Markdown,
         {"title:T", "paragraph:first item", "paragraph:second item", "paragraph:numbered"}},
        {"code spans kept, fences dropped",
         "T\n\nRun `kg ingest` now.\n\n```\nint x;\n```\n",
         TextFormat::Markdown,
         {"title:T", "paragraph:Run kg ingest now."}},
        {"snake_case and lone stars stay",
         "T\n\nthe snake_case name and 5 * 3.\n",
         TextFormat::Markdown,
         {"title:T", "paragraph:the snake_case name and 5 * 3."}},
        {"blockquote and escapes",
         "T\n\n> Quoted \\*literal\\* text.\n",
         TextFormat::Markdown,
         {"title:T", "paragraph:Quoted *literal* text."}},
        {"setext heading and rule",
         "T\n\nSection\n-------\nText.\n\n***\n\nMore.\n",
         TextFormat::Markdown,
         {"title:T", "heading:Section", "paragraph:Text.", "paragraph:More."}},
        {"autolink and strike",
         "T\n\nSee <https://x.org> ~~old~~ new.\n",
         TextFormat::Markdown,
         {"title:T", "paragraph:See https://x.org old new."}},
        {"unclosed link stays literal",
         "T\n\nA [broken link(x.\n",
         TextFormat::Markdown,
         {"title:T", "paragraph:A [broken link(x."}},
    };
    for (const Case& c : cases) {
        ReadResult result = readText(c.input, "in", c.format);
        ASSERT_TRUE(result.document) << c.name;
        EXPECT_EQ(blocks(*result.document), c.expected) << c.name;
    }
}

TEST(TextReader, OffsetsPointIntoTheOriginal) {
    const std::string input = "# Title\n\nBody **bold** [link](u) text.\n";
    ReadResult result = readText(input, "a.md", TextFormat::Markdown);
    ASSERT_TRUE(result.document);
    const Document& doc = *result.document;
    for (const char* word : {"Title", "Body", "bold", "link", "text."}) {
        const std::size_t plain = doc.text.find(word);
        ASSERT_NE(plain, std::string::npos) << word;
        const std::size_t original = doc.offsets.toOriginal(plain);
        EXPECT_EQ(input.substr(original, std::string(word).size()), word) << word;
    }
    EXPECT_EQ(doc.title, "Title");
}

struct BadCase {
    const char* name;
    std::string input;
    DiagCode code;
    std::size_t line;
    std::size_t column;
};

TEST(TextReader, RejectsBadInput) {
    const BadCase cases[] = {
        {"invalid UTF-8", "Title\n\nBad \xFF byte.\n", DiagCode::InvalidUtf8, 3, 5},
        {"overlong UTF-8", "Title\n\n\xC0\xAF\n", DiagCode::InvalidUtf8, 3, 1},
        {"NUL byte", std::string("Ti\0tle\n", 7), DiagCode::BinaryInput, 1, 3},
        {"empty", "", DiagCode::EmptyInput, 0, 0},
        {"only whitespace", " \n\n\t\n", DiagCode::EmptyInput, 0, 0},
    };
    for (const BadCase& c : cases) {
        for (TextFormat format : {TextFormat::Plain, TextFormat::Markdown}) {
            ReadResult result = readText(c.input, "bad.txt", format);
            EXPECT_FALSE(result.document) << c.name;
            ASSERT_EQ(result.diagnostics.size(), 1u) << c.name;
            const Diagnostic& d = result.diagnostics[0];
            EXPECT_EQ(d.code, c.code) << c.name;
            EXPECT_EQ(d.file, "bad.txt") << c.name;
            if (c.line > 0) {
                EXPECT_EQ(d.line, c.line) << c.name;
                EXPECT_EQ(d.column, c.column) << c.name;
            }
        }
    }
    ReadResult onlyCode = readText("```\ncode\n```\n", "c.md", TextFormat::Markdown);
    EXPECT_FALSE(onlyCode.document);
    ASSERT_EQ(onlyCode.diagnostics.size(), 1u);
    EXPECT_EQ(onlyCode.diagnostics[0].code, DiagCode::EmptyInput);
}

TEST(TextReader, HugeLineAndManyBracketsStayLinear) {
    std::string input = "Title\n\n";
    input.append(1'000'000, 'w');
    input += "\n\n";
    for (int i = 0; i < 50'000; ++i) {
        input += "[*_`";
    }
    input += "\n";
    ReadResult result = readText(input, "big.md", TextFormat::Markdown);
    ASSERT_TRUE(result.document);
    EXPECT_EQ(result.document->blocks.size(), 3u);
}

} // namespace
} // namespace kg::ingest::article
