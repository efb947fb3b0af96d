"""Fixtures of the source tests: the local server (see http_helpers) and short limits."""

from http_helpers import quick, server

__all__ = ["quick", "server"]
