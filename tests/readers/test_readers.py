"""Each input format read from real files in a temporary folder, with file:line for drafts and problems."""

from __future__ import annotations

import io
import json
import shutil
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tactful.readers import InputDraft, InputError, ReadOptions, read_drafts
from tactful.readers.facebook import fix_mojibake
from tactful.readers.line_numbered_json import loads_with_lines

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def read_all(*paths, **options):
    notes: list[str] = []
    entries = list(read_drafts([str(p) for p in paths], ReadOptions(notify=notes.append, **options)))
    drafts = [(Path(e.source).name, e.line, e.text) for e in entries if isinstance(e, InputDraft)]
    errors = [e for e in entries if isinstance(e, InputError)]
    return drafts, errors, notes


def test_txt_drafts_are_separated_by_blank_lines(tmp_path):
    path = tmp_path / "drafts.txt"
    path.write_text("Like my page!!\nPlease?\n\n\n  \nHi, I'm Sam from the bakery.\n", encoding="utf-8")
    drafts, errors, _ = read_all(path)
    assert drafts == [("drafts.txt", 1, "Like my page!!\nPlease?"), ("drafts.txt", 6, "Hi, I'm Sam from the bakery.")]
    assert errors == []


def test_txt_with_bom_and_crlf(tmp_path):
    path = tmp_path / "windows.txt"
    path.write_bytes("\ufeffcafé 😊\r\n\r\nsecond\r\n".encode("utf-8"))
    drafts, _, _ = read_all(path)
    assert drafts == [("windows.txt", 1, "café 😊"), ("windows.txt", 3, "second")]


def test_utf16_with_bom_is_read(tmp_path):
    path = tmp_path / "excel.txt"
    path.write_bytes("naïve draft".encode("utf-16"))
    assert read_all(path)[0] == [("excel.txt", 1, "naïve draft")]


def test_wrong_encoding_is_reported_with_its_line_and_the_batch_goes_on(tmp_path):
    bad = tmp_path / "a_latin1.txt"
    bad.write_bytes("fine\n\nalso fine\ncaf\xe9\n".encode("latin-1"))
    good = tmp_path / "b_good.txt"
    good.write_text("Hello!", encoding="utf-8")
    drafts, errors, _ = read_all(bad, good)
    assert drafts == [("b_good.txt", 1, "Hello!")]
    assert [(Path(e.source).name, e.line) for e in errors] == [("a_latin1.txt", 4)]
    assert "UTF-8" in errors[0].message


def test_jsonl_reads_text_and_id_and_reports_bad_lines(tmp_path):
    path = tmp_path / "drafts.jsonl"
    path.write_text(
        '{"id": 7, "text": "Like my page"}\n'
        "\n"
        '{"text": "broken\n'
        '{"body": "no text field"}\n'
        '"a bare string draft"\n'
        '{"text": "last one"}',
        encoding="utf-8",
    )
    entries = list(read_drafts([str(path)]))
    assert [(type(e).__name__, e.line) for e in entries] == [
        ("InputDraft", 1),
        ("InputError", 3),
        ("InputError", 4),
        ("InputDraft", 5),
        ("InputDraft", 6),
    ]
    assert entries[0].id == "7"
    assert "invalid JSON" in entries[1].message and "'text'" in entries[2].message


def test_jsonl_field_can_be_chosen(tmp_path):
    path = tmp_path / "posts.jsonl"
    path.write_text('{"message": "hello there"}\n', encoding="utf-8")
    assert read_all(path, column="message")[0] == [("posts.jsonl", 1, "hello there")]


def test_csv_text_column_with_multiline_cells(tmp_path):
    path = tmp_path / "drafts.csv"
    path.write_text('id,Text\n1,"Like my page,\nplease"\n2,\n3,Hi there\n', encoding="utf-8", newline="")
    entries = list(read_drafts([str(path)]))
    assert [(e.line, e.text, e.id) for e in entries] == [(2, "Like my page,\nplease", "1"), (5, "Hi there", "3")]


