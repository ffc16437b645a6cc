// The criteria cache: tables kept by fingerprint, least recently used out, one
// computation per question even when several threads ask at once, and a worker
// thread that computes a table before it is asked for (server start, profile saved).
#include <fmt/format.h>

#include <condition_variable>
#include <deque>
#include <exception>
#include <functional>
#include <future>
#include <list>
#include <mutex>
#include <thread>

#include "gradfit/rank_cache.hpp"

namespace gradfit {
namespace {

// A table kept without pointers into the catalog (a catalog with the same generation may
// live elsewhere, e.g. a copy): its programs by index, pointed again at the catalog of
// each Get.
struct Kept {
  Status status;
  CriteriaTable table;  // programs left empty
  std::vector<size_t> index;
};
using KeptPtr = std::shared_ptr<const Kept>;

KeptPtr Compute(const Profile& profile, const Catalog& catalog, const RankData& data,
                const std::vector<std::string>& ids) {
  auto kept = std::make_shared<Kept>();
  auto table = ComputeCriteria(profile, catalog, data, ids);
  if (!table.ok()) {
    kept->status = table.status();
    return kept;
  }
  kept->table = std::move(table).value();
  for (const Program* p : kept->table.programs)
    kept->index.push_back(static_cast<size_t>(p - catalog.programs.data()));
  kept->table.programs.clear();
  return kept;
}

}  // namespace

std::string CriteriaFingerprint(const Profile& profile, const Catalog& catalog,
                                const RankData& data, const std::vector<std::string>& ids) {
  if (catalog.generation == 0) return "";
  Profile p = profile;
  p.priorities = Priorities{};  // only the ranking step reads them
  std::string key = fmt::format("catalog {}\ndata {} {} {} {}\nprograms {}:", catalog.generation,
                                fmt::ptr(data.fit), fmt::ptr(data.careers), fmt::ptr(data.matcher),
                                fmt::ptr(data.money), ids.size());
  for (const auto& id : ids) key += fmt::format(" {}:{}", id.size(), id);  // unambiguous
  key += "\nprofile ";
  key += ProfileToJson(p);
  return key;
}

struct CriteriaCache::Impl {
  struct Entry {
    std::string key;
    std::size_t hash = 0;
    std::shared_future<KeptPtr> value;
  };

  explicit Impl(std::size_t cap) : capacity(cap == 0 ? 1 : cap) {}

  // The kept table for `key`, computed by `compute` when no entry (kept or in flight) has it.
  KeptPtr Lookup(const std::string& key, const std::function<KeptPtr()>& compute) {
    const std::size_t hash = std::hash<std::string>{}(key);
    std::promise<KeptPtr> promise;
    {
      std::unique_lock lock(mu);
      for (auto it = lru.begin(); it != lru.end(); ++it) {
        if (it->hash != hash || it->key != key) continue;
        lru.splice(lru.begin(), lru, it);  // most recently used first
        ++hits;
        std::shared_future<KeptPtr> value = it->value;
        lock.unlock();
        return value.get();  // waits when another thread is computing it
      }
      ++misses;
      lru.push_front({key, hash, promise.get_future().share()});
      while (lru.size() > capacity) lru.pop_back();  // waiters hold their own future
    }
    KeptPtr kept;
    try {
      kept = compute();
    } catch (...) {
      promise.set_exception(std::current_exception());
      Forget(key, hash);
      throw;
    }
    promise.set_value(kept);
    if (!kept->status.ok()) Forget(key, hash);  // errors are answered, not kept
    return kept;
  }

  void Forget(const std::string& key, std::size_t hash) {
    std::lock_guard lock(mu);
    lru.remove_if([&](const Entry& e) { return e.hash == hash && e.key == key; });
  }

  void Worker() {
    std::unique_lock lock(work_mu);
    while (true) {
      work_cv.wait(lock, [&] { return stop || !queue.empty(); });
      if (stop) return;
      auto job = std::move(queue.front());
      queue.pop_front();
      busy = true;
      lock.unlock();
      try {
        job();
      } catch (const std::exception&) {
        // A warm-up is only a head start: the request that needs the table computes it again
        // and reports the problem.
      }
      lock.lock();
      busy = false;
      idle_cv.notify_all();
    }
  }

  const std::size_t capacity;
  mutable std::mutex mu;
  std::list<Entry> lru;
  std::size_t hits = 0, misses = 0;

  static constexpr std::size_t kMaxQueued = 4;
  std::mutex work_mu;
  std::condition_variable work_cv, idle_cv;
  std::deque<std::function<void()>> queue;
  bool stop = false, busy = false;
  std::thread worker;
};

CriteriaCache::CriteriaCache(std::size_t capacity) : impl_(std::make_unique<Impl>(capacity)) {}

CriteriaCache::~CriteriaCache() {
  {
    std::lock_guard lock(impl_->work_mu);
    impl_->stop = true;
    impl_->queue.clear();
  }
  impl_->work_cv.notify_all();
  if (impl_->worker.joinable()) impl_->worker.join();
}

Result<CriteriaTable> CriteriaCache::Get(const Profile& profile, const Catalog& catalog,
                                         const RankData& data,
                                         const std::vector<std::string>& ids) {
  RankData plain = data;
  plain.cache = nullptr;
  const std::string key = CriteriaFingerprint(profile, catalog, plain, ids);
  if (key.empty()) return ComputeCriteria(profile, catalog, plain, ids);
  const KeptPtr kept = impl_->Lookup(key, [&] { return Compute(profile, catalog, plain, ids); });
  if (!kept->status.ok()) return kept->status;
  CriteriaTable table = kept->table;
  for (size_t i : kept->index) {
    if (i >= catalog.programs.size())  // edited in place without Renew(): not this catalog's
      return ComputeCriteria(profile, catalog, plain, ids);
    table.programs.push_back(&catalog.programs[i]);
  }
  return table;
}

void CriteriaCache::WarmInBackground(const Profile& profile, const Catalog& catalog,
                                     const RankData& data, std::vector<std::string> ids) {
  RankData plain = data;
  plain.cache = nullptr;
  const std::string key = CriteriaFingerprint(profile, catalog, plain, ids);
  if (key.empty()) return;
  Impl* impl = impl_.get();
  auto job = [impl, key, profile, &catalog, plain, ids = std::move(ids)] {
    impl->Lookup(key, [&] { return Compute(profile, catalog, plain, ids); });
  };
  {
    std::lock_guard lock(impl->work_mu);
    if (impl->stop) return;
    impl->queue.push_back(std::move(job));
    while (impl->queue.size() > Impl::kMaxQueued) impl->queue.pop_front();  // the newest matter
    if (!impl->worker.joinable()) impl->worker = std::thread([impl] { impl->Worker(); });
  }
  impl->work_cv.notify_one();
}

void CriteriaCache::WaitIdle() {
  std::unique_lock lock(impl_->work_mu);
  impl_->idle_cv.wait(lock, [&] { return impl_->queue.empty() && !impl_->busy; });
}

CriteriaCache::Stats CriteriaCache::stats() const {
  std::lock_guard lock(impl_->mu);
  return {impl_->hits, impl_->misses, impl_->lru.size()};
}

void CriteriaCache::Clear() {
  std::lock_guard lock(impl_->mu);
  impl_->lru.clear();
}

}  // namespace gradfit
