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
