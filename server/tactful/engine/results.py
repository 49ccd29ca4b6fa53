"""What a check returns: plain dataclasses that serialise to the HTTP API's JSON shape."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TypedDict


class IssueDict(TypedDict):
    """An issue as the HTTP API's JSON."""

    category: str
    severity: str
    message: str
    why: str
    start: int
    end: int
    quote: str
    rule: str


class SuppressedIssueDict(TypedDict):
    """An issue the user's feedback silenced, as the HTTP API's JSON."""

    category: str
    start: int
    end: int
    quote: str
    suppressed_by: str
    feedback_id: int


class CheckResultDict(TypedDict):
    """A check result as the HTTP API's JSON."""

    flagged: bool
    score: float
    category: str | None
    issues: list[IssueDict]
    suppressed: list[SuppressedIssueDict]
    language: str
    model_version: str


@dataclass(frozen=True, slots=True)
class Issue:
    category: str
    severity: str  # "warning" | "advice"
    message: str
    why: str
    start: int  # UTF-16 code units into the submitted text
    end: int
    quote: str  # == text[start:end] in JavaScript terms
    rule: str  # pattern id, or "classifier.<category>" when no pattern pinned the words

    def to_dict(self) -> IssueDict:
        # By hand: dataclasses.asdict deep-copies recursively and costs ~20x more, once per issue of every result.
        return {
            "category": self.category,
            "severity": self.severity,
            "message": self.message,
            "why": self.why,
            "start": self.start,
            "end": self.end,
            "quote": self.quote,
            "rule": self.rule,
        }


@dataclass(frozen=True, slots=True)
class SuppressedIssue:
    """An issue the check found and then left out, because the user's feedback said its sentence is not pushy."""

    category: str
    start: int  # UTF-16 code units, like Issue
    end: int
    quote: str
    feedback_id: int  # the feedback that silenced it (DELETE /v1/feedback/{id} brings the warning back)

    def to_dict(self) -> SuppressedIssueDict:
        return {
            "category": self.category,
            "start": self.start,
            "end": self.end,
            "quote": self.quote,
            "suppressed_by": "feedback",
            "feedback_id": self.feedback_id,
        }


@dataclass(frozen=True, slots=True)
class CheckResult:
    flagged: bool
    score: float  # calibrated probability that the draft is pushy (any category)
    category: str | None
    language: str
    model_version: str
    issues: list[Issue] = field(default_factory=list)
    suppressed: list[SuppressedIssue] = field(default_factory=list)  # issues hidden by the user's feedback

    def to_dict(self) -> CheckResultDict:
        return {
            "flagged": self.flagged,
            "score": self.score,
            "category": self.category,
            "issues": [issue.to_dict() for issue in self.issues],
            "suppressed": [issue.to_dict() for issue in self.suppressed],
            "language": self.language,
            "model_version": self.model_version,
        }
