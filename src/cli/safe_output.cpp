// Filtered standard streams (see safe_output.hpp): glibc's fopencookie gives a
// FILE* whose writes go through a function, and libstdc++'s stdio_sync_filebuf
// puts std::cout and std::cerr over those FILE*s, so every way of printing in
// the CLI meets the same filter.
#include "cli/safe_output.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ext/stdio_sync_filebuf.h>
#include <iostream>
#include <string>
#include <string_view>

#include "gradfit/file_io.hpp"

namespace gradfit::cli {
namespace {

struct Sink {
  int fd;
  std::string pending;  // the first bytes of a UTF-8 sequence cut by the stream's buffer
};

// Never destroyed: glibc flushes the streams after static destructors have run.
Sink& g_out = *new Sink{STDOUT_FILENO, {}};
Sink& g_err = *new Sink{STDERR_FILENO, {}};

bool WriteAll(int fd, std::string_view data) {
  while (!data.empty()) {
    const ssize_t n = ::write(fd, data.data(), data.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    data.remove_prefix(static_cast<size_t>(n));
  }
  return true;
}

bool Plain(std::string_view s) {
  for (const char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if ((u < 0x20 && c != '\n' && c != '\t') || u >= 0x7f) return false;
  }
  return true;
}

// How many bytes at the end of `s` begin a UTF-8 sequence that the next write
// may complete (0 when the text ends on a whole character or on garbage).
size_t IncompleteTail(std::string_view s) {
  for (size_t k = 1; k <= 3 && k <= s.size(); ++k) {
    const auto c = static_cast<unsigned char>(s[s.size() - k]);
    if ((c & 0xC0) == 0x80) continue;  // a continuation byte: look further back
    const size_t need = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 1;
    return need > k && c >= 0xC2 ? k : 0;
  }
  return 0;
}

ssize_t Write(void* cookie, const char* buf, size_t size) {
  Sink& sink = *static_cast<Sink*>(cookie);
  std::string_view in(buf, size);
  std::string joined;
  if (!sink.pending.empty()) {
    joined = sink.pending;
    joined.append(in);
    sink.pending.clear();
    in = joined;
  }
  const size_t keep = IncompleteTail(in);
  const std::string_view now = in.substr(0, in.size() - keep);
  const bool ok = Plain(now) ? WriteAll(sink.fd, now) : WriteAll(sink.fd, SanitizeForTerminal(now));
  sink.pending.assign(in.substr(in.size() - keep));
  if (!ok) return -1;  // errno is write(2)'s: the stream's error flag is set
  return static_cast<ssize_t>(size);
}

FILE* Open(Sink& sink, int mode) {
  cookie_io_functions_t io{};
  io.write = &Write;
  FILE* f = fopencookie(&sink, "w", io);
  if (f) setvbuf(f, nullptr, mode, BUFSIZ);
  return f;
}

void Finish(Sink& sink) {
  if (sink.pending.empty()) return;
  WriteAll(sink.fd, SanitizeForTerminal(sink.pending));
  sink.pending.clear();
}

}  // namespace

void InstallSafeOutput() {
  // The original streams' buffering: stdout line-buffered on a terminal (so a
  // question shows before its answer is read), fully buffered otherwise;
  // stderr unbuffered.
  FILE* out = Open(g_out, isatty(STDOUT_FILENO) ? _IOLBF : _IOFBF);
  FILE* err = Open(g_err, _IONBF);
  if (!out || !err) return;  // keep the plain streams rather than none
  std::fflush(stdout);
  std::fflush(stderr);
  stdout = out;
  stderr = err;
  // Never destroyed either: std::cout is flushed after static destructors.
  auto* out_buf = new __gnu_cxx::stdio_sync_filebuf<char>(out);
  auto* err_buf = new __gnu_cxx::stdio_sync_filebuf<char>(err);
  std::cout.rdbuf(out_buf);
  std::cerr.rdbuf(err_buf);
  std::clog.rdbuf(err_buf);
}

void FinishSafeOutput() {
  std::fflush(stdout);
  std::fflush(stderr);
  Finish(g_out);
  Finish(g_err);
}

}  // namespace gradfit::cli
