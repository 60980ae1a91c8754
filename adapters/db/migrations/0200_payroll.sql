-- Pay runs (issue 6): imported pay inputs, an employer's own pay items, 住民税 特別徴収 notices,
-- and runs with one slip per employee. A run is final or absent; a final run's slips are never
-- updated or deleted (guards installed by PayrollRepo per backend), and a run may only change
-- from 'final' to 'reversed'. No My Number anywhere here.
CREATE TABLE payroll_item_defs (
  id @ID@,
  employer_id @BIGINT@ NOT NULL REFERENCES employers(id),
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  category TEXT NOT NULL CHECK (category IN ('taxable','commute_transit','commute_car','inkind','nontaxable','deduction')),
  UNIQUE (employer_id, code)
)
;
CREATE TABLE payroll_inputs (
  id @ID@,
  employer_id @BIGINT@ NOT NULL REFERENCES employers(id),
  employee_id @BIGINT@ NOT NULL REFERENCES employees(id),
  kind TEXT NOT NULL CHECK (kind IN ('monthly','bonus')),
  run_key TEXT NOT NULL,
  period TEXT NOT NULL,
  payment_date TEXT NOT NULL,
  base_days INTEGER NOT NULL DEFAULT 0,
  work_days INTEGER NOT NULL DEFAULT 0,
  paid_leave_days INTEGER NOT NULL DEFAULT 0,
  absence_days INTEGER NOT NULL DEFAULT 0,
  commute_distance_m INTEGER NOT NULL DEFAULT 0,
  commute_parking @BIGINT@ NOT NULL DEFAULT 0,
  declared_remuneration @BIGINT@,
  items TEXT NOT NULL,
  source TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  UNIQUE (employee_id, kind, run_key)
)
;
CREATE INDEX payroll_inputs_run ON payroll_inputs(employer_id, kind, run_key)
;
CREATE TABLE resident_tax_notices (
  id @ID@,
  employer_id @BIGINT@ NOT NULL REFERENCES employers(id),
  employee_id @BIGINT@ NOT NULL REFERENCES employees(id),
  fiscal_year INTEGER NOT NULL,
  municipality_code TEXT NOT NULL DEFAULT '',
  municipality_name TEXT NOT NULL DEFAULT '',
  annual @BIGINT@ NOT NULL,
  june @BIGINT@ NOT NULL,
  monthly @BIGINT@ NOT NULL,
  source TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  UNIQUE (employee_id, fiscal_year)
)
;
CREATE TABLE pay_runs (
  id @ID@,
  employer_id @BIGINT@ NOT NULL REFERENCES employers(id),
  kind TEXT NOT NULL CHECK (kind IN ('monthly','bonus')),
  run_key TEXT NOT NULL,
  period TEXT NOT NULL,
  payment_date TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('final','reversed')),
  engine_version TEXT NOT NULL,
  rule_hashes TEXT NOT NULL,
  result_hash TEXT NOT NULL DEFAULT '',
  employee_count INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  reversed_at TEXT,
  reversal_reason TEXT
)
;
CREATE UNIQUE INDEX pay_runs_one_final ON pay_runs(employer_id, kind, run_key) WHERE status = 'final'
;
CREATE TABLE pay_slips (
  id @ID@,
  run_id @BIGINT@ NOT NULL REFERENCES pay_runs(id),
  employee_id @BIGINT@ NOT NULL REFERENCES employees(id),
  employee_code TEXT NOT NULL,
  employee_name TEXT NOT NULL,
  kind TEXT NOT NULL,
  period TEXT NOT NULL,
  payment_date TEXT NOT NULL,
  base_days INTEGER NOT NULL,
  work_days INTEGER NOT NULL,
  paid_leave_days INTEGER NOT NULL,
  absence_days INTEGER NOT NULL,
  dependents INTEGER NOT NULL,
  tax_column TEXT NOT NULL,
  premium_month TEXT NOT NULL,
  standard_health @BIGINT@,
  standard_pension @BIGINT@,
  health_grade INTEGER,
  pension_grade INTEGER,
  standard_bonus_health @BIGINT@ NOT NULL DEFAULT 0,
  standard_bonus_pension @BIGINT@ NOT NULL DEFAULT 0,
  gross @BIGINT@ NOT NULL,
  in_kind @BIGINT@ NOT NULL,
  non_taxable @BIGINT@ NOT NULL,
  taxable @BIGINT@ NOT NULL,
  social_insurance @BIGINT@ NOT NULL,
  employment_insurance @BIGINT@ NOT NULL,
  income_tax @BIGINT@ NOT NULL,
  resident_tax @BIGINT@ NOT NULL,
  other_deductions @BIGINT@ NOT NULL,
  total_deductions @BIGINT@ NOT NULL,
  net @BIGINT@ NOT NULL,
  remuneration @BIGINT@ NOT NULL,
  wages @BIGINT@ NOT NULL,
  lines TEXT NOT NULL,
  trace TEXT NOT NULL,
  UNIQUE (run_id, employee_id)
)
;
CREATE INDEX pay_slips_employee ON pay_slips(employee_id, payment_date)
