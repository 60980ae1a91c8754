// kyuyo: the command-line entry point. Commands live in cli/commands/ and register themselves.
#include <iostream>
#include <string>
#include <vector>

#include "command.hpp"

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  try {
    return kyuyo::cli::dispatch(args, std::cout, std::cerr);
  } catch (const std::exception& e) {
    std::cerr << "kyuyo: internal error: " << e.what() << "\n";
    return 1;
  }
}
