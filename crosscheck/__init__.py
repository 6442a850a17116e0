"""crosscheck: find where news outlets agree and disagree about the numbers.

The public API is imported lazily, so that ``import crosscheck`` (and ``crosscheck --help``) stay cheap::

    from crosscheck import Settings, run
    result = run(["articles/"], settings=Settings(embedder="fake"))
    result.context.clusters
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
    "run": "crosscheck.pipeline",
    "analyse": "crosscheck.pipeline",
    "load": "crosscheck.pipeline",
    "extract_corpus": "crosscheck.pipeline",
    "extract_claims": "crosscheck.extract",
    "Settings": "crosscheck.config",
    "Source": "crosscheck.model",
    "Claim": "crosscheck.model",
    "Cluster": "crosscheck.model",
    "Finding": "crosscheck.model",
    "Corpus": "crosscheck.model",
    "CrosscheckError": "crosscheck.errors",
}
__all__ = [
    "Claim",
    "Cluster",
    "Corpus",
    "CrosscheckError",
    "Finding",
    "Settings",
    "Source",
    "analyse",
    "extract_claims",
    "extract_corpus",
    "load",
    "run",
]

if TYPE_CHECKING:
    from crosscheck.config import Settings
    from crosscheck.errors import CrosscheckError
    from crosscheck.extract import extract_claims
    from crosscheck.model import Claim, Cluster, Corpus, Finding, Source
    from crosscheck.pipeline import analyse, extract_corpus, load, run


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'crosscheck' has no attribute {name!r}")
