"""Light polish for a draft that is fine as it is: tidy spacing, tame !!!, un-shout ALL CAPS, finish the sentence.

Nothing is removed or reworded; the names the draft uses keep their exact spelling.
"""

from __future__ import annotations

import re

from tactful.rewrite.register import EMOJI

_SPACES = re.compile(r"[ \t]+")
_REPEATS = re.compile(r"([!?])[!?]+")
_SPACE_BEFORE = re.compile(r"\s+([,.!?;:])(?=\s|$)")
_SIGN_OFFS = frozenset({"x", "xx", "xxx", "xo", "xoxo", "ta", "cheers", "lol", "haha"})
_SENTENCE_START = re.compile(r"(^|[.!?]\s+)([a-z])")


def polish(text: str, keep: list[str]) -> str:
    lines = [_SPACES.sub(" ", line).strip() for line in text.strip().splitlines()]
    out = "\n".join(line for line in lines if line)
    out = _REPEATS.sub(lambda m: m.group(0)[0] if "?" not in m.group(0) else "?", out)
    out = _SPACE_BEFORE.sub(r"\1", out)
    letters = [ch for ch in out if ch.isalpha()]
    if len(letters) >= 12 and sum(ch.isupper() for ch in letters) / len(letters) > 0.7:
        out = _unshout(out, keep)
    if out[:1].islower() and any(ch.isupper() for ch in letters):
        out = out[0].upper() + out[1:]
    last_word = out.rsplit(None, 1)[-1].lower() if out.strip() else ""
    if out and out[-1].isalnum() and not EMOJI.search(out[-2:]) and last_word not in _SIGN_OFFS:
        out += "."
    return out


def _unshout(text: str, keep: list[str]) -> str:
    lowered = text.lower()
    for item in keep:  # names and links keep the spelling the writer gave them
        lowered = lowered.replace(item.lower(), item)
    lowered = re.sub(r"\bi\b", "I", lowered)
    return _SENTENCE_START.sub(lambda m: m.group(1) + m.group(2).upper(), lowered)
