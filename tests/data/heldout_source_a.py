"""Held-out gold source A: 14 invented news articles (original text), annotated by hand without running the extractor.

The extractor's rules were never tuned on these documents; keep them out of any rule-tuning loop. The styles
follow real outlets (UK politics, markets, sport, courts, health, diplomacy, local news, tech, a datelined wire
story, entertainment, a multi-paragraph statement), with their quote marks: curly double and single, straight
double and single (next to apostrophes). Besides quotes, each article has negatives that must not be annotated:
scare quotes and so-called terms, titles, product names, nicknames, a quoted word used as a term, "is said to
be" / "is thought to", "asked whether" / "declined to comment on whether", and quote-free headlines.

Conventions beyond shared/GOLD_FORMAT.md: when the cue's object is a clause, the content is the whole clause
("said the reforms would “tear up the rulebook” on countryside protection"); when it is only the quoted
fragment ("accused Morvenia of a “…”", "described the study as “…”", "what she called ‘…’"), the content is the
fragment. A quotation nested inside a direct quote is part of that quote, not a quote of its own. An unnamed
spokesperson's canonical speaker is the body they speak for; a named one's is the person.

Built into tests/data/heldout.jsonl by ``python tests/data/build_dev_gold.py``. The few quotes marked with
``_at`` have their speaker and cue found inside the given context, where the nearest occurrence would be another
one (a "said" from the sentence before).
"""

from __future__ import annotations

from build_dev_gold import doc as _doc, quote as _q


def _at(quote: dict, context: str) -> dict:
    """The quote, with its speaker and cue to be found as whole words inside ``context`` (unique in the text)."""
    return {**quote, "at": context}


