"""Errors the domain raises: each carries a message code so it can be told in the user's language."""

from __future__ import annotations

from jilu_desktop.domain.messages import DEFAULT_LANG, Lang, render


class DomainError(Exception):
    """A rule said no. Nothing was saved."""

    def __init__(self, code: str, field: str = "", **params: object) -> None:
        self.code = code
        self.field = field
        self.params = params
        super().__init__(self.message(DEFAULT_LANG))

    def message(self, lang: Lang) -> str:
        return render(self.code, lang, self.field, **self.params)


class ValidationError(DomainError):
    """Input that breaks a rule; `field` names the field to show the message beside."""


class NotFoundError(DomainError):
    """An id that names nothing."""


class ConflictError(DomainError):
    """A change that would break the records, such as orphaning activities."""
