"""Dev gold source E: invented US-style political news, written the way American newsrooms set quotes.

The New York Times style of two apostrophes for a double quotation mark (''...''), a quote interrupted
by its cue, a quoted question with its cue in a sentence of its own, an inverted cue with a colon, a
description between a quote and the next one, and an interview transcript with Q:/A: labels.

Built into tests/data/dev.jsonl by tests/data/build_dev_gold.py (see that module for the fields).
"""


from build_dev_gold import doc as _doc, quote as _q

DOCS = [
    _doc(
        "dev_e01",
        [
            "Transit Bill Stalls as Senators Trade Blame",
            "ALBANY -- A plan to rebuild the state's aging commuter rail lines stalled in the State Senate on "
            "Tuesday, as leaders of both parties blamed each other for a delay that could cost the system "
            "$2 billion in federal aid.",
            "''We had the votes last week, and we have the votes today,'' said Senator Rosa Quintero, a "
            "Democrat from Queens who wrote the bill. ''What we do not have is a calendar.''",
            "Republicans said the bill had been rushed. ''Nobody has read the financing section,'' Senator "
            "Glenn Marsh said, ''and nobody can tell me who pays for it.''",
            "''Why would we sign a blank check?'' Mr. Marsh asked. ''The riders deserve better than that.''",
            "Said Ms. Quintero: ''The riders have been waiting for eleven years.''",
            "The governor's office, which must sign any agreement, stayed out of the dispute. A spokeswoman, "
            "Dana Whitfield, said the governor expected a deal before the session ends in June.",
        ],
        [
            _q("We had the votes last week, and we have the votes today,", "Senator Rosa Quintero", "said",
               "direct", "Rosa Quintero"),
            _q("What we do not have is a calendar.", "Senator Rosa Quintero", "said", "direct", "Rosa Quintero"),
            _q("the bill had been rushed", "Republicans", "said", "indirect", None),
            _q("Nobody has read the financing section,", "Senator Glenn Marsh", "said", "direct", "Glenn Marsh"),
            _q("and nobody can tell me who pays for it.", "Senator Glenn Marsh", "said", "direct", "Glenn Marsh"),
            _q("Why would we sign a blank check?", "Mr. Marsh", "asked", "direct", "Glenn Marsh"),
            _q("The riders deserve better than that.", "Mr. Marsh", "asked", "direct", "Glenn Marsh"),
            _q("The riders have been waiting for eleven years.", "Ms. Quintero", "Said", "direct", "Rosa Quintero"),
            _q("the governor expected a deal before the session ends in June", "A spokeswoman, Dana Whitfield",
               "said", "indirect", "Dana Whitfield"),
        ],
    ),
    _doc(
        "dev_e02",
        [
            "Q. and A.: A County Clerk on Counting Mail Ballots",
            "Maria Okafor has run elections in Harlan County for 14 years. She spoke with our reporter about the "
            "new rules for mail ballots. The interview has been condensed and edited.",
            "Q: How many mail ballots do you expect this fall?",
            "A: About twice as many as in the primary. We have hired twelve more counters.",
            "Most of them are retired teachers, and they are very careful.",
            "Q: Will the count be slower?",
            "A: Somewhat. But every ballot will be counted, and every signature will be checked.",
            "''We are not going to rush it,'' Ms. Okafor added after the interview. ''Accuracy comes first.''",
        ],
        [
            _q("How many mail ballots do you expect this fall?", "Q", None, "direct", None),
            _q("About twice as many as in the primary. We have hired twelve more counters.", "A", None, "direct",
               "Maria Okafor"),
            _q("Most of them are retired teachers, and they are very careful.", "A", None, "direct", "Maria Okafor"),
            _q("Will the count be slower?", "Q", None, "direct", None, after="condensed"),
            _q("Somewhat. But every ballot will be counted, and every signature will be checked.", "A", None, "direct",
               "Maria Okafor"),
            _q("We are not going to rush it,", "Ms. Okafor", "added", "direct", "Maria Okafor"),
            _q("Accuracy comes first.", "Ms. Okafor", "added", "direct", "Maria Okafor"),
        ],
    ),
]
