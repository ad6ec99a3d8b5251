"""Gold labels for batch D2 (dev split): 8 fictional but plausible articles, mixed continents.

Same record format as labels/new_articles.py. Office holders are invented; titles, cities and
partnership history are real or plausible. ``date_resolved`` is given only where a weekday (with
the story's other clues) pins a yearless month-day, and is never a guess.

| file | pair | traits |
|---|---|---|
| d201_indonesia_australia_summit_wire | Indonesia–Australia | Reuters dateline **without year** ("JAKARTA, July 4 (Reuters) -"), "on Thursday"; **Annual Leaders' Meeting** → Annual Summit (annual series); **mononym** president (Hadisaputro); foreign minister relays (not a participant); APEC-sidelines background meeting "in November" (year unknown); CSP 2018; IA-CEPA signed 2019 + in force July 2020 (optional); news conference, plant visit, defence pact "due to be signed" excluded; same event as d202 |
| d202_indonesia_australia_summit_paper | Indonesia–Australia | SMH-style byline + "Updated July 5, 2024 — 6.05am"; **"yesterday"** = 2024-07-04 (same summit as d201, `event` key), three participants (FM joins the talks); **2+2 "two days earlier"** with its facts in two sentences (four ministers); **trilateral with PNG** excluded; planned defence ministers' talks in Canberra "later this year" and next annual meeting "next year"; photo caption; 2005 Comprehensive Partnership → 2018 CSP; Lombok Treaty 2006; IA-CEPA 2019 |
| d203_korea_poland_defence_industry | South Korea–Poland | AP byline + "May 14, 2024" line + "WARSAW, Poland (AP) —"; **Korean names family name first**; lead names no one (names in 2nd paragraph: two evidence quotes); defence ministers "on Tuesday"; background first meeting "in February"; **FADIC** framework agreement July 2022 (acronym introduced with "or"); **planned meeting "in the autumn"** (year only); company visit and executive contracts with companies excluded; 1989 relations, 2013 Strategic Partnership |
| d204_brazil_china_state_visit | Brazil–China | Xinhua dateline without year; **year only in the body** ("in 2024, the 50th anniversary of diplomatic ties"); state-visit talks (bilateral meeting, no "summit"); **G20 summit just before** excluded; upgrade to a "community with a shared future"; named joint statement; 37 unnamed documents excluded; 1974/1993/2012 history; background talks April 2023; **seventh COSBAN** (non-vocabulary committee, ordinal 7) "In June this year" + COSBAN set up 2004; welcome ceremony, banquet, press, invitation "at a convenient time" excluded; Chinese names family name first; no courtesy call |
| d205_egypt_greece_council | Egypt–Greece | ANA-MPA full-date dateline, "on Monday"; **"first meeting of the High-Level Cooperation Council"** (outside vocabulary → bilateral meeting, ordinal 1) + separate one-on-one before it; council agreed at a Cairo meeting May 2024 (background meeting + mechanism_established; 2025 "launch" optional); planned **second meeting** "next year" (2026); **EEZ delimitation agreement 6 August 2020**; eight unnamed MoUs, trilateral with Cyprus excluded |
| d206_kenya_tanzania_presidents | Kenya–Tanzania | **no dateline**; the only date is "in a statement dated 2 October 2024" (a Wednesday) → "on Wednesday" = 2024-10-02; presidents met at the **border town of Namanga** (lead + statement sentence = one meeting); **planned Joint Commission in Arusha "in December"** with two named co-chairs; rally excluded; "Also Read:" |
| d207_philippines_vietnam_foreign_ministers | Philippines–Vietnam | PNA dateline without year, "on Thursday", "here"; **11th Joint Commission on Bilateral Cooperation** → Joint Commission; Vietnamese name family name first, later **given name only** ("Tran Quoc Hung" → "Hung"); courtesy call on the President; planned defence talks "on Friday"; ASEAN-retreat sidelines meeting "earlier this month"; 10th JCBC background (no date), 12th planned "next year" (no year); **maritime cooperation MOU** (own news, no year in text); 1976 relations (full date), Strategic Partnership Nov 2015; spokesperson, press conference, CSP plan excluded; "Follow us on" |
| d208_japan_us_summit | Japan–United States | Kyodo dateline without year, "Wednesday"; **summit at the White House**; foreign minister–secretary of state talks "on Tuesday"; G7 Hiroshima sidelines "in May last year"; **phone call in January** excluded; **trilateral with the Philippines on Thursday** excluded; **planned 2+2** (Security Consultative Committee) in Tokyo "later this year"; **1960 Treaty of Mutual Cooperation and Security**; new Forum on Defense Industrial Cooperation (mechanism, no year); speech to Congress, state dinner, unnamed joint statement excluded |
"""

IDAU = ["Indonesia", "Australia"]
KRPL = ["South Korea", "Poland"]
BRCN = ["Brazil", "China"]
EGGR = ["Egypt", "Greece"]
KETZ = ["Kenya", "Tanzania"]
PHVN = ["Philippines", "Vietnam"]
JPUS = ["Japan", "United States"]

EV_IDAU_SUMMIT = "D2-indonesia-australia-2024-07-04"

