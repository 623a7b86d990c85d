"""Tracing gold: twelve invented news stories, each told by three to five outlets.

All people, places, outlets and organisations are fictional. Built into trace_gold.jsonl by
``python tests/data/trace_gold_source.py``.

Each story has one original (a wire report or a press office's own article) and outlets that retell it:
word for word, cut into a mixed quote (fragment), cut with ``...`` or a ``[bracketed]`` word (elided),
with a word changed, added or dropped (altered), with the words given to the wrong person
(a speaker conflict), or turned into reported speech (not a quote: not annotated, never traced).
Negatives: different statements that share a phrase, and the same stock phrase said by different
people on different days (stories s04/s05, s02, s12).

Every direct or mixed quote of at least five quoted words is annotated with:

- ``text``: the quoted words as written (for a mixed quote, the words inside the quotation marks);
- ``cluster``: the statement it reports (``s01a``...), shared by every document quoting it;
- ``relation``: to the cluster's reference wording (the original's fullest wording): reference, same,
  fragment, elided or altered;
- ``check``: in the retellings, the status `quotes check` should give it against the story's original:
  verbatim, fragment, elided, altered, misattributed or not-found.

``conflicts`` names the clusters whose words two documents give to different speakers.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).parent


def q(text: str, cluster: str, relation: str, check: str | None = None) -> dict:
    return {"text": text, "cluster": cluster, "relation": relation, "check": check}


def d(story: str, outlet: str, date: str, role: str, paragraphs: list[str], quotes: list[dict]) -> dict:
    return {
        "doc_id": f"{story}-{outlet.lower().replace(' ', '-')}",
        "story": story,
        "outlet": outlet,
        "date": date,
        "role": role,
        "text": "\n\n".join(paragraphs),
        "quotes": quotes,
    }


STORIES: list[dict] = []


def story(name: str, docs: list[dict], conflicts: tuple[str, ...] = ()) -> None:
    STORIES.append({"story": name, "docs": docs, "conflicts": list(conflicts)})


# s01: a maternity unit saved; an outlet changes "not" to "never", an aggregator gives the health trust's
# words to the council leader.
story("s01", [
    d("s01", "Wire", "2025-03-04", "original", [
        "Northbridge maternity unit to stay open after council vote",
        "Northbridge council has voted to keep the town's maternity unit open after a six-hour meeting on Tuesday night.",
        "“We will not close the maternity unit while I am leader of this council,” said Margaret Okafor, the council leader.",
        "The health trust had proposed moving births to Ashford General, 30 miles away. Its chief executive, Daniel Reyes, said the trust would study the vote. “Our priority has always been the safety of mothers and babies, and nothing in tonight's decision changes that,” he said.",
        "Campaigners outside the town hall cheered the result. Priya Nandra, who organised the protest, said: “Three thousand people signed our petition in a fortnight. The council listened to them.”",
    ], [
        q("We will not close the maternity unit while I am leader of this council,", "s01a", "reference"),
        q("Our priority has always been the safety of mothers and babies, and nothing in tonight's decision changes that,", "s01b", "reference"),
        q("Three thousand people signed our petition in a fortnight. The council listened to them.", "s01c", "reference"),
    ]),
    d("s01", "Gazette", "2025-03-05", "derived", [
        "Council keeps births in Northbridge",
        "The leader of Northbridge council, Margaret Okafor, has promised that births will stay in the town. “We will not close the maternity unit while I am leader of this council,” she told the meeting.",
        "Daniel Reyes, chief executive of the health trust, said its priority had “always been the safety of mothers and babies”.",
        "Priya Nandra, who led the campaign, said: “Three thousand people signed our petition... The council listened to them.”",
    ], [
        q("We will not close the maternity unit while I am leader of this council,", "s01a", "same", "verbatim"),
        q("always been the safety of mothers and babies", "s01b", "fragment", "fragment"),
        q("Three thousand people signed our petition... The council listened to them.", "s01c", "elided", "elided"),
    ]),
    d("s01", "Courier", "2025-03-05", "derived", [
        "Okafor: maternity unit is safe",
        "Margaret Okafor, the leader of Northbridge council, said on Tuesday: “We will never close the maternity unit while I am leader of this council.”",
        "The health trust's chief executive, Daniel Reyes, said the safety of mothers and babies would come first whatever councillors decided.",
        "“Three thousand people signed our petition in a fortnight. The council listened to them,” said campaigner Priya Nandra.",
    ], [
        q("We will never close the maternity unit while I am leader of this council.", "s01a", "altered", "altered"),
        q("Three thousand people signed our petition in a fortnight. The council listened to them,", "s01c", "same", "verbatim"),
    ]),
    d("s01", "Briefly", "2025-03-06", "derived", [
        "Maternity unit saved",
        "Northbridge's maternity unit will stay open. “[Northbridge] will not close the maternity unit while I am leader of this council,” council leader Margaret Okafor said.",
        "Ms Okafor added: “Our priority has always been the safety of mothers and babies, and nothing in tonight's decision changes that.”",
    ], [
        q("[Northbridge] will not close the maternity unit while I am leader of this council,", "s01a", "elided", "elided"),
        q("Our priority has always been the safety of mothers and babies, and nothing in tonight's decision changes that.", "s01b", "same", "misattributed"),
    ]),
], conflicts=("s01b",))

# s02: a car plant cuts jobs; the company and the union both say "we are committed to" (two statements),
# and a local paper has its own interview (not in the original).
story("s02", [
    d("s02", "Wire", "2025-02-11", "original", [
        "Veltro to cut 400 jobs at Dunmore plant",
        "The carmaker Veltro is to cut 400 jobs at its Dunmore plant as demand for its diesel vans falls.",
        "“We are committed to the people of Dunmore and we will support every worker through this difficult period,” said Helen Marsh, a spokeswoman for the company.",
        "Tom Falkirk, the union's regional officer, said: “We are committed to fighting for every single job at this plant, and we will ballot our members next week.”",
        "The company said production of electric vans would begin at the site in 2027.",
    ], [
        q("We are committed to the people of Dunmore and we will support every worker through this difficult period,", "s02a", "reference"),
        q("We are committed to fighting for every single job at this plant, and we will ballot our members next week.", "s02b", "reference"),
    ]),
    d("s02", "Dunmore Herald", "2025-02-11", "derived", [
        "Hammer blow for Dunmore as Veltro axes 400 jobs",
        "Veltro spokeswoman Helen Marsh said: “We are committed to the people of Dunmore and we will support every worker through this difficult period.”",
        "Union officer Tom Falkirk vowed to fight “for every single job at this plant”.",
        "Outside the gates, forklift driver Colin Bray said: “I have worked here for twenty-two years and nobody told us anything until this morning.”",
    ], [
        q("We are committed to the people of Dunmore and we will support every worker through this difficult period.", "s02a", "same", "verbatim"),
        q("for every single job at this plant", "s02b", "fragment", "fragment"),
        q("I have worked here for twenty-two years and nobody told us anything until this morning.", "s02c", "reference", "not-found"),
    ]),
    d("s02", "Motor Trade Weekly", "2025-02-12", "derived", [
        "Veltro restructures van production",
        "Veltro will shed 400 posts in Dunmore. The company said it was “committed to the people of Dunmore” and would help staff find new work.",
        "“We are committed to fighting for every single job ... and we will ballot our members next week,” said Tom Falkirk of the union.",
    ], [
        q("committed to the people of Dunmore", "s02a", "fragment", "fragment"),
        q("We are committed to fighting for every single job ... and we will ballot our members next week,", "s02b", "elided", "elided"),
    ]),
    d("s02", "North Post", "2025-02-12", "derived", [
        "Union threatens strike over Veltro cuts",
        "The union is threatening industrial action after Veltro announced 400 job losses in Dunmore.",
        "“We are committed to fighting for every job at this plant, and we will ballot our members next week,” Tom Falkirk said.",
        "Helen Marsh, for Veltro, said: “We are committed to the people of Dunmore and we will support every worker through this difficult period.”",
    ], [
        q("We are committed to fighting for every job at this plant, and we will ballot our members next week,", "s02b", "altered", "altered"),
        q("We are committed to the people of Dunmore and we will support every worker through this difficult period.", "s02a", "same", "verbatim"),
    ]),
])

# s03: a pension fraud sentencing; an outlet drops the defence's "not", another gives the judge's words
# to the prosecutor.
story("s03", [
    d("s03", "Wire", "2025-05-20", "original", [
        "Former fund manager jailed for pension fraud",
        "A former fund manager who took £3.1 million from a workplace pension scheme has been jailed for seven years at Carrow Crown Court.",
        "Sentencing Gareth Pryce, 52, Judge Eleanor Whitcombe said: “You abused the trust of hundreds of pensioners who relied on you to look after their savings.”",
        "Prosecutor Simon Adebayo told the court that the money had paid for a villa in Portugal and two racehorses.",
        "Outside court, Pryce's solicitor, Anita Shah, said: “We do not expect the conviction to be overturned, but we will appeal against the length of the sentence.”",
    ], [
        q("You abused the trust of hundreds of pensioners who relied on you to look after their savings.", "s03a", "reference"),
        q("We do not expect the conviction to be overturned, but we will appeal against the length of the sentence.", "s03b", "reference"),
    ]),
    d("s03", "Carrow Echo", "2025-05-20", "derived", [
        "Pension fraudster jailed",
        "Judge Eleanor Whitcombe told Gareth Pryce he had “abused the trust of hundreds of pensioners”.",
        "His solicitor, Anita Shah, said: “We expect the conviction to be overturned, but we will appeal against the length of the sentence.”",
    ], [
        q("abused the trust of hundreds of pensioners", "s03a", "fragment", "fragment"),
        q("We expect the conviction to be overturned, but we will appeal against the length of the sentence.", "s03b", "altered", "altered"),
    ]),
    d("s03", "Daily Ledger", "2025-05-21", "derived", [
        "Seven years for fund boss who bought racehorses with pension cash",
        "Prosecutor Simon Adebayo said: “You abused the trust of hundreds of pensioners who relied on you to look after their savings.”",
        "The court heard the money paid for a villa and two racehorses.",
    ], [
        q("You abused the trust of hundreds of pensioners who relied on you to look after their savings.", "s03a", "same", "misattributed"),
    ]),
    d("s03", "Pensions Today", "2025-05-22", "derived", [
        "Court jails Pryce over scheme losses",
        "Sentencing Gareth Pryce, Judge Eleanor Whitcombe said: “You abused the trust of hundreds of pensioners who relied on you [the defendant] to look after their savings.”",
        "Anita Shah, for Pryce, said: “We do not expect the conviction to be overturned, but we will appeal against the length of the sentence.”",
    ], [
        q("You abused the trust of hundreds of pensioners who relied on you [the defendant] to look after their savings.", "s03a", "elided", "elided"),
        q("We do not expect the conviction to be overturned, but we will appeal against the length of the sentence.", "s03b", "same", "verbatim"),
    ]),
], conflicts=("s03a",))

# s04 and s05: two football matches on different days; both managers say "It was a proper team
# performance today" (a stock phrase, two statements).
story("s04", [
    d("s04", "Wire", "2025-04-05", "original", [
        "Harwick edge Stanmoor in five-goal thriller",
        "Harwick Rovers beat Stanmoor 3-2 on Saturday with a late header from Jonas Keller.",
        "“It was a proper team performance today,” said the Harwick manager, Rob Delaney. “We went behind twice and the lads never stopped believing in what we were doing.”",
        "Stanmoor's manager, Lisa Ferris, said her side had been beaten by a set piece they should have defended. “We gave away two soft goals and you cannot do that away from home in this league,” she said.",
    ], [
        q("It was a proper team performance today,", "s04ab", "fragment"),
        q("We went behind twice and the lads never stopped believing in what we were doing.", "s04ab", "fragment"),
        q("We gave away two soft goals and you cannot do that away from home in this league,", "s04c", "reference"),
    ]),
    d("s04", "Sports Desk", "2025-04-05", "derived", [
        "Keller header sinks Stanmoor",
        "Rob Delaney said: “It was a proper team performance today. We went behind twice and the lads never stopped believing in what we were doing.”",
        "Lisa Ferris was less happy. “We gave away two soft goals and you cannot do that away from home,” she said.",
    ], [
        q("It was a proper team performance today. We went behind twice and the lads never stopped believing in what we were doing.", "s04ab", "reference", "verbatim"),
        q("We gave away two soft goals and you cannot do that away from home,", "s04c", "fragment", "fragment"),
    ]),
    d("s04", "Harwick Times", "2025-04-06", "derived", [
        "Rovers refuse to give up",
        "Manager Rob Delaney praised his side's spirit: “We went behind twice and the lads never stopped believing in what they were doing.”",
        "Stanmoor manager Lisa Ferris admitted her team had given away “two soft goals”.",
    ], [
        q("We went behind twice and the lads never stopped believing in what they were doing.", "s04ab", "altered", "altered"),
    ]),
])

story("s05", [
    d("s05", "Wire", "2025-04-12", "original", [
        "Kestrel City hold on for first win in six",
        "Kestrel City ended a run of five games without a win by beating Ormsby Town 1-0 on Saturday.",
        "“It was a proper team performance today,” said the Kestrel City manager, Angela Osei. “Everyone ran until they could not run any more, and that is all I ask.”",
        "Ormsby's Marco Lenz said: “We had enough chances to win two games and we did not take one of them.”",
    ], [
        q("It was a proper team performance today,", "s05ab", "fragment"),
        q("Everyone ran until they could not run any more, and that is all I ask.", "s05ab", "fragment"),
        q("We had enough chances to win two games and we did not take one of them.", "s05c", "reference"),
    ]),
    d("s05", "Sports Desk", "2025-04-12", "derived", [
        "Osei's Kestrel end winless run",
        "Angela Osei said: “It was a proper team performance today. Everyone ran until they could not run any more, and that is all I ask.”",
        "“We had enough chances to win two games and we did not take one of them,” said Ormsby's Marco Lenz.",
    ], [
        q("It was a proper team performance today. Everyone ran until they could not run any more, and that is all I ask.", "s05ab", "reference", "verbatim"),
        q("We had enough chances to win two games and we did not take one of them,", "s05c", "same", "verbatim"),
    ]),
    d("s05", "Ormsby Mercury", "2025-04-13", "derived", [
        "Lenz rues missed chances",
        "Ormsby manager Marco Lenz said his team had “enough chances to win two games”.",
        "Kestrel boss Angela Osei said her players had run “until they could not run any more”.",
    ], [
        q("enough chances to win two games", "s05c", "fragment", "fragment"),
        q("until they could not run any more", "s05ab", "fragment", "fragment"),
    ]),
])

# s06: a data breach; elision, a bracketed explanation, a number changed.
story("s06", [
    d("s06", "Press Office", "2025-06-02", "original", [
        "Statement on the Lumora customer data incident",
        "Lumora Energy has found that an unauthorised party copied customer records from one of its billing systems.",
        "“The incident affected about 12,000 customers who joined us before March 2023, and no bank details were taken,” said Ravi Menon, Lumora's chief executive. “We are deeply sorry and we are writing to every customer affected.”",
        "The company has told the Information Commissioner's Office.",
    ], [
        q("The incident affected about 12,000 customers who joined us before March 2023, and no bank details were taken,", "s06a", "reference"),
        q("We are deeply sorry and we are writing to every customer affected.", "s06b", "reference"),
    ]),
    d("s06", "Tech Wire", "2025-06-02", "derived", [
        "Lumora admits customer data was copied",
        "Lumora Energy chief executive Ravi Menon said: “The incident affected about 120,000 customers who joined us before March 2023, and no bank details were taken.”",
        "“We are deeply sorry and we are writing to every customer affected,” he added.",
    ], [
        q("The incident affected about 120,000 customers who joined us before March 2023, and no bank details were taken.", "s06a", "altered", "altered"),
        q("We are deeply sorry and we are writing to every customer affected,", "s06b", "same", "verbatim"),
    ]),
    d("s06", "Money Matters", "2025-06-03", "derived", [
        "What Lumora customers need to know",
        "Ravi Menon, the chief executive, said: “[The breach] affected about 12,000 customers who joined us before March 2023, and no bank details were taken.”",
        "If you joined before March 2023, watch for a letter. Mr Menon said: “We are deeply sorry... we are writing to every customer affected.”",
    ], [
        q("[The breach] affected about 12,000 customers who joined us before March 2023, and no bank details were taken.", "s06a", "elided", "elided"),
        q("We are deeply sorry... we are writing to every customer affected.", "s06b", "elided", "elided"),
    ]),
    d("s06", "Consumer Voice", "2025-06-04", "derived", [
        "Energy firm says sorry after hack",
        "Lumora said about 12,000 customers had been affected. Ravi Menon said the firm was “deeply sorry” and promised to contact everyone involved.",
        "Consumer groups called for compensation. “Customers should not have to chase Lumora for answers about their own data,” said Joan Whitley of the Fair Energy Campaign.",
    ], [
        q("Customers should not have to chase Lumora for answers about their own data,", "s06c", "reference", "not-found"),
    ]),
])

# s07: floods; a mixed quote in two pieces, single quotation marks, a word dropped.
story("s07", [
    d("s07", "Wire", "2025-01-16", "original", [
        "Hundreds evacuated as River Tolley bursts its banks",
        "About 300 homes in Lower Tolley were evacuated overnight after the river rose more than two metres in six hours.",
        "“The defences did exactly what they were designed to do, but this was more water than they were ever built to hold,” said Fiona Grant of the Environment Agency.",
        "Residents were taken to a rest centre at the village school. “We have lost everything on the ground floor for the second time in three years,” said Alan Pike, who lives on Mill Street.",
    ], [
        q("The defences did exactly what they were designed to do, but this was more water than they were ever built to hold,", "s07a", "reference"),
        q("We have lost everything on the ground floor for the second time in three years,", "s07b", "reference"),
    ]),
    d("s07", "County Post", "2025-01-16", "derived", [
        "Tolley floods again",
        "Fiona Grant, of the Environment Agency, said the defences had done “exactly what they were designed to do” but that the water was “more water than they were ever built to hold”.",
        "Mill Street resident Alan Pike said: ‘We have lost everything on the ground floor for the second time in three years.’",
    ], [
        q("exactly what they were designed to do", "s07a", "fragment", "fragment"),
        q("We have lost everything on the ground floor for the second time in three years.", "s07b", "same", "verbatim"),
    ]),
    d("s07", "Weather Now", "2025-01-17", "derived", [
        "Flood defences overwhelmed in Lower Tolley",
        "“The defences did what they were designed to do, but this was more water than they were ever built to hold,” said Fiona Grant of the Environment Agency.",
        "Alan Pike said his family had lost everything downstairs again.",
    ], [
        q("The defences did what they were designed to do, but this was more water than they were ever built to hold,", "s07a", "altered", "altered"),
    ]),
    d("s07", "Village Voice", "2025-01-18", "derived", [
        "Mill Street counts the cost",
        "“We have lost everything on the ground floor for the second time in three years,” Alan Pike told us.",
        "The Environment Agency's Fiona Grant said: “The defences did exactly what they were designed to do, but this was more water than they were ever built to hold.”",
    ], [
        q("We have lost everything on the ground floor for the second time in three years,", "s07b", "same", "verbatim"),
        q("The defences did exactly what they were designed to do, but this was more water than they were ever built to hold.", "s07a", "same", "verbatim"),
    ]),
])

# s08: a budget speech; "billion" becomes "million", and an outlet gives the minister's words to her shadow.
story("s08", [
    d("s08", "Wire", "2025-10-29", "original", [
        "Minister sets out £4 billion plan for rail",
        "The transport minister, Claire Haddow, has announced £4 billion for new rail lines in the north over the next ten years.",
        "“This is the biggest investment in northern railways for a generation, and it will be paid for without raising fares,” Ms Haddow told the Commons.",
        "Her shadow, Neil Carver, said: “The minister has announced this line three times already and not one mile of track has been laid.”",
    ], [
        q("This is the biggest investment in northern railways for a generation, and it will be paid for without raising fares,", "s08a", "reference"),
        q("The minister has announced this line three times already and not one mile of track has been laid.", "s08b", "reference"),
    ]),
    d("s08", "Politics Hub", "2025-10-29", "derived", [
        "Haddow's rail promise",
        "Claire Haddow said: “This is the biggest investment in northern railways for a generation, and it will be paid for without raising fares.”",
        "Neil Carver replied that the line had been announced “three times already”.",
    ], [
        q("This is the biggest investment in northern railways for a generation, and it will be paid for without raising fares.", "s08a", "same", "verbatim"),
    ]),
    d("s08", "Northern Standard", "2025-10-30", "derived", [
        "North promised new lines",
        "Shadow transport minister Neil Carver said: “This is the biggest investment in northern railways for a generation, and it will be paid for without raising fares.”",
        "“The minister has announced this line four times already and not one mile of track has been laid,” Mr Carver added.",
    ], [
        q("This is the biggest investment in northern railways for a generation, and it will be paid for without raising fares.", "s08a", "same", "misattributed"),
        q("The minister has announced this line four times already and not one mile of track has been laid,", "s08b", "altered", "altered"),
    ]),
    d("s08", "Rail Review", "2025-10-31", "derived", [
        "Rail money: the detail",
        "The minister, Claire Haddow, called the plan “the biggest investment in northern railways for a generation”.",
        "Neil Carver said: “The minister has announced this line three times already and not one mile of track has been laid.”",
        "Industry body RailNorth said it welcomed the plan. “This is a step in the right direction for passengers across the region,” said its director, Omar Haq.",
    ], [
        q("the biggest investment in northern railways for a generation", "s08a", "fragment", "fragment"),
        q("The minister has announced this line three times already and not one mile of track has been laid.", "s08b", "same", "verbatim"),
        q("This is a step in the right direction for passengers across the region,", "s08c", "reference", "not-found"),
    ]),
], conflicts=("s08a",))

# s09: a university study; an interrupted quote in one outlet and whole in another.
story("s09", [
    d("s09", "University News", "2025-09-09", "original", [
        "Sleep study finds teenagers lose an hour a night to phones",
        "Teenagers who keep their phones in the bedroom sleep almost an hour less each night, a study by the University of Caldmoor has found.",
        "“The effect was the same whatever the phone was used for, whether games, messages or videos,” said Dr Hannah Voss, who led the research. “Simply having the phone within reach was enough to delay sleep.”",
        "The team followed 1,400 pupils aged 13 to 17 for a school year.",
    ], [
        q("The effect was the same whatever the phone was used for, whether games, messages or videos,", "s09a", "reference"),
        q("Simply having the phone within reach was enough to delay sleep.", "s09b", "reference"),
    ]),
    d("s09", "Health Daily", "2025-09-10", "derived", [
        "Phones in the bedroom cost teens an hour's sleep",
        "“The effect was the same whatever the phone was used for,” Dr Hannah Voss said, “whether games, messages or videos.”",
        "She said: “Simply having the phone within reach was enough to delay sleep.”",
    ], [
        q("The effect was the same whatever the phone was used for,", "s09a", "fragment", "fragment"),
        q("whether games, messages or videos.", "s09a", "fragment", "fragment"),
        q("Simply having the phone within reach was enough to delay sleep.", "s09b", "same", "verbatim"),
    ]),
    d("s09", "Parent Hub", "2025-09-11", "derived", [
        "Why the phone should sleep downstairs",
        "Researcher Hannah Voss said: “Simply having the phone in the room was enough to delay sleep.”",
        "Her team found the effect was the same whatever the phone was used for.",
    ], [
        q("Simply having the phone in the room was enough to delay sleep.", "s09b", "altered", "altered"),
    ]),
])

# s10: a bus strike; British single marks, a short "no comment" left out, the operator's words given
# to the union.
story("s10", [
    d("s10", "Wire", "2025-07-14", "original", [
        "Bus drivers in Fenwick to strike over pay",
        "Bus drivers in Fenwick will strike for three days from Monday after talks over pay broke down.",
        "“Our members have had one pay rise in four years while the company has paid out record dividends,” said Sandra Cole, the union's branch secretary.",
        "The operator, Fenline, said it was disappointed. “We have made a fair offer of 6 per cent and we would urge the union to put it to its members,” said its operations director, Paul Whitby.",
    ], [
        q("Our members have had one pay rise in four years while the company has paid out record dividends,", "s10a", "reference"),
        q("We have made a fair offer of 6 per cent and we would urge the union to put it to its members,", "s10b", "reference"),
    ]),
    d("s10", "Fenwick Echo", "2025-07-14", "derived", [
        "Three days of bus strikes",
        "Sandra Cole, the union's branch secretary, said: ‘Our members have had one pay rise in four years while the company has paid out record dividends.’",
        "Paul Whitby of Fenline said: ‘We have made a fair offer of 6 per cent and we would urge the union to put it to its members.’",
        "Asked whether Fenline would improve its offer, a spokesman said: ‘No comment.’",
    ], [
        q("Our members have had one pay rise in four years while the company has paid out record dividends.", "s10a", "same", "verbatim"),
        q("We have made a fair offer of 6 per cent and we would urge the union to put it to its members.", "s10b", "same", "verbatim"),
    ]),
    d("s10", "Commuter", "2025-07-15", "derived", [
        "Fenwick buses: what the strike means for you",
        "Union branch secretary Sandra Cole said: “We have made a fair offer of 6 per cent and we would urge the union to put it to its members.”",
        "Fenline's Paul Whitby said the company had “paid out record dividends” only once.",
    ], [
        q("We have made a fair offer of 6 per cent and we would urge the union to put it to its members.", "s10b", "same", "misattributed"),
    ]),
    d("s10", "Transport Brief", "2025-07-15", "derived", [
        "Fenline strike confirmed",
        "Sandra Cole said: “Our members have had one pay rise in four years ... the company has paid out record dividends.”",
        "Paul Whitby said: “We have made a fair offer and we would urge the union to put it to its members.”",
    ], [
        q("Our members have had one pay rise in four years ... the company has paid out record dividends.", "s10a", "elided", "elided"),
        q("We have made a fair offer and we would urge the union to put it to its members.", "s10b", "altered", "altered"),
    ]),
], conflicts=("s10b",))

# s11: a festival; a quote translated back into English with words changed, the director's quote cut.
story("s11", [
    d("s11", "Wire", "2025-08-01", "original", [
        "Lanmouth festival sells out in record time",
        "Tickets for the Lanmouth Folk Festival sold out in 40 minutes on Friday, the fastest in its 30-year history.",
        "“We never imagined that a small festival on a clifftop would sell out faster than the big city shows,” said its director, Eilidh Munro.",
        "She said the festival would stay at 5,000 people. “Growing bigger would mean losing what makes Lanmouth special, and we will not do that,” she said.",
    ], [
        q("We never imagined that a small festival on a clifftop would sell out faster than the big city shows,", "s11a", "reference"),
        q("Growing bigger would mean losing what makes Lanmouth special, and we will not do that,", "s11b", "reference"),
    ]),
    d("s11", "Culture Europe", "2025-08-02", "derived", [
        "Folk festival sold out",
        "Director Eilidh Munro said: “We never thought that a small festival on a cliff would sell out faster than the big city shows.”",
        "“Growing bigger would mean losing what makes Lanmouth special, and we will not do that,” she said.",
    ], [
        q("We never thought that a small festival on a cliff would sell out faster than the big city shows.", "s11a", "altered", "altered"),
        q("Growing bigger would mean losing what makes Lanmouth special, and we will not do that,", "s11b", "same", "verbatim"),
    ]),
    d("s11", "Lanmouth Lantern", "2025-08-02", "derived", [
        "Festival tickets gone in 40 minutes",
        "Eilidh Munro said the festival would not grow, because growing bigger “would mean losing what makes Lanmouth special”.",
        "“We never imagined that a small festival on a clifftop would sell out faster than the big city shows,” she said.",
    ], [
        q("would mean losing what makes Lanmouth special", "s11b", "fragment", "fragment"),
        q("We never imagined that a small festival on a clifftop would sell out faster than the big city shows,", "s11a", "same", "verbatim"),
    ]),
    d("s11", "Gig Guide", "2025-08-03", "derived", [
        "Lanmouth: sold out, staying small",
        "“Growing bigger would mean losing what makes [the festival] special, and we will not do that,” said Eilidh Munro.",
    ], [
        q("Growing bigger would mean losing what makes [the festival] special, and we will not do that,", "s11b", "elided", "elided"),
    ]),
])

# s12: a vaccination clinic; "a step in the right direction" said in two statements (a shared phrase),
# a number changed, a fragment.
story("s12", [
    d("s12", "Wire", "2025-11-18", "original", [
        "Winter vaccine clinics open in Harrowfield",
        "Walk-in vaccine clinics opened in Harrowfield on Monday, with 40 pharmacies taking part.",
        "“We want to vaccinate 25,000 people over 65 before Christmas, and these clinics make that possible,” said Dr Samuel Oduya, the area's director of public health.",
        "Councillor Jean Fairley welcomed the clinics. “This is a step in the right direction, but the council still has no money for home visits,” she said.",
    ], [
        q("We want to vaccinate 25,000 people over 65 before Christmas, and these clinics make that possible,", "s12a", "reference"),
        q("This is a step in the right direction, but the council still has no money for home visits,", "s12b", "reference"),
    ]),
    d("s12", "Harrowfield Star", "2025-11-18", "derived", [
        "Jabs without appointments",
        "Dr Samuel Oduya said: “We want to vaccinate 25,000 people over 65 before Christmas, and these clinics make that possible.”",
        "Pharmacist Leon Drummond said: “This is a step in the right direction for patients who cannot get to their doctor.”",
    ], [
        q("We want to vaccinate 25,000 people over 65 before Christmas, and these clinics make that possible.", "s12a", "same", "verbatim"),
        q("This is a step in the right direction for patients who cannot get to their doctor.", "s12c", "reference", "not-found"),
    ]),
    d("s12", "Health Bulletin", "2025-11-19", "derived", [
        "Vaccine push for over-65s",
        "Public health director Samuel Oduya said: “We want to vaccinate 2,500 people over 65 before Christmas, and these clinics make that possible.”",
        "Jean Fairley said the clinics were “a step in the right direction” but warned there was “no money for home visits”.",
    ], [
        q("We want to vaccinate 2,500 people over 65 before Christmas, and these clinics make that possible.", "s12a", "altered", "altered"),
        q("a step in the right direction", "s12b", "fragment", "fragment"),
        q("no money for home visits", "s12b", "fragment", "fragment"),
    ]),
    d("s12", "Council Watch", "2025-11-20", "derived", [
        "Fairley: no money for home visits",
        "“This is a step in the right direction, but the council still has no money for home visits,” said Councillor Jean Fairley.",
        "Dr Oduya said the aim was to vaccinate “25,000 people over 65 before Christmas”.",
    ], [
        q("This is a step in the right direction, but the council still has no money for home visits,", "s12b", "same", "verbatim"),
        q("25,000 people over 65 before Christmas", "s12a", "fragment", "fragment"),
    ]),
])


def build() -> list[dict]:
    """The documents of all stories, each with its story's conflict clusters, checked for typos."""
    records = []
    for entry in STORIES:
        for doc in entry["docs"]:
            for quote in doc["quotes"]:
                if quote["text"] not in doc["text"]:
                    raise SystemExit(f"{doc['doc_id']}: quote not in text: {quote['text']!r}")
                if (doc["role"] == "derived") != (quote["check"] is not None):
                    raise SystemExit(f"{doc['doc_id']}: a retelling's quote needs a check status, an original's has none")
            records.append({**doc, "conflicts": entry["conflicts"]})
    return records


if __name__ == "__main__":
    out = HERE / "trace_gold.jsonl"
    with open(out, "w", encoding="utf8") as fh:
        for record in build():
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"wrote {out}")
