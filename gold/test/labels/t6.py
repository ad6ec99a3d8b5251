r"""Gold labels for batch T6 (test split): the South Caucasus, Eastern Europe, West Africa,
the Baltic, Central Asia, Melanesia, the Gulf and Central America.

Fictional but plausible articles in gold/test/articles/ (invented office holders, real titles,
real cities, real or plausible partnership history). Same record format as
gold/test/labels/t5.py: GoldMeeting / GoldMilestone fields, ``evidence`` as exact quotes,
``participants`` as (name, title, country).

| file | pair | traits |
|---|---|---|
| t601_georgia_armenia_talks_wire | Georgia–Armenia | Reuters `TBILISI, Feb 11 (Reuters) -` **no year**; PMs' talks "on Wednesday" (date None, date_resolved 2026-02-11 pinned by the weekday + "first ... since October 2025" + Armenia's June elections "four months" later); **city in the next sentence**; background Yerevan October 2025 (event key shared with t602); planned intergovernmental commission "in April" (Joint Commission, date_resolved 2026-04, event key); own-news CSP and customs memorandum **with no year in the text** (year None); Strategic Partnership January 2024, relations 1992; phone call, EPC summit, news conference excluded |
| t602_georgia_armenia_talks_local | Georgia–Armenia | local paper: section, standfirst, byline, `Published 12 February 2026, 09:40 · Updated ...`; **same talks** as t601 (event key), "yesterday"; one-on-one + expanded session = one meeting, the two FMs who "attended" the expanded session are participants (4); courtesy call on the President "Earlier in the day"; **spokesperson relays** (not a participant); background 20 October 2025 Yerevan (event key); planned 12th Intergovernmental Commission (Joint Commission, ordinal 12, event key) and autumn visit; **upgrade history** Strategic Partnership 2024 → Comprehensive Strategic Partnership 2026 + named Joint Declaration + MoU; relations 17 July 1992; airport welcome, community visit excluded |
| t603_romania_moldova_joint_government_meeting | Romania–Moldova | **government press release**, header `Bucharest, 24.03.2026` (DD.MM.YYYY); meeting city Iași ≠ Bucharest; **named format outside the vocabulary** ("fifth joint meeting of the Governments", bilateral meeting, ordinal 5); **co-chairs named in the next sentence**; PMs' **tête-à-tête** before the plenary (own meeting); energy ministers' sideline meeting; 4th (Chișinău, March 2025) background, 6th (2027, no city) planned; format "launched in 2012" (mechanism_established); three signed documents; Strategic Partnership for European Integration 2010; recognition (optional) and relations 1991; **trilateral** with Ukraine, European Council, press conference excluded |
| t604_senegal_mauritania_presidents_ami | Senegal–Mauritania | AMI `Nouakchott, 16/05/2026 (AMI) –` (DD/MM/YYYY); "today"; **honorifics** (His Excellency Mr., Mrs.) stripped; tête-à-tête + enlarged session = one meeting (event key with t605); 13th Joint Commission "yesterday Friday" (event key); background meeting "last December" in Dakar **on the sidelines of** a forum (a meeting; event key); planned 14th Joint Commission Dakar 2027 (event key); planned **bilateral on the sidelines of the OMVS summit** (summit itself excluded); **acronym agreement** "Inter-Governmental Cooperation Agreement (ICA)" spelled out once, its milestone quote uses only "The ICA" (Feb 2018); three agreements own news; airport welcome excluded |
| t605_senegal_mauritania_visit_dakar | Senegal–Mauritania | Senegalese paper, **no header date**: footer `This story was first published on 18 May 2026` (a Monday) → "on Saturday" = 2026-05-16, "on Friday" = 2026-05-15; **same talks** as t604 (event key), **date in the next sentence**; spokesperson relays; 13th joint commission on Friday (event key); background December 2025 sideline meeting in Dakar (event key); next joint commission "next year" (2027, event key, no ordinal); OMVS summit here only multilateral (no bilateral stated: excluded); phone call in March excluded; fisheries protocol, Rosso bridge agreement, ICA 2018 |
| t606_finland_estonia_2plus2 | Finland–Estonia | Yle-style header with **ISO date** `Yle News \| Politics \| 2026-06-03 18:22 EEST`; "on Wednesday"; **second 2+2 with four named ministers, named in the two sentences after the lead**; Estonian ministers "called on" the President (courtesy call); first 2+2 Tallinn November 2024 (background, ordinal 1; optional mechanism_established); next 2+2 "in Estonia in 2027" (no city); planned PMs' talks in Tallinn on June 17; MoU on undersea infrastructure; relations restored August 1991, 1920 recognition (optional), unnamed joint statement (optional); **video call** with Latvia and Lithuania, NATO summit, cable incidents excluded |
| t607_japan_kyrgyzstan_foreign_ministers | Japan–Kyrgyzstan | MOFA-style release, **no date in the header**: date only in the body ("On July 9, 2026"); **bilateral on the margins of the multilateral "Central Asia plus Japan" meeting** (place from "who is visiting Astana"); **Japanese names family name first in capitals** ("MORITA Kenji" → Kenji Morita, "ISHIKAWA Rie" → Rie Ishikawa), honorifics H.E. Mr. stripped; background summit Tokyo "December last year" (bilateral summit) where ties were raised to a Strategic Partnership + named Joint Statement; investment agreement signed August 2024 + separately stated entry into force May 2026 (optional); planned 6th Political Consultations (Foreign Office Consultations, ordinal 6); vague visit intention and multilateral meetings excluded |
| t608_png_solomon_islands_security_pact | Papua New Guinea–Solomon Islands | Post-Courier byline `Wednesday, October 14, 2026`; "yesterday" talks (4 participants: the two FMs "also took part"); **honorifics** Hon., Dr, Grand Chief Sir stripped; courtesy call "On Monday afternoon" on the Governor-General (location None: only "in the country"); background sideline meeting at the PIF in Honiara "September last year" (2025-09); planned **inaugural** Leaders' Dialogue (outside the vocabulary, ordinal 1); acronym agreement BSCA (own news), 2004 border agreement; phone call, MSG summit, business lunch, airport welcome excluded |
| t609_kuwait_iraq_joint_commission | Kuwait–Iraq | KUNA `BAGHDAD, Nov 3, 2026 (KUNA) --` **with year**; eighth Joint Ministerial Commission (Joint Commission, ordinal 8) "on Tuesday"; courtesy call on the Iraqi PM ("called on") **in the presence of** the Iraqi FM and the Kuwaiti **ambassador** (all present are participants; "Sheikh", "Ambassador" not in names); **spokesman relays**; **video call** excluded; 7th session Kuwait City June 2024, 9th planned Kuwait City 2027; Khor Abdullah agreement April 2012 + entry into force December 2013 (optional); MoU on Abdali-Safwan crossing, cultural programme (own news); court ruling, GCC excluded |
| t610_costa_rica_panama_phone_call | Costa Rica–Panama | `SAN JOSÉ, Costa Rica —` with **no date anywhere** (dateline None; "on Tuesday" cannot be resolved); **no meeting at all**: phone call, "agreed to meet in person 'in the coming weeks'" (vague), **trilateral** with Colombia, **video call** of migration officials, SICA summit (multilateral), commission to be convened "in due course" (vague); milestones: 1941 border treaty (full date), binational commission created 1992 |

Dates: ``date_resolved`` is given only where a weekday plus the text pins a yearless
month-day (t601, and its planned "in April"); never a guess.

Judgement calls where CONVENTIONS.md is silent (each also in the article's ``notes``):
a tête-à-tête *before the plenary of a named format* (t603) is a separate meeting (the
conventions' "separate one-on-one talks on the side of a format"), whereas a private meeting
that opens the same leaders' talks (t602, t604, t605) is one meeting with them; recognition of
independence with a stated date is an ``optional`` ``other`` milestone (t603, t606); a planned
bilateral "on the sidelines of" a multilateral summit is a planned meeting (t604), a mere
"expected to attend" the summit is not (t605, t608); an own-news milestone in an article whose
text never states the year keeps ``year`` None (t601).
"""

GA = ["Georgia", "Armenia"]
RM = ["Romania", "Moldova"]
SM = ["Senegal", "Mauritania"]
FE = ["Finland", "Estonia"]
JK = ["Japan", "Kyrgyzstan"]
PS = ["Papua New Guinea", "Solomon Islands"]
KI = ["Kuwait", "Iraq"]
CP = ["Costa Rica", "Panama"]

GA_TALKS_EVENT = "T6-georgia-armenia-2026-02-11"
GA_YEREVAN_EVENT = "T6-georgia-armenia-2025-10"
GA_IGC_EVENT = "T6-georgia-armenia-intergovernmental-commission-2026-04"
SM_TALKS_EVENT = "T6-senegal-mauritania-2026-05-16"
SM_JC_EVENT = "T6-senegal-mauritania-joint-commission-2026-05-15"
SM_DAKAR_EVENT = "T6-senegal-mauritania-2025-12"
SM_NEXT_JC_EVENT = "T6-senegal-mauritania-joint-commission-2027"

HOVHANNISYAN = ("Davit Hovhannisyan", "Prime Minister", "Armenia")
GELASHVILI = ("Levan Gelashvili", "Prime Minister", "Georgia")
JORBENADZE = ("Mariam Jorbenadze", "Foreign Minister", "Georgia")
PETROSYAN = ("Aram Petrosyan", "Foreign Minister", "Armenia")

