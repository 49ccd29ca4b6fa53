from tactful.engine.sentences import sentence_spans


def _pieces(text):
    return [text[s:e] for s, e in sentence_spans(text)]


def test_splits_on_terminal_punctuation_and_newlines():
    assert _pieces("Hi Maria! I liked your page. Now like mine?\nThanks") == [
        "Hi Maria!",
        "I liked your page.",
        "Now like mine?",
        "Thanks",
    ]


def test_keeps_decimals_and_urls_whole():
    assert _pieces("It costs $2.50 at www.shop.com today") == ["It costs $2.50 at www.shop.com today"]


def test_blank_text_has_no_sentences():
    assert sentence_spans("  \n ") == []


def test_closing_quote_stays_with_its_sentence():
    assert _pieces('She said "like mine!" Then left.') == ['She said "like mine!"', "Then left."]


def test_a_title_stop_is_no_boundary():
    assert _pieces("Hello Mr. John, thank you for coming. See you, dr. Patel! Best St. Mary's") == [
        "Hello Mr. John, thank you for coming.",
        "See you, dr. Patel!",
        "Best St. Mary's",
    ]
    assert _pieces("Thanks Mr. ") == ["Thanks Mr."]
