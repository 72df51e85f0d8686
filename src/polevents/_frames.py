"""Tables for analysis: a dataset's claims and a check's verdicts as rows,
pandas DataFrames, Arrow tables, Parquet and CSV.

Rows come first and need nothing but the standard library (so ``polevents
check --format csv`` works without any extra); DataFrames need pandas and
Arrow/Parquet need pyarrow, the ``frames`` extra. Every figure is spread over
the same columns — ``low``, ``high`` (floats in ``unit``; missing where
unbounded), ``low_inclusive``, ``high_inclusive``, ``nominal``,
``qualifier``, ``unit``, ``policy``, ``text``, ``lang`` — under a prefix in
verdict rows (``challenger_low``, ``record_low``, ``margin_low``), so that
:func:`figures_from_frame` rebuilds equal :class:`~polevents.figures.Figure`
values from any of them.

>>> from polevents.datasets import twitter_space_2022
>>> rows = claim_rows(twitter_space_2022())
>>> row = rows[4]
>>> row["path"], row["metric"], row["qualifier"], row["low"], row["high"]
('events[0].claims[4]', 'unique_audience', 'over', 446000.0, 490600.0)
>>> row["low_inclusive"], row["high_inclusive"], row["source_publisher"]
(False, True, 'The Express Tribune')
"""

from __future__ import annotations

import csv
import importlib
import io
import math
import os
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO

from polevents.errors import PolEventsError, ValidationError
from polevents.figures import Figure, Qualifier

__all__ = [
    "CLAIM_COLUMNS",
    "FIGURE_FIELDS",
    "VERDICT_COLUMNS",
    "MissingExtraError",
    "claim_rows",
    "claims_csv",
    "claims_frame",
    "figure_row",
    "figures_from_frame",
    "require",
    "to_arrow",
    "to_csv",
    "to_parquet",
    "verdict_rows",
    "verdicts_csv",
    "verdicts_frame",
]


class MissingExtraError(PolEventsError, ImportError):
    """An optional dependency is not installed; the message names the extra.

    Also an :class:`ImportError`, so code that guards optional imports the
    usual way keeps working.
    """

    def __init__(self, module: str, extra: str, feature: str) -> None:
        self.module = module
        self.extra = extra
        super().__init__(
            f"{feature} needs {module}, which is not installed: pip install 'polevents[{extra}]'",
            name=module,
        )


def require(module: str, extra: str, feature: str) -> Any:
    """Import ``module`` or raise :class:`MissingExtraError` naming ``extra``.

    >>> require("json", "frames", "a test").__name__
    'json'
    """
    try:
        return importlib.import_module(module)
    except ImportError:
        raise MissingExtraError(module, extra, feature) from None


def _pandas(feature: str) -> Any:
    return require("pandas", "frames", feature)


def _pyarrow(feature: str) -> Any:
    return require("pyarrow", "frames", feature)


# --- columns ----------------------------------------------------------------------------

#: A figure's columns and their dtypes (under a prefix in verdict rows).
FIGURE_FIELDS: dict[str, str] = {
    "low": "float64",
    "high": "float64",
    "low_inclusive": "boolean",
    "high_inclusive": "boolean",
    "nominal": "float64",
    "qualifier": "string",
    "unit": "string",
    "policy": "string",
    "text": "string",
    "lang": "string",
}

#: One row per claim: where it is, what it is about, its figure, who said it.
CLAIM_COLUMNS: dict[str, str] = {
    "path": "string",
    "event_id": "string",
    "event_type": "string",
    "record_id": "string",
    "metric": "string",
    "subject": "string",
    **FIGURE_FIELDS,
    "rank": "string",
    "source_publisher": "string",
    "source_url": "string",
    "attributed_to": "string",
    "as_of": "datetime",
    "as_of_end": "datetime",
    "quote": "string",
}

_VERDICT_FIGURES = ("challenger", "record", "margin")

