"""Who gets a voice, annotated by hand for every quote of dev.jsonl and heldout.jsonl (issue 14).

Per document, each canonical speaker of the gold maps to ``(gender, source_kind)``; `build_dev_gold.py`
applies it to every quote with that canonical speaker (a quote with none gets neither).

gender: ``"f"``/``"m"`` for a person whose gender a reader can tell from the article (an honorific, a
pronoun, a gendered role noun, a first name in common use for one gender), ``"u"`` for a person it
cannot be told of ("Jamie", "Dana", "Kiran" with nothing else), None for an organisation, place,
outlet or group (not a person). source_kind: ``named`` (a person or body named or identified in the text),
``anonymous`` (an individual deliberately left unnamed), ``generic`` (a group or kind of people:
critics, analysts, residents), ``document`` (a report, poll or statement whose issuer is not named).

The annotation started from a draft of the rules' output, checked against each text and corrected (every
person without an honorific or pronoun was read in context). No rule was changed for the held-out entries.
"""

from __future__ import annotations

F, M, U = "female", "male", "unknown"

VOICE: dict[str, dict[str, tuple[str | None, str]]] = {
    "dev_a01": {
        "Ashby District Council": (None, "named"),
        "Priya Mandal": (F, "named"),
        "Opposition councillors": (None, "generic"),
        "Tom Reddaway": (M, "named"),
        "Ashby Courier": (None, "named"),
    },
    "dev_a02": {
        "prosecutors": (None, "generic"),
        "Daniel Osei": (M, "named"),
        "Ruth Abernathy": (F, "named"),
        "Martin Keele": (M, "named"),
        "Alan Pryce": (M, "named"),
        "Lindqvist Care": (None, "named"),
    },
    "dev_a03": {
        "Corvane Foods": (None, "named"),
        "Lars Henning": (M, "named"),
        "Pelham Wright": (None, "named"),
    },
    "dev_a04": {
        "Greyhaven Hospitals Trust": (None, "named"),
        "Sunita Rao": (F, "named"),
        "Mark Ellery": (M, "named"),
    },
    "dev_a05": {
        "Environment Office": (None, "named"),
        "Gordon Pike": (M, "named"),
        "Kate Munro": (F, "named"),
        "National Weather Bureau": (None, "named"),
        "Fiona Gallacher": (F, "named"),
    },
    "dev_a06": {
        "Rail Drivers' Federation": (None, "named"),
        "Owen Carradine": (M, "named"),
        "Northlink Rail": (None, "named"),
        "Mei Lin Cho": (F, "named"),
    },
    "dev_a07": {
        "Dunmore Rovers": (None, "named"),
        "Neil Gorringe": (M, "named"),
        "Craig Tolland": (M, "named"),
        "Jamie Okonjo": (U, "named"),
    },
    "dev_a08": {
        "University of Carrow": (None, "named"),
        "Hanna Sjöberg": (F, "named"),
        "Idris Mahmoud": (M, "named"),
    },
    "dev_a09": {
        "Veldrian army": (None, "named"),
        "Tavrenian Ministry of Foreign Affairs": (None, "named"),
        "Alina Voss": (F, "named"),
        "Henrik Aaltonen": (M, "named"),
        "local officials in Morsk": (None, "generic"),
    },
    "dev_a11": {
        "Norgrid Networks": (None, "named"),
        "National Weather Bureau": (None, "named"),
        "Northmoor Police": (None, "named"),
        "Ian Haskett": (M, "named"),
        "Sofia Kendrick": (F, "named"),
    },
    "dev_a12": {
        "prosecution": (None, "named"),
        "Catherine Blaine": (F, "named"),
        "Simon Tate": (M, "named"),
        "Raymond Poole and Denise Whitlow": (None, "named"),
        "Tollbridge Borough Council": (None, "named"),
    },
    "dev_a13": {
        "BBC": (None, "named"),
        "Skyvane": (None, "named"),
        "Marta Lindholm": (F, "named"),
        "Aircrew Union": (None, "named"),
        "Dev Sharma": (M, "named"),
        "Analysts": (None, "generic"),
    },
    "dev_a14": {
        "Westmere Dental Committee": (None, "named"),
        "Owen Pritchard": (M, "named"),
        "Joan Ferris": (F, "named"),
        "Westmere Health Board": (None, "named"),
    },
    "dev_a15": {
        "Kessarian Interior Ministry": (None, "named"),
        "MedBridge": (None, "named"),
        "Farid Nassar": (M, "named"),
        "Valmarkian Foreign Ministry": (None, "named"),
    },
    "dev_a17": {
        "Transport Workers' Alliance": (None, "named"),
        "Bernadette Kelly": (F, "named"),
        "Greyline Buses": (None, "named"),
        "Amira Qureshi": (F, "named"),
    },
    "dev_a18": {
        "Nadia Kovac": (F, "named"),
        "Rupert Haines": (M, "named"),
        "Ferrox": (None, "named"),
        "Sam Adeyemi and Clare Winter": (None, "named"),
        "Aldwick Arts Festival": (None, "named"),
    },
    "dev_a19": {
        "Karen Holloway": (F, "named"),
        "Derek Mayhew": (M, "named"),
        "Campaigners": (None, "generic"),
    },
    "dev_a21": {
        "National Weather Bureau": (None, "named"),
        "Gemma Lowe": (F, "named"),
    },
    "dev_a22": {
        "Hollow Pines": (None, "named"),
        "Livewire Events": (None, "named"),
    },
    "dev_a23": {
        "Pellow & Finch": (None, "named"),
        "Anil Mehta": (M, "named"),
    },
    "dev_a24": {
        "Ingrid Solberg": (F, "named"),
    },
    "dev_b01": {
        "Dolores Ambrose": (F, "named"),
        "Carl Whitcombe": (M, "named"),
        "Hal Brenner": (M, "named"),
        "Harlow County Clerk's Office": (None, "named"),
        "Tomas Ruiz": (M, "named"),
    },
    "dev_b02": {
        "Policing Standards Inspectorate": (None, "named"),
        "Rhiannon Pryce": (F, "named"),
        "Dele Afolabi": (M, "named"),
        "Marlow Police and Crime Commissioner’s office": (None, "named"),
    },
    "dev_b03": {
        "Tallyo": (None, "named"),
        "Marcus Oyelaran": (M, "named"),
        "OutageWatch": (None, "named"),
        "Bea Lindqvist": (F, "named"),
        "Financial Conduct Office": (None, "named"),
        "Brightwater Securities": (None, "named"),
    },
    "dev_b04": {
        "Wexley Association of Head Teachers": (None, "named"),
        "Gareth Pugh": (M, "named"),
        "Fiona Marsh": (F, "named"),
        "Department for Education": (None, "named"),
    },
    "dev_b06": {
        "Energy Markets Authority": (None, "named"),
        "FairPower": (None, "named"),
        "Nadia Hussain": (F, "named"),
        "Tobias Grange": (M, "named"),
        "Hallam Energy": (None, "named"),
    },
    "dev_b07": {
        "Jonas Kessler": (M, "named"),
        "Ulrike Brandl": (F, "named"),
        "Mateo Barreiro": (M, "named"),
        "Klaus Fenner": (M, "named"),
    },
    "dev_b08": {
        "Orveno-Kastel": (None, "named"),
        "Pieter Van Dierendonck": (M, "named"),
        "Lukas Merz": (M, "named"),
        "Averne Sport Events": (None, "named"),
        "Sylvie Caron": (F, "named"),
    },
    "dev_b09": {
        "Northfold Wildlife Trust": (None, "named"),
        "Ngozi Okoye": (F, "named"),
        "Graham Tully": (M, "named"),
        "Natural Heritage Agency": (None, "named"),
        "University of Castlebrook": (None, "named"),
    },
    "dev_b10": {
        "Open Hands": (None, "named"),
        "Irina Voss": (F, "named"),
        "Amir Haddad": (M, "named"),
        "European Refugee Network": (None, "named"),
    },
    "dev_b11": {
        "Civil Aviation Directorate": (None, "named"),
        "Ross Dunleavy": (M, "named"),
        "Skyvale Airways": (None, "named"),
        "Maggie Drummond": (F, "named"),
    },
    "dev_b12": {
        "Harbour Lights": (None, "named"),
        "Moira Kettle": (F, "named"),
        "Euan Faulds": (M, "named"),
        "Tidewater Records": (None, "named"),
    },
    "dev_b13": {
        "Orland Department of Forestry and Fire Protection": (None, "named"),
        "Dana Whitlock": (U, "named"),
        "Ray Castellanos": (M, "named"),
        "Marisol Vega": (F, "named"),
        "Orland Power & Light": (None, "named"),
    },
    "dev_b14": {
        "Alan Greaves": (M, "named"),
        "Helen Achebe": (F, "named"),
        "Nia Rowlands": (F, "named"),
    },
    "dev_b15": {
        "Civica": (None, "named"),
        "Tarnow Courier": (None, "named"),
        "Ilse Marten": (F, "named"),
        "Frank Obuya": (M, "named"),
        "Tom Reyes": (M, "named"),
    },
    "dev_b17": {
        "Rowan Cross Academy": (None, "named"),
        "Priya Lal": (F, "named"),
        "Owen Briggs": (M, "named"),
    },
    "dev_b18": {
        "Grid Futures Institute": (None, "named"),
        "Hana Sato": (F, "named"),
        "Vantix": (None, "named"),
    },
    "dev_b19": {
        "Marrow Hill Homes": (None, "named"),
        "Sunita Rao": (F, "named"),
        "Peter Lomas": (M, "named"),
    },
    "dev_b21": {
        "Morrin Bird Trust": (None, "named"),
        "Callum Reid": (M, "named"),
    },
    "dev_b22": {
        "Dunmore Airport": (None, "named"),
        "Dunmore Police": (None, "named"),
        "Aisha Benn": (F, "named"),
    },
    "dev_b23": {
        "Victor Osei": (M, "named"),
        "Harlow County District Attorney’s Office": (None, "named"),
    },
    "dev_b24": {
        "Castlebrook Police": (None, "named"),
        "Leon Hartley": (M, "named"),
        "Open Watch": (None, "named"),
    },
    "dev_c01": {
        "EU-led naval mission": (None, "named"),
        "Italian Interior Ministry": (None, "named"),
        "Sea Lantern": (None, "named"),
        "Marta Guidi": (F, "named"),
    },
    "dev_c02": {
        "EU-led naval mission": (None, "named"),
        "Luca Ferri": (M, "named"),
        "Italian Interior Ministry": (None, "named"),
        "Maltese government": (None, "named"),
        "Sea Lantern": (None, "named"),
        "Marta Guidi": (F, "named"),
    },
    "dev_c03": {
        "Helen Marsh": (F, "named"),
        "Environment Agency": (None, "named"),
        "Northbridge Water": (None, "named"),
        "local angling clubs": (None, "generic"),
    },
    "dev_c04": {
        "campaigners": (None, "generic"),
        "Owen Pryce": (M, "named"),
        "Environment Agency": (None, "named"),
        "Northbridge Water": (None, "named"),
    },
    "dev_c05": {
        "Marovian government forces": (None, "named"),
        "Marovian rebel forces": (None, "named"),
        "UN peacekeeping force": (None, "named"),
    },
    "dev_c06": {
        "Marovian rebel forces": (None, "named"),
        "rebel commander": (U, "anonymous"),
        "Marova’s defence ministry": (None, "named"),
        "UN peacekeeping force": (None, "named"),
    },
    "dev_d01": {
        "Claire Dunmore": (F, "named"),
        "Eli Cato": (M, "named"),
        "Congressional Budget Office": (None, "named"),
        "Paul Reyes": (M, "named"),
        "Critics of the bill": (None, "generic"),
    },
    "dev_d02": {
        "Tom Halloran": (M, "named"),
        "Ana Ruiz": (F, "named"),
    },
    "dev_d03": {
        "Lakeshore University": (None, "named"),
        "Dana Marsh": (F, "named"),
        "Victor Almeida": (M, "named"),
    },
    "dev_d04": {
        "Samuel Okonkwo": (M, "named"),
        "Robert Lindqvist": (M, "named"),
        "Margaret Okonkwo": (F, "named"),
    },
    "dev_e01": {
        "Rosa Quintero": (F, "named"),
        "Glenn Marsh": (M, "named"),
        "Dana Whitfield": (F, "named"),
    },
    "dev_e02": {
        "Maria Okafor": (F, "named"),
    },
    "heldout_a01": {
        "Rachel Penmore": (F, "named"),
        "Simon Carrow": (M, "named"),
        "Downing Street": (None, "named"),
        "Layla Brennan": (F, "named"),
        "Shelterline": (None, "named"),
    },
    "heldout_a02": {
        "Halvern Pharma": (None, "named"),
        "Annika Rostad": (F, "named"),
        "Tom Ashdown": (M, "named"),
        "Marlow Analytics": (None, "named"),
        "Mark Feltham": (M, "named"),
    },
    "heldout_a03": {
        "Gareth Harland": (M, "named"),
        "Marco Bellini": (M, "named"),
        "Tyrone Achebe": (M, "named"),
        "Match Officials Board": (None, "named"),
    },
    "heldout_a04": {
        "Alan Fairclough": (M, "named"),
        "Karen Pilling": (F, "named"),
        "Priya Natarajan": (F, "named"),
        "Rosalind Ekwueme": (F, "named"),
        "Selsby Care Group": (None, "named"),
        "Wendham Police": (None, "named"),
    },
    "heldout_a05": {
        "Castlemere Ageing Study": (None, "document"),
        "Amara Osei": (F, "named"),
        "Julian Prentice": (M, "named"),
        "Dementia Research Fund": (None, "named"),
        "Fiona Strachan": (F, "named"),
    },
    "heldout_a06": {
        "officials on both sides": (None, "generic"),
        "Valdorian Defence Ministry": (None, "named"),
        "Irena Zhelev": (F, "named"),
        "Morvenian state media": (None, "named"),
        "military commander": (U, "anonymous"),
        "UN secretary-general": (U, "named"),
        "diplomats in Geneva": (None, "generic"),
    },
    "heldout_a07": {
        "Harston District Council": (None, "named"),
        "Jean Pettigrew": (F, "named"),
        "Martin Oduya": (M, "named"),
        "Hannah Reeve": (F, "named"),
    },
    "heldout_a08": {
        "Ferrolink": (None, "named"),
        "Dev Raman": (M, "named"),
        "FairShopper": (None, "named"),
        "Naomi Clarke": (F, "named"),
        "analysts": (None, "generic"),
        "Sarah Mbeki": (F, "named"),
    },
    "heldout_a09": {
        "port officials": (None, "generic"),
        "Pieter van Aalst": (M, "named"),
        "Vandersloot Logistics": (None, "named"),
        "Rotterdam port authority": (None, "named"),
        "Lotte Brink": (F, "named"),
        "shipping analysts": (None, "generic"),
        "Henrik Dahl": (M, "named"),
        "Havenbond union": (None, "named"),
    },
    "heldout_a10": {
        "Kestrel Records": (None, "named"),
        "Tamsin Vale": (F, "named"),
        "Colin Asante": (M, "named"),
        "Rob Kelso": (M, "named"),
    },
    "heldout_a11": {
        "independent review": (None, "document"),
        "Daniel Frost": (M, "named"),
        "Carol Harker": (F, "named"),
        "Yusuf Rahman": (M, "named"),
        "Home Office": (None, "named"),
    },
    "heldout_a12": {
        "Ada Okonkwo": (F, "named"),
        "Marta Kowalczyk": (F, "named"),
        "Pavel Horak": (M, "named"),
    },
    "heldout_a13": {
        "Penbury's": (None, "named"),
        "Alan Ruddock": (M, "named"),
        "ShopScope": (None, "named"),
        "Kiran Desai": (U, "named"),
        "Tom Hebden": (M, "named"),
        "RWU": (None, "named"),
    },
    "heldout_a14": {
        "Varesh foreign ministry": (None, "named"),
        "Emil Dorn": (M, "named"),
        "Kalmarian foreign ministry": (None, "named"),
        "KNA": (None, "named"),
        "EU": (None, "named"),
        "Kalmarian state media": (None, "named"),
    },
}
