// The messages between the extension's scripts and its background worker, as types only: nothing loads
// this file at run time. `make lint` type-checks the extension against it (extension/jsconfig.json).
//
// A content script or an extension page sends one `TactfulRequest` with runtime.sendMessage; the worker
// (background/requests.js) validates it, makes the one server call its `type` stands for, and answers
// with a `TactfulReply`. No request names a URL, a path or a method. The `pagesOnly` requests are refused
// when they come from a web page's content script: only the extension's own pages may send them.

// ---- requests -------------------------------------------------------------------------------

/**
 * @typedef {StatusRequest | PairRequest | CheckRequest | RewriteRequest | SaveDraftRequest | ListDraftsRequest
 *   | UpdateDraftRequest | DeleteDraftRequest | CheckDraftsRequest | FeedbackRequest | ListFeedbackRequest
 *   | DeleteFeedbackRequest} TactfulRequest
 */

/** @typedef {"post" | "comment" | "message" | "other"} Surface */
/** @typedef {"introduction" | "question" | "value"} RewriteStyle */
/** @typedef {"correct" | "wrong"} FeedbackVerdict */

/**
 * Is the server up, and does it accept the saved pairing code? Answered with `StatusData`.
 * @typedef {object} StatusRequest
 * @property {"status"} type
 */

/**
 * Save the pairing code the server printed ("" forgets the saved one). Answered by the worker itself, with
 * `null`; the worker keeps the code where content scripts cannot read it, and no request reads it back.
 * Pages only.
 * @typedef {object} PairRequest
 * @property {"pair"} type
 * @property {string} token at most 2,000 characters; surrounding white space is dropped
 */

/**
 * Check one draft (POST /v1/check). Answered with a `CheckResult`.
 * @typedef {object} CheckRequest
 * @property {"check"} type
 * @property {string} text at most 20,000 characters
 * @property {Surface} [surface]
 */

/**
 * Rewrites of one draft, with the profile from the options (POST /v1/rewrite). Answered with `RewriteData`.
 * @typedef {object} RewriteRequest
 * @property {"rewrite"} type
 * @property {string} text
 * @property {Surface} [surface]
 * @property {RewriteStyle} [style]
 * @property {number} [n] how many rewrites, 1 to 5 (3 when left out)
 */

/**
 * Save a draft (POST /v1/drafts). Answered with the saved `Draft`.
 * @typedef {object} SaveDraftRequest
 * @property {"saveDraft"} type
 * @property {string} text
 * @property {Surface} [surface]
 */

/**
 * One page of the saved drafts (GET /v1/drafts). Pages only. Answered with a `DraftPage`.
 * @typedef {object} ListDraftsRequest
 * @property {"listDrafts"} type
 * @property {number} [limit]
 * @property {number} [offset]
 */

/**
 * Replace a saved draft's text; its verdict is cleared (PUT /v1/drafts/{id}). Pages only. Answered with the
 * `Draft`.
 * @typedef {object} UpdateDraftRequest
 * @property {"updateDraft"} type
 * @property {string} id
 * @property {string} text
 * @property {Surface} [surface]
 */

/**
 * Delete a saved draft (DELETE /v1/drafts/{id}). Pages only. Answered with `null`.
 * @typedef {object} DeleteDraftRequest
 * @property {"deleteDraft"} type
 * @property {string} id
 */

/**
 * Bring every saved draft's verdict up to date (POST /v1/drafts/check). Pages only. Answered with a
 * `DraftsSummary`.
 * @typedef {object} CheckDraftsRequest
 * @property {"checkDrafts"} type
 */

/**
 * What the user says about a text (POST /v1/feedback): `wrong` with no category is "not pushy", `wrong` with
 * one is "it is this kind instead" (a wrong category, or a push Tactful missed). Every open page checks again
 * after it. Answered with `null`.
 * @typedef {object} FeedbackRequest
 * @property {"feedback"} type
 * @property {string} text the flagged sentence(s) or the whole draft, at most 20,000 characters, not blank
 * @property {FeedbackVerdict} verdict
 * @property {Issue["category"] | null} [category]
 */

/**
 * One page of the feedback, oldest first (GET /v1/feedback). Pages only. Answered with a `FeedbackPage`.
 * @typedef {object} ListFeedbackRequest
 * @property {"listFeedback"} type
 * @property {number} [limit] 1 to 500 (the server's 50 when left out)
 * @property {number} [after] the previous page's `next_after` (the first page when left out)
 */

/**
 * Delete one piece of feedback; a warning it silenced comes back at once (DELETE /v1/feedback/{id}). Every
 * open page checks again after it. Pages only. Answered with `null`.
 * @typedef {object} DeleteFeedbackRequest
 * @property {"deleteFeedback"} type
 * @property {number} id a `FeedbackEntry`'s id
 */

// ---- replies --------------------------------------------------------------------------------