def test_csv_missing_column_is_reported_and_other_column_works(tmp_path):
    path = tmp_path / "posts.csv"
    path.write_text("when,message\nmonday,hello\n", encoding="utf-8")
    drafts, errors, _ = read_all(path)
    assert drafts == [] and [(e.line, "'text'" in e.message, "message" in e.message) for e in errors] == [
        (1, True, True)
    ]
    assert read_all(path, column="message")[0] == [("posts.csv", 2, "hello")]


def test_csv_short_row_is_reported(tmp_path):
    path = tmp_path / "short.csv"
    path.write_text("id,text\n1\n2,ok\n", encoding="utf-8")
    entries = list(read_drafts([str(path)]))
    assert [(type(e).__name__, e.line) for e in entries] == [("InputError", 2), ("InputDraft", 3)]


def test_missing_path_and_unknown_suffix_are_errors(tmp_path):
    odd = tmp_path / "notes.md"
    odd.write_text("hi", encoding="utf-8")
    _, errors, _ = read_all(tmp_path / "nope.txt", odd)
    assert ["no such file" in e.message for e in errors] == [True, False]
    assert "unknown file type" in errors[1].message


def test_overlong_draft_is_an_error_not_a_crash(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text("x" * 20_001 + "\n\nshort", encoding="utf-8")
    drafts, errors, _ = read_all(path)
    assert drafts == [("long.txt", 3, "short")] and errors[0].line == 1


def test_folders_recurse_in_name_order_and_skip_hidden_and_other_files(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "two.txt").write_text("two", encoding="utf-8")
    (tmp_path / "a.txt").write_text("one", encoding="utf-8")
    (tmp_path / ".git" / "x.txt").write_text("hidden", encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    assert [text for _, _, text in read_all(tmp_path)[0]] == ["one", "two"]


def test_stdin_is_sniffed(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b'{"text": "from a pipe"}\n{"text": "two"}\n')))
    drafts, errors, _ = read_all("-")
    assert drafts == [("<stdin>", 1, "from a pipe"), ("<stdin>", 2, "two")] and errors == []


def test_json_list_of_drafts_as_the_extension_exports_them(tmp_path):
    path = tmp_path / "export.json"
    path.write_text(
        json.dumps({"drafts": [{"id": "ab12", "text": "Like mine?"}, "plain", 3]}, indent=2), encoding="utf-8"
    )
    entries = list(read_drafts([str(path)]))
    assert [(type(e).__name__, e.line) for e in entries] == [("InputDraft", 5), ("InputDraft", 7), ("InputError", 8)]
    assert entries[0].id == "ab12"


