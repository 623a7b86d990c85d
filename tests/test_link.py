"""Linking speakers across documents (`quotes.link`): one name per speaker over a corpus.

The frames here are small quote tables written for the tests; the CLI test extracts two short
articles written for it, in which two outlets name one body differently.
"""

from __future__ import annotations

import io

import pandas as pd
import pytest
from click.testing import CliRunner

from quotes.cli import cli
from quotes.link import SUMMARY_INPUT, link_results, link_speakers, summarize_speakers
from quotes.model import DocResult, Quote


def _table(rows: list[tuple[str, str, str | None, str | None, str]]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["doc_id", "type", "speaker", "speaker_canonical", "speaker_type"])


def test_summary_gender_is_what_the_quotes_agree_on_and_source_kind_the_most_common():
    frame = _table([
        ("a", "direct", "Helena Varga", "Helena Varga", "person"),
        ("a", "direct", "She", "Helena Varga", "person"),
        ("b", "direct", "Ms Varga", "Ms Varga", "person"),
        ("c", "direct", "Jordan Pell", "Jordan Pell", "person"),
        ("d", "direct", "Jordan Pell", "Jordan Pell", "person"),
        ("c", "direct", "Critics", "Critics", "group"),
    ])  # fmt: skip
    frame["speaker_gender"] = ["female", "female", "unknown", "female", "male", None]
    frame["source_kind"] = ["named", "named", "named", "named", "named", "generic"]
    table = summarize_speakers(frame).set_index("speaker_canonical")
    assert table.loc["Helena Varga", "speaker_gender"] == "female"  # unknown in one article, female in another
    assert table.loc["Jordan Pell", "speaker_gender"] == "unknown"  # two articles disagree
    assert pd.isna(table.loc["Critics", "speaker_gender"])
    assert table.loc["Critics", "source_kind"] == "generic"


def test_summary_merges_variants_across_documents():
    frame = _table([
        ("a", "direct", "A spokesman from the Russian Defence Ministry", "Russian Defence Ministry", "organisation"),
        ("a", "indirect", "The ministry", "Russian Defence Ministry", "organisation"),
        ("b", "indirect", "Russia’s Defence Ministry", "Russia’s Defence Ministry", "organisation"),
        ("a", "indirect", "the BBC", "the BBC", "media"),
        ("c", "mixed", "BBC", "BBC", "media"),
        ("c", "indirect", "Ms Varga", "Ms Varga", "person"),
        ("d", "direct", "Helena Varga", "Helena Varga", "person"),
        ("d", "direct", "She", None, "unknown"),
    ])  # fmt: skip
    table = summarize_speakers(frame)
    assert list(table.columns) == ["speaker_canonical", "speaker_type", "n_quotes", "n_direct", "n_indirect",
                                   "n_mixed", "n_documents", "aliases", "speaker_gender", "source_kind",
                                   "speaker_id", "speaker_category", "unresolved"]  # fmt: skip
    assert list(table["speaker_canonical"]) == ["Russian Defence Ministry", "BBC", "Helena Varga"]
    ministry = table.iloc[0].to_dict()
    assert ministry == {
        "speaker_canonical": "Russian Defence Ministry",
        "speaker_type": "organisation",
        "n_quotes": 3,
        "n_direct": 1,
        "n_indirect": 2,
        "n_mixed": 0,
        "n_documents": 2,
        "aliases": "A spokesman from the Russian Defence Ministry | Russian Defence Ministry | "
        "Russia’s Defence Ministry | The ministry",
        "speaker_gender": None,  # the frame has no such columns: empty
        "source_kind": None,
        "speaker_id": None,
        "speaker_category": None,
        "unresolved": False,
    }
    bbc = table.iloc[1]
    assert (bbc["n_quotes"], bbc["n_mixed"], bbc["n_documents"], bbc["aliases"]) == (2, 1, 2, "BBC | the BBC")
    assert table.iloc[2]["aliases"] == "Helena Varga | Ms Varga"


def test_summary_keeps_unresolved_descriptions_apart_and_filterable():
    rows = [
        ("a", "direct", "Sen. Ada Quill", "Ada Quill", "person", "as-written"),
        ("a", "indirect", "the senator", "the senator", "person", "unresolved"),
        ("b", "indirect", "The senator", "The senator", "person", "unresolved"),
        ("b", "direct", "Critics", "Critics", "group", "unresolved"),
        ("c", "direct", "Senator", "Senator", "person", "as-written"),
        ("c", "direct", "Quill", "Ada Quill", "person", "name-variant"),
        ("c", "mixed", "she", "Ada Quill", "person", "pronoun"),
    ]
    frame = pd.DataFrame(rows, columns=[*SUMMARY_INPUT, "speaker_resolution"])
    table = summarize_speakers(frame)
    # named speakers first, then the descriptions, each merged only with the same words
    assert list(zip(table["speaker_canonical"], table["unresolved"], table["n_quotes"])) == [
        ("Ada Quill", False, 3), ("Senator", False, 1), ("the senator", True, 2), ("Critics", True, 1)
    ]
    assert table.iloc[2]["aliases"] == "The senator | the senator"
    named = summarize_speakers(frame, unresolved=False)
    assert list(named["speaker_canonical"]) == ["Ada Quill", "Senator"]
    assert not named["unresolved"].any()


