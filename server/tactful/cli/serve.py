"""`tactful serve`: run the local API on loopback and print the pairing code."""

from __future__ import annotations

import argparse
import logging
import sqlite3
import sys

from tactful.cli.exit_codes import ExitCode


def register(subparsers) -> None:
    parser = subparsers.add_parser("serve", help="run the local server the browser extension talks to")
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8787, help="port to bind (default: 8787)")
    parser.add_argument(
        "--access-log",
        action="store_true",
        help="log one line per request (method, route, status, size, time; never the draft, the query or the "
        "path's ids). Off by default: the extension checks on every pause in typing",
    )
    parser.set_defaults(func=run)


StartupFailure = (OSError, sqlite3.Error, RuntimeError, ValueError, KeyError)


def describe_startup_failure(exc: BaseException) -> str:
    """One line a user can act on, naming the file when there is one."""
    if isinstance(exc, PermissionError):
        return (
            f"cannot write {exc.filename or 'TACTFUL_HOME'}: permission denied. Set TACTFUL_HOME to a folder you own."
        )
    if isinstance(exc, OSError):
        return f"cannot use {exc.filename or 'TACTFUL_HOME'}: {exc.strerror or exc}."
    if isinstance(exc, sqlite3.DatabaseError):
        return (
            f"the drafts database is damaged or not a Tactful database ({exc}). Move tactful.db aside and start again."
        )
    if isinstance(exc, KeyError):
        return f"the model files are incomplete (missing {exc}). Reinstall Tactful."
    return f"{exc}."


def run(args: argparse.Namespace) -> int:
    from aiohttp import web

    from tactful.active_model import load_active_checker
    from tactful.http.access_log import RouteAccessLogger
    from tactful.http.app import create_app
    from tactful.http.config import ServerConfig
    from tactful.http.token import load_or_create_token
    from tactful.paths import models_dir, tactful_home
    from tactful.store.drafts_db import DB_FILE, open_store

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s", stream=sys.stderr)
    try:  # everything that can fail at start-up fails here: one clear line, exit 2, before any pairing code
        home = tactful_home()
        token = load_or_create_token(home)
        config = ServerConfig(home=home, token=token, models=models_dir(), host=args.host, port=args.port)
        # Before binding, so the first request never waits on the model; the personal one when it is installed.
        checker, note = load_active_checker(config.models, home)
        open_store(home / DB_FILE).close()  # a garbage, newer or unwritable database is refused now, not per request
    except StartupFailure as exc:
        print(f"tactful serve: {describe_startup_failure(exc)}", file=sys.stderr)
        return ExitCode.USAGE
    if note:
        print(f"tactful serve: {note}", file=sys.stderr, flush=True)
    app = create_app(config, checker=checker)
    which = " (your personal model)" if checker.model_source == "personal" else ""
    print(f"Tactful {checker.model_version}{which} listening on http://{args.host}:{args.port}", flush=True)
    print(f"Pairing code: {token}", flush=True)
    print("Paste the pairing code into the extension's options page once.", flush=True)
    try:
        # run_app handles SIGINT and SIGTERM: stops accepting, lets requests finish, runs cleanup contexts.
        access_log = logging.getLogger("aiohttp.access") if args.access_log else None
        web.run_app(
            app,
            host=args.host,
            port=args.port,
            print=None,
            access_log=access_log,
            access_log_class=RouteAccessLogger,
        )
    except OSError as exc:
        print(f"tactful serve: cannot listen on {args.host}:{args.port}: {exc.strerror}", file=sys.stderr)
        return ExitCode.USAGE
    return ExitCode.OK
