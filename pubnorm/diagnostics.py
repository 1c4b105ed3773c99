"""Diagnostics: the one code registry, the one line format, the one writer (text / json / github), and the one
error base class.

Every problem pubnorm reports has a stable code. Content problems (an unknown venue, a wrong rank claim, an
unreadable entry) are `Diagnostic` values; problems that stop a command (a usage, configuration or I/O error)
are `PubnormError` exceptions, which the command line catches in one place and turns into exit code 2.
Both print in one format:

    path:line:col: severity: message [CODE]

(`path:line:` or `path:` when there is no column or line; `severity: message [CODE]` when there is no file).
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Iterable, Sequence
from typing import Any

from .model import Diagnostic, Severity

SCHEMA_VERSION = 1  # of every JSON document pubnorm writes; raised only when a field changes meaning or goes away

# code -> (severity, short title). Codes are stable: a retired code is never reused.
CODES: dict[str, tuple[Severity, str]] = {
    # E1xx / W1xx, W2xx: reading the inputs (export, extract, dedupe and check report them alike)
    "E100": ("error", "no such file or directory"),
    "E101": ("error", "file cannot be read"),
    "E102": ("error", "invalid UTF-8"),
    "E103": ("warning", "NUL characters removed"),
    "E104": ("warning", "overlong line cut"),
    "E105": ("error", "nesting too deep to read"),
    "E110": ("error", "front matter never closed"),
    "E111": ("error", "front matter too large"),
    "E112": ("error", "front matter expands too far (YAML aliases)"),
    "E113": ("error", "invalid YAML front matter"),
    "E114": ("warning", "front matter is not a mapping"),
    "E120": ("error", "publication page without a title"),
    "E130": ("error", "BibTeX entry not parsed"),
    "E140": ("error", "CSV without a title or author column"),
    "E141": ("error", "CSV not read past this line"),
    "E142": ("error", "RIS not read"),
    "E150": ("error", "overrides file cannot be used"),
    "E160": ("error", "output not written: nothing was read"),
    "E199": ("error", "internal error while reading"),
    "W101": ("warning", "directory visited twice (symlink loop)"),
    "W131": ("warning", "BibTeX field given twice"),
    "W201": ("warning", "empty file"),
    # W3xx: writing, and what a site or a person's overrides changed
    "W301": ("warning", "record without a title written with a note"),
    "W302": ("warning", "record without a title left out"),
    "W303": ("warning", "characters without an ASCII spelling kept"),
    "W310": ("warning", "template sample papers skipped"),
    "W320": ("warning", "override reference names no record"),
    "W321": ("warning", "override used"),
    # I2xx: parts of a file left out (notes: they change no exit code)
    "I210": ("info", "sections not read as papers"),
    # I3xx: files of a site left out (notes: they change no exit code)
    "I300": ("info", "files skipped as no publication source"),
    "I301": ("info", "not a publication source"),
    "I302": ("info", "draft"),
    "I303": ("info", "left out by --include/--exclude"),
    # PNxxx: pubnorm check
    "PN101": ("warning", "unknown venue"),
    "PN102": ("warning", "low-confidence venue match"),
    "PN103": ("warning", "ambiguous venue"),
    "PN201": ("error", "rank claim contradicts venues.yaml"),
    "PN202": ("warning", "rank claim for a venue without that rank"),
    "PN203": ("error", "venue tag (badge, abbr) names another venue"),
    "PN301": ("error", "track contradicts another mention"),
    "PN302": ("error", "venues disagree for one paper"),
    "PN303": ("error", "years disagree for one paper"),
    "PN401": ("error", "year in the future"),
    "PN402": ("warning", "entry without a title"),
    "PN403": ("warning", "entry without venue or status"),
    "PN404": ("warning", "duplicate entry"),
    # Vxxx: venue files (pubnorm venues validate, and loading --venues overlays)
    "V000": ("error", "venue file not found"),
    "V001": ("error", "no list under 'venues:'"),
    "V002": ("error", "venue entry is not a mapping"),
    "V003": ("error", "unknown venue field"),
    "V004": ("error", "missing or malformed venue id"),
    "V005": ("error", "venue without a name"),
    "V006": ("error", "unknown venue type"),
    "V007": ("error", "ranks are not a mapping"),
    "V008": ("error", "aliases are not a list"),
    "V009": ("error", "venue field of the wrong type"),
    "V010": ("error", "duplicate venue id"),
    "V011": ("info", "venue known by its name only"),
    "V012": ("warning", "alias shared with another venue's name"),
    "V013": ("error", "track_of names an unknown venue"),
    "V020": ("error", "journal layer damaged"),
    "V021": ("error", "journal id repeated or malformed"),
    "V022": ("warning", "journal absorbed by a venue venues.yaml no longer has"),
    "V023": ("error", "journal is also a venue of venues.yaml"),
    # Uxxx: usage and configuration errors (exit 2; raised as PubnormError)
    "U100": ("error", "usage error"),
    "U101": ("error", "path does not exist"),
    "U102": ("error", "folder without a publication source"),
    "U103": ("error", "unknown diagnostic code"),
    "U104": ("error", "invalid configuration"),
    "U105": ("error", "invalid option value"),
    "U106": ("error", "output format and file name disagree"),
    "U107": ("error", "output cannot be written"),
    "U108": ("error", "venue database cannot be loaded"),
}


class PubnormError(Exception):
    """A problem that stops a command (usage, configuration, I/O): exit code 2. `problems` are the diagnostics
    behind it (every duplicate id of a broken venues file), printed before its message."""

    exit_code = 2
    code = "U100"

    def __init__(self, message: str, *, code: str | None = None, problems: Sequence[Diagnostic] = ()):
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code
        self.problems = list(problems)

    def as_diagnostic(self) -> Diagnostic:
        return Diagnostic(self.code, "error", self.message, "", 0)


class UsageError(PubnormError):
    """An option, argument or configuration value that cannot be used; the message names the valid ones."""


def severity(code: str) -> Severity:
    """The registered severity of a code ("error" for a code the registry does not know)."""
    return CODES.get(code, ("error", ""))[0]


def title(code: str) -> str:
    return CODES.get(code, ("error", "input problem"))[1]


def closest(word: str, choices: Iterable[str], n: int = 3) -> list[str]:
    """The valid names nearest to a mistyped one (for "did you mean")."""
    choices = list(choices)
    found = difflib.get_close_matches(word, choices, n=n, cutoff=0.5)
    if not found:
        found = [c for c in choices if c.lower().startswith(word[:2].lower())][:n]
    return found


def did_you_mean(word: str, choices: Iterable[str], what: str) -> str:
    """"; closest: a, b (valid WHAT: ...)" for an error message."""
    choices = sorted(set(choices))
    near = closest(word, choices)
    listing = ", ".join(choices) if len(choices) <= 12 else ", ".join(choices[:12]) + ", ..."
    return (f"; closest: {', '.join(near)}" if near else "") + f" (valid {what}: {listing})"


def check_codes(values: Iterable[str], where: str) -> frozenset[str]:
    """Codes or code prefixes (`PN2`) for --select/--ignore, upper-cased; UsageError for one no code starts with."""
    out = set()
    for v in (part for value in values for part in value.split(",")):
        code = v.strip().upper()
        if not code:
            continue
        if not any(c.startswith(code) for c in CODES):
            raise UsageError(f"{where}: unknown code {v.strip()!r}" + _near_codes(code), code="U103")
        out.add(code)
    return frozenset(out)


def _near_codes(code: str) -> str:
    near = closest(code, CODES)
    return (f"; closest: {', '.join(near)}" if near else "") + " (codes and prefixes such as PN2: see the README)"


# --- one format ---------------------------------------------------------------------------------------------------


def location(d: Diagnostic) -> str:
    if not d.path:
        return ""
    if d.line <= 0:
        return f"{d.path}: "
    return f"{d.path}:{d.line}:{d.col}: " if d.col > 0 else f"{d.path}:{d.line}: "


def format_line(d: Diagnostic) -> str:
    """`path:line:col: severity: message [CODE]` (an info diagnostic's severity reads `note`, as compilers
    write it)."""
    return f"{location(d)}{'note' if d.severity == 'info' else d.severity}: {d.message} [{d.code}]"


def as_row(d: Diagnostic) -> dict[str, Any]:
    return {"path": d.path, "line": d.line, "col": d.col, "code": d.code, "severity": d.severity,
            "title": title(d.code), "message": d.message}


def render(diags: Sequence[Diagnostic], fmt: str = "text", summary: dict[str, Any] | None = None) -> str:
    """Diagnostics as text lines, a JSON document (`schema_version`, `diagnostics`, `summary`) or GitHub workflow
    commands. Text from pages is made inert (no terminal escapes, no nested workflow commands)."""
    from .writers import inert

    if fmt == "json":
        doc: dict[str, Any] = {"schema_version": SCHEMA_VERSION, "diagnostics": [as_row(d) for d in diags]}
        if summary is not None:
            doc["summary"] = summary
        return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    if fmt == "github":
        out = []
        for d in diags:
            kind = {"error": "error", "warning": "warning"}.get(d.severity, "notice")
            props = f"file={_gh_prop(d.path)},line={max(d.line, 1)},col={max(d.col, 1)}," if d.path else ""
            out.append(f"::{kind} {props}title={_gh_prop(f'{d.code} {title(d.code)}')}::{_gh_data(d.message)}")
        return "".join(line + "\n" for line in out)
    return "".join(inert(format_line(d)) + "\n" for d in diags)


def _gh_data(text: str) -> str:
    """Escape a GitHub workflow-command message (control and nested command sequences made inert first)."""
    from .writers import inert

    return inert(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _gh_prop(text: str) -> str:
    """Escape a GitHub workflow-command property value (file, title)."""
    return _gh_data(text).replace(":", "%3A").replace(",", "%2C")
