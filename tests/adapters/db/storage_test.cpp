// Storage on both databases: migrations, repositories (round trip of every field), uniqueness,
// foreign keys, transaction rollback, and the SQLite pragmas. The PostgreSQL cases run against a
// throwaway server (tests/support/pg_server.hpp) and are skipped loudly when it is unavailable.
#include <gtest/gtest.h>
#include <soci/soci.h>

#include "kyuyo/adapters/db/database.hpp"
#include "kyuyo/adapters/db/employee_repo.hpp"
#include "kyuyo/adapters/db/employer_repo.hpp"
#include "support/helpers.hpp"
#include "support/pg_server.hpp"

using namespace kyuyo;
using db::Backend;

namespace {

model::Employer full_employer(const std::string& code) {
  model::Employer e;
  e.code = code;
  e.name = "株式会社テスト商事";
  e.name_kana = "カブシキガイシャテストショウジ";
  e.corporate_number = "7000012050002";
  e.office_symbol = "01-イロハ";
  e.office_number = "54321";
  e.prefecture = 27;
  e.postal_code = "530-0001";
  e.address = "大阪府大阪市北区梅田9-9-9";
  e.phone = "06-0000-0000";
  e.representative = "代表 一郎";
  e.health_insurer = model::HealthInsurer::kKumiai;
  e.kumiai_name = "テスト健康保険組合";
  e.kumiai_rate_file = "rules/kumiai/test.xml";
  e.employment_business = model::EmploymentBusiness::kConstruction;
  e.employment_office_number = "27011234567";
  e.premium_collection = model::PremiumCollection::kCurrentMonth;
  e.withholding_method = model::WithholdingMethod::kComputer;
  return e;
}

model::Employee full_employee(EmployerId employer, const std::string& code) {
  model::Employee e;
  e.employer_id = employer;
  e.code = code;
  e.family_name = "髙橋";
  e.given_name = "美﨑";
  e.family_kana = "タカハシ";
  e.given_kana = "ミサキ";
  e.birth_date = Date(1988, 2, 29);
  e.sex = model::Sex::kFemale;
  e.postal_code = "160-0023";
  e.address = "東京都新宿区西新宿9-9-9, \"テスト\"ハイツ 101";
  e.municipality_code = "131041";
  e.hire_date = Date(2026, 7, 1);
  e.leave_date = Date(2026, 12, 31);
  e.leave_reason = model::LeaveReason::kDisability;
  e.address_kana = "トウキョウトシンジュククニシシンジュク９－９－９";
  e.professional = true;
  e.tax_column = model::TaxColumn::kOtsu;
  e.employment_type = model::EmploymentType::kShortTime;
  e.basic_pension_number = "1234567890";
  e.employment_insurance_number = "12345678901";
  e.insured_person_number = "77";
  e.social_insurance = false;
  e.employment_insurance = false;
  e.disability = model::Disability::kSpecial;
  e.widow = model::WidowStatus::kSingleParent;
  e.working_student = true;
  e.resident = false;
  return e;
}

model::Dependent full_dependent(EmployeeId employee, int seq) {
  model::Dependent d;
  d.employee_id = employee;
  d.seq = seq;
  d.family_name = "髙橋";
  d.given_name = "蒼";
  d.family_kana = "タカハシ";
  d.given_kana = "アオイ";
  d.relation = model::Relation::kGrandparent;
  d.birth_date = Date(1940, 1, 1);
  d.estimated_income = Yen(12'345'678'901);  // above 2^31: the column is BIGINT
  d.disability = model::Disability::kGeneral;
  d.cohabiting = false;
  d.non_resident = true;
  d.health_dependent = true;
  d.overseas_condition = model::OverseasCondition::kRemittance38;
  return d;
}

long long count(db::Database& d, const std::string& table) {
  long long n = -1;
  d.session() << "SELECT COUNT(*) FROM " + table, soci::into(n);
  return n;
}

class Storage : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    if (GetParam() == Backend::kPostgresql) {
      auto* pg = test::PgServer::get();
      if (!pg && test::PgServer::binaries_missing()) GTEST_SKIP() << test::PgServer::skip_reason();
      if (!pg) FAIL() << test::PgServer::skip_reason();
      url_ = pg->create_database(/*migrated=*/!fresh_database());
    } else {
      url_ = tmp_.str("kyuyo.db");
    }
    db_ = db::Database::open(url_);
    ASSERT_EQ(db_->backend(), GetParam());
  }
  /// The migration test starts from an empty database; the others from a migrated copy.
  static bool fresh_database() {
    return std::string(::testing::UnitTest::GetInstance()->current_test_info()->name())
        .starts_with("MigrationsApply");
  }
  test::TempDir tmp_;
  std::string url_;
  std::unique_ptr<db::Database> db_;
};

