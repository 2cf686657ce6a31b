#include "ingest/article/html_reader.h"

#include "ingest/article/article_reader.h"

#include "tests/ingest/article/document_dump.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace kg::ingest::article {
namespace {

using test_support::dump;
using test_support::readFile;

// Golden cases under tests/data/article/html/<case>/: input.html -> expected.txt (the document
// after readArticle). KG_UPDATE_GOLDEN=1 rewrites expected.txt.
class HtmlGolden : public testing::TestWithParam<const char*> {};

TEST_P(HtmlGolden, MatchesExpected) {
    const std::string dir =
        std::string(KG_SOURCE_DIR) + "/tests/data/article/html/" + GetParam() + "/";
    const std::string input = readFile(dir + "input.html");
    ASSERT_FALSE(input.empty());
    ReadResult result = readArticle(input, "input.html", {});
    ASSERT_TRUE(result.document);
    const std::string actual = dump(*result.document);
    if (std::getenv("KG_UPDATE_GOLDEN") != nullptr) {
        std::ofstream(dir + "expected.txt", std::ios::binary) << actual;
    }
    EXPECT_EQ(readFile(dir + "expected.txt"), actual);
    // Verbatim words map back to their bytes in the page.
    const Document& doc = *result.document;
    for (const Block& block : doc.blocks) {
        const std::string_view text = doc.blockText(block);
        const std::size_t word = text.find_first_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
        if (word != std::string_view::npos) {
            EXPECT_EQ(input[doc.offsets.toOriginal(block.begin + word)], text[word]) << text;
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Pages, HtmlGolden, testing::Values("news_page", "broken"));

TEST(HtmlReader, NewsPageDropsFurnitureAndKeepsMetadata) {
    const std::string input =
        readFile(std::string(KG_SOURCE_DIR) + "/tests/data/article/html/news_page/input.html");
    ReadResult result = readArticle(input, "p.html", {});
    ASSERT_TRUE(result.document);
    const Document& doc = *result.document;
    EXPECT_EQ(doc.title, "Chipmakers brace for new rules");
    EXPECT_EQ(doc.date, "2025-03-14");
    EXPECT_EQ(doc.source, "Example Wire");
    for (const char* gone : {"not text", "Home", "Enable JavaScript", "editor", "hidden",
                             "Five things", "All rights", "color"}) {
        EXPECT_EQ(doc.text.find(gone), std::string::npos) << gone;
    }
    EXPECT_NE(doc.text.find("Commerce Department\u2019s Bureau"), std::string::npos);
    EXPECT_NE(doc.text.find("AT&T and Caf\u00E9 Corp rose 3%"), std::string::npos);
    EXPECT_NE(doc.text.find("\u201Cmemory\u201D"), std::string::npos);
}

TEST(HtmlReader, DecodesEntities) {
    struct Case {
        const char* input;
        const char* expected;
        std::size_t used;
    };
    const Case cases[] = {
        {"&amp;", "&", 5},
        {"&lt;x", "<", 4},
        {"&rsquo;", "\u2019", 7},
        {"&eacute;", "\u00E9", 8},
        {"&#8217;", "\u2019", 7},
        {"&#x2019;", "\u2019", 8},
        {"&#X41;", "A", 6},
        {"&#65", "A", 4},          // the semicolon may be missing in numeric references
        {"&#0;", "\uFFFD", 4},     // NUL is replaced
        {"&#xD800;", "\uFFFD", 8}, // surrogates are replaced
        {"&#x110000;", "\uFFFD", 10},
        {"&#150;", "\u2013", 6}, // Windows-1252 range as browsers read it
        {"&shy;", "", 5},
        {"&unknown;", "", 0},
        {"&amp", "", 0},
        {"& b", "", 0},
        {"&#;", "", 0},
    };
    for (const Case& c : cases) {
        std::string out;
        EXPECT_EQ(decodeEntity(c.input, out), c.used) << c.input;
        EXPECT_EQ(out, c.expected) << c.input;
    }
}

TEST(HtmlReader, BlockElementsAndHeadings) {
    ReadResult result = readHtml("<h2>Sub</h2><p>One<br>two</p><p>Three<br> <br>Four</p>"
                                 "<ul><li>Five</li></ul><td>a</td><td>b</td>",
                                 "x.html");
    ASSERT_TRUE(result.document);
    const Document& doc = *result.document;
    std::vector<std::string> texts;
    for (const Block& block : doc.blocks) {
        texts.push_back(std::string(blockKindName(block.kind)) + "(" + block.reason +
                        "):" + std::string(doc.blockText(block)));
    }
    const std::vector<std::string> expected = {"heading(heading):Sub",      "paragraph():One two",
                                               "paragraph():Three",         "paragraph():Four",
                                               "paragraph(list-item):Five", "paragraph():a b"};
    EXPECT_EQ(texts, expected);
}

TEST(HtmlReader, PageInsideAFormIsKept) {
    // Some sites wrap the whole body in <form>; an unclosed <nav> would swallow the rest.
    ReadResult form = readHtml("<form><nav>Menu</nav><p>The story.</p></form>", "f.html");
    ASSERT_TRUE(form.document);
    EXPECT_EQ(form.document->text, "Menu\n\nThe story.");
    ReadResult normal = readHtml("<nav>Menu</nav><p>The story.</p>", "n.html");
    ASSERT_TRUE(normal.document);
    EXPECT_EQ(normal.document->text, "The story.");
}

TEST(HtmlReader, RejectsBadInput) {
    struct Case {
        const char* name;
        std::string input;
        DiagCode code;
    };
    const Case cases[] = {
        {"invalid UTF-8", "<p>caf\xE9</p>", DiagCode::InvalidUtf8},
        {"NUL byte", std::string("<p>a\0b</p>", 10), DiagCode::BinaryInput},
        {"empty", "", DiagCode::EmptyInput},
        {"markup only", "<html><head><script>x()</script><style>p{}</style></head><body></body>",
         DiagCode::EmptyInput},
    };
    for (const Case& c : cases) {
        ReadResult result = readHtml(c.input, "bad.html");
        EXPECT_FALSE(result.document) << c.name;
        ASSERT_EQ(result.diagnostics.size(), 1u) << c.name;
        EXPECT_EQ(result.diagnostics[0].code, c.code) << c.name;
        EXPECT_EQ(result.diagnostics[0].file, "bad.html") << c.name;
    }
}

// Pathological pages must finish (in linear time; the timing itself is not asserted here).
TEST(HtmlReader, PathologicalMarkupFinishes) {
    std::string deep;
    for (int i = 0; i < 100'000; ++i) {
        deep += "<div><span>";
    }
    deep += "deep text";
    ReadResult nested = readHtml(deep, "deep.html");
    ASSERT_TRUE(nested.document);
    EXPECT_EQ(nested.document->text, "deep text");

    std::string longLine = "<p>";
    longLine.append(5'000'000, 'x');
    ReadResult line = readHtml(longLine, "line.html");
    ASSERT_TRUE(line.document);
    EXPECT_EQ(line.document->text.size(), 5'000'000u);

    std::string quotes;
    for (int i = 0; i < 100'000; ++i) {
        quotes += "<a href=\"x>word ";
    }
    ReadResult unterminated = readHtml(quotes, "quotes.html");
    EXPECT_TRUE(unterminated.document || !unterminated.diagnostics.empty());

    std::string opens;
    for (int i = 0; i < 100'000; ++i) {
        opens += "<script>x";
    }
    ReadResult scripts = readHtml(opens + "<p>", "scripts.html");
    EXPECT_FALSE(scripts.document);

    std::string lts(1'000'000, '<');
    ReadResult stray = readHtml(lts, "lt.html");
    ASSERT_TRUE(stray.document);
    EXPECT_EQ(stray.document->text.size(), 1'000'000u);
}

} // namespace
} // namespace kg::ingest::article