#: One row per verdict: the event, the category, the outcome, three figures, the sentence.
VERDICT_COLUMNS: dict[str, str] = {
    "path": "string",
    "event_id": "string",
    "event": "string",
    "category": "string",
    "metric": "string",
    "direction": "string",
    "outcome": "string",
    "broke": "string",
    "record_holder": "string",
    "record_holders": "string",
    **{
        f"{which}_{name}": dtype
        for which in _VERDICT_FIGURES
        for name, dtype in FIGURE_FIELDS.items()
    },
    "ratio_low": "float64",
    "ratio_high": "float64",
    "conflicting": "boolean",
    "policy": "string",
    "sentence": "string",
}

# Joint record holders share one cell in CSV, so they are joined, not listed.
HOLDER_SEPARATOR = "; "


# --- rows (no extra needed) -------------------------------------------------------------


def figure_row(figure: Figure | None, prefix: str = "") -> dict[str, Any]:
    """A figure as the :data:`FIGURE_FIELDS` columns (all None for no figure).

    >>> from polevents import Figure
    >>> figure_row(Figure.over(44_000, "person"))["high"]
    48400.0
    """
    if figure is None:
        return {f"{prefix}{name}": None for name in FIGURE_FIELDS}
    low, high = figure.bounds
    values = {
        "low": low,
        "high": high,
        "low_inclusive": figure.low_inclusive,
        "high_inclusive": figure.high_inclusive,
        "nominal": figure.nominal_value,
        "qualifier": figure.qualifier.value,
        "unit": figure.unit,
        "policy": figure.policy,
        "text": figure.text,
        "lang": figure.lang,
    }
    return {f"{prefix}{name}": value for name, value in values.items()}


def _name(who: object) -> str | None:
    if who is None:
        return None
    return who if isinstance(who, str) else str(getattr(who, "name", who))


def _claim_row(claim: Any, path: str, **where: Any) -> dict[str, Any]:
    source = claim.source
    as_of = claim.as_of
    return {
        "path": path,
        "event_id": where.get("event_id"),
        "event_type": where.get("event_type"),
        "record_id": where.get("record_id"),
        "metric": claim.metric.key,
        "subject": _name(claim.subject),
        **figure_row(claim.figure),
        "rank": claim.rank.value,
        "source_publisher": source.publisher if source is not None else None,
        "source_url": source.url if source is not None else None,
        "attributed_to": _name(claim.attributed_to),
        "as_of": as_of.start if as_of is not None else None,
        "as_of_end": as_of.end if as_of is not None else None,
        "quote": claim.quote,
    }


def claim_rows(dataset: Any) -> list[dict[str, Any]]:
    """One row per claim, the events' first (file order), then the records'.

    A record's claims carry the record's ``record_id`` and the ``event_id``
    of the event that set it, if any. Columns: :data:`CLAIM_COLUMNS`.
    """
    events = _items(dataset, "events")
    records = _items(dataset, "records")
    rows = []
    for i, event in enumerate(events):
        for j, claim in enumerate(event.claims):
            rows.append(
                _claim_row(
                    claim,
                    f"events[{i}].claims[{j}]",
                    event_id=event.id,
                    event_type=event.event_type,
                )
            )
    for i, record in enumerate(records):
        for j, claim in enumerate(record.claims):
            rows.append(
                _claim_row(
                    claim,
                    f"records[{i}].claims[{j}]",
                    event_id=record.event_id,
                    record_id=record.id,
                )
            )
    return rows


def _items(dataset: Any, name: str) -> Sequence[Any]:
    items = getattr(dataset, name, None)
    if not isinstance(items, tuple | list):
        raise ValidationError("dataset", type(dataset).__name__, "a polevents.io.Dataset")
    return items