TEST_P(Storage, MigrationsApplyAndAreIdempotent) {
  int v = db_->schema_version();
  EXPECT_GE(v, 1);
  long long applied = count(*db_, "schema_migrations");
  EXPECT_GE(applied, 1);
  db_->migrate();  // again on the same session
  EXPECT_EQ(db_->schema_version(), v);
  db_.reset();
  auto again = db::Database::open(url_);  // and on reopening
  EXPECT_EQ(again->schema_version(), v);
  EXPECT_EQ(count(*again, "schema_migrations"), applied);
  EXPECT_EQ(count(*again, "employers"), 0);
  EXPECT_EQ(count(*again, "employees"), 0);
  EXPECT_EQ(count(*again, "dependents"), 0);
}

TEST_P(Storage, MigrationAddedBelowTheHighestAppliedIsStillApplied) {
  // Areas own version ranges (migration.hpp), so a lower-numbered migration can land after a
  // higher one was applied. Forget the record of the lowest non-core migration and reopen: open()
  // must try to apply it again (an older rule "apply only versions above the maximum" skipped it).
  int lowest_area = 0;
  soci::indicator ind = soci::i_null;
  db_->session() << "SELECT MIN(version) FROM schema_migrations WHERE version >= 100", soci::into(lowest_area, ind);
  ASSERT_GT(lowest_area, 0) << "expected migrations outside the core range";
  db_->session() << "DELETE FROM schema_migrations WHERE version = :v", soci::use(lowest_area);
  db_.reset();
  // The deleted migration's tables still exist, so re-running it must fail loudly rather than be
  // skipped silently: that is how a missed migration shows up.
  EXPECT_THROW(db::Database::open(url_), KyuyoError);
}

TEST_P(Storage, EmployerRoundTripOfEveryField) {
  db::EmployerRepo repo(*db_);
  auto in = full_employer("C001");
  auto r = repo.upsert(in);
  EXPECT_EQ(r.change, db::Change::kInserted);
  auto out = repo.find_by_code("C001");
  ASSERT_TRUE(out);
  EXPECT_EQ(out->id, r.id);
  EXPECT_EQ(out->name, in.name);
  EXPECT_EQ(out->name_kana, in.name_kana);
  EXPECT_EQ(out->corporate_number, in.corporate_number);
  EXPECT_EQ(out->office_symbol, in.office_symbol);
  EXPECT_EQ(out->office_number, in.office_number);
  EXPECT_EQ(out->prefecture, 27);
  EXPECT_EQ(out->postal_code, in.postal_code);
  EXPECT_EQ(out->address, in.address);
  EXPECT_EQ(out->phone, in.phone);
  EXPECT_EQ(out->representative, in.representative);
  EXPECT_EQ(out->health_insurer, model::HealthInsurer::kKumiai);
  EXPECT_EQ(out->kumiai_name, in.kumiai_name);
  EXPECT_EQ(out->kumiai_rate_file, in.kumiai_rate_file);
  EXPECT_EQ(out->employment_business, model::EmploymentBusiness::kConstruction);
  EXPECT_EQ(out->employment_office_number, in.employment_office_number);
  EXPECT_EQ(out->premium_collection, model::PremiumCollection::kCurrentMonth);
  EXPECT_EQ(out->withholding_method, model::WithholdingMethod::kComputer);
  EXPECT_TRUE(db::same_content(*out, in));
  auto by_id = repo.find(r.id);
  ASSERT_TRUE(by_id);
  EXPECT_EQ(by_id->code, "C001");
  EXPECT_FALSE(repo.find_by_code("C999"));
  EXPECT_FALSE(repo.find(EmployerId(r.id.value() + 100)));
}

