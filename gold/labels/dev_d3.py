"""Gold labels for batch D3 (dev split): 12 fictional but plausible articles, five real meetings
each reported by two or three outlets (same-event grouping), mixed continents.

Same record format as labels/dev_d2.py. Office holders are invented; titles, cities and
partnership history are real or plausible. ``event`` keys tie together the meetings of
different articles that report the same real meeting (the five main events, and background,
side and planned meetings that two articles both report). ``date_resolved`` is given only where
a weekday (with the story's other clues) pins a yearless month-day, and is never a guess.

| file | pair | event | traits |
|---|---|---|---|
| d301_senegal_gambia_council_aps | Senegal–Gambia | E1 (+ 4th council, planned 6th) | APS wire, dateline **without year** ("BANJUL, March 12 (APS) -"), "on Thursday"; **fifth session of the Senegalo-Gambian Presidential Council** (outside vocabulary → bilateral meeting, ordinal 5); **only the leaders named** (full name with middle name "Mamadou Lamine Diouf"); FM reads the communique unnamed; background 4th session Dakar July 2025 (pins 2026); planned 6th session "next year"; fisheries MoU (own news, no year); 1991 Treaty of Friendship; Senegambia Confederation 1982 (optional) |
| d302_gambia_senegal_council_point | Gambia–Senegal | E1 (+ 4th council, planned 6th) | Gambian daily, **"Published: Friday, 13 March 2026"**, **"yesterday"**; "Senegal-Gambia Presidential Council"; names forms "Lamin Kebba Bojang", "Mamadou L. Diouf"; **all ministers named** (nine participants; "Dr.", "Hon.", "Mr." stripped); **separate tête-à-tête** before the council; last session "in 2025" (year only); joint border-security committee agreed 2025 + first met January; **phone call** and **trilateral with Guinea-Bissau** excluded; MoU signed by ministers (2026) |
| d303_senegal_ecowas_abuja_foreign | Senegal–Gambia, Senegal–Nigeria | E1 | foreign outlet on an **ECOWAS summit**; E1 only in **one background sentence** ("held talks ... in Banjul last Thursday"); **date only at the end, numeric** ("Published on 18/03/2026 - 19:42"); name without middle name ("Mamadou Diouf"); sidelines talks with Nigeria; multilateral summit and **video call** excluded |
| d304_vietnam_cambodia_joint_commission_vgp | Vietnam–Cambodia | E2 (+ courtesy call) | Vietnamese government portal, **full-date header** ("April 21, 2026 9:05 PM GMT+7"), "on April 21"; **20th Meeting of the Viet Nam-Cambodia Joint Commission on Economic, Cultural, Scientific and Technical Cooperation** → Joint Commission, ordinal 20; "Ha Noi" → Hanoi; Vietnamese names family name first; courtesy call on the PM (location not stated); 19th meeting Siem Reap May 2025; planned 21st in Cambodia 2027; ministry-level MoU; relations 24 June 1967; signed Minutes excluded |
| d305_cambodia_vietnam_talks_khmer_times | Cambodia–Vietnam | E2 (+ courtesy call) | Khmer Times "Publication date 22 April 2026"; **"on Tuesday"**; **just "talks"** (no format name → bilateral meeting); **"in the Vietnamese capital"** → Hanoi; honorifics "H.E.", "Samdech Moha Borvor Thipadei" stripped; PM greeted, not a participant; courtesy call with no date (→ month); PMs' ASEAN-sidelines meeting Oct 2025; planned PM visit in June; 1985 boundary treaty + 2005 Supplementary Treaty; **phone call**, CLV triangle excluded |
| d306_peru_colombia_cabinet_reuters | Peru–Colombia | E3 (+ 7th cabinet) | Reuters dateline **without year**, "on Thursday"; **eighth Peru-Colombia binational cabinet** (bilateral meeting, ordinal 8); **leaders only**, names without accents or second names ("Rosa Quispe", "Andres Cardenas"); previous cabinet Cali Nov 2024 (pins 2026); Declaration of Iquitos (no year); **phone call** and **trilateral with Brazil** excluded; cabinets "since 2014" |
| d307_colombia_peru_cabinet_release | Colombia–Peru | E3 (+ 7th cabinet, FMs' meeting, 1st cabinet, planned 9th) | Colombian presidency **press release**, "Iquitos (Peru), October 8, 2026", "this Thursday"; **"VIII Binational Cabinet Colombia-Peru"** (Roman ordinal 8); **all ministers named**, full double surnames ("Andrés Felipe Cárdenas Rojas"), rank "General (r)" stripped; FMs' preparatory meeting "On Wednesday, October 7"; VII cabinet "Santiago de Cali" → Cali, 26 Nov 2024; first cabinet Iquitos Sept 2014 + mechanism 2014; planned IX cabinet 2027 |
| d308_peru_colombia_cabinet_local | Peru–Colombia | E3 (+ FMs' meeting, 1st cabinet, planned 9th) | Peruvian paper, **"Published: 09 Oct, 2026 07:40 AM"**, **"yesterday"**; "binational cabinet" (no ordinal); name forms "Rosa Elena Quispe", "Andrés Cárdenas"; FM "flanked"; FMs' talks "on Wednesday" (no place); 2014 launch in Iquitos (optional background meeting); Salomón-Lozano Treaty 1922, Rio de Janeiro Protocol 1934; trilateral in Leticia excluded; next cabinet 2027 |
| d309_jordan_egypt_committee_petra | Jordan–Egypt | E4 (+ president meeting) | Petra dateline **without year** ("Cairo, June 8 (Petra) --"), "on Monday"; **33rd session of the Jordanian-Egyptian Higher Joint Committee** (a *Committee*: bilateral meeting, ordinal 33, judgement call); **all ministers named**; "Majali" (no article); **"called on" the President** → courtesy call with no day (visit span → month); 32nd session Amman Aug 2025 (pins 2026); planned 34th "next year"; green-hydrogen MoU (no year); **tripartite mechanism with Iraq** excluded |
| d310_egypt_jordan_talks_ahram | Egypt–Jordan | E4 (+ president meeting) | Ahram Online "Tuesday 9 Jun 2026", **"yesterday"**; **only "talks"** and **only the premiers** named; name form "Al-Majali"; location **New Administrative Capital** (Petra says Cairo); President "received" Al-Majali "Later on Monday" → bilateral meeting (same event as d309's courtesy call); 1998 FTA; **phone call** with the monarch excluded; planned FM trip to Amman |
| d311_japan_poland_foreign_ministers_mofa | Japan–Poland | E5 (+ New York meeting) | MOFA Japan **press release**, "January 22, 2026"; **"Mr. MORITA Haruki"** (family name in capitals first → "Haruki Morita"); "H.E. Mr." stripped; Polish name with diacritic ("Zieliński"); **no city** ("who is visiting Japan") → location null; "Japan-Poland Foreign Ministers' Meeting"; first round of the Security Dialogue Nov 2025; New York Sept 2025; Strategic Partnership 2015; Action Plan signed |
| d312_poland_japan_talks_pap | Poland–Japan, Poland–South Korea | E5 (+ New York meeting) | PAP, **numeric header "23.01.2026, 10:15"**, "on Thursday", Tokyo; "Zielinski" without diacritic, "Haruki Morita" given name first; UNGA-sidelines meeting "in September" (= 2025); planned defence-minister meeting "on Friday" (the story's day) and Seoul talks "on Monday" (Korean name family name first); **PMs' phone call** and **Weimar Triangle** excluded; relations 1919, restored 1957; unnamed action plan (optional) |

Events: E1 = D3-senegal-gambia-2026-03-12, E2 = D3-vietnam-cambodia-2026-04-21,
E3 = D3-peru-colombia-2026-10-08, E4 = D3-jordan-egypt-2026-06-08,
E5 = D3-japan-poland-2026-01-22.
"""

SNGM = ["Senegal", "Gambia"]
SNNG = ["Senegal", "Nigeria"]
VNKH = ["Vietnam", "Cambodia"]
PECO = ["Peru", "Colombia"]
JOEG = ["Jordan", "Egypt"]
JPPL = ["Japan", "Poland"]
PLKR = ["Poland", "South Korea"]

# main events (five real meetings, each reported by two or three outlets)
EV_SNGM = "D3-senegal-gambia-2026-03-12"
EV_VNKH = "D3-vietnam-cambodia-2026-04-21"
EV_PECO = "D3-peru-colombia-2026-10-08"
EV_JOEG = "D3-jordan-egypt-2026-06-08"
EV_JPPL = "D3-japan-poland-2026-01-22"
# other meetings reported by two articles
EV_SNGM_COUNCIL4 = "D3-senegal-gambia-council4-2025-07"
EV_SNGM_COUNCIL6 = "D3-senegal-gambia-council6-2027"  # planned
EV_VNKH_CALL = "D3-vietnam-cambodia-courtesy-call-2026-04-21"
EV_PECO_CABINET7 = "D3-peru-colombia-cabinet7-2024-11-26"
EV_PECO_CABINET1 = "D3-peru-colombia-cabinet1-2014-09"
EV_PECO_FM = "D3-peru-colombia-foreign-ministers-2026-10-07"
EV_PECO_CABINET9 = "D3-peru-colombia-cabinet9-2027"  # planned
EV_JOEG_PRESIDENT = "D3-jordan-egypt-president-2026-06-08"
EV_JPPL_NEWYORK = "D3-japan-poland-new-york-2025-09"

