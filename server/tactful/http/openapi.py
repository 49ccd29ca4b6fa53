"""The OpenAPI 3 description of the HTTP API (DESIGN.md's fixed contract). A test checks it matches the routes."""

from __future__ import annotations

from tactful import __version__
from tactful.engine.domain import CATEGORIES, MAX_BATCH_DRAFTS, MAX_TEXT_CHARS, SENSITIVITIES, SURFACES

_ERROR = {"$ref": "#/components/schemas/Error"}
_CHECK_RESULT = {"$ref": "#/components/schemas/CheckResult"}


def _json(schema: dict) -> dict:
    return {"content": {"application/json": {"schema": schema}}}


def _errors(*statuses: int) -> dict:
    reasons = {
        400: "Malformed JSON",
        401: "Missing or wrong token",
        403: "Foreign Host or web Origin",
        404: "Not found",
        405: "Method not allowed",
        409: "The feedback list is full (5,000 entries); nothing stored",
        413: "Too large",
        415: "Not JSON",
        422: "Invalid fields",
        503: "The drafts database could not be written; nothing changed",
        507: "Disk full; nothing changed",
    }
    return {str(s): {"description": reasons[s], **_json(_ERROR)} for s in statuses}


_BODY_ERRORS = (400, 401, 403, 413, 415, 422)
_DRAFT_ID = [{"name": "draft_id", "in": "path", "required": True, "schema": {"type": "string"}}]
_FEEDBACK_ID = [
    {
        "name": "feedback_id",
        "in": "path",
        "required": True,
        "schema": {"type": "integer"},
        "description": "an id from GET /v1/feedback; anything else is a 404",
    }
]
_FEEDBACK_PAGE = [
    {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 500, "default": 50}},
    {
        "name": "after",
        "in": "query",
        "schema": {"type": "integer", "minimum": 0, "default": 0},
        "description": "only entries with a larger id: the `next_after` of the previous page",
    },
]
_STORE_ERRORS = (503, 507)
_LIST_PARAMETERS = [
    {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 10000, "default": 10000}},
    {"name": "offset", "in": "query", "schema": {"type": "integer", "minimum": 0, "default": 0}},
    {
        "name": "flagged",
        "in": "query",
        "schema": {"type": "boolean", "default": False},
        "description": "only flagged drafts",
    },
]

