#pragma once
#include "Service.h"
#include <memory>

namespace ps::server {

class HttpDaemon;

// Counters of the transport, for tests and benchmarks.
struct TransportStats {
    int connections = 0;         // open now
    int rendersQueued = 0;       // waiting for a render thread
    qint64 rendersCancelled = 0; // abandoned by their client or past the deadline (since start)
    qint64 responseBytes = 0;    // response bodies held for clients now (the memory budget)
};

// The office map service on libmicrohttpd (Debian's libmicrohttpd 0.9.75): the
// library parses HTTP, enforces the connection limits (total, per client), the
// per-connection memory (431/414 for oversize headers and URLs) and the
// inactivity timeout; requests are answered in order on a connection
// (pipelining), HEAD as GET without a body. Work that needs the project runs on
// three pools, suspended meanwhile: renders (GetMap, uncached tiles, export),
// bulk JSON (facility pages, analysis rows) and light (capabilities, legends,
// lookups), so cheap requests are never queued behind expensive ones. A render whose client hangs up is cancelled.
// Responses stream from memory in blocks as the socket accepts them; their
// bytes count against a budget (503 + Retry-After when exceeded).
//
// Runs on its own threads; the destructor cancels running renders, waits for
// the workers and stops the daemon.
class RunningServer {
public:
    explicit RunningServer(const ServerConfig& config);
    ~RunningServer();
    RunningServer(const RunningServer&) = delete;
    RunningServer& operator=(const RunningServer&) = delete;

    quint16 port() const;
    QString url() const;                 // "http://127.0.0.1:PORT"
    Service& service() { return *m_service; }
    TransportStats stats() const;

private:
    std::shared_ptr<Service> m_service;
    std::unique_ptr<HttpDaemon> m_daemon;
};

// The number of connections that fit under the process's descriptor limit
// (RLIMIT_NOFILE) after `reserve` descriptors for the project, caches and logs.
int connectionRoom(int wanted, int reserve);

} // namespace ps::server
