"""Samtaleduk: the engine (no Qt). See ARCHITECTURE.md for the map."""

__version__: str
"""The installed package's version ("0.0.0" in a never-installed source tree).
Looked up on first use: importlib.metadata costs ~25 ms of the app's start."""


def __getattr__(name: str) -> str:
    if name != "__version__":
        raise AttributeError(f"module 'samtaleduk' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    global __version__
    try:
        __version__ = version("samtaleduk")
    except PackageNotFoundError:  # running from a source tree that was never installed
        __version__ = "0.0.0"
    return __version__
