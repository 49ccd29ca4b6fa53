"""Fixtures for the browser end-to-end tests: the real Tactful server, the HTTPS test pages posing
as www.facebook.com, and Debian's Chromium with the unpacked extension loaded."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.server_process import start_server
from tests.e2e.browser import CHROMIUM, E2E_DIR, launch_browser, remove_all_feedback
from tests.e2e.page_server import PageServer


@pytest.fixture(scope="session")
def page_server(tmp_path_factory):
    if not (E2E_DIR / "node_modules" / "lexical").is_dir():
        pytest.fail("tests/e2e/node_modules is missing: run `bash tests/e2e/setup.sh` (make test does)")
    with PageServer(tmp_path_factory.mktemp("pages")) as server:
        yield server


@pytest.fixture(scope="session")
def tactful_server(tmp_path_factory):
    with start_server(tmp_path_factory.mktemp("tactful-home")) as server:
        yield server


@pytest.fixture(scope="module")
def browser(page_server, tmp_path_factory):
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run `bash tests/e2e/setup.sh` (make test does)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = launch_browser(playwright, tmp_path_factory.mktemp("profile"), page_server.port)
        yield browser
        browser.context.close()


@pytest.fixture
def paired_browser(browser, tactful_server):
    browser.pair(tactful_server)
    browser.errors.clear()
    return browser


@pytest.fixture
def fresh_feedback(paired_browser, tactful_server):
    """No feedback on the shared server and no category switched off, before and after the test (the
    server outlives the test, and a sentence marked "not pushy" would stay silenced for the next)."""
    remove_all_feedback(tactful_server)
    paired_browser.save_settings({"hiddenCategories": {}})
    yield
    remove_all_feedback(tactful_server)
    paired_browser.save_settings({"hiddenCategories": {}})
