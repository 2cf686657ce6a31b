#include "graph/knowledge_graph.h"

#include "graph/adjacency.h"

#include <algorithm>
#include <limits>
#include <stdexcept>
#include <utility>

namespace kg::graph {

namespace {

bool isSpace(unsigned char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Byte length of an apostrophe-like character at the start of `s`, or 0.
std::size_t apostropheLength(std::string_view s) {
    constexpr std::string_view MARKS[] = {"\u2019", "\u2018", "\u02BC", "\u0060", "\u00B4"};
    for (std::string_view mark : MARKS) {
        if (s.substr(0, mark.size()) == mark) {
            return mark.size();
        }
    }
    return 0;
}

// Byte length of a non-breaking or other Unicode space at the start of `s`, or 0.
std::size_t unicodeSpaceLength(std::string_view s) {
    constexpr std::string_view SPACES[] = {"\u00A0", "\u2009", "\u202F", "\u2007", "\u3000"};
    for (std::string_view space : SPACES) {
        if (s.substr(0, space.size()) == space) {
            return space.size();
        }
    }
    return 0;
}

std::size_t editDistance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) {
        row[j] = j;
    }
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] =
                std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

bool weakType(EntityType type) {
    return type == EntityType::Other || type == EntityType::Concept;
}

} // namespace

KnowledgeGraph::KnowledgeGraph() : adjacency_(std::make_unique<Adjacency>()) {}
KnowledgeGraph::~KnowledgeGraph() = default;
KnowledgeGraph::KnowledgeGraph(KnowledgeGraph&&) noexcept = default;
KnowledgeGraph& KnowledgeGraph::operator=(KnowledgeGraph&&) noexcept = default;

std::string KnowledgeGraph::normalizeName(std::string_view name) {
    std::string out;
    out.reserve(name.size());
    bool pendingSpace = false;
    for (std::size_t i = 0; i < name.size();) {
        const auto c = static_cast<unsigned char>(name[i]);
        const std::size_t unicodeSpace = unicodeSpaceLength(name.substr(i));
        if (isSpace(c) || unicodeSpace > 0) {
            pendingSpace = !out.empty();
            i += unicodeSpace > 0 ? unicodeSpace : 1;
            continue;
        }
        if (pendingSpace) {
            out += ' ';
            pendingSpace = false;
        }
        if (const std::size_t mark = apostropheLength(name.substr(i)); mark > 0) {
            out += '\'';
            i += mark;
            continue;
        }
        out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c);
        ++i;
    }
    return out;
}

EntityId KnowledgeGraph::intern(std::string_view name, std::optional<EntityType> type) {
    std::string key = normalizeName(name);
    if (key.empty()) {
        throw std::invalid_argument("entity name is empty");
    }
    if (const auto it = names_.find(key); it != names_.end()) {
        Entity& existing = entities_[it->second];
        if (type && weakType(existing.type) && !weakType(*type)) {
            existing.type = *type;
        }
        return it->second;
    }
    if (entities_.size() >= std::numeric_limits<EntityId>::max()) {
        throw std::length_error("too many entities");
    }
    const auto id = static_cast<EntityId>(entities_.size());
    entities_.push_back(Entity{std::string(name), type.value_or(EntityType::Other), {}});
    entityLive_.push_back(true);
    ++liveEntities_;
    names_.emplace(std::move(key), id);
    const auto vertex = boost::add_vertex(adjacency_->graph);
    (void)vertex; // vertex index == entity id with vecS storage
    return id;
}

std::optional<EntityId> KnowledgeGraph::find(std::string_view name) const {
    const auto it = names_.find(normalizeName(name));
    if (it == names_.end()) {
        return std::nullopt;
    }
    return it->second;
}

bool KnowledgeGraph::addAlias(EntityId id, std::string_view alias) {
    std::string key = normalizeName(alias);
    if (key.empty()) {
        return false;
    }
    if (const auto it = names_.find(key); it != names_.end()) {
        return it->second == id;
    }
    names_.emplace(std::move(key), id);
    entities_.at(id).aliases.emplace_back(alias);
    return true;
}

void KnowledgeGraph::setType(EntityId id, EntityType type) {
    entities_.at(id).type = type;
}

std::string KnowledgeGraph::assertionKey(EntityId subject, EntityId object,
                                         std::string_view relation, bool negated) const {
    return std::to_string(subject) + '\x1f' + std::to_string(object) + '\x1f' +
           normalizeName(relation) + (negated ? "\x1f-" : "\x1f+");
}

void KnowledgeGraph::addEvidence(Assertion& target, Evidence evidence) {
    const bool known =
        std::any_of(target.evidence.begin(), target.evidence.end(), [&](const Evidence& e) {
            return e.document == evidence.document && e.sentence == evidence.sentence &&
                   e.start == evidence.start && e.text == evidence.text;
        });
    if (known) {
        return;
    }
    target.confidence = 1.0 - (1.0 - target.confidence) * (1.0 - evidence.confidence);
    target.evidence.push_back(std::move(evidence));
}

