r"""Gold labels for batch T5 (test split): Southeast and South Asia, the Gulf, Iberia and
Africa, the Andes, North Asia and the Pacific, the Indian Ocean.

Fictional but plausible articles in gold/test/articles/ (invented office holders, real titles,
real cities, real or plausible partnership history). Same record format as
gold/labels/new_articles.py: GoldMeeting / GoldMilestone fields, ``evidence`` as exact quotes,
``participants`` as (name, title, country).

| file | pair | traits |
|---|---|---|
| t501_thailand_cambodia_talks_wire | Thailand–Cambodia | Reuters `PHNOM PENH, Oct 15 (Reuters) -` **no year**; PMs' talks "on Tuesday" (date None, date_resolved 2024-10-15 pinned by the weekday + "75th anniversary of ties next year" with relations from 1950); place in the lead, venue in the next sentence; planned Joint Commission "in December" (event key shared with t502); 2001 maritime MoU, diplomatic relations 1950; press conference, business leaders, Mekong-Lancang (multilateral) excluded |
| t502_thailand_cambodia_talks_local | Thailand–Cambodia | local paper: section, byline line `Published: 16/10/2024 06:30 \| Updated: 16/10/2024 09:12`; **same talks** as t501 (event key), "yesterday", place and the two foreign ministers "also took part" in the next sentences (4 participants); FMs' separate meeting "Earlier in the day"; courtesy call on the National Assembly President "in the capital"; background meeting "in February" (Bangkok) + Strategic Partnership upgrade then; planned 11th Joint Commission (event key); airport welcome, press conference, anniversary invitation excluded |
| t503_bangladesh_nepal_foreign_secretary_talks | Bangladesh–Nepal | BSS `DHAKA, Nov 20, 2024 (BSS) -` **with year**; "ninth round of Foreign Secretary-level Consultations" (Foreign Office Consultations, ordinal 9) in Kathmandu "yesterday"; **the two heads of delegation named in the next two sentences**; courtesy call on Nepal's Foreign Minister; eighth round Dhaka August 2022 (background); tenth round "next year" (planned); 2018 power MoU, relations 1972; **tripartite** power sale agreement with India, PTA under negotiation, JCC "at a mutually convenient time" excluded |
| t504_uae_jordan_leaders_talks | United Arab Emirates–Jordan | WAM `ABU DHABI, 22nd April, 2025 (WAM) --`; "today received"; **honorifics** (His Highness Sheikh, His Majesty King) stripped; venue in the next sentence; two named attendees are participants; Jordanian government spokesperson relays via Petra (not a participant); MoU on renewable energy and green hydrogen (own news), CEPA (October 2024); airport welcome, phone call, Arab summit excluded |
| t505_portugal_angola_state_visit | Portugal–Angola | Lusa **ISO dateline** `Luanda, 2025-05-13 (Lusa)`; state visit, private + delegation talks = one meeting; **Comprehensive Strategic Partnership** (own news) after Strategic Partnership 2010 and Enhanced Strategic Partnership 2018; five agreements incl. "Strategic Cooperation Programme 2025-2029 (SCP)" **later called "the SCP"**; FMs' working meeting; background talks Lisbon 2023; planned talks Lisbon "next year"; 2010 PM visit (optional meeting); relations 1976; credit line, speech, business forum, CPLP excluded |
| t506_spain_portugal_summit_release | Spain–Portugal | **press-release header** `Cáceres, Thursday 20 November 2025`; "35th Spain-Portugal Summit" (Annual Summit, ordinal 35, event key), "today"; **ministers only "accompanied"** (not participants); Cáceres Declaration + three instruments (own news); 1977 treaty (full date), Treaty of Valencia 2002 (full date); summits "since 1983" (mechanism_established); 34th Faro October 2024 (background, event key); 36th in Portugal 2026 (planned, no city, event key) |
| t507_spain_portugal_summit_paper | Spain–Portugal | newspaper: section, standfirst, byline, **no header date**, footer `This article was first published on 21 November 2025` -> "on Thursday" = 2025-11-20; **same summit** as t506 ("35th Iberian summit", event key); FMs' **separate meeting on the margins** (own meeting); Faro "Last year" (background, year only, event key); next summit 2026 (planned, event key); phone call after the blackout, European Council, working lunch with regional presidents excluded; Albufeira Convention 1998, 1977 treaty |
| t508_ecuador_peru_binational_cabinet | Ecuador–Peru | dateline `QUITO —` **with no date**: the date only in the sentence after the lead ("on Friday, 6 December 2024"); **meeting city Tumbes ≠ dateline city Quito**; 15th Binational Cabinet (outside the vocabulary -> bilateral meeting, ordinal 15) with presidents + two named ministers; FMs' preparatory meeting "On the eve of the cabinet, on Thursday"; 14th in Guayaquil 2023; next in Loja 2025 (planned, no ordinal); Declaration of Tumbes, Brasília Presidential Act 1998, cabinet created 2007; Andean Community, trilateral with Colombia excluded |
| t509_south_korea_australia_2plus2 | South Korea–Australia | ABC `Posted Thu 11 Sep 2025 at 9:14pm, updated ...`; **seventh 2+2 with four named ministers**, **Korean names family name first** (Cho Min-ho, Ahn Gyu-seok, Kang Seung-woo); place in the lead, date in the next paragraph; courtesy call on the President ("called on"); planned defence ministers' meeting in Busan "on Friday"; first 2+2 Seoul July 2013 (background, ordinal 1); next 2+2 in Australia 2027 (planned, no ordinal); CSP December 2021 (its state visit an optional meeting), KAFTA 2014, unnamed joint statement (optional); trilateral video call with Japan, shipyard tour excluded |
| t510_sri_lanka_maldives_phone_call | Sri Lanka–Maldives | header `Thursday, 3 July 2025 09:30 AM`; **no meeting at all**: phone call "yesterday", "agreed to meet soon" (no dates), **trilateral** coast guard chiefs' meeting with India, consultations "in due course"; the only milestone is the Fisheries MoU of March 2019 |

Dates: ``date_resolved`` is given only where a weekday (plus the text) pins a yearless
month-day (t501); never a guess.
"""

TC = ["Thailand", "Cambodia"]
BN = ["Bangladesh", "Nepal"]
UJ = ["United Arab Emirates", "Jordan"]
PA = ["Portugal", "Angola"]
SP = ["Spain", "Portugal"]
EP = ["Ecuador", "Peru"]
KA = ["South Korea", "Australia"]
SM = ["Sri Lanka", "Maldives"]

TC_TALKS_EVENT = "T5-thailand-cambodia-2024-10-15"
TC_JC_EVENT = "T5-thailand-cambodia-joint-commission-2024-12"
SP_SUMMIT_EVENT = "T5-spain-portugal-summit-2025-11-20"
SP_FARO_EVENT = "T5-spain-portugal-summit-2024-10"
SP_NEXT_EVENT = "T5-spain-portugal-summit-2026"

PAKORN = ("Pakorn Srisawat", "Prime Minister", "Thailand")
CHEA = ("Chea Sovann", "Prime Minister", "Cambodia")
SOK = (
    "Sok Vannarith",
    "Deputy Prime Minister and Minister of Foreign Affairs and International Cooperation",
    "Cambodia",
)
NATTAPONG = ("Nattapong Kittikhun", "Foreign Minister", "Thailand")

NASRIN = ("Nasrin Akhter Khan", "Foreign Secretary", "Bangladesh")
ADHIKARI = ("Sewa Prasad Adhikari", "Foreign Secretary", "Nepal")

VALADARES = ("Henrique Valadares", "President", "Portugal")
DOMINGOS = ("Manuel Kiala Domingos", "President", "Angola")

