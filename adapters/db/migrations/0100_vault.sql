-- My Number vault (issue 3). Plaintext numbers never appear in any table: vault_numbers holds
-- XChaCha20-Poly1305 ciphertext (base64) under a data key kept outside the database, and a keyed
-- BLAKE2b hash for duplicate detection. Every other table here holds no number at all.
CREATE TABLE vault_keys (
  key_id TEXT PRIMARY KEY,
  created_at TEXT NOT NULL,
  retired_at TEXT
)
;
CREATE TABLE vault_meta (
  name TEXT PRIMARY KEY,
  value TEXT NOT NULL
)
;
CREATE TABLE vault_operators (
  id @ID@,
  name TEXT NOT NULL UNIQUE,
  role TEXT NOT NULL CHECK (role IN ('manager','clerk','user')),
  pw_hash TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  failed_logins INTEGER NOT NULL DEFAULT 0,
  last_failed_at TEXT
)
;
CREATE TABLE vault_numbers (
  id @ID@,
  employer_id @BIGINT@ NOT NULL REFERENCES employers(id),
  employee_id @BIGINT@ NOT NULL REFERENCES employees(id),
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
CREATE UNIQUE INDEX vault_numbers_active_person ON vault_numbers(person_key) WHERE status = 'active'
;
CREATE UNIQUE INDEX vault_numbers_lookup ON vault_numbers(lookup_hash)
;
CREATE TABLE vault_documents (
  id @ID@,
  number_id @BIGINT@ NOT NULL REFERENCES vault_numbers(id),
  kind TEXT NOT NULL,
  period_year INTEGER,
  completed_on TEXT,
  keep_until TEXT NOT NULL,
  purpose TEXT NOT NULL DEFAULT '',
  destination TEXT NOT NULL DEFAULT '',
  output_file TEXT NOT NULL DEFAULT '',
  registered_at TEXT NOT NULL,
  registered_by TEXT NOT NULL
)
;
CREATE INDEX vault_documents_number ON vault_documents(number_id)
;
CREATE TABLE vault_deletions (
  id @ID@,
  number_id @BIGINT@ NOT NULL REFERENCES vault_numbers(id),
  employer_code TEXT NOT NULL,
  person_ref TEXT NOT NULL,
  person_name TEXT NOT NULL,
  deleted_at TEXT NOT NULL,
  deleted_by TEXT NOT NULL,
  as_of TEXT NOT NULL,
  reason TEXT NOT NULL,
  basis TEXT NOT NULL,
  keep_until TEXT NOT NULL,
  certificate_file TEXT NOT NULL DEFAULT ''
)
;
CREATE TABLE vault_audit (
  seq @BIGINT@ PRIMARY KEY,
  at TEXT NOT NULL,
  operator TEXT NOT NULL,
  action TEXT NOT NULL,
  employer TEXT NOT NULL DEFAULT '',
  person TEXT NOT NULL DEFAULT '',
  purpose TEXT NOT NULL DEFAULT '',
  destination TEXT NOT NULL DEFAULT '',
  document TEXT NOT NULL DEFAULT '',
  output_file TEXT NOT NULL DEFAULT '',
  detail TEXT NOT NULL DEFAULT '',
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
)
