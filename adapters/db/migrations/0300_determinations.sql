-- 標準報酬月額 determinations (issue 5): 資格取得時決定 (shutoku), 定時決定 (teiji) and 随時改定
-- (zuiji), each with its inputs so that the 資格取得届, 算定基礎届 and 月額変更届 can be written from
-- it. Months are 'YYYY-MM' text; '' / 0 mean "none" (no previous amount, no end month, …).
-- The determination in force for a premium month is the one with the latest effective_from ≤ month.
CREATE TABLE social_determinations (
  id @ID@,
  employer_id @BIGINT@ NOT NULL REFERENCES employers(id),
  employee_id @BIGINT@ NOT NULL REFERENCES employees(id),
  kind TEXT NOT NULL CHECK (kind IN ('shutoku','teiji','zuiji')),
  effective_from TEXT NOT NULL,
  effective_until TEXT NOT NULL DEFAULT '',
  health_grade INTEGER NOT NULL,
  health_standard @BIGINT@ NOT NULL,
  pension_grade INTEGER NOT NULL,
  pension_standard @BIGINT@ NOT NULL,
  average @BIGINT@ NOT NULL DEFAULT 0,
  acquired TEXT NOT NULL DEFAULT '',
  expected_cash @BIGINT@ NOT NULL DEFAULT 0,
  expected_in_kind @BIGINT@ NOT NULL DEFAULT 0,
  prev_health_grade INTEGER NOT NULL DEFAULT 0,
  prev_health_standard @BIGINT@ NOT NULL DEFAULT 0,
  prev_pension_grade INTEGER NOT NULL DEFAULT 0,
  prev_pension_standard @BIGINT@ NOT NULL DEFAULT 0,
  previous_from TEXT NOT NULL DEFAULT '',
  change_month TEXT NOT NULL DEFAULT '',
  change_direction INTEGER NOT NULL DEFAULT 0,
  health_changed INTEGER NOT NULL DEFAULT 1,
  pension_changed INTEGER NOT NULL DEFAULT 1,
  kept_previous INTEGER NOT NULL DEFAULT 0,
  trace TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  UNIQUE (employee_id, kind, effective_from)
)
;
CREATE INDEX social_determinations_employer ON social_determinations(employer_id, kind, effective_from)
;
CREATE TABLE social_determination_months (
  determination_id @BIGINT@ NOT NULL REFERENCES social_determinations(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  paid_month TEXT NOT NULL,
  base_days INTEGER NOT NULL,
  cash @BIGINT@ NOT NULL,
  in_kind @BIGINT@ NOT NULL,
  category TEXT NOT NULL CHECK (category IN ('regular','short_time','part_time')),
  qualifying INTEGER NOT NULL,
  PRIMARY KEY (determination_id, seq)
)