ORTUNO_RELEASE = ("Javier Ortuño", "President of the Government", "Spain")
ORTUNO_PAPER = ("Javier Ortuño", "Prime Minister", "Spain")
MENESES = ("Duarte Meneses", "Prime Minister", "Portugal")

CARDENAS = ("María Fernanda Cárdenas", "Foreign Minister", "Ecuador")
SALAZAR = ("Javier Salazar Ugarte", "Minister of Foreign Affairs", "Peru")

WHITFORD = ("Rachel Whitford", "Foreign Minister", "Australia")
KEARNEY = ("Daniel Kearney", "Defence Minister", "Australia")
CHO = ("Cho Min-ho", "Foreign Minister", "South Korea")
AHN = ("Ahn Gyu-seok", "Minister of National Defense", "South Korea")

ARTICLES = [
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "t501_thailand_cambodia_talks_wire",
        "source_path": "gold/test/articles/t501_thailand_cambodia_talks_wire.txt",
        "dateline": "PHNOM PENH, Oct 15 (Reuters)",
        "meetings": [
            {
                "date": None,
                "date_partial": "--10-15",
                "date_resolved": "2024-10-15",
                "date_text": "on Tuesday",
                "location": "Phnom Penh",
                "countries": TC,
                "mechanism": "bilateral meeting",
                "participants": [PAKORN, CHEA],
                "topics": [
                    "reopening border checkpoints",
                    "joint task force against online scam compounds",
                    "overlapping maritime claims in the gulf of thailand",
                ],
                "evidence": [
                    "Thailand and Cambodia agreed on Tuesday to reopen two border checkpoints "
                    "closed since the COVID-19 pandemic and to set up a joint task force against "
                    "online scam compounds, after Thai Prime Minister Pakorn Srisawat held talks "
                    "with his Cambodian counterpart Chea Sovann in Phnom Penh",
                    "The two leaders met for about two hours at the Peace Palace, the seat of "
                    "Cambodia's government",
                ],
                "event": TC_TALKS_EVENT,
            },
        ],
        "planned_meetings": [
            {
                "date": None,
                "date_resolved": "2024-12",
                "date_text": "in December",
                "location": "Bangkok",
                "countries": TC,
                "mechanism": "Joint Commission",
                "mechanism_text": "Thailand-Cambodia Joint Commission for Bilateral Cooperation",
                "participants": [],
                "topics": ["follow up on tuesday's decisions"],
                "evidence": [
                    "The Thailand-Cambodia Joint Commission for Bilateral Cooperation, chaired by "
                    "the two countries' foreign ministers, will meet in Bangkok in December"
                ],
                "event": TC_JC_EVENT,
            },
        ],
        "milestones": [
            {
                "name": "memorandum of understanding on overlapping maritime claims",
                "kind": "agreement",
                "year": 2001,
                "date": "2001",
                "countries": TC,
                "evidence": [
                    "A memorandum of understanding on overlapping maritime claims, signed in 2001"
                ],
            },
            {
                "name": "diplomatic relations established",
                "kind": "other",
                "year": 1950,
                "date": "1950",
                "countries": TC,
                "evidence": ["The two countries, which established diplomatic relations in 1950"],
            },
        ],
        "excluded": [
            "'Pakorn told a joint news conference after the talks': a press conference after "
            "the same talks",
            "'Pakorn later met Thai business leaders with investments in Cambodia': business "
            "people of his own country, not officials of the other",
            "'Both leaders are expected to attend a Mekong-Lancang Cooperation leaders' meeting "
            "hosted by China': multilateral (and planned)",
            "Cambodian government spokesman Pen Sothea: relays the plan, not a participant",
            "'to set up a joint task force against online scam compounds': an operational body "
            "agreed, not a dialogue format or a signed named agreement",
            "'will mark the 75th anniversary of ties next year': a future anniversary, not a "
            "new milestone",
            "'deadly clashes near the Preah Vihear temple between 2008 and 2011': conflict "
            "history, no bilateral milestone",
            "'Two-way trade reached about $10 billion last year': a trade figure",
        ],
        "notes": (
            "Traits: Reuters dateline 'PHNOM PENH, Oct 15' WITHOUT a year; 'on Tuesday' in a "
            "same-day report = the dateline day, so date None and date_partial '--10-15'. "
            "date_resolved 2024-10-15: October 15 is a Tuesday in 2013, 2019, 2024 and 2030; the "
            "text says relations were established in 1950 and the 75th anniversary is 'next "
            "year', so the story's year is 2024 (1950 + 75 - 1). The lead gives the date and "
            "the city, the next sentence the venue (Peace Palace): one meeting, two quotes. "
            "'his Cambodian counterpart' gives Chea Sovann the title Prime Minister. Cambodian "
            "name written family name first, kept as written. Planned Joint Commission: 'in "
            "December' of the (textually unstated) story year -> date None, date_resolved "
            "2024-12 by the same reasoning; the foreign ministers who chair it are not named; "
            "same planned meeting as t502's '11th meeting' (event key), no ordinal stated "
            "here. Same talks as t502 (event key). Real: the 2001 MoU on the areas of maritime "
            "claims to the continental shelf was signed on 18 June 2001; diplomatic relations "
            "19 December 1950 (stated in t502)."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "t502_thailand_cambodia_talks_local",
        "source_path": "gold/test/articles/t502_thailand_cambodia_talks_local.txt",
        "dateline": "Published: 16/10/2024 06:30",
        "meetings": [
            {
                "date": "2024-10-15",
                "date_partial": "--10-15",
                "date_text": "yesterday",
                "location": "Phnom Penh",
                "countries": TC,
                "mechanism": "bilateral meeting",
                "participants": [CHEA, PAKORN, SOK, NATTAPONG],
                "topics": [
                    "reopening border checkpoints",
                    "joint task force to dismantle online scam networks",
                    "overlapping maritime claims in the gulf of thailand",
                    "electricity supply to cambodian border provinces",
                    "cambodian migrant workers in thailand",
                ],
                "evidence": [
                    "Prime Minister Chea Sovann and his Thai counterpart Pakorn Srisawat "
                    "yesterday agreed to reopen the Prum-Ban Pakard and Choam-Sa Ngam "
                    "international border checkpoints before the end of the year, as the Thai "
                    "leader paid his first official visit to the Kingdom",
                    "The two premiers held talks at the Peace Palace in Phnom Penh for nearly two "
                    "hours",
                    "Deputy Prime Minister and Minister of Foreign Affairs and International "
                    "Cooperation Sok Vannarith and Thai Foreign Minister Nattapong Kittikhun also "
                    "took part in the talks",
                ],
                "event": TC_TALKS_EVENT,
            },
            {
                "date": "2024-10-15",
                "date_partial": "--10-15",
                "date_text": "Earlier in the day",
                "location": "Phnom Penh",
                "countries": TC,
                "mechanism": "bilateral meeting",
                "participants": [SOK, NATTAPONG],
                "topics": ["preparations for the joint commission for bilateral cooperation"],
                "evidence": [
                    "Earlier in the day, the two foreign ministers held a separate meeting at the "
                    "Ministry of Foreign Affairs and International Cooperation in Phnom Penh"
                ],
            },
            {
                "date": "2024-10-15",
                "date_partial": "--10-15",
                "date_text": "Yesterday afternoon",
                "location": "Phnom Penh",
                "countries": TC,
                "mechanism": "courtesy call",
                "mechanism_text": "courtesy call",
                "participants": [
                    PAKORN,
                    ("Khuon Rithy", "National Assembly President", "Cambodia"),
                ],
                "evidence": [
                    "Yesterday afternoon, Pakorn paid a courtesy call on National Assembly "
                    "President Khuon Rithy at the National Assembly in the capital"
                ],
            },
            {
                "date": "2024-02",
                "date_text": "in February",
                "location": "Bangkok",
                "countries": TC,
                "mechanism": "bilateral meeting",
                "participants": [CHEA, PAKORN],
                "evidence": [
                    "The two prime ministers last met in Bangkok in February, when Chea Sovann "
                    "made his first official visit to Thailand as head of government"
                ],
            },
        ],
        "planned_meetings": [
            {
                "date": "2024-12",
                "date_text": "in December",
                "location": "Bangkok",
                "countries": TC,
                "mechanism": "Joint Commission",
                "mechanism_text": "11th meeting of the Cambodia-Thailand Joint Commission for "
                "Bilateral Cooperation",
                "ordinal": 11,
                "participants": [],
                "evidence": [
                    "they reviewed preparations for the 11th meeting of the Cambodia-Thailand "
                    "Joint Commission for Bilateral Cooperation, which will be held in Bangkok in "
                    "December"
                ],
                "event": TC_JC_EVENT,
            },
        ],
        "milestones": [
            {
                "name": "Strategic Partnership",
                "kind": "partnership_upgrade",
                "year": 2024,
                "date": "2024-02",
                "countries": TC,
                "evidence": [
                    "During that visit, Cambodia and Thailand elevated their relations to a "
                    "Strategic Partnership"
                ],
            },
            {
                "name": "diplomatic relations established",
                "kind": "other",
                "year": 1950,
                "date": "1950-12-19",
                "countries": TC,
                "evidence": [
                    "Cambodia and Thailand established diplomatic relations on December 19, 1950"
                ],
            },
        ],
        "excluded": [
            "'The Thai Prime Minister was welcomed at Phnom Penh International Airport on Monday "
            "evening by Minister of Commerce Cham Sopheak': an airport reception",
            "'Speaking at a joint press conference after yesterday's talks': press conference "
            "after the same talks",
            "Pakorn 'invited Chea Sovann to attend the celebration of the 75th anniversary of "
            "diplomatic relations next year': an invitation to an event, no meeting scheduled",
            "Government spokesman Pen Sothea: relays the talks, not a participant",
            "'agreed to establish a joint task force of police and immigration officers': an "
            "operational body, not a dialogue format or named signed agreement",
            "the agreement to reopen the two checkpoints: a decision, not a named signed document",
            "the 'Also read' lines (border trade, joint tourism campaign): other stories",
        ],
        "notes": (
            "Traits: local paper with section line and a byline line 'Sok Chanthy | Published: "
            "16/10/2024 06:30 | Updated: 16/10/2024 09:12' (day/month/year); 'yesterday' = "
            "2024-10-15 (a Tuesday), consistent with t501 (event key). meetings[0]: the lead "
            "('yesterday agreed ... as the Thai leader paid his first official visit'), the "
            "place sentence and the 'also took part' sentence are one meeting (three quotes); "
            "the two foreign ministers are participants because they 'took part in the talks'. "
            "meetings[1]: the foreign ministers' separate meeting earlier the same day is its "
            "own meeting. meetings[2]: courtesy call on the National Assembly President "
            "'at the National Assembly in the capital' -> Phnom Penh (the capital normalised). "
            "meetings[3]: background; 'last met in Bangkok in February' against the October "
            "2024 header = 2024-02; the Strategic Partnership upgrade was made 'During that "
            "visit' -> 2024-02. The planned 11th Joint Commission 'in December' = 2024-12, "
            "same planned meeting as t501 (event key). The diplomatic-relations date is stated "
            "in full here (t501 gives only the year)."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "t503_bangladesh_nepal_foreign_secretary_talks",
        "source_path": "gold/test/articles/t503_bangladesh_nepal_foreign_secretary_talks.txt",
        "dateline": "DHAKA, Nov 20, 2024 (BSS)",
        "meetings": [
            {
                "date": "2024-11-19",
                "date_partial": "--11-19",
                "date_text": "yesterday",
                "location": "Kathmandu",
                "countries": BN,
                "mechanism": "Foreign Office Consultations",
                "mechanism_text": "ninth round of Foreign Secretary-level Consultations",
                "ordinal": 9,
                "participants": [NASRIN, ADHIKARI],
                "topics": [
                    "power trade",
                    "connectivity",
                    "trade and investment",
                    "ldc graduation",
                    "use of mongla and chattogram ports",
                ],
                "evidence": [
                    "The ninth round of Foreign Secretary-level Consultations between Bangladesh "
                    "and Nepal was held in Kathmandu yesterday",
                    "Foreign Secretary Nasrin Akhter Khan led the Bangladesh delegation",
                    "The Nepali side was led by Foreign Secretary Sewa Prasad Adhikari",
                ],
            },
            {
                "date": "2024-11-19",
                "date_partial": "--11-19",
                "date_text": "Later in the day",
                "location": "Kathmandu",
                "countries": BN,
                "mechanism": "courtesy call",
                "mechanism_text": "courtesy call",
                "participants": [
                    NASRIN,
                    ("Sabitri Koirala", "Minister for Foreign Affairs", "Nepal"),
                ],
                "evidence": [
                    "Later in the day, Foreign Secretary Nasrin Akhter Khan paid a courtesy call "
                    "on Nepal's Minister for Foreign Affairs Sabitri Koirala"
                ],
            },
            {
                "date": "2022-08",
                "date_text": "in August 2022",
                "location": "Dhaka",
                "countries": BN,
                "mechanism": "Foreign Office Consultations",
                "mechanism_text": "eighth round of the consultations",
                "ordinal": 8,
                "participants": [],
                "evidence": [
                    "The eighth round of the consultations was held in Dhaka in August 2022"
                ],
            },
        ],
        "planned_meetings": [
            {
                "date": "2025",
                "date_text": "next year",
                "location": "Dhaka",
                "countries": BN,
                "mechanism": "Foreign Office Consultations",
                "mechanism_text": "tenth round of the Foreign Secretary-level Consultations",
                "ordinal": 10,
                "participants": [],
                "evidence": [
                    "It was agreed that the tenth round of the Foreign Secretary-level "
                    "Consultations will be held in Dhaka next year"
                ],
            },
        ],
        "milestones": [
            {
                "name": "Memorandum of Understanding on Cooperation in the Power Sector",
                "kind": "agreement",
                "year": 2018,
                "date": "2018",
                "countries": BN,
                "evidence": [
                    "the Memorandum of Understanding on Cooperation in the Power Sector, signed "
                    "in 2018"
                ],
            },
            {
                "name": "diplomatic relations established",
                "kind": "other",
                "year": 1972,
                "date": "1972",
                "countries": BN,
                "evidence": ["Bangladesh and Nepal established diplomatic relations in 1972"],
            },
        ],
        "excluded": [
            "'A tripartite power sale agreement among Bangladesh, Nepal and India was signed in "
            "New Delhi on October 3': trilateral, not a bilateral milestone",
            "'expedite the negotiations on a Preferential Trade Agreement (PTA)': not signed",
            "'explore direct flights between Chattogram and Kathmandu': a plan",
            "'The foreign ministers-level Joint Consultative Commission (JCC) will meet at a "
            "mutually convenient time': vague, no date or place (not a planned meeting)",
            "'conveyed the greetings of the Bangladesh Foreign Adviser': the Adviser is "
            "mentioned, not a participant (and not named)",
            "'said a press release of the Ministry of Foreign Affairs issued here today': the "
            "release is the source, not a meeting",
            "'Nepal was among the first countries to recognise Bangladesh': recognition, no year "
            "of its own stated",
        ],
        "notes": (
            "Traits: BSS wire dateline WITH a year ('DHAKA, Nov 20, 2024'); 'yesterday' = "
            "2024-11-19 (a Tuesday). The dateline city is Dhaka but the consultations were in "
            "Kathmandu (stated); 'here' in 'issued here today' refers to the press release in "
            "Dhaka, not to the meeting. Foreign Secretary-level Consultations = consultations "
            "of the senior officials of the two foreign ministries -> 'Foreign Office "
            "Consultations', ordinal 9 from 'ninth round'. The two heads of delegation are "
            "named only in the next two sentences (split facts; three quotes). The courtesy "
            "call 'Later in the day' is the same day and, within the Kathmandu visit, in "
            "Kathmandu. Background eighth round (Dhaka, August 2022) and planned tenth round "
            "(Dhaka, 'next year' = 2025) are separate records. Real: Nepal-Bangladesh "
            "diplomatic relations date from 1972; the real tripartite power sale agreement "
            "was signed on 3 October 2024."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "t504_uae_jordan_leaders_talks",
        "source_path": "gold/test/articles/t504_uae_jordan_leaders_talks.txt",
        "dateline": "ABU DHABI, 22nd April, 2025 (WAM)",
        "meetings": [
            {
                "date": "2025-04-22",
                "date_partial": "--04-22",
                "date_text": "today",
                "location": "Abu Dhabi",
                "countries": UJ,
                "mechanism": "bilateral meeting",
                "participants": [
                    ("Khalid bin Sultan Al Nahyan", "President", "United Arab Emirates"),
                    ("Zaid bin Ghazi", "King", "Jordan"),
                    (
                        "Hazza bin Saeed Al Nahyan",
                        "National Security Adviser",
                        "United Arab Emirates",
                    ),
                    (
                        "Nasser Al-Majali",
                        "Deputy Prime Minister and Minister of Foreign Affairs and Expatriates",
                        "Jordan",
                    ),
                ],
                "topics": [
                    "economic, investment, development, energy and food security cooperation",
                    "developments in the gaza strip",
                    "situation in syria",
                    "humanitarian aid",
                ],
                "evidence": [
                    "His Highness Sheikh Khalid bin Sultan Al Nahyan, President of the UAE, today "
                    "received His Majesty King Zaid bin Ghazi of Jordan, who is on a fraternal "
                    "visit to the country",
                    "During the meeting, held at Qasr Al Shati in Abu Dhabi",
                    "The meeting was attended by His Highness Sheikh Hazza bin Saeed Al Nahyan, "
                    "National Security Adviser; Nasser Al-Majali, Jordan's Deputy Prime Minister "
                    "and Minister of Foreign Affairs and Expatriates",
                ],
            },
        ],
        "planned_meetings": [],
        "milestones": [
            {
                "name": "memorandum of understanding on cooperation in renewable energy and green "
                "hydrogen",
                "kind": "agreement",
                "year": 2025,
                "date": "2025-04-22",
                "countries": UJ,
                "evidence": [
                    "the two leaders witnessed the exchange of a memorandum of understanding on "
                    "cooperation in renewable energy and green hydrogen between the two "
                    "governments"
                ],
            },
            {
                "name": "Comprehensive Economic Partnership Agreement (CEPA)",
                "kind": "agreement",
                "year": 2024,
                "date": "2024-10",
                "countries": UJ,
                "evidence": [
                    "The UAE and Jordan signed the Comprehensive Economic Partnership Agreement "
                    "(CEPA) in October 2024"
                ],
            },
        ],
        "excluded": [
            "'welcomed His Majesty King Zaid upon his arrival at the Presidential Airport': an "
            "airport reception",
            "Rania Haddadin, Jordanian Minister of Government Communications and government "
            "spokesperson: relays the talks in a statement, not a participant",
            "WAM and the Jordan News Agency (Petra): news agencies relaying the meeting",
            "'ahead of the Arab summit in Baghdad next month': multilateral (and planned)",
            "'The two leaders had reviewed regional developments in a telephone call earlier "
            "this month': a phone call",
            "'a number of Sheikhs, ministers and senior officials': attendees not named",
            "'strengthen its strategic relations': a description, no upgrade stated",
        ],
        "notes": (
            "Traits: WAM dateline with an ordinal day ('ABU DHABI, 22nd April, 2025'); 'today' "
            "= 2025-04-22. 'received' in WAM style = the leaders' meeting; the place (Qasr Al "
            "Shati in Abu Dhabi) is in the next sentence. Honorifics stripped: 'His Highness "
            "Sheikh Khalid bin Sultan Al Nahyan' -> Khalid bin Sultan Al Nahyan, 'His Majesty "
            "King Zaid bin Ghazi of Jordan' -> Zaid bin Ghazi (title King), 'His Highness "
            "Sheikh Hazza bin Saeed Al Nahyan' -> Hazza bin Saeed Al Nahyan. The two people "
            "the meeting 'was attended by' are participants. Later short forms ('Sheikh Khalid "
            "bin Sultan', 'King Zaid', 'His Highness the President of the UAE') are the same "
            "people. The MoU was exchanged 'Following the talks' (own news, 2025-04-22). The "
            "CEPA is background (October 2024 as written; fictional here)."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "t505_portugal_angola_state_visit",
        "source_path": "gold/test/articles/t505_portugal_angola_state_visit.txt",
        "dateline": "Luanda, 2025-05-13 (Lusa)",
        "meetings": [
            {
                "date": "2025-05-13",
                "date_partial": "--05-13",
                "date_text": "today",
                "location": "Luanda",
                "countries": PA,
                "mechanism": "bilateral meeting",
                "participants": [VALADARES, DOMINGOS],
                "topics": [
                    "comprehensive strategic partnership",
                    "portuguese investment in agriculture, fisheries and renewable energy",
                    "development cooperation",
                    "defence cooperation",
                ],
                "evidence": [
                    "Portuguese President Henrique Valadares and Angolan President Manuel Kiala "
                    "Domingos today raised relations between the two countries to a "
                    "Comprehensive Strategic Partnership, at the end of official talks at the "
                    "Presidential Palace in Luanda",
                    "The two presidents met first in private for about an hour and then led the "
                    "talks between the two delegations",
                ],
            },
            {
                "date": "2025-05-13",
                "date_partial": "--05-13",
                "date_text": "Earlier in the day",
                "location": "Luanda",
                "countries": PA,
                "mechanism": "bilateral meeting",
                "participants": [
                    ("Teresa Lobo Antunes", "Minister of State and Foreign Affairs", "Portugal"),
                    ("Adriano Tchiyevo", "Minister of External Relations", "Angola"),
                ],
                "topics": ["finalise the texts of the agreements"],
                "evidence": [
                    "Earlier in the day, Portuguese Minister of State and Foreign Affairs Teresa "
                    "Lobo Antunes and Angola's Minister of External Relations Adriano Tchiyevo "
                    "held a working meeting at the ministry in Luanda"
                ],
            },
            {
                "date": "2023",
                "date_text": "in 2023",
                "location": "Lisbon",
                "countries": PA,
                "mechanism": "bilateral meeting",
                "participants": [DOMINGOS, VALADARES],
                "evidence": [
                    "Domingos was last in Portugal on a state visit in 2023, when he held talks "
                    "with Valadares in Lisbon"
                ],
            },
            {
                "date": "2010",
                "date_text": "in 2010",
                "location": "Luanda",
                "countries": PA,
                "mechanism": "bilateral meeting",
                "participants": [],
                "optional": True,
                "evidence": [
                    "Portugal and Angola established a Strategic Partnership in 2010, during a "
                    "visit to Luanda by the then Portuguese prime minister"
                ],
            },
        ],
        "planned_meetings": [
            {
                "date": "2026",
                "date_text": "next year",
                "location": "Lisbon",
                "countries": PA,
                "mechanism": "bilateral meeting",
                "participants": [DOMINGOS, VALADARES],
                "topics": ["implementation of the comprehensive strategic partnership"],
                "evidence": [
                    "The Angolan head of state accepted an invitation to return to Portugal next "
                    "year, when the two presidents will hold talks in Lisbon"
                ],
            },
        ],
        "milestones": [
            {
                "name": "Comprehensive Strategic Partnership",
                "kind": "partnership_upgrade",
                "year": 2025,
                "date": "2025-05-13",
                "countries": PA,
                "evidence": [
                    "today raised relations between the two countries to a Comprehensive "
                    "Strategic Partnership"
                ],
            },
            {
                "name": "Strategic Partnership",
                "kind": "partnership_upgrade",
                "year": 2010,
                "date": "2010",
                "countries": PA,
                "evidence": ["Portugal and Angola established a Strategic Partnership in 2010"],
            },
            {
                "name": "Enhanced Strategic Partnership",
                "kind": "partnership_upgrade",
                "year": 2018,
                "date": "2018",
                "countries": PA,
                "evidence": ["raised it to an Enhanced Strategic Partnership in 2018"],
            },
            {
                "name": "Strategic Cooperation Programme 2025-2029 (SCP)",
                "kind": "agreement",
                "year": 2025,
                "date": "2025-05-13",
                "countries": PA,
                "evidence": [
                    "The most important of them is the Strategic Cooperation Programme "
                    "2025-2029 (SCP)"
                ],
            },
            {
                "name": "Defence Cooperation Agreement",
                "kind": "agreement",
                "year": 2025,
                "date": "2025-05-13",
                "countries": PA,
                "evidence": ["The two governments also signed a Defence Cooperation Agreement"],
            },
            {
                "name": "memorandum of understanding on cooperation in higher education and "
                "science",
                "kind": "agreement",
                "year": 2025,
                "date": "2025-05-13",
                "countries": PA,
                "evidence": [
                    "a memorandum of understanding on cooperation in higher education and science"
                ],
            },
            {
                "name": "agreement on the mutual recognition of driving licences",
                "kind": "agreement",
                "year": 2025,
                "date": "2025-05-13",
                "countries": PA,
                "evidence": ["an agreement on the mutual recognition of driving licences"],
            },
            {
                "name": "protocol on cooperation between the two countries' diplomatic academies",
                "kind": "agreement",
                "year": 2025,
                "date": "2025-05-13",
                "countries": PA,
                "evidence": [
                    "a protocol on cooperation between the two countries' diplomatic academies"
                ],
            },
            {
                "name": "diplomatic relations established",
                "kind": "other",
                "year": 1976,
                "date": "1976",
                "countries": PA,
                "evidence": ["Portugal and Angola established diplomatic relations in 1976"],
            },
        ],
        "excluded": [
            "'Valadares said at a joint press appearance at the end of the talks': press "
            "statements after the same talks",
            "Portugal 'agreed to raise the credit line' to 2.5 billion euros: a financial "
            "decision, not a named signed agreement",
            "Finance Minister Sofia Brandão 'told reporters': press remarks, not a meeting",
            "Valadares 'was received at the Quatro de Fevereiro International Airport by "
            "Angola's Vice-President, Esperança Cassule': an airport reception",
            "'he will address a special session of the National Assembly': a speech",
            "'meet members of the Portuguese community in Benguela': not officials of the other "
            "country",
            "business forum of more than 300 companies organised by AICEP: a business event",
            "CPLP 'next summit will be held in Guinea-Bissau': multilateral",
            "'the first by a Portuguese head of state in eight years': implies an earlier visit "
            "but no meeting or year is stated",
            "'a year after Angola's independence' (1975): not a bilateral milestone",
            "tension 'between 2017 and 2018 over a Portuguese corruption case': no milestone",
            "Domingos 'addressed the Assembly of the Republic' in 2023: a speech",
        ],
        "notes": (
            "Traits: Lusa dateline with an ISO date ('Luanda, 2025-05-13', a Tuesday); 'today' = "
            "2025-05-13, the second day of the May 12-14 visit (arrival 'on Monday evening'). "
            "The private meeting and the delegation talks are one meeting (two stages of the "
            "same talks; two quotes); delegation members are not named. The partnership "
            "history is three steps, each its own milestone with its own name: Strategic "
            "Partnership (2010) -> Enhanced Strategic Partnership (2018) -> Comprehensive "
            "Strategic Partnership (2025, own news). The five agreements signed after the talks "
            "are own news dated 2025-05-13; the Strategic Cooperation Programme is written in "
            "full with '(SCP)' and later only as 'the SCP' (name = the spelled-out form with "
            "the acronym). meetings[1]: the foreign ministers' working meeting 'Earlier in the "
            "day' is its own meeting ('working meeting' is a description, not a named format: "
            "no mechanism_text). meetings[2]: background 2023 talks in Lisbon (the 2023 state "
            "visit). meetings[3] OPTIONAL: the 2010 visit to Luanda by an unnamed prime "
            "minister, where the Strategic Partnership was established, implies talks with an "
            "Angolan counterpart but names no one. Planned: talks in Lisbon 'next year' = 2026."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "t506_spain_portugal_summit_release",
        "source_path": "gold/test/articles/t506_spain_portugal_summit_release.txt",
        "dateline": "Cáceres, Thursday 20 November 2025",
        "meetings": [
            {
                "date": "2025-11-20",
                "date_partial": "--11-20",
                "date_text": "today",
                "location": "Cáceres",
                "countries": SP,
                "mechanism": "Annual Summit",
                "mechanism_text": "35th Spain-Portugal Summit",
                "ordinal": 35,
                "participants": [ORTUNO_RELEASE, MENESES],
                "topics": [
                    "integrated iberian energy market",
                    "cross-border mobility",
                    "eu multiannual financial framework",
                    "electricity grid resilience",
                ],
                "evidence": [
                    "The President of the Government of Spain, Javier Ortuño, and the Prime "
                    "Minister of the Portuguese Republic, Duarte Meneses, today chaired the 35th "
                    "Spain-Portugal Summit in Cáceres"
                ],
                "event": SP_SUMMIT_EVENT,
            },
            {
                "date": "2024-10",
                "date_text": "in October 2024",
                "location": "Faro",
                "countries": SP,
                "mechanism": "Annual Summit",
                "mechanism_text": "34th Spain-Portugal Summit",
                "ordinal": 34,
                "participants": [],
                "evidence": ["The 34th Spain-Portugal Summit was held in Faro in October 2024"],
                "event": SP_FARO_EVENT,
            },
        ],
        "planned_meetings": [
            {
                "date": "2026",
                "date_text": "in 2026",
                "location": None,
                "countries": SP,
                "mechanism": "Annual Summit",
                "mechanism_text": "36th Spain-Portugal Summit",
                "ordinal": 36,
                "participants": [],
                "evidence": [
                    "Both leaders agreed that the 36th Spain-Portugal Summit will be held in "
                    "Portugal in 2026"
                ],
                "event": SP_NEXT_EVENT,
            },
        ],
        "milestones": [
            {
                "name": "Cáceres Declaration",
                "kind": "agreement",
                "year": 2025,
                "date": "2025-11-20",
                "countries": SP,
                "evidence": ["both leaders signed the Cáceres Declaration"],
            },
            {
                "name": "Memorandum of Understanding on the Resilience of the Iberian "
                "Electricity System",
                "kind": "agreement",
                "year": 2025,
                "date": "2025-11-20",
                "countries": SP,
                "evidence": [
                    "Memorandum of Understanding on the Resilience of the Iberian Electricity "
                    "System"
                ],
            },
            {
                "name": "Agreement on the Recognition of Professional Qualifications in the "
                "Cross-Border Area",
                "kind": "agreement",
                "year": 2025,
                "date": "2025-11-20",
                "countries": SP,
                "evidence": [
                    "Agreement on the Recognition of Professional Qualifications in the "
                    "Cross-Border Area"
                ],
            },
            {
                "name": "Protocol on Cooperation in the Prevention and Fighting of Rural Fires",
                "kind": "agreement",
                "year": 2025,
                "date": "2025-11-20",
                "countries": SP,
                "evidence": [
                    "Protocol on Cooperation in the Prevention and Fighting of Rural Fires"
                ],
            },
            {
                "name": "Treaty of Friendship and Cooperation between Spain and Portugal",
                "kind": "agreement",
                "year": 1977,
                "date": "1977-11-22",
                "countries": SP,
                "evidence": [
                    "the Treaty of Friendship and Cooperation between Spain and Portugal, signed "
                    "in Madrid on 22 November 1977"
                ],
            },
            {
                "name": "Treaty of Valencia on cross-border cooperation",
                "kind": "agreement",
                "year": 2002,
                "date": "2002-10-03",
                "countries": SP,
                "evidence": [
                    "the Treaty of Valencia on cross-border cooperation, signed on 3 October 2002"
                ],
            },
            {
                "name": "Spain-Portugal summits established",
                "kind": "mechanism_established",
                "year": 1983,
                "date": "1983",
                "countries": SP,
                "evidence": ["Spain-Portugal summits have been held since 1983"],
            },
        ],
        "excluded": [
            "'The two leaders were accompanied by eleven ministers from each Government, "
            "including' Ana Belén Quirós and Miguel Sardinha Lopes: accompanying, not stated "
            "to take part in the talks (not participants)",
            "'During the plenary session, held at the San Jorge Palace': part of the same summit",
            "'the blackout of April': an event, not a bilateral milestone",
            "'Follow La Moncloa on X' and the translation note: press-release boilerplate",
        ],
        "notes": (
            "Traits: Spanish government press release; the header line 'Cáceres, Thursday 20 "
            "November 2025' dates the story; 'today' = 2025-11-20. '35th Spain-Portugal Summit' "
            "is a numbered recurring summit series -> 'Annual Summit', ordinal 35. Same summit "
            "as t507 (event key). TRAP: the two foreign ministers are named only as "
            "'accompanied' the leaders -> not participants here (t507 names them in a separate "
            "meeting). Spain's head of government is titled 'President of the Government' as "
            "written. Background 34th summit (Faro, October 2024) and planned 36th summit "
            "('in Portugal in 2026', no city -> location None) share event keys with t507's "
            "'Last year's summit in Faro' and 'next summit'. The three instruments in the "
            "bulleted list are own news (2025-11-20). 'Spain-Portugal summits have been held "
            "since 1983' -> mechanism_established 1983 (the text does not call it the first "
            "summit, so not optional). Real: the 34th Portugal-Spain summit was held in Faro in "
            "October 2024; the Treaty of Friendship and Cooperation was signed in Madrid on 22 "
            "November 1977; the Valencia Treaty on cross-border cooperation on 3 October 2002."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "t507_spain_portugal_summit_paper",
        "source_path": "gold/test/articles/t507_spain_portugal_summit_paper.txt",
        "dateline": "This article was first published on 21 November 2025",
        "meetings": [
            {
                "date": "2025-11-20",
                "date_partial": "--11-20",
                "date_text": "on Thursday",
                "location": "Cáceres",
                "countries": SP,
                "mechanism": "Annual Summit",
                "mechanism_text": "35th Iberian summit",
                "ordinal": 35,
                "participants": [ORTUNO_PAPER, MENESES],
                "topics": [
                    "resilience of the iberian electricity system",
                    "madrid-lisbon high-speed rail link",
                    "water flows of the tagus and the guadiana",
                ],
                "evidence": [
                    "Spanish Prime Minister Javier Ortuño and his Portuguese counterpart Duarte "
                    "Meneses met on Thursday in Cáceres, the Extremaduran city a little over an "
                    "hour's drive from the border, for the 35th Iberian summit"
                ],
                "event": SP_SUMMIT_EVENT,
            },
            {
                "date": "2025-11-20",
                "date_partial": "--11-20",
                "date_text": "On the margins of the summit",
                "location": "Cáceres",
                "countries": SP,
                "mechanism": "bilateral meeting",
                "participants": [
                    ("Ana Belén Quirós", "Minister for Foreign Affairs", "Spain"),
                    ("Miguel Sardinha Lopes", "Minister for Foreign Affairs", "Portugal"),
                ],
                "topics": [
                    "enlargement of the european union",
                    "migration in the mediterranean",
                    "situation in venezuela",
                ],
                "evidence": [
                    "On the margins of the summit, the Spanish Minister for Foreign Affairs, Ana "
                    "Belén Quirós, and her Portuguese counterpart, Miguel Sardinha Lopes, held a "
                    "separate meeting"
                ],
            },
            {
                "date": "2024",
                "date_text": "Last year",
                "location": "Faro",
                "countries": SP,
                "mechanism": "Annual Summit",
                "participants": [],
                "topics": ["housing crisis", "migration"],
                "evidence": [
                    "Last year's summit in Faro was dominated by the housing crisis and migration"
                ],
                "event": SP_FARO_EVENT,
            },
        ],
        "planned_meetings": [
            {
                "date": "2026",
                "date_text": "in 2026",
                "location": None,
                "countries": SP,
                "mechanism": "Annual Summit",
                "participants": [],
                "evidence": ["The next summit will be held in Portugal in 2026"],
                "event": SP_NEXT_EVENT,
            },
        ],
        "milestones": [
            {
                "name": "Cáceres Declaration",
                "kind": "agreement",
                "year": 2025,
                "date": "2025-11-20",
                "countries": SP,
                "evidence": ["The two leaders signed the Cáceres Declaration"],
            },
            {
                "name": "memorandum of understanding to strengthen the resilience of the Iberian "
                "electricity system",
                "kind": "agreement",
                "year": 2025,
                "date": "2025-11-20",
                "countries": SP,
                "evidence": [
                    "the two governments signed a memorandum of understanding to strengthen the "
                    "resilience of the Iberian electricity system"
                ],
            },
            {
                "name": "Albufeira Convention",
                "kind": "agreement",
                "year": 1998,
                "date": "1998",
                "countries": SP,
                "evidence": ["The 1998 Albufeira Convention, which regulates the shared rivers"],
            },
            {
                "name": "Treaty of Friendship and Cooperation",
                "kind": "agreement",
                "year": 1977,
                "date": "1977",
                "countries": SP,
                "evidence": [
                    "have been based since 1977 on a Treaty of Friendship and Cooperation"
                ],
            },
        ],
        "excluded": [
            "'Meneses, who had spoken by phone with Ortuño within an hour of the blackout': a "
            "phone call",
            "'Ortuño said at the closing press conference': press conference of the same summit",
            "'Both leaders will meet again in Brussels next month at the European Council': "
            "multilateral (and planned)",
            "'The two prime ministers also held a working lunch with the presidents of the "
            "border regions': part of the same summit, with regional (sub-national) leaders",
            "the Madrid-Lisbon high-speed rail link and the Tagus/Guadiana water flows: open "
            "issues, no agreement",
            "the Albufeira Convention 'was not renegotiated': no new milestone",
            "the standfirst 'At the 35th Iberian summit in Cáceres, the two prime ministers "
            "signed a declaration and a memorandum': the same summit and the same documents",
            "the 'Read more' lines: other stories",
        ],
        "notes": (
            "Traits: newspaper with section line, headline, standfirst and byline ('By Lucía "
            "Ferrer | Cáceres'); NO date in the header: the story's date comes only from the "
            "footer 'This article was first published on 21 November 2025' (a Friday), so 'on "
            "Thursday' = 2025-11-20 (the latest Thursday on or before the story's date). Same "
            "summit as t506 (event key); 'their annual summit' and '35th Iberian summit' -> "
            "'Annual Summit', ordinal 35. meetings[1]: the foreign ministers' separate meeting "
            "'On the margins of the summit' is its own meeting, same day and city; 'her "
            "Portuguese counterpart' gives Sardinha Lopes the same title. meetings[2]: "
            "background 'Last year's summit in Faro' = 2024 (year only; t506 gives October "
            "2024; event key), no ordinal stated. Planned: 'The next summit ... in Portugal in "
            "2026' (no city, no ordinal; same as t506's 36th summit, event key). The 1977 "
            "treaty has only the year here (t506: 22 November 1977). Real: the Albufeira "
            "Convention was signed on 30 November 1998; the Iberian blackout was on 28 April "
            "2025."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "t508_ecuador_peru_binational_cabinet",
        "source_path": "gold/test/articles/t508_ecuador_peru_binational_cabinet.txt",
        "dateline": None,
        "meetings": [
            {
                "date": "2024-12-06",
                "date_partial": "--12-06",
                "date_text": "on Friday, 6 December 2024",
                "location": "Tumbes",
                "countries": EP,
                "mechanism": "bilateral meeting",
                "mechanism_text": "15th Binational Cabinet",
                "ordinal": 15,
                "participants": [
                    ("Andrés Villacís", "President", "Ecuador"),
                    ("Rosa Elena Huamán", "President", "Peru"),
                    CARDENAS,
                    SALAZAR,
                ],
                "topics": [
                    "drug trafficking, illegal mining and arms smuggling",
                    "binational intelligence unit",
                    "clearing anti-personnel mines",
                    "loja-piura binational highway",
                ],
                "evidence": [
                    "Ecuador and Peru pledged to jointly fight drug trafficking, illegal mining "
                    "and arms smuggling along their 1,500-kilometre border, at the 15th "
                    "Binational Cabinet meeting held in the Peruvian border city of Tumbes",
                    "The meeting, on Friday, 6 December 2024, was co-chaired by Ecuadorian "
                    "President Andrés Villacís and Peruvian President Rosa Elena Huamán",
                    "Among them were Ecuador's Foreign Minister María Fernanda Cárdenas and "
                    "Peru's Minister of Foreign Affairs Javier Salazar Ugarte",
                ],
            },
            {
                "date": "2024-12-05",
                "date_partial": "--12-05",
                "date_text": "On the eve of the cabinet, on Thursday",
                "location": "Tumbes",
                "countries": EP,
                "mechanism": "bilateral meeting",
                "participants": [CARDENAS, SALAZAR],
                "topics": ["final text of the declaration"],
                "evidence": [
                    "On the eve of the cabinet, on Thursday, the two foreign ministers held a "
                    "preparatory meeting in Tumbes"
                ],
            },
            {
                "date": "2023",
                "date_text": "in 2023",
                "location": "Guayaquil",
                "countries": EP,
                "mechanism": "bilateral meeting",
                "mechanism_text": "14th Binational Cabinet",
                "ordinal": 14,
                "participants": [],
                "evidence": [
                    "Its previous edition, the 14th Binational Cabinet, was held in Guayaquil in "
                    "2023"
                ],
            },
        ],
        "planned_meetings": [
            {
                "date": "2025",
                "date_text": "in 2025",
                "location": "Loja",
                "countries": EP,
                "mechanism": "bilateral meeting",
                "mechanism_text": "next Binational Cabinet",
                "participants": [],
                "evidence": [
                    "The next Binational Cabinet will be held in the Ecuadorian city of Loja in "
                    "2025"
                ],
            },
        ],
        "milestones": [
            {
                "name": "Declaration of Tumbes",
                "kind": "agreement",
                "year": 2024,
                "date": "2024-12-06",
                "countries": EP,
                "evidence": ["the two presidents signed the Declaration of Tumbes"],
            },
            {
                "name": "Brasília Presidential Act",
                "kind": "agreement",
                "year": 1998,
                "date": "1998-10-26",
                "countries": EP,
                "evidence": ["the Brasília Presidential Act, signed on 26 October 1998"],
            },
            {
                "name": "Binational Cabinet established",
                "kind": "mechanism_established",
                "year": 2007,
                "date": "2007",
                "countries": EP,
                "evidence": [
                    "The Binational Cabinet, which brings together the presidents and ministers "
                    "of both countries every year, was created in 2007"
                ],
            },
        ],
        "excluded": [
            "'Villacís said at a joint press conference': press conference of the same meeting",
            "'Villacís ... is also expected to attend a meeting of Andean Community leaders in "
            "Lima early next year': multilateral (and planned)",
            "'the foreign ministers of Ecuador, Peru and Colombia met in Leticia': trilateral",
            "'would create a permanent binational intelligence unit': a plan, not a dialogue "
            "format or signed agreement",
            "'the two governments said in a joint communiqué': an unnamed communiqué, the "
            "source of the planned meeting",
            "'a brief war in 1995': conflict history, not a milestone",
            "'Trade between the two countries reached about 3.4 billion dollars in 2023': a "
            "trade figure",
            "the photo caption's 'opening session of the 15th Binational Cabinet': the same "
            "meeting",
        ],
        "notes": (
            "Traits: dateline 'QUITO —' with NO date (dateline None): the date comes only from "
            "the sentence after the lead ('on Friday, 6 December 2024'; 2024-12-06 is a "
            "Friday). TRAP: the dateline city is Quito but the meeting was in Tumbes (stated). "
            "The Binational Cabinet is outside the vocabulary (presidents plus ministers, not "
            "called a summit) -> 'bilateral meeting' with its name in mechanism_text and "
            "ordinal 15. Lead (place, format), next sentence (date, co-chairs) and 'Among them "
            "were' (the two foreign ministers, among the ministers 'brought together') are one "
            "meeting (three quotes). meetings[1]: 'On the eve of the cabinet, on Thursday' = "
            "2024-12-05 (the Thursday before Friday 6 December), in Tumbes. meetings[2]: "
            "background 14th Binational Cabinet (Guayaquil, 2023). Planned: 'The next "
            "Binational Cabinet' in Loja in 2025 ('next' is no ordinal). The cabinet "
            "'was created in 2007' -> mechanism_established. Real: the Brasília Presidential "
            "Act was signed on 26 October 1998."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "t509_south_korea_australia_2plus2",
        "source_path": "gold/test/articles/t509_south_korea_australia_2plus2.txt",
        "dateline": "Posted Thu 11 Sep 2025 at 9:14pm",
        "meetings": [
            {
                "date": "2025-09-11",
                "date_partial": "--09-11",
                "date_text": "on Thursday",
                "location": "Seoul",
                "countries": KA,
                "mechanism": "2+2 Dialogue",
                "mechanism_text": "seventh Australia-Republic of Korea Foreign and Defence "
                "Ministers' 2+2 Meeting",
                "ordinal": 7,
                "participants": [WHITFORD, KEARNEY, CHO, AHN],
                "topics": [
                    "defence industry cooperation",
                    "critical minerals",
                    "maritime security",
                    "north korea's ballistic missile launches",
                    "south china sea",
                ],
                "evidence": [
                    "as the two countries' foreign and defence ministers met in Seoul",
                    "Foreign Minister Rachel Whitford and Defence Minister Daniel Kearney met "
                    "their South Korean counterparts, Foreign Minister Cho Min-ho and Minister of "
                    "National Defense Ahn Gyu-seok, on Thursday for the seventh Australia-Republic "
                    "of Korea Foreign and Defence Ministers' 2+2 Meeting",
                ],
            },
            {
                "date": "2025-09-11",
                "date_partial": "--09-11",
                "date_text": "Earlier in the day",
                "location": "Seoul",
                "countries": KA,
                "mechanism": "courtesy call",
                "participants": [
                    WHITFORD,
                    KEARNEY,
                    ("Kang Seung-woo", "President", "South Korea"),
                ],
                "topics": ["korean investment in critical minerals processing"],
                "evidence": [
                    "Earlier in the day, Ms Whitford and Mr Kearney called on South Korean "
                    "President Kang Seung-woo at the presidential office"
                ],
            },
            {
                "date": "2013-07",
                "date_text": "in July 2013",
                "location": "Seoul",
                "countries": KA,
                "mechanism": "2+2 Dialogue",
                "mechanism_text": "first Australia-Korea 2+2",
                "ordinal": 1,
                "participants": [],
                "evidence": ["The first Australia-Korea 2+2 was held in Seoul in July 2013"],
            },
            {
                "date": "2021-12",
                "date_text": "in December 2021",
                "location": "Canberra",
                "countries": KA,
                "mechanism": "bilateral meeting",
                "participants": [],
                "optional": True,
                "evidence": [
                    "Relations were elevated to a Comprehensive Strategic Partnership in "
                    "December 2021, during a state visit to Canberra by the then South Korean "
                    "president"
                ],
            },
        ],
        "planned_meetings": [
            {
                "date": "2025-09-12",
                "date_partial": "--09-12",
                "date_text": "on Friday",
                "location": "Busan",
                "countries": KA,
                "mechanism": "bilateral meeting",
                "participants": [KEARNEY, AHN],
                "evidence": [
                    "Mr Kearney will hold a separate meeting with Mr Ahn in the port city of "
                    "Busan on Friday"
                ],
            },
            {
                "date": "2027",
                "date_text": "in 2027",
                "location": None,
                "countries": KA,
                "mechanism": "2+2 Dialogue",
                "mechanism_text": "next 2+2",
                "participants": [],
                "evidence": ["The next 2+2 will be held in Australia in 2027"],
            },
        ],
        "milestones": [
            {
                "name": "Comprehensive Strategic Partnership",
                "kind": "partnership_upgrade",
                "year": 2021,
                "date": "2021-12",
                "countries": KA,
                "evidence": [
                    "Relations were elevated to a Comprehensive Strategic Partnership in "
                    "December 2021"
                ],
            },
            {
                "name": "Korea-Australia Free Trade Agreement (KAFTA)",
                "kind": "agreement",
                "year": 2014,
                "date": "2014",
                "countries": KA,
                "evidence": [
                    "the Korea-Australia Free Trade Agreement (KAFTA), which was signed in 2014"
                ],
            },
            {
                "name": "Australia-Korea 2+2 established",
                "kind": "mechanism_established",
                "year": 2013,
                "date": "2013-07",
                "countries": KA,
                "optional": True,
                "evidence": ["The first Australia-Korea 2+2 was held in Seoul in July 2013"],
            },
            {
                "name": "joint statement",
                "kind": "agreement",
                "year": 2025,
                "date": "2025-09-11",
                "countries": KA,
                "optional": True,
                "evidence": ["In a joint statement released after the meeting"],
            },
        ],
        "excluded": [
            "Ms Whitford 'also joined a video call with Japan's foreign minister and Mr Cho': a "
            "video call, and trilateral",
            "Kearney 'touring the Hanwha Ocean shipyard on Geoje Island with the company's chief "
            "executive': a company executive, not an official",
            "'Ms Whitford told a press conference after the talks': press conference of the "
            "same 2+2",
            "'a working dinner hosted by Mr Cho': part of the same 2+2",
            "'agreed to develop a defence industry cooperation roadmap by the middle of next "
            "year': a plan, not a signed agreement",
            "'agreed to begin talks on a reciprocal health care agreement': not signed",
            "the general-purpose frigate program, Redback vehicles built by Hanwha: contracts "
            "and procurement, not milestones",
            "'Ms Whitford, who arrived in Seoul on Wednesday': an arrival",
            "the 'Key points' bullets: summary of the same 2+2",
            "Dr Helen Park of the Lowy Institute: an analyst quoted, not a participant",
        ],
        "notes": (
            "Traits: ABC style 'Posted Thu 11 Sep 2025 at 9:14pm, updated Thu 11 Sep 2025 at "
            "10:02pm' (repeated at the foot); 'on Thursday' = 2025-09-11. The lead gives the "
            "place ('met in Seoul'), the later paragraph the four named ministers, the date and "
            "the format (two quotes, one meeting). Korean names family name first as written "
            "(Cho Min-ho, Ahn Gyu-seok, Kang Seung-woo); later 'Mr Cho', 'Mr Ahn' are the same "
            "people. Kearney's first full title is 'Defence Minister' (also Deputy Prime "
            "Minister). meetings[1]: 'called on' the President -> courtesy call (no "
            "mechanism_text: only a verb); location Seoul within the Seoul visit. meetings[2]: "
            "background first 2+2 (Seoul, July 2013, ordinal 1); its establishment is an "
            "optional mechanism_established. meetings[3] OPTIONAL: the December 2021 state "
            "visit to Canberra by an unnamed president, when the CSP was agreed (talks "
            "implied, no one named). Planned: Kearney-Ahn meeting in Busan 'on Friday' "
            "(future tense: the next Friday, 2025-09-12) and 'The next 2+2' in Australia in "
            "2027 (no city, no ordinal). The unnamed 'joint statement' is an optional "
            "milestone (own news but without a name). Real: the first Australia-ROK 2+2 was "
            "held in Seoul in July 2013; KAFTA was signed on 8 April 2014; the CSP was agreed "
            "during President Moon Jae-in's state visit to Canberra on 13 December 2021."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "t510_sri_lanka_maldives_phone_call",
        "source_path": "gold/test/articles/t510_sri_lanka_maldives_phone_call.txt",
        "dateline": "Thursday, 3 July 2025 09:30 AM",
        "meetings": [],
        "planned_meetings": [],
        "milestones": [
            {
                "name": "Memorandum of Understanding on Fisheries Cooperation",
                "kind": "agreement",
                "year": 2019,
                "date": "2019-03",
                "countries": SM,
                "evidence": [
                    "Sri Lanka and the Maldives signed a Memorandum of Understanding on Fisheries "
                    "Cooperation in March 2019"
                ],
            },
        ],
        "excluded": [
            "President Ranjith Wickramaratne and President Ahmed Shiyam Rasheed 'yesterday held "
            "a telephone conversation' (2025-07-02): a phone call, not a meeting",
            "'the two leaders agreed to meet soon ... but no dates for a visit have been "
            "fixed': vague, not a planned meeting",
            "'the trilateral meeting of the coast guard chiefs of India, Sri Lanka and the "
            "Maldives held in Malé last week': trilateral",
            "officials 'working to convene the next round of bilateral consultations \"in due "
            "course\"': vague, no date or place",
            "Foreign Ministry Spokesperson Dilhani Perera 'told a media briefing in Colombo "
            "yesterday': press briefing",
            "the President's Media Division (PMD): the source relaying the call",
        ],
        "notes": (
            "Traits: Sri Lankan paper's header 'Thursday, 3 July 2025 09:30 AM'; the phone call "
            "'yesterday' = 2025-07-02. NO MEETING: the only contact is a phone call; 'agreed to "
            "meet soon' with no dates and consultations 'in due course' are vague statements "
            "(not planned meetings); the coast guard chiefs' meeting is trilateral with India. "
            "The only milestone is the background Fisheries MoU of March 2019 (fictional "
            "here). 'President Ranjith Wickramaratne' without a country is Sri Lanka's "
            "president (Sri Lankan paper)."
        ),
    },
]
