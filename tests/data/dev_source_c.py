"""Dev gold source C: pairs of invented articles in which two outlets cover the same event.

The outlets name the same bodies differently ("the EU-led naval mission" / "the EU naval mission";
"Northbridge Water Ltd" / "Northbridge Water"), so a canonical speaker is one name per body across
the pair, as an analyst counting who is quoted would want it. Which name: the form used in most
documents, then most often, then the one without a legal-form suffix or a word like "military",
then the fullest (the convention of README "Speakers across documents"). Each pair also has bodies that must
stay apart although their names look alike (government forces / rebel forces; two ministries).

Built into tests/data/dev.jsonl by tests/data/build_dev_gold.py (see that module for the fields).
"""


from build_dev_gold import doc as _doc, quote as _q

DOCS = [
    # Pair 1, outlet one: a rescue at sea.
    _doc(
        "dev_c01",
        [
            "Rescue ships pick up 340 people in a day off Libya",
            "The EU-led naval mission in the central Mediterranean said on Sunday that its ships had picked up "
            "340 people from three overcrowded boats in the space of 24 hours.",
            "“Conditions on board were desperate,” the mission said in a statement. “Several children needed "
            "urgent medical care and one woman was flown to Malta by helicopter.”",
            "Italy’s Interior Ministry said the vessels would be allowed to dock at Pozzallo, in Sicily, on "
            "Monday morning.",
            "The charity Sea Lantern, which runs its own rescue ship in the area, said the numbers showed that "
            "crossings had not slowed despite the winter weather.",
            "“We cannot keep relying on luck and on the goodwill of fishing crews,” said Marta Guidi, the "
            "charity’s coordinator on board. “Every week we are told the route is closing, and every week the "
            "boats keep coming.”",
        ],
        [
            _q("its ships had picked up 340 people from three overcrowded boats in the space of 24 hours",
               "The EU-led naval mission in the central Mediterranean", "said", "indirect", "EU-led naval mission"),
            _q("Conditions on board were desperate,", "the mission", "said", "direct", "EU-led naval mission"),
            _q("Several children needed urgent medical care and one woman was flown to Malta by helicopter.",
               "the mission", "said", "direct", "EU-led naval mission"),
            _q("the vessels would be allowed to dock at Pozzallo, in Sicily, on Monday morning",
               "Italy’s Interior Ministry", "said", "indirect", "Italian Interior Ministry"),
            _q("the numbers showed that crossings had not slowed despite the winter weather",
               "The charity Sea Lantern, which runs its own rescue ship in the area", "said", "indirect",
               "Sea Lantern"),
            _q("We cannot keep relying on luck and on the goodwill of fishing crews,",
               "Marta Guidi, the charity’s coordinator on board", "said", "direct", "Marta Guidi"),
            _q("Every week we are told the route is closing, and every week the boats keep coming.",
               "Marta Guidi, the charity’s coordinator on board", "said", "direct", "Marta Guidi"),
        ],
    ),
    # Pair 1, outlet two: the same rescue, other names for the same bodies, straight quotes.
    _doc(
        "dev_c02",
        [
            "Hundreds rescued from migrant boats in rough seas",
            "More than 300 migrants were rescued from three boats over the weekend, the EU naval mission said.",
            'A spokesman for the mission, Commander Luca Ferri, told reporters the rescues had been carried '
            'out in waves of up to three metres. "It was one of the most difficult operations of the winter," '
            'he said.',
            "The Italian interior ministry confirmed that the ships would dock in Sicily. The Maltese "
            "government said it had treated a woman flown in by helicopter and that her condition was stable.",
            'Sea Lantern, a charity that has operated in the area since 2019, said crossings were running at '
            'twice last year\'s rate. "The boats keep coming," Marta Guidi, its coordinator, said.',
        ],
        [
            _q("More than 300 migrants were rescued from three boats over the weekend", "the EU naval mission",
               "said", "indirect", "EU-led naval mission"),
            _q("the rescues had been carried out in waves of up to three metres",
               "A spokesman for the mission, Commander Luca Ferri", "told", "indirect", "Luca Ferri"),
            _q("It was one of the most difficult operations of the winter,", "he", "said", "direct", "Luca Ferri"),
            _q("the ships would dock in Sicily", "The Italian interior ministry", "confirmed", "indirect",
               "Italian Interior Ministry"),
            _q("it had treated a woman flown in by helicopter and that her condition was stable",
               "The Maltese government", "said", "indirect", "Maltese government"),
            _q("crossings were running at twice last year's rate",
               "Sea Lantern, a charity that has operated in the area since 2019", "said", "indirect",
               "Sea Lantern"),
            _q("The boats keep coming,", "Marta Guidi, its coordinator", "said", "direct", "Marta Guidi"),
        ],
    ),
    # Pair 2, outlet one: a water company fined; the company under its legal name.
    _doc(
        "dev_c03",
        [
            "Water firm fined £2.1m over sewage spills into the River Calder",
            "Northbridge Water Ltd has been fined £2.1m for allowing untreated sewage to flow into the River "
            "Calder on 46 days over two summers.",
            "Judge Helen Marsh told the company at Leeds Crown Court that the spills had been “entirely "
            "avoidable” and that warnings from its own staff had been ignored.",
            "The Environment Agency, which brought the prosecution, said it was one of the largest fines ever "
            "imposed on a water company in the north of England.",
            "Northbridge Water Ltd said in a statement that it accepted the court’s decision and had already "
            "spent £30m upgrading the Calder Bridge treatment works. “We are sorry for the harm caused to the "
            "river and to the people who use it,” the statement said.",
            "Local angling clubs said fish stocks had still not recovered.",
        ],
        [
            _q("the spills had been “entirely avoidable” and that warnings from its own staff had been ignored",
               "Judge Helen Marsh", "told", "mixed", "Helen Marsh"),
            _q("it was one of the largest fines ever imposed on a water company in the north of England",
               "The Environment Agency, which brought the prosecution", "said", "indirect",
               "Environment Agency"),
            _q("it accepted the court’s decision and had already spent £30m upgrading the Calder Bridge "
               "treatment works", "Northbridge Water Ltd", "said", "indirect", "Northbridge Water",
               after="Northbridge Water Ltd said"),
            _q("We are sorry for the harm caused to the river and to the people who use it,", "the statement",
               "said", "direct", "Northbridge Water"),
            _q("fish stocks had still not recovered", "Local angling clubs", "said", "indirect",
               "local angling clubs"),
        ],
    ),
    # Pair 2, outlet two: the same case, the company under its trading name.
    _doc(
        "dev_c04",
        [
            "Sewage fine is a warning to every water company, say campaigners",
            "Campaigners have welcomed a £2.1m fine handed to Northbridge Water for pollution of the River "
            "Calder, but said the penalty was small beside the company’s profits.",
            "“This fine is a start, but it is less than a week of the firm’s profits,” said Owen Pryce of the "
            "Calder Rivers Trust.",
            "A spokesperson for the Environment Agency said the prosecution should be “a warning to every "
            "water company that thinks spills are a cost of doing business”.",
            "Northbridge Water said it was sorry for the pollution and was investing in its treatment works. "
            "The company added that no spills had been recorded at the site since March.",
        ],
        [
            _q("the penalty was small beside the company’s profits", "Campaigners", "said", "indirect",
               "campaigners"),
            _q("This fine is a start, but it is less than a week of the firm’s profits,",
               "Owen Pryce of the Calder Rivers Trust", "said", "direct", "Owen Pryce"),
            _q("the prosecution should be “a warning to every water company that thinks spills are a cost of "
               "doing business”", "A spokesperson for the Environment Agency", "said", "mixed",
               "Environment Agency"),
            _q("it was sorry for the pollution and was investing in its treatment works", "Northbridge Water",
               "said", "indirect", "Northbridge Water", after="pollution of the River"),
            _q("no spills had been recorded at the site since March", "The company", "added", "indirect",
               "Northbridge Water"),
        ],
    ),
    # Pair 3, outlet one: a ceasefire; government and rebel forces must not be linked.
    _doc(
        "dev_c05",
        [
            "Truce holds in Varna valley as both sides trade accusations",
            "Marovian government forces said on Thursday they had withdrawn heavy weapons from the front line "
            "near Kessel, in line with the truce agreed last week.",
            "Marovian rebel forces said the withdrawal was “for the cameras” and that artillery was still in "
            "place behind the ridge.",
            "The UN peacekeeping force in the valley said its observers had not been allowed to visit the "
            "ridge. “We need full access to both sides of the line,” it said.",
        ],
        [
            _q("they had withdrawn heavy weapons from the front line near Kessel, in line with the truce agreed "
               "last week", "Marovian government forces", "said", "indirect", "Marovian government forces"),
            _q("the withdrawal was “for the cameras” and that artillery was still in place behind the ridge",
               "Marovian rebel forces", "said", "mixed", "Marovian rebel forces"),
            _q("its observers had not been allowed to visit the ridge", "The UN peacekeeping force in the valley",
               "said", "indirect", "UN peacekeeping force"),
            _q("We need full access to both sides of the line,", "it", "said", "direct", "UN peacekeeping force"),
        ],
    ),
    # Pair 3, outlet two: the same day from the capital.
    _doc(
        "dev_c06",
        [
            "Marova ceasefire: rebels say guns still in place",
            "Rebel forces said on Thursday that the government had moved its artillery only a few kilometres "
            "back from the front. “Nothing has changed on the ground,” a rebel commander told the Daily "
            "Courier.",
            "Marova’s defence ministry said the claim was “propaganda” and that UN-led peacekeepers were "
            "welcome to inspect the sites.",
            "The UN-led peacekeeping force said it expected to send observers to the ridge within days.",
        ],
        [
            _q("the government had moved its artillery only a few kilometres back from the front",
               "Rebel forces", "said", "indirect", "Marovian rebel forces"),
            _q("Nothing has changed on the ground,", "a rebel commander", "told", "direct", "rebel commander"),
            _q("the claim was “propaganda” and that UN-led peacekeepers were welcome to inspect the sites",
               "Marova’s defence ministry", "said", "mixed", "Marova’s defence ministry"),
            _q("it expected to send observers to the ridge within days", "The UN-led peacekeeping force",
               "said", "indirect", "UN peacekeeping force"),
        ],
    ),
]
