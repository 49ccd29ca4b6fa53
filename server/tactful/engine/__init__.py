"""The check engine: pure text in, results out. Knows nothing of HTTP, SQLite or the CLI."""
