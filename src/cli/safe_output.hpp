// The CLI's output layer: everything written to standard output and standard
// error (fmt::print, printf, std::cout, std::cerr, CLI11's messages) passes
// through SanitizeForTerminal (gradfit/file_io.hpp), so a control character or
// an escape sequence in a program name, a profile or an argument is shown as
// "\x1b", never acted on by the terminal; invalid UTF-8 becomes U+FFFD. Text
// that is plain already (the usual case) is written as it is.
#pragma once

namespace gradfit::cli {

// Replaces `stdout` and `stderr` (and the C++ streams over them) by filtered
// streams onto the same file descriptors. Call once, first thing in main().
void InstallSafeOutput();

// Writes out what the filters still hold (the start of a UTF-8 sequence cut at
// the end of the output, shown as U+FFFD). Call before the final flush.
void FinishSafeOutput();

}  // namespace gradfit::cli
