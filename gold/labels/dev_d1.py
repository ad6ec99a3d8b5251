"""Gold labels for batch D1 (dev split): 8 fictional but plausible articles, mixed continents.

Same record format as labels/new_articles.py: GoldMeeting / GoldMilestone fields, ``evidence`` as
exact quotes, ``participants`` as (name, title, country). ``date_resolved`` is given only where a
weekday pins a yearless month-day (d101: 2024, d102 and d103: 2025) or where a real historical
event is referred to; it is never a guess.

| file | pair | traits |
|---|---|---|
| d101_argentina_chile_ministers | Argentina–Chile | Reuters dateline without year ("SANTIAGO, Sept 3"); foreign ministers' talks "on Tuesday" (Sept 3 is a Tuesday in 2024); accented names; Treaty of Maipú (Oct 2009) and 1984 Treaty of Peace and Friendship; Mercosur summit (multilateral) and presidents' phone call excluded; lithium working group "agreed to set up" (optional mechanism, no year); planned follow-up meeting "in November" (no year) |
| d102_canada_japan_2plus2 | Canada–Japan | Kyodo dateline without year ("OTTAWA, Oct 20"); **inaugural 2+2**: lead names only the countries, next sentence the four ministers (two evidence quotes); Japanese names FAMILY-NAME-first in capitals; GSOMIA signed (year not in the text); "agreed in 2024 to create the two-plus-two framework" (a past year, not the story's year; Oct 20 is a Monday in 2025); separate defence ministers' talks; planned courtesy call "on Tuesday"; next round in Tokyo without date (optional); unnamed action plan, Indo-Pacific Strategy, CPTPP, RAA negotiations excluded |
| d103_germany_india_consultations_wire | Germany–India | dpa dateline without year ("NEW DELHI, Feb 26"); **7th Intergovernmental Consultations** (Chancellor + PM, not called a summit → `bilateral meeting`, ordinal 7; not Foreign Office Consultations, not a Joint/Intergovernmental Commission); 6th consultations in Berlin 2022 as background; GSDP Joint Declaration of Intent (2022); unnamed declarations of intent, airport welcome, company visit excluded; same event as d104 |
| d104_germany_india_consultations_paper | Germany–India | "Published: February 27, 2025, 08:10 IST" + by-line; same 7th IGC (four named participants, "Hyderabad House" in New Delhi); separate foreign ministers' meeting on the sidelines; courtesy call on the President ("called on"); first IGC 2011 and sixth IGC May 2022 as background; GSDP (May 2022), Migration and Mobility Partnership Agreement (Dec 2022), Green Hydrogen Roadmap JDI (this visit), strategic partners since 2000, IGC format launched 2011 (optional); business roundtable, airport reception, Rajghat, India-EU FTA excluded; planned Berlin visit "next year" (2026) |
| d105_saudi_pakistan_crown_prince | Saudi Arabia–Pakistan | **no dateline**, footer "This article was first published on 12 April 2024" dates the story; PM "called on" the Crown Prince in Jeddah "on Thursday" (= 11 April 2024) → courtesy call; ministers "accompanied on the trip" (not participants); Supreme Coordination Council established Feb 2019; phone call and vague "should meet soon" excluded |
| d106_sweden_finland_defence | Sweden–Finland | TT ISO dateline "STOCKHOLM, 2024-05-21"; defence ministers' talks "on Tuesday"; agreement first named by **acronym only** (FISEMOB), spelled out in the next paragraph; background meeting "in January" (Helsinki); NATO ministers' meeting, NATO summit and NATO accessions excluded |
| d107_ghana_cote_divoire_commission | Ghana–Côte d'Ivoire | "ACCRA, Ghana — Monday, 3 March 2025" (dateline on its own line under a by-line); **4th Permanent Joint Commission for Cooperation** → `Joint Commission` ordinal 4, facts split over two sentences (two evidence quotes); "Madam"/"Mr" honorifics; long Ivorian title; 3rd session (Abidjan 2019) background; courtesy call "on Sunday evening" (2 March); planned 5th session (2027); Strategic Partnership Agreement (Oct 2017), Abidjan Declaration (Mar 2018); **2017 ITLOS judgment is not a milestone** (excluded), nor the future demarcation agreement; ECOWAS meeting excluded |
| d108_new_zealand_fiji_visit | New Zealand–Fiji | RNZ Pacific: "Friday 9 August 2024" line above a by-line and "SUVA (RNZ Pacific) —"; leaders' talks "this morning"; courtesy call on the President "On Thursday evening" (8 August; honorific "Ratu" dropped); separate foreign minister–deputy PM meeting; accompanying foreign minister explicitly not in the leaders' talks; background meeting "in June" (Wellington); Duavata Partnership (2018) → Enhanced Duavata Partnership (this visit); Status of Forces Agreement (June 2023); planned visit to Wellington "next year"; Pacific Islands Forum, business breakfast, plant opening, other tour stops excluded; photo caption, RNZ app/newsletter lines |
"""

AC = ["Argentina", "Chile"]
JC = ["Japan", "Canada"]
GI = ["Germany", "India"]
SP = ["Saudi Arabia", "Pakistan"]
SF = ["Sweden", "Finland"]
GC = ["Ghana", "Côte d'Ivoire"]
NF = ["New Zealand", "Fiji"]

# People (one canonical name per person across the batch)
ECHEVERRIA = ("Martín Echeverría", "Foreign Minister", "Argentina")
VALDIVIESO = ("Ignacio Valdivieso", "Foreign Minister", "Chile")

ITO = ("Takeshi Ito", "Foreign Minister", "Japan")
MORIYAMA = ("Aiko Moriyama", "Defense Minister", "Japan")
TREMBLAY = ("Genevieve Tremblay", "Minister of Foreign Affairs", "Canada")
SIDHU = ("Rajan Sidhu", "Minister of National Defence", "Canada")
MACINNES = ("Douglas MacInnes", "Prime Minister", "Canada")

