"""Gold labels for the new articles in gold/articles/ (fictional but plausible; see README).

Same record format as labels/seeds.py: GoldMeeting / GoldMilestone fields, ``evidence`` as exact
quotes, ``participants`` as (name, title, country). ``date_resolved`` is given only where the
text pins a month-day to a weekday (the story world's year is 2025, 2024 for g03) or where a
real historical event is referred to; it is never a guess.
"""

IA = ["India", "Australia"]
IF = ["India", "France"]
JK = ["Japan", "South Korea"]
UV = ["United States", "Vietnam"]
IJ = ["Indonesia", "Japan"]
IU = ["India", "United Arab Emirates"]
IV = ["India", "Vietnam"]
JV = ["Japan", "Vietnam"]
AJ = ["Australia", "Japan"]

ARTICLES = [
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "g01_india_australia_2plus2",
        "source_path": "gold/articles/g01_india_australia_2plus2.txt",
        "dateline": "New Delhi, March 3 (PTI)",
        "meetings": [
            {
                "date": None,
                "date_partial": "--03-03",
                "date_resolved": "2025-03-03",
                "date_text": "on Monday",
                "location": "New Delhi",
                "countries": IA,
                "mechanism": "2+2 Dialogue",
                "mechanism_text": "third India-Australia 2+2 Ministerial Dialogue",
                "ordinal": 3,
                "participants": [
                    ("Arvind Raghavan", "External Affairs Minister", "India"),
                    ("Meera Kulkarni", "Defence Minister", "India"),
                    ("Claire Whitfield", "Foreign Minister", "Australia"),
                    ("Thomas Hadley", "Defence Minister", "Australia"),
                ],
                "topics": [
                    "maritime domain awareness",
                    "defence industry collaboration",
                    "critical minerals supply chains",
                    "security situation in the Indo-Pacific",
                ],
                "evidence": [
                    "India and Australia on Monday held the third India-Australia 2+2 "
                    "Ministerial Dialogue in the national capital"
                ],
            },
            {
                "date": None,
                "date_partial": "--03-03",
                "date_resolved": "2025-03-03",
                "date_text": "Earlier in the day",
                "location": "New Delhi",
                "countries": IA,
                "mechanism": "bilateral meeting",
                "participants": [
                    ("Meera Kulkarni", "Defence Minister", "India"),
                    ("Thomas Hadley", "Defence Minister", "Australia"),
                ],
                "topics": [
                    "joint exercises",
                    "submarine rescue cooperation",
                    "co-production of defence equipment",
                ],
                "evidence": [
                    "Earlier in the day, Kulkarni and Hadley held separate talks at South Block"
                ],
            },
            {
                "date": None,
                "date_partial": "--03-03",
                "date_resolved": "2025-03-03",
                "date_text": "before the dialogue",
                "location": None,
                "countries": IA,
                "mechanism": "bilateral meeting",
                "participants": [
                    ("Arvind Raghavan", "External Affairs Minister", "India"),
                    ("Claire Whitfield", "Foreign Minister", "Australia"),
                ],
                "topics": ["proposed clean energy partnership"],
                "evidence": [
                    "Raghavan and Whitfield also met one-on-one before the dialogue and reviewed "
                    "progress on the proposed clean energy partnership"
                ],
            },
            {
                "date": "2021-09",
                "date_resolved": "2021-09-11",
                "date_text": "in September 2021",
                "location": "New Delhi",
                "countries": IA,
                "mechanism": "2+2 Dialogue",
                "mechanism_text": "inaugural dialogue",
                "ordinal": 1,
                "participants": [],
                "evidence": [
                    "The 2+2 format was launched when the two sides held the inaugural dialogue "
                    "in New Delhi in September 2021"
                ],
            },
            {
                "date": "2023-11",
                "date_resolved": "2023-11-20",
                "date_text": "in November 2023",
                "location": None,
                "countries": IA,
                "mechanism": "2+2 Dialogue",
                "mechanism_text": "second round of the dialogue",
                "ordinal": 2,
                "participants": [],
                "evidence": ["The second round of the dialogue took place in November 2023"],
            },
            {
                "date": "2021",
                "date_resolved": "2020-06-04",
                "date_text": "in 2021",
                "location": None,
                "countries": IA,
                "mechanism": "Virtual Summit",
                "mechanism_text": "virtual summit",
                "participants": [],
                "evidence": [
                    "The relationship was upgraded to a Comprehensive Strategic Partnership in "
                    "2021 at a virtual summit between the two prime ministers"
                ],
            },
        ],
        "planned_meetings": [
            {
                "date": None,
                "date_text": "later this year",
                "location": "Canberra",
                "countries": IA,
                "mechanism": "Annual Summit",
                "mechanism_text": "India-Australia Annual Summit",
                "participants": [],
                "evidence": [
                    "The next India-Australia Annual Summit is scheduled to be held in Canberra "
                    "later this year"
                ],
            },
        ],
        "milestones": [
            {
                "name": "Strategic Partnership",
                "kind": "partnership_upgrade",
                "year": 2009,
                "countries": IA,
                "evidence": [
                    "India and Australia elevated their ties to a Strategic Partnership in 2009"
                ],
            },
            {
                "name": "Comprehensive Strategic Partnership",
                "kind": "partnership_upgrade",
                "year": 2021,
                "countries": IA,
                "evidence": [
                    "The relationship was upgraded to a Comprehensive Strategic Partnership in 2021"
                ],
            },
            {
                "name": "2+2 Ministerial Dialogue established",
                "kind": "mechanism_established",
                "year": 2021,
                "date": "2021-09",
                "countries": IA,
                "optional": True,
                "evidence": [
                    "The 2+2 format was launched when the two sides held the inaugural dialogue "
                    "in New Delhi in September 2021"
                ],
            },
        ],
        "excluded": [
            "Deshpande and Lowe 'spoke over the phone last month': a phone call, not a meeting",
            "Whitfield 'will travel to Mumbai on Tuesday to meet business leaders and fintech "
            "start-ups': talks with private-sector people, not officials of the other country",
        ],
        "notes": (
            "Traits: PTI dateline without a year; 'on Monday'; ordinal 'third'; 'inaugural'; "
            "several same-day meetings; surnames only after the first mention; 'Also Read |' "
            "lines; a phone call; planned Annual Summit. "
            "FACTUALLY INCORRECT (deliberate): the article says the Comprehensive Strategic "
            "Partnership and its virtual summit were in 2021; in reality both were on 4 June "
            "2020. Gold keeps what the text states (milestones[1].year 2021, meetings[5].date "
            "'2021'); meetings[5].date_resolved is the real date. "
            "meetings[0-2]: year not in the text; March 3 2025 is a Monday. meetings[2]: "
            "location not stated for the one-on-one (location_resolved New Delhi). "
            "meetings[3-4]: past 2+2 rounds as background; real dates 11 Sep 2021 and 20 Nov "
            "2023. meetings[5]: prime ministers not named for the virtual summit. "
            "planned_meetings[0]: the year is not stated (2025 in the story). "
            "milestones[2] optional: the launch of the 2+2 format is a judgement-call milestone."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "g02_india_france_minister_visit",
        "source_path": "gold/articles/g02_india_france_minister_visit.txt",
        "dateline": "NEW DELHI, Jan 15 (Reuters)",
        "meetings": [
            {
                "date": None,
                "date_partial": "--01-15",
                "date_resolved": "2025-01-15",
                "date_text": "on Wednesday",
                "location": "New Delhi",
                "countries": IF,
                "mechanism": "bilateral meeting",
                "participants": [
                    ("Julien Marchand", "Minister for Europe and Foreign Affairs", "France"),
                    ("Arvind Raghavan", "External Affairs Minister", "India"),
                ],
                "topics": [
                    "Horizon 2047 roadmap",
                    "naval fighter jet programme",
                    "small modular reactors",
                    "Indo-Pacific",
                ],
                "evidence": [
                    "French Minister for Europe and Foreign Affairs Julien Marchand held talks "
                    "with Indian External Affairs Minister Arvind Raghavan in New Delhi on "
                    "Wednesday"
                ],
            },
            {
                "date": None,
                "date_partial": "--01-15",
                "date_resolved": "2025-01-15",
                "date_text": "Later on Wednesday",
                "location": None,
                "countries": IF,
                "mechanism": "courtesy call",
                "mechanism_text": "courtesy call",
                "participants": [
                    ("Julien Marchand", "Minister for Europe and Foreign Affairs", "France"),
                    ("Narayan Deshpande", "Prime Minister", "India"),
                ],
                "evidence": [
                    "Later on Wednesday, Marchand paid a courtesy call on Prime Minister Narayan "
                    "Deshpande"
                ],
            },
        ],
        "planned_meetings": [
            {
                "date": None,
                "date_resolved": "2025-02",
                "date_text": "next month",
                "location": None,
                "countries": IF,
                "mechanism": "bilateral meeting",
                "participants": [
                    ("Étienne Valois", "President", "France"),
                    ("Narayan Deshpande", "Prime Minister", "India"),
                ],
                "evidence": [
                    "Valois is expected to visit India next month for talks with Deshpande"
                ],
            },
        ],
        "milestones": [
            {
                "name": "Strategic Partnership",
                "kind": "partnership_upgrade",
                "year": 1998,
                "countries": IF,
                "evidence": [
                    "India and France established a strategic partnership in 1998",
                    "Our partnership, launched in 1998",
                ],
            },
            {
                "name": "Horizon 2047 roadmap",
                "kind": "agreement",
                "year": 2023,
                "date": "2023-07",
                "countries": IF,
                "evidence": ["In July 2023, the two sides adopted the Horizon 2047 roadmap"],
            },
        ],
        "excluded": [
            "Marchand 'is due to deliver a lecture ... at a New Delhi think tank' on Thursday: a "
            "speech, not a meeting",
            "Marchand 'met Indian business leaders at a lunch hosted by the French embassy': "
            "private-sector people, not officials",
            "'Marchand told reporters after the meeting': a statement to the press",
        ],
        "notes": (
            "Traits: Reuters dateline without a year; courtesy call; planned visit with a "
            "relative date ('next month'); a name with an accent (Étienne Valois); a fact "
            "repeated in a quoted statement (milestones[0] has two evidence quotes); speech and "
            "business lunch excluded; Reuters reporting credit line. "
            "meetings[0-1]: Jan 15 2025 is a Wednesday; year not in the text. meetings[1]: "
            "location not stated (location_resolved New Delhi). "
            "planned_meetings[0]: 'talks with Deshpande' during a visit; no summit is named, so "
            "'bilateral meeting' (as the seeds do for PM-PM talks); month only from the "
            "dateline, year unknown, so strict date null."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "g03_japan_south_korea_foreign_ministers",
        "source_path": "gold/articles/g03_japan_south_korea_foreign_ministers.txt",
        "dateline": "Seoul, 12 May 2024",
        "meetings": [
            {
                "date": "2024-05-11",
                "date_partial": "--05-11",
                "date_text": "yesterday",
                "location": "Seoul",
                "countries": JK,
                "mechanism": "bilateral meeting",
                "participants": [
                    ("Haruka Nishimoto", "Foreign Minister", "Japan"),
                    ("Kang Min-ho", "Foreign Minister", "South Korea"),
                ],
                "topics": [
                    "North Korea's ballistic missile launches",
                    "semiconductor supply chain cooperation",
                    "youth exchanges",
                    "preparations for the trilateral summit",
                ],
                "evidence": [
                    "Japanese Foreign Minister Haruka Nishimoto and South Korean Foreign "
                    "Minister Kang Min-ho held talks in Seoul yesterday"
                ],
            },
            {
                "date": "2024-05-11",
                "date_partial": "--05-11",
                "date_text": "on Saturday evening",
                "location": None,
                "countries": JK,
                "mechanism": "bilateral meeting",
                "participants": [
                    ("Haruka Nishimoto", "Foreign Minister", "Japan"),
                    ("Cho", "National Security Office chief", "South Korea"),
                ],
                "evidence": [
                    "Nishimoto also met National Security Office chief Cho on Saturday evening"
                ],
            },
            {
                "date": "2023-03",
                "date_resolved": "2023-03-16",
                "date_text": "in March 2023",
                "location": "Tokyo",
                "countries": JK,
                "mechanism": "bilateral summit",
                "mechanism_text": "summit",
                "participants": [],
                "evidence": [
                    "Relations thawed in March 2023, when the South Korean president visited "
                    "Tokyo for a summit with the Japanese prime minister"
                ],
            },
        ],
        "planned_meetings": [
            {
                "date": "2024-05",
                "date_text": "later this month",
                "location": "Seoul",
                "countries": JK,
                "mechanism": "bilateral summit",
                "mechanism_text": "bilateral summit",
                "participants": [
                    ("Kenji Sakamoto", "Prime Minister", "Japan"),
                    ("Han Seung-woo", "President", "South Korea"),
                ],
                "evidence": [
                    "Japanese Prime Minister Kenji Sakamoto and South Korean President Han "
                    "Seung-woo are expected to hold a bilateral summit on the sidelines of the "
                    "trilateral meeting"
                ],
            },
        ],
        "milestones": [
            {
                "name": "Treaty on Basic Relations (normalisation of diplomatic relations)",
                "kind": "agreement",
                "year": 1965,
                "countries": JK,
                "evidence": [
                    "Japan and South Korea normalised diplomatic relations in 1965 with the "
                    "Treaty on Basic Relations"
                ],
            },
            {
                "name": "Kim Dae-jung–Obuchi Joint Declaration",
                "kind": "agreement",
                "year": 1998,
                "countries": JK,
                "evidence": [
                    "A 1998 joint declaration by President Kim Dae-jung and Prime Minister "
                    "Keizo Obuchi"
                ],
            },
            {
                "name": "Resumption of shuttle diplomacy",
                "kind": "other",
                "year": 2023,
                "date": "2023-03",
                "countries": JK,
                "evidence": [
                    'the two countries resumed "shuttle diplomacy", the regular reciprocal '
                    "visits by their leaders"
                ],
            },
        ],
        "excluded": [
            "Japan-China-South Korea trilateral summit 'which Seoul will host later this "
            "month': multilateral (three countries), not bilateral",
            "1998 joint declaration by Kim Dae-jung and Keizo Obuchi: a declaration is "
            "reported, not the meeting at which it was made; do not penalise a system that lists "
            "that meeting",
            "'Kang told reporters': a statement to the press",
        ],
        "notes": (
            "Traits: dateline with a full date (12 May 2024, a Sunday) so 'yesterday' and 'on "
            "Saturday evening' resolve to 2024-05-11; a person named ONLY by surname ('Cho'); "
            "trilateral meeting excluded while the bilateral summit on its sidelines is planned; "
            "history with a treaty, a declaration and a resumed mechanism; ALSO READ list. "
            "Korean names are kept family-name first as written (Kang Min-ho, Han Seung-woo). "
            "meetings[1]: place not stated (Seoul in context). meetings[2]: leaders not named; "
            "real event (Yoon-Kishida summit, 16 March 2023). planned_meetings[0]: month from "
            "'later this month' of the trilateral it is held alongside; Seoul because the "
            "trilateral is hosted there. milestones[2]: kind 'other' (a mechanism resumed, not "
            "established)."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "g04_us_vietnam_dialogue",
        "source_path": "gold/articles/g04_us_vietnam_dialogue.txt",
        "dateline": "HANOI, March 6 (Reuters)",
        "meetings": [
            {
                "date": "2025-03-05",
                "date_partial": "--03-05",
                "date_text": "on Wednesday (March 5, 2025)",
                "location": "Hanoi",
                "countries": UV,
                "mechanism": "bilateral meeting",
                "mechanism_text": "14th round of the U.S.-Vietnam Political, Security and "
                "Defense Dialogue",
                "ordinal": 14,
                "participants": [
                    ("Margaret Ellison", "Deputy Secretary of State", "United States"),
                    ("Pham Quoc Hung", "Deputy Foreign Minister", "Vietnam"),
                ],
                "topics": [
                    "maritime security in the South China Sea",
                    "war legacy issues",
                    "dioxin clean-up",
                    "defense cooperation",
                    "semiconductor supply chains",
                ],
                "evidence": [
                    "U.S. Deputy Secretary of State Margaret Ellison met Vietnamese Deputy "
                    "Foreign Minister Pham Quoc Hung in Hanoi on Wednesday (March 5, 2025) for "
                    "the 14th round of the U.S.-Vietnam Political, Security and Defense Dialogue"
                ],
            },
            {
                "date": "2025-03-06",
                "date_partial": "--03-06",
                "date_text": "On Thursday",
                "location": None,
                "countries": UV,
                "mechanism": "bilateral meeting",
                "participants": [
                    ("Margaret Ellison", "Deputy Secretary of State", "United States"),
                    ("Tran Van Loc", "Minister of Public Security", "Vietnam"),
                ],
                "topics": ["law enforcement cooperation", "transnational crime"],
                "evidence": [
                    "On Thursday, Ellison met Vietnam's Minister of Public Security, General "
                    "Tran Van Loc"
                ],
            },
        ],
        "planned_meetings": [
            {
                "date": "2026",
                "date_text": "in 2026",
                "location": "Washington",
                "countries": UV,
                "mechanism": "bilateral meeting",
                "mechanism_text": "next round of the dialogue",
                "participants": [],
                "evidence": [
                    "The two sides agreed to hold the next round of the dialogue in Washington "
                    "in 2026"
                ],
            },
        ],
        "milestones": [
            {
                "name": "Normalisation of relations",
                "kind": "other",
                "year": 1995,
                "countries": UV,
                "evidence": ["Washington and Hanoi normalised relations in 1995"],
            },
            {
                "name": "Comprehensive Partnership",
                "kind": "partnership_upgrade",
                "year": 2013,
                "countries": UV,
                "evidence": ["established a Comprehensive Partnership in 2013"],
            },
            {
                "name": "Comprehensive Strategic Partnership",
                "kind": "partnership_upgrade",
                "year": 2023,
                "date": "2023-09",
                "countries": UV,
                "evidence": [
                    "upgraded ties to a Comprehensive Strategic Partnership in September 2023"
                ],
            },
        ],
        "excluded": [
            "'the two countries' leaders spoke by telephone in January': a phone call",
            "the U.S. president's September 2023 visit to Hanoi: a visit is reported, not a "
            "meeting (no counterpart); do not penalise a system that lists it",
            "Ellison 'will travel on to Jakarta on Friday for meetings at the ASEAN "
            "Secretariat': multilateral body, not Vietnam",
            "'Hung told reporters': a statement to the press",
        ],
        "notes": (
            "Traits: 'on Wednesday (March 5, 2025)' gives the year, so 'On Thursday' resolves "
            "to 2025-03-06 from the text alone; ordinal on a mechanism outside the controlled "
            "vocabulary ('bilateral meeting' + mechanism_text); Vietnamese names kept as "
            "written (family name first) and referred to by the final given name after first "
            "mention ('Hung'); 'General' is a rank, not part of the name; phone call and "
            "ASEAN excluded. meetings[1]: place not stated (Hanoi in context). "
            "planned_meetings[0]: 'next round' implies the 15th but the number is not stated, "
            "so ordinal is null."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "g05_indonesia_japan_summit",
        "source_path": "gold/articles/g05_indonesia_japan_summit.txt",
        "dateline": "Jakarta, 22 September 2025",
        "meetings": [
            {
                "date": "2025-09-22",
                "date_partial": "--09-22",
                "date_text": "on Monday",
                "location": "Jakarta",
                "countries": IJ,
                "mechanism": "bilateral summit",
                "mechanism_text": "summit",
                "participants": [
                    ("Adi Wirawan", "President", "Indonesia"),
                    ("Kenji Sakamoto", "Prime Minister", "Japan"),
                ],
                "topics": ["energy transition", "maritime security", "food security"],
                "evidence": [
                    "Indonesian President Adi Wirawan and Japanese Prime Minister Kenji Sakamoto "
                    "held a summit at the Merdeka Palace on Monday"
                ],
            },
            {
                "date": "2025",
                "date_text": "earlier this year",
                "location": "Tokyo",
                "countries": IJ,
                "mechanism": "bilateral meeting",
                "participants": [
                    ("Sari Pratiwi", "Foreign Minister", "Indonesia"),
                    ("Yuki Morimoto", "Foreign Minister", "Japan"),
                ],
                "topics": ["preparations for the visit"],
                "evidence": [
                    "Indonesian Foreign Minister Sari Pratiwi had met her Japanese counterpart "
                    "Yuki Morimoto in Tokyo earlier this year"
                ],
            },
        ],
        "planned_meetings": [
            {
                "date": "2025",
                "date_text": "before the end of the year",
                "location": "Tokyo",
                "countries": IJ,
                "mechanism": "2+2 Dialogue",
                "mechanism_text": "third Japan-Indonesia 2+2 Foreign and Defence Ministerial "
                "Meeting",
                "ordinal": 3,
                "participants": [],
                "evidence": [
                    "The two sides will hold the third Japan-Indonesia 2+2 Foreign and Defence "
                    "Ministerial Meeting in Tokyo before the end of the year"
                ],
            },
        ],
        "milestones": [
            {
                "name": "Diplomatic relations established",
                "kind": "other",
                "year": 1958,
                "countries": IJ,
                "evidence": ["Japan and Indonesia established diplomatic relations in 1958"],
            },
            {
                "name": "Strategic Partnership",
                "kind": "partnership_upgrade",
                "year": 2006,
                "countries": IJ,
                "evidence": ["The two countries forged a Strategic Partnership in 2006"],
            },
            {
                "name": "Comprehensive Strategic Partnership",
                "kind": "partnership_upgrade",
                "year": 2023,
                "date": "2023-12",
                "countries": IJ,
                "evidence": [
                    "elevated it to a Comprehensive Strategic Partnership in December 2023"
                ],
            },
            {
                "name": "Indonesia-Japan Economic Partnership Agreement",
                "kind": "agreement",
                "year": 2008,
                "countries": IJ,
                "evidence": [
                    "The Indonesia-Japan Economic Partnership Agreement, which took effect in 2008"
                ],
            },
            {
                "name": "Memorandum of cooperation on energy transition financing",
                "kind": "agreement",
                "year": 2025,
                "date": "2025-09-22",
                "countries": IJ,
                "evidence": [
                    "The two leaders witnessed the signing of a memorandum of cooperation on "
                    "energy transition financing"
                ],
            },
        ],
        "excluded": [
            "Sakamoto 'delivered a speech at the University of Indonesia': a speech",
            "Sakamoto 'met executives of Japanese companies operating in the country': private "
            "companies, and of his own country",
            "Sakamoto 'arrived in Jakarta on Sunday': an arrival, not a meeting",
        ],
        "notes": (
            "Traits: dateline with a full date (22 September 2025, a Monday); 'earlier this "
            "year' resolves to year precision; planned 2+2 with an ordinal ('third'); "
            "diplomatic-relations year, two upgrades, an FTA and a memorandum signed at the "
            "summit. meetings[0]: Merdeka Palace is in Jakarta (location normalised to the "
            "city). meetings[1]: Morimoto's title comes from 'her Japanese counterpart'. "
            "planned_meetings[0]: the '2+2 Foreign and Defence Ministerial Meeting' is the 2+2 "
            "format; 'before the end of the year' gives 2025."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "g06_india_uae_joint_commission",
        "source_path": "gold/articles/g06_india_uae_joint_commission.txt",
        "dateline": "Abu Dhabi, June 11 (IANS)",
        "meetings": [
            {
                "date": None,
                "date_partial": "--06-11",
                "date_resolved": "2025-06-11",
                "date_text": "on Wednesday",
                "location": "Abu Dhabi",
                "countries": IU,
                "mechanism": "Joint Commission",
                "mechanism_text": "15th meeting of the India-UAE Joint Commission",
                "ordinal": 15,
                "participants": [
                    ("Arvind Raghavan", "External Affairs Minister", "India"),
                    ("Saif bin Khalid Al Mansoori", "Foreign Minister", "United Arab Emirates"),
                ],
                "topics": ["trade", "investment", "energy", "food security", "fintech"],
                "evidence": [
                    "External Affairs Minister Arvind Raghavan and UAE Foreign Minister Sheikh "
                    "Saif bin Khalid Al Mansoori on Wednesday co-chaired the 15th meeting of the "
                    "India-UAE Joint Commission"
                ],
            },
            {
                "date": None,
                "date_partial": "--06-11",
                "date_resolved": "2025-06-11",
                "date_text": "on Wednesday",
                "location": "Abu Dhabi",
                "countries": IU,
                "mechanism": "Strategic Dialogue",
                "mechanism_text": "5th India-UAE Strategic Dialogue",
                "ordinal": 5,
                "participants": [
                    ("Arvind Raghavan", "External Affairs Minister", "India"),
                    ("Saif bin Khalid Al Mansoori", "Foreign Minister", "United Arab Emirates"),
                ],
                "topics": [
                    "regional security",
                    "connectivity",
                    "India-Middle East-Europe Economic Corridor",
                    "defence cooperation",
                ],
                "evidence": [
                    "External Affairs Minister Arvind Raghavan and UAE Foreign Minister Sheikh "
                    "Saif bin Khalid Al Mansoori on Wednesday co-chaired the 15th meeting of the "
                    "India-UAE Joint Commission and the 5th India-UAE Strategic Dialogue in Abu "
                    "Dhabi"
                ],
            },
            {
                "date": None,
                "date_text": None,
                "location": None,
                "countries": IU,
                "mechanism": "bilateral meeting",
                "participants": [
                    ("Arvind Raghavan", "External Affairs Minister", "India"),
                    (
                        "Noura Al Suwaidi",
                        "Minister of State for Foreign Trade",
                        "United Arab Emirates",
                    ),
                ],
                "topics": ["implementation of the trade pact", "rupee-dirham settlement system"],
                "evidence": [
                    "Raghavan also met the UAE Minister of State for Foreign Trade, Dr. Noura "
                    "Al Suwaidi"
                ],
            },
            {
                "date": None,
                "date_resolved": "2025-05",
                "date_text": "Last month",
                "location": "New Delhi",
                "countries": IU,
                "mechanism": "bilateral meeting",
                "participants": [
                    ("Rohit Bansal", "Commerce and Industry Minister", "India"),
                    (
                        "Noura Al Suwaidi",
                        "Minister of State for Foreign Trade",
                        "United Arab Emirates",
                    ),
                ],
                "topics": ["functioning of the trade agreement"],
                "evidence": [
                    "Last month, Commerce and Industry Minister Rohit Bansal met Al Suwaidi in "
                    "New Delhi"
                ],
            },
            {
                "date": "2022-02-18",
                "date_partial": "--02-18",
                "date_text": "on February 18, 2022",
                "location": None,
                "countries": IU,
                "mechanism": "Virtual Summit",
                "mechanism_text": "virtual summit",
                "participants": [],
                "topics": ["CEPA signing"],
                "evidence": [
                    "was signed on February 18, 2022, during a virtual summit between the "
                    "leaders of the two countries"
                ],
            },
        ],
        "milestones": [
            {
                "name": "Strategic Partnership",
                "kind": "partnership_upgrade",
                "year": 2015,
                "date": "2015-08",
                "countries": IU,
                "evidence": [
                    "India and the UAE established a Strategic Partnership during the Prime "
                    "Minister's visit to the UAE in August 2015"
                ],
            },
            {
                "name": "Comprehensive Strategic Partnership",
                "kind": "partnership_upgrade",
                "year": 2017,
                "date": "2017-01",
                "countries": IU,
                "evidence": [
                    "elevated it to a Comprehensive Strategic Partnership in January 2017"
                ],
            },
            {
                "name": "India-UAE Comprehensive Economic Partnership Agreement (CEPA)",
                "kind": "agreement",
                "year": 2022,
                "date": "2022-02-18",
                "countries": IU,
                "evidence": [
                    "The India-UAE Comprehensive Economic Partnership Agreement (CEPA) was "
                    "signed on February 18, 2022"
                ],
            },
            {
                "name": "India-UAE CEPA enters into force",
                "kind": "agreement",
                "year": 2022,
                "date": "2022-05-01",
                "countries": IU,
                "optional": True,
                "evidence": ["came into force on May 1, 2022"],
            },
            {
                "name": "Bilateral Investment Treaty",
                "kind": "agreement",
                "year": 2024,
                "date": "2024-02",
                "countries": IU,
                "evidence": ["A Bilateral Investment Treaty was signed in February 2024"],
            },
        ],
        "excluded": [
            "the Prime Minister's August 2015 visit to the UAE: a visit is reported, not a "
            "meeting (no counterpart named)",
            "'Follow us on Google News ... Click here to get news on WhatsApp': site furniture",
        ],
        "notes": (
            "Traits: IANS dateline without a year; two mechanisms co-chaired by the same "
            "ministers on the same day are two meetings (as seed 001 does), both with "
            "ordinals; the Joint Commission and the foreign ministers' Strategic Dialogue map to "
            "the controlled 'Joint Commission' and 'Strategic Dialogue'; honorifics 'Sheikh' "
            "and 'Dr.' dropped from canonical names; 'Last month' with no year in the text; a "
            "background virtual summit with a full date. meetings[0-1]: June 11 2025 is a "
            "Wednesday. meetings[2]: "
            "day and place not stated (same visit; Abu Dhabi, probably Wednesday). meetings[3]: "
            "May, year not stated. milestones[3] optional: entry into force of an agreement "
            "already labelled at signing; CEPA also appears in g07 (in-force date only)."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "g07_india_uae_trade_data",
        "source_path": "gold/articles/g07_india_uae_trade_data.txt",
        "dateline": "New Delhi, Aug 24",
        "milestones": [
            {
                "name": "India-UAE Comprehensive Economic Partnership Agreement (CEPA)",
                "kind": "agreement",
                "year": 2022,
                "date": "2022-05",
                "countries": IU,
                "evidence": [
                    "since the India-UAE Comprehensive Economic Partnership Agreement (CEPA) "
                    "came into force in May 2022"
                ],
            },
            {
                "name": "Local currency (rupee-dirham) settlement framework",
                "kind": "agreement",
                "year": 2023,
                "date": "2023-07",
                "countries": IU,
                "optional": True,
                "evidence": [
                    "The two central banks signed a framework in July 2023 to promote the use "
                    "of the rupee and the dirham in bilateral trade"
                ],
            },
        ],
        "excluded": [
            "'the next meeting of the joint committee on CEPA, for which dates are yet to be "
            "finalised': no date, place or participants; too vague for 'planned' (as seed 002's "
            "'forthcoming engagements'); do not penalise a system that lists it",
            "'a commerce ministry official said': a statement, not a meeting",
            "'target of USD 100 billion in non-oil bilateral trade by 2030': a target, not a "
            "milestone",
        ],
        "notes": (
            "Trade-statistics story with NO meeting, held or planned. The only CEPA date given "
            "is entry into force (May 2022), so the milestone is dated to it (g06 dates CEPA "
            "to its signing, 2022-02-18). milestones[1] optional: a central-bank framework, a "
            "judgement call as a relationship milestone. ALSO READ lines and '(With inputs "
            "from agencies)' are site furniture."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "g08_india_vietnam_foc",
        "source_path": "gold/articles/g08_india_vietnam_foc.txt",
        "dateline": "Hanoi, April 7 (PTI)",
        "meetings": [
            {
                "date": None,
                "date_partial": "--04-07",
                "date_resolved": "2025-04-07",
                "date_text": "on Monday",
                "location": "Hanoi",
                "countries": IV,
                "mechanism": "Foreign Office Consultations",
                "mechanism_text": "13th round of Foreign Office Consultations",
                "ordinal": 13,
                "participants": [
                    ("Neha Srinivasan", "Secretary (East)", "India"),
                    ("Tran Duc Minh", "Deputy Foreign Minister", "Vietnam"),
                ],
                "topics": [
                    "defence and maritime cooperation",
                    "trade and investment",
                    "development partnership projects",
                    "energy",
                    "people-to-people exchanges",
                    "South China Sea",
                ],
                "evidence": [
                    "India and Vietnam held the 13th round of Foreign Office Consultations here "
                    "on Monday"
                ],
            },
            {
                "date": None,
                "date_partial": "--04-06",
                "date_resolved": "2025-04-06",
                "date_text": "A day earlier",
                "location": None,
                "countries": IV,
                "mechanism": "courtesy call",
                "participants": [
                    ("Neha Srinivasan", "Secretary (East)", "India"),
                    ("Le Hoang Anh", "Foreign Minister", "Vietnam"),
                ],
                "evidence": [
                    "A day earlier, Srinivasan called on Vietnamese Foreign Minister Le Hoang Anh"
                ],
            },
            {
                "date": None,
                "date_partial": "--04-07",
                "date_resolved": "2025-04-07",
                "date_text": "On Monday",
                "location": None,
                "countries": IV,
                "mechanism": "bilateral meeting",
                "participants": [
                    ("Neha Srinivasan", "Secretary (East)", "India"),
                    (
                        "Do Van Thanh",
                        "Vice Chairman of the Central External Relations Commission of the "
                        "Communist Party of Vietnam",
                        "Vietnam",
                    ),
                ],
                "topics": ["party-to-party exchanges", "parliamentary exchanges"],
                "evidence": ["On Monday, she also met Do Van Thanh"],
            },
            {
                "date": "2020-12",
                "date_resolved": "2020-12-21",
                "date_text": "in December 2020",
                "location": None,
                "countries": IV,
                "mechanism": "Virtual Summit",
                "mechanism_text": "virtual summit",
                "participants": [],
                "topics": ["Joint Vision for Peace, Prosperity and People"],
                "evidence": [
                    "At a virtual summit in December 2020, the prime ministers of the two "
                    "countries adopted the Joint Vision for Peace, Prosperity and People"
                ],
            },
        ],
        "planned_meetings": [
            {
                "date": None,
                "date_text": "later this year",
                "location": "New Delhi",
                "countries": IV,
                "mechanism": "Joint Commission",
                "mechanism_text": "19th meeting of the India-Vietnam Joint Commission",
                "ordinal": 19,
                "participants": [],
                "evidence": [
                    "The two sides agreed to hold the 19th meeting of the India-Vietnam Joint "
                    "Commission"
                ],
            },
        ],
        "milestones": [
            {
                "name": "Strategic Partnership",
                "kind": "partnership_upgrade",
                "year": 2007,
                "countries": IV,
                "evidence": ["India and Vietnam established a Strategic Partnership in 2007"],
            },
            {
                "name": "Comprehensive Strategic Partnership",
                "kind": "partnership_upgrade",
                "year": 2016,
                "countries": IV,
                "evidence": ["which was elevated to a Comprehensive Strategic Partnership in 2016"],
            },
            {
                "name": "Joint Vision for Peace, Prosperity and People",
                "kind": "agreement",
                "year": 2020,
                "date": "2020-12",
                "countries": IV,
                "evidence": [
                    "the prime ministers of the two countries adopted the Joint Vision for "
                    "Peace, Prosperity and People"
                ],
            },
        ],
        "excluded": [
            "the Prime Minister's 2016 visit to Hanoi: a visit is reported, not a meeting (no "
            "counterpart named)",
        ],
        "notes": (
            "Traits: the '13th round of Foreign Office Consultations' (ordinal); 'here' = the "
            "dateline city; 'A day earlier' resolves to --04-06 from the dateline alone; a "
            "courtesy call written only as the verb 'called on' (mechanism_text null); a "
            "planned Joint Commission with an ordinal; Oneindia-style notification prompts and "
            "'Recommended Video'. April 7 2025 is a Monday. meetings[1-2]: place not stated "
            "(Hanoi in context). planned_meetings[0]: 'co-chaired by the two foreign ministers' "
            "who are not named; the year is not stated."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "g09_india_australia_annual_summit",
        "source_path": "gold/articles/g09_india_australia_annual_summit.txt",
        "dateline": None,
        "meetings": [
            {
                "date": None,
                "date_text": "yesterday",
                "location": "Canberra",
                "countries": IA,
                "mechanism": "Annual Summit",
                "mechanism_text": "fourth India-Australia Annual Summit",
                "ordinal": 4,
                "participants": [
                    ("Narayan Deshpande", "Prime Minister", "India"),
                    ("Gregory Lowe", "Prime Minister", "Australia"),
                ],
                "topics": ["critical minerals", "clean energy", "education", "defence"],
                "evidence": [
                    "Prime Minister Narayan Deshpande and his Australian counterpart Gregory "
                    "Lowe held the fourth India-Australia Annual Summit in Canberra yesterday"
                ],
            },
            {
                "date": None,
                "date_text": "in June",
                "location": "Kananaskis",
                "countries": IA,
                "mechanism": "bilateral meeting",
                "participants": [
                    ("Narayan Deshpande", "Prime Minister", "India"),
                    ("Gregory Lowe", "Prime Minister", "Australia"),
                ],
                "topics": ["summit agenda"],
                "evidence": [
                    "The two leaders had met earlier this year on the sidelines of the G7 summit "
                    "in Kananaskis, Canada, in June"
                ],
            },
            {
                "date": "2022-03",
                "date_resolved": "2022-03-21",
                "date_text": "in March 2022",
                "location": None,
                "countries": IA,
                "mechanism": "Annual Summit",
                "mechanism_text": "first Annual Summit",
                "ordinal": 1,
                "participants": [],
                "evidence": ["The first Annual Summit was held virtually in March 2022"],
            },
        ],
        "milestones": [
            {
                "name": "Critical Minerals Investment Partnership",
                "kind": "agreement",
                "year": None,
                "countries": IA,
                "evidence": ["The two sides signed a Critical Minerals Investment Partnership"],
            },
            {
                "name": "Memorandum of understanding on mutual recognition of qualifications",
                "kind": "agreement",
                "year": None,
                "countries": IA,
                "optional": True,
                "evidence": [
                    "a memorandum of understanding on mutual recognition of qualifications"
                ],
            },
            {
                "name": "Comprehensive Strategic Partnership",
                "kind": "partnership_upgrade",
                "year": 2020,
                "date": "2020-06",
                "countries": IA,
                "evidence": [
                    "the two countries elevated their ties to a Comprehensive Strategic "
                    "Partnership in June 2020"
                ],
            },
            {
                "name": "Annual Summit mechanism begins",
                "kind": "mechanism_established",
                "year": 2022,
                "date": "2022-03",
                "countries": IA,
                "optional": True,
                "evidence": ["The first Annual Summit was held virtually in March 2022"],
            },
        ],
        "excluded": [
            "Deshpande 'addressed a joint sitting of the Australian Parliament': a speech",
            "Deshpande 'spoke at a community reception in Sydney': a speech/public event",
            "the G7 summit in Kananaskis: multilateral (the bilateral meeting on its sidelines "
            "is labelled)",
            "'the Quad Leaders' Summit to be hosted by India next year': multilateral",
        ],
        "notes": (
            "Traits: NO dateline, so 'yesterday', 'earlier this year' and 'in June' give no "
            "date at all (strict date null everywhere the year or day is not written); a "
            "bilateral meeting on the sidelines of a multilateral summit counts as a meeting; "
            "agreements signed at the summit have no year in the text (year null); the correct "
            "CSP year (June 2020) against g01's wrong 2021; 'Recommended Video', '(With inputs "
            "from agencies)' and ALSO READ furniture. Headline in the first line. The summit "
            "follows up g01's planned Annual Summit in Canberra. meetings[1]: participants from "
            "'The two leaders' (coreference). meetings[2]: held virtually, but the text names it "
            "'first Annual Summit', and 'Annual Summit' precedes 'Virtual Summit' in the "
            "controlled vocabulary; real date 21 March 2022. milestones[3] optional: start of "
            "the annual summit mechanism, judgement call."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "g10_japan_vietnam_planned_visit",
        "source_path": "gold/articles/g10_japan_vietnam_planned_visit.txt",
        "dateline": "TOKYO, Oct 14 (Reuters)",
        "planned_meetings": [
            {
                "date": None,
                "date_partial": "--10-20",
                "date_resolved": "2025-10-20",
                "date_text": "on Oct. 20",
                "location": "Hanoi",
                "countries": JV,
                "mechanism": "bilateral meeting",
                "participants": [
                    ("Kenji Sakamoto", "Prime Minister", "Japan"),
                    ("Vo Thanh Long", "Prime Minister", "Vietnam"),
                ],
                "topics": ["supply chains", "security ties"],
                "evidence": [
                    "Japanese Prime Minister Kenji Sakamoto will visit Vietnam next week and "
                    "hold talks with Vietnamese Prime Minister Vo Thanh Long in Hanoi on Oct. 20"
                ],
            },
            {
                "date": None,
                "date_partial": "--10-21",
                "date_resolved": "2025-10-21",
                "date_text": "on Oct. 21",
                "location": None,
                "countries": JV,
                "mechanism": "bilateral meeting",
                "participants": [
                    ("Kenji Sakamoto", "Prime Minister", "Japan"),
                    ("Nguyen Van Duc", "Communist Party General Secretary", "Vietnam"),
                ],
                "evidence": [
                    "Sakamoto is also scheduled to meet Communist Party General Secretary Nguyen "
                    "Van Duc on Oct. 21"
                ],
            },
            {
                "date": None,
                "date_resolved": "2025-12",
                "date_text": "in December",
                "location": "Tokyo",
                "countries": JV,
                "mechanism": "bilateral meeting",
                "mechanism_text": "16th meeting of the Japan-Vietnam Cooperation Committee",
                "ordinal": 16,
                "participants": [],
                "evidence": [
                    "The foreign ministers of the two countries will co-chair the 16th meeting "
                    "of the Japan-Vietnam Cooperation Committee in Tokyo in December"
                ],
            },
        ],
        "milestones": [
            {
                "name": "Diplomatic relations established",
                "kind": "other",
                "year": 1973,
                "countries": JV,
                "evidence": ["Japan and Vietnam established diplomatic relations in 1973"],
            },
            {
                "name": "Strategic Partnership",
                "kind": "partnership_upgrade",
                "year": 2009,
                "countries": JV,
                "evidence": ["They set up a Strategic Partnership in 2009"],
            },
            {
                "name": "Extensive Strategic Partnership",
                "kind": "partnership_upgrade",
                "year": 2014,
                "countries": JV,
                "evidence": ["upgraded it to an Extensive Strategic Partnership in 2014"],
            },
            {
                "name": "Comprehensive Strategic Partnership",
                "kind": "partnership_upgrade",
                "year": 2023,
                "date": "2023-11",
                "countries": JV,
                "evidence": [
                    "elevated ties to a Comprehensive Strategic Partnership in November 2023"
                ],
            },
        ],
        "excluded": [
            "Sakamoto 'will attend the ASEAN summit in Kuala Lumpur': multilateral",
            "'He and Long spoke by phone in July': a phone call",
            "'Chief Cabinet Secretary Ryota Kawamura told a regular news conference': a press "
            "conference, not a meeting",
            "agreements 'expected to sign' on semiconductors, rare earths and workers: future, "
            "not yet milestones",
        ],
        "notes": (
            "Traits: only PLANNED meetings, no held one ('will visit ... and hold talks', "
            "'scheduled to meet', 'will co-chair', 'Preparations for the visit'); dates as "
            "'Oct. 20' with no year (date_partial only; Oct 14 2025 is the Tuesday of the "
            "dateline, so date_resolved uses 2025); planned ordinal ('16th'); phone call and "
            "ASEAN excluded; four-step partnership history. planned_meetings[1]: place not "
            "stated (Hanoi in context). planned_meetings[2]: foreign ministers not named; "
            "December of an unstated year."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "g11_australia_japan_defence",
        "source_path": "gold/articles/g11_australia_japan_defence.txt",
        "dateline": "Darwin, 24 August 2025 (AAP)",
        "meetings": [
            {
                "date": "2025-08-24",
                "date_partial": "--08-24",
                "date_text": "on Sunday",
                "location": "Darwin",
                "countries": AJ,
                "mechanism": "bilateral meeting",
                "mechanism_text": "annual Australia-Japan Defence Ministers' Meeting",
                "participants": [
                    (
                        "Graham Sutton",
                        "Deputy Prime Minister and Minister for Defence",
                        "Australia",
                    ),
                    ("Hiroshi Takeda", "Minister of Defense", "Japan"),
                ],
                "topics": [
                    "joint exercises in northern Australia",
                    "rotation of Japanese F-35 aircraft",
                    "long-range missiles",
                    "maritime surveillance",
                ],
                "evidence": [
                    "Australia's Deputy Prime Minister and Minister for Defence Graham Sutton "
                    "and Japan's Minister of Defense Hiroshi Takeda met in Darwin on Sunday for "
                    "the annual Australia-Japan Defence Ministers' Meeting"
                ],
            },
            {
                "date": None,
                "date_text": None,
                "location": None,
                "countries": AJ,
                "mechanism": "courtesy call",
                "mechanism_text": "courtesy call",
                "participants": [
                    ("Hiroshi Takeda", "Minister of Defense", "Japan"),
                    ("Lisa Grant", "Northern Territory Chief Minister", "Australia"),
                ],
                "optional": True,
                "evidence": [
                    "Takeda also paid a courtesy call on Northern Territory Chief Minister Lisa "
                    "Grant"
                ],
            },
            {
                "date": "2022-01",
                "date_resolved": "2022-01-06",
                "date_text": "in January 2022",
                "location": None,
                "countries": AJ,
                "mechanism": "Virtual Summit",
                "mechanism_text": "virtual summit",
                "participants": [],
                "topics": ["Reciprocal Access Agreement signing"],
                "evidence": [
                    "signed a Reciprocal Access Agreement at a virtual summit in January 2022"
                ],
            },
        ],
        "milestones": [
            {
                "name": "Joint Declaration on Security Cooperation",
                "kind": "agreement",
                "year": 2007,
                "countries": AJ,
                "evidence": [
                    "Australia and Japan signed a Joint Declaration on Security Cooperation in 2007"
                ],
            },
            {
                "name": "Special Strategic Partnership",
                "kind": "partnership_upgrade",
                "year": 2014,
                "countries": AJ,
                "evidence": ["elevated relations to a Special Strategic Partnership in 2014"],
            },
            {
                "name": "Reciprocal Access Agreement",
                "kind": "agreement",
                "year": 2022,
                "date": "2022-01",
                "countries": AJ,
                "evidence": [
                    "signed a Reciprocal Access Agreement at a virtual summit in January 2022"
                ],
            },
            {
                "name": "Reciprocal Access Agreement enters into force",
                "kind": "agreement",
                "year": 2023,
                "date": "2023-08",
                "countries": AJ,
                "optional": True,
                "evidence": ["The Reciprocal Access Agreement entered into force in August 2023"],
            },
        ],
        "excluded": [
            "trilateral talks with US Secretary of Defense Paul Carver 'in Tokyo next month': "
            "multilateral (three countries), planned",
            "'The two last spoke by video link in April': a call, treated like a phone call; do "
            "not penalise a system that lists it as a virtual meeting",
            "Takeda 'visiting the Japanese navy destroyer docked at Darwin port': not a meeting "
            "with the other country",
        ],
        "notes": (
            "Traits: AAP dateline with a full date (24 August 2025, a Sunday); an annual "
            "ministers' meeting whose name contains 'annual' but not 'summit' (so not 'Annual "
            "Summit'; no ordinal); a courtesy call on a sub-national official (optional: "
            "judgement call whether a state/territory leader counts for a bilateral meeting); "
            "a video call excluded; trilateral excluded; the same agreement signed and later in "
            "force. meetings[1]: day and place not stated (Darwin in context). meetings[2]: "
            "leaders not named; real date 6 January 2022. milestones[3] optional (entry into "
            "force of an agreement already labelled)."
        ),
    },
]
