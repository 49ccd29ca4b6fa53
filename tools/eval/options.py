"""Candidate feature sets for the classifier, for `compare_options.py` to measure side by side.

Each option is an analyzer (text -> feature names, scikit-learn's contract) or a dense transformer. Only the
option chosen by the numbers moves into tactful.engine.features; the rest stay here as the record of what
was measured.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from tactful.engine import features


def word_ngrams(text: str) -> list[str]:
    return features.analyze(text)


def word_and_char_ngrams(text: str) -> list[str]:
    """Word 1+2-grams plus character 3-5-grams inside word boundaries (scikit-learn's char_wb)."""
    out = features.analyze(text)
    for token in features.tokens(text):
        padded = f" {token} "
        for n in (3, 4, 5):
            out.extend("c:" + padded[i : i + n] for i in range(max(1, len(padded) - n + 1)))
    return out


class StaticEmbedding:
    """Mean of WordLlama's static token embeddings (the weights ship in its PyPI wheel), read with
    safetensors and the Hugging Face tokenizer file; no pickle."""

    def __init__(self) -> None:
        import importlib.util

        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        spec = importlib.util.find_spec("wordllama")
        if spec is None or spec.origin is None:
            raise SystemExit(
                "the embedding option needs `pip install wordllama==0.4.0.post1 tokenizers safetensors` (weights ship "
                "in the wheel)"
            )
        root = Path(spec.origin).parent
        self.tokenizer = Tokenizer.from_file(str(root / "tokenizers" / "l2_supercat_tokenizer_config.json"))
        table = load_file(str(root / "weights" / "l2_supercat_256.safetensors"))
        self.table = next(iter(table.values())).astype(np.float32)

    def fit(self, texts, labels=None):
        return self

    def transform(self, texts) -> np.ndarray:
        rows = []
        for encoding in self.tokenizer.encode_batch([features.normalise(t) for t in texts]):
            ids = encoding.ids or [0]
            vector = self.table[ids].mean(axis=0)
            rows.append(vector / (np.linalg.norm(vector) + 1e-9))
        return np.vstack(rows)


# Words whose misspellings matter (edit distance 1: a letter dropped, added, swapped or changed).
SPELLING_TARGETS = (
    "subscribe",
    "subscribed",
    "subscribers",
    "follow",
    "following",
    "followers",
    "channel",
    "please",
    "support",
    "share",
    "check",
    "video",
    "videos",
    "music",
    "stream",
    "page",
    "like",
    "likes",
    "liked",
    "comment",
    "comments",
    "promote",
    "business",
    "order",
    "discount",
    "price",
    "return",
    "favour",
    "favor",
)


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


class SpellingNormaliser:
    """SymSpell-style: an unknown token within one edit of a target word becomes that word."""

    def __init__(self, targets=SPELLING_TARGETS, known: frozenset[str] = frozenset()) -> None:
        self.exact = frozenset(targets)
        self.known = known
        self.by_delete: dict[str, str] = {}
        for word in targets:
            if len(word) < 4:
                continue
            self.by_delete.setdefault(word, word)
            for variant in _deletes(word):
                self.by_delete.setdefault(variant, word)

    def correct(self, token: str) -> str:
        if token in self.exact or token in self.known or len(token) < 4 or not token.isalpha():
            return token
        hit = self.by_delete.get(token)  # token is a target with one letter dropped (or a changed letter's delete)
        if hit:
            return hit
        for variant in _deletes(token):  # one letter added, or one changed
            hit = self.by_delete.get(variant)
            if hit and abs(len(hit) - len(token)) <= 1:
                return hit
        return token


def mark_quotes(tokens: list[str]) -> list[str]:
    """Tokens between double quotes are reported speech: prefix them so "like my page" quoted differs."""
    out, inside = [], False
    for token in tokens:
        if token == '"':
            inside = not inside
            out.append(token)
        else:
            out.append("q_" + token if inside else token)
    if inside:  # an unclosed quote marks nothing
        return tokens
    return out


def analyzer_from_tokens(tokenise):
    def analyze(text: str) -> list[str]:
        return features.word_ngrams(tokenise(text))

    return analyze


ASK_VERBS = frozenset(
    {"like", "follow", "share", "subscribe", "sub", "check", "visit", "watch", "join", "support", "buy", "order"}
)
SUBJECTS = frozenset({"who", "they", "people", "ppl", "he", "she", "which"})


def mark_declarative_verbs(tokens: list[str]) -> list[str]:
    """An ask verb right after a subject ("people who like my page", "they follow") states, it does not ask."""
    return [("s_" + t if t in ASK_VERBS and i and tokens[i - 1] in SUBJECTS else t) for i, t in enumerate(tokens)]
