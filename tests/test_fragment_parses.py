"""Quoted fragments through parses the model gets wrong in real news (issue 10): each `Doc` is built by hand with
the parse the pipeline gave a sentence like it, so the rule (`quotes.fragments.fragment_after_cue`) is tested on
that parse whatever the model does with the sentence today. Sentences are made up; the parses copy the shape of the
model's mistakes."""

from __future__ import annotations

from test_reported_parses import found  # the same hand-built parses, here with a column for the spaces

# "Ruiz, a county ally, called Dayton's schools “strong.”": the cue parsed as a participle on the name ("a man called
# X"), its object as the object of the participle and the fragment hung on the name
CUE_AS_PARTICIPLE = """
Ruiz Ruiz PROPN NNP ROOT 0 0
, , PUNCT , punct 0 1
a a DET DT det 4 1
county county NOUN NN compound 4 1
ally ally NOUN NN appos 0 0
, , PUNCT , punct 0 1
called call VERB VBN acl 0 1
Dayton Dayton PROPN NNP poss 9 0
's 's PART POS case 7 1
schools school NOUN NNS oprd 6 1
“ “ PUNCT `` punct 11 0
strong strong ADJ JJ amod 0 0
. . PUNCT . punct 0 0
” ” PUNCT '' punct 0 0
"""


def test_fragment_after_a_cue_parsed_as_participle_with_an_object(nlp):
    assert found(nlp, CUE_AS_PARTICIPLE) == [("mixed", "Dayton's schools “strong.”", "Ruiz, a county ally")]


# "Both parties oppose a formula called the “chained index”.": a participle that names a thing, no object between
NAMING_PARTICIPLE = """
Both both DET DT det 1 1
parties party NOUN NNS nsubj 2 1
oppose oppose VERB VBP ROOT 2 1
a a DET DT det 4 1
formula formula NOUN NN dobj 2 1
called call VERB VBN acl 4 1
the the DET DT det 9 1
“ “ PUNCT `` punct 9 0
chained chain VERB VBN amod 9 1
index index NOUN NN oprd 5 0
” ” PUNCT '' punct 9 0
. . PUNCT . punct 2 0
"""


def test_fragment_named_by_a_participle_is_no_quote(nlp):
    assert found(nlp, NAMING_PARTICIPLE) == []
