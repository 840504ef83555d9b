"""Samtaleduk: the engine (no Qt). See ARCHITECTURE.md for the map."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("samtaleduk")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"