STOICA = ("Radu Stoica", "Prime Minister", "Romania")
CEBAN = ("Elena Ceban", "Prime Minister", "Moldova")

OULD_BOUBACAR = ("Mohamed Lemine Ould Boubacar", "President", "Mauritania")
SECK = ("Abdoulaye Mbaye Seck", "President", "Senegal")

RAUTIO = ("Elina Rautio", "Foreign Minister", "Finland")
KETTUNEN = ("Juha Kettunen", "Defence Minister", "Finland")
LEPIK = ("Margus Lepik", "Foreign Minister", "Estonia")
SAAR = ("Kristjan Saar", "Defence Minister", "Estonia")

MORITA = ("Kenji Morita", "Minister for Foreign Affairs", "Japan")
SYDYKOV = ("Azamat Sydykov", "Minister of Foreign Affairs", "Kyrgyzstan")

KAPERA = ("James Kapera", "Prime Minister", "Papua New Guinea")
TALOBOE = ("Moses Taloboe", "Prime Minister", "Solomon Islands")

JARRAH = ("Jarrah Mubarak Al-Sabah", "Minister of Foreign Affairs", "Kuwait")
RUBAIE = (
    "Hassan Kadhim Al-Rubaie",
    "Deputy Prime Minister and Minister of Foreign Affairs",
    "Iraq",
)

