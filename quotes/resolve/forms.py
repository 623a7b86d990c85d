"""How news writes who someone is, beyond a plain name: abbreviated titles and party tags ("Sen. Claire
Dunmore (D-Mo.)"), acronyms ("the International Monetary Fund (IMF)", "the I.R.S."), bylines ("By Margaret
Okonkwo") and descriptions kept as written. Read off the document's text; the data is in `quotes/data/`
(`title_abbreviations.txt`, `acronyms.txt`)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from ..lexicon import data_text
from .words import _QUOTE_CHARS, _SPACES


class Title(NamedTuple):
    """An abbreviated title: "Rep." is the role "representative", also called "congressman"."""

    role: str
    aliases: tuple[str, ...]


@lru_cache(maxsize=1)
def title_abbreviations() -> dict[str, Title]:
    """`title_abbreviations.txt`: abbreviation (lowercase, no dot) -> its role and the role's other nouns."""
    table = {}
    for line in data_text("title_abbreviations.txt").splitlines():
        cells = [c.strip() for c in line.split("#", 1)[0].split("\t")]
        if len(cells) >= 2 and cells[0]:
            aliases = tuple(a.strip() for a in cells[2].split(",") if a.strip()) if len(cells) > 2 else ()
            table[cells[0].lower()] = Title(cells[1], aliases)
    return table


def abbreviated_title(word: str) -> Title | None:
    """The title an abbreviation written with its dot stands for: "Sen." -> senator; "Sen" -> None."""
    if not word.endswith("."):
        return None
    return title_abbreviations().get(word[:-1].lower())


@lru_cache(maxsize=1)
def acronyms() -> dict[str, str]:
    """`acronyms.txt`: acronym (no dots) -> the full name of a body news names by it without spelling it out."""
    table = {}
    for line in data_text("acronyms.txt").splitlines():
        cells = [c.strip() for c in line.split("#", 1)[0].split("\t")]
        if len(cells) >= 2 and cells[0]:
            table[cells[0]] = cells[1]
    return table


@lru_cache(maxsize=1)
def nicknames() -> dict[str, frozenset[str]]:
    """`nicknames.txt`: a short form of a first name -> the formal names it stands for ("bobby" -> robert)."""
    table = {}
    for line in data_text("nicknames.txt").splitlines():
        cells = [c.strip() for c in line.split("#", 1)[0].split("\t")]
        if len(cells) >= 2 and cells[0]:
            table[cells[0].lower()] = frozenset(n.strip() for n in cells[1].split(",") if n.strip())
    return table


def same_first_name(a: str, b: str) -> bool:
    """Whether two first names (lowercase) can name one person: the same, a short form `nicknames.txt` gives
    ("bobby" / "robert", "bill" / "william"), or a clipped form of three letters or more ("vince" /
    "vincent"). The one test of first-name forms: resolution (`_cluster`) and tracing (`quotes.trace`) use it."""
    if a == b:
        return True
    table = nicknames()
    if b in table.get(a, ()) or a in table.get(b, ()):
        return True
    short, long = sorted((a, b), key=len)
    return len(short) >= 3 and long.startswith(short)


_ACRONYM = re.compile(r"^(?:[A-Z]\.)+[A-Z]\.?$|^[A-Z][A-Z&]{1,7}$")  # "I.R.S.", "IMF", "AT&T"
_WORD = r"(?:[A-Z][\w’'&.-]*|of|for|and|on|the|de|du|des)"
_SPELLED_OUT = re.compile(rf"({_WORD}(?:[ \t]+{_WORD})*)[ \t]+\(([A-Z][A-Za-z.&]{{1,9}})\)")  # "Name (ACR)"
#: What `_SPELLED_OUT` ends with (the last space before the bracket): a line without it has no match.
_BRACKETED = re.compile(r"[ \t]\([A-Z][A-Za-z.&]{1,9}\)")
_SMALL_WORDS = frozenset({"of", "for", "and", "on", "the", "de", "du", "des", "&"})
#: "the Swiss People's Party, or SVP," (US news): an acronym given as another name of the words before it
_OR_ACRONYM = re.compile(
    rf"({_WORD}(?:[ \t]+{_WORD})+),[ \t]+or[ \t]+((?:[A-Z]\.){{2,}}|[A-Z][A-Z&]{{1,7}})(?=[,;:.)])"
)
_OR_TAIL = re.compile(r",[ \t]+or[ \t]+(?:(?:[A-Z]\.){2,}|[A-Z][A-Z&]{1,7})(?=[,;:.)])")  # what it ends with


def acronym_letters(text: str) -> str | None:
    """The letters of an acronym as written ("I.R.S." -> "IRS"), or None when ``text`` is no acronym."""
    text = text.strip()
    return text.replace(".", "") if _ACRONYM.match(text) else None


