"""Sentences, and dependency parses of single sentences on demand.

    sentences(text) -> Iterator[(start, end)]
    sentence_at(text, start, end) -> (start, end)
    parse_span(nlp: Language, span: Span) -> Doc
    parse_spans(nlp: Language, spans: list[Span]) -> None
    doc_text(doc: Doc) -> str
    entity_bounds(doc: Doc) -> tuple[(start, end, label), ...]
    doc_ents(doc: Doc) -> tuple[Span, ...]

One sentence splitter for every extractor that works sentence by sentence: a sentence ends
at a line break, or at ``.``/``!``/``?`` (and closing quotes or brackets) before whitespace
and a capital or an opening quote, unless the stop belongs to an abbreviation
(:data:`factpull.vocab.ABBREVIATIONS`) or an initial ("George W. Bush"). Both functions are
linear in the text: :func:`sentence_at` looks at most :data:`MAX_SENTENCE_CHARS` either side.

:func:`parse_span` parses one sentence (or any span) of a document that ``nlp`` (from
:func:`factpull.pipeline.load`) has already processed, and returns a new ``Doc`` of just that
span with ``head``/``dep`` set (token ``i`` is relative to the span; add ``span.start`` for the
document's token index, ``span.start_char`` for character offsets). The pipeline keeps the
parser loaded but disabled, so whole documents are never parsed: only the sentences a caller
asks for, each once per document (the parse is kept in the document's ``user_data``, so the
timeline and the facts share it; treat it as read-only). In the small English pipeline the
parser listens to the shared ``tok2vec``, whose output the sliced doc carries over in
``doc.tensor``; when it is missing (a blank tensor) the tok2vec is run on the span first.
Raises ``KeyError`` if the pipeline has no parser.

:func:`doc_text` and :func:`entity_bounds` are found once per document and kept in its
``user_data`` as plain values: the extractors ask for them many times, and a span kept there
would make a reference cycle through the document.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from factpull.vocab import ABBREVIATIONS

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

#: The longest stretch :func:`sentence_at` searches for a sentence's ends, either side.
MAX_SENTENCE_CHARS = 2000
#: Where a sentence may end: line breaks, or the space after a stop or a closing quote or
#: bracket, before a capital (:func:`_ends_sentence` decides).
_BREAK = re.compile(r"[\r\n]+|(?<=[.!?\"'”’)\]])[^\S\r\n]+(?=[\"'“‘(\[]?[A-Z])")
_CLOSERS = frozenset("\"'”’)]")
#: The word a full stop ends, looked at to tell an abbreviation or initial from a sentence end.
_WORD_BEFORE_STOP = re.compile(r"(?:^|(?<=[\s(\"'“‘]))([\w.]+)\.$")
_PARSES = "factpull.parses"


def _ends_sentence(text: str, match: re.Match[str]) -> bool:
    if match.group()[0] in "\r\n":
        return True
    stop = match.start()
    while stop > 0 and text[stop - 1] in _CLOSERS:
        stop -= 1
    if stop == 0 or text[stop - 1] not in ".!?":
        return False  # 'he said" Then', '(in Kenya) But'
    if text[stop - 1] != ".":
        return True
    word = _WORD_BEFORE_STOP.search(text, max(0, stop - 12), stop)
    if word is None:
        return True
    word = word.group(1)
    is_initial = len(word) == 1 and word.isupper()
    return not (is_initial or word.lower() in ABBREVIATIONS)


def _breaks(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    for match in _BREAK.finditer(text, start, end):
        if _ends_sentence(text, match):
            yield match


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence or line of ``text``, stripped of surrounding space."""
    start = 0
    for match in _breaks(text, 0, len(text)):
        bounds = _strip(text, start, match.start())
        if bounds[0] < bounds[1]:
            yield bounds
        start = match.end()
    bounds = _strip(text, start, len(text))
    if bounds[0] < bounds[1]:
        yield bounds


