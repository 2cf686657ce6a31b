#include "graph/store.h"

#include <sqlite3.h>

#include <cmath>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <utility>

namespace kg::graph {

namespace {

// PRAGMA application_id of a kg store ("KG" and a format generation), so that any other SQLite
// file is told apart from an empty one.
constexpr std::int32_t APPLICATION_ID = 0x4B470001;

constexpr const char* SCHEMA = R"sql(
CREATE TABLE ingests (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    ingest_id INTEGER NOT NULL REFERENCES ingests(id),
    hash TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    title TEXT NOT NULL,
    date TEXT NOT NULL,
    source TEXT NOT NULL
);
CREATE TABLE statements (
    id INTEGER PRIMARY KEY,
    ingest_id INTEGER NOT NULL REFERENCES ingests(id),
    doc TEXT NOT NULL,
    sentence INTEGER NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    text TEXT NOT NULL,
    subject TEXT NOT NULL CHECK (subject <> ''),
    subject_type TEXT,
    subject_text TEXT NOT NULL,
    relation TEXT NOT NULL CHECK (relation <> ''),
    relation_text TEXT NOT NULL,
    negated INTEGER NOT NULL CHECK (negated IN (0, 1)),
    object TEXT NOT NULL CHECK (object <> ''),
    object_type TEXT,
    object_text TEXT NOT NULL,
    confidence REAL NOT NULL CHECK (confidence BETWEEN 0 AND 1),
    date TEXT NOT NULL,
    source TEXT NOT NULL,
    modality TEXT NOT NULL,
    asserted INTEGER NOT NULL CHECK (asserted IN (0, 1))
);
CREATE TABLE statement_args (
    statement_id INTEGER NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    role TEXT NOT NULL,
    text TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (statement_id, position)
) WITHOUT ROWID;
CREATE TABLE name_edits (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('alias', 'merge')),
    name TEXT NOT NULL CHECK (name <> ''),
    canonical TEXT NOT NULL CHECK (canonical <> '')
);
)sql";

struct DbCloser {
    void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
using DbHandle = std::unique_ptr<sqlite3, DbCloser>;

[[noreturn]] void fail(const std::string& path, const std::string& what) {
    throw StoreError(path + ": " + what);
}

// A prepared statement: bind parameters by 1-based index, step, read columns. Resets on reuse.
class Query {
public:
    Query(sqlite3* db, const std::string& path, std::string_view sql) : db_(db), path_(&path) {
        if (sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &stmt_, nullptr) !=
            SQLITE_OK) {
            fail(path, sqlite3_errmsg(db));
        }
    }
    ~Query() { sqlite3_finalize(stmt_); }
    Query(const Query&) = delete;
    Query& operator=(const Query&) = delete;

    Query& reset() {
        sqlite3_reset(stmt_);
        sqlite3_clear_bindings(stmt_);
        return *this;
    }
    Query& bind(int index, std::string_view text) {
        check(sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()),
                                SQLITE_TRANSIENT));
        return *this;
    }
    Query& bind(int index, std::int64_t value) {
        check(sqlite3_bind_int64(stmt_, index, value));
        return *this;
    }
    Query& bind(int index, double value) {
        check(sqlite3_bind_double(stmt_, index, value));
        return *this;
    }
    Query& bindNull(int index) {
        check(sqlite3_bind_null(stmt_, index));
        return *this;
    }
    /// Steps once: true while a row is available, false when done. Throws on errors.
    bool step() {
        const int rc = sqlite3_step(stmt_);
        if (rc == SQLITE_ROW) {
            return true;
        }
        if (rc == SQLITE_DONE) {
            return false;
        }
        fail(*path_, sqlite3_errmsg(db_));
    }
    void run() {
        while (step()) {
        }
    }
    std::string text(int column) const {
        const auto* p = sqlite3_column_text(stmt_, column);
        return p == nullptr
                   ? std::string()
                   : std::string(reinterpret_cast<const char*>(p),
                                 static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)));
    }
    std::int64_t integer(int column) const { return sqlite3_column_int64(stmt_, column); }
    double real(int column) const { return sqlite3_column_double(stmt_, column); }
    bool isNull(int column) const { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }

