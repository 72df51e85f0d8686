"""The file formats: JSON always, TOML (reading needs nothing extra; writing
needs the ``toml`` extra), YAML with the ``yaml`` extra.

This module only turns text into plain documents (dicts, lists, strings,
numbers) and back, and enforces the documented limits; what the document
means is :mod:`polevents._convert`'s business.

Limits, each refused with a :class:`~polevents._problems.LoadError`:
:data:`MAX_BYTES` characters of text (a file of more than four bytes a
character is refused before it is read), :data:`MAX_DEPTH` levels of
nesting, and :data:`MAX_STRING` characters in any one string value; chains
of references (a place's parents) are limited in :mod:`polevents._convert`
(``MAX_CHAIN``). A leading UTF-8 byte-order mark is accepted and dropped.

>>> parse_text('{"polevents": 1}', "json", "<text>")
{'polevents': 1}
>>> format_of("data/mine.YAML")
'yaml'
"""

from __future__ import annotations

import json
import os
import stat
import tempfile
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from polevents._problems import LoadError, Problem
from polevents.errors import ValidationError

__all__ = [
    "FORMATS",
    "MAX_BYTES",
    "MAX_DEPTH",
    "MAX_STRING",
    "dump_text",
    "format_of",
    "parse_text",
    "write_atomic",
]

#: Format names by file suffix.
FORMATS: dict[str, str] = {"json": "json", "toml": "toml", "yaml": "yaml", "yml": "yaml"}

#: The largest document read, in characters: a dataset of 100,000 events with
#: explicit figures (about 90 MB) fits; a larger one should be split.
MAX_BYTES = 256 * 1024 * 1024
#: The deepest nesting of objects and lists a document may have.
MAX_DEPTH = 32
#: The longest single string (a quote, a recommendation) a document may hold.
MAX_STRING = 100_000


def _normal(format: str) -> str:
    if not isinstance(format, str) or format.lower() not in FORMATS:
        raise ValidationError("format", format, "json, toml or yaml")
    return FORMATS[format.lower()]


def _check_limits(document: object, source: str) -> None:
    # A quick pass first (most documents are within every limit); only when it
    # finds something is the document walked again to say where.
    if not _beyond_limits(document):
        return
    _locate_beyond_limits(document, source)


def _beyond_limits(document: object) -> bool:
    # Level by level (iterative, so that a hostile document cannot exhaust the
    # stack here); exact type checks first, since isinstance against the ABCs
    # is slow, and strings checked where they are found.
    level: list[Any] = [document]
    depth = 0
    if isinstance(document, str):
        return len(document) > MAX_STRING
    while level:
        following: list[Any] = []
        add = following.append
        for value in level:
            kind = type(value)
            if kind is dict:
                items: Any = value.values()
            elif kind is list:
                items = value
            elif isinstance(value, Mapping):
                items = value.values()
            elif isinstance(value, list):
                items = value
            else:
                continue
            if depth >= MAX_DEPTH:
                return True
            for item in items:
                kind = type(item)
                if kind is str:
                    if len(item) > MAX_STRING:
                        return True
                elif kind not in _SCALARS:
                    if isinstance(item, str):
                        if len(item) > MAX_STRING:
                            return True
                    else:
                        add(item)
        level = following
        depth += 1
    return False


_SCALARS = frozenset((int, float, bool, type(None)))


def _locate_beyond_limits(document: object, source: str) -> None:
    stack: list[tuple[object, int, str]] = [(document, 0, "")]
    while stack:
        value, depth, path = stack.pop()
        if isinstance(value, str):
            if len(value) > MAX_STRING:
                raise LoadError(
                    [
                        Problem(
                            path,
                            f"text of {len(value):,} characters; the limit is {MAX_STRING:,}",
                            value[:60] + "…",
                        )
                    ],
                    source,
                )
            continue
        if not isinstance(value, Mapping | list):
            continue
        if depth >= MAX_DEPTH:
            raise LoadError(
                [Problem(path, f"nested more than {MAX_DEPTH} levels deep", None)], source
            )
        if isinstance(value, Mapping):
            for key, item in value.items():
                where = f"{path}.{key}" if path else str(key)
                stack.append((item, depth + 1, where))
        else:
            for i, item in enumerate(value):
                stack.append((item, depth + 1, f"{path}[{i}]"))