PATHS = {
    "/v1/health": {
        "get": {
            "summary": "Liveness and versions (no token needed)",
            "security": [],
            "responses": {"200": {"description": "OK", **_json({"$ref": "#/components/schemas/Health"})}},
        }
    },
    "/v1/check": {
        "post": {
            "summary": "Check one draft",
            "requestBody": {"required": True, **_json({"$ref": "#/components/schemas/CheckRequest"})},
            "responses": {"200": {"description": "Verdict", **_json(_CHECK_RESULT)}, **_errors(*_BODY_ERRORS)},
        }
    },
    "/v1/check/batch": {
        "post": {
            "summary": f"Check up to {MAX_BATCH_DRAFTS:,} drafts (8 MiB)",
            "requestBody": {"required": True, **_json({"$ref": "#/components/schemas/BatchRequest"})},
            "responses": {
                "200": {
                    "description": "Verdicts in input order",
                    **_json({"$ref": "#/components/schemas/BatchResult"}),
                },
                **_errors(*_BODY_ERRORS),
            },
        }
    },
    "/v1/rewrite": {
        "post": {
            "summary": "Rewrites that edit the draft: fine sentences kept verbatim, only what pushes changed",
            "requestBody": {"required": True, **_json({"$ref": "#/components/schemas/RewriteRequest"})},
            "responses": {
                "200": {"description": "Rewrites", **_json({"$ref": "#/components/schemas/RewriteResult"})},
                **_errors(*_BODY_ERRORS),
            },
        }
    },
    "/v1/drafts": {
        "get": {
            "summary": "List saved drafts, newest first",
            "parameters": _LIST_PARAMETERS,
            "responses": {
                "200": {"description": "Drafts", **_json({"$ref": "#/components/schemas/DraftList"})},
                **_errors(401, 403, 422),
            },
        },
        "post": {
            "summary": "Save a draft, unchecked (check is null until POST /v1/drafts/check; `tactful drafts add` too)",
            "requestBody": {"required": True, **_json({"$ref": "#/components/schemas/DraftInput"})},
            "responses": {
                "201": {"description": "Saved (committed to disk)", **_json({"$ref": "#/components/schemas/Draft"})},
                **_errors(*_BODY_ERRORS, *_STORE_ERRORS),
            },
        },
    },
    "/v1/drafts/check": {
        "post": {
            "summary": "Bring every saved draft's verdict up to date, store it, and summarise all drafts",
            "requestBody": {"required": False, **_json({"$ref": "#/components/schemas/DraftsCheckRequest"})},
            "responses": {
                "200": {
                    "description": "Summary and flagged drafts",
                    **_json({"$ref": "#/components/schemas/DraftsCheckSummary"}),
                },
                **_errors(*_BODY_ERRORS, *_STORE_ERRORS),
            },
        }
    },
    "/v1/drafts/{draft_id}": {
        "parameters": _DRAFT_ID,
        "get": {
            "summary": "One draft",
            "responses": {
                "200": {"description": "Draft", **_json({"$ref": "#/components/schemas/Draft"})},
                **_errors(401, 403, 404),
            },
        },
        "put": {
            "summary": "Replace a draft's text (and surface, kept when omitted); its old verdict is cleared",
            "requestBody": {"required": True, **_json({"$ref": "#/components/schemas/DraftInput"})},
            "responses": {
                "200": {"description": "Updated", **_json({"$ref": "#/components/schemas/Draft"})},
                **_errors(404, *_BODY_ERRORS, *_STORE_ERRORS),
            },
        },
        "delete": {
            "summary": "Delete a draft",
            "responses": {"204": {"description": "Deleted"}, **_errors(401, 403, 404, *_STORE_ERRORS)},
        },
    },
    "/v1/feedback": {
        "post": {
            "summary": "Tell Tactful a verdict was right or wrong",
            "description": "Stored on this machine only, once per identical (text, verdict, category). `wrong` with no "
            "category means not pushy: from the next check on, each sentence of `text` and the same words with other "
            "punctuation, emoji or casing are not flagged (see `suppressed` in check results). `wrong` with a "
            "category means it should have been that category; `correct` means the verdict was right. Both are used "
            "by `tactful train --with-feedback`.",
            "requestBody": {"required": True, **_json({"$ref": "#/components/schemas/Feedback"})},
            "responses": {
                "204": {"description": "Stored locally (or already stored)"},
                **_errors(*_BODY_ERRORS, 409, *_STORE_ERRORS),
            },
        },
        "get": {
            "summary": "List the feedback, oldest first, a page at a time",
            "parameters": _FEEDBACK_PAGE,
            "responses": {
                "200": {"description": "A page of feedback", **_json({"$ref": "#/components/schemas/FeedbackList"})},
                **_errors(401, 403, 422, 503),
            },
        },
    },
    "/v1/feedback/{feedback_id}": {
        "parameters": _FEEDBACK_ID,
        "delete": {
            "summary": "Delete one piece of feedback; a warning it silenced comes back at once",
            "responses": {"204": {"description": "Deleted"}, **_errors(401, 403, 404, *_STORE_ERRORS)},
        },
    },
    "/openapi.json": {"get": {"summary": "This document", "responses": {"200": {"description": "OpenAPI 3 document"}}}},
}

