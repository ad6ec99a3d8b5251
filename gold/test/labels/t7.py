r"""Gold labels for batch T7 (test split): the River Plate, the Mekong, the North Sea, the Great
Lakes, the Pannonian plain, the Maghreb, the Himalaya and Polynesia.

Fictional but plausible articles in gold/test/articles/ (invented office holders, real titles,
real cities, real or plausible partnership history). Same record format as
gold/test/labels/t6.py: GoldMeeting / GoldMilestone fields, ``evidence`` as exact quotes,
``participants`` as (name, title, country).

| file | pair | traits |
|---|---|---|
| t701_uruguay_paraguay_summit_wire | Uruguay–Paraguay | Reuters `ASUNCION, March 9 (Reuters) -` **no year**; presidents' talks "on Monday" (date None, date_resolved 2026-03-09: March 9 is a Monday in 2015/2020/2026/2037, Echeverría "took office in March 2025 for a five-year term"); city only as "the Paraguayan capital", **the people in the next sentence**; background Montevideo "in November" (date None, date_resolved 2025-11; event key with t702); own-news MoU with **no year in the text** (year None); news conference, Mercosur summit, phone call with Brazil excluded; yearless working group excluded (~360 words) |
| t702_uruguay_paraguay_summit_local | Uruguay–Paraguay | local paper, byline with **`Posted: 3 hours ago`** (no date) and the **absolute date only in a photo caption** ("9 March 2026"; dateline None); **same talks** as t701 (event key), "yesterday"; one-on-one + expanded meeting = one meeting; two FMs and a minister "were also present" (5 participants); **spokesperson relays**; background 21 November 2025 Montevideo (event key); planned FMs' meeting in May (Montevideo) and state visit "later this year"; named MoU own news; optional working group established 2025; exporters' delegation (business) excluded |
| t703_vietnam_laos_intergovernmental_committee_vgp | Vietnam–Laos | **government release header** `Government News \| Wednesday, January 13, 2027 18:05 (GMT+7)`; **Vietnamese names family name first** (kept), later "PM Bounmy", "General Secretary Long" (same persons); PMs' talks + 49th Intergovernmental Committee the same day = **two meetings** (Joint Commission, ordinal 49; two FMs "also attended"); **courtesy call** on the Party General Secretary (location None); background 48th (Vientiane, January 2026), planned 50th (Laos, early 2028); 2027 cooperation agreement, 2021-2030 strategy, Treaty of Amity and Cooperation 18 July 1977, relations 5 September 1962; airport welcome, **trilateral** party leaders' meeting, ASEAN summit excluded |
| t704_vietnam_laos_committee_vientiane_times | Vietnam–Laos | Lao paper, date line **`Thu 14 Jan 2027`**; short (~240 words); **the format, city and date in the sentence after the one naming the people**; "Mr" stripped; same committee, talks and courtesy call as t703 (event keys); courtesy call dated only by the visit span "January 12-14" (2027-01); background 48th "January last year", planned 50th Vientiane "next year" (event keys); 2027 agreement, relations 1962, treaty 1977; "Year of Solidarity and Friendship" excluded |
| t705_ireland_netherlands_taoiseach_hague | Ireland–Netherlands | US-style stamp **`10/27/2026 6:42 PM ET`** (a Tuesday); "on Tuesday"; **city in the next sentence**, the two FMs "also attended" in the third (4 participants); Dutch surname particles ("Van der Linden" = Pieter van der Linden); background **sideline bilateral** at the European Council (Brussels, June); background first round of the Strategic Dialogue (Dublin, February 2025, ordinal 1) + its launch (mechanism_established); **dated planned** second round November 12; **vague** "when diaries allow" excluded; phone call, business breakfast, European Council, New Hanseatic League excluded; offshore-energy MoU |
| t706_rwanda_uganda_jpc_xinhua | Rwanda–Uganda | Xinhua **`KAMPALA, June 23, 2026 (Xinhua) --` with year**; 13th **Joint Permanent Commission (JPC)** (Joint Commission) co-chaired "on Tuesday"; **honorifics** "Amb.", "Gen. (Rtd)" stripped; optional senior officials' meeting "on Monday"; courtesy call "called on" the President at State House **Entebbe** (≠ dateline city); **spokesperson relays**; **acronym agreement** BASA (spelled out in the lead, "The BASA" later); DTAA a plan; background 12th JPC Kigali March 2024, planned 14th Kigali 2027 and a minister's August trip; presidents' summit "at a date to be agreed" (vague), **quadripartite** summit, EAC summit excluded; Luanda MoU 2019, optional border reopening 2022 |
| t707_hungary_serbia_strategic_council | Hungary–Serbia | **long** (~1,240 words); Serbian-style date line **`12.10.2026. \| 21:14`** (a Monday); **named format outside the vocabulary** (ninth session of the High-Level Strategic Cooperation Council: bilateral meeting, ordinal 9); **city and co-chairs in the next sentence**, five ministers "also took part" (7 participants); **Hungarian name family-first in capitals** in a signature block ("HALMOS Gábor" → Gábor Halmos); separate PM talks before the session (own meeting); backgrounds eighth session (Szeged, June 2025) and leaders in Budapest in June; planned PMs' talks November 5 and tenth session next year; **upgrade history** Strategic Partnership 2013 → Enhanced 2021 → Comprehensive 2026; council set up 2014; named joint statement + pipeline agreement + two more documents; **video call**, **trilateral** with Austria, EU-Western Balkans summit, business executives, community visit excluded |
| t708_algeria_tunisia_grand_joint_commission | Algeria–Tunisia | `ALGIERS —` with **no date anywhere** (dateline None): 23rd Grand Joint Commission "on Sunday" (date None, no date_partial), co-chairs in the next sentence; PM "received by" the President "in the presence of" the FM (**judgement**: bilateral meeting, 3 participants); **honorific** "Mr." stripped; sideline bilateral at the AU summit "last month" (date None); background 22nd (Tunis, October 2024); planned 24th "next year" (date None); own-news agreements **year None**; 1983 treaty, 1970 border treaty; **spokesperson relays**; **trilateral** with Libya excluded |
| t709_india_bhutan_eam_thimphu | India–Bhutan | **date only in the closing line** `Reported from Thimphu, 4 September 2026` (a Friday); "yesterday" talks + rail agreement, "This morning" **courtesy call** on the PM with the FM and the Indian **ambassador** "also present" (4 participants); **honorifics** Dr, Lyonchhoen, Dasho, Lyonpo, His Majesty stripped; optional audience with the (unnamed) King; background FMs' meeting New Delhi February 2025; planned Development Cooperation Talks in November (outside the vocabulary); **vague** invitation "at a mutually convenient date" excluded; 1949 treaty, 2007 revised treaty, relations 1968; BIMSTEC, phone call, airport excluded |
| t710_tonga_samoa_ferry_phone_call | Tonga–Samoa | short (~180 words), RNZ-style stamp `9:12 am on 15 April 2026`; **no meeting at all**: PMs' **phone call**, "would meet in person 'once the numbers are in'" (vague), officials' **video call**, **trilateral** with Fiji in Suva, Pacific Islands Forum (multilateral); one milestone (2019 MoU) |

Dates: ``date_resolved`` is given only where a weekday plus the text pins a yearless
month-day (t701 and its background "in November"); never a guess. In t708 no year can be known
at all, so every undated meeting and own-news milestone keeps ``date`` / ``year`` None.

Judgement calls where CONVENTIONS.md is silent (each also in the article's ``notes``):
the Vietnam-Laos "Intergovernmental Committee" is the vocabulary's "Intergovernmental
Commission" (Joint Commission), and Rwanda-Uganda's "Joint Permanent Commission" is a Joint
Commission (t703, t704, t706); a Hungarian name written family name first (in capitals) is
given in the Western order the rest of the article uses, as for Japanese names (t707); a caption
date is not a dateline, but it dates the story ("yesterday" = the day of the photographed talks;
t702); "was received by" a president is a `bilateral meeting` (neither "courtesy call" nor
"called on" is written), with the minister "in the presence of" whom it took place as a
participant (t708); an audience with an unnamed monarch is an ``optional`` meeting (t709); a
senior officials' segment that opens a joint commission is an ``optional`` meeting of its own
(t706); a state visit the guest "accepted an invitation to make" implies the host as participant
(t702) and the second round of a two-minister dialogue implies the counterpart (t705); a working
group set up at a leaders' meeting is an ``optional`` ``mechanism_established`` (t702), and is
not labelled where its year is not stated (t701); a political border reopening after a rupture
is an ``optional`` ``other`` milestone (t706); where only a country (not a city) is given for a
visit, a meeting not placed by the text keeps location None (t703, t704, t709).
"""

UP = ["Uruguay", "Paraguay"]
VL = ["Vietnam", "Laos"]
IN = ["Ireland", "Netherlands"]
RU = ["Rwanda", "Uganda"]
HS = ["Hungary", "Serbia"]
AT = ["Algeria", "Tunisia"]
IB = ["India", "Bhutan"]
TS = ["Tonga", "Samoa"]

UP_TALKS_EVENT = "T7-uruguay-paraguay-2026-03-09"
UP_MONTEVIDEO_EVENT = "T7-uruguay-paraguay-2025-11"
VL_TALKS_EVENT = "T7-vietnam-laos-2027-01-13"
VL_IGC_EVENT = "T7-vietnam-laos-intergovernmental-committee-2027-01-13"
VL_CALL_EVENT = "T7-vietnam-laos-courtesy-call-2027-01-13"
VL_IGC48_EVENT = "T7-vietnam-laos-intergovernmental-committee-2026-01"
VL_IGC50_EVENT = "T7-vietnam-laos-intergovernmental-committee-2028"

