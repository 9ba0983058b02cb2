#!/usr/bin/env python3
"""Static file server for the capture benchmark: a thread per connection
and a deep listen backlog (http.server's default backlog of 5 drops SYNs
under 8 concurrent connections and adds 1 s retransmits). HTTP/1.0, one
request per connection: with keep-alive this handler made wget wait about
a second per page, which would measure the server, not the client.
Usage: serve.py DIR PORT"""
import functools, http.server, sys

class Server(http.server.ThreadingHTTPServer):
    request_queue_size = 1024
    daemon_threads = True

class Handler(http.server.SimpleHTTPRequestHandler):
    protocol_version = "HTTP/1.0"
    def log_message(self, *a):
        pass

Server(("127.0.0.1", int(sys.argv[2])),
       functools.partial(Handler, directory=sys.argv[1])).serve_forever()
