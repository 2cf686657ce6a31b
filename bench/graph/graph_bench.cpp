// Timings of the store and the graph queries on synthetic graphs (never run by the tests).
// Run: cmake -B build-bench -DKG_BUILD_BENCH=ON && ninja -C build-bench graph_bench &&
//      build-bench/bench/graph/graph_bench --benchmark_min_time=1

#include "graph/queries.h"
#include "graph/store.h"

#include <benchmark/benchmark.h>
#include <unistd.h>

#include <filesystem>
#include <random>
#include <string>
#include <vector>

namespace {

using namespace kg::graph;

// `count` statements over count/10 entities with a skewed (hub-heavy) choice of ends, a sentence
// of evidence each and a time argument on every fourth.
std::vector<Statement> syntheticStatements(std::size_t count) {
    std::mt19937 random(42);
    const std::size_t entities = std::max<std::size_t>(count / 10, 2);
    std::geometric_distribution<std::size_t> skewed(3.0 / static_cast<double>(entities));
    const char* relations[] = {"summon", "ban sale of", "urge", "deny", "acquire", "sue"};
    std::vector<Statement> statements(count);
    for (std::size_t i = 0; i < count; ++i) {
        Statement& s = statements[i];
        s.doc = "doc" + std::to_string(i / 40) + ".txt";
        s.sentence = static_cast<int>(i % 40);
        s.start = static_cast<std::int64_t>(i * 100);
        s.end = s.start + 90;
        s.subject = "Entity " + std::to_string(skewed(random) % entities);
        s.object = "Entity " + std::to_string(random() % entities);
        s.subjectType = EntityType::Org;
        s.relation = relations[random() % 6];
        s.relationText = s.relation;
        s.text = s.subject + " did " + s.relation + " to " + s.object + " on a day in July.";
        s.confidence = 0.8;
        if (i % 4 == 0) {
            s.args.push_back({"time", "on July 31", "2025-07-31"});
        }
    }
    return statements;
}

std::string benchPath() {
    return (std::filesystem::temp_directory_path() /
            ("kg_graph_bench_" + std::to_string(::getpid()) + ".db"))
        .string();
}

void BM_StoreIngest(benchmark::State& state) {
    const auto statements = syntheticStatements(static_cast<std::size_t>(state.range(0)));
    const std::string path = benchPath();
    for (auto _ : state) {
        std::filesystem::remove(path);
        Store store = Store::open(path, OpenMode::ReadWrite);
        store.ingest({{"synthetic", "hash", "", "", ""}}, statements);
    }
    std::filesystem::remove(path);
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_StoreIngest)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);

void BM_StoreLoad(benchmark::State& state) {
    const std::string path = benchPath();
    std::filesystem::remove(path);
    Store::open(path, OpenMode::ReadWrite)
        .ingest({}, syntheticStatements(static_cast<std::size_t>(state.range(0))));
    const Store store = Store::open(path, OpenMode::ReadOnly);
    for (auto _ : state) {
        KnowledgeGraph g = store.load();
        benchmark::DoNotOptimize(g.assertionCount());
    }
    std::filesystem::remove(path);
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_StoreLoad)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);

void BM_KShortestPaths(benchmark::State& state) {
    KnowledgeGraph g;
    for (const Statement& s : syntheticStatements(100000)) {
        g.add(s);
    }
    const EntityId from = *g.find("Entity 9001");
    const EntityId to = *g.find("Entity 4242");
    const PathOptions options{.maxHops = 6, .k = static_cast<std::size_t>(state.range(0))};
    for (auto _ : state) {
        benchmark::DoNotOptimize(shortestPaths(g, from, to, options).size());
    }
}
BENCHMARK(BM_KShortestPaths)->Arg(1)->Arg(5)->Unit(benchmark::kMillisecond);

void BM_GraphStats(benchmark::State& state) {
    KnowledgeGraph g;
    for (const Statement& s : syntheticStatements(100000)) {
        g.add(s);
    }
    for (auto _ : state) {
        benchmark::DoNotOptimize(graphStats(g, 10).topByPageRank.size());
    }
}
BENCHMARK(BM_GraphStats)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
