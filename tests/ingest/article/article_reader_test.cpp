#include "ingest/article/article_reader.h"

#include "tests/ingest/article/document_dump.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

namespace kg::ingest::article {
namespace {

using test_support::dump;
using test_support::readFile;

// Golden: tests/data/article/<case>/expected.txt; KG_UPDATE_GOLDEN=1 rewrites it.
void expectGolden(const std::string& actual, const std::string& caseName) {
    const std::string path =
        std::string(KG_SOURCE_DIR) + "/tests/data/article/" + caseName + "/expected.txt";
    if (std::getenv("KG_UPDATE_GOLDEN") != nullptr) {
        std::ofstream(path, std::ios::binary) << actual;
    }
    EXPECT_EQ(readFile(path), actual)
        << "golden " << path << " differs; rerun with KG_UPDATE_GOLDEN=1 if intended";
}

TEST(ArticleReader, SeedArticleBlocksAndBoilerplate) {
    const std::string path =
        std::string(KG_SOURCE_DIR) + "/samples/00_h20-unsafe-cryptopolitan.txt";
    const std::string bytes = readFile(path);
    ASSERT_FALSE(bytes.empty());
    ReadResult result = readArticle(bytes, "seed.txt", {});
    ASSERT_TRUE(result.document) << (result.diagnostics.empty() ? ""
                                                                : result.diagnostics[0].message);
    const Document& doc = *result.document;
    expectGolden(dump(doc), "seed");

    std::size_t boilerplate = 0;
    std::size_t headings = 0;
    for (const Block& block : doc.blocks) {
        boilerplate += block.kind == BlockKind::Boilerplate ? 1 : 0;
        headings += block.kind == BlockKind::Heading ? 1 : 0;
    }
    EXPECT_EQ(boilerplate, 3u); // "3 min read", the promotion, "Source: Cryptopolitan"
    EXPECT_EQ(headings, 2u);
    EXPECT_EQ(doc.source, "Cryptopolitan");
    EXPECT_EQ(doc.title,
              "China calls Nvidia\u2019s H20 chips unsafe and environmentally unfriendly");
    EXPECT_FALSE(doc.date.has_value());
    // Every block maps back to the same bytes in the file.
    for (const Block& block : doc.blocks) {
        const std::size_t original = doc.offsets.toOriginal(block.begin);
        EXPECT_EQ(bytes.substr(original, block.end - block.begin), doc.blockText(block));
    }
}

TEST(ArticleReader, DateOverrideAndBadDate) {
    ArticleOptions options;
    options.date = "2025-08-10";
    options.source = "Example News";
    ReadResult ok =
        readArticle("Title\n\nPublished July 1, 2024\n\nBody text here.\n", "a.txt", options);
    ASSERT_TRUE(ok.document);
    EXPECT_EQ(ok.document->date, "2025-08-10");
    EXPECT_EQ(ok.document->source, "Example News");

    ReadResult fromText =
        readArticle("Title\n\nPublished July 1, 2024\n\nBody text here.\n", "a.txt", {});
    ASSERT_TRUE(fromText.document);
    EXPECT_EQ(fromText.document->date, "2024-07-01");
    EXPECT_EQ(fromText.document->blocks[1].kind, BlockKind::Boilerplate);

    options.date = "10/08/2025";
    ReadResult bad = readArticle("Title\n\nBody.\n", "a.txt", options);
    EXPECT_FALSE(bad.document);
    ASSERT_EQ(bad.diagnostics.size(), 1u);
    EXPECT_EQ(bad.diagnostics[0].code, DiagCode::BadValue);
}

TEST(ArticleReader, DetectsFormat) {
    struct Case {
        const char* file;
        const char* bytes;
        ArticleFormat expected;
    };
    const Case cases[] = {
        {"a.md", "# T", ArticleFormat::Markdown},
        {"a.MARKDOWN", "x", ArticleFormat::Markdown},
        {"a.html", "x", ArticleFormat::Html},
        {"a.htm", "x", ArticleFormat::Html},
        {"a.txt", "<html>", ArticleFormat::Plain},
        {"-", "  <!DOCTYPE html><html>", ArticleFormat::Html},
        {"-", "<p>Hi</p>", ArticleFormat::Html},
        {"-", "<3 this article", ArticleFormat::Plain},
        {"noext", "Plain words", ArticleFormat::Plain},
    };
    for (const Case& c : cases) {
        EXPECT_EQ(detectArticleFormat(c.file, c.bytes), c.expected) << c.file << " " << c.bytes;
    }
}

TEST(ArticleReader, FormatFromExtensionOnlyForArticleExtensions) {
    EXPECT_EQ(formatFromExtension("a.HTM"), ArticleFormat::Html);
    EXPECT_EQ(formatFromExtension("notes/a.markdown"), ArticleFormat::Markdown);
    EXPECT_EQ(formatFromExtension("a.Txt"), ArticleFormat::Plain);
    EXPECT_EQ(formatFromExtension("a.tsv"), std::nullopt);
    EXPECT_EQ(formatFromExtension("a.md/statements.jsonl"), std::nullopt);
    EXPECT_EQ(formatFromExtension("-"), std::nullopt);
}

TEST(ArticleReader, HtmlDateFromMetadataWins) {
    const std::string html = "<html><head><meta property=\"article:published_time\" "
                             "content=\"2023-05-24T08:00:00Z\"></head><body><p>Published June 1, "
                             "2023</p><p>Body.</p></body></html>";
    ReadResult result = readArticle(html, "p.html", {});
    ASSERT_TRUE(result.document);
    EXPECT_EQ(result.document->date, "2023-05-24");
}

// Random markup soup through every reader: no crash, and offsets stay inside the input.
TEST(ArticleReader, RandomMarkupNeverBreaksTheReaders) {
    static constexpr std::string_view ALPHABET = "<>/\"'=&#;x[]()*_`~!-#>\n\n  aZ9.pbrscript";
    std::mt19937 random(20251127);
    for (int round = 0; round < 3000; ++round) {
        std::string input;
        const std::size_t length = random() % 200;
        for (std::size_t i = 0; i < length; ++i) {
            input += ALPHABET[random() % ALPHABET.size()];
        }
        for (ArticleFormat format :
             {ArticleFormat::Plain, ArticleFormat::Markdown, ArticleFormat::Html}) {
            ArticleOptions options;
            options.format = format;
            ReadResult result = readArticle(input, "soup", options);
            if (!result.document) {
                ASSERT_FALSE(result.diagnostics.empty()) << input;
                continue;
            }
            for (const Block& block : result.document->blocks) {
                ASSERT_LT(block.begin, block.end) << input;
                ASSERT_LE(result.document->offsets.toOriginal(block.end - 1), input.size())
                    << input;
            }
        }
    }
}

} // namespace
} // namespace kg::ingest::article