DOCS = [
    # UK politics, BBC style; curly double quotes.
    _doc(
        "heldout_a01",
        [
            "Minister defends planning shake-up as backbench revolt grows",
            "Housing Secretary Rachel Penmore has insisted the government will not water down its plans to speed "
            "up house building, despite a growing rebellion on her own benches.",
            "Speaking on BBC Radio 4’s Today programme, Ms Penmore said: “We made a promise to build 1.5 million "
            "homes and we are going to keep it. I understand that people are nervous about change in their area, "
            "but the alternative is a generation that never owns a home.”",
            "More than 40 backbenchers have signed a letter calling for so-called “grey belt” land to be removed "
            "from the proposals. Its organiser, Simon Carrow, the MP for Hadley West, said the reforms would "
            "“tear up the rulebook” on countryside protection.",
            "“Nobody in my constituency is against new homes,” said Mr Carrow. “What they are against is being "
            "told by Whitehall where those homes will go, and then being ignored when the roads and the surgeries "
            "cannot cope.”",
            "He added that he would vote against the bill at its second reading next month unless ministers "
            "offered “real concessions”, and claimed that at least 20 other MPs were ready to do the same.",
            "Downing Street said the prime minister had “full confidence” in Ms Penmore. Asked whether the "
            "government would offer concessions to the rebels, the prime minister’s official spokesman said: “The "
            "bill will go through the normal parliamentary process and we will listen to colleagues, as we always "
            "do.”",
            "The opposition’s housing spokeswoman, Layla Brennan, accused ministers of “governing by press "
            "release” and said the row showed the government had “lost control of its own party”.",
            "Ms Penmore, who is said to be close to the chancellor, is expected to meet the rebels on Wednesday. "
            "The housing charity Shelterline said that the row was a distraction and that 1.3 million households "
            "remained on council waiting lists in England.",
        ],
        [
            _q("the government will not water down its plans to speed up house building",
               "Housing Secretary Rachel Penmore", "has insisted", "indirect", "Rachel Penmore"),
            _q("We made a promise to build 1.5 million homes and we are going to keep it. I understand that people "
               "are nervous about change in their area, but the alternative is a generation that never owns a "
               "home.", "Ms Penmore", "said", "direct", "Rachel Penmore"),
            _q("the reforms would “tear up the rulebook” on countryside protection",
               "Its organiser, Simon Carrow, the MP for Hadley West", "said", "mixed", "Simon Carrow"),
            _q("Nobody in my constituency is against new homes,", "Mr Carrow", "said", "direct", "Simon Carrow"),
            _q("What they are against is being told by Whitehall where those homes will go, and then being ignored "
               "when the roads and the surgeries cannot cope.", "Mr Carrow", "said", "direct", "Simon Carrow"),
            _q("he would vote against the bill at its second reading next month unless ministers offered “real "
               "concessions”", "He", "added", "mixed", "Simon Carrow"),
            _q("at least 20 other MPs were ready to do the same", "He", "claimed", "indirect", "Simon Carrow"),
            _q("the prime minister had “full confidence” in Ms Penmore", "Downing Street", "said", "mixed",
               "Downing Street"),
            _q("The bill will go through the normal parliamentary process and we will listen to colleagues, as we "
               "always do.", "the prime minister’s official spokesman", "said", "direct", "Downing Street"),
            _q("governing by press release", "The opposition’s housing spokeswoman, Layla Brennan", "accused",
               "mixed", "Layla Brennan"),
            _q("the row showed the government had “lost control of its own party”",
               "The opposition’s housing spokeswoman, Layla Brennan", "said", "mixed", "Layla Brennan"),
            _q("the row was a distraction and that 1.3 million households remained on council waiting lists in "
               "England", "The housing charity Shelterline", "said", "indirect", "Shelterline"),
        ],
    ),
    # Business and markets, wire style; straight double quotes.
    _doc(
        "heldout_a02",
        [
            "Halvern shares slump as drugmaker cuts profit forecast again",
            "Shares in Halvern Pharma fell 14% on Tuesday after the drugmaker cut its full-year profit forecast for "
            "the second time in four months.",
            "The company said it now expected operating profit of between £410m and £430m, down from previous "
            "guidance of £500m, because production at its plant in Kilbrack, Ireland, had been halted for six "
            "weeks during a safety review.",
            'Chief executive Annika Rostad said the problems were "temporary and fixable". "We have had a '
            'difficult summer in manufacturing and I am not going to pretend otherwise," she said on a call with '
            'analysts. "But the underlying demand for our medicines is strong, and the second half will look very '
            'different."',
            'Analysts were less convinced. "This is the second warning in four months, and the market has run out '
            'of patience," said Tom Ashdown, an analyst at Pellham Securities. He said investors would want to '
            'see the Kilbrack plant running at full capacity before trusting the new numbers.',
            "According to data compiled by Marlow Analytics, Halvern's shares have now lost almost a third of "
            "their value since January.",
            'The company is thought to be weighing the sale of its consumer health division, which makes the '
            '"Clearbreath" nasal spray, though Halvern declined to comment on what it described as "market '
            'speculation".',
            'Mark Feltham, a portfolio manager at Ravensworth Asset Management, which holds Halvern shares, said the '
            'board had "some serious questions to answer" about how long it had taken to disclose the problems at '
            'Kilbrack. "Shareholders found out about a six-week shutdown from a trade magazine," he said. "That is '
            'not acceptable for a FTSE 100 company."',
            'Halvern said in a statement that the Kilbrack site had resumed production on Monday and that it '
            'remained "fully committed" to its dividend. Its shares closed at 1,042p.',
        ],
        [
            _q("it now expected operating profit of between £410m and £430m, down from previous guidance of £500m, "
               "because production at its plant in Kilbrack, Ireland, had been halted for six weeks during a safety "
               "review", "The company", "said", "indirect", "Halvern Pharma"),
            _q('the problems were "temporary and fixable"', "Chief executive Annika Rostad", "said", "mixed",
               "Annika Rostad"),
            _at(_q("We have had a difficult summer in manufacturing and I am not going to pretend otherwise,", "she",
                   "said", "direct", "Annika Rostad"), 'otherwise," she said'),
            _q("But the underlying demand for our medicines is strong, and the second half will look very "
               "different.", "she", "said", "direct", "Annika Rostad"),
            _q("This is the second warning in four months, and the market has run out of patience,",
               "Tom Ashdown, an analyst at Pellham Securities", "said", "direct", "Tom Ashdown"),
            _q("investors would want to see the Kilbrack plant running at full capacity before trusting the new "
               "numbers", "He", "said", "indirect", "Tom Ashdown"),
            _q("Halvern's shares have now lost almost a third of their value since January",
               "data compiled by Marlow Analytics", "According to", "indirect", "Marlow Analytics"),
            _q("market speculation", "it", "described", "mixed", "Halvern Pharma"),
            _q('the board had "some serious questions to answer" about how long it had taken to disclose the '
               'problems at Kilbrack',
               "Mark Feltham, a portfolio manager at Ravensworth Asset Management, which holds Halvern shares", "said",
               "mixed", "Mark Feltham"),
            _at(_q("Shareholders found out about a six-week shutdown from a trade magazine,", "he", "said", "direct",
                   "Mark Feltham"), 'magazine," he said'),
            _q("That is not acceptable for a FTSE 100 company.", "he", "said", "direct", "Mark Feltham"),
            _q('the Kilbrack site had resumed production on Monday and that it remained "fully committed" to its '
               'dividend', "Halvern", "said", "mixed", "Halvern Pharma"),
        ],
    ),
    # Sport, tabloid style; straight single quotes beside apostrophes.
    _doc(
        "heldout_a03",
        [
            "Harland fumes at referee as Kirkhaven Rovers slip out of top four",
            "Kirkhaven Rovers manager Gareth Harland accused referee Paul Vesey of 'bottling' the biggest decision of "
            "the game after his side were held to a 2-2 draw by Eastbridge Athletic on Saturday.",
            "Rovers led 2-1 going into stoppage time through goals from Tyrone Achebe and Luis Ortega, but "
            "Eastbridge substitute Danny 'The Cat' Morrow headed in an equaliser in the 94th minute, moments after "
            "Vesey had waved away Rovers' appeals for a penalty.",
            "'I've watched it back three times and it's a penalty every day of the week,' Harland said. 'He's "
            "looked at it, he's had a good view, and he's bottled it. That's the only word for it.'",
            "The Rovers boss, who was fined £10,000 for comments about officials in October, added that he would "
            "not be 'holding my tongue' just to avoid another charge. He said the club would write to the league "
            "on Monday to ask for an explanation.",
            "Eastbridge manager Marco Bellini saw it differently. 'It was never a penalty,' he said. 'Their lad "
            "goes down far too easily, and the referee got it spot on.'",
            "Bellini said his side had shown 'real character' to come back twice, and that Morrow, 19, was 'the "
            "best finisher I've worked with'.",
            "Achebe, who scored his 11th goal of the season, told BBC Radio Kirkhaven that the dressing room was "
            "'gutted'. 'We had it won,' the striker said. 'We switched off for one second and at this level you "
            "get punished.'",
            "A spokesman for the Match Officials Board said it would review the incident as part of its usual "
            "weekly process.",
            "Rovers, nicknamed 'the Ironsides', are fifth, two points behind Eastbridge.",
        ],
        [
            _q("bottling", "Kirkhaven Rovers manager Gareth Harland", "accused", "mixed", "Gareth Harland"),
            _q("I've watched it back three times and it's a penalty every day of the week,", "Harland", "said",
               "direct", "Gareth Harland"),
            _q("He's looked at it, he's had a good view, and he's bottled it. That's the only word for it.",
               "Harland", "said", "direct", "Gareth Harland"),
            _q("he would not be 'holding my tongue' just to avoid another charge",
               "The Rovers boss, who was fined £10,000 for comments about officials in October", "added", "mixed",
               "Gareth Harland"),
            _q("the club would write to the league on Monday to ask for an explanation", "He", "said", "indirect",
               "Gareth Harland"),
            _q("It was never a penalty,", "he", "said", "direct", "Marco Bellini"),
            _at(_q("Their lad goes down far too easily, and the referee got it spot on.", "he", "said", "direct",
                   "Marco Bellini"), "penalty,' he said"),
            _q("his side had shown 'real character' to come back twice, and that Morrow, 19, was 'the best finisher "
               "I've worked with'", "Bellini", "said", "mixed", "Marco Bellini"),
            _q("the dressing room was 'gutted'", "Achebe, who scored his 11th goal of the season", "told", "mixed",
               "Tyrone Achebe"),
            _q("We had it won,", "the striker", "said", "direct", "Tyrone Achebe"),
            _q("We switched off for one second and at this level you get punished.", "the striker", "said",
               "direct", "Tyrone Achebe"),
            _q("it would review the incident as part of its usual weekly process",
               "A spokesman for the Match Officials Board", "said", "indirect", "Match Officials Board"),
        ],
    ),
    # Courts, BBC style; curly double quotes.
    _doc(
        "heldout_a04",
        [
            "Former care home manager jailed for stealing £480,000 from residents",
            "A former care home manager who stole nearly £480,000 from elderly residents to fund a gambling habit "
            "has been jailed for six years.",
            "Denise Harrowby, 54, used the bank cards of 11 residents of Oakmere House in Selsby over a period of "
            "four years.",
            "Prosecutor Alan Fairclough told Wendham Crown Court that Harrowby had targeted residents with dementia "
            "because she knew they were “unlikely to notice and unable to complain”.",
            "“This was a calculated and sustained abuse of trust,” Mr Fairclough said. “The defendant was the "
            "person these families relied on to keep their parents safe.”",
            "He said some of the money had been spent on online casino sites and on a holiday to Florida, and that "
            "only £31,000 had been recovered.",
            "In a statement read to the court, Karen Pilling, whose mother Margaret was a resident at the home, "
            "said the discovery had left her family “broken”. “Mum trusted her completely,” she wrote. “She used "
            "to say Denise was like another daughter to her.”",
            "Defending, barrister Priya Natarajan said her client was “deeply ashamed” and had been in the grip of "
            "a gambling addiction that she had hidden from her own family. Ms Natarajan told the court Harrowby had "
            "attended Gamblers Anonymous meetings since her arrest and intended to repay “every penny she is able "
            "to”.",
            "Sentencing, Judge Rosalind Ekwueme said: “You stole not just money but dignity and peace of mind from "
            "people at the end of their lives. The harm you have caused cannot be measured in pounds.”",
            "Harrowby, who is said to have spent more than £20,000 in a single weekend, showed no emotion as she "
            "was led from the dock.",
            "Selsby Care Group, which ran Oakmere House, said it had since introduced new financial safeguards and "
            "had repaid all of the affected residents in full. A spokesperson for Wendham Police said the case "
            "should serve as a warning to anyone in a position of trust.",
        ],
        [
            _q("Harrowby had targeted residents with dementia because she knew they were “unlikely to notice and "
               "unable to complain”", "Prosecutor Alan Fairclough", "told", "mixed", "Alan Fairclough"),
            _q("This was a calculated and sustained abuse of trust,", "Mr Fairclough", "said", "direct",
               "Alan Fairclough"),
            _q("The defendant was the person these families relied on to keep their parents safe.", "Mr Fairclough",
               "said", "direct", "Alan Fairclough"),
            _q("some of the money had been spent on online casino sites and on a holiday to Florida, and that only "
               "£31,000 had been recovered", "He", "said", "indirect", "Alan Fairclough"),
            _q("the discovery had left her family “broken”",
               "Karen Pilling, whose mother Margaret was a resident at the home", "said", "mixed", "Karen Pilling"),
            _q("Mum trusted her completely,", "she", "wrote", "direct", "Karen Pilling"),
            _q("She used to say Denise was like another daughter to her.", "she", "wrote", "direct",
               "Karen Pilling"),
            _q("her client was “deeply ashamed” and had been in the grip of a gambling addiction that she had hidden "
               "from her own family", "barrister Priya Natarajan", "said", "mixed", "Priya Natarajan"),
            _q("Harrowby had attended Gamblers Anonymous meetings since her arrest and intended to repay “every "
               "penny she is able to”", "Ms Natarajan", "told", "mixed", "Priya Natarajan"),
            _q("You stole not just money but dignity and peace of mind from people at the end of their lives. The "
               "harm you have caused cannot be measured in pounds.", "Judge Rosalind Ekwueme", "said", "direct",
               "Rosalind Ekwueme"),
            _q("it had since introduced new financial safeguards and had repaid all of the affected residents in "
               "full", "Selsby Care Group, which ran Oakmere House", "said", "indirect", "Selsby Care Group"),
            _q("the case should serve as a warning to anyone in a position of trust",
               "A spokesperson for Wendham Police", "said", "indirect", "Wendham Police"),
        ],
    ),
    # Health and science; curly double quotes.
    _doc(
        "heldout_a05",
        [
            "Short daily walks linked to lower dementia risk",
            "People over 60 who walk for at least 20 minutes a day are around a quarter less likely to develop "
            "dementia than those who rarely walk, according to a large study published on Wednesday.",
            "The research, known as the Castlemere Ageing Study, followed 18,400 adults in England for an average "
            "of nine years. Participants wore activity trackers for a week at the start and were tested on memory "
            "and thinking every two years. The study defined “active” as walking at a brisk pace for at least ten "
            "minutes at a time.",
            "The report found that the benefit held even after the researchers took account of age, income, "
            "smoking and existing heart disease.",
            "Lead author Dr Amara Osei, of the University of Castlemere, said the findings were “encouraging but "
            "not a guarantee”. “What we can say is that walking is cheap, it is safe and almost everyone can do "
            "more of it,” she said. “What we cannot say yet is that walking itself is what protects the brain.”",
            "She added that people who already had mild memory problems tended to walk less, which could partly "
            "explain the link.",
            "Independent experts welcomed the study but urged caution. Professor Julian Prentice, a neurologist at "
            "Kingsgate College London, said: “This is a well-run study, but it is observational. People who walk "
            "a lot tend to have many other healthy habits, and you can never fully separate those out.”",
            "The charity Dementia Research Fund said there were currently around 950,000 people living with "
            "dementia in the UK. It warned that the number could pass 1.4 million by 2040.",
            "Its head of research, Dr Fiona Strachan, described the study as “another piece of the jigsaw” and "
            "said the charity wanted to see trials testing whether exercise programmes could slow memory decline.",
            "The researchers, who are thought to be the first to use trackers on this scale, now plan to study "
            "so-called “super-agers” — people in their 80s whose memory is as sharp as that of adults decades "
            "younger.",
        ],
        [
            _q("People over 60 who walk for at least 20 minutes a day are around a quarter less likely to develop "
               "dementia than those who rarely walk", "a large study published on Wednesday", "according to",
               "indirect", "Castlemere Ageing Study"),
            _q("the benefit held even after the researchers took account of age, income, smoking and existing heart "
               "disease", "The report", "found", "indirect", "Castlemere Ageing Study"),
            _q("the findings were “encouraging but not a guarantee”",
               "Lead author Dr Amara Osei, of the University of Castlemere", "said", "mixed", "Amara Osei"),
            _at(_q("What we can say is that walking is cheap, it is safe and almost everyone can do more of it,",
                   "she", "said", "direct", "Amara Osei"), "of it,” she said"),
            _q("What we cannot say yet is that walking itself is what protects the brain.", "she", "said",
               "direct", "Amara Osei"),
            _q("people who already had mild memory problems tended to walk less, which could partly explain the "
               "link", "She", "added", "indirect", "Amara Osei"),
            _q("This is a well-run study, but it is observational. People who walk a lot tend to have many other "
               "healthy habits, and you can never fully separate those out.",
               "Professor Julian Prentice, a neurologist at Kingsgate College London", "said", "direct",
               "Julian Prentice"),
            _q("there were currently around 950,000 people living with dementia in the UK",
               "The charity Dementia Research Fund", "said", "indirect", "Dementia Research Fund"),
            _q("the number could pass 1.4 million by 2040", "It", "warned", "indirect", "Dementia Research Fund"),
            _q("another piece of the jigsaw", "Its head of research, Dr Fiona Strachan", "described", "mixed",
               "Fiona Strachan"),
            _q("the charity wanted to see trials testing whether exercise programmes could slow memory decline",
               "Its head of research, Dr Fiona Strachan", "said", "indirect", "Fiona Strachan"),
        ],
    ),
    # International conflict; curly double quotes; ministries, spokespeople, state media, a news agency.
    _doc(
        "heldout_a06",
        [
            "Seven soldiers killed in Valdoria–Morvenia border clash",
            "At least seven soldiers have been killed in the deadliest clash on the border between Valdoria and "
            "Morvenia in more than a decade, officials on both sides said on Friday.",
            "Valdoria’s defence ministry said four of its soldiers had died when Morvenian troops opened fire on a "
            "patrol near the village of Dravik early on Thursday. In a statement, the ministry accused Morvenia of "
            "a “deliberate and unprovoked act of aggression” and said it reserved the right to respond.",
            "Morvenia’s foreign ministry gave a very different account. Its spokeswoman, Irena Zhelev, told "
            "reporters in the capital, Sorvik, that Valdorian troops had crossed “at least 300 metres” into "
            "Morvenian territory and that Morvenian forces had acted in self-defence. “Our soldiers did exactly "
            "what any army in the world would do,” she said. “They defended their country.”",
            "Morvenian state media reported that three of the country’s soldiers had been killed and five wounded. "
            "The state news agency MNA quoted a military commander as saying the situation on the border was now "
            "“calm but tense”.",
            "A spokesman for the UN secretary-general said the UN was “deeply concerned” by the fighting and urged "
            "both sides to “exercise maximum restraint” and return to talks.",
            "The two countries fought a brief war in 2009 over the Halva plateau, a strip of high pasture known "
            "locally as “the Saddle”.",
            "Diplomats in Geneva said that talks on marking out the border, which stalled last year, were unlikely "
            "to resume before the spring. Morvenia’s president, Andrei Belic, is said to have cancelled a planned "
            "visit to Brussels this week.",
        ],
        [
            _q("At least seven soldiers have been killed in the deadliest clash on the border between Valdoria and "
               "Morvenia in more than a decade", "officials on both sides", "said", "indirect",
               "officials on both sides"),
            _q("four of its soldiers had died when Morvenian troops opened fire on a patrol near the village of "
               "Dravik early on Thursday", "Valdoria’s defence ministry", "said", "indirect",
               "Valdorian Defence Ministry"),
            _q("deliberate and unprovoked act of aggression", "the ministry", "accused", "mixed",
               "Valdorian Defence Ministry"),
            _q("it reserved the right to respond", "the ministry", "said", "indirect", "Valdorian Defence Ministry"),
            _q("Valdorian troops had crossed “at least 300 metres” into Morvenian territory and that Morvenian "
               "forces had acted in self-defence", "Its spokeswoman, Irena Zhelev", "told", "mixed", "Irena Zhelev"),
            _q("Our soldiers did exactly what any army in the world would do,", "she", "said", "direct",
               "Irena Zhelev"),
            _q("They defended their country.", "she", "said", "direct", "Irena Zhelev"),
            _q("three of the country’s soldiers had been killed and five wounded", "Morvenian state media",
               "reported", "indirect", "Morvenian state media"),
            _q("the situation on the border was now “calm but tense”", "a military commander", "as saying", "mixed",
               "military commander"),
            _q("the UN was “deeply concerned” by the fighting", "A spokesman for the UN secretary-general", "said",
               "mixed", "UN secretary-general"),
            _q("exercise maximum restraint", "A spokesman for the UN secretary-general", "urged", "mixed",
               "UN secretary-general"),
            _q("talks on marking out the border, which stalled last year, were unlikely to resume before the spring",
               "Diplomats in Geneva", "said", "indirect", "diplomats in Geneva"),
        ],
    ),
    # Local news; curly single quotes, so the apostrophe and the closing mark are the same character.
    _doc(
        "heldout_a07",
        [
            "Residents fight plan to close Millbrook library",
            "Campaigners in Millbrook have handed in a 3,000-name petition against plans to close the town’s "
            "library as part of council cost-cutting.",
            "Harston District Council says it needs to save £4.2m next year and that the library, which opened in "
            "1962, costs £190,000 a year to run.",
            "Pensioner Jean Pettigrew, 78, who started the petition, said the library was ‘the heart of the town’. "
            "‘It’s not just books,’ she said. ‘It’s where people come to get warm, to use the computers, to see "
            "another face. For some of them it’s the only conversation they’ll have all week.’",
            "Council leader Martin Oduya said no final decision had been made. ‘Nobody came into local government "
            "to close libraries,’ he told a meeting on Tuesday evening, ‘but we have had our funding cut year after "
            "year and we have to make choices that none of us want to make.’",
            "He added that the council was talking to community groups about running the library with volunteers.",
            "The library is home to the popular ‘Knit and Natter’ group and a weekly children’s session, ‘Tales at "
            "Ten’, which regularly attracts more than 40 families.",
            "Local MP Hannah Reeve said she had written to the council to ask it to consider ‘every possible "
            "alternative’ before closing what she called ‘a lifeline for older people’.",
            "According to the council’s own figures, visits to the library rose by 12% last year.",
            "A public consultation closes on 14 March. The council’s cabinet is expected to make a final decision "
            "in April, and a spokesperson said all responses would be ‘carefully considered’.",
        ],
        [
            _q("it needs to save £4.2m next year and that the library, which opened in 1962, costs £190,000 a year "
               "to run", "Harston District Council", "says", "indirect", "Harston District Council"),
            _q("the library was ‘the heart of the town’", "Pensioner Jean Pettigrew, 78, who started the petition",
               "said", "mixed", "Jean Pettigrew"),
            _q("It’s not just books,", "she", "said", "direct", "Jean Pettigrew"),
            _q("It’s where people come to get warm, to use the computers, to see another face. For some of them "
               "it’s the only conversation they’ll have all week.", "she", "said", "direct", "Jean Pettigrew"),
            _q("no final decision had been made", "Council leader Martin Oduya", "said", "indirect", "Martin Oduya"),
            _q("Nobody came into local government to close libraries,", "he", "told", "direct", "Martin Oduya"),
            _q("but we have had our funding cut year after year and we have to make choices that none of us want to "
               "make.", "he", "told", "direct", "Martin Oduya"),
            _q("the council was talking to community groups about running the library with volunteers", "He",
               "added", "indirect", "Martin Oduya"),
            _q("she had written to the council to ask it to consider ‘every possible alternative’ before closing what "
               "she called ‘a lifeline for older people’", "Local MP Hannah Reeve", "said", "mixed", "Hannah Reeve"),
            _q("visits to the library rose by 12% last year", "the council’s own figures", "According to",
               "indirect", "Harston District Council"),
            _q("all responses would be ‘carefully considered’", "a spokesperson", "said", "mixed",
               "Harston District Council"),
        ],
    ),
    # Technology; straight double quotes.
    _doc(
        "heldout_a08",
        [
            "Ferrolink recalls 200,000 smart doorbells over battery fire risk",
            "Smart home company Ferrolink is recalling about 200,000 video doorbells after the batteries in a small "
            "number of units overheated.",
            "The company said that it had received 34 reports of devices overheating in the UK and Ireland, "
            "including five in which the doorbell caught fire. Nobody was seriously injured, it said.",
            'In a post on its website, Ferrolink said: "Customer safety is our absolute priority. We are asking '
            'everyone who owns an affected doorbell to stop using it immediately and to contact us for a free '
            'replacement."',
            "The affected model is the Vue 2, sold between March 2022 and June 2023. Owners can check whether "
            "their device is affected by entering its serial number on the company's website.",
            'Chief technology officer Dev Raman told the BBC that the fault had been traced to a batch of battery '
            'cells from a single supplier, which he declined to name. "We caught this early, but early is not good '
            'enough when we are talking about something that is attached to people\'s front doors," he said.',
            'Consumer group FairShopper said the recall showed that safety checks on connected devices were "not '
            'fit for purpose". Its director of policy, Naomi Clarke, said: "Too many of these products are rushed '
            'to market with the bare minimum of testing. Recalls like this one should be the exception, not the '
            'business model."',
            'The recall comes weeks after Ferrolink launched its "Sentinel" home security subscription, and '
            'analysts said it could hardly have come at a worse time.',
            'Ferrolink, which is backed by the venture capital firm Northgate Partners, is thought to be preparing '
            'a stock market listing next year. Its larger rival Hollis Home has long been nicknamed the "quiet '
            'giant" of the sector.',
            'Sarah Mbeki, a technology analyst at Crestline Research, said the timing was "awkward" but that the '
            'company had handled the recall well. "They have been upfront, they have put a number on it, and they '
            'have a fix," she said. "That is more than some of their bigger rivals have managed."',
            "Ferrolink said it expected the recall to cost around £9m.",
        ],
        [
            _q("it had received 34 reports of devices overheating in the UK and Ireland, including five in which the "
               "doorbell caught fire", "The company", "said", "indirect", "Ferrolink"),
            _q("Nobody was seriously injured", "it", "said", "indirect", "Ferrolink"),
            _q("Customer safety is our absolute priority. We are asking everyone who owns an affected doorbell to "
               "stop using it immediately and to contact us for a free replacement.", "Ferrolink", "said", "direct",
               "Ferrolink"),
            _q("the fault had been traced to a batch of battery cells from a single supplier",
               "Chief technology officer Dev Raman", "told", "indirect", "Dev Raman"),
            _at(_q("We caught this early, but early is not good enough when we are talking about something that is "
                   "attached to people's front doors,", "he", "said", "direct", "Dev Raman"), 'doors," he said'),
            _q('the recall showed that safety checks on connected devices were "not fit for purpose"',
               "Consumer group FairShopper", "said", "mixed", "FairShopper"),
            _q("Too many of these products are rushed to market with the bare minimum of testing. Recalls like this "
               "one should be the exception, not the business model.", "Its director of policy, Naomi Clarke",
               "said", "direct", "Naomi Clarke"),
            _q("it could hardly have come at a worse time", "analysts", "said", "indirect", "analysts"),
            _q('the timing was "awkward" but that the company had handled the recall well',
               "Sarah Mbeki, a technology analyst at Crestline Research", "said", "mixed", "Sarah Mbeki"),
            _q("They have been upfront, they have put a number on it, and they have a fix,", "she", "said", "direct",
               "Sarah Mbeki"),
            _q("That is more than some of their bigger rivals have managed.", "she", "said", "direct",
               "Sarah Mbeki"),
            _q("it expected the recall to cost around £9m", "Ferrolink", "said", "indirect", "Ferrolink"),
        ],
    ),
    # Wire story with a dateline; straight double quotes.
    _doc(
        "heldout_a09",
        [
            "Dock strike halts container traffic at Rotterdam terminal",
            "ROTTERDAM, Netherlands (GWN) — Thousands of dock workers walked off the job at one of Europe's "
            "busiest container terminals on Monday, leaving dozens of ships waiting at anchor in the North Sea, "
            "port officials said.",
            "The 48-hour strike at the Westhaven terminal, operated by Dutch firm Vandersloot Logistics, was called "
            "by the Havenbond union after talks on pay and automation broke down late on Sunday.",
            '"We did not want to strike, but the company left us no choice," said Pieter van Aalst, a spokesman '
            'for the Havenbond union. "Our members are being asked to accept a pay rise below inflation while '
            'their jobs are being automated away."',
            "Van Aalst said the union wanted a guarantee that no jobs would be lost when automated cranes are "
            "installed next year.",
            'Vandersloot Logistics said in a statement that it had made a "fair and generous" offer of a 4.5% pay '
            'rise over two years and that it "regretted" the union\'s decision. The company said automation would '
            '"secure the long-term future of the terminal" and that no compulsory redundancies were planned.',
            "The Rotterdam port authority said about 30 vessels were waiting to berth and that other terminals were "
            "working normally. A spokeswoman for the port authority, Lotte Brink, said it was too early to "
            "estimate the cost of the disruption.",
            'Shipping analysts warned that the strike could add to delays already caused by congestion at other '
            'northern European ports. "If this goes beyond 48 hours, you will see the effects on supermarket '
            'shelves in Germany and Britain within a couple of weeks," said Henrik Dahl, an analyst at the '
            'Copenhagen-based consultancy Baltic Freight Insight.',
            "The Dutch economy ministry declined to comment on whether the government would intervene.",
            "The union said it would hold further 48-hour strikes every week in March if no deal was reached.",
        ],
        [
            _q("Thousands of dock workers walked off the job at one of Europe's busiest container terminals on "
               "Monday, leaving dozens of ships waiting at anchor in the North Sea", "port officials", "said",
               "indirect", "port officials"),
            _q("We did not want to strike, but the company left us no choice,",
               "Pieter van Aalst, a spokesman for the Havenbond union", "said", "direct", "Pieter van Aalst"),
            _q("Our members are being asked to accept a pay rise below inflation while their jobs are being "
               "automated away.", "Pieter van Aalst, a spokesman for the Havenbond union", "said", "direct",
               "Pieter van Aalst"),
            _q("the union wanted a guarantee that no jobs would be lost when automated cranes are installed next "
               "year", "Van Aalst", "said", "indirect", "Pieter van Aalst"),
            _q('it had made a "fair and generous" offer of a 4.5% pay rise over two years and that it "regretted" '
               "the union's decision", "Vandersloot Logistics", "said", "mixed", "Vandersloot Logistics"),
            _q('automation would "secure the long-term future of the terminal" and that no compulsory redundancies '
               "were planned", "The company", "said", "mixed", "Vandersloot Logistics"),
            _q("about 30 vessels were waiting to berth and that other terminals were working normally",
               "The Rotterdam port authority", "said", "indirect", "Rotterdam port authority"),
            _q("it was too early to estimate the cost of the disruption",
               "A spokeswoman for the port authority, Lotte Brink", "said", "indirect", "Lotte Brink"),
            _q("the strike could add to delays already caused by congestion at other northern European ports",
               "Shipping analysts", "warned", "indirect", "shipping analysts"),
            _q("If this goes beyond 48 hours, you will see the effects on supermarket shelves in Germany and Britain "
               "within a couple of weeks,",
               "Henrik Dahl, an analyst at the Copenhagen-based consultancy Baltic Freight Insight", "said",
               "direct", "Henrik Dahl"),
            _q("it would hold further 48-hour strikes every week in March if no deal was reached", "The union",
               "said", "indirect", "Havenbond union"),
        ],
    ),
    # Entertainment; curly double quotes; titles in quotation marks.
    _doc(
        "heldout_a10",
        [
            "Tamsin Vale cancels tour after vocal cord surgery",
            "Singer-songwriter Tamsin Vale has cancelled the remaining dates of her UK tour after undergoing surgery "
            "on her vocal cords, her record label has announced.",
            "The 29-year-old, whose second album “Glass Houses” topped the charts last spring, had been due to play "
            "11 more shows, including two nights at the Harbour Arena in Glasgow.",
            "In a statement, Kestrel Records said Vale had been advised by doctors to rest her voice completely for "
            "at least six weeks. “Tamsin is heartbroken to let her fans down,” the label said. “She will be back on "
            "stage as soon as her doctors say it is safe.”",
            "Vale wrote on Instagram: “I’m gutted, honestly. Singing is the only thing I’ve ever wanted to do and "
            "right now I’m not even allowed to talk. But I’ll be back, and I’ll be louder.”",
            "She said fans who had bought tickets would be able to use them for rescheduled dates in the autumn or "
            "get a full refund.",
            "The news is a blow for the singer, who was nominated for a Brit Award last month for her single “Paper "
            "Moon” and is said to be finishing work on a third album.",
            "Her manager, Colin Asante, told Sound & Screen magazine that the surgery had been “routine” and that "
            "there was “no reason at all” to think Vale’s voice would be permanently affected. He said the tour "
            "had been “relentless” and that she had been singing through pain for weeks.",
            "Fellow musician Rob Kelso, who duetted with Vale on the hit “Northern Lights”, posted a message of "
            "support. “Rest up, T,” he wrote. “The songs will still be there when you’re ready.”",
            "Vale’s documentary, “Louder Than Words”, is due to be released on streaming services in December.",
        ],
        [
            _q("Singer-songwriter Tamsin Vale has cancelled the remaining dates of her UK tour after undergoing "
               "surgery on her vocal cords", "her record label", "has announced", "indirect", "Kestrel Records"),
            _q("Vale had been advised by doctors to rest her voice completely for at least six weeks",
               "Kestrel Records", "said", "indirect", "Kestrel Records"),
            _q("Tamsin is heartbroken to let her fans down,", "the label", "said", "direct", "Kestrel Records"),
            _q("She will be back on stage as soon as her doctors say it is safe.", "the label", "said", "direct",
               "Kestrel Records"),
            _q("I’m gutted, honestly. Singing is the only thing I’ve ever wanted to do and right now I’m not even "
               "allowed to talk. But I’ll be back, and I’ll be louder.", "Vale", "wrote", "direct", "Tamsin Vale"),
            _q("fans who had bought tickets would be able to use them for rescheduled dates in the autumn or get a "
               "full refund", "She", "said", "indirect", "Tamsin Vale"),
            _q("the surgery had been “routine” and that there was “no reason at all” to think Vale’s voice would be "
               "permanently affected", "Her manager, Colin Asante", "told", "mixed", "Colin Asante"),
            _q("the tour had been “relentless” and that she had been singing through pain for weeks", "He", "said",
               "mixed", "Colin Asante"),
            _q("Rest up, T,", "he", "wrote", "direct", "Rob Kelso"),
            _at(_q("The songs will still be there when you’re ready.", "he", "wrote", "direct", "Rob Kelso"),
                "T,” he wrote"),
        ],
    ),
    # A statement quoted over three paragraphs (no closing mark until the last); curly double quotes.
    _doc(
        "heldout_a11",
        [
            "Chief constable resigns over handling of Harwood inquiry",
            "The chief constable of Eastmoor Police, Daniel Frost, has resigned after a report criticised the "
            "force’s handling of a six-year investigation into the death of a teenager in Harwood.",
            "The independent review, published on Monday, found that officers had missed “repeated opportunities” "
            "to identify a suspect and that the family of 17-year-old Liam Harker had been treated with “a lack of "
            "basic respect”.",
            "In a statement read outside the force’s headquarters on Tuesday, Mr Frost said: “I have read the "
            "review in full and I accept every one of its findings. Liam’s family were let down, first by the "
            "investigation and then by the way they were treated when they asked us questions we should have been "
            "able to answer.",
            "“I have spoken to Liam’s parents this morning and apologised to them in person. No apology can give "
            "them back the years they have spent fighting to be heard, but they deserve to hear it from the person "
            "who was in charge.",
            "“I have therefore told the police and crime commissioner that I will step down with immediate effect. "
            "The officers and staff of this force do outstanding work every day, and they deserve leadership that "
            "has the confidence of the public.”",
            "Liam’s mother, Carol Harker, said the resignation was “the first time anyone has taken responsibility” "
            "but that it had come “six years too late”. “We don’t want heads to roll for the sake of it,” she told "
            "reporters. “We want to know what happened to our son.”",
            "Eastmoor’s police and crime commissioner, Yusuf Rahman, said he had accepted the resignation and that "
            "the deputy chief constable, Grace Liddell, would lead the force in the interim. He said the report "
            "made for “deeply uncomfortable reading”.",
            "Mr Frost, who joined the force in 1994, is thought to have been under pressure from the Home Office to "
            "go before the review was published. The Home Office said it did not comment on operational matters.",
            "The case became known locally as the “Harwood file” after a dossier compiled by Liam’s family was "
            "leaked to a newspaper in 2021.",
        ],
        [
            _q("officers had missed “repeated opportunities” to identify a suspect and that the family of "
               "17-year-old Liam Harker had been treated with “a lack of basic respect”",
               "The independent review, published on Monday", "found", "mixed", "independent review"),
            _q("I have read the review in full and I accept every one of its findings. Liam’s family were let down, "
               "first by the investigation and then by the way they were treated when they asked us questions we "
               "should have been able to answer.", "Mr Frost", "said", "direct", "Daniel Frost"),
            _at(_q("I have spoken to Liam’s parents this morning and apologised to them in person. No apology can "
                   "give them back the years they have spent fighting to be heard, but they deserve to hear it from "
                   "the person who was in charge.", "Mr Frost", "said", "direct", "Daniel Frost"),
                "Mr Frost said:"),
            _at(_q("I have therefore told the police and crime commissioner that I will step down with immediate "
                   "effect. The officers and staff of this force do outstanding work every day, and they deserve "
                   "leadership that has the confidence of the public.", "Mr Frost", "said", "direct",
                   "Daniel Frost"), "Mr Frost said:"),
            _q("the resignation was “the first time anyone has taken responsibility” but that it had come “six "
               "years too late”", "Liam’s mother, Carol Harker", "said", "mixed", "Carol Harker"),
            _q("We don’t want heads to roll for the sake of it,", "she", "told", "direct", "Carol Harker"),
            _q("We want to know what happened to our son.", "she", "told", "direct", "Carol Harker"),
            _q("he had accepted the resignation and that the deputy chief constable, Grace Liddell, would lead the "
               "force in the interim", "Eastmoor’s police and crime commissioner, Yusuf Rahman", "said", "indirect",
               "Yusuf Rahman"),
            _q("the report made for “deeply uncomfortable reading”", "He", "said", "mixed", "Yusuf Rahman"),
            _q("it did not comment on operational matters", "The Home Office", "said", "indirect", "Home Office"),
        ],
    ),
    # Sport, a tennis press conference; curly double quotes with a quotation nested in single marks.
    _doc(
        "heldout_a12",
        [
            "Okonkwo fights back to reach Halden Open final",
            "Top seed Ada Okonkwo came from a set down to beat Marta Kowalczyk 4-6 6-3 6-2 and reach the final of "
            "the Halden Open on Saturday.",
            "The 24-year-old, nicknamed “the Wall” for her defensive game, said afterwards that she had been "
            "“nowhere near” her best in the opening set.",
            "“I was rushing everything, I was trying to finish points too early,” Okonkwo told reporters. “My "
            "coach just said to me, ‘Slow down, make her play one more ball,’ and that changed the match.”",
            "Asked whether she was feeling the pressure of being top seed, she laughed. “Always. But pressure is a "
            "privilege, right?”",
            "Kowalczyk, the world number 31, was bitterly disappointed. She said a back problem had flared up early "
            "in the second set and that she had considered retiring from the match. “I didn’t want to stop in a "
            "semi-final,” she said. “Maybe that was stupid. We’ll see tomorrow how it feels.”",
            "Okonkwo will face either Chiara Benedetti or the qualifier Sun Li in Sunday’s final. Benedetti, who "
            "beat Okonkwo in last year’s final, is said to be struggling with a wrist injury.",
            "Tournament director Pavel Horak said ticket sales for the final were the highest in the event’s "
            "30-year history, and described Okonkwo as “box office”.",
            "“She brings people through the gates,” he said. “Every match she plays, the stadium is full.”",
        ],
        [
            _q("she had been “nowhere near” her best in the opening set",
               "The 24-year-old, nicknamed “the Wall” for her defensive game", "said", "mixed", "Ada Okonkwo"),
            _q("I was rushing everything, I was trying to finish points too early,", "Okonkwo", "told", "direct",
               "Ada Okonkwo"),
            _q("My coach just said to me, ‘Slow down, make her play one more ball,’ and that changed the match.",
               "Okonkwo", "told", "direct", "Ada Okonkwo"),
            _q("Always. But pressure is a privilege, right?", "she", None, "direct", "Ada Okonkwo"),
            _q("a back problem had flared up early in the second set and that she had considered retiring from the "
               "match", "She", "said", "indirect", "Marta Kowalczyk"),
            _at(_q("I didn’t want to stop in a semi-final,", "she", "said", "direct", "Marta Kowalczyk"),
                "semi-final,” she said"),
            _q("Maybe that was stupid. We’ll see tomorrow how it feels.", "she", "said", "direct", "Marta Kowalczyk"),
            _q("ticket sales for the final were the highest in the event’s 30-year history",
               "Tournament director Pavel Horak", "said", "indirect", "Pavel Horak"),
            _q("box office", "Tournament director Pavel Horak", "described", "mixed", "Pavel Horak"),
            _at(_q("She brings people through the gates,", "he", "said", "direct", "Pavel Horak"),
                "gates,” he said"),
            _at(_q("Every match she plays, the stadium is full.", "he", "said", "direct", "Pavel Horak"),
                "gates,” he said"),
        ],
    ),
    # Business, a retailer's trading update; straight single quotes beside apostrophes.
    _doc(
        "heldout_a13",
        [
            "Penbury's raises profit forecast as shoppers switch to own-brand",
            "Penbury's, the UK's fifth-largest supermarket chain, has raised its profit forecast for the year after "
            "like-for-like sales rose 5.2% in the 12 weeks to the end of September.",
            "The grocer said shoppers were increasingly swapping branded goods for its cheaper own-label products, "
            "and that its 'Price Lock' promise on 500 everyday items had brought in more than 300,000 new "
            "customers.",
            "Chief executive Alan Ruddock said: 'Customers are still watching every penny, and they are telling us "
            "very clearly that they want quality without paying for a label. We have listened.'",
            "He said the chain now expected underlying pre-tax profit of £520m to £540m, up from £480m to £500m "
            "previously. Mr Ruddock would not be drawn on whether prices would fall further, saying only that the "
            "market remained 'fiercely competitive'.",
            "According to figures from the market research firm ShopScope, Penbury's share of the grocery market "
            "rose to 6.1% in September, its highest level since 2019.",
            "Shares in the company rose 8% in morning trading. 'These are very strong numbers in a tough market,' "
            "said Kiran Desai, retail analyst at Hollins Brothers. 'The question is whether they can hold on to "
            "those new customers once inflation comes down.'",
            "Another analyst, Tom Hebden of Carlow Capital, said Penbury's had 'won the price war for now', but "
            "warned that rivals were likely to respond with price cuts of their own before Christmas.",
            "The retail workers' union RWU said staff deserved a share of the success, and claimed that some "
            "stores were 'running on skeleton crews' at weekends.",
            "A Penbury's spokesman said the company had hired 4,000 extra staff this year and that it 'completely "
            "rejected' the union's description.",
        ],
        [
            _q("shoppers were increasingly swapping branded goods for its cheaper own-label products, and that its "
               "'Price Lock' promise on 500 everyday items had brought in more than 300,000 new customers",
               "The grocer", "said", "indirect", "Penbury's"),
            _q("Customers are still watching every penny, and they are telling us very clearly that they want "
               "quality without paying for a label. We have listened.", "Chief executive Alan Ruddock", "said",
               "direct", "Alan Ruddock"),
            _q("the chain now expected underlying pre-tax profit of £520m to £540m, up from £480m to £500m "
               "previously", "He", "said", "indirect", "Alan Ruddock"),
            _q("the market remained 'fiercely competitive'", "Mr Ruddock", "saying", "mixed", "Alan Ruddock"),
            _q("Penbury's share of the grocery market rose to 6.1% in September, its highest level since 2019",
               "figures from the market research firm ShopScope", "According to", "indirect", "ShopScope"),
            _q("These are very strong numbers in a tough market,", "Kiran Desai, retail analyst at Hollins Brothers",
               "said", "direct", "Kiran Desai"),
            _q("The question is whether they can hold on to those new customers once inflation comes down.",
               "Kiran Desai, retail analyst at Hollins Brothers", "said", "direct", "Kiran Desai"),
            _q("Penbury's had 'won the price war for now'", "Another analyst, Tom Hebden of Carlow Capital", "said",
               "mixed", "Tom Hebden"),
            _q("rivals were likely to respond with price cuts of their own before Christmas",
               "Another analyst, Tom Hebden of Carlow Capital", "warned", "indirect", "Tom Hebden"),
            _q("staff deserved a share of the success", "The retail workers' union RWU", "said", "indirect", "RWU"),
            _q("some stores were 'running on skeleton crews' at weekends", "The retail workers' union RWU",
               "claimed", "mixed", "RWU"),
            _q("the company had hired 4,000 extra staff this year and that it 'completely rejected' the union's "
               "description", "A Penbury's spokesman", "said", "mixed", "Penbury's"),
        ],
    ),
    # Diplomacy; curly double quotes; two foreign ministries, state television, a news agency, state media.
    _doc(
        "heldout_a14",
        [
            "Varesh expels four Kalmarian diplomats in spying row",
            "Varesh has ordered four Kalmarian diplomats to leave the country within 72 hours in a row over alleged "
            "spying near the port city of Tolvik.",
            "The Varesh foreign ministry said in a statement that the diplomats had engaged in “activities "
            "incompatible with their status” and had photographed naval vessels and radar sites. The ministry’s "
            "spokesman, Emil Dorn, told state television that Varesh had “irrefutable evidence” of the spying and "
            "would “not tolerate” foreign interference.",
            "“Our door remains open to dialogue,” the spokesman said, “but dialogue cannot take place while our "
            "security is being undermined.”",
            "Kalmaria’s foreign ministry called the accusations “absurd” and said it would respond “in kind”. The "
            "state news agency KNA reported that Kalmaria was preparing to expel an equal number of Vareshi "
            "diplomats.",
            "A spokeswoman for the ministry said the four diplomats were “accredited professionals carrying out "
            "normal duties”. She added that Kalmaria’s ambassador in Varesh had been summoned twice in the past "
            "month, which she described as part of a “campaign of harassment”.",
            "An EU spokesperson said the bloc was following the situation “very closely” and that both governments "
            "should avoid any further escalation.",
            "Relations between the neighbours have been strained since a dispute over fishing rights in 2021, "
            "dubbed the “cod war” by local media.",
            "Kalmarian state media reported on Wednesday evening that the expelled diplomats had already left "
            "Varesh by road. One of them, a deputy military attaché, is said to have arrived in Tolvik only in "
            "March.",
        ],
        [
            _q("the diplomats had engaged in “activities incompatible with their status” and had photographed naval "
               "vessels and radar sites", "The Varesh foreign ministry", "said", "mixed", "Varesh foreign ministry"),
            _q("Varesh had “irrefutable evidence” of the spying and would “not tolerate” foreign interference",
               "The ministry’s spokesman, Emil Dorn", "told", "mixed", "Emil Dorn"),
            _q("Our door remains open to dialogue,", "the spokesman", "said", "direct", "Emil Dorn"),
            _q("but dialogue cannot take place while our security is being undermined.", "the spokesman", "said",
               "direct", "Emil Dorn"),
            _q("absurd", "Kalmaria’s foreign ministry", "called", "mixed", "Kalmarian foreign ministry"),
            _q("it would respond “in kind”", "Kalmaria’s foreign ministry", "said", "mixed",
               "Kalmarian foreign ministry"),
            _q("Kalmaria was preparing to expel an equal number of Vareshi diplomats", "The state news agency KNA",
               "reported", "indirect", "KNA"),
            _q("the four diplomats were “accredited professionals carrying out normal duties”",
               "A spokeswoman for the ministry", "said", "mixed", "Kalmarian foreign ministry"),
            _q("Kalmaria’s ambassador in Varesh had been summoned twice in the past month", "She", "added",
               "indirect", "Kalmarian foreign ministry"),
            _q("campaign of harassment", "she", "described", "mixed", "Kalmarian foreign ministry"),
            _q("the bloc was following the situation “very closely” and that both governments should avoid any "
               "further escalation", "An EU spokesperson", "said", "mixed", "EU"),
            _q("the expelled diplomats had already left Varesh by road", "Kalmarian state media", "reported",
               "indirect", "Kalmarian state media"),
        ],
    ),
]
