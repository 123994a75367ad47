"""The library API: text in, :class:`~factpull.records.Document` out.

``extract`` handles one text; ``extract_many`` streams many through the pipeline in batches,
optionally over several worker processes (each loads the pipeline once), keeping input order.
``process`` is what the CLI uses: it also passes unreadable inputs through, in place, as
:class:`~factpull.errors.InputError` values, so that one bad input never stops the others.
"""

from __future__ import annotations

import datetime as dt
import os
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
from factpull.errors import ExitStatus, FactpullError, InputError
from factpull.reader import Article
from factpull.records import DateMention, Document, Entity, TreatyMention

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

#: Longest piece of text given to spaCy at once; longer texts are cut at paragraph breaks
#: (offsets stay exact). Keeps memory flat whatever the size of an input.
CHUNK_CHARS = 100_000
BATCH_SIZE = 32
#: Smaller batches across worker processes keep the last ones from waiting on one busy worker.
PARALLEL_BATCH_SIZE = 8


@dataclass(frozen=True, slots=True)
class Options:
    """What to extract and how; the same for every document of a run."""

    model: str | None = None
    reference_date: dt.date | None = None
    labels: frozenset[str] | None = None
    emit_text: bool = False


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
    """``0`` means every core."""
    return jobs if jobs > 0 else (os.cpu_count() or 1)


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
    # as they are at the front of the queue.
    pipeline.load(options.model)  # fail fast on a missing model, before forking
    pending: deque[Future] = deque()
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_quiet_interrupts)
    try:
        for batch in _batches(items, batch_size):
            pending.append(pool.submit(_worker, batch, options))
            while pending and (len(pending) >= 2 * jobs or pending[0].done()):
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    except BrokenProcessPool:
        raise KeyboardInterrupt from None  # the workers were interrupted
    finally:
        pool.shutdown(wait=not pending, cancel_futures=True)


def _quiet_interrupts() -> None:
    # Ctrl-C reaches every process of the group: a worker ends at once, without a
    # traceback, and the parent reports the interruption.
    signal.signal(signal.SIGINT, lambda *_: os._exit(ExitStatus.INTERRUPTED))


def _worker(batch: list[Article | InputError], options: Options) -> list[Document | InputError]:
    return list(_process_batch(pipeline.load(options.model), batch, options))


def _process_batch(
    nlp: Language, batch: list[Article | InputError], options: Options
) -> Iterator[Document | InputError]:
    """Run the pipeline over the chunks of a batch of articles; assemble their documents.

    Should spaCy fail on the batch, each article is run on its own, so that only the one
    that fails is lost.
    """
    articles = [(index, item) for index, item in enumerate(batch) if isinstance(item, Article)]
    failure = "spaCy could not process it"
    try:
        docs = _parse(nlp, articles)
    except Exception as exc:
        failure = f"spaCy failed: {type(exc).__name__}: {exc}"
        if len(articles) < 2:
            docs = {}
        else:
            results = {index: next(_process_batch(nlp, [item], options))
                       for index, item in articles}
            yield from (results.get(index, item) for index, item in enumerate(batch))
            return
    model = pipeline.describe(nlp)
    for index, item in enumerate(batch):
        if isinstance(item, InputError):
            yield item
            continue
        if index not in docs and item.text:
            yield InputError(item.source, f"failed: {failure}")
            continue
        try:
            yield _document(item, docs.get(index, []), model, options)
        except Exception as exc:  # one bad document must not stop the run
            yield InputError(item.source, f"failed: {type(exc).__name__}: {exc}")


def _parse(nlp: Language, articles: list[tuple[int, Article]]) -> dict[int, list[tuple[int, Doc]]]:
    """Each article's pieces as spaCy docs, with their offsets, by the article's batch index."""
    chunks = [
        (chunk, (index, offset))
        for index, article in articles
        for offset, chunk in split_text(article.text, CHUNK_CHARS)
    ]
    docs: dict[int, list[tuple[int, Doc]]] = {}
    for doc, (index, offset) in nlp.pipe(chunks, as_tuples=True):
        docs.setdefault(index, []).append((offset, doc))
    return docs


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


def _document(article: Article, docs: list[tuple[int, Doc]], model: str, options: Options):
    from factpull.extractors import dates, entities, facts, treaties

    reference, reference_source = _reference_date(article, options)
    found_entities: list[Entity] = []
    found_dates: list[DateMention] = []
    found_treaties: list[TreatyMention] = []
    for offset, doc in docs:
        layout = layout_mod.analyse(doc.text)
        if reference is None and offset == 0:
            found = dates.find_reference_date(doc.text, layout)
            if found is not None:
                reference, reference_source = found
        doc_treaties = list(treaties.extract(doc, layout=layout))
        doc_dates = list(dates.extract(doc, layout=layout, reference=reference))
        doc_entities = list(entities.extract(
            doc, layout=layout, exclude=[(t.start, t.end) for t in doc_treaties]
        ))
        found_treaties.extend(_shift(item, offset) for item in doc_treaties)
        found_dates.extend(_shift(item, offset) for item in doc_dates)
        found_entities.extend(_shift(item, offset) for item in doc_entities)
    canonical = entities.canonicalise(found_entities)
    found_facts = facts.extract(article.text, canonical, found_dates, found_treaties)
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


def _shift(item, offset: int):
    if not offset:
        return item
    changes = {"start": item.start + offset, "end": item.end + offset}
    anchor = getattr(item, "anchor", None)
    if anchor and ":" in anchor:
        start, end = (int(part) + offset for part in anchor.split(":"))
        changes["anchor"] = f"{start}:{end}"
    return replace(item, **changes)
