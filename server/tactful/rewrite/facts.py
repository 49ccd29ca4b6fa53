"""What a rewrite may say about the people involved: the draft's entities merged with the sender's profile.

Nothing here is invented: every value comes from the draft or from the profile. Whatever the draft
named must reappear in each rewrite, so the facts also list what is still owed (`must_keep`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tactful.rewrite.entities import DraftEntities, Entity
from tactful.rewrite.profile import Profile


@dataclass(frozen=True, slots=True)
class Facts:
    values: dict[str, str]  # placeholder -> text: recipient, sender, business, their_page, my_url
    leftovers: dict[str, tuple[str, ...]] = field(default_factory=dict)  # role -> extra texts that still need a mention

    def has(self, needs: frozenset[str]) -> bool:
        return all(need in self.values for need in needs)

    def owed(self) -> dict[str, tuple[str, ...]]:
        """By role, every text a rewrite must mention."""
        values = self.values
        owed = {
            "sender": tuple(values[k] for k in ("sender",) if k in values) + self.leftovers.get("sender", ()),
            "mine": tuple(values[k] for k in ("business", "my_url") if k in values) + self.leftovers.get("mine", ()),
            "theirs": tuple(values[k] for k in ("their_page",) if k in values),
            "recipient": tuple(values[k] for k in ("recipient",) if k in values),
        }
        return {role: items for role, items in owed.items() if items}

    def must_keep(self) -> list[str]:
        return [item for items in self.owed().values() for item in items]


def build_facts(entities: DraftEntities, profile: Profile) -> Facts:
    values: dict[str, str] = {}
    leftovers: dict[str, tuple[str, ...]] = {}
    if entities.recipients:
        values["recipient"] = join_names([e.text for e in entities.recipients])
    sender = _sender(entities.senders, profile)
    if sender:
        values["sender"] = sender
    _extra_senders = [e.text for e in entities.senders if e.text.casefold() not in sender.casefold()] if sender else []
    if _extra_senders:
        leftovers["sender"] = tuple(_extra_senders)

    names = [e for e in entities.mine if e.kind in ("ORG", "HANDLE")]
    links = [e for e in entities.mine if e.kind == "URL"]
    business = _first_unique([profile.business] if profile.business else [], names)
    if business:
        values["business"] = business[0]
        if business[1:]:
            leftovers["mine"] = tuple(business[1:])
    urls = _first_unique([profile.page_url] if profile.page_url else [], links)
    if urls:
        values["my_url"] = urls[0]
        if urls[1:]:
            leftovers["mine"] = leftovers.get("mine", ()) + tuple(urls[1:])
    if entities.theirs:
        values["their_page"] = join_names([e.text for e in entities.theirs])
    return Facts(values, leftovers)


def _sender(found: tuple[Entity, ...], profile: Profile) -> str | None:
    if profile.name and (not found or any(e.text.casefold() in profile.name.casefold() for e in found)):
        return profile.name
    if found:
        return found[0].text
    return profile.name


def _first_unique(preferred: list[str], found: list[Entity]) -> list[str]:
    texts: list[str] = []
    for text in preferred + [e.text for e in found]:
        if not any(text.casefold() in t.casefold() for t in texts):
            texts.append(text)
    return texts


def join_names(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]
