"""crosscheck: find where news outlets agree and disagree about the numbers.

The public API is imported lazily so that ``import crosscheck`` stays cheap.
"""

from __future__ import annotations

__version__ = "0.1.0"
