// A real `gradfit serve` process on a free port with a throwaway database, for
// the API tests: started with fork/exec, its address read from its first line.
#pragma once

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <httplib.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace gradfit_test {

namespace fs = std::filesystem;

inline const std::string kData = std::string(GRADFIT_TEST_DIR) + "/../data";
inline const std::string kPersonas = std::string(GRADFIT_TEST_DIR) + "/fit/personas";

inline std::string ReadFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

// A fresh folder under the system's temp dir, removed with the object.
struct TempDir {
  fs::path path;
  TempDir() {
    std::string tmpl = (fs::temp_directory_path() / "gradfit-api-XXXXXX").string();
    path = mkdtemp(tmpl.data());
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
};

class ServerProcess {
 public:
  // Starts `gradfit serve --port 0 --db DB [extra args]` and waits for its address.
  ServerProcess(const std::string& db, std::vector<std::string> extra = {}) { Start(db, extra); }
  ~ServerProcess() { Stop(SIGTERM); }

  void Start(const std::string& db, const std::vector<std::string>& extra) {
    int out[2];
    ASSERT_EQ(pipe(out), 0);
    std::vector<std::string> args = {GRADFIT_BINARY, "serve", "--port", "0", "--db", db};
    args.insert(args.end(), extra.begin(), extra.end());
    pid_ = fork();
    ASSERT_GE(pid_, 0);
    if (pid_ == 0) {
      dup2(out[1], STDOUT_FILENO);
      close(out[0]);
      close(out[1]);
      std::vector<char*> argv;
      for (auto& a : args) argv.push_back(a.data());
      argv.push_back(nullptr);
      setenv("GRADFIT_TODAY", "2026-12-02", 1);
      execv(argv[0], argv.data());
      _exit(127);
    }
    close(out[1]);
    stdout_ = fdopen(out[0], "r");
    std::array<char, 512> line{};
    while (fgets(line.data(), line.size(), stdout_)) {
      std::string s = line.data();
      first_lines_ += s;
      int p = 0;
      if (std::sscanf(s.c_str(), "gradfit serving on http://127.0.0.1:%d/", &p) == 1) port_ = p;
      if (s.rfind("access token: ", 0) == 0) token_ = s.substr(14, s.size() - 15);
      if (s.rfind("stop with", 0) == 0) break;
    }
    ASSERT_GT(port_, 0) << "the server printed: " << first_lines_;
  }

  // SIGKILL for the crash test; SIGTERM for a clean stop. Returns the wait status.
  int Stop(int sig) {
    int status = 0;
    if (pid_ > 0) {
      kill(pid_, sig);
      waitpid(pid_, &status, 0);
      pid_ = -1;
    }
    if (stdout_) {
      fclose(stdout_);
      stdout_ = nullptr;
    }
    return status;
  }

  // The test has reaped the process itself: nothing left to stop.
  void Forget() {
    pid_ = -1;
    if (stdout_) fclose(stdout_);
    stdout_ = nullptr;
  }

  httplib::Client Client() const {
    httplib::Client c("127.0.0.1", port_);
    c.set_read_timeout(60, 0);
    if (!token_.empty()) c.set_bearer_token_auth(token_.c_str());
    return c;
  }
  int port() const { return port_; }
  pid_t pid() const { return pid_; }
  const std::string& token() const { return token_; }
  const std::string& banner() const { return first_lines_; }

 private:
  pid_t pid_ = -1;
  FILE* stdout_ = nullptr;
  int port_ = 0;
  std::string token_;
  std::string first_lines_;
};

// Opens a connection to the server on 127.0.0.1; -1 when it cannot.
inline int Connect(int port) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    close(fd);
    return -1;
  }
  return fd;
}

// Sends raw bytes (a request line the client library would normalise) and returns the reply.
inline std::string RawRequest(int port, const std::string& request) {
  const int fd = Connect(port);
  if (fd < 0) return "";
  (void)!write(fd, request.data(), request.size());
  std::string reply;
  std::array<char, 4096> buf;
  ssize_t n;
  while ((n = read(fd, buf.data(), buf.size())) > 0) reply.append(buf.data(), n);
  close(fd);
  return reply;
}

inline int StatusOf(const std::string& raw_reply) {
  int status = 0;
  std::sscanf(raw_reply.c_str(), "HTTP/1.1 %d", &status);
  return status;
}

// stdout of the gradfit binary (the CLI), for CLI-vs-API comparisons.
inline std::string CliStdout(const std::string& args) {
  const std::string cmd =
      "GRADFIT_TODAY=2026-12-02 " + std::string(GRADFIT_BINARY) + " " + args + " 2>/dev/null";
  FILE* pipe = popen(cmd.c_str(), "r");
  std::string out;
  std::array<char, 4096> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), pipe)) > 0) out.append(buf.data(), n);
  pclose(pipe);
  return out;
}

}  // namespace gradfit_test
