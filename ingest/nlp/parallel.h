#pragma once
// Independent jobs on as many threads as there are cores, for training several models at once.

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <thread>
#include <vector>

namespace kg::ingest::nlp {

/// Calls job(0) … job(count - 1), each once, on this thread and up to (cores - 1) others; jobs
/// are taken in index order. An exception leaves its job and does not stop the others: the
/// result holds it at the job's index (null where the job finished). Example:
/// `auto errors = runJobs(4, [&](std::size_t i) { models[i].emplace(train(i)); });`
template <typename Job> std::vector<std::exception_ptr> runJobs(std::size_t count, Job job) {
    std::vector<std::exception_ptr> errors(count);
    std::atomic<std::size_t> next{0};
    const auto work = [&] {
        for (std::size_t i = next++; i < count; i = next++) {
            try {
                job(i);
            } catch (...) {
                errors[i] = std::current_exception();
            }
        }
    };
    const std::size_t threads = std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1,
                                                        std::max<std::size_t>(count, 1));
    std::vector<std::thread> pool;
    for (std::size_t t = 1; t < threads; ++t) {
        pool.emplace_back(work);
    }
    work();
    for (std::thread& t : pool) {
        t.join();
    }
    return errors;
}

} // namespace kg::ingest::nlp
