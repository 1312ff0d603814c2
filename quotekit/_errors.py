"""Errors quotekit raises on purpose.

    QuotekitError
     ├── BackendUnavailable     a backend's package or models are missing (says how to fix it)
     └── ConfigError            a Config that cannot work (an unknown backend name, say)

Wrong argument types raise the built-in ``TypeError``; text never raises.
"""

from __future__ import annotations

__all__ = ["BackendUnavailable", "ConfigError", "QuotekitError"]


class QuotekitError(Exception):
    """Base of every error quotekit raises on purpose."""


class BackendUnavailable(QuotekitError):
    """A backend cannot run here; the message names what is missing and the fixing command."""


class ConfigError(QuotekitError, ValueError):
    """A configuration value quotekit cannot use."""
