"""Shared fixtures: the real engine loaded once, a real app per test on a loopback test server."""

from __future__ import annotations

import pytest

from tactful.engine.checker import Checker, load_checker
from tactful.http.app import create_app
from tactful.http.config import ServerConfig
from tactful.paths import models_dir

TEST_TOKEN = "test-pairing-code-0123456789"
AUTH = {"Authorization": f"Bearer {TEST_TOKEN}"}


@pytest.fixture(scope="session")
def checker() -> Checker:
    return load_checker(models_dir())


@pytest.fixture
def shared_checker(monkeypatch, checker):
    """CLI commands load the model per call: hand them the session's checker instead."""
    monkeypatch.setattr("tactful.engine.checker.load_checker", lambda models=None: checker)


@pytest.fixture(autouse=True)
def _no_real_home(request, tmp_path, monkeypatch):
    """No test reads or writes the real ~/.local/share/tactful (the CLI's checks read the feedback there)."""
    if request.node.get_closest_marker("e2e") is None:
        monkeypatch.setenv("TACTFUL_HOME", str(tmp_path / "unused-home"))


@pytest.fixture
def tactful_home(tmp_path, monkeypatch):
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("TACTFUL_HOME", str(home))
    return home


@pytest.fixture
def server_config(tactful_home) -> ServerConfig:
    return ServerConfig(home=tactful_home, token=TEST_TOKEN, models=models_dir())


@pytest.fixture
def app(server_config, checker):
    return create_app(server_config, checker=checker)


@pytest.fixture
async def api(aiohttp_client, app):
    """A client of the real app with a valid token on every request."""
    return await aiohttp_client(app, headers=AUTH)


@pytest.fixture
async def anonymous_api(aiohttp_client, app):
    """A client of the real app that sends no token."""
    return await aiohttp_client(app)