ECHEVERRIA = ("Martín Echeverría", "President", "Uruguay")
BENITEZ = ("Rodrigo Benítez Cáceres", "President", "Paraguay")
SOSA = ("Gabriela Sosa", "Foreign Minister", "Uruguay")
AYALA = ("Julio César Ayala", "Foreign Minister", "Paraguay")
PINTOS = ("Andrés Pintos", "Transport and Public Works Minister", "Uruguay")

TRAN = ("Tran Quoc Hung", "Prime Minister", "Vietnam")
BOUNMY = ("Bounmy Phommachanh", "Prime Minister", "Laos")
DANG = ("Dang Hoang Nam", "Minister of Foreign Affairs", "Vietnam")
KHAMPHANH = (
    "Khamphanh Sisouk",
    "Deputy Prime Minister and Minister of Foreign Affairs",
    "Laos",
)

MULCAHY = ("Declan Mulcahy", "Taoiseach", "Ireland")
VAN_DER_LINDEN = ("Pieter van der Linden", "Prime Minister", "Netherlands")
BRENNAN = ("Aoife Brennan", "Tánaiste and Minister for Foreign Affairs", "Ireland")
DE_VRIES = ("Sanne de Vries", "Minister for Foreign Affairs", "Netherlands")

HABIMANA = (
    "Jean-Paul Habimana",
    "Minister of Foreign Affairs and International Cooperation",
    "Rwanda",
)
OKELLO = ("Samuel Okello Odongo", "Minister of Foreign Affairs", "Uganda")

STANKOVIC = ("Nenad Stanković", "President", "Serbia")
HALMOS = ("Gábor Halmos", "Prime Minister", "Hungary")
JOVANOVIC = ("Milica Jovanović", "Prime Minister", "Serbia")
DJORDJEVIC = ("Marko Đorđević", "Foreign Minister", "Serbia")
PETROVIC = ("Jelena Petrović", "Minister of Mining and Energy", "Serbia")
SZALAI = ("Gergely Szalai", "Minister of Foreign Affairs and Trade", "Hungary")
KEREKES = ("Dóra Kerekes", "Minister of Energy", "Hungary")

BENSLIMANE = ("Karim Benslimane", "Prime Minister", "Algeria")
BEN_ROMDHANE = ("Hédi Ben Romdhane", "Prime Minister", "Tunisia")

RAGHAVAN = ("Arvind Raghavan", "External Affairs Minister", "India")
WANGMO = ("Dorji Wangmo", "Foreign Minister", "Bhutan")