private:
    void check(int rc) const {
        if (rc != SQLITE_OK) {
            fail(*path_, sqlite3_errmsg(db_));
        }
    }
    sqlite3* db_;
    const std::string* path_;
    sqlite3_stmt* stmt_ = nullptr;
};

void exec(sqlite3* db, const std::string& path, const char* sql) {
    char* message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        std::string what = message != nullptr ? message : sqlite3_errmsg(db);
        sqlite3_free(message);
        fail(path, what);
    }
}

// Rolls back an open transaction unless commit() was called, whatever ends the scope.
class Transaction {
public:
    Transaction(sqlite3* db, const std::string& path) : db_(db), path_(path) {
        exec(db_, path_, "BEGIN IMMEDIATE");
    }
    ~Transaction() {
        if (open_) {
            sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
        }
    }
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit() {
        exec(db_, path_, "COMMIT");
        open_ = false;
    }

private:
    sqlite3* db_;
    const std::string& path_;
    bool open_ = true;
};

std::int64_t pragmaValue(sqlite3* db, const std::string& path, const char* sql) {
    Query query(db, path, sql);
    return query.step() ? query.integer(0) : 0;
}

std::string typeText(const std::optional<EntityType>& type) {
    return type ? std::string(entityTypeName(*type)) : std::string();
}

std::string statementLabel(std::size_t index, const Statement& s) {
    std::string label = "statement " + std::to_string(index + 1);
    if (!s.doc.empty()) {
        label += " of " + s.doc;
        if (s.sentence >= 0) {
            label += " (sentence " + std::to_string(s.sentence) + ")";
        }
    }
    return label;
}

void validate(const std::string& path, std::size_t index, const Statement& s) {
    const auto emptyName = [](const std::string& name) {
        return KnowledgeGraph::normalizeName(name).empty();
    };
    const char* problem = nullptr;
    if (emptyName(s.subject)) {
        problem = "the subject is empty";
    } else if (emptyName(s.relation)) {
        problem = "the relation is empty";
    } else if (emptyName(s.object)) {
        problem = "the object is empty";
    } else if (!(s.confidence >= 0.0 && s.confidence <= 1.0)) {
        problem = "the confidence is not between 0 and 1";
    }
    if (problem != nullptr) {
        fail(path,
             "cannot store " + statementLabel(index, s) + ": " + problem + "; nothing was stored");
    }
}

// Turns an empty SQLite database into a kg store, or checks that an existing one is ours.
// Returns false when the file has no store and `create` is false.
bool prepareSchema(sqlite3* db, const std::string& path, bool create) {
    const std::int64_t applicationId = pragmaValue(db, path, "PRAGMA application_id");
    const std::int64_t version = pragmaValue(db, path, "PRAGMA user_version");
    const std::int64_t objects = pragmaValue(db, path, "SELECT count(*) FROM sqlite_schema");
    if (applicationId == 0 && version == 0 && objects == 0) {
        if (!create) {
            return false;
        }
        Transaction transaction(db, path);
        exec(db, path, SCHEMA);
        exec(db, path, ("PRAGMA application_id = " + std::to_string(APPLICATION_ID)).c_str());
        exec(db, path, ("PRAGMA user_version = " + std::to_string(Store::SCHEMA_VERSION)).c_str());
        transaction.commit();
        return true;
    }
    if (applicationId != APPLICATION_ID) {
        fail(path, "not a kg store");
    }
    if (version > Store::SCHEMA_VERSION) {
        fail(path, "made by a newer kg (store version " + std::to_string(version) +
                       ", this kg reads up to " + std::to_string(Store::SCHEMA_VERSION) + ")");
    }
    if (version < 1) {
        fail(path, "not a kg store (no schema version)");
    }
    return true;
}

