-- Core data model: employers, employees, dependents. No My Number column anywhere here.
CREATE TABLE employers (
  id @ID@,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  name_kana TEXT NOT NULL DEFAULT '',
  corporate_number TEXT NOT NULL DEFAULT '',
  office_symbol TEXT NOT NULL DEFAULT '',
  office_number TEXT NOT NULL DEFAULT '',
  prefecture INTEGER NOT NULL,
  postal_code TEXT NOT NULL DEFAULT '',
  address TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  representative TEXT NOT NULL DEFAULT '',
  health_insurer TEXT NOT NULL DEFAULT 'kyokai' CHECK (health_insurer IN ('kyokai','kumiai')),
  kumiai_name TEXT NOT NULL DEFAULT '',
  kumiai_rate_file TEXT NOT NULL DEFAULT '',
  employment_business TEXT NOT NULL DEFAULT 'general' CHECK (employment_business IN ('general','agriculture','construction')),
  employment_office_number TEXT NOT NULL DEFAULT '',
  premium_collection TEXT NOT NULL DEFAULT 'next' CHECK (premium_collection IN ('next','current')),
  withholding_method TEXT NOT NULL DEFAULT 'table' CHECK (withholding_method IN ('table','computer'))
)
;
CREATE TABLE employees (
  id @ID@,
  employer_id @BIGINT@ NOT NULL REFERENCES employers(id),
  code TEXT NOT NULL,
  family_name TEXT NOT NULL,
  given_name TEXT NOT NULL,
  family_kana TEXT NOT NULL DEFAULT '',
  given_kana TEXT NOT NULL DEFAULT '',
  birth_date TEXT NOT NULL,
  sex TEXT NOT NULL CHECK (sex IN ('M','F')),
  postal_code TEXT NOT NULL DEFAULT '',
  address TEXT NOT NULL DEFAULT '',
  municipality_code TEXT NOT NULL DEFAULT '',
  hire_date TEXT NOT NULL,
  leave_date TEXT,
  tax_column TEXT NOT NULL DEFAULT 'kou' CHECK (tax_column IN ('kou','otsu')),
  employment_type TEXT NOT NULL DEFAULT 'regular' CHECK (employment_type IN ('regular','part_time','short_time','officer')),
  basic_pension_number TEXT NOT NULL DEFAULT '',
  employment_insurance_number TEXT NOT NULL DEFAULT '',
  insured_person_number TEXT NOT NULL DEFAULT '',
  social_insurance INTEGER NOT NULL DEFAULT 1,
  employment_insurance INTEGER NOT NULL DEFAULT 1,
  disability TEXT NOT NULL DEFAULT 'none' CHECK (disability IN ('none','general','special')),
  widow TEXT NOT NULL DEFAULT 'none' CHECK (widow IN ('none','widow','single_parent')),
  working_student INTEGER NOT NULL DEFAULT 0,
  resident INTEGER NOT NULL DEFAULT 1,
  UNIQUE (employer_id, code)
)
;
CREATE TABLE dependents (
  id @ID@,
  employee_id @BIGINT@ NOT NULL REFERENCES employees(id),
  seq INTEGER NOT NULL,
  family_name TEXT NOT NULL,
  given_name TEXT NOT NULL,
  family_kana TEXT NOT NULL DEFAULT '',
  given_kana TEXT NOT NULL DEFAULT '',
  relation TEXT NOT NULL CHECK (relation IN ('spouse','child','parent','grandparent','sibling','other')),
  birth_date TEXT NOT NULL,
  estimated_income @BIGINT@ NOT NULL DEFAULT 0,
  disability TEXT NOT NULL DEFAULT 'none' CHECK (disability IN ('none','general','special')),
  cohabiting INTEGER NOT NULL DEFAULT 1,
  non_resident INTEGER NOT NULL DEFAULT 0,
  health_dependent INTEGER NOT NULL DEFAULT 0,
  UNIQUE (employee_id, seq)
)
;
CREATE INDEX employees_employer ON employees(employer_id)
;
CREATE INDEX dependents_employee ON dependents(employee_id)