def test_explicit_json_that_is_not_drafts_is_an_error(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text('{"theme": "dark"}', encoding="utf-8")
    assert "not a Facebook" in read_all(path)[1][0].message


def test_invalid_json_reports_its_line(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('[\n  "ok",\n  oops\n]', encoding="utf-8")
    assert [(e.line, "invalid JSON" in e.message) for e in read_all(path)[1]] == [(3, True)]


# --- Facebook exports ---------------------------------------------------------------------------


def test_fix_mojibake_only_when_it_round_trips():
    assert fix_mojibake("caf\u00c3\u00a9 \u00f0\u009f\u0098\u008a") == "café 😊"
    assert fix_mojibake("café") == "café"  # already right: é alone is not valid UTF-8
    assert fix_mojibake("😊 ok") == "😊 ok"
    assert fix_mojibake("plain") == "plain"


def test_facebook_export_keeps_only_the_owners_text_fixed_and_located():
    drafts, errors, notes = read_all(FIXTURES / "facebook_export")
    assert errors == []
    assert drafts == [
        ("comments.json", 9, "Lovely photo! Which café is this? ☕"),
        ("comments.json", 22, "Follow me back and I'll follow you 🙏"),
        ("message_1.json", 14, "I liked your page, now like mine! 😊"),
        ("message_1.json", 36, "Hi Anna, I'm Zoë — I loved your post about the café. How did you start?"),
        ("message_1.json", 20, "Would you share my shop's page with your followers? Merci!"),
    ]
    assert any("Zoë Martin" in note and "--sender" in note for note in notes)
    assert any("skipped 1 .json" in note for note in notes)  # likes_and_reactions/pages.json


def test_facebook_sender_option_picks_the_other_side(tmp_path):
    drafts, errors, _ = read_all(FIXTURES / "facebook_export" / "messages", sender="anna lee")
    assert [text for _, _, text in drafts] == ["Thanks for the like on my café page ☕"]
    assert [("anna lee is not in this conversation" in e.message) for e in errors] == [True]


def test_facebook_owner_cannot_be_inferred_from_one_thread(tmp_path):
    thread = FIXTURES / "facebook_export" / "messages" / "inbox" / "annalee_1234567" / "message_1.json"
    copy = tmp_path / "message_1.json"
    shutil.copy(thread, copy)
    drafts, errors, _ = read_all(copy)
    assert drafts == [] and "--sender" in errors[0].message and "Zoë Martin" in errors[0].message


def test_facebook_owner_from_the_export_profile(tmp_path):
    export = tmp_path / "export"
    shutil.copytree(
        FIXTURES / "facebook_export" / "messages" / "inbox" / "annalee_1234567", export / "messages" / "inbox" / "a"
    )
    profile = export / "profile_information" / "profile_information.json"
    profile.parent.mkdir(parents=True)
    profile.write_text(json.dumps({"profile_v2": {"name": {"full_name": "Zo\u00c3\u00ab Martin"}}}), encoding="ascii")
    drafts, errors, notes = read_all(export)
    assert len(drafts) == 2 and errors == []
    assert any("profile" in note for note in notes)


def test_json_positions_parser_matches_the_standard_library():
    text = '{"a": [1, 2.5, -3e2, true, false, null, "\\u00e9\\n"], "b": {}, "c": []}'
    assert loads_with_lines(text) == json.loads(text)
    with pytest.raises(json.JSONDecodeError):
        loads_with_lines('{"a": 1} extra')


def test_progress_reports_the_share_of_input_read(tmp_path):
    small, big = tmp_path / "a.txt", tmp_path / "b.jsonl"
    small.write_text("one\n\ntwo\n", encoding="utf-8")
    big.write_text("".join(f'{{"text": "draft {i}"}}\n' for i in range(2_000)), encoding="utf-8")
    seen: list[float] = []
    drafts = list(read_drafts([str(small), str(big)], ReadOptions(progress=seen.append)))
    assert len(drafts) == 2_002
    assert seen == sorted(seen) and 0 < seen[0] < 0.01 and seen[-1] == 1.0
    assert any(0.2 < share < 0.8 for share in seen)  # inside the big file, not only at file ends


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda children: st.lists(children) | st.dictionaries(st.text(), children),
    max_leaves=20,
)


@given(json_values, st.sampled_from([None, 1, 2]), st.booleans())
def test_json_positions_parser_agrees_with_the_standard_library_on_any_document(value, indent, ascii_only):
    text = json.dumps(value, indent=indent, ensure_ascii=ascii_only)
    assert loads_with_lines(text) == json.loads(text)


@given(st.text(max_size=40))
def test_json_positions_parser_rejects_what_the_standard_library_rejects(text):
    try:
        expected = json.loads(text)
    except json.JSONDecodeError:
        with pytest.raises(json.JSONDecodeError):
            loads_with_lines(text)
    else:  # compared as JSON text: "NaN" parses to a float that is not equal to itself
        assert json.dumps(loads_with_lines(text)) == json.dumps(expected)


def test_an_empty_folder_is_noted(tmp_path):
    drafts, errors, notes = read_all(tmp_path)
    assert (
        drafts == []
        and errors == []
        and notes == [f"{tmp_path}: no .txt, .jsonl, .ndjson, .csv or .json files in this folder"]
    )
