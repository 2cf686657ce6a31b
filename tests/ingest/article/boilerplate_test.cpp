#include "ingest/article/boilerplate.h"

#include "ingest/article/text_reader.h"

#include <gtest/gtest.h>

#include <string>

namespace kg::ingest::article {
namespace {

struct LineCase {
    const char* line;
    const char* reason; // "" when the line is story text
};

TEST(Boilerplate, ClassifiesLines) {
    const LineCase cases[] = {
        // The seed article's boilerplate lines.
        {"3 min read", "reading-time"},
        {"Want your project in front of crypto\u2019s top minds? Feature it in our next industry "
         "report, where data meets impact.",
         "promotion"},
        {"Source: Cryptopolitan", "source"},
        // Other reading-time forms.
        {"5-minute read", "reading-time"},
        {"Reading time: 4 minutes", "reading-time"},
        {"2 mins", "reading-time"},
        {"Three minute read", "reading-time"},
        // Promotions, share prompts, newsletters, read-more, navigation, bylines.
        {"Subscribe to our newsletter for daily chip news.", "share-prompt"},
        {"Sign up for the Morning Brief", "share-prompt"},
        {"Share this article", "share-prompt"},
        {"Share: Facebook Twitter LinkedIn Email", "share-prompt"},
        {"Follow us on X for more updates", "share-prompt"},
        {"Read more: Nvidia shares slide after export curbs", "read-more"},
        {"READ MORE", "read-more"},
        {"Also read: How the CHIPS Act works", "read-more"},
        {"Home \u203A Tech \u203A Semiconductors", "navigation"},
        {"News | Business | Markets | Tech", "navigation"},
        {"By Jane Doe and John Smith", "byline"},
        {"\u00A9 2025 Example Media. All rights reserved.", "copyright"},
        {"Photo: Reuters", "caption"},
        {"Published Aug. 4, 2025", "dateline"},
        {"Updated 10:31 AM ET", "dateline"},
        {"Sources: Reuters, Bloomberg", "source"},
        {"Advertise with us and reach 2 million readers.", "promotion"},
        // Story text that mentions the same words must stay.
        {"Nvidia has repeatedly denied that its products have backdoors.", ""},
        {"\u201CWe want you to know our chips are safe,\u201D Nvidia said.", ""},
        {"Netflix said it would share more details with subscribers next year.", ""},
        {"The source of the leak was not identified, officials said.", ""},
        {"By the end of 2025, the rules will apply to 42 countries.", ""},
        {"Read the full statement on the ministry's website, the company said in a filing that "
         "ran to several pages and covered export licences in detail.",
         ""},
        {"The talks took 30 minutes, officials said.", ""},
        {"Prices rose 3% in 10 minutes.", ""},
        {"Updates to the rule came in March.", ""},
        {"", ""},
    };
    for (const LineCase& c : cases) {
        const LineClass cls = classifyLine(c.line);
        if (std::string(c.reason).empty()) {
            EXPECT_EQ(cls.kind, BlockKind::Paragraph) << c.line << " -> " << cls.reason;
        } else {
            EXPECT_EQ(cls.kind, BlockKind::Boilerplate) << c.line;
            EXPECT_EQ(cls.reason, c.reason) << c.line;
        }
    }
    EXPECT_EQ(classifyLine("Source: Cryptopolitan").source, "Cryptopolitan");
    EXPECT_EQ(classifyLine("Via: The Information").source, "The Information");
}

TEST(Boilerplate, HeadingsAreShortLinesWithoutFinalPunctuation) {
    const LineCase cases[] = {
        {"China\u2019s state media criticizes Nvidia\u2019s H20 chips", "heading"},
        {"Stakeholders make coordinated push to lift chip export controls", "heading"},
        {"What Comes Next For Chipmakers", "heading"},
        {"2025 outlook", "heading"},
        {"The rules took effect in July.", ""},
        {"Is this a question?", ""},
        {"\u201CWe will comply\u201D", ""},
        {"lowercase start is not a heading", ""},
        {"A very long line that keeps going with many words and never ends with punctuation "
         "although it is clearly a sentence that lost its final period somewhere along the way",
         ""},
        {"Officials said:", ""},
    };
    for (const LineCase& c : cases) {
        EXPECT_EQ(looksLikeHeading(c.line), !std::string(c.reason).empty()) << c.line;
    }
}

TEST(Boilerplate, MarksBlocksAndKeepsTheSource) {
    const std::string text = "Title line\n\n4 min read\n\nA Sub Heading\n\nFirst paragraph of the "
                             "story.\n\nClosing heading without text after\n\nSource: Example "
                             "Wire\n";
    ReadResult result = readText(text, "t.txt", TextFormat::Plain);
    ASSERT_TRUE(result.document);
    Document& doc = *result.document;
    markBoilerplate(doc);
    ASSERT_EQ(doc.blocks.size(), 6u);
    EXPECT_EQ(doc.blocks[0].kind, BlockKind::Title);
    EXPECT_EQ(doc.blocks[1].kind, BlockKind::Boilerplate);
    EXPECT_EQ(doc.blocks[2].kind, BlockKind::Heading);
    EXPECT_EQ(doc.blocks[3].kind, BlockKind::Paragraph);
    // A short line with no paragraph after it is left as text: nothing follows to head.
    EXPECT_EQ(doc.blocks[4].kind, BlockKind::Paragraph);
    EXPECT_EQ(doc.blocks[5].kind, BlockKind::Boilerplate);
    EXPECT_EQ(doc.source, "Example Wire");
}

TEST(Boilerplate, DatelinesNameTheOutlet) {
    struct Row {
        const char* paragraph;
        std::size_t skip;
        const char* outlet;
    };
    const Row rows[] = {
        {"(Bloomberg) \u2014 The shares of Chinese metals producers surged.", 16, "Bloomberg"},
        {"TOKYO, June 2 (Reuters) - Japan said on Friday it would act.", 26, "Reuters"},
        {"WASHINGTON (AP) \u2013 The Senate voted.", 20, "AP"},
        // A place alone, its first word in capitals, then a dash: no outlet.
        {"SEOUL \u2014 Thousands of workers walked off the job.", 10, ""},
        {"JASPER, Alberta \u2014 A wildfire tore through the town.", 20, ""},
        {"NEW YORK - Shares rose.", 11, ""},
        // Not datelines: a ticker in a story, no dash, a sentence in parentheses, nothing after,
        // a short word in capitals, a place in small letters, a lower-case word after the dash.
        {"AI \u2014 the word of the year \u2014 dominated the show.", 0, ""},
        {"Seoul \u2014 Thousands of workers walked off the job.", 0, ""},
        {"NATO \u2014 and its allies \u2014 met.", 0, ""},
        {"Nvidia (NVDA) - shares rose on Monday.", 0, ""},
        {"(Bloomberg) The shares surged.", 0, ""},
        {"(see the chart below) \u2014 prices rose.", 0, ""},
        {"(Bloomberg) \u2014 ", 0, ""},
        {"", 0, ""},
    };
    for (const Row& row : rows) {
        std::string outlet;
        EXPECT_EQ(datelinePrefix(row.paragraph, outlet), row.skip) << row.paragraph;
        EXPECT_EQ(outlet, row.outlet) << row.paragraph;
    }
}

TEST(Boilerplate, TheFirstParagraphsDatelineIsTheSourceAndNoText) {
    const std::string text = "Title line\n\n(Bloomberg) \u2014 Shares surged.\n\n(Reuters) - Later "
                             "text.\n";
    ReadResult result = readText(text, "t.txt", TextFormat::Plain);
    ASSERT_TRUE(result.document);
    Document& doc = *result.document;
    markBoilerplate(doc);
    EXPECT_EQ(doc.source, "Bloomberg");
    EXPECT_EQ(doc.blockText(doc.blocks[1]), "Shares surged.");
    EXPECT_EQ(doc.blockText(doc.blocks[2]), "(Reuters) - Later text."); // only the first one
}

TEST(Boilerplate, LongLinesStayLinear) {
    const std::string longLine(5'000'000, 'a');
    EXPECT_EQ(classifyLine(longLine).kind, BlockKind::Paragraph);
    EXPECT_FALSE(looksLikeHeading(longLine));
}

} // namespace
} // namespace kg::ingest::article
