"""The cue lexicons: plain-text files in `quotes/data/`, one lemma a line, '#' comments."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

#: The lexicon files shipped with the package, by the role they play.
LEXICON_FILES = {
    "verbs": "cue_verbs.txt",
    "nouns": "cue_nouns.txt",
    "light_verbs": "cue_light_verbs.txt",
    "title_words": "title_words.txt",
}


def data_text(name: str) -> str:
    """The text of a data file shipped in `quotes/data/`."""
    return (resources.files("quotes") / "data" / name).read_text("utf8")


@lru_cache(maxsize=None)
def data_lexicon(name: str) -> frozenset[str]:
    """The entries of a one-word-a-line data file shipped in `quotes/data/` (read once)."""
    return parse_lexicon(data_text(name))


def parse_lexicon(text: str) -> frozenset[str]:
    """The entries of a lexicon file's text: one lowercase entry per non-empty line, comments dropped."""
    entries = (line.split("#", 1)[0].strip().lower() for line in text.splitlines())
    return frozenset(entry for entry in entries if entry)


@dataclass(frozen=True)
class Lexicon:
    """The words the rules key on.

    Attributes:
        verbs: reporting verbs (say, tell, warn...).
        nouns: reporting nouns (statement, claim...).
        light_verbs: verbs that issue a reporting noun (issue a statement, express regret).
        title_words: nouns and verbs that mark a quoted span as a name or title, not a quote
            (film, book, so-called, dubbed...).
    """

    verbs: frozenset[str]
    nouns: frozenset[str]
    light_verbs: frozenset[str]
    title_words: frozenset[str]

    @classmethod
    def from_dir(cls, path: str | Path) -> Lexicon:
        """Read the lexicon files from a directory (as written by `to_dir`)."""
        folder = Path(path)
        return cls(**{key: parse_lexicon((folder / name).read_text("utf8")) for key, name in LEXICON_FILES.items()})

    def to_dir(self, path: str | Path) -> None:
        """Write the lexicon files into a directory."""
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        for key, name in LEXICON_FILES.items():
            (folder / name).write_text("\n".join(sorted(getattr(self, key))) + "\n", "utf8")


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The lexicon shipped in `quotes/data/`."""
    return Lexicon(**{key: parse_lexicon(data_text(name)) for key, name in LEXICON_FILES.items()})