ARTICLES = [
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "d201_indonesia_australia_summit_wire",
        "source_path": "gold/articles/d201_indonesia_australia_summit_wire.txt",
        "dateline": "JAKARTA, July 4 (Reuters)",
        "meetings": [
            {
                "date": None,
                "date_partial": "--07-04",
                "date_resolved": "2024-07-04",
                "date_text": "on Thursday",
                "location": "Jakarta",
                "countries": IDAU,
                "mechanism": "Annual Summit",
                "mechanism_text": "Annual Leaders' Meeting",
                "participants": [
                    ("Hadisaputro", "President", "Indonesia"),
                    ("Daniel Kerrigan", "Prime Minister", "Australia"),
                ],
                "topics": [
                    "defence",
                    "critical minerals",
                    "electric vehicle supply chains",
                    "battery materials",
                    "war in Gaza",
                    "crisis in Myanmar",
                    "maritime security in the South China Sea",
                    "defence cooperation agreement",
                ],
                "evidence": [
                    "Indonesian President Hadisaputro and Australian Prime Minister Daniel "
                    "Kerrigan agreed on Thursday to deepen cooperation on defence, critical "
                    "minerals and electric vehicle supply chains, as the two neighbours held their "
                    "Annual Leaders' Meeting at the Merdeka Palace in Jakarta"
                ],
                "event": EV_IDAU_SUMMIT,
            },
            {
                "date": None,
                "date_resolved": "2023-11",
                "date_text": "in November",
                "location": "San Francisco",
                "countries": IDAU,
                "mechanism": "bilateral meeting",
                "participants": [
                    ("Daniel Kerrigan", "Prime Minister", "Australia"),
                    ("Hadisaputro", "President", "Indonesia"),
                ],
                "topics": ["agenda for Thursday's talks"],
                "evidence": [
                    "Kerrigan and Hadisaputro last met in November on the sidelines of the "
                    "Asia-Pacific Economic Cooperation summit in San Francisco"
                ],
            },
        ],
        "planned_meetings": [],
        "milestones": [
            {
                "name": "Comprehensive Strategic Partnership",
                "kind": "partnership_upgrade",
                "year": 2018,
                "countries": IDAU,
                "evidence": [
                    "The two countries upgraded their relationship to a Comprehensive Strategic "
                    "Partnership in 2018"
                ],
            },
            {
                "name": "Indonesia-Australia Comprehensive Economic Partnership Agreement (IA-CEPA)",
                "kind": "agreement",
                "year": 2019,
                "countries": IDAU,
                "evidence": [
                    "The Indonesia-Australia Comprehensive Economic Partnership Agreement "
                    "(IA-CEPA), signed in 2019, entered into force in July 2020"
                ],
            },
            {
                "name": "Indonesia-Australia Comprehensive Economic Partnership Agreement (IA-CEPA) "
                "enters into force",
                "kind": "agreement",
                "year": 2020,
                "date": "2020-07",
                "countries": IDAU,
                "optional": True,
                "evidence": [
                    "The Indonesia-Australia Comprehensive Economic Partnership Agreement "
                    "(IA-CEPA), signed in 2019, entered into force in July 2020"
                ],
            },
        ],
        "excluded": [
            "Kerrigan 'told a joint news conference after the meeting': a press conference, part "
            "of the summit, not a separate meeting",
            "Foreign Minister Dewi Anggraini 'told reporters' what the leaders discussed: she "
            "relays the talks and is not stated to have taken part, so she is not a participant",
            "the new defence cooperation agreement 'due to be signed later this year': a plan, "
            "not a milestone, and no meeting is named for the signing",
            "'The Annual Leaders' Meeting alternates between the two countries': a description "
            "of the series, not a meeting",
            "Kerrigan 'arrived in Jakarta on Wednesday evening' and was 'due to tour an electric "
            "vehicle battery plant in Karawang ... on Friday': an arrival and a site visit, no "
            "counterpart",
            "the A$40 million joint study: a funding announcement of the summit, not a named "
            "signed agreement",
        ],
        "notes": (
            "Traits: Reuters dateline without a year; 'on Thursday'; Indonesian president known by "
            "a single name (canonical name 'Hadisaputro'); 'Annual Leaders' Meeting' is an annual "
            "series of leaders' meetings, so mechanism Annual Summit (the text says 'annual' and "
            "'alternates between the two countries'); no ordinal stated. Same real meeting as "
            "d202 (event key D2-indonesia-australia-2024-07-04); d202 names a third participant "
            "(Foreign Minister Marchetti) which this article does not mention. "
            "meetings[0]: the year is not in the text; July 4 2024 is a Thursday (the d202 "
            "header gives 2024 for the same summit), so date_resolved 2024-07-04. "
            "meetings[1]: bilateral meeting on the sidelines of a multilateral summit; 'in "
            "November' before a yearless July dateline: year unknown from the text, so date null; "
            "date_resolved 2023-11 (previous November of 2024; APEC 2023 was in San Francisco). "
            "milestones[2] optional: separately stated entry into force."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "d202_indonesia_australia_summit_paper",
        "source_path": "gold/articles/d202_indonesia_australia_summit_paper.txt",
        "dateline": "Updated July 5, 2024 — 6.05am",
        "meetings": [
            {
                "date": "2024-07-04",
                "date_partial": "--07-04",
                "date_text": "yesterday",
                "location": "Jakarta",
                "countries": IDAU,
                "mechanism": "Annual Summit",
                "mechanism_text": "annual leaders' meeting",
                "participants": [
                    ("Daniel Kerrigan", "Prime Minister", "Australia"),
                    ("Hadisaputro", "President", "Indonesia"),
                    ("Sophie Marchetti", "Foreign Minister", "Australia"),
                ],
                "topics": [
                    "battery-materials plants",
                    "Indonesian nickel",
                    "Australian lithium",
                    "defence",
                    "education",
                    "health",
                    "climate finance",
                    "Myanmar",
                    "South China Sea",
                    "war in Gaza",
                ],
                "evidence": [
                    "Prime Minister Daniel Kerrigan and Indonesian President Hadisaputro have "
                    "agreed to jointly fund a $40 million study into building battery-materials "
                    "plants that would combine Indonesian nickel with Australian lithium, after "
                    "their annual leaders' meeting in Jakarta yesterday",
                    "The leaders, with Foreign Minister Sophie Marchetti joining the talks, spent "
                    "close to two and a half hours together at the Merdeka Palace",
                ],
                "event": EV_IDAU_SUMMIT,
            },
            {
                "date": "2024-07-02",
                "date_partial": "--07-02",
                "date_text": "two days earlier",
                "location": "Jakarta",
                "countries": IDAU,
                "mechanism": "2+2 Dialogue",
                "mechanism_text": "annual 2+2 meeting of foreign and defence ministers",
                "participants": [
                    ("Sophie Marchetti", "Foreign Minister", "Australia"),
                    ("Liam Brennan", "Defence Minister", "Australia"),
                    ("Dewi Anggraini", "Foreign Minister", "Indonesia"),
                    ("Agus Setiawan", "Defence Minister", "Indonesia"),
                ],
                "topics": ["defence cooperation agreement"],
                "evidence": [
                    "It was preceded by the annual 2+2 meeting of foreign and defence ministers, "
                    "held in Jakarta two days earlier",
                    "At that meeting, Ms Marchetti and Defence Minister Liam Brennan sat down with "
                    "their counterparts, Foreign Minister Dewi Anggraini and Defence Minister Agus "
                    "Setiawan, to finalise the text of a new defence cooperation agreement",
                ],
            },
        ],
        "planned_meetings": [
            {
                "date": "2024",
                "date_text": "later this year",
                "location": "Canberra",
                "countries": IDAU,
                "mechanism": "bilateral meeting",
                "participants": [
                    ("Agus Setiawan", "Defence Minister", "Indonesia"),
                    ("Liam Brennan", "Defence Minister", "Australia"),
                ],
                "topics": ["signing of the defence cooperation agreement"],
                "evidence": [
                    "It is expected to be signed when Mr Setiawan travels to Canberra for talks "
                    "with Mr Brennan later this year"
                ],
            },
            {
                "date": "2025",
                "date_text": "next year",
                "location": None,
                "countries": IDAU,
                "mechanism": "Annual Summit",
                "mechanism_text": "annual leaders' meeting",
                "participants": [
                    ("Hadisaputro", "President", "Indonesia"),
                    ("Daniel Kerrigan", "Prime Minister", "Australia"),
                ],
                "evidence": [
                    "said the next annual leaders' meeting would be held in Australia next year, "
                    "and that Mr Hadisaputro had accepted his invitation to attend"
                ],
            },
        ],
        "milestones": [
            {
                "name": "Comprehensive Partnership",
                "kind": "partnership_upgrade",
                "year": 2005,
                "countries": IDAU,
                "evidence": [
                    "Australia and Indonesia declared a Comprehensive Partnership in 2005"
                ],
            },
            {
                "name": "Comprehensive Strategic Partnership",
                "kind": "partnership_upgrade",
                "year": 2018,
                "countries": IDAU,
                "evidence": ["upgraded it to a Comprehensive Strategic Partnership in 2018"],
            },
            {
                "name": "Indonesia-Australia Comprehensive Economic Partnership Agreement",
                "kind": "agreement",
                "year": 2019,
                "countries": IDAU,
                "evidence": [
                    "The Indonesia-Australia Comprehensive Economic Partnership Agreement was "
                    "signed the following year, in 2019"
                ],
            },
            {
                "name": "Lombok Treaty",
                "kind": "agreement",
                "year": 2006,
                "countries": IDAU,
                "evidence": ["the Lombok Treaty on security cooperation, signed in 2006"],
            },
        ],
        "excluded": [
            "trilateral discussion with Papua New Guinea's Prime Minister Samuel Tovue 'earlier "
            "yesterday': three countries, not a bilateral meeting; the hope to 'make it a regular "
            "fixture' is a plan, not a mechanism established",
            "photo caption 'Prime Minister Daniel Kerrigan is welcomed by President Hadisaputro "
            "at the Merdeka Palace': the welcome of the same summit, not a second meeting",
            "Kerrigan 'told Australian reporters at the palace afterwards': press remarks",
            "the defence cooperation agreement 'expected to be signed' later this year: a plan, "
            "not a milestone (its signing occasion is the planned Canberra talks)",
            "'concluded the text of their free trade deal' in 2018: conclusion of negotiations, "
            "not the signing (the signing in 2019 is labelled)",
            "the agreement to 'begin talks on a new agreement on the recognition of professional "
            "qualifications', scholarships and health programs: plans, not milestones",
            "Kerrigan 'due to visit an electric vehicle battery factory in Karawang ... today': "
            "a site visit, no counterpart",
            "Rina Kusuma (Lowy Institute) and the Greens: commentary, no meeting",
            "'Related Article' headline and newsletter prompt: site furniture",
        ],
        "notes": (
            "Traits: SMH-style byline 'By Jessica Tran' and 'Updated July 5, 2024 — 6.05am'; "
            "'yesterday' = 2024-07-04 (a Thursday, as d201's 'on Thursday'). Same summit as d201 "
            "(event key D2-indonesia-australia-2024-07-04): both give Jakarta and the Merdeka "
            "Palace; here a third participant (Marchetti, 'joining the talks'); durations agree "
            "(d201 'more than two hours', here 'close to two and a half hours'). "
            "meetings[1]: the 2+2 is 'two days earlier' than the summit (yesterday, July 4) = "
            "2024-07-02 (a Tuesday); its facts are split over two sentences (two evidence "
            "quotes); 'annual' describes the 2+2 series, mechanism stays 2+2 Dialogue (not "
            "Annual Summit); no ordinal stated. Titles as written ('Foreign Minister', 'Defence "
            "Minister'). "
            "planned_meetings[0]: 'later this year' in a 2024 story = 2024. planned_meetings[1]: "
            "'next year' = 2025; only the country (Australia) is given, so location null; "
            "Kerrigan counted as the inviting host (he announced it and invited Hadisaputro). "
            "milestones: 'the following year, in 2019' states the year; Lombok Treaty named as "
            "written (no formal title given)."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "d203_korea_poland_defence_industry",
        "source_path": "gold/articles/d203_korea_poland_defence_industry.txt",
        "dateline": "May 14, 2024",
        "meetings": [
            {
                "date": "2024-05-14",
                "date_partial": "--05-14",
                "date_text": "on Tuesday",
                "location": "Warsaw",
                "countries": KRPL,
                "mechanism": "bilateral meeting",
                "participants": [
                    ("Park Jae-hoon", "Minister of National Defense", "South Korea"),
                    (
                        "Tomasz Wierzbicki",
                        "Deputy Prime Minister and Defense Minister",
                        "Poland",
                    ),
                ],
                "topics": [
                    "deliveries of tanks and howitzers",
                    "next executive contract for K2 Black Panther tanks",
                    "Polish version of the tank",
                    "training for Polish crews",
                    "technology transfer",
                ],
                "evidence": [
                    "South Korea's defense minister held talks in Warsaw on Tuesday with his "
                    "Polish counterpart",
                    "Park Jae-hoon, South Korea's minister of national defense, and Polish Deputy "
                    "Prime Minister and Defense Minister Tomasz Wierzbicki spent most of the day "
                    "at the Defense Ministry",
                ],
            },
            {
                "date": "2024-02",
                "date_text": "in February",
                "location": "Seoul",
                "countries": KRPL,
                "mechanism": "bilateral meeting",
                "participants": [
                    ("Park Jae-hoon", "Minister of National Defense", "South Korea"),
                    (
                        "Tomasz Wierzbicki",
                        "Deputy Prime Minister and Defense Minister",
                        "Poland",
                    ),
                ],
                "topics": ["financing of the second contract"],
                "evidence": [
                    "They first met in Seoul in February, weeks after Wierzbicki took office"
                ],
            },
        ],
        "planned_meetings": [
            {
                "date": "2024",
                "date_text": "in the autumn",
                "location": "Seoul",
                "countries": KRPL,
                "mechanism": "bilateral meeting",
                "participants": [
                    ("Park Jae-hoon", "Minister of National Defense", "South Korea"),
                    (
                        "Tomasz Wierzbicki",
                        "Deputy Prime Minister and Defense Minister",
                        "Poland",
                    ),
                ],
                "topics": ["signing the second tank contract"],
                "evidence": [
                    "The two ministers agreed on Tuesday to meet again in Seoul in the autumn"
                ],
            },
        ],
        "milestones": [
            {
                "name": "diplomatic relations established",
                "kind": "other",
                "year": 1989,
                "countries": KRPL,
                "evidence": ["South Korea and Poland established diplomatic relations in 1989"],
            },
            {
                "name": "Strategic Partnership",
                "kind": "partnership_upgrade",
                "year": 2013,
                "countries": KRPL,
                "evidence": ["raised their ties to a Strategic Partnership in 2013"],
            },
            {
                "name": "Framework Agreement on Defense Industry Cooperation (FADIC)",
                "kind": "agreement",
                "year": 2022,
                "date": "2022-07",
                "countries": KRPL,
                "evidence": [
                    "Those orders are made under the Framework Agreement on Defense Industry "
                    "Cooperation, or FADIC, which the two governments signed in Warsaw in July 2022"
                ],
            },
        ],
        "excluded": [
            "'The first executive contracts under FADIC ... were signed with South Korean "
            "companies the following month': commercial contracts with companies, not an "
            "agreement between the two countries",
            "Park 'scheduled to travel to Gliwice ... to visit the Bumar-Labedy tank plant ... "
            "and to meet executives of Hyundai Rotem': a plant visit and company executives, not "
            "officials of the other country",
            "the second K2 contract (talks 'have dragged on'; aim of 'signing the second tank "
            "contract by then'): a plan, not a milestone",
            "Wierzbicki 'told reporters after the meeting'; 'according to a joint press release': "
            "press remarks",
            "'Polish opposition lawmakers have questioned': domestic politics, no meeting",
        ],
        "notes": (
            "Traits: AP byline with Korean names family name first, a separate 'May 14, 2024' "
            "line that dates the story, then 'WARSAW, Poland (AP) —'. The lead names neither "
            "minister ('South Korea's defense minister ... his Polish counterpart'); the names "
            "come in the next paragraph: one meeting, two evidence quotes. 'on Tuesday': May 14 "
            "2024 is a Tuesday (same day). Titles as written: 'minister of national defense' "
            "(capitalised in the label) and 'Deputy Prime Minister and Defense Minister'. "
            "meetings[1]: background first meeting 'in February' = February 2024 (before the May "
            "2024 story). planned_meetings[0]: 'in the autumn' = autumn 2024, year precision. "
            "milestones[2]: the text writes 'Framework Agreement on Defense Industry Cooperation, "
            "or FADIC'; the name carries the acronym in parentheses per conventions."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "d204_brazil_china_state_visit",
        "source_path": "gold/articles/d204_brazil_china_state_visit.txt",
        "dateline": "BRASILIA, Nov. 20 (Xinhua)",
        "meetings": [
            {
                "date": "2024-11-20",
                "date_partial": "--11-20",
                "date_text": "on Wednesday",
                "location": "Brasilia",
                "countries": BRCN,
                "mechanism": "bilateral meeting",
                "participants": [
                    ("Zhao Hongwei", "President", "China"),
                    ("Renato Vasconcelos", "President", "Brazil"),
                ],
                "topics": [
                    "community with a shared future",
                    "synergy between the Belt and Road Initiative and Brazil's development "
                    "strategies",
                    "trade, agriculture, energy and mining",
                    "green economy",
                    "digital economy",
                    "coordination in multilateral mechanisms",
                    "Ukraine crisis",
                ],
                "evidence": [
                    "Chinese President Zhao Hongwei held talks with Brazilian President Renato "
                    "Vasconcelos at the Alvorada Palace in Brasilia on Wednesday"
                ],
            },
            {
                "date": "2023-04",
                "date_text": "in April 2023",
                "location": "Beijing",
                "countries": BRCN,
                "mechanism": "bilateral meeting",
                "participants": [
                    ("Zhao Hongwei", "President", "China"),
                    ("Renato Vasconcelos", "President", "Brazil"),
                ],
                "evidence": [
                    "The two leaders last held talks in Beijing in April 2023, when Vasconcelos "
                    "paid a state visit to China shortly after taking office"
                ],
            },
            {
                "date": "2024-06",
                "date_text": "In June this year",
                "location": "Beijing",
                "countries": BRCN,
                "mechanism": "bilateral meeting",
                "mechanism_text": "seventh meeting of the China-Brazil High-Level Coordination "
                "and Cooperation Committee (COSBAN)",
                "ordinal": 7,
                "participants": [
                    ("Lu Jianming", "Vice President", "China"),
                    ("Fernando Queiroz", "Vice President", "Brazil"),
                ],
                "topics": ["preparations for Zhao's visit"],
                "evidence": [
                    "In June this year, Chinese Vice President Lu Jianming and Brazilian Vice "
                    "President Fernando Queiroz co-chaired the seventh meeting of the China-Brazil "
                    "High-Level Coordination and Cooperation Committee (COSBAN) in Beijing"
                ],
            },
        ],
        "planned_meetings": [],
        "milestones": [
            {
                "name": "diplomatic relations established",
                "kind": "other",
                "year": 1974,
                "countries": BRCN,
                "evidence": ["since China and Brazil established diplomatic relations in 1974"],
            },
            {
                "name": "Strategic Partnership",
                "kind": "partnership_upgrade",
                "year": 1993,
                "countries": BRCN,
                "evidence": [
                    "Brazil was the first developing country to establish a strategic partnership "
                    "with China, in 1993"
                ],
            },
            {
                "name": "Comprehensive Strategic Partnership",
                "kind": "partnership_upgrade",
                "year": 2012,
                "countries": BRCN,
                "evidence": [
                    "the first Latin American country to establish a comprehensive strategic "
                    "partnership with China, in 2012"
                ],
            },
            {
                "name": "community with a shared future for a more just world and a more "
                "sustainable planet",
                "kind": "partnership_upgrade",
                "year": 2024,
                "date": "2024-11-20",
                "countries": BRCN,
                "evidence": [
                    "with the two heads of state announcing the elevation of bilateral ties to a "
                    "China-Brazil community with a shared future for a more just world and a more "
                    "sustainable planet"
                ],
            },
            {
                "name": "Joint Statement between the People's Republic of China and the Federative "
                "Republic of Brazil on Building a China-Brazil Community with a Shared Future for "
                "a More Just World and a More Sustainable Planet",
                "kind": "agreement",
                "year": 2024,
                "date": "2024-11-20",
                "countries": BRCN,
                "evidence": [
                    "The two sides issued a Joint Statement between the People's Republic of China "
                    "and the Federative Republic of Brazil on Building a China-Brazil Community "
                    "with a Shared Future for a More Just World and a More Sustainable Planet"
                ],
            },
            {
                "name": "China-Brazil High-Level Coordination and Cooperation Committee (COSBAN) "
                "established",
                "kind": "mechanism_established",
                "year": 2004,
                "countries": BRCN,
                "evidence": [
                    "The committee, the highest-level mechanism for dialogue between the two "
                    "governments, was set up in 2004"
                ],
            },
        ],
        "excluded": [
            "the 19th G20 Leaders' Summit in Rio de Janeiro 'on Monday and Tuesday': a "
            "multilateral summit; no bilateral meeting on its sidelines is reported",
            "Zhao's earlier stops in Lima (31st APEC Economic Leaders' Meeting, state visit to "
            "Peru): multilateral / another country",
            "Zhao 'arrived in Brasilia on Tuesday evening': an arrival",
            "the 'grand welcome ceremony' at the Alvorada Palace and the 'state banquet' at the "
            "Itamaraty Palace: ceremonies of the same visit, not separate meetings",
            "'The two heads of state then met the press together': a press appearance",
            "'the signing of 37 cooperation documents': unnamed documents, not labelled as "
            "milestones",
            "'Friends for Peace' group launched 'at the United Nations in September' with other "
            "Global South countries: multilateral, not a bilateral milestone",
            "'Zhao invited Vasconcelos to visit China again at a convenient time': a vague "
            "invitation, not a planned meeting",
            "China-Brazil Earth Resources Satellite program ('decades-old'): no date, not a "
            "milestone",
            "trade figures (181.5 billion U.S. dollars in 2023): not milestones",
        ],
        "notes": (
            "Traits: Xinhua dateline without a year; the year comes from the body: 'Zhao said "
            "that in 2024, the 50th anniversary of diplomatic ties, China-Brazil relations are "
            "...' (present tense: the story's year is 2024), so 'on Wednesday' = 2024-11-20 (a "
            "Wednesday) gets a full date, and 'In June this year' = 2024-06. Chinese names family "
            "name first. A state visit with 'talks' only (never called a summit) → bilateral "
            "meeting, mechanism_text null. No courtesy call in the article. "
            "meetings[2]: COSBAN is a 'Committee', not a Joint Commission / Intergovernmental "
            "Commission of the vocabulary, so bilateral meeting with its name and ordinal 7 "
            "(judgement call: a second labeller might argue Joint Commission). "
            "milestones[3]: level name without the country names; dated to the talks (the "
            "announcement is in the lead sentence about Wednesday's talks). milestones[4]: the "
            "joint statement is named and issued after the talks on the same day."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "d205_egypt_greece_council",
        "source_path": "gold/articles/d205_egypt_greece_council.txt",
        "dateline": "ATHENS, 17 March 2025 (ANA-MPA)",
        "meetings": [
            {
                "date": "2025-03-17",
                "date_partial": "--03-17",
                "date_text": "on Monday",
                "location": "Athens",
                "countries": EGGR,
                "mechanism": "bilateral meeting",
                "mechanism_text": "first meeting of the Greece-Egypt High-Level Cooperation "
                "Council",
                "ordinal": 1,
                "participants": [
                    ("Stavros Kalogeropoulos", "Prime Minister", "Greece"),
                    ("Mahmoud Fahmy", "President", "Egypt"),
                ],
                "topics": [
                    "energy interconnection",
                    "migration",
                    "situation in Gaza and Libya",
                    "GREGY electricity interconnector",
                ],
                "evidence": [
                    "Prime Minister Stavros Kalogeropoulos and Egyptian President Mahmoud Fahmy "
                    "co-chaired on Monday the first meeting of the Greece-Egypt High-Level "
                    "Cooperation Council at the Maximos Mansion"
                ],
            },
            {
                "date": "2025-03-17",
                "date_partial": "--03-17",
                "date_text": "Before the council convened",
                "location": "Athens",
                "countries": EGGR,
                "mechanism": "bilateral meeting",
                "participants": [
                    ("Stavros Kalogeropoulos", "Prime Minister", "Greece"),
                    ("Mahmoud Fahmy", "President", "Egypt"),
                ],
                "evidence": [
                    "Before the council convened, the two leaders held a one-on-one meeting "
                    "lasting about an hour"
                ],
            },
            {
                "date": "2024-05",
                "date_text": "in May 2024",
                "location": "Cairo",
                "countries": EGGR,
                "mechanism": "bilateral meeting",
                "participants": [
                    ("Stavros Kalogeropoulos", "Prime Minister", "Greece"),
                    ("Mahmoud Fahmy", "President", "Egypt"),
                ],
                "topics": ["High-Level Cooperation Council"],
                "evidence": [
                    "The council was agreed when the two leaders met in Cairo in May 2024"
                ],
            },
        ],
        "planned_meetings": [
            {
                "date": "2026",
                "date_text": "next year",
                "location": "Cairo",
                "countries": EGGR,
                "mechanism": "bilateral meeting",
                "mechanism_text": "second meeting of the council",
                "ordinal": 2,
                "participants": [],
                "evidence": ["The second meeting of the council will be held in Cairo next year"],
            },
        ],
        "milestones": [
            {
                "name": "agreement on the delimitation of the exclusive economic zones between "
                "Greece and Egypt",
                "kind": "agreement",
                "year": 2020,
                "date": "2020-08-06",
                "countries": EGGR,
                "evidence": [
                    "the agreement on the delimitation of the exclusive economic zones between "
                    "Greece and Egypt, signed in Cairo on 6 August 2020"
                ],
            },
            {
                "name": "High-Level Cooperation Council established",
                "kind": "mechanism_established",
                "year": 2024,
                "date": "2024-05",
                "countries": EGGR,
                "evidence": [
                    "The council was agreed when the two leaders met in Cairo in May 2024, and "
                    "will meet annually, alternating between the two capitals"
                ],
            },
            {
                "name": "High-Level Cooperation Council established",
                "kind": "mechanism_established",
                "year": 2025,
                "date": "2025-03-17",
                "countries": EGGR,
                "optional": True,
                "evidence": [
                    "Greece and Egypt launch High-Level Cooperation Council",
                    "co-chaired on Monday the first meeting of the Greece-Egypt High-Level "
                    "Cooperation Council",
                ],
            },
        ],
        "excluded": [
            "'eight memoranda of understanding were signed': unnamed documents, not labelled",
            "'joint statements to the press after the talks': press statements",
            "the GREGY electricity interconnector: a planned project, not a milestone",
            "trilateral cooperation mechanism with Cyprus and its next summit 'expected to be "
            "held in Nicosia': trilateral, not bilateral",
            "'will meet annually, alternating between the two capitals': the series' rule, not a "
            "meeting (the next meeting is labelled as planned)",
            "Fahmy 'arrived in Athens on Sunday evening' / 'due to return to Cairo on Tuesday': "
            "travel, not meetings",
            "UN Convention on the Law of the Sea: multilateral, not a bilateral milestone",
        ],
        "notes": (
            "Traits: ANA-MPA full-date dateline (17 March 2025 is a Monday, 'on Monday' = that "
            "day); 'first meeting of the ... High-Level Cooperation Council' is outside the "
            "vocabulary → bilateral meeting, ordinal 1; the one-on-one before it is a separate "
            "meeting (conventions: separate one-on-one talks on the side of a format). "
            "Location: Maximos Mansion, dateline Athens, and Fahmy's visit is to Athens. "
            "meetings[2]: background meeting where the council was agreed. "
            "planned_meetings[0]: 'next year' in a 2025 story = 2026; ordinal 2; no named "
            "participants. milestones[1]: the council was agreed in May 2024 (mechanism "
            "established at agreement); milestones[2] optional: the headline's 'launch' and the "
            "first meeting could also be read as establishment (conventions: first round only "
            "optional)."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "d206_kenya_tanzania_presidents",
        "source_path": "gold/articles/d206_kenya_tanzania_presidents.txt",
        "dateline": None,
        "meetings": [
            {
                "date": "2024-10-02",
                "date_partial": "--10-02",
                "date_text": "on Wednesday",
                "location": "Namanga",
                "countries": KETZ,
                "mechanism": "bilateral meeting",
                "participants": [
                    ("Peter Njoroge", "President", "Kenya"),
                    ("Halima Kombo", "President", "Tanzania"),
                ],
                "topics": [
                    "non-tariff barriers",
                    "movement of maize, milk, cooking gas and tourist vehicles",
                    "Dar es Salaam-Mombasa natural gas pipeline",
                    "Malindi-Lunga Lunga-Tanga-Bagamoyo road",
                ],
                "evidence": [
                    "after the two leaders met in the border town of Namanga",
                    "State House Nairobi said the two presidents held talks on Wednesday at the "
                    "Namanga One-Stop Border Post",
                ],
            },
        ],
        "planned_meetings": [
            {
                "date": "2024-12",
                "date_text": "in December",
                "location": "Arusha",
                "countries": KETZ,
                "mechanism": "Joint Commission",
                "mechanism_text": "Kenya-Tanzania Joint Commission for Cooperation",
                "participants": [
                    (
                        "Joseph Wekesa",
                        "Cabinet Secretary for Foreign and Diaspora Affairs",
                        "Kenya",
                    ),
                    (
                        "Salma Rashid Hamad",
                        "Minister for Foreign Affairs and East African Cooperation",
                        "Tanzania",
                    ),
                ],
                "topics": ["agreement on the removal of the barriers"],
                "evidence": [
                    "They directed their ministers to convene the Kenya-Tanzania Joint Commission "
                    "for Cooperation in Arusha in December",
                    "Salma Rashid Hamad, will co-chair the commission",
                ],
            },
        ],
        "milestones": [],
        "excluded": [
            "Njoroge and Kombo 'later addressed residents from both sides of the border at a "
            "public rally': a public speech, not a meeting",
            "the 'agreement on the removal of the barriers' to be finalised in December: a plan, "
            "not a milestone",
            "Grace Wambui, a trader: not an official",
            "trade figure ('about Sh110 billion last year'): not a milestone",
            "'Also Read: Tanzania lifts ban on Kenyan tour vans at Kilimanjaro airport': site "
            "furniture",
        ],
        "notes": (
            "Traits: no dateline; the only date is 'In a statement dated 2 October 2024', which "
            "dates the story (conventions: a date written elsewhere in the text). 2 October 2024 "
            "is a Wednesday, so the past-tense 'on Wednesday' = 2024-10-02. The lead ('met in "
            "the border town of Namanga') and the statement sentence are one meeting (two "
            "evidence quotes). Kombo is introduced as 'his Tanzanian counterpart' and then 'the "
            "two presidents': title President. planned_meetings[0]: 'in December' after an "
            "October 2024 story = 2024-12; the two co-chairs are named in the next sentence "
            "(second evidence quote); no ordinal."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "d207_philippines_vietnam_foreign_ministers",
        "source_path": "gold/articles/d207_philippines_vietnam_foreign_ministers.txt",
        "dateline": "MANILA, Jan 30 (PNA)",
        "meetings": [
            {
                "date": None,
                "date_partial": "--01-30",
                "date_resolved": "2025-01-30",
                "date_text": "on Thursday",
                "location": "Manila",
                "countries": PHVN,
                "mechanism": "Joint Commission",
                "mechanism_text": "11th Joint Commission on Bilateral Cooperation",
                "ordinal": 11,
                "participants": [
                    ("Marisol Bautista-Reyes", "Foreign Affairs Secretary", "Philippines"),
                    ("Tran Quoc Hung", "Minister of Foreign Affairs", "Vietnam"),
                ],
                "topics": [
                    "maritime cooperation",
                    "defense and security",
                    "trade and investment",
                    "agriculture",
                    "energy",
                    "people-to-people exchanges",
                    "rice trade arrangement",
                ],
                "evidence": [
                    "The Philippines and Vietnam on Thursday signed a memorandum of understanding "
                    "on maritime cooperation as the two countries held the 11th Joint Commission "
                    "on Bilateral Cooperation (JCBC) here",
                    "Foreign Affairs Secretary Marisol Bautista-Reyes and Vietnamese Minister of "
                    "Foreign Affairs Tran Quoc Hung co-chaired the meeting",
                ],
            },
            {
                "date": None,
                "date_partial": "--01-30",
                "date_resolved": "2025-01-30",
                "date_text": "Later in the day",
                "location": "Manila",
                "countries": PHVN,
                "mechanism": "courtesy call",
                "mechanism_text": "courtesy call",
                "participants": [
                    ("Tran Quoc Hung", "Minister of Foreign Affairs", "Vietnam"),
                    ("Rafael Santiago", "President", "Philippines"),
                ],
                "topics": [
                    "50th anniversary of diplomatic relations",
                    "cooperation within ASEAN",
                ],
                "evidence": [
                    "Later in the day, Hung paid a courtesy call on President Rafael Santiago at "
                    "Malacañan Palace"
                ],
            },
            {
                "date": None,
                "date_resolved": "2025-01",
                "date_text": "earlier this month",
                "location": "Langkawi",
                "countries": PHVN,
                "mechanism": "bilateral meeting",
                "participants": [
                    ("Marisol Bautista-Reyes", "Foreign Affairs Secretary", "Philippines"),
                    ("Tran Quoc Hung", "Minister of Foreign Affairs", "Vietnam"),
                ],
                "topics": ["agenda for the JCBC"],
                "evidence": [
                    "Bautista-Reyes and Hung last met on the sidelines of the ASEAN Foreign "
                    "Ministers' Retreat in Langkawi, Malaysia earlier this month"
                ],
            },
            {
                "date": None,
                "date_text": None,
                "location": "Hanoi",
                "countries": PHVN,
                "mechanism": "Joint Commission",
                "mechanism_text": "10th JCBC",
                "ordinal": 10,
                "participants": [],
                "evidence": ["The 10th JCBC was held in Hanoi"],
            },
        ],
        "planned_meetings": [
            {
                "date": None,
                "date_partial": "--01-31",
                "date_resolved": "2025-01-31",
                "date_text": "on Friday",
                "location": "Quezon City",
                "countries": PHVN,
                "mechanism": "bilateral meeting",
                "participants": [
                    ("Tran Quoc Hung", "Minister of Foreign Affairs", "Vietnam"),
                    ("Ramon Galvez", "Secretary of National Defense", "Philippines"),
                ],
                "topics": ["defense cooperation", "exchange of visits by naval vessels"],
                "evidence": [
                    "Hung is also set to meet Secretary of National Defense Ramon Galvez at Camp "
                    "Aguinaldo in Quezon City on Friday"
                ],
            },
            {
                "date": None,
                "date_resolved": "2026",
                "date_text": "next year",
                "location": "Hanoi",
                "countries": PHVN,
                "mechanism": "Joint Commission",
                "mechanism_text": "12th JCBC",
                "ordinal": 12,
                "participants": [],
                "evidence": ["The two sides agreed to hold the 12th JCBC in Hanoi next year"],
            },
        ],
        "milestones": [
            {
                "name": "Memorandum of Understanding on Maritime Cooperation",
                "kind": "agreement",
                "year": None,
                "date": None,
                "countries": PHVN,
                "evidence": [
                    "The Philippines and Vietnam on Thursday signed a memorandum of understanding "
                    "on maritime cooperation",
                    "The MOU on Maritime Cooperation, signed by the two foreign ministers after the "
                    "plenary session",
                ],
            },
            {
                "name": "diplomatic relations established",
                "kind": "other",
                "year": 1976,
                "date": "1976-07-12",
                "countries": PHVN,
                "evidence": [
                    "The Philippines and Vietnam established diplomatic relations on July 12, 1976"
                ],
            },
            {
                "name": "Strategic Partnership",
                "kind": "partnership_upgrade",
                "year": 2015,
                "date": "2015-11",
                "countries": PHVN,
                "evidence": [
                    "The two countries elevated their relations to a strategic partnership in "
                    "November 2015"
                ],
            },
        ],
        "excluded": [
            "'In a joint press conference after the meeting': a press conference",
            "'would explore elevating the relationship to a comprehensive strategic "
            "partnership': a plan, not a milestone",
            "'agreed to work toward a new rice trade arrangement': a plan, not a milestone",
            "DFA spokesperson Carlo Mendoza 'told reporters': relays the meeting, not a "
            "participant",
            "'according to a readout from the Presidential Communications Office': relayed "
            "statement of the courtesy call, not another meeting",
            "the ASEAN Foreign Ministers' Retreat itself: multilateral (only the bilateral "
            "meeting on its sidelines is labelled)",
            "'the upcoming 50th anniversary of diplomatic relations': an anniversary, not a "
            "milestone (and it does not state the story's year)",
            "'the 1982 UNCLOS': a multilateral convention, not a bilateral milestone",
        ],
        "notes": (
            "Traits: PNA dateline without a year; 'on Thursday' and 'here' (= Manila). The 11th "
            "Joint Commission on Bilateral Cooperation is a controlled 'Joint Commission', "
            "ordinal 11; the lead and the co-chair sentence are one meeting (two evidence "
            "quotes). The Vietnamese minister is 'Tran Quoc Hung' (family name first) and later "
            "only 'Hung' (his given name): one canonical name. "
            "Year: not in the text; January 30 2025 is a Thursday, so date_resolved 2025-01-30 "
            "for meetings[0-1], 2025-01-31 for the Friday plan (future tense: the next Friday, "
            "the day after the dateline), 2025-01 for 'earlier this month' and 2026 for 'next "
            "year'. 'the upcoming 50th anniversary' of 1976 relations hints at 2025/2026 but does "
            "not state the year, so dates stay null. "
            "meetings[1]: Malacañan Palace is in Manila, on the same Manila visit. "
            "meetings[3]: background 10th JCBC with no date. "
            "milestones[0]: the article's own news with no year in the text, so year and date "
            "null (conventions). milestones[1-2]: Strategic Partnership lower-case in the text, "
            "level name capitalised."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "d208_japan_us_summit",
        "source_path": "gold/articles/d208_japan_us_summit.txt",
        "dateline": "WASHINGTON, April 10 (Kyodo)",
        "meetings": [
            {
                "date": None,
                "date_partial": "--04-10",
                "date_resolved": "2024-04-10",
                "date_text": "Wednesday",
                "location": "Washington",
                "countries": JPUS,
                "mechanism": "bilateral summit",
                "mechanism_text": "summit",
                "participants": [
                    ("Takeshi Morinaga", "Prime Minister", "Japan"),
                    ("Robert Callahan", "President", "United States"),
                ],
                "topics": [
                    "military command and control frameworks",
                    "defense equipment production",
                    "space",
                    "semiconductors",
                    "artificial intelligence",
                    "clean energy",
                    "Taiwan Strait",
                    "North Korea",
                    "Senkaku Islands",
                ],
                "evidence": [
                    "Prime Minister Takeshi Morinaga and U.S. President Robert Callahan agreed "
                    "Wednesday to upgrade their countries' military command and control "
                    "frameworks so that Japanese and U.S. forces can operate more seamlessly, as "
                    "the two leaders held a summit at the White House"
                ],
            },
            {
                "date": None,
                "date_partial": "--04-09",
                "date_resolved": "2024-04-09",
                "date_text": "on Tuesday",
                "location": "Washington",
                "countries": JPUS,
                "mechanism": "bilateral meeting",
                "participants": [
                    ("Aya Kurokawa", "Foreign Minister", "Japan"),
                    ("Michael Dunleavy", "Secretary of State", "United States"),
                ],
                "topics": [
                    "economic security",
                    "supply chains for critical minerals and semiconductors",
                ],
                "evidence": [
                    "Before the summit, Foreign Minister Aya Kurokawa held talks with Secretary of "
                    "State Michael Dunleavy in Washington on Tuesday"
                ],
            },
            {
                "date": None,
                "date_resolved": "2023-05",
                "date_text": "in May last year",
                "location": "Hiroshima",
                "countries": JPUS,
                "mechanism": "bilateral meeting",
                "participants": [
                    ("Takeshi Morinaga", "Prime Minister", "Japan"),
                    ("Robert Callahan", "President", "United States"),
                ],
                "evidence": [
                    "The two leaders last met in person in May last year on the sidelines of the "
                    "Group of Seven summit in Hiroshima"
                ],
            },
        ],
        "planned_meetings": [
            {
                "date": None,
                "date_resolved": "2024",
                "date_text": "later this year",
                "location": "Tokyo",
                "countries": JPUS,
                "mechanism": "2+2 Dialogue",
                "mechanism_text": "Security Consultative Committee",
                "participants": [],
                "topics": ["details of the command and control upgrade"],
                "evidence": [
                    "the two countries will hold a meeting of their Security Consultative "
                    "Committee, the so-called two-plus-two involving their foreign and defense "
                    "chiefs, in Tokyo later this year"
                ],
            },
        ],
        "milestones": [
            {
                "name": "Japan-U.S. Treaty of Mutual Cooperation and Security",
                "kind": "agreement",
                "year": 1960,
                "countries": JPUS,
                "evidence": [
                    "the Japan-U.S. Treaty of Mutual Cooperation and Security, signed in 1960",
                    "The Japan-U.S. alliance is based on the 1960 security treaty",
                ],
            },
            {
                "name": "Forum on Defense Industrial Cooperation established",
                "kind": "mechanism_established",
                "year": None,
                "date": None,
                "countries": JPUS,
                "evidence": [
                    "The two leaders also agreed to launch a Forum on Defense Industrial "
                    "Cooperation"
                ],
            },
        ],
        "excluded": [
            "'Morinaga and Callahan had last spoken by phone in January': a phone call, not a "
            "meeting",
            "'On Thursday, Morinaga and Callahan are scheduled to hold a trilateral summit with "
            "Philippine President Rafael Santiago': trilateral, not bilateral",
            "Morinaga 'set to deliver a speech at a joint meeting of the U.S. Congress': a "
            "speech, not a meeting",
            "the welcome 'ceremony on the South Lawn', the lunch session and the 'state dinner': "
            "parts of the same summit/visit, not separate meetings",
            "'told a joint press conference in the White House Rose Garden': a press conference",
            "'In a joint statement issued after the meeting': an unnamed joint statement, not "
            "labelled as a milestone",
            "the Group of Seven summit in Hiroshima itself: multilateral (only the bilateral "
            "meeting on its sidelines is labelled)",
            "Japan's defense-spending plan 'adopted in December 2022': a domestic decision, not "
            "a bilateral milestone",
            "Japan's joint operations command and the astronaut announcement: plans, not "
            "milestones",
            "Morinaga's trip to North Carolina: no counterpart",
        ],
        "notes": (
            "Traits: Kyodo dateline without a year; 'agreed Wednesday' (Kyodo style, no 'on'); "
            "summit at the White House → bilateral summit, location Washington. "
            "Year: not in the text. April 10 is a Wednesday in 2019 and 2024; the plan 'adopted "
            "in December 2022' and the G7 summit in Hiroshima 'in May last year' (real: May 2023) "
            "pin 2024, so date_resolved 2024-04-10 for the summit, 2024-04-09 for the Tuesday "
            "talks of the foreign minister and the secretary of state (past tense, the day "
            "before), 2023-05 for the Hiroshima sidelines meeting and 2024 for the planned 2+2. "
            "planned_meetings[0]: the Security Consultative Committee is the Japan-U.S. 2+2 "
            "('the so-called two-plus-two'); no named participants. "
            "milestones[1]: the Forum is launched at this summit: the article's own news with no "
            "year in the text, so year null. Treaty milestone has two evidence quotes (named "
            "with year, then 'the 1960 security treaty')."
        ),
    },
]
