#!/usr/bin/env python3
"""Static file server for the capture benchmark. Several processes accept
on one listening socket (a thread per connection in each, deep backlog),
so the server is not what the benchmark measures: one Python process
serialises requests on its interpreter lock at about 2.5 ms each, which
made the 40 assets of a page take 100 ms whatever the client did. (A
backlog of 5, http.server's default, drops SYNs under 8 concurrent
connections and adds 1 s retransmits.) HTTP/1.0, one request per
connection: with keep-alive this handler made wget wait about a second
per page, which would measure the server, not the client.
Usage: serve.py DIR PORT [PROCESSES]"""
import functools, http.server, os, signal, sys

class Server(http.server.ThreadingHTTPServer):
    request_queue_size = 1024
    daemon_threads = True

class Handler(http.server.SimpleHTTPRequestHandler):
    protocol_version = "HTTP/1.0"
    def log_message(self, *a):
        pass

srv = Server(("127.0.0.1", int(sys.argv[2])),
             functools.partial(Handler, directory=sys.argv[1]))
children = []
for _ in range(int(sys.argv[3]) - 1 if len(sys.argv) > 3 else 3):
    pid = os.fork()
    if pid == 0:
        children = None
        break
    children.append(pid)
if children is not None:
    def stop(*_):
        for pid in children:
            try:
                os.kill(pid, signal.SIGTERM)
            except OSError:
                pass
        os._exit(0)
    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
srv.serve_forever()
