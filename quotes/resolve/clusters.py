"""Name clusters: the variants of a name in a document ("Varga", "Ms Varga", "Helena Varga") under its
fullest form."""

from __future__ import annotations

from collections import Counter, defaultdict

from .forms import acronym_letters, acronyms, initials, nicknames, same_first_name, spelled_out_acronyms
from .lexicons import _key
from .names import _Names
from .records import _Mention, _Name
from .words import PATRONYMICS, ROYAL_TITLES


def _cluster(r: _Names, mentions: list[_Mention]) -> tuple[dict[str, str], dict[str, str]]:
    """Map each name key to its cluster's key, and each cluster key to its canonical form."""
    names = [n for n in (r.name_of(m.token) for m in mentions) if n is not None]
    surnames: dict[str, list[_Name]] = defaultdict(list)  # "varga", "van dierendonck" -> full names
    bodies: dict[str, list[_Name]] = defaultdict(list)  # "northlink" -> "northlink rail"
    mislabelled: dict[str, list[_Name]] = defaultdict(list)  # "vale" -> "tamsin vale" tagged ORG
    given: dict[str, set[str]] = defaultdict(set)  # "alwaleed" -> {"alwaleed bin talal"}
    for name in names:
        words = name.key.split()
        if name.kind == "person" and name.size > 1:
            for k in range(1, len(words)):
                surnames[" ".join(words[k:])].append(name)
            if words[1] in PATRONYMICS:  # "Alwaleed bin Talal" is "Alwaleed" for short
                given[words[0]].add(name.key)
        elif name.kind in ("organisation", "place", "unknown") and name.size == 2 and _first_and_last(name.text):
            mislabelled[words[-1]].append(name)
        if name.kind in ("organisation", "media") and name.size > 1 and name not in bodies[words[0]]:
            bodies[words[0]].append(name)
    cluster_of: dict[str, str] = {}
    people: set[str] = set()  # mislabelled full names a person's surname joined
    by_suffix: dict[str, str] = {}  # "defence ministry" -> "russian defence ministry"
    short = {name.key: letters for name in names if name.size == 1 and (letters := acronym_letters(name.text))}
    text = r.text
    spelled = spelled_out_acronyms(text) if short and ("(" in text or ", or " in text) else {}
    for name in sorted(names, key=lambda n: n.size, reverse=True):
        if name.key in cluster_of:
            continue
        if short.get(name.key) in spelled:  # "SVP" after "the Swiss People's Party, or SVP": joined below
            cluster_of[name.key] = name.key
            continue
        full = _fuller_name(r, name, surnames, bodies)
        if full is None and name.kind == "person" and name.size == 1:
            # "Vale" (a person) and the one "Tamsin Vale" the tagger called an organisation or place
            candidates = {n.key: n for n in mislabelled.get(name.key.split("#")[0], ())}
            if len(candidates) == 1:
                full = next(iter(candidates.values()))
                people.add(full.key)
        if full is None and name.kind in ("person", "unknown") and name.size == 1:
            full = _misspelt_surname(name, surnames)
        first = _given_name(name)
        if full is None and first is not None and len(given.get(first, ())) == 1:
            full_key = next(iter(given[first]))  # "Prince Alwaleed", "Alwaleed's tweet": "Alwaleed bin Talal"
            cluster_of[name.key] = cluster_of.get(full_key, full_key)
            continue
        if full is not None:
            cluster_of[name.key] = cluster_of.get(full.key, full.key)
            if name.size == 1:  # "Bundy" after "Ammon Bundy" and "Ryan Bundy"
                others = {cluster_of.get(n.key, n.key) for n in surnames.get(name.key, ()) if n.size > 1}
                if len(others) > 1:
                    r.shared_surnames[name.key] = frozenset(others)
        elif name.size > 1 and name.kind in ("organisation", "media") and name.key in by_suffix:
            cluster_of[name.key] = cluster_of[by_suffix[name.key]]
        else:
            cluster_of[name.key] = name.key
        if name.kind in ("organisation", "media"):
            words = name.key.split()
            for k in range(1, len(words) - 1):  # proper suffixes of two words or more
                by_suffix.setdefault(" ".join(words[k:]), name.key)
    expanded = _join_acronyms(r, names, cluster_of, spelled)
    members: dict[str, list[_Name]] = defaultdict(list)
    for name in names:
        members[cluster_of[name.key]].append(name)
    canonical = {}
    for key, group in members.items():
        canonical[key] = expanded.get(key) or _canonical_form(group)
        gender = next((n.gender for n in group if n.gender), None)
        if gender is not None:
            r.gender_of[key] = gender
        # the tagger labels one name differently from one mention to the next: among the forms as
        # full as the canonical one, the majority decides, then the canonical form's label
        size = max(n.size for n in group)
        kinds = Counter(n.kind for n in group if n.kind != "unknown" and n.size == size)
        fullest = next((n.kind for n in group if n.text == canonical[key]), group[0].kind)
        top = max(kinds.values(), default=0)
        r.kind_of[key] = fullest if kinds.get(fullest, 0) == top else kinds.most_common(1)[0][0]
        if key in people:
            r.kind_of[key] = "person"
    return cluster_of, canonical


