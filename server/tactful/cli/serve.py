"""`tactful serve`: run the local API on loopback and print the pairing code."""

from __future__ import annotations

import argparse
import logging
import sys

from tactful.cli.exit_codes import ExitCode


def register(subparsers) -> None:
    parser = subparsers.add_parser("serve", help="run the local server the browser extension talks to")
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8787, help="port to bind (default: 8787)")
    parser.add_argument(
        "--access-log", action="store_true",
        help="log one line per request (method, path, status; never the draft). Off by default: the extension checks on every pause in typing",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from aiohttp import web

    from tactful.engine.checker import load_checker
    from tactful.paths import models_dir, tactful_home
    from tactful.server.app import create_app
    from tactful.server.config import ServerConfig
    from tactful.server.token import load_or_create_token

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s", stream=sys.stderr)
    home = tactful_home()
    token = load_or_create_token(home)
    config = ServerConfig(home=home, token=token, models=models_dir(), host=args.host, port=args.port)
    checker = load_checker(config.models)  # before binding, so the first request never waits on the model
    app = create_app(config, checker=checker)
    print(f"Tactful {checker.model_version} listening on http://{args.host}:{args.port}", flush=True)
    print(f"Pairing code: {token}", flush=True)
    print("Paste the pairing code into the extension's options page once.", flush=True)
    try:
        # run_app handles SIGINT and SIGTERM: stops accepting, lets requests finish, runs cleanup contexts.
        access_log = logging.getLogger("aiohttp.access") if args.access_log else None
        web.run_app(app, host=args.host, port=args.port, print=None, access_log=access_log, access_log_format='%a "%r" %s %b %Tf')
    except OSError as exc:
        print(f"tactful serve: cannot listen on {args.host}:{args.port}: {exc.strerror}", file=sys.stderr)
        return ExitCode.USAGE
    return ExitCode.OK