TEST_P(Storage, EmployeeRoundTripOfEveryField) {
  auto er = db::EmployerRepo(*db_).upsert(full_employer("C001")).id;
  db::EmployeeRepo repo(*db_);
  auto in = full_employee(er, "0042");
  auto r = repo.upsert(in);
  auto out = repo.find_by_code(er, "0042");
  ASSERT_TRUE(out);
  EXPECT_EQ(out->id, r.id);
  EXPECT_EQ(out->employer_id, er);
  EXPECT_EQ(out->code, "0042");
  EXPECT_EQ(out->family_name, "髙橋");
  EXPECT_EQ(out->given_name, "美﨑");
  EXPECT_EQ(out->family_kana, in.family_kana);
  EXPECT_EQ(out->given_kana, in.given_kana);
  EXPECT_EQ(out->birth_date, Date(1988, 2, 29));
  EXPECT_EQ(out->sex, model::Sex::kFemale);
  EXPECT_EQ(out->postal_code, in.postal_code);
  EXPECT_EQ(out->address, in.address);
  EXPECT_EQ(out->municipality_code, "131041");
  EXPECT_EQ(out->hire_date, Date(2026, 7, 1));
  ASSERT_TRUE(out->leave_date);
  EXPECT_EQ(*out->leave_date, Date(2026, 12, 31));
  EXPECT_EQ(out->leave_reason, model::LeaveReason::kDisability);
  EXPECT_EQ(out->address_kana, in.address_kana);
  EXPECT_TRUE(out->professional);
  EXPECT_EQ(out->tax_column, model::TaxColumn::kOtsu);
  EXPECT_EQ(out->employment_type, model::EmploymentType::kShortTime);
  EXPECT_EQ(out->basic_pension_number, in.basic_pension_number);
  EXPECT_EQ(out->employment_insurance_number, in.employment_insurance_number);
  EXPECT_EQ(out->insured_person_number, "77");
  EXPECT_FALSE(out->social_insurance);
  EXPECT_FALSE(out->employment_insurance);
  EXPECT_EQ(out->disability, model::Disability::kSpecial);
  EXPECT_EQ(out->widow, model::WidowStatus::kSingleParent);
  EXPECT_TRUE(out->working_student);
  EXPECT_FALSE(out->resident);
  EXPECT_TRUE(db::same_content(*out, in));

  // the defaults and an absent 退職日 survive too
  model::Employee plain;
  plain.employer_id = er;
  plain.code = "0001";
  plain.family_name = "山田";
  plain.given_name = "太郎";
  plain.birth_date = Date(1980, 1, 1);
  plain.hire_date = Date(2000, 4, 1);
  repo.upsert(plain);
  auto p = repo.find_by_code(er, "0001");
  ASSERT_TRUE(p);
  EXPECT_FALSE(p->leave_date);
  EXPECT_TRUE(p->social_insurance);
  EXPECT_TRUE(p->resident);
  EXPECT_EQ(p->leave_reason, model::LeaveReason::kOrdinary);
  EXPECT_FALSE(p->professional);
  EXPECT_TRUE(p->address_kana.empty());
  EXPECT_TRUE(db::same_content(*p, plain));
}