void addNameEdit(sqlite3* db, const std::string& path, std::string_view kind, std::string_view name,
                 std::string_view canonical) {
    if (KnowledgeGraph::normalizeName(name).empty() ||
        KnowledgeGraph::normalizeName(canonical).empty()) {
        fail(path, "a name is empty");
    }
    Transaction transaction(db, path);
    Query insert(db, path, "INSERT INTO name_edits (kind, name, canonical) VALUES (?1, ?2, ?3)");
    insert.bind(1, kind).bind(2, name).bind(3, canonical).run();
    transaction.commit();
}

std::vector<NameEdit> nameEdits(sqlite3* db, const std::string& path, std::string_view kind) {
    Query query(db, path, "SELECT name, canonical FROM name_edits WHERE kind = ?1 ORDER BY id");
    query.bind(1, kind);
    std::vector<NameEdit> edits;
    while (query.step()) {
        edits.push_back({query.text(0), query.text(1)});
    }
    return edits;
}

} // namespace

struct Store::Connection {
    DbHandle db;
};

Store::Store(std::string path, std::unique_ptr<Connection> connection)
    : path_(std::move(path)), connection_(std::move(connection)) {}
Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&&) noexcept = default;
Store::~Store() = default;

Store Store::open(const std::string& path, OpenMode mode) {
    const bool readOnly = mode == OpenMode::ReadOnly;
    std::error_code error;
    if (readOnly && !std::filesystem::exists(path, error)) {
        fail(path, "no store here; run 'kg ingest FILE' first");
    }
    if (std::filesystem::is_directory(path, error)) {
        fail(path, "is a directory, not a kg store");
    }
    sqlite3* raw = nullptr;
    const int flags = readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    const int rc = sqlite3_open_v2(path.c_str(), &raw, flags | SQLITE_OPEN_NOMUTEX, nullptr);
    DbHandle db(raw);
    if (rc != SQLITE_OK) {
        fail(path, std::string("cannot open: ") +
                       (raw != nullptr ? sqlite3_errmsg(raw) : sqlite3_errstr(rc)));
    }
    sqlite3_extended_result_codes(raw, 1);
    sqlite3_busy_timeout(raw, 5000);
    try {
        exec(raw, path, "PRAGMA foreign_keys = ON");
        if (!prepareSchema(raw, path, !readOnly)) {
            fail(path, "no store here; run 'kg ingest FILE' first");
        }
    } catch (const StoreError&) {
        // SQLite reports a foreign file only when it first reads it.
        const int code = sqlite3_errcode(raw) & 0xff;
        if (code == SQLITE_NOTADB) {
            fail(path, "not a kg store");
        }
        throw;
    }
    return Store(path, std::make_unique<Connection>(Connection{std::move(db)}));
}

bool Store::hasDocument(std::string_view hash) const {
    Query query(connection_->db.get(), path_, "SELECT 1 FROM documents WHERE hash = ?1");
    query.bind(1, hash);
    return query.step();
}

// One open ingest: its transaction and prepared statements.
struct IngestSession::Impl {
    sqlite3* db;
    const std::string& path;
    Transaction transaction;
    std::int64_t ingestId = 0;
    std::size_t statements = 0;
    Query findDocument;
    Query insertDocument;
    Query insertStatement;
    Query insertArgument;
    Query findAlias;
    Query insertAlias;

    Impl(sqlite3* database, const std::string& storePath)
        : db(database), path(storePath), transaction(database, storePath),
          findDocument(db, path, "SELECT name FROM documents WHERE hash = ?1"),
          insertDocument(db, path,
                         "INSERT INTO documents (ingest_id, hash, name, title, date, source) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6)"),
          insertStatement(
              db, path,
              "INSERT INTO statements (ingest_id, doc, sentence, start_offset, end_offset, text, "
              "subject, subject_type, subject_text, relation, relation_text, negated, object, "
              "object_type, object_text, confidence, date, source, modality, asserted) VALUES "
              "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, "
              "?19, ?20)"),
          insertArgument(db, path,
                         "INSERT INTO statement_args (statement_id, position, role, text, value) "
                         "VALUES (?1, ?2, ?3, ?4, ?5)"),
          findAlias(db, path,
                    "SELECT 1 FROM name_edits WHERE kind = 'alias' AND name = ?1 AND "
                    "canonical = ?2"),
          insertAlias(db, path,
                      "INSERT INTO name_edits (kind, name, canonical) VALUES ('alias', ?1, ?2)") {
        exec(db, path, "INSERT INTO ingests DEFAULT VALUES");
        ingestId = sqlite3_last_insert_rowid(db);
    }
};