def _yaml() -> Any:
    try:
        import yaml
    except ImportError:
        return None
    return yaml


def parse_text(text: str, format: str, source: str) -> object:
    """The plain document in ``text``.

    Raises:
        LoadError: not text, too long, not valid in the format, too deeply
            nested, an over-long string, or an unknown format.
    """
    if not isinstance(text, str):
        raise LoadError([Problem("", "expected the document as a string", text)], source)
    try:
        name = _normal(format)
    except ValidationError:
        raise LoadError(
            [Problem("", f"unknown format {format!r}: expected json, toml or yaml", format)],
            source,
        ) from None
    if text.startswith("\ufeff"):  # a UTF-8 byte-order mark, as some editors write
        text = text[1:]
    if len(text) > MAX_BYTES:
        raise LoadError(
            [Problem("", f"a document of {len(text):,} characters; the limit is {MAX_BYTES:,}")],
            source,
        )
    try:
        if name == "json":
            document: object = json.loads(text)
        elif name == "toml":
            document = tomllib.loads(text)
        else:
            yaml = _yaml()
            if yaml is None:
                raise LoadError(
                    [
                        Problem(
                            "", "reading YAML needs the 'yaml' extra: pip install polevents[yaml]"
                        )
                    ],
                    source,
                )
            document = yaml.safe_load(text)
    except LoadError:
        raise
    except RecursionError:
        raise LoadError(
            [Problem("", f"nested more than {MAX_DEPTH} levels deep", None)], source
        ) from None
    except Exception as err:  # json's, tomllib's and yaml's own errors
        message = " ".join(str(err).split())
        raise LoadError(
            [Problem("", f"not valid {name.upper()}: {message}", None)], source
        ) from None
    _check_limits(document, source)
    return document


def dump_text(document: Mapping[str, Any], format: str) -> str:
    """``document`` as text in ``format``.

    Raises:
        ValidationError: an unknown format, or one whose extra is not installed.
    """
    name = _normal(format)
    if name == "json":
        return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    if name == "toml":
        try:
            import tomli_w
        except ImportError:
            raise ValidationError(
                "format", format, "json, or install the 'toml' extra to write TOML"
            ) from None
        return tomli_w.dumps(_without_none(document))
    yaml = _yaml()
    if yaml is None:
        raise ValidationError("format", format, "json, or install the 'yaml' extra to write YAML")
    return str(yaml.safe_dump(dict(document), allow_unicode=True, sort_keys=False))


def _without_none(value: Any) -> Any:
    # TOML has no null: a key left out means the same to the reader.
    if isinstance(value, Mapping):
        return {k: _without_none(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_without_none(v) for v in value]
    return value


def format_of(path: str | Path) -> str:
    """The format named by the file's suffix.

    Raises:
        ValidationError: a suffix other than .json, .toml, .yaml or .yml.
    """
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise ValidationError("path", str(path), "a .json, .toml or .yaml file")
    return FORMATS[suffix]


def write_atomic(path: str | Path, text: str) -> None:
    """Write ``text`` to ``path`` so that a failed write leaves the old file as it was.

    The text goes to a temporary file beside the target, is flushed to disk
    (``fsync``), then replaces it in one step (``os.replace``); the folder is
    synced too where the system allows it. The new file keeps the old one's
    permissions (a new file gets ``0o644``: mkstemp's ``0o600`` would hide it
    from other users).

    Raises:
        OSError: the folder is missing or not writable, the disk is full, …
    """
    target = Path(path)
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        mode = 0o644
    handle, temporary = tempfile.mkstemp(
        dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"
    )
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    _sync_folder(target.parent)


def _sync_folder(folder: Path) -> None:
    # So that the rename itself survives a power cut; not every system can.
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)