def _verdict_row(verdict: Any, path: str | None, event: Any | None) -> dict[str, Any]:
    ratio = verdict.ratio
    return {
        "path": path,
        "event_id": getattr(event, "id", None),
        "event": verdict.subject if verdict.subject is not None else getattr(event, "title", None),
        "category": verdict.category.label,
        "metric": verdict.category.metric.key,
        "direction": verdict.category.direction.value,
        "outcome": verdict.outcome.value,
        "broke": verdict.broke.value,
        "record_holder": verdict.record.holder_name if verdict.record is not None else None,
        "record_holders": HOLDER_SEPARATOR.join(r.holder_name for r in verdict.records) or None,
        **figure_row(verdict.challenger, "challenger_"),
        **figure_row(verdict.record_value, "record_"),
        **figure_row(verdict.margin, "margin_"),
        "ratio_low": ratio[0] if ratio is not None else None,
        "ratio_high": ratio[1] if ratio is not None else None,
        "conflicting": verdict.conflicting,
        "policy": verdict.policy,
        "sentence": str(verdict),
    }


def verdict_rows(report_or_verdicts: Any) -> list[dict[str, Any]]:
    """One row per verdict, from a check report (``Dataset.check()``), a
    sequence of verdicts, or one verdict. Columns: :data:`VERDICT_COLUMNS`.

    From a report each row names the event's ``path`` and ``event_id``;
    from bare verdicts those are None and ``event`` is the verdict's subject.
    """
    from polevents.records import Verdict  # a higher layer: imported when used

    checks = getattr(report_or_verdicts, "checks", None)
    if checks is not None:
        return [_verdict_row(v, c.path, c.event) for c in checks for v in c.verdicts]
    if isinstance(report_or_verdicts, Verdict):
        return [_verdict_row(report_or_verdicts, None, None)]
    if isinstance(report_or_verdicts, Iterable) and not isinstance(report_or_verdicts, str):
        verdicts = list(report_or_verdicts)
        for i, verdict in enumerate(verdicts):
            if not isinstance(verdict, Verdict):
                raise ValidationError(
                    f"verdicts[{i}]", type(verdict).__name__, "a polevents Verdict"
                )
        return [_verdict_row(v, None, None) for v in verdicts]
    raise ValidationError(
        "report_or_verdicts",
        type(report_or_verdicts).__name__,
        "a check report (Dataset.check()), a Verdict or a sequence of verdicts",
    )


# --- DataFrames --------------------------------------------------------------------------


def _frame(rows: Sequence[Mapping[str, Any]], columns: Mapping[str, str], feature: str) -> Any:
    pd = _pandas(feature)
    data = {}
    for name, dtype in columns.items():
        values = [row.get(name) for row in rows]
        if dtype == "datetime":
            # Mixed offsets cannot share a column: times are kept in UTC.
            data[name] = pd.to_datetime(pd.Series(values, dtype=object), utc=True)
        else:
            data[name] = pd.Series(values, dtype=dtype)
    return pd.DataFrame(data, columns=list(columns))


def claims_frame(dataset: Any) -> Any:
    """A pandas DataFrame with one row per claim of the dataset (see :func:`claim_rows`).

    Bounds are floats in ``unit`` (NaN where unbounded), inclusivity is a
    nullable boolean, text is pandas' ``string`` dtype, ``as_of`` and
    ``as_of_end`` are UTC timestamps.

    Raises:
        MissingExtraError: pandas is not installed (the ``frames`` extra).
    """
    return _frame(claim_rows(dataset), CLAIM_COLUMNS, "Dataset.claims_frame()")


def verdicts_frame(report_or_verdicts: Any) -> Any:
    """A pandas DataFrame with one row per verdict (see :func:`verdict_rows`).

    Raises:
        MissingExtraError: pandas is not installed (the ``frames`` extra).
    """
    return _frame(verdict_rows(report_or_verdicts), VERDICT_COLUMNS, "a table of verdicts")