HOLLMANN = ("Jens Hollmann", "Chancellor", "Germany")
MENON = ("Prakash Menon", "Prime Minister", "India")
CHAUHAN = ("Nandini Chauhan", "External Affairs Minister", "India")
WESSEL = ("Katrin Wessel", "Federal Foreign Minister", "Germany")
NAIR = ("Savitri Nair", "President", "India")

CHEEMA = ("Shahid Anwar Cheema", "Prime Minister", "Pakistan")
KHALID = ("Khalid bin Saud", "Crown Prince and Prime Minister", "Saudi Arabia")

ABERG = ("Henrik Åberg", "Minister for Defence", "Sweden")
LEINONEN = ("Jussi Leinonen", "Minister of Defence", "Finland")

OWUSU_ANSAH = ("Abena Owusu-Ansah", "Minister for Foreign Affairs", "Ghana")
BROU = (
    "Léonce Kouadio Brou",
    "Minister of State, Minister of Foreign Affairs, African Integration and the Ivorian Diaspora",
    "Côte d'Ivoire",
)
OSEI_DARKO = ("Yaw Osei-Darko", "President", "Ghana")

WHITCOMBE = ("Graham Whitcombe", "Prime Minister", "New Zealand")
NAULUMATUA = ("Isikeli Naulumatua", "Prime Minister", "Fiji")
NADRAU = ("Josefa Nadrau", "President", "Fiji")
THORNLEY = ("Rebecca Thornley", "Minister of Foreign Affairs", "New Zealand")
SHARMA = ("Ravindra Lal Sharma", "Deputy Prime Minister and Minister for Finance", "Fiji")

IGC7 = "D1-germany-india-igc7-2025-02-26"
IGC6 = "D1-germany-india-igc6-2022-05"

