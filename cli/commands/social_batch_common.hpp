#pragma once
// Shared by `kyuyo social teiji` and `kyuyo social zuiji`: options and the listing of a
// determination batch (text or CSV on stdout).
#include <ostream>
#include <string>

#include "command.hpp"
#include "kyuyo/adapters/csv/csv_writer.hpp"
#include "kyuyo/adapters/shaho/determination_batch.hpp"

namespace kyuyo::cli::socialcli {

inline void add_options(po::options_description& d) {
  add_db_option(d);
  add_employer_options(d, true);
  d.add_options()("format", po::value<std::string>()->default_value("text"), "listing on stdout: text or csv");
}

inline bool csv_format(const po::variables_map& vm) {
  const auto& f = vm["format"].as<std::string>();
  if (f != "text" && f != "csv") throw UsageError("--format: text or csv (got '" + f + "')");
  return f == "csv";
}

inline std::string grades_text(const social::Grades& g) {
  return "健保 " + std::to_string(g.health_grade) + "級 " + g.health_standard.str() + " / 厚年 " +
         std::to_string(g.pension_grade) + "級 " + g.pension_standard.str();
}

/// Prints the batch: one line per insured employee (社員番号, 氏名, 従前, 報酬月額, new grades or the
/// reason not stored), then the notes and a total line.
inline void print(std::ostream& out, const shaho::BatchResult& r, bool csv, const std::string& title) {
  if (csv) {
    out << "社員番号,氏名,結果,従前健保等級,従前健保標準報酬月額,従前厚年等級,従前厚年標準報酬月額,報酬月額,"
           "健保等級,健保標準報酬月額,厚年等級,厚年標準報酬月額,備考\r\n";
    for (const auto& l : r.lines) {
      auto g = [](const std::optional<social::Grades>& x, int i) -> std::string {
        if (!x) return "";
        switch (i) {
          case 0: return std::to_string(x->health_grade);
          case 1: return x->health_standard.str();
          case 2: return std::to_string(x->pension_grade);
          default: return x->pension_standard.str();
        }
      };
      out << csv::quote_field(l.code) << "," << csv::quote_field(l.name) << "," << (l.stored ? "stored" : "excluded");
      for (int i = 0; i < 4; ++i) out << "," << g(l.previous, i);
      out << "," << (l.average ? l.average->str() : "");
      for (int i = 0; i < 4; ++i) out << "," << g(l.grades, i);
      out << "," << csv::quote_field(l.note) << "\r\n";
    }
    return;
  }
  out << title << "\n";
  for (const auto& l : r.lines) {
    out << l.code << "\t" << l.name << "\t";
    out << "従前 " << (l.previous ? grades_text(*l.previous) : std::string("-")) << "\t";
    if (l.stored) {
      out << "報酬月額 " << (l.average ? l.average->str() : std::string("-")) << " → " << grades_text(*l.grades);
      if (!l.note.empty()) out << "\t(" << l.note << ")";
    } else {
      out << l.note;
    }
    out << "\n";
  }
  for (const auto& n : r.notes) out << "note: " << n << "\n";
  out << "stored\t" << r.stored << "\nnot stored\t" << (r.lines.size() - static_cast<std::size_t>(r.stored)) << "\n";
}

}  // namespace kyuyo::cli::socialcli
