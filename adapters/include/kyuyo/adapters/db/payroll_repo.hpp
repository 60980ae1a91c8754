#pragma once
/// \brief Storage of pay inputs, 住民税 notices and pay runs (migration 0200_payroll.sql).
///
/// A run is final or absent: it is written in one transaction with, per employee, the inputs used,
/// every computed line, the totals, the rule-set content hashes and the engine version. A final
/// run is immutable (database triggers refuse UPDATE/DELETE of its slips; the run row may only
/// change from 'final' to 'reversed'). `kyuyo payroll reverse` marks it reversed, and a new run
/// for the same period replaces it in every read.
///
/// Read API for year-end and filings (only finalised, non-reversed runs):
///   PayrollRepo repo(db);
///   for (const payroll::PaymentRecord& p : repo.payments_for_year(employee_id, 2026)) …
///     // every monthly and bonus payment whose 支払日 falls in 2026, ordered by payment date;
///     // p.taxable (課税支給額), p.social_insurance + p.employment_insurance (社会保険料等),
///     // p.income_tax (源泉徴収税額), p.kind (monthly/bonus), p.period, p.base_days, p.remuneration
///   repo.for_each_payment(employer_id, 2026, [](const payroll::PaymentRecord& p) { … });
///     // streams the whole employer's year, ordered by employee then payment date
///   repo.payments_paid_in(employee_id, YearMonth{2026,4}, YearMonth{2026,6});
///     // payments whose 支払日 is in April–June 2026 (定時決定 reads these)
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "kyuyo/adapters/db/database.hpp"
#include "kyuyo/core/strong_id.hpp"
#include "kyuyo/model/employee.hpp"
#include "kyuyo/payroll/pay_input.hpp"
#include "kyuyo/payroll/payment_record.hpp"
#include "kyuyo/payroll/payslip.hpp"
#include "kyuyo/payroll/resident_tax.hpp"

namespace kyuyo::db {

/// The key of a run: monthly runs by pay period ("2026-04"), bonus runs by payment date
/// ("2026-07-10").
std::string run_key(payroll::RunKind kind, const YearMonth& period, const Date& payment_date);

struct PayRunInfo {
  std::int64_t id = 0;
  EmployerId employer_id;
  payroll::RunKind kind = payroll::RunKind::kMonthly;
  std::string key;
  YearMonth period;
  Date payment_date;
  std::string status;  ///< "final" or "reversed"
  std::string result_hash;
  std::string engine_version;
  int employee_count = 0;
  std::string created_at;
};

/// A stored input row (as imported).
struct StoredInput {
  std::int64_t id = 0;
  EmployeeId employee_id;
  payroll::PayInput input;
  std::string source;  ///< "payroll-2026.csv:12"
};

/// One employee's row of a run, with everything the computation needs from the store, read in
/// one streaming pass (no per-employee queries): the input, the employee and dependents, the
/// 住民税 notice for the payment's 年度, and for bonus runs the facts from earlier runs.
struct RunRow {
  StoredInput input;
  model::Employee employee;
  std::vector<model::Dependent> dependents;
  std::optional<payroll::ResidentTaxNotice> resident_notice;
  std::optional<Yen> prev_month_after_social;  ///< bonus: Σ monthly pay after SI paid in the previous month
  Yen prior_standard_bonus_health_fy;          ///< bonus: Σ 標準賞与額 (健保) earlier this 年度
  Yen prior_standard_bonus_pension_month;      ///< bonus: Σ 標準賞与額 (厚年) earlier this month
};

enum class UpsertOutcome { kInserted, kReplaced, kUnchanged };

/// A slip as stored (for payslip printing and the 賃金台帳).
struct StoredSlip {
  std::int64_t run_id = 0;
  EmployeeId employee_id;
  std::string employee_code;
  std::string employee_name;
  payroll::PayslipResult result;
};

class PayrollRepo {
 public:
  /// The immutability guards of finalised runs are triggers installed by migration 0202.
  explicit PayrollRepo(Database& db);

  // ---- imports ----------------------------------------------------------------------------
  /// Inserts, replaces (when different and no final run uses the period) or leaves unchanged.
  /// Throws KyuyoError(kConflict) when the data differs from that used by a final run.
  UpsertOutcome upsert_input(EmployerId er, EmployeeId ee, const payroll::PayInput& in, const std::string& source);
  /// Remembers an employer's own item (name and category) from a CSV header.
  void ensure_item(EmployerId er, const payroll::PayItemDef& def);
  std::vector<payroll::PayItemDef> items(EmployerId er);
  UpsertOutcome upsert_resident_tax(EmployerId er, EmployeeId ee, const payroll::ResidentTaxNotice& n,
                                    const std::string& source);
  std::optional<payroll::ResidentTaxNotice> resident_tax(EmployeeId ee, int fiscal_year);