def _missing(value: Any) -> bool:
    # pandas' missing markers are recognised by type name, so that rows
    # never need pandas imported; an empty cell is how CSV writes None.
    if value is None or type(value).__name__ in ("NAType", "NaTType"):
        return True
    if isinstance(value, str):
        return value == ""
    return isinstance(value, float) and math.isnan(value)


def _cell(row: Mapping[str, Any], name: str) -> Any:
    value = row.get(name)
    return None if _missing(value) else value


def figures_from_frame(frame: Any, prefix: str = "") -> list[Figure | None]:
    """Rebuild the figures of a frame (or of row dicts), one per row.

    ``prefix`` picks a verdict frame's figure: ``"challenger_"``,
    ``"record_"`` or ``"margin_"``. A row without that figure (no unit)
    gives None. The figures are equal to the ones the rows were made from.

    >>> from polevents import Figure
    >>> figure = Figure.parse("over 446,000 people")
    >>> figures_from_frame([figure_row(figure)]) == [figure]
    True

    Raises:
        ValidationError: a column is missing, or a row's values do not make
            a figure; the message names the row and the column.
    """
    if isinstance(frame, Sequence) and not isinstance(frame, str):
        rows: list[Mapping[str, Any]] = list(frame)
        labels: list[Any] = list(range(len(rows)))
        columns: set[str] = set().union(*(row.keys() for row in rows)) if rows else set()
    else:
        to_dict = getattr(frame, "to_dict", None)
        if not callable(to_dict):
            raise ValidationError("frame", type(frame).__name__, "a pandas DataFrame or rows")
        rows = to_dict(orient="records")
        labels = list(frame.index)
        columns = set(frame.columns)
    needed = [f"{prefix}{name}" for name in FIGURE_FIELDS]
    absent = [name for name in needed if name not in columns]
    if rows and absent:
        raise ValidationError("frame", absent[0], f"a frame with the columns {', '.join(needed)}")
    figures: list[Figure | None] = []
    for label, row in zip(labels, rows, strict=True):
        values = {name: _cell(row, f"{prefix}{name}") for name in FIGURE_FIELDS}
        if values["unit"] is None:
            figures.append(None)
            continue
        figures.append(_figure(values, f"row {label}", prefix))
    return figures


def _figure(values: dict[str, Any], where: str, prefix: str) -> Figure:
    try:
        qualifier = Qualifier(values["qualifier"])
    except ValueError:
        raise ValidationError(
            f"{where}: {prefix}qualifier",
            values["qualifier"],
            "one of " + ", ".join(q.value for q in Qualifier),
        ) from None
    try:
        return Figure(
            low=_float(values["low"], f"{where}: {prefix}low"),
            high=_float(values["high"], f"{where}: {prefix}high"),
            low_inclusive=_bool(values["low_inclusive"], f"{where}: {prefix}low_inclusive"),
            high_inclusive=_bool(values["high_inclusive"], f"{where}: {prefix}high_inclusive"),
            unit=str(values["unit"]),
            qualifier=qualifier,
            nominal=_float(values["nominal"], f"{where}: {prefix}nominal"),
            text=values["text"],
            policy=values["policy"],
            lang=values["lang"] if values["lang"] is not None else "en",
        )
    except ValidationError as err:
        field = (
            err.field.replace("Figure.", prefix) if err.field.startswith("Figure.") else err.field
        )
        raise ValidationError(f"{where}: {field}", err.value, err.expected, err.hint) from None


def _float(value: Any, field: str) -> float | None:
    if value is None:
        return None
    try:
        return float(value)  # numbers, numpy scalars, and CSV's text ("446000.0")
    except (TypeError, ValueError):
        raise ValidationError(field, value, "a number, or nothing for no bound") from None


_TRUTH = {"true": True, "false": False, "1": True, "0": False}


def _bool(value: Any, field: str) -> bool:
    if isinstance(value, str) and value.strip().lower() in _TRUTH:
        return _TRUTH[value.strip().lower()]  # CSV's text
    if isinstance(value, bool) or type(value).__name__ == "bool_":
        return bool(value)
    raise ValidationError(field, value, "True or False")


