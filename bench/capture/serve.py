#!/usr/bin/env python3
"""Static file server for the capture benchmark: threads, HTTP/1.1
keep-alive and a deep listen backlog (http.server's default backlog of 5
drops SYNs under 8 concurrent connections and adds 1 s retransmits).
Usage: serve.py DIR PORT"""
import functools, http.server, sys

class Server(http.server.ThreadingHTTPServer):
    request_queue_size = 1024
    daemon_threads = True

class Handler(http.server.SimpleHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    def log_message(self, *a):
        pass

Server(("127.0.0.1", int(sys.argv[2])),
       functools.partial(Handler, directory=sys.argv[1])).serve_forever()
