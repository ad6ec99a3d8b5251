r"""Gold labels for batch T4 (test split): Europe, Central and South Asia, the Americas.

Fictional but plausible articles in gold/test/articles/ (invented office holders, real titles,
real cities, real partnership history where known). Same record format as
gold/labels/new_articles.py: GoldMeeting / GoldMilestone fields, ``evidence`` as exact quotes,
``participants`` as (name, title, country).

| file | pair | traits |
|---|---|---|
| t401_france_germany_council_dpa | France–Germany | dpa: `Wednesday 22 January 2025` line above `BERLIN (dpa) -`; Franco-German Council of Ministers (outside vocabulary) with President and Chancellor, "on Wednesday"; accented names; Élysée Treaty 1963 (full date), Aachen Treaty 2019, "Berlin Declaration" (own news); spokesman who relays; military-honours welcome, Weimar Triangle (trilateral, planned) excluded; photo caption, "Also read:" |
| t402_france_germany_council_paper | France–Germany | newspaper: section, headline, standfirst, byline, `Last updated: 23/01/2025`; **same council** as t401 (event key) with four named participants, "yesterday"; the foreign ministers' **separate talks on the sidelines** (own meeting); last council at Meseberg "in May last year" (background); council created 2003 (mechanism_established); Élysée 1963, Aachen January 2019, "Berlin Declaration"; press conference, video call with Ukraine's president, planned joint Balkans trip, **EU summit planned** (excluded) |
| t403_uk_norway_energy_dialogue | United Kingdom–Norway | Reuters dateline without year; **"the 2023 North Sea agreement" does not give the story year** (weekday "on Thursday" pins 2025 in date_resolved only); annual Strategic Dialogue; joint statement as own-news milestone with **no year**; planned PM visit "this autumn" (no date); business roundtable and NATO summit excluded |
| t404_kazakhstan_uzbekistan_state_visit | Kazakhstan–Uzbekistan | Kazinform full-date dateline; talks in **narrow then enlarged format = one meeting** (two foreign ministers named in the enlarged format); **second Supreme Interstate Council (outside vocabulary) dated in the next sentence ("on Thursday evening")**; first council (Dec 2022) background; 20th Intergovernmental Commission "in October" (Joint Commission); planned third council "next year"; patronymics only in quoted addresses; 1998/2013/2021/2022/2024 agreements; airport reception, Central Asian Consultative Meeting, business forum excluded |
| t405_india_us_2plus2 | India–United States | ANI `Washington DC [US], April 12 (ANI):` no year; **fifth 2+2** with four ministers, "on Tuesday"; "first held in 2018" (background first 2+2); courtesy call on the US President "A day before the dialogue, on Monday"; planned separate defence ministers' meeting "on Wednesday"; LEMOA 2016, COMCASA 2018, BECA 2020 (acronyms spelled out), CGSP 2020; Quad, speech, diaspora event, INDOPACOM visit excluded; "Also Read \|" |
| t406_mongolia_japan_talks | Mongolia–Japan | **no header date**; the date only in the second paragraph ("On July 15, 2023"); lead and date sentence are one meeting; Japanese names given name first; a third participant who "attended the talks"; Chief Cabinet Secretary relays; SSP 2022; EPA 2015 + entry into force 2016; "50th anniversary" in 2022 (diplomatic relations, optional) |
| t407_italy_tunisia_migration | Italy–Tunisia | ANSA ISO dateline `ROME, 2024-03-14 (ANSA)`; "on Wednesday" = 2024-03-13; **dateline city Rome ≠ meeting city Tunis**; EU–Tunisia memorandum excluded (not bilateral); copyright line |
| t408_canada_india_no_meeting | Canada–India | `OTTAWA — Published Nov. 5, 2023 at 4:10 p.m. ET`; **no meeting at all**: phone call, postponed trade ministers' meeting (no new date), vague hope to meet in person; CEPA and "early progress" deal not signed; 2010 Nuclear Cooperation Agreement (milestone) |

Dates: ``date_resolved`` is given only where a weekday pins a yearless month-day (t403, t405)
or for a real historical event (the first India-US 2+2, 6 September 2018); never a guess.
"""

FG = ["France", "Germany"]
UN = ["United Kingdom", "Norway"]
KU = ["Kazakhstan", "Uzbekistan"]
IU = ["India", "United States"]
MJ = ["Mongolia", "Japan"]
IT = ["Italy", "Tunisia"]
CI = ["Canada", "India"]

COUNCIL_EVENT = "T4-france-germany-council-2025-01-22"

GARNIER = ("Benoît Garnier", "President", "France")
STOLZEL = ("Jürgen Stölzel", "Chancellor", "Germany")
MARECHAL = ("Hélène Maréchal", "Minister for Europe and Foreign Affairs", "France")
GRAFE = ("Tobias Gräfe", "Federal Foreign Minister", "Germany")

TEMIRKHANOV = ("Nurlan Temirkhanov", "President", "Kazakhstan")
TURSUNOV = ("Bakhodir Tursunov", "President", "Uzbekistan")

BHANDARI = ("Sudhir Bhandari", "External Affairs Minister", "India")
RATHORE = ("Kavita Rathore", "Defence Minister", "India")
BRENNAN = ("Laura Brennan", "Secretary of State", "United States")
CASTELLANO = ("Mark Castellano", "Secretary of Defense", "United States")

