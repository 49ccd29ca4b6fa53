"""Property: no text a client sends produces a 5xx, and every offset lies inside the text (in UTF-16 units)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tactful.engine.offsets import utf16_length
from tactful.http.app import create_app
from tests.conftest import TEST_TOKEN

# Any Unicode scalar value (surrogates cannot be encoded as JSON text by a client) plus pushy fragments,
# so the random drafts also reach the flagged path with its sentence and span logic.
FRAGMENTS = st.sampled_from(
    [
        "now like mine",
        "l4l",
        "DM me to order",
        "Please like my page!!",
        "😊",
        "👍🏽",
        "🇫🇷",
        "\n",
        ". ",
        "$25",
        "Hi Maria!",
    ]
)
TEXTS = st.lists(st.one_of(st.text(max_size=40), FRAGMENTS), max_size=12).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TEXTS, sensitivity=st.sampled_from(["relaxed", "balanced", "strict"]))
async def test_random_text_never_5xx_and_offsets_inside(aiohttp_client, server_config, checker, text, sensitivity):
    # A fresh app per example: hypothesis runs many examples inside one test, and an app starts only once.
    client = await aiohttp_client(
        create_app(server_config, checker=checker), headers={"Authorization": f"Bearer {TEST_TOKEN}"}
    )
    response = await client.post("/v1/check", json={"text": text, "sensitivity": sensitivity})
    assert response.status == 200
    body = await response.json()
    length = utf16_length(text)
    encoded = text.encode("utf-16-le")
    for issue in body["issues"]:
        assert 0 <= issue["start"] < issue["end"] <= length
        assert encoded[2 * issue["start"] : 2 * issue["end"]].decode("utf-16-le") == issue["quote"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(raw=st.binary(max_size=200))
async def test_random_bytes_never_5xx(aiohttp_client, server_config, checker, raw):
    client = await aiohttp_client(
        create_app(server_config, checker=checker), headers={"Authorization": f"Bearer {TEST_TOKEN}"}
    )
    response = await client.post("/v1/check", data=raw, headers={"Content-Type": "application/json"})
    assert response.status < 500


HEADER_NAMES = st.sampled_from(
    ["Authorization", "Content-Type", "Content-Encoding", "Origin", "Host", "Accept", "X-Anything", "Cookie"]
)
HEADER_VALUES = st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=60)
ROUTES = st.sampled_from(
    [
        ("POST", "/v1/check"),
        ("POST", "/v1/rewrite"),
        ("POST", "/v1/feedback"),
        ("GET", "/v1/drafts"),
        ("GET", "/v1/health"),
    ]
)


def nested(depth: int) -> str:
    return '{"text": ' + "[" * depth + '"x"' + "]" * depth + "}"


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    route=ROUTES,
    headers=st.dictionaries(HEADER_NAMES, HEADER_VALUES, max_size=4),
    encoding=st.sampled_from([None, "gzip", "deflate", "br", "identity", "gzip, deflate", "x-nonsense"]),
    depth=st.integers(min_value=0, max_value=3_000),
    raw=st.binary(max_size=64),
    use_raw=st.booleans(),
)
async def test_random_headers_encodings_and_nesting_never_5xx(
    aiohttp_client, server_config, checker, route, headers, encoding, depth, raw, use_raw
):
    """Whatever headers, Content-Encoding and JSON nesting a client sends, with or without a valid token, the answer
    is never a 5xx."""
    client = await aiohttp_client(create_app(server_config, checker=checker))
    method, path = route
    sent = {"Authorization": f"Bearer {TEST_TOKEN}", "Content-Type": "application/json", **headers}
    if encoding is not None:
        sent["Content-Encoding"] = encoding
    body = raw if use_raw else nested(depth).encode()
    response = await client.request(method, path, data=body if method == "POST" else None, headers=sent)
    assert response.status < 500, (response.status, await response.text())
