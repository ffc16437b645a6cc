// The keep-alive loop of cpp-httplib (process_server_socket in httplib.h), over
// a socket stream whose reads and writes share one deadline per request.
#include "server/guarded_http_server.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <optional>

namespace gradfit::server {
namespace {

using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;

// poll() for one event; EINTR restarts the wait.
bool WaitFor(int fd, short events, int timeout_ms) {
  pollfd p{fd, events, 0};
  for (;;) {
    const int n = ::poll(&p, 1, timeout_ms);
    if (n < 0 && errno == EINTR) continue;
    return n > 0 && (p.revents & (events | POLLHUP | POLLERR)) != 0;
  }
}

void AddressOf(const sockaddr_storage& addr, std::string& ip, int& port) {
  std::array<char, INET6_ADDRSTRLEN> text{};
  if (addr.ss_family == AF_INET) {
    const auto& a = reinterpret_cast<const sockaddr_in&>(addr);
    inet_ntop(AF_INET, &a.sin_addr, text.data(), text.size());
    port = ntohs(a.sin_port);
  } else if (addr.ss_family == AF_INET6) {
    const auto& a = reinterpret_cast<const sockaddr_in6&>(addr);
    inet_ntop(AF_INET6, &a.sin6_addr, text.data(), text.size());
    port = ntohs(a.sin6_port);
  }
  ip = text.data();
}

class DeadlineStream final : public httplib::Stream {
 public:
  DeadlineStream(int fd, milliseconds read_timeout, milliseconds write_timeout,
                 milliseconds deadline)
      : fd_(fd), read_timeout_(read_timeout), write_timeout_(write_timeout), deadline_(deadline) {}

  // A new request: its bytes, and then its response, each get the whole deadline.
  void StartRequest() {
    read_until_ = Clock::now() + deadline_;
    write_until_.reset();
  }
  bool HasBufferedBytes() const { return off_ < len_; }

  bool is_readable() const override {
    return HasBufferedBytes() || WaitFor(fd_, POLLIN, WaitMs(read_timeout_, read_until_));
  }
  bool is_writable() const override {
    return write_until_ && WaitFor(fd_, POLLOUT, WaitMs(write_timeout_, *write_until_));
  }

  ssize_t read(char* ptr, size_t size) override {
    if (HasBufferedBytes()) return CopyOut(ptr, size);
    if (!is_readable()) return -1;
    // httplib reads headers a byte at a time: small reads go through a buffer.
    if (size < buf_.size()) {
      const ssize_t n = Recv(buf_.data(), buf_.size());
      if (n <= 0) return n;
      off_ = 0;
      len_ = static_cast<size_t>(n);
      return CopyOut(ptr, size);
    }
    return Recv(ptr, size);
  }

  ssize_t write(const char* ptr, size_t size) override {
    if (!write_until_) write_until_ = Clock::now() + deadline_;
    if (!is_writable()) return -1;
    for (;;) {
      const ssize_t n = ::send(fd_, ptr, size, MSG_NOSIGNAL);
      if (n < 0 && errno == EINTR) continue;
      return n;
    }
  }

  void get_remote_ip_and_port(std::string& ip, int& port) const override {
    sockaddr_storage addr{};
    socklen_t len = sizeof addr;
    if (::getpeername(fd_, reinterpret_cast<sockaddr*>(&addr), &len) == 0)
      AddressOf(addr, ip, port);
  }
  void get_local_ip_and_port(std::string& ip, int& port) const override {
    sockaddr_storage addr{};
    socklen_t len = sizeof addr;
    if (::getsockname(fd_, reinterpret_cast<sockaddr*>(&addr), &len) == 0)
      AddressOf(addr, ip, port);
  }
  socket_t socket() const override { return fd_; }

