"""The one YAML loader for everything pubnorm reads (front matter, .pubnorm.yaml, venue files): safe tags
only, alias bombs refused by their expanded size, dates and huge integers kept as text, files read only when
they are regular files, and every problem reported with its path and line."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

from .files import FileReadError, read_regular

MAX_EXPANDED_NODES = 1_000_000
MAX_YAML_BYTES = 64 * 1024 * 1024  # venues.yaml with every journal is a few MB
MAX_INT_DIGITS = 4000  # Python refuses to convert longer ones (sys.get_int_max_str_digits)


class YAMLLoadError(Exception):
    """A YAML text or file that cannot be used: a short message (never the document); line 0 if unknown."""

    def __init__(self, path: str, line: int, message: str):
        self.path, self.line, self.message = path, line, message
        super().__init__(f"{path}:{line}: {message}" if line else f"{path}: {message}")


class AliasBombError(YAMLLoadError):
    """The document expands to over MAX_EXPANDED_NODES values through aliases."""


def load_yaml(text: str, path: str = "<yaml>", first_line: int = 1) -> Any:
    """The YAML document in text; YAMLLoadError (syntax, with its line) or AliasBombError."""
    import yaml

    data = _loaded(lambda: yaml.load(text, Loader=loader()), path, first_line)  # loader() is a SafeLoader
    _refuse_bomb(expanded_size(data), path, first_line)
    return data


def load_yaml_documents(text: str, path: str = "<yaml>") -> list[Any]:
    """Every YAML document in text, the empty ones left out (a site's data file may open or end with a `---`
    line, which starts a document: Jekyll reads the first one); errors as load_yaml's, the alias limit counted over
    all of them."""
    import yaml

    docs = _loaded(lambda: [d for d in yaml.load_all(text, Loader=loader()) if d is not None], path, 1)
    _refuse_bomb(sum(expanded_size(d) for d in docs), path, 1)
    return list(docs)


def _loaded(load: Callable[[], Any], path: str, first_line: int) -> Any:
    """What `load` returns; a YAML syntax error or nesting too deep as YAMLLoadError (with its line)."""
    import yaml

    try:
        return load()
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        problem = getattr(e, "problem", None) or str(e).splitlines()[0]
        raise YAMLLoadError(path, mark.line + first_line if mark else 0, f"invalid YAML: {problem}") from None
    except RecursionError:
        raise YAMLLoadError(path, 0, "invalid YAML: nested too deep") from None


def _refuse_bomb(size: int, path: str, line: int) -> None:
    if size > MAX_EXPANDED_NODES:
        raise AliasBombError(path, line, f"expands to over {MAX_EXPANDED_NODES:,} values through YAML "
                             "aliases (an alias bomb); not read")


def read_yaml_file(path: str | Path, limit: int = MAX_YAML_BYTES) -> tuple[str, Any]:
    """(text, document) of a YAML file: a regular file of valid UTF-8, else YAMLLoadError (path, line)."""
    name = str(path)
    try:
        data = read_regular(path, limit)
    except FileReadError as e:
        raise YAMLLoadError(name, 0, e.message) from None
    text = decode_utf8(name, data)
    return text, load_yaml(text, name)


def decode_utf8(name: str, data: bytes) -> str:
    """UTF-8 (a BOM allowed), or YAMLLoadError at the line of the first invalid byte."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        message = f"invalid UTF-8 (byte 0x{data[e.start]:02x}); save the file as UTF-8"
        raise YAMLLoadError(name, line, message) from None


def expanded_size(root: object) -> int:
    """How many values the document would have with every alias written out, counted without expanding:
    each shared node's size is computed once."""
    memo: dict[int, int] = {}
    stack: list[tuple[object, bool]] = [(root, False)]
    while stack:
        obj, done = stack.pop()
        if id(obj) in memo or not isinstance(obj, (dict, list)):
            continue
        children = list(obj.values()) if isinstance(obj, dict) else obj
        if done:
            memo[id(obj)] = min(1 + sum(memo.get(id(c), 1) for c in children), 10 * MAX_EXPANDED_NODES)
        else:
            stack.append((obj, True))
            stack.extend((c, False) for c in children if isinstance(c, (dict, list)) and id(c) not in memo)
    return memo.get(id(root), 1)


@lru_cache(maxsize=1)
def loader() -> type:
    """The SafeLoader (libyaml's when PyYAML has it: same results, ~5x faster) pubnorm reads YAML with."""
    import yaml

    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class Loader(base):  # type: ignore[valid-type,misc]
        """SafeLoader that keeps dates as text (we only want the year, and bad dates must not raise) and
        integers too long for int() as text."""

    def _int(loader: Any, node: Any) -> Any:
        value = loader.construct_scalar(node)
        if sum(c.isdigit() for c in value) > MAX_INT_DIGITS:
            return value
        return yaml.SafeLoader.construct_yaml_int(loader, node)

    Loader.add_constructor("tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node))
    Loader.add_constructor("tag:yaml.org,2002:int", _int)
    return Loader
