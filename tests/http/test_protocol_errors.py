"""A request aiohttp cannot parse gets a JSON error, and neither the reply nor the log repeats what was sent."""

from __future__ import annotations

import asyncio
import gzip
import logging

from tests.raw_http import exchange

MARKER = "SECRETDRAFTMARKER"


async def raw_exchange(port: int, payload: bytes) -> bytes:
    return await asyncio.to_thread(exchange, port, payload, 5.0)  # off the loop: the server under test runs on it


async def test_a_miscounted_content_length_never_echoes_or_logs_the_draft(api, caplog):
    body = f'{{"text": "please like my page {MARKER} now"}}'.encode()
    request = (
        b"POST /v1/check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        b"Authorization: " + api.session.headers["Authorization"].encode() + b"\r\n"
        b"Content-Length: 10\r\n\r\n" + body + b"\r\n\r\n"
    )
    with caplog.at_level(logging.DEBUG):
        received = await raw_exchange(api.server.port, request)
    assert MARKER.encode() not in received
    assert b'"error"' in received and b"application/json" in received
    assert MARKER not in caplog.text


async def test_a_garbage_request_line_is_a_json_400(api):
    received = await raw_exchange(api.server.port, b"\x16\x03\x01 hello " + MARKER.encode() + b"\r\n\r\n")
    assert (
        received.startswith((b"HTTP/1.1 400", b"HTTP/1.0 400"))
        and b'"bad_request"' in received
        and MARKER.encode() not in received
    )


def raw_request(api, target: bytes, extra_headers: bytes = b"") -> bytes:
    return (
        b"POST " + target + b" HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 13\r\n"
        b"Authorization: "
        + api.session.headers["Authorization"].encode()
        + b"\r\n"
        + extra_headers
        + b"\r\n"
        + b'{"text":"hi"}'
    )


async def test_an_absolute_form_target_is_refused(api):
    received = await raw_exchange(api.server.port, raw_request(api, b"http://evil.example/v1/check"))
    assert received.startswith(b"HTTP/1.1 400") and b'"bad_request"' in received


async def test_two_origin_headers_are_refused(api):
    headers = b"Origin: chrome-extension://abcdefghijklmnop\r\nOrigin: https://evil.example\r\n"
    received = await raw_exchange(api.server.port, raw_request(api, b"/v1/check", headers))
    assert received.startswith(b"HTTP/1.1 403") and b'"forbidden_origin"' in received


async def test_two_host_headers_are_refused(api):
    received = await raw_exchange(api.server.port, raw_request(api, b"/v1/check", b"Host: evil.example\r\n"))
    assert received.startswith((b"HTTP/1.1 403", b"HTTP/1.1 400", b"HTTP/1.0 400"))


async def test_a_body_that_never_arrives_times_out_with_a_408(api, monkeypatch):
    monkeypatch.setattr("tactful.http.validation.BODY_TIMEOUT_S", 0.5)
    request = (
        b"POST /v1/check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n"
        b"Authorization: " + api.session.headers["Authorization"].encode() + b"\r\n\r\n" + b'{"text": "hel'
    )
    received = await raw_exchange(api.server.port, request)
    assert received.startswith(b"HTTP/1.1 408") and b'"body_timeout"' in received


async def test_a_refused_request_with_an_unread_compressed_body_closes_the_connection(anonymous_api):
    body = gzip.compress(b'{"text": "' + b"a" * 2_000_000 + b'"}')
    request = (
        b"POST /v1/check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\n"
        b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body
    )
    received = await raw_exchange(anonymous_api.server.port, request)
    head = received.split(b"\r\n\r\n", 1)[0].lower()
    assert received.startswith(b"HTTP/1.1 401") and b"connection: close" in head
