"""A draft that does what Tactful advises is recognised; one that also sells or asks is not."""

from __future__ import annotations

import pytest

from tactful.engine.advice import AdviceCheck
from tactful.paths import models_dir

ADVICE = AdviceCheck.load(models_dir())

FOLLOWS_ADVICE = [
    "Hi Priya, I'm Tomasz, a fellow illustrator in Gdańsk. Your ink sketches of tram stops are lovely. "
    "Would you be open to a chat about a joint zine?",
    "Hello! My name is Aroha and I run a small nursery in Rotorua. I loved your post about saving tomato seed. "
    "How long have you been growing heirlooms?",
]
DOES_NOT = [
    # who, interest and a question, but then an ask or a sale
    "Hi Priya, I'm Tomasz, a fellow illustrator. Your ink sketches are lovely. Could you follow my page too?",
    "Hello! I'm Aroha, I run a nursery. I loved your post about tomatoes. Want 10% off seedlings with code GROW?",
    "Hi, I'm Dana from Brightside. I saw your post about your bakery. Are you free for a call about our services?",
    # no introduction
    "Your ink sketches are lovely. Would you be open to a chat?",
    # no interest in the reader
    "Hi, I'm Tomasz, an illustrator. Would you be open to a chat?",
]


@pytest.mark.parametrize("text", FOLLOWS_ADVICE)
def test_recognises_an_introduction_that_follows_the_advice(text):
    assert ADVICE.follows_advice(text)


@pytest.mark.parametrize("text", DOES_NOT)
def test_a_sale_an_ask_or_a_missing_part_is_not_advice(text):
    assert not ADVICE.follows_advice(text)


def test_a_reciprocity_demand_is_flagged_even_inside_a_fine_introduction(checker):
    text = (
        "Hi Priya, I'm Tomasz, a fellow illustrator in Gdańsk. Your ink sketches are lovely. "
        "I liked your page, so will you like mine back?"
    )
    result = checker.check(text)
    assert result.flagged and result.category == "reciprocity_demand"
