"""factpull: who and what a news article names, its dates, and the treaties it cites.

    >>> import factpull
    >>> doc = factpull.extract("Russia ratified the convention in 1998.")
    >>> [(e.text, e.label) for e in doc.entities]
    [('Russia', 'GPE')]

Importing this package does not import spaCy; the pipeline loads on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from factpull.errors import ExitStatus, FactpullError, InputError, ModelNotFound, UsageError
from factpull.records import (
    DateMention,
    Document,
    Entity,
    Fact,
    FactDate,
    FactObject,
    Party,
    Span,
    TreatyMention,
)

__version__ = "0.1.0"

__all__ = [
    "Article",
    "DateMention",
    "Document",
    "Entity",
    "ExitStatus",
    "Fact",
    "FactDate",
    "FactObject",
    "FactpullError",
    "InputError",
    "ModelNotFound",
    "Party",
    "Span",
    "TreatyMention",
    "UsageError",
    "__version__",
    "extract",
    "extract_many",
]

if TYPE_CHECKING:
    from factpull.api import extract, extract_many
    from factpull.reader import Article


def __getattr__(name: str) -> Any:
    # The API imports spaCy's machinery lazily, so `factpull --version` stays fast.
    if name in ("extract", "extract_many"):
        from factpull import api

        return getattr(api, name)
    if name == "Article":
        from factpull.reader import Article

        return Article
    raise AttributeError(f"module 'factpull' has no attribute {name!r}")
