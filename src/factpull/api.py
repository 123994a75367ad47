"""The library API: text in, :class:`~factpull.records.Document` out.

``extract`` handles one text; ``extract_many`` streams many through the pipeline in batches,
optionally over several worker processes (each loads the pipeline once), keeping input order.
``process`` is what the CLI uses: it also passes unreadable inputs through, in place, as
:class:`~factpull.errors.InputError` values, so that one bad input never stops the others.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import signal
from collections import deque
from collections.abc import Collection, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from itertools import islice
from typing import TYPE_CHECKING

from factpull import layout as layout_mod
from factpull import pipeline
from factpull.errors import FactpullError, InputError
from factpull.parse import doc_text
from factpull.reader import Article
from factpull.records import DateMention, Document, Entity, Offsets, TreatyMention

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

#: Longest piece of text given to spaCy at once; longer texts are cut at paragraph breaks
#: (offsets stay exact) and the pieces processed and extracted one at a time.
CHUNK_CHARS = 20_000
#: Most characters spaCy holds at once, over the pieces of one or several articles: its
#: memory grows with the text of a batch (about 2.5 KB a character), not with a whole input.
PIPE_CHARS = 40_000
BATCH_SIZE = 32
#: More worker processes than this is a usage error (fewer are capped at the cores).
MAX_JOBS = 1024
#: Smaller batches across worker processes keep the last ones from waiting on one busy worker.
PARALLEL_BATCH_SIZE = 8
#: Runs of this many punctuation or symbol characters are masked before tokenising.
MASK_RUN_CHARS = 50
#: A word (no space) longer than this is never a fact: masked before tokenising.
MAX_TOKEN_CHARS = 1_000
#: No entity, date or treaty mention is longer than this.
MAX_ITEM_CHARS = 200
_MASKED = re.compile(
    rf"(?:[^\w\s]|_){{{MASK_RUN_CHARS},}}|(?<!\S)\S{{{MAX_TOKEN_CHARS + 1},}}"
)


@dataclass(frozen=True, slots=True)
class Options:
    """What to extract and how; the same for every document of a run."""

    model: str | None = None
    reference_date: dt.date | None = None
    labels: frozenset[str] | None = None
    emit_text: bool = False


def preload(model: str | None = None) -> None:
    """Load the pipeline now: a missing or broken model raises before any input is read.

    Raises :class:`~factpull.errors.ModelNotFound` or :class:`~factpull.errors.UsageError`.
    """
    pipeline.load(model)


def extract(
    text: str,
    *,
    source: str = "-",
    model: str | None = None,
    reference_date: dt.date | None = None,
    labels: Collection[str] | None = None,
) -> Document:
    """Extract entities, dates and treaties from one text."""
    options = _options(model, reference_date, labels)
    (result,) = process([Article(source, text)], options)
    if isinstance(result, FactpullError):
        raise result
    return result


def extract_many(
    texts: Iterable[str | Article],
    *,
    model: str | None = None,
    reference_date: dt.date | None = None,
    labels: Collection[str] | None = None,
    jobs: int = 1,
    batch_size: int = BATCH_SIZE,
) -> Iterator[Document]:
    """Extract from many texts, yielding documents in input order as they finish.

    Plain strings get sources ``"0"``, ``"1"``, ...; pass :class:`~factpull.reader.Article`
    objects to set sources and per-document reference dates. Raises :class:`InputError` for
    a document that fails (use :func:`process` to carry on past it).
    """
    articles = (
        item if isinstance(item, Article) else Article(str(index), item)
        for index, item in enumerate(texts)
    )
    options = _options(model, reference_date, labels)
    for result in process(articles, options, jobs=jobs, batch_size=batch_size):
        if isinstance(result, FactpullError):
            raise result
        yield result


def process(
    items: Iterable[Article | InputError],
    options: Options = Options(),
    *,
    jobs: int = 1,
    batch_size: int = BATCH_SIZE,
) -> Iterator[Document | InputError]:
    """Documents for ``items`` in order; errors (given or raised per document) pass through."""
    jobs = resolve_jobs(jobs)
    if jobs == 1:
        nlp = pipeline.load(options.model)
        for batch in _batches(items, batch_size):
            yield from _process_batch(nlp, batch, options)
        return
    yield from _process_parallel(items, options, jobs, min(batch_size, PARALLEL_BATCH_SIZE))


def resolve_jobs(jobs: int) -> int:
    """``0`` means every core; more workers than cores are never started."""
    cores = os.cpu_count() or 1
    return min(jobs, cores) if jobs > 0 else cores


# -- batches and worker processes ---------------------------------------------------------------


def _options(model, reference_date, labels) -> Options:
    return Options(model, reference_date, frozenset(labels) if labels else None)


def _batches(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def _process_parallel(items, options: Options, jobs: int, batch_size: int):
    # Up to two batches a worker in flight: enough to keep every core busy, little enough to
    # keep memory flat however many inputs there are. Finished batches are yielded as soon
    # as they are at the front of the queue. Should a worker be killed from outside (the OOM
    # killer), the documents in flight are reported lost and the rest go on in a new pool;
    # Ctrl-C reaches the parent itself, as KeyboardInterrupt.
    pipeline.load(options.model)  # fail fast on a missing model, before forking
    items = iter(items)
    pending: deque[tuple[Future, list]] = deque()
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_worker_setup,
                               initargs=(os.getpid(),))
    broken = False
    try:
        for batch in _batches(items, batch_size):
            pending.append((pool.submit(_worker, batch, options), batch))
            while pending and (len(pending) >= 2 * jobs or pending[0][0].done()):
                yield from pending[0][0].result()
                pending.popleft()
        while pending:
            yield from pending[0][0].result()
            pending.popleft()
    except BrokenProcessPool:
        broken = True
    finally:
        pool.shutdown(wait=not pending, cancel_futures=True)
    if broken:
        for _, batch in pending:
            yield from (_lost(item) for item in batch)
        yield from _process_parallel(items, options, jobs, batch_size)


def _lost(item: Article | InputError) -> InputError:
    if isinstance(item, InputError):
        return item
    return InputError(item.source, "lost: its worker process was killed (out of memory?)")


def _worker_setup(parent: int) -> None:
    """A worker dies with its parent, however the parent ends (SIGTERM, SIGHUP, SIGKILL)."""
    _quiet_interrupts()
    _die_with_parent(parent)


def _die_with_parent(parent: int) -> None:
    # Linux: the kernel sends SIGKILL when the parent ends. Elsewhere (and as a safety net,
    # should the parent have died before prctl), a watchdog thread polls the parent's pid.
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:
        _end_now()
    import threading
    import time

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1)
        _end_now()

    threading.Thread(target=watch, daemon=True, name="factpull-watchdog").start()


def _end_now() -> None:
    """End this worker as the kernel ends it when its parent dies on Linux (SIGKILL)."""
    os.kill(os.getpid(), signal.SIGKILL)


def _quiet_interrupts() -> None:
    # Ctrl-C reaches every process of the group: a worker ends at once by the default
    # action of SIGINT (no KeyboardInterrupt, no traceback); the parent gets the
    # KeyboardInterrupt, and the CLI reports the interruption with its exit status.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _worker(batch: list[Article | InputError], options: Options) -> list[Document | InputError]:
    return list(_process_batch(pipeline.load(options.model), batch, options))


def _process_batch(
    nlp: Language, batch: list[Article | InputError], options: Options
) -> Iterator[Document | InputError]:
    """Run the pipeline over the pieces of a batch of articles; assemble their documents.

    Pieces stream through spaCy and are extracted one at a time: only the small records are
    kept, so memory does not grow with the size of a text. Should spaCy fail, each article
    not yet done is run on its own, so that only the one that fails is lost.
    """
    model = pipeline.describe(nlp)
    articles = [(index, item) for index, item in enumerate(batch) if isinstance(item, Article)]
    stream = _Pieces(_parse(nlp, articles))
    for position, item in enumerate(batch):
        if isinstance(item, InputError):
            yield item
            continue
        try:
            try:
                result: Document | InputError = _document(
                    nlp, item, stream.of(position), model, options
                )
            except _SpacyFailure:
                raise
            except Exception as exc:  # one bad document must not stop the run
                result = InputError(item.source, f"failed: {type(exc).__name__}: {exc}")
            stream.skip(position)
        except _SpacyFailure as failure:
            if len(articles) < 2:
                yield InputError(item.source, f"failed: spaCy failed: {failure}")
                yield from batch[position + 1:]
            else:
                for entry in batch[position:]:
                    yield from _process_batch(nlp, [entry], options)
            return
        yield result


class _SpacyFailure(Exception):
    """spaCy raised while processing a batch (its message is ``Type: message``)."""


class _Pieces:
    """``(index, offset, doc)`` from spaCy, handed out one article at a time."""

    def __init__(self, stream: Iterator[tuple[int, int, Doc]]):
        self._stream = stream
        self._head: tuple[int, int, Doc] | None = None

    def _peek(self) -> tuple[int, int, Doc] | None:
        if self._head is None:
            try:
                self._head = next(self._stream, None)
            except Exception as exc:
                raise _SpacyFailure(f"{type(exc).__name__}: {exc}") from exc
        return self._head

    def of(self, index: int) -> Iterator[tuple[int, Doc]]:
        while (head := self._peek()) is not None and head[0] == index:
            self._head = None
            yield head[1], head[2]

    def skip(self, index: int) -> None:
        for _ in self.of(index):
            pass


def _parse(nlp: Language, articles: list[tuple[int, Article]]) -> Iterator[tuple[int, int, Doc]]:
    """Each article's pieces as spaCy docs, in order: ``(batch index, offset, doc)``.

    spaCy gets the masked text (see :func:`mask`), whose offsets are those of the input.
    """
    group: list[tuple[str, tuple[int, int]]] = []
    size = 0
    for index, article in articles:
        for offset, chunk in split_text(mask(article.text), CHUNK_CHARS):
            if group and size + len(chunk) > PIPE_CHARS:
                yield from _pipe(nlp, group)
                group, size = [], 0
            group.append((chunk, (index, offset)))
            size += len(chunk)
    yield from _pipe(nlp, group)


def _pipe(nlp: Language, group: list[tuple[str, tuple[int, int]]]):
    if group:
        for doc, (index, offset) in nlp.pipe(group, as_tuples=True, batch_size=len(group)):
            yield index, offset, doc


def mask(text: str) -> str:
    """``text`` with what can hold no fact blanked out, character for character.

    A run of punctuation or symbols (``=====``, ``((((``) and a word longer than
    :data:`MAX_TOKEN_CHARS` become spaces of the same length: spaCy's tokenizer is
    quadratic in such runs, and offsets stay those of the input.
    """
    return _MASKED.sub(lambda match: " " * len(match.group()), text)


def split_text(text: str, limit: int = CHUNK_CHARS) -> Iterator[tuple[int, str]]:
    """``(offset, piece)`` pairs covering ``text``, cut after paragraph, line or word breaks."""
    start = 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = limit
        for breaks in (("\r\n\r\n", "\n\n"), ("\r\n", "\n", "\r"), (" ", "\t")):
            ends = [window.rfind(sep) + len(sep) for sep in breaks if window.rfind(sep) > 0]
            if ends:
                cut = max(ends)
                break
        yield start, text[start:start + cut]
        start += cut
    yield start, text[start:]


# -- one document -------------------------------------------------------------------------------


def _document(nlp: Language, article: Article, docs: Iterable[tuple[int, Doc]], model: str,
              options: Options):
    from factpull.extractors import dates, entities, events, facts, treaties

    reference, reference_source = _reference_date(article, options)
    found_entities: list[Entity] = []
    found_dates: list[DateMention] = []
    found_treaties: list[TreatyMention] = []
    found_facts: list = []
    terms = entities.defined_terms(article.text)
    english = pipeline.english_words(nlp)
    for offset, doc in docs:
        text = doc_text(doc)
        layout = layout_mod.analyse(text)
        if reference is None and offset == 0:
            found = dates.find_reference_date(text, layout)
            if found is not None:
                reference, reference_source = found
        doc_treaties = list(treaties.extract(doc, layout=layout))
        doc_dates = events.attach(
            nlp, doc, list(dates.extract(doc, layout=layout, reference=reference)), layout=layout
        )
        doc_entities = list(entities.extract(
            doc, layout=layout, exclude=[treaties.name_extent(t) for t in doc_treaties],
            dates=[(d.start, d.end) for d in doc_dates], terms=terms, english=english,
        ))
        for found, items in ((found_treaties, doc_treaties), (found_dates, doc_dates),
                             (found_entities, doc_entities)):
            found.extend(_shift(item, offset) for item in items
                         if _sane(item, article.text, offset))
        found_facts.extend(facts.shift(fact, offset) for fact in facts.extract(
            nlp, doc, entities=doc_entities, dates=doc_dates, treaties=doc_treaties,
            layout=layout) if _sane(fact, article.text, offset))
    canonical = entities.canonicalise(found_entities, article.text, english=english)
    found_facts = facts.rename(found_facts, found_entities, canonical)
    if options.labels is not None:
        canonical = [entity for entity in canonical if entity.label in options.labels]
    return Document(
        source=article.source,
        model=model,
        entities=tuple(canonical),
        dates=tuple(found_dates),
        treaties=tuple(found_treaties),
        facts=tuple(found_facts),
        reference_date=reference.isoformat() if reference else None,
        reference_date_source=reference_source,
        text=article.text if options.emit_text else None,
    )


def _reference_date(article: Article, options: Options) -> tuple[dt.date | None, str | None]:
    if options.reference_date is not None:
        return options.reference_date, "option"
    if article.reference_date is not None:
        return article.reference_date, "input"
    return None, None


def _sane(item, text: str, offset: int) -> bool:
    """Short enough to be a fact, and exactly the input's text at its offsets."""
    return (item.end - item.start <= MAX_ITEM_CHARS
            and text[item.start + offset:item.end + offset] == item.text)


def _shift(item, offset: int):
    if not offset:
        return item
    changes = {"start": item.start + offset, "end": item.end + offset}
    for key in ("event", "who"):
        span = getattr(item, key, None)
        if span is not None:
            changes[key] = replace(span, start=span.start + offset, end=span.end + offset)
    anchor = getattr(item, "anchor", None)
    if isinstance(anchor, Offsets):
        changes["anchor"] = Offsets(anchor.start + offset, anchor.end + offset)
    return replace(item, **changes)