IngestSession::IngestSession(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
IngestSession::IngestSession(IngestSession&&) noexcept = default;
IngestSession& IngestSession::operator=(IngestSession&&) noexcept = default;
IngestSession::~IngestSession() = default;

void IngestSession::addDocument(const DocumentInfo& d) {
    Impl& m = *impl_;
    m.findDocument.reset().bind(1, d.hash);
    if (m.findDocument.step()) {
        fail(m.path, "document " + d.name + " is already in the store (as " +
                         m.findDocument.text(0) + ", same content); nothing was stored");
    }
    m.insertDocument.reset()
        .bind(1, m.ingestId)
        .bind(2, d.hash)
        .bind(3, d.name)
        .bind(4, d.title)
        .bind(5, d.date)
        .bind(6, d.source)
        .run();
}

void IngestSession::addStatement(const Statement& s) {
    Impl& m = *impl_;
    const std::size_t i = m.statements;
    validate(m.path, i, s);
    Query& q = m.insertStatement.reset();
    q.bind(1, m.ingestId).bind(2, s.doc).bind(3, std::int64_t{s.sentence});
    q.bind(4, s.start).bind(5, s.end).bind(6, s.text).bind(7, s.subject);
    if (s.subjectType) {
        q.bind(8, typeText(s.subjectType));
    }
    q.bind(9, s.subjectText).bind(10, s.relation).bind(11, s.relationText);
    q.bind(12, std::int64_t{s.negated ? 1 : 0}).bind(13, s.object);
    if (s.objectType) {
        q.bind(14, typeText(s.objectType));
    }
    q.bind(15, s.objectText).bind(16, s.confidence).bind(17, s.date).bind(18, s.source);
    q.bind(19, s.modality).bind(20, std::int64_t{s.asserted ? 1 : 0});
    try {
        q.run();
    } catch (const StoreError&) {
        fail(m.path, "cannot store " + statementLabel(i, s) + ": " + sqlite3_errmsg(m.db) +
                         "; nothing was stored");
    }
    const std::int64_t statementId = sqlite3_last_insert_rowid(m.db);
    for (std::size_t position = 0; position < s.args.size(); ++position) {
        const Argument& a = s.args[position];
        m.insertArgument.reset()
            .bind(1, statementId)
            .bind(2, static_cast<std::int64_t>(position))
            .bind(3, a.role)
            .bind(4, a.text)
            .bind(5, a.value)
            .run();
    }
    ++m.statements;
}

void IngestSession::addAlias(const NameEdit& alias) {
    Impl& m = *impl_;
    if (KnowledgeGraph::normalizeName(alias.name).empty() ||
        KnowledgeGraph::normalizeName(alias.canonical).empty()) {
        fail(m.path, "an alias has an empty name; nothing was stored");
    }
    m.findAlias.reset().bind(1, alias.name).bind(2, alias.canonical);
    if (!m.findAlias.step()) {
        m.insertAlias.reset().bind(1, alias.name).bind(2, alias.canonical).run();
    }
}

std::size_t IngestSession::statementCount() const {
    return impl_->statements;
}

void IngestSession::commit() {
    impl_->transaction.commit();
}

IngestSession Store::beginIngest() {
    return IngestSession(std::make_unique<IngestSession::Impl>(connection_->db.get(), path_));
}

void Store::ingest(const std::vector<DocumentInfo>& documents,
                   const std::vector<Statement>& statements, const std::vector<NameEdit>& aliases) {
    IngestSession session = beginIngest();
    for (const DocumentInfo& d : documents) {
        session.addDocument(d);
    }
    for (const Statement& s : statements) {
        session.addStatement(s);
    }
    for (const NameEdit& alias : aliases) {
        session.addAlias(alias);
    }
    session.commit();
}

KnowledgeGraph Store::load() const {
    sqlite3* db = connection_->db.get();
    KnowledgeGraph graph;
    // A read transaction, so that a concurrent ingest is seen whole or not at all.
    exec(db, path_, "BEGIN");
    try {
        for (const NameEdit& alias : aliases()) {
            const EntityId id = graph.intern(alias.canonical);
            graph.addAlias(id, alias.name);
        }

        Query statements(db, path_,
                         "SELECT id, doc, sentence, start_offset, end_offset, text, subject, "
                         "subject_type, subject_text, relation, relation_text, negated, object, "
                         "object_type, object_text, confidence, date, source, modality, asserted "
                         "FROM statements ORDER BY id");
        Query args(db, path_,
                   "SELECT statement_id, role, text, value FROM statement_args "
                   "ORDER BY statement_id, position");
        bool argPending = args.step();
        while (statements.step()) {
            const std::int64_t id = statements.integer(0);
            Statement s;
            s.doc = statements.text(1);
            s.sentence = static_cast<int>(statements.integer(2));
            s.start = statements.integer(3);
            s.end = statements.integer(4);
            s.text = statements.text(5);
            s.subject = statements.text(6);
            if (!statements.isNull(7)) {
                s.subjectType = parseEntityType(statements.text(7));
            }
            s.subjectText = statements.text(8);
            s.relation = statements.text(9);
            s.relationText = statements.text(10);
            s.negated = statements.integer(11) != 0;
            s.object = statements.text(12);
            if (!statements.isNull(13)) {
                s.objectType = parseEntityType(statements.text(13));
            }
            s.objectText = statements.text(14);
            s.confidence = statements.real(15);
            s.date = statements.text(16);
            s.source = statements.text(17);
            s.modality = statements.text(18);
            s.asserted = statements.integer(19) != 0;
            while (argPending && args.integer(0) <= id) {
                if (args.integer(0) == id) {
                    s.args.push_back({args.text(1), args.text(2), args.text(3)});
                }
                argPending = args.step();
            }
            graph.add(s);
        }

        for (const NameEdit& merge : merges()) {
            const auto from = graph.find(merge.name);
            const auto into = graph.find(merge.canonical);
            if (from && into) {
                graph.merge(*from, *into);
            }
        }
    } catch (const std::invalid_argument& e) {
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        fail(path_, std::string("damaged store: ") + e.what());
    } catch (...) {
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        throw;
    }
    exec(db, path_, "COMMIT");
    return graph;
}

void Store::addAlias(std::string_view alias, std::string_view canonical) {
    addNameEdit(connection_->db.get(), path_, "alias", alias, canonical);
}

void Store::merge(std::string_view from, std::string_view into) {
    addNameEdit(connection_->db.get(), path_, "merge", from, into);
}

std::vector<DocumentInfo> Store::documents() const {
    Query query(connection_->db.get(), path_,
                "SELECT name, hash, title, date, source FROM documents ORDER BY id");
    std::vector<DocumentInfo> documents;
    while (query.step()) {
        documents.push_back(
            {query.text(0), query.text(1), query.text(2), query.text(3), query.text(4)});
    }
    return documents;
}

std::vector<NameEdit> Store::aliases() const {
    return nameEdits(connection_->db.get(), path_, "alias");
}

std::vector<NameEdit> Store::merges() const {
    return nameEdits(connection_->db.get(), path_, "merge");
}

std::size_t Store::statementCount() const {
    return static_cast<std::size_t>(
        pragmaValue(connection_->db.get(), path_, "SELECT count(*) FROM statements"));
}

} // namespace kg::graph