_TEXT = {"type": "string", "maxLength": MAX_TEXT_CHARS}
_ISSUE = {
    "type": "object",
    "required": ["category", "severity", "message", "why", "start", "end", "quote", "rule"],
    "properties": {
        "category": {"type": "string", "enum": list(CATEGORIES)},
        "severity": {"type": "string", "enum": ["warning", "advice"]},
        "message": {"type": "string"},
        "why": {"type": "string"},
        "start": {"type": "integer", "description": "UTF-16 code units"},
        "end": {"type": "integer", "description": "UTF-16 code units"},
        "quote": {"type": "string"},
        "rule": {"type": "string"},
    },
}
SCHEMAS = {
    "Error": {
        "type": "object",
        "required": ["error"],
        "properties": {
            "error": {
                "type": "object",
                "required": ["code", "message"],
                "properties": {"code": {"type": "string"}, "message": {"type": "string"}},
            }
        },
    },
    "Health": {
        "type": "object",
        "properties": {
            "status": {"type": "string"},
            "version": {"type": "string"},
            "model_version": {"type": "string"},
            "model": {
                "type": "object",
                "description": "the classifier running: the shipped one, or a personal one trained with feedback",
                "properties": {
                    "source": {"type": "string", "enum": ["shipped", "personal"]},
                    "version": {"type": "string"},
                },
            },
        },
    },
    "CheckRequest": {
        "type": "object",
        "required": ["text"],
        "properties": {
            "text": _TEXT,
            "surface": {"type": "string", "enum": list(SURFACES)},
            "sensitivity": {"type": "string", "enum": list(SENSITIVITIES)},
        },
    },
    "Issue": _ISSUE,
    "SuppressedIssue": {
        "type": "object",
        "description": "an issue the check found and left out because the user's feedback said it is not pushy",
        "required": ["category", "start", "end", "quote", "suppressed_by", "feedback_id"],
        "properties": {
            "category": {"type": "string", "enum": list(CATEGORIES)},
            "start": {"type": "integer", "description": "UTF-16 code units"},
            "end": {"type": "integer", "description": "UTF-16 code units"},
            "quote": {"type": "string"},
            "suppressed_by": {"type": "string", "enum": ["feedback"]},
            "feedback_id": {"type": "integer", "description": "DELETE /v1/feedback/{feedback_id} brings it back"},
        },
    },
    "CheckResult": {
        "type": "object",
        "required": ["flagged", "score", "category", "issues", "suppressed", "language", "model_version"],
        "properties": {
            "flagged": {"type": "boolean", "description": "whether any issue remains after the user's feedback"},
            "score": {"type": "number", "minimum": 0, "maximum": 1},
            "category": {"type": ["string", "null"]},
            "issues": {"type": "array", "items": {"$ref": "#/components/schemas/Issue"}},
            "suppressed": {"type": "array", "items": {"$ref": "#/components/schemas/SuppressedIssue"}},
            "language": {"type": "string"},
            "model_version": {"type": "string"},
        },
    },
    "BatchRequest": {
        "type": "object",
        "required": ["drafts"],
        "properties": {
            "drafts": {
                "type": "array",
                "maxItems": MAX_BATCH_DRAFTS,
                "items": {
                    "type": "object",
                    "required": ["text"],
                    "properties": {"id": {"type": "string"}, "text": _TEXT},
                },
            },
            "sensitivity": {"type": "string", "enum": list(SENSITIVITIES)},
        },
    },
    "BatchResult": {
        "type": "object",
        "properties": {
            "results": {
                "type": "array",
                "items": {"allOf": [{"type": "object", "properties": {"id": {"type": "string"}}}, _CHECK_RESULT]},
            }
        },
    },
    "RewriteRequest": {
        "type": "object",
        "required": ["text"],
        "properties": {
            "text": _TEXT,
            "profile": {
                "type": "object",
                "properties": {
                    "name": {"type": "string"},
                    "business": {"type": "string"},
                    "page_url": {"type": "string"},
                },
            },
            "style": {
                "type": "string",
                "enum": ["introduction", "question", "value"],
                "description": "which kind of rewrite comes first: introduction, question, or value "
                "(the smallest edit)",
            },
            "surface": {
                "type": "string",
                "enum": list(SURFACES),
                "description": "a comment stays short and adds no greeting",
            },
            "n": {"type": "integer", "minimum": 1, "maximum": 5},
        },
    },
    "RewriteResult": {
        "type": "object",
        "properties": {
            "rewrites": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "text": {"type": "string"},
                        "style": {"type": "string"},
                        "kind": {"type": "string", "enum": ["edit", "introduction", "question"]},
                        "changes": {
                            "type": "array",
                            "description": "spans of text that are not the draft's own words (UTF-16 code units)",
                            "items": {
                                "type": "object",
                                "properties": {"start": {"type": "integer"}, "end": {"type": "integer"}},
                            },
                        },
                        "removed": {
                            "type": "array",
                            "items": {"type": "string"},
                            "description": "the draft's words that were taken out",
                        },
                    },
                },
            },
            "original": _CHECK_RESULT,
        },
    },
    "DraftInput": {
        "type": "object",
        "required": ["text"],
        "properties": {"text": _TEXT, "surface": {"type": "string", "enum": list(SURFACES)}},
    },
    "Draft": {
        "type": "object",
        "properties": {
            "id": {"type": "string"},
            "text": {"type": "string"},
            "surface": {"type": "string"},
            "created_at": {"type": "string"},
            "updated_at": {"type": "string"},
            "check": {
                "description": "the last check result (with `sensitivity` and `checked_at`), "
                "null until checked and after an edit",
                "oneOf": [
                    {
                        "allOf": [
                            _CHECK_RESULT,
                            {
                                "type": "object",
                                "properties": {"sensitivity": {"type": "string"}, "checked_at": {"type": "string"}},
                            },
                        ]
                    },
                    {"type": "null"},
                ],
            },
        },
    },
    "DraftList": {
        "type": "object",
        "properties": {
            "drafts": {"type": "array", "items": {"$ref": "#/components/schemas/Draft"}},
            "total": {"type": "integer"},
            "limit": {"type": "integer"},
            "offset": {"type": "integer"},
        },
    },
    "DraftsCheckRequest": {
        "type": "object",
        "properties": {
            "sensitivity": {"type": "string", "enum": list(SENSITIVITIES)},
            "force": {"type": "boolean", "description": "re-check drafts whose stored verdict is already current"},
        },
    },
    "DraftsCheckSummary": {
        "type": "object",
        "properties": {
            "checked": {"type": "integer"},
            "rechecked": {"type": "integer"},
            "flagged": {"type": "integer"},
            "counts": {
                "type": "object",
                "properties": {
                    k: {"type": "integer"} for k in ("reciprocity_demand", "cold_pitch", "unearned_ask", "clean")
                },
            },
            "sensitivity": {"type": "string"},
            "model_version": {"type": "string"},
            "flagged_drafts": {"type": "array", "items": {"$ref": "#/components/schemas/Draft"}},
        },
    },
    "Feedback": {
        "type": "object",
        "required": ["text", "verdict"],
        "properties": {
            "text": {**_TEXT, "description": "the flagged sentence(s) or the whole draft"},
            "verdict": {"type": "string", "enum": ["correct", "wrong"]},
            "category": {"type": "string", "enum": list(CATEGORIES)},
        },
    },
    "FeedbackEntry": {
        "type": "object",
        "properties": {
            "id": {"type": "integer"},
            "text": {"type": "string"},
            "verdict": {"type": "string", "enum": ["correct", "wrong"]},
            "category": {"type": ["string", "null"]},
            "model_version": {"type": ["string", "null"], "description": "the model whose verdict was judged"},
            "created_at": {"type": "string"},
            "suppresses": {"type": "boolean", "description": "true for not pushy (wrong, no category)"},
        },
    },
    "FeedbackList": {
        "type": "object",
        "properties": {
            "feedback": {"type": "array", "items": {"$ref": "#/components/schemas/FeedbackEntry"}},
            "next_after": {"type": ["integer", "null"], "description": "`after` for the next page; null on the last"},
            "total": {"type": "integer"},
        },
    },
}


def openapi_document() -> dict:
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Tactful local API",
            "version": __version__,
            "description": "Loopback-only API of the Tactful etiquette assistant. Offsets are UTF-16 code units.",
        },
        "servers": [{"url": "http://127.0.0.1:8787"}],
        "security": [{"pairingToken": []}],
        "paths": PATHS,
        "components": {"schemas": SCHEMAS, "securitySchemes": {"pairingToken": {"type": "http", "scheme": "bearer"}}},
    }