 private:
  // The shorter of the per-call timeout and what is left of the deadline (0: give up).
  static int WaitMs(milliseconds timeout, Clock::time_point until) {
    const auto left = std::chrono::duration_cast<milliseconds>(until - Clock::now());
    return static_cast<int>(std::max<milliseconds::rep>(0, std::min(timeout, left).count()));
  }
  ssize_t CopyOut(char* ptr, size_t size) {
    const size_t n = std::min(size, len_ - off_);
    std::memcpy(ptr, buf_.data() + off_, n);
    off_ += n;
    return static_cast<ssize_t>(n);
  }
  ssize_t Recv(char* ptr, size_t size) {
    for (;;) {
      const ssize_t n = ::recv(fd_, ptr, size, 0);
      if (n < 0 && errno == EINTR) continue;
      return n;
    }
  }

  int fd_;
  milliseconds read_timeout_, write_timeout_, deadline_;
  Clock::time_point read_until_ = Clock::now();
  std::optional<Clock::time_point> write_until_;
  std::array<char, 4096> buf_{};
  size_t off_ = 0, len_ = 0;
};

// The connection the calling thread serves, and the flag CloseAfterResponse sets.
thread_local bool* close_after_response = nullptr;
thread_local int current_socket = -1;

// Shut our side, then read and drop what the client still sends, for at most a second.
void LingeringClose(int sock) {
  ::shutdown(sock, SHUT_WR);
  const auto until = Clock::now() + std::chrono::seconds(1);
  std::array<char, 16384> sink;
  while (Clock::now() < until && WaitFor(sock, POLLIN, 100)) {
    const ssize_t n = ::recv(sock, sink.data(), sink.size(), 0);
    if (n == 0 || (n < 0 && errno != EINTR)) break;
  }
}

}  // namespace

void GuardedHttpServer::CloseAfterResponse() {
  if (close_after_response) *close_after_response = true;
}

bool GuardedHttpServer::ClientHungUp() {
  if (current_socket < 0) return false;
  pollfd p{current_socket, POLLRDHUP, 0};
  return ::poll(&p, 1, 0) > 0 && (p.revents & (POLLRDHUP | POLLHUP | POLLERR)) != 0;
}

bool GuardedHttpServer::WidenBacklog(int backlog) {
  const socket_t s = svr_sock_;
  return s != INVALID_SOCKET && ::listen(s, backlog) == 0;
}

bool GuardedHttpServer::process_and_close_socket(socket_t sock) {
  using std::chrono::seconds;
  const auto read_timeout = std::chrono::duration_cast<milliseconds>(
      seconds(read_timeout_sec_) + std::chrono::microseconds(read_timeout_usec_));
  const auto write_timeout = std::chrono::duration_cast<milliseconds>(
      seconds(write_timeout_sec_) + std::chrono::microseconds(write_timeout_usec_));
  DeadlineStream strm(sock, read_timeout, write_timeout, request_deadline_);
  bool ok = false;
  bool close_after = false;
  close_after_response = &close_after;
  current_socket = sock;
  for (size_t left = keep_alive_max_count_; left > 0 && svr_sock_ != INVALID_SOCKET; --left) {
    // Wait for the next request up to the keep-alive timeout, noticing stop() in 100 ms.
    bool ready = strm.HasBufferedBytes();
    for (auto idle = milliseconds(0); !ready && idle < seconds(keep_alive_timeout_sec_);
         idle += milliseconds(100)) {
      if (svr_sock_ == INVALID_SOCKET) break;
      ready = WaitFor(sock, POLLIN, 100);
    }
    if (!ready) break;
    strm.StartRequest();
    bool connection_closed = false;
    ok = process_request(strm, left == 1, connection_closed, nullptr);
    if (!ok || connection_closed || close_after) break;
  }
  close_after_response = nullptr;
  current_socket = -1;
  if (close_after) LingeringClose(sock);
  ::shutdown(sock, SHUT_RDWR);
  ::close(sock);
  return ok;
}

}  // namespace gradfit::server