# --- Arrow, Parquet, CSV -----------------------------------------------------------------


def to_arrow(frame: Any) -> Any:
    """A pandas frame as a ``pyarrow.Table`` (the index is not kept).

    Raises:
        MissingExtraError: pyarrow is not installed (the ``frames`` extra).
    """
    pa = _pyarrow("to_arrow()")
    return pa.Table.from_pandas(frame, preserve_index=False)


def to_parquet(frame: Any, path: str | os.PathLike[str]) -> None:
    """Write a pandas frame to a Parquet file through pyarrow.

    Raises:
        MissingExtraError: pyarrow is not installed (the ``frames`` extra).
        ValidationError: the path cannot be written.
    """
    _pyarrow("to_parquet()")
    parquet = require("pyarrow.parquet", "frames", "to_parquet()")
    table = to_arrow(frame)
    try:
        parquet.write_table(table, os.fspath(path))
    except OSError as err:
        raise ValidationError(
            "path", os.fspath(path), "a file that can be written", err.strerror or str(err)
        ) from None


def _csv_text(value: Any) -> str:
    if _missing(value):
        return ""
    if isinstance(value, datetime):
        return value.isoformat()
    if hasattr(value, "isoformat"):  # a pandas Timestamp
        return str(value.isoformat())
    return str(value)


def to_csv(
    table: Any,
    target: str | os.PathLike[str] | TextIO | None = None,
    *,
    columns: Sequence[str] | None = None,
) -> str | None:
    """Write rows (from :func:`claim_rows` / :func:`verdict_rows`) or a pandas
    frame as CSV with a header line; missing values are empty cells.

    Needs no extra for rows. ``target``: None returns the text; a path
    writes the file; an open text stream is written to (``sys.stdout``).

    >>> print(to_csv([{"a": 1.5, "b": None}, {"a": None, "b": "x,y"}]), end="")
    a,b
    1.5,
    ,"x,y"

    Raises:
        ValidationError: the path cannot be written.
    """
    if isinstance(table, Sequence) and not isinstance(table, str):
        rows: list[Mapping[str, Any]] = list(table)
        names = list(columns) if columns is not None else _keys(rows)
    else:
        to_dict = getattr(table, "to_dict", None)
        if not callable(to_dict):
            raise ValidationError("table", type(table).__name__, "rows or a pandas DataFrame")
        rows = to_dict(orient="records")
        names = list(columns) if columns is not None else [str(c) for c in table.columns]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(names)
    for row in rows:
        writer.writerow([_csv_text(row.get(name)) for name in names])
    text = buffer.getvalue()
    if target is None:
        return text
    if isinstance(target, str | os.PathLike):
        try:
            Path(target).write_text(text, encoding="utf-8")
        except OSError as err:
            raise ValidationError(
                "path", os.fspath(target), "a file that can be written", err.strerror or str(err)
            ) from None
        return None
    target.write(text)
    return None


def claims_csv(dataset: Any, target: str | os.PathLike[str] | TextIO | None = None) -> str | None:
    """The dataset's claims as CSV (:data:`CLAIM_COLUMNS`), without any extra."""
    return to_csv(claim_rows(dataset), target, columns=list(CLAIM_COLUMNS))


def verdicts_csv(
    report_or_verdicts: Any, target: str | os.PathLike[str] | TextIO | None = None
) -> str | None:
    """A check's verdicts as CSV (:data:`VERDICT_COLUMNS`), without any extra:
    what ``polevents check --format csv`` prints."""
    return to_csv(verdict_rows(report_or_verdicts), target, columns=list(VERDICT_COLUMNS))


def _keys(rows: Sequence[Mapping[str, Any]]) -> list[str]:
    names: dict[str, None] = {}
    for row in rows:
        names.update(dict.fromkeys(row))
    return list(names)
