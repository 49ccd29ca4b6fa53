"""One test per rejection path of DESIGN.md: every refusal is a JSON error with the documented status."""

from __future__ import annotations

import io
import json

import pytest


async def _error(response, status: int, code: str | None = None) -> dict:
    assert response.status == status, await response.text()
    assert response.headers["Content-Type"].startswith("application/json")
    body = await response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message"} and body["error"]["message"]
    if code:
        assert body["error"]["code"] == code
    return body


async def test_malformed_json_is_400(api):
    response = await api.post("/v1/check", data=b'{"text": "hi"', headers={"Content-Type": "application/json"})
    await _error(response, 400, "malformed_json")


async def test_body_that_is_not_utf8_is_400(api):
    response = await api.post("/v1/check", data=b'{"text": "\xff\xfe"}', headers={"Content-Type": "application/json"})
    await _error(response, 400, "malformed_json")


async def test_missing_token_is_401(anonymous_api):
    await _error(await anonymous_api.post("/v1/check", json={"text": "hi"}), 401, "missing_token")


async def test_wrong_token_is_401(anonymous_api):
    response = await anonymous_api.post("/v1/check", json={"text": "hi"}, headers={"Authorization": "Bearer nope"})
    await _error(response, 401, "wrong_token")


async def test_health_needs_no_token(anonymous_api):
    response = await anonymous_api.get("/v1/health")
    assert response.status == 200
    body = await response.json()
    assert body["status"] == "ok" and body["version"] and body["model_version"]


@pytest.mark.parametrize(
    "host",
    ["evil.example", "127.0.0.1.evil.example", "localhost.evil.example:8787", "192.168.1.5:8787", "[::2]:8787", ""],
)
async def test_foreign_host_is_403(api, host):
    await _error(await api.get("/v1/health", headers={"Host": host}), 403, "forbidden_host")


@pytest.mark.parametrize(
    "host", ["127.0.0.1:8787", "localhost:8787", "localhost.:8787", "[::1]:8787", "LOCALHOST", "127.0.0.1"]
)
async def test_loopback_hosts_are_allowed(api, host):
    assert (await api.get("/v1/health", headers={"Host": host})).status == 200


@pytest.mark.parametrize("origin", ["https://www.facebook.com", "http://localhost:8787", "null", "chrome-extension://"])
async def test_web_origin_is_403_and_gets_no_cors_header(api, origin):
    response = await api.post("/v1/check", json={"text": "hi"}, headers={"Origin": origin})
    await _error(response, 403, "forbidden_origin")
    assert "Access-Control-Allow-Origin" not in response.headers


@pytest.mark.parametrize(
    "origin",
    ["chrome-extension://abcdefghijklmnopabcdefghijklmnop", "moz-extension://1b2c3d4e-aaaa-bbbb-cccc-0123456789ab"],
)
async def test_extension_origin_is_allowed_and_echoed(api, origin):
    response = await api.post("/v1/check", json={"text": "hi"}, headers={"Origin": origin})
    assert response.status == 200
    assert response.headers["Access-Control-Allow-Origin"] == origin


async def test_extension_preflight_needs_no_token(anonymous_api):
    origin = "chrome-extension://abcdefghijklmnopabcdefghijklmnop"
    response = await anonymous_api.options(
        "/v1/check", headers={"Origin": origin, "Access-Control-Request-Method": "POST"}
    )
    assert response.status == 204
    assert "Authorization" in response.headers["Access-Control-Allow-Headers"]


async def test_unknown_route_is_404(api):
    await _error(await api.get("/v1/nope"), 404, "not_found")


async def test_wrong_method_is_405(api):
    response = await api.get("/v1/check")
    await _error(response, 405, "method_not_allowed")
    assert "POST" in response.headers["Allow"]


async def test_body_over_256_kib_is_413(api):
    response = await api.post(
        "/v1/check", data=b'{"text": "' + b"a" * (257 * 1024) + b'"}', headers={"Content-Type": "application/json"}
    )
    await _error(response, 413, "payload_too_large")


async def test_text_over_20000_characters_is_413(api):
    await _error(await api.post("/v1/check", json={"text": "a" * 20_001}), 413, "text_too_long")


async def test_batch_over_1000_drafts_is_413(api):
    response = await api.post("/v1/check/batch", json={"drafts": [{"text": "hi"}] * 1001})
    await _error(response, 413, "too_many_drafts")


async def test_batch_body_over_8_mib_is_413(api):
    drafts = [{"text": "x" * 19_000}] * 460  # ~8.7 MB, under the count limit
    body = io.BytesIO(json.dumps({"drafts": drafts}).encode())
    response = await api.post("/v1/check/batch", data=body, headers={"Content-Type": "application/json"})
    await _error(response, 413, "payload_too_large")


@pytest.mark.parametrize("content_type", [None, "text/plain", "application/x-www-form-urlencoded"])
async def test_wrong_content_type_is_415(api, content_type):
    headers = {"Content-Type": content_type} if content_type else {}
    response = await api.post("/v1/check", data=b'{"text": "hi"}', headers=headers, skip_auto_headers=["Content-Type"])
    await _error(response, 415, "unsupported_media_type")


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"text": 5},
        {"text": None},
        {"text": "hi", "surface": "email"},
        {"text": "hi", "sensitivity": "paranoid"},
        {"text": "hi", "sensitivity": 3},
    ],
)
async def test_invalid_check_fields_are_422(api, body):
    await _error(await api.post("/v1/check", json=body), 422, "invalid_field")


async def test_json_that_is_not_an_object_is_422(api):
    await _error(await api.post("/v1/check", json=["text"]), 422, "invalid_field")


async def test_lone_surrogate_is_422(api):
    response = await api.post(
        "/v1/check", data=b'{"text": "hi \\ud83d there"}', headers={"Content-Type": "application/json"}
    )
    await _error(response, 422, "invalid_field")


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"drafts": "hi"},
        {"drafts": ["hi"]},
        {"drafts": [{"id": 1, "text": "hi"}]},
        {"drafts": [{"text": 1}]},
        {"drafts": [], "sensitivity": "x"},
    ],
)
async def test_invalid_batch_fields_are_422(api, body):
    await _error(await api.post("/v1/check/batch", json=body), 422, "invalid_field")


async def test_batch_error_names_the_position(api):
    body = await _error(await api.post("/v1/check/batch", json={"drafts": [{"text": "ok"}, {"text": 7}]}), 422)
    assert "drafts[1]" in body["error"]["message"]
