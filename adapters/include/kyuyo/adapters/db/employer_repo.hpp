#pragma once
/// \brief Employers in the store (table `employers`, migration 0001_core.sql).
///
/// Usage (inside a db::Transaction for batches):
///   db::EmployerRepo repo(*database);
///   auto r = repo.upsert(employer);            // by code; r.id, r.change
///   std::optional<model::Employer> e = repo.find_by_code("A001");
///   for (const auto& e : repo.list()) …        // ordered by code
/// Database errors surface as soci::soci_error (callers inside a Transaction let it unwind;
/// the transaction rolls back).
#include <optional>
#include <string>
#include <vector>

#include "kyuyo/core/strong_id.hpp"
#include "kyuyo/model/employer.hpp"

namespace kyuyo::db {

class Database;

/// What an upsert did: a re-import of identical data reports kUnchanged and writes nothing.
enum class Change { kInserted, kUpdated, kUnchanged };

template <class Id>
struct Upserted {
  Id id;
  Change change;
};

class EmployerRepo {
 public:
  explicit EmployerRepo(Database& db) : db_(db) {}

  /// Inserts the employer, or updates the row with the same code (e.id is ignored).
  Upserted<EmployerId> upsert(const model::Employer& e);
  std::optional<model::Employer> find(EmployerId id);
  std::optional<model::Employer> find_by_code(const std::string& code);
  /// Every employer, ordered by code.
  std::vector<model::Employer> list();

 private:
  Database& db_;
};

/// Field-by-field equality of the stored content (ids ignored).
bool same_content(const model::Employer& a, const model::Employer& b);

}  // namespace kyuyo::db
