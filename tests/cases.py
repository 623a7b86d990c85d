"""The case files of tests/data/ (one JSON case per line), read as pytest parameters by the tests that run them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"


def read_cases(*names: str) -> list[dict]:
    """The cases of the named files of tests/data/, file after file, in order."""
    return [json.loads(line) for name in names for line in (DATA / name).open(encoding="utf8")]


def case_param(case: dict) -> object:
    """A case as a pytest parameter named by its id; a case that carries an "xfail" reason is a strict xfail."""
    marks = [pytest.mark.xfail(reason=case["xfail"], strict=True)] if case.get("xfail") else []
    return pytest.param(case, id=case["id"], marks=marks)
