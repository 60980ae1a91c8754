#include "support/pg_server.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <vector>

#include "kyuyo/adapters/db/database.hpp"

namespace kyuyo::test {
namespace fs = std::filesystem;
namespace {

std::string& reason() {
  static std::string r;
  return r;
}
bool& missing() {
  static bool m = false;
  return m;
}

std::string tail_of(const std::string& path) {
  std::ifstream in(path);
  std::string line, all;
  std::vector<std::string> lines;
  while (std::getline(in, line)) lines.push_back(line);
  for (std::size_t i = lines.size() > 5 ? lines.size() - 5 : 0; i < lines.size(); ++i)
    all += "\n    " + lines[i];
  return all;
}

std::string quote(const std::string& s) {
  std::string r = "'";
  for (char c : s) r += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return r + "'";
}

int run(const std::string& cmd) {
  int st = std::system(cmd.c_str());
  return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

// The newest /usr/lib/postgresql/<version>/bin holding initdb and pg_ctl.
std::string find_bin() {
  if (const char* b = std::getenv("KYUYO_PG_BIN"); b && *b) return b;
  std::string best;
  int best_version = -1;
  std::error_code ec;
  for (auto& e : fs::directory_iterator("/usr/lib/postgresql", ec)) {
    fs::path bin = e.path() / "bin";
    if (!fs::exists(bin / "initdb") || !fs::exists(bin / "pg_ctl")) continue;
    int v = std::atoi(e.path().filename().c_str());
    if (v > best_version) best_version = v, best = bin.string();
  }
  return best;
}

// A port that was free a moment ago on 127.0.0.1 (the kernel picks it).
int free_port() {
  int s = socket(AF_INET, SOCK_STREAM, 0);
  if (s < 0) return 0;
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  a.sin_port = 0;
  socklen_t len = sizeof a;
  int port = 0;
  if (bind(s, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0 &&
      getsockname(s, reinterpret_cast<sockaddr*>(&a), &len) == 0)
    port = ntohs(a.sin_port);
  close(s);
  return port;
}
}  // namespace

const std::string& PgServer::skip_reason() { return reason(); }
bool PgServer::binaries_missing() { return missing(); }

PgServer* PgServer::get() {
  static std::unique_ptr<PgServer> server;
  static bool tried = false;
  if (tried) return server.get();
  tried = true;
  std::unique_ptr<PgServer> s(new PgServer());
  std::string why;
  if (!s->start(why)) {
    reason() =
        missing()
            ? "PostgreSQL tests SKIPPED: " + why +
                  " (install the Debian package 'postgresql', as `make test` does, to run them)"
            : "PostgreSQL test server failed to start: " + why;
    std::cerr << "\n**********************************************************************\n"
              << "*** " << reason() << "\n"
              << "**********************************************************************\n\n";
    return nullptr;
  }
  server = std::move(s);
  return server.get();
}

bool PgServer::start(std::string& why) {
  bin_ = find_bin();
  if (bin_.empty() || !fs::exists(bin_ + "/initdb") || !fs::exists(bin_ + "/pg_ctl")) {
    why = "no initdb/pg_ctl under " +
          (bin_.empty() ? std::string("/usr/lib/postgresql/*/bin") : bin_);
    missing() = true;
    return false;
  }
  char tmpl[] = "/tmp/kyuyo-pg-XXXXXX";
  if (!mkdtemp(tmpl)) {
    why = "cannot create a temporary directory";
    return false;
  }
  dir_ = tmpl;
  if (geteuid() == 0) {
    // PostgreSQL refuses to run as root: run its tools as the postgres user, owning the directory.
    passwd* pw = getpwnam("postgres");
    if (!pw) {
      why = "running as root and there is no 'postgres' user";
      fs::remove_all(dir_);
      return false;
    }
    if (chown(dir_.c_str(), pw->pw_uid, pw->pw_gid) != 0) {
      why = "cannot chown " + dir_ + " to postgres";
      fs::remove_all(dir_);
      return false;
    }
    run_as_ = "runuser -u postgres -- ";
  }
  fs::permissions(dir_, fs::perms::owner_all, fs::perm_options::replace);
  std::string data = dir_ + "/data";
  std::string initdb = run_as_ + quote(bin_ + "/initdb") + " -D " + quote(data) +
                       " -U postgres --auth=trust -E UTF8 --locale=C --no-sync >" +
                       quote(dir_ + "/initdb.log") + " 2>&1";
  if (run(initdb) != 0) {
    why = "initdb failed:" + tail_of(dir_ + "/initdb.log");
    stop();
    return false;
  }
  for (int attempt = 0; attempt < 5 && !running_; ++attempt) {
    port_ = free_port();
    std::string opts = "-c listen_addresses=127.0.0.1 -p " + std::to_string(port_) + " -k " + dir_ +
                       " -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
    std::string cmd = run_as_ + quote(bin_ + "/pg_ctl") + " -D " + quote(data) + " -l " +
                      quote(dir_ + "/server.log") + " -w -t 60 -o " + quote(opts) +
                      " start >/dev/null 2>&1";
    running_ = run(cmd) == 0;
  }
  if (!running_) {
    why = "pg_ctl start failed:" + tail_of(dir_ + "/server.log");
    stop();
    return false;
  }
  return true;
}

void PgServer::stop() {
  if (running_) {
    run(run_as_ + quote(bin_ + "/pg_ctl") + " -D " + quote(dir_ + "/data") +
        " -m immediate -w stop >/dev/null 2>&1");
    running_ = false;
  }
  std::error_code ec;
  if (!dir_.empty()) fs::remove_all(dir_, ec);
}

PgServer::~PgServer() { stop(); }

std::string PgServer::create_database(bool migrated) {
  std::string base = "postgresql://postgres@127.0.0.1:" + std::to_string(port_) + "/";
  // libpq keywords: SOCI 4.0 mangles postgresql:// URIs (Database::open converts them itself)
  soci::session admin(soci::postgresql, "host=127.0.0.1 port=" + std::to_string(port_) +
                                            " user=postgres dbname=postgres");
  if (migrated && !template_ready_) {
    admin << "CREATE DATABASE kyuyo_template";
    db::Database::open(base + "kyuyo_template");  // applies every migration, then disconnects
    template_ready_ = true;
  }
  std::string name = "kyuyo_test_" + std::to_string(++next_db_);
  admin << "CREATE DATABASE " + name + (migrated ? " TEMPLATE kyuyo_template" : "");
  return base + name;
}

}  // namespace kyuyo::test
