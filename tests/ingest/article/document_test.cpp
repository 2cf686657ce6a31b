#include "ingest/article/document.h"

#include <gtest/gtest.h>

namespace kg::ingest::article {
namespace {

TEST(OffsetMap, MapsVerbatimAndReplacedRuns) {
    OffsetMap map;
    map.add(0, 10, 5, true);  // plain 0..4 <- original 10..14
    map.add(5, 20, 1, false); // plain 5 replaces an entity at original 20
    map.add(6, 26, 3, true);  // plain 6..8 <- original 26..28
    EXPECT_EQ(map.toOriginal(0), 10u);
    EXPECT_EQ(map.toOriginal(4), 14u);
    EXPECT_EQ(map.toOriginal(5), 20u);
    EXPECT_EQ(map.toOriginal(6), 26u);
    EXPECT_EQ(map.toOriginal(8), 28u);
    EXPECT_EQ(map.toOriginal(9), 29u); // one past the end
    EXPECT_EQ(map.runCount(), 3u);
}

TEST(OffsetMap, MergesAdjacentRuns) {
    OffsetMap map;
    map.add(0, 0, 2, true);
    map.add(2, 2, 3, true);
    map.add(5, 9, 1, false);
    map.add(6, 9, 1, false); // a multi-byte replacement of one construct
    EXPECT_EQ(map.runCount(), 2u);
    EXPECT_EQ(map.toOriginal(3), 3u);
    EXPECT_EQ(map.toOriginal(6), 9u);
}

TEST(DocumentBuilder, CollapsesWhitespaceAndSeparatesBlocks) {
    DocumentBuilder b;
    b.beginBlock();
    b.appendOriginal("  Hello \n  world ", 100);
    EXPECT_TRUE(b.endBlock(BlockKind::Title));
    b.beginBlock();
    b.appendOriginal("   ", 200);
    EXPECT_FALSE(b.endBlock(BlockKind::Paragraph)); // empty blocks are dropped
    b.beginBlock();
    b.appendOriginal("A", 300);
    b.appendReplacement("&", 301);
    b.appendOriginal("B", 306);
    b.endBlock(BlockKind::Paragraph, "x");
    const Document doc = b.finish("f.txt");
    EXPECT_EQ(doc.text, "Hello world\n\nA&B");
    ASSERT_EQ(doc.blocks.size(), 2u);
    EXPECT_EQ(doc.blockText(doc.blocks[0]), "Hello world");
    EXPECT_EQ(doc.blockText(doc.blocks[1]), "A&B");
    EXPECT_EQ(doc.blocks[1].reason, "x");
    EXPECT_EQ(doc.file, "f.txt");
    EXPECT_EQ(doc.offsets.toOriginal(0), 102u); // 'H'
    EXPECT_EQ(doc.offsets.toOriginal(5), 107u); // the space stands for the first blank
    EXPECT_EQ(doc.offsets.toOriginal(6), 111u); // 'w'
    EXPECT_EQ(doc.offsets.toOriginal(13), 300u);
    EXPECT_EQ(doc.offsets.toOriginal(14), 301u);
    EXPECT_EQ(doc.offsets.toOriginal(15), 306u);
}

TEST(CodePointOffset, CountsCharactersNotBytes) {
    EXPECT_EQ(codePointOffset("Caf\u00E9 x", 6), 5u);
    EXPECT_EQ(codePointOffset("China\u2019s", 8), 6u);
    EXPECT_EQ(codePointOffset("abc", 2), 2u);
    EXPECT_EQ(codePointOffset("abc", 99), 3u);
    EXPECT_EQ(codePointOffset("", 0), 0u);
}

TEST(DocumentBuilder, KindNames) {
    EXPECT_EQ(blockKindName(BlockKind::Title), "title");
    EXPECT_EQ(blockKindName(BlockKind::Heading), "heading");
    EXPECT_EQ(blockKindName(BlockKind::Paragraph), "paragraph");
    EXPECT_EQ(blockKindName(BlockKind::Boilerplate), "boilerplate");
}

} // namespace
} // namespace kg::ingest::article
