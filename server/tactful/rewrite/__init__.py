"""The rewrite engine: edits a pushy draft, keeping its fine sentences verbatim and changing only what pushes.

Pure: text, the draft's check result, a profile, a surface, a style and a count in; rewrites out. What it knows
is data (`models/rewrites/`, `models/patterns/entities.jsonl`; see `models/rewrites/README.md`).

Modules: `clauses` (sentences and clauses), `edit_plan` (what goes, what stays), `details` (prices, codes,
calls to action), `entities` and `material` (whose business and link), `reader` (who is written
to), `register` (how the draft sounds), `additions` (the few sentences that may be added), `engine` (the
`Rewriter`). Import from them directly; this package stays light so the CLI starts fast.
"""
