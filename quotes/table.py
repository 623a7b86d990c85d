"""The tidy table: one row per quote, columns in the fixed order of `COLUMNS`."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from .model import COLUMNS, DocResult, Quote

_INT_COLUMNS = [c for c in COLUMNS if c.endswith(("_start", "_end"))] + ["quote_index"]


def to_frame(items: Iterable[Quote | DocResult], *, extra_columns: Iterable[str] = ()) -> pd.DataFrame:
    """Build the tidy table from quotes or document results.

    Args:
        items: `Quote` records, or `DocResult`s (their quotes are used, in order).
        extra_columns: metadata keys of the `DocResult`s (url, outlet, date...) to append as columns; a
            column of a speakers file (`quotes.people`) gives the value for the quotes of its speakers.

    Returns:
        A DataFrame with one row per quote and the columns of `COLUMNS` (then `extra_columns`), offsets
        as nullable integers. An empty input gives an empty table with the same columns.
    """
    extra = list(extra_columns)
    rows = []
    for item in items:
        if isinstance(item, DocResult):
            rows.extend({**q.to_row(), **{name: q.extra_value(name, item.meta) for name in extra}} for q in item.quotes)
        else:
            rows.append(item.to_row())
    frame = pd.DataFrame(rows, columns=[*COLUMNS, *extra])
    return frame.astype({c: "Int64" for c in _INT_COLUMNS}).astype({"confidence": "float64"})
