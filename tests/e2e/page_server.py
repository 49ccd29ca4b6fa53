"""The HTTPS server behind the tests' https://www.facebook.com/...: the test pages, and Lexical's
ES modules straight from node_modules through an import map (no bundler).

Chromium reaches it through --host-resolver-rules, so the extension runs on its real match
patterns. The certificate is self-signed, made per run with the openssl command line tool.
"""

from __future__ import annotations

import json
import ssl
import subprocess
import threading
from functools import cache
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

E2E_DIR = Path(__file__).resolve().parent
PAGES = E2E_DIR / "pages"
NODE_MODULES = E2E_DIR / "node_modules"
# Export conditions to pick for the browser, best first (Lexical's default entry needs process.env).
CONDITIONS = ("browser", "production", "import", "default")


def _pick_target(entry) -> str | None:
    if isinstance(entry, str):
        return entry
    if isinstance(entry, dict):
        for condition in CONDITIONS:
            if condition in entry:
                return _pick_target(entry[condition])
    return None


@cache
def import_map() -> str:
    """Bare specifiers ("lexical", "@lexical/extension/signals", ...) to files under /node_modules/."""
    imports: dict[str, str] = {}
    manifests = [NODE_MODULES / "lexical" / "package.json", NODE_MODULES / "@preact" / "signals-core" / "package.json"]
    manifests += sorted((NODE_MODULES / "@lexical").glob("*/package.json"))
    for manifest in manifests:
        package = json.loads(manifest.read_text(encoding="utf-8"))
        base = "/node_modules/" + package["name"]
        exports = package.get("exports", {".": package.get("module") or package.get("main")})
        for subpath, entry in exports.items():
            target = _pick_target(entry)
            if not target or not target.endswith(".js") or "*" in subpath:
                continue
            specifier = package["name"] + subpath[1:]
            imports[specifier] = base + target[1:]
    return json.dumps({"imports": imports}, indent=1)


class PageHandler(SimpleHTTPRequestHandler):
    extensions_map: ClassVar[dict[str, str]] = {
        **SimpleHTTPRequestHandler.extensions_map,
        ".js": "text/javascript",
        ".mjs": "text/javascript",
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, directory=str(E2E_DIR), **kwargs)

    def do_GET(self) -> None:
        path = self.path.split("?", 1)[0]
        if path == "/favicon.ico":
            self.send_response(204)
            self.end_headers()
            return
        if not (path.startswith("/pages/") or path.startswith("/node_modules/")):
            self.send_error(404)
            return
        if path.endswith(".html"):
            self.send_page(PAGES / path.removeprefix("/pages/"))
            return
        super().do_GET()

    def send_page(self, file: Path) -> None:
        if not file.is_file() or PAGES not in file.resolve().parents:
            self.send_error(404)
            return
        tag = f'<script type="importmap">\n{import_map()}\n</script>'
        body = file.read_text(encoding="utf-8").replace("<!--IMPORTMAP-->", tag).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args) -> None:  # keep the test output quiet
        pass


def make_certificate(folder: Path) -> tuple[Path, Path]:
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "2",
            "-subj",
            "/CN=www.facebook.com",
            "-addext",
            "subjectAltName=DNS:www.facebook.com,DNS:www.messenger.com",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
    )
    return cert, key


class PageServer:
    def __init__(self, folder: Path) -> None:
        cert, key = make_certificate(folder)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert, key)
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), PageHandler)
        self.httpd.daemon_threads = True
        self.httpd.socket = context.wrap_socket(self.httpd.socket, server_side=True)
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, name="e2e-pages", daemon=True)

    def __enter__(self) -> PageServer:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join()
