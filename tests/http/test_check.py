"""POST /v1/check and /v1/check/batch through the real app and the real model."""

from __future__ import annotations

RESULT_FIELDS = {"flagged", "score", "category", "issues", "suppressed", "language", "model_version"}
ISSUE_FIELDS = {"category", "severity", "message", "why", "start", "end", "quote", "rule"}


async def test_pushy_draft_is_flagged_with_the_exact_words(api):
    text = "Hi Maria! I liked your page, now like mine 😊"
    response = await api.post("/v1/check", json={"text": text, "surface": "message"})
    assert response.status == 200
    body = await response.json()
    assert set(body) == RESULT_FIELDS
    assert body["flagged"] is True and body["category"] == "reciprocity_demand"
    assert body["language"] == "en" and 0.0 <= body["score"] <= 1.0
    [issue] = body["issues"]
    assert set(issue) == ISSUE_FIELDS and body["suppressed"] == []
    assert issue["severity"] == "warning" and issue["message"] and issue["why"]
    assert "like mine" in issue["quote"].lower() and "Maria" not in issue["quote"]


async def test_clean_draft_is_not_flagged(api):
    body = await (await api.post("/v1/check", json={"text": "Thanks so much for liking our page, Maria! 😊"})).json()
    assert body["flagged"] is False and body["category"] is None and body["issues"] == []


async def test_empty_text_is_checked_not_refused(api):
    body = await (await api.post("/v1/check", json={"text": ""})).json()
    assert body["flagged"] is False


async def test_sensitivity_moves_the_threshold(api, checker):
    thresholds = checker.thresholds
    assert thresholds["strict"] < thresholds["balanced"] < thresholds["relaxed"]


async def test_batch_returns_results_in_input_order_with_ids(api):
    drafts = [
        {"id": "a", "text": "I LIKED your page. Now LIKE my page."},
        {"text": "Happy birthday Sam!"},
        {"id": "c", "text": "Want to buy my product? DM me to order"},
    ]
    response = await api.post("/v1/check/batch", json={"drafts": drafts})
    assert response.status == 200
    results = (await response.json())["results"]
    assert [r["id"] for r in results] == ["a", "1", "c"]
    assert [r["flagged"] for r in results] == [True, False, True]
    assert results[2]["category"] == "cold_pitch"
    single = await (await api.post("/v1/check", json={"text": drafts[0]["text"]})).json()
    assert {k: v for k, v in results[0].items() if k != "id"} == single


async def test_empty_batch_is_fine(api):
    assert (await (await api.post("/v1/check/batch", json={"drafts": []})).json()) == {"results": []}


async def test_non_english_is_returned_unflagged(api):
    body = await (
        await api.post("/v1/check", json={"text": "Hola, me gusta tu página, ahora dale me gusta a la mía por favor"})
    ).json()
    assert body["flagged"] is False and body["language"] == "es"


async def test_large_batch_uses_worker_processes_and_matches_single_checks(api, app, checker):
    """Batches of 200+ drafts go to forked workers; their verdicts equal the in-process ones, in order."""
    from tactful.http.keys import BATCH_CHECKER

    texts = [
        f"Draft {i}: I liked your page, now like mine" if i % 3 == 0 else f"Draft {i}: lovely photos, where was this?"
        for i in range(450)
    ]
    response = await api.post(
        "/v1/check/batch", json={"drafts": [{"id": str(i), "text": t} for i, t in enumerate(texts)]}
    )
    assert response.status == 200
    results = (await response.json())["results"]
    assert app[BATCH_CHECKER].pool_started  # the workers did the work
    assert [r["id"] for r in results] == [str(i) for i in range(450)]
    expected = [r.to_dict() for r in checker.check_many(texts)]
    assert [{k: v for k, v in r.items() if k != "id"} for r in results] == expected
