"""Write extension/shared/domain.json from tactful.engine.domain (`make domain`); `--check` only compares.

The extension's copy of the categories, surfaces, sensitivities and limits; tests/engine/test_domain.py fails
when the file and the engine disagree.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from tactful.engine.domain import as_json

DOMAIN_JSON = Path(__file__).resolve().parent.parent / "extension" / "shared" / "domain.json"


def rendered() -> str:
    return json.dumps(as_json(), indent=2) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the file is not what the engine says")
    args = parser.parse_args()
    if args.check:
        same = DOMAIN_JSON.exists() and DOMAIN_JSON.read_text(encoding="utf-8") == rendered()
        if not same:
            print(f"{DOMAIN_JSON} is out of date: run `make domain`", file=sys.stderr)
        return 0 if same else 1
    DOMAIN_JSON.write_text(rendered(), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
