// The bounded reader, the atomic writer and the output checks (file_io.hpp).
#include "gradfit/file_io.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <filesystem>

namespace gradfit {
namespace {

std::string Errno() { return std::strerror(errno); }

std::string KindOf(mode_t mode) {
  if (S_ISDIR(mode)) return "a directory";
  if (S_ISFIFO(mode)) return "a FIFO (named pipe)";
  if (S_ISCHR(mode) || S_ISBLK(mode)) return "a device";
  if (S_ISSOCK(mode)) return "a socket";
  if (S_ISLNK(mode)) return "a symbolic link";
  return "not a regular file";
}

std::string HumanBytes(std::size_t n) {
  if (n >= (std::size_t{1} << 20)) return fmt::format("{:.1f} MiB", n / 1048576.0);
  if (n >= 1024) return fmt::format("{:.1f} KiB", n / 1024.0);
  return fmt::format("{} bytes", n);
}

// The real path of `p`, or empty when it cannot be resolved.
std::string RealPath(const std::string& p) {
  char buf[PATH_MAX];
  if (!::realpath(p.c_str(), buf)) return "";
  return buf;
}

bool Inside(const std::string& real_file, const std::string& real_dir) {
  if (real_dir.empty() || real_file.size() <= real_dir.size()) return false;
  if (real_dir == "/") return true;
  return real_file.compare(0, real_dir.size(), real_dir) == 0 && real_file[real_dir.size()] == '/';
}

// Length of the valid UTF-8 sequence at text[i], or 0 when it is invalid.
std::size_t Utf8SequenceLength(std::string_view text, std::size_t i) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  unsigned char c = byte(i);
  if (c < 0x80) return 1;
  std::size_t len;
  unsigned min_cp;
  unsigned cp;
  if ((c & 0xE0) == 0xC0) {
    len = 2, min_cp = 0x80, cp = c & 0x1F;
  } else if ((c & 0xF0) == 0xE0) {
    len = 3, min_cp = 0x800, cp = c & 0x0F;
  } else if ((c & 0xF8) == 0xF0) {
    len = 4, min_cp = 0x10000, cp = c & 0x07;
  } else {
    return 0;
  }
  if (i + len > text.size()) return 0;
  for (std::size_t k = 1; k < len; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  if (cp < min_cp || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return len;
}

unsigned DecodeAt(std::string_view text, std::size_t i, std::size_t len) {
  auto c = static_cast<unsigned char>(text[i]);
  if (len == 1) return c;
  unsigned cp = c & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
  for (std::size_t k = 1; k < len; ++k)
    cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
  return cp;
}

}  // namespace

std::size_t FindInvalidUtf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    // Eight ASCII bytes at a time (most input is ASCII): no high bit among them.
    if (i + 8 <= text.size()) {
      std::uint64_t word = 0;
      std::memcpy(&word, text.data() + i, 8);
      if ((word & 0x8080808080808080ULL) == 0) {
        i += 8;
        continue;
      }
    }
    std::size_t len = Utf8SequenceLength(text, i);
    if (len == 0) return i;
    i += len;
  }
  return std::string_view::npos;
}

Result<std::string> ReadInputFile(const std::string& path, const ReadLimits& limits) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    if (errno == ENOENT || errno == ENOTDIR)
      return Status::NotFound(fmt::format("{}: no such file", path));
    return Status::IoError(fmt::format("{}: cannot read: {}", path, Errno()));
  }
  if (!S_ISREG(st.st_mode))
    return Status::InvalidArgument(
        fmt::format("{}: is {}, not a regular file", path, KindOf(st.st_mode)));
  if (!limits.confine_to_dir.empty()) {
    std::string real_file = RealPath(path), real_dir = RealPath(limits.confine_to_dir);
    if (!Inside(real_file, real_dir))
      return Status::InvalidArgument(
          fmt::format("{}: resolves to {}, outside the folder {}: refused", path,
                      real_file.empty() ? "an unknown place" : real_file, limits.confine_to_dir));
  }
  // O_NONBLOCK: if the file was swapped for a FIFO after stat, open does not hang.
  int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) return Status::IoError(fmt::format("{}: cannot open: {}", path, Errno()));
  struct Closer {
    int fd;
    ~Closer() { ::close(fd); }
  } closer{fd};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))
    return Status::InvalidArgument(fmt::format("{}: is not a regular file", path));
  auto too_big = [&](std::size_t at_least) {
    return Status::InvalidArgument(fmt::format("{}: file too large ({}{}; the limit is {})", path,
                                               at_least > limits.max_bytes ? "over " : "",
                                               HumanBytes(at_least), HumanBytes(limits.max_bytes)));
  };
  if (static_cast<std::size_t>(st.st_size) > limits.max_bytes)
    return too_big(static_cast<std::size_t>(st.st_size));
  std::string data;
  data.resize(static_cast<std::size_t>(st.st_size) + 1);
  std::size_t used = 0;
  for (;;) {
    if (used == data.size()) {
      if (data.size() > limits.max_bytes) return too_big(data.size());
      data.resize(std::min(data.size() * 2 + 4096, limits.max_bytes + 1));
    }
    ssize_t n = ::read(fd, data.data() + used, data.size() - used);
    if (n < 0) {
      if (errno == EINTR) continue;
      return Status::IoError(fmt::format("{}: read failed: {}", path, Errno()));
    }
    if (n == 0) break;
    used += static_cast<std::size_t>(n);
    if (used > limits.max_bytes) return too_big(used);
  }
  data.resize(used);
  if (limits.require_utf8) {
    std::size_t bad = FindInvalidUtf8(data);
    if (bad != std::string::npos) {
      std::size_t line = 1;
      for (std::size_t i = 0; i < bad; ++i) line += data[i] == '\n';
      return Status::InvalidData(
          fmt::format("{}:{}: invalid UTF-8 (byte 0x{:02x} at offset {}): save the file as UTF-8",
                      path, line, static_cast<unsigned char>(data[bad]), bad));
    }
  }
  return data;
}

