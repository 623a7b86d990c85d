"""Dev gold source A: invented news documents with hand-annotated quotations.

All people, places, companies and agencies are fictional. Built into dev.jsonl by build_dev_gold.py.
"""

DOCS = [
    {
        "doc_id": "dev_a01",
        "text": "\n\n".join(
            [
                "Ashby council admits leisure centre overspend",
                "Ashby District Council has admitted that the rebuild of the Marsh Lane leisure centre will cost "
                "£4.2 million more than planned, two years after the project was approved.",
                "The council leader, Priya Mandal, told a packed meeting on Tuesday night: “We got the numbers "
                "wrong, and I am not going to pretend otherwise. The steel price alone went up by a third.”",
                "“Residents deserve a pool that opens on time,” Ms Mandal said, “and they will get one by next "
                "autumn.”",
                "Opposition councillors said the overspend had been “entirely predictable”. Tom Reddaway, the "
                "Liberal Democrat group leader, argued that the council had signed a contract with no cap on "
                "material costs.",
                "The Ashby Courier first reported the rising costs in March. We said then that the contract left "
                "the council exposed to swings in steel and timber prices, a warning the council did not answer "
                "at the time.",
                "Households have already seen a 2 per cent rise in council tax this year, dubbed the “pool tax” "
                "on local forums. A spokeswoman for the council confirmed that the pool would open in September "
                "next year, and said talks with the contractor, Brindle Construction, were continuing.",
            ]
        ),
        "quotes": [
            {
                "content": "the rebuild of the Marsh Lane leisure centre will cost £4.2 million more than planned",
                "speaker": "Ashby District Council",
                "cue": "has admitted",
                "type": "indirect",
                "canonical": "Ashby District Council",
            },
            {
                "content": "We got the numbers wrong, and I am not going to pretend otherwise. The steel price alone "
                "went up by a third.",
                "speaker": "The council leader, Priya Mandal",
                "cue": "told",
                "type": "direct",
                "canonical": "Priya Mandal",
            },
            {
                "content": "Residents deserve a pool that opens on time,",
                "speaker": "Ms Mandal",
                "cue": "said",
                "type": "direct",
                "canonical": "Priya Mandal",
            },
            {
                "content": "and they will get one by next autumn.",
                "speaker": "Ms Mandal",
                "cue": "said",
                "type": "direct",
                "canonical": "Priya Mandal",
            },
            {
                "content": "the overspend had been “entirely predictable”",
                "speaker": "Opposition councillors",
                "cue": "said",
                "type": "mixed",
                "canonical": "Opposition councillors",
            },
            {
                "content": "the council had signed a contract with no cap on material costs",
                "speaker": "Tom Reddaway, the Liberal Democrat group leader",
                "cue": "argued",
                "type": "indirect",
                "canonical": "Tom Reddaway",
            },
            {
                "content": "the contract left the council exposed to swings in steel and timber prices",
                "speaker": "We",
                "cue": "said",
                "type": "indirect",
                "canonical": "Ashby Courier",
            },
            {
                "content": "the pool would open in September next year",
                "speaker": "A spokeswoman for the council",
                "cue": "confirmed",
                "type": "indirect",
                "canonical": "Ashby District Council",
            },
            {
                "content": "talks with the contractor, Brindle Construction, were continuing",
                "speaker": "A spokeswoman for the council",
                "cue": "said",
                "type": "indirect",
                "canonical": "Ashby District Council",
            },
        ],
    },
    {
        "doc_id": "dev_a02",
        "text": "\n\n".join(
            [
                "Former care home manager jailed for stealing from residents",
                "A former care home manager who stole more than £60,000 from elderly residents has been jailed "
                "for three years and four months.",
                "Gillian Harcourt, 52, of Wexley, took money from the bank accounts of eleven residents at "
                "Fernbank House over four years, prosecutors said.",
                "Prosecutor Daniel Osei told the court: \"These were people who trusted her completely. Some of "
                "them could no longer read a bank statement, and she knew it.\"",
                "Harcourt, who pleaded guilty to fraud by abuse of position, wept in the dock as the sentence was "
                "read out. Her barrister, Ruth Abernathy, said her client had been \"overwhelmed by gambling "
                "debts\" and was \"deeply ashamed\".",
                "Sentencing her, Judge Martin Keele said: \"You took advantage of people at the very end of their "
                "lives, and you did it for years.",
                "\"Nothing I have heard today explains that, let alone excuses it.\"",
                "The son of one victim, Alan Pryce, spoke outside court. He explained that his mother had died "
                "before she could see the money repaid. \"She kept asking where her savings had gone,\" Mr Pryce said. "
                "\"We had no answer for her.\"",
                "Fernbank House is now run by a different operator. Its owners, Lindqvist Care, said in a "
                "statement that safeguards had been tightened and that no resident had lost money since 2022.",
            ]
        ),
        "quotes": [
            {
                "content": "Gillian Harcourt, 52, of Wexley, took money from the bank accounts of eleven residents "
                "at Fernbank House over four years",
                "speaker": "prosecutors",
                "cue": "said",
                "type": "indirect",
                "canonical": "prosecutors",
            },
            {
                "content": "These were people who trusted her completely. Some of them could no longer read a bank "
                "statement, and she knew it.",
                "speaker": "Prosecutor Daniel Osei",
                "cue": "told",
                "type": "direct",
                "canonical": "Daniel Osei",
            },
            {
                "content": "her client had been \"overwhelmed by gambling debts\" and was \"deeply ashamed\"",
                "speaker": "Her barrister, Ruth Abernathy",
                "cue": "said",
                "type": "mixed",
                "canonical": "Ruth Abernathy",
            },
            {
                "content": "You took advantage of people at the very end of their lives, and you did it for years.",
                "speaker": "Judge Martin Keele",
                "cue": "said",
                "type": "direct",
                "canonical": "Martin Keele",
            },
            {
                "content": "Nothing I have heard today explains that, let alone excuses it.",
                "speaker": "Judge Martin Keele",
                "cue": "said",
                "type": "direct",
                "canonical": "Martin Keele",
            },
            {
                "content": "his mother had died before she could see the money repaid",
                "speaker": "He",
                "cue": "explained",
                "type": "indirect",
                "canonical": "Alan Pryce",
            },
            {
                "content": "She kept asking where her savings had gone,",
                "speaker": "Mr Pryce",
                "cue": "said",
                "type": "direct",
                "canonical": "Alan Pryce",
            },
            {
                "content": "We had no answer for her.",
                "speaker": "Mr Pryce",
                "cue": "said",
                "type": "direct",
                "canonical": "Alan Pryce",
            },
            {
                "content": "safeguards had been tightened and that no resident had lost money since 2022",
                "speaker": "Its owners, Lindqvist Care",
                "cue": "said",
                "type": "indirect",
                "canonical": "Lindqvist Care",
            },
        ],
    },
    {
        "doc_id": "dev_a03",
        "text": "\n\n".join(
            [
                "Corvane Foods profits slide as cocoa costs bite",
                "Corvane Foods, the maker of Tilly's biscuits, said on Thursday that first-half profit fell 18 per "
                "cent as the price of cocoa and sugar hit record highs.",
                "Pre-tax profit for the six months to June was £112m, down from £137m a year earlier, on sales "
                "that rose 4 per cent to £1.9bn.",
                "Chief executive Lars Henning told analysts the group had raised prices twice this year and would "
                "“think very carefully” before doing so again.",
                "“Shoppers are trading down, and we understand why,” Mr Henning said on a call with reporters. "
                "“Our job is to make sure that when they trade down, they trade down to us.”",
                "The company predicted that cocoa prices would stay high well into next year, and warned of “a "
                "tough Christmas” for confectionery sales.",
                "The group's biscuit division, said to be worth about £800m, has attracted interest from private "
                "equity buyers.",
                "Analysts at Pelham Wright noted that the company had kept its full-year forecast unchanged. They "
                "argued that the forecast looked “a little brave” given the state of the cocoa market.",
            ]
        ),
        "quotes": [
            {
                "content": "first-half profit fell 18 per cent as the price of cocoa and sugar hit record highs",
                "speaker": "Corvane Foods, the maker of Tilly's biscuits",
                "cue": "said",
                "type": "indirect",
                "canonical": "Corvane Foods",
            },
            {
                "content": "the group had raised prices twice this year and would “think very carefully” before "
                "doing so again",
                "speaker": "Chief executive Lars Henning",
                "cue": "told",
                "type": "mixed",
                "canonical": "Lars Henning",
            },
            {
                "content": "Shoppers are trading down, and we understand why,",
                "speaker": "Mr Henning",
                "cue": "said",
                "type": "direct",
                "canonical": "Lars Henning",
            },
            {
                "content": "Our job is to make sure that when they trade down, they trade down to us.",
                "speaker": "Mr Henning",
                "cue": "said",
                "type": "direct",
                "canonical": "Lars Henning",
            },
            {
                "content": "cocoa prices would stay high well into next year",
                "speaker": "The company",
                "cue": "predicted",
                "type": "indirect",
                "canonical": "Corvane Foods",
            },
            {
                "content": "a tough Christmas",
                "speaker": "The company",
                "cue": "warned",
                "type": "mixed",
                "canonical": "Corvane Foods",
            },
            {
                "content": "the company had kept its full-year forecast unchanged",
                "speaker": "Analysts at Pelham Wright",
                "cue": "noted",
                "type": "indirect",
                "canonical": "Pelham Wright",
            },
            {
                "content": "the forecast looked “a little brave” given the state of the cocoa market",
                "speaker": "They",
                "cue": "argued",
                "type": "mixed",
                "canonical": "Pelham Wright",
            },
        ],
    },
    {
        "doc_id": "dev_a04",
        "text": "\n\n".join(
            [
                "Hospital trust suspends non-urgent surgery as flu cases climb",
                "The Greyhaven Hospitals Trust has suspended all non-urgent operations for a fortnight after a "
                "sharp rise in flu admissions.",
                "In a statement, the trust apologised to patients whose operations had been cancelled. It said 140 "
                "patients with flu were being treated across its three sites, more than double the number a week "
                "earlier.",
                "Dr Sunita Rao, the trust's medical director, said: “We have had to make some very difficult "
                "decisions this week, and I know how distressing this is for patients who have waited a long "
                "time.",
                "Patients whose operations are affected will be contacted directly. Cancer treatment and emergency "
                "surgery will continue as normal.",
                "“Please only come to A&E if it is a genuine emergency,” Dr Rao said. “Pharmacies and the 111 "
                "service can help with most flu symptoms.”",
                "Flu rates in the region are the highest for seven winters, and Professor Mark Ellery, an "
                "epidemiologist at Kestrel University, predicted that cases would peak before the new year.",
                "He urged anyone eligible to come forward: “If you are offered a vaccine, please take it.” "
                "Protection builds within two weeks, he noted, adding that it was “not too late” to be covered "
                "for the worst of the season.",
            ]
        ),
        "quotes": [
            {
                "content": "apologised to patients whose operations had been cancelled",
                "speaker": "the trust",
                "cue": "In a statement",
                "type": "indirect",
                "canonical": "Greyhaven Hospitals Trust",
            },
            {
                "content": "140 patients with flu were being treated across its three sites, more than double the "
                "number a week earlier",
                "speaker": "It",
                "cue": "said",
                "type": "indirect",
                "canonical": "Greyhaven Hospitals Trust",
            },
            {
                "content": "We have had to make some very difficult decisions this week, and I know how distressing "
                "this is for patients who have waited a long time.",
                "speaker": "Dr Sunita Rao, the trust's medical director",
                "cue": "said",
                "type": "direct",
                "canonical": "Sunita Rao",
            },
            {
                "content": "Please only come to A&E if it is a genuine emergency,",
                "speaker": "Dr Rao",
                "cue": "said",
                "type": "direct",
                "canonical": "Sunita Rao",
            },
            {
                "content": "Pharmacies and the 111 service can help with most flu symptoms.",
                "speaker": "Dr Rao",
                "cue": "said",
                "type": "direct",
                "canonical": "Sunita Rao",
            },
            {
                "content": "cases would peak before the new year",
                "speaker": "Professor Mark Ellery, an epidemiologist at Kestrel University",
                "cue": "predicted",
                "type": "indirect",
                "canonical": "Mark Ellery",
            },
            {
                "content": "If you are offered a vaccine, please take it.",
                "speaker": "He",
                "cue": "urged",
                "type": "direct",
                "canonical": "Mark Ellery",
            },
            {
                "content": "Protection builds within two weeks",
                "speaker": "he",
                "cue": "noted",
                "type": "indirect",
                "canonical": "Mark Ellery",
            },
            {
                "content": "it was “not too late” to be covered for the worst of the season",
                "speaker": "he",
                "cue": "adding",
                "type": "mixed",
                "canonical": "Mark Ellery",
            },
        ],
    },
    {
        "doc_id": "dev_a05",
        "text": "\n\n".join(
            [
                "Flood warnings issued as River Tamber rises",
                "Residents of low-lying streets in Colbury are preparing to leave their homes as the "
                "River Tamber continues to rise after three days of heavy rain.",
                "The Environment Office has issued 14 flood warnings along the Tamber and its tributaries. A "
                "spokesman said river levels at Colbury Bridge were expected to peak early on Saturday morning.",
                "Gordon Pike, a retired postman who has lived on Mill Row for forty years, said: ‘I've seen it "
                "come up to the doorstep twice, but never inside. This time I'm not taking any chances.’",
                "Sandbags have been handed out at the community hall. ‘We had four hundred bags gone by "
                "lunchtime,’ said Kate Munro, a volunteer with the Colbury flood group. ‘People are frightened, "
                "and I don't blame them.’",
                "Forecasters at the National Weather Bureau predicted a further 40mm of rain on Friday, with the "
                "heaviest falls over the Harlen Hills.",
                "Local MP Fiona Gallacher said the town's flood defences, built in 2009, had been ‘patched up "
                "rather than properly maintained’. The Colbury rugby ground was already under water on Thursday, "
                "and the club's website carried a notice headed ‘Closed until further notice’.",
            ]
        ),
        "quotes": [
            {
                "content": "river levels at Colbury Bridge were expected to peak early on Saturday morning",
                "speaker": "A spokesman",
                "cue": "said",
                "type": "indirect",
                "canonical": "Environment Office",
            },
            {
                "content": "I've seen it come up to the doorstep twice, but never inside. This time I'm not taking "
                "any chances.",
                "speaker": "Gordon Pike, a retired postman who has lived on Mill Row for forty years",
                "cue": "said",
                "type": "direct",
                "canonical": "Gordon Pike",
            },
            {
                "content": "We had four hundred bags gone by lunchtime,",
                "speaker": "Kate Munro, a volunteer with the Colbury flood group",
                "cue": "said",
                "type": "direct",
                "canonical": "Kate Munro",
            },
            {
                "content": "People are frightened, and I don't blame them.",
                "speaker": "Kate Munro, a volunteer with the Colbury flood group",
                "cue": "said",
                "type": "direct",
                "canonical": "Kate Munro",
            },
            {
                "content": "a further 40mm of rain on Friday, with the heaviest falls over the Harlen Hills",
                "speaker": "Forecasters at the National Weather Bureau",
                "cue": "predicted",
                "type": "indirect",
                "canonical": "National Weather Bureau",
            },
            {
                "content": "the town's flood defences, built in 2009, had been ‘patched up rather than properly "
                "maintained’",
                "speaker": "Local MP Fiona Gallacher",
                "cue": "said",
                "type": "mixed",
                "canonical": "Fiona Gallacher",
            },
        ],
    },
    {
        "doc_id": "dev_a06",
        "text": "\n\n".join(
            [
                "Rail drivers to strike for 48 hours in pay dispute",
                "Train drivers at Northlink Rail will walk out for two days next week after talks over pay broke "
                "down, the Rail Drivers' Federation announced on Monday.",
                "The union has rejected a 3.5 per cent offer, claiming that it would leave drivers worse off in "
                "real terms for a third year running.",
                "Its general secretary, Owen Carradine, told the BBC: “Nobody wants to strike. Our members have "
                "been more than patient, but patience runs out.”",
                "Northlink said the offer was “fair and affordable”, and insisted that the dispute could only be "
                "settled through changes to rostering.",
                "“We remain at the table and we would urge the union to do the same,” said Mei Lin Cho, "
                "Northlink's operations director. “Passengers should check before they travel.”",
                "Only one train an hour is expected to run on the main Harwick to Salsby line during the walkout, "
                "according to the company.",
                "The strike follows a series of one-day stoppages in the spring that left commuters on the "
                "so-called “Salsby shuttle” stranded for hours.",
            ]
        ),
        "quotes": [
            {
                "content": "Train drivers at Northlink Rail will walk out for two days next week after talks over "
                "pay broke down",
                "speaker": "the Rail Drivers' Federation",
                "cue": "announced",
                "type": "indirect",
                "canonical": "Rail Drivers' Federation",
            },
            {
                "content": "it would leave drivers worse off in real terms for a third year running",
                "speaker": "The union",
                "cue": "claiming",
                "type": "indirect",
                "canonical": "Rail Drivers' Federation",
            },
            {
                "content": "Nobody wants to strike. Our members have been more than patient, but patience runs out.",
                "speaker": "Its general secretary, Owen Carradine",
                "cue": "told",
                "type": "direct",
                "canonical": "Owen Carradine",
            },
            {
                "content": "the offer was “fair and affordable”",
                "speaker": "Northlink",
                "cue": "said",
                "type": "mixed",
                "canonical": "Northlink Rail",
            },
            {
                "content": "the dispute could only be settled through changes to rostering",
                "speaker": "Northlink",
                "cue": "insisted",
                "type": "indirect",
                "canonical": "Northlink Rail",
            },
            {
                "content": "We remain at the table and we would urge the union to do the same,",
                "speaker": "Mei Lin Cho, Northlink's operations director",
                "cue": "said",
                "type": "direct",
                "canonical": "Mei Lin Cho",
            },
            {
                "content": "Passengers should check before they travel.",
                "speaker": "Mei Lin Cho, Northlink's operations director",
                "cue": "said",
                "type": "direct",
                "canonical": "Mei Lin Cho",
            },
            {
                "content": "Only one train an hour is expected to run on the main Harwick to Salsby line during the "
                "walkout",
                "speaker": "the company",
                "cue": "according to",
                "type": "indirect",
                "canonical": "Northlink Rail",
            },
        ],
    },
    {
        "doc_id": "dev_a07",
        "text": "\n\n".join(
            [
                "Dunmore Rovers sack manager after seventh straight defeat",
                "Dunmore Rovers have sacked manager Craig Tolland after a 3-0 home defeat by Hexford City left the "
                "club second from bottom of the First Division.",
                "The club said in a short statement on Sunday that Tolland had left \"by mutual consent\" and thanked "
                "him for his efforts over eighteen months.",
                "Chairman Neil Gorringe told the Dunmore Gazette: \"This was one of the hardest decisions I have had "
                "to make. Craig is a good man, but results have not been good enough, and our supporters deserve "
                "better.\"",
                "Speaking after Saturday's defeat, Tolland had insisted he still had the backing of the dressing "
                "room. \"The lads are playing for me,\" Tolland said. \"You can see that.\"",
                "Rovers have scored twice in seven games since top scorer Lewis \"Tank\" Bramley was sold to "
                "Corbridge in August.",
                "\"They sold our two best players in the summer and replaced them with loans,\" said Jamie Okonjo, "
                "the former Rovers captain who now works as a pundit. \"What did they expect?\" Okonjo believes the "
                "board must share the blame for the slump.",
                "Assistant manager Paul Dreyer will take charge of Tuesday's trip to Wexham on a caretaker basis, "
                "the club said. Gorringe said a permanent appointment would be made \"within a fortnight\".",
            ]
        ),
        "quotes": [
            {
                "content": "Tolland had left \"by mutual consent\"",
                "speaker": "The club",
                "cue": "said",
                "type": "mixed",
                "canonical": "Dunmore Rovers",
            },
            {
                "content": "This was one of the hardest decisions I have had to make. Craig is a good man, but "
                "results have not been good enough, and our supporters deserve better.",
                "speaker": "Chairman Neil Gorringe",
                "cue": "told",
                "type": "direct",
                "canonical": "Neil Gorringe",
            },
            {
                "content": "he still had the backing of the dressing room",
                "speaker": "Tolland",
                "cue": "had insisted",
                "type": "indirect",
                "canonical": "Craig Tolland",
            },
            {
                "content": "The lads are playing for me,",
                "speaker": "Tolland",
                "cue": "said",
                "type": "direct",
                "canonical": "Craig Tolland",
            },
            {
                "content": "You can see that.",
                "speaker": "Tolland",
                "cue": "said",
                "type": "direct",
                "canonical": "Craig Tolland",
            },
            {
                "content": "They sold our two best players in the summer and replaced them with loans,",
                "speaker": "Jamie Okonjo, the former Rovers captain who now works as a pundit",
                "cue": "said",
                "type": "direct",
                "canonical": "Jamie Okonjo",
            },
            {
                "content": "What did they expect?",
                "speaker": "Jamie Okonjo, the former Rovers captain who now works as a pundit",
                "cue": "said",
                "type": "direct",
                "canonical": "Jamie Okonjo",
            },
            {
                "content": "Assistant manager Paul Dreyer will take charge of Tuesday's trip to Wexham on a caretaker "
                "basis",
                "speaker": "the club",
                "cue": "said",
                "type": "indirect",
                "canonical": "Dunmore Rovers",
            },
            {
                "content": "a permanent appointment would be made \"within a fortnight\"",
                "speaker": "Gorringe",
                "cue": "said",
                "type": "mixed",
                "canonical": "Neil Gorringe",
            },
        ],
    },
    {
        "doc_id": "dev_a08",
        "text": "\n\n".join(
            [
                "Astronomers detect water vapour on small distant planet",
                "Astronomers at the University of Carrow say they have detected water vapour in the atmosphere of "
                "a planet orbiting a small red star 120 light years from Earth.",
                "The planet, catalogued as TOI-4418 b, is roughly twice the size of Earth. The findings were "
                "published on Wednesday in the journal Astrophysical Letters.",
                "Dr Hanna Sjöberg, the study's lead author, said: “When the signal first came through, my "
                "colleague turned to me and said, ‘Either this is water or we've broken the telescope.’ It took us "
                "three months to be sure it was the former.”",
                "Water has been found on larger, hotter planets before, but this is the first time it has been seen "
                "on a world this small in its star's habitable zone, the team reported.",
                "Not everyone is convinced. Professor Idris Mahmoud of the Lanford Institute, who was not involved "
                "in the research, cautioned that the signal could be caused by activity on the star itself.",
                "“It is an exciting result, and it may well be right,” Professor Mahmoud told Science Weekly. “But "
                "small stars are noisy, and I would want to see a second set of observations.”",
                "The Carrow group has been granted further observing time next spring. Dr Sjöberg insisted the team "
                "welcomed the scrutiny. “That is how science is supposed to work,” she said.",
            ]
        ),
        "quotes": [
            {
                "content": "they have detected water vapour in the atmosphere of a planet orbiting a small red star "
                "120 light years from Earth",
                "speaker": "Astronomers at the University of Carrow",
                "cue": "say",
                "type": "indirect",
                "canonical": "University of Carrow",
            },
            {
                "content": "When the signal first came through, my colleague turned to me and said, ‘Either this is "
                "water or we've broken the telescope.’ It took us three months to be sure it was the former.",
                "speaker": "Dr Hanna Sjöberg, the study's lead author",
                "cue": "said",
                "type": "direct",
                "canonical": "Hanna Sjöberg",
            },
            {
                "content": "Water has been found on larger, hotter planets before, but this is the first time it has "
                "been seen on a world this small in its star's habitable zone",
                "speaker": "the team",
                "cue": "reported",
                "type": "indirect",
                "canonical": "University of Carrow",
            },
            {
                "content": "the signal could be caused by activity on the star itself",
                "speaker": "Professor Idris Mahmoud of the Lanford Institute",
                "cue": "cautioned",
                "type": "indirect",
                "canonical": "Idris Mahmoud",
            },
            {
                "content": "It is an exciting result, and it may well be right,",
                "speaker": "Professor Mahmoud",
                "cue": "told",
                "type": "direct",
                "canonical": "Idris Mahmoud",
            },
            {
                "content": "But small stars are noisy, and I would want to see a second set of observations.",
                "speaker": "Professor Mahmoud",
                "cue": "told",
                "type": "direct",
                "canonical": "Idris Mahmoud",
            },
            {
                "content": "the team welcomed the scrutiny",
                "speaker": "Dr Sjöberg",
                "cue": "insisted",
                "type": "indirect",
                "canonical": "Hanna Sjöberg",
            },
            {
                "content": "That is how science is supposed to work,",
                "speaker": "she",
                "cue": "said",
                "type": "direct",
                "canonical": "Hanna Sjöberg",
            },
        ],
    },
    {
        "doc_id": "dev_a09",
        "text": "\n\n".join(
            [
                "Ceasefire talks stall as border shelling resumes",
                "Talks on a ceasefire between Veldria and Tavrenia broke down on Tuesday after a night of shelling "
                "along the two countries' disputed border.",
                "The Veldrian army said its positions near the town of Morsk had come under artillery fire shortly "
                "after midnight. «We responded proportionately and only against military targets,» the army said "
                "in a statement.",
                "The Tavrenian Ministry of Foreign Affairs denied that its forces had fired first. It accused "
                "Veldria of «deliberately sabotaging» the negotiations in Bressan.",
                "«There can be no talks while shells are falling on our villages,» the Tavrenian deputy foreign "
                "minister, Alina Voss, told reporters in the capital, Dorn. «When the guns are silent, we will "
                "return to the table.»",
                "The chief mediator, Henrik Aaltonen, said he was «disappointed but not discouraged». He added that "
                "a monitoring mission could be deployed «within days» if a truce held.",
                "At least four civilians were killed in the overnight shelling, according to local officials in "
                "Morsk.",
            ]
        ),
        "quotes": [
            {
                "content": "its positions near the town of Morsk had come under artillery fire shortly after midnight",
                "speaker": "The Veldrian army",
                "cue": "said",
                "type": "indirect",
                "canonical": "Veldrian army",
            },
            {
                "content": "We responded proportionately and only against military targets,",
                "speaker": "the army",
                "cue": "said",
                "type": "direct",
                "canonical": "Veldrian army",
            },
            {
                "content": "its forces had fired first",
                "speaker": "The Tavrenian Ministry of Foreign Affairs",
                "cue": "denied",
                "type": "indirect",
                "canonical": "Tavrenian Ministry of Foreign Affairs",
            },
            {
                "content": "deliberately sabotaging",
                "speaker": "It",
                "cue": "accused",
                "type": "mixed",
                "canonical": "Tavrenian Ministry of Foreign Affairs",
            },
            {
                "content": "There can be no talks while shells are falling on our villages,",
                "speaker": "the Tavrenian deputy foreign minister, Alina Voss",
                "cue": "told",
                "type": "direct",
                "canonical": "Alina Voss",
            },
            {
                "content": "When the guns are silent, we will return to the table.",
                "speaker": "the Tavrenian deputy foreign minister, Alina Voss",
                "cue": "told",
                "type": "direct",
                "canonical": "Alina Voss",
            },
            {
                "content": "he was «disappointed but not discouraged»",
                "speaker": "The chief mediator, Henrik Aaltonen",
                "cue": "said",
                "type": "mixed",
                "canonical": "Henrik Aaltonen",
            },
            {
                "content": "a monitoring mission could be deployed «within days» if a truce held",
                "speaker": "He",
                "cue": "added",
                "type": "mixed",
                "canonical": "Henrik Aaltonen",
            },
            {
                "content": "At least four civilians were killed in the overnight shelling",
                "speaker": "local officials in Morsk",
                "cue": "according to",
                "type": "indirect",
                "canonical": "local officials in Morsk",
            },
        ],
    },
    {
        "doc_id": "dev_a10",
        "text": "\n\n".join(
            [
                "Harbour museum reopens with exhibition of shipbuilders' sketches",
                "The Kelmouth Maritime Museum reopened on Saturday after an 18-month refurbishment, with an "
                "exhibition of more than 200 sketches by the draughtsmen who worked on the town's slipways in the "
                "1950s.",
                "The show, titled “Lines on Water”, fills the museum's new upper gallery, a glass-walled room that "
                "looks directly over the old dry dock.",
                "Many of the drawings were rescued from a skip in 1987 by a former apprentice, Harold “Hal” "
                "Brennock, who kept them in his garage for three decades. His family donated the collection after "
                "his death last year.",
                "Curators believe some of the sketches were made for the liner Aurelia, which was launched from "
                "Kelmouth in 1954 and is still remembered locally as the “last big one”.",
                "The refurbishment, said to have cost £3.1m, was funded largely by a heritage lottery grant. "
                "Admission remains free, and the museum is open daily except Mondays.",
            ]
        ),
        "quotes": [],
    },
    {
        "doc_id": "dev_a11",
        "text": "\n\n".join(
            [
                "Storm Edda leaves thousands without power",
                "More than 40,000 homes across the north-west were without electricity on Monday morning after "
                "Storm Edda brought gusts of up to 90mph overnight. According to the grid operator, Norgrid "
                "Networks, engineers had restored supplies to about half of "
                "the affected properties by 10am.",
                "The National Weather Bureau said winds would ease through the afternoon, but warned that a second "
                "band of rain could bring localised flooding on Tuesday.",
                "A man in his 50s was taken to hospital with serious injuries after his lorry overturned on the "
                "Kelby viaduct, according to police.",
                "Sergeant Ian Haskett of Northmoor Police urged drivers to stay off exposed roads: “If your journey "
                "can wait, please let it wait. We have trees down on almost every route out of the valley.”",
                "Norgrid's customer director, Sofia Kendrick, said: “Our crews have been out since the early hours "
                "in some very dangerous conditions.",
                "“We expect the vast majority of customers to be reconnected by tonight, but a small number in "
                "remote areas may have to wait until Wednesday.",
                "“We would ask people to keep away from fallen lines and report them straight away.”",
                "Schools in Kelby and Ashworth were closed for the day, and the Kelby ferry did not sail. Council "
                "gritters were sent out to clear branches from the main roads into both towns.",
            ]
        ),
        "quotes": [
            {
                "content": "engineers had restored supplies to about half of the affected properties by 10am",
                "speaker": "the grid operator, Norgrid Networks",
                "cue": "According to",
                "type": "indirect",
                "canonical": "Norgrid Networks",
            },
            {
                "content": "winds would ease through the afternoon",
                "speaker": "The National Weather Bureau",
                "cue": "said",
                "type": "indirect",
                "canonical": "National Weather Bureau",
            },
            {
                "content": "a second band of rain could bring localised flooding on Tuesday",
                "speaker": "The National Weather Bureau",
                "cue": "warned",
                "type": "indirect",
                "canonical": "National Weather Bureau",
            },
            {
                "content": "A man in his 50s was taken to hospital with serious injuries after his lorry overturned "
                "on the Kelby viaduct",
                "speaker": "police",
                "cue": "according to",
                "type": "indirect",
                "canonical": "Northmoor Police",
            },
            {
                "content": "If your journey can wait, please let it wait. We have trees down on almost every route "
                "out of the valley.",
                "speaker": "Sergeant Ian Haskett of Northmoor Police",
                "cue": "urged",
                "type": "direct",
                "canonical": "Ian Haskett",
            },
            {
                "content": "Our crews have been out since the early hours in some very dangerous conditions.",
                "speaker": "Norgrid's customer director, Sofia Kendrick",
                "cue": "said",
                "type": "direct",
                "canonical": "Sofia Kendrick",
            },
            {
                "content": "We expect the vast majority of customers to be reconnected by tonight, but a small number "
                "in remote areas may have to wait until Wednesday.",
                "speaker": "Norgrid's customer director, Sofia Kendrick",
                "cue": "said",
                "type": "direct",
                "canonical": "Sofia Kendrick",
            },
            {
                "content": "We would ask people to keep away from fallen lines and report them straight away.",
                "speaker": "Norgrid's customer director, Sofia Kendrick",
                "cue": "said",
                "type": "direct",
                "canonical": "Sofia Kendrick",
            },
        ],
    },
    {
        "doc_id": "dev_a12",
        "text": "\n\n".join(
            [
                "Developer goes on trial accused of bribing planning officers",
                "A property developer accused of bribing two planning officers to approve a riverside housing "
                "scheme has pleaded not guilty as his trial opened at Larkhill Crown Court.",
                "Victor Albescu, 58, the founder of Albescu Homes, paid more than £90,000 to two officers at "
                "Tollbridge Borough Council between 2019 and 2021, the prosecution alleges.",
                "Opening the case, Catherine Blaine KC told the jury: “This was not a gift between friends, "
                "whatever you may hear. It was a payment for a decision.”",
                "“The money was paid in cash,” Ms Blaine said, “in envelopes, in car parks, and always in the week "
                "before a planning meeting.”",
                "Mr Albescu denies two counts of bribery. His lawyer, Simon Tate KC, has argued that the payments "
                "were loans to a family friend and were properly recorded.",
                "The two former council officers, Raymond Poole and Denise Whitlow, have admitted that they "
                "accepted cash from the developer, and are expected to give evidence next week.",
                "Tollbridge Borough Council issued a statement that it had cooperated fully with the police "
                "investigation and had since overhauled its planning procedures.",
                "The trial, expected to last six weeks, continues.",
            ]
        ),
        "quotes": [
            {
                "content": "Victor Albescu, 58, the founder of Albescu Homes, paid more than £90,000 to two officers "
                "at Tollbridge Borough Council between 2019 and 2021",
                "speaker": "the prosecution",
                "cue": "alleges",
                "type": "indirect",
                "canonical": "prosecution",
            },
            {
                "content": "This was not a gift between friends, whatever you may hear. It was a payment for a "
                "decision.",
                "speaker": "Catherine Blaine KC",
                "cue": "told",
                "type": "direct",
                "canonical": "Catherine Blaine",
            },
            {
                "content": "The money was paid in cash,",
                "speaker": "Ms Blaine",
                "cue": "said",
                "type": "direct",
                "canonical": "Catherine Blaine",
            },
            {
                "content": "in envelopes, in car parks, and always in the week before a planning meeting.",
                "speaker": "Ms Blaine",
                "cue": "said",
                "type": "direct",
                "canonical": "Catherine Blaine",
            },
            {
                "content": "the payments were loans to a family friend and were properly recorded",
                "speaker": "His lawyer, Simon Tate KC",
                "cue": "has argued",
                "type": "indirect",
                "canonical": "Simon Tate",
            },
            {
                "content": "they accepted cash from the developer",
                "speaker": "The two former council officers, Raymond Poole and Denise Whitlow",
                "cue": "have admitted",
                "type": "indirect",
                "canonical": "Raymond Poole and Denise Whitlow",
            },
            {
                "content": "it had cooperated fully with the police investigation and had since overhauled its "
                "planning procedures",
                "speaker": "Tollbridge Borough Council",
                "cue": "issued a statement",
                "type": "indirect",
                "canonical": "Tollbridge Borough Council",
            },
        ],
    },
    {
        "doc_id": "dev_a13",
        "text": "\n\n".join(
            [
                "Skyvane to cut 600 jobs and close three regional bases",
                "Budget airline Skyvane is to cut 600 jobs and close three of its regional bases, reports the BBC.",
                "The airline confirmed the plans on Wednesday, saying that bookings from Tarrow, Brindley and "
                "Hollesby airports had never recovered after the pandemic.",
                "“These are painful decisions,” chief executive Marta Lindholm wrote in a message to staff, “and "
                "they are not a reflection on the people who work at those bases.”",
                "The Aircrew Union said it would fight the cuts “every step of the way”, adding that Skyvane had "
                "posted record profits only last year.",
                "Its regional organiser, Dev Sharma, said: “Our members read about this in the newspaper before "
                "anyone from management picked up the phone. That tells you everything.”",
                "Skyvane shares rose 3 per cent on the news. Analysts said the closures would save the airline "
                "about £40m a year.",
            ]
        ),
        "quotes": [
            {
                "content": "Budget airline Skyvane is to cut 600 jobs and close three of its regional bases",
                "speaker": "the BBC",
                "cue": "reports",
                "type": "indirect",
                "canonical": "BBC",
            },
            {
                "content": "bookings from Tarrow, Brindley and Hollesby airports had never recovered after the "
                "pandemic",
                "speaker": "The airline",
                "cue": "saying",
                "type": "indirect",
                "canonical": "Skyvane",
            },
            {
                "content": "These are painful decisions,",
                "speaker": "chief executive Marta Lindholm",
                "cue": "wrote",
                "type": "direct",
                "canonical": "Marta Lindholm",
            },
            {
                "content": "and they are not a reflection on the people who work at those bases.",
                "speaker": "chief executive Marta Lindholm",
                "cue": "wrote",
                "type": "direct",
                "canonical": "Marta Lindholm",
            },
            {
                "content": "it would fight the cuts “every step of the way”",
                "speaker": "The Aircrew Union",
                "cue": "said",
                "type": "mixed",
                "canonical": "Aircrew Union",
            },
            {
                "content": "Skyvane had posted record profits only last year",
                "speaker": "The Aircrew Union",
                "cue": "adding",
                "type": "indirect",
                "canonical": "Aircrew Union",
            },
            {
                "content": "Our members read about this in the newspaper before anyone from management picked up the "
                "phone. That tells you everything.",
                "speaker": "Its regional organiser, Dev Sharma",
                "cue": "said",
                "type": "direct",
                "canonical": "Dev Sharma",
            },
            {
                "content": "the closures would save the airline about £40m a year",
                "speaker": "Analysts",
                "cue": "said",
                "type": "indirect",
                "canonical": "Analysts",
            },
        ],
    },
    {
        "doc_id": "dev_a14",
        "text": "\n\n".join(
            [
                "Rural patients face long waits as dental practices close",
                "One in five dental practices in Westmere has stopped taking new patients on public contracts in "
                "the past year, according to a survey by the Westmere Dental Committee.",
                "The committee's chair, Dr Owen Pritchard, said the findings showed a system “close to collapse” in "
                "rural areas.",
                "He said: “We are seeing patients who have pulled out their own teeth because they could not find "
                "anyone to treat them.",
                "“Colleagues are leaving for private work, and frankly I understand why. The contract pays us less "
                "to treat a patient with six fillings than one with two.",
                "“Unless that changes, the waiting lists will keep growing.”",
                "Patients in Selbury described travelling more than 50 miles for a check-up after both practices in "
                "the town closed last spring. Joan Ferris, 67, complained that she had been on a waiting list for "
                "two years. “They keep telling me it will be next month,” Mrs Ferris said.",
                "Officials at the Westmere Health Board were asked about the closures, and they insisted that a new "
                "practice would open in Selbury by the spring.",
            ]
        ),
        "quotes": [
            {
                "content": "One in five dental practices in Westmere has stopped taking new patients on public "
                "contracts in the past year",
                "speaker": "a survey by the Westmere Dental Committee",
                "cue": "according to",
                "type": "indirect",
                "canonical": "Westmere Dental Committee",
            },
            {
                "content": "the findings showed a system “close to collapse” in rural areas",
                "speaker": "The committee's chair, Dr Owen Pritchard",
                "cue": "said",
                "type": "mixed",
                "canonical": "Owen Pritchard",
            },
            {
                "content": "We are seeing patients who have pulled out their own teeth because they could not find "
                "anyone to treat them.",
                "speaker": "He",
                "cue": "said",
                "type": "direct",
                "canonical": "Owen Pritchard",
            },
            {
                "content": "Colleagues are leaving for private work, and frankly I understand why. The contract pays "
                "us less to treat a patient with six fillings than one with two.",
                "speaker": "He",
                "cue": "said",
                "type": "direct",
                "canonical": "Owen Pritchard",
            },
            {
                "content": "Unless that changes, the waiting lists will keep growing.",
                "speaker": "He",
                "cue": "said",
                "type": "direct",
                "canonical": "Owen Pritchard",
            },
            {
                "content": "she had been on a waiting list for two years",
                "speaker": "Joan Ferris, 67",
                "cue": "complained",
                "type": "indirect",
                "canonical": "Joan Ferris",
            },
            {
                "content": "They keep telling me it will be next month,",
                "speaker": "Mrs Ferris",
                "cue": "said",
                "type": "direct",
                "canonical": "Joan Ferris",
            },
            {
                "content": "a new practice would open in Selbury by the spring",
                "speaker": "they",
                "cue": "insisted",
                "type": "indirect",
                "canonical": "Westmere Health Board",
            },
        ],
    },
    {
        "doc_id": "dev_a15",
        "text": "\n\n".join(
            [
                "Two aid workers freed after three weeks in captivity",
                "Two aid workers kidnapped in northern Kessaria last month have been released unharmed, the "
                "Kessarian Interior Ministry said on Friday.",
                "The pair, nurse Lene Holt and driver Yusuf Daher, both work for the charity MedBridge. They were "
                "seized at a checkpoint near the town of Qarun on 3 March.",
                "MedBridge said in a statement that it was “overjoyed and relieved” that both of its staff were "
                "safe.",
                "The statement added that the two workers were being given medical checks and would be reunited "
                "with their families “as soon as possible”.",
                "Kessaria's interior minister, Farid Nassar, told reporters that no ransom had been paid. “The "
                "release was secured through dialogue with community elders, not money,” Mr Nassar said.",
                "A spokesperson for the Valmarkian Foreign Ministry confirmed that Ms Holt had flown home on Friday "
                "evening and was in good health.",
                "Northern Kessaria has seen a wave of kidnappings by the so-called “border brigades”, armed groups "
                "that control several smuggling routes into the region.",
            ]
        ),
        "quotes": [
            {
                "content": "Two aid workers kidnapped in northern Kessaria last month have been released unharmed",
                "speaker": "the Kessarian Interior Ministry",
                "cue": "said",
                "type": "indirect",
                "canonical": "Kessarian Interior Ministry",
            },
            {
                "content": "it was “overjoyed and relieved” that both of its staff were safe",
                "speaker": "MedBridge",
                "cue": "said",
                "type": "mixed",
                "canonical": "MedBridge",
            },
            {
                "content": "the two workers were being given medical checks and would be reunited with their families "
                "“as soon as possible”",
                "speaker": "The statement",
                "cue": "added",
                "type": "mixed",
                "canonical": "MedBridge",
            },
            {
                "content": "no ransom had been paid",
                "speaker": "Kessaria's interior minister, Farid Nassar",
                "cue": "told",
                "type": "indirect",
                "canonical": "Farid Nassar",
            },
            {
                "content": "The release was secured through dialogue with community elders, not money,",
                "speaker": "Mr Nassar",
                "cue": "said",
                "type": "direct",
                "canonical": "Farid Nassar",
            },
            {
                "content": "Ms Holt had flown home on Friday evening and was in good health",
                "speaker": "A spokesperson for the Valmarkian Foreign Ministry",
                "cue": "confirmed",
                "type": "indirect",
                "canonical": "Valmarkian Foreign Ministry",
            },
        ],
    },
    {
        "doc_id": "dev_a16",
        "text": "\n\n".join(
            [
                "Marlby Athletic edge Ferrington in five-goal thriller",
                "Marlby Athletic moved up to fourth in the table with a 3-2 win over Ferrington Town at Riverside "
                "Park on Saturday, settled by a stoppage-time header from substitute Kieran Doyle.",
                "Ferrington had led twice through Ollie Grant, whose second goal, a curling free kick from 25 "
                "yards, silenced the home end for most of the second half.",
                "Marlby's equaliser came from captain Danny “Dozer” Mulholland, who bundled the ball in from close "
                "range after a goalmouth scramble on 71 minutes.",
                "Doyle, on for only six minutes, rose above two defenders to meet a corner from Lee Parr as the "
                "fourth official was raising the board. The home fans responded with a chorus of “Marlby till I "
                "die” that carried on long after the final whistle.",
                "Many supporters think manager Stuart Kemp still needs another centre-back before the transfer "
                "window closes. Marlby travel to Hexham Rangers next Saturday.",
            ]
        ),
        "quotes": [],
    },
    {
        "doc_id": "dev_a17",
        "text": "\n\n".join(
            [
                "Bus strike to hit Carrowgate services for a week",
                "Bus drivers in Carrowgate will strike for seven days from Monday after rejecting a pay offer from "
                "the operator, Greyline Buses.",
                "The drivers' union, the Transport Workers' Alliance, said 94 per cent of members who voted had "
                "backed the action on a turnout of 71 per cent.",
                "Regional officer Bernadette Kelly said: “Drivers here earn £2 an hour less than colleagues doing "
                "exactly the same job twenty miles down the road.”",
                "“That is not fair,” she added, “and it is not sustainable.”",
                "Greyline said it had offered a 5 per cent rise this year, and argued that its drivers were already "
                "among the best paid in the region.",
                "When we asked whether any services would run during the strike, it said a reduced timetable on "
                "four routes would be published on Friday.",
                "Students and shift workers are likely to be hardest hit. Amira Qureshi, 19, who relies on the 42 "
                "bus to reach college, told us: “I'll have to walk an hour each way. I don't think they've "
                "thought about people like me at all.”",
            ]
        ),
        "quotes": [
            {
                "content": "94 per cent of members who voted had backed the action on a turnout of 71 per cent",
                "speaker": "The drivers' union, the Transport Workers' Alliance",
                "cue": "said",
                "type": "indirect",
                "canonical": "Transport Workers' Alliance",
            },
            {
                "content": "Drivers here earn £2 an hour less than colleagues doing exactly the same job twenty miles "
                "down the road.",
                "speaker": "Regional officer Bernadette Kelly",
                "cue": "said",
                "type": "direct",
                "canonical": "Bernadette Kelly",
            },
            {
                "content": "That is not fair,",
                "speaker": "she",
                "cue": "added",
                "type": "direct",
                "canonical": "Bernadette Kelly",
            },
            {
                "content": "and it is not sustainable.",
                "speaker": "she",
                "cue": "added",
                "type": "direct",
                "canonical": "Bernadette Kelly",
            },
            {
                "content": "it had offered a 5 per cent rise this year",
                "speaker": "Greyline",
                "cue": "said",
                "type": "indirect",
                "canonical": "Greyline Buses",
            },
            {
                "content": "its drivers were already among the best paid in the region",
                "speaker": "Greyline",
                "cue": "argued",
                "type": "indirect",
                "canonical": "Greyline Buses",
            },
            {
                "content": "a reduced timetable on four routes would be published on Friday",
                "speaker": "it",
                "cue": "said",
                "type": "indirect",
                "canonical": "Greyline Buses",
            },
            {
                "content": "I'll have to walk an hour each way. I don't think they've thought about people like me at "
                "all.",
                "speaker": "Amira Qureshi, 19",
                "cue": "told",
                "type": "direct",
                "canonical": "Amira Qureshi",
            },
        ],
    },
    {
        "doc_id": "dev_a18",
        "text": "\n\n".join(
            [
                "Playwright withdraws from festival over sponsorship row",
                "The playwright Nadia Kovac has pulled her new play from the Aldwick Arts Festival in protest at the "
                "festival's sponsorship deal with the mining company Ferrox.",
                "Kovac, whose drama “The Quiet Year” won the Hallam Prize in 2021, announced her decision on social "
                "media on Monday night.",
                "She wrote: “I cannot in good conscience ask an audience to sit under a banner paid for by a company "
                "that is draining the wetlands my grandparents farmed.”",
                "The festival's director, Rupert Haines, said he was “saddened” by the decision but defended the "
                "partnership.",
                "“Without Ferrox's support, a third of this year's programme simply would not exist,” Mr Haines "
                "told the Aldwick Echo. “We are a small festival. We have to be realistic.”",
                "Ferrox said it was “proud to support the arts” and noted that it had restored 40 hectares of "
                "wetland since 2019.",
                "Two other writers, the poet Sam Adeyemi and the novelist Clare Winter, said on Tuesday that they "
                "would also withdraw. The festival, which runs from 12 to 20 July, insisted the rest of its "
                "programme would go ahead as planned.",
            ]
        ),
        "quotes": [
            {
                "content": "I cannot in good conscience ask an audience to sit under a banner paid for by a company "
                "that is draining the wetlands my grandparents farmed.",
                "speaker": "She",
                "cue": "wrote",
                "type": "direct",
                "canonical": "Nadia Kovac",
            },
            {
                "content": "he was “saddened” by the decision",
                "speaker": "The festival's director, Rupert Haines",
                "cue": "said",
                "type": "mixed",
                "canonical": "Rupert Haines",
            },
            {
                "content": "Without Ferrox's support, a third of this year's programme simply would not exist,",
                "speaker": "Mr Haines",
                "cue": "told",
                "type": "direct",
                "canonical": "Rupert Haines",
            },
            {
                "content": "We are a small festival. We have to be realistic.",
                "speaker": "Mr Haines",
                "cue": "told",
                "type": "direct",
                "canonical": "Rupert Haines",
            },
            {
                "content": "it was “proud to support the arts”",
                "speaker": "Ferrox",
                "cue": "said",
                "type": "mixed",
                "canonical": "Ferrox",
            },
            {
                "content": "it had restored 40 hectares of wetland since 2019",
                "speaker": "Ferrox",
                "cue": "noted",
                "type": "indirect",
                "canonical": "Ferrox",
            },
            {
                "content": "they would also withdraw",
                "speaker": "Two other writers, the poet Sam Adeyemi and the novelist Clare Winter",
                "cue": "said",
                "type": "indirect",
                "canonical": "Sam Adeyemi and Clare Winter",
            },
            {
                "content": "the rest of its programme would go ahead as planned",
                "speaker": "The festival",
                "cue": "insisted",
                "type": "indirect",
                "canonical": "Aldwick Arts Festival",
            },
        ],
    },
    {
        "doc_id": "dev_a19",
        "text": "\n\n".join(
            [
                "Oakridge Lane housing plan approved despite 900 objections",
                "Plans for 300 homes on farmland at Oakridge Lane have been approved by Fenwick Town Council, "
                "despite more than 900 objections from residents.",
                "Karen Holloway, who chairs the Oakridge Village Society, said the development would “swallow the "
                "village whole”.",
                "Councillors voted 7-4 in favour after the developer, Hartwell Estates, agreed to fund a new primary "
                "school and a bus service to the town centre.",
                "Planning committee chair Derek Mayhew said: “Nobody on this committee took this lightly. But the "
                "town needs homes that young families can afford, and this scheme delivers them.”",
                "Campaigners said they would consider asking for a judicial review of the decision.",
            ]
        ),
        "quotes": [
            {
                "content": "the development would “swallow the village whole”",
                "speaker": "Karen Holloway",
                "cue": "said",
                "type": "mixed",
                "canonical": "Karen Holloway",
            },
            {
                "content": "Nobody on this committee took this lightly. But the town needs homes that young families "
                "can afford, and this scheme delivers them.",
                "speaker": "Planning committee chair Derek Mayhew",
                "cue": "said",
                "type": "direct",
                "canonical": "Derek Mayhew",
            },
            {
                "content": "they would consider asking for a judicial review of the decision",
                "speaker": "Campaigners",
                "cue": "said",
                "type": "indirect",
                "canonical": "Campaigners",
            },
        ],
    },
    {
        "doc_id": "dev_a20",
        "text": "\n\n".join(
            [
                "Ancient forest emerges from drained peat bog",
                "The stumps of hundreds of pine trees, preserved for around 5,000 years, have been uncovered during "
                "restoration work on Carnmoor Moss, a peat bog on the edge of the Harlen Hills.",
                "The trees appear to have died when the climate turned wetter and the bog spread across the valley "
                "floor. Researchers believe the forest may once have covered more than 200 hectares.",
                "Some of the timber will be analysed at the Lanford Institute, whose tree-ring archive, said to be "
                "the largest in the country, could allow the wood to be dated to within a few years.",
                "The find will feature in the next series of the documentary “Buried Britain”, and volunteers have "
                "already nicknamed the site the “drowned wood”.",
            ]
        ),
        "quotes": [],
    },
    {
        "doc_id": "dev_a21",
        "text": "\n\n".join(
            [
                "Hosepipe ban announced as temperature record falls",
                "Temperatures reached 36.4C in Harlan on Tuesday, the highest ever recorded in the region, the "
                "National Weather Bureau confirmed.",
                "Tamberside Water has introduced a hosepipe ban covering 1.2 million customers from Friday.",
                "Its operations director, Gemma Lowe, explained that reservoir levels had fallen to 54 per cent, "
                "well below the average for July.",
                "“We are not at crisis point,” Ms Lowe said. “But if every household saved a bucket of water a day, "
                "it would make a real difference.”",
            ]
        ),
        "quotes": [
            {
                "content": "Temperatures reached 36.4C in Harlan on Tuesday, the highest ever recorded in the region",
                "speaker": "the National Weather Bureau",
                "cue": "confirmed",
                "type": "indirect",
                "canonical": "National Weather Bureau",
            },
            {
                "content": "reservoir levels had fallen to 54 per cent, well below the average for July",
                "speaker": "Its operations director, Gemma Lowe",
                "cue": "explained",
                "type": "indirect",
                "canonical": "Gemma Lowe",
            },
            {
                "content": "We are not at crisis point,",
                "speaker": "Ms Lowe",
                "cue": "said",
                "type": "direct",
                "canonical": "Gemma Lowe",
            },
            {
                "content": "But if every household saved a bucket of water a day, it would make a real difference.",
                "speaker": "Ms Lowe",
                "cue": "said",
                "type": "direct",
                "canonical": "Gemma Lowe",
            },
        ],
    },
    {
        "doc_id": "dev_a22",
        "text": "\n\n".join(
            [
                "Hollow Pines cancel European tour after drummer injured",
                "The folk-rock band Hollow Pines have cancelled the rest of their European tour after their "
                "drummer, Jonah Reyes, was hurt in a car crash in Lyon.",
                "In a post on social media, the band wrote: “Jonah is going to be OK, and that is all that matters "
                "right now. We are so sorry to everyone who had tickets.”",
                "Refunds will be issued automatically, according to the promoter, Livewire Events.",
                "The band's second album, “Salt and Iron”, reached number three in the charts last year.",
            ]
        ),
        "quotes": [
            {
                "content": "Jonah is going to be OK, and that is all that matters right now. We are so sorry to "
                "everyone who had tickets.",
                "speaker": "the band",
                "cue": "wrote",
                "type": "direct",
                "canonical": "Hollow Pines",
            },
            {
                "content": "Refunds will be issued automatically",
                "speaker": "the promoter, Livewire Events",
                "cue": "according to",
                "type": "indirect",
                "canonical": "Livewire Events",
            },
        ],
    },
    {
        "doc_id": "dev_a23",
        "text": "\n\n".join(
            [
                "Pellow & Finch in talks to buy rival Dunmore Precision",
                "Shares in the engineering group Pellow & Finch jumped 14 per cent after the company confirmed it "
                "was in early talks to buy its smaller rival, Dunmore Precision.",
                "A combined business would be worth about £1.4bn and employ some 6,000 people, most of them in the "
                "Midlands.",
                "Pellow & Finch chief executive Anil Mehta denied that the deal would lead to job losses. “This is "
                "about growth, not cuts,” Mr Mehta told the Financial Courier.",
                "Under takeover rules, Pellow & Finch has until 14 November to make a firm offer or walk away.",
            ]
        ),
        "quotes": [
            {
                "content": "it was in early talks to buy its smaller rival, Dunmore Precision",
                "speaker": "the company",
                "cue": "confirmed",
                "type": "indirect",
                "canonical": "Pellow & Finch",
            },
            {
                "content": "the deal would lead to job losses",
                "speaker": "Pellow & Finch chief executive Anil Mehta",
                "cue": "denied",
                "type": "indirect",
                "canonical": "Anil Mehta",
            },
            {
                "content": "This is about growth, not cuts,",
                "speaker": "Mr Mehta",
                "cue": "told",
                "type": "direct",
                "canonical": "Anil Mehta",
            },
        ],
    },
    {
        "doc_id": "dev_a24",
        "text": "\n\n".join(
            [
                "Northern Sea Council agrees joint patrols to protect undersea cables",
                "Foreign ministers from the eight members of the Northern Sea Council agreed on Thursday to set up a "
                "joint patrol force to protect undersea cables, after a series of suspected sabotage incidents.",
                "The council's secretary general, Ingrid Solberg, said the force would begin operating “within "
                "months, not years”.",
                "“Our economies run through these cables,” she told a news conference in Halvik. “An attack on them "
                "is an attack on all of us.”",
                "No country has been formally blamed for the damage, which cut internet and power links to two "
                "islands for several days in January.",
            ]
        ),
        "quotes": [
            {
                "content": "the force would begin operating “within months, not years”",
                "speaker": "The council's secretary general, Ingrid Solberg",
                "cue": "said",
                "type": "mixed",
                "canonical": "Ingrid Solberg",
            },
            {
                "content": "Our economies run through these cables,",
                "speaker": "she",
                "cue": "told",
                "type": "direct",
                "canonical": "Ingrid Solberg",
            },
            {
                "content": "An attack on them is an attack on all of us.",
                "speaker": "she",
                "cue": "told",
                "type": "direct",
                "canonical": "Ingrid Solberg",
            },
        ],
    },
]
