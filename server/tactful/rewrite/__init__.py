"""The rewrite engine: turns a pushy draft into introduction-style messages that keep its names and voice.

Pure: text, the draft's check result, a profile, a style and a count in; rewrites out. The phrasings are
data (`models/rewrites/*.jsonl`), the entity rules too (`models/patterns/entities.jsonl`).

Modules: `entities` (what to keep), `register` (how the draft sounds), `bank` (phrasings as data),
`facts` (draft + profile), `compose` (one frame into one message), `polish` (drafts that are fine),
`engine` (the `Rewriter`). Import from them directly; this package stays light so the CLI starts fast.
"""
