"""The local HTTP face of the engine (aiohttp)."""
