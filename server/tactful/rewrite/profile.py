"""Who is writing: the optional profile from the extension's options (name, business, page URL)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

PROFILE_FIELDS = ("name", "business", "page_url")
MAX_FIELD_CHARS = 200


@dataclass(frozen=True, slots=True)
class Profile:
    name: str | None = None
    business: str | None = None
    page_url: str | None = None

    @classmethod
    def from_mapping(cls, value: Any) -> Profile:
        """Validate a JSON profile; raises ValueError with a message fit to show the caller."""
        if value is None:
            return cls()
        if not isinstance(value, dict):
            raise ValueError("'profile' must be an object with optional 'name', 'business' and 'page_url' strings.")
        fields = {}  # other keys are ignored, so a newer extension can send more
        for field in PROFILE_FIELDS:
            item = value.get(field)
            if item is None:
                continue
            if not isinstance(item, str):
                raise ValueError(f"'profile.{field}' must be a string.")
            if len(item) > MAX_FIELD_CHARS:
                raise ValueError(f"'profile.{field}' is longer than {MAX_FIELD_CHARS} characters.")
            fields[field] = " ".join(item.split()) or None
        return cls(**fields)
