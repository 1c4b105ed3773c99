"""Regular expressions compiled when first used rather than at import.

Compiling pubnorm's module-level patterns was about a tenth of `pubnorm check FILE` (README: start-up), and most
of them serve inputs a given run does not have: a BibTeX file, an editor list in a venue string, a news item.
A module keeps `re.compile` for a pattern every page read uses, and writes `lazy_compile` for the others.
"""

from __future__ import annotations

import re
from typing import Any, cast

# what a compiled pattern offers; all of it is copied onto the stand-in when it compiles
_ATTRS = ("match", "search", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner",
          "flags", "groups", "groupindex")


class LazyPattern:
    """Stands for `re.compile(pattern, flags)` until first used: then it compiles, and its attributes are the
    compiled pattern's own bound methods and values (no indirection on later calls). `.pattern` needs no
    compiling, so a pattern can still be written into another one."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str) -> Any:  # only called for what the instance does not have yet
        if name.startswith("__"):  # copy, pickle and friends probe for dunders: not a reason to compile
            raise AttributeError(name)
        compiled = re.compile(self.pattern, self._flags)
        vars(self).update((a, getattr(compiled, a)) for a in _ATTRS)
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r}, {self._flags!r})"


def lazy_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern that compiles on first use; it behaves as `re.compile(pattern, flags)` for every method call."""
    return cast("re.Pattern[str]", LazyPattern(pattern, flags))