AssertionId KnowledgeGraph::add(const Statement& s) {
    if (normalizeName(s.relation).empty()) {
        throw std::invalid_argument("relation is empty");
    }
    const EntityId subject = intern(s.subject, s.subjectType);
    const EntityId object = intern(s.object, s.objectType);
    Evidence evidence{s.doc,
                      s.sentence,
                      s.start,
                      s.end,
                      s.text,
                      s.source,
                      s.subjectText,
                      s.objectText,
                      s.relationText,
                      s.args,
                      std::clamp(s.confidence, 0.0, 1.0)};
    std::string key = assertionKey(subject, object, s.relation, s.negated);
    if (const auto it = assertionIndex_.find(key); it != assertionIndex_.end()) {
        Assertion& existing = assertions_[it->second];
        addEvidence(existing, std::move(evidence));
        if (existing.time.empty()) {
            existing.time = s.date;
        }
        existing.asserted = existing.asserted || s.asserted;
        return it->second;
    }
    const auto id = static_cast<AssertionId>(assertions_.size());
    Assertion assertion;
    assertion.subject = subject;
    assertion.object = object;
    assertion.relation = s.relation;
    assertion.negated = s.negated;
    assertion.confidence = 0.0;
    assertion.time = s.date;
    assertion.modality = s.modality;
    assertion.asserted = s.asserted;
    addEvidence(assertion, std::move(evidence));
    assertions_.push_back(std::move(assertion));
    assertionLive_.push_back(true);
    ++liveAssertions_;
    assertionIndex_.emplace(std::move(key), id);
    boost::add_edge(subject, object, id, adjacency_->graph);
    return id;
}

void KnowledgeGraph::merge(EntityId from, EntityId into) {
    if (from == into || !isLive(from) || !isLive(into)) {
        return;
    }
    Entity& source = entities_[from];
    Entity& target = entities_[into];
    for (auto& [key, id] : names_) {
        if (id == from) {
            id = into;
        }
    }
    target.aliases.push_back(source.name);
    for (std::string& alias : source.aliases) {
        target.aliases.push_back(std::move(alias));
    }
    source.aliases.clear();
    if (weakType(target.type) && !weakType(source.type)) {
        target.type = source.type;
    }

    std::vector<AssertionId> moved = outgoing(from);
    const std::vector<AssertionId> in = incoming(from);
    moved.insert(moved.end(), in.begin(), in.end());
    std::sort(moved.begin(), moved.end());
    moved.erase(std::unique(moved.begin(), moved.end()), moved.end());
    boost::clear_vertex(from, adjacency_->graph);
    for (AssertionId id : moved) {
        Assertion& a = assertions_[id];
        assertionIndex_.erase(assertionKey(a.subject, a.object, a.relation, a.negated));
        a.subject = a.subject == from ? into : a.subject;
        a.object = a.object == from ? into : a.object;
        std::string key = assertionKey(a.subject, a.object, a.relation, a.negated);
        if (const auto it = assertionIndex_.find(key); it != assertionIndex_.end()) {
            Assertion& survivor = assertions_[it->second];
            for (Evidence& e : a.evidence) {
                addEvidence(survivor, std::move(e));
            }
            a.evidence.clear();
            assertionLive_[id] = false;
            --liveAssertions_;
            continue;
        }
        assertionIndex_.emplace(std::move(key), id);
        boost::add_edge(a.subject, a.object, id, adjacency_->graph);
    }
    entityLive_[from] = false;
    --liveEntities_;
}

std::vector<EntityId> KnowledgeGraph::entityIds() const {
    std::vector<EntityId> ids;
    ids.reserve(liveEntities_);
    for (EntityId id = 0; id < entities_.size(); ++id) {
        if (entityLive_[id]) {
            ids.push_back(id);
        }
    }
    return ids;
}

std::vector<AssertionId> KnowledgeGraph::assertionIds() const {
    std::vector<AssertionId> ids;
    ids.reserve(liveAssertions_);
    for (AssertionId id = 0; id < assertions_.size(); ++id) {
        if (assertionLive_[id]) {
            ids.push_back(id);
        }
    }
    return ids;
}

std::vector<AssertionId> KnowledgeGraph::outgoing(EntityId id) const {
    std::vector<AssertionId> ids;
    for (const auto& edge : boost::make_iterator_range(boost::out_edges(id, adjacency_->graph))) {
        ids.push_back(adjacency_->graph[edge]);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

std::vector<AssertionId> KnowledgeGraph::incoming(EntityId id) const {
    std::vector<AssertionId> ids;
    for (const auto& edge : boost::make_iterator_range(boost::in_edges(id, adjacency_->graph))) {
        ids.push_back(adjacency_->graph[edge]);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

std::vector<std::string> KnowledgeGraph::suggest(std::string_view name, std::size_t limit) const {
    const std::string key = normalizeName(name);
    std::vector<std::pair<std::size_t, EntityId>> scored;
    for (const auto& [candidate, id] : names_) {
        if (!entityLive_[id]) {
            continue;
        }
        const bool contains = !key.empty() && (candidate.find(key) != std::string::npos ||
                                               key.find(candidate) != std::string::npos);
        const std::size_t distance = contains ? 0 : editDistance(key, candidate);
        if (contains || distance <= std::max<std::size_t>(2, key.size() / 3)) {
            scored.emplace_back(distance, id);
        }
    }
    std::sort(scored.begin(), scored.end(), [this](const auto& a, const auto& b) {
        return a.first != b.first ? a.first < b.first
                                  : entities_[a.second].name < entities_[b.second].name;
    });
    std::vector<std::string> names;
    for (const auto& [distance, id] : scored) {
        const std::string& candidate = entities_[id].name;
        if (std::find(names.begin(), names.end(), candidate) == names.end()) {
            names.push_back(candidate);
        }
        if (names.size() == limit) {
            break;
        }
    }
    return names;
}

} // namespace kg::graph