def initials(name: str) -> str:
    """The capitals of a name's words, small words left out: "Public Policy Institute of California" -> "PPIC"."""
    return "".join(w[0] for w in name.split() if w.lower() not in _SMALL_WORDS and w[0].isupper())


def spelled_out_acronyms(text: str) -> dict[str, str]:
    """The acronyms a text spells out, "the Office for Road Safety (ORS)", "the Swiss People's Party, or SVP,":
    letters -> the full name.

    The full name is the shortest run of words before the bracket whose initials (small words such as "of"
    left out or not) are the acronym's letters: "the Public Policy Institute of California (PPIC)".
    """
    found: dict[str, str] = {}
    # neither pattern crosses a line break: only the lines that can hold one are searched
    lines = text.split("\n")
    # `_SPELLED_OUT` tries every word of a line as the name's first: only lines with an acronym in brackets
    for match in (m for line in lines if "(" in line and _BRACKETED.search(line) for m in _SPELLED_OUT.finditer(line)):
        letters = acronym_letters(match.group(2)) or match.group(2)
        words = match.group(1).split()
        for start in range(len(words) - 1, -1, -1):
            run = words[start:]
            if run[0].lower() in _SMALL_WORDS:
                continue
            capitals = "".join(w[0] for w in run if w.lower() not in _SMALL_WORDS).upper()
            every = "".join(w[0] for w in run).upper()
            if letters.upper() in (capitals, every):
                found.setdefault(letters, " ".join(run))
                break
    or_lines = (line for line in lines if ", or " in line and _OR_TAIL.search(line))  # as above: its end first
    for match in (m for line in or_lines for m in _OR_ACRONYM.finditer(line)):  # another language
        words = match.group(1).split()
        while words and words[0].lower() in _SMALL_WORDS:
            words = words[1:]
        if len(words) > 1:
            found.setdefault(match.group(2).replace(".", ""), " ".join(words))
    return found


_PARTY = re.compile(r"[ \t]*[(,][ \t]*([DRI])[ \t]*[-–][ \t]*[A-Z][\w.]*(?:[ \t][A-Z][\w.]*)*[ \t]*\)?")
PARTIES = {"D": "Democratic Party", "R": "Republican Party", "I": "independent"}


def party_tag(text: str, end: int) -> str | None:
    """The party of a US party tag written right after a name that ends at ``end``: "(D-Mo.)", ", R-Wis.,"."""
    match = _PARTY.match(text, end, min(len(text), end + 40))
    return PARTIES[match.group(1)] if match else None


_BYLINE = re.compile(r"^[ \t]*By[ \t]+([A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){1,3})[ \t]*$", re.MULTILINE)
BYLINE_CHARS = 600  # a byline is written near the top


_NAME = r"([A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){1,3})"
#: A signature on a line of its own at the end of a letter or column: "— Margaret Okonkwo", "-- Margaret Okonkwo,
#: Halden"; or an op-ed's closing line about its author, one sentence: "Margaret Okonkwo is a librarian in Halden."
_SIGNATURE = re.compile(r"^[ \t]*(?:[—–]|--?)[ \t]*" + _NAME + r"[ \t]*(?:,[^\n]*)?$", re.MULTILINE)
_AUTHOR_NOTE = re.compile(
    r"^[ \t]*" + _NAME + r",? (?:is|was|has been) (?:a|an|the)\b[^\n.!?]{0,200}[.]?[ \t]*$", re.MULTILINE
)
SIGNATURE_CHARS = 400  # a signature is written at the end


def byline_author(text: str) -> str | None:
    """The author a byline near the top of a text names: "By Margaret Okonkwo" on a line of its own; failing
    one, a signature on the last lines ("— Margaret Okonkwo"), or a closing note on the author ("Margaret Okonkwo
    is a librarian in Halden.")."""
    match = _BYLINE.search(text, 0, min(len(text), BYLINE_CHARS))
    if match is not None:
        return match.group(1).strip()
    tail = len(text.rstrip()) - SIGNATURE_CHARS
    for pattern in (_SIGNATURE, _AUTHOR_NOTE):
        found = list(pattern.finditer(text, max(0, tail)))
        if found and "\n" not in text[found[-1].end() :].strip():  # the last line
            return found[-1].group(1).strip()
    return None


def as_written(text: str) -> str:
    """A mention as written, for a description that names no one: one space between words, no edge
    punctuation, the article kept ("The stream of new money", "a source familiar with the matter")."""
    return _SPACES.sub(" ", text).strip(" ,;:.-–—(" + _QUOTE_CHARS)