  /// Streams the inputs of one run key, ordered by employee code.
  void for_each_input(EmployerId er, payroll::RunKind kind, const std::string& key,
                      const std::function<void(const StoredInput&)>& f);
  /// Streams a run's rows ordered by employee code (see RunRow). payment_override replaces the
  /// inputs' payment date when choosing the 住民税 年度 and the bonus facts.
  void for_each_run_row(EmployerId er, payroll::RunKind kind, const std::string& key,
                        const std::optional<Date>& payment_override, const std::function<void(RunRow&)>& f);
  /// Distinct keys with inputs (monthly periods or bonus dates) whose payment date is in year.
  std::vector<std::string> input_keys(EmployerId er, payroll::RunKind kind, int year);

  // ---- runs -------------------------------------------------------------------------------
  std::optional<PayRunInfo> final_run(EmployerId er, payroll::RunKind kind, const std::string& key);
  std::optional<PayRunInfo> run(std::int64_t run_id);
  std::vector<PayRunInfo> runs(EmployerId er, int year);
  /// Creates the run row (status final). Call inside the caller's Transaction, then add_slip
  /// for each employee and finish_run.
  std::int64_t create_run(EmployerId er, payroll::RunKind kind, const std::string& key, const YearMonth& period,
                          const Date& payment_date, const std::string& engine_version,
                          const std::string& rule_hashes);
  void add_slip(std::int64_t run_id, EmployeeId ee, const std::string& code, const std::string& name,
                const payroll::PayslipResult& r);
  /// The stored values of a slip (pay_slips' columns): built by encode_slip, which touches no
  /// database and so may run on a worker thread; add_slip(record) then only binds and inserts.
  struct SlipRecord {
    long long run_id = 0, employee_id = 0;
    std::string code, name, kind, period, payment_date;
    int base_days = 0, work_days = 0, paid_leave_days = 0, absence_days = 0, dependents = 0;
    std::string tax_column, premium_month;
    bool has_standard = false;
    long long sh = 0, sp = 0;
    int hg = 0, pg = 0;
    long long v[15] = {};
    std::string lines, trace;
  };
  static SlipRecord encode_slip(std::int64_t run_id, EmployeeId ee, const std::string& code, const std::string& name,
                                const payroll::PayslipResult& r);
  void add_slip(const SlipRecord& s);
  /// Sets the run's count, result hash and the span of its slips' payment dates (paid_from,
  /// paid_to: remembered by add_slip, else read from the slips), after which the run is immutable.
  void finish_run(std::int64_t run_id, int employee_count, const std::string& result_hash);
  /// final → reversed (throws when not final).
  void reverse_run(std::int64_t run_id, const std::string& reason);

  /// Streams the slips of one run, ordered by employee code.
  void for_each_slip(std::int64_t run_id, const std::function<void(const StoredSlip&)>& f);

  // ---- read API (year-end, filings, social insurance) -------------------------------------
  std::vector<payroll::PaymentRecord> payments_for_year(EmployeeId ee, int year);
  void for_each_payment(EmployerId er, int year, const std::function<void(const payroll::PaymentRecord&)>& f);
  std::vector<payroll::PaymentRecord> payments_paid_in(EmployeeId ee, const YearMonth& from, const YearMonth& to);
  /// The latest finalised monthly payment paid in the month `ym` (for bonus withholding's
  /// 前月の給与), if any.
  std::optional<payroll::PaymentRecord> monthly_payment_in(EmployeeId ee, const YearMonth& ym);
  /// Σ 標準賞与額 (健保) of finalised bonus payments in the 年度 (April–March) of `d`, before d;
  /// and Σ 標準賞与額 (厚年) in d's month before d.
  Yen standard_bonus_health_in_fiscal_year(EmployeeId ee, const Date& d);
  Yen standard_bonus_pension_in_month(EmployeeId ee, const Date& d);

 private:
  Database& db_;
  struct SlipInsert;  ///< the prepared INSERT re-executed per slip
  std::shared_ptr<SlipInsert> slip_insert_;
  struct PaidSpan {  ///< payment dates of the slips this repository added to one run
    long long run_id = 0;
    std::string from, to;
  };
  PaidSpan span_;
  struct InputUpsert;  ///< upsert_input's prepared SELECT and INSERT
  std::shared_ptr<InputUpsert> input_upsert_;
};

}  // namespace kyuyo::db
