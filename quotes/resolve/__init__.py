"""Who a speaker mention refers to: a canonical name, a type, a role and an affiliation.

`resolve_speakers(doc, quotes)` reads the document once. It indexes the mentions that can name a
speaker (named entities, proper nouns, noun phrases headed by a role, body, outlet or statement
noun, subject pronouns that are not expletive, the quotes' speakers) and clusters name variants
under the fullest form: a surname ("Varga", "Ms Varga", "Van Dierendonck") joins the first full
name ending with it whose gender does not clash; a short first name joins the formal one with the same
surname ("Bobby Scott", "Robert C. Scott": `nicknames.txt`); a one-word organisation joins the one longer name
that starts with it ("Northlink" / "Northlink Rail") and a longer name ending with it
("Defence Ministry"); a surname two full names end with is the one named last, in its sentence or the
one before ("Bundy" after "Ammon Bundy"); a surname misspelt with the same letters doubled or moved ("Labbot"
after "Elise Labott") joins the one full name it misspells; the given name of a name with a patronymic
("Alwaleed bin Talal"), alone or after a royal title ("Prince Alwaleed"), joins it; "Russia's Defence Ministry" reads "Russian Defence Ministry"; titles
("Chief Constable", "Sen."), honorifics and post-nominals ("KC") are not part of a name when matching, and a
capitalised role word alone is a role, not a name ("The Chancellor", "Director, David Caldwell");
an acronym joins the name it abbreviates: the one the text spells out ("the International Monetary Fund
(IMF)"), the one `acronyms.txt` gives, or the one name whose initials it is ("PPIC").
Then it walks the mentions in document order, so that each is resolved once, from what came
before it (a line break ends a sentence: a headline is not part of the paragraph under it). The
first of these rules that applies decides:

1. `_resolve_pronoun`: "he", "she", "it", "they", "we" take the nearest compatible antecedent in
   the last few sentences, outside quoted content (unless the pronoun is in the same content):
   a speaker or subject first, then an exact gender match, then the latest; agreeing in gender
   (first-name lexicon, "Mr"/"Ms", "spokeswoman"), number and type ("it" is a body, place or
   outlet; "they" a group or body; "we" a body, else the latest speaker's organisation). "I" or
   "we" outside quotation marks is the author a byline or a signature names ("By Margaret Okonkwo",
   "— Margaret Okonkwo", "Margaret Okonkwo is a librarian in Halden."). "he"/"she" with no one in
   reach after a list or a tweet is the latest person of that gender named as a subject further back.
2. `_resolve_spokesperson`: "A spokeswoman for the Culture Ministry, Anna Kerr" is Anna Kerr
   (role and affiliation kept); "A spokesman from the Russian Defence Ministry" is the ministry, and so is
   a name of several words that runs up to the spokes noun ("A Department for Work and Pensions spokeswoman",
   however the parser headed it);
   "a spokesman for Mr Blair", "her spokesman" the person spoken for; "a spokesman" alone the
   organisation in focus.
3. `_resolve_members`: "Analysts at Pelham Wright", "officials from the ministry" are the body.
4. `_resolve_statement`: "The US Central Command statement", "the ministry's statement", "a
   statement from X", "a Civica poll", "a report in the Daily Post", and "the statement" after "X
   issued a statement" / "In a statement, X said" are their issuer (also a statement word capitalised
   because it opens a sentence: "Research from Halifax suggests"); failing that, the previous speaker if a
   body or outlet.
5. `_resolve_described_name`: a description with a name is the name: "Russian news agency,
   Sputnik"; "Syrian state-run news agency SANA"; "Her barrister, Ruth Abernathy" (role kept).
6. `_resolve_demonym`: "the Russians" is Russia, in the form the document uses ("the US").
7. `_resolve_person_description`: "the 51-year-old", "the Argentine" are the speaker or person in focus
   (never a description that names no one).
8. `_resolve_nominal`: "the ministry", "the mayor", "the directorate", "the airline" are the
   latest earlier mention with that head noun, role or description ("Maria Lopez, the town's
   mayor"; "Budget airline Skyvane"; "Sen. Claire Dunmore" for "the senator", "Rep. Eli Cato" for
   "the congressman"); "the company" with none is the organisation in focus; "his brother", "my
   father" are the one named as such ("My father, James Meehan"); before it, `_resolve_owned_body`:
   "his campaign", "her office" are the body named after the person ("Ada Quill campaign").
9. `_resolve_role_holder`: a role noun no earlier mention names is the person in focus (the latest
   subject or speaker of the last three sentences) who holds no other role: "the former governor",
   "the Florida senator", "the Texan"; a bare role noun ("the chancellor") only someone known to
   hold that role; a described one right after a quote is the one who spoke ("added the
   Uruguayan-born researcher"); failing those, one opening its sentence is the person named at the very end
   of the sentence before ("... a key ally of Tony Blair. The premier insisted"). Before it, `_resolve_nominal` gives an epithet ("the defender") the
   speaker in focus, else the person in focus with no other person as a subject between, and "the
   newspaper" the one outlet named in the last few sentences.
10. `_resolve_named_next`: an indefinite report, body or outlet that the next sentence names is that
   name: "according to a new poll. The survey, conducted by the Fenwick Institute"; "A union has
   warned ... The Rail Workers Union said".
11. `_resolve_headline_body`: an outlet or body noun of a headline ("Newspaper: Minister used ...") is the
   outlet or body the story's first sentences name as a subject ("The Ledger reported");
   `_resolve_headline_person`: a headline's speaker that is a role with no article ("..., former rival says")
   is the first named person the story's first sentences quote.
12. `_resolve_some_of_a_people`: "some Democrats", "one senior Republican", "Democrats in Iowa" name no
   one (kept as written, "unresolved"); "the Democrats", "the Liberal Democrats" are names.
13. `_resolve_name`: a name is its cluster's canonical form ("as-written" or "name-variant"), with the
   party of a US party tag as its affiliation ("(D-Mo.)", ", R-Wis.,") and an abbreviated title as
   its role ("Sen." -> senator).
14. `_resolve_as_written`: anything else is its own text, less a leading determiner.

A quote's speaker mention that is a description naming no one ("the senator" with no senator in
reach, "critics", "a source familiar with the matter", "The stream of new money") keeps its text as
written, article and all, with resolution "unresolved" (type "unknown" for an indefinite person), so
that it can be told from a name and filtered: never its head noun alone.

Names coordinated in one speaker mention are one group: "Raymond Poole and Denise Whitlow". The
type comes from the outlet list, the head noun's lexicon entry, an honorific or first name, the
entity label and a description ("marketing company Doubleclick"). The lexicons are data in
`quotes/data/`: `first_names.txt`, `nominals.txt`, `media.txt`, `countries.txt`, `name_parts.txt`,
`title_abbreviations.txt`, `acronyms.txt`, `nicknames.txt`.

Across documents, `quotes.link` gives each speaker one name over a corpus (`link_speakers`) and
one row per speaker (`summarize_speakers`).

The package, one idea per module: `quotes.resolve.words` (the words and labels the rules key on) and
`quotes.resolve.lexicons` (the word lists); `quotes.resolve.records` (`Speaker` and the records resolution
works on); `quotes.resolve.tokens` (helpers on tokens); `quotes.resolve.names` (reading a mention's name) and
`quotes.resolve.clusters` (name variants under their fullest form); `quotes.resolve.forms` (titles, party tags,
acronyms, nicknames and bylines as news writes them); `quotes.resolve.mentions` (the mention
index); `quotes.resolve.rules` (the rules above, as the list `RULES`) and `quotes.resolve.lookup` (what they
look up); `quotes.resolve.resolver` (`resolve_speakers`, walking the mentions in document order).
"""

from .lexicons import Country, Lexicons, Nominal, _key, default_lexicons, epithets
from .records import UNKNOWN, Speaker
from .resolver import resolve_speakers
from .words import _clean, _plain

__all__ = ["Lexicons", "Nominal", "Speaker", "default_lexicons", "resolve_speakers"]