ARTICLES = [
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "t401_france_germany_council_dpa",
        "source_path": "gold/test/articles/t401_france_germany_council_dpa.txt",
        "dateline": "Wednesday 22 January 2025",
        "meetings": [
            {
                "date": "2025-01-22",
                "date_partial": "--01-22",
                "date_text": "on Wednesday",
                "location": "Berlin",
                "countries": FG,
                "mechanism": "bilateral meeting",
                "mechanism_text": "Franco-German Council of Ministers",
                "participants": [STOLZEL, GARNIER],
                "topics": [
                    "european defence industry",
                    "competitiveness of european companies",
                    "energy prices",
                    "support for ukraine",
                    "us tariffs",
                ],
                "evidence": [
                    "German Chancellor Jürgen Stölzel and French President Benoît Garnier have "
                    "called on Europe to take far greater responsibility for its own security "
                    "and economy, as they led a Franco-German Council of Ministers in Berlin on "
                    "Wednesday"
                ],
                "event": COUNCIL_EVENT,
            },
        ],
        "planned_meetings": [],
        "milestones": [
            {
                "name": "Élysée Treaty",
                "kind": "agreement",
                "year": 1963,
                "date": "1963-01-22",
                "countries": FG,
                "evidence": ["The Élysée Treaty was signed in Paris on 22 January 1963"],
            },
            {
                "name": "Aachen Treaty",
                "kind": "agreement",
                "year": 2019,
                "date": "2019",
                "countries": FG,
                "evidence": ["In 2019, it was complemented by the Aachen Treaty"],
            },
            {
                "name": "Berlin Declaration",
                "kind": "agreement",
                "year": 2025,
                "date": "2025-01-22",
                "countries": FG,
                "evidence": [
                    'At the end of the council, the two governments adopted a joint "Berlin '
                    "Declaration\" on strengthening Europe's defence industry"
                ],
            },
        ],
        "excluded": [
            "Garnier 'was welcomed at the Chancellery with military honours on Wednesday "
            "morning': the welcome ceremony of the council, not a separate meeting",
            "Garnier 'arrived in Berlin on Tuesday evening': an arrival, not a meeting",
            "Weimar Triangle foreign ministers 'due to confer in Paris' on Thursday: trilateral "
            "(France, Germany, Poland), and planned",
            "Matthias Köhnen, government spokesman: relays the talks, not a participant",
            "EU-Mercosur trade agreement: an EU agreement with a third bloc, not bilateral, "
            "not concluded",
            "FCAS fighter project 'they are developing with Spain': a project, not a milestone",
            "the 62nd anniversary of the Élysée Treaty: an anniversary, not a new milestone",
        ],
        "notes": (
            "Traits: dpa style with the date line above 'BERLIN (dpa) -'; the story's date is "
            "Wednesday 22 January 2025 (checked: 2025-01-22 is a Wednesday), so 'on Wednesday' "
            "is the same day. The brief asked for 'Tuesday 22 January 2025', but 22 January 2025 "
            "is a Wednesday; the header was written 'Wednesday' so that the header is not "
            "self-contradictory and t402's 'Last updated: 23/01/2025' + 'yesterday' still gives "
            "22 January. The Franco-German Council of Ministers is outside the vocabulary -> "
            "'bilateral meeting' with its name in mechanism_text; no ordinal stated. Only the "
            "President and the Chancellor are named as taking part ('Members of both cabinets' "
            "are not named). The 'Members of both cabinets met for several hours at the "
            "Federal Chancellery' sentence is the same council (one record). Same real meeting "
            "as t402 (event key). Aachen Treaty: only the year is written here (t402 writes "
            "January 2019; real signing 22 January 2019). The 'Berlin Declaration' is the "
            "article's own news, adopted at the end of the council on 22 January 2025."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "t402_france_germany_council_paper",
        "source_path": "gold/test/articles/t402_france_germany_council_paper.txt",
        "dateline": "Last updated: 23/01/2025",
        "meetings": [
            {
                "date": "2025-01-22",
                "date_partial": "--01-22",
                "date_text": "yesterday",
                "location": "Berlin",
                "countries": FG,
                "mechanism": "bilateral meeting",
                "mechanism_text": "Franco-German Council of Ministers",
                "participants": [GARNIER, STOLZEL, MARECHAL, GRAFE],
                "topics": [
                    "european defence industry",
                    "future combat air system",
                    "mercosur",
                    "nuclear power",
                    "ukraine",
                ],
                "evidence": [
                    "Under grey skies in Berlin yesterday, President Benoît Garnier and "
                    "Chancellor Jürgen Stölzel led a joint meeting of the two governments, the "
                    "Franco-German Council of Ministers, on the 62nd anniversary of the Élysée "
                    "Treaty",
                    "Around twenty ministers from each side took part, among them France's "
                    "Minister for Europe and Foreign Affairs, Hélène Maréchal, and Germany's "
                    "Federal Foreign Minister, Tobias Gräfe",
                ],
                "event": COUNCIL_EVENT,
            },
            {
                "date": "2025-01-22",
                "date_partial": "--01-22",
                "date_text": "yesterday morning",
                "location": "Berlin",
                "countries": FG,
                "mechanism": "bilateral meeting",
                "participants": [MARECHAL, GRAFE],
                "topics": ["war in ukraine", "ceasefire in gaza", "situation in syria"],
                "evidence": [
                    "On the sidelines of the council, Ms Maréchal and Mr Gräfe held separate "
                    "talks at the Federal Foreign Office yesterday morning"
                ],
            },
            {
                "date": "2024-05",
                "date_text": "in May last year",
                "location": "Meseberg",
                "countries": FG,
                "mechanism": "bilateral meeting",
                "mechanism_text": "Franco-German Council of Ministers",
                "participants": [],
                "topics": ["reform the eu's budget rules"],
                "evidence": [
                    "The last Franco-German Council of Ministers, held at Meseberg Palace north "
                    "of Berlin in May last year"
                ],
            },
        ],
        "planned_meetings": [],
        "milestones": [
            {
                "name": "Franco-German Council of Ministers established",
                "kind": "mechanism_established",
                "year": 2003,
                "date": "2003",
                "countries": FG,
                "evidence": [
                    "The council, which was created in 2003 to mark the 40th anniversary of the "
                    "treaty"
                ],
            },
            {
                "name": "Élysée Treaty",
                "kind": "agreement",
                "year": 1963,
                "date": "1963",
                "countries": FG,
                "evidence": ["The Élysée Treaty, signed in Paris in 1963"],
            },
            {
                "name": "Aachen Treaty",
                "kind": "agreement",
                "year": 2019,
                "date": "2019-01",
                "countries": FG,
                "evidence": ["Its companion text, the Aachen Treaty of January 2019"],
            },
            {
                "name": "Berlin Declaration",
                "kind": "agreement",
                "year": 2025,
                "date": "2025-01-22",
                "countries": FG,
                "evidence": [
                    "The main result of the day was a joint declaration on the European "
                    "defence industry"
                ],
            },
        ],
        "excluded": [
            "informal summit of EU heads of state and government in Brussels on 3 February: "
            "planned multilateral summit",
            "'held a joint video call with Ukraine's president': a call, and trilateral",
            "'a joint press conference after the meeting': a press conference (part of the "
            "council day), not a meeting",
            "the foreign ministers 'agreed to travel together to the Western Balkans in the "
            "spring, although no dates have been set': a joint trip to third countries with no "
            "date, not a planned bilateral meeting",
            "Élise Vautrin, an outside analyst; 'one German official', 'A French adviser': "
            "commentators, not participants",
            "the handshake in the Chancellery courtyard and the anthems: ceremony of the same "
            "council",
            "EU-Mercosur free trade deal: EU agreement, not bilateral, not concluded",
            "'collapse of his three-party coalition in November': domestic politics",
        ],
        "notes": (
            "Traits: newspaper with section line, headline, standfirst and byline; the story's "
            "date is the 'Last updated: 23/01/2025' line (day/month/year), so 'yesterday' = "
            "2025-01-22 (a Wednesday), consistent with t401. meetings[0] is the same council as "
            "t401 (event key), with two more participants named here (the foreign ministers, "
            "who 'took part'); the 'Yesterday's edition' sentence and the press-conference "
            "quotes refer to the same council. meetings[1]: separate talks on the sidelines of "
            "the council are their own meeting (not in t401); location Berlin because the "
            "Federal Foreign Office talks are on the sidelines of the council stated to be in "
            "Berlin. meetings[2]: background; 'last year' against the 2025 header = May 2024 "
            "(the real Franco-German Council of Ministers at Schloss Meseberg was on 28 May "
            "2024); location written as Meseberg Palace (Meseberg, Brandenburg). The council "
            "'created in 2003' is a mechanism_established milestone (real: 2003, 40th "
            "anniversary). Élysée Treaty: only the year here (t401 has the full date). No "
            "ordinal is stated for any council."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "t403_uk_norway_energy_dialogue",
        "source_path": "gold/test/articles/t403_uk_norway_energy_dialogue.txt",
        "dateline": "LONDON, June 12 (Reuters)",
        "meetings": [
            {
                "date": None,
                "date_partial": "--06-12",
                "date_resolved": "2025-06-12",
                "date_text": "on Thursday",
                "location": "London",
                "countries": UN,
                "mechanism": "Strategic Dialogue",
                "mechanism_text": "annual UK-Norway Strategic Dialogue",
                "participants": [
                    ("Rebecca Thornbury", "Foreign Secretary", "United Kingdom"),
                    ("Torunn Bakkevik", "Minister of Foreign Affairs", "Norway"),
                ],
                "topics": [
                    "undersea pipelines and power cables",
                    "north sea energy security",
                    "support for ukraine",
                    "arctic security",
                    "carbon capture and storage",
                ],
                "evidence": [
                    "Britain and Norway agreed on Thursday to step up joint patrols and "
                    "surveillance around undersea pipelines and power cables in the North Sea, "
                    "as Foreign Secretary Rebecca Thornbury hosted Norwegian Minister of Foreign "
                    "Affairs Torunn Bakkevik for the annual UK-Norway Strategic Dialogue in "
                    "London"
                ],
            },
        ],
        "planned_meetings": [
            {
                "date": None,
                "date_text": "this autumn",
                "location": "London",
                "countries": UN,
                "mechanism": "bilateral meeting",
                "participants": [
                    ("Håkon Strand", "Prime Minister", "Norway"),
                    ("Alistair Penrose", "Prime Minister", "United Kingdom"),
                ],
                "evidence": [
                    "Norwegian Prime Minister Håkon Strand is expected to visit London this "
                    "autumn for talks with Prime Minister Alistair Penrose"
                ],
            },
        ],
        "milestones": [
            {
                "name": "joint statement on North Sea security and energy cooperation",
                "kind": "agreement",
                "year": None,
                "date": None,
                "countries": UN,
                "evidence": [
                    "In a joint statement on North Sea security and energy cooperation issued "
                    "after the talks"
                ],
            },
            {
                "name": "North Sea agreement on cross-border carbon dioxide storage",
                "kind": "agreement",
                "year": 2023,
                "date": "2023",
                "countries": UN,
                "evidence": [
                    "Under the 2023 North Sea agreement on cross-border carbon dioxide storage"
                ],
            },
        ],
        "excluded": [
            "Bakkevik 'joined a roundtable with executives from Equinor, BP and several "
            "offshore wind developers': talks with company executives",
            "'Both ministers are due to attend the NATO summit in The Hague': multilateral",
            "'Thornbury told reporters at the Foreign Office': press remarks after the same "
            "dialogue",
            "Oslo 'considering British-built Type 26 frigates': a possible contract, not a "
            "milestone",
            "the Baltic Sea cable incidents: context, no bilateral event",
        ],
        "notes": (
            "Traits: Reuters dateline 'LONDON, June 12' without a year. TRAP: the only year in "
            "the text is 'the 2023 North Sea agreement', a background milestone: it does NOT "
            "give the story's year, so the dialogue's date is None with date_partial '--06-12' "
            "(the meeting is the dateline day: 'on Thursday' in a same-day report). "
            "date_resolved 2025-06-12: June 12 is a Thursday in 2014, 2025 and 2031; the story "
            "is after the 2023 agreement and the next such year is 2031, so 2025 (also "
            "consistent with the real NATO summit in The Hague, 24-25 June 2025). The joint "
            "statement is the article's own news but the text never states the story's year, "
            "so its year and date are None. planned_meetings[0]: 'is expected to visit London "
            "this autumn for talks with' = planned; year not stated (2025 in the story), no "
            "date announced. 'annual' describes the Strategic Dialogue; no ordinal."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "t404_kazakhstan_uzbekistan_state_visit",
        "source_path": "gold/test/articles/t404_kazakhstan_uzbekistan_state_visit.txt",
        "dateline": "ASTANA, 6 December 2024 (Kazinform)",
        "meetings": [
            {
                "date": "2024-12-06",
                "date_partial": "--12-06",
                "date_text": "on Friday",
                "location": "Astana",
                "countries": KU,
                "mechanism": "bilateral meeting",
                "participants": [
                    TEMIRKHANOV,
                    TURSUNOV,
                    ("Aidos Zhunusov", "Minister of Foreign Affairs", "Kazakhstan"),
                    ("Sardor Khamidov", "Minister of Foreign Affairs", "Uzbekistan"),
                ],
                "topics": [
                    "industrial cooperation",
                    "transport and logistics corridors",
                    "water and energy sector",
                    "agriculture",
                    "cultural and humanitarian ties",
                    "situation in afghanistan",
                ],
                "evidence": [
                    "President of Kazakhstan Nurlan Temirkhanov and President of Uzbekistan "
                    "Bakhodir Tursunov, who is in Astana on a state visit, held talks in a "
                    "narrow format at the Akorda presidential residence on Friday",
                    "The negotiations then continued in an enlarged format with the "
                    "participation of official delegations, including Minister of Foreign "
                    "Affairs of Kazakhstan Aidos Zhunusov and Minister of Foreign Affairs of "
                    "Uzbekistan Sardor Khamidov",
                ],
            },
            {
                "date": "2024-12-05",
                "date_partial": "--12-05",
                "date_text": "on Thursday evening",
                "location": "Astana",
                "countries": KU,
                "mechanism": "bilateral meeting",
                "mechanism_text": "second meeting of the Supreme Interstate Council of "
                "Kazakhstan and Uzbekistan",
                "ordinal": 2,
                "participants": [TEMIRKHANOV, TURSUNOV],
                "topics": ["implementation of the decisions taken at its first meeting"],
                "evidence": [
                    "The two heads of state also co-chaired the second meeting of the Supreme "
                    "Interstate Council of Kazakhstan and Uzbekistan",
                    "The council met on Thursday evening at the Palace of Independence, a few "
                    "hours after the Uzbek leader's arrival in the Kazakh capital",
                ],
            },
            {
                "date": "2022-12-22",
                "date_partial": "--12-22",
                "date_text": "on 22 December 2022",
                "location": "Tashkent",
                "countries": KU,
                "mechanism": "bilateral meeting",
                "mechanism_text": "first meeting of the Supreme Interstate Council",
                "ordinal": 1,
                "participants": [TEMIRKHANOV, TURSUNOV],
                "evidence": [
                    "The Treaty on Allied Relations between the two countries was signed in "
                    "Tashkent on 22 December 2022, during the first meeting of the Supreme "
                    "Interstate Council, which was co-chaired by Nurlan Temirkhanov and "
                    "Bakhodir Tursunov"
                ],
            },
            {
                "date": "2024-10",
                "date_text": "in October",
                "location": "Tashkent",
                "countries": KU,
                "mechanism": "Joint Commission",
                "mechanism_text": "20th meeting of the Kazakh-Uzbek Intergovernmental "
                "Commission on Bilateral Cooperation",
                "ordinal": 20,
                "participants": [],
                "evidence": [
                    "The current visit was prepared at the 20th meeting of the Kazakh-Uzbek "
                    "Intergovernmental Commission on Bilateral Cooperation, held in Tashkent in "
                    "October"
                ],
            },
        ],
        "planned_meetings": [
            {
                "date": "2025",
                "date_text": "next year",
                "location": "Tashkent",
                "countries": KU,
                "mechanism": "bilateral meeting",
                "mechanism_text": "third meeting of the Supreme Interstate Council",
                "ordinal": 3,
                "participants": [],
                "evidence": [
                    "The third meeting of the Supreme Interstate Council will be held in "
                    "Tashkent next year"
                ],
            },
        ],
        "milestones": [
            {
                "name": "Declaration on Allied Relations",
                "kind": "agreement",
                "year": 2021,
                "date": "2021-12-06",
                "countries": KU,
                "evidence": [
                    "exactly three years ago, on 6 December 2021, we signed the Declaration on "
                    "Allied Relations"
                ],
            },
            {
                "name": "allied relations",
                "kind": "partnership_upgrade",
                "year": 2021,
                "date": "2021-12-06",
                "countries": KU,
                "optional": True,
                "evidence": [
                    "exactly three years ago, on 6 December 2021, we signed the Declaration on "
                    "Allied Relations"
                ],
            },
            {
                "name": "Treaty of Eternal Friendship",
                "kind": "agreement",
                "year": 1998,
                "date": "1998",
                "countries": KU,
                "evidence": [
                    "Kazakhstan and Uzbekistan signed the Treaty of Eternal Friendship in 1998"
                ],
            },
            {
                "name": "Treaty on Strategic Partnership",
                "kind": "agreement",
                "year": 2013,
                "date": "2013",
                "countries": KU,
                "evidence": ["the Treaty on Strategic Partnership in 2013"],
            },
            {
                "name": "Strategic Partnership",
                "kind": "partnership_upgrade",
                "year": 2013,
                "date": "2013",
                "countries": KU,
                "optional": True,
                "evidence": ["the Treaty on Strategic Partnership in 2013"],
            },
            {
                "name": "Treaty on Allied Relations",
                "kind": "agreement",
                "year": 2022,
                "date": "2022-12-22",
                "countries": KU,
                "evidence": [
                    "The Treaty on Allied Relations between the two countries was signed in "
                    "Tashkent on 22 December 2022"
                ],
            },
            {
                "name": "Treaty on the Demarcation of the Kazakh-Uzbek State Border",
                "kind": "agreement",
                "year": 2022,
                "date": "2022-12-22",
                "countries": KU,
                "evidence": [
                    "On the same day, the presidents signed the Treaty on the Demarcation of "
                    "the Kazakh-Uzbek State Border"
                ],
            },
            {
                "name": "Supreme Interstate Council established",
                "kind": "mechanism_established",
                "year": 2022,
                "date": "2022-12-22",
                "countries": KU,
                "optional": True,
                "evidence": ["during the first meeting of the Supreme Interstate Council"],
            },
            {
                "name": "Agreement on Cooperation in the Management and Use of Transboundary "
                "Water Resources",
                "kind": "agreement",
                "year": 2024,
                "date": "2024-12-06",
                "countries": KU,
                "evidence": [
                    "Following the talks on Friday, the two presidents signed the Agreement on "
                    "Cooperation in the Management and Use of Transboundary Water Resources"
                ],
            },
        ],
        "excluded": [
            "sixth Consultative Meeting of the Heads of State of Central Asia (Astana, "
            "August): multilateral",
            "Tursunov 'was met by Prime Minister of Kazakhstan Yerlan Kudaibergenov' at the "
            "airport on Thursday: an airport reception",
            "official welcoming ceremony in the Akorda's Hall of Ceremonies: ceremony opening "
            "the same talks",
            "'the presidents made statements for the press': press statements",
            "Kazakh-Uzbek business forum with 300 entrepreneurs: business event; its 'agreements "
            "worth 1.5 billion US dollars' are commercial deals, not milestones",
            "wreath at the Otan Qorgaushylar monument: not a meeting",
            "'14 documents', 'a roadmap for expanding trade', 'an investment programme': "
            "unnamed documents, not labelled as milestones",
            "coordination 'within the United Nations, the Commonwealth of Independent States, "
            "the Shanghai Cooperation Organisation and the Organization of Turkic States': "
            "multilateral forums, no meeting",
            "Days of Culture of Uzbekistan, university branches, International Centre for "
            "Industrial Cooperation 'Central Asia': plans and projects, not milestones",
        ],
        "notes": (
            "Traits: Kazinform full-date dateline (6 December 2024, a Friday). meetings[0]: the "
            "narrow-format talks and the enlarged-format talks are one meeting (two stages of "
            "the same negotiations), with the two foreign ministers named as taking part in "
            "the enlarged format; the quoted remarks 'during the enlarged talks' and the "
            "'Opening the talks' remarks belong to it. meetings[1]: TRAP: the council sentence "
            "has no date, the next sentence gives 'on Thursday evening' = 2024-12-05 (the day "
            "of arrival; the visit is 5-6 December), not the Friday of the lead. The Supreme "
            "Interstate Council is outside the vocabulary (heads of state, not called a "
            "summit) -> 'bilateral meeting'. meetings[2]: background first council in Tashkent "
            "on 22 December 2022 (real date of the first Supreme Interstate Council and of "
            "the Treaty on Allied Relations). meetings[3]: 'in October' against the 2024 "
            "dateline = 2024-10; the first deputy prime ministers are not named. Patronymics "
            "('Bakhodir Ulugbekovich', 'Nurlan Serikovich') appear only in quoted forms of "
            "address; canonical names are given name + surname. BRIEF DEVIATION (for "
            "realism): the brief asked for a 'treaty on allied relations (2021)'; in reality "
            "the Declaration on Allied Relations was signed on 6 December 2021 and the Treaty "
            "on Allied Relations on 22 December 2022 in Tashkent, so the article has both (the "
            "2021 agreement milestone is the Declaration). Optional: the implied upgrades to "
            "'allied relations' (2021) and 'Strategic Partnership' (2013), which the text "
            "names only as documents, and the council's establishment (only its first "
            "meeting is stated). Real: Treaty of Eternal Friendship 31 October 1998, Treaty "
            "on Strategic Partnership 14 June 2013."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "t405_india_us_2plus2",
        "source_path": "gold/test/articles/t405_india_us_2plus2.txt",
        "dateline": "Washington DC [US], April 12 (ANI)",
        "meetings": [
            {
                "date": None,
                "date_partial": "--04-12",
                "date_resolved": "2022-04-12",
                "date_text": "on Tuesday",
                "location": "Washington",
                "countries": IU,
                "mechanism": "2+2 Dialogue",
                "mechanism_text": "fifth 2+2 Ministerial Dialogue",
                "ordinal": 5,
                "participants": [BHANDARI, RATHORE, BRENNAN, CASTELLANO],
                "topics": [
                    "defence and security cooperation",
                    "critical and emerging technologies",
                    "maritime domain awareness",
                    "indo-pacific",
                    "ukraine",
                ],
                "evidence": [
                    "India and the United States on Tuesday held the fifth 2+2 Ministerial "
                    "Dialogue here, with External Affairs Minister Sudhir Bhandari and Defence "
                    "Minister Kavita Rathore holding talks with US Secretary of State Laura "
                    "Brennan and Secretary of Defense Mark Castellano at the State Department"
                ],
            },
            {
                "date": None,
                "date_partial": "--04-11",
                "date_resolved": "2022-04-11",
                "date_text": "A day before the dialogue, on Monday",
                "location": "Washington",
                "countries": IU,
                "mechanism": "courtesy call",
                "mechanism_text": "courtesy call",
                "participants": [
                    BHANDARI,
                    RATHORE,
                    ("Richard Halvorsen", "President", "United States"),
                ],
                "topics": ["preparations for the dialogue"],
                "evidence": [
                    "A day before the dialogue, on Monday, Bhandari and Rathore paid a courtesy "
                    "call on US President Richard Halvorsen at the White House"
                ],
            },
            {
                "date": "2018",
                "date_resolved": "2018-09-06",
                "date_text": "in 2018",
                "location": None,
                "countries": IU,
                "mechanism": "2+2 Dialogue",
                "ordinal": 1,
                "participants": [],
                "evidence": ["This was the fifth edition of the dialogue, first held in 2018"],
            },
        ],
        "planned_meetings": [
            {
                "date": None,
                "date_partial": "--04-13",
                "date_resolved": "2022-04-13",
                "date_text": "on Wednesday",
                "location": None,
                "countries": IU,
                "mechanism": "bilateral meeting",
                "participants": [RATHORE, CASTELLANO],
                "topics": ["co-production of stryker armoured vehicles and jet engines"],
                "evidence": ["Rathore will hold a separate meeting with Castellano on Wednesday"],
            },
        ],
        "milestones": [
            {
                "name": "Logistics Exchange Memorandum of Agreement (LEMOA)",
                "kind": "agreement",
                "year": 2016,
                "date": "2016",
                "countries": IU,
                "evidence": [
                    "The Logistics Exchange Memorandum of Agreement (LEMOA) was signed in 2016"
                ],
            },
            {
                "name": "Communications Compatibility and Security Agreement (COMCASA)",
                "kind": "agreement",
                "year": 2018,
                "date": "2018",
                "countries": IU,
                "evidence": [
                    "the Communications Compatibility and Security Agreement (COMCASA) in 2018"
                ],
            },
            {
                "name": "Basic Exchange and Cooperation Agreement (BECA)",
                "kind": "agreement",
                "year": 2020,
                "date": "2020",
                "countries": IU,
                "evidence": [
                    "the Basic Exchange and Cooperation Agreement (BECA) for geospatial "
                    "cooperation in 2020"
                ],
            },
            {
                "name": "Comprehensive Global Strategic Partnership",
                "kind": "partnership_upgrade",
                "year": 2020,
                "date": "2020",
                "countries": IU,
                "evidence": [
                    "India and the US elevated their ties to a Comprehensive Global Strategic "
                    "Partnership in 2020"
                ],
            },
            {
                "name": "2+2 Ministerial Dialogue established",
                "kind": "mechanism_established",
                "year": 2018,
                "date": "2018",
                "countries": IU,
                "optional": True,
                "evidence": ["This was the fifth edition of the dialogue, first held in 2018"],
            },
        ],
        "excluded": [
            "'preparations for the Quad Leaders' Summit, which India is due to host later this "
            "year': planned multilateral summit",
            "Bhandari 'is scheduled to deliver an address at a Washington think tank': a speech",
            "Bhandari to 'meet members of the Indian-American community in New York': not "
            "officials of the other country",
            "Rathore 'travelling to Honolulu to visit the headquarters of the US Indo-Pacific "
            "Command': a visit with no counterpart named",
            "Bhandari's post on X about 'calling on @POTUS': the same courtesy call",
            "'conveyed the greetings of Prime Minister Mahesh Kashyap': Kashyap is mentioned, "
            "not a participant",
            "Security of Supply Arrangement and Reciprocal Defence Procurement agreement: "
            "'work towards the early conclusion', not signed",
            "India joining the Combined Maritime Forces as an associate member: multilateral, "
            "not a bilateral milestone",
            "'Speaking at the opening session of the 2+2': remarks within the same dialogue",
        ],
        "notes": (
            "Traits: ANI dateline without a year; 'on Tuesday' = the dateline day (April 12). "
            "Strict date None; date_resolved 2022-04-12: April 12 is a Tuesday in 2011, 2016, "
            "2022 and 2033; the text says the dialogue was first held in 2018 and this is its fifth "
            "edition (so after 2018), and the foundational agreements of 2016-2020 were signed "
            "'over the past decade' (so before ~2026): only 2022 fits. The courtesy call 'A "
            "day before the dialogue, on Monday' = April 11 (2022-04-11 is a Monday); "
            "location Washington (the White House). The planned defence ministers' meeting "
            "'on Wednesday' = April 13 (2022-04-13 is a Wednesday); no place is stated for it "
            "(likely the Pentagon, Arlington/Washington). meetings[2]: 'first held in 2018' "
            "is a background held meeting, the first 2+2 (ordinal 1); its real date is 6 "
            "September 2018 in New Delhi (date_resolved), the location is not in the text. "
            "The format's launch is an optional mechanism_established milestone. 'Washington "
            "DC' normalised to Washington. Raksha Mantri = Defence Minister. Acronyms LEMOA, "
            "COMCASA and BECA are given in parentheses with the full names. Real: LEMOA "
            "August 2016, COMCASA 6 September 2018, BECA 27 October 2020, CGSP February 2020; "
            "the real fifth 2+2 was in New Delhi in November 2023 (this article is fictional)."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "t406_mongolia_japan_talks",
        "source_path": "gold/test/articles/t406_mongolia_japan_talks.txt",
        "dateline": None,
        "meetings": [
            {
                "date": "2023-07-15",
                "date_partial": "--07-15",
                "date_text": "On July 15, 2023",
                "location": "Tokyo",
                "countries": MJ,
                "mechanism": "bilateral meeting",
                "participants": [
                    ("Gantulga Batsaikhan", "President", "Mongolia"),
                    ("Kenta Morimoto", "Prime Minister", "Japan"),
                    ("Mayumi Kanazawa", "Foreign Minister", "Japan"),
                ],
                "topics": [
                    "rare earth elements",
                    "renewable energy",
                    "supply chain for critical minerals",
                    "training of mongolian engineers",
                    "north korea",
                ],
                "evidence": [
                    "after Mongolian President Gantulga Batsaikhan held talks with Japanese "
                    "Prime Minister Kenta Morimoto in Tokyo",
                    "On July 15, 2023, the two leaders met at the Prime Minister's Office for "
                    "about 90 minutes, followed by a working dinner",
                ],
            },
        ],
        "planned_meetings": [],
        "milestones": [
            {
                "name": "Special Strategic Partnership for Peace and Prosperity",
                "kind": "partnership_upgrade",
                "year": 2022,
                "date": "2022",
                "countries": MJ,
                "evidence": [
                    'the "Special Strategic Partnership for Peace and Prosperity", to which the '
                    "two countries elevated their relationship in 2022"
                ],
            },
            {
                "name": "Japan-Mongolia Economic Partnership Agreement (EPA)",
                "kind": "agreement",
                "year": 2015,
                "date": "2015",
                "countries": MJ,
                "evidence": [
                    "the Japan-Mongolia Economic Partnership Agreement (EPA), signed in 2015"
                ],
            },
            {
                "name": "Japan-Mongolia Economic Partnership Agreement (EPA) enters into force",
                "kind": "agreement",
                "year": 2016,
                "date": "2016",
                "countries": MJ,
                "optional": True,
                "evidence": ["It entered into force in 2016"],
            },
            {
                "name": "diplomatic relations established",
                "kind": "other",
                "year": 1972,
                "date": None,
                "countries": MJ,
                "optional": True,
                "evidence": ["in 2022, the 50th anniversary of diplomatic relations"],
            },
        ],
        "excluded": [
            "Chief Cabinet Secretary Takuya Hirano: relays the talks, not a participant",
            "the president 'visited a hydrogen research centre in Tokyo and met executives of "
            "Japanese trading houses': a site visit and company executives",
            "'scheduled to travel to Osaka on Monday to attend a business seminar': a business "
            "event, no counterpart",
            "'the working dinner' that followed: part of the same meeting",
        ],
        "notes": (
            "Traits: no dateline or header date; the story's own date is unknown, the meeting "
            "is dated only by 'On July 15, 2023' in the second paragraph (2023-07-15 is a "
            "Saturday). The lead's 'held talks ... in Tokyo' and the dated sentence are one "
            "meeting (two evidence quotes). Japanese names given name first (Kenta Morimoto, "
            "Mayumi Kanazawa, Takuya Hirano). Kanazawa 'also attended the talks' -> a "
            "participant; Hirano only relays. Mongolian president's canonical name as written "
            "(Gantulga Batsaikhan); later only 'the Mongolian president'. Optional: the EPA's "
            "entry into force (separately stated), and 'diplomatic relations established', "
            "whose year is not stated but implied by 'in 2022, the 50th anniversary' (1972; "
            "real: 24 February 1972). Real: EPA signed 10 February 2015, in force 7 June 2016; "
            "Special Strategic Partnership for Peace and Prosperity 29 November 2022."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "t407_italy_tunisia_migration",
        "source_path": "gold/test/articles/t407_italy_tunisia_migration.txt",
        "dateline": "ROME, 2024-03-14 (ANSA)",
        "meetings": [
            {
                "date": "2024-03-13",
                "date_partial": "--03-13",
                "date_text": "on Wednesday",
                "location": "Tunis",
                "countries": IT,
                "mechanism": "bilateral meeting",
                "participants": [
                    ("Serena Castaldi", "Prime Minister", "Italy"),
                    ("Hatem Ben Romdhane", "President", "Tunisia"),
                ],
                "topics": [
                    "migration",
                    "energy",
                    "investment",
                    "human trafficking",
                    "elmed undersea power cable",
                ],
                "evidence": [
                    "Italian Prime Minister Serena Castaldi met Tunisian President Hatem Ben "
                    "Romdhane in Tunis on Wednesday for talks on migration, energy and "
                    "investment"
                ],
            },
        ],
        "planned_meetings": [],
        "milestones": [],
        "excluded": [
            "memorandum of understanding on a strategic and comprehensive partnership 'signed "
            "by the European Union and Tunisia in July 2023': EU-Tunisia, not an Italy-Tunisia "
            "milestone",
            "ELMED undersea power cable: a project, no signed agreement stated",
            "'Palazzo Chigi said on Thursday': the date of the statement, not of the meeting",
        ],
        "notes": (
            "Traits: ANSA dateline with an ISO date (2024-03-14, a Thursday); 'on Wednesday' "
            "in a past-tense report = 2024-03-13. TRAP: the dateline city is Rome but the "
            "meeting was in Tunis (stated), so location Tunis. 'the premier' = Castaldi."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "t408_canada_india_no_meeting",
        "source_path": "gold/test/articles/t408_canada_india_no_meeting.txt",
        "dateline": "OTTAWA — Published Nov. 5, 2023 at 4:10 p.m. ET",
        "meetings": [],
        "planned_meetings": [],
        "milestones": [
            {
                "name": "Canada-India Nuclear Cooperation Agreement",
                "kind": "agreement",
                "year": 2010,
                "date": "2010",
                "countries": CI,
                "evidence": [
                    "The two countries signed the Canada-India Nuclear Cooperation Agreement "
                    "in 2010"
                ],
            },
        ],
        "excluded": [
            "Dufresne 'spoke by phone with her Indian counterpart on Saturday' (2023-11-04): a "
            "phone call, not a meeting",
            "the meeting of Canada's trade minister and India's commerce minister 'planned for "
            "this month in New Delhi, was postponed' with no new date: not held, and no longer "
            "scheduled (not a planned meeting)",
            "Dufresne 'would not say whether she expected to meet Venkataraman in person any "
            "time soon': no plan",
            "Canada-India Comprehensive Economic Partnership Agreement (CEPA): under "
            "negotiation (paused), not signed",
            "interim 'early progress' trade deal: not concluded",
            "'no new round has been scheduled': no planned negotiating round",
            "Dufresne 'told reporters in Ottawa on Sunday': press remarks",
        ],
        "notes": (
            "Traits: Canadian header line 'OTTAWA — Published Nov. 5, 2023 at 4:10 p.m. ET' "
            "(a Sunday); the phone call 'on Saturday' = 2023-11-04. NO MEETING: the only "
            "contact is a phone call; the trade ministers' meeting was postponed without a new "
            "date, so it is neither held nor planned (by the conventions a meeting must be "
            "reported as held, or scheduled/expected). The only milestone is the background "
            "2010 Nuclear Cooperation Agreement (real: signed 27 June 2010 in Toronto)."
        ),
    },
]