TEST_P(Storage, DependentRoundTripOfEveryField) {
  auto er = db::EmployerRepo(*db_).upsert(full_employer("C001")).id;
  db::EmployeeRepo repo(*db_);
  auto emp = repo.upsert(full_employee(er, "0042")).id;
  auto in = full_dependent(emp, 3);
  auto r = repo.upsert_dependent(in);
  auto out = repo.find_dependent(r.id);
  ASSERT_TRUE(out);
  EXPECT_EQ(out->employee_id, emp);
  EXPECT_EQ(out->seq, 3);
  EXPECT_EQ(out->family_name, in.family_name);
  EXPECT_EQ(out->given_name, in.given_name);
  EXPECT_EQ(out->family_kana, in.family_kana);
  EXPECT_EQ(out->given_kana, in.given_kana);
  EXPECT_EQ(out->relation, model::Relation::kGrandparent);
  EXPECT_EQ(out->birth_date, Date(1940, 1, 1));
  EXPECT_EQ(out->estimated_income, Yen(12'345'678'901));
  EXPECT_EQ(out->disability, model::Disability::kGeneral);
  EXPECT_FALSE(out->cohabiting);
  EXPECT_TRUE(out->non_resident);
  EXPECT_TRUE(out->health_dependent);
  EXPECT_EQ(out->overseas_condition, model::OverseasCondition::kRemittance38);
  EXPECT_TRUE(db::same_content(*out, in));
}

TEST_P(Storage, UpsertByCodeIsIdempotentAndUpdates) {
  db::EmployerRepo employers(*db_);
  auto first = employers.upsert(full_employer("C001"));
  auto again = employers.upsert(full_employer("C001"));
  EXPECT_EQ(again.change, db::Change::kUnchanged);
  EXPECT_EQ(again.id, first.id);
  auto changed = full_employer("C001");
  changed.name = "株式会社テスト商事ホールディングス";
  auto upd = employers.upsert(changed);
  EXPECT_EQ(upd.change, db::Change::kUpdated);
  EXPECT_EQ(upd.id, first.id);
  EXPECT_EQ(employers.find_by_code("C001")->name, changed.name);
  EXPECT_EQ(count(*db_, "employers"), 1);

  db::EmployeeRepo repo(*db_);
  auto e1 = repo.upsert(full_employee(first.id, "1"));
  EXPECT_EQ(repo.upsert(full_employee(first.id, "1")).change, db::Change::kUnchanged);
  auto left = full_employee(first.id, "1");
  left.leave_date.reset();  // a NULL 退職日 is a change too
  EXPECT_EQ(repo.upsert(left).change, db::Change::kUpdated);
  EXPECT_FALSE(repo.find(e1.id)->leave_date);
  auto professional_off = left;
  professional_off.professional = false;  // each added column takes part in the comparison
  EXPECT_EQ(repo.upsert(professional_off).change, db::Change::kUpdated);
  EXPECT_FALSE(repo.find(e1.id)->professional);
  auto d1 = repo.upsert_dependent(full_dependent(e1.id, 1));
  EXPECT_EQ(repo.upsert_dependent(full_dependent(e1.id, 1)).change, db::Change::kUnchanged);
  auto dep = full_dependent(e1.id, 1);
  dep.estimated_income = Yen(800'000);
  auto d2 = repo.upsert_dependent(dep);
  EXPECT_EQ(d2.change, db::Change::kUpdated);
  EXPECT_EQ(d2.id, d1.id);
  dep.overseas_condition = model::OverseasCondition::kStudent;
  EXPECT_EQ(repo.upsert_dependent(dep).change, db::Change::kUpdated);
  EXPECT_EQ(repo.find_dependent(d1.id)->overseas_condition, model::OverseasCondition::kStudent);
  EXPECT_EQ(count(*db_, "employees"), 1);
  EXPECT_EQ(count(*db_, "dependents"), 1);
}

TEST_P(Storage, ListsAreScopedAndOrdered) {
  db::EmployerRepo employers(*db_);
  auto b = employers.upsert(full_employer("B")).id;
  auto a = employers.upsert(full_employer("A")).id;
  auto list = employers.list();
  ASSERT_EQ(list.size(), 2u);
  EXPECT_EQ(list[0].code, "A");
  EXPECT_EQ(list[1].code, "B");
  db::EmployeeRepo repo(*db_);
  repo.upsert(full_employee(a, "30"));
  repo.upsert(full_employee(a, "10"));
  auto other = repo.upsert(full_employee(b, "10")).id;  // the same 社員番号 at another employer
  auto mine = repo.list_by_employer(a);
  ASSERT_EQ(mine.size(), 2u);
  EXPECT_EQ(mine[0].code, "10");
  EXPECT_EQ(mine[1].code, "30");
  EXPECT_EQ(repo.list_by_employer(b).size(), 1u);
  EXPECT_EQ(repo.find_by_code(b, "10")->id, other);
  repo.upsert_dependent(full_dependent(other, 2));
  repo.upsert_dependent(full_dependent(other, 1));
  auto deps = repo.dependents_of(other);
  ASSERT_EQ(deps.size(), 2u);
  EXPECT_EQ(deps[0].seq, 1);
  EXPECT_EQ(deps[1].seq, 2);
  EXPECT_TRUE(repo.dependents_of(mine[0].id).empty());
}

TEST_P(Storage, UniquenessIsEnforced) {
  auto& sql = db_->session();
  sql << "INSERT INTO employers (code, name, prefecture) VALUES ('X', 'x', 13)";
  EXPECT_THROW(sql << "INSERT INTO employers (code, name, prefecture) VALUES ('X', 'y', 13)",
               soci::soci_error);
  auto er = db::EmployerRepo(*db_).find_by_code("X")->id;
  db::EmployeeRepo(*db_).upsert(full_employee(er, "7"));
  long long id = er.value();
  EXPECT_THROW(
      (sql << "INSERT INTO employees (employer_id, code, family_name, given_name, birth_date, sex, "
              "hire_date) VALUES (:e, '7', 'a', 'b', '1990-01-01', 'M', '2020-01-01')",
       soci::use(id)),
      soci::soci_error);
  auto emp = db::EmployeeRepo(*db_).find_by_code(er, "7")->id.value();
  sql << "INSERT INTO dependents (employee_id, seq, family_name, given_name, relation, birth_date) "
         "VALUES (:e, 1, 'a', 'b', 'child', '2020-01-01')",
      soci::use(emp);
  EXPECT_THROW((sql << "INSERT INTO dependents (employee_id, seq, family_name, given_name, "
                       "relation, birth_date) "
                       "VALUES (:e, 1, 'c', 'd', 'child', '2021-01-01')",
                soci::use(emp)),
               soci::soci_error);
  // CHECK constraints guard the enumerations
  EXPECT_THROW(
      (sql << "INSERT INTO employees (employer_id, code, family_name, given_name, birth_date, sex, "
              "hire_date) VALUES (:e, '8', 'a', 'b', '1990-01-01', 'X', '2020-01-01')",
       soci::use(id)),
      soci::soci_error);
}

TEST_P(Storage, ForeignKeysAreEnforced) {
  db::EmployeeRepo repo(*db_);
  EXPECT_THROW(repo.upsert(full_employee(EmployerId(424242), "1")), soci::soci_error);
  EXPECT_THROW(repo.upsert_dependent(full_dependent(EmployeeId(424242), 1)), soci::soci_error);
  auto er = db::EmployerRepo(*db_).upsert(full_employer("C")).id;
  repo.upsert(full_employee(er, "1"));
  long long id = er.value();
  EXPECT_THROW((db_->session() << "DELETE FROM employers WHERE id = :id", soci::use(id)),
               soci::soci_error);
  EXPECT_EQ(count(*db_, "employees"), 1);
}

TEST_P(Storage, AFailingBatchLeavesNothingWritten) {
  {
    db::Transaction tx(*db_);
    auto er = db::EmployerRepo(*db_).upsert(full_employer("C001")).id;
    db::EmployeeRepo repo(*db_);
    repo.upsert(full_employee(er, "1"));
    repo.upsert(full_employee(er, "2"));
    EXPECT_THROW(repo.upsert_dependent(full_dependent(EmployeeId(424242), 1)), soci::soci_error);
    // no commit: the transaction rolls back when it goes out of scope
  }
  EXPECT_EQ(count(*db_, "employers"), 0);
  EXPECT_EQ(count(*db_, "employees"), 0);
  // and the session is usable afterwards; a committed batch stays
  {
    db::Transaction tx(*db_);
    db::EmployerRepo(*db_).upsert(full_employer("C001"));
    tx.commit();
  }
  db_.reset();
  auto again = db::Database::open(url_);
  EXPECT_EQ(count(*again, "employers"), 1);
}

TEST(StorageSqlite, PragmasWalForeignKeysSynchronousFull) {
  test::TempDir tmp;
  auto db = db::Database::open(tmp.str("kyuyo.db"));
  std::string journal;
  int fk = -1, sync = -1;
  db->session() << "PRAGMA journal_mode", soci::into(journal);
  db->session() << "PRAGMA foreign_keys", soci::into(fk);
  db->session() << "PRAGMA synchronous", soci::into(sync);
  EXPECT_EQ(journal, "wal");
  EXPECT_EQ(fk, 1);
  EXPECT_EQ(
      sync,
      2);  // FULL (0 OFF, 1 NORMAL, 2 FULL, 3 EXTRA: sqlite.org/pragma.html#pragma_synchronous)
}

// The import commands on PostgreSQL, chosen by a postgresql:// URL: the sample company imports, a
// bad file writes nothing, a re-import changes nothing.
TEST(StoragePostgresql, ImportCommandsThroughAConnectionUrl) {
  auto* pg = test::PgServer::get();
  if (!pg && test::PgServer::binaries_missing()) GTEST_SKIP() << test::PgServer::skip_reason();
  ASSERT_TRUE(pg) << test::PgServer::skip_reason();
  std::string url = pg->create_database(/*migrated=*/false);
  std::string samples = test::test_dir() + "/../samples/company";
  for (const char* kind : {"employers", "employees", "dependents"}) {
    auto r = test::run_kyuyo({"import", kind, samples + "/" + kind + ".csv", "--db", url});
    ASSERT_EQ(r.exit_code, 0) << kind << ": " << r.err;
  }
  auto again = test::run_kyuyo({"import", "employees", samples + "/employees.csv", "--db", url});
  EXPECT_NE(again.out.find("0 added, 0 updated, 12 unchanged"), std::string::npos)
      << again.out << again.err;
  test::TempDir tmp;
  test::write_file(tmp.path() / "bad.csv",
                   "社員番号,氏,名,生年月日,性別,入社日\n"
                   "2001,新人,一号,1999-01-01,男,2026-04-01\n"
                   "2002,新人,二号,1999-02-30,男,2026-04-01\n");
  auto bad = test::run_kyuyo({"import", "employees", tmp.str("bad.csv"), "--db", url});
  EXPECT_EQ(bad.exit_code, 1);
  EXPECT_NE(bad.err.find("bad.csv line 3, column 4 (生年月日)"), std::string::npos) << bad.err;
  auto db = db::Database::open(url);
  EXPECT_EQ(count(*db, "employees"), 12);
  EXPECT_EQ(count(*db, "dependents"), 11);
  auto sakura = db::EmployerRepo(*db).find_by_code("SAKURA");
  ASSERT_TRUE(sakura);
  EXPECT_FALSE(
      db::EmployeeRepo(*db).find_by_code(sakura->id, "2001"));  // the good row of the bad file
}

INSTANTIATE_TEST_SUITE_P(Backends, Storage,
                         ::testing::Values(Backend::kSqlite, Backend::kPostgresql),
                         [](const ::testing::TestParamInfo<Backend>& i) {
                           return std::string(i.param == Backend::kSqlite ? "SQLite"
                                                                          : "PostgreSQL");
                         });

}  // namespace

// The pay run's reader connection (Database::open_reader): only on an SQLite file in WAL mode and
// outside a transaction; it sees committed rows, not the writer's uncommitted ones, and cannot write.
TEST(StorageSqlite, AReaderConnectionSeesCommittedRowsOnlyAndCannotWrite) {
  test::TempDir tmp;
  auto db = db::Database::open(tmp.str("kyuyo.db"));
  model::Employer e;
  e.code = "R1";
  e.name = "読取株式会社";
  db::EmployerRepo(*db).upsert(e);
  auto reader = db->open_reader();
  ASSERT_TRUE(reader);
  EXPECT_EQ(count(*reader, "employers"), 1);
  {
    db::Transaction tx(*db);
    e.code = "R2";
    db::EmployerRepo(*db).upsert(e);
    EXPECT_EQ(count(*reader, "employers"), 1);  // the writer's row is not committed yet
    EXPECT_FALSE(db->open_reader()) << "inside a transaction a reader would miss the uncommitted rows";
    tx.commit();
  }
  EXPECT_EQ(count(*reader, "employers"), 2);
  EXPECT_THROW(reader->session() << "DELETE FROM employers", soci::soci_error);
  EXPECT_EQ(count(*db, "employers"), 2);

  auto memory = db::Database::open(":memory:");
  EXPECT_FALSE(memory->open_reader()) << "an in-memory database cannot be opened twice";
}
