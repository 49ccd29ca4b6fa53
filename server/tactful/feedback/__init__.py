"""The user's feedback on verdicts: stored in tactful.db, turned into "not pushy" suppressions, listed, deleted
and exported. The HTTP routes, the CLI and `tactful train --with-feedback` all go through FeedbackService."""

from tactful.feedback.service import MAX_FEEDBACK, VERDICTS, FeedbackPage, FeedbackService

__all__ = ["MAX_FEEDBACK", "VERDICTS", "FeedbackPage", "FeedbackService"]