/**
 * The worker never throws back: every request gets one of these, with `data` when `ok` and `error` when not.
 * @template {TactfulRequest["type"]} [K=TactfulRequest["type"]]
 * @typedef {object} TactfulReply
 * @property {boolean} ok
 * @property {Answers[K]} [data]
 * @property {ReplyError} [error]
 */

/**
 * What each request type is answered with, as the reply's `data`.
 * @typedef {object} Answers
 * @property {StatusData} status
 * @property {null} pair
 * @property {CheckResult} check
 * @property {RewriteData} rewrite
 * @property {Draft} saveDraft
 * @property {DraftPage} listDrafts
 * @property {Draft} updateDraft
 * @property {null} deleteDraft
 * @property {DraftsSummary} checkDrafts
 * @property {null} feedback
 * @property {FeedbackPage} listFeedback
 * @property {null} deleteFeedback
 */

/**
 * Why a request failed. `invalid`: the message itself was refused; `forbidden`: a pages-only request from a
 * web page; `down`: no server answered (or the worker did not); `unpaired`: no pairing code saved;
 * `unauthorized`: the server refused the code; `http`: any other error status (`status`, the server's error
 * `code` when it sent one and its `message` say which); `orphaned`: the extension was reloaded under this
 * content script; `error`: anything else.
 * @typedef {object} ReplyError
 * @property {"invalid" | "forbidden" | "down" | "unpaired" | "unauthorized" | "http" | "orphaned" | "error"} kind
 * @property {number} [status]
 * @property {string} [code] such as "feedback_full"
 * @property {string} [message]
 */

/** @typedef {"connected" | "down" | "unpaired" | "unauthorized" | "error"} ConnectionState */

/**
 * @typedef {object} StatusData
 * @property {ConnectionState} state
 * @property {boolean} paired whether a pairing code is saved (never the code itself)
 */

// ---- what the server answers (see GET /openapi.json) ------------------------------------------

/**
 * @typedef {object} Issue
 * @property {"reciprocity_demand" | "cold_pitch" | "unearned_ask"} category
 * @property {"warning" | "advice"} severity
 * @property {string} message
 * @property {string} why
 * @property {number} start UTF-16 code units into the checked text
 * @property {number} end
 * @property {string} quote the text between `start` and `end`
 * @property {string} rule
 */

/**
 * An issue the check found and left out, because the user's feedback said its sentence is not pushy.
 * @typedef {object} SuppressedIssue
 * @property {Issue["category"]} category
 * @property {number} start UTF-16 code units into the checked text
 * @property {number} end
 * @property {string} quote
 * @property {"feedback"} suppressed_by
 * @property {number} feedback_id the feedback that silenced it (`deleteFeedback` brings the warning back)
 */

/**
 * @typedef {object} CheckResult
 * @property {boolean} flagged whether any issue remains after the user's feedback
 * @property {number} score
 * @property {Issue["category"] | null} category
 * @property {Issue[]} issues
 * @property {SuppressedIssue[]} suppressed
 * @property {string} language
 * @property {string} model_version
 */

/**
 * @typedef {object} Rewrite
 * @property {string} text
 * @property {string} style
 * @property {"edit" | "question"} kind
 * @property {{start: number, end: number}[]} changes UTF-16 spans of the rewrite that are not the draft's words
 * @property {string[]} removed the draft's words that were taken out
 */

/**
 * @typedef {object} RewriteData
 * @property {Rewrite[]} rewrites
 * @property {CheckResult} original the draft's own check
 */

/**
 * @typedef {object} Draft
 * @property {string} id
 * @property {string} text
 * @property {Surface} surface
 * @property {string} created_at
 * @property {string} updated_at
 * @property {(CheckResult & {sensitivity: string, checked_at: string}) | null} check null until checked
 */

/**
 * @typedef {object} DraftPage
 * @property {Draft[]} drafts
 * @property {number} total
 * @property {number} limit
 * @property {number} offset
 */

/**
 * @typedef {object} DraftsSummary
 * @property {number} checked
 * @property {number} rechecked
 * @property {number} flagged
 * @property {Record<string, number>} counts per category, and `clean`
 * @property {string} sensitivity
 * @property {string} model_version
 * @property {Draft[]} flagged_drafts
 */

/**
 * @typedef {object} FeedbackEntry
 * @property {number} id
 * @property {string} text
 * @property {FeedbackVerdict} verdict
 * @property {Issue["category"] | null} category
 * @property {string | null} model_version the model whose verdict was judged
 * @property {string} created_at
 * @property {boolean} suppresses true for "not pushy" (`wrong` with no category)
 */

/**
 * @typedef {object} FeedbackPage
 * @property {FeedbackEntry[]} feedback oldest first
 * @property {number | null} next_after `after` for the next page; null on the last
 * @property {number} total
 */
