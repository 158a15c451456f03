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

    // One mutex, one condition per waiter, so a finished item wakes only whoever needs it:
    // a worker wakes the writer, the writer wakes the producer, the producer one worker.
    std::mutex m;
    std::condition_variable has_work, has_room, has_result;
    std::deque<std::pair<std::size_t, In>> todo;
    std::map<std::size_t, Out> done;
    std::size_t produced = 0, emitted = 0;
    bool eof = false;
    std::exception_ptr failure;

    auto wake_all = [&] {
        has_work.notify_all();
        has_room.notify_all();
        has_result.notify_all();
    };
    auto fail = [&](std::exception_ptr e) {
        std::lock_guard lk(m);
        if (!failure) failure = e;
        stop = true;
        wake_all();
    };
    auto produce = [&] {
        try {
            for (;;) {
                {
                    std::unique_lock lk(m);
                    has_room.wait(lk, [&] { return stop.load() || produced - emitted < window; });
                    if (stop) break;
                }
                auto item = source(stop); // outside the lock: it may wait for input
                std::lock_guard lk(m);
                if (!item) break;
                todo.emplace_back(produced++, std::move(*item));
                has_work.notify_one();
            }
        } catch (...) {
            fail(std::current_exception());
        }
        std::lock_guard lk(m);
        eof = true;
        has_work.notify_all();
        has_result.notify_all();
    };
    auto consume = [&] {
        for (;;) {
            std::unique_lock lk(m);
            has_work.wait(lk, [&] { return stop.load() || !todo.empty() || eof; });
            if (stop || todo.empty()) return;
            auto [seq, item] = std::move(todo.front());
            todo.pop_front();
            lk.unlock();
            try {
                Out out = work(item);
                lk.lock();
                done.emplace(seq, std::move(out));
                if (seq == emitted) has_result.notify_one();
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
        has_result.wait(lk, [&] {
            return stop.load() || done.count(emitted) != 0 || (eof && emitted == produced);
        });
        if (stop || done.count(emitted) == 0) break;
        auto node = done.extract(emitted);
        lk.unlock();
        const bool keep = sink(node.mapped());
        lk.lock();
        ++emitted;
        has_room.notify_one();
        if (!keep) {
            stop = true;
            wake_all();
            break;
        }
    }
    {
        std::lock_guard lk(m);
        stop = true;
        wake_all();
    }
    producer.join();
    for (auto& w : workers) w.join();
    if (failure) std::rethrow_exception(failure);
}

} // namespace kairos::cli
