"""Gold labels for batch T1 (test split): 8 articles, the Americas and Europe.

Fictional but plausible articles in gold/test/articles/; same record format as
gold/labels/new_articles.py (GoldMeeting / GoldMilestone fields, ``evidence`` as exact quotes,
``participants`` as (name, title, country)). ``date_resolved`` is given only where the text
cannot give the full date but a careful reader can (a weekday that pins a yearless month-day in
the story world's year; a real historical event).

| id | pair | header style | traps |
|---|---|---|---|
| t101_brazil_argentina_summit_wire | Brazil-Argentina | Reuters dateline without year (`BUENOS AIRES, May 4 (Reuters) -`); no year of the story anywhere | "on Friday" in a story of Saturday May 4 (= May 3, not the dateline day); place in a later sentence ("The talks at the Casa Rosada"); trilateral with Uruguay the same day; background 2019 summit in Brasilia (a year a sloppy reader may take for the story's) |
| t102_brazil_argentina_summit_local | Brazil-Argentina (same summit as t101) | Brazilian outlet, English edition: `By Mariana Lopes \\| Published: 04/05/2024 11:20 BRT` (day/month/year) | 04/05 = 4 May, not April 5; "on Friday (3)"; three participants (FM sat in); EIGSA spelled out once; 1997 Strategic Partnership reaffirmed in an unnamed joint statement (not a new upgrade); 1985 Declaration of Iguaçu; Mercosur's Treaty of Asunción (multilateral); Mercosur summit with no bilateral talks; joint press conference; business lunch; planned return visit in October; same 2019 background summit as t101 |
| t103_mexico_canada_ministers | Mexico-Canada | no dateline; only a footer `This story was first published on March 4, 2023.` | "yesterday" resolved from the footer; leaders' phone call "a week" before; planned presidential visit "later this year"; trilateral North American Leaders' Summit; CUSMA review in 2026 |
| t104_chile_south_korea_dialogue | Chile-South Korea | separate first line `Wednesday, October 16, 2024`, then `SANTIAGO, Chile (AP) —` | "4th Chile-Korea High-Level Economic Dialogue" (outside vocabulary, ordinal 4; not a Vice-Ministerial Dialogue); Korean name family name first, then surname only; date and place in the sentence after the names; background third round (Seoul, Nov 2022); same-day meeting with the mining minister; FTA 2003 + entry into force 2004; business breakfast; negotiations launched 2018 |
| t105_colombia_spain_state_visit | Colombia-Spain | European numeric dateline `Madrid, 12.02.2025 —` | 12.02 = 12 February; three meetings of one state visit (King on Tuesday, courtesy call on the President of the Congress and talks with the Prime Minister on Wednesday); airport welcome, state dinner, speech to the Cortes, joint press appearance, business forum (all excluded); joint declaration + Strategic Partnership upgrade + annual Strategic Dialogue created; planned first Strategic Dialogue in Bogotá; EU-Colombia visa waiver (not bilateral) |
| t106_peru_china_foreign_ministers | Peru-China | Xinhua `BEIJING, Aug. 3 (Xinhua) --`; the year only from "next year, 2026" | "on Saturday" in a story of Sunday Aug. 3 (= Aug. 2); 2026 is not the story year; Chinese name family name first; 1971 relations, 2008 and 2013 partnership levels; visit span; upgraded FTA without a year |
| t107_germany_poland_consultations | Germany-Poland | header `Updated: 2024-07-02 18:45 CEST` then headline | "16th German-Polish intergovernmental consultations" (not Foreign Office Consultations); four named participants of six ministers; spokesperson relays the outcome; background 15th round 2018; 1990 Border Treaty and 1991 Treaty of Good Neighbourship; planned next consultations in Berlin in 2025; planned Weimar Triangle summit (trilateral) |
| t108_us_brazil_no_meeting | United States-Brazil | press release `U.S. Department of State \\| Office of the Spokesperson \\| June 3, 2024` | only a phone call ("spoke today"); planned meeting "next month in Washington"; bicentennial of relations with no year; no held meeting |
"""

BA = ["Brazil", "Argentina"]
MC = ["Mexico", "Canada"]
CK = ["Chile", "South Korea"]
CS = ["Colombia", "Spain"]
PC = ["Peru", "China"]
GP = ["Germany", "Poland"]
UB = ["United States", "Brazil"]

VASCONCELOS = ("Eduardo Vasconcelos", "President", "Brazil")
ECHEVERRIA = ("Martín Echeverría", "President", "Argentina")
MONTOYA = ("Andrés Felipe Montoya", "President", "Colombia")
CASTRO = ("Lucía Castro", "Minister of Foreign Affairs, European Union and Cooperation", "Spain")
RESTREPO = ("Catalina Restrepo", "Minister of Foreign Affairs", "Colombia")
KANG = ("Kang Min-seok", "Second Vice Minister of Foreign Affairs", "South Korea")

