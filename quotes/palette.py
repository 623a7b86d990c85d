"""The colours of the quote types, cues, speakers and check statuses, shared by `quotes show`, `quotes.render`,
`quotes check --html` and the notebook.

One colour per quote type everywhere: the highlighted article and a chart of the same quotes agree.

```python
from quotes.palette import TYPE_COLORS
shares.plot.bar(stacked=True, color=[TYPE_COLORS[t] for t in shares.columns])
```
"""

from __future__ import annotations

#: One colour per quote type (light enough for black text on it).
TYPE_COLORS: dict[str, str] = {"direct": "#7aecec", "indirect": "#feca74", "mixed": "#c887fb"}
#: The colour of a cue ("said", "according to").
CUE_COLOR = "#c7c7c7"
#: Speakers get these colours in order of first appearance, then round again.
SPEAKER_COLORS: tuple[str, ...] = (
    "#ff9561", "#8fd6ff", "#aa9cfc", "#f2c94c", "#9be15d", "#ff8197", "#66c2a5",
    "#e5c494", "#b3b3ff", "#fdb462", "#bfef45", "#f7a8d8",
)  # fmt: skip

#: Who gets a voice (`quotes summary`, the notebook's chart): speaker gender and source kind.
GENDER_COLORS: dict[str, str] = {"female": "#c45a8a", "male": "#4c7fbf", "unknown": "#c7c7c7"}
SOURCE_KIND_COLORS: dict[str, str] = {"named": "#6a9f58", "anonymous": "#d1615d", "generic": "#e8a33d", "document": "#8c8c8c"}


#: One colour per `quotes check` status: greens for the three that pass, amber for altered, reds for
#: misattributed and not-found (light enough for black text on it).
STATUS_COLORS: dict[str, str] = {
    "verbatim": "#5ccf8a",
    "fragment": "#8fdcaa",
    "elided": "#bfe37d",
    "altered": "#ffb43f",
    "misattributed": "#ff6f6f",
    "not-found": "#ff8fc0",
}


def type_colors(types: list[str] | tuple[str, ...]) -> list[str]:
    """The colours of ``types``, in that order (for a chart's ``color=``); grey for an unknown type."""
    return [TYPE_COLORS.get(t, CUE_COLOR) for t in types]


def speaker_color(i: int) -> str:
    """The colour of the ``i``-th speaker (from 0) in order of first appearance."""
    return SPEAKER_COLORS[i % len(SPEAKER_COLORS)]
