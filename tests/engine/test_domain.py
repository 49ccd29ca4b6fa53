"""The domain constants have one source, tactful.engine.domain: the extension's generated copy and OpenAPI agree."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tactful.engine import domain
from tactful.http.openapi import openapi_document

ROOT = Path(__file__).resolve().parents[2]
DOMAIN_JS = ROOT / "extension" / "shared" / "domain.js"
sys.path.insert(0, str(ROOT / "tools"))
from domain_js import read_values  # noqa: E402  (a tools/ script, not a package)


def test_the_extensions_domain_js_is_what_the_engine_says():
    assert read_values(DOMAIN_JS.read_text(encoding="utf-8")) == domain.as_json(), "run `make domain`"
    check = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "domain_js.py"), "--check"], capture_output=True, text=True
    )
    assert check.returncode == 0, check.stderr


def test_openapi_takes_its_enums_and_limits_from_the_engine():
    schemas = openapi_document()["components"]["schemas"]
    request = schemas["CheckRequest"]["properties"]
    assert request["surface"]["enum"] == list(domain.SURFACES)
    assert request["sensitivity"]["enum"] == list(domain.SENSITIVITIES)
    assert request["text"]["maxLength"] == domain.MAX_TEXT_CHARS
    assert schemas["Issue"]["properties"]["category"]["enum"] == list(domain.CATEGORIES)
