"""Dev gold source B: invented news documents (original text) with hand-annotated quotes.

Built into tests/data/dev.jsonl by tests/data/build_dev_gold.py (see that module for the fields).
"""


from build_dev_gold import doc as _doc, quote as _q

DOCS = [
    # Elections; straight double quotes.
    _doc(
        "dev_b01",
        [
            'Fenwick mayoral race tightens as mail-in count continues',
            'FENWICK - Challenger Dolores Ambrose narrowed the gap with incumbent mayor Carl Whitcombe on '
            'Tuesday night, with unofficial tallies showing fewer than 400 votes separating the two candidates.',
            '"Every single ballot will be counted, and we will respect the result," Ambrose told supporters at a '
            'community hall on Quarry Street. "But nobody should call this race tonight."',
            'Whitcombe, who has led the town for eight years, struck a more confident tone. He said his campaign '
            'expected the remaining mail-in ballots to "break our way" by a comfortable margin.',
            'Harlow County election director Hal Brenner confirmed that about 2,300 mail-in ballots were still '
            'being processed and would be tallied by Friday. Turnout stood at 41 percent, the Harlow County '
            "clerk's office reported.",
            'Some voters complained of long lines at the Riverside precinct, where a scanner broke down for '
            'nearly an hour. "I waited ninety minutes and almost gave up," said Tomas Ruiz, a retired machinist. '
            'Brenner acknowledged the delay and said a backup machine had been sent within 45 minutes.',
            'The race has been dominated by the so-called "Quarry Street plan," a proposal to turn a former '
            'gravel pit into 600 homes.',
        ],
        [
            _q("Every single ballot will be counted, and we will respect the result,", "Ambrose", "told",
               "direct", "Dolores Ambrose"),
            _q("But nobody should call this race tonight.", "Ambrose", "told", "direct", "Dolores Ambrose"),
            _q('his campaign expected the remaining mail-in ballots to "break our way" by a comfortable margin',
               "He", "said", "mixed", "Carl Whitcombe"),
            _q("about 2,300 mail-in ballots were still being processed and would be tallied by Friday",
               "Harlow County election director Hal Brenner", "confirmed", "indirect", "Hal Brenner"),
            _q("Turnout stood at 41 percent", "the Harlow County clerk's office", "reported", "indirect",
               "Harlow County Clerk's Office"),
            _q("I waited ninety minutes and almost gave up,", "Tomas Ruiz, a retired machinist", "said",
               "direct", "Tomas Ruiz"),
            _q("a backup machine had been sent within 45 minutes", "Brenner", "said", "indirect",
               "Hal Brenner"),
        ],
    ),
    # Policing.
    _doc(
        "dev_b02",
        [
            "Police review finds officers failed to log dozens of stop-and-search encounters",
            "The Policing Standards Inspectorate has published a review of the Marlow Constabulary after officers "
            "in two districts failed to record at least 86 stop-and-search encounters over six months last year.",
            "The report, published on Wednesday, described record-keeping in the Eastgate and Holloway districts "
            "as “inconsistent and at times absent”, and recommended that body-worn camera footage be audited "
            "every month.",
            "Chief Constable Rhiannon Pryce said the findings were “uncomfortable reading” for the force. “We ask "
            "the public to trust us with significant powers,” she told a press conference, “and that trust "
            "depends on us writing down what we do.”",
            "Ms Pryce said 14 officers had been given additional training and that two were facing misconduct "
            "proceedings.",
            "Campaigners were unimpressed. Dele Afolabi, chair of the Eastgate Community Safety Forum, said the "
            "review had taken too long and told reporters that residents had been raising the same concerns "
            "since 2019.",
            "“Training is not accountability,” Mr Afolabi said. “People want to know why this was allowed to "
            "happen.”",
            "A spokesperson for the Marlow Police and Crime Commissioner’s office said the commissioner would "
            "scrutinise the force’s response at a public meeting next month.",
        ],
        [
            _q("inconsistent and at times absent", "The report", "described", "mixed",
               "Policing Standards Inspectorate"),
            _q("body-worn camera footage be audited every month", "The report", "recommended", "indirect",
               "Policing Standards Inspectorate"),
            _q("the findings were “uncomfortable reading” for the force", "Chief Constable Rhiannon Pryce",
               "said", "mixed", "Rhiannon Pryce"),
            _q("We ask the public to trust us with significant powers,", "she", "told", "direct",
               "Rhiannon Pryce"),
            _q("and that trust depends on us writing down what we do.", "she", "told", "direct",
               "Rhiannon Pryce"),
            _q("14 officers had been given additional training and that two were facing misconduct proceedings",
               "Ms Pryce", "said", "indirect", "Rhiannon Pryce"),
            _q("the review had taken too long", "Dele Afolabi, chair of the Eastgate Community Safety Forum",
               "said", "indirect", "Dele Afolabi"),
            _q("residents had been raising the same concerns since 2019",
               "Dele Afolabi, chair of the Eastgate Community Safety Forum", "told", "indirect", "Dele Afolabi"),
            _q("Training is not accountability,", "Mr Afolabi", "said", "direct", "Dele Afolabi"),
            _q("People want to know why this was allowed to happen.", "Mr Afolabi", "said", "direct",
               "Dele Afolabi"),
            _q("the commissioner would scrutinise the force’s response at a public meeting next month",
               "A spokesperson for the Marlow Police and Crime Commissioner’s office", "said", "indirect",
               "Marlow Police and Crime Commissioner’s office"),
        ],
    ),
    # Tech company.
    _doc(
        "dev_b03",
        [
            "Faulty update behind day-long Tallyo outage",
            "Tallyo, the mobile payments app used by about three million people, said on Thursday that a faulty "
            "software update had caused an outage that left customers unable to send money for most of "
            "Wednesday.",
            "In a statement posted to its website, the company said no customer data had been lost or exposed. "
            "It apologised to users and said any late-payment fees caused by the disruption would be refunded.",
            "“We let our customers down yesterday, and we are sorry,” Tallyo’s chief executive, Marcus Oyelaran, "
            "wrote in an email to users. “We have paused all further updates until we understand exactly how "
            "this one slipped through our testing.”",
            "The outage began shortly after 9 a.m. and lasted roughly eleven hours, according to the monitoring "
            "site OutageWatch, which logged more than 40,000 user complaints.",
            "Small businesses were among the hardest hit. Bea Lindqvist, a baker with a stall at Corran Street "
            "market, said she had turned away customers all morning because her card reader kept failing. "
            "“Half of my regulars don’t carry cash any more,” Ms Lindqvist said.",
            "The Financial Conduct Office confirmed it was in contact with the firm. A spokesman for the "
            "regulator declined to say whether an investigation would be opened.",
            "Analysts at Brightwater Securities estimated that the outage could cost Tallyo as much as £4m in "
            "refunds and lost fees.",
        ],
        [
            _q("a faulty software update had caused an outage that left customers unable to send money for "
               "most of Wednesday",
               "Tallyo, the mobile payments app used by about three million people", "said", "indirect", "Tallyo"),
            _q("no customer data had been lost or exposed", "the company", "said", "indirect", "Tallyo"),
            _q("any late-payment fees caused by the disruption would be refunded", "It", "said", "indirect",
               "Tallyo"),
            _q("We let our customers down yesterday, and we are sorry,", "Tallyo’s chief executive, Marcus Oyelaran",
               "wrote", "direct", "Marcus Oyelaran"),
            _q("We have paused all further updates until we understand exactly how this one slipped through our "
               "testing.", "Tallyo’s chief executive, Marcus Oyelaran", "wrote", "direct", "Marcus Oyelaran"),
            _q("The outage began shortly after 9 a.m. and lasted roughly eleven hours",
               "the monitoring site OutageWatch", "according to", "indirect", "OutageWatch"),
            _q("she had turned away customers all morning because her card reader kept failing",
               "Bea Lindqvist, a baker with a stall at Corran Street market", "said", "indirect", "Bea Lindqvist"),
            _q("Half of my regulars don’t carry cash any more,", "Ms Lindqvist", "said", "direct",
               "Bea Lindqvist"),
            _q("it was in contact with the firm", "The Financial Conduct Office", "confirmed", "indirect",
               "Financial Conduct Office"),
            _q("the outage could cost Tallyo as much as £4m in refunds and lost fees",
               "Analysts at Brightwater Securities", "estimated", "indirect", "Brightwater Securities"),
        ],
    ),
    # Schools; British single quotes.
    _doc(
        "dev_b04",
        [
            "Wexley heads write to council over special needs funding",
            "The Wexley Association of Head Teachers has written to the county council warning that schools can "
            "no longer afford to support pupils with special educational needs without cutting other services.",
            "The letter said funding per pupil had fallen by 11 per cent in real terms since 2020. It said "
            "councillors must ‘stop passing the problem down to classrooms’.",
            "Under the council’s ‘fair share’ model, introduced in 2022, schools must cover the first £6,000 of "
            "support for each pupil before any top-up is paid.",
            "Gareth Pugh, head of St Aldhelm’s Primary in Coombe Vale, said: ‘We have a teaching assistant "
            "budget that runs out in February. After that, we are making it up as we go.’",
            "‘I have never signed a letter like this in 22 years,’ he added. ‘That should tell people "
            "something.’",
            "Councillor Fiona Marsh, the council’s cabinet member for education, acknowledged the pressure on "
            "schools but said the authority was ‘doing everything it can’ within a shrinking budget. She blamed "
            "the government for what she called ‘a broken formula’.",
            "The Department for Education said it had increased high-needs funding by £400m this year and would "
            "set out further reforms in the spring.",
        ],
        [
            _q("schools can no longer afford to support pupils with special educational needs without cutting "
               "other services", "The Wexley Association of Head Teachers", "warning", "indirect",
               "Wexley Association of Head Teachers"),
            _q("funding per pupil had fallen by 11 per cent in real terms since 2020", "The letter", "said",
               "indirect", "Wexley Association of Head Teachers"),
            _q("councillors must ‘stop passing the problem down to classrooms’", "It", "said", "mixed",
               "Wexley Association of Head Teachers"),
            _q("We have a teaching assistant budget that runs out in February. After that, we are making it up "
               "as we go.", "Gareth Pugh, head of St Aldhelm’s Primary in Coombe Vale", "said", "direct",
               "Gareth Pugh"),
            _q("I have never signed a letter like this in 22 years,", "he", "added", "direct", "Gareth Pugh"),
            _q("That should tell people something.", "he", "added", "direct", "Gareth Pugh"),
            _q("the authority was ‘doing everything it can’ within a shrinking budget",
               "Councillor Fiona Marsh, the council’s cabinet member for education", "said", "mixed",
               "Fiona Marsh"),
            _q("a broken formula", "she", "called", "mixed", "Fiona Marsh"),
            _q("it had increased high-needs funding by £400m this year and would set out further reforms in the "
               "spring", "The Department for Education", "said", "indirect", "Department for Education"),
        ],
    ),
    # Housing; no quotes (negatives only).
    _doc(
        "dev_b05",
        [
            "Rents in Port Avelin rise for ninth straight quarter",
            "Average private rents in Port Avelin rose 2.4 per cent in the three months to June, the ninth "
            "consecutive quarterly increase in the coastal city.",
            "A two-bedroom flat in the Harbourside district now costs an average of £1,390 a month, up from "
            "£1,120 two years ago. Rents in the northern suburbs of Kelby and Rowan Cross rose more slowly.",
            "The increases come as the city council prepares to launch its “Homes First” scheme, which will offer "
            "grants to landlords who agree to cap rents for five years. The scheme is said to be worth £12m over "
            "its first three years.",
            "Many tenants believe the grants will make little difference while demand continues to outstrip "
            "supply. Viewings for flats in popular areas regularly draw 30 or more people.",
            "The city’s housing shortage was the subject of “Priced Out”, a documentary broadcast on regional "
            "television last month.",
        ],
        [],
    ),
    # Energy prices; multi-paragraph quote.
    _doc(
        "dev_b06",
        [
            "Energy price cap to drop 7% in October",
            "The cap on household energy bills in Caldor will fall by 7 per cent from October, the Energy Markets "
            "Authority announced on Monday, bringing the typical annual bill down to about £1,610.",
            "The authority said lower wholesale gas prices over the summer had driven the reduction. But it "
            "warned that bills remained roughly 40 per cent higher than before the 2021 price shock.",
            "According to the consumer group FairPower, more than 1.2 million households are still behind on "
            "their energy payments. Its director, Nadia Hussain, told the Caldor Post that the fall was “welcome "
            "but nowhere near enough” for families in arrears.",
            "“Families who built up debts over three winters are not going to clear them with a saving of £10 a "
            "month,” Ms Hussain said.",
            "Energy minister Tobias Grange described the announcement as “a step in the right direction” and "
            "said the government would publish proposals for a social tariff before Christmas.",
            "Suppliers have been more cautious. In a note to investors, Hallam Energy said:",
            "“We expect wholesale markets to remain volatile through the winter. Customers should not assume "
            "that prices will continue to fall.",
            "“We would encourage anyone who can do so to consider a fixed-rate deal.”",
            "Campaigners have long opposed the so-called “standing charge”, a fixed daily fee that is not "
            "covered by the reduction.",
        ],
        [
            _q("The cap on household energy bills in Caldor will fall by 7 per cent from October",
               "the Energy Markets Authority", "announced", "indirect", "Energy Markets Authority"),
            _q("lower wholesale gas prices over the summer had driven the reduction", "The authority", "said",
               "indirect", "Energy Markets Authority"),
            _q("bills remained roughly 40 per cent higher than before the 2021 price shock", "it", "warned",
               "indirect", "Energy Markets Authority"),
            _q("more than 1.2 million households are still behind on their energy payments",
               "the consumer group FairPower", "According to", "indirect", "FairPower"),
            _q("the fall was “welcome but nowhere near enough” for families in arrears",
               "Its director, Nadia Hussain", "told", "mixed", "Nadia Hussain"),
            _q("Families who built up debts over three winters are not going to clear them with a saving of £10 "
               "a month,", "Ms Hussain", "said", "direct", "Nadia Hussain"),
            _q("a step in the right direction", "Energy minister Tobias Grange", "described", "mixed",
               "Tobias Grange"),
            _q("the government would publish proposals for a social tariff before Christmas",
               "Energy minister Tobias Grange", "said", "indirect", "Tobias Grange"),
            _q("We expect wholesale markets to remain volatile through the winter. Customers should not assume "
               "that prices will continue to fall.", "Hallam Energy", "said", "direct", "Hallam Energy"),
            _q("We would encourage anyone who can do so to consider a fixed-rate deal.", "Hallam Energy", "said",
               "direct", "Hallam Energy"),
        ],
    ),
    # Tennis; German-style „…“ marks.
    _doc(
        "dev_b07",
        [
            "Kessler stuns top seed to reach Linzbach final",
            "LINZBACH — Qualifier Jonas Kessler produced the biggest upset of the Linzbach Open on Saturday, "
            "beating top seed Mateo Barreiro 7-6, 3-6, 6-4 to reach his first tour-level final.",
            "„I came here hoping to win one match in qualifying,“ Kessler said afterwards. „Now I have to call "
            "my mother and tell her to book a hotel for another night.“",
            "The 21-year-old, ranked 187th in the world, saved four break points in the deciding set. His coach, "
            "Ulrike Brandl, said he had been „hitting the ball like this in practice for months“.",
            "Barreiro, the world No 9, admitted he had struggled with his serve in his first tournament since a "
            "wrist injury. „My wrist is fine,“ the Argentine insisted, „but my timing is not there yet.“",
            "„He deserved it,“ Barreiro added. „He was braver than me on the big points.“",
            "Tournament director Klaus Fenner confirmed that the final would be moved to the evening session "
            "because of forecast heat. Kessler will face the Danish veteran Henrik „The Hammer“ Holm.",
        ],
        [
            _q("I came here hoping to win one match in qualifying,", "Kessler", "said", "direct", "Jonas Kessler"),
            _q("Now I have to call my mother and tell her to book a hotel for another night.", "Kessler", "said",
               "direct", "Jonas Kessler"),
            _q("he had been „hitting the ball like this in practice for months“", "His coach, Ulrike Brandl",
               "said", "mixed", "Ulrike Brandl"),
            _q("he had struggled with his serve in his first tournament since a wrist injury",
               "Barreiro, the world No 9", "admitted", "indirect", "Mateo Barreiro"),
            _q("My wrist is fine,", "the Argentine", "insisted", "direct", "Mateo Barreiro"),
            _q("but my timing is not there yet.", "the Argentine", "insisted", "direct", "Mateo Barreiro"),
            _q("He deserved it,", "Barreiro", "added", "direct", "Mateo Barreiro"),
            _q("He was braver than me on the big points.", "Barreiro", "added", "direct", "Mateo Barreiro"),
            _q("the final would be moved to the evening session because of forecast heat",
               "Tournament director Klaus Fenner", "confirmed", "indirect", "Klaus Fenner"),
        ],
    ),
    # Cycling; straight double quotes.
    _doc(
        "dev_b08",
        [
            "Van Dierendonck crashes out of Tour of Averne",
            "Belgian rider Pieter Van Dierendonck has abandoned the Tour of Averne after a high-speed crash on "
            "the descent from the Col de Sarre on Wednesday's fifth stage.",
            "His team, Orveno-Kastel, released a statement that the 27-year-old had suffered a fractured "
            'collarbone and would undergo surgery in Lyon on Thursday. "Pieter is in good spirits and already '
            'asking when he can get back on the bike," the statement said.',
            'Van Dierendonck tweeted from hospital that he was "gutted but grateful" to the medical staff.',
            'Several riders criticised the route. "That descent had no business being in the race after the rain '
            'we had," said Lukas Merz, the German national champion. Merz said riders had raised concerns about '
            "the road surface at a meeting on Tuesday evening.",
            "Race organiser Averne Sport Events denied that any warnings had been ignored. According to race "
            "director Sylvie Caron, the descent was inspected twice on the morning of the stage and declared "
            "safe.",
            '"We take the safety of riders extremely seriously," Caron said. "We will look at the footage with '
            "the riders' union, and if we need to change something for next year, we will.\"",
            "The stage was won by Colombian climber Andres Quintero, who now leads the general classification "
            "by 42 seconds.",
        ],
        [
            _q("the 27-year-old had suffered a fractured collarbone and would undergo surgery in Lyon on Thursday",
               "His team, Orveno-Kastel", "released a statement", "indirect", "Orveno-Kastel"),
            _q("Pieter is in good spirits and already asking when he can get back on the bike,", "the statement",
               "said", "direct", "Orveno-Kastel"),
            _q('he was "gutted but grateful" to the medical staff', "Van Dierendonck", "tweeted", "mixed",
               "Pieter Van Dierendonck"),
            _q("That descent had no business being in the race after the rain we had,",
               "Lukas Merz, the German national champion", "said", "direct", "Lukas Merz"),
            _q("riders had raised concerns about the road surface at a meeting on Tuesday evening", "Merz",
               "said", "indirect", "Lukas Merz"),
            _q("any warnings had been ignored", "Race organiser Averne Sport Events", "denied", "indirect",
               "Averne Sport Events"),
            _q("the descent was inspected twice on the morning of the stage and declared safe",
               "race director Sylvie Caron", "According to", "indirect", "Sylvie Caron"),
            _q("We take the safety of riders extremely seriously,", "Caron", "said", "direct", "Sylvie Caron"),
            _q("We will look at the footage with the riders' union, and if we need to change something for next "
               "year, we will.", "Caron", "said", "direct", "Sylvie Caron"),
        ],
    ),
    # Wildlife; multi-paragraph quote.
    _doc(
        "dev_b09",
        [
            "Beavers return to the Elling valley after 400 years",
            "A family of Eurasian beavers has been confirmed living wild on the River Elling for the first time "
            "in four centuries, the Northfold Wildlife Trust said on Tuesday.",
            "Camera traps set up by volunteers near the village of Thornby recorded two adults and at least two "
            "kits in late August. The trust believes the animals travelled about 30 miles along connecting "
            "waterways from a licensed enclosure in the neighbouring county.",
            "Dr Ngozi Okoye, an ecologist at the University of Castlebrook, said the beavers’ dams could reduce "
            "flood peaks downstream by slowing the flow of water after heavy rain.",
            "“People sometimes imagine beavers as pests that chew down everything in sight,” Dr Okoye explained. "
            "“In reality they are engineers. They create ponds, and those ponds fill up with insects, amphibians "
            "and birds within a couple of seasons.",
            "“What we are seeing in the Elling is the start of that process.”",
            "Not everyone is pleased. Local farmer Graham Tully said he was worried about flooding on low-lying "
            "fields. “If they block the drains on my land, who pays for it?” Mr Tully asked.",
            "The Natural Heritage Agency said it would monitor the colony and work with landowners to manage any "
            "problems. The agency confirmed that beavers are a protected species and that it is an offence to "
            "disturb their dams without a licence.",
            "Researchers at Castlebrook have been tracking beaver populations across the region. They suggested "
            "in a paper last year that the Elling catchment could support up to 15 family groups.",
        ],
        [
            _q("A family of Eurasian beavers has been confirmed living wild on the River Elling for the first "
               "time in four centuries", "the Northfold Wildlife Trust", "said", "indirect",
               "Northfold Wildlife Trust"),
            _q("the beavers’ dams could reduce flood peaks downstream by slowing the flow of water after heavy "
               "rain", "Dr Ngozi Okoye, an ecologist at the University of Castlebrook", "said", "indirect",
               "Ngozi Okoye"),
            _q("People sometimes imagine beavers as pests that chew down everything in sight,", "Dr Okoye",
               "explained", "direct", "Ngozi Okoye"),
            _q("In reality they are engineers. They create ponds, and those ponds fill up with insects, "
               "amphibians and birds within a couple of seasons.", "Dr Okoye", "explained", "direct",
               "Ngozi Okoye"),
            _q("What we are seeing in the Elling is the start of that process.", "Dr Okoye", "explained",
               "direct", "Ngozi Okoye"),
            _q("he was worried about flooding on low-lying fields", "Local farmer Graham Tully", "said",
               "indirect", "Graham Tully"),
            _q("If they block the drains on my land, who pays for it?", "Mr Tully", "asked", "direct",
               "Graham Tully"),
            _q("it would monitor the colony and work with landowners to manage any problems",
               "The Natural Heritage Agency", "said", "indirect", "Natural Heritage Agency"),
            _q("beavers are a protected species and that it is an offence to disturb their dams without a "
               "licence", "The agency", "confirmed", "indirect", "Natural Heritage Agency"),
            _q("the Elling catchment could support up to 15 family groups", "They", "suggested", "indirect",
               "University of Castlebrook"),
        ],
    ),
    # Refugees.
    _doc(
        "dev_b10",
        [
            "Hundreds stranded at Drava border crossing as processing slows",
            "More than 600 people, many of them families from Syria and Afghanistan, were waiting at the Drava "
            "crossing on Sunday after border authorities slowed the processing of asylum claims, the aid group "
            "Open Hands said.",
            "A spokeswoman for the Interior Ministry, Irina Voss, said the slowdown was temporary and was caused "
            "by “a shortage of trained staff” at the crossing. She denied that the government had ordered "
            "officials to delay applications.",
            "“Nobody is being turned away,” the spokeswoman said. “Every application will be heard.”",
            "Volunteers at the crossing disputed that account. Amir Haddad, a doctor working with Open Hands, "
            "told reporters that at least 40 people had been sent back across the border on Saturday night, "
            "claiming that officers had refused to accept their paperwork.",
            "“I treated a six-month-old with hypothermia at two in the morning,” Dr Haddad said. “This is not a "
            "temporary problem. It is a policy.”",
            "The European Refugee Network issued a statement saying that conditions at the crossing were "
            "“unacceptable for children” and that a second processing lane should be opened immediately.",
        ],
        [
            _q("More than 600 people, many of them families from Syria and Afghanistan, were waiting at the "
               "Drava crossing on Sunday after border authorities slowed the processing of asylum claims",
               "the aid group Open Hands", "said", "indirect", "Open Hands"),
            _q("the slowdown was temporary and was caused by “a shortage of trained staff” at the crossing",
               "A spokeswoman for the Interior Ministry, Irina Voss", "said", "mixed", "Irina Voss"),
            _q("the government had ordered officials to delay applications", "She", "denied", "indirect",
               "Irina Voss"),
            _q("Nobody is being turned away,", "the spokeswoman", "said", "direct", "Irina Voss"),
            _q("Every application will be heard.", "the spokeswoman", "said", "direct", "Irina Voss"),
            _q("at least 40 people had been sent back across the border on Saturday night",
               "Amir Haddad, a doctor working with Open Hands", "told", "indirect", "Amir Haddad"),
            _q("officers had refused to accept their paperwork", "Amir Haddad, a doctor working with Open Hands",
               "claiming", "indirect", "Amir Haddad"),
            _q("I treated a six-month-old with hypothermia at two in the morning,", "Dr Haddad", "said", "direct",
               "Amir Haddad"),
            _q("This is not a temporary problem. It is a policy.", "Dr Haddad", "said", "direct", "Amir Haddad"),
            _q("conditions at the crossing were “unacceptable for children” and that a second processing lane "
               "should be opened immediately", "The European Refugee Network", "saying", "mixed",
               "European Refugee Network"),
        ],
    ),
    # Aviation.
    _doc(
        "dev_b11",
        [
            "Island airline grounds turboprop fleet after engine warning",
            "Skyvale Airways has grounded all 14 of its turboprop aircraft for inspections after an engine "
            "warning forced a flight from Dunmore to the Orran Islands to turn back on Friday, officials at the "
            "Civil Aviation Directorate said.",
            "The directorate said in a statement that the aircraft had landed safely and none of the 38 "
            "passengers or four crew had been hurt.",
            "Skyvale chief executive Ross Dunleavy has admitted that the grounding would cause “significant "
            "disruption” for island communities that rely on the daily flights, which are widely seen as a "
            "“lifeline” for the 1,900 residents of the Orrans.",
            "“Safety comes before the timetable, every single time,” Mr Dunleavy stated. “We would rather have "
            "angry passengers on the ground than take any risk in the air.”",
            "The airline said it expected to resume a reduced schedule by Tuesday and would offer refunds or "
            "free rebooking to affected passengers.",
            "Islanders reacted with frustration. Orran councillor Maggie Drummond warned that patients "
            "travelling to the mainland for hospital appointments would be the worst affected.",
            "“The ferry takes nine hours in good weather,” Ms Drummond said. “For someone having chemotherapy, "
            "that is not an option.”",
        ],
        [
            _q("Skyvale Airways has grounded all 14 of its turboprop aircraft for inspections after an engine "
               "warning forced a flight from Dunmore to the Orran Islands to turn back on Friday",
               "officials at the Civil Aviation Directorate", "said", "indirect", "Civil Aviation Directorate"),
            _q("the aircraft had landed safely and none of the 38 passengers or four crew had been hurt",
               "The directorate", "said", "indirect", "Civil Aviation Directorate"),
            _q("the grounding would cause “significant disruption” for island communities that rely on the "
               "daily flights", "Skyvale chief executive Ross Dunleavy", "has admitted", "mixed",
               "Ross Dunleavy"),
            _q("Safety comes before the timetable, every single time,", "Mr Dunleavy", "stated", "direct",
               "Ross Dunleavy"),
            _q("We would rather have angry passengers on the ground than take any risk in the air.",
               "Mr Dunleavy", "stated", "direct", "Ross Dunleavy"),
            _q("it expected to resume a reduced schedule by Tuesday and would offer refunds or free rebooking "
               "to affected passengers", "The airline", "said", "indirect", "Skyvale Airways"),
            _q("patients travelling to the mainland for hospital appointments would be the worst affected",
               "Orran councillor Maggie Drummond", "warned", "indirect", "Maggie Drummond"),
            _q("The ferry takes nine hours in good weather,", "Ms Drummond", "said", "direct", "Maggie Drummond"),
            _q("For someone having chemotherapy, that is not an option.", "Ms Drummond", "said", "direct",
               "Maggie Drummond"),
        ],
    ),
    # Music.
    _doc(
        "dev_b12",
        [
            "Harbour Lights reunite for first album in a decade",
            "Calder indie group Harbour Lights will release their first album in ten years, “Salt and Static”, in "
            "November, the band announced on Monday.",
            "The four-piece split in 2014 after a dispute over royalties. They said in a joint post on social "
            "media that they had “never stopped being friends”.",
            "Singer Moira Kettle said the new songs had been written over two summers in a rented cottage near "
            "Arnsby.",
            "“We didn’t plan to make a record,” Kettle told Soundcheck magazine. “We just wanted to see if we "
            "could still stand being in the same room. It turned out we could.”",
            "Bassist Euan Faulds was more blunt. “Money ruins bands,” he said, “and we let it ruin ours for a "
            "while.”",
            "The band’s label, Tidewater Records, confirmed that a 12-date UK tour would begin in January. Their "
            "2009 debut, “Lanterns”, sold more than 300,000 copies on the strength of the single “Harbour Wall”.",
        ],
        [
            _q("Calder indie group Harbour Lights will release their first album in ten years, “Salt and "
               "Static”, in November", "the band", "announced", "indirect", "Harbour Lights"),
            _q("they had “never stopped being friends”", "They", "said", "mixed", "Harbour Lights"),
            _q("the new songs had been written over two summers in a rented cottage near Arnsby",
               "Singer Moira Kettle", "said", "indirect", "Moira Kettle"),
            _q("We didn’t plan to make a record,", "Kettle", "told", "direct", "Moira Kettle"),
            _q("We just wanted to see if we could still stand being in the same room. It turned out we could.",
               "Kettle", "told", "direct", "Moira Kettle"),
            _q("Money ruins bands,", "he", "said", "direct", "Euan Faulds"),
            _q("and we let it ruin ours for a while.", "he", "said", "direct", "Euan Faulds"),
            _q("a 12-date UK tour would begin in January", "The band’s label, Tidewater Records", "confirmed",
               "indirect", "Tidewater Records"),
        ],
    ),
    # Wildfire; multi-paragraph quote.
    _doc(
        "dev_b13",
        [
            "Wildfire near Caspar Ridge forces 3,000 from homes",
            "A wildfire fanned by gusty winds had burned about 8,400 acres in the hills above Caspar Ridge by "
            "Monday evening and was 15 percent contained, the Orland Department of Forestry and Fire Protection "
            "reported.",
            "Roughly 3,000 residents of Caspar Ridge and nearby Pell Creek were ordered to leave on Sunday night. "
            "Sheriff Dana Whitlock said deputies had gone door to door in some neighborhoods “until well after "
            "midnight” to make sure people had left.",
            "Incident commander Ray Castellanos told reporters at a briefing:",
            "“The wind is the whole story today. If it drops tonight as forecast, our crews have a real chance to "
            "get a line around the eastern flank.",
            "“If it doesn’t, we are going to be talking about more evacuations by morning.”",
            "At least 27 homes have been destroyed, the agency estimated, a figure likely to rise as inspection "
            "teams reach burned areas.",
            "Marisol Vega, 64, spent the night in the gymnasium of Pell Creek High School with her two dogs. "
            "“I grabbed the photo albums and the dog food, and that was it,” Vega said.",
            "The cause of the fire is under investigation. A spokesperson for Orland Power & Light said the "
            "company was reviewing whether any of its equipment had been involved.",
        ],
        [
            _q("A wildfire fanned by gusty winds had burned about 8,400 acres in the hills above Caspar Ridge by "
               "Monday evening and was 15 percent contained",
               "the Orland Department of Forestry and Fire Protection", "reported", "indirect",
               "Orland Department of Forestry and Fire Protection"),
            _q("deputies had gone door to door in some neighborhoods “until well after midnight” to make sure "
               "people had left", "Sheriff Dana Whitlock", "said", "mixed", "Dana Whitlock"),
            _q("The wind is the whole story today. If it drops tonight as forecast, our crews have a real chance "
               "to get a line around the eastern flank.", "Incident commander Ray Castellanos", "told", "direct",
               "Ray Castellanos"),
            _q("If it doesn’t, we are going to be talking about more evacuations by morning.",
               "Incident commander Ray Castellanos", "told", "direct", "Ray Castellanos"),
            _q("At least 27 homes have been destroyed", "the agency", "estimated", "indirect",
               "Orland Department of Forestry and Fire Protection"),
            _q("I grabbed the photo albums and the dog food, and that was it,", "Vega", "said", "direct",
               "Marisol Vega"),
            _q("the company was reviewing whether any of its equipment had been involved",
               "A spokesperson for Orland Power & Light", "said", "indirect", "Orland Power & Light"),
        ],
    ),
    # Trial; the first direct quote lacks its closing mark.
    _doc(
        "dev_b14",
        [
            "Former council treasurer goes on trial accused of £180,000 fraud",
            "The former treasurer of Brackley Town Council went on trial at Lessingham Crown Court on Monday, "
            "accused of stealing more than £180,000 from the authority over six years.",
            "Prosecutor Alan Greaves KC told jurors that Derek Foyle, 58, had created fake supplier invoices and "
            "paid the money into accounts he controlled, spending it on holidays and a sports car.",
            "“This was not a moment of madness, Mr Greaves said. “It was a careful, patient scheme, repeated "
            "month after month.”",
            "Mr Foyle denies 14 counts of fraud by abuse of position. His barrister, Helen Achebe, said her "
            "client accepted that mistakes had been made in the council’s accounts but insisted he had never "
            "taken money for himself.",
            "The investigating officer, Detective Sergeant Nia Rowlands, told the court that the payments had "
            "come to light during a routine audit in 2023. “I have never seen a paper trail this tidy in a fraud "
            "case,” she said.",
            "The trial, expected to last three weeks, continues.",
        ],
        [
            _q("Derek Foyle, 58, had created fake supplier invoices and paid the money into accounts he "
               "controlled, spending it on holidays and a sports car", "Prosecutor Alan Greaves KC", "told",
               "indirect", "Alan Greaves"),
            _q("This was not a moment of madness,", "Mr Greaves", "said", "direct", "Alan Greaves"),
            _q("It was a careful, patient scheme, repeated month after month.", "Mr Greaves", "said", "direct",
               "Alan Greaves"),
            _q("her client accepted that mistakes had been made in the council’s accounts",
               "His barrister, Helen Achebe", "said", "indirect", "Helen Achebe"),
            _q("he had never taken money for himself", "His barrister, Helen Achebe", "insisted", "indirect",
               "Helen Achebe"),
            _q("the payments had come to light during a routine audit in 2023",
               "The investigating officer, Detective Sergeant Nia Rowlands", "told", "indirect", "Nia Rowlands"),
            _q("I have never seen a paper trail this tidy in a fraud case,", "she", "said", "direct",
               "Nia Rowlands"),
        ],
    ),
    # Elections; first-person plural speaker (the outlet).
    _doc(
        "dev_b15",
        [
            "Poll puts Greens narrowly ahead in Tarnow West by-election",
            "The Greens’ candidate, Ilse Marten, holds a narrow lead in the Tarnow West by-election, according to "
            "a Civica poll published on Thursday.",
            "The survey of 812 voters puts Marten on 34 percent, two points ahead of the Liberal candidate, Frank "
            "Obuya. Civica said the gap was within the poll’s margin of error.",
            "As we reported in August, the Liberals’ internal polling showed them six points ahead at the start "
            "of the campaign.",
            "“People here are tired of being taken for granted,” Marten said at a market in Oldmarket. “They "
            "want someone who will actually turn up.”",
            "Obuya dismissed the poll, saying the only survey that mattered was “the one on polling day”. A "
            "spokesman for the Liberal campaign, Tom Reyes, said volunteers had knocked on 20,000 doors in the "
            "past fortnight.",
            "Marten, a former paramedic, has built her campaign around the “Safe Streets” pledge. Both "
            "candidates will take part in a debate hosted by the Tarnow Courier on Tuesday.",
        ],
        [
            _q("The Greens’ candidate, Ilse Marten, holds a narrow lead in the Tarnow West by-election",
               "a Civica poll", "according to", "indirect", "Civica"),
            _q("the gap was within the poll’s margin of error", "Civica", "said", "indirect", "Civica"),
            _q("the Liberals’ internal polling showed them six points ahead at the start of the campaign", "we",
               "reported", "indirect", "Tarnow Courier"),
            _q("People here are tired of being taken for granted,", "Marten", "said", "direct", "Ilse Marten"),
            _q("They want someone who will actually turn up.", "Marten", "said", "direct", "Ilse Marten"),
            _q("the only survey that mattered was “the one on polling day”", "Obuya", "saying", "mixed",
               "Frank Obuya"),
            _q("volunteers had knocked on 20,000 doors in the past fortnight",
               "A spokesman for the Liberal campaign, Tom Reyes", "said", "indirect", "Tom Reyes"),
        ],
    ),
    # Energy; no quotes (negatives only).
    _doc(
        "dev_b16",
        [
            "Northreach offshore wind farm begins exporting power",
            "The first turbines at the Northreach offshore wind farm, 40 kilometres off the Caldor coast, began "
            "sending electricity to the grid on Wednesday.",
            "When complete, the 72-turbine project is expected to supply about 600,000 homes. The contract for "
            "its maintenance is said to be worth £300m over fifteen years.",
            "Local fishing crews, many of whom think the turbines have disrupted crab grounds, were offered "
            "places on the project’s “community benefit” panel. The construction of the farm was followed by "
            "the documentary series “Forty Kilometres Out”.",
        ],
        [],
    ),
    # Schools; interrupted quote.
    _doc(
        "dev_b17",
        [
            "Kelby academy to shorten Friday timetable over teacher shortage",
            "Rowan Cross Academy in Kelby will send pupils home at lunchtime on Fridays from next term because it "
            "cannot recruit enough teachers, the school has told parents.",
            "In a letter, headteacher Priya Lal acknowledged that the change would cause “real difficulties” for "
            "working families, and said the afternoons would be used for staff training.",
            "“We have advertised for a maths teacher four times since March,” Ms Lal wrote, “and we have had two "
            "applicants.”",
            "Owen Briggs, a father of twins in Year 8, said the school had given families too little notice. The "
            "academy is among 40 schools in the county taking part in the government’s “Teach Local” bursary "
            "scheme.",
        ],
        [
            _q("Rowan Cross Academy in Kelby will send pupils home at lunchtime on Fridays from next term because "
               "it cannot recruit enough teachers", "the school", "has told", "indirect", "Rowan Cross Academy"),
            _q("the change would cause “real difficulties” for working families", "headteacher Priya Lal",
               "acknowledged", "mixed", "Priya Lal"),
            _q("the afternoons would be used for staff training", "headteacher Priya Lal", "said", "indirect",
               "Priya Lal"),
            _q("We have advertised for a maths teacher four times since March,", "Ms Lal", "wrote", "direct",
               "Priya Lal"),
            _q("and we have had two applicants.", "Ms Lal", "wrote", "direct", "Priya Lal"),
            _q("the school had given families too little notice", "Owen Briggs, a father of twins in Year 8",
               "said", "indirect", "Owen Briggs"),
        ],
    ),
    # Tech; report as speaker.
    _doc(
        "dev_b18",
        [
            "Data centre boom strains Norland grid",
            "The Grid Futures Institute, an energy think tank, published a report on Tuesday warning that data "
            "centres could account for a fifth of Norland’s electricity demand by 2030, up from 4 percent today.",
            "The report estimated that at least 11 large new sites were seeking grid connections in the Harwell "
            "Cross area alone.",
            "Its lead author, Dr Hana Sato, said grid operators had been “caught off guard” by the speed of the "
            "boom. “Nobody planned for this,” Dr Sato said. “The connection queue is now longer than the time it "
            "takes to put up the buildings.”",
            "The data centre operator Vantix said its newest site ran entirely on renewable power. The company "
            "declined to comment on the institute’s findings.",
        ],
        [
            _q("data centres could account for a fifth of Norland’s electricity demand by 2030, up from 4 percent "
               "today", "The Grid Futures Institute, an energy think tank", "warning", "indirect",
               "Grid Futures Institute"),
            _q("at least 11 large new sites were seeking grid connections in the Harwell Cross area alone",
               "The report", "estimated", "indirect", "Grid Futures Institute"),
            _q("grid operators had been “caught off guard” by the speed of the boom", "Its lead author, Dr Hana Sato",
               "said", "mixed", "Hana Sato"),
            _q("Nobody planned for this,", "Dr Sato", "said", "direct", "Hana Sato"),
            _q("The connection queue is now longer than the time it takes to put up the buildings.", "Dr Sato",
               "said", "direct", "Hana Sato"),
            _q("its newest site ran entirely on renewable power", "The data centre operator Vantix", "said",
               "indirect", "Vantix"),
        ],
    ),
    # Housing.
    _doc(
        "dev_b19",
        [
            "Council approves 420 homes on former Kelby gasworks site",
            "Councillors in Port Avelin have approved plans for 420 homes on the former gasworks site in Kelby, a "
            "third of which will be let at social rents.",
            "The developer, Marrow Hill Homes, said construction would begin next spring. Its planning director, "
            "Sunita Rao, described the decision as “a vote of confidence in Kelby”.",
            "Residents of nearby Gas Lane had objected to the height of two ten-storey blocks. Peter Lomas, chair "
            "of the Gas Lane Residents’ Association, said members would consider a legal challenge.",
        ],
        [
            _q("construction would begin next spring", "The developer, Marrow Hill Homes", "said", "indirect",
               "Marrow Hill Homes"),
            _q("a vote of confidence in Kelby", "Its planning director, Sunita Rao", "described", "mixed",
               "Sunita Rao"),
            _q("members would consider a legal challenge",
               "Peter Lomas, chair of the Gas Lane Residents’ Association", "said", "indirect", "Peter Lomas"),
        ],
    ),
    # Tennis; no quotes (negatives only).
    _doc(
        "dev_b20",
        [
            "Okafor and Lindgren through to Harrowgate doubles final",
            "Top seeds Chidi Okafor and Nils Lindgren reached the final of the Harrowgate Classic on Friday with "
            "a 6-4, 7-5 win over the Australian pair Ben Tait and Josh Carver.",
            "Okafor, known on the tour as “The Wall” for his defensive returning, did not drop serve in the "
            "match. Many observers think the pair are favourites for the season-ending finals.",
            "The winners share prize money said to be worth £180,000. Organisers have scheduled the final "
            "for 2pm on Sunday, after the women’s singles.",
        ],
        [],
    ),
    # Wildlife.
    _doc(
        "dev_b21",
        [
            "Ospreys raise three chicks at Lake Morrin",
            "A pair of ospreys nesting at Lake Morrin have raised three chicks this summer, the first full brood "
            "to fledge at the site since the birds returned in 2016, the Morrin Bird Trust said.",
            "Warden Callum Reid has watched the nest from a hide on the eastern shore since April. The chicks "
            "were ringed in July and fitted with lightweight satellite tags.",
            "“Watching all three of them take off in the same week was the best moment of my working life,” the "
            "warden said.",
        ],
        [
            _q("A pair of ospreys nesting at Lake Morrin have raised three chicks this summer, the first full "
               "brood to fledge at the site since the birds returned in 2016", "the Morrin Bird Trust", "said",
               "indirect", "Morrin Bird Trust"),
            _q("Watching all three of them take off in the same week was the best moment of my working life,",
               "the warden", "said", "direct", "Callum Reid"),
        ],
    ),
    # Aviation.
    _doc(
        "dev_b22",
        [
            "Drone sighting halts flights at Dunmore Airport",
            "Flights at Dunmore Airport were suspended for about 40 minutes on Saturday evening after a drone was "
            "spotted near the main runway, the airport said.",
            "Six arriving flights were diverted to Kellan and Port Avelin. A spokeswoman for Dunmore Police said "
            "officers were searching the area around the perimeter fence but had made no arrests.",
            "Aisha Benn, a passenger on a diverted flight from Lisbon, tweeted that she had been “stuck on a coach "
            "for three hours with no information”.",
        ],
        [
            _q("Flights at Dunmore Airport were suspended for about 40 minutes on Saturday evening after a drone "
               "was spotted near the main runway", "the airport", "said", "indirect", "Dunmore Airport"),
            _q("officers were searching the area around the perimeter fence but had made no arrests",
               "A spokeswoman for Dunmore Police", "said", "indirect", "Dunmore Police"),
            _q("she had been “stuck on a coach for three hours with no information”",
               "Aisha Benn, a passenger on a diverted flight from Lisbon", "tweeted", "mixed", "Aisha Benn"),
        ],
    ),
    # Trial.
    _doc(
        "dev_b23",
        [
            "Jury clears Fenwick warehouse owner of arson",
            "A jury at Harlow County Court on Thursday acquitted warehouse owner Victor Osei of setting fire to "
            "his own premises in Fenwick to claim on the insurance.",
            "Speaking outside court, Mr Osei said he was “relieved and exhausted” after an 18-month ordeal. The "
            "51-year-old added: “I lost my business and then I nearly lost my freedom.”",
            "A spokesman for the Harlow County District Attorney’s Office said prosecutors respected the jury’s "
            "decision.",
        ],
        [
            _q("he was “relieved and exhausted” after an 18-month ordeal", "Mr Osei", "said", "mixed",
               "Victor Osei"),
            _q("I lost my business and then I nearly lost my freedom.", "The 51-year-old", "added", "direct",
               "Victor Osei"),
            _q("prosecutors respected the jury’s decision",
               "A spokesman for the Harlow County District Attorney’s Office", "said", "indirect",
               "Harlow County District Attorney’s Office"),
        ],
    ),
    # Policing.
    _doc(
        "dev_b24",
        [
            "Castlebrook police to trial facial recognition vans",
            "Castlebrook Police will trial live facial recognition cameras mounted on vans in the city centre for "
            "six weeks from October, the force has announced.",
            "Assistant Chief Constable Leon Hartley said the cameras would look only for people wanted for "
            "serious offences and that images of everyone else would be deleted “instantly”.",
            "The civil liberties group Open Watch described the trial as “mass surveillance by the back door”. "
            "It said it would ask the city’s police board to halt the scheme.",
        ],
        [
            _q("Castlebrook Police will trial live facial recognition cameras mounted on vans in the city centre "
               "for six weeks from October", "the force", "has announced", "indirect", "Castlebrook Police"),
            _q("the cameras would look only for people wanted for serious offences and that images of everyone "
               "else would be deleted “instantly”", "Assistant Chief Constable Leon Hartley", "said", "mixed",
               "Leon Hartley"),
            _q("mass surveillance by the back door", "The civil liberties group Open Watch", "described", "mixed",
               "Open Watch"),
            _q("it would ask the city’s police board to halt the scheme", "It", "said", "indirect", "Open Watch"),
        ],
    ),
]
