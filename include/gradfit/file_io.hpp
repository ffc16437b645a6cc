// Files in and out: one bounded reader and one atomic writer for every file
// gradfit reads or writes, and the checks at the edges (terminal output,
// standard output at exit). Why: the user's files are edited by hand and the
// ones we write are kept; a FIFO, a device, /dev/zero, a planted symlink or a
// full disk must give a clear error, never a hang, a crash or a half file.
#pragma once

#include <cstddef>
#include <cstdio>
#include <string>
#include <string_view>

#include "gradfit/status.hpp"

namespace gradfit {

struct ReadLimits {
  // Larger files are refused with their size and the cap in the message.
  std::size_t max_bytes = std::size_t{16} << 20;  // 16 MiB: the largest catalog file is ~100 KiB
  // Refuse text that is not valid UTF-8 (naming the line of the first bad byte).
  bool require_utf8 = true;
  // When not empty, the file's real path (symlinks resolved) must lie inside
  // this folder (its real path too): a catalog's symlink to /etc/passwd is refused.
  std::string confine_to_dir;
};

// Reads a whole regular file. Errors (the message always names the path):
// NotFound when it does not exist; InvalidArgument for a directory, a device,
// a FIFO or a socket, a file over the size cap, or one outside confine_to_dir;
// InvalidData for invalid UTF-8 ("path:LINE: invalid UTF-8 ..."); IoError when
// reading fails. Never blocks on a FIFO and never reads past the cap.
Result<std::string> ReadInputFile(const std::string& path, const ReadLimits& limits = {});

struct WriteOptions {
  // Mode of a new file. An existing file keeps its own mode.
  unsigned new_file_mode = 0644;
};

// Writes `content` to `path` atomically: a unique temporary file in the same
// folder (O_EXCL, never a fixed name a symlink could be planted at), write,
// flush, fsync, then rename over the target. The temporary file is removed on
// any failure, so the target is either the old file or the whole new one.
// Refuses (InvalidArgument) to replace anything but a regular file: a device,
// a directory, a FIFO or a symlink stays as it is.
Status WriteFileAtomic(const std::string& path, std::string_view content,
                       const WriteOptions& options = {});

// Whether `path` (which may not exist yet) lies inside `dir`, symlinks of its
// folder and of `dir` resolved. Used to refuse writing over catalog inputs.
bool IsInsideFolder(const std::string& path, const std::string& dir);

// Text safe to print to a terminal: control characters (C0 except tab and
// newline, DEL, C1) become visible escapes such as "\x1b", and invalid UTF-8
// bytes become U+FFFD. Printable UTF-8 is kept as it is.
std::string SanitizeForTerminal(std::string_view text);

// The offset of the first invalid UTF-8 sequence, or npos when the text is valid.
std::size_t FindInvalidUtf8(std::string_view text);

// Flushes a stream and reports whether everything written to it reached the
// file (a full disk, a closed pipe). `name` is used in the message.
Status FlushAndCheck(std::FILE* stream, std::string_view name);

}  // namespace gradfit
