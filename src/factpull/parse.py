"""Dependency parses of single sentences, on demand.

    parse_span(nlp: Language, span: Span) -> Doc

Parses one sentence (or any span) of a document that ``nlp`` (from
:func:`factpull.pipeline.load`) has already processed, and returns a new ``Doc`` of just that
span with ``head``/``dep`` set (token ``i`` is relative to the span; add ``span.start`` for the
document's token index, ``span.start_char`` for character offsets). The pipeline keeps the
parser loaded but disabled, so whole documents are never parsed: only the sentences a caller
asks for. In the small English pipeline the parser listens to the shared ``tok2vec``, whose
output the sliced doc carries over in ``doc.tensor``; when it is missing (a blank tensor) the
tok2vec is run on the span first. Raises ``KeyError`` if the pipeline has no parser.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span


def has_parser(nlp: Language) -> bool:
    """Whether ``nlp`` holds a parser (enabled or not)."""
    return "parser" in nlp.component_names


def parse_span(nlp: Language, span: Span) -> Doc:
    """A parsed copy of ``span`` (see the module docstring)."""
    doc = span.as_doc()
    stale = doc.tensor is None or doc.tensor.size == 0 or doc.tensor.shape[0] != len(doc)
    if stale and "tok2vec" in nlp.component_names:
        doc = nlp.get_pipe("tok2vec")(doc)
    return nlp.get_pipe("parser")(doc)