def test_summary_without_a_resolution_column_treats_every_speaker_as_named():
    table = summarize_speakers(_table([("a", "direct", "Critics", "Critics", "group")]))
    assert list(table["unresolved"]) == [False]


def test_summary_of_no_attributed_quotes_is_empty():
    table = summarize_speakers(_table([("a", "direct", None, None, "unknown")]))
    assert table.empty and "aliases" in table.columns


def test_summary_keeps_a_surname_with_another_gender_apart():
    frame = _table([
        ("a", "direct", "Michael Howard", "Michael Howard", "person"),
        ("b", "direct", "Mr Howard", "Mr Howard", "person"),
        ("c", "direct", "Mrs Howard", "Mrs Howard", "person"),
    ])  # fmt: skip
    table = summarize_speakers(frame)
    assert dict(zip(table["speaker_canonical"], table["n_quotes"])) == {"Michael Howard": 2, "Mrs Howard": 1}


def test_summary_names_the_missing_columns():
    with pytest.raises(ValueError, match="missing: speaker_type"):
        summarize_speakers(pd.DataFrame(columns=["doc_id", "type", "speaker", "speaker_canonical"]))


# --- link_speakers ---------------------------------------------------------------------------------


def _linked(*rows: tuple[str, str, str]) -> list[str]:
    """The linked canonical names of rows (doc_id, canonical, type), in order."""
    frame = pd.DataFrame(
        [(doc, "indirect", name, name, kind, "as-written") for doc, name, kind in rows],
        columns=["doc_id", "type", "speaker", "speaker_canonical", "speaker_type", "speaker_resolution"],
    )
    return list(link_speakers(frame)["speaker_canonical"])


def test_descriptions_of_one_body_get_one_name():
    names = _linked(
        ("a", "US-led coalition", "organisation"),
        ("b", "US military coalition", "organisation"),
        ("c", "American-led coalition", "organisation"),
        ("d", "US coalition", "organisation"),
        ("d", "US-led coalition", "organisation"),
    )
    assert set(names) == {"US-led coalition"}  # in two documents, the others in one


def test_a_tie_goes_to_the_name_without_a_generic_word():
    assert set(_linked(("a", "US military coalition", "organisation"), ("b", "US-led coalition", "organisation"))) == {
        "US-led coalition"
    }


def test_the_name_used_in_most_documents_wins():
    names = _linked(
        ("a", "UN peacekeeping force", "organisation"),
        ("b", "UN peacekeeping force", "organisation"),
        ("c", "UN-led peacekeeping force", "organisation"),
        ("c", "UN-led peacekeeping force", "organisation"),
        ("c", "UN-led peacekeeping force", "organisation"),
    )
    assert set(names) == {"UN peacekeeping force"}


def test_a_legal_form_suffix_is_the_same_company_and_loses_a_tie():
    assert _linked(("a", "Northbridge Water Ltd", "organisation"), ("b", "Northbridge Water", "unknown")) == [
        "Northbridge Water",
        "Northbridge Water",
    ]
    assert set(_linked(("a", "Tesco plc", "organisation"), ("b", "Tesco", "organisation"))) == {"Tesco"}


def test_country_variants_and_possessives_are_one_name():
    assert _linked(("a", "Russia's Defence Ministry", "organisation"), ("b", "Russian Defence Ministry", "organisation")) == [
        "Russian Defence Ministry"
    ] * 2
    assert _linked(("a", "United States", "place"), ("b", "US", "place"), ("c", "US", "place")) == ["US"] * 3


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Syrian government forces", "Syrian rebel forces"),  # a word that tells them apart
        ("US-led coalition", "Saudi-led coalition"),  # other anchors
        ("military coalition", "coalition"),  # no anchor: nothing says whose
        ("Russian Defence Ministry", "Defence Ministry"),  # one says whose, the other does not
        ("North Korea", "South Korea"),
    ],
)
def test_bodies_that_only_look_alike_stay_apart(first, second):
    assert _linked(("a", first, "organisation"), ("b", second, "organisation")) == [first, second]


def test_a_surname_alone_is_not_linked_across_documents():
    names = _linked(("a", "Michael Howard", "person"), ("b", "Mr Howard", "person"), ("c", "Mrs Howard", "person"))
    assert names == ["Michael Howard", "Mr Howard", "Mrs Howard"]


