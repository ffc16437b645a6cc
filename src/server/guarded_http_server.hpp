// cpp-httplib 0.11's server with two things it lacks. A deadline for reading a
// whole request (line, headers, body), counted from its first byte: its own read
// timeout restarts at every byte, so a client sending one byte a second would
// hold a worker thread for hours. And a listen backlog that holds a burst of
// connections: the packaged library compiles in a backlog of 5.
#pragma once

#include <httplib.h>

#include <chrono>

namespace gradfit::server {

class GuardedHttpServer : public httplib::Server {
 public:
  // How long a client has to send one request, from its first byte; the same
  // bound holds for sending one response to a client that does not read it.
  void set_request_deadline(std::chrono::milliseconds d) { request_deadline_ = d; }
  // From a handler: answer this request, then close the connection. For a request
  // refused before its body was read (the unread body must not be taken for the next
  // request): the close waits up to a second for the client to finish sending, so
  // it reads the answer instead of a reset connection.
  static void CloseAfterResponse();
  // From a handler: whether the client of this request has closed its side (a
  // load of queued requests whose clients gave up need not be computed).
  static bool ClientHungUp();
  // After bind: listen() again on the bound socket (Linux takes the new backlog).
  bool WidenBacklog(int backlog);

 private:
  // Replaces httplib's keep-alive loop: the same loop over a DeadlineStream.
  bool process_and_close_socket(socket_t sock) override;

  std::chrono::milliseconds request_deadline_{10000};
};

}  // namespace gradfit::server
