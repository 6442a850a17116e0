"""A small error hierarchy. Every message says what went wrong, where, and what to do."""

from __future__ import annotations


class CrosscheckError(Exception):
    """Base class for errors crosscheck reports to its user (exit code 2 in the CLI)."""

    exit_code = 2


class InputError(CrosscheckError):
    """An input file or corpus cannot be used at all."""

    def __init__(self, path: str, reason: str, line: int | None = None, hint: str = "") -> None:
        self.path = path
        self.reason = reason
        self.line = line
        self.hint = hint
        where = f"{path}:{line}" if line is not None else path
        message = f"{where}: {reason}"
        if hint:
            message += f" ({hint})"
        super().__init__(message)


class NoReadableInput(CrosscheckError):
    """Every input was skipped: there is nothing to analyse."""


class ConfigError(CrosscheckError, ValueError):
    """A parameter has a value outside the ones it accepts."""


class ModelLoadError(CrosscheckError):
    """The embedding model could not be loaded."""


class StoreError(CrosscheckError):
    """A store cannot be opened or written: not a store, made by a newer crosscheck, or unreachable."""
