#pragma once
#include "Service.h"
#include <QAbstractHttpServer>
#include <QThread>
#include <QThreadPool>
#include <memory>

namespace ps::server {

// The HTTP front: parses requests on its own thread (Qt's QAbstractHttpServer)
// and runs every request that needs the project on a QThreadPool, so renders
// proceed concurrently; the answer is written back on the HTTP thread once the
// worker finishes. Qt 6.4's QHttpServer future responses keep a raw socket
// pointer that dangles when the client hangs up mid-render, hence this small
// subclass with a QPointer guard instead.
class HttpServer : public QAbstractHttpServer {
    Q_OBJECT
public:
    explicit HttpServer(std::shared_ptr<Service> service, QObject* parent = nullptr);
    ~HttpServer() override;

    // Listens on the configured address; returns the port (0 on failure).
    quint16 start();
    qint64 inFlight() const;

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    void respond(const QHttpServerRequest& request, QTcpSocket* socket, const Response& r);
    std::shared_ptr<Service> m_service;
    QThreadPool m_pool;
};

// A server running on its own thread with an event loop: for `petasehat serve`,
// tests and benchmarks. The destructor stops it and waits for running renders.
class RunningServer {
public:
    explicit RunningServer(const ServerConfig& config);
    ~RunningServer();
    RunningServer(const RunningServer&) = delete;
    RunningServer& operator=(const RunningServer&) = delete;

    quint16 port() const { return m_port; }
    QString url() const;                 // "http://127.0.0.1:PORT"
    Service& service() { return *m_service; }

private:
    std::shared_ptr<Service> m_service;
    QThread m_thread;
    HttpServer* m_server = nullptr;
    quint16 m_port = 0;
};

} // namespace ps::server
