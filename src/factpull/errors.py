"""factpull's exceptions and exit statuses.

The library raises these; only the CLI turns them into exit statuses (``cli.py``), in one place.
"""

from __future__ import annotations

from enum import IntEnum


class ExitStatus(IntEnum):
    OK = 0
    ERROR = 1  # at least one input failed; the others were processed
    USAGE = 2  # bad options, or no pipeline to run
    INTERRUPTED = 130  # Ctrl-C


class FactpullError(Exception):
    """Base class: a problem factpull can explain in one line."""

    exit_status = ExitStatus.ERROR

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class UsageError(FactpullError):
    """Bad options or arguments."""

    exit_status = ExitStatus.USAGE


class ModelNotFound(UsageError):
    """The spaCy pipeline asked for is not installed."""

    def __init__(self, model: str) -> None:
        super().__init__(
            f"spaCy pipeline {model!r} is not installed: install it with pip "
            f"(e.g. `pip install {model}`), or pass --model with the name or path "
            "of an installed one"
        )
        self.model = model

    def __reduce__(self):  # picklable, to cross process boundaries with -j
        return type(self), (self.model,)


class OutputError(FactpullError):
    """The results cannot be written (disk full, standard output closed)."""


class InputError(FactpullError):
    """One input could not be read or processed; the others go on."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason

    def __reduce__(self):  # picklable, to cross process boundaries with -j
        return type(self), (self.source, self.reason)
