-- Pay runs (issue 6 c–e): the employer's premium totals per run (one row per premium kind; kept
-- with a reversed run as history, immutable like the slips: guards installed by PayrollExtrasRepo),
-- 産休/育休 periods entered with the pay data, and the per-row 住民税一括徴収 request.
CREATE TABLE pay_run_premium_totals (
  id @ID@,
  run_id @BIGINT@ NOT NULL REFERENCES pay_runs(id),
  premium TEXT NOT NULL CHECK (premium IN ('health','pension','child_contribution','employment')),
  name TEXT NOT NULL,
  total @BIGINT@ NOT NULL,
  employee_share @BIGINT@ NOT NULL,
  employer_share @BIGINT@ NOT NULL,
  UNIQUE (run_id, premium)
)
;
CREATE TABLE employee_leaves (
  id @ID@,
  employer_id @BIGINT@ NOT NULL REFERENCES employers(id),
  employee_id @BIGINT@ NOT NULL REFERENCES employees(id),
  kind TEXT NOT NULL CHECK (kind IN ('maternity','childcare')),
  start_date TEXT NOT NULL,
  end_date TEXT NOT NULL,
  source TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  UNIQUE (employee_id, kind, start_date)
)
;
CREATE TABLE payroll_input_requests (
  id @ID@,
  employer_id @BIGINT@ NOT NULL REFERENCES employers(id),
  employee_id @BIGINT@ NOT NULL REFERENCES employees(id),
  kind TEXT NOT NULL CHECK (kind IN ('monthly','bonus')),
  run_key TEXT NOT NULL,
  resident_tax_lump INTEGER NOT NULL DEFAULT 0,
  source TEXT NOT NULL,
  UNIQUE (employee_id, kind, run_key)
)
