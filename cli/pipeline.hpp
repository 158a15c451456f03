// cli/pipeline.hpp — process a stream of items on several threads, emitting results in order.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

namespace kairos::cli {

/// Runs `work` over the items `source` yields, on `jobs` threads, and hands each result to
/// `sink` in input order. `source` runs on one producer thread, `sink` on the calling thread;
/// `sink` returning false stops the pipeline (the source sees `stop` and should return
/// nullopt soon). At most `window` items are in flight, so memory stays bounded however long
/// the stream. An exception from `work` or `source` is rethrown here after every thread ended.
/// With jobs <= 1 everything runs on the calling thread, one item at a time.
template<class In, class Out>
void run_ordered(unsigned jobs, std::size_t window,
                 const std::function<std::optional<In>(const std::atomic<bool>&)>& source,
                 const std::function<Out(In&)>& work, const std::function<bool(Out&)>& sink) {
    std::atomic<bool> stop{false};
    if (jobs <= 1) {
        while (auto item = source(stop)) {
            Out out = work(*item);
            if (!sink(out)) return;
        }
        return;
    }

    std::mutex m;
    std::condition_variable cv;
    std::deque<std::pair<std::size_t, In>> todo;
    std::map<std::size_t, Out> done;
    std::size_t produced = 0, emitted = 0;
    bool eof = false;
    std::exception_ptr failure;

    auto fail = [&](std::exception_ptr e) {
        std::lock_guard lk(m);
        if (!failure) failure = e;
        stop = true;
        cv.notify_all();
    };
    auto produce = [&] {
        try {
            for (;;) {
                {
                    std::unique_lock lk(m);
                    cv.wait(lk, [&] { return stop.load() || produced - emitted < window; });
                    if (stop) break;
                }
                auto item = source(stop); // outside the lock: it may wait for input
                std::lock_guard lk(m);
                if (!item) break;
                todo.emplace_back(produced++, std::move(*item));
                cv.notify_all();
            }
        } catch (...) {
            fail(std::current_exception());
        }
        std::lock_guard lk(m);
        eof = true;
        cv.notify_all();
    };
    auto consume = [&] {
        for (;;) {
            std::unique_lock lk(m);
            cv.wait(lk, [&] { return stop.load() || !todo.empty() || eof; });
            if (stop || todo.empty()) return;
            auto [seq, item] = std::move(todo.front());
            todo.pop_front();
            lk.unlock();
            try {
                Out out = work(item);
                lk.lock();
                done.emplace(seq, std::move(out));
                cv.notify_all();
            } catch (...) {
                fail(std::current_exception());
                return;
            }
        }
    };

    std::thread producer(produce);
    std::vector<std::thread> workers;
    for (unsigned i = 0; i < jobs; ++i) workers.emplace_back(consume);
    for (;;) {
        std::unique_lock lk(m);
        cv.wait(lk, [&] {
            return stop.load() || done.count(emitted) != 0 || (eof && emitted == produced);
        });
        if (stop || done.count(emitted) == 0) break;
        auto node = done.extract(emitted);
        lk.unlock();
        const bool keep = sink(node.mapped());
        lk.lock();
        ++emitted;
        if (!keep) stop = true;
        cv.notify_all();
        if (!keep) break;
    }
    {
        std::lock_guard lk(m);
        stop = true;
        cv.notify_all();
    }
    producer.join();
    for (auto& w : workers) w.join();
    if (failure) std::rethrow_exception(failure);
}

} // namespace kairos::cli
