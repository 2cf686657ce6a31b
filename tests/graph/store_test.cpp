#include "graph/store.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <unistd.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

namespace kg::graph {
namespace {

namespace fs = std::filesystem;

// A fresh directory per test, removed afterwards.
class StoreTest : public ::testing::Test {
protected:
    void SetUp() override {
        const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
        dir_ = fs::temp_directory_path() /
               (std::string("kg_store_test_") + info->name() + "_" + std::to_string(::getpid()));
        fs::remove_all(dir_);
        fs::create_directories(dir_);
    }
    void TearDown() override { fs::remove_all(dir_); }
    std::string path(const std::string& name = "kg.db") const { return (dir_ / name).string(); }

    fs::path dir_;
};

Statement triple(std::string s, std::string r, std::string o, std::string doc = "d1",
                 int sentence = 0) {
    Statement st;
    st.subject = std::move(s);
    st.relation = std::move(r);
    st.object = std::move(o);
    st.doc = std::move(doc);
    st.sentence = sentence;
    st.text = st.subject + " " + st.relation + " " + st.object + ".";
    return st;
}

Statement everyField() {
    Statement s;
    s.doc = "00_h20.txt";
    s.sentence = 9;
    s.start = 1234;
    s.end = 1301;
    s.text = "On July 31, China\u2019s Cyberspace Administration summoned Nvidia.";
    s.subject = "Cyberspace Administration of China";
    s.subjectType = EntityType::Org;
    s.subjectText = "China\u2019s Cyberspace Administration";
    s.relation = "summon";
    s.relationText = "summoned";
    s.negated = true;
    s.object = "Nvidia";
    s.objectType = EntityType::Product;
    s.objectText = "Nvidia";
    s.args = {{"time", "On July 31", "2025-07-31"}, {"place", "in Beijing", ""}};
    s.confidence = 0.625;
    s.date = "2025-07-31";
    s.source = "Reuters";
    s.modality = "may";
    s.asserted = false;
    return s;
}

std::int64_t countRows(const std::string& path, const char* table) {
    sqlite3* db = nullptr;
    sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* stmt = nullptr;
    const std::string sql = std::string("SELECT count(*) FROM ") + table;
    sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr);
    std::int64_t count = -1;
    if (sqlite3_step(stmt) == SQLITE_ROW) {
        count = sqlite3_column_int64(stmt, 0);
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return count;
}

void execSql(const std::string& path, const char* sql) {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
    sqlite3_close(db);
}

// The message of the StoreError that `action` throws, or "" when it throws none.
template <typename F> std::string storeError(F action) {
    try {
        action();
    } catch (const StoreError& e) {
        return e.what();
    }
    return "";
}

TEST_F(StoreTest, EveryStatementFieldSurvivesARoundTrip) {
    const Statement original = everyField();
    {
        Store store = Store::open(path(), OpenMode::ReadWrite);
        store.ingest({{"00_h20.txt", "abc123", "H20 story", "2025-08-01", "Reuters"}}, {original});
    }
    const Store store = Store::open(path(), OpenMode::ReadOnly);
    const KnowledgeGraph g = store.load();
    ASSERT_EQ(g.assertionCount(), 1u);
    const Assertion& a = g.assertion(g.assertionIds()[0]);
    EXPECT_EQ(g.entity(a.subject).name, original.subject);
    EXPECT_EQ(g.entity(a.subject).type, EntityType::Org);
    EXPECT_EQ(g.entity(a.object).name, original.object);
    EXPECT_EQ(g.entity(a.object).type, EntityType::Product);
    EXPECT_EQ(a.relation, "summon");
    EXPECT_TRUE(a.negated);
    EXPECT_EQ(a.time, "2025-07-31");
    EXPECT_EQ(a.modality, "may");
    EXPECT_FALSE(a.asserted);
    EXPECT_DOUBLE_EQ(a.confidence, 0.625);
    ASSERT_EQ(a.evidence.size(), 1u);
    const Evidence& e = a.evidence[0];
    EXPECT_EQ(e.document, original.doc);
    EXPECT_EQ(e.sentence, 9);
    EXPECT_EQ(e.start, 1234);
    EXPECT_EQ(e.end, 1301);
    EXPECT_EQ(e.text, original.text);
    EXPECT_EQ(e.source, "Reuters");
    EXPECT_EQ(e.subjectText, original.subjectText);
    EXPECT_EQ(e.objectText, "Nvidia");
    EXPECT_EQ(e.relationText, "summoned");
    EXPECT_DOUBLE_EQ(e.confidence, 0.625);
    ASSERT_EQ(e.args.size(), 2u);
    EXPECT_EQ(e.args[0].role, "time");
    EXPECT_EQ(e.args[0].text, "On July 31");
    EXPECT_EQ(e.args[0].value, "2025-07-31");
    EXPECT_EQ(e.args[1].role, "place");
    EXPECT_EQ(e.args[1].value, "");

    const auto documents = store.documents();
    ASSERT_EQ(documents.size(), 1u);
    EXPECT_EQ(documents[0].name, "00_h20.txt");
    EXPECT_EQ(documents[0].hash, "abc123");
    EXPECT_EQ(documents[0].title, "H20 story");
    EXPECT_EQ(documents[0].date, "2025-08-01");
    EXPECT_EQ(documents[0].source, "Reuters");
}

TEST_F(StoreTest, UnsetTypesStayUnsetAndArgsStayWithTheirStatement) {
    Statement withArgs = triple("A", "meet", "B");
    withArgs.args = {{"other", "x", "1"}};
    Statement withoutArgs = triple("C", "meet", "D");
    Statement moreArgs = triple("E", "meet", "F");
    moreArgs.args = {{"time", "t1", ""}, {"time", "t2", ""}, {"place", "p", ""}};
    {
        Store store = Store::open(path(), OpenMode::ReadWrite);
        store.ingest({}, {withArgs, withoutArgs, moreArgs});
    }
    const KnowledgeGraph g = Store::open(path(), OpenMode::ReadOnly).load();
    ASSERT_EQ(g.assertionCount(), 3u);
    EXPECT_EQ(g.assertion(0).evidence[0].args.size(), 1u);
    EXPECT_TRUE(g.assertion(1).evidence[0].args.empty());
    ASSERT_EQ(g.assertion(2).evidence[0].args.size(), 3u);
    EXPECT_EQ(g.assertion(2).evidence[0].args[1].text, "t2");
    EXPECT_EQ(g.entity(*g.find("A")).type, EntityType::Other);
}

TEST_F(StoreTest, LoadKeepsIngestOrderAcrossIngests) {
    {
        Store store = Store::open(path(), OpenMode::ReadWrite);
        store.ingest({{"one", "h1", "", "", ""}}, {triple("A", "x", "B"), triple("B", "y", "C")});
        store.ingest({{"two", "h2", "", "", ""}}, {triple("C", "z", "D")});
        EXPECT_EQ(store.statementCount(), 3u);
    }
    const Store store = Store::open(path(), OpenMode::ReadOnly);
    const KnowledgeGraph g = store.load();
    EXPECT_EQ(g.entity(0).name, "A");
    EXPECT_EQ(g.entity(3).name, "D");
    EXPECT_EQ(g.assertion(2).relation, "z");
    ASSERT_EQ(store.documents().size(), 2u);
    EXPECT_EQ(store.documents()[1].name, "two");
}

std::string fileBytes(const std::string& path) {
    std::ifstream file(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
}

TEST_F(StoreTest, AFailedIngestStoresNothing) {
    Store store = Store::open(path(), OpenMode::ReadWrite);
    store.ingest({{"first", "h1", "", "", ""}}, {triple("A", "x", "B")});
    const std::string before = fileBytes(path());

    struct Case {
        const char* name;
        Statement bad;
        const char* message;
    };
    Statement emptySubject = triple(" ", "x", "B", "bad.tsv", 2);
    Statement emptyRelation = triple("A", "\t", "B");
    Statement emptyObject = triple("A", "x", "");
    Statement badConfidence = triple("A", "x", "B");
    badConfidence.confidence = 1.5;
    Statement nanConfidence = triple("A", "x", "B");
    nanConfidence.confidence = std::nan("");
    const Case cases[] = {
        {"empty subject", emptySubject,
         "statement 3 of bad.tsv (sentence 2): the subject is empty"},
        {"empty relation", emptyRelation, "the relation is empty"},
        {"empty object", emptyObject, "the object is empty"},
        {"confidence", badConfidence, "confidence is not between 0 and 1"},
        {"nan confidence", nanConfidence, "confidence is not between 0 and 1"},
    };
    for (const Case& c : cases) {
        // Two good statements are written inside the transaction before the bad one fails.
        const std::string message = storeError([&] {
            store.ingest({{"second", "h2", "", "", ""}},
                         {triple("C", "y", "D"), triple("E", "z", "F"), c.bad});
        });
        EXPECT_NE(message.find(c.message), std::string::npos) << c.name << ": " << message;
        EXPECT_NE(message.find("nothing was stored"), std::string::npos) << c.name;
        EXPECT_EQ(countRows(path(), "statements"), 1) << c.name;
        EXPECT_EQ(countRows(path(), "documents"), 1) << c.name;
        EXPECT_EQ(countRows(path(), "ingests"), 1) << c.name;
        EXPECT_FALSE(store.hasDocument("h2")) << c.name;
        EXPECT_TRUE(fileBytes(path()) == before) << c.name << ": the file changed";
    }
    EXPECT_EQ(store.load().assertionCount(), 1u);
    // The store is still usable after a failure.
    store.ingest({{"second", "h2", "", "", ""}}, {triple("C", "y", "D")});
    EXPECT_EQ(store.load().assertionCount(), 2u);
}

TEST_F(StoreTest, AConstraintFailureInsideSqliteRollsBackToo) {
    Store store = Store::open(path(), OpenMode::ReadWrite);
    store.ingest({}, {triple("A", "x", "B")});
    // A trigger makes the database itself refuse the third statement of the next ingest.
    execSql(path(), "CREATE TRIGGER refuse BEFORE INSERT ON statements WHEN NEW.subject = 'E' "
                    "BEGIN SELECT RAISE(ABORT, 'refused by test'); END");
    const std::string message = storeError([&] {
        store.ingest({{"doc", "h9", "", "", ""}},
                     {triple("C", "y", "D"), triple("C", "w", "D"), triple("E", "z", "F")});
    });
    EXPECT_NE(message.find("refused by test"), std::string::npos) << message;
    EXPECT_NE(message.find("statement 3"), std::string::npos) << message;
    EXPECT_EQ(countRows(path(), "statements"), 1);
    EXPECT_EQ(countRows(path(), "documents"), 0);
}

TEST_F(StoreTest, DuplicateDocumentHashIsRefused) {
    Store store = Store::open(path(), OpenMode::ReadWrite);
    EXPECT_FALSE(store.hasDocument("h1"));
    store.ingest({{"a.tsv", "h1", "", "", ""}}, {triple("A", "x", "B")});
    EXPECT_TRUE(store.hasDocument("h1"));
    EXPECT_FALSE(store.hasDocument("h2"));

    const std::string again = storeError([&] {
        store.ingest({{"copy.tsv", "h1", "", "", ""}}, {triple("C", "y", "D")});
    });
    EXPECT_NE(again.find("copy.tsv is already in the store (as a.tsv"), std::string::npos) << again;
    const std::string twice = storeError([&] {
        store.ingest({{"b.tsv", "h2", "", "", ""}, {"b2.tsv", "h2", "", "", ""}},
                     {triple("C", "y", "D")});
    });
    EXPECT_NE(twice.find("b2.tsv is already in the store"), std::string::npos) << twice;
    EXPECT_EQ(store.documents().size(), 1u);
    EXPECT_EQ(store.statementCount(), 1u);
}

TEST_F(StoreTest, OpenErrorsSayWhatIsWrong) {
    {
        std::ofstream text(path("notes.db"));
        text << "this is a text file, not a database, but long enough to look like one......"
                "..............................................................................";
    }
    execSql(path("other.db"), "CREATE TABLE t (x INTEGER)");
    execSql(path("newer.db"), "PRAGMA application_id = 1262944257; PRAGMA user_version = 99; "
                              "CREATE TABLE t (x INTEGER)");
    std::ofstream(path("empty.db")).close();

    struct Case {
        std::string file;
        OpenMode mode;
        std::string message;
    };
    const Case cases[] = {
        {path("missing.db"), OpenMode::ReadOnly,
         path("missing.db") + ": no store here; run 'kg ingest FILE' first"},
        {path("empty.db"), OpenMode::ReadOnly,
         path("empty.db") + ": no store here; run 'kg ingest FILE' first"},
        {path("notes.db"), OpenMode::ReadOnly, path("notes.db") + ": not a kg store"},
        {path("notes.db"), OpenMode::ReadWrite, path("notes.db") + ": not a kg store"},
        {path("other.db"), OpenMode::ReadOnly, path("other.db") + ": not a kg store"},
        {path("other.db"), OpenMode::ReadWrite, path("other.db") + ": not a kg store"},
        {path("newer.db"), OpenMode::ReadOnly, path("newer.db") + ": made by a newer kg"},
        {path("no/such/dir/kg.db"), OpenMode::ReadWrite,
         path("no/such/dir/kg.db") + ": cannot open"},
        {dir_.string(), OpenMode::ReadWrite, dir_.string() + ": is a directory"},
    };
    for (const Case& c : cases) {
        const std::string message = storeError([&] { Store::open(c.file, c.mode); });
        EXPECT_EQ(message.substr(0, c.message.size()), c.message) << message;
    }
    // A failed open leaves the foreign file alone.
    EXPECT_EQ(countRows(path("other.db"), "t"), 0);
    EXPECT_FALSE(fs::exists(path("missing.db")));
}

TEST_F(StoreTest, ReadOnlyStoreRefusesWrites) {
    Store::open(path(), OpenMode::ReadWrite).ingest({}, {triple("A", "x", "B")});
    Store store = Store::open(path(), OpenMode::ReadOnly);
    EXPECT_NE(storeError([&] { store.ingest({}, {triple("C", "y", "D")}); }), "");
    EXPECT_NE(storeError([&] { store.addAlias("X", "A"); }), "");
    EXPECT_EQ(store.statementCount(), 1u);
}

TEST_F(StoreTest, AliasesAndMergesAreAppliedOnLoad) {
    {
        Store store = Store::open(path(), OpenMode::ReadWrite);
        store.ingest({}, {triple("CAC", "summon", "Nvidia"),
                          triple("Cyberspace Administration of China", "regulate", "Internet"),
                          triple("Beijing", "want", "United States"),
                          triple("China", "want", "United States", "d2")});
        store.addAlias("CAC", "Cyberspace Administration of China");
        store.merge("Beijing", "China");
        store.merge("Nobody", "China"); // unknown names are ignored on load
        EXPECT_EQ(store.aliases().size(), 1u);
        EXPECT_EQ(store.merges().size(), 2u);
        EXPECT_NE(storeError([&] { store.addAlias(" ", "China"); }), "");
    }
    const KnowledgeGraph g = Store::open(path(), OpenMode::ReadOnly).load();
    const auto cac = g.find("Cyberspace Administration of China");
    ASSERT_TRUE(cac.has_value());
    EXPECT_EQ(g.find("cac"), cac);
    EXPECT_EQ(g.outgoing(*cac).size(), 2u);
    const auto china = g.find("China");
    ASSERT_TRUE(china.has_value());
    EXPECT_EQ(g.find("Beijing"), china);
    EXPECT_EQ(g.entityCount(), 5u); // CAC, Nvidia, Internet, China, United States
    EXPECT_EQ(g.assertionCount(), 3u);
    const auto out = g.outgoing(*china);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(g.assertion(out[0]).evidence.size(), 2u);
}

} // namespace
} // namespace kg::graph

namespace kg::graph {
namespace {

TEST_F(StoreTest, AnIngestSessionStoresOnlyWhenCommitted) {
    Store store = Store::open(path(), OpenMode::ReadWrite);
    store.ingest({{"first", "h1", "", "", ""}}, {triple("A", "x", "B")});
    const std::string before = fileBytes(path());
    {
        // Abandoned half way (an interrupted article): nothing of it stays.
        IngestSession session = store.beginIngest();
        session.addDocument({"big.txt", "h2", "Title", "2025-08-10", "Reuters"});
        session.addStatement(triple("C", "y", "D", "big.txt"));
        session.addAlias({"CC", "C"});
        EXPECT_EQ(session.statementCount(), 1u);
    }
    EXPECT_TRUE(fileBytes(path()) == before);
    EXPECT_FALSE(store.hasDocument("h2"));
    EXPECT_TRUE(store.aliases().empty());

    IngestSession session = store.beginIngest();
    session.addDocument({"big.txt", "h2", "Title", "2025-08-10", "Reuters"});
    session.addStatement(triple("C", "y", "D", "big.txt"));
    session.addStatement(triple("D", "z", "E", "big.txt", 1));
    session.addAlias({"CC", "C"});
    session.addAlias({"CC", "C"}); // the same alias twice is stored once
    const std::string bad = storeError([&] { session.addStatement(triple("", "z", "E")); });
    EXPECT_NE(bad.find("the subject is empty"), std::string::npos) << bad;
    session.commit();
    EXPECT_TRUE(store.hasDocument("h2"));
    EXPECT_EQ(store.aliases().size(), 1u);
    const KnowledgeGraph graph = store.load();
    EXPECT_EQ(graph.assertionCount(), 3u);
    EXPECT_TRUE(graph.find("cc").has_value());
    const std::vector<DocumentInfo> docs = store.documents();
    ASSERT_EQ(docs.size(), 2u);
    EXPECT_EQ(docs[1].title, "Title");
    EXPECT_EQ(docs[1].date, "2025-08-10");
}

TEST_F(StoreTest, AnIngestSessionRefusesAKnownDocument) {
    Store store = Store::open(path(), OpenMode::ReadWrite);
    store.ingest({{"first", "h1", "", "", ""}}, {triple("A", "x", "B")});
    IngestSession session = store.beginIngest();
    const std::string message = storeError([&] {
        session.addDocument({"again", "h1", "", "", ""});
    });
    EXPECT_NE(message.find("already in the store"), std::string::npos) << message;
}

} // namespace
} // namespace kg::graph