def test_full_names_of_a_person_are_linked_without_honorifics():
    names = _linked(("a", "Helena Varga", "person"), ("b", "Ms Helena Varga", "person"), ("c", "Helena Varga", "person"))
    assert names == ["Helena Varga"] * 3


def test_a_case_variant_keeps_its_own_form():
    assert _linked(("a", "Analysts", "group"), ("b", "analysts", "group"), ("c", "analysts", "group")) == [
        "Analysts",
        "analysts",
        "analysts",
    ]


def test_renamed_rows_say_how_and_affiliations_follow():
    frame = pd.DataFrame(
        [
            ("a", "US-led coalition", "organisation", None, "as-written"),
            ("a", "US-led coalition", "organisation", None, "pronoun"),
            ("b", "US military coalition", "organisation", None, "as-written"),
            ("b", "Jo Reyes", "person", "US military coalition", "as-written"),
            ("b", None, "unknown", None, None),
        ],
        columns=["doc_id", "speaker_canonical", "speaker_type", "speaker_affiliation", "speaker_resolution"],
    )
    linked = link_speakers(frame)
    assert list(linked["speaker_canonical"][:4]) == ["US-led coalition"] * 3 + ["Jo Reyes"]
    assert pd.isna(linked["speaker_canonical"][4])
    assert list(linked["speaker_resolution"][:3]) == ["as-written", "pronoun", "name-variant"]
    assert linked["speaker_affiliation"][3] == "US-led coalition"
    assert frame["speaker_canonical"][2] == "US military coalition"  # the input is not changed


def test_link_needs_its_columns_and_accepts_an_empty_table():
    with pytest.raises(ValueError, match="missing: speaker_type"):
        link_speakers(pd.DataFrame(columns=["doc_id", "speaker_canonical"]))
    empty = pd.DataFrame(columns=["doc_id", "speaker_canonical", "speaker_type"])
    assert link_speakers(empty).empty


def test_link_results_renames_the_quotes_of_each_document():
    def result(doc_id: str, names: list[str | None]) -> DocResult:
        quotes = [
            Quote(type="indirect", quote="x", quote_start=0, quote_end=1, doc_id=doc_id, speaker_canonical=name,
                  speaker_type="organisation" if name else "unknown", speaker_resolution="as-written" if name else None)
            for name in names
        ]  # fmt: skip
        return DocResult(doc_id=doc_id, quotes=quotes)

    results = [result("a", ["US-led coalition", None]), result("b", []), result("c", ["US military coalition"])]
    linked = link_results(results)
    assert [r.doc_id for r in linked] == ["a", "b", "c"]
    assert [[q.speaker_canonical for q in r.quotes] for r in linked] == [["US-led coalition", None], [], ["US-led coalition"]]
    assert linked[2].quotes[0].speaker_resolution == "name-variant"
    assert results[2].quotes[0].speaker_canonical == "US military coalition"


def test_cli_links_speakers_across_inputs(tmp_path, nlp):
    (tmp_path / "outlet_a.txt").write_text(
        "Harbour dredging halted after protest\n\n"
        "The EU-led naval mission said on Friday that its divers had found no damage to the harbour wall.\n",
        encoding="utf8",
    )
    (tmp_path / "outlet_b.txt").write_text(
        "Harbour wall undamaged, divers find\n\n"
        "The harbour wall was not damaged, the EU-led naval mission said. The EU naval mission added that "
        "dredging would resume next week.\n",
        encoding="utf8",
    )
    runner = CliRunner()
    plain = runner.invoke(cli, ["extract", str(tmp_path), "-q"], catch_exceptions=False)
    linked = runner.invoke(cli, ["extract", str(tmp_path), "-q", "--link-speakers"], catch_exceptions=False)
    assert plain.exit_code == linked.exit_code == 0
    before = pd.read_csv(io.StringIO(plain.stdout))
    after = pd.read_csv(io.StringIO(linked.stdout))
    assert len(before) == len(after) == 3
    assert before["speaker_canonical"].nunique() == 2
    assert set(after["speaker_canonical"]) == {"EU-led naval mission"}
    same = [c for c in before.columns if c not in ("speaker_canonical", "speaker_resolution")]
    pd.testing.assert_frame_equal(after[same], before[same])


def test_cli_link_speakers_cannot_resume(tmp_path):
    (tmp_path / "a.txt").write_text("Text.", encoding="utf8")
    result = CliRunner().invoke(cli, ["extract", str(tmp_path), "-o", str(tmp_path / "out.csv"), "--resume", "--link-speakers"])
    assert result.exit_code == 2
    assert "--link-speakers" in result.output
