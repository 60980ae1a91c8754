-- Pay runs (issue 6, throughput): a run's slips are found through the run, not through an index on
-- (employee_id, payment_date) that every run rewrote at random places (about a quarter of what a
-- run wrote). pay_runs gets the earliest and latest payment date among its slips (paid_from,
-- paid_to; set once by finish_run, immutable afterwards), so a query for one employee's payments
-- in a date range visits the employer's runs that overlap the range and looks each slip up by
-- UNIQUE(run_id, employee_id). Existing runs are filled in from their slips; the guard that keeps
-- a finalised run immutable is re-created to cover the two columns.
ALTER TABLE pay_runs ADD COLUMN paid_from TEXT NOT NULL DEFAULT ''
;
ALTER TABLE pay_runs ADD COLUMN paid_to TEXT NOT NULL DEFAULT ''
;
@SQLITE_ONLY@ DROP TRIGGER IF EXISTS pay_runs_only_reverse
;
@POSTGRESQL_ONLY@ DROP TRIGGER IF EXISTS pay_runs_guard ON pay_runs
;
UPDATE pay_runs SET
  paid_from = COALESCE((SELECT MIN(s.payment_date) FROM pay_slips s WHERE s.run_id = pay_runs.id), payment_date),
  paid_to = COALESCE((SELECT MAX(s.payment_date) FROM pay_slips s WHERE s.run_id = pay_runs.id), payment_date)
;
@SQLITE_ONLY@ CREATE TRIGGER pay_runs_only_reverse BEFORE UPDATE ON pay_runs
  WHEN NOT ((OLD.status = 'final' AND NEW.status = 'reversed') OR
            (OLD.status = 'final' AND NEW.status = 'final' AND OLD.result_hash = ''))
    OR NEW.employer_id IS NOT OLD.employer_id OR NEW.kind IS NOT OLD.kind OR NEW.run_key IS NOT OLD.run_key
    OR NEW.period IS NOT OLD.period OR NEW.payment_date IS NOT OLD.payment_date
    OR NEW.engine_version IS NOT OLD.engine_version OR NEW.rule_hashes IS NOT OLD.rule_hashes
    OR (OLD.result_hash <> '' AND (NEW.result_hash IS NOT OLD.result_hash OR NEW.employee_count IS NOT OLD.employee_count
        OR NEW.paid_from IS NOT OLD.paid_from OR NEW.paid_to IS NOT OLD.paid_to))
  BEGIN SELECT RAISE(ABORT, 'pay_runs: a finalised pay run is immutable; it can only be reversed'); END
;
@POSTGRESQL_ONLY@ CREATE OR REPLACE FUNCTION kyuyo_pay_runs_guard() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
  IF TG_OP = 'DELETE' THEN RAISE EXCEPTION 'pay_runs: a pay run is never deleted'; END IF;
  IF NOT ((OLD.status = 'final' AND NEW.status = 'reversed') OR
          (OLD.status = 'final' AND NEW.status = 'final' AND OLD.result_hash = ''))
     OR NEW.employer_id IS DISTINCT FROM OLD.employer_id OR NEW.kind IS DISTINCT FROM OLD.kind
     OR NEW.run_key IS DISTINCT FROM OLD.run_key OR NEW.period IS DISTINCT FROM OLD.period
     OR NEW.payment_date IS DISTINCT FROM OLD.payment_date OR NEW.engine_version IS DISTINCT FROM OLD.engine_version
     OR NEW.rule_hashes IS DISTINCT FROM OLD.rule_hashes
     OR (OLD.result_hash <> '' AND (NEW.result_hash IS DISTINCT FROM OLD.result_hash
         OR NEW.employee_count IS DISTINCT FROM OLD.employee_count
         OR NEW.paid_from IS DISTINCT FROM OLD.paid_from OR NEW.paid_to IS DISTINCT FROM OLD.paid_to)) THEN
    RAISE EXCEPTION 'pay_runs: a finalised pay run is immutable; it can only be reversed'; END IF;
  RETURN NEW; END $$
;
@POSTGRESQL_ONLY@ CREATE TRIGGER pay_runs_guard BEFORE UPDATE OR DELETE ON pay_runs FOR EACH ROW EXECUTE FUNCTION kyuyo_pay_runs_guard()
;
DROP INDEX IF EXISTS pay_slips_employee
;
CREATE INDEX pay_runs_employer_paid ON pay_runs(employer_id, paid_to)
