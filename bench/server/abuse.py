#!/usr/bin/env python3
"""Load and abuse scenarios against a running `petasehat serve` on loopback.

Prints, per scenario, what the server answered, its RSS (from /proc/PID), the
load average, and for the wrk runs throughput and p99. Every loop is bounded in
count and time; only loopback addresses are accepted.

    abuse.py --port 8080 --pid 1234 [--scenarios all|slow,abandon,...] [--layer stunting]
"""
import argparse
import ipaddress
import os
import re
import socket
import subprocess
import threading
import time

HOST = "127.0.0.1"


def rss_mb(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024.0
    except OSError:
        return float("nan")
    return float("nan")


def fds(pid):
    try:
        return len(os.listdir(f"/proc/{pid}/fd"))
    except OSError:
        return -1


def load():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


def cpu_s(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            parts = f.read().rsplit(")", 1)[1].split()
        tick = os.sysconf("SC_CLK_TCK")
        return (int(parts[11]) + int(parts[12])) / tick
    except OSError:
        return float("nan")


def connect(timeout=5.0, source=None):
    """A connection from `source` (a loopback address; the per-client limit counts per address)."""
    s = socket.create_connection((HOST, ARGS.port), timeout=timeout, source_address=(source, 0) if source else None)
    s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return s


PROBE = "127.0.0.2"   # a well-behaved client, apart from the abusive ones


def spread(i):
    """Abusive sockets come from 127.0.1.x, 40 per address (under the per-client limit)."""
    return f"127.0.1.{1 + i // 40}"


def request(path, method="GET", extra=b"", timeout=30.0, source=PROBE):
    """One request on a fresh connection; returns (status, seconds, body bytes) or (None, seconds, b'')."""
    t0 = time.monotonic()
    try:
        s = connect(timeout, source)
        s.sendall(f"{method} {path} HTTP/1.1\r\nHost: {HOST}:{ARGS.port}\r\nConnection: close\r\n".encode() + extra + b"\r\n")
        data = b""
        while True:
            chunk = s.recv(65536)
            if not chunk:
                break
            data += chunk
        s.close()
    except OSError:
        return None, time.monotonic() - t0, b""
    m = re.match(rb"HTTP/1\.[01] (\d{3})", data)
    return (int(m.group(1)) if m else None), time.monotonic() - t0, data


def status_line(data):
    return data.split(b"\r\n", 1)[0].decode("latin-1") if data else "(no response)"


def closed_by_server(s, wait):
    """True when the server closed the connection within `wait` seconds."""
    s.settimeout(wait)
    try:
        while True:
            chunk = s.recv(65536)
            if not chunk:
                return True
    except socket.timeout:
        return False
    except OSError:
        return True


def read_all(s, seconds, responses=0):
    """What the server sends within `seconds` (until it closes, or `responses` status lines arrived)."""
    s.settimeout(seconds)
    data = b""
    t0 = time.monotonic()
    try:
        while time.monotonic() - t0 < seconds and not (responses and data.count(b"HTTP/1.1 ") >= responses):
            chunk = s.recv(65536)
            if not chunk:
                break
            data += chunk
    except OSError:
        pass
    s.close()
    return data


def header(name):
    print(f"\n== {name}  (load {load()}, RSS {rss_mb(ARGS.pid):.0f} MB, fds {fds(ARGS.pid)})", flush=True)


def getmap(size, layers=None):
    layers = layers or ARGS.layer
    return (f"/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS={layers}&STYLES=&CRS=CRS:84"
            f"&BBOX={ARGS.bbox}&WIDTH={size}&HEIGHT={size}&FORMAT=image/png")


# ---------------------------------------------------------------- scenarios

def slow_readers():
    header("slow readers: clients that never read a large answer (/api/facilities)")
    socks = []
    peak = rss_mb(ARGS.pid)
    base = fds(ARGS.pid)
    for n in range(ARGS.slow):
        try:
            s = connect()
            s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
            s.sendall(f"GET /api/facilities HTTP/1.1\r\nHost: {HOST}\r\n\r\n".encode())
            socks.append(s)
        except OSError:
            pass
        if n % 10 == 9:
            time.sleep(0.5)
            peak = max(peak, rss_mb(ARGS.pid))
    t_end = time.monotonic() + ARGS.hold
    while time.monotonic() < t_end:
        time.sleep(1)
        peak = max(peak, rss_mb(ARGS.pid))
    st, dt, _ = request("/api/legend?layer=" + ARGS.layer)
    print(f"  {len(socks)} non-reading clients held {ARGS.hold}s: peak RSS {peak:.0f} MB; a legend meanwhile: {st} in {dt*1000:.0f} ms")
    # Counted on the server (its descriptors): a closed connection's answer may still sit in
    # the client's buffers, so the client side cannot tell.
    print(f"  server descriptors after {ARGS.hold}s: {fds(ARGS.pid)} (before: {base}; about {base + len(socks)} "
          f"if every non-reader were still connected)")
    for s in socks:
        s.close()
    time.sleep(2)
    print(f"  RSS 2 s after they closed: {rss_mb(ARGS.pid):.0f} MB; descriptors {fds(ARGS.pid)}")


def abandoned_renders():
    header("abandoned renders: big GetMaps given up after 1 s, then a cheap legend")
    cpu0 = cpu_s(ARGS.pid)
    socks = []
    for _ in range(ARGS.abandon):
        try:
            s = connect()
            s.sendall(f"GET {getmap(4096)} HTTP/1.1\r\nHost: {HOST}\r\n\r\n".encode())
            socks.append(s)
        except OSError:
            pass
    time.sleep(1)
    for s in socks:
        s.close()
    st, dt, _ = request("/api/legend?layer=" + ARGS.layer, timeout=180)
    print(f"  {len(socks)} abandoned 4096² GetMaps; /api/legend then: {st} in {dt*1000:.0f} ms")
    st, dt, _ = request("/wms?SERVICE=WMS&REQUEST=GetCapabilities", timeout=180)
    print(f"  GetCapabilities then: {st} in {dt*1000:.0f} ms; server CPU used since start {cpu_s(ARGS.pid) - cpu0:.1f} s")
    time.sleep(3)
    print(f"  server CPU over the next 3 s: {cpu_s(ARGS.pid) - cpu0:.1f} s total since the scenario began")


def cost():
    header("cost amplification")
    many = ",".join(["wilayah"] * 50)
    st, dt, data = request(getmap(256, many), timeout=120)
    code = re.findall(rb'code="(\w+)"', data)[:1]
    print(f"  LAYERS=wilayah×50: {st} in {dt:.2f} s {code}")
    st, dt, data = request(getmap(4096, ",".join([ARGS.layer, "wilayah", "fasilitas", ARGS.layer])), timeout=120)
    print(f"  4096² × 4 layers: {st} in {dt:.2f} s")


def idle_sockets():
    header(f"idle sockets: {ARGS.idle} connections that send nothing")
    socks = []
    for i in range(ARGS.idle):
        try:
            socks.append(connect(2, spread(i)))
        except OSError:
            break
    print(f"  opened {len(socks)}; fds in server {fds(ARGS.pid)}")
    st, dt, _ = request("/api/legend?layer=" + ARGS.layer, timeout=10)
    print(f"  a new client (another address) meanwhile: {st} in {dt*1000:.0f} ms")
    time.sleep(ARGS.timeout_wait)
    closed = sum(1 for s in socks if closed_by_server(s, 0.01))
    print(f"  after {ARGS.timeout_wait}s closed by the server: {closed}/{len(socks)}; fds {fds(ARGS.pid)}")
    for s in socks:
        s.close()


def slowloris():
    header(f"slowloris: {ARGS.loris} connections sending one header byte every 2 s")
    socks = []
    for i in range(ARGS.loris):
        try:
            s = connect(2, spread(i))
            s.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n")
            socks.append(s)
        except OSError:
            break
    t_end = time.monotonic() + ARGS.timeout_wait
    while time.monotonic() < t_end:
        for s in socks:
            try:
                s.send(b"X")
            except OSError:
                pass
        time.sleep(2)
    closed = sum(1 for s in socks if closed_by_server(s, 0.01))
    st, dt, _ = request("/api/legend?layer=" + ARGS.layer, timeout=10)
    print(f"  after {ARGS.timeout_wait}s closed by the server: {closed}/{len(socks)}; a new client: {st} in {dt*1000:.0f} ms; load {load()}")
    for s in socks:
        s.close()


def pipelining():
    header("pipelining: three requests in one write")
    s = connect()
    paths = ["/api/legend?layer=" + ARGS.layer, "/wms?SERVICE=WMS&REQUEST=GetCapabilities", "/api/indicators"]
    s.sendall(b"".join(f"GET {p} HTTP/1.1\r\nHost: {HOST}\r\n\r\n".encode() for p in paths))
    data = read_all(s, 30, responses=3)
    types = re.findall(rb"Content-Type: ([a-z/+]+)", data, re.I)
    print(f"  {data.count(b'HTTP/1.1 ')} responses; content types in order: {[t.decode() for t in types]} "
          f"(expected json, xml, json)")


def oversize():
    header("oversize URL and header, Content-Length with chunked, HEAD")
    st, _, data = request("/api/legend?x=" + "a" * (1 << 20))
    print(f"  1 MB URL: {status_line(data)}")
    st, _, data = request("/", extra=b"X-Big: " + b"b" * (1 << 20) + b"\r\n")
    print(f"  1 MB header: {status_line(data)}")
    s = connect()
    s.sendall(b"POST /api/facilities/1 HTTP/1.1\r\nHost: x\r\nContent-Length: 45\r\nTransfer-Encoding: chunked\r\n\r\n"
              b"0\r\n\r\nGET /api/indicators HTTP/1.1\r\nHost: x\r\n\r\n")
    data = read_all(s, 5)
    print(f"  Content-Length + chunked: {status_line(data)}; responses {data.count(b'HTTP/1.1 ')} (1 = hidden request not answered)")
    st, _, data = request("/api/indicators", method="HEAD")
    body = data.split(b"\r\n\r\n", 1)[-1] if b"\r\n\r\n" in data else b""
    print(f"  HEAD /api/indicators: {status_line(data)}; body bytes {len(body)}")


def wrk(path, seconds, conns, label):
    url = f"http://{HOST}:{ARGS.port}{path}"
    out = subprocess.run(["wrk", "-t2", f"-c{conns}", f"-d{seconds}s", "--latency", "--timeout", "30s", url],
                         capture_output=True, text=True, timeout=seconds + 60).stdout
    rps = re.search(r"Requests/sec:\s+([0-9.]+)", out)
    p99 = re.search(r"\s99%\s+(\S+)", out)
    p50 = re.search(r"\s50%\s+(\S+)", out)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    print(f"  {label}: {rps.group(1) if rps else '?'} req/s, p50 {p50.group(1) if p50 else '?'}, p99 {p99.group(1) if p99 else '?'}"
          f", non-2xx {errors.group(1) if errors else 0}; RSS {rss_mb(ARGS.pid):.0f} MB, load {load()}")


def mixed():
    header("mixed soak: cheap API calls while renders run")
    cpu0 = cpu_s(ARGS.pid)
    wrk("/api/legend?layer=" + ARGS.layer, 10, 4, "legend alone")
    stop = time.monotonic() + 12
    def renders():
        n = 0
        while time.monotonic() < stop:
            request(getmap(1024 + (n % 7) * 64), timeout=60)
            n += 1
    threads = [threading.Thread(target=renders) for _ in range(4)]
    for t in threads:
        t.start()
    time.sleep(1)
    wrk("/api/legend?layer=" + ARGS.layer, 10, 4, "legend while 4 clients render 1024² GetMaps")
    for t in threads:
        t.join()
    wrk("/tiles/" + ARGS.layer + "/8/203/128.png", 10, 8, "one cached tile")
    print(f"  server CPU for the soak {cpu_s(ARGS.pid) - cpu0:.1f} s")


SCENARIOS = {"slow": slow_readers, "abandon": abandoned_renders, "cost": cost, "idle": idle_sockets, "loris": slowloris,
             "pipeline": pipelining, "oversize": oversize, "mixed": mixed}


def main():
    global ARGS
    ap = argparse.ArgumentParser()
    ap.add_argument("--host", default=HOST)
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--pid", type=int, required=True)
    ap.add_argument("--scenarios", default="all")
    ap.add_argument("--layer", default="stunting")
    ap.add_argument("--bbox", default="108.5,-8.3,111.7,-5.7")
    ap.add_argument("--slow", type=int, default=40)
    ap.add_argument("--hold", type=int, default=20)
    ap.add_argument("--abandon", type=int, default=6)
    ap.add_argument("--idle", type=int, default=900)
    ap.add_argument("--loris", type=int, default=300)
    ap.add_argument("--timeout-wait", type=int, default=20)
    ARGS = ap.parse_args()
    if not ipaddress.ip_address(socket.gethostbyname(ARGS.host)).is_loopback:
        raise SystemExit("abuse.py: loopback addresses only")
    print(f"server pid {ARGS.pid} on {HOST}:{ARGS.port}; load {load()}; RSS {rss_mb(ARGS.pid):.0f} MB; CPU {cpu_s(ARGS.pid):.1f} s")
    names = list(SCENARIOS) if ARGS.scenarios == "all" else ARGS.scenarios.split(",")
    for n in names:
        t0 = time.monotonic()
        SCENARIOS[n]()
        print(f"  ({time.monotonic() - t0:.0f} s wall)")
    print(f"\nend: RSS {rss_mb(ARGS.pid):.0f} MB, server CPU {cpu_s(ARGS.pid):.1f} s, load {load()}")


ARGS = None
if __name__ == "__main__":
    main()
