from tactful.engine.offsets import Utf16Index, utf16_length


def test_ascii_offsets_are_unchanged():
    index = Utf16Index("hello")
    assert [index.to_utf16(i) for i in range(6)] == [0, 1, 2, 3, 4, 5]


def test_astral_characters_count_twice():
    text = "a😊b👍🏽c"
    index = Utf16Index(text)
    assert [index.to_utf16(i) for i in range(len(text) + 1)] == [0, 1, 3, 4, 6, 8, 9]
    assert utf16_length(text) == 9


def test_bmp_non_ascii_counts_once():
    index = Utf16Index("café ☕")
    assert index.to_utf16(6) == 6