Status WriteFileAtomic(const std::string& path, std::string_view content,
                       const WriteOptions& options) {
  namespace fs = std::filesystem;
  mode_t mode = options.new_file_mode;
  struct stat st {};
  if (::lstat(path.c_str(), &st) == 0) {
    if (!S_ISREG(st.st_mode))
      return Status::InvalidArgument(
          fmt::format("{}: is {}; gradfit only replaces regular files", path, KindOf(st.st_mode)));
    mode = st.st_mode & 07777;
  } else if (errno != ENOENT) {
    return Status::IoError(fmt::format("{}: cannot write: {}", path, Errno()));
  }
  fs::path target(path);
  fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::string tmpl = (dir / fmt::format(".{}.tmp-XXXXXX", target.filename().string())).string();
  int fd = ::mkstemp(tmpl.data());  // O_EXCL: never follows a planted symlink
  if (fd < 0)
    return Status::IoError(
        fmt::format("{}: cannot create a file in {}: {}", path, dir.string(), Errno()));
  auto fail = [&](const std::string& what) {
    std::string msg = fmt::format("{}: {}: {}", path, what, Errno());
    ::close(fd);
    ::unlink(tmpl.c_str());
    return Status::IoError(msg);
  };
  if (::fchmod(fd, mode) != 0) return fail("cannot set the file mode");
  const char* p = content.data();
  std::size_t left = content.size();
  while (left > 0) {
    ssize_t n = ::write(fd, p, left);
    if (n < 0) {
      if (errno == EINTR) continue;
      return fail("write failed");
    }
    p += n;
    left -= static_cast<std::size_t>(n);
  }
  if (::fsync(fd) != 0) return fail("write failed (fsync)");
  if (::close(fd) != 0) {
    std::string msg = fmt::format("{}: write failed (close): {}", path, Errno());
    ::unlink(tmpl.c_str());
    return Status::IoError(msg);
  }
  if (::rename(tmpl.c_str(), path.c_str()) != 0) {
    std::string msg = fmt::format("{}: cannot replace the file: {}", path, Errno());
    ::unlink(tmpl.c_str());
    return Status::IoError(msg);
  }
  // Make the rename itself durable.
  int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dfd >= 0) {
    ::fsync(dfd);
    ::close(dfd);
  }
  return Status::Ok();
}

bool IsInsideFolder(const std::string& path, const std::string& dir) {
  namespace fs = std::filesystem;
  fs::path p(path);
  std::string real_dir = RealPath(dir);
  std::string real_parent = RealPath(p.has_parent_path() ? p.parent_path().string() : ".");
  if (real_dir.empty() || real_parent.empty()) return false;
  return real_parent == real_dir || Inside(real_parent, real_dir);
}

std::string SanitizeForTerminal(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    std::size_t len = Utf8SequenceLength(text, i);
    if (len == 0) {
      out += "\xEF\xBF\xBD";  // U+FFFD
      ++i;
      continue;
    }
    unsigned cp = DecodeAt(text, i, len);
    if ((cp < 0x20 && cp != '\t' && cp != '\n') || cp == 0x7F) {
      out += fmt::format("\\x{:02x}", cp);
    } else if (cp >= 0x80 && cp <= 0x9F) {
      out += fmt::format("\\u{:04x}", cp);
    } else {
      out.append(text.substr(i, len));
    }
    i += len;
  }
  return out;
}

Status FlushAndCheck(std::FILE* stream, std::string_view name) {
  errno = 0;
  if (std::fflush(stream) != 0 || std::ferror(stream)) {
    int e = errno;
    return Status::IoError(
        fmt::format("cannot write to {}: {}", name, e ? std::strerror(e) : "write error"));
  }
  return Status::Ok();
}

}  // namespace gradfit