ARTICLES = [
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "d101_argentina_chile_ministers",
        "source_path": "gold/articles/d101_argentina_chile_ministers.txt",
        "dateline": "SANTIAGO, Sept 3 (Reuters)",
        "meetings": [
            {
                "date": None,
                "date_partial": "--09-03",
                "date_resolved": "2024-09-03",
                "date_text": "on Tuesday",
                "location": "Santiago",
                "countries": AC,
                "mechanism": "bilateral meeting",
                "mechanism_text": None,
                "participants": [ECHEVERRIA, VALDIVIESO],
                "topics": [
                    "agua negra tunnel",
                    "lithium mining rules",
                    "natural gas exports",
                    "water use and environmental permits",
                ],
                "evidence": [
                    "Argentina and Chile agreed on Tuesday to speed up work on a long-delayed road "
                    "tunnel under the Andes and to compare rules for lithium mining in the salt "
                    "flats that straddle their border, after their foreign ministers met in the "
                    "Chilean capital",
                    "Argentine Foreign Minister Martín Echeverría and Chilean Foreign Minister "
                    "Ignacio Valdivieso held more than three hours of talks at the Chilean "
                    "foreign ministry",
                ],
            },
        ],
        "planned_meetings": [
            {
                "date": None,
                "date_text": "in November",
                "location": "Buenos Aires",
                "countries": AC,
                "mechanism": "bilateral meeting",
                "mechanism_text": None,
                "participants": [VALDIVIESO, ECHEVERRIA],
                "topics": ["antarctic cooperation", "reopening of two seasonal mountain passes"],
                "evidence": [
                    "Valdivieso will travel to Buenos Aires in November for a follow-up meeting "
                    "with Echeverría"
                ],
            },
        ],
        "milestones": [
            {
                "name": "Treaty of Maipú on Integration and Cooperation",
                "kind": "agreement",
                "year": 2009,
                "date": "2009-10",
                "countries": AC,
                "evidence": [
                    "the Treaty of Maipú on Integration and Cooperation, signed in October 2009"
                ],
            },
            {
                "name": "Treaty of Peace and Friendship",
                "kind": "agreement",
                "year": 1984,
                "date": None,
                "countries": AC,
                "evidence": ["The treaty built on the 1984 Treaty of Peace and Friendship"],
            },
            {
                "name": "working group on lithium established",
                "kind": "mechanism_established",
                "year": None,
                "date": None,
                "countries": AC,
                "optional": True,
                "evidence": ["They also agreed to set up a working group on lithium"],
            },
        ],
        "excluded": [
            "'had last been in the same room at a Mercosur summit in Asunción in July': a "
            "multilateral summit, no bilateral talks reported there",
            "Presidents Ferrante and Undurraga 'spoke by telephone last week': a phone call",
            "'their first face-to-face meeting since Echeverría took office in March': describes "
            "Tuesday's talks, not another meeting",
            "Valdivieso 'told reporters after the meeting': press remarks, part of the same talks",
            "'technical teams would present a new financing plan' for the Agua Negra tunnel: a "
            "plan, not a meeting or milestone",
            "gas cuts of the mid-2000s, trade figures: not milestones",
        ],
        "notes": (
            "Traits: Reuters dateline without year; 'on Tuesday'; lead reports the talks through "
            "'their foreign ministers met', the next sentence names them (one meeting, two "
            "quotes); accented names; two treaties; Mercosur and a phone call excluded. "
            "meetings[0]: the year is not in the text; Sept 3 is a Tuesday in 2024 (also 2019, "
            "2030), the story world's year, hence date_resolved 2024-09-03. Location: 'the "
            "Chilean capital' / Chilean foreign ministry, dateline Santiago. "
            "planned_meetings[0]: 'in November' of an unstated year (2024 in the story world); no "
            "date_resolved, following the precedent for yearless future months. "
            "milestones[0]: real signing date 30 October 2009. milestones[1]: real signing 29 "
            "November 1984 (Vatican). milestones[2] optional: 'agreed to set up a working group "
            "on lithium' reads like 'agreed to launch' (mechanism_established) but is a technical "
            "group, and the story's year is not in the text (year None)."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "d102_canada_japan_2plus2",
        "source_path": "gold/articles/d102_canada_japan_2plus2.txt",
        "dateline": "OTTAWA, Oct 20 (Kyodo)",
        "meetings": [
            {
                "date": None,
                "date_partial": "--10-20",
                "date_resolved": "2025-10-20",
                "date_text": "on Monday",
                "location": "Ottawa",
                "countries": JC,
                "mechanism": "2+2 Dialogue",
                "mechanism_text": 'inaugural "two-plus-two" security dialogue of foreign and '
                "defense ministers",
                "ordinal": 1,
                "participants": [ITO, MORIYAMA, TREMBLAY, SIDHU],
                "topics": [
                    "joint military exercises",
                    "indo-pacific",
                    "china's maritime activities",
                    "classified defense information",
                    "north korea",
                    "economic security",
                    "critical minerals",
                ],
                "evidence": [
                    'Japan and Canada held their inaugural "two-plus-two" security dialogue of '
                    "foreign and defense ministers in Ottawa on Monday",
                    "Foreign Minister ITO Takeshi and Defense Minister MORIYAMA Aiko met Canadian "
                    "Minister of Foreign Affairs Genevieve Tremblay and Minister of National "
                    "Defence Rajan Sidhu at the Lester B. Pearson Building",
                ],
            },
            {
                "date": None,
                "date_partial": "--10-20",
                "date_resolved": "2025-10-20",
                "date_text": "Ahead of the dialogue",
                "location": "Ottawa",
                "countries": JC,
                "mechanism": "bilateral meeting",
                "mechanism_text": None,
                "participants": [MORIYAMA, SIDHU],
                "topics": [
                    "reciprocal access agreement",
                    "defense equipment and technology",
                    "maritime surveillance drones",
                ],
                "evidence": [
                    "Ahead of the dialogue, MORIYAMA and Sidhu held separate talks at the "
                    "Department of National Defence"
                ],
            },
        ],
        "planned_meetings": [
            {
                "date": None,
                "date_partial": "--10-21",
                "date_resolved": "2025-10-21",
                "date_text": "on Tuesday",
                "location": None,
                "countries": JC,
                "mechanism": "courtesy call",
                "mechanism_text": "courtesy call",
                "participants": [ITO, MORIYAMA, MACINNES],
                "evidence": [
                    "ITO and MORIYAMA are scheduled to pay a courtesy call on Prime Minister "
                    "Douglas MacInnes on Tuesday"
                ],
            },
            {
                "date": None,
                "date_text": None,
                "location": "Tokyo",
                "countries": JC,
                "mechanism": "2+2 Dialogue",
                "mechanism_text": "next round of the Japan-Canada dialogue",
                "participants": [],
                "optional": True,
                "evidence": ["The next round of the Japan-Canada dialogue will be held in Tokyo"],
            },
        ],
        "milestones": [
            {
                "name": "General Security of Military Information Agreement (GSOMIA)",
                "kind": "agreement",
                "year": None,
                "date": None,
                "countries": JC,
                "evidence": [
                    "During the meeting, ITO and Tremblay signed a General Security of Military "
                    "Information Agreement, or GSOMIA"
                ],
            },
            {
                "name": "two-plus-two framework established",
                "kind": "mechanism_established",
                "year": 2024,
                "date": None,
                "countries": JC,
                "evidence": [
                    "The two countries agreed in 2024 to create the two-plus-two framework"
                ],
            },
        ],
        "excluded": [
            "'a joint press conference after the talks', joint statement of the four ministers: "
            "part of the 2+2, not separate meetings or named agreements",
            "'agreed to begin negotiations on a reciprocal access agreement': a plan, not a "
            "signed agreement",
            "'negotiations on the intelligence pact began shortly afterward': not a milestone",
            "Canada's Indo-Pacific Strategy 'launched in 2022': one country's policy, not a "
            "bilateral milestone",
            "'a joint action plan the two governments adopted the same year' (2022): no name "
            "given, so not labelled as an agreement",
            "CPTPP 'that Canada ratified in 2018': a multilateral pact, not a bilateral milestone",
            "Canadian surveillance operations from bases in Japan 'since 2018': activity, not a "
            "milestone",
            "Japan's 2+2 dialogues with other countries: other pairs",
            "'Related coverage' headlines: site furniture",
        ],
        "notes": (
            "Traits: Kyodo dateline without year; inaugural 2+2 where the lead names only the "
            "countries and the next sentence the four ministers (one meeting, two quotes); "
            "Japanese names written FAMILY NAME first in capitals, canonical given name first "
            "(ITO Takeshi -> Takeshi Ito, MORIYAMA Aiko -> Aiko Moriyama); Canadian name written "
            "without accent (Genevieve) kept as written. "
            "Year trap: 'agreed in 2024 to create the two-plus-two framework' is a past event and "
            "does not give the story's year; the text gives no year for the 2+2. Oct 20 is a "
            "Monday in 2025 (the first such year after 2024; also 2031), hence date_resolved "
            "2025-10-20 for meetings[0-1] and 2025-10-21 for the Tuesday courtesy call. "
            "meetings[1]: at the Department of National Defence in the dateline city -> Ottawa. "
            "planned_meetings[0]: location not stated for the call (likely Ottawa). "
            "planned_meetings[1] optional: 'will be held in Tokyo ... without specifying a date' "
            "sits between a planned meeting and a vague 'next meeting in due course'; no ordinal "
            "('next round'). "
            "milestones[0]: signed at the meeting, the article's own news, but the text gives no "
            "year (2025 in the story world), so year/date None; acronym given as ', or GSOMIA' "
            "-> in parentheses. milestones[1]: 'agreed ... to create the framework' = "
            "mechanism_established 2024; the inaugural round is not labelled separately as a "
            "milestone."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "d103_germany_india_consultations_wire",
        "source_path": "gold/articles/d103_germany_india_consultations_wire.txt",
        "dateline": "NEW DELHI, Feb 26 (dpa)",
        "meetings": [
            {
                "date": None,
                "date_partial": "--02-26",
                "date_resolved": "2025-02-26",
                "date_text": "on Wednesday",
                "location": "New Delhi",
                "countries": GI,
                "mechanism": "bilateral meeting",
                "mechanism_text": "7th Intergovernmental Consultations",
                "ordinal": 7,
                "participants": [HOLLMANN, MENON],
                "topics": [
                    "indian skilled workers",
                    "green hydrogen",
                    "climate and energy transition",
                    "russia's war against ukraine",
                    "defence cooperation",
                ],
                "evidence": [
                    "German Chancellor Jens Hollmann and Indian Prime Minister Prakash Menon on "
                    "Wednesday held the 7th Intergovernmental Consultations between their "
                    "governments in New Delhi"
                ],
                "event": IGC7,
            },
            {
                "date": "2022",
                "date_resolved": "2022-05-02",
                "date_text": "in 2022",
                "location": "Berlin",
                "countries": GI,
                "mechanism": "bilateral meeting",
                "mechanism_text": "6th Intergovernmental Consultations",
                "ordinal": 6,
                "participants": [],
                "evidence": [
                    "The partnership was launched in 2022, when the two governments signed the "
                    "Joint Declaration of Intent on the Green and Sustainable Development "
                    "Partnership at the 6th Intergovernmental Consultations in Berlin"
                ],
                "event": IGC6,
            },
        ],
        "planned_meetings": [],
        "milestones": [
            {
                "name": "Joint Declaration of Intent on the Green and Sustainable Development "
                "Partnership",
                "kind": "agreement",
                "year": 2022,
                "date": None,
                "countries": GI,
                "evidence": [
                    "The partnership was launched in 2022, when the two governments signed the "
                    "Joint Declaration of Intent on the Green and Sustainable Development "
                    "Partnership"
                ],
            },
        ],
        "excluded": [
            "'signed several declarations of intent during the visit, covering skilled migration, "
            "green hydrogen, research cooperation and critical raw materials': no names given, "
            "so not labelled as agreements",
            "the Chancellor 'was welcomed at the airport by an Indian minister of state': an "
            "airport reception (and the minister is not named)",
            "'a joint press appearance after the talks': part of the consultations",
            "Hollmann 'is due to travel on to Bengaluru on Thursday' to visit a company's "
            "research centre: no official counterpart",
            "Germany's intergovernmental consultations with France, China, Israel and Brazil: "
            "other pairs, no meetings reported",
        ],
        "notes": (
            "Traits: dpa dateline without year; 'on Wednesday'; the Intergovernmental "
            "Consultations are a named format outside the vocabulary (heads of government with "
            "cabinets, never called a summit in the text) -> 'bilateral meeting' with ordinal 7; "
            "not 'Foreign Office Consultations' (senior officials) nor 'Joint Commission' "
            "(an Intergovernmental *Commission*). Ministers are mentioned only as 'more than a "
            "dozen ministers and state secretaries' (unnamed), so two participants. "
            "meetings[0]: year not in the text; Feb 26 is a Wednesday in 2025 (also 2020, 2031), "
            "the story world's year (d104 gives 2025), hence date_resolved 2025-02-26. Same "
            "event as d104 meetings[0] (key D1-germany-india-igc7-2025-02-26). "
            "meetings[1]: background 6th consultations, year only in the text; real date 2 May "
            "2022 (Berlin); same event as d104 meetings[2] (key D1-germany-india-igc6-2022-05). "
            "milestones[0]: the Joint Declaration of Intent on the GSDP, real signing 2 May 2022; "
            "d104 names the same document 'Green and Sustainable Development Partnership (GSDP)'. "
            "The GSDP is a thematic partnership launched by a signed declaration, not a level of "
            "the whole relationship, so 'agreement', not 'partnership_upgrade'."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "d104_germany_india_consultations_paper",
        "source_path": "gold/articles/d104_germany_india_consultations_paper.txt",
        "dateline": "Published: February 27, 2025, 08:10 IST",
        "meetings": [
            {
                "date": "2025-02-26",
                "date_partial": "--02-26",
                "date_text": "on Wednesday",
                "location": "New Delhi",
                "countries": GI,
                "mechanism": "bilateral meeting",
                "mechanism_text": "seventh round of the India-Germany Intergovernmental "
                "Consultations (IGC)",
                "ordinal": 7,
                "participants": [MENON, HOLLMANN, CHAUHAN, WESSEL],
                "topics": [
                    "indian skilled workers",
                    "green hydrogen",
                    "climate and energy",
                    "defence cooperation",
                    "submarines",
                    "ukraine",
                ],
                "evidence": [
                    "as Prime Minister Prakash Menon and German Chancellor Jens Hollmann "
                    "co-chaired the seventh round of the India-Germany Intergovernmental "
                    "Consultations (IGC) at Hyderabad House",
                    "Menon and Hollmann were joined at the plenary by External Affairs Minister "
                    "Nandini Chauhan and Federal Foreign Minister Katrin Wessel",
                ],
                "event": IGC7,
            },
            {
                "date": "2025-02-26",
                "date_partial": "--02-26",
                "date_text": "on Wednesday morning",
                "location": "New Delhi",
                "countries": GI,
                "mechanism": "bilateral meeting",
                "mechanism_text": None,
                "participants": [CHAUHAN, WESSEL],
                "topics": [
                    "war in ukraine",
                    "situation in west asia",
                    "cooperation in the indo-pacific",
                    "mobility agreement",
                    "german consulate general in hyderabad",
                ],
                "evidence": [
                    "On the sidelines of the consultations, Chauhan and Wessel held a separate "
                    "meeting on Wednesday morning"
                ],
            },
            {
                "date": "2022-05",
                "date_resolved": "2022-05-02",
                "date_text": "in May 2022",
                "location": "Berlin",
                "countries": GI,
                "mechanism": "bilateral meeting",
                "mechanism_text": "sixth IGC",
                "ordinal": 6,
                "participants": [],
                "evidence": [
                    "which the two governments signed in Berlin in May 2022 during the sixth IGC"
                ],
                "event": IGC6,
            },
            {
                "date": "2011",
                "date_resolved": "2011-05-31",
                "date_text": "in 2011",
                "location": "New Delhi",
                "countries": GI,
                "mechanism": "bilateral meeting",
                "mechanism_text": "first round",
                "ordinal": 1,
                "participants": [],
                "evidence": [
                    "The IGC format was launched in 2011, when the first round was held in New "
                    "Delhi"
                ],
            },
            {
                "date": "2025-02-26",
                "date_partial": "--02-26",
                "date_text": "In the evening",
                "location": "New Delhi",
                "countries": GI,
                "mechanism": "courtesy call",
                "mechanism_text": None,
                "participants": [HOLLMANN, NAIR],
                "evidence": [
                    "In the evening, the Chancellor called on President Savitri Nair at "
                    "Rashtrapati Bhavan"
                ],
            },
        ],
        "planned_meetings": [
            {
                "date": "2026",
                "date_text": "next year",
                "location": "Berlin",
                "countries": GI,
                "mechanism": "bilateral meeting",
                "mechanism_text": None,
                "participants": [MENON, HOLLMANN],
                "topics": ["opening of a major industrial trade fair"],
                "evidence": [
                    "Hollmann invited Menon to visit Germany next year, and the Prime Minister "
                    "accepted the invitation",
                    "Menon's visit to Berlin will include talks with the Chancellor",
                ],
            },
        ],
        "milestones": [
            {
                "name": "Joint Declaration of Intent on the Indo-German Green Hydrogen Roadmap",
                "kind": "agreement",
                "year": 2025,
                "date": "2025-02-26",
                "countries": GI,
                "evidence": [
                    "Among the documents signed and exchanged after the plenary was the Joint "
                    "Declaration of Intent on the Indo-German Green Hydrogen Roadmap"
                ],
            },
            {
                "name": "Migration and Mobility Partnership Agreement",
                "kind": "agreement",
                "year": 2022,
                "date": "2022-12",
                "countries": GI,
                "evidence": [
                    "the Migration and Mobility Partnership Agreement signed in December 2022"
                ],
            },
            {
                "name": "Green and Sustainable Development Partnership (GSDP)",
                "kind": "agreement",
                "year": 2022,
                "date": "2022-05",
                "countries": GI,
                "evidence": [
                    "the Green and Sustainable Development Partnership (GSDP), which the two "
                    "governments signed in Berlin in May 2022 during the sixth IGC"
                ],
            },
            {
                "name": "Strategic Partnership",
                "kind": "partnership_upgrade",
                "year": 2000,
                "date": None,
                "countries": GI,
                "evidence": ["India and Germany have been strategic partners since 2000"],
            },
            {
                "name": "IGC format established",
                "kind": "mechanism_established",
                "year": 2011,
                "date": None,
                "countries": GI,
                "optional": True,
                "evidence": [
                    "The IGC format was launched in 2011, when the first round was held in New "
                    "Delhi"
                ],
            },
        ],
        "excluded": [
            "Menon and Hollmann 'addressed a roundtable with chief executives of about 25 German "
            "and Indian companies': talks with business leaders, not officials",
            "the Chancellor 'was received at the airport by Minister of State for External "
            "Affairs Rekha Bhardwaj': an airport reception",
            "ceremonial welcome at Rashtrapati Bhavan and homage at Rajghat: ceremonies, not talks",
            "Bengaluru visit on Thursday (company research centre, students): no official "
            "counterpart",
            "'Several other documents, on skilled migration, critical raw materials and research "
            "cooperation, were also exchanged': no names, so not labelled",
            "India-EU free trade agreement 'under negotiation ... since 2007': India-EU, not a "
            "signed bilateral agreement",
            "Foreign Secretary Vivek Saxena 'briefing the media': relays the talks, not a "
            "participant",
            "'ministers from both cabinets hold talks with their counterparts before reporting to "
            "the two leaders': a description of the IGC format (unnamed ministers), part of the "
            "consultations, not separate meetings",
            "'dates would be worked out through diplomatic channels': part of the planned Berlin "
            "visit, not a separate plan",
            "'Germany was among the first countries with which India built a strategic "
            "partnership': the same Strategic Partnership, no year in that quote",
            "'Also read:' lines, 'Follow us' line: site furniture",
        ],
        "notes": (
            "Traits: Indian paper with by-line and 'Published: February 27, 2025, 08:10 IST' "
            "(story dated Thursday 27 Feb 2025); 'on Wednesday' = 2025-02-26; same 7th IGC as "
            "d103 (same event key) with four named participants (the two foreign ministers "
            "'joined at the plenary') where d103 names two; IGC -> 'bilateral meeting' ordinal 7 "
            "(see d103 notes). 'Hyderabad House' is in New Delhi (visit city: 'arrived in New "
            "Delhi'); do not read it as Hyderabad (nor the proposed consulate in Hyderabad). "
            "meetings[1]: foreign ministers' separate meeting on the sidelines, its own record. "
            "meetings[2]: background sixth IGC, real date 2 May 2022; same event as d103 "
            "meetings[1]. meetings[3]: first IGC, real date 31 May 2011 (New Delhi). meetings[4]: "
            "'called on' the President -> courtesy call; 'In the evening' of Wednesday (paragraph "
            "follows 'Later in the afternoon' of the consultations day). "
            "planned_meetings[0]: 'next year' from a 2025 story = 2026; invitation accepted, talks "
            "with the Chancellor stated (two quotes). "
            "milestones[0]: signed at the IGC, the article's own news, dated by the header year. "
            "milestones[1]: real signing 5 December 2022. milestones[2]: the same document as "
            "d103 milestones[0] (real 2 May 2022). milestones[3]: 'strategic partners since 2000' "
            "-> partnership_upgrade 'Strategic Partnership' 2000. milestones[4] optional: the "
            "launch of the IGC format told through its first round (same pattern as g01)."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "d105_saudi_pakistan_crown_prince",
        "source_path": "gold/articles/d105_saudi_pakistan_crown_prince.txt",
        "dateline": "This article was first published on 12 April 2024",
        "meetings": [
            {
                "date": "2024-04-11",
                "date_partial": "--04-11",
                "date_text": "on Thursday",
                "location": "Jeddah",
                "countries": SP,
                "mechanism": "courtesy call",
                "mechanism_text": None,
                "participants": [CHEEMA, KHALID],
                "topics": [
                    "saudi investment in mining, agriculture and energy",
                    "investment package",
                    "economic stabilisation",
                    "defence production",
                    "pakistani workers",
                ],
                "evidence": [
                    "Prime Minister Shahid Anwar Cheema called on Saudi Crown Prince and Prime "
                    "Minister Khalid bin Saud at Al-Salam Palace in Jeddah on Thursday"
                ],
            },
        ],
        "planned_meetings": [],
        "milestones": [
            {
                "name": "Saudi-Pakistan Supreme Coordination Council established",
                "kind": "mechanism_established",
                "year": 2019,
                "date": "2019-02",
                "countries": SP,
                "evidence": [
                    "the Saudi-Pakistan Supreme Coordination Council, established in February 2019"
                ],
            },
        ],
        "excluded": [
            "Cheema and the crown prince 'had spoken by telephone last month': a phone call",
            "the Supreme Coordination Council 'should meet soon': a vague future meeting, no date "
            "or place",
            "Foreign Minister Bhatti and Finance Minister Alvi 'accompanied on the trip': not "
            "stated to have taken part in the call, so not participants",
            "Umrah in Makkah, arrival on Wednesday, return to Islamabad: travel, not meetings",
            "Saudi investment package 'announced last year': no name, not a signed agreement",
        ],
        "notes": (
            "Traits: no dateline; the story is dated only by the footer 'This article was first "
            "published on 12 April 2024' (a Friday), so 'on Thursday' = 2024-04-11 (full date). "
            "'called on' the Crown Prince -> courtesy call, mechanism_text None (verb only). "
            "Canonical name 'Khalid bin Saud' (no 'Crown Prince'/'Prince' honorific); title as "
            "written 'Crown Prince and Prime Minister'. Accompanying ministers are a trap: the "
            "text says only 'accompanied on the trip'. milestones[0]: real council established "
            "February 2019."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "d106_sweden_finland_defence",
        "source_path": "gold/articles/d106_sweden_finland_defence.txt",
        "dateline": "STOCKHOLM, 2024-05-21 (TT)",
        "meetings": [
            {
                "date": "2024-05-21",
                "date_partial": "--05-21",
                "date_text": "on Tuesday",
                "location": "Stockholm",
                "countries": SF,
                "mechanism": "bilateral meeting",
                "mechanism_text": None,
                "participants": [ABERG, LEINONEN],
                "topics": [
                    "military mobility",
                    "air defence",
                    "swedish-finnish naval task group",
                    "joint procurement of ammunition",
                ],
                "evidence": [
                    "Sweden's Minister for Defence Henrik Åberg and his Finnish counterpart, "
                    "Minister of Defence Jussi Leinonen, signed the FISEMOB agreement in "
                    "Stockholm on Tuesday, after talks on how the two new NATO members can move "
                    "troops and equipment across their shared border more quickly"
                ],
            },
            {
                "date": "2024-01",
                "date_text": "in January",
                "location": "Helsinki",
                "countries": SF,
                "mechanism": "bilateral meeting",
                "mechanism_text": None,
                "participants": [ABERG, LEINONEN],
                "evidence": [
                    "The two ministers last met in Helsinki in January, when they instructed "
                    "their officials to draft the agreement"
                ],
            },
        ],
        "planned_meetings": [],
        "milestones": [
            {
                "name": "Finnish-Swedish Military Mobility Agreement (FISEMOB)",
                "kind": "agreement",
                "year": 2024,
                "date": "2024-05-21",
                "countries": SF,
                "evidence": [
                    "signed the FISEMOB agreement in Stockholm on Tuesday",
                    "The Finnish-Swedish Military Mobility Agreement (FISEMOB) removes the need "
                    "for case-by-case permits",
                ],
            },
        ],
        "excluded": [
            "'will both attend a meeting of NATO defence ministers in Brussels in June': a "
            "multilateral meeting",
            "'the alliance's summit in Washington in July': multilateral",
            "'Finland joined NATO in April 2023 and Sweden in March this year': accessions to an "
            "alliance, not bilateral milestones",
            "'Åberg said at a press conference': part of Tuesday's meeting",
        ],
        "notes": (
            "Traits: TT dateline with ISO date (2024-05-21, a Tuesday) so 'on Tuesday' = that "
            "day; the agreement appears first only as the acronym FISEMOB and is spelled out in "
            "the next paragraph -> spelled-out name with the acronym in parentheses, two quotes. "
            "meetings[1]: background meeting 'in January' of the dateline year = 2024-01 (day "
            "not stated). Swedish title 'Minister for Defence', Finnish 'Minister of Defence'."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "d107_ghana_cote_divoire_commission",
        "source_path": "gold/articles/d107_ghana_cote_divoire_commission.txt",
        "dateline": "ACCRA, Ghana — Monday, 3 March 2025",
        "meetings": [
            {
                "date": "2025-03-03",
                "date_partial": "--03-03",
                "date_text": "on Monday",
                "location": "Accra",
                "countries": GC,
                "mechanism": "Joint Commission",
                "mechanism_text": "fourth session of the Ghana-Côte d'Ivoire Permanent Joint "
                "Commission for Cooperation",
                "ordinal": 4,
                "participants": [OWUSU_ANSAH, BROU],
                "topics": [
                    "trade",
                    "cocoa",
                    "energy",
                    "transport",
                    "security",
                    "cocoa smuggling",
                    "maritime boundary",
                    "electricity interconnection",
                    "joint patrols and intelligence sharing",
                ],
                "evidence": [
                    "The fourth session of the Ghana-Côte d'Ivoire Permanent Joint Commission for "
                    "Cooperation opened in Accra on Monday",
                    "The two-day meeting at the Accra International Conference Centre is being "
                    "co-chaired by Ghana's Minister for Foreign Affairs, Abena Owusu-Ansah, and "
                    "Côte d'Ivoire's Minister of State, Minister of Foreign Affairs, African "
                    "Integration and the Ivorian Diaspora, Léonce Kouadio Brou",
                ],
            },
            {
                "date": "2019",
                "date_text": "in 2019",
                "location": "Abidjan",
                "countries": GC,
                "mechanism": "Joint Commission",
                "mechanism_text": "third session",
                "ordinal": 3,
                "participants": [],
                "evidence": ["The commission last met in Abidjan in 2019, at its third session"],
            },
            {
                "date": "2025-03-02",
                "date_partial": "--03-02",
                "date_text": "on Sunday evening",
                "location": "Accra",
                "countries": GC,
                "mechanism": "courtesy call",
                "mechanism_text": "courtesy call",
                "participants": [BROU, OSEI_DARKO],
                "evidence": [
                    "Mr Brou, who arrived in Accra on Sunday, paid a courtesy call on President "
                    "Yaw Osei-Darko at the Jubilee House on Sunday evening"
                ],
            },
        ],
        "planned_meetings": [
            {
                "date": "2027",
                "date_text": "in 2027",
                "location": "Yamoussoukro",
                "countries": GC,
                "mechanism": "Joint Commission",
                "mechanism_text": "fifth session of the commission",
                "ordinal": 5,
                "participants": [],
                "evidence": [
                    "The fifth session of the commission will be held in Yamoussoukro in 2027"
                ],
            },
        ],
        "milestones": [
            {
                "name": "Strategic Partnership Agreement",
                "kind": "agreement",
                "year": 2017,
                "date": "2017-10",
                "countries": GC,
                "evidence": [
                    "they signed a Strategic Partnership Agreement in Accra in October 2017"
                ],
            },
            {
                "name": "Abidjan Declaration",
                "kind": "agreement",
                "year": 2018,
                "date": "2018-03",
                "countries": GC,
                "evidence": [
                    "followed it up with the Abidjan Declaration of March 2018, under which they "
                    "agreed to harmonise their cocoa marketing policies"
                ],
            },
        ],
        "excluded": [
            "the maritime boundary dispute 'decided in September 2017 by a Special Chamber of the "
            "International Tribunal for the Law of the Sea (ITLOS)': a third-party judgment, not "
            "an agreement signed by the two countries, an upgrade or a mechanism; not a milestone",
            "'a bilateral agreement on its demarcation could be ready for signing at the next "
            "session': not yet signed",
            "'The declaration led to the creation of the Côte d'Ivoire-Ghana Cocoa Initiative': "
            "no year stated for the initiative itself (the declaration is labelled)",
            "the fourth session 'had originally been scheduled for 2021': never held then",
            "'continues on Tuesday, when the co-chairs are expected to sign the agreed minutes and "
            "a communiqué': second day of the same session, not a separate meeting; the documents "
            "are not yet signed and have no name",
            "'both ministers are due to travel to Abuja for a meeting of the ECOWAS Council of "
            "Ministers': multilateral",
            "Brou 'delivered a message from the Ivorian head of state': a relayed message; the "
            "Ivorian president is not a participant",
            "Ghana Ministry of Foreign Affairs official quoted anonymously: relays, no meeting",
        ],
        "notes": (
            "Traits: by-line, then the dateline line 'ACCRA, Ghana — Monday, 3 March 2025' "
            "(3 March 2025 is a Monday); the 4th Permanent Joint Commission for Cooperation -> "
            "'Joint Commission' ordinal 4, its facts split over two sentences (date/place/format "
            "in one, co-chairs in the next: two quotes); honorifics 'Madam', 'Mr' dropped. "
            "meetings[0]: a two-day session (3-4 March) dated by its opening day, 'on Monday'. "
            "meetings[1]: background third session, year only. meetings[2]: 'on Sunday evening' "
            "before the Monday story = 2025-03-02; Jubilee House is the presidency in Accra "
            "(also 'arrived in Accra on Sunday'). "
            "Judgement call (brief): the 2017 ITLOS judgment on the maritime boundary is not a "
            "milestone by the conventions (kinds are signed agreements, partnership upgrades, "
            "mechanisms set up, diplomatic relations); it is excluded. Real judgment date 23 "
            "September 2017. milestones[0]: real signing 16 October 2017 (Accra) as far as known. "
            "milestones[1]: real signing 26 March 2018."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "d108_new_zealand_fiji_visit",
        "source_path": "gold/articles/d108_new_zealand_fiji_visit.txt",
        "dateline": "Friday 9 August 2024",
        "meetings": [
            {
                "date": "2024-08-09",
                "date_partial": "--08-09",
                "date_text": "this morning",
                "location": "Suva",
                "countries": NF,
                "mechanism": "bilateral meeting",
                "mechanism_text": None,
                "participants": [WHITCOMBE, NAULUMATUA],
                "topics": [
                    "climate resilience",
                    "security and policing",
                    "labour mobility",
                    "climate finance",
                    "budget support",
                    "health and education",
                ],
                "evidence": [
                    "The two prime ministers held talks for nearly two hours at the Prime "
                    "Minister's Office in Suva this morning",
                    "in a joint statement signed in Suva today by Prime Minister Graham Whitcombe "
                    "and his Fijian counterpart Isikeli Naulumatua",
                ],
            },
            {
                "date": "2024-08-08",
                "date_partial": "--08-08",
                "date_text": "On Thursday evening",
                "location": "Suva",
                "countries": NF,
                "mechanism": "courtesy call",
                "mechanism_text": "courtesy call",
                "participants": [WHITCOMBE, NADRAU],
                "topics": ["climate change", "visit of a new zealand naval vessel"],
                "evidence": [
                    "On Thursday evening he paid a courtesy call on the President, Ratu Josefa "
                    "Nadrau, at State House"
                ],
            },
            {
                "date": "2024-08-09",
                "date_partial": "--08-09",
                "date_text": "on Friday morning",
                "location": "Suva",
                "countries": NF,
                "mechanism": "bilateral meeting",
                "mechanism_text": None,
                "participants": [THORNLEY, SHARMA],
                "topics": [
                    "budget support",
                    "management of fiji's public debt",
                    "private investment in renewable energy",
                ],
                "evidence": [
                    "New Zealand's Minister of Foreign Affairs, Rebecca Thornley, who is travelling "
                    "with the prime minister, separately met Fiji's Deputy Prime Minister and Minister for "
                    "Finance, Ravindra Lal Sharma, in Suva on Friday morning"
                ],
            },
            {
                "date": "2024-06",
                "date_text": "in June",
                "location": "Wellington",
                "countries": NF,
                "mechanism": "bilateral meeting",
                "mechanism_text": None,
                "participants": [WHITCOMBE, NAULUMATUA],
                "topics": ["enhanced partnership"],
                "evidence": [
                    "Whitcombe and Naulumatua last met in Wellington in June, when the Fijian "
                    "leader made a three-day official visit to New Zealand"
                ],
            },
        ],
        "planned_meetings": [
            {
                "date": "2025",
                "date_text": "next year",
                "location": "Wellington",
                "countries": NF,
                "mechanism": "bilateral meeting",
                "mechanism_text": None,
                "participants": [NAULUMATUA, WHITCOMBE],
                "evidence": [
                    "Whitcombe has invited Naulumatua back to New Zealand next year, and the "
                    "Fijian leader has accepted",
                    "Naulumatua said he would travel to Wellington for further talks with "
                    "Whitcombe",
                ],
            },
        ],
        "milestones": [
            {
                "name": "Enhanced Duavata Partnership",
                "kind": "partnership_upgrade",
                "year": 2024,
                "date": "2024-08-09",
                "countries": NF,
                "evidence": [
                    "New Zealand and Fiji have raised their relationship to an Enhanced Duavata "
                    "Partnership, in a joint statement signed in Suva today"
                ],
            },
            {
                "name": "Duavata Partnership",
                "kind": "partnership_upgrade",
                "year": 2018,
                "date": None,
                "countries": NF,
                "evidence": [
                    "the Duavata Partnership, the framework to which relations were lifted in 2018"
                ],
            },
            {
                "name": "Status of Forces Agreement",
                "kind": "agreement",
                "year": 2023,
                "date": "2023-06",
                "countries": NF,
                "evidence": ["they signed a Status of Forces Agreement in June 2023"],
            },
        ],
        "excluded": [
            "'Both leaders will travel to Nuku'alofa later this month for the Pacific Islands "
            "Forum Leaders Meeting': multilateral",
            "the 'joint statement' signed today has no name of its own: labelled as the Enhanced "
            "Duavata Partnership upgrade, not as a separate agreement",
            "Pacific tour 'will also take him to Samoa and the Cook Islands': other countries",
            "breakfast hosted by the Fiji-New Zealand Business Council and opening of a solar "
            "plant near Labasa: business event and ceremony, not talks with officials",
            "Whitcombe and Naulumatua 'Speaking to reporters', Sharma 'told reporters': press "
            "remarks",
            "Fiji's Minister for Employment 'had said earlier this week': a statement, no meeting",
            "opposition leader's statement, analyst's comments: not meetings",
            "'Ocean of Peace' declaration: a proposal for the Forum, not adopted, not bilateral",
            "2006 military coup, Cyclone Winston (2016), trade figures: not milestones",
            "Thornley 'did not take part in the leaders' talks': not a participant of meetings[0]",
        ],
        "notes": (
            "Traits: RNZ Pacific layout: headline, date line 'Friday 9 August 2024', by-line, "
            "then 'SUVA (RNZ Pacific) —'; 'today'/'this morning' = 2024-08-09; 'On Thursday "
            "evening' = 2024-08-08 (courtesy call, Suva: he 'flew to Suva in the afternoon'; "
            "State House is in Suva); 'in June' = 2024-06; 'next year' = 2025. "
            "Honorific 'Ratu' dropped (canonical 'Josefa Nadrau'), 'Dr' dropped for the analyst. "
            "meetings[0]: the leaders' talks and the signing are one meeting (two quotes). "
            "meetings[2]: separate ministers' meeting on the same day; Thornley is 'travelling "
            "with the prime minister' and explicitly not in the leaders' talks. "
            "milestones[0-1]: a two-step partnership history (Duavata Partnership 2018 -> "
            "Enhanced Duavata Partnership, this visit, dated by the header). "
            "milestones[2]: real NZ-Fiji Status of Forces Agreement signed June 2023."
        ),
    },
]