ARTICLES = [
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "d301_senegal_gambia_council_aps",
        "source_path": "gold/articles/d301_senegal_gambia_council_aps.txt",
        "dateline": "BANJUL, March 12 (APS)",
        "meetings": [
            {
                "date": None,
                "date_partial": "--03-12",
                "date_resolved": "2026-03-12",
                "date_text": "on Thursday",
                "location": "Banjul",
                "countries": SNGM,
                "mechanism": "bilateral meeting",
                "mechanism_text": "fifth session of the Senegalo-Gambian Presidential Council",
                "ordinal": 5,
                "participants": [
                    ("Mamadou Lamine Diouf", "President", "Senegal"),
                    ("Lamin Bojang", "President", "Gambia"),
                ],
                "topics": [
                    "joint border posts",
                    "customs procedures along the Trans-Gambia corridor",
                    "security along the common border",
                    "transit of goods",
                    "fisheries",
                    "joint management of the waters of the Gambia River",
                ],
                "evidence": [
                    "Senegalese President Mamadou Lamine Diouf and his Gambian counterpart Lamin "
                    "Bojang on Thursday co-chaired the fifth session of the Senegalo-Gambian "
                    "Presidential Council in Banjul",
                ],
                "event": EV_SNGM,
            },
            {
                "date": "2025-07",
                "date_text": "in July 2025",
                "location": "Dakar",
                "countries": SNGM,
                "mechanism": "bilateral meeting",
                "mechanism_text": "fourth session of the Presidential Council",
                "ordinal": 4,
                "participants": [],
                "topics": ["cattle theft", "illegal logging in the border forests"],
                "evidence": [
                    "the fourth session of the Presidential Council, held in Dakar in July 2025"
                ],
                "event": EV_SNGM_COUNCIL4,
            },
        ],
        "planned_meetings": [
            {
                "date": None,
                "date_resolved": "2027",
                "date_text": "next year",
                "location": "Dakar",
                "countries": SNGM,
                "mechanism": "bilateral meeting",
                "mechanism_text": "sixth session of the Presidential Council",
                "ordinal": 6,
                "participants": [
                    ("Lamin Bojang", "President", "Gambia"),
                    ("Mamadou Lamine Diouf", "President", "Senegal"),
                ],
                "evidence": [
                    "President Bojang accepted an invitation from his Senegalese counterpart to "
                    "hold the sixth session of the Presidential Council in Dakar next year"
                ],
                "event": EV_SNGM_COUNCIL6,
            },
        ],
        "milestones": [
            {
                "name": "memorandum of understanding on cross-border fisheries",
                "kind": "agreement",
                "year": None,
                "date": None,
                "countries": SNGM,
                "evidence": [
                    "The two heads of state signed a memorandum of understanding on cross-border "
                    "fisheries"
                ],
            },
            {
                "name": "Treaty of Friendship and Cooperation",
                "kind": "agreement",
                "year": 1991,
                "countries": SNGM,
                "evidence": [
                    "Senegal and The Gambia signed a Treaty of Friendship and Cooperation in 1991"
                ],
            },
            {
                "name": "Senegambia Confederation established",
                "kind": "other",
                "year": 1982,
                "countries": SNGM,
                "optional": True,
                "evidence": [
                    "the Senegambia Confederation, which had linked the two countries from 1982 "
                    "to 1989"
                ],
            },
        ],
        "excluded": [
            "the final communique 'read by the Gambian minister of foreign affairs': relays the "
            "session; the minister is not named, so no participant",
            "Diouf 'arrived in Banjul on Wednesday evening for a two-day working visit': an "
            "arrival, not a meeting",
            "Diouf's remarks 'at the opening ceremony': a speech within the session",
            "the instruction to 'finalise, before the end of the year, an agreement on the "
            "single-window management of the Trans-Gambia Bridge': a plan, not a milestone",
            "'the dissolution of the Senegambia Confederation' (1989): the end of the union, not "
            "labelled separately (its creation in 1982 is an optional milestone)",
            "'Diouf is scheduled to visit the bridge at Farafenni on Friday': a site visit, no "
            "counterpart",
            "'MLD/AKS': APS sign-off initials",
        ],
        "notes": (
            "Traits: APS wire, dateline without a year; 'on Thursday' = the dateline's March 12. "
            "Only the two presidents are named (the Gambian foreign minister reads the "
            "communique but is not named). Diouf is written with his middle name ('Mamadou Lamine "
            "Diouf'). The Presidential Council is outside the vocabulary and is never called a "
            "summit → bilateral meeting with its name and ordinal 5. Same real meeting as d302 "
            "and d303 (event D3-senegal-gambia-2026-03-12). "
            "Year: not in the text for the story. March 12 is a Thursday in 2015, 2020 and 2026; "
            "the story refers back to the fourth session 'held in Dakar in July 2025', so the "
            "first Thursday March 12 after that is 2026: date_resolved 2026-03-12 (and 2027 for "
            "the sixth session 'next year'). "
            "meetings[1]: background fourth session, dated in the text (2025-07); also reported "
            "by d302 ('The last session of the council was held in Dakar in 2025'), shared key; "
            "no participants named for it. planned_meetings[0]: Bojang accepts the invitation of "
            "'his Senegalese counterpart' (Diouf) to hold it in Dakar; both counted as the "
            "leaders who will hold it; the same planned session is reported by d302 (shared key). "
            "milestones[0]: the article's own news, no year in the text → year null (d302 "
            "reports the same MoU as signed by the two fisheries ministers). milestones[2] "
            "optional: the confederation is a landmark of the relationship but none of the "
            "listed kinds fits exactly."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "d302_gambia_senegal_council_point",
        "source_path": "gold/articles/d302_gambia_senegal_council_point.txt",
        "dateline": "Published: Friday, 13 March 2026",
        "meetings": [
            {
                "date": "2026-03-12",
                "date_partial": "--03-12",
                "date_text": "yesterday",
                "location": "Banjul",
                "countries": SNGM,
                "mechanism": "bilateral meeting",
                "mechanism_text": "fifth session of the Senegal-Gambia Presidential Council",
                "ordinal": 5,
                "participants": [
                    ("Lamin Kebba Bojang", "President", "Gambia"),
                    ("Mamadou L. Diouf", "President", "Senegal"),
                    ("Ebrima Touray", "Foreign Minister", "Gambia"),
                    ("Abdoulie Sanneh", "Interior Minister", "Gambia"),
                    ("Isatou Camara", "Fisheries Minister", "Gambia"),
                    ("Lamin Darboe", "Transport Minister", "Gambia"),
                    (
                        "Aïssatou Ndiaye",
                        "Minister of African Integration and Foreign Affairs",
                        "Senegal",
                    ),
                    ("Cheikh Tidiane Fall", "Minister of the Armed Forces", "Senegal"),
                    ("Ousmane Sarr", "Minister of Fisheries and Maritime Economy", "Senegal"),
                ],
                "topics": [
                    "trade and the movement of people across the border",
                    "cross-border fisheries",
                    "queues and checks at the Farafenni and Keur Ayib posts",
                    "joint border posts at Farafenni and Seleti",
                ],
                "evidence": [
                    "President Lamin Kebba Bojang yesterday hosted his Senegalese counterpart, "
                    "President Mamadou L. Diouf, for the fifth session of the Senegal-Gambia "
                    "Presidential Council at State House in Banjul",
                    "The plenary session was attended by ministers from both countries",
                ],
                "event": EV_SNGM,
            },
            {
                "date": "2026-03-12",
                "date_partial": "--03-12",
                "date_text": None,
                "location": "Banjul",
                "countries": SNGM,
                "mechanism": "bilateral meeting",
                "participants": [
                    ("Lamin Kebba Bojang", "President", "Gambia"),
                    ("Mamadou L. Diouf", "President", "Senegal"),
                ],
                "evidence": [
                    "The council was preceded by a closed-door tête-à-tête between the two "
                    "presidents that lasted more than an hour"
                ],
            },
            {
                "date": "2025",
                "date_text": "in 2025",
                "location": "Dakar",
                "countries": SNGM,
                "mechanism": "bilateral meeting",
                "mechanism_text": "last session of the council",
                "participants": [
                    ("Lamin Kebba Bojang", "President", "Gambia"),
                    ("Mamadou L. Diouf", "President", "Senegal"),
                ],
                "topics": ["joint committee on border security"],
                "evidence": [
                    "The last session of the council was held in Dakar in 2025, when the two "
                    "leaders agreed to set up a joint committee on border security"
                ],
                "event": EV_SNGM_COUNCIL4,
            },
            {
                "date": "2026-01",
                "date_text": "in January",
                "location": "Ziguinchor",
                "countries": SNGM,
                "mechanism": "bilateral meeting",
                "mechanism_text": "joint committee on border security",
                "ordinal": 1,
                "participants": [],
                "evidence": [
                    "That committee met for the first time in Ziguinchor in January, bringing "
                    "together police, gendarmerie and customs chiefs from both sides"
                ],
            },
        ],
        "planned_meetings": [
            {
                "date": "2027",
                "date_text": "in 2027",
                "location": "Dakar",
                "countries": SNGM,
                "mechanism": "bilateral meeting",
                "mechanism_text": "sixth session of the Presidential Council",
                "ordinal": 6,
                "participants": [("Lamin Kebba Bojang", "President", "Gambia")],
                "evidence": [
                    "President Bojang had accepted an invitation to attend the sixth session of "
                    "the Presidential Council in Dakar in 2027"
                ],
                "event": EV_SNGM_COUNCIL6,
            },
        ],
        "milestones": [
            {
                "name": "Memorandum of Understanding on Cross-Border Fisheries",
                "kind": "agreement",
                "year": 2026,
                "date": "2026-03-12",
                "countries": SNGM,
                "evidence": [
                    "In the presence of the two heads of state, Hon. Camara and Mr. Sarr signed a "
                    "Memorandum of Understanding on Cross-Border Fisheries"
                ],
            },
            {
                "name": "joint committee on border security established",
                "kind": "mechanism_established",
                "year": 2025,
                "countries": SNGM,
                "evidence": [
                    "The last session of the council was held in Dakar in 2025, when the two "
                    "leaders agreed to set up a joint committee on border security"
                ],
            },
        ],
        "excluded": [
            "'The two presidents last spoke by telephone in February': a phone call, not a meeting",
            "'Security chiefs of The Gambia, Senegal and Guinea-Bissau met in Bissau last "
            "month': three countries, not bilateral",
            "'Interior Minister Sanneh told journalists on the sidelines of the council': press "
            "remarks",
            "'State House said in a statement' / 'The communique said': relayed statements, "
            "not meetings",
            "Bojang 'Speaking at the opening': a speech within the council",
            "the directive to 'complete the joint border posts at Farafenni and Seleti before "
            "the end of the year': a plan, not a milestone",
            "Diouf 'left Banjul this morning for Farafenni, where he is expected to inspect the "
            "bridge': travel and a site visit, no counterpart",
            "fish trader Modou Jobe: not an official",
        ],
        "notes": (
            "Traits: Gambian daily with a 'Published: Friday, 13 March 2026' line; 'yesterday' = "
            "2026-03-12 (a Thursday, as d301's 'on Thursday'). Same real meeting as d301 and d303 "
            "(event D3-senegal-gambia-2026-03-12). Name forms differ from d301: 'Lamin Kebba "
            "Bojang' (middle name) and 'Mamadou L. Diouf' (initial); each kept as written, one "
            "canonical name per article. All ministers are named as attending the plenary "
            "('was attended by'), so they are participants (nine in all); titles as first "
            "written ('Foreign Minister', 'Interior Minister' ...); 'Dr.', 'Hon.' and 'Mr.' "
            "stripped. "
            "meetings[1]: the tête-à-tête before the council is a separate one-on-one meeting "
            "(conventions); same day, no date words of its own. meetings[2]: background session "
            "'in 2025' (year only), the fourth session that d301 dates July 2025 (shared key); "
            "'the two leaders' in this article are Bojang and Diouf, so they are participants "
            "(judgement: d301 names no one for that session). mechanism_text as written ('last "
            "session of the council'), no ordinal. meetings[3]: the committee's first meeting "
            "'in January' before a March 2026 story = 2026-01; ordinal 1 from 'for the first "
            "time'; chiefs not named. planned_meetings[0]: only Bojang is named for it (the "
            "inviting side is not named here); shared key with d301's plan. milestones[0]: "
            "own news, signed at the council (in the presence of the heads of state), dated to "
            "it; milestones[1]: mechanism agreed in 2025 (as d205's council)."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "d303_senegal_ecowas_abuja_foreign",
        "source_path": "gold/articles/d303_senegal_ecowas_abuja_foreign.txt",
        "dateline": "Published on 18/03/2026 - 19:42",
        "meetings": [
            {
                "date": "2026-03-12",
                "date_partial": "--03-12",
                "date_text": "last Thursday",
                "location": "Banjul",
                "countries": SNGM,
                "mechanism": "bilateral meeting",
                "participants": [
                    ("Mamadou Diouf", "President", "Senegal"),
                    ("Lamin Bojang", "President", "Gambia"),
                ],
                "evidence": [
                    "Diouf, who held talks with Gambian President Lamin Bojang in Banjul last "
                    "Thursday"
                ],
                "event": EV_SNGM,
            },
            {
                "date": "2026-03-17",
                "date_partial": "--03-17",
                "date_text": "on Tuesday",
                "location": "Abuja",
                "countries": SNNG,
                "mechanism": "bilateral meeting",
                "participants": [
                    ("Mamadou Diouf", "President", "Senegal"),
                    ("Chukwuma Adeyemi", "President", "Nigeria"),
                ],
                "topics": [
                    "Nigeria-Morocco gas pipeline",
                    "direct flights between Dakar and Lagos",
                ],
                "evidence": [
                    "On the sidelines of the summit, Diouf held talks with Nigerian President "
                    "Chukwuma Adeyemi, the host, on the planned Nigeria-Morocco gas pipeline"
                ],
            },
        ],
        "planned_meetings": [],
        "milestones": [],
        "excluded": [
            "the ECOWAS extraordinary summit in Abuja 'on Tuesday': multilateral (only the "
            "bilateral talks on its sidelines are labelled)",
            "Guinea-Bissau's president 'took part in part of the proceedings by video call and "
            "later held a separate video call with Diouf': video calls, not meetings (and the "
            "president is not named)",
            "'the ordinary summit in June': a multilateral summit, not a bilateral meeting",
            "Diouf's 'address to the summit': a speech",
            "'ECOWAS Commission President Jean-Claude Kouassi told reporters': press remarks",
            "the departure of Mali, Burkina Faso and Niger and their Alliance of Sahel States: "
            "not bilateral Senegal milestones",
            "'The brigade has been announced three times since 2019': a multilateral plan, not a "
            "milestone",
            "analyst Awa Ndour: commentary",
        ],
        "notes": (
            "Traits: foreign outlet's regional story about an ECOWAS summit; the Senegal-Gambia "
            "meeting of event D3-senegal-gambia-2026-03-12 (d301, d302) appears only in one "
            "background clause, as plain 'talks' (no format, no ministers), with the president's "
            "name without its middle name ('Mamadou Diouf'). The story's date is only at the end, "
            "numeric day/month/year ('Published on 18/03/2026 - 19:42'), taken as the dateline "
            "(judgement: it is a footer, but it is the line that dates the story). 18 March 2026 "
            "is a Wednesday: 'last Thursday' = 2026-03-12, 'on Tuesday' (the summit) = "
            "2026-03-17. "
            "meetings[1]: bilateral talks on the sidelines of the multilateral summit; the "
            "sentence has no date words of its own, so date_text is the summit's 'on Tuesday'."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "d304_vietnam_cambodia_joint_commission_vgp",
        "source_path": "gold/articles/d304_vietnam_cambodia_joint_commission_vgp.txt",
        "dateline": "April 21, 2026 9:05 PM GMT+7",
        "meetings": [
            {
                "date": "2026-04-21",
                "date_partial": "--04-21",
                "date_text": "on April 21",
                "location": "Hanoi",
                "countries": VNKH,
                "mechanism": "Joint Commission",
                "mechanism_text": "20th Meeting of the Viet Nam-Cambodia Joint Commission on "
                "Economic, Cultural, Scientific and Technical Cooperation",
                "ordinal": 20,
                "participants": [
                    (
                        "Ho Quang Vinh",
                        "Deputy Prime Minister, Minister of Foreign Affairs",
                        "Vietnam",
                    ),
                    (
                        "Keo Ratanak",
                        "Deputy Prime Minister, Minister of Foreign Affairs and International "
                        "Cooperation",
                        "Cambodia",
                    ),
                ],
                "topics": [
                    "two-way trade",
                    "border trade and border economic zones",
                    "Vietnamese investors in Cambodia",
                    "upgrade of border gates",
                    "connection of expressways",
                    "energy, education and health",
                    "demarcation and marker planting of the land border",
                ],
                "evidence": [
                    "Deputy Prime Minister, Minister of Foreign Affairs Ho Quang Vinh and "
                    "Cambodian Deputy Prime Minister, Minister of Foreign Affairs and International "
                    "Cooperation Keo Ratanak co-chaired the 20th Meeting of the Viet Nam-Cambodia "
                    "Joint Commission on Economic, Cultural, Scientific and Technical Cooperation "
                    "in Ha Noi on April 21"
                ],
                "event": EV_VNKH,
            },
            {
                "date": "2026-04-21",
                "date_partial": "--04-21",
                "date_text": "Earlier the same day",
                "location": None,
                "countries": VNKH,
                "mechanism": "courtesy call",
                "mechanism_text": "courtesy call",
                "participants": [
                    ("Vo Hoang Nam", "Prime Minister", "Vietnam"),
                    (
                        "Keo Ratanak",
                        "Deputy Prime Minister, Minister of Foreign Affairs and International "
                        "Cooperation",
                        "Cambodia",
                    ),
                ],
                "topics": ["60th anniversary of the establishment of diplomatic relations"],
                "evidence": [
                    "Earlier the same day, Prime Minister Vo Hoang Nam received Deputy Prime "
                    "Minister Keo Ratanak, who paid a courtesy call on him"
                ],
                "event": EV_VNKH_CALL,
            },
            {
                "date": "2025-05",
                "date_text": "in May 2025",
                "location": "Siem Reap",
                "countries": VNKH,
                "mechanism": "Joint Commission",
                "mechanism_text": "19th meeting",
                "ordinal": 19,
                "participants": [],
                "evidence": ["the 19th meeting, held in Siem Reap in May 2025"],
            },
        ],
        "planned_meetings": [
            {
                "date": "2027",
                "date_text": "in 2027",
                "location": None,
                "countries": VNKH,
                "mechanism": "Joint Commission",
                "mechanism_text": "21st meeting of the Joint Commission",
                "ordinal": 21,
                "participants": [],
                "evidence": [
                    "the 21st meeting of the Joint Commission will be held in Cambodia in 2027"
                ],
            },
        ],
        "milestones": [
            {
                "name": "Memorandum of Understanding on Cooperation in Border Trade Development "
                "between the Ministry of Industry and Trade of Viet Nam and the Ministry of "
                "Commerce of Cambodia",
                "kind": "agreement",
                "year": 2026,
                "date": "2026-04-21",
                "countries": VNKH,
                "evidence": [
                    "witnessed the signing of a Memorandum of Understanding on Cooperation in "
                    "Border Trade Development between the Ministry of Industry and Trade of Viet "
                    "Nam and the Ministry of Commerce of Cambodia"
                ],
            },
            {
                "name": "diplomatic relations established",
                "kind": "other",
                "year": 1967,
                "date": "1967-06-24",
                "countries": VNKH,
                "evidence": [
                    "Viet Nam and Cambodia established diplomatic relations on June 24, 1967"
                ],
            },
        ],
        "excluded": [
            "'the two Deputy PMs signed the Minutes of the 20th Meeting': the record of the "
            "meeting itself, not an agreement milestone",
            "the motto 'good neighborliness, traditional friendship, comprehensive cooperation "
            "and long-term sustainability': a slogan, not a named partnership level, and no year",
            "'the celebrations of the 60th anniversary of the establishment of diplomatic "
            "relations next year': an anniversary, not a meeting or milestone",
            "'regional and multilateral forums, including ASEAN and the Mekong-Lancang "
            "cooperation': multilateral, no meeting",
            "trade and investment figures ('over 11 billion USD last year', '3 billion USD into "
            "220 projects'): not milestones",
            "the trade target of 20 billion USD and the expressway connection: plans",
        ],
        "notes": (
            "Traits: Vietnamese government portal release with a full-date header ('April 21, "
            "2026 9:05 PM GMT+7') and 'on April 21' → 2026-04-21. 'Ha Noi' normalised to Hanoi; "
            "'Viet Nam' → Vietnam. Vietnamese names family name first ('Ho Quang Vinh', 'Vo Hoang "
            "Nam'), later 'Deputy PM Vinh' / 'PM Vo Hoang Nam': one canonical name each. The "
            "format is named in full → Joint Commission, ordinal 20. Same real meeting as d305, "
            "which calls it only 'talks' (event D3-vietnam-cambodia-2026-04-21). "
            "meetings[1]: courtesy call ('paid a courtesy call on him'), same day as the "
            "commission; no place is stated for it (the commission's Ha Noi is not said to cover "
            "it, no visit city is given), so location null; likely Hanoi. Also reported by d305 "
            "(shared key). meetings[2]: background 19th meeting, ordinal 19, no named people. "
            "planned_meetings[0]: only the country (Cambodia) is given, so location null. "
            "milestones[0]: ministry-level MoU signed at the meeting (own news, year from the "
            "header); the signing is 'witnessed' by the co-chairs."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "d305_cambodia_vietnam_talks_khmer_times",
        "source_path": "gold/articles/d305_cambodia_vietnam_talks_khmer_times.txt",
        "dateline": "Khmer Times | Publication date 22 April 2026 | 07:48 ICT",
        "meetings": [
            {
                "date": "2026-04-21",
                "date_partial": "--04-21",
                "date_text": "on Tuesday",
                "location": "Hanoi",
                "countries": VNKH,
                "mechanism": "bilateral meeting",
                "participants": [
                    (
                        "Keo Ratanak",
                        "Deputy Prime Minister and Minister of Foreign Affairs and International "
                        "Cooperation",
                        "Cambodia",
                    ),
                    ("Ho Quang Vinh", None, "Vietnam"),
                ],
                "topics": [
                    "bilateral trade",
                    "border trade",
                    "connection of expressways between Phnom Penh and Ho Chi Minh City",
                    "demarcation of the land border",
                    "people of Vietnamese origin living in Cambodia",
                ],
                "evidence": [
                    "Deputy Prime Minister and Minister of Foreign Affairs and International "
                    "Cooperation H.E. Keo Ratanak held talks with his Vietnamese counterpart Ho "
                    "Quang Vinh in the Vietnamese capital on Tuesday"
                ],
                "event": EV_VNKH,
            },
            {
                "date": "2026-04",
                "date_text": None,
                "location": None,
                "countries": VNKH,
                "mechanism": "courtesy call",
                "mechanism_text": "courtesy call",
                "participants": [
                    (
                        "Keo Ratanak",
                        "Deputy Prime Minister and Minister of Foreign Affairs and International "
                        "Cooperation",
                        "Cambodia",
                    ),
                    ("Vo Hoang Nam", "Prime Minister", "Vietnam"),
                ],
                "evidence": [
                    "Keo Ratanak also paid a courtesy call on Vietnamese Prime Minister Vo Hoang Nam"
                ],
                "event": EV_VNKH_CALL,
            },
            {
                "date": "2025-10",
                "date_text": "in October 2025",
                "location": "Kuala Lumpur",
                "countries": VNKH,
                "mechanism": "bilateral meeting",
                "participants": [
                    ("Kong Sovannara", "Prime Minister", "Cambodia"),
                    ("Vo Hoang Nam", "Prime Minister", "Vietnam"),
                ],
                "evidence": [
                    "The two prime ministers last met in Kuala Lumpur in October 2025 on the "
                    "sidelines of the ASEAN Summit"
                ],
            },
        ],
        "planned_meetings": [
            {
                "date": "2026-06",
                "date_text": "in June",
                "location": None,
                "countries": VNKH,
                "mechanism": "bilateral meeting",
                "participants": [
                    ("Kong Sovannara", "Prime Minister", "Cambodia"),
                    ("Vo Hoang Nam", "Prime Minister", "Vietnam"),
                ],
                "evidence": [
                    "Samdech Kong Sovannara is expected to pay an official visit to Vietnam in "
                    "June, where he will hold talks with Prime Minister Vo Hoang Nam"
                ],
            },
        ],
        "milestones": [
            {
                "name": "memorandum of understanding on border trade development",
                "kind": "agreement",
                "year": 2026,
                "date": None,
                "countries": VNKH,
                "evidence": [
                    "The two sides signed a memorandum of understanding on border trade development"
                ],
            },
            {
                "name": "Treaty on the Delimitation of the National Boundary",
                "kind": "agreement",
                "year": 1985,
                "countries": VNKH,
                "evidence": [
                    "Cambodia and Vietnam signed the Treaty on the Delimitation of the National "
                    "Boundary in 1985"
                ],
            },
            {
                "name": "Supplementary Treaty",
                "kind": "agreement",
                "year": 2005,
                "countries": VNKH,
                "evidence": ["a Supplementary Treaty in 2005"],
            },
        ],
        "excluded": [
            "'Keo Ratanak and Vinh last spoke by phone in February': a phone call, not a meeting",
            "Vo Hoang Nam 'asked him to convey his best regards to Samdech Moha Borvor "
            "Thipadei Kong Sovannara': greetings; Kong Sovannara is not a participant of the "
            "courtesy call",
            "'Cambodia withdrew from the Cambodia-Laos-Vietnam Development Triangle Area in "
            "2024': a multilateral framework, not a bilateral milestone",
            "the ASEAN Summit in Kuala Lumpur itself: multilateral (only the sidelines meeting "
            "is labelled)",
            "'According to a statement from the Ministry of Foreign Affairs and International "
            "Cooperation' / 'the statement said': relayed statements",
            "the pledge to raise trade to $20 billion: a plan; export and import figures: not "
            "milestones",
            "researcher Chhay Vireak: commentary",
        ],
        "notes": (
            "Traits: Khmer Times header 'Publication date 22 April 2026' (a Wednesday): 'on "
            "Tuesday' = 2026-04-21. Same real meeting as d304 (event "
            "D3-vietnam-cambodia-2026-04-21), but here only 'talks' (the Joint Commission is "
            "never named) → bilateral meeting, no mechanism_text. Place only as 'the Vietnamese "
            "capital' → Hanoi. Honorifics stripped: 'H.E. Keo Ratanak' → 'Keo Ratanak', "
            "'Samdech Moha Borvor Thipadei Kong Sovannara' / 'Samdech Kong Sovannara' → 'Kong "
            "Sovannara'; Vinh later only by his given name ('Keo Ratanak and Vinh'). Vinh's title "
            "is not written ('his Vietnamese counterpart'), so null. "
            "meetings[1]: the courtesy call of d304 (shared key); no day is given here, only "
            "'this week's visit' in April 2026 → 2026-04; no place stated. meetings[2]: 'The two "
            "prime ministers' = Kong Sovannara and Vo Hoang Nam (title Prime Minister from that "
            "phrase); bilateral meeting on the sidelines of a multilateral summit. "
            "planned_meetings[0]: 'in June' in an April 2026 story = 2026-06; only the country "
            "is given. milestones[0]: own news with no signing day stated → year 2026 (story's "
            "year), date null; it is the ministry-level MoU d304 names in full."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "d306_peru_colombia_cabinet_reuters",
        "source_path": "gold/articles/d306_peru_colombia_cabinet_reuters.txt",
        "dateline": "IQUITOS, Peru, Oct 8 (Reuters)",
        "meetings": [
            {
                "date": None,
                "date_partial": "--10-08",
                "date_resolved": "2026-10-08",
                "date_text": "on Thursday",
                "location": "Iquitos",
                "countries": PECO,
                "mechanism": "bilateral meeting",
                "mechanism_text": "eighth Peru-Colombia binational cabinet",
                "ordinal": 8,
                "participants": [
                    ("Rosa Quispe", "President", "Peru"),
                    ("Andres Cardenas", "President", "Colombia"),
                ],
                "topics": [
                    "status of islands in the Amazon river",
                    "Santa Rosa island dispute",
                    "navigation on the Amazon",
                    "joint patrols against illegal mining and drug trafficking",
                    "binational health program for indigenous communities",
                    "river port at Puerto Nariño",
                ],
                "evidence": [
                    "Peruvian President Rosa Quispe and Colombian President Andres Cardenas agreed "
                    "on Thursday to set up a joint technical commission to study the status of "
                    "islands in the Amazon river",
                    "The two leaders met in the Peruvian Amazon city of Iquitos for the eighth "
                    "Peru-Colombia binational cabinet",
                ],
                "event": EV_PECO,
            },
            {
                "date": "2024-11",
                "date_text": "in November 2024",
                "location": "Cali",
                "countries": PECO,
                "mechanism": "bilateral meeting",
                "mechanism_text": "previous cabinet",
                "participants": [],
                "evidence": ["The previous cabinet was held in Cali, Colombia, in November 2024"],
                "event": EV_PECO_CABINET7,
            },
        ],
        "planned_meetings": [],
        "milestones": [
            {
                "name": "Declaration of Iquitos",
                "kind": "agreement",
                "year": None,
                "date": None,
                "countries": PECO,
                "evidence": ["The two leaders signed the Declaration of Iquitos"],
            },
            {
                "name": "binational cabinet established",
                "kind": "mechanism_established",
                "year": 2014,
                "countries": PECO,
                "evidence": [
                    "a joint session of the two presidents and their ministers that the "
                    "countries have held since 2014"
                ],
            },
            {
                "name": "joint technical commission established",
                "kind": "mechanism_established",
                "year": None,
                "date": None,
                "countries": PECO,
                "optional": True,
                "evidence": [
                    "agreed on Thursday to set up a joint technical commission to study the "
                    "status of islands in the Amazon river"
                ],
            },
        ],
        "excluded": [
            "'The presidents spoke by telephone in July to prepare the meeting': a phone call, "
            "not a meeting",
            "'On Friday, Quispe and Cardenas are due to be joined by Brazil's President Marcelo "
            "Arantes in Leticia': a planned trilateral meeting, not bilateral",
            "'Quispe told a joint news conference after the meeting': a press conference",
            "Cardenas 'accused Peru of \"appropriating\" Santa Rosa' in August last year: a "
            "statement, not a meeting",
            "'the border treaties of the 1920s and 1930s': not named and not dated to a year, so "
            "not labelled",
            "'their foreign ministries communicated largely through protest notes': notes, not "
            "meetings",
            "trade figure ('about $3.2 billion last year'): not a milestone",
        ],
        "notes": (
            "Traits: Reuters dateline without a year, 'on Thursday' = the dateline's Oct 8. Only "
            "the two presidents are named; names written without accents and without middle "
            "names or second surnames ('Rosa Quispe', 'Andres Cardenas'), kept as written. "
            "'eighth Peru-Colombia binational cabinet' is outside the vocabulary (not a summit, "
            "not a commission) → bilateral meeting, ordinal 8. The lead (agreement on Thursday) "
            "and the second paragraph (where and what format) are one meeting, two quotes. Same "
            "real meeting as d307 and d308 (event D3-peru-colombia-2026-10-08). "
            "Year: not in the text for the story. October 8 is a Thursday in 2015, 2020 and "
            "2026; the previous cabinet was 'in November 2024', so date_resolved 2026-10-08. "
            "meetings[1]: the previous (seventh) cabinet, which d307 dates 26 November 2024 in "
            "Cali (shared key); 'previous' gives no ordinal. "
            "milestones[0]: own news without a year in the text → year null. milestones[1]: "
            "'have held since 2014' (as 'regular annual summits since 2006'). milestones[2] "
            "optional: a working commission agreed for one dispute; inclusion as a mechanism is "
            "a judgement call; no year in the text."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "d307_colombia_peru_cabinet_release",
        "source_path": "gold/articles/d307_colombia_peru_cabinet_release.txt",
        "dateline": "Iquitos (Peru), October 8, 2026",
        "meetings": [
            {
                "date": "2026-10-08",
                "date_partial": "--10-08",
                "date_text": "this Thursday",
                "location": "Iquitos",
                "countries": PECO,
                "mechanism": "bilateral meeting",
                "mechanism_text": "VIII Binational Cabinet Colombia-Peru",
                "ordinal": 8,
                "participants": [
                    ("Andrés Felipe Cárdenas Rojas", "President of the Republic", "Colombia"),
                    ("Rosa Elena Quispe Mamani", "President of the Republic of Peru", "Peru"),
                    ("Laura Patricia Gómez Arbeláez", "Minister of Foreign Affairs", "Colombia"),
                    ("Javier Paredes Chávez", "Minister of Foreign Affairs", "Peru"),
                    ("Carlos Ernesto Ruiz Tovar", "Minister of National Defence", "Colombia"),
                    (
                        "Natalia Restrepo Uribe",
                        "Minister of Commerce, Industry and Tourism",
                        "Colombia",
                    ),
                    ("Walter Ríos Huamán", "Minister of Defence", "Peru"),
                    ("Ana María Salazar Vega", "Minister of Foreign Trade and Tourism", "Peru"),
                ],
                "topics": [
                    "security and defence",
                    "border development and integration",
                    "trade, investment and tourism",
                    "environment and the Amazon",
                    "social affairs and indigenous peoples",
                    "navigability of the Amazon River",
                    "situation of the islands in the border section of the river",
                ],
                "evidence": [
                    "The President of the Republic, Andrés Felipe Cárdenas Rojas, and the "
                    "President of the Republic of Peru, Rosa Elena Quispe Mamani, headed this "
                    "Thursday the VIII Binational Cabinet Colombia-Peru, held in the city of "
                    "Iquitos",
                    "The meeting was attended by the Ministers of Foreign Affairs of both "
                    "countries",
                ],
                "event": EV_PECO,
            },
            {
                "date": "2026-10-07",
                "date_partial": "--10-07",
                "date_text": "On Wednesday, October 7",
                "location": "Iquitos",
                "countries": PECO,
                "mechanism": "bilateral meeting",
                "participants": [
                    ("Laura Patricia Gómez Arbeláez", "Minister of Foreign Affairs", "Colombia"),
                    ("Javier Paredes Chávez", "Minister of Foreign Affairs", "Peru"),
                ],
                "topics": [
                    "compliance with the commitments of the VII Binational Cabinet",
                    "text of the Declaration",
                ],
                "evidence": [
                    "On Wednesday, October 7, the Foreign Ministers held a preparatory meeting in "
                    "Iquitos"
                ],
                "event": EV_PECO_FM,
            },
            {
                "date": "2024-11-26",
                "date_partial": "--11-26",
                "date_text": "on November 26, 2024",
                "location": "Cali",
                "countries": PECO,
                "mechanism": "bilateral meeting",
                "mechanism_text": "VII Binational Cabinet",
                "ordinal": 7,
                "participants": [],
                "evidence": [
                    "the VII Binational Cabinet, held in Santiago de Cali on November 26, 2024"
                ],
                "event": EV_PECO_CABINET7,
            },
            {
                "date": "2014-09",
                "date_text": "in September of that year",
                "location": "Iquitos",
                "countries": PECO,
                "mechanism": "bilateral meeting",
                "mechanism_text": "first Binational Cabinet",
                "ordinal": 1,
                "participants": [],
                "evidence": [
                    "the first Binational Cabinet was held precisely in Iquitos in September of "
                    "that year"
                ],
                "event": EV_PECO_CABINET1,
            },
        ],
        "planned_meetings": [
            {
                "date": "2027",
                "date_text": "in 2027",
                "location": None,
                "countries": PECO,
                "mechanism": "bilateral meeting",
                "mechanism_text": "IX Binational Cabinet",
                "ordinal": 9,
                "participants": [],
                "evidence": ["The IX Binational Cabinet will be held in Colombia in 2027"],
                "event": EV_PECO_CABINET9,
            },
        ],
        "milestones": [
            {
                "name": "Declaration of Iquitos",
                "kind": "agreement",
                "year": 2026,
                "date": "2026-10-08",
                "countries": PECO,
                "evidence": ["the Heads of State signed the Declaration of Iquitos"],
            },
            {
                "name": "Binational Cabinet established",
                "kind": "mechanism_established",
                "year": 2014,
                "countries": PECO,
                "evidence": ["The Binational Cabinet mechanism was created in 2014"],
            },
            {
                "name": "Binational Technical Commission on the Amazon River established",
                "kind": "mechanism_established",
                "year": 2026,
                "date": "2026-10-08",
                "countries": PECO,
                "optional": True,
                "evidence": [
                    "Among them is the creation of a Binational Technical Commission on the "
                    "Amazon River"
                ],
            },
        ],
        "excluded": [
            "President Cárdenas's quoted remarks: a statement, not a meeting",
            "'112 commitments to be carried out before the next meeting': plans, not milestones",
            "'on a date to be agreed through diplomatic channels': the date of the labelled "
            "planned IX cabinet, not a separate plan",
            "the five working axes: topics of the cabinet, not separate meetings",
            "border length (1,626 kilometres): not a milestone",
            "'Press Office - Presidency of the Republic': sign-off",
        ],
        "notes": (
            "Traits: Colombian presidency press release with a full-date place line 'Iquitos "
            "(Peru), October 8, 2026'; 'this Thursday' = 2026-10-08 (a Thursday). Full Spanish "
            "name forms with double surnames ('Andrés Felipe Cárdenas Rojas', 'Rosa Elena Quispe "
            "Mamani'); rank 'General (r)' stripped from 'Walter Ríos Huamán'. Roman-numeral "
            "formats: 'VIII Binational Cabinet' → ordinal 8, 'VII' → 7, 'IX' → 9. All ministers "
            "named as attending ('The meeting was attended by'): eight participants; 'among "
            "other members of both cabinets' are unnamed. Same real meeting as d306 and d308 "
            "(event D3-peru-colombia-2026-10-08). "
            "meetings[1]: the foreign ministers' preparatory meeting the day before (a separate "
            "meeting of other people); also reported by d308 (shared key). meetings[2]: 'Santiago "
            "de Cali' normalised to Cali; the previous cabinet of d306 (shared key). meetings[3]: "
            "'in September of that year' = 2014 (the year of the preceding clause); first round "
            "with ordinal 1; d308 alludes to it (shared key). planned_meetings[0]: only the "
            "country (Colombia) is given; also in d308 (shared key). "
            "milestones[1]: the mechanism 'was created in 2014' (the first round itself is the "
            "background meeting). milestones[2] optional: the commission is one of the "
            "declaration's commitments (agreed creation, as d306's 'agreed to set up'): "
            "judgement call."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "d308_peru_colombia_cabinet_local",
        "source_path": "gold/articles/d308_peru_colombia_cabinet_local.txt",
        "dateline": "Published: 09 Oct, 2026 07:40 AM",
        "meetings": [
            {
                "date": "2026-10-08",
                "date_partial": "--10-08",
                "date_text": "yesterday",
                "location": "Iquitos",
                "countries": PECO,
                "mechanism": "bilateral meeting",
                "mechanism_text": "binational cabinet",
                "participants": [
                    ("Rosa Elena Quispe", "President", "Peru"),
                    ("Andrés Cárdenas", "President", "Colombia"),
                    ("Javier Paredes", "Foreign Minister", "Peru"),
                ],
                "topics": [
                    "joint commission to study the islands of the Amazon border",
                    "Santa Rosa",
                ],
                "evidence": [
                    "President Rosa Elena Quispe yesterday received her Colombian counterpart "
                    "Andrés Cárdenas in Iquitos for the binational cabinet",
                    "The two presidents, flanked by Foreign Minister Javier Paredes and more than "
                    "a dozen ministers, spent about six hours at the Loreto regional government "
                    "headquarters",
                ],
                "event": EV_PECO,
            },
            {
                "date": "2026-10-07",
                "date_partial": "--10-07",
                "date_text": "on Wednesday",
                "location": None,
                "countries": PECO,
                "mechanism": "bilateral meeting",
                "participants": [
                    ("Javier Paredes", "Foreign Minister", "Peru"),
                    ("Laura Gómez", "Foreign Minister", "Colombia"),
                ],
                "topics": ["text of the Declaration of Iquitos"],
                "evidence": [
                    "The meeting was preceded on Wednesday by talks between Paredes and Colombian "
                    "Foreign Minister Laura Gómez"
                ],
                "event": EV_PECO_FM,
            },
            {
                "date": "2014",
                "date_text": "in 2014",
                "location": "Iquitos",
                "countries": PECO,
                "mechanism": "bilateral meeting",
                "participants": [],
                "optional": True,
                "evidence": [
                    "the first time the meeting has returned to the Loreto capital since the "
                    "mechanism was launched there in 2014"
                ],
                "event": EV_PECO_CABINET1,
            },
        ],
        "planned_meetings": [
            {
                "date": "2027",
                "date_text": "in 2027",
                "location": None,
                "countries": PECO,
                "mechanism": "bilateral meeting",
                "mechanism_text": "next cabinet",
                "participants": [],
                "evidence": ["Colombia will host the next cabinet in 2027"],
                "event": EV_PECO_CABINET9,
            },
        ],
        "milestones": [
            {
                "name": "binational cabinet established",
                "kind": "mechanism_established",
                "year": 2014,
                "countries": PECO,
                "evidence": ["since the mechanism was launched there in 2014"],
            },
            {
                "name": "Declaration of Iquitos",
                "kind": "agreement",
                "year": 2026,
                "date": None,
                "countries": PECO,
                "evidence": ["the Declaration of Iquitos signed by the two presidents"],
            },
            {
                "name": "Salomón-Lozano Treaty",
                "kind": "agreement",
                "year": 1922,
                "countries": PECO,
                "evidence": [
                    "The border between the two countries was set by the Salomón-Lozano Treaty "
                    "of 1922"
                ],
            },
            {
                "name": "Rio de Janeiro Protocol",
                "kind": "agreement",
                "year": 1934,
                "countries": PECO,
                "evidence": ["confirmed by the Rio de Janeiro Protocol of 1934"],
            },
            {
                "name": "joint commission to study the islands of the Amazon border established",
                "kind": "mechanism_established",
                "year": 2026,
                "date": "2026-10-08",
                "countries": PECO,
                "optional": True,
                "evidence": [
                    "appearing together to announce a joint commission that will study the "
                    "islands of the Amazon border"
                ],
            },
        ],
        "excluded": [
            "'On Friday, the two presidents were expected to travel to Leticia for a meeting "
            "with Brazil's president': a planned trilateral meeting, not bilateral",
            "Loreto Governor Jorge Panduro's request to the national government: domestic, no "
            "bilateral meeting",
            "fisherman Teodoro Ahuanari and congressman Raúl Vásquez: comment, no meeting",
            "'appearing together to announce': a joint press appearance",
            "'the brief war over Leticia': a war, not a milestone",
        ],
        "notes": (
            "Traits: Peruvian paper, 'Published: 09 Oct, 2026 07:40 AM'; 'yesterday' = "
            "2026-10-08 (a Thursday, as d306's 'on Thursday' and d307's 'this Thursday'). Same "
            "real meeting as d306 and d307 (event D3-peru-colombia-2026-10-08); here 'the "
            "binational cabinet' (no ordinal), name forms 'Rosa Elena Quispe' (middle name, one "
            "surname) and 'Andrés Cárdenas'; Cárdenas's title from 'The two presidents'. "
            "Foreign Minister Paredes 'flanked' the presidents through the six-hour meeting: "
            "counted as a participant (judgement call; the 'more than a dozen ministers' are "
            "unnamed). The lead and the 'flanked' sentence are one meeting. "
            "meetings[1]: 'on Wednesday' in a past-tense report dated Friday 9 October = "
            "2026-10-07; the foreign ministers' preparatory meeting of d307 (shared key); no "
            "place is stated for it here (likely Iquitos). meetings[2] optional: 'returned to "
            "the Loreto capital since the mechanism was launched there in 2014' implies a first "
            "meeting in Iquitos in 2014 without reporting it (d307 states it: shared key). "
            "planned_meetings[0]: 'next cabinet' (ordinal null), only the host country; the IX "
            "cabinet of d307 (shared key). milestones[1]: own news, no signing day written in "
            "that clause → year 2026, date null. milestones[4] optional as in d306/d307."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "d309_jordan_egypt_committee_petra",
        "source_path": "gold/articles/d309_jordan_egypt_committee_petra.txt",
        "dateline": "Cairo, June 8 (Petra)",
        "meetings": [
            {
                "date": None,
                "date_partial": "--06-08",
                "date_resolved": "2026-06-08",
                "date_text": "on Monday",
                "location": "Cairo",
                "countries": JOEG,
                "mechanism": "bilateral meeting",
                "mechanism_text": "33rd session of the Jordanian-Egyptian Higher Joint Committee",
                "ordinal": 33,
                "participants": [
                    ("Nasser Majali", "Prime Minister", "Jordan"),
                    ("Hisham Abdel-Ghaffar", "Prime Minister", "Egypt"),
                    (
                        "Khaled Rawashdeh",
                        "Deputy Prime Minister and Minister of Foreign Affairs and Expatriates",
                        "Jordan",
                    ),
                    ("Rami Obeidat", "Minister of Industry, Trade and Supply", "Jordan"),
                    ("Lina Haddad", "Minister of Energy and Mineral Resources", "Jordan"),
                    ("Amr El-Sayed", "Foreign Minister", "Egypt"),
                    ("Hatem Sobhy", "Minister of Electricity and Renewable Energy", "Egypt"),
                    ("Sherif Fawzy", "Minister of Trade and Industry", "Egypt"),
                ],
                "topics": [
                    "economic, trade and investment cooperation",
                    "joint projects in energy, transport and water",
                    "war in Gaza",
                    "humanitarian aid",
                    "displacement of Palestinians",
                    "green hydrogen",
                    "electrical interconnection",
                ],
                "evidence": [
                    "Prime Minister Nasser Majali and Egyptian Prime Minister Hisham Abdel-Ghaffar "
                    "on Monday co-chaired the 33rd session of the Jordanian-Egyptian Higher Joint "
                    "Committee in Cairo",
                    "Taking part in the committee's meetings on the Jordanian side were Deputy "
                    "Prime Minister and Minister of Foreign Affairs and Expatriates Khaled "
                    "Rawashdeh",
                ],
                "event": EV_JOEG,
            },
            {
                "date": None,
                "date_resolved": "2026-06",
                "date_text": None,
                "location": "Cairo",
                "countries": JOEG,
                "mechanism": "courtesy call",
                "participants": [
                    ("Nasser Majali", "Prime Minister", "Jordan"),
                    ("Tarek Soliman", "President", "Egypt"),
                ],
                "topics": ["regional developments", "situation in Gaza and the West Bank"],
                "evidence": [
                    "Majali also called on Egyptian President Tarek Soliman at Al-Ittihadiya Palace"
                ],
                "event": EV_JOEG_PRESIDENT,
            },
            {
                "date": "2025-08",
                "date_text": "in August 2025",
                "location": "Amman",
                "countries": JOEG,
                "mechanism": "bilateral meeting",
                "mechanism_text": "32nd session of the committee",
                "ordinal": 32,
                "participants": [],
                "evidence": ["The 32nd session of the committee was held in Amman in August 2025"],
            },
        ],
        "planned_meetings": [
            {
                "date": None,
                "date_resolved": "2027",
                "date_text": "next year",
                "location": "Amman",
                "countries": JOEG,
                "mechanism": "bilateral meeting",
                "mechanism_text": "34th session",
                "ordinal": 34,
                "participants": [],
                "evidence": ["the 34th session will be held in Amman next year"],
            },
        ],
        "milestones": [
            {
                "name": "memorandum of understanding on cooperation in the field of green hydrogen",
                "kind": "agreement",
                "year": None,
                "date": None,
                "countries": JOEG,
                "evidence": [
                    "a memorandum of understanding on cooperation in the field of green hydrogen"
                ],
            },
            {
                "name": "agreement to increase the capacity of the electrical interconnection "
                "line between the two countries",
                "kind": "agreement",
                "year": None,
                "date": None,
                "countries": JOEG,
                "optional": True,
                "evidence": [
                    "an agreement to increase the capacity of the electrical interconnection "
                    "line between the two countries"
                ],
            },
        ],
        "excluded": [
            "'The two prime ministers discussed preparations for the next summit of the "
            "tripartite cooperation mechanism grouping Jordan, Egypt and Iraq': trilateral, and "
            "no date",
            "the other '14 agreements, memoranda of understanding and executive programmes': "
            "unnamed documents, not labelled",
            "Majali's 'speech at the opening session': a speech within the committee session",
            "'the directives of His Majesty the King and President Tarek Soliman': mentioned, "
            "not a meeting; the King is not named",
            "Majali 'arrived in Cairo on Sunday' / 'returns to Amman on Tuesday': travel",
            "trade figure ('about $830 million last year'): not a milestone",
            "'//Petra// SH': agency sign-off",
        ],
        "notes": (
            "Traits: Petra dateline without a year ('Cairo, June 8 (Petra) --'); 'on Monday' = "
            "the dateline's June 8. June 8 is a Monday in 2015, 2020 and 2026; the 32nd session "
            "'in August 2025' pins 2026: date_resolved 2026-06-08 (and 2027 for the 34th session "
            "'next year'). All ministers named ('Taking part in the committee's meetings'); "
            "'Dr.' stripped from Lina Haddad. Name form 'Majali' (d310: 'Al-Majali'). "
            "Mechanism (judgement call): the 'Higher Joint Committee' is a Committee, not one of "
            "the vocabulary's Joint Commission names ('Joint Commission', 'Joint Ministerial "
            "Commission', 'Intergovernmental Commission'), so bilateral meeting with its name "
            "and ordinal 33, as d204's COSBAN committee; a second labeller might argue Joint "
            "Commission. Same real meeting as d310, which says only 'talks' and places them in "
            "the New Administrative Capital (event D3-jordan-egypt-2026-06-08). "
            "meetings[1]: 'called on' a leader → courtesy call; only a verb, so no "
            "mechanism_text; no day stated ('also'), the only date is the visit (Sunday arrival, "
            "Tuesday return) → the month, yearless, so date null and date_resolved 2026-06; "
            "Al-Ittihadiya Palace on the Cairo visit → Cairo. d310 reports it as 'received ... "
            "Later on Monday' (shared key). milestones: own news, no year in the text → year "
            "null; the interconnection agreement is described rather than named → optional."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "d310_egypt_jordan_talks_ahram",
        "source_path": "gold/articles/d310_egypt_jordan_talks_ahram.txt",
        "dateline": "Ahram Online , Tuesday 9 Jun 2026",
        "meetings": [
            {
                "date": "2026-06-08",
                "date_partial": "--06-08",
                "date_text": "yesterday",
                "location": "New Administrative Capital",
                "countries": JOEG,
                "mechanism": "bilateral meeting",
                "participants": [
                    ("Hisham Abdel-Ghaffar", "Prime Minister", "Egypt"),
                    ("Nasser Al-Majali", "Prime Minister", "Jordan"),
                ],
                "topics": [
                    "trade",
                    "Nuweiba-Aqaba ferry line",
                    "land corridor linking Egypt, Jordan and Iraq",
                    "displacement of Palestinians from Gaza and the West Bank",
                ],
                "evidence": [
                    "Egyptian Prime Minister Hisham Abdel-Ghaffar and his Jordanian counterpart "
                    "Nasser Al-Majali held talks in the New Administrative Capital yesterday"
                ],
                "event": EV_JOEG,
            },
            {
                "date": "2026-06-08",
                "date_partial": "--06-08",
                "date_text": "Later on Monday",
                "location": "Cairo",
                "countries": JOEG,
                "mechanism": "bilateral meeting",
                "participants": [
                    ("Tarek Soliman", "President", "Egypt"),
                    ("Nasser Al-Majali", "Prime Minister", "Jordan"),
                    ("Hisham Abdel-Ghaffar", "Prime Minister", "Egypt"),
                ],
                "topics": ["situation in Gaza, Syria and the Red Sea"],
                "evidence": [
                    "Later on Monday, President Tarek Soliman received Al-Majali at the Ittihadiya "
                    "presidential palace in Cairo, in the presence of Abdel-Ghaffar"
                ],
                "event": EV_JOEG_PRESIDENT,
            },
        ],
        "planned_meetings": [
            {
                "date": "2026-06",
                "date_text": "later this month",
                "location": "Amman",
                "countries": JOEG,
                "mechanism": "bilateral meeting",
                "participants": [("Amr El-Sayed", "Foreign Minister", "Egypt")],
                "topics": ["regional situation"],
                "evidence": [
                    "Foreign Minister Amr El-Sayed is expected to travel to Amman later this month "
                    "for talks with his Jordanian counterpart"
                ],
            },
        ],
        "milestones": [
            {
                "name": "memorandum of understanding on green hydrogen production",
                "kind": "agreement",
                "year": 2026,
                "date": "2026-06-08",
                "countries": JOEG,
                "evidence": [
                    "The deals include a memorandum of understanding on green hydrogen production"
                ],
            },
            {
                "name": "agreement to raise the capacity of the electricity interconnection "
                "between the two countries",
                "kind": "agreement",
                "year": 2026,
                "date": "2026-06-08",
                "countries": JOEG,
                "optional": True,
                "evidence": [
                    "an agreement to raise the capacity of the electricity interconnection "
                    "between the two countries to 2,000 megawatts"
                ],
            },
            {
                "name": "Egyptian-Jordanian Free Trade Agreement",
                "kind": "agreement",
                "year": 1998,
                "countries": JOEG,
                "evidence": [
                    "Egypt and Jordan signed the Egyptian-Jordanian Free Trade Agreement in 1998"
                ],
            },
        ],
        "excluded": [
            "'Soliman and the Jordanian monarch spoke by phone last week': a phone call, not a "
            "meeting",
            "the other deals among the '14 agreements and memoranda of understanding': unnamed, "
            "not labelled",
            "'Egypt has exported natural gas to Jordan through the Arab Gas Pipeline since "
            "2003': start of gas exports through a regional pipeline, not a signed bilateral "
            "agreement",
            "'the planned land corridor linking Egypt, Jordan and Iraq': a trilateral project",
            "cabinet spokesman Hany Youssef and presidential spokesman Walid Samir: relay the "
            "meetings, not participants",
            "trade 'below $1 billion for years': not a milestone",
        ],
        "notes": (
            "Traits: Ahram Online header 'Tuesday 9 Jun 2026'; 'yesterday' and 'Later on Monday' "
            "= 2026-06-08 (a Monday). Same real meeting as d309 (event "
            "D3-jordan-egypt-2026-06-08), but here only 'talks' (the Higher Joint Committee is "
            "never named) → bilateral meeting, no mechanism_text; only the two premiers named; "
            "name form 'Nasser Al-Majali' (d309: 'Nasser Majali'); title from 'The two "
            "premiers' ('his Jordanian counterpart') → Prime Minister. Location as written: "
            "'the New Administrative Capital' (Egypt's new seat of government), whereas d309 "
            "writes 'in Cairo': each labelled as its text says. "
            "meetings[1]: 'received' → bilateral meeting (not 'called on'); Abdel-Ghaffar 'in "
            "the presence' → participant; it is the meeting d309 calls a courtesy call (shared "
            "key, mechanisms differ by the text's words). planned_meetings[0]: the Jordanian "
            "counterpart is not named, so one participant; 'later this month' = 2026-06. "
            "milestones[0-1]: signed at yesterday's talks ('witnessing the signing'), so dated "
            "2026-06-08; the interconnection agreement is described, not named → optional."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "d311_japan_poland_foreign_ministers_mofa",
        "source_path": "gold/articles/d311_japan_poland_foreign_ministers_mofa.txt",
        "dateline": "January 22, 2026",
        "meetings": [
            {
                "date": "2026-01-22",
                "date_partial": "--01-22",
                "date_text": "On January 22",
                "location": None,
                "countries": JPPL,
                "mechanism": "bilateral meeting",
                "mechanism_text": "Japan-Poland Foreign Ministers' Meeting",
                "participants": [
                    ("Haruki Morita", "Minister for Foreign Affairs", "Japan"),
                    (
                        "Tomasz Zieliński",
                        "Deputy Prime Minister and Minister of Foreign Affairs",
                        "Poland",
                    ),
                ],
                "topics": [
                    "security and defense",
                    "economic security",
                    "nuclear energy",
                    "science and technology",
                    "people-to-people exchanges",
                    "situation in Ukraine",
                    "reconstruction of Ukraine",
                    "North Korea",
                ],
                "evidence": [
                    "On January 22, commencing at 5:10 p.m. for approximately 75 minutes, Mr. "
                    "MORITA Haruki, Minister for Foreign Affairs of Japan, held a Japan-Poland "
                    "Foreign Ministers' Meeting with H.E. Mr. Tomasz Zieliński, Deputy Prime "
                    "Minister and Minister of Foreign Affairs of the Republic of Poland, who is "
                    "visiting Japan"
                ],
                "event": EV_JPPL,
            },
            {
                "date": "2025-11",
                "date_text": "in November last year",
                "location": "Warsaw",
                "countries": JPPL,
                "mechanism": "bilateral meeting",
                "mechanism_text": "first round of the Japan-Poland Security Dialogue",
                "ordinal": 1,
                "participants": [],
                "evidence": [
                    "the first round of the Japan-Poland Security Dialogue in Warsaw in November "
                    "last year"
                ],
            },
            {
                "date": "2025-09",
                "date_text": "in September last year",
                "location": "New York",
                "countries": JPPL,
                "mechanism": "bilateral meeting",
                "participants": [
                    ("Haruki Morita", "Minister for Foreign Affairs", "Japan"),
                    (
                        "Tomasz Zieliński",
                        "Deputy Prime Minister and Minister of Foreign Affairs",
                        "Poland",
                    ),
                ],
                "evidence": ["The two Ministers, who had met in New York in September last year"],
                "event": EV_JPPL_NEWYORK,
            },
        ],
        "planned_meetings": [],
        "milestones": [
            {
                "name": "Strategic Partnership",
                "kind": "partnership_upgrade",
                "year": 2015,
                "countries": JPPL,
                "evidence": ["with which Japan has built a Strategic Partnership since 2015"],
            },
            {
                "name": "Action Plan for the Implementation of the Strategic Partnership between "
                "Japan and the Republic of Poland for 2026-2030",
                "kind": "agreement",
                "year": 2026,
                "date": "2026-01-22",
                "countries": JPPL,
                "evidence": [
                    'Prior to the meeting, the two Ministers signed the "Action Plan for the '
                    "Implementation of the Strategic Partnership between Japan and the Republic "
                    "of Poland for 2026-2030"
                ],
            },
            {
                "name": "Japan-Poland Security Dialogue established",
                "kind": "mechanism_established",
                "year": 2025,
                "date": "2025-11",
                "countries": JPPL,
                "optional": True,
                "evidence": [
                    "the first round of the Japan-Poland Security Dialogue in Warsaw in November "
                    "last year"
                ],
            },
        ],
        "excluded": [
            "'The meeting was followed by a working dinner': part of the same meeting",
            "Morita 'warmly welcomed Deputy Prime Minister Zieliński on his first visit to Japan "
            "in his current capacity': the visit, not a separate meeting",
            "'they will continue to communicate closely at various levels': a vague statement, "
            "not a planned meeting",
            "Japan's initiatives for the reconstruction of Ukraine: not bilateral milestones",
        ],
        "notes": (
            "Traits: MOFA Japan press release, date line 'January 22, 2026' and 'On January 22' "
            "→ 2026-01-22. Japanese name written family name first in capitals ('Mr. MORITA "
            "Haruki') → canonical 'Haruki Morita' (given name first, conventions); 'Mr.', 'H.E. "
            "Mr.' stripped; the Polish name keeps its diacritic ('Zieliński'; d312 writes "
            "'Zielinski'). No city is written ('who is visiting Japan'), so location null (the "
            "meeting was in Tokyo per d312). 'Japan-Poland Foreign Ministers' Meeting' is the "
            "meeting's formal title → bilateral meeting with that mechanism_text (judgement: "
            "arguably only a description). Same real meeting as d312 (event "
            "D3-japan-poland-2026-01-22). "
            "meetings[1]: background first round of a format outside the vocabulary (ordinal 1), "
            "no named people; its establishment is milestones[2], optional (first round of a "
            "format). meetings[2]: 'who had met in New York in September last year' = 2025-09; "
            "d312 places it on the sidelines of the UN General Assembly (shared key). "
            "milestones[0]: 'has built a Strategic Partnership since 2015' → upgrade 2015. "
            "milestones[1]: signed 'Prior to the meeting' on the same day."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "d312_poland_japan_talks_pap",
        "source_path": "gold/articles/d312_poland_japan_talks_pap.txt",
        "dateline": "23.01.2026, 10:15",
        "meetings": [
            {
                "date": "2026-01-22",
                "date_partial": "--01-22",
                "date_text": "on Thursday",
                "location": "Tokyo",
                "countries": JPPL,
                "mechanism": "bilateral meeting",
                "participants": [
                    (
                        "Tomasz Zielinski",
                        "Deputy Prime Minister and Foreign Minister",
                        "Poland",
                    ),
                    ("Haruki Morita", "Foreign Minister", "Japan"),
                ],
                "topics": [
                    "support for Ukraine",
                    "security in Europe and East Asia",
                    "cooperation in nuclear energy",
                    "Poland's first nuclear power plant",
                    "Ukraine's reconstruction",
                ],
                "evidence": [
                    "Poland's Deputy Prime Minister and Foreign Minister Tomasz Zielinski held "
                    "talks with Japanese Foreign Minister Haruki Morita in Tokyo on Thursday"
                ],
                "event": EV_JPPL,
            },
            {
                "date": "2025-09",
                "date_text": "in September",
                "location": "New York",
                "countries": JPPL,
                "mechanism": "bilateral meeting",
                "participants": [
                    (
                        "Tomasz Zielinski",
                        "Deputy Prime Minister and Foreign Minister",
                        "Poland",
                    ),
                    ("Haruki Morita", "Foreign Minister", "Japan"),
                ],
                "evidence": [
                    "Zielinski and Morita last met in September on the sidelines of the UN "
                    "General Assembly in New York"
                ],
                "event": EV_JPPL_NEWYORK,
            },
        ],
        "planned_meetings": [
            {
                "date": "2026-01-23",
                "date_partial": "--01-23",
                "date_text": "on Friday",
                "location": "Tokyo",
                "countries": JPPL,
                "mechanism": "bilateral meeting",
                "participants": [
                    (
                        "Tomasz Zielinski",
                        "Deputy Prime Minister and Foreign Minister",
                        "Poland",
                    ),
                    ("Shota Kuroda", "Defence Minister", "Japan"),
                ],
                "topics": ["defence industry cooperation"],
                "evidence": [
                    "Zielinski, who arrived in Tokyo on Wednesday, is due to meet Japanese "
                    "Defence Minister Shota Kuroda on Friday"
                ],
            },
            {
                "date": "2026-01-26",
                "date_partial": "--01-26",
                "date_text": "on Monday",
                "location": "Seoul",
                "countries": PLKR,
                "mechanism": "bilateral meeting",
                "participants": [
                    (
                        "Tomasz Zielinski",
                        "Deputy Prime Minister and Foreign Minister",
                        "Poland",
                    ),
                    ("Yoon Ji-hoon", "Foreign Minister", "South Korea"),
                ],
                "evidence": [
                    "On Saturday he will fly to Seoul, where he is to hold talks with South "
                    "Korean Foreign Minister Yoon Ji-hoon on Monday"
                ],
            },
        ],
        "milestones": [
            {
                "name": "Strategic Partnership",
                "kind": "partnership_upgrade",
                "year": 2015,
                "countries": JPPL,
                "evidence": ["the strategic partnership that Poland and Japan have had since 2015"],
            },
            {
                "name": "action plan for the strategic partnership",
                "kind": "agreement",
                "year": 2026,
                "date": "2026-01-22",
                "countries": JPPL,
                "optional": True,
                "evidence": [
                    "The ministers signed a five-year action plan for the strategic partnership"
                ],
            },
            {
                "name": "diplomatic relations established",
                "kind": "other",
                "year": 1919,
                "countries": JPPL,
                "evidence": ["Poland and Japan established diplomatic relations in 1919"],
            },
            {
                "name": "diplomatic relations restored",
                "kind": "other",
                "year": 1957,
                "countries": JPPL,
                "evidence": ["and restored them in 1957"],
            },
        ],
        "excluded": [
            "'Prime Minister Piotr Wasilewski and Japanese Prime Minister Kenta Ishiguro spoke "
            "by phone in December': a phone call, not a meeting",
            "'briefed his Japanese counterpart on the work of the Weimar Triangle of Poland, "
            "France and Germany': a trilateral format, no meeting of it reported",
            "'Zielinski told PAP after the meeting': an interview, not a meeting",
            "'which was followed by a working dinner': part of the same meeting",
            "Zielinski 'arrived in Tokyo on Wednesday': an arrival",
            "Japanese companies' interest in Poland's nuclear power plant: not a milestone",
            "'mw/ lm/': agency sign-off",
        ],
        "notes": (
            "Traits: PAP English service, numeric header '23.01.2026, 10:15' (day.month.year; a "
            "Friday); 'on Thursday' = 2026-01-22, place 'Tokyo (PAP)' and 'in Tokyo'. Same real "
            "meeting as d311 (event D3-japan-poland-2026-01-22): here 'held talks' (no format "
            "name), 'Zielinski' without the diacritic, 'Haruki Morita' given name first, titles "
            "'Deputy Prime Minister and Foreign Minister' / 'Foreign Minister'. "
            "meetings[1]: 'in September' in a January 2026 story = the previous September, "
            "2025-09 (UNGA sidelines); d311's 'in New York in September last year' (shared key). "
            "planned_meetings[0]: future tense 'is due to meet ... on Friday' in a story dated "
            "Friday morning = the same day, 2026-01-23; place from the Tokyo visit. "
            "planned_meetings[1]: 'on Monday' after 'On Saturday he will fly to Seoul' = "
            "2026-01-26; Korean name family name first as written. "
            "milestones[1] optional: 'a five-year action plan' is described, not named (d311 "
            "gives the full title). milestones[2-3]: establishment 1919 and restoration 1957 "
            "are separate milestones."
        ),
    },
]
