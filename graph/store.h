#pragma once
// The SQLite file that keeps a knowledge graph between runs: documents, statements exactly as
// ingested, aliases and merges. One Store owns one connection; not thread-safe. Each ingest is one
// transaction, so a failed or interrupted ingest leaves the file as it was.

#include "graph/knowledge_graph.h"
#include "graph/statement.h"

#include <cstddef>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace kg::graph {

/// A document (article, statements file) whose statements are in the store.
struct DocumentInfo {
    std::string name;   ///< file name as given
    std::string hash;   ///< hex content hash; two documents with one hash are one document
    std::string title;  ///< empty when unknown
    std::string date;   ///< ISO 8601 prefix, empty when unknown
    std::string source; ///< publisher or provider, empty when unknown
};

/// Why a store operation failed, as "PATH: what" (e.g. "x.db: not a kg store").
class StoreError : public std::runtime_error {
public:
    using runtime_error::runtime_error;
};

/// ReadOnly: the file must exist and be a kg store. ReadWrite: created (with its schema) if
/// missing.
enum class OpenMode { ReadOnly, ReadWrite };

/// A name edit kept in the store, replayed by load(): `name` becomes another name of `canonical`
/// (an alias), or the entity named `name` is folded into the one named `canonical` (a merge).
struct NameEdit {
    std::string name;
    std::string canonical;
};

/// One ingest written piece by piece inside one transaction, for inputs too large to hold all
/// their statements in memory: nothing is stored unless commit() is reached (destroying an
/// uncommitted session rolls it back). Each add throws StoreError like Store::ingest.
/// Example: `auto s = store.beginIngest(); s.addDocument(d); s.addStatement(st); s.commit();`
class IngestSession {
public:
    struct Impl;
    explicit IngestSession(std::unique_ptr<Impl> impl);
    IngestSession(IngestSession&&) noexcept;
    IngestSession& operator=(IngestSession&&) noexcept;
    ~IngestSession();

    void addDocument(const DocumentInfo& document);
    void addStatement(const Statement& statement);
    void addAlias(const NameEdit& alias); ///< skipped when the same alias is already stored
    std::size_t statementCount() const;   ///< statements added so far
    void commit();

private:
    std::unique_ptr<Impl> impl_;
};

class Store {
public:
    /// Opens (ReadWrite: creates if missing) the store at `path`. Throws StoreError for a missing
    /// store in ReadOnly mode, a file that is not a kg store, a store made by a newer kg, or a path
    /// that cannot be opened. Example: `auto store = Store::open("kg.db", OpenMode::ReadOnly);`
    static Store open(const std::string& path, OpenMode mode);

    Store(Store&&) noexcept;
    Store& operator=(Store&&) noexcept;
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;
    ~Store();

    const std::string& path() const { return path_; }

    /// True when a document with this content hash has been ingested.
    bool hasDocument(std::string_view hash) const;

    /// Stores all documents and statements in one transaction, or (on any failure) nothing; then
    /// throws StoreError. Fails when a document's hash is already stored, or a statement has an
    /// empty subject, relation or object or a confidence outside 0..1.
    /// `aliases` (other names of the statements' entities, e.g. "CAC" for the Cyberspace
    /// Administration of China) are stored in the same transaction; ones already stored are
    /// skipped. Example: `store.ingest({{"a.tsv", sha, "", "", ""}}, statements);`
    void ingest(const std::vector<DocumentInfo>& documents,
                const std::vector<Statement>& statements,
                const std::vector<NameEdit>& aliases = {});

    /// Starts an ingest to be filled piece by piece (see IngestSession). One at a time per store.
    IngestSession beginIngest();

    /// Rebuilds the whole graph deterministically: aliases first (so names resolve), then the
    /// statements in ingest order, then merges in the order they were made. O(statements).
    KnowledgeGraph load() const;

    /// Persists `alias` as another name of `canonical`; applied by every later load().
    void addAlias(std::string_view alias, std::string_view canonical);

    /// Persists folding the entity named `from` into the one named `into`; applied by load().
    void merge(std::string_view from, std::string_view into);

    /// Documents in ingest order.
    std::vector<DocumentInfo> documents() const;
    std::vector<NameEdit> aliases() const;
    std::vector<NameEdit> merges() const;
    std::size_t statementCount() const;

    /// The schema version this kg writes (kept in PRAGMA user_version).
    static constexpr int SCHEMA_VERSION = 1;

private:
    struct Connection;
    Store(std::string path, std::unique_ptr<Connection> connection);

    std::string path_;
    std::unique_ptr<Connection> connection_;
};

} // namespace kg::graph
