"""The HTTP layer's body size and time limits (DESIGN.md). The text and batch limits are the domain's, in
tactful.engine.domain."""

KIB = 1024
MIB = 1024 * KIB

DEFAULT_MAX_BODY = 256 * KIB  # /v1/check, /v1/rewrite, drafts routes
BATCH_MAX_BODY = 8 * MIB  # /v1/check/batch
BODY_TIMEOUT_S = 30  # seconds for a request body to arrive once its headers have