ARTICLES = [
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "t701_uruguay_paraguay_summit_wire",
        "source_path": "gold/test/articles/t701_uruguay_paraguay_summit_wire.txt",
        "dateline": "ASUNCION, March 9 (Reuters)",
        "meetings": [
            {
                "date": None,
                "date_partial": "--03-09",
                "date_resolved": "2026-03-09",
                "date_text": "on Monday",
                "location": "Asunción",
                "countries": UP,
                "mechanism": "bilateral meeting",
                "participants": [ECHEVERRIA, BENITEZ],
                "topics": [
                    "dredging a stretch of the paraguay-parana waterway",
                    "ratifying the mercosur trade deal with the european union",
                    "port and river-transport cooperation",
                    "lower port fees for paraguayan cargo",
                ],
                "evidence": [
                    "Uruguay and Paraguay agreed on Monday to share the cost of dredging a "
                    "stretch of the Paraguay-Parana waterway and to press their Mercosur partners "
                    "to finish ratifying the bloc's trade deal with the European Union, after the "
                    "two countries' presidents held talks in the Paraguayan capital",
                    "Uruguayan President Martín Echeverría and his Paraguayan counterpart Rodrigo "
                    "Benítez Cáceres met for about two hours at the Palacio de López, the "
                    "presidential palace",
                ],
                "event": UP_TALKS_EVENT,
            },
            {
                "date": None,
                "date_resolved": "2025-11",
                "date_text": "in November",
                "location": "Montevideo",
                "countries": UP,
                "mechanism": "bilateral meeting",
                "participants": [BENITEZ, ECHEVERRIA],
                "topics": ["working group on the waterway"],
                "evidence": [
                    "It was the second meeting between the two leaders in four months",
                    "Benítez visited Montevideo in November, when they agreed to set up a "
                    "working group on the waterway",
                ],
                "event": UP_MONTEVIDEO_EVENT,
            },
        ],
        "planned_meetings": [],
        "milestones": [
            {
                "name": "memorandum of understanding on port and river-transport cooperation",
                "kind": "agreement",
                "year": None,
                "date": None,
                "countries": UP,
                "evidence": [
                    "before signing a memorandum of understanding on port and river-transport "
                    "cooperation"
                ],
            },
        ],
        "excluded": [
            "'Echeverría told a joint news conference after the talks': press conference of the "
            "same talks",
            "'Both leaders are expected to attend the Mercosur summit that Paraguay will host in "
            "July': multilateral (and planned)",
            "'Benítez spoke by telephone on Sunday with Brazil's president': a phone call, "
            "another pair, and the Brazilian president is not named",
            "'they agreed to set up a working group on the waterway' (November): no year is "
            "stated for it and it is not the article's own news, so no mechanism_established",
            "the Mercosur-EU trade agreement: a bloc agreement, not a bilateral milestone, and "
            "not yet ratified",
            "'a study on keeping the river navigable at a draft of 10 feet': a plan",
            "'low water levels in 2024 and 2025': a natural event, not a milestone",
            "'took office in March 2025': a domestic event (used only to pin the year)",
            "Carla Giménez, Pablo Rossi, Alison Ward: reporting credits",
        ],
        "notes": (
            "Traits: Reuters dateline 'ASUNCION, March 9 (Reuters) -' WITHOUT a year; 'on "
            "Monday' in a same-day report = the dateline day, so date None, date_partial "
            "'--03-09'. date_resolved 2026-03-09: March 9 is a Monday in 2015, 2020, 2026 and "
            "2037; Echeverría 'took office in March 2025 for a five-year term', so the story "
            "falls in March 2026 (2037 is past his term). The lead gives the date, the topics "
            "and the city only as 'the Paraguayan capital' (-> Asunción); the people and the "
            "venue are in the NEXT sentence (two quotes, one meeting). 'his Paraguayan "
            "counterpart' gives Benítez Cáceres the title President; 'Benítez' alone later is "
            "the same person. meetings[1]: background: 'the second meeting between the two "
            "leaders in four months. Benítez visited Montevideo in November' -> a meeting of "
            "the two presidents in Montevideo; date None (yearless), date_resolved 2025-11 by "
            "the same reasoning (t702: 21 November 2025; event key). The MoU is own news, but "
            "the text never states the story's year -> year None (real: 2026-03-09, t702)."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "t702_uruguay_paraguay_summit_local",
        "source_path": "gold/test/articles/t702_uruguay_paraguay_summit_local.txt",
        "dateline": None,
        "meetings": [
            {
                "date": "2026-03-09",
                "date_partial": "--03-09",
                "date_text": "yesterday",
                "location": "Asunción",
                "countries": UP,
                "mechanism": "bilateral meeting",
                "participants": [ECHEVERRIA, BENITEZ, SOSA, AYALA, PINTOS],
                "topics": [
                    "port fees for paraguayan cargo",
                    "dredging the paraguay-paraná waterway",
                    "paraguayan grain exports through uruguayan terminals",
                ],
                "evidence": [
                    "President Martín Echeverría returned from Asunción last night with a "
                    "memorandum of understanding that will cut port fees for Paraguayan cargo in "
                    "Montevideo and Nueva Palmira, after talks yesterday with his Paraguayan "
                    "counterpart, Rodrigo Benítez Cáceres",
                    "Presidents Martín Echeverría and Rodrigo Benítez Cáceres at the Palacio de "
                    "López, Asunción, 9 March 2026",
                    "The two presidents met first alone and then with their delegations at the "
                    "Palacio de López",
                    "Foreign Minister Gabriela Sosa and her Paraguayan counterpart, Julio César "
                    "Ayala, were also present at the expanded meeting, as was Transport and "
                    "Public Works Minister Andrés Pintos",
                ],
                "event": UP_TALKS_EVENT,
            },
            {
                "date": "2025-11-21",
                "date_partial": "--11-21",
                "date_text": "on 21 November 2025",
                "location": "Montevideo",
                "countries": UP,
                "mechanism": "bilateral meeting",
                "participants": [ECHEVERRIA, BENITEZ],
                "topics": ["working group on the waterway"],
                "evidence": [
                    "The two presidents had last met on 21 November 2025 in Montevideo, during "
                    "Benítez's first visit to Uruguay since Echeverría took office"
                ],
                "event": UP_MONTEVIDEO_EVENT,
            },
        ],
        "planned_meetings": [
            {
                "date": "2026-05",
                "date_text": "in May",
                "location": "Montevideo",
                "countries": UP,
                "mechanism": "bilateral meeting",
                "participants": [SOSA, AYALA],
                "topics": ["binational commission on river transport"],
                "evidence": [
                    "Sosa and Ayala will meet again in Montevideo in May to launch a binational "
                    "commission on river transport"
                ],
            },
            {
                "date": "2026",
                "date_text": "later this year",
                "location": None,
                "countries": UP,
                "mechanism": "bilateral meeting",
                "participants": [BENITEZ, ECHEVERRIA],
                "evidence": [
                    "Benítez also accepted an invitation to make a state visit to Uruguay later "
                    "this year"
                ],
            },
        ],
        "milestones": [
            {
                "name": "Memorandum of Understanding on Port and River Transport Cooperation",
                "kind": "agreement",
                "year": 2026,
                "date": "2026-03-09",
                "countries": UP,
                "evidence": [
                    "returned from Asunción last night with a memorandum of understanding",
                    "The Memorandum of Understanding on Port and River Transport Cooperation "
                    "gives Paraguayan cargo a 30 per cent discount on port fees for five years",
                ],
            },
            {
                "name": "working group on the waterway established",
                "kind": "mechanism_established",
                "year": 2025,
                "date": "2025-11-21",
                "countries": UP,
                "optional": True,
                "evidence": ["That meeting produced a working group on the waterway"],
            },
        ],
        "excluded": [
            "Presidency spokesperson Valeria Núñez 'told reporters at the Torre Ejecutiva': "
            "relays the talks, not a participant",
            "'A delegation of some 30 Uruguayan exporters ... met officials of Paraguay's "
            "Ministry of Industry and Commerce': a business delegation, officials not named",
            "'to launch a binational commission on river transport': a plan, not an "
            "established mechanism",
            "'The two presidents will see each other again at the Mercosur summit in Paraguay "
            "in July': multilateral (and planned)",
            "Martín Olivera of the Uruguayan Chamber of Port Operators, opposition senator "
            "Graciela Barrios: quoted, not meetings",
            "'returned from Asunción last night': a return, not a meeting",
            "the headline and standfirst: the same deal and the same planned FMs' meeting",
        ],
        "notes": (
            "Traits: local paper with masthead, section, headline, standfirst, byline and the "
            "relative stamp 'Posted: 3 hours ago', which dates nothing; the ONLY absolute date is "
            "the photo caption 'Presidents Martín Echeverría and Rodrigo Benítez Cáceres at the "
            "Palacio de López, Asunción, 9 March 2026'. JUDGEMENT: a caption is not a dateline, "
            "header or footer (dateline None), but it is a date written in the text that dates "
            "the photographed talks: the talks 'yesterday' = 2026-03-09 (a Monday; t701 'on "
            "Monday'), so the story is of 2026-03-10 and 'in May' / 'later this year' are of "
            "2026. Same talks as t701 (event key). meetings[0]: lead + caption + 'met first "
            "alone and then with their delegations' + 'were also present at the expanded "
            "meeting' are one meeting (stages of the same talks; four quotes); the two foreign "
            "ministers and the transport minister present at the expanded meeting are "
            "participants (5). 'her Paraguayan counterpart' gives Ayala the title Foreign "
            "Minister. meetings[1]: background 21 November 2025 in Montevideo (t701 'in "
            "November'; event key). Planned: the FMs' meeting in Montevideo in May; the state "
            "visit 'later this year' (2026, 'to Uruguay' -> location None); JUDGEMENT: a state "
            "visit the guest 'accepted an invitation to make' implies the host president as a "
            "participant. The MoU is own news (signed at the talks, 2026-03-09). JUDGEMENT: the "
            "working group 'produced' by the November meeting is a format set up -> optional "
            "mechanism_established (a working group is a low-level format)."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "t703_vietnam_laos_intergovernmental_committee_vgp",
        "source_path": "gold/test/articles/t703_vietnam_laos_intergovernmental_committee_vgp.txt",
        "dateline": "Government News | Wednesday, January 13, 2027 18:05 (GMT+7)",
        "meetings": [
            {
                "date": "2027-01-13",
                "date_partial": "--01-13",
                "date_text": "on January 13",
                "location": "Hanoi",
                "countries": VL,
                "mechanism": "bilateral meeting",
                "participants": [TRAN, BOUNMY],
                "topics": [
                    "vientiane-ha noi expressway",
                    "vung ang port",
                    "500 kv transmission lines",
                    "electricity imports from laos",
                    "training lao officials and students",
                ],
                "evidence": [
                    "Prime Minister Tran Quoc Hung and Lao Prime Minister Bounmy Phommachanh held "
                    "talks at the Government Headquarters in Ha Noi on January 13",
                    "The two Prime Ministers agreed to speed up the Vientiane-Ha Noi expressway "
                    "project",
                ],
                "event": VL_TALKS_EVENT,
            },
            {
                "date": "2027-01-13",
                "date_partial": "--01-13",
                "date_text": "on January 13",
                "location": "Hanoi",
                "countries": VL,
                "mechanism": "Joint Commission",
                "mechanism_text": "49th meeting of the Viet Nam-Laos Intergovernmental Committee "
                "on Bilateral Cooperation",
                "ordinal": 49,
                "participants": [TRAN, BOUNMY, DANG, KHAMPHANH],
                "topics": [
                    "education and training",
                    "transport connectivity",
                    "energy",
                    "agriculture",
                    "free migrants and unregistered marriages in the border areas",
                ],
                "evidence": [
                    "ahead of co-chairing the 49th meeting of the Viet Nam-Laos Intergovernmental "
                    "Committee on Bilateral Cooperation",
                    "Following the talks, the two Prime Ministers co-chaired the 49th meeting of "
                    "the Intergovernmental Committee",
                    "Minister of Foreign Affairs Dang Hoang Nam and Lao Deputy Prime Minister and "
                    "Minister of Foreign Affairs Khamphanh Sisouk also attended, together with "
                    "ministers and heads of sectors of the two countries",
                ],
                "event": VL_IGC_EVENT,
            },
            {
                "date": "2027-01-13",
                "date_partial": "--01-13",
                "date_text": "On the same day",
                "location": None,
                "countries": VL,
                "mechanism": "courtesy call",
                "mechanism_text": "courtesy call",
                "participants": [
                    BOUNMY,
                    (
                        "Nguyen Duc Long",
                        "General Secretary of the Communist Party of Viet Nam Central Committee",
                        "Vietnam",
                    ),
                ],
                "topics": ["breakthroughs in economic cooperation", "anniversary celebrations"],
                "evidence": [
                    "On the same day, Prime Minister Bounmy Phommachanh paid a courtesy call on "
                    "General Secretary of the Communist Party of Viet Nam Central Committee "
                    "Nguyen Duc Long"
                ],
                "event": VL_CALL_EVENT,
            },
            {
                "date": "2026-01",
                "date_text": "in January 2026",
                "location": "Vientiane",
                "countries": VL,
                "mechanism": "Joint Commission",
                "mechanism_text": "48th meeting of the Intergovernmental Committee",
                "ordinal": 48,
                "participants": [],
                "evidence": [
                    "The 48th meeting of the Intergovernmental Committee took place in Vientiane "
                    "in January 2026"
                ],
                "event": VL_IGC48_EVENT,
            },
        ],
        "planned_meetings": [
            {
                "date": "2028",
                "date_text": "in early 2028",
                "location": None,
                "countries": VL,
                "mechanism": "Joint Commission",
                "mechanism_text": "50th meeting",
                "ordinal": 50,
                "participants": [],
                "evidence": [
                    "The two Prime Ministers agreed that the 50th meeting would be held in Laos "
                    "in early 2028"
                ],
                "event": VL_IGC50_EVENT,
            },
        ],
        "milestones": [
            {
                "name": "Agreement on Bilateral Cooperation for 2027 between the Government of "
                "the Socialist Republic of Viet Nam and the Government of the Lao People's "
                "Democratic Republic",
                "kind": "agreement",
                "year": 2027,
                "date": "2027-01-13",
                "countries": VL,
                "evidence": [
                    "the two Prime Ministers witnessed the signing of the Agreement on Bilateral "
                    "Cooperation for 2027 between the Government of the Socialist Republic of "
                    "Viet Nam and the Government of the Lao People's Democratic Republic"
                ],
            },
            {
                "name": "Viet Nam-Laos Cooperation Strategy for the 2021-2030 period",
                "kind": "agreement",
                "year": 2021,
                "date": "2021-01",
                "countries": VL,
                "evidence": [
                    "the Viet Nam-Laos Cooperation Strategy for the 2021-2030 period, signed in "
                    "January 2021"
                ],
            },
            {
                "name": "diplomatic relations established",
                "kind": "other",
                "year": 1962,
                "date": "1962-09-05",
                "countries": VL,
                "evidence": [
                    "the 65th anniversary of the establishment of diplomatic relations between "
                    "Viet Nam and Laos (September 5, 1962)"
                ],
            },
            {
                "name": "Treaty of Amity and Cooperation",
                "kind": "agreement",
                "year": 1977,
                "date": "1977-07-18",
                "countries": VL,
                "evidence": [
                    "the 50th anniversary of the signing of the Treaty of Amity and Cooperation "
                    "(July 18, 1977)"
                ],
            },
        ],
        "excluded": [
            "'Deputy Prime Minister Ho Van Phuc welcomed the Lao delegation at Noi Bai "
            "International Airport': an airport reception",
            "'the meeting of the leaders of the three Parties of Viet Nam, Laos and Cambodia "
            "held in Vientiane last November': trilateral",
            "'agreed to coordinate closely at the ASEAN Summit in Singapore': multilateral (and "
            "planned)",
            "'eight other cooperation documents': not named",
            "'the cooperation agreement for 2026': its implementation reviewed; no signing "
            "stated or dated",
            "'agreed to draft a new strategy for the period to 2040': a plan",
            "'the great friendship, special solidarity and comprehensive cooperation': the "
            "standing description of the relationship, no level raised and no year",
            "'more than 16,000 Lao students currently studying in Viet Nam': a figure",
            "'is paying an official visit to Viet Nam from January 12 to 14': the visit that "
            "covers the meetings labelled",
            "the headline: the same committee meeting",
        ],
        "notes": (
            "Traits: Vietnam Government Portal release; header 'Government News | Wednesday, "
            "January 13, 2027 18:05 (GMT+7)' (January 13, 2027 is a Wednesday). VIETNAMESE NAMES "
            "family name first, kept as written (Tran Quoc Hung, Nguyen Duc Long, Dang Hoang "
            "Nam); the release later writes 'PM Tran Quoc Hung', 'PM Bounmy' (Lao usage: the "
            "given name) and 'General Secretary Long' (Vietnamese usage: the given name) for "
            "the same persons. 'Viet Nam' -> Vietnam, 'Ha Noi' -> Hanoi. Two formats held by the "
            "same people on the same day: the PMs' talks and the 49th Intergovernmental "
            "Committee (two meetings). JUDGEMENT: 'Intergovernmental Committee on Bilateral "
            "Cooperation' is the vocabulary's 'Intergovernmental Commission' -> Joint "
            "Commission, ordinal 49; the two FMs who 'also attended' are participants (4); the "
            "'ministers and heads of sectors' are not named. meetings[2]: 'paid a courtesy call "
            "on General Secretary ...' -> courtesy call; location None: the visit is only 'to "
            "Viet Nam' and no venue is given (likely Hanoi). meetings[3]: background 48th "
            "meeting (Vientiane, January 2026). Planned: the 50th meeting 'in Laos in early "
            "2028' (a country: location None; t704: Vientiane 'next year'). Milestones: the "
            "2027 cooperation agreement (own news, signed after the meeting), the 2021-2030 "
            "strategy (January 2021), relations (5 September 1962) and the Treaty of Amity and "
            "Cooperation (18 July 1977), both real dates."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "t704_vietnam_laos_committee_vientiane_times",
        "source_path": "gold/test/articles/t704_vietnam_laos_committee_vientiane_times.txt",
        "dateline": "Thu 14 Jan 2027",
        "meetings": [
            {
                "date": "2027-01-13",
                "date_partial": "--01-13",
                "date_text": "yesterday",
                "location": "Hanoi",
                "countries": VL,
                "mechanism": "Joint Commission",
                "mechanism_text": "49th meeting of the Laos-Vietnam Intergovernmental Committee",
                "ordinal": 49,
                "participants": [BOUNMY, TRAN],
                "topics": [
                    "vientiane-hanoi expressway",
                    "transmission lines carrying lao electricity to vietnam",
                ],
                "evidence": [
                    "Prime Minister Mr Bounmy Phommachanh and his Vietnamese counterpart Mr Tran "
                    "Quoc Hung have agreed to speed up construction of the Vientiane-Hanoi "
                    "expressway and of new transmission lines carrying Lao electricity to Vietnam",
                    "The agreement was reached at the 49th meeting of the Laos-Vietnam "
                    "Intergovernmental Committee, which the two prime ministers co-chaired in "
                    "Hanoi yesterday",
                ],
                "event": VL_IGC_EVENT,
            },
            {
                "date": "2027-01-13",
                "date_partial": "--01-13",
                "date_text": "Ahead of the meeting",
                "location": None,
                "countries": VL,
                "mechanism": "bilateral meeting",
                "participants": [BOUNMY, TRAN],
                "topics": [
                    "projects funded by vietnam in laos",
                    "new national assembly building",
                    "laos-vietnam friendship park",
                ],
                "evidence": [
                    "Ahead of the meeting, the two leaders held bilateral talks at which they "
                    "reviewed the progress of projects funded by Vietnam in Laos"
                ],
                "event": VL_TALKS_EVENT,
            },
            {
                "date": "2027-01",
                "date_text": "from January 12-14",
                "location": None,
                "countries": VL,
                "mechanism": "courtesy call",
                "mechanism_text": "courtesy call",
                "participants": [
                    BOUNMY,
                    (
                        "Nguyen Duc Long",
                        "General Secretary of the Communist Party of Vietnam Central Committee",
                        "Vietnam",
                    ),
                ],
                "evidence": [
                    "Mr Bounmy, who is on an official visit to Vietnam from January 12-14, also "
                    "paid a courtesy call on the General Secretary of the Communist Party of "
                    "Vietnam Central Committee, Mr Nguyen Duc Long"
                ],
                "event": VL_CALL_EVENT,
            },
            {
                "date": "2026-01",
                "date_text": "in January last year",
                "location": "Vientiane",
                "countries": VL,
                "mechanism": "Joint Commission",
                "mechanism_text": "48th meeting",
                "ordinal": 48,
                "participants": [],
                "evidence": ["The 48th meeting was held in Vientiane in January last year"],
                "event": VL_IGC48_EVENT,
            },
        ],
        "planned_meetings": [
            {
                "date": "2028",
                "date_text": "next year",
                "location": "Vientiane",
                "countries": VL,
                "mechanism": "Joint Commission",
                "mechanism_text": "50th meeting",
                "ordinal": 50,
                "participants": [],
                "evidence": ["the 50th meeting will take place in Vientiane next year"],
                "event": VL_IGC50_EVENT,
            },
        ],
        "milestones": [
            {
                "name": "cooperation agreement for 2027",
                "kind": "agreement",
                "year": 2027,
                "date": "2027-01-13",
                "countries": VL,
                "evidence": [
                    "At the end of the meeting, the two sides signed a cooperation agreement for "
                    "2027"
                ],
            },
            {
                "name": "diplomatic relations established",
                "kind": "other",
                "year": 1962,
                "date": "1962",
                "countries": VL,
                "evidence": ["the 65th anniversary of diplomatic relations, established in 1962"],
            },
            {
                "name": "Treaty of Amity and Cooperation",
                "kind": "agreement",
                "year": 1977,
                "date": "1977",
                "countries": VL,
                "evidence": [
                    "the 50th anniversary of the Treaty of Amity and Cooperation, signed in 1977"
                ],
            },
        ],
        "excluded": [
            "'The two governments have named 2027 the Laos-Vietnam Year of Solidarity and "
            "Friendship': a commemorative designation, not a partnership level, agreement or "
            "format",
            "'Vietnam will provide scholarships for 1,200 Lao students and grant aid': terms of "
            "the agreement, not separate milestones",
            "the headline: the same agreement",
        ],
        "notes": (
            "Traits: Vientiane Times-style date line 'Thu 14 Jan 2027' (14 January 2027 is a "
            "Thursday); 'yesterday' = 2027-01-13, the same day as t703 (event keys). Short "
            "article (~240 words). SPLIT: the lead names the two prime ministers and the "
            "topics; the format, the city and the date are in the NEXT sentence (two quotes). "
            "Honorific 'Mr' stripped (Bounmy Phommachanh, Tran Quoc Hung, Nguyen Duc Long; "
            "Vietnamese names family name first as written; 'Mr Bounmy' = the given name, Lao "
            "usage). JUDGEMENT: 'Intergovernmental Committee' -> Joint Commission, ordinal 49 "
            "(as t703). meetings[1]: the bilateral talks 'Ahead of the meeting' (same day); "
            "location None: the text places the committee, not the talks, in Hanoi (t703: Ha "
            "Noi). meetings[2]: the courtesy call is dated only by the visit span 'from January "
            "12-14' -> month 2027-01 (t703 gives 2027-01-13; same event key); location None "
            "('visit to Vietnam'). meetings[3]: background 48th meeting 'in January last year' "
            "= 2026-01 (Vientiane). Planned: 50th meeting in Vientiane 'next year' = 2028 (t703 "
            "'in Laos in early 2028'; event key). The cooperation agreement for 2027 is own "
            "news; relations 1962 and the treaty 1977 are years only here (t703 has the days)."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "t705_ireland_netherlands_taoiseach_hague",
        "source_path": "gold/test/articles/t705_ireland_netherlands_taoiseach_hague.txt",
        "dateline": "10/27/2026 6:42 PM ET",
        "meetings": [
            {
                "date": "2026-10-27",
                "date_partial": "--10-27",
                "date_text": "on Tuesday",
                "location": "The Hague",
                "countries": IN,
                "mechanism": "bilateral meeting",
                "participants": [MULCAHY, VAN_DER_LINDEN, BRENNAN, DE_VRIES],
                "topics": [
                    "subsea electricity interconnector",
                    "next eu budget",
                    "offshore renewable energy",
                ],
                "evidence": [
                    "Taoiseach Declan Mulcahy and Dutch Prime Minister Pieter van der Linden "
                    "agreed on Tuesday to commission a joint feasibility study on a subsea "
                    "electricity interconnector between Ireland and the Netherlands",
                    "The two leaders held talks at the Catshuis, the Dutch prime minister's "
                    "official residence in The Hague",
                    "The meeting was also attended by Tánaiste and Minister for Foreign Affairs "
                    "Aoife Brennan and her Dutch counterpart, Sanne de Vries",
                ],
            },
            {
                "date": "2026-06",
                "date_text": "in June",
                "location": "Brussels",
                "countries": IN,
                "mechanism": "bilateral meeting",
                "participants": [MULCAHY, VAN_DER_LINDEN],
                "topics": ["eu's long-term budget", "trade talks with the united states"],
                "evidence": [
                    "The two leaders last met in June on the margins of the European Council in "
                    "Brussels"
                ],
            },
            {
                "date": "2025-02",
                "date_text": "in February 2025",
                "location": "Dublin",
                "countries": IN,
                "mechanism": "Strategic Dialogue",
                "mechanism_text": "first round of the Ireland-Netherlands Strategic Dialogue",
                "ordinal": 1,
                "participants": [BRENNAN, DE_VRIES],
                "evidence": [
                    "The first round of the Ireland-Netherlands Strategic Dialogue, which Brennan "
                    "and De Vries launched as an annual format, was held in Dublin in February 2025"
                ],
            },
        ],
        "planned_meetings": [
            {
                "date": "2026-11-12",
                "date_partial": "--11-12",
                "date_text": "on November 12",
                "location": "The Hague",
                "countries": IN,
                "mechanism": "Strategic Dialogue",
                "mechanism_text": "second round of the dialogue",
                "ordinal": 2,
                "participants": [BRENNAN, DE_VRIES],
                "topics": ["research security", "pharmaceutical industries"],
                "evidence": [
                    "Brennan will return to The Hague on November 12 for the second round of the "
                    "dialogue"
                ],
            },
        ],
        "milestones": [
            {
                "name": "memorandum of understanding on offshore renewable energy cooperation",
                "kind": "agreement",
                "year": 2026,
                "date": "2026-10-27",
                "countries": IN,
                "evidence": [
                    "Energy officials from the two countries also signed a memorandum of "
                    "understanding on offshore renewable energy cooperation"
                ],
            },
            {
                "name": "Ireland-Netherlands Strategic Dialogue established",
                "kind": "mechanism_established",
                "year": 2025,
                "date": "2025-02",
                "countries": IN,
                "evidence": [
                    "The first round of the Ireland-Netherlands Strategic Dialogue, which Brennan "
                    "and De Vries launched as an annual format, was held in Dublin in February 2025"
                ],
            },
        ],
        "excluded": [
            "'Mulcahy told reporters outside the Catshuis': press remarks after the same talks",
            "'the Celtic Interconnector between Ireland and France': another pair, and a project",
            "'Mulcahy had breakfast with executives of Dutch companies': business people, not "
            "officials",
            "'Mulcahy and Van der Linden last spoke by phone in August': a phone call",
            "'the Dutch leader said he would come \"when diaries allow\"': vague, not a planned "
            "meeting",
            "'Both leaders will be in Brussels on Thursday for a European Council summit': "
            "multilateral (and planned)",
            '\'the informal "New Hanseatic League" of fiscally cautious northern EU states, '
            "formed in 2018': a multilateral grouping, not a bilateral milestone",
            "'About 200 Dutch companies employ more than 15,000 people in Ireland': a figure",
        ],
        "notes": (
            "Traits: US-based Irish outlet with a US-style stamp '10/27/2026 6:42 PM ET' "
            "(MM/DD/YYYY; 27 October 2026 is a Tuesday): 'on Tuesday' = the same day. SPLIT: "
            "the lead gives the leaders and the date; the city (the Catshuis in The Hague) is in "
            "the next sentence and the two foreign ministers who 'also attended' in the one "
            "after (three quotes, four participants). 'her Dutch counterpart' gives De Vries the "
            "title Minister for Foreign Affairs. Dutch surname particles: 'Van der Linden' and "
            "'De Vries' (capitalised without the given name) are Pieter van der Linden and Sanne "
            "de Vries. meetings[1]: background bilateral 'on the margins of the European "
            "Council' in June (= 2026-06; a sideline bilateral is a meeting, the Council is "
            "not). meetings[2]: background first round of the Strategic Dialogue (Strategic "
            "Dialogue, ordinal 1), Dublin, February 2025; its launch 'as an annual format' is "
            "stated -> mechanism_established (not optional). Planned: the 'second round of the "
            "dialogue' in The Hague on November 12 (2026-11-12, ordinal 2); JUDGEMENT: De Vries "
            "is implied as a participant (the dialogue is hers and Brennan's). The MoU signed "
            "by energy officials is own news (2026-10-27)."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "t706_rwanda_uganda_jpc_xinhua",
        "source_path": "gold/test/articles/t706_rwanda_uganda_jpc_xinhua.txt",
        "dateline": "KAMPALA, June 23, 2026 (Xinhua)",
        "meetings": [
            {
                "date": "2026-06-23",
                "date_partial": "--06-23",
                "date_text": "on Tuesday",
                "location": "Kampala",
                "countries": RU,
                "mechanism": "Joint Commission",
                "mechanism_text": "13th session of their Joint Permanent Commission (JPC)",
                "ordinal": 13,
                "participants": [HABIMANA, OKELLO],
                "topics": [
                    "bilateral air services agreement",
                    "one-stop border post at kagitumba-mirama hills",
                    "double taxation avoidance agreement",
                    "working hours of customs and immigration officers",
                ],
                "evidence": [
                    "Rwanda and Uganda on Tuesday concluded the 13th session of their Joint "
                    "Permanent Commission (JPC) here",
                    "The ministerial segment of the two-day session, which opened on Monday with "
                    "a meeting of senior officials, was co-chaired on Tuesday by Rwanda's "
                    "Minister of Foreign Affairs and International Cooperation Amb. Jean-Paul "
                    "Habimana and Uganda's Minister of Foreign Affairs Gen. (Rtd) Samuel Okello "
                    "Odongo",
                ],
            },
            {
                "date": "2026-06-22",
                "date_partial": "--06-22",
                "date_text": "on Monday",
                "location": "Kampala",
                "countries": RU,
                "mechanism": "bilateral meeting",
                "participants": [],
                "optional": True,
                "evidence": ["which opened on Monday with a meeting of senior officials"],
            },
            {
                "date": "2026-06-23",
                "date_partial": "--06-23",
                "date_text": "Later on Tuesday",
                "location": "Entebbe",
                "countries": RU,
                "mechanism": "courtesy call",
                "participants": [HABIMANA, ("Joseph Kabuye", "President", "Uganda")],
                "evidence": [
                    "Later on Tuesday, Habimana called on Ugandan President Joseph Kabuye at "
                    "State House Entebbe"
                ],
            },
            {
                "date": "2024-03",
                "date_text": "in March 2024",
                "location": "Kigali",
                "countries": RU,
                "mechanism": "Joint Commission",
                "mechanism_text": "12th session of the JPC",
                "ordinal": 12,
                "participants": [],
                "evidence": ["The 12th session of the JPC was held in Kigali in March 2024"],
            },
        ],
        "planned_meetings": [
            {
                "date": "2027",
                "date_text": "in 2027",
                "location": "Kigali",
                "countries": RU,
                "mechanism": "Joint Commission",
                "mechanism_text": "14th session",
                "ordinal": 14,
                "participants": [],
                "evidence": ["The 14th session will be held in Kigali in 2027"],
            },
            {
                "date": "2026-08",
                "date_text": "in August",
                "location": "Kigali",
                "countries": RU,
                "mechanism": "bilateral meeting",
                "participants": [("Edith Nakato", "Minister of Works and Transport", "Uganda")],
                "topics": ["proposed standard gauge railway"],
                "evidence": [
                    "Uganda's Minister of Works and Transport Edith Nakato will travel to Kigali "
                    "in August for talks with her Rwandan counterpart on the proposed standard "
                    "gauge railway linking the two capitals"
                ],
            },
        ],
        "milestones": [
            {
                "name": "Bilateral Air Services Agreement (BASA)",
                "kind": "agreement",
                "year": 2026,
                "date": "2026-06-23",
                "countries": RU,
                "evidence": [
                    "signing a new Bilateral Air Services Agreement (BASA)",
                    "The BASA, signed by the two ministers at the close of the session",
                ],
            },
            {
                "name": "joint communique",
                "kind": "agreement",
                "year": 2026,
                "date": "2026-06-23",
                "countries": RU,
                "optional": True,
                "evidence": ["a joint communique issued at the end of the session"],
            },
            {
                "name": "Luanda Memorandum of Understanding",
                "kind": "agreement",
                "year": 2019,
                "date": "2019-08",
                "countries": RU,
                "evidence": [
                    "In August 2019, Rwanda and Uganda signed the Luanda Memorandum of "
                    "Understanding"
                ],
            },
            {
                "name": "Gatuna/Katuna border crossing reopened",
                "kind": "other",
                "year": 2022,
                "date": "2022-01-31",
                "countries": RU,
                "optional": True,
                "evidence": ["until the crossing reopened on January 31, 2022"],
            },
        ],
        "excluded": [
            "Uganda's Ministry of Foreign Affairs spokesperson Margaret Achieng 'told Xinhua': "
            "relays the session, not a participant",
            "'agreed to conclude negotiations on a Double Taxation Avoidance Agreement (DTAA) by "
            "the end of the year': a plan, not a signed agreement",
            "'agreeing to fast-track a one-stop border post' and harmonised working hours: plans",
            "'a summit of the two presidents would be held \"at a date to be agreed through "
            "diplomatic channels\"': vague, not a planned meeting",
            "'a quadripartite summit hosted by Angola and attended by the Democratic Republic "
            "of the Congo': multilateral (the MoU signed there is labelled)",
            "'Both presidents are expected at the summit of the East African Community in "
            "Arusha in November': multilateral (and planned)",
            "'he delivered a message from Rwandan President Eric Mugenzi': mentioned, not a "
            "participant",
            "'when Rwanda closed the Gatuna/Katuna border post' (early 2019): a rupture, not a "
            "milestone of the partnership",
            "'Trade between the two countries rose to 312 million U.S. dollars last year': a "
            "figure",
        ],
        "notes": (
            "Traits: Xinhua dateline WITH a year 'KAMPALA, June 23, 2026 (Xinhua) --' (a "
            "Tuesday); 'here' = Kampala; 'on Tuesday' = 2026-06-23. JUDGEMENT: 'Joint Permanent "
            "Commission (JPC)' is a joint commission -> Joint Commission, ordinal 13; the "
            "co-chairs are named only in the next sentence (two quotes). HONORIFICS stripped: "
            "'Amb.' (Jean-Paul Habimana), 'Gen. (Rtd)' (Samuel Okello Odongo). JUDGEMENT: the "
            "'meeting of senior officials' that opened the two-day session 'on Monday' "
            "(2026-06-22) is a separate stage on another day with other people -> an optional "
            "meeting of its own (nobody named; a descriptive phrase, no mechanism_text). "
            "meetings[2]: 'called on Ugandan President' -> "
            "courtesy call (only a verb: no mechanism_text) at State House ENTEBBE, not the "
            "dateline city. meetings[3]: background 12th session (Kigali, March 2024, ordinal "
            "12). Planned: 14th session in Kigali in 2027 (ordinal 14); Nakato's talks in "
            "Kigali in August (2026-08) with an unnamed counterpart (one participant). ACRONYM: "
            "the BASA is spelled out in the lead, then 'The BASA, signed by the two ministers' "
            "-> 'Bilateral Air Services Agreement (BASA)', own news 2026-06-23. The unnamed "
            "joint communique is optional (as t606's joint statement). The Luanda MoU was "
            "signed by the two countries at a quadripartite summit: the MoU is a bilateral "
            "milestone, the summit is multilateral. JUDGEMENT: the reopening of the "
            "Gatuna/Katuna crossing after the 2019-2022 rupture is a normalisation landmark of "
            "a kind the conventions do not list -> optional 'other'. Real: the Luanda MoU was "
            "signed on 21 August 2019; the Gatuna/Katuna border reopened on 31 January 2022."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "t707_hungary_serbia_strategic_council",
        "source_path": "gold/test/articles/t707_hungary_serbia_strategic_council.txt",
        "dateline": "12.10.2026. | 21:14",
        "meetings": [
            {
                "date": "2026-10-12",
                "date_partial": "--10-12",
                "date_text": "on Monday",
                "location": "Belgrade",
                "countries": HS,
                "mechanism": "bilateral meeting",
                "mechanism_text": "ninth session of the Serbian-Hungarian High-Level Strategic "
                "Cooperation Council",
                "ordinal": 9,
                "participants": [
                    STANKOVIC,
                    HALMOS,
                    JOVANOVIC,
                    DJORDJEVIC,
                    PETROVIC,
                    SZALAI,
                    KEREKES,
                ],
                "topics": [
                    "comprehensive strategic partnership",
                    "crude oil pipeline from algyő to novi sad",
                    "eu accession",
                    "migration",
                    "hungarian community in vojvodina",
                ],
                "evidence": [
                    "Serbia and Hungary on Monday raised their relations to a comprehensive "
                    "strategic partnership and signed an intergovernmental agreement on the "
                    "construction of a crude oil pipeline from Algyő to Novi Sad, at the ninth "
                    "session of the Serbian-Hungarian High-Level Strategic Cooperation Council",
                    "The session was held at the Palace of Serbia in Belgrade and co-chaired by "
                    "Serbian President Nenad Stanković and Hungarian Prime Minister Gábor Halmos",
                    "Ministers from both governments also took part",
                    "Serbia was represented by Prime Minister Milica Jovanović, Foreign Minister "
                    "Marko Đorđević and Minister of Mining and Energy Jelena Petrović, and Hungary "
                    "by Minister of Foreign Affairs and Trade Gergely Szalai and Minister of "
                    "Energy Dóra Kerekes",
                ],
            },
            {
                "date": "2026-10-12",
                "date_partial": "--10-12",
                "date_text": "Before the council session",
                "location": "Belgrade",
                "countries": HS,
                "mechanism": "bilateral meeting",
                "participants": [HALMOS, JOVANOVIC],
                "topics": [
                    "freight traffic on the modernised budapest-belgrade railway",
                    "accession chapters",
                    "joint border inspection point at kelebija-subotica",
                ],
                "evidence": [
                    "Before the council session, Halmos held separate talks with Prime Minister "
                    "Jovanović at the Palace of Serbia, focusing on freight traffic on the "
                    "modernised Budapest-Belgrade railway and on the accession chapters that "
                    "Serbia hopes to open before the end of the year"
                ],
            },
            {
                "date": "2025-06",
                "date_text": "in June 2025",
                "location": "Szeged",
                "countries": HS,
                "mechanism": "bilateral meeting",
                "mechanism_text": "eighth session",
                "ordinal": 8,
                "participants": [],
                "evidence": ["The eighth session took place in Szeged in June 2025"],
            },
            {
                "date": "2026-06",
                "date_text": "in June",
                "location": "Budapest",
                "countries": HS,
                "mechanism": "bilateral meeting",
                "participants": [HALMOS, STANKOVIC],
                "evidence": [
                    "Halmos and Stanković last met in Budapest in June, when Stanković became the "
                    "first foreign head of state to visit Halmos after his swearing-in"
                ],
            },
        ],
        "planned_meetings": [
            {
                "date": "2026-11-05",
                "date_partial": "--11-05",
                "date_text": "on November 5",
                "location": "Budapest",
                "countries": HS,
                "mechanism": "bilateral meeting",
                "participants": [JOVANOVIC, HALMOS],
                "topics": ["pipeline's financing"],
                "evidence": [
                    "Jovanović will travel to Budapest on November 5 for talks with Halmos on the "
                    "pipeline's financing"
                ],
            },
            {
                "date": "2027",
                "date_text": "next year",
                "location": None,
                "countries": HS,
                "mechanism": "bilateral meeting",
                "mechanism_text": "tenth session",
                "ordinal": 10,
                "participants": [],
                "evidence": ["The tenth session will be held in Hungary next year"],
            },
        ],
        "milestones": [
            {
                "name": "Comprehensive Strategic Partnership",
                "kind": "partnership_upgrade",
                "year": 2026,
                "date": "2026-10-12",
                "countries": HS,
                "evidence": [
                    "Serbia and Hungary on Monday raised their relations to a comprehensive "
                    "strategic partnership"
                ],
            },
            {
                "name": "Joint Statement on the Comprehensive Strategic Partnership between the "
                "Republic of Serbia and Hungary",
                "kind": "agreement",
                "year": 2026,
                "date": "2026-10-12",
                "countries": HS,
                "evidence": [
                    "The two leaders also signed the Joint Statement on the Comprehensive "
                    "Strategic Partnership between the Republic of Serbia and Hungary"
                ],
            },
            {
                "name": "intergovernmental agreement on the construction of a crude oil pipeline "
                "from Algyő to Novi Sad",
                "kind": "agreement",
                "year": 2026,
                "date": "2026-10-12",
                "countries": HS,
                "evidence": [
                    "signed an intergovernmental agreement on the construction of a crude oil "
                    "pipeline from Algyő to Novi Sad"
                ],
            },
            {
                "name": "memorandum of understanding on cooperation in higher education",
                "kind": "agreement",
                "year": 2026,
                "date": "2026-10-12",
                "countries": HS,
                "evidence": [
                    "the two governments signed a memorandum of understanding on cooperation in "
                    "higher education"
                ],
            },
            {
                "name": "agreement on joint police patrols on the border",
                "kind": "agreement",
                "year": 2026,
                "date": "2026-10-12",
                "countries": HS,
                "evidence": ["an agreement on joint police patrols on the border"],
            },
            {
                "name": "High-Level Strategic Cooperation Council established",
                "kind": "mechanism_established",
                "year": 2014,
                "date": "2014",
                "countries": HS,
                "evidence": ["The council was set up in 2014"],
            },
            {
                "name": "Strategic Partnership",
                "kind": "partnership_upgrade",
                "year": 2013,
                "date": "2013",
                "countries": HS,
                "evidence": ["Belgrade and Budapest signed a strategic partnership in 2013"],
            },
            {
                "name": "Enhanced Strategic Partnership",
                "kind": "partnership_upgrade",
                "year": 2021,
                "date": "2021",
                "countries": HS,
                "evidence": ["raised it to an enhanced strategic partnership in 2021"],
            },
        ],
        "excluded": [
            "'Stanković told a joint press conference after the session': press conference of "
            "the same session",
            "'Halmos, who arrived in Belgrade on Monday morning': an arrival",
            "'They held a video call in August': a video call",
            "'the leaders of the three countries last met in Vienna in July' (Serbia, Hungary, "
            "Austria): trilateral; the trilateral patrol arrangement likewise",
            "'agreed to coordinate ahead of the EU-Western Balkans summit in Tirana in "
            "December': multilateral (and planned)",
            "'On Tuesday, Halmos will travel to Subotica to open a Hungarian-funded kindergarten "
            "and meet representatives of the Hungarian community': not officials of the other "
            "country",
            "'Halmos also met executives of NIS and of Hungary's MOL': business executives",
            "'agreed to set up a joint border inspection point there by the spring': a plan",
            "'The railway ... opened to passenger traffic along its whole length last year': "
            "infrastructure, not a milestone of the relationship",
            "'patrols that have operated since 2015 on the Hungarian side of the fence': a "
            "domestic measure, not a bilateral milestone",
            "'the year their presidents jointly commemorated the civilian victims': a gesture, "
            "not a named milestone (the presidents are not named)",
            "the JANAF, Druzhba and Adria pipelines, U.S. sanctions on NIS: context, other pairs",
            "the signature block '\"For Hungary: HALMOS Gábor, Prime Minister\"': the same person "
            "and the same joint statement",
            "opposition deputy Ivana Ristić, a Western diplomat: quoted, not meetings",
            "'Trade between Serbia and Hungary reached a record 4.2 billion euros last year': a "
            "figure",
            "the headline and standfirst: the same session, upgrade and separate talks",
        ],
        "notes": (
            "Traits: LONG article (~1,240 words) with cross-heads; Serbian-style date line "
            "'12.10.2026. | 21:14' (DD.MM.YYYY. with the trailing dot; 12 October 2026 is a "
            "Monday): 'on Monday' = 2026-10-12. NAMED FORMAT OUTSIDE THE VOCABULARY: the ninth "
            "session of the High-Level Strategic Cooperation Council -> bilateral meeting with "
            "its name in mechanism_text, ordinal 9. SPLIT: the lead gives date and format; the "
            "city and the co-chairs are in the next sentence, the five ministers who 'also took "
            "part' in the two after (four quotes, seven participants). HUNGARIAN NAME ORDER: the "
            "signature block writes 'HALMOS Gábor' (family name first, in capitals); JUDGEMENT: "
            "the conventions list only Japanese (reordered) and Chinese/Korean/Vietnamese (kept) "
            "names; a Hungarian name is given here in the Western order the rest of the article "
            "uses ('Gábor Halmos'), like a Japanese name, one canonical name per person. "
            "meetings[1]: the PMs' 'separate talks' before the council session are separate "
            "one-on-one talks on the side of a format -> their own meeting (Palace of Serbia in "
            "Belgrade). meetings[2]: background eighth session (Szeged, June 2025, ordinal 8; "
            "its co-chairs are not named). meetings[3]: leaders' meeting in Budapest 'in June' "
            "(= 2026-06, after Halmos took office in May). Planned: Jovanović's talks with "
            "Halmos in Budapest on November 5 (2026-11-05); the tenth session 'in Hungary next "
            "year' (2027, a country: location None, ordinal 10). UPGRADE HISTORY: Strategic "
            "Partnership 2013 -> Enhanced Strategic Partnership 2021 -> Comprehensive Strategic "
            "Partnership (own news, 2026-10-12), each its own milestone; 'The council was set up "
            "in 2014' -> mechanism_established. Own-news documents: the joint statement (named), "
            "the pipeline agreement (signed by Petrović and Kerekes), the higher-education MoU "
            "and the border patrols agreement. The partnership history is fictional but "
            "plausible; the Algyő-Novi Sad pipeline is a real project."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "t708_algeria_tunisia_grand_joint_commission",
        "source_path": "gold/test/articles/t708_algeria_tunisia_grand_joint_commission.txt",
        "dateline": None,
        "meetings": [
            {
                "date": None,
                "date_text": "on Sunday",
                "location": "Algiers",
                "countries": AT,
                "mechanism": "Joint Commission",
                "mechanism_text": "23rd session of the Algerian-Tunisian Grand Joint Commission",
                "ordinal": 23,
                "participants": [BENSLIMANE, BEN_ROMDHANE],
                "topics": [
                    "energy",
                    "trade",
                    "border development",
                    "new border crossing between el ma el abiod and bouchebka",
                    "algerian tourists",
                ],
                "evidence": [
                    "Algeria and Tunisia signed 14 agreements and memorandums on energy, trade "
                    "and border development on Sunday at the close of the 23rd session of the "
                    "Algerian-Tunisian Grand Joint Commission",
                    "The session, held at the Abdelatif Rahal International Conference Centre in "
                    "Algiers, was co-chaired by Algerian Prime Minister Karim Benslimane and his "
                    "Tunisian counterpart, Mr. Hédi Ben Romdhane",
                ],
            },
            {
                "date": None,
                "date_text": None,
                "location": "Algiers",
                "countries": AT,
                "mechanism": "bilateral meeting",
                "participants": [
                    BEN_ROMDHANE,
                    ("Abdelkader Mebarki", "President", "Algeria"),
                    ("Ahmed Zerrouki", "Minister of Foreign Affairs", "Algeria"),
                ],
                "evidence": [
                    "Mr. Ben Romdhane, who arrived in Algiers on Saturday at the head of a "
                    "delegation of 11 ministers, was also received by President Abdelkader "
                    "Mebarki at El Mouradia Palace, in the presence of the Algerian Minister of "
                    "Foreign Affairs, Ahmed Zerrouki"
                ],
            },
            {
                "date": "2024-10",
                "date_text": "in October 2024",
                "location": "Tunis",
                "countries": AT,
                "mechanism": "Joint Commission",
                "mechanism_text": "22nd session of the commission",
                "ordinal": 22,
                "participants": [],
                "evidence": [
                    "The 22nd session of the commission was held in Tunis in October 2024"
                ],
            },
            {
                "date": None,
                "date_text": "last month",
                "location": "Addis Ababa",
                "countries": AT,
                "mechanism": "bilateral meeting",
                "participants": [BENSLIMANE, BEN_ROMDHANE],
                "topics": ["preparations for the commission"],
                "evidence": [
                    "The two prime ministers had met last month on the sidelines of the African "
                    "Union summit in Addis Ababa"
                ],
            },
        ],
        "planned_meetings": [
            {
                "date": None,
                "date_text": "next year",
                "location": None,
                "countries": AT,
                "mechanism": "Joint Commission",
                "mechanism_text": "24th session",
                "ordinal": 24,
                "participants": [],
                "evidence": ["The 24th session will be held in Tunisia next year"],
            },
        ],
        "milestones": [
            {
                "name": "agreement on the supply of Algerian electricity and natural gas to "
                "Tunisia for the next ten years",
                "kind": "agreement",
                "year": None,
                "date": None,
                "countries": AT,
                "evidence": [
                    "an agreement on the supply of Algerian electricity and natural gas to "
                    "Tunisia for the next ten years"
                ],
            },
            {
                "name": "memorandum of understanding on the joint development of the border "
                "regions",
                "kind": "agreement",
                "year": None,
                "date": None,
                "countries": AT,
                "evidence": [
                    "a memorandum of understanding on the joint development of the border regions"
                ],
            },
            {
                "name": "Treaty of Fraternity and Concord",
                "kind": "agreement",
                "year": 1983,
                "date": "1983",
                "countries": AT,
                "evidence": ["the Treaty of Fraternity and Concord, signed in 1983"],
            },
            {
                "name": "Treaty on the Delimitation of the Border",
                "kind": "agreement",
                "year": 1970,
                "date": "1970-01-06",
                "countries": AT,
                "evidence": [
                    "the Treaty on the Delimitation of the Border, signed in Tunis on January 6, "
                    "1970"
                ],
            },
        ],
        "excluded": [
            "Tunisian government spokesperson Amel Jaziri 'told reporters': relays the session, "
            "not a participant",
            "'agreed to open a new border crossing between El Ma El Abiod and Bouchebka': a plan",
            "'14 agreements and memorandums': only the two named documents are labelled",
            "'a three-way consultative meeting of their leaders, first held in Tunis in April "
            "2024' and its next meeting in Tripoli: trilateral (with Libya)",
            "the African Union summit in Addis Ababa: multilateral (the bilateral on its "
            "sidelines is labelled)",
            "'who arrived in Algiers on Saturday': an arrival",
            "'Algerian gas bound for Italy crosses Tunisian territory through the Transmed "
            "pipeline': infrastructure, another pair",
            "'Algeria is Tunisia's largest trading partner in Africa': a figure",
        ],
        "notes": (
            "Traits: dateline 'ALGIERS —' with NO date anywhere in the article (dateline None): "
            "no weekday, month-day or year of the story can be known, so 'on Sunday', 'last "
            "month' and 'next year' stay date None without date_partial, and the own-news "
            "agreements keep year None. The 23rd Grand Joint Commission -> Joint Commission, "
            "ordinal 23; the co-chairs are in the next sentence (two quotes). Honorific 'Mr.' "
            "stripped (Hédi Ben Romdhane). JUDGEMENT: 'was also received by President "
            "Abdelkader Mebarki ... in the presence of the Algerian Minister of Foreign Affairs' "
            "is a meeting; the text writes neither 'courtesy call' nor 'called on' -> bilateral "
            "meeting, with the minister present as a participant (as the conventions' "
            "courtesy-call rule for named people present); its day is not stated (date_text "
            "None; within the Algiers visit). meetings[2]: background 22nd session (Tunis, "
            "October 2024, ordinal 22: a stated year). meetings[3]: bilateral 'on the sidelines "
            "of' the AU summit 'last month' (year unknown: date None). Planned: the 24th "
            "session 'in Tunisia next year' (date None, location None). Real: the "
            "Algeria-Tunisia Treaty of Fraternity and Concord was signed on 19 March 1983, the "
            "border treaty in Tunis on 6 January 1970; the first Algeria-Tunisia-Libya "
            "consultative meeting was held in Tunis on 22 April 2024."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "t709_india_bhutan_eam_thimphu",
        "source_path": "gold/test/articles/t709_india_bhutan_eam_thimphu.txt",
        "dateline": "Reported from Thimphu, 4 September 2026",
        "meetings": [
            {
                "date": "2026-09-03",
                "date_partial": "--09-03",
                "date_text": "yesterday",
                "location": "Thimphu",
                "countries": IB,
                "mechanism": "bilateral meeting",
                "participants": [RAGHAVAN, WANGMO],
                "topics": [
                    "kokrajhar-gelephu railway line",
                    "hydropower",
                    "gelephu mindfulness city",
                    "trade through the jaigaon-phuentsholing crossing",
                    "graduation from the list of least developed countries",
                ],
                "evidence": [
                    "Indian External Affairs Minister Dr Arvind Raghavan and Foreign Minister "
                    "Lyonpo Dorji Wangmo signed an intergovernmental agreement on the "
                    "Kokrajhar-Gelephu railway line yesterday",
                    "The agreement was signed after the two ministers held talks at the Ministry "
                    "of Foreign Affairs and External Trade in Thimphu",
                ],
            },
            {
                "date": "2026-09-04",
                "date_partial": "--09-04",
                "date_text": "This morning",
                "location": None,
                "countries": IB,
                "mechanism": "courtesy call",
                "participants": [
                    RAGHAVAN,
                    ("Karma Tenzin", "Prime Minister", "Bhutan"),
                    WANGMO,
                    ("Sudhir Menon", "Ambassador to Bhutan", "India"),
                ],
                "topics": ["13th five year plan", "new rail and road links"],
                "evidence": [
                    "This morning, he called on the Prime Minister, Lyonchhoen Dasho Karma "
                    "Tenzin, at the Gyalyong Tshogkhang",
                    "Lyonpo Dorji Wangmo and India's Ambassador to Bhutan, Sudhir Menon, were "
                    "also present",
                ],
            },
            {
                "date": "2026-09",
                "date_text": "on a two-day official visit",
                "location": None,
                "countries": IB,
                "mechanism": "bilateral meeting",
                "participants": [RAGHAVAN],
                "optional": True,
                "evidence": [
                    "Dr Raghavan was also granted an audience by His Majesty The Druk Gyalpo at "
                    "Lingkana Palace"
                ],
            },
            {
                "date": "2025-02",
                "date_text": "in February 2025",
                "location": "New Delhi",
                "countries": IB,
                "mechanism": "bilateral meeting",
                "mechanism_text": "Development Cooperation Talks",
                "participants": [RAGHAVAN, WANGMO],
                "evidence": [
                    "The two foreign ministers last met in New Delhi in February 2025, when "
                    "Lyonpo Dorji Wangmo led the Bhutanese side at the last round of the "
                    "Development Cooperation Talks"
                ],
            },
        ],
        "planned_meetings": [
            {
                "date": "2026-11",
                "date_text": "in November",
                "location": "New Delhi",
                "countries": IB,
                "mechanism": "bilateral meeting",
                "mechanism_text": "India-Bhutan Development Cooperation Talks",
                "participants": [],
                "evidence": [
                    "The next round of the India-Bhutan Development Cooperation Talks will be "
                    "held in New Delhi in November"
                ],
            },
        ],
        "milestones": [
            {
                "name": "intergovernmental agreement on the Kokrajhar-Gelephu railway line",
                "kind": "agreement",
                "year": 2026,
                "date": "2026-09-03",
                "countries": IB,
                "evidence": [
                    "signed an intergovernmental agreement on the Kokrajhar-Gelephu railway line "
                    "yesterday"
                ],
            },
            {
                "name": "Treaty of Friendship",
                "kind": "agreement",
                "year": 1949,
                "date": "1949-08-08",
                "countries": IB,
                "evidence": ["India and Bhutan signed the Treaty of Friendship on 8 August 1949"],
            },
            {
                "name": "India-Bhutan Friendship Treaty",
                "kind": "agreement",
                "year": 2007,
                "date": "2007-02",
                "countries": IB,
                "evidence": ["a revised India-Bhutan Friendship Treaty in February 2007"],
            },
            {
                "name": "diplomatic relations established",
                "kind": "other",
                "year": 1968,
                "date": "1968",
                "countries": IB,
                "evidence": ["The two countries established formal diplomatic relations in 1968"],
            },
        ],
        "excluded": [
            "'was received at Paro International Airport by the foreign secretary': an airport "
            "reception (and not named)",
            "'conveyed an invitation from the Prime Minister of India to Lyonchhoen to visit "
            "India at a mutually convenient date': vague, not a planned meeting",
            "'preparations for the BIMSTEC foreign ministers' meeting in Kathmandu later this "
            "year': multilateral (and planned)",
            "'They had last spoken by phone in June': a phone call",
            "'he conveyed greetings from the President and the Prime Minister of India': "
            "mentioned, not participants",
            "'is expected to be completed by 2030': a plan",
            "'India has committed Nu 100 billion to Bhutan's 13th Five Year Plan': a figure",
            "'Dr Raghavan leaves for New Delhi this afternoon': a departure",
        ],
        "notes": (
            "Traits: Kuensel-style report with a headline but NO date at the top: the story is "
            "dated only by its CLOSING LINE 'Reported from Thimphu, 4 September 2026' (a "
            "Friday): 'yesterday' = 2026-09-03 (talks and rail agreement), 'This morning' = "
            "2026-09-04 (courtesy call). HONORIFICS stripped: 'Dr' (Arvind Raghavan), 'Lyonpo' "
            "(minister: Dorji Wangmo), 'Lyonchhoen' (prime minister) and 'Dasho' (Karma "
            "Tenzin), 'His Majesty'. meetings[0]: the agreement sentence names the two ministers "
            "and the day, the next sentence the talks and the city (two quotes); 'Foreign "
            "Minister' as the lead gives it. meetings[1]: 'called on the Prime Minister' -> "
            "courtesy call (a verb only: no mechanism_text), with the FM and the Indian "
            "ambassador 'also present' (all present are participants; 'Ambassador' kept only in "
            "the title); location None: the Gyalyong Tshogkhang is not placed by the text "
            "(likely Thimphu). JUDGEMENT: meetings[2], the 'audience' with His Majesty The Druk "
            "Gyalpo (not named; the text says neither courtesy call nor talks) is optional; "
            "dated by the two-day visit only (2026-09), Lingkana Palace not placed (likely "
            "Thimphu). meetings[3]: background FMs' meeting in New Delhi, February 2025, at the "
            "Development Cooperation Talks ('last round': no ordinal). Planned: 'The next round "
            "of the India-Bhutan Development Cooperation Talks' in New Delhi in November "
            "(2026-11; a named format outside the vocabulary -> bilateral meeting; 'next' is no "
            "ordinal). Milestones: the rail agreement (own news); Treaty of Friendship 8 August "
            "1949 and the revised India-Bhutan Friendship Treaty February 2007 (each its own "
            "agreement); relations 1968. Real: the 1949 treaty was signed on 8 August 1949 and "
            "the revised treaty on 8 February 2007."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "t710_tonga_samoa_ferry_phone_call",
        "source_path": "gold/test/articles/t710_tonga_samoa_ferry_phone_call.txt",
        "dateline": "9:12 am on 15 April 2026",
        "meetings": [],
        "planned_meetings": [],
        "milestones": [
            {
                "name": "memorandum of understanding on maritime transport cooperation",
                "kind": "agreement",
                "year": 2019,
                "date": "2019",
                "countries": TS,
                "evidence": [
                    "Tonga and Samoa signed a memorandum of understanding on maritime transport "
                    "cooperation in 2019"
                ],
            },
        ],
        "excluded": [
            "'The prime ministers of Tonga and Samoa spoke by phone on Tuesday': a phone call "
            "(2026-04-14), not a meeting",
            "'Mr Fifita said the two leaders would meet in person \"once the numbers are in\"': "
            "vague, not a planned meeting",
            "'Transport officials from the two countries held a video call on Monday': a video "
            "call (and no one named)",
            "'Tongan, Samoan and Fijian transport ministers discussed a route ... at a meeting "
            "in Suva last month': trilateral",
            "'Both leaders are expected to raise the issue at the Pacific Islands Forum leaders "
            "meeting in September': multilateral (and planned)",
            "'which was suspended in 2023': a service suspension, not a milestone",
            "'could cut freight costs for exporters of taro and kava by about a third': an "
            "estimate",
        ],
        "notes": (
            "Traits: short (~180 words) RNZ-style item, stamp '9:12 am on 15 April 2026' (a "
            "Wednesday). NO MEETING: the prime ministers' phone call 'on Tuesday' (14 April), "
            "the officials' video call 'on Monday', the trilateral ministers' meeting with Fiji "
            "in Suva and the Pacific Islands Forum leaders meeting (multilateral) are all "
            "non-meetings; 'would meet in person \"once the numbers are in\"' is vague. The "
            "prime ministers are named (Sione Fifita; Tuilagi Afamasaga Lemalu, a Samoan matai "
            "title first) but take part in no meeting. One milestone: the 2019 maritime "
            "transport MoU."
        ),
    },
]
