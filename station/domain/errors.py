"""Errors that carry a code and parameters, never user-facing text.

The UI maps ``code`` to a translated message (see ``station.ui.messages``); the parameters fill its
placeholders. Keeping text out of the domain lets the same error reach the hub, a log or a test unchanged.
"""

from __future__ import annotations


class DomainError(Exception):
    """A rule was broken. ``code`` is a stable dotted identifier such as ``person.name_empty``."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code, params)
        self.code = code
        self.params = params

    def __str__(self) -> str:  # for logs and test failures only
        if not self.params:
            return self.code
        args = ", ".join(f"{k}={v!r}" for k, v in sorted(self.params.items()))
        return f"{self.code} ({args})"


class NotFound(DomainError):
    """The record asked for does not exist."""


class PermissionDenied(DomainError):
    """The logged-in operator's role does not allow this action."""


class Conflict(DomainError):
    """The action clashes with the current state (a duplicate, a record already handed over...)."""