ARTICLES = [
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "t601_georgia_armenia_talks_wire",
        "source_path": "gold/test/articles/t601_georgia_armenia_talks_wire.txt",
        "dateline": "TBILISI, Feb 11 (Reuters)",
        "meetings": [
            {
                "date": None,
                "date_partial": "--02-11",
                "date_resolved": "2026-02-11",
                "date_text": "on Wednesday",
                "location": "Tbilisi",
                "countries": GA,
                "mechanism": "bilateral meeting",
                "participants": [HOVHANNISYAN, GELASHVILI],
                "topics": [
                    "comprehensive strategic partnership",
                    "second road and rail crossing",
                    "joint customs and border control",
                ],
                "evidence": [
                    "Armenia and Georgia agreed on Wednesday to raise their relations to a "
                    "comprehensive strategic partnership and to fast-track a second road and "
                    "rail crossing on their shared border, after Armenian Prime Minister Davit "
                    "Hovhannisyan held talks with his Georgian counterpart Levan Gelashvili",
                    "The two leaders met for more than three hours at the government chancellery "
                    "in Tbilisi",
                ],
                "event": GA_TALKS_EVENT,
            },
            {
                "date": "2025-10",
                "date_text": "October 2025",
                "location": "Yerevan",
                "countries": GA,
                "mechanism": "bilateral meeting",
                "participants": [GELASHVILI, HOVHANNISYAN],
                "evidence": [
                    "Wednesday's talks were the first between the two prime ministers since "
                    "October 2025, when Gelashvili visited Yerevan"
                ],
                "event": GA_YEREVAN_EVENT,
            },
        ],
        "planned_meetings": [
            {
                "date": None,
                "date_resolved": "2026-04",
                "date_text": "in April",
                "location": "Yerevan",
                "countries": GA,
                "mechanism": "Joint Commission",
                "mechanism_text": "intergovernmental commission on economic cooperation",
                "participants": [],
                "topics": ["new crossing", "joint electricity line"],
                "evidence": [
                    "Officials said the intergovernmental commission on economic cooperation, "
                    "co-chaired by the two countries' economy ministers, would meet in Yerevan in "
                    "April"
                ],
                "event": GA_IGC_EVENT,
            },
        ],
        "milestones": [
            {
                "name": "Comprehensive Strategic Partnership",
                "kind": "partnership_upgrade",
                "year": None,
                "date": None,
                "countries": GA,
                "evidence": [
                    "Armenia and Georgia agreed on Wednesday to raise their relations to a "
                    "comprehensive strategic partnership"
                ],
            },
            {
                "name": "memorandum on joint customs and border control at the "
                "Sadakhlo-Bagratashen crossing",
                "kind": "agreement",
                "year": None,
                "date": None,
                "countries": GA,
                "evidence": [
                    "the two governments had signed a memorandum on joint customs and border "
                    "control at the Sadakhlo-Bagratashen crossing"
                ],
            },
            {
                "name": "Strategic Partnership",
                "kind": "partnership_upgrade",
                "year": 2024,
                "date": "2024-01",
                "countries": GA,
                "evidence": ["declared a strategic partnership in January 2024"],
            },
            {
                "name": "diplomatic relations established",
                "kind": "other",
                "year": 1992,
                "date": "1992",
                "countries": GA,
                "evidence": ["The two countries, which established diplomatic relations in 1992"],
            },
        ],
        "excluded": [
            "'Hovhannisyan told a joint news conference after the talks': press conference of "
            "the same talks",
            "Gelashvili 'spoke by telephone with Azerbaijan's president on Tuesday': a phone "
            "call, and another pair",
            "'Both leaders are expected to attend a summit of the European Political Community "
            "that Armenia will host in May': multilateral (and planned)",
            "'agreed to complete a feasibility study for a new crossing near Guguti by the end "
            "of the year': a plan, not a signed named agreement",
            "'a peace deal with Baku': Armenia-Azerbaijan, not this pair, and undated",
            "'Armenia holds parliamentary elections in June': domestic event",
            "'Trade between them rose 14% last year': a trade figure",
            "Ani Mkrtchyan, Alison Reeve: reporting credits",
        ],
        "notes": (
            "Traits: Reuters dateline 'TBILISI, Feb 11' WITHOUT a year; 'on Wednesday' in a "
            "same-day report = the dateline day, so date None, date_partial '--02-11'. "
            "date_resolved 2026-02-11: February 11 is a Wednesday in 2015, 2026, 2032, 2037; the "
            "talks are 'the first ... since October 2025' and 'come four months before Armenia "
            "holds parliamentary elections in June', so the story is in the first February after "
            "October 2025, i.e. 2026 (real: Armenia's parliamentary elections are due in June "
            "2026). The lead gives the date and the participants, the next sentence the city "
            "and venue (two quotes, one meeting). 'his Georgian counterpart' gives Gelashvili the "
            "title Prime Minister. meetings[1]: background: 'the first between the two prime "
            "ministers since October 2025, when Gelashvili visited Yerevan' implies talks of the "
            "two (named) prime ministers in Yerevan in October 2025 (t602: 20 October 2025; "
            "event key). Planned: the intergovernmental commission (vocabulary: "
            "'Intergovernmental Commission' -> Joint Commission) 'in April' of the unstated "
            "story year -> date None, date_resolved 2026-04 by the same reasoning; its economy "
            "ministers are not named; same planned session as t602's '12th session' (event "
            "key), no ordinal stated here. Milestones: the comprehensive strategic partnership "
            "('agreed ... to raise their relations to', reported as done; t602 'elevated') and "
            "the customs memorandum are own news, but the text never states the story's year, "
            "so year and date are None (real: 2026-02-11). JUDGEMENT: the memorandum has no "
            "title-case name; its descriptive name as written is kept (as in earlier batches). "
            "Real: Armenia and Georgia established diplomatic relations on 17 July 1992 (stated "
            "in t602); the strategic partnership was declared in January 2024."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "t602_georgia_armenia_talks_local",
        "source_path": "gold/test/articles/t602_georgia_armenia_talks_local.txt",
        "dateline": "Published 12 February 2026, 09:40",
        "meetings": [
            {
                "date": "2026-02-11",
                "date_partial": "--02-11",
                "date_text": "yesterday",
                "location": "Tbilisi",
                "countries": GA,
                "mechanism": "bilateral meeting",
                "participants": [GELASHVILI, HOVHANNISYAN, JORBENADZE, PETROSYAN],
                "topics": [
                    "comprehensive strategic partnership",
                    "second road and rail crossing near guguti",
                    "joint electricity transmission line",
                    "armenian community in samtskhe-javakheti",
                ],
                "evidence": [
                    "Georgia and Armenia yesterday elevated their bilateral relations to a "
                    "Comprehensive Strategic Partnership, as Armenian Prime Minister Davit "
                    "Hovhannisyan paid his first official visit to Tbilisi since taking office",
                    "Prime Minister Levan Gelashvili hosted his Armenian counterpart at the "
                    "Government Administration building, where the talks were held first in a "
                    "one-on-one format and then with the participation of the two delegations",
                    "The expanded session was attended by Foreign Minister Mariam Jorbenadze and "
                    "Armenian Foreign Minister Aram Petrosyan",
                ],
                "event": GA_TALKS_EVENT,
            },
            {
                "date": "2026-02-11",
                "date_partial": "--02-11",
                "date_text": "Earlier in the day",
                "location": "Tbilisi",
                "countries": GA,
                "mechanism": "courtesy call",
                "mechanism_text": "courtesy call",
                "participants": [HOVHANNISYAN, ("Tamaz Beridze", "President", "Georgia")],
                "topics": ["regional security", "opening of communications in the south caucasus"],
                "evidence": [
                    "Earlier in the day, Hovhannisyan paid a courtesy call on President Tamaz "
                    "Beridze at the Orbeliani Palace"
                ],
            },
            {
                "date": "2025-10-20",
                "date_partial": "--10-20",
                "date_text": "on 20 October 2025",
                "location": "Yerevan",
                "countries": GA,
                "mechanism": "bilateral meeting",
                "participants": [GELASHVILI, HOVHANNISYAN],
                "evidence": ["The two heads of government last met in Yerevan on 20 October 2025"],
                "event": GA_YEREVAN_EVENT,
            },
        ],
        "planned_meetings": [
            {
                "date": "2026-04",
                "date_text": "in April",
                "location": "Yerevan",
                "countries": GA,
                "mechanism": "Joint Commission",
                "mechanism_text": "12th session of the Georgian-Armenian Intergovernmental "
                "Commission on Economic Cooperation",
                "ordinal": 12,
                "participants": [],
                "evidence": [
                    "The 12th session of the Georgian-Armenian Intergovernmental Commission on "
                    "Economic Cooperation will be held in Yerevan in April"
                ],
                "event": GA_IGC_EVENT,
            },
            {
                "date": "2026",
                "date_text": "in the autumn",
                "location": None,
                "countries": GA,
                "mechanism": "bilateral meeting",
                "participants": [GELASHVILI, HOVHANNISYAN],
                "topics": ["progress on the new crossing"],
                "evidence": [
                    "Gelashvili accepted an invitation to visit Armenia again in the autumn, when "
                    "the two prime ministers will review progress on the new crossing"
                ],
            },
        ],
        "milestones": [
            {
                "name": "Comprehensive Strategic Partnership",
                "kind": "partnership_upgrade",
                "year": 2026,
                "date": "2026-02-11",
                "countries": GA,
                "evidence": [
                    "Georgia and Armenia yesterday elevated their bilateral relations to a "
                    "Comprehensive Strategic Partnership"
                ],
            },
            {
                "name": "Joint Declaration on the Comprehensive Strategic Partnership between "
                "Georgia and the Republic of Armenia",
                "kind": "agreement",
                "year": 2026,
                "date": "2026-02-11",
                "countries": GA,
                "evidence": [
                    "the two prime ministers signed the Joint Declaration on the Comprehensive "
                    "Strategic Partnership between Georgia and the Republic of Armenia"
                ],
            },
            {
                "name": "Memorandum of Understanding on Joint Customs and Border Control at the "
                "Sadakhlo-Bagratashen Border Crossing Point",
                "kind": "agreement",
                "year": 2026,
                "date": "2026-02-11",
                "countries": GA,
                "evidence": [
                    "Memorandum of Understanding on Joint Customs and Border Control at the "
                    "Sadakhlo-Bagratashen Border Crossing Point"
                ],
            },
            {
                "name": "Strategic Partnership",
                "kind": "partnership_upgrade",
                "year": 2024,
                "date": "2024-01",
                "countries": GA,
                "evidence": ["The strategic partnership, declared in Tbilisi in January 2024"],
            },
            {
                "name": "diplomatic relations established",
                "kind": "other",
                "year": 1992,
                "date": "1992-07-17",
                "countries": GA,
                "evidence": [
                    "Georgia and Armenia established diplomatic relations on 17 July 1992"
                ],
            },
        ],
        "excluded": [
            "'Gelashvili said at a joint press statement after the talks': press statement of "
            "the same talks",
            "Armenian government spokesperson Ani Khachatryan 'told the Herald': relays the "
            "talks, not a participant",
            "'Hovhannisyan was welcomed at Tbilisi International Airport on Tuesday evening by "
            "First Vice Prime Minister Giorgi Kakhiani': an airport reception",
            "'Today he is due to travel to Marneuli to meet members of the local Armenian and "
            "Azerbaijani communities': not officials of the other country",
            "the declaration's commitments (feasibility study near Guguti, joint transmission "
            "line): plans, not milestones",
            "'Opposition lawmakers in Tbilisi criticised the new declaration': reaction",
            "'bilateral trade reached about 1.1 billion US dollars last year': a trade figure",
            "the 'Also read' lines (Upper Lars, Batumi tourists): other stories",
            "the standfirst 'Prime ministers sign joint declaration and customs memorandum; "
            "intergovernmental commission to meet in Yerevan in April': the same documents and "
            "the same planned session",
        ],
        "notes": (
            "Traits: local paper with masthead, section line, headline, standfirst, byline and "
            "'Published 12 February 2026, 09:40 · Updated 12 February 2026, 13:15'; 'yesterday' "
            "= 2026-02-11 (a Wednesday), the same talks as t601 (event key). meetings[0]: the "
            "lead, the 'hosted ... one-on-one format and then with the participation of the two "
            "delegations' sentence and the 'expanded session was attended by' sentence are one "
            "meeting (two stages of the same talks; three quotes); the two foreign ministers who "
            "attended the expanded session are participants (as the t504 / courtesy-call "
            "convention for named attendees). Location Tbilisi: the visit 'to Tbilisi' covers "
            "the talks at the Government Administration building. meetings[1]: 'paid a courtesy "
            "call on President Tamaz Beridze at the Orbeliani Palace' 'Earlier in the day' -> "
            "courtesy call, same day, within the Tbilisi visit. meetings[2]: background 'last met "
            "in Yerevan on 20 October 2025' (t601: October 2025; event key). Planned: the 12th "
            "Intergovernmental Commission 'in April' = 2026-04 (Joint Commission, ordinal 12; "
            "same as t601's, event key); Gelashvili's return visit 'in the autumn' (2026, no "
            "month) with talks of the two prime ministers stated -> planned bilateral meeting, "
            "location None ('visit Armenia', no city). Partnership history: Strategic Partnership "
            "(January 2024) -> Comprehensive Strategic Partnership (own news, 2026-02-11), each "
            "its own milestone; the Joint Declaration and the MoU signed 'At the end of the "
            "talks' are own news (2026-02-11). Spokesperson Ani Khachatryan relays the talks: "
            "not a participant."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "t603_romania_moldova_joint_government_meeting",
        "source_path": "gold/test/articles/t603_romania_moldova_joint_government_meeting.txt",
        "dateline": "Bucharest, 24.03.2026",
        "meetings": [
            {
                "date": "2026-03-24",
                "date_partial": "--03-24",
                "date_text": "today",
                "location": "Iași",
                "countries": RM,
                "mechanism": "bilateral meeting",
                "mechanism_text": "fifth joint meeting of the Governments of Romania and the "
                "Republic of Moldova",
                "ordinal": 5,
                "participants": [STOICA, CEBAN],
                "topics": [
                    "energy interconnections",
                    "transport infrastructure",
                    "accession of the republic of moldova to the european union",
                ],
                "evidence": [
                    "Romania and the Republic of Moldova held today, in Iași, the fifth joint "
                    "meeting of the Governments of Romania and the Republic of Moldova",
                    "The meeting was co-chaired by the Prime Minister of Romania, Radu Stoica, "
                    "and the Prime Minister of the Republic of Moldova, Elena Ceban",
                ],
            },
            {
                "date": "2026-03-24",
                "date_partial": "--03-24",
                "date_text": "Before the plenary session",
                "location": "Iași",
                "countries": RM,
                "mechanism": "bilateral meeting",
                "participants": [STOICA, CEBAN],
                "topics": [
                    "security situation in the region",
                    "pace of the accession negotiations",
                ],
                "evidence": [
                    "the two Prime Ministers had a tête-à-tête meeting at the Palace of Culture"
                ],
            },
            {
                "date": "2026-03-24",
                "date_partial": "--03-24",
                "date_text": "On the sidelines of the joint meeting",
                "location": "Iași",
                "countries": RM,
                "mechanism": "bilateral meeting",
                "participants": [
                    ("Mihai Dobrescu", "Minister of Energy", "Romania"),
                    ("Victor Rusu", "Minister of Energy", "Moldova"),
                ],
                "topics": [
                    "second 400 kv interconnection line",
                    "joint purchase of natural gas",
                ],
                "evidence": [
                    "On the sidelines of the joint meeting, the Minister of Energy of Romania, "
                    "Mihai Dobrescu, and the Minister of Energy of the Republic of Moldova, Victor "
                    "Rusu, held a bilateral meeting"
                ],
            },
            {
                "date": "2025-03",
                "date_text": "in March 2025",
                "location": "Chișinău",
                "countries": RM,
                "mechanism": "bilateral meeting",
                "mechanism_text": "fourth joint meeting of the two Governments",
                "ordinal": 4,
                "participants": [],
                "evidence": [
                    "The fourth joint meeting of the two Governments took place in Chișinău in "
                    "March 2025"
                ],
            },
        ],
        "planned_meetings": [
            {
                "date": "2027",
                "date_text": "in 2027",
                "location": None,
                "countries": RM,
                "mechanism": "bilateral meeting",
                "mechanism_text": "sixth joint meeting",
                "ordinal": 6,
                "participants": [],
                "evidence": [
                    "The sixth joint meeting will take place in the Republic of Moldova in 2027"
                ],
            },
        ],
        "milestones": [
            {
                "name": "Agreement between the Government of Romania and the Government of the "
                "Republic of Moldova on the construction of a motorway bridge over the Prut "
                "River at Ungheni",
                "kind": "agreement",
                "year": 2026,
                "date": "2026-03-24",
                "countries": RM,
                "evidence": [
                    "the Agreement between the Government of Romania and the Government of the "
                    "Republic of Moldova on the construction of a motorway bridge over the Prut "
                    "River at Ungheni"
                ],
            },
            {
                "name": "Memorandum of Understanding on Cooperation in the Field of Cybersecurity",
                "kind": "agreement",
                "year": 2026,
                "date": "2026-03-24",
                "countries": RM,
                "evidence": [
                    "the Memorandum of Understanding on Cooperation in the Field of Cybersecurity"
                ],
            },
            {
                "name": "Protocol on Cooperation in the Field of Energy Security",
                "kind": "agreement",
                "year": 2026,
                "date": "2026-03-24",
                "countries": RM,
                "evidence": ["the Protocol on Cooperation in the Field of Energy Security"],
            },
            {
                "name": "joint meetings of the two Governments established",
                "kind": "mechanism_established",
                "year": 2012,
                "date": "2012",
                "countries": RM,
                "evidence": ["The joint meetings of the two Governments, launched in 2012"],
            },
            {
                "name": "Strategic Partnership for the European Integration of the Republic of "
                "Moldova",
                "kind": "partnership_upgrade",
                "year": 2010,
                "date": "2010",
                "countries": RM,
                "evidence": [
                    "The Strategic Partnership for the European Integration of the Republic of "
                    "Moldova was established by the two countries in 2010"
                ],
            },
            {
                "name": "diplomatic relations established",
                "kind": "other",
                "year": 1991,
                "date": "1991-08-29",
                "countries": RM,
                "evidence": [
                    "the two countries established diplomatic relations two days later, on 29 "
                    "August 1991"
                ],
            },
            {
                "name": "recognition of the independence of the Republic of Moldova",
                "kind": "other",
                "year": 1991,
                "date": "1991-08-27",
                "countries": RM,
                "optional": True,
                "evidence": [
                    "Romania was the first state to recognise the independence of the Republic "
                    "of Moldova, on 27 August 1991"
                ],
            },
        ],
        "excluded": [
            "'Prime Minister Radu Stoica stated at the joint press conference held at the end "
            "of the meeting': press conference of the same meeting",
            "'the trilateral cooperation format Romania – Republic of Moldova – Ukraine, whose "
            "foreign ministers met in Odesa in February': trilateral",
            "'coordinate their positions ahead of the European Council in June': multilateral "
            "(and planned)",
            "'the plenary session, which brought together ministers from both Governments': part "
            "of the joint meeting; those ministers are not named",
            "'the assistance provided during the energy crisis': no dated milestone",
            "'Follow the Government of Romania on Facebook, X and Instagram': boilerplate",
            "the headline 'Fifth joint meeting of the Governments ... held in Iași': the same "
            "meeting",
        ],
        "notes": (
            "Traits: Romanian government press release; header 'Bucharest, 24.03.2026' "
            "(DD.MM.YYYY, a Tuesday); 'today' = 2026-03-24. TRAP: the dateline city is "
            "Bucharest, the meeting was in Iași (stated). The joint meeting of the two "
            "Governments is a named format outside the vocabulary -> 'bilateral meeting' with "
            "its name in mechanism_text and ordinal 5 ('fifth'); the co-chairs are named only in "
            "the next sentence (two quotes). Only the two co-chairs are participants: the "
            "plenary's ministers are not named, and the energy ministers are named only for "
            "their sideline meeting. JUDGEMENT: the PMs' tête-à-tête 'Before the plenary "
            "session' is separate one-on-one talks on the side of a format -> its own meeting "
            "(location Iași: the Palace of Culture of the Iași meeting); the energy ministers' "
            "'bilateral meeting' on the sidelines is its own meeting too. Background fourth "
            "joint meeting (Chișinău, March 2025, ordinal 4); planned sixth (2027, 'in the "
            "Republic of Moldova': a country, location None). 'launched in 2012' -> "
            "mechanism_established. The three documents signed 'At the end of the joint "
            "meeting' are own news. Diplomatic relations 'two days later, on 29 August 1991' "
            "(stated). JUDGEMENT: the recognition of independence (27 August 1991) is a dated "
            "landmark but not a kind the conventions list -> optional 'other'. Real: Romania "
            "recognised Moldova's independence on 27 August 1991; the Romania-Moldova strategic "
            "partnership for Moldova's European integration was declared on 27 April 2010."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "t604_senegal_mauritania_presidents_ami",
        "source_path": "gold/test/articles/t604_senegal_mauritania_presidents_ami.txt",
        "dateline": "Nouakchott, 16/05/2026 (AMI)",
        "meetings": [
            {
                "date": "2026-05-16",
                "date_partial": "--05-16",
                "date_text": "today",
                "location": "Nouakchott",
                "countries": SM,
                "mechanism": "bilateral meeting",
                "participants": [OULD_BOUBACAR, SECK],
                "topics": [
                    "greater tortue ahmeyim (gta) gas project",
                    "fishing",
                    "free movement of people and goods",
                    "security in the sahel",
                ],
                "evidence": [
                    "The President of the Republic, His Excellency Mr. Mohamed Lemine Ould "
                    "Boubacar, held talks today at the Presidential Palace in Nouakchott with his "
                    "Senegalese brother, His Excellency Mr. Abdoulaye Mbaye Seck, President of the "
                    "Republic of Senegal",
                    "The talks, which began with a tête-à-tête between the two Heads of State and "
                    "continued in an enlarged session with the members of the two delegations",
                ],
                "event": SM_TALKS_EVENT,
            },
            {
                "date": "2026-05-15",
                "date_partial": "--05-15",
                "date_text": "yesterday Friday",
                "location": "Nouakchott",
                "countries": SM,
                "mechanism": "Joint Commission",
                "mechanism_text": "13th session of the Mauritanian-Senegalese Joint Commission "
                "of Cooperation",
                "ordinal": 13,
                "participants": [
                    (
                        "Mohamed Vall Ould Sidi",
                        "Minister of Foreign Affairs, Cooperation and Mauritanians Abroad",
                        "Mauritania",
                    ),
                    (
                        "Fatou Binetou Diop",
                        "Minister of African Integration and Foreign Affairs",
                        "Senegal",
                    ),
                ],
                "evidence": [
                    "The talks were preceded, yesterday Friday, by the 13th session of the "
                    "Mauritanian-Senegalese Joint Commission of Cooperation, co-chaired in "
                    "Nouakchott by the Minister of Foreign Affairs, Cooperation and Mauritanians "
                    "Abroad, Mr. Mohamed Vall Ould Sidi, and the Minister of African Integration "
                    "and Foreign Affairs of Senegal, Mrs. Fatou Binetou Diop"
                ],
                "event": SM_JC_EVENT,
            },
            {
                "date": "2025-12",
                "date_text": "last December",
                "location": "Dakar",
                "countries": SM,
                "mechanism": "bilateral meeting",
                "participants": [SECK, OULD_BOUBACAR],
                "evidence": [
                    "the President of Senegal had met his Mauritanian counterpart last December "
                    "in Dakar, on the sidelines of the Dakar International Forum on Peace and "
                    "Security"
                ],
                "event": SM_DAKAR_EVENT,
            },
        ],
        "planned_meetings": [
            {
                "date": "2027",
                "date_text": "in 2027",
                "location": "Dakar",
                "countries": SM,
                "mechanism": "Joint Commission",
                "mechanism_text": "14th session of the Joint Commission",
                "ordinal": 14,
                "participants": [],
                "evidence": [
                    "The 14th session of the Joint Commission will be held in Dakar in 2027"
                ],
                "event": SM_NEXT_JC_EVENT,
            },
            {
                "date": "2026-07",
                "date_text": "in July",
                "location": "Conakry",
                "countries": SM,
                "mechanism": "bilateral meeting",
                "participants": [OULD_BOUBACAR, SECK],
                "evidence": [
                    "The two Heads of State agreed to meet again on the sidelines of the next "
                    "summit of the Organization for the Development of the Senegal River (OMVS), "
                    "to be held in Conakry in July"
                ],
            },
        ],
        "milestones": [
            {
                "name": "agreement on the joint management and maintenance of the Rosso bridge "
                "over the Senegal River",
                "kind": "agreement",
                "year": 2026,
                "date": "2026-05-16",
                "countries": SM,
                "evidence": [
                    "an agreement on the joint management and maintenance of the Rosso bridge "
                    "over the Senegal River"
                ],
            },
            {
                "name": "protocol implementing the fisheries agreement for the period 2026-2030",
                "kind": "agreement",
                "year": 2026,
                "date": "2026-05-16",
                "countries": SM,
                "evidence": [
                    "a protocol implementing the fisheries agreement for the period 2026-2030"
                ],
            },
            {
                "name": "memorandum of understanding on cooperation in the field of civil "
                "protection",
                "kind": "agreement",
                "year": 2026,
                "date": "2026-05-16",
                "countries": SM,
                "evidence": [
                    "a memorandum of understanding on cooperation in the field of civil protection"
                ],
            },
            {
                "name": "Inter-Governmental Cooperation Agreement (ICA)",
                "kind": "agreement",
                "year": 2018,
                "date": "2018-02",
                "countries": SM,
                "evidence": ["The ICA, signed in Nouakchott in February 2018"],
            },
        ],
        "excluded": [
            "the OMVS summit in Conakry itself: multilateral (Senegal, Mauritania, Mali, Guinea); "
            "only the bilateral 'on the sidelines' is a planned meeting",
            "the Dakar International Forum on Peace and Security: a multilateral forum (the "
            "bilateral on its sidelines is labelled)",
            "'The Senegalese President was welcomed on Friday afternoon at Nouakchott-Oumtounsy "
            "International Airport by the President of the Republic': an airport reception",
            "'the Prime Minister and members of the Government' at the airport: not named, a "
            "reception",
            "'exported its first cargo of liquefied natural gas in 2025': a project event, not "
            "a milestone of the relationship",
            "'will leave Nouakchott tomorrow Sunday': a departure",
            "the fisheries agreement the protocol implements: no date or name of its own stated",
        ],
        "notes": (
            "Traits: AMI (Mauritanian agency) dateline 'Nouakchott, 16/05/2026 (AMI) –' "
            "(DD/MM/YYYY, a Saturday); 'today' = 2026-05-16. Honorifics stripped: 'His "
            "Excellency Mr. Mohamed Lemine Ould Boubacar' -> Mohamed Lemine Ould Boubacar "
            "('The President of the Republic' -> title President), 'Mr.', 'Mrs.' dropped; 'his "
            "Senegalese brother' is agency style for the counterpart. The tête-à-tête and the "
            "enlarged session are two stages of the same talks (one meeting, two quotes; "
            "delegations unnamed); same talks as t605 (event key). meetings[1]: 13th Joint "
            "Commission 'yesterday Friday' = 2026-05-15, co-chaired in Nouakchott by the two "
            "named foreign ministers (event key with t605). meetings[2]: background bilateral "
            "'last December' (= 2025-12 against the May 2026 dateline) in Dakar on the sidelines "
            "of a multilateral forum -> a meeting (event key with t605's 'December 2025'). "
            "Planned: 14th Joint Commission in Dakar in 2027 (event key with t605's 'next "
            "session'); the two presidents 'agreed to meet again on the sidelines of' the OMVS "
            "summit in Conakry in July (= 2026-07) -> a planned bilateral (JUDGEMENT: a stated "
            "sideline bilateral, unlike t605 which only says both are expected at the summit). "
            "ICA: spelled out once ('Inter-Governmental Cooperation Agreement (ICA)') in a "
            "sentence that is not its signing; the signing sentence uses only 'The ICA' -> the "
            "spelled-out name with the acronym. The three documents signed 'Following the talks' "
            "are own news (2026-05-16). Real: the GTA Inter-Governmental Cooperation Agreement "
            "was signed in Nouakchott on 9 February 2018; the first GTA LNG cargo left in April "
            "2025."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "t605_senegal_mauritania_visit_dakar",
        "source_path": "gold/test/articles/t605_senegal_mauritania_visit_dakar.txt",
        "dateline": "This story was first published on 18 May 2026",
        "meetings": [
            {
                "date": "2026-05-16",
                "date_partial": "--05-16",
                "date_text": "on Saturday",
                "location": "Nouakchott",
                "countries": SM,
                "mechanism": "bilateral meeting",
                "participants": [SECK, OULD_BOUBACAR],
                "topics": [
                    "fishing licences",
                    "new fisheries protocol",
                    "rosso bridge",
                    "greater tortue ahmeyim gas project",
                ],
                "evidence": [
                    "Seck and his Mauritanian counterpart Mohamed Lemine Ould Boubacar held talks "
                    "at the presidential palace in Nouakchott",
                    "The meeting took place on Saturday, first one-on-one and then with the two "
                    "delegations, and lasted almost four hours",
                ],
                "event": SM_TALKS_EVENT,
            },
            {
                "date": "2026-05-15",
                "date_partial": "--05-15",
                "date_text": "on Friday",
                "location": "Nouakchott",
                "countries": SM,
                "mechanism": "Joint Commission",
                "mechanism_text": "13th session of the joint commission of cooperation",
                "ordinal": 13,
                "participants": [
                    ("Fatou Binetou Diop", "Foreign Minister", "Senegal"),
                    ("Mohamed Vall Ould Sidi", "Foreign Minister", "Mauritania"),
                ],
                "evidence": [
                    "The visit was prepared by the two foreign ministers, Fatou Binetou Diop and "
                    "her Mauritanian counterpart Mohamed Vall Ould Sidi, who co-chaired the 13th "
                    "session of the joint commission of cooperation in Nouakchott on Friday"
                ],
                "event": SM_JC_EVENT,
            },
            {
                "date": "2025-12",
                "date_text": "in December 2025",
                "location": "Dakar",
                "countries": SM,
                "mechanism": "bilateral meeting",
                "participants": [SECK, OULD_BOUBACAR],
                "evidence": [
                    "Seck and Ould Boubacar last met in December 2025 in Dakar, on the sidelines "
                    "of the Dakar International Forum on Peace and Security"
                ],
                "event": SM_DAKAR_EVENT,
            },
        ],
        "planned_meetings": [
            {
                "date": "2027",
                "date_text": "next year",
                "location": "Dakar",
                "countries": SM,
                "mechanism": "Joint Commission",
                "mechanism_text": "next session of the joint commission",
                "participants": [],
                "evidence": [
                    "The next session of the joint commission will be held in Dakar next year"
                ],
                "event": SM_NEXT_JC_EVENT,
            },
        ],
        "milestones": [
            {
                "name": "fisheries protocol for 2026-2030",
                "kind": "agreement",
                "year": 2026,
                "date": "2026-05-16",
                "countries": SM,
                "evidence": [
                    "a new fisheries protocol for 2026-2030, signed in Nouakchott after the talks"
                ],
            },
            {
                "name": "agreement on the joint management of the Rosso bridge",
                "kind": "agreement",
                "year": 2026,
                "date": "2026-05",
                "countries": SM,
                "evidence": [
                    "The two governments also signed an agreement on the joint management of the "
                    "Rosso bridge"
                ],
            },
            {
                "name": "Inter-Governmental Cooperation Agreement",
                "kind": "agreement",
                "year": 2018,
                "date": "2018-02",
                "countries": SM,
                "evidence": [
                    "The two countries signed an Inter-Governmental Cooperation Agreement for the "
                    "project in February 2018"
                ],
            },
        ],
        "excluded": [
            "'They also spoke by telephone in March, at the height of the fishing dispute': a "
            "phone call",
            "'Both presidents are expected in Conakry in July for the summit of the "
            "Organization for the Development of the Senegal River': multilateral (four "
            "countries); no bilateral meeting is stated here (t604 states one)",
            "Government spokesman Ibrahima Faye 'told reporters in Dakar': relays the talks, not "
            "a participant",
            "'returned to Dakar on Sunday evening': a return, not a meeting",
            "'The visit was prepared by the two foreign ministers': their preparation is the "
            "joint commission labelled, not a further meeting",
            "the Rosso bridge 'opened to traffic last year': infrastructure, not a milestone",
            "the fishermen's protests in March, the opposition's demand: domestic events",
            "'asked the oil companies to speed up the second phase': an instruction, not a "
            "milestone",
        ],
        "notes": (
            "Traits: Senegalese paper with masthead, section, headline and byline but NO date in "
            "the header; the story's date comes only from the footer 'This story was first "
            "published on 18 May 2026' (a Monday): 'on Saturday' = 2026-05-16 and 'on Friday' = "
            "2026-05-15 (the latest Saturday / Friday on or before the story's date). SPLIT: the "
            "talks and the place are in one sentence, the date and the format in the next (two "
            "quotes); one-on-one + delegations = one meeting; same talks as t604 (event key). "
            "'his Mauritanian counterpart' gives Ould Boubacar the title President. meetings[1]: "
            "the joint commission co-chaired by the two foreign ministers on Friday (event key "
            "with t604; vocabulary 'Joint Commission', ordinal 13); titles as this article gives "
            "them ('the two foreign ministers' -> Foreign Minister). meetings[2]: background "
            "sideline bilateral in Dakar, December 2025 (event key). Planned: 'The next session "
            "of the joint commission' in Dakar 'next year' = 2027 ('next' is no ordinal; event "
            "key with t604's 14th session). Milestones: the fisheries protocol 'signed in "
            "Nouakchott after the talks' = 2026-05-16; JUDGEMENT: the Rosso bridge agreement is "
            "'also signed' without its own day -> month of the visit (2026-05); the ICA is "
            "written here without an acronym (name as written)."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "t606_finland_estonia_2plus2",
        "source_path": "gold/test/articles/t606_finland_estonia_2plus2.txt",
        "dateline": "Yle News | Politics | 2026-06-03 18:22 EEST",
        "meetings": [
            {
                "date": "2026-06-03",
                "date_partial": "--06-03",
                "date_text": "on Wednesday",
                "location": "Helsinki",
                "countries": FE,
                "mechanism": "2+2 Dialogue",
                "mechanism_text": 'second "2+2" meeting',
                "ordinal": 2,
                "participants": [RAUTIO, KETTUNEN, LEPIK, SAAR],
                "topics": [
                    "protect undersea cables and gas pipelines in the gulf of finland",
                    "pool naval patrols",
                    "share sensor data",
                ],
                "evidence": [
                    "Finland and Estonia agreed on Wednesday to pool naval patrols and share "
                    "sensor data to protect undersea cables and gas pipelines in the Gulf of "
                    "Finland, as the two countries' foreign and defence ministers met in Helsinki "
                    'for their second "2+2" meeting',
                    "Finland was represented by Foreign Minister Elina Rautio and Defence "
                    "Minister Juha Kettunen",
                    "Their Estonian counterparts were Foreign Minister Margus Lepik and Defence "
                    "Minister Kristjan Saar",
                ],
            },
            {
                "date": "2026-06-03",
                "date_partial": "--06-03",
                "date_text": "Before the meeting",
                "location": "Helsinki",
                "countries": FE,
                "mechanism": "courtesy call",
                "participants": [LEPIK, SAAR, ("Antti Lindqvist", "President", "Finland")],
                "evidence": [
                    "Before the meeting, Lepik and Saar called on President Antti Lindqvist at "
                    "the Presidential Palace"
                ],
            },
            {
                "date": "2024-11",
                "date_text": "in November 2024",
                "location": "Tallinn",
                "countries": FE,
                "mechanism": "2+2 Dialogue",
                "mechanism_text": "first 2+2 meeting of the two countries' foreign and defence "
                "ministers",
                "ordinal": 1,
                "participants": [],
                "evidence": [
                    "The first 2+2 meeting of the two countries' foreign and defence ministers "
                    "was held in Tallinn in November 2024"
                ],
            },
        ],
        "planned_meetings": [
            {
                "date": "2027",
                "date_text": "in 2027",
                "location": None,
                "countries": FE,
                "mechanism": "2+2 Dialogue",
                "participants": [],
                "evidence": ["The next one will be held in Estonia in 2027"],
            },
            {
                "date": "2026-06-17",
                "date_partial": "--06-17",
                "date_text": "on June 17",
                "location": "Tallinn",
                "countries": FE,
                "mechanism": "bilateral meeting",
                "participants": [
                    ("Mikko Salonen", "Prime Minister", "Finland"),
                    ("Tõnis Kask", "Prime Minister", "Estonia"),
                ],
                "topics": ["planned electricity interconnector estlink 3"],
                "evidence": [
                    "Prime Minister Mikko Salonen will travel to Tallinn on June 17 for talks "
                    "with his Estonian counterpart Tõnis Kask"
                ],
            },
        ],
        "milestones": [
            {
                "name": "memorandum of understanding on the protection of critical undersea "
                "infrastructure",
                "kind": "agreement",
                "year": 2026,
                "date": "2026-06-03",
                "countries": FE,
                "evidence": [
                    "The four ministers signed a memorandum of understanding on the protection of "
                    "critical undersea infrastructure"
                ],
            },
            {
                "name": "diplomatic relations restored",
                "kind": "other",
                "year": 1991,
                "date": "1991-08",
                "countries": FE,
                "evidence": ["Finland and Estonia restored diplomatic relations in August 1991"],
            },
            {
                "name": "recognition of Estonia",
                "kind": "other",
                "year": 1920,
                "date": "1920",
                "countries": FE,
                "optional": True,
                "evidence": ["Finland had first recognised Estonia in 1920"],
            },
            {
                "name": "2+2 meeting established",
                "kind": "mechanism_established",
                "year": 2024,
                "date": "2024-11",
                "countries": FE,
                "optional": True,
                "evidence": [
                    "The first 2+2 meeting of the two countries' foreign and defence ministers "
                    "was held in Tallinn in November 2024"
                ],
            },
            {
                "name": "joint statement",
                "kind": "agreement",
                "year": 2026,
                "date": "2026-06-03",
                "countries": FE,
                "optional": True,
                "evidence": ["the ministers said in a joint statement"],
            },
        ],
        "excluded": [
            "'the four ministers joined a video call with their Latvian and Lithuanian "
            "counterparts': a video call, and multilateral",
            "'ahead of the Nato summit in Ankara in July': multilateral (and planned)",
            "the Balticconnector damage (October 2023) and the Estlink 2 cut (December 2024): "
            "incidents, not milestones",
            "'Finnish police later seized the tanker Eagle S': an incident",
            "'the two navies would hold their first joint patrol exercise in the gulf in "
            "August': a military exercise, not a meeting of officials",
            "'Estonia would also buy a second batch of Finnish-made Patria armoured vehicles': "
            "procurement, not a milestone",
            "'Rautio told reporters at Säätytalo': press remarks at the same 2+2",
            "'days after Estonia regained its independence': Estonia's own event, not bilateral",
        ],
        "notes": (
            "Traits: Yle-style header with an ISO date 'Yle News | Politics | 2026-06-03 18:22 "
            "EEST' (a Wednesday); 'on Wednesday' = 2026-06-03. The lead gives date, place and "
            "format ('second \"2+2\" meeting' of the foreign and defence ministers -> 2+2 "
            "Dialogue, ordinal 2); the four ministers are named only in the next two sentences "
            "('Their Estonian counterparts were'): one meeting, three quotes, four participants. "
            "Venue Säätytalo (House of the Estates) in Helsinki. meetings[1]: 'Lepik and Saar "
            "called on President Antti Lindqvist' -> courtesy call (only a verb: no "
            "mechanism_text), within the Helsinki visit. meetings[2]: background first 2+2 "
            "(Tallinn, November 2024, ordinal 1); its establishment is an optional "
            "mechanism_established. Planned: 'The next one' (the next 2+2) in Estonia in 2027 "
            "(a country: location None; no name written: no mechanism_text, no ordinal); the "
            "PMs' talks in Tallinn 'on June 17' (2026-06-17 from the header year). The MoU "
            "signed by the four ministers is own news. The unnamed joint statement is optional "
            "(as t509). JUDGEMENT: 'first recognised Estonia in 1920' is a dated landmark of a "
            "kind the conventions do not list -> optional 'other'. Real: Finland recognised "
            "Estonia de jure in 1920; the two restored diplomatic relations on 29 August 1991; "
            "the Balticconnector was damaged on 8 October 2023 and Estlink 2 on 25 December 2024."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "t607_japan_kyrgyzstan_foreign_ministers",
        "source_path": "gold/test/articles/t607_japan_kyrgyzstan_foreign_ministers.txt",
        "dateline": None,
        "meetings": [
            {
                "date": "2026-07-09",
                "date_partial": "--07-09",
                "date_text": "On July 9, 2026",
                "location": "Astana",
                "countries": JK,
                "mechanism": "bilateral meeting",
                "mechanism_text": "Foreign Ministers' Meeting",
                "participants": [MORITA, SYDYKOV],
                "topics": [
                    "strategic partnership",
                    "disaster risk reduction",
                    "medical care",
                    "trans-caspian international transport route",
                    "mining and hydropower",
                    "afghanistan",
                    "north korea",
                ],
                "evidence": [
                    "On July 9, 2026, commencing at 6:10 p.m. (local time) for approximately 45 "
                    "minutes, Mr. MORITA Kenji, Minister for Foreign Affairs of Japan, who is "
                    "visiting Astana, the Republic of Kazakhstan, to attend the 11th Foreign "
                    'Ministers\' Meeting of the "Central Asia plus Japan" Dialogue, held a '
                    "Foreign Ministers' Meeting with H.E. Mr. Azamat Sydykov, Minister of Foreign "
                    "Affairs of the Kyrgyz Republic"
                ],
            },
            {
                "date": "2025-12",
                "date_text": "in December last year",
                "location": "Tokyo",
                "countries": JK,
                "mechanism": "bilateral summit",
                "mechanism_text": "Japan-Kyrgyz Republic Summit Meeting",
                "participants": [
                    ("Rie Ishikawa", "Prime Minister", "Japan"),
                    ("Kubanychbek Asanov", "President", "Kyrgyzstan"),
                ],
                "evidence": [
                    "the Japan-Kyrgyz Republic Summit Meeting held in Tokyo in December last "
                    "year, at which Prime Minister ISHIKAWA Rie and President Kubanychbek Asanov "
                    'elevated the bilateral relationship to a "Strategic Partnership'
                ],
            },
        ],
        "planned_meetings": [
            {
                "date": "2026",
                "date_text": "this autumn",
                "location": "Bishkek",
                "countries": JK,
                "mechanism": "Foreign Office Consultations",
                "mechanism_text": "6th round of the Japan-Kyrgyz Political Consultations",
                "ordinal": 6,
                "participants": [],
                "evidence": [
                    "The two Ministers concurred to hold the 6th round of the Japan-Kyrgyz "
                    "Political Consultations between the two foreign ministries in Bishkek this "
                    "autumn"
                ],
            },
        ],
        "milestones": [
            {
                "name": "Strategic Partnership",
                "kind": "partnership_upgrade",
                "year": 2025,
                "date": "2025-12",
                "countries": JK,
                "evidence": ['elevated the bilateral relationship to a "Strategic Partnership'],
            },
            {
                "name": "Joint Statement on the Strategic Partnership between Japan and the "
                "Kyrgyz Republic",
                "kind": "agreement",
                "year": 2025,
                "date": "2025-12",
                "countries": JK,
                "evidence": [
                    "Joint Statement on the Strategic Partnership between Japan and the Kyrgyz "
                    'Republic" issued at the summit meeting'
                ],
            },
            {
                "name": "Agreement between Japan and the Kyrgyz Republic for the Promotion and "
                "Protection of Investment",
                "kind": "agreement",
                "year": 2024,
                "date": "2024-08",
                "countries": JK,
                "evidence": [
                    "the Agreement between Japan and the Kyrgyz Republic for the Promotion and "
                    "Protection of Investment, which was signed in Bishkek in August 2024"
                ],
            },
            {
                "name": "Agreement between Japan and the Kyrgyz Republic for the Promotion and "
                "Protection of Investment enters into force",
                "kind": "agreement",
                "year": 2026,
                "date": "2026-05",
                "countries": JK,
                "optional": True,
                "evidence": ["the entry into force in May 2026"],
            },
            {
                "name": "diplomatic relations established",
                "kind": "other",
                "year": 1992,
                "date": "1992-01",
                "countries": JK,
                "evidence": [
                    "Japan and the Kyrgyz Republic established diplomatic relations in January 1992"
                ],
            },
        ],
        "excluded": [
            'the 11th Foreign Ministers\' Meeting of the "Central Asia plus Japan" Dialogue in '
            "Astana: multilateral (the bilateral on its margins is labelled)",
            "'The 10th Foreign Ministers' Meeting of the \"Central Asia plus Japan\" Dialogue was "
            "held in Tokyo in 2024': multilateral",
            "'Minister MORITA expressed his intention to visit the Kyrgyz Republic at an early "
            "opportunity': vague, no date or place",
            "'pleased to meet Minister Sydykov again, following the ... Summit Meeting': does "
            "not state that the two foreign ministers took part in the summit or met then",
            "the Japan Center in Bishkek: an institution, no milestone",
            "the title 'Japan-Kyrgyz Republic Foreign Ministers' Meeting': the same meeting",
            "'continue to cooperate closely in the international arena, including at the "
            "United Nations': multilateral cooperation",
        ],
        "notes": (
            "Traits: MOFA-style release with NO date in the header (dateline None): the date is "
            "only in the body ('On July 9, 2026', a Thursday). FAMILY-NAME-FIRST: Japanese names "
            "written family name first in capitals are given name first in canonical form "
            "('Mr. MORITA Kenji' -> Kenji Morita, 'Prime Minister ISHIKAWA Rie' -> Rie Ishikawa; "
            "'Minister MORITA' later is the same person); 'H.E. Mr.' stripped. The meeting is a "
            "bilateral on the margins of the multilateral 'Central Asia plus Japan' Dialogue: a "
            "meeting; location Astana from 'who is visiting Astana' (the visit that covers it). "
            "'held a Foreign Ministers' Meeting' -> bilateral meeting, the format words kept as "
            "mechanism_text (JUDGEMENT: a generic format name, not a named dialogue). "
            "meetings[1]: background 'Japan-Kyrgyz Republic Summit Meeting held in Tokyo in "
            "December last year' = 2025-12 (the release's year is 2026) -> bilateral summit, "
            "with its two leaders named. Partnership: 'Strategic Partnership' (2025-12) and the "
            "named Joint Statement issued at that summit (2025-12). The investment agreement: "
            "signed August 2024, entry into force May 2026 stated separately -> the extra "
            "optional '... enters into force' milestone. Planned: '6th round of the "
            "Japan-Kyrgyz Political Consultations between the two foreign ministries' -> "
            "Foreign Office Consultations ('political consultations'), ordinal 6, Bishkek, 'this "
            "autumn' = 2026 (no month). Kyrgyz Republic -> 'Kyrgyzstan'. Real: Japan and "
            "Kyrgyzstan established diplomatic relations on 26 January 1992."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "t608_png_solomon_islands_security_pact",
        "source_path": "gold/test/articles/t608_png_solomon_islands_security_pact.txt",
        "dateline": "Wednesday, October 14, 2026",
        "meetings": [
            {
                "date": "2026-10-13",
                "date_partial": "--10-13",
                "date_text": "yesterday",
                "location": "Port Moresby",
                "countries": PS,
                "mechanism": "bilateral meeting",
                "participants": [
                    KAPERA,
                    TALOBOE,
                    ("Rose Kila", "Foreign Affairs Minister", "Papua New Guinea"),
                    (
                        "Peter Ramo",
                        "Minister of Foreign Affairs and External Trade",
                        "Solomon Islands",
                    ),
                ],
                "topics": [
                    "border security",
                    "policing",
                    "illegal logging",
                    "labour mobility",
                ],
                "evidence": [
                    "PRIME Minister Hon. James Kapera and his Solomon Islands counterpart Hon. "
                    "Moses Taloboe yesterday signed the Papua New Guinea-Solomon Islands "
                    "Bilateral Security Cooperation Agreement (BSCA) after talks at Parliament "
                    "House in Port Moresby",
                    "Foreign Affairs Minister Hon. Dr Rose Kila and Solomon Islands Minister of "
                    "Foreign Affairs and External Trade Hon. Peter Ramo also took part in the "
                    "talks",
                ],
            },
            {
                "date": "2026-10-12",
                "date_partial": "--10-12",
                "date_text": "On Monday afternoon",
                "location": None,
                "countries": PS,
                "mechanism": "courtesy call",
                "mechanism_text": "courtesy call",
                "participants": [
                    TALOBOE,
                    ("Joseph Tarua", "Governor-General", "Papua New Guinea"),
                ],
                "evidence": [
                    "On Monday afternoon, Mr Taloboe paid a courtesy call on Governor-General "
                    "Grand Chief Sir Joseph Tarua at Government House"
                ],
            },
            {
                "date": "2025-09",
                "date_text": "in September last year",
                "location": "Honiara",
                "countries": PS,
                "mechanism": "bilateral meeting",
                "participants": [KAPERA, TALOBOE],
                "topics": ["negotiate the security agreement"],
                "evidence": [
                    "The two leaders last met on the sidelines of the Pacific Islands Forum "
                    "Leaders Meeting in Honiara in September last year"
                ],
            },
        ],
        "planned_meetings": [
            {
                "date": "2027",
                "date_text": "early next year",
                "location": "Honiara",
                "countries": PS,
                "mechanism": "bilateral meeting",
                "mechanism_text": "inaugural PNG-Solomon Islands Leaders' Dialogue",
                "ordinal": 1,
                "participants": [KAPERA, TALOBOE],
                "evidence": [
                    "Mr Kapera yesterday accepted an invitation to visit Honiara early next year "
                    "for the inaugural PNG-Solomon Islands Leaders' Dialogue"
                ],
            },
        ],
        "milestones": [
            {
                "name": "Papua New Guinea-Solomon Islands Bilateral Security Cooperation "
                "Agreement (BSCA)",
                "kind": "agreement",
                "year": 2026,
                "date": "2026-10-13",
                "countries": PS,
                "evidence": [
                    "yesterday signed the Papua New Guinea-Solomon Islands Bilateral Security "
                    "Cooperation Agreement (BSCA)"
                ],
            },
            {
                "name": "Basic Agreement on Border Arrangements",
                "kind": "agreement",
                "year": 2004,
                "date": "2004",
                "countries": PS,
                "evidence": [
                    "the Basic Agreement on Border Arrangements signed by the two countries in 2004"
                ],
            },
        ],
        "excluded": [
            "'was welcomed at Jacksons International Airport by Deputy Prime Minister Hon. "
            "Thomas Waim': an airport reception",
            "'Mr Kapera also spoke to Mr Taloboe by phone in July after flooding on "
            "Guadalcanal': a phone call",
            "the Pacific Islands Forum Leaders Meeting in Honiara: multilateral (the bilateral on "
            "its sidelines is labelled)",
            "'Both leaders are expected to attend the Melanesian Spearhead Group Leaders' Summit "
            "in Port Vila next month': multilateral (and planned)",
            "'Mr Taloboe will today visit the PNG Defence Force's Murray Barracks and meet "
            "business leaders at a PNG Chamber of Commerce and Industry lunch': a site visit and "
            "business people, not a meeting with officials",
            "'Mr Kapera told journalists after the signing': press remarks",
            "'which will be held every two years': the Leaders' Dialogue is not yet held; its "
            "establishment is a plan, not a milestone",
        ],
        "notes": (
            "Traits: PNG Post-Courier style with section line, byline 'By KEVIN WANIA' and date "
            "line 'Wednesday, October 14, 2026'; 'yesterday' = 2026-10-13, 'On Monday "
            "afternoon' = 2026-10-12 (the latest Monday before the story's date; Mr Taloboe "
            "'arrived in the country on Monday'). HONORIFICS stripped: 'Hon.', 'Dr', 'Grand "
            "Chief Sir' (Joseph Tarua), 'Mr'. meetings[0]: the lead (talks at Parliament House "
            "in Port Moresby) and 'also took part in the talks' (the two foreign ministers) are "
            "one meeting (two quotes, four participants). meetings[1]: courtesy call on the "
            "Governor-General at Government House; location None: the visit is only 'in the "
            "country' (likely Port Moresby). meetings[2]: background bilateral 'on the sidelines "
            "of' the PIF Leaders Meeting in Honiara 'in September last year' = 2025-09. "
            "Planned: the 'inaugural PNG-Solomon Islands Leaders' Dialogue' (a named format "
            "outside the vocabulary -> bilateral meeting, ordinal 1 from 'inaugural') in Honiara "
            "'early next year' = 2027; JUDGEMENT: Taloboe is a participant by clear implication "
            "(the leaders' dialogue of the two countries, to which he invited Kapera). The BSCA "
            "is spelled out with its acronym in the lead and later used only as 'The BSCA' (own "
            "news, 2026-10-13). Real: the 54th Pacific Islands Forum Leaders Meeting was held in "
            "Honiara in September 2025."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "t609_kuwait_iraq_joint_commission",
        "source_path": "gold/test/articles/t609_kuwait_iraq_joint_commission.txt",
        "dateline": "BAGHDAD, Nov 3, 2026 (KUNA)",
        "meetings": [
            {
                "date": "2026-11-03",
                "date_partial": "--11-03",
                "date_text": "on Tuesday",
                "location": "Baghdad",
                "countries": KI,
                "mechanism": "Joint Commission",
                "mechanism_text": "eighth session of the Kuwaiti-Iraqi Joint Ministerial "
                "Commission",
                "ordinal": 8,
                "participants": [JARRAH, RUBAIE],
                "topics": [
                    "demarcation of the maritime boundary beyond marker 162",
                    "navigation in khor abdullah",
                    "missing persons",
                    "kuwaiti property and national archives",
                ],
                "evidence": [
                    "The eighth session of the Kuwaiti-Iraqi Joint Ministerial Commission was "
                    "held in Baghdad on Tuesday, co-chaired by Kuwaiti Minister of Foreign Affairs "
                    "Sheikh Jarrah Mubarak Al-Sabah and Iraqi Deputy Prime Minister and Minister "
                    "of Foreign Affairs Hassan Kadhim Al-Rubaie"
                ],
            },
            {
                "date": "2026-11-03",
                "date_partial": "--11-03",
                "date_text": "Later",
                "location": "Baghdad",
                "countries": KI,
                "mechanism": "courtesy call",
                "participants": [
                    JARRAH,
                    ("Ali Jassim Al-Tamimi", "Prime Minister", "Iraq"),
                    RUBAIE,
                    ("Ahmad Salem Al-Mutairi", "Ambassador to Iraq", "Kuwait"),
                ],
                "evidence": [
                    "Later, Sheikh Jarrah called on Iraqi Prime Minister Ali Jassim Al-Tamimi at "
                    "the Government Palace, in the presence of Al-Rubaie and Kuwait's Ambassador "
                    "to Iraq, Ahmad Salem Al-Mutairi"
                ],
            },
            {
                "date": "2024-06",
                "date_text": "in June 2024",
                "location": "Kuwait City",
                "countries": KI,
                "mechanism": "Joint Commission",
                "mechanism_text": "seventh session of the commission",
                "ordinal": 7,
                "participants": [],
                "evidence": [
                    "The seventh session of the commission was held in Kuwait City in June 2024"
                ],
            },
        ],
        "planned_meetings": [
            {
                "date": "2027",
                "date_text": "in 2027",
                "location": "Kuwait City",
                "countries": KI,
                "mechanism": "Joint Commission",
                "mechanism_text": "ninth session",
                "ordinal": 9,
                "participants": [],
                "evidence": [
                    "The two sides agreed to hold the ninth session in Kuwait City in 2027"
                ],
            },
        ],
        "milestones": [
            {
                "name": "memorandum of understanding on the joint operation of the Abdali-Safwan "
                "border crossing",
                "kind": "agreement",
                "year": 2026,
                "date": "2026-11-03",
                "countries": KI,
                "evidence": [
                    "The two ministers signed a memorandum of understanding on the joint "
                    "operation of the Abdali-Safwan border crossing"
                ],
            },
            {
                "name": "executive programme for cultural cooperation for 2026-2028",
                "kind": "agreement",
                "year": 2026,
                "date": "2026-11-03",
                "countries": KI,
                "evidence": ["an executive programme for cultural cooperation for 2026-2028"],
            },
            {
                "name": "agreement on regulating maritime navigation in Khor Abdullah",
                "kind": "agreement",
                "year": 2012,
                "date": "2012-04",
                "countries": KI,
                "evidence": [
                    "The agreement on regulating maritime navigation in Khor Abdullah was signed "
                    "in Baghdad in April 2012"
                ],
            },
            {
                "name": "agreement on regulating maritime navigation in Khor Abdullah enters "
                "into force",
                "kind": "agreement",
                "year": 2013,
                "date": "2013-12",
                "countries": KI,
                "optional": True,
                "evidence": ["entered into force in December 2013"],
            },
        ],
        "excluded": [
            "'His Highness the Amir and Al-Tamimi had discussed bilateral relations in a video "
            "call on October 25': a video call (and the Amir is not named)",
            "Iraqi Foreign Ministry spokesman Karim Hadi Al-Saadi 'said in a statement': relays "
            "the courtesy call, not a participant",
            "'He was received at Baghdad International Airport by Iraq's Deputy Foreign "
            "Minister': an airport reception (and not named)",
            "'conveyed to Al-Tamimi the greetings of His Highness the Amir of Kuwait and His "
            "Highness the Crown Prince': people mentioned, not participants",
            "'Iraq's Federal Supreme Court ruled in September 2023 that the Iraqi law ratifying "
            "it was unconstitutional': a domestic court ruling, not a bilateral milestone",
            "'prompting protests from Kuwait and the Gulf Cooperation Council (GCC)': reaction, "
            "multilateral",
            "'the GCC electricity interconnection project that will supply power to southern "
            "Iraq': multilateral project",
            "'Sheikh Jarrah arrived in Baghdad on Monday at the head of a delegation': an "
            "arrival; delegation members not named",
            "the headline '8th joint ministerial commission': the same session",
        ],
        "notes": (
            "Traits: KUNA wire dateline WITH a year 'BAGHDAD, Nov 3, 2026 (KUNA) --' (a "
            "Tuesday); 'on Tuesday' = 2026-11-03. 'Joint Ministerial Commission' -> Joint "
            "Commission, ordinal 8 ('eighth session'). Honorific 'Sheikh' stripped (Jarrah "
            "Mubarak Al-Sabah; later 'Sheikh Jarrah' is the same person). meetings[1]: 'called "
            "on Iraqi Prime Minister' -> courtesy call (only a verb: no mechanism_text), 'Later' "
            "the same day, at the Government Palace within the Baghdad visit; the two people "
            "named 'in the presence of' are present and so participants (the conventions' "
            "courtesy-call rule); 'Ambassador' kept only as the title 'Ambassador to Iraq'. "
            "meetings[2]: background seventh session (Kuwait City, June 2024, ordinal 7). "
            "Planned: ninth session in Kuwait City in 2027 (ordinal 9). Own news: the Abdali-"
            "Safwan MoU and the cultural executive programme (signed by the two ministers, "
            "2026-11-03). Khor Abdullah agreement: signed April 2012; its entry into force "
            "(December 2013) is stated separately -> the optional extra milestone. Real: the "
            "Khor Abdullah navigation agreement was signed on 29 April 2012; Iraq's Federal "
            "Supreme Court ruled on 4 September 2023."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "t610_costa_rica_panama_phone_call",
        "source_path": "gold/test/articles/t610_costa_rica_panama_phone_call.txt",
        "dateline": None,
        "meetings": [],
        "planned_meetings": [],
        "milestones": [
            {
                "name": "Echandi Montero–Fernández Jaén Treaty",
                "kind": "agreement",
                "year": 1941,
                "date": "1941-05-01",
                "countries": CP,
                "evidence": ["the Echandi Montero–Fernández Jaén Treaty, signed on May 1, 1941"],
            },
            {
                "name": "binational commission on border development established",
                "kind": "mechanism_established",
                "year": 1992,
                "date": "1992",
                "countries": CP,
                "evidence": [
                    "A binational commission on border development, created under a 1992 agreement"
                ],
            },
        ],
        "excluded": [
            "President Laura Jiménez Quesada and President Ricardo Arosemena Vallarino 'spoke by "
            "telephone on Tuesday': a phone call, not a meeting",
            '\'The two presidents agreed to meet in person "in the coming weeks", the statement '
            "said, without giving a date or a place': vague, not a planned meeting",
            "'discussed last month in Panama City at a trilateral meeting with the foreign "
            "ministers of Panama and Colombia': trilateral",
            "'Migration officials from Costa Rica and Panama held a video call on Wednesday': a "
            "video call (and no one named)",
            "'expected to take up the issue again at the summit of the Central American "
            "Integration System (SICA) in December': multilateral (and planned)",
            "the binational commission 'would be convened \"in due course\"': vague, not a "
            "planned meeting",
            "'a 1992 agreement': unnamed; the dated fact kept is the commission it created",
            "'Jiménez wrote on X after the call': a post, not a meeting",
            "'More than 14,000 migrants have crossed': a figure",
        ],
        "notes": (
            "Traits: dateline 'SAN JOSÉ, Costa Rica —' with NO date anywhere in the article "
            "(dateline None): 'on Tuesday', 'on Wednesday', 'last month' and 'in December' "
            "cannot be placed in a year (and nothing here needs them). NO MEETING: the only "
            "contacts of the two countries are a phone call of the presidents and a video call "
            "of migration officials; 'agreed to meet in person \"in the coming weeks\"' and the "
            "commission to be convened 'in due course' are vague; the foreign ministers' meeting "
            "in Panama City was trilateral with Colombia; the SICA summit is multilateral. "
            "Milestones: the border treaty with its full date; the binational commission "
            "'created under a 1992 agreement' -> mechanism_established 1992 (the agreement "
            "itself has no name). Real: the Echandi Montero–Fernández Jaén border treaty was "
            "signed on 1 May 1941."
        ),
    },
]