def sentence_at(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``text[start:end]`` (the same one :func:`sentences` gives, when it
    is shorter than :data:`MAX_SENTENCE_CHARS` either side of the span)."""
    low = max(0, start - MAX_SENTENCE_CHARS)
    sent_start = low
    for match in _breaks(text, low, min(len(text), start + 2)):  # the lookahead sees 2
        if match.end() <= start:
            sent_start = match.end()
    high = min(len(text), end + MAX_SENTENCE_CHARS)
    found = next(_breaks(text, end, high), None)
    sent_end = found.start() if found else high
    stripped = _strip(text, sent_start, sent_end)
    return stripped if stripped[0] < stripped[1] else (sent_start, sent_end)


_TEXT = "factpull.parse.text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per document and kept in its ``user_data`` (spaCy joins every
    token's text anew on each access: once per item would make extraction quadratic)."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


_ENTS = "factpull.parse.ents"


def entity_bounds(doc: Doc) -> tuple[tuple[int, int, str], ...]:
    """``(start, end, label)`` of each of ``doc.ents``, found once per document (spaCy reads
    every token's entity tag on each access) and kept in its ``user_data``: plain values, for
    spans there would make a reference cycle through the document, which holds its memory
    until a full garbage collection. Read-only: the pipeline has set the entities before any
    extractor runs."""
    bounds = doc.user_data.get(_ENTS)
    if bounds is None:
        bounds = doc.user_data[_ENTS] = tuple((e.start, e.end, e.label_) for e in doc.ents)
    return bounds


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents`` from :func:`entity_bounds` (new spans on each call: a caller that only
    needs where the entities are and their labels reads :func:`entity_bounds`)."""
    from spacy.tokens import Span

    return tuple(Span(doc, start, end, label=label) for start, end, label in entity_bounds(doc))


def overlapping(doc: Doc, start: int, end: int) -> Span | None:
    """The tokens of ``doc`` that overlap the characters ``start:end`` (clamped to its
    text); None when there are none."""
    if not len(doc):
        return None
    last = doc[-1]
    start, end = max(start, 0), min(end, last.idx + len(last))
    span = doc.char_span(start, end, alignment_mode="expand") if start < end else None
    return span if span is not None and len(span) else None


def has_parser(nlp: Language) -> bool:
    """Whether ``nlp`` holds a parser (enabled or not)."""
    return "parser" in nlp.component_names


def parse_span(nlp: Language, span: Span) -> Doc:
    """A parsed copy of ``span``, parsed once per document (see the module docstring)."""
    parse_spans(nlp, [span])
    return span.doc.user_data[_PARSES][span.start, span.end]


def parse_spans(nlp: Language, spans: list[Span]) -> None:
    """Parse those of ``spans`` (all of one document) not parsed yet, in one batch: a caller
    that knows the sentences it will ask :func:`parse_span` for parses them at once, which
    costs the parser much less than one call per sentence."""
    if not spans:
        return
    parses: dict[tuple[int, int], Doc] = spans[0].doc.user_data.setdefault(_PARSES, {})
    todo = list({(span.start, span.end): span for span in spans
                 if (span.start, span.end) not in parses}.values())
    if not todo:
        return
    docs = []
    for span in todo:
        doc = _parser_input(span)
        stale = doc.tensor is None or doc.tensor.size == 0 or doc.tensor.shape[0] != len(doc)
        if stale and "tok2vec" in nlp.component_names:
            doc = nlp.get_pipe("tok2vec")(doc)
        docs.append(doc)
    for span, parsed in zip(todo, nlp.get_pipe("parser").pipe(docs)):
        parses[span.start, span.end] = parsed


_TOKENS = "factpull.parse.tokens"


def _parser_input(span: Span) -> Doc:
    """A new ``Doc`` of ``span``'s words, spaces, fine-grained tags, sentence starts (if set)
    and ``tok2vec`` output: what the parser reads and the parse's readers use.
    ``Span.as_doc`` would copy the same, but it also converts the whole document to an array
    and walks all its entities for every span, which made parsing a long document's
    sentences quadratic."""
    from spacy.attrs import IDX, LENGTH, SENT_START, SPACY, TAG
    from spacy.tokens import Doc

    doc = span.doc
    table = doc.user_data.get(_TOKENS)
    if table is None:  # once per document: start, length, space, tag, sentence start
        table = doc.user_data[_TOKENS] = doc.to_array([IDX, LENGTH, SPACY, TAG, SENT_START])
    rows = table[span.start:span.end]
    text = doc_text(doc)
    new = Doc(doc.vocab, words=[text[start:start + length] for start, length in rows[:, :2]],
              spaces=rows[:, 2].astype(bool).tolist())
    if doc.has_annotation("TAG"):
        new.from_array([TAG], rows[:, 3:4])
    if doc.has_annotation("SENT_START"):  # a pipeline's sentencizer: the parser keeps them
        new.from_array([SENT_START], rows[:, 4:5])
    if doc.tensor is not None and doc.tensor.size:
        new.tensor = doc.tensor[span.start:span.end]
    return new
