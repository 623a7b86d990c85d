"""Dev gold source D: invented US-style political articles.

What US news does that the other sources do not: titles and party tags around a name ("Sen. Claire
Dunmore (D-Mo.)", "House Speaker Paul Reyes, R-Wis.,"), role nominals that refer back to them ("the
senator", "the speaker"), acronyms spelled out once ("the Congressional Budget Office (CBO)"), a hearing
transcript with speaker labels ("DUNMORE:"), a poll named by its issuer, and a first-person op-ed with a
byline. Canonical names follow the convention of the other sources: the person's fullest name without
title or party tag, a body's full name rather than its acronym, a generic source as written.

Built into tests/data/dev.jsonl by tests/data/build_dev_gold.py (see that module for the fields).
"""

from build_dev_gold import doc as _doc, quote as _q

DOCS = [
    # A congressional story: titles, party tags, role nominals, an acronym.
    _doc(
        "dev_d01",
        [
            "Senate Democrats press for vote on rural broadband bill",
            "WASHINGTON — Sen. Claire Dunmore (D-Mo.) said Tuesday that the rural broadband bill would reach the "
            "Senate floor before the August recess, despite objections from Republican leaders.",
            "“Families in the Ozarks have waited long enough for a connection their kids can do homework on,” "
            "the senator told reporters outside the Capitol.",
            "Rep. Eli Cato (R-Texas), who chairs the House subcommittee on communications, said the bill spent "
            "too much on fiber in places where wireless service would do.",
            "“We are not going to write a blank check,” the congressman said. “Show me the maps first.”",
            "The Congressional Budget Office (CBO) estimated last month that the program would cost $41 billion "
            "over ten years. The CBO said most of that money would be spent after 2028.",
            "House Speaker Paul Reyes, R-Wis., said he would not bring the Senate version to a vote without "
            "changes to the funding formula.",
            "Critics of the bill say it leaves out tribal lands.",
        ],
        [
            _q("the rural broadband bill would reach the Senate floor before the August recess, despite objections "
               "from Republican leaders", "Sen. Claire Dunmore (D-Mo.)", "said", "indirect", "Claire Dunmore"),
            _q("Families in the Ozarks have waited long enough for a connection their kids can do homework on,",
               "the senator", "told", "direct", "Claire Dunmore"),
            _q("the bill spent too much on fiber in places where wireless service would do",
               "Rep. Eli Cato (R-Texas), who chairs the House subcommittee on communications", "said", "indirect",
               "Eli Cato"),
            _q("We are not going to write a blank check,", "the congressman", "said", "direct", "Eli Cato"),
            _q("Show me the maps first.", "the congressman", "said", "direct", "Eli Cato"),
            _q("most of that money would be spent after 2028", "The CBO", "said", "indirect",
               "Congressional Budget Office"),
            _q("he would not bring the Senate version to a vote without changes to the funding formula",
               "House Speaker Paul Reyes, R-Wis.,", "said", "indirect", "Paul Reyes"),
            _q("it leaves out tribal lands", "Critics of the bill", "say", "indirect", "Critics of the bill"),
        ],
    ),
    # A hearing transcript: speaker labels in capitals, named in full in the introduction.
    _doc(
        "dev_d02",
        [
            "Transcript: Gov. Ana Ruiz questioned on water rights",
            "The following is an excerpt from Thursday's hearing of the state Senate water committee, at which "
            "Gov. Ana Ruiz answered questions from Sen. Tom Halloran, the committee's Republican chairman.",
            "HALLORAN: Governor, did your office know about the shortfall before the allocation was announced?",
            "RUIZ: We knew the snowpack was low. We did not know the reservoir numbers were wrong until the "
            "district told us in May.",
            "HALLORAN: So the district misled you?",
            "RUIZ: I would not say misled. I would say the numbers were bad and nobody checked them.",
        ],
        [
            _q("Governor, did your office know about the shortfall before the allocation was announced?",
               "HALLORAN", None, "direct", "Tom Halloran"),
            _q("We knew the snowpack was low. We did not know the reservoir numbers were wrong until the "
               "district told us in May.", "RUIZ", None, "direct", "Ana Ruiz"),
            _q("So the district misled you?", "HALLORAN", None, "direct", "Tom Halloran"),
            _q("I would not say misled. I would say the numbers were bad and nobody checked them.",
               "RUIZ", None, "direct", "Ana Ruiz"),
        ],
    ),
    # A poll story: the poll is its issuer; a role nominal refers to a candidate named with a title.
    _doc(
        "dev_d03",
        [
            "Poll: Marsh leads in governor's race as undecided voters shrink",
            "Former Attorney General Dana Marsh leads the Democratic primary for governor by nine points, "
            "according to a Lakeshore University poll released Wednesday.",
            "The poll found that 61 percent of likely voters had made up their minds, up from 44 percent in March.",
            "Marsh, who resigned as attorney general last year to run, has led in every public survey since "
            "January. The former attorney general said in a statement that the numbers showed “voters want "
            "someone who has stood up to the utilities.”",
            "Her closest rival, state Rep. Victor Almeida (D-Fairview), said he was not worried. “Polls in June "
            "don't vote in August,” Almeida said.",
        ],
        [
            _q("Former Attorney General Dana Marsh leads the Democratic primary for governor by nine points",
               "a Lakeshore University poll released Wednesday", "according to", "indirect", "Lakeshore University"),
            _q("61 percent of likely voters had made up their minds, up from 44 percent in March", "The poll",
               "found", "indirect", "Lakeshore University"),
            _q("voters want someone who has stood up to the utilities.", "The former attorney general", "said",
               "mixed", "Dana Marsh"),
            _q("he was not worried", "Her closest rival, state Rep. Victor Almeida (D-Fairview),", "said",
               "indirect", "Victor Almeida"),
            _q("Polls in June don't vote in August,", "Almeida", "said", "direct", "Victor Almeida"),
        ],
    ),
    # A first-person op-ed with a byline: "I" outside quotation marks is the author.
    _doc(
        "dev_d04",
        [
            "Opinion: Our town's library is worth a penny on the tax rate",
            "By Margaret Okonkwo",
            "I have lived in Pine Falls for thirty-one years, and I have never asked the town council for "
            "anything. Now I am asking.",
            "My father, Samuel Okonkwo, taught me to read at the old library on Elm Street. He used to say that "
            "a town that closes its library has decided it has nothing left to learn.",
            "The council's budget chair, Robert Lindqvist, argues that the town cannot afford a new building. "
            "I say the town cannot afford to go without one.",
            "Margaret Okonkwo is a retired schoolteacher and a member of the Friends of the Pine Falls Library.",
        ],
        [
            _q("a town that closes its library has decided it has nothing left to learn", "He", "say",
               "indirect", "Samuel Okonkwo"),
            _q("the town cannot afford a new building", "The council's budget chair, Robert Lindqvist,", "argues",
               "indirect", "Robert Lindqvist"),
            _q("the town cannot afford to go without one", "I", "say", "indirect", "Margaret Okonkwo",
               after="Robert Lindqvist, argues"),
        ],
    ),
]
