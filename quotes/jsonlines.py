"""Reading JSON lines that must each be one object: the loop `quotes.people` and `quotes.evaluate` share."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any


def json_objects(
    lines: Iterable[str], source: object, error: type[Exception], expected: str = "a JSON object"
) -> Iterator[tuple[int, dict[str, Any]]]:
    """Each non-blank line of ``lines`` as a JSON object, with its line number (from 1).

    Args:
        lines: the lines of a JSON-lines file.
        source: what the lines come from, named in the messages (a path).
        error: the exception to raise, with a message naming the source and the line.
        expected: what a line must hold, for the message when it is JSON but no object.

    Raises:
        error: a line is not valid JSON, or is JSON but not an object.
    """
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as err:
            raise error(f"{source}, line {number}: not valid JSON ({err.msg})") from None
        if not isinstance(value, dict):
            raise error(f"{source}, line {number}: expected {expected}")
        yield number, value
