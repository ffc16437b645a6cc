// Runs the gradfit binary as a user would, for the behaviour tests of tests/cli.
#pragma once

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <string>

namespace gradfit_test {

struct CliRun {
  int exit_code;
  std::string out;  // what the command printed (stdout and stderr unless redirected)
};

// `args` is appended to the binary's path and run by the shell, so it may carry
// redirections; stderr is merged into the output. `env` (e.g. "COLUMNS=80") is set
// for the command. A command that would hang is stopped by `timeout` after 60 s
// (exit 124).
inline CliRun RunGradfit(const std::string& args, const std::string& env = "") {
  const std::string cmd = env + " timeout 60 " + std::string(GRADFIT_BINARY) + " " + args + " 2>&1";
  FILE* pipe = popen(cmd.c_str(), "r");
  std::string out;
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), pipe)) > 0) out.append(buf.data(), n);
  const int status = pclose(pipe);
  return {WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status), out};
}

// Runs with standard output sent to `stdout_target` (e.g. /dev/full); returns
// what the command wrote to standard error.
inline CliRun RunGradfitStdoutTo(const std::string& args, const std::string& stdout_target) {
  return RunGradfit(args + " 2>&1 >" + stdout_target + " #");
}

}  // namespace gradfit_test
