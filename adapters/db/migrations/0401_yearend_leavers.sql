-- 年末調整 (issue 7), declarations added after 0400: a leaver's expectation of pay from another
-- employer later in the year (所得税基本通達190-1: rules out the 心身の障害 and small-pay cases),
-- and the 連番 of non-resident dependents whose 親族関係書類・送金関係書類 were not presented
-- (space-separated; empty = all presented).
ALTER TABLE yearend_declarations ADD COLUMN other_pay_after_leaving INTEGER NOT NULL DEFAULT 0
;
ALTER TABLE yearend_declarations ADD COLUMN overseas_documents_missing TEXT NOT NULL DEFAULT ''
