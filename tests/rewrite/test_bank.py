"""The phrasing bank is data: every id unique, every slot filled, every shape answerable, no pushy words."""

from __future__ import annotations

import re

import pytest

from tactful.paths import models_dir
from tactful.rewrite.bank import MAX_N, REGISTERS, SOURCES, STYLES, load_bank

# Words that make a message pushy; a rewrite phrase must never carry them.
PUSHY = re.compile(
    r"\b(like (?:my|mine|back|us)|follow (?:me|back|us|my)|share (?:my|mine)|in return|return the|your turn|"
    r"price|discount|code|order|buy|dm|inbox|deal|sale|offer|free|subscribe|vote|review)\b",
    re.IGNORECASE,
)
QUESTION_SLOTS = ("ask", "needs_q", "tail_ask")


@pytest.fixture(scope="module")
def bank():
    return load_bank(models_dir() / "rewrites")


def test_every_style_answers_every_kind_of_draft_in_several_shapes(bank):
    for style in STYLES:
        for source in SOURCES:
            frames = bank.frames_for(style, source)
            assert len(frames) >= (MAX_N if source != "none" else 4), (style, source)


def test_flagged_drafts_always_get_an_introduction_and_a_question_or_a_greeting(bank):
    for frame in bank.frames:
        if "none" in frame.sources:
            continue
        assert frame.parts[0] == "greet", frame.id
        assert "intro" in frame.parts, frame.id
        assert any(part.rstrip("?") in ("ask", "needs_q", "lead_q") for part in frame.parts), frame.id


def test_questions_end_with_a_question_mark(bank):
    for slot in QUESTION_SLOTS:
        for phrase in bank.phrases_for(slot):
            assert phrase.text.rstrip().endswith("?"), phrase.id


def test_no_phrase_carries_a_demand_a_pitch_or_a_price(bank):
    for phrase in bank.phrases:
        assert not PUSHY.search(phrase.text), (phrase.id, phrase.text)


def test_every_slot_is_used_by_some_frame(bank):
    used = {part.rstrip("?") for frame in bank.frames for part in frame.parts}
    used |= {"carry_sender", "carry_mine", "carry_theirs", "carry_recipient"}
    assert {phrase.slot for phrase in bank.phrases} == used


@pytest.mark.parametrize("tone", REGISTERS)
def test_every_voice_can_greet_introduce_ask_and_carry(bank, tone):
    for slot in ("greet", "intro", "ask", "close", "carry_sender", "carry_mine", "carry_theirs", "carry_recipient", "tail_ask", "tail_close"):
        assert any(tone in p.registers and not p.needs - {"items", "original"} for p in bank.phrases_for(slot)), (slot, tone)


def test_ids_are_dotted_slot_names(bank):
    for phrase in bank.phrases:
        assert phrase.id.startswith(phrase.slot + "."), phrase.id
    for frame in bank.frames:
        assert frame.id.split(".")[0] in STYLES, frame.id


def test_bad_bank_files_are_refused(tmp_path):
    (tmp_path / "x.jsonl").write_text('{"id": "ask.a", "slot": "ask", "text": "How is {shop}?", "needs": ["shop"]}\n', encoding="utf-8")
    with pytest.raises(ValueError, match="unknown placeholders"):
        load_bank(tmp_path)
