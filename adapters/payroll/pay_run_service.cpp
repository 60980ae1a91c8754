#include "kyuyo/adapters/payroll/pay_run_service.hpp"

#include <soci/soci.h>

#include <future>
#include <map>
#include <optional>
#include <ostream>
#include <set>

#include "kyuyo/adapters/db/employee_repo.hpp"
#include "kyuyo/adapters/db/employer_repo.hpp"
#include "kyuyo/adapters/db/payroll_repo.hpp"
#include "kyuyo/adapters/payroll/run_extras.hpp"
#include "kyuyo/payroll/pay_computation.hpp"

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
  std::optional<db::Transaction> tx;
  if (store) tx.emplace(db);
  // Read inside the run's transaction, so the run sees one state of the inputs.
  RunExtras extras(db, req.employer, req.kind, out.key);  // leaves, 住民税一括徴収, employer totals
  std::vector<Date> dates{run_date, payroll::premium_month_for(*er, period).first_day()};
  std::string hashes = rule_hashes(lib, dates);
  std::int64_t run_id = 0;
  if (store) run_id = repo.create_run(req.employer, req.kind, out.key, period, run_date, engine_version(), hashes);

  Fnv fnv;
  const rules::RuleFile* commute = nullptr;
  std::vector<Error> errors;
  long long done = 0;

  // Computation overlaps storage: the main thread owns the connection — it reads the rows, does
  // the per-employee store lookups (Sources::standard) and stores finished slips in order; a
  // worker thread meanwhile prepares each context, computes, encodes and hashes the batch read
  // before (all of it reads only rule data and the rows), one batch at a time in employee order,
  // so the hash and the totals are the same as one thread's. Two bounded batches keep memory flat
  // in N. The worker's state (commute, extras, fnv, the sums in `out`) is read by the main thread
  // only after the last batch is joined.
  constexpr std::size_t kBatch = 256;
  std::vector<Job> batches[2];
  for (auto& b : batches) b.reserve(kBatch);  // never reallocated: contexts point into the rows
  int filling = 0;
  std::vector<Job> stored;      // the batch stored last: freed on the worker thread, not here
  std::future<void> computing;  // declared after the batches, so it is joined before they go

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
      extras.prepare(*ee, in, ctx);
    } catch (const KyuyoError& e) {
      Error x = e.error();
      x.where = si.source + (x.where.empty() ? "" : ": " + x.where);
      j.error = x;
    }
  };
  auto work = [&](std::vector<Job>& b) {  // worker thread, one batch at a time, in employee order
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
  auto drain = [&](std::vector<Job>& b) {  // main thread, in employee order
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
    stored.swap(b);  // b gets the previous (already freed) vector, to be filled again
    b.reserve(kBatch);
  };
  // Hands the filled batch to the worker and stores the one it computed before.
  auto flip = [&] {
    if (computing.valid()) computing.get();  // rethrows what the worker could not handle
    std::vector<Job>& next = batches[filling];
    computing = std::async(std::launch::async, [&work, &next, done_with = std::move(stored)]() mutable {
      work(next);
      done_with.clear();  // frees the rows and slips stored last round off the main thread
    });
    stored = std::vector<Job>();
    filling = 1 - filling;
    drain(batches[filling]);
  };
  repo.for_each_run_row(req.employer, req.kind, out.key, req.payment_date, [&](db::RunRow& row) {
    std::vector<Job>& b = batches[filling];
    b.emplace_back();
    Job& j = b.back();
    j.row = std::move(row);
    if (req.kind == RunKind::kMonthly && src.standard) {  // the store lookup needs the connection
      try {
        j.stored_standard = src.standard(db, j.row.employee, payroll::premium_month_for(*er, j.row.input.input.period));
      } catch (const KyuyoError& e) {
        Error x = e.error();
        x.where = j.row.input.source + (x.where.empty() ? "" : ": " + x.where);
        j.error = x;
      }
    }
    if (b.size() == kBatch) flip();
  });
  flip();
  computing.get();
  drain(batches[1 - filling]);
  if (!errors.empty()) throw KyuyoErrors(errors);  // the transaction rolls back

  std::string hash = fnv.hex();
  out.employer_totals = extras.totals();
  out.resident_transfers = extras.transfers;
  out.warnings = extras.warnings;
  if (req.kind == RunKind::kMonthly) {
    const YearMonth pm = payroll::premium_month_for(*er, period);
    out.insured_without_pay = extras.insured_without_pay(db, req.employer, out.key, pm);
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
    tx->commit();
    out.run_id = run_id;
  }
  return out;
}

}  // namespace kyuyo::payroll_run
