"""Body and text size limits from DESIGN.md."""

KIB = 1024
MIB = 1024 * KIB

DEFAULT_MAX_BODY = 256 * KIB  # /v1/check, /v1/rewrite, drafts routes
BATCH_MAX_BODY = 8 * MIB  # /v1/check/batch
MAX_TEXT_CHARS = 20_000
MAX_BATCH_DRAFTS = 1_000
BODY_TIMEOUT_S = 30  # seconds for a request body to arrive once its headers have
