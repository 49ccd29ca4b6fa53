"""Inputs that once got a 500 (issue 10, item 4): each now gets a clear 4xx JSON error."""

from __future__ import annotations

import gzip
import zlib

import pytest


async def error_of(response) -> tuple[int, str]:
    body = await response.json()
    return response.status, body["error"]["code"]


async def test_a_non_ascii_authorization_header_is_a_401(anonymous_api):
    response = await anonymous_api.post("/v1/check", json={"text": "hi"}, headers={"Authorization": "Bearer pässwörd"})
    assert (await error_of(response)) == (401, "wrong_token")


async def test_an_integer_of_thousands_of_digits_is_a_400(api):
    body = b'{"text": "hi", "n": ' + b"9" * 5000 + b"}"
    response = await api.post("/v1/rewrite", data=body, headers={"Content-Type": "application/json"})
    assert (await error_of(response)) == (400, "malformed_json")


async def test_json_nested_a_thousand_deep_is_a_400(api):
    body = b'{"text": "hi", "x": ' + b"[" * 5000 + b"]" * 5000 + b"}"
    response = await api.post("/v1/check", data=body, headers={"Content-Type": "application/json"})
    assert (await error_of(response)) == (400, "malformed_json")


@pytest.mark.parametrize("encoding", ["gzip", "deflate"])
async def test_a_body_that_is_not_what_its_content_encoding_says_is_a_400(api, encoding):
    response = await api.post(
        "/v1/check",
        data=b"this is not compressed at all",
        headers={"Content-Type": "application/json", "Content-Encoding": encoding},
    )
    assert (await error_of(response)) == (400, "bad_encoding")


async def test_a_correctly_compressed_body_is_still_read(api):
    response = await api.post(
        "/v1/check",
        data=zlib.compress(b'{"text": "Thanks so much for the follow!"}'),
        headers={"Content-Type": "application/json", "Content-Encoding": "deflate"},
    )
    assert response.status == 200 and (await response.json())["flagged"] is False


async def test_a_limit_of_thousands_of_digits_is_a_422(api):
    response = await api.get("/v1/drafts", params={"limit": "9" * 5000})
    assert (await error_of(response)) == (422, "invalid_field")


async def test_a_small_body_that_inflates_past_the_limit_is_a_413(api):
    """A 64 MiB run of spaces compressed to about 64 KiB: refused once the inflated bytes pass the route's limit,
    without inflating the rest (the limit counts what is decompressed, as it streams)."""
    inflated = b'{"text": "' + b" " * (64 * 1024 * 1024) + b'"}'
    response = await api.post(
        "/v1/check",
        data=gzip.compress(inflated, compresslevel=9),
        headers={"Content-Type": "application/json", "Content-Encoding": "gzip"},
    )
    assert response.status == 413
    assert (await response.json())["error"]["code"] == "payload_too_large"
