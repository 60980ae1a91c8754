-- 年末調整 (issue 7): the yearly declarations (保険料控除申告書, 基礎控除申告書兼配偶者控除等申告書兼
-- 所得金額調整控除申告書兼特定親族特別控除申告書, 住宅借入金等特別控除申告書, 前職分), and year-end runs
-- with one result per employee (every 源泉徴収簿 line, the settlement on the last pay) and the
-- employees left out with the reason. A run is final or absent; a later run for the same
-- employer and year supersedes it. No My Number anywhere here.
CREATE TABLE yearend_declarations (
  id @ID@,
  employer_id @BIGINT@ NOT NULL REFERENCES employers(id),
  employee_id @BIGINT@ NOT NULL REFERENCES employees(id),
  tax_year INTEGER NOT NULL,
  other_income @BIGINT@ NOT NULL DEFAULT 0,
  spouse_income @BIGINT@,
  adjustment_by_other INTEGER NOT NULL DEFAULT 0,
  social_declared @BIGINT@ NOT NULL DEFAULT 0,
  small_business_mutual @BIGINT@ NOT NULL DEFAULT 0,
  life_general_new @BIGINT@ NOT NULL DEFAULT 0,
  life_general_old @BIGINT@ NOT NULL DEFAULT 0,
  life_care @BIGINT@ NOT NULL DEFAULT 0,
  life_pension_new @BIGINT@ NOT NULL DEFAULT 0,
  life_pension_old @BIGINT@ NOT NULL DEFAULT 0,
  quake @BIGINT@ NOT NULL DEFAULT 0,
  quake_old_long @BIGINT@ NOT NULL DEFAULT 0,
  housing_credit @BIGINT@ NOT NULL DEFAULT 0,
  prev_payer TEXT NOT NULL DEFAULT '',
  prev_salary @BIGINT@ NOT NULL DEFAULT 0,
  prev_social @BIGINT@ NOT NULL DEFAULT 0,
  prev_tax @BIGINT@ NOT NULL DEFAULT 0,
  source TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  UNIQUE (employee_id, tax_year)
)
;
CREATE TABLE yearend_runs (
  id @ID@,
  employer_id @BIGINT@ NOT NULL REFERENCES employers(id),
  tax_year INTEGER NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('final','superseded')),
  engine_version TEXT NOT NULL,
  rule_hashes TEXT NOT NULL,
  employee_count INTEGER NOT NULL DEFAULT 0,
  excluded_count INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL
)
;
CREATE TABLE yearend_results (
  id @ID@,
  run_id @BIGINT@ NOT NULL REFERENCES yearend_runs(id),
  employee_id @BIGINT@ NOT NULL REFERENCES employees(id),
  employee_code TEXT NOT NULL,
  employee_name TEXT NOT NULL,
  salary @BIGINT@ NOT NULL,
  withheld @BIGINT@ NOT NULL,
  employment_income @BIGINT@ NOT NULL,
  income_adjustment @BIGINT@ NOT NULL,
  employment_income_after_adjustment @BIGINT@ NOT NULL,
  social_insurance_payroll @BIGINT@ NOT NULL,
  social_insurance_declared @BIGINT@ NOT NULL,
  small_business_mutual @BIGINT@ NOT NULL,
  life_insurance @BIGINT@ NOT NULL,
  earthquake_insurance @BIGINT@ NOT NULL,
  spouse_deduction @BIGINT@ NOT NULL,
  specific_relative_deduction @BIGINT@ NOT NULL,
  dependent_deduction @BIGINT@ NOT NULL,
  basic_deduction @BIGINT@ NOT NULL,
  total_deductions @BIGINT@ NOT NULL,
  taxable_income @BIGINT@ NOT NULL,
  computed_tax @BIGINT@ NOT NULL,
  housing_credit @BIGINT@ NOT NULL,
  annual_income_tax @BIGINT@ NOT NULL,
  annual_tax @BIGINT@ NOT NULL,
  excess @BIGINT@ NOT NULL,
  shortfall @BIGINT@ NOT NULL,
  last_pay_date TEXT NOT NULL,
  last_pay_tax @BIGINT@ NOT NULL,
  offset_on_last_pay @BIGINT@ NOT NULL,
  refund @BIGINT@ NOT NULL,
  collected @BIGINT@ NOT NULL,
  details TEXT NOT NULL,
  trace TEXT NOT NULL,
  UNIQUE (run_id, employee_id)
)
;
CREATE TABLE yearend_exclusions (
  id @ID@,
  run_id @BIGINT@ NOT NULL REFERENCES yearend_runs(id),
  employee_id @BIGINT@ NOT NULL REFERENCES employees(id),
  employee_code TEXT NOT NULL,
  employee_name TEXT NOT NULL,
  reason TEXT NOT NULL,
  UNIQUE (run_id, employee_id)
)
