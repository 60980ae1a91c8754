#include "kyuyo/adapters/payroll/pay_run_service.hpp"

#include <pthread.h>
#include <soci/soci.h>

#include <exception>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <ostream>
#include <set>
#include <thread>

#include "kyuyo/adapters/db/employee_repo.hpp"
#include "kyuyo/adapters/db/employer_repo.hpp"
#include "kyuyo/adapters/db/payroll_repo.hpp"
#include "kyuyo/adapters/payroll/run_extras.hpp"
#include "kyuyo/payroll/pay_computation.hpp"
#include "handoff.hpp"

namespace kyuyo::payroll_run {
namespace {
using payroll::RunKind;

struct Fnv {
  std::uint64_t h = 1469598103934665603ull;
  void add(const std::string& s) {
    for (unsigned char c : s) {
      h ^= c;
      h *= 1099511628211ull;
    }
    h ^= 0xff;
    h *= 1099511628211ull;
  }
  void add_int(std::int64_t v) {
    for (int i = 0; i < 8; ++i) {
      h ^= static_cast<std::uint64_t>(v >> (8 * i)) & 0xff;
      h *= 1099511628211ull;
    }
  }
  std::string hex() const {
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
    return buf;
  }
};

void hash_slip(Fnv& f, const std::string& code, const payroll::PayslipResult& r) {
  f.add(code);
  f.add_int(r.payment_date.day_number());
  for (const auto& l : r.lines) {
    f.add(l.code);
    f.add_int(l.amount.value());
  }
  for (Yen y : {r.gross, r.taxable, r.social_insurance, r.employment_insurance, r.income_tax, r.resident_tax,
                r.total_deductions, r.net, r.standard_bonus_health, r.standard_bonus_pension})
    f.add_int(y.value());
  f.add_int(r.dependents);
  if (r.standard) {
    f.add_int(r.standard->health.value());
    f.add_int(r.standard->pension.value());
  }
}

/// "id@from=hash" of every rule file in force on the dates this run looks up.
std::string rule_hashes(const rules::RuleLibrary& lib, const std::vector<Date>& dates) {
  std::set<std::string> seen;
  for (const auto* f : lib.files()) {
    for (const auto& d : dates)
      if (f->covers(d)) {
        seen.insert(f->id + "@" + iso(f->from) + "=" + f->content_hash);
        break;
      }
  }
  std::string s;
  for (const auto& x : seen) s += (s.empty() ? "" : ";") + x;
  return s;
}

std::string full_name(const model::Employee& e) { return e.family_name + " " + e.given_name; }

// One employee of a run between reading and storing (see the pipeline in run()).
struct Job {
  db::RunRow row;
  payroll::PayContext ctx;
  std::optional<payroll::PayslipResult> result;
  std::optional<db::PayrollRepo::SlipRecord> record;  ///< the stored form, when the run stores
  std::optional<Error> error;
  /// 標準報酬月額 looked up in the store (Sources::standard) on the main thread, which owns the
  /// connection; nullopt: none in force (or not a monthly run).
  std::optional<payroll::StandardAmounts> stored_standard;
};

// The worker thread: computes each slip and, for a stored run, its stored form.
void compute_batch(const Sources& src, std::vector<Job>& b, std::int64_t run_id, bool keep_trace) {
  for (Job& j : b) {
    if (j.error) continue;
    const std::string& source = j.row.input.source;
    try {
      auto r = payroll::compute_pay(j.row.input.input, j.ctx, *src.premiums, *src.withholding);
      if (r) {
        j.result = std::move(*r);
        if (keep_trace) j.result->trace.insert(j.result->trace.begin(), "inputs: " + source);
        if (run_id) {
          const model::Employee& ee = j.row.employee;
          j.record = db::PayrollRepo::encode_slip(run_id, ee.id, ee.code, full_name(ee), *j.result);
        }
      } else {
        Error e = r.error();
        e.where = source + ": " + e.where;
        j.error = e;
      }
    } catch (const KyuyoError& e) {
      Error x = e.error();
      x.where = source + (x.where.empty() ? "" : ": " + x.where);
      j.error = x;
    }
  }
}
}  // namespace

std::string engine_version() { return "kyuyo 0.1.0 payroll/1"; }

RunOutcome run(db::Database& db, const rules::RuleLibrary& lib, const Sources& src, const RunRequest& req) {
  // The run reads and writes in one transaction begun before its first read. A run that may store
  // holds SQLite's write lock from the start (Mode::kWrite): no other writer commits until the
  // run ends, so the count, the existing final run, the extras and — on the pipeline below — the
  // reader connection, whose snapshot is taken after this began, all see one state. That includes
  // a re-run that finds its final run unchanged. A dry run reads one snapshot on this connection
  // alone (Mode::kSnapshot: no reader thread, whose snapshot could be a later one) and writes
  // nothing; it takes no lock from other writers.
  // The reader connection is opened first: open_reader refuses inside a transaction.
  std::unique_ptr<db::Database> reader = req.dry_run ? nullptr : db.open_reader();
  db::Transaction tx(db, req.dry_run ? db::Transaction::Mode::kSnapshot : db::Transaction::Mode::kWrite);

  db::EmployerRepo employers(db);
  db::PayrollRepo repo(db);
  auto er = employers.find(req.employer);
  if (!er) throw KyuyoError(ErrorCode::kNotFound, "no employer with id " + std::to_string(req.employer.value()));

  RunOutcome out;
  YearMonth period = req.period;
  if (req.kind == RunKind::kBonus) {
    if (!req.payment_date) throw KyuyoError(ErrorCode::kInvalidInput, "a bonus run needs --payment-date");
    period = YearMonth::of(*req.payment_date);
  }
  // The key under which inputs were imported: the period, or the bonus payment date.
  out.key = db::run_key(req.kind, period, req.payment_date.value_or(period.first_day()));

  // Count first (progress), and find the run's payment date.
  long long erid = req.employer.value(), total = 0;
  std::string kind_text = payroll::run_kind_name(req.kind), first_pay;
  soci::indicator ind;
  db.session() << "SELECT COUNT(*), MIN(payment_date) FROM payroll_inputs WHERE employer_id = :e AND kind = :k AND "
                  "run_key = :r",
      soci::use(erid), soci::use(kind_text), soci::use(out.key), soci::into(total), soci::into(first_pay, ind);
  if (total == 0)
    throw KyuyoError(ErrorCode::kNotFound, "no " + kind_text + " pay data for " + out.key + " (employer " + er->code +
                                               "); import it with kyuyo import payroll FILE");
  Date run_date = req.payment_date.value_or(value_or_throw(parse_date(first_pay)));

  // A run reads and writes many pages: give SQLite a larger page cache (per connection, 32 MiB).
  // (PRAGMA mmap_size was tried: 10% faster at 100,000 employees, but the mapped file pages
  // count in the process's memory, which then grows with the database: left out.)
  if (db.backend() == db::Backend::kSqlite) db.session() << "PRAGMA cache_size = -32768";
  auto existing = repo.final_run(req.employer, req.kind, out.key);
  const bool store = !req.dry_run && !existing;
  RunExtras extras(db, req.employer, req.kind, out.key);  // leaves, 住民税一括徴収, employer totals
  std::vector<Date> dates{run_date, payroll::premium_month_for(*er, period).first_day()};
  std::string hashes = rule_hashes(lib, dates);
  std::int64_t run_id = 0;
  if (store) run_id = repo.create_run(req.employer, req.kind, out.key, period, run_date, engine_version(), hashes);

  Fnv fnv;
  const rules::RuleFile* commute = nullptr;
  std::vector<Error> errors;
  long long done = 0;

  // The run is a pipeline of three stages, one batch of employees at a time, in employee order
  // (first in, first out), so the hash and the totals are the same as one thread's:
  //  1. read: the run's rows and the per-employee store lookup (Sources::standard);
  //  2. compute (a worker thread): prepare each context, compute, encode for storage, hash, sum —
  //     it reads only rule data and the rows;
  //  3. store (this thread, which owns the run's write transaction): the INSERTs, progress.
  // On an SQLite file in WAL mode stage 1 runs on its own thread with its own read-only
  // connection (Database::open_reader: it sees the committed inputs; the run writes only slips);
  // elsewhere (PostgreSQL, an in-memory database, a dry run) this thread reads and stores in turns. A fixed pool of batches keeps memory flat in N. The worker's state
  // (commute, extras, fnv, the sums in `out`) is read here only after the worker is joined.
  constexpr std::size_t kBatch = 256, kBatches = 4;
  using Batch = std::vector<Job>;
  using BatchPtr = std::unique_ptr<Batch>;
  // To the worker: (batch, true) to compute, (batch, false) to free its slips once stored (on the
  // thread that allocated them: freeing on another thread costs more than the freeing), and
  // (nullptr, true) after the last batch. It holds every batch at once, so no push waits on it.
  Handoff<std::pair<BatchPtr, bool>> to_worker(2 * kBatches);
  Handoff<BatchPtr> empty(kBatches), computed(kBatches);
  for (std::size_t i = 0; i < kBatches; ++i) {
    auto b = std::make_unique<Batch>();
    b->reserve(kBatch);  // never reallocated: contexts point into the rows
    empty.push(std::move(b));
  }

  auto prepare = [&](Job& j) {  // worker thread
    if (j.error) return;
    const db::StoredInput& si = j.row.input;
    const model::Employee* ee = &j.row.employee;
    payroll::PayInput& in = j.row.input.input;
    if (req.payment_date) in.payment_date = *req.payment_date;
    payroll::PayContext& ctx = j.ctx;
    ctx.trace = req.keep_trace;
    ctx.employer = &*er;
    ctx.employee = ee;
    try {
      ctx.dependents = src.dependents ? src.dependents(*ee, j.row.dependents, in.payment_date) : 0;
      if (!commute || !commute->covers(in.payment_date)) commute = lib.find("payroll.commute", in.payment_date);
      ctx.commute_rules = commute;
      if (req.kind == RunKind::kMonthly) {
        ctx.resident_notice = j.row.resident_notice;
        auto pm = payroll::premium_month_for(*er, in.period);
        ctx.standard = j.stored_standard;
        if (!ctx.standard && ee->social_insurance && in.declared_remuneration) {
          auto s = src.premiums->standard_for(*in.declared_remuneration, pm);
          if (!s) {
            Error e = s.error();
            e.where = si.source + ": 報酬月額" + (e.where.empty() ? "" : ": " + e.where);
            j.error = e;
            return;
          }
          ctx.standard = *s;
        }
      } else {
        ctx.prev_month_paid = j.row.prev_month_after_social.has_value();
        ctx.prev_month_after_social = j.row.prev_month_after_social.value_or(Yen());
        ctx.prior_standard_bonus_health_fy = j.row.prior_standard_bonus_health_fy;
        ctx.prior_standard_bonus_pension_month = j.row.prior_standard_bonus_pension_month;
      }
      extras.prepare(*ee, ctx);
    } catch (const KyuyoError& e) {
      Error x = e.error();
      x.where = si.source + (x.where.empty() ? "" : ": " + x.where);
      j.error = x;
    }
  };
  auto work = [&](Batch& b) {  // worker thread
    for (Job& j : b) prepare(j);
    compute_batch(src, b, run_id, req.keep_trace);
    for (Job& j : b) {
      if (j.error) continue;
      const payroll::PayslipResult& r = *j.result;
      hash_slip(fnv, j.row.employee.code, r);
      extras.add(r);
      ++out.employees;
      out.gross += r.gross;
      out.deductions += r.total_deductions;
      out.net += r.net;
    }
  };
  auto drain = [&](Batch& b) {  // this thread, in employee order
    for (Job& j : b) {
      ++done;
      if (j.error) {
        errors.push_back(*j.error);
        continue;
      }
      if (store && errors.empty()) repo.add_slip(*j.record);
      if (req.progress && (done % 1000 == 0 || done == total))
        *req.progress << "\r" << kind_text << " " << out.key << ": " << done << "/" << total << " employees"
                      << (done == total ? "\n" : "") << std::flush;
    }
  };

  // A stage that fails stops the others (abort); the first failure, in time, is rethrown here once
  // all are joined (a later one may only be a consequence of it), and the transaction rolls back.
  std::mutex failure_mu;
  std::exception_ptr first_failure;
  auto abort_all = [&] {
    empty.abort();
    to_worker.abort();
    computed.abort();
  };
  auto fail = [&](std::exception_ptr e) {
    {
      std::lock_guard<std::mutex> lock(failure_mu);
      if (!first_failure) first_failure = std::move(e);
    }
    abort_all();
  };
  struct Stop {};  // the pipeline was aborted: unwind the stage quietly
  // Stage 1. With a reader thread a stored batch comes back through the worker and `empty`; reading on this
  // thread, it stores computed batches itself while it waits for one.
  auto take_empty = [&]() -> BatchPtr {
    if (reader) {
      auto b = empty.pop();
      if (!b) throw Stop{};
      (*b)->clear();  // frees the previous rows on the thread that allocated them
      return std::move(*b);
    }
    for (;;) {
      if (auto b = empty.try_pop()) {
        (*b)->clear();
        return std::move(*b);
      }
      auto c = computed.pop();
      if (!c) throw Stop{};
      drain(**c);
      if (!empty.push(std::move(*c))) throw Stop{};
    }
  };
  std::vector<std::string> insured_without_pay;  // stage 1's, after the rows
  auto read_stage = [&](db::Database& rdb) {
    db::PayrollRepo rrepo(rdb);
    BatchPtr cur = take_empty();
    rrepo.for_each_run_row(req.employer, req.kind, out.key, req.payment_date, [&](db::RunRow& row) {
      if (cur->size() == kBatch) {
        if (!to_worker.push({std::move(cur), true})) throw Stop{};
        cur = take_empty();
      }
      cur->emplace_back();
      Job& j = cur->back();
      j.row = std::move(row);
      if (req.kind == RunKind::kMonthly && src.standard) {
        try {
          j.stored_standard =
              src.standard(rdb, j.row.employee, payroll::premium_month_for(*er, j.row.input.input.period));
        } catch (const KyuyoError& e) {
          Error x = e.error();
          x.where = j.row.input.source + (x.where.empty() ? "" : ": " + x.where);
          j.error = x;
        }
      }
    });
    if (!cur->empty() && !to_worker.push({std::move(cur), true})) throw Stop{};
    if (!to_worker.push({nullptr, true})) throw Stop{};
    // Insured employees without pay data: read here, while the others compute and store.
    if (req.kind == RunKind::kMonthly)
      insured_without_pay = extras.insured_without_pay(rdb, req.employer, out.key, payroll::premium_month_for(*er, period));
  };
  std::thread worker([&] {
    pthread_setname_np(pthread_self(), "kyuyo-compute");  // as top -H and perf show it
    try {
      while (auto t = to_worker.pop()) {
        auto& [b, compute] = *t;
        if (!b) break;  // the rows are all read
        if (!compute) {
          for (Job& j : *b) {
            j.result.reset();
            j.record.reset();
          }
          if (!empty.push(std::move(b))) return;
          continue;
        }
        work(*b);
        if (!computed.push(std::move(b))) return;
      }
      computed.close();
    } catch (...) {
      fail(std::current_exception());
    }
  });
  std::thread read_thread;
  if (reader) {
    try {
      read_thread = std::thread([&] {
        pthread_setname_np(pthread_self(), "kyuyo-read");
        try {
          reader->session() << "PRAGMA cache_size = -8192";
          // One committed state for every read of the run: taken after the run's transaction
          // took the write lock, so it is the state the run's own connection reads too.
          db::Transaction snapshot(*reader, db::Transaction::Mode::kSnapshot);
          read_stage(*reader);
        } catch (const Stop&) {
        } catch (...) {
          fail(std::current_exception());
        }
      });
    } catch (...) {  // no thread could be started: stop the worker before leaving (else terminate)
      abort_all();
      worker.join();
      throw;
    }
  }
  try {
    if (!reader) read_stage(db);
    while (auto c = computed.pop()) {
      drain(**c);
      if (!(reader ? to_worker.push({std::move(*c), false}) : empty.push(std::move(*c)))) break;
    }
  } catch (const Stop&) {
  } catch (...) {
    fail(std::current_exception());
  }
  worker.join();
  if (read_thread.joinable()) read_thread.join();
  if (first_failure) std::rethrow_exception(first_failure);
  if (!errors.empty()) throw KyuyoErrors(errors);  // the transaction rolls back

  std::string hash = fnv.hex();
  out.employer_totals = extras.totals();
  out.resident_transfers = extras.transfers;
  out.warnings = extras.warnings;
  if (req.kind == RunKind::kMonthly) {
    const YearMonth pm = payroll::premium_month_for(*er, period);
    out.insured_without_pay = std::move(insured_without_pay);
    for (const auto& c : out.insured_without_pay)
      out.warnings.push_back("employee " + c + " is insured for 健保・厚年 in " + pm.str() +
                             "分 but has no pay data in this run: the premiums are owed all the same (the 納入告知 "
                             "includes them) and are not in notice_amount; collect the employee's share separately");
  }
  if (existing) {
    if (existing->result_hash != hash)
      throw KyuyoError(ErrorCode::kConflict,
                       "final " + kind_text + " run " + std::to_string(existing->id) + " for " + out.key +
                           " differs from a new computation of the current data; it is immutable: reverse it first "
                           "(kyuyo payroll reverse " +
                           (req.kind == RunKind::kMonthly ? "--period " + out.key : "--bonus --payment-date " + out.key) +
                           ")");
    out.run_id = existing->id;
    out.unchanged = true;
    return out;
  }
  if (store) {
    extras.store(run_id);
    repo.finish_run(run_id, out.employees, hash);
    tx.commit();
    out.run_id = run_id;
  }
  return out;
}

}  // namespace kyuyo::payroll_run
