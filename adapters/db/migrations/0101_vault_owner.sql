-- Vault subjects beyond employees and dependents: the owner of a 個人事業主 employer (person_key
-- "o:<employer id>", person_ref "@owner"), whose 個人番号 goes in the payer's 個人番号又は法人番号 box
-- of the 源泉徴収票 submission copies and the e-Tax/eLTAX records. Such a row has no employee, so
-- employee_id becomes nullable. PostgreSQL drops the constraint; SQLite cannot, so it rebuilds
-- the table (same columns in the same order; the foreign keys of vault_documents and
-- vault_deletions are checked at commit, after the rows are back).
@POSTGRESQL_ONLY@ ALTER TABLE vault_numbers ALTER COLUMN employee_id DROP NOT NULL
;
@SQLITE_ONLY@ PRAGMA defer_foreign_keys = ON
;
@SQLITE_ONLY@ CREATE TABLE vault_numbers_0101 AS SELECT * FROM vault_numbers
;
@SQLITE_ONLY@ DROP TABLE vault_numbers
;
@SQLITE_ONLY@ CREATE TABLE vault_numbers (
  id @ID@,
  employer_id @BIGINT@ NOT NULL REFERENCES employers(id),
  employee_id @BIGINT@ REFERENCES employees(id),
  dependent_id @BIGINT@ REFERENCES dependents(id),
  person_key TEXT NOT NULL,
  person_ref TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('active','purged')),
  ciphertext TEXT,
  key_id TEXT,
  lookup_hash TEXT,
  purposes TEXT NOT NULL,
  check_method TEXT NOT NULL,
  number_document TEXT NOT NULL DEFAULT '',
  identity_document TEXT NOT NULL DEFAULT '',
  verified_by TEXT NOT NULL,
  verified_on TEXT NOT NULL,
  dependent_verified_by TEXT,
  proxy_document TEXT NOT NULL DEFAULT '',
  registered_at TEXT NOT NULL,
  registered_by TEXT NOT NULL,
  purged_at TEXT
)
;
@SQLITE_ONLY@ INSERT INTO vault_numbers SELECT * FROM vault_numbers_0101
;
@SQLITE_ONLY@ DROP TABLE vault_numbers_0101
;
@SQLITE_ONLY@ CREATE UNIQUE INDEX vault_numbers_active_person ON vault_numbers(person_key) WHERE status = 'active'
;
@SQLITE_ONLY@ CREATE UNIQUE INDEX vault_numbers_lookup ON vault_numbers(lookup_hash)
