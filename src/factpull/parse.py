"""Parse one sentence at a time: the dependency parser runs only where an extractor needs it."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span


def parse_span(nlp: Language, span: Span) -> Doc:
    """``span`` as a Doc of its own, dependency-parsed with ``nlp``'s (disabled) parser.

    The tagger's context vectors (``doc.tensor``) come along with ``span.as_doc()``, so the
    parser, which listens to them, sees the sentence as it was read in its document.
    """
    return nlp.get_pipe("parser")(span.as_doc())