def _join_acronyms(
    r: _Names, names: list[_Name], cluster_of: dict[str, str], spelled: dict[str, str]
) -> dict[str, str]:
    """Put an acronym in the cluster of the name it abbreviates: the one the document spells out ("the
    International Monetary Fund (IMF)"), else the one `acronyms.txt` gives, if the document names it, else the
    one name of the document whose initials it is ("PPIC"); ``spelled``: the text's `spelled_out_acronyms`. Returns
    the full names of the acronyms `acronyms.txt` expands that the document never writes out (cluster key ->
    name), to show in place of the acronym."""
    expanded: dict[str, str] = {}
    found = {name.key: (name, acronym_letters(name.text)) for name in names if name.size == 1}
    found = {k: (n, letters) for k, (n, letters) in found.items() if letters is not None and cluster_of.get(k) == k}
    for name, letters in found.values():
        full = spelled.get(letters) or acronyms().get(letters) or _initialled(names, letters)
        if full is None:
            continue
        full_key = _key(full, r.lex)
        if full_key in cluster_of and full_key != name.key:
            target = cluster_of[full_key]
            for key, cluster in cluster_of.items():  # the acronym's cluster joins the full name's
                if cluster == name.key:
                    cluster_of[key] = target
        else:
            expanded[name.key] = full
    return expanded


def _initialled(names: list[_Name], letters: str) -> str | None:
    """The one name of the document whose initials are an acronym of three letters or more: "PPIC" after "the
    Public Policy Institute of California"."""
    if len(letters) < 3:
        return None
    found = {n.text for n in names if n.kind in ("organisation", "unknown") and initials(n.text) == letters}
    return found.pop() if len(found) == 1 else None


def _fuller_name(
    r: _Names, name: _Name, surnames: dict[str, list[_Name]], bodies: dict[str, list[_Name]]
) -> _Name | None:
    """The fuller name a short one stands for: a surname ("Varga", "Ms Varga", "Van Dierendonck")
    for the first full name ending with it whose gender does not clash; a one-word organisation
    ("Northlink") for the only longer one that starts with it. The tagger's label for a short
    name varies ("Marten" as a place), so only a country or an outlet is kept apart."""
    plain = name.key.split("#")[0]
    if name.kind == "media" or plain in r.lex.country_key:
        return None
    acronym = acronym_letters(name.text) is not None
    for full in surnames.get(plain, ()):
        if acronym and not full.text.isupper() and full.text.split()[-1] == name.text:
            continue  # "SVP" is not the surname of "Junge SVP", its youth wing; "PENCE:" is Mike Pence's
        if full.size > name.size and (name.gender is None or full.gender in (None, name.gender)):
            return full
    words = plain.split()
    for full in surnames.get(words[-1], ()) if name.kind == "person" and len(words) > 1 else ():
        first = full.key.split()[0]  # "Bobby Scott" and "Robert C. Scott"; "Vince Cable" and "Vincent Cable"
        if first != words[0] and same_first_name(words[0], first) and full.size >= name.size and (
            name.gender is None or full.gender in (None, name.gender)
        ) and len(first) > len(words[0]):
            return full
    longer = bodies.get(plain, ()) if name.size == 1 and name.kind != "place" else ()
    return longer[0] if len({b.key for b in longer}) == 1 else None


def _misspelt_surname(name: _Name, surnames: dict[str, list[_Name]]) -> _Name | None:
    """The one full name whose surname a one-word name misspells with its letters doubled or moved ("Labbot" after
    "Elise Labott", "Mcdonnel" for "McDonell"): as long, of five letters or more, the same first three and the same
    letters. Not a different surname ("Johnston" after "Boris Johnson", "Allan" after "Ray Allen")."""
    plain = name.key.split("#")[0]
    if len(plain) < 5 or " " in plain:
        return None
    letters = set(plain)
    found = {
        full.key: full
        for surname, fulls in surnames.items()
        if " " not in surname and surname != plain and len(surname) == len(plain) and surname[:3] == plain[:3]
        and set(surname) == letters
        for full in fulls
        if full.size > 1 and (name.gender is None or full.gender in (None, name.gender))
    }  # fmt: skip
    return next(iter(found.values())) if len(found) == 1 else None


def _given_name(name: _Name) -> str | None:
    """The one given name a short name is, alone or after a royal title: "Alwaleed", "Prince Alwaleed"."""
    words = name.key.split("#")[0].split()
    if len(words) == 2 and words[0] in ROYAL_TITLES:
        words = words[1:]
    return words[0] if len(words) == 1 else None


def _first_and_last(text: str) -> bool:
    """Whether a two-word name looks like a person's: two capitalised words, no digits, no "&"."""
    words = text.split()
    return len(words) == 2 and all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words)


def _canonical_form(names: list[_Name]) -> str:
    """The fullest name of a cluster; for a place, the form the document uses most."""
    if all(n.kind == "place" for n in names):
        counts = Counter(n.text for n in names)  # insertion order: the first form wins a tie
        return max(counts, key=lambda text: counts[text])
    # reversed: the first wins a tie; a formal first name wins over its short form ("William" over "Bill")
    short = nicknames()

    def rank(n: _Name) -> tuple[int, int, bool, int]:  # and "Vincent Cable" over "Vince Cable"
        first = n.key.split(" ", 1)[0]
        return n.size, len(n.text.split()), first not in short, len(first)

    return max(reversed(names), key=rank).text
