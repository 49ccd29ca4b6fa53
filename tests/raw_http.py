"""One raw HTTP/1.1 exchange over a socket, for the tests that send what no HTTP client library would."""

from __future__ import annotations

import socket


def exchange(port: int, raw: bytes, timeout: float = 3.0) -> bytes:
    """Send `raw` to the loopback server on `port`; the reply as received (until the server closes or `timeout`
    seconds pass without a byte)."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as connection:
        connection.sendall(raw)
        received = b""
        try:
            while chunk := connection.recv(65536):
                received += chunk
        except TimeoutError:
            pass
    return received
