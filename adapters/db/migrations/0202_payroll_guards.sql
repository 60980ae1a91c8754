-- Pay runs (issue 6): the immutability guards of finalised runs, installed once here instead of on
-- every repository construction (which ran DROP/CREATE TRIGGER inside every command and, on
-- PostgreSQL, took locks on the tables each time). A finalised run changes only by reversal.
@SQLITE_ONLY@ CREATE TRIGGER IF NOT EXISTS pay_slips_no_update BEFORE UPDATE ON pay_slips BEGIN SELECT RAISE(ABORT, 'pay_slips: a finalised pay run is immutable (kyuyo payroll reverse, then run again)'); END
;
@SQLITE_ONLY@ CREATE TRIGGER IF NOT EXISTS pay_slips_no_delete BEFORE DELETE ON pay_slips BEGIN SELECT RAISE(ABORT, 'pay_slips: a finalised pay run is immutable (kyuyo payroll reverse, then run again)'); END
;
@SQLITE_ONLY@ CREATE TRIGGER IF NOT EXISTS pay_runs_no_delete BEFORE DELETE ON pay_runs BEGIN SELECT RAISE(ABORT, 'pay_runs: a pay run is never deleted'); END
;
@SQLITE_ONLY@ CREATE TRIGGER IF NOT EXISTS pay_runs_only_reverse BEFORE UPDATE ON pay_runs
  WHEN NOT ((OLD.status = 'final' AND NEW.status = 'reversed') OR
            (OLD.status = 'final' AND NEW.status = 'final' AND OLD.result_hash = ''))
    OR NEW.employer_id IS NOT OLD.employer_id OR NEW.kind IS NOT OLD.kind OR NEW.run_key IS NOT OLD.run_key
    OR NEW.period IS NOT OLD.period OR NEW.payment_date IS NOT OLD.payment_date
    OR NEW.engine_version IS NOT OLD.engine_version OR NEW.rule_hashes IS NOT OLD.rule_hashes
    OR (OLD.result_hash <> '' AND (NEW.result_hash IS NOT OLD.result_hash OR NEW.employee_count IS NOT OLD.employee_count))
  BEGIN SELECT RAISE(ABORT, 'pay_runs: a finalised pay run is immutable; it can only be reversed'); END
;
@SQLITE_ONLY@ CREATE TRIGGER IF NOT EXISTS pay_run_premium_totals_no_update BEFORE UPDATE ON pay_run_premium_totals BEGIN SELECT RAISE(ABORT, 'pay_run_premium_totals: a finalised pay run is immutable'); END
;
@SQLITE_ONLY@ CREATE TRIGGER IF NOT EXISTS pay_run_premium_totals_no_delete BEFORE DELETE ON pay_run_premium_totals BEGIN SELECT RAISE(ABORT, 'pay_run_premium_totals: a finalised pay run is immutable'); END
;
@POSTGRESQL_ONLY@ CREATE OR REPLACE FUNCTION kyuyo_pay_slips_immutable() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'pay_slips: a finalised pay run is immutable (kyuyo payroll reverse, then run again)'; END $$
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
         OR NEW.employee_count IS DISTINCT FROM OLD.employee_count)) THEN
    RAISE EXCEPTION 'pay_runs: a finalised pay run is immutable; it can only be reversed'; END IF;
  RETURN NEW; END $$
;
@POSTGRESQL_ONLY@ CREATE OR REPLACE FUNCTION kyuyo_pay_run_totals_immutable() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'pay_run_premium_totals: a finalised pay run is immutable'; END $$
;
@POSTGRESQL_ONLY@ DROP TRIGGER IF EXISTS pay_slips_immutable ON pay_slips
;
@POSTGRESQL_ONLY@ CREATE TRIGGER pay_slips_immutable BEFORE UPDATE OR DELETE ON pay_slips FOR EACH ROW EXECUTE FUNCTION kyuyo_pay_slips_immutable()
;
@POSTGRESQL_ONLY@ DROP TRIGGER IF EXISTS pay_runs_guard ON pay_runs
;
@POSTGRESQL_ONLY@ CREATE TRIGGER pay_runs_guard BEFORE UPDATE OR DELETE ON pay_runs FOR EACH ROW EXECUTE FUNCTION kyuyo_pay_runs_guard()
;
@POSTGRESQL_ONLY@ DROP TRIGGER IF EXISTS pay_run_premium_totals_immutable ON pay_run_premium_totals
;
@POSTGRESQL_ONLY@ CREATE TRIGGER pay_run_premium_totals_immutable BEFORE UPDATE OR DELETE ON pay_run_premium_totals FOR EACH ROW EXECUTE FUNCTION kyuyo_pay_run_totals_immutable()