ARTICLES = [
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "t101_brazil_argentina_summit_wire",
        "source_path": "gold/test/articles/t101_brazil_argentina_summit_wire.txt",
        "dateline": "BUENOS AIRES, May 4 (Reuters)",
        "meetings": [
            {
                "date": None,
                "date_partial": "--05-03",
                "date_resolved": "2024-05-03",
                "date_text": "on Friday",
                "location": "Buenos Aires",
                "countries": BA,
                "mechanism": "bilateral summit",
                "mechanism_text": "bilateral summit",
                "participants": [VASCONCELOS, ECHEVERRIA],
                "topics": [
                    "pipeline link",
                    "trade disputes",
                    "energy",
                    "quotas for the car industry",
                    "road bridge over the Uruguay River",
                    "Mercosur trade bloc's negotiations with the European Union",
                ],
                "evidence": [
                    "officials from both governments said on Saturday, after their presidents "
                    "held a bilateral summit on Friday",
                    "The talks at the Casa Rosada, the pink presidential palace in central "
                    "Buenos Aires",
                ],
                "event": "T1-brazil-argentina-2024-05-03",
            },
            {
                "date": "2019",
                "date_resolved": "2019-01-16",
                "date_text": "in 2019",
                "location": "Brasilia",
                "countries": BA,
                "mechanism": "bilateral summit",
                "mechanism_text": "bilateral summit",
                "participants": [],
                "evidence": [
                    "The last bilateral summit between the two countries' presidents was held "
                    "in Brasilia in 2019"
                ],
                "event": "T1-brazil-argentina-2019-01-brasilia",
            },
        ],
        "planned_meetings": [],
        "milestones": [],
        "excluded": [
            "'Later on Friday, the two leaders were joined by Uruguayan President Nicolás "
            "Bentancur for a trilateral meeting': trilateral (three countries), not a bilateral "
            "meeting",
            "Echeverría's 'post on social media late on Friday': a statement, not a meeting",
            "'the Mercosur trade bloc's negotiations with the European Union': a topic of the "
            "summit, not a Brazil-Argentina meeting",
            "the Argentine government spokesperson who relays the talks is not named and is not "
            "a participant",
            "'Vasconcelos was due to fly back to Brasilia': travel, no meeting",
        ],
        "notes": (
            "Traits: Reuters dateline without a year; no year of the story anywhere in the text "
            "(the only year, 2019, is the background summit's). The story's day is a Saturday "
            "('officials from both governments said on Saturday' in a story datelined May 4), "
            "so 'on Friday' is May 3 (date_partial --05-03), not the dateline's May 4. "
            "date_resolved 2024-05-03: the story world's year is 2024 (t102, same summit, is "
            "dated 04/05/2024); May 4 2024 is a Saturday and May 3 2024 a Friday. Same summit "
            "as t102 (event T1-brazil-argentina-2024-05-03); t101 names two participants, t102 "
            "three. The two evidence quotes are one summit (lead + 'The talks at the Casa "
            "Rosada'), not two meetings. meetings[1]: background summit, presidents not named; "
            "the same meeting as t102's 'held in Brasília in January 2019' (shared event key); "
            "date_resolved is the real Macri-Bolsonaro meeting in Brasília on 16 January 2019."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "t102_brazil_argentina_summit_local",
        "source_path": "gold/test/articles/t102_brazil_argentina_summit_local.txt",
        "dateline": "Published: 04/05/2024 11:20 BRT",
        "meetings": [
            {
                "date": "2024-05-03",
                "date_partial": "--05-03",
                "date_text": "on Friday (3)",
                "location": "Buenos Aires",
                "countries": BA,
                "mechanism": "bilateral summit",
                "mechanism_text": "bilateral summit",
                "participants": [
                    VASCONCELOS,
                    ECHEVERRIA,
                    ("Helena Ribeiro", "Foreign Minister", "Brazil"),
                ],
                "topics": [
                    "energy agreement",
                    "Argentine gas",
                    "bilateral automotive regime",
                    "Mercosur-European Union agreement",
                    "São Borja-Santo Tomé bridge crossing",
                    "cooperation between the two countries' space agencies",
                ],
                "evidence": [
                    "President Eduardo Vasconcelos and his Argentine counterpart, Martín "
                    "Echeverría, held a bilateral summit in Buenos Aires on Friday (3)",
                    "Foreign Minister Helena Ribeiro, who sat in on the talks at the Casa Rosada",
                ],
                "event": "T1-brazil-argentina-2024-05-03",
            },
            {
                "date": "2019-01",
                "date_resolved": "2019-01-16",
                "date_text": "in January 2019",
                "location": "Brasília",
                "countries": BA,
                "mechanism": "bilateral summit",
                "mechanism_text": "bilateral summit",
                "participants": [],
                "evidence": [
                    "It was the first bilateral summit between the two countries' presidents in "
                    "more than five years",
                    "The previous one, held in Brasília in January 2019",
                ],
                "event": "T1-brazil-argentina-2019-01-brasilia",
            },
        ],
        "planned_meetings": [
            {
                "date": "2024-10",
                "date_text": "in October",
                "location": "Brasília",
                "countries": BA,
                "mechanism": "bilateral meeting",
                "participants": [ECHEVERRIA, VASCONCELOS],
                "topics": ["financing arrangements for the pipeline"],
                "evidence": [
                    "Ribeiro said Echeverría had accepted an invitation to travel to Brasília in "
                    "October for a new round of talks with Vasconcelos"
                ],
            },
        ],
        "milestones": [
            {
                "name": "Energy Integration and Gas Supply Agreement (EIGSA)",
                "kind": "agreement",
                "year": 2024,
                "date": "2024-05-03",
                "countries": BA,
                "evidence": [
                    "The centrepiece of the day was the Energy Integration and Gas Supply "
                    "Agreement (EIGSA), which the two presidents signed at the end of the meeting"
                ],
            },
            {
                "name": "Declaration of Iguaçu",
                "kind": "agreement",
                "year": 1985,
                "countries": BA,
                "evidence": ["began their rapprochement with the Declaration of Iguaçu in 1985"],
            },
            {
                "name": "Strategic Partnership",
                "kind": "partnership_upgrade",
                "year": 1997,
                "countries": BA,
                "evidence": ["In 1997, Brasília and Buenos Aires declared a Strategic Partnership"],
            },
        ],
        "excluded": [
            "'Vasconcelos said at a joint press conference after the meeting': a press "
            "conference, part of the summit, not a separate meeting",
            "'had until Friday seen each other only at multilateral gatherings, such as the "
            "Mercosur summit in Asunción last December, where they held no bilateral talks': "
            "multilateral, and the text says no bilateral talks were held",
            "'Mercosur, created together with Paraguay and Uruguay by the Treaty of Asunción in "
            "1991': a four-country treaty, not a bilateral milestone",
            "'the joint statement released on Friday evening': unnamed joint statement; it "
            "reaffirms the 1997 Strategic Partnership, which is not a new upgrade",
            "'After the summit, Vasconcelos had lunch with Brazilian and Argentine business "
            "leaders at the Palacio Pereda': business leaders, not officials of the other country",
            "'their defence ministries would resume regular staff talks ... but no date was set': "
            "vague future talks, no meeting",
            "'the Mercosur-European Union agreement, which both governments say they want to "
            "close': not concluded, and not bilateral",
        ],
        "notes": (
            "Traits: Brazilian outlet's English edition; byline line with a day/month/year date "
            "(04/05/2024 = 4 May 2024, a Saturday); Brazilian-press 'on Friday (3)' = 3 May "
            "2024 (checked: Friday). Same summit as t101 (event T1-brazil-argentina-2024-05-03): "
            "here three participants (Foreign Minister Ribeiro 'sat in on the talks'), the "
            "signed EIGSA, and a planned return visit that t101 does not mention; no "
            "contradiction with t101 (Casa Rosada, Buenos Aires, Friday). meetings[1]: the same "
            "background summit as t101 (Brasília, January 2019 here, '2019' there; shared event "
            "key T1-brazil-argentina-2019-01-brasilia); real date 16 January 2019. "
            "Echeverría's title is 'his Argentine counterpart' of President Vasconcelos, i.e. "
            "President. planned_meetings[0]: 'accepted an invitation to travel to Brasília in "
            "October for a new round of talks with Vasconcelos' is a scheduled meeting; the year "
            "is the story's (2024); 'new round of talks' is not a named format (mechanism_text "
            "null). milestones[1]: the Declaration of Iguaçu is a named joint declaration of "
            "1985 (real: 30 November 1985). milestones[2]: the text calls the 1997 step a "
            "'Strategic Partnership' (the real 1997 term was a 'strategic alliance'); labelled "
            "as written. 'last December' = December 2023."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "t103_mexico_canada_ministers",
        "source_path": "gold/test/articles/t103_mexico_canada_ministers.txt",
        "dateline": "This story was first published on March 4, 2023",
        "meetings": [
            {
                "date": "2023-03-03",
                "date_partial": "--03-03",
                "date_text": "yesterday",
                "location": "Ottawa",
                "countries": MC,
                "mechanism": "bilateral meeting",
                "participants": [
                    ("Élise Fournier", "Foreign Affairs Minister", "Canada"),
                    ("Alejandra Montes de Oca", "Secretary of Foreign Affairs", "Mexico"),
                ],
                "topics": [
                    "Seasonal Agricultural Worker Program",
                    "processing times for Mexican travellers",
                    "critical minerals",
                    "clean-energy investment",
                    "review of the Canada-United States-Mexico Agreement",
                ],
                "evidence": [
                    "Foreign Affairs Minister Élise Fournier and Mexico's Secretary of Foreign "
                    "Affairs, Alejandra Montes de Oca, met yesterday in Ottawa"
                ],
            },
        ],
        "planned_meetings": [
            {
                "date": "2023",
                "date_text": "later this year",
                "location": "Ottawa",
                "countries": MC,
                "mechanism": "bilateral meeting",
                "participants": [
                    ("Rodrigo Ávila", "President", "Mexico"),
                    ("Robert MacAllister", "Prime Minister", "Canada"),
                ],
                "evidence": [
                    "Ávila is expected to travel to Ottawa later this year for talks with "
                    "MacAllister"
                ],
            },
        ],
        "milestones": [
            {
                "name": "diplomatic relations established",
                "kind": "other",
                "year": 1944,
                "countries": MC,
                "evidence": ["Canada and Mexico established diplomatic relations in 1944"],
            },
        ],
        "excluded": [
            "'a phone call last week between Prime Minister Robert MacAllister and Mexican "
            "President Rodrigo Ávila': a phone call, not a meeting",
            "'Fournier and Montes de Oca both attended the North American Leaders' Summit in "
            "Mexico City in January, alongside their American counterparts': trilateral, no "
            "bilateral talks stated",
            "'the review of the Canada-United States-Mexico Agreement due in 2026': a future "
            "trilateral review, neither a milestone nor a meeting",
            "'Fournier told reporters on Parliament Hill': remarks to the press",
        ],
        "notes": (
            "Traits: no dateline; the story's only date is the footer 'This story was first "
            "published on March 4, 2023' (a Saturday), so 'met yesterday' = Friday 3 March 2023. "
            "Canadian outlet style: Fournier is 'Foreign Affairs Minister' without a country "
            "adjective (she is Canadian: Global Affairs Canada, Parliament Hill). "
            "planned_meetings[0]: 'later this year' gives the year only (2023); the date 'had "
            "not been set'. The leaders' phone call 'last week' (the week of 20 February "
            "2023) is excluded; MacAllister and Ávila are participants only of the planned visit."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "t104_chile_south_korea_dialogue",
        "source_path": "gold/test/articles/t104_chile_south_korea_dialogue.txt",
        "dateline": "Wednesday, October 16, 2024",
        "meetings": [
            {
                "date": "2024-10-15",
                "date_partial": "--10-15",
                "date_text": "on Tuesday",
                "location": "Santiago",
                "countries": CK,
                "mechanism": "bilateral meeting",
                "mechanism_text": "4th Chile-Korea High-Level Economic Dialogue",
                "ordinal": 4,
                "participants": [
                    KANG,
                    (
                        "Claudia Sepúlveda",
                        "Undersecretary of International Economic Relations",
                        "Chile",
                    ),
                ],
                "topics": [
                    "lithium",
                    "copper",
                    "green hydrogen",
                    "modernizing their free trade pact",
                    "investment in lithium refining",
                    "cooperation between their customs services",
                ],
                "evidence": [
                    "South Korea's Second Vice Minister of Foreign Affairs Kang Min-seok and "
                    "Chile's Undersecretary of International Economic Relations Claudia "
                    "Sepúlveda co-chaired the 4th Chile-Korea High-Level Economic Dialogue",
                    "The meeting was held on Tuesday at the Foreign Ministry",
                    "senior officials of the two governments held a round of economic talks in "
                    "the Chilean capital",
                ],
            },
            {
                "date": "2022-11",
                "date_text": "in November 2022",
                "location": "Seoul",
                "countries": CK,
                "mechanism": "bilateral meeting",
                "mechanism_text": "third round",
                "ordinal": 3,
                "participants": [],
                "topics": ["semiconductors", "electric vehicle supply chains"],
                "evidence": [
                    "The dialogue, created to give economic issues a regular channel outside "
                    "trade negotiations, last met in Seoul in November 2022",
                    "That third round focused on semiconductors and electric vehicle supply chains",
                ],
            },
            {
                "date": "2024-10-16",
                "date_partial": "--10-16",
                "date_text": "On Wednesday",
                "location": "Santiago",
                "countries": CK,
                "mechanism": "bilateral meeting",
                "participants": [KANG, ("Javiera Rojas", "Mining Minister", "Chile")],
                "topics": ["national lithium strategy"],
                "evidence": [
                    "On Wednesday, Kang met Chilean Mining Minister Javiera Rojas to discuss the "
                    "government's national lithium strategy"
                ],
            },
        ],
        "planned_meetings": [],
        "milestones": [
            {
                "name": "Korea-Chile Free Trade Agreement (FTA)",
                "kind": "agreement",
                "year": 2003,
                "countries": CK,
                "evidence": ["The Korea-Chile Free Trade Agreement (FTA), signed in 2003"],
            },
            {
                "name": "Korea-Chile Free Trade Agreement (FTA) enters into force",
                "kind": "agreement",
                "year": 2004,
                "date": "2004-04",
                "countries": CK,
                "optional": True,
                "evidence": ["It took effect in April 2004"],
            },
            {
                "name": "diplomatic relations established",
                "kind": "other",
                "year": 1962,
                "countries": CK,
                "evidence": ["Chile and South Korea established diplomatic relations in 1962"],
            },
        ],
        "excluded": [
            "'He also met executives of Korean companies operating in Chile at a breakfast "
            "hosted by the South Korean Embassy': private-company executives, not officials",
            "'They also reviewed preparations for the APEC leaders' meeting in Lima next "
            "month': a multilateral meeting, and not Chile-South Korea",
            "'Negotiations were formally launched in 2018': launch of FTA-upgrade negotiations; "
            "no meeting stated and not a signed agreement",
            "'instructed their teams to set a date for a new negotiating round before the end "
            "of the year': vague future round, no meeting scheduled",
            "'The dialogue, created to give economic issues a regular channel': no year stated "
            "for its creation, so no mechanism_established milestone",
            "'Kang is scheduled to travel on Thursday to Lima': travel to a third country, no "
            "counterpart",
            "the 'joint statement released by the two governments': unnamed readout of the "
            "dialogue, not a milestone",
        ],
        "notes": (
            "Traits: AP story whose date is a separate first line 'Wednesday, October 16, 2024'; "
            "the dateline 'SANTIAGO, Chile (AP)' carries no date. meetings[0]: the lead's "
            "'held a round of economic talks in the Chilean capital', the co-chairs' sentence "
            "and 'The meeting was held on Tuesday at the Foreign Ministry' are one meeting; "
            "Tuesday = 15 October 2024 (checked); location Santiago (the Foreign Ministry of the "
            "dateline city, during Kang's three-day visit to Santiago). The format is named "
            "'High-Level Economic Dialogue', outside the vocabulary: bilateral meeting, ordinal "
            "4 (not Vice-Ministerial Dialogue, although the co-chairs are a vice minister and "
            "an undersecretary). Korean name family name first, 'Kang Min-seok', later 'Kang'. "
            "meetings[1]: background third round; date and place from 'last met in Seoul in "
            "November 2022', ordinal from 'That third round'. meetings[2]: 'On Wednesday' in a "
            "past-tense report of a Wednesday story = 16 October 2024; location Santiago from "
            "the Monday-Wednesday visit to Santiago. milestones[1] optional: separately stated "
            "entry into force (real: 1 April 2004)."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "t105_colombia_spain_state_visit",
        "source_path": "gold/test/articles/t105_colombia_spain_state_visit.txt",
        "dateline": "Madrid, 12.02.2025",
        "meetings": [
            {
                "date": "2025-02-11",
                "date_partial": "--02-11",
                "date_text": "on Tuesday",
                "location": "Madrid",
                "countries": CS,
                "mechanism": "bilateral meeting",
                "participants": [("Alfonso XIV", "King", "Spain"), MONTOYA],
                "topics": [
                    "Ibero-American community",
                    "fight against climate change",
                    "cultural ties",
                ],
                "evidence": [
                    "The visit began formally on Tuesday, when King Alfonso XIV received "
                    "Montoya at the Royal Palace",
                    "The King and the Colombian president then held a meeting in the palace",
                ],
            },
            {
                "date": "2025-02-12",
                "date_partial": "--02-12",
                "date_text": "On Wednesday morning",
                "location": "Madrid",
                "countries": CS,
                "mechanism": "courtesy call",
                "mechanism_text": "courtesy call",
                "participants": [
                    MONTOYA,
                    ("Pilar Urrutia", "President of the Congress of Deputies", "Spain"),
                ],
                "evidence": [
                    "On Wednesday morning, before travelling to the Moncloa, Montoya paid a "
                    "courtesy call on the President of the Congress of Deputies, Pilar Urrutia"
                ],
            },
            {
                "date": "2025-02-12",
                "date_partial": "--02-12",
                "date_text": "on Wednesday",
                "location": "Madrid",
                "countries": CS,
                "mechanism": "bilateral meeting",
                "participants": [
                    MONTOYA,
                    ("Javier Ortega", "Prime Minister", "Spain"),
                    CASTRO,
                    RESTREPO,
                ],
                "topics": [
                    "Strategic Partnership",
                    "development cooperation",
                    "migration",
                    "legal channels for Colombian workers",
                    "recognition of professional qualifications",
                ],
                "evidence": [
                    "Spain and Colombia on Wednesday elevated their relations to a Strategic "
                    "Partnership, the highest level in Spain's relations with Latin American "
                    "countries, as Colombian President Andrés Felipe Montoya held talks with "
                    "Prime Minister Javier Ortega at the Moncloa Palace",
                    "Spain's Minister of Foreign Affairs, European Union and Cooperation, Lucía "
                    "Castro, and Colombia's Minister of Foreign Affairs, Catalina Restrepo, took "
                    "part in the talks",
                ],
            },
        ],
        "planned_meetings": [
            {
                "date": "2025",
                "date_text": "in the second half of the year",
                "location": "Bogotá",
                "countries": CS,
                "mechanism": "Strategic Dialogue",
                "mechanism_text": "first session of the Strategic Dialogue",
                "ordinal": 1,
                "participants": [CASTRO, RESTREPO],
                "evidence": [
                    "The first session of the Strategic Dialogue will be held in Bogotá in the "
                    "second half of the year and co-chaired by Castro and Restrepo"
                ],
            },
        ],
        "milestones": [
            {
                "name": "Strategic Partnership",
                "kind": "partnership_upgrade",
                "year": 2025,
                "date": "2025-02-12",
                "countries": CS,
                "evidence": [
                    "Spain and Colombia on Wednesday elevated their relations to a Strategic "
                    "Partnership"
                ],
            },
            {
                "name": "Joint Declaration on the Strategic Partnership between the Kingdom of "
                "Spain and the Republic of Colombia",
                "kind": "agreement",
                "year": 2025,
                "date": "2025-02-12",
                "countries": CS,
                "evidence": [
                    "The two leaders signed the Joint Declaration on the Strategic Partnership "
                    "between the Kingdom of Spain and the Republic of Colombia"
                ],
            },
            {
                "name": "Strategic Dialogue established",
                "kind": "mechanism_established",
                "year": 2025,
                "date": "2025-02-12",
                "countries": CS,
                "evidence": [
                    "Under the declaration, the two foreign ministries will hold an annual "
                    "Strategic Dialogue"
                ],
            },
            {
                "name": "diplomatic relations established",
                "kind": "other",
                "year": 1881,
                "countries": CS,
                "evidence": ["Spain and Colombia established diplomatic relations in 1881"],
            },
        ],
        "excluded": [
            "'Montoya had landed at Adolfo Suárez Madrid-Barajas airport late on Monday, where "
            "he was welcomed on the tarmac by Foreign Minister Castro': an airport reception",
            "'the King and Queen hosted a state dinner in Montoya's honour' and the King's "
            "toast: a ceremonial dinner and a speech, not talks (the King's meeting is labelled)",
            "'he addressed a joint session of the Cortes Generales' / 'In a 25-minute speech': "
            "a speech to parliament, not a meeting",
            "'the first Colombian head of state to do so since 2015': an earlier speech to the "
            "Cortes, not a meeting",
            "'Ortega said at a joint appearance with Montoya in the Moncloa gardens' and "
            "Restrepo's remarks 'at the Colombian embassy': press appearances, part of or after "
            "the labelled talks",
            "'ministers signed a dozen sectoral instruments': unnamed instruments, not labelled "
            "as milestones",
            "'the visa waiver agreement between the European Union and Colombia, signed in "
            "2015': an EU-Colombia agreement, not a Spain-Colombia milestone",
            "'Montoya will open a Spain-Colombia business forum organised by ... CEOE and "
            "ProColombia': a business forum, not a meeting between officials",
            "'Montoya will visit the General Archive of the Indies in Seville': a private visit "
            "with no counterpart",
        ],
        "notes": (
            "Traits: European numeric dateline 'Madrid, 12.02.2025' = 12 February 2025, a "
            "Wednesday (not 2 December). Three meetings of one state visit: the King on Tuesday "
            "(11 February 2025; 'received ... with military honours' and 'then held a meeting' "
            "are one record), the courtesy call on the President of the Congress of Deputies "
            "and the Moncloa talks with the Prime Minister, both on Wednesday 12 February. "
            "Invented King 'Alfonso XIV' (no real office holder named; canonical name without "
            "'King'). Moncloa talks: four participants (the two foreign ministers 'took part in "
            "the talks'); location Madrid (Moncloa Palace; dateline city). The courtesy call's "
            "'before travelling to the Moncloa' places it on the same Wednesday. "
            "Castro's title is the first full form ('Minister of Foreign Affairs, European Union "
            "and Cooperation'), later 'Foreign Minister Castro'. milestones: the upgrade, the "
            "joint declaration and the annual Strategic Dialogue it creates are all this "
            "visit's news, dated 12 February 2025. planned_meetings[0]: the first session of "
            "the new Strategic Dialogue (mechanism 'Strategic Dialogue', ordinal 1), year from "
            "the dateline."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "t106_peru_china_foreign_ministers",
        "source_path": "gold/test/articles/t106_peru_china_foreign_ministers.txt",
        "dateline": "BEIJING, Aug. 3 (Xinhua)",
        "meetings": [
            {
                "date": "2025-08-02",
                "date_partial": "--08-02",
                "date_text": "on Saturday",
                "location": "Beijing",
                "countries": PC,
                "mechanism": "bilateral meeting",
                "participants": [
                    ("Liang Wenhao", "Foreign Minister", "China"),
                    ("Gonzalo Paredes", "Foreign Minister", "Peru"),
                ],
                "topics": [
                    "practical cooperation",
                    "high-level exchanges",
                    "Chancay Port",
                    "trade, mining, infrastructure, agriculture and the digital economy",
                    "upgraded free trade agreement",
                    "China-Latin America relations",
                ],
                "evidence": [
                    "Chinese Foreign Minister Liang Wenhao held talks with Peruvian Foreign "
                    "Minister Gonzalo Paredes in Beijing on Saturday"
                ],
            },
        ],
        "planned_meetings": [],
        "milestones": [
            {
                "name": "diplomatic relations established",
                "kind": "other",
                "year": 1971,
                "countries": PC,
                "evidence": ["Since the two countries established diplomatic relations in 1971"],
            },
            {
                "name": "Strategic Partnership",
                "kind": "partnership_upgrade",
                "year": 2008,
                "countries": PC,
                "evidence": ["China and Peru established a strategic partnership in 2008"],
            },
            {
                "name": "Comprehensive Strategic Partnership",
                "kind": "partnership_upgrade",
                "year": 2013,
                "countries": PC,
                "evidence": [
                    "elevated their ties to a comprehensive strategic partnership in 2013"
                ],
            },
        ],
        "excluded": [
            "'next year, 2026, will mark the 55th anniversary of diplomatic ties': a future "
            "anniversary, not a milestone (and 2026 is not the story's year)",
            "'the upgraded free trade agreement': no year stated, and not the article's news",
            "'Paredes is paying an official visit to China from Aug. 1 to 5': the visit span, "
            "not a further meeting",
            "'He is also scheduled to visit Shanghai, where he will tour a trade promotion "
            "center': a visit with no counterpart",
        ],
        "notes": (
            "Traits: Xinhua dateline without a year; the story's year comes only from 'next "
            "year, 2026, will mark the 55th anniversary' (so the story is in 2025; consistent "
            "with relations established in 1971). Aug. 3 2025 is a Sunday, so 'on Saturday' in "
            "this past-tense report = 2 August 2025 (checked), not the dateline's Aug. 3. A "
            "sloppy reader may take 2026 as the year. Chinese name family name first (Liang "
            "Wenhao, then Liang). Real history: relations 2 November 1971, strategic "
            "partnership 2008, comprehensive strategic partnership 2013. Milestone names "
            "capitalised from Xinhua's lower-case 'strategic partnership'."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "t107_germany_poland_consultations",
        "source_path": "gold/test/articles/t107_germany_poland_consultations.txt",
        "dateline": "Updated: 2024-07-02 18:45 CEST",
        "meetings": [
            {
                "date": "2024-07-02",
                "date_partial": "--07-02",
                "date_text": "on Tuesday",
                "location": "Warsaw",
                "countries": GP,
                "mechanism": "bilateral meeting",
                "mechanism_text": "16th German-Polish intergovernmental consultations",
                "ordinal": 16,
                "participants": [
                    ("Matthias Brenner", "Federal Chancellor", "Germany"),
                    ("Tomasz Wierzbicki", "Prime Minister", "Poland"),
                    ("Julia Hartmann", "Federal Foreign Minister", "Germany"),
                    ("Marek Sadowski", "Foreign Minister", "Poland"),
                ],
                "topics": [
                    "air defence",
                    "military mobility",
                    "support for Ukraine",
                    "protection of undersea cables and pipelines in the Baltic Sea",
                    "modernisation of the Berlin-Warsaw railway line",
                    "funds for the surviving Polish victims of the German occupation",
                ],
                "evidence": [
                    "The German and Polish governments met in Warsaw on Tuesday for the 16th "
                    "German-Polish intergovernmental consultations",
                    "Federal Foreign Minister Julia Hartmann and Polish Foreign Minister Marek "
                    "Sadowski took part in the plenary session alongside the two heads of "
                    "government",
                ],
            },
            {
                "date": "2018",
                "date_text": "in 2018",
                "countries": GP,
                "mechanism": "bilateral meeting",
                "mechanism_text": "15th round",
                "ordinal": 15,
                "participants": [],
                "evidence": ["The 15th round was held in 2018"],
            },
        ],
        "planned_meetings": [
            {
                "date": "2025",
                "date_text": "in 2025",
                "location": "Berlin",
                "countries": GP,
                "mechanism": "bilateral meeting",
                "mechanism_text": "next consultations",
                "participants": [],
                "evidence": ["The next consultations will take place in Berlin in 2025"],
            },
        ],
        "milestones": [
            {
                "name": "Treaty of Good Neighbourship and Friendly Cooperation",
                "kind": "agreement",
                "year": 1991,
                "countries": GP,
                "evidence": [
                    "Treaty of Good Neighbourship and Friendly Cooperation signed in 1991"
                ],
            },
            {
                "name": "German-Polish Border Treaty",
                "kind": "agreement",
                "year": 1990,
                "countries": GP,
                "evidence": ["German-Polish Border Treaty of 1990"],
            },
        ],
        "excluded": [
            "Polish government spokesperson Adam Szulc relays the outcome 'after the talks': "
            "not a participant",
            "'the defence ministers of both countries and around a dozen other members of the "
            "two cabinets' took part but are not named: not listed as participants",
            "'Brenner said at a joint press conference with Wierzbicki after the consultations': "
            "a press conference, part of the labelled consultations",
            "Hartmann 'told reporters' and Sadowski's remarks: statements, not separate meetings",
            "'a leaders' summit of the Weimar Triangle with the French president before the end "
            "of the year': a planned trilateral (Germany, Poland, France)",
            "'Germany will also provide funds for the surviving Polish victims': a commitment, "
            "not a signed agreement or milestone",
        ],
        "notes": (
            "Traits: header 'Updated: 2024-07-02 18:45 CEST' before the headline; 'on Tuesday' "
            "= 2 July 2024, the story's day (checked: Tuesday). Government consultations of both "
            "cabinets: one meeting; 'intergovernmental consultations' is outside the vocabulary "
            "(not 'Foreign Office Consultations', which is senior foreign-ministry officials): "
            "bilateral meeting, ordinal 16. Four named participants (the two heads of government "
            "and the two foreign ministers); the defence ministers take part but are unnamed. "
            "Real dates: the 16th consultations were held in Warsaw on 2 July 2024; the 15th "
            "round (meetings[1], place not stated) was, as far as known, in Warsaw on 2 "
            "November 2018 (not used as date_resolved). planned_meetings[0]: 'next' gives no "
            "ordinal. Treaties: real dates 14 November 1990 (border treaty) and 17 June 1991 "
            "(good-neighbourship treaty); only the years are written."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "t108_us_brazil_no_meeting",
        "source_path": "gold/test/articles/t108_us_brazil_no_meeting.txt",
        "dateline": "U.S. Department of State | Office of the Spokesperson | June 3, 2024",
        "meetings": [],
        "planned_meetings": [
            {
                "date": "2024-07",
                "date_text": "next month",
                "location": "Washington",
                "countries": UB,
                "mechanism": "bilateral meeting",
                "participants": [
                    ("Daniel Whitcomb", "Secretary of State", "United States"),
                    ("Helena Ribeiro", "Minister of Foreign Affairs", "Brazil"),
                ],
                "topics": [
                    "priorities for Brazil's G20 presidency",
                    "bicentennial of U.S.-Brazil diplomatic relations",
                ],
                "evidence": [
                    "The Secretary and the Foreign Minister agreed to meet next month in Washington"
                ],
            },
        ],
        "milestones": [],
        "excluded": [
            "'Secretary of State Daniel Whitcomb spoke today with Brazilian Minister of Foreign "
            "Affairs Helena Ribeiro': a phone call (the readout is titled 'Call'), not a meeting",
            "'the bicentennial of U.S.-Brazil diplomatic relations': no year stated for the "
            "establishment of relations, and not the article's news",
            "Spokesperson Karen Delgado: relays the call, not a participant",
        ],
        "notes": (
            "Traits: State Department readout, header line 'U.S. Department of State | Office "
            "of the Spokesperson | June 3, 2024'. No held meeting at all: only a phone call "
            "('spoke today', 'Call with'). planned_meetings[0]: 'next month' = July 2024, no day. "
            "Same Brazilian foreign minister as t102 (Helena Ribeiro), a different event."
        ),
    },
]
