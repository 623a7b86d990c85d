"""Quoted names and titles on hand-built parses (`quotes.titles`), where the parse must be fixed."""

from __future__ import annotations

from test_reported_parses import found

# "Tuesday on WKRP’s “Morning Drive with Ann Cole,” while discussing the levy, Mayor Dunne likened it to a ransom
# note.": the tagger takes "’s" for a closing mark and ends a sentence there; the show's name hangs on the cue.
SHOW_AFTER_POSSESSIVE = """
Tuesday Tuesday PROPN NNP npadvmod 3 1
on on ADP IN prep 0 1
WKRP WKRP PROPN NNP pobj 1 0
’s ’s PART '' ROOT 3 1
“ “ PUNCT `` punct 6 0
Morning Morning PROPN NNP compound 6 1
Drive Drive PROPN NNP npadvmod 19 1
with with ADP IN prep 6 1
Ann Ann PROPN NNP compound 9 1
Cole Cole PROPN NNP pobj 7 0
, , PUNCT , punct 6 0
” ” PUNCT '' punct 6 1
while while SCONJ IN mark 13 1
discussing discuss VERB VBG advcl 19 1
the the DET DT det 15 1
levy levy NOUN NN dobj 13 0
, , PUNCT , punct 19 1
Mayor Mayor PROPN NNP compound 18 1
Dunne Dunne PROPN NNP nsubj 19 1
likened liken VERB VBD ROOT 19 1
it it PRON PRP dobj 19 1
to to ADP IN prep 19 1
a a DET DT det 24 1
ransom ransom NOUN NN compound 24 1
note note NOUN NN pobj 21 0
. . PUNCT . punct 19 0
"""


def test_show_after_possessive_tagged_as_a_mark_is_no_quote(nlp):
    assert found(nlp, SHOW_AFTER_POSSESSIVE) == []

