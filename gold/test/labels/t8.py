r"""Gold labels for batch T8 (test split): the Horn of Africa, Bohemia and the Carpathians, the
North Atlantic, the Altiplano, Tokyo and London, the Coral Sea, the Gulf and Anatolia, the
steppe and the Han, and the Suchiate.

Fictional but plausible articles in gold/test/articles/ (invented office holders, real titles,
real cities, real or plausible partnership history). Same record format as
gold/test/labels/t7.py: GoldMeeting / GoldMilestone fields, ``evidence`` as exact quotes,
``participants`` as (name, title, country).

| file | pair | traits |
|---|---|---|
| t801_ethiopia_djibouti_port_talks_wire | Ethiopia–Djibouti | Reuters `DJIBOUTI, Feb 15 (Reuters) -` **no year**; leaders' talks "on Monday" (date None, date_resolved 2027-02-15: February 15 is a Monday in 2016/2021/2027/2038/2044 and Dawit's "new five-year term began in October 2026"); city only as "Djibouti's capital", **the people in the next sentence**; Joint Ministerial Commission "on Sunday" (ministers unnamed, no city: location None); background Addis Ababa "in July" (date_resolved 2026-07); own-news port agreement **year None**; **Ethiopian given-name usage** ("Dawit", "Abdoulkader" later); news conference, Somaliland memorandum, phone call with Somalia, IGAD summit excluded (~410 words); **event keys with t802** |
| t802_ethiopia_djibouti_port_talks_ena | Ethiopia–Djibouti | ENA dateline **`Addis Ababa, February 16/2027 (ENA)`** (month-day/year); **same talks and same commission** as t801 (event keys); "on Monday" in a next-day report = 2027-02-15; three ministers "attended the discussion" (5 participants); **honorifics** "Ambassador", "Dr." stripped; 11th Joint Ministerial Commission "Earlier on Sunday"; background 10th session (Addis Ababa, November 2024) and leaders' July 2026 meeting (event key), **relayed by the spokesperson** (not a participant); planned 12th session next year; port agreement dated only by the two-day visit (2027-02); water-pipeline MoU; strategic partnership 2013; 2016 agreement; airport welcome, investors' delegation excluded |
| t803_czechia_slovakia_joint_government_meeting | Czech Republic–Slovakia | Czech numeric date line **`4. 3. 2027 17:05`** (d. m. yyyy, a Thursday) under the headline, dateline city `Trenčín –`; seventh **joint meeting of the two governments** (named format outside the vocabulary: bilateral meeting, ordinal 7), **chairs in the next sentence**, six named ministers "took part" (8 participants); separate PMs' one-on-one before the plenary (own meeting); background sixth meeting (Ostrava, May 2023); planned Prague talks **28 October** and eighth meeting next year; bridge agreement and ammunition memorandum (own news); format launched 2012; 1992 treaty, relations 1 January 1993; phone call, press conference, **V4** summit, **Slavkov format** (trilateral with Austria) excluded |
| t804_norway_iceland_foreign_ministers_reykjavik | Norway–Iceland | **`Published 9 June 2027, 14:32` and `Updated 10 June 2027, 08:15`** lines (a Wednesday, then a Thursday); "on Wednesday" = the publication day; **Icelandic given-name usage** ("Hildur" = Hildur Magnúsdóttir); FMs' talks (city in the next sentence); **courtesy call** "later in the day" with the FM "also present" (3 participants; location not stated); background Oslo November 2025; **format set up** ("agreed ... to launch an annual High North Dialogue") and its planned first round (Tromsø, autumn, ordinal 1); planned PM visit to Oslo in October; search-and-rescue MoU; 1980 Jan Mayen agreement; **video call**, coastal states' consultations (multilateral), **Loophole Agreement** (trilateral with Russia), Nordic FMs' meeting excluded |
| t805_chile_bolivia_political_consultations | Chile–Bolivia | byline `By Carolina Quispe Mamani \| La Paz` and **no date anywhere** (dateline None): 25th round of the Political Consultations Mechanism "on Thursday" (Foreign Office Consultations, date None, no date_partial), **co-chairs in the next sentence**; Spanish double surnames ("Rojas Errázuriz"); **spokesperson relays**; background 24th round (Santiago, 2024), presidents' sideline meeting in Lima "last year" and FMs' sideline meeting "last month" (date None), optional implied 2019 La Paz round; planned 26th round (Santiago, "next year": date None) and optional joint Oruro trip; own-news roadmap **year None**; 1904 treaty, optional 2006 thirteen-point agenda; 1978 rupture, ICJ rulings, exporters, **trilateral** lithium meeting with Argentina excluded |
| t806_japan_uk_2plus2_mofa | Japan–United Kingdom | MOFA-style release: title, then a **bare date line `October 18, 2027`**; sixth **2+2** (4 participants); **Japanese names family name first in capitals** ("KAMIYA Takeshi" -> Takeshi Kamiya; "ODA Reiko", "SAEKI Haruto"); British honorifics "the Rt Hon ... MP" stripped; separate FMs' meeting before the 2+2; **courtesy call** on the PM by two UK ministers with the Japanese FM "also present" (4 participants); defence ministers' meeting October 17; background first (London, January 2015) and fifth (London, January 2026) 2+2; planned next 2+2 in the UK in 2028; **partnership history** Leading Strategic Partnership 2012 -> Enhanced Global Strategic Partnership 2023 (Hiroshima Accord); **acronym agreement** RAA (signed January 2023, in force October 2023); own-news space memorandum; **GCAP** (trilateral with Italy), telephone talk, "wish" to hold the Economic 2+2 excluded |
| t807_australia_png_ministerial_forum | Australia–Papua New Guinea | Post-Courier-style byline with the date on its own line **`Tuesday 8th December 2026`** (ordinal suffix); 32nd **Ministerial Forum** "yesterday" (named format outside the vocabulary: bilateral meeting, ordinal 32), city and co-chairs in the next sentences, four more ministers "Also attending" (6 participants); **honorifics** "Hon.", "Sir", "Mr", "Ms" stripped; **courtesy call** "On Sunday" on the PM with the PNG FM "also present" (4 participants, location not stated); **acronym agreement** DIPA used alone in the lead and spelled out later (own news); Pukpuk Treaty 2025 + entry into force March 2026, Bilateral Security Agreement 2023, CSEP upgrade 2020, relations 1975; background 31st forum (Brisbane, 2025); planned next forum 2027 and PM's Canberra visit; **business delegation**, **trilateral** with New Zealand excluded |
| t808_qatar_turkey_supreme_strategic_committee | Qatar–Turkey | **long** (~1,030 words); Gulf-paper stamp **`Last updated: 18 Dec 2026 - 12:10 AM`** only (a Friday, just after midnight): "on Thursday" = 2026-12-17; 12th **Supreme Strategic Committee** (outside the vocabulary: bilateral meeting, ordinal 12) with six ministers named as attending the talks session (8 participants); **one-on-one session** before it (own meeting); **courtesy call** by the Turkish FM on the Qatari PM with a minister of state attending (3 participants); **honorifics** "His Highness", "HE", "Sheikh", "Dr." stripped; "Türkiye" -> Turkey; **own-news upgrade** to a comprehensive strategic partnership + Doha Joint Declaration + three named documents; committee established December 2014 + 2014 forces agreement; optional central-bank swap 2018, optional food-security working group; background first (Doha 2015), 11th (Ankara 2025) and **sideline** COP31 meeting (Antalya, November 2026); planned 13th meeting and defence-industry officials' meeting (Istanbul, 2027); **four-country** Gaza declaration, business forum, company LNG contract, airport reception, phone call excluded |
| t809_south_korea_kazakhstan_state_visit_planned | South Korea–Kazakhstan | Korea Herald-style **`Published : 2027-08-03 15:21  Updated : 2027-08-03 18:40`** (year-first, a Tuesday); mostly **planned**: summit talks on Aug. 11 and PM meeting on Aug. 12 (dates with the header's year; Cheong Wa Dae, location None); **Korean names family name first** (kept: Han Seung-woo, Choi Yoon-hee, Park Jun-ho); **spokesperson relays** (Kim Min-seo); background sideline talks at the Korea-Central Asia Summit (Seoul, November 2026), FMs in Astana in April, vice-ministers' **strategic dialogue by videoconference** (a virtual dialogue is a meeting; ordinal 4), optional implied 2019 head-of-state visit; **upgrade history** Strategic Partnership 2009 -> Enhanced 2019, hoped-for comprehensive upgrade excluded; 2024 critical-minerals MoU; phone call, business forum, state banquet excluded |
| t810_mexico_guatemala_virtual_summit | Mexico–Guatemala | short (~230 words); `MEXICO CITY —` with the date **only in the footer, numeric dd/mm** `This article was first published in Spanish on 25/05/2027` (a Tuesday): **virtual summit** "on Monday" = 2027-05-24 (Virtual Summit, a meeting); FMs' **video call** excluded; background Tapachula October 2026; optional implied 2021 Binational Commission; planned **XIII** Binational Commission (Roman ordinal 13, Guatemala City, September); 1882 Treaty of Limits; morning press conference, **trilateral** with Belize excluded |

Dates: ``date_resolved`` is given only in t801, where the weekday of the yearless dateline plus
Dawit's term ("new five-year term began in October 2026") pins the year; never a guess. In t805
no date of the story can be known at all, so its undated meetings and own-news milestone keep
``date`` / ``year`` None.

Judgement calls where CONVENTIONS.md is silent (each also in the article's ``notes``): a header
with both a "Published" and an "Updated" line is dated by the Published line (t804; the relative
words are the same either way), and a header with only "Last updated" just after midnight dates
"on Thursday" as the latest Thursday on or before it (t808); a day.month numeric date (Czech
`4. 3. 2027`, Mexican `25/05/2027`) is read in the local day-first order (t803, t810); the
Ethiopia-Djibouti "Joint Ministerial Commission" is a Joint Commission and the Mexico-Guatemala
"Binational Commission" is treated as one too (t801, t802, t810); Chile-Bolivia "Political
Consultations Mechanism" rounds are Foreign Office Consultations (t805); a vice-ministers'
"strategic dialogue" is ``Strategic Dialogue`` (the name decides, not the level), and held by
videoconference it is a virtual dialogue, not a video call (t809); a Roman ordinal ("XIII") is
an ordinal (t810); a past meeting only implied ("has not met since 2021", "the first visit ...
since 2019", "the first time the mechanism had met in La Paz since 2019") is ``optional``
(t805, t809, t810); the "visit to Tokyo" the host "welcomed" the ministers to places every
meeting of that visit in Tokyo (t806), whereas a visit only "to Iceland" / "to South Korea" or a
venue the text does not place (Government Offices, Sir Manasupe Haus, Cheong Wa Dae) leaves
location None (t804, t807, t809); an accord that "set out" a partnership with no signing stated
is an ``optional`` agreement (t806); an agreement between two central banks is ``optional``
(t808); a working group the parties "agreed to set up" is an ``optional``
``mechanism_established`` (t808, as t702); a joint field trip "with her Bolivian counterpart" is
an ``optional`` planned meeting (t805); the host of a meeting the guest was invited to attend is
implied as a participant (t808, as t702).
"""

ED = ["Ethiopia", "Djibouti"]
CS = ["Czech Republic", "Slovakia"]
NI = ["Norway", "Iceland"]
CB = ["Chile", "Bolivia"]
JU = ["Japan", "United Kingdom"]
AP = ["Australia", "Papua New Guinea"]
QT = ["Qatar", "Turkey"]
KK = ["South Korea", "Kazakhstan"]
MG = ["Mexico", "Guatemala"]

ED_TALKS_EVENT = "T8-ethiopia-djibouti-2027-02-15"
ED_JMC_EVENT = "T8-ethiopia-djibouti-joint-ministerial-commission-2027-02-14"
ED_JULY_EVENT = "T8-ethiopia-djibouti-2026-07"

DAWIT = ("Dawit Tesfaye", "Prime Minister", "Ethiopia")
ABDOULKADER = ("Abdoulkader Youssouf Robleh", "President", "Djibouti")
TSION = ("Tsion Mekonnen", "Minister of Foreign Affairs", "Ethiopia")
ALEMAYEHU = ("Alemayehu Worku", "Minister of Transport and Logistics", "Ethiopia")
IBRAHIM = (
    "Ibrahim Moussa Houmed",
    "Minister of Foreign Affairs and International Cooperation",
    "Djibouti",
)

KRATOCHVIL = ("Ondřej Kratochvíl", "Prime Minister", "Czech Republic")
HUDAK = ("Marek Hudák", "Prime Minister", "Slovakia")
BENESOVA = ("Lucie Benešová", "Foreign Minister", "Czech Republic")
RIHA = ("Tomáš Říha", "Defence Minister", "Czech Republic")
SIMEK = ("Pavel Šimek", "Transport Minister", "Czech Republic")
KOVAC = ("Juraj Kováč", "Minister of Foreign and European Affairs", "Slovakia")
DOBROVODSKY = ("Ivan Dobrovodský", "Defence Minister", "Slovakia")
HORVATHOVA = ("Zuzana Horváthová", "Transport Minister", "Slovakia")

SOLBAKKEN = ("Ingrid Solbakken", "Foreign Minister", "Norway")
HILDUR = ("Hildur Magnúsdóttir", "Foreign Minister", "Iceland")
EINARSSON = ("Ragnar Einarsson", "Prime Minister", "Iceland")
HAUGLAND = ("Eirik Haugland", "Prime Minister", "Norway")

MAMANI = ("Freddy Mamani Condori", "Vice Minister of Foreign Relations", "Bolivia")
ROJAS = ("Valentina Rojas Errázuriz", "Undersecretary of Foreign Affairs", "Chile")
QUIROGA = ("Marcelo Quiroga", "President", "Bolivia")
UNDURRAGA = ("Cristóbal Undurraga", "President", "Chile")

KAMIYA = ("Takeshi Kamiya", "Minister for Foreign Affairs", "Japan")
ODA = ("Reiko Oda", "Minister of Defense", "Japan")
WHITCOMBE = (
    "Eleanor Whitcombe",
    "Secretary of State for Foreign, Commonwealth and Development Affairs",
    "United Kingdom",
)
OKAFOR = ("Daniel Okafor", "Secretary of State for Defence", "United Kingdom")
SAEKI = ("Haruto Saeki", "Prime Minister", "Japan")

KILA = ("Bryan Tomu Kila", "Foreign Affairs Minister", "Papua New Guinea")
WHITFIELD = ("Sarah Whitfield", "Minister for Foreign Affairs", "Australia")
SIUNE = ("Ben Kaupa Siune", "Defence Minister", "Papua New Guinea")
GAUDI = ("Elizabeth Gaudi", "Treasurer", "Papua New Guinea")
RAYNER = ("Tom Rayner", "Minister for Defence", "Australia")
LEE = ("Marcus Lee", "Minister for International Development and the Pacific", "Australia")
KAMBULI = ("Pius Kambuli", "Prime Minister", "Papua New Guinea")

AMIR = ("Hamad bin Abdulaziz Al Thani", "Amir", "Qatar")
AYDIN = ("Kemal Aydın", "President of the Republic of Türkiye", "Turkey")
FAISAL = (
    "Faisal bin Saud Al Thani",
    "Prime Minister and Minister of Foreign Affairs",
    "Qatar",
)
JABOR = (
    "Jabor bin Nasser Al Thani",
    "Deputy Prime Minister and Minister of State for Defence Affairs",
    "Qatar",
)
MOHAMMED = ("Mohammed bin Faleh Al Thani", "Minister of Commerce and Industry", "Qatar")
KARACA = ("Selim Karaca", "Minister of Foreign Affairs", "Turkey")
KOCABAS = ("Ayşe Kocabaş", "Minister of National Defence", "Turkey")
YALCIN = ("Emre Yalçın", "Minister of Treasury and Finance", "Turkey")
NOURA = ("Noura bint Abdullah Al Kuwari", "Minister of State for Foreign Affairs", "Qatar")

ABENOV = ("Nurlan Abenov", "President", "Kazakhstan")
HAN = ("Han Seung-woo", "President", "South Korea")
CHOI = ("Choi Yoon-hee", "Prime Minister", "South Korea")
PARK = ("Park Jun-ho", "Foreign Minister", "South Korea")
DZHAKSYBEKOV = ("Aibek Dzhaksybekov", "Foreign Minister", "Kazakhstan")
LEE_DH = ("Lee Do-hyun", "First Vice Foreign Minister", "South Korea")
SARSENBAYEV = ("Daniyar Sarsenbayev", "Deputy Foreign Minister", "Kazakhstan")

CERVANTES = ("Mariana Cervantes Ortiz", "President", "Mexico")
SAC = ("Luis Fernando Sac", "President", "Guatemala")

ARTICLES = [
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "t801_ethiopia_djibouti_port_talks_wire",
        "source_path": "gold/test/articles/t801_ethiopia_djibouti_port_talks_wire.txt",
        "dateline": "DJIBOUTI, Feb 15 (Reuters)",
        "meetings": [
            {
                "date": None,
                "date_partial": "--02-15",
                "date_resolved": "2027-02-15",
                "date_text": "on Monday",
                "location": "Djibouti",
                "countries": ED,
                "mechanism": "bilateral meeting",
                "participants": [DAWIT, ABDOULKADER],
                "topics": [
                    "long-term access to the port of tadjourah",
                    "fees and customs rules",
                    "access to the sea",
                ],
                "evidence": [
                    "Ethiopia and Djibouti signed an agreement on Monday giving Ethiopian cargo "
                    "long-term access to the port of Tadjourah",
                    "The deal was signed after talks at the presidential palace in Djibouti's "
                    "capital",
                    "Ethiopian Prime Minister Dawit Tesfaye and Djiboutian President Abdoulkader "
                    "Youssouf Robleh met for nearly three hours",
                ],
                "event": ED_TALKS_EVENT,
            },
            {
                "date": None,
                "date_partial": "--02-14",
                "date_resolved": "2027-02-14",
                "date_text": "on Sunday",
                "location": None,
                "countries": ED,
                "mechanism": "Joint Commission",
                "mechanism_text": "Ethiopia-Djibouti Joint Ministerial Commission",
                "participants": [],
                "topics": ["final text of the port agreement", "second water pipeline"],
                "evidence": [
                    "The leaders' talks followed a session of the Ethiopia-Djibouti Joint "
                    "Ministerial Commission on Sunday, at which the two countries' foreign "
                    "ministers reviewed the final text of the port agreement"
                ],
                "event": ED_JMC_EVENT,
            },
            {
                "date": None,
                "date_resolved": "2026-07",
                "date_text": "in July",
                "location": "Addis Ababa",
                "countries": ED,
                "mechanism": "bilateral meeting",
                "participants": [DAWIT, ABDOULKADER],
                "topics": ["port dispute"],
                "evidence": ["Dawit and Abdoulkader last met in Addis Ababa in July"],
                "event": ED_JULY_EVENT,
            },
        ],
        "planned_meetings": [],
        "milestones": [
            {
                "name": "Tadjourah Port Access Agreement",
                "kind": "agreement",
                "year": None,
                "date": None,
                "countries": ED,
                "evidence": [
                    "Ethiopia and Djibouti signed an agreement on Monday giving Ethiopian cargo "
                    "long-term access to the port of Tadjourah",
                    "the 30-year Tadjourah Port Access Agreement",
                ],
            },
        ],
        "excluded": [
            "'Abdoulkader told a news conference alongside his guest': press conference of the "
            "same talks",
            "'A memorandum Ethiopia signed with the breakaway region of Somaliland in January "
            "2024': Somaliland is not a party of this pair (and not a recognised state)",
            "'the electrified railway to Addis Ababa that began commercial operations in 2018': "
            "infrastructure, not a signed agreement or a partnership level",
            "'Abdoulkader spoke by telephone with Somalia's president on Sunday': a phone call, "
            "another pair, the Somali president not named",
            "'Both leaders are expected to attend a summit of the regional bloc IGAD in Nairobi "
            "next month': multilateral (and planned)",
            "'a plan to lay a second water pipeline' and 'hoped to link Tadjourah to the "
            "Ethiopian road network by 2030': plans",
            "'whose new five-year term began in October 2026': a domestic event (used only to "
            "pin the year)",
            "Hassan Ali Dirir, Tigist Haile, Peter Muriuki, Claire Newman: reporting credits",
        ],
        "notes": (
            "Traits: Reuters dateline 'DJIBOUTI, Feb 15 (Reuters) -' WITHOUT a year; 'on Monday' "
            "in a same-day report = the dateline day: date None, date_partial '--02-15'. "
            "date_resolved 2027-02-15: February 15 is a Monday in 2016, 2021, 2027, 2038 and "
            "2044, and Dawit's 'new five-year term began in October 2026', so the story falls "
            "in February 2027 (2038/2044 are past the term; t802 confirms: February 16/2027). "
            "The lead gives the date and the agreement, the next sentence the talks and the "
            "city only as 'Djibouti's capital' (-> Djibouti, the city), the one after the people "
            "(three quotes, one meeting). Ethiopian usage: 'Dawit' (given name) later = Dawit "
            "Tesfaye; 'Abdoulkader' later = Abdoulkader Youssouf Robleh. meetings[1]: the Joint "
            "Ministerial Commission 'on Sunday' = the day before the dateline (--02-14, "
            "date_resolved 2027-02-14); JUDGEMENT: 'Joint Ministerial Commission' is the "
            "vocabulary's Joint Commission; the two foreign ministers are not named here "
            "(empty list; t802 names them) and no city is stated for the session (location "
            "None; t802: Djibouti City); event key with t802's 11th session. meetings[2]: "
            "background 'last met in Addis Ababa in July' (yearless: date None, date_resolved "
            "2026-07, the July before February 2027; t802: July 2026; event key). The port "
            "agreement is own news but the text never states the story's year -> year None "
            "(real: 2027-02-15)."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "t802_ethiopia_djibouti_port_talks_ena",
        "source_path": "gold/test/articles/t802_ethiopia_djibouti_port_talks_ena.txt",
        "dateline": "Addis Ababa, February 16/2027 (ENA)",
        "meetings": [
            {
                "date": "2027-02-15",
                "date_partial": "--02-15",
                "date_text": "on Monday",
                "location": "Djibouti",
                "countries": ED,
                "mechanism": "bilateral meeting",
                "participants": [DAWIT, ABDOULKADER, TSION, ALEMAYEHU, IBRAHIM],
                "topics": [
                    "regional economic integration",
                    "upgrading of the addis ababa-djibouti railway",
                    "power interconnection",
                    "peace and security in the horn of africa",
                ],
                "evidence": [
                    "PM Dawit held talks with President Abdoulkader Youssouf Robleh at the "
                    "Presidential Palace in Djibouti City on Monday",
                    "Minister of Foreign Affairs Ambassador Tsion Mekonnen, Minister of Transport "
                    "and Logistics Dr. Alemayehu Worku and Djibouti's Minister of Foreign Affairs "
                    "and International Cooperation Ibrahim Moussa Houmed attended the discussion",
                ],
                "event": ED_TALKS_EVENT,
            },
            {
                "date": "2027-02-14",
                "date_partial": "--02-14",
                "date_text": "Earlier on Sunday",
                "location": "Djibouti",
                "countries": ED,
                "mechanism": "Joint Commission",
                "mechanism_text": "11th session of the Ethiopia-Djibouti Joint Ministerial "
                "Commission",
                "ordinal": 11,
                "participants": [TSION, IBRAHIM],
                "topics": ["shinile-djibouti water pipeline"],
                "evidence": [
                    "Earlier on Sunday, the 11th session of the Ethiopia-Djibouti Joint "
                    "Ministerial Commission was held in Djibouti City under the co-chairmanship "
                    "of Foreign Minister Tsion and her Djiboutian counterpart Ibrahim"
                ],
                "event": ED_JMC_EVENT,
            },
            {
                "date": "2024-11",
                "date_text": "in November 2024",
                "location": "Addis Ababa",
                "countries": ED,
                "mechanism": "Joint Commission",
                "mechanism_text": "10th session",
                "ordinal": 10,
                "participants": [],
                "evidence": ["its 10th session, held in Addis Ababa in November 2024"],
            },
            {
                "date": "2026-07",
                "date_text": "in July 2026",
                "location": "Addis Ababa",
                "countries": ED,
                "mechanism": "bilateral meeting",
                "participants": [DAWIT, ABDOULKADER],
                "topics": ["port agreement"],
                "evidence": [
                    "the Prime Minister and the President had last met in Addis Ababa in July "
                    "2026, during President Abdoulkader's visit to Ethiopia"
                ],
                "event": ED_JULY_EVENT,
            },
        ],
        "planned_meetings": [
            {
                "date": "2028",
                "date_text": "next year",
                "location": "Addis Ababa",
                "countries": ED,
                "mechanism": "Joint Commission",
                "mechanism_text": "12th session",
                "ordinal": 12,
                "participants": [],
                "evidence": ["the 12th session will be held in Addis Ababa next year"],
            },
        ],
        "milestones": [
            {
                "name": "Tadjourah Port Access Agreement",
                "kind": "agreement",
                "year": 2027,
                "date": "2027-02",
                "countries": ED,
                "evidence": [
                    "after concluding a two-day working visit to Djibouti, during which the two "
                    "countries signed the Tadjourah Port Access Agreement"
                ],
            },
            {
                "name": "Memorandum of Understanding on the Shinile-Djibouti Water Pipeline",
                "kind": "agreement",
                "year": 2027,
                "date": "2027-02-14",
                "countries": ED,
                "evidence": [
                    "At the close of the session, the two ministers signed a Memorandum of "
                    "Understanding on the Shinile-Djibouti Water Pipeline"
                ],
            },
            {
                "name": "Strategic Partnership",
                "kind": "partnership_upgrade",
                "year": 2013,
                "date": "2013-04",
                "countries": ED,
                "evidence": [
                    "Ethiopia and Djibouti elevated their relations to a strategic partnership in "
                    "April 2013"
                ],
            },
            {
                "name": "agreement on the joint development of Tadjourah",
                "kind": "agreement",
                "year": 2016,
                "date": "2016",
                "countries": ED,
                "evidence": ["signed an agreement on the joint development of Tadjourah in 2016"],
            },
        ],
        "excluded": [
            "Ministry of Foreign Affairs Spokesperson Meles Gebru 'told ENA': relays the visit "
            "and the July meeting, not a participant",
            "'the Prime Minister was welcomed by Djibouti's Prime Minister Ali Houmed Barkat' "
            "at the airport: an airport reception",
            "'A delegation of Ethiopian investors ... held discussions with members of the "
            "Djibouti Chamber of Commerce': business people, not officials",
            "'returned home last night': a return, not a meeting",
            "'will double the volume of drinking water': the MoU's purpose, not a milestone",
            "the headline: the same agreement",
        ],
        "notes": (
            "Traits: Ethiopian News Agency dateline 'Addis Ababa, February 16/2027 (ENA)' "
            "(month day/year; February 16, 2027 is a Tuesday), datelined in Addis Ababa while "
            "the meetings were in Djibouti. 'on Monday' in a past-tense report = 2027-02-15 "
            "(same talks as t801: event key); 'Earlier on Sunday' = 2027-02-14 (same commission "
            "as t801's: event key). HONORIFICS stripped: 'Ambassador' (Tsion Mekonnen, Meles "
            "Gebru), 'Dr.' (Alemayehu Worku). Ethiopian usage: 'PM Dawit', 'Foreign Minister "
            "Tsion' are given names of the same persons. meetings[0]: the three ministers who "
            "'attended the discussion' are participants (5); 'Djibouti City' -> Djibouti. "
            "meetings[1]: 11th session, co-chaired by the two FMs (Joint Commission, ordinal "
            "11). meetings[2]: background 10th session (Addis Ababa, November 2024). "
            "meetings[3]: background July 2026 meeting in Addis Ababa, reported through the "
            "spokesperson ('According to the spokesperson'): he relays, the two leaders are "
            "the participants (event key with t801's 'in July'). Planned: 12th session in "
            "Addis Ababa 'next year' = 2028. The port agreement is own news; this article "
            "dates it only by the two-day visit (2027-02; t801: Monday). The water-pipeline MoU "
            "was signed 'At the close of the session' (Sunday). Upgrade: strategic partnership "
            "April 2013; 2016 agreement on the joint development of Tadjourah."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "t803_czechia_slovakia_joint_government_meeting",
        "source_path": "gold/test/articles/t803_czechia_slovakia_joint_government_meeting.txt",
        "dateline": "4. 3. 2027 17:05",
        "meetings": [
            {
                "date": "2027-03-04",
                "date_partial": "--03-04",
                "date_text": "on Thursday",
                "location": "Trenčín",
                "countries": CS,
                "mechanism": "bilateral meeting",
                "mechanism_text": "seventh joint meeting of the Czech and Slovak governments",
                "ordinal": 7,
                "participants": [
                    KRATOCHVIL,
                    HUDAK,
                    BENESOVA,
                    RIHA,
                    SIMEK,
                    KOVAC,
                    DOBROVODSKY,
                    HORVATHOVA,
                ],
                "topics": [
                    "road bridge over the morava river",
                    "joint procurement of 155 mm artillery ammunition",
                    "d1 motorway and the slovak d3",
                    "cross-border emergency medical services",
                ],
                "evidence": [
                    "The Czech and Slovak governments resumed their joint sessions on Thursday "
                    "after a pause of almost four years",
                    "The seventh joint meeting of the Czech and Slovak governments took place at "
                    "Trenčín Castle. It was chaired by Czech Prime Minister Ondřej Kratochvíl and "
                    "his Slovak counterpart Marek Hudák",
                    "Nine ministers from each cabinet took part, among them Czech Foreign "
                    "Minister Lucie Benešová, Defence Minister Tomáš Říha and Transport Minister "
                    "Pavel Šimek, and on the Slovak side Minister of Foreign and European Affairs "
                    "Juraj Kováč, Defence Minister Ivan Dobrovodský and Transport Minister Zuzana "
                    "Horváthová",
                ],
            },
            {
                "date": "2027-03-04",
                "date_partial": "--03-04",
                "date_text": "Before the plenary session",
                "location": "Trenčín",
                "countries": CS,
                "mechanism": "bilateral meeting",
                "participants": [KRATOCHVIL, HUDAK],
                "topics": ["war in ukraine"],
                "evidence": [
                    "Before the plenary session, Kratochvíl and Hudák spent about an hour alone "
                    "in the castle's library"
                ],
            },
            {
                "date": "2023-05",
                "date_text": "in May 2023",
                "location": "Ostrava",
                "countries": CS,
                "mechanism": "bilateral meeting",
                "mechanism_text": "sixth joint meeting",
                "ordinal": 6,
                "participants": [],
                "evidence": ["The sixth joint meeting was held in Ostrava in May 2023"],
            },
        ],
        "planned_meetings": [
            {
                "date": "2027-10-28",
                "date_partial": "--10-28",
                "date_text": "on 28 October",
                "location": "Prague",
                "countries": CS,
                "mechanism": "bilateral meeting",
                "participants": [HUDAK, KRATOCHVIL],
                "evidence": [
                    "Hudák will come to Prague on 28 October for the celebrations of the "
                    "anniversary of the founding of Czechoslovakia and will hold talks with "
                    "Kratochvíl there"
                ],
            },
            {
                "date": "2028",
                "date_text": "next year",
                "location": None,
                "countries": CS,
                "mechanism": "bilateral meeting",
                "mechanism_text": "eighth",
                "ordinal": 8,
                "participants": [],
                "evidence": ["The eighth will take place in the Czech Republic next year"],
            },
        ],
        "milestones": [
            {
                "name": "agreement on a new road bridge over the Morava river",
                "kind": "agreement",
                "year": 2027,
                "date": "2027-03-04",
                "countries": CS,
                "evidence": [
                    "signing an agreement on a new road bridge over the Morava river",
                    "The bridge agreement, signed by the two transport ministers",
                ],
            },
            {
                "name": "memorandum of understanding on the joint procurement of 155 mm artillery "
                "ammunition",
                "kind": "agreement",
                "year": 2027,
                "date": "2027-03-04",
                "countries": CS,
                "evidence": [
                    "The memorandum of understanding on the joint procurement of 155 mm artillery "
                    "ammunition was signed by Říha and Dobrovodský"
                ],
            },
            {
                "name": "joint meeting of the Czech and Slovak governments established",
                "kind": "mechanism_established",
                "year": 2012,
                "date": "2012",
                "countries": CS,
                "evidence": ["the joint meetings, launched in 2012"],
            },
            {
                "name": "Treaty on Good Neighbourliness, Friendly Relations and Cooperation",
                "kind": "agreement",
                "year": 1992,
                "date": "1992-11-23",
                "countries": CS,
                "evidence": [
                    "the Treaty on Good Neighbourliness, Friendly Relations and Cooperation, "
                    "signed on 23 November 1992"
                ],
            },
            {
                "name": "diplomatic relations established",
                "kind": "other",
                "year": 1993,
                "date": "1993-01-01",
                "countries": CS,
                "evidence": [
                    "The Czech Republic and Slovakia established diplomatic relations on 1 "
                    "January 1993"
                ],
            },
        ],
        "excluded": [
            "'Kratochvíl said at a joint press conference after the session': press conference "
            "of the same meeting",
            "'The two prime ministers spoke by telephone in January': a phone call",
            "'Both prime ministers are expected at a summit of the Visegrád Group in Budapest in "
            "June': multilateral (and planned)",
            "'The Czech and Slovak foreign ministers will also meet their Austrian counterpart in "
            "Slavkov u Brna next month under the so-called Slavkov format': trilateral (and "
            "planned)",
            "'approved a joint plan to connect the D1 motorway with the Slovak D3' and 'agreed "
            "to align the rules for cross-border emergency medical services': plans, not signed "
            "agreements",
            "'the peaceful split of Czechoslovakia': the dissolution of the common state, not a "
            "landmark of the bilateral relationship (the relations of 1 January 1993 are "
            "labelled)",
            "'a 1930s structure that has been closed to lorries since 2021': infrastructure",
            "'Construction is expected to start in 2029': a plan",
            "'(kov)': the author's initials",
        ],
        "notes": (
            "Traits: Czech news site; headline, then the date line '4. 3. 2027 17:05' in the "
            "Czech day. month. year order (4 March 2027, a Thursday), then the dateline city "
            "'Trenčín –'. 'on Thursday' = 2027-03-04. JUDGEMENT: the numeric date is read "
            "day-first, as Czech usage writes it (the weekday agrees: 3 April 2027 would be a "
            "Saturday). SPLIT: the lead gives the day; the format, the ordinal and the venue "
            "(Trenčín Castle) are in the next sentence, the chairs in the one after it and the "
            "named ministers in the third (three quotes, one meeting). The 'joint meeting of the "
            "Czech and Slovak governments' is a named format outside the vocabulary -> bilateral "
            "meeting, ordinal 7; the six ministers named as having 'took part' are participants "
            "(8; the other twelve are not named). 'his Slovak counterpart' gives Hudák the title "
            "Prime Minister. meetings[1]: the prime ministers' hour 'alone' before the plenary "
            "is separate one-on-one talks on the side of the format (own meeting, same day, "
            "Trenčín Castle). meetings[2]: background sixth meeting (Ostrava, May 2023, ordinal "
            "6). Planned: Hudák's talks with Kratochvíl in Prague on 28 October (2027-10-28); "
            "the eighth meeting 'in the Czech Republic next year' (2028; a country: location "
            "None). Milestones: bridge agreement and ammunition memorandum (own news, "
            "2027-03-04); the joint meetings 'launched in 2012' (mechanism_established); the "
            "1992 treaty and relations of 1 January 1993 (real dates)."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "t804_norway_iceland_foreign_ministers_reykjavik",
        "source_path": "gold/test/articles/t804_norway_iceland_foreign_ministers_reykjavik.txt",
        "dateline": "Published 9 June 2027, 14:32",
        "meetings": [
            {
                "date": "2027-06-09",
                "date_partial": "--06-09",
                "date_text": "on Wednesday",
                "location": "Reykjavík",
                "countries": NI,
                "mechanism": "bilateral meeting",
                "participants": [SOLBAKKEN, HILDUR],
                "topics": [
                    "high north dialogue",
                    "fisheries",
                    "arctic security",
                    "russian and chinese research vessels",
                    "mackerel quotas",
                    "search and rescue cooperation",
                ],
                "evidence": [
                    "Norway's Foreign Minister Ingrid Solbakken and her Icelandic counterpart "
                    "Hildur Magnúsdóttir agreed on Wednesday to launch an annual High North "
                    "Dialogue between their foreign ministries",
                    "The two ministers met at the Ministry for Foreign Affairs in Reykjavík",
                ],
            },
            {
                "date": "2027-06-09",
                "date_partial": "--06-09",
                "date_text": "later in the day",
                "location": None,
                "countries": NI,
                "mechanism": "courtesy call",
                "participants": [SOLBAKKEN, EINARSSON, HILDUR],
                "evidence": [
                    "Solbakken, who is on her first official visit to Iceland, called on Prime "
                    "Minister Ragnar Einarsson at the Government Offices later in the day. Hildur "
                    "was also present"
                ],
            },
            {
                "date": "2025-11",
                "date_text": "in November 2025",
                "location": "Oslo",
                "countries": NI,
                "mechanism": "bilateral meeting",
                "participants": [SOLBAKKEN, HILDUR],
                "evidence": [
                    "The ministers had met in person only once before, in Oslo in November 2025"
                ],
            },
        ],
        "planned_meetings": [
            {
                "date": "2027",
                "date_text": "in the autumn",
                "location": "Tromsø",
                "countries": NI,
                "mechanism": "bilateral meeting",
                "mechanism_text": "first round of the High North Dialogue",
                "ordinal": 1,
                "participants": [],
                "evidence": [
                    "The first round of the High North Dialogue will be held in Tromsø in the "
                    "autumn"
                ],
            },
            {
                "date": "2027-10",
                "date_text": "in October",
                "location": "Oslo",
                "countries": NI,
                "mechanism": "bilateral meeting",
                "participants": [EINARSSON, HAUGLAND],
                "evidence": [
                    "Prime Minister Einarsson is expected to visit Oslo in October for talks with "
                    "Norwegian Prime Minister Eirik Haugland"
                ],
            },
        ],
        "milestones": [
            {
                "name": "High North Dialogue established",
                "kind": "mechanism_established",
                "year": 2027,
                "date": "2027-06-09",
                "countries": NI,
                "evidence": [
                    "agreed on Wednesday to launch an annual High North Dialogue between their "
                    "foreign ministries"
                ],
            },
            {
                "name": "memorandum of understanding on search and rescue cooperation in the "
                "North Atlantic",
                "kind": "agreement",
                "year": 2027,
                "date": "2027-06-09",
                "countries": NI,
                "evidence": [
                    "They also signed a memorandum of understanding on search and rescue "
                    "cooperation in the North Atlantic"
                ],
            },
            {
                "name": "agreement on fisheries and continental shelf questions around Jan Mayen",
                "kind": "agreement",
                "year": 1980,
                "date": "1980",
                "countries": NI,
                "evidence": [
                    "the 1980 agreement on fisheries and continental shelf questions around Jan "
                    "Mayen"
                ],
            },
        ],
        "excluded": [
            "'The two ministers had last spoken in a video call in March': a video call",
            "'the coastal states' consultations on the division of the North-East Atlantic "
            "mackerel stock, which bring together Norway, Iceland, the Faroe Islands, the "
            "European Union and the United Kingdom': multilateral",
            "'the so-called Loophole Agreement of 1999 with Russia': trilateral (Norway, "
            "Iceland, Russia), not a bilateral milestone",
            "'Hildur will travel to Helsinki next week for a meeting of the Nordic foreign "
            "ministers': multilateral (and planned)",
            "'Solbakken told reporters': press remarks after the same talks",
            "'Iceland's Federation of Fisheries Companies welcomed the talks': an industry body, "
            "not a meeting",
            "'the quota agreement': not concluded",
            "'Update, 10 June': the update note; the Updated line does not re-date the story",
        ],
        "notes": (
            "Traits: two header lines 'Published 9 June 2027, 14:32' (a Wednesday) and "
            "'Updated 10 June 2027, 08:15' (a Thursday). JUDGEMENT: the Published line dates the "
            "story (the text was written on the 9th; 'on Wednesday' = 2027-06-09 either way, the "
            "latest Wednesday on or before the 10th is also the 9th). ICELANDIC NAMES: "
            "Icelanders are referred to by the given name ('Hildur described', 'Hildur was also "
            "present') = Hildur Magnúsdóttir ('her Icelandic counterpart' -> Foreign Minister); "
            "the prime minister is written 'Einarsson' in English style. meetings[0]: the lead "
            "gives people and date, the next sentence the city (two quotes). meetings[1]: 'called "
            "on Prime Minister' -> courtesy call (a verb only: no mechanism_text), 'later in the "
            "day' (same day), with Hildur 'also present' (3 participants); location None: the "
            "Government Offices are not placed by the text and the visit is only 'to Iceland' "
            "(likely Reykjavík). meetings[2]: background Oslo, November 2025. FORMAT SET UP: "
            "'agreed ... to launch an annual High North Dialogue' -> mechanism_established (own "
            "news, 2027-06-09); its 'first round' (Tromsø, 'in the autumn' -> 2027, ordinal 1; "
            "outside the vocabulary -> bilateral meeting; nobody named: the dialogue is 'between "
            "their foreign ministries'). Planned: Einarsson's visit to Oslo in October for talks "
            "with Haugland (2027-10). Milestones: search-and-rescue MoU (own news); the 1980 Jan "
            "Mayen agreement (real: signed 28 May 1980)."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "t805_chile_bolivia_political_consultations",
        "source_path": "gold/test/articles/t805_chile_bolivia_political_consultations.txt",
        "dateline": None,
        "meetings": [
            {
                "date": None,
                "date_text": "on Thursday",
                "location": "La Paz",
                "countries": CB,
                "mechanism": "Foreign Office Consultations",
                "mechanism_text": "25th round of the Chile-Bolivia Political Consultations "
                "Mechanism",
                "ordinal": 25,
                "participants": [MAMANI, ROJAS],
                "topics": [
                    "free transit of bolivian goods through chilean ports",
                    "waters of the silala",
                    "migration",
                    "fight against smuggling",
                    "rail link between oruro and the port of arica",
                ],
                "evidence": [
                    "signed a Roadmap for Integration and Cooperation on Thursday",
                    "The document was signed at the Palacio de Cristal Quemado, the headquarters "
                    "of the Bolivian Foreign Ministry, at the close of the 25th round of the "
                    "Chile-Bolivia Political Consultations Mechanism",
                    "The round was led by Bolivia's Vice Minister of Foreign Relations, Freddy "
                    "Mamani Condori, and Chile's Undersecretary of Foreign Affairs, Valentina "
                    "Rojas Errázuriz",
                    "It was the first time the mechanism had met in La Paz since 2019",
                ],
            },
            {
                "date": "2024",
                "date_text": "in 2024",
                "location": "Santiago",
                "countries": CB,
                "mechanism": "Foreign Office Consultations",
                "mechanism_text": "24th round",
                "ordinal": 24,
                "participants": [],
                "evidence": ["The 24th round was held in Santiago in 2024"],
            },
            {
                "date": "2019",
                "date_text": "since 2019",
                "location": "La Paz",
                "countries": CB,
                "mechanism": "Foreign Office Consultations",
                "participants": [],
                "optional": True,
                "evidence": ["It was the first time the mechanism had met in La Paz since 2019"],
            },
            {
                "date": None,
                "date_text": "last year",
                "location": "Lima",
                "countries": CB,
                "mechanism": "bilateral meeting",
                "participants": [QUIROGA, UNDURRAGA],
                "topics": ["revive the consultations"],
                "evidence": [
                    "Presidents Marcelo Quiroga of Bolivia and Cristóbal Undurraga of Chile held "
                    "a brief meeting on the sidelines of the inauguration of the president of "
                    "Peru in Lima last year"
                ],
            },
            {
                "date": None,
                "date_text": "last month",
                "location": "Asunción",
                "countries": CB,
                "mechanism": "bilateral meeting",
                "participants": [],
                "evidence": [
                    "The two foreign ministers met last month in Asunción on the sidelines of the "
                    "OAS General Assembly"
                ],
            },
        ],
        "planned_meetings": [
            {
                "date": None,
                "date_text": "next year",
                "location": "Santiago",
                "countries": CB,
                "mechanism": "Foreign Office Consultations",
                "mechanism_text": "26th round of the mechanism",
                "ordinal": 26,
                "participants": [],
                "evidence": [
                    "The 26th round of the mechanism will take place in Santiago next year"
                ],
            },
            {
                "date": None,
                "date_text": "on Friday",
                "location": "Oruro",
                "countries": CB,
                "mechanism": "bilateral meeting",
                "participants": [ROJAS, MAMANI],
                "topics": ["route of the planned railway"],
                "optional": True,
                "evidence": [
                    "on Friday she will travel to Oruro with her Bolivian counterpart to inspect "
                    "the route of the planned railway"
                ],
            },
        ],
        "milestones": [
            {
                "name": "Roadmap for Integration and Cooperation",
                "kind": "agreement",
                "year": None,
                "date": None,
                "countries": CB,
                "evidence": ["signed a Roadmap for Integration and Cooperation on Thursday"],
            },
            {
                "name": "Treaty of Peace and Friendship",
                "kind": "agreement",
                "year": 1904,
                "date": "1904",
                "countries": CB,
                "evidence": ["The 1904 Treaty of Peace and Friendship"],
            },
            {
                "name": "thirteen-point agenda",
                "kind": "agreement",
                "year": 2006,
                "date": "2006-07",
                "countries": CB,
                "optional": True,
                "evidence": [
                    "The thirteen-point agenda that the two governments adopted in July 2006"
                ],
            },
        ],
        "excluded": [
            "Bolivian Foreign Ministry spokesperson Daniela Gutiérrez: relays the consultations, "
            "not a participant",
            "'Chile and Bolivia broke off diplomatic relations in 1978': a rupture, not an "
            "establishment, restoration or normalisation",
            "'The International Court of Justice ruled in 2018 ... and in 2022 it settled the "
            "dispute over the Silala': court rulings, not signed agreements",
            "'Rojas Errázuriz also met representatives of Bolivian exporters': private "
            "business people, not officials",
            "'The two vice-ministers will also take part in a meeting with Argentina on lithium "
            "cooperation in Salta next month': trilateral (and planned)",
            "'the restoration of relations at the level of ambassadors \"is not on this year's "
            "table\"': not planned",
            "'a possible rail link between Oruro and the port of Arica': a plan",
            "'the inauguration of the president of Peru' and the 'OAS General Assembly': "
            "multilateral events (the bilateral meetings on their sidelines are labelled)",
            "'complaints from Bolivian truckers about queues at the border crossing': not a "
            "milestone",
        ],
        "notes": (
            "Traits: headline, byline 'By Carolina Quispe Mamani | La Paz' and NO date anywhere "
            "(dateline None): 'on Thursday', 'last year', 'last month', 'next year', 'on Friday' "
            "cannot be dated, so every such record keeps date None and no date_partial, and the "
            "own-news roadmap keeps year None. meetings[0]: the lead gives the day and the "
            "document, the next sentence the format and the venue, the one after the co-chairs "
            "(Spanish double surnames kept whole: Freddy Mamani Condori, Valentina Rojas "
            "Errázuriz; 'Rojas Errázuriz' later = the same person). JUDGEMENT: rounds of the "
            "'Political Consultations Mechanism' between the two foreign ministries are "
            "Foreign Office Consultations ('political consultations' in the vocabulary's "
            "description), ordinal 25. The city: the Palacio de Cristal Quemado is not placed "
            "in that sentence, but the headline and 'the first time the mechanism had met in La "
            "Paz since 2019' place the round in La Paz. meetings[1]: background 24th round "
            "(Santiago, 2024). JUDGEMENT: meetings[2] is only implied ('had met in La Paz since "
            "2019' = a round in La Paz in 2019) -> optional. meetings[3]: the presidents' brief "
            "meeting on the sidelines of the Peruvian inauguration 'last year' (date None; real "
            "world: Peru's inauguration falls on 28 July). meetings[4]: the two FMs (not named) "
            "met on the sidelines of the OAS General Assembly 'last month' (empty list). "
            "Planned: the 26th round (Santiago, 'next year': date None, ordinal 26); "
            "JUDGEMENT: the joint inspection trip to Oruro 'with her Bolivian counterpart' is "
            "not talks but officials of both countries together -> optional planned meeting "
            "(counterpart = Mamani Condori). Milestones: the roadmap (own news, year None); the "
            "1904 treaty (real: 20 October 1904); JUDGEMENT: the thirteen-point agenda "
            "'adopted' in July 2006 is a joint document, not stated as signed -> optional."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "t806_japan_uk_2plus2_mofa",
        "source_path": "gold/test/articles/t806_japan_uk_2plus2_mofa.txt",
        "dateline": "October 18, 2027",
        "meetings": [
            {
                "date": "2027-10-18",
                "date_partial": "--10-18",
                "date_text": "On October 18",
                "location": "Tokyo",
                "countries": JU,
                "mechanism": "2+2 Dialogue",
                "mechanism_text": 'Sixth Japan-UK Foreign and Defence Ministers\' Meeting ("2+2")',
                "ordinal": 6,
                "participants": [KAMIYA, ODA, WHITCOMBE, OKAFOR],
                "topics": [
                    "reciprocal access agreement",
                    "bilateral exercises",
                    "carrier strike group",
                    "global combat air programme",
                    "east china sea and the south china sea",
                    "north korea",
                    "russia's aggression against ukraine",
                    "middle east",
                ],
                "evidence": [
                    "On October 18, commencing at 3:30 p.m. for approximately 100 minutes, the "
                    'Sixth Japan-UK Foreign and Defence Ministers\' Meeting ("2+2") was held in '
                    "Tokyo",
                    "Mr. KAMIYA Takeshi, Minister for Foreign Affairs, and Ms. ODA Reiko, "
                    "Minister of Defense, attended from the Japanese side",
                    "The Rt Hon Eleanor Whitcombe MP, Secretary of State for Foreign, "
                    "Commonwealth and Development Affairs, and the Rt Hon Daniel Okafor MP, "
                    "Secretary of State for Defence, attended from the UK side",
                ],
            },
            {
                "date": "2027-10-18",
                "date_partial": "--10-18",
                "date_text": 'Prior to the "2+2"',
                "location": "Tokyo",
                "countries": JU,
                "mechanism": "bilateral meeting",
                "mechanism_text": "Foreign Ministers' Meeting",
                "participants": [KAMIYA, WHITCOMBE],
                "topics": ["economic security", "critical minerals", "cooperation in the g7"],
                "evidence": [
                    'Prior to the "2+2", from 2:40 p.m. for approximately 40 minutes, Minister '
                    "KAMIYA held a Foreign Ministers' Meeting with Foreign Secretary Whitcombe"
                ],
            },
            {
                "date": "2027-10-18",
                "date_partial": "--10-18",
                "date_text": "On the same day",
                "location": "Tokyo",
                "countries": JU,
                "mechanism": "courtesy call",
                "mechanism_text": "courtesy call",
                "participants": [WHITCOMBE, OKAFOR, SAEKI, KAMIYA],
                "evidence": [
                    "On the same day, Foreign Secretary Whitcombe and Defence Secretary Okafor "
                    "paid a courtesy call on Mr. SAEKI Haruto, Prime Minister. Minister KAMIYA "
                    "was also present"
                ],
            },
            {
                "date": "2027-10-17",
                "date_partial": "--10-17",
                "date_text": "On October 17",
                "location": "Tokyo",
                "countries": JU,
                "mechanism": "bilateral meeting",
                "mechanism_text": "Japan-UK Defence Ministerial Meeting",
                "participants": [ODA, OKAFOR],
                "topics": ["defence space situational awareness"],
                "evidence": [
                    "On October 17, Minister ODA and Secretary Okafor held a Japan-UK Defence "
                    "Ministerial Meeting at the Ministry of Defense"
                ],
            },
            {
                "date": "2015-01",
                "date_text": "in January 2015",
                "location": "London",
                "countries": JU,
                "mechanism": "2+2 Dialogue",
                "mechanism_text": 'first Japan-UK "2+2"',
                "ordinal": 1,
                "participants": [],
                "evidence": ['the first Japan-UK "2+2" was held in London in January 2015'],
            },
            {
                "date": "2026-01",
                "date_text": "in January 2026",
                "location": "London",
                "countries": JU,
                "mechanism": "2+2 Dialogue",
                "mechanism_text": 'fifth "2+2"',
                "ordinal": 5,
                "participants": [],
                "evidence": ['The fifth "2+2" was held in London in January 2026'],
            },
        ],
        "planned_meetings": [
            {
                "date": "2028",
                "date_text": "in 2028",
                "location": None,
                "countries": JU,
                "mechanism": "2+2 Dialogue",
                "mechanism_text": 'next "2+2"',
                "participants": [],
                "evidence": ['the next "2+2" will be held in the United Kingdom in 2028'],
            },
        ],
        "milestones": [
            {
                "name": "Leading Strategic Partnership",
                "kind": "partnership_upgrade",
                "year": 2012,
                "date": "2012",
                "countries": JU,
                "evidence": [
                    'the "Leading Strategic Partnership" announced by the leaders of the two '
                    "countries in 2012"
                ],
            },
            {
                "name": "Enhanced Global Strategic Partnership",
                "kind": "partnership_upgrade",
                "year": 2023,
                "date": "2023-05",
                "countries": JU,
                "evidence": [
                    'the "Enhanced Global Strategic Partnership" set out in the Hiroshima Accord '
                    "of May 2023"
                ],
            },
            {
                "name": "Hiroshima Accord",
                "kind": "agreement",
                "year": 2023,
                "date": "2023-05",
                "countries": JU,
                "optional": True,
                "evidence": ["the Hiroshima Accord of May 2023"],
            },
            {
                "name": "Japan-UK Reciprocal Access Agreement (RAA)",
                "kind": "agreement",
                "year": 2023,
                "date": "2023-01",
                "countries": JU,
                "evidence": [
                    "the Japan-UK Reciprocal Access Agreement (RAA), signed in January 2023"
                ],
            },
            {
                "name": "Japan-UK Reciprocal Access Agreement (RAA) enters into force",
                "kind": "agreement",
                "year": 2023,
                "date": "2023-10",
                "countries": JU,
                "optional": True,
                "evidence": ["which entered into force in October 2023"],
            },
            {
                "name": "Memorandum of Cooperation on Defence Space Situational Awareness",
                "kind": "agreement",
                "year": 2027,
                "date": "2027-10-17",
                "countries": JU,
                "evidence": [
                    "the signing of the Memorandum of Cooperation on Defence Space Situational "
                    "Awareness by Minister ODA and Secretary Okafor on October 17"
                ],
            },
            {
                "name": '"2+2" established',
                "kind": "mechanism_established",
                "year": 2015,
                "date": "2015-01",
                "countries": JU,
                "optional": True,
                "evidence": ['the first Japan-UK "2+2" was held in London in January 2015'],
            },
        ],
        "excluded": [
            "'the Global Combat Air Programme (GCAP) being jointly developed by Japan, the UK and "
            "Italy' and 'close coordination with Italy': trilateral",
            '\'conveyed the wish of the UK side to hold the Japan-UK Economic "2+2" early next '
            "year': a wish, not a scheduled meeting",
            "'Minister KAMIYA and Foreign Secretary Whitcombe last held a telephone talk in "
            "July': a phone call",
            "'the deployment of a UK Carrier Strike Group to the Indo-Pacific in 2029': a plan",
            "'cooperation in the G7': multilateral",
            "the title line: the same 2+2",
        ],
        "notes": (
            "Traits: Japanese MOFA-style release; title, then a bare date line 'October 18, "
            "2027' (a Monday), then numbered sections and '(Reference)' paragraphs. JAPANESE "
            "NAMES written family name first in capitals with honorifics ('Mr. KAMIYA Takeshi', "
            "'Ms. ODA Reiko', 'Mr. SAEKI Haruto') are given name first without the honorific: "
            "Takeshi Kamiya, Reiko Oda, Haruto Saeki ('Minister KAMIYA' later = the same "
            "person). British honorifics 'The Rt Hon' and 'MP' stripped (Eleanor Whitcombe, "
            "Daniel Okafor); 'Foreign Secretary Whitcombe', 'Defence Secretary Okafor' later = "
            "the same persons, titles as first given in full. meetings[0]: the sixth 2+2 "
            "(2+2 Dialogue, ordinal 6; four ministers; the attendees are in the next two "
            "sentences). meetings[1]: the Foreign Ministers' Meeting 'Prior to the \"2+2\"' "
            "(same day; separate meeting of two of the same people). meetings[2]: 'paid a "
            "courtesy call on ... Prime Minister' by the two UK ministers, with Minister KAMIYA "
            "'also present' (4 participants). meetings[3]: the defence ministers' meeting on "
            "October 17 at the Ministry of Defense. JUDGEMENT on places: 'Minister KAMIYA "
            "welcomed the Foreign Secretary and the Defence Secretary to Tokyo' states the visit "
            "to Tokyo that covers meetings[1]-[3], so they are placed in Tokyo. meetings[4], "
            "[5]: background first (London, January 2015, ordinal 1) and fifth (London, January "
            "2026, ordinal 5) 2+2. Planned: 'the next \"2+2\" ... in the United Kingdom in 2028' "
            "('next' is no ordinal; a country: location None). Milestones: upgrade history "
            "'Leading Strategic Partnership' 2012 -> 'Enhanced Global Strategic Partnership' "
            "May 2023; JUDGEMENT: the Hiroshima Accord is a named leaders' document of May 2023 "
            "but no signing is stated -> optional agreement; RAA signed January 2023 (acronym "
            "given in parentheses) + optional entry into force October 2023; the space "
            "memorandum (own news, October 17); the first 2+2 as optional mechanism_established. "
            "Real: the Japan-UK RAA was signed on 11 January 2023 and entered into force on 11 "
            "October 2023; the Hiroshima "
            "Accord is of 18 May 2023; the first Japan-UK 2+2 was held in London on 21 January "
            "2015."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "t807_australia_png_ministerial_forum",
        "source_path": "gold/test/articles/t807_australia_png_ministerial_forum.txt",
        "dateline": "Tuesday 8th December 2026",
        "meetings": [
            {
                "date": "2026-12-07",
                "date_partial": "--12-07",
                "date_text": "yesterday",
                "location": "Port Moresby",
                "countries": AP,
                "mechanism": "bilateral meeting",
                "mechanism_text": "32nd Australia-Papua New Guinea Ministerial Forum",
                "ordinal": 32,
                "participants": [KILA, WHITFIELD, SIUNE, GAUDI, RAYNER, LEE],
                "topics": [
                    "second undersea internet cable",
                    "national data centre",
                    "internet prices",
                ],
                "evidence": [
                    "PAPUA New Guinea and Australia yesterday signed the DIPA",
                    "The signing capped the 32nd Australia-Papua New Guinea Ministerial Forum, "
                    "which was held at APEC Haus in Port Moresby",
                    "The forum was co-chaired by Foreign Affairs Minister Hon. Bryan Tomu Kila "
                    "and Australia's Minister for Foreign Affairs Sarah Whitfield",
                    "Also attending were Defence Minister Hon. Ben Kaupa Siune and Treasurer Hon. "
                    "Elizabeth Gaudi on the PNG side, and Australia's Minister for Defence Tom "
                    "Rayner and Minister for International Development and the Pacific Marcus Lee",
                ],
            },
            {
                "date": "2026-12-06",
                "date_partial": "--12-06",
                "date_text": "On Sunday",
                "location": None,
                "countries": AP,
                "mechanism": "courtesy call",
                "participants": [WHITFIELD, RAYNER, KAMBULI, KILA],
                "topics": [
                    "implementation of the pukpuk treaty",
                    "recruitment of png citizens into the australian defence force",
                ],
                "evidence": [
                    "On Sunday, Ms Whitfield and Mr Rayner called on Prime Minister Hon. Sir Pius "
                    "Kambuli at Sir Manasupe Haus",
                    "Mr Kila was also present at the meeting",
                ],
            },
            {
                "date": "2025",
                "date_text": "in 2025",
                "location": "Brisbane",
                "countries": AP,
                "mechanism": "bilateral meeting",
                "mechanism_text": "31st forum",
                "ordinal": 31,
                "participants": [],
                "evidence": ["The 31st forum was held in Brisbane in 2025"],
            },
        ],
        "planned_meetings": [
            {
                "date": "2027",
                "date_text": "in 2027",
                "location": None,
                "countries": AP,
                "mechanism": "bilateral meeting",
                "mechanism_text": "next forum",
                "participants": [],
                "evidence": ["The next forum will be held in Australia in 2027"],
            },
            {
                "date": "2027-02",
                "date_text": "in February",
                "location": "Canberra",
                "countries": AP,
                "mechanism": "bilateral meeting",
                "participants": [KAMBULI],
                "topics": ["labour mobility scheme"],
                "evidence": [
                    "Prime Minister Kambuli is expected to visit Canberra in February for talks "
                    "with his Australian counterpart on the Labour Mobility scheme"
                ],
            },
        ],
        "milestones": [
            {
                "name": "Digital Infrastructure Partnership Agreement (DIPA)",
                "kind": "agreement",
                "year": 2026,
                "date": "2026-12-07",
                "countries": AP,
                "evidence": [
                    "PAPUA New Guinea and Australia yesterday signed the DIPA",
                    "the Digital Infrastructure Partnership Agreement would",
                ],
            },
            {
                "name": "Pukpuk Treaty",
                "kind": "agreement",
                "year": 2025,
                "date": "2025-10",
                "countries": AP,
                "evidence": [
                    "The Pukpuk Treaty, the mutual defence treaty signed by the two prime "
                    "ministers in Canberra in October 2025"
                ],
            },
            {
                "name": "Pukpuk Treaty enters into force",
                "kind": "agreement",
                "year": 2026,
                "date": "2026-03",
                "countries": AP,
                "optional": True,
                "evidence": ["entered into force in March this year"],
            },
            {
                "name": "Bilateral Security Agreement",
                "kind": "agreement",
                "year": 2023,
                "date": "2023-12",
                "countries": AP,
                "evidence": ["the Bilateral Security Agreement signed in December 2023"],
            },
            {
                "name": "Comprehensive Strategic and Economic Partnership",
                "kind": "partnership_upgrade",
                "year": 2020,
                "date": "2020-08",
                "countries": AP,
                "evidence": [
                    "The two countries elevated their relationship to a Comprehensive Strategic "
                    "and Economic Partnership in August 2020"
                ],
            },
            {
                "name": "diplomatic relations established",
                "kind": "other",
                "year": 1975,
                "date": "1975",
                "countries": AP,
                "evidence": [
                    "Australia established diplomatic relations with PNG at independence in 1975"
                ],
            },
        ],
        "excluded": [
            "'A delegation of 40 Australian companies, led by the Australia PNG Business "
            "Council, met PNG Government departments on Monday': a business delegation",
            "'a trilateral meeting of Australian, New Zealand and PNG foreign ministers' in "
            "Wellington: trilateral (and planned)",
            "'she told reporters after the forum': press remarks",
            "'Australia would contribute A$350 million over ten years': a figure",
            "'PNG has been Australia's largest development partner for decades': a standing "
            "description, no level or date",
            "'cut internet prices by up to 40 per cent within three years': an estimate",
            "the headline: the same agreement and forum",
        ],
        "notes": (
            "Traits: Post-Courier-style story: headline, byline 'By KILA WAIM' and the date on "
            "its own line with an ordinal suffix 'Tuesday 8th December 2026' (a Tuesday): "
            "'yesterday' = 2026-12-07, 'On Sunday' = 2026-12-06, 'in March this year' = "
            "2026-03, 'in February' (future) = 2027-02. ACRONYM: the lead writes only 'the "
            "DIPA'; it is spelled out later ('the Digital Infrastructure Partnership "
            "Agreement') -> 'Digital Infrastructure Partnership Agreement (DIPA)', own news. "
            "SPLIT: the lead gives the day; the forum and the city are in the next sentence, "
            "the co-chairs in the one after and four more ministers 'Also attending' in the "
            "third (6 participants). The 'Ministerial Forum' is a named format outside the "
            "vocabulary -> bilateral meeting, ordinal 32. HONORIFICS stripped: 'Hon.' (Bryan "
            "Tomu Kila, Ben Kaupa Siune, Elizabeth Gaudi), 'Hon. Sir' (Pius Kambuli), 'Mr', "
            "'Ms'. 'Foreign Affairs Minister' is Kila's title as written. meetings[1]: 'called "
            "on Prime Minister' -> courtesy call (a verb only: no mechanism_text) with Kila "
            "'also present at the meeting' (4 participants); location None: Sir Manasupe Haus "
            "is not placed by the text (likely Port Moresby). meetings[2]: background 31st "
            "forum (Brisbane, 2025). Planned: 'The next forum will be held in Australia in "
            "2027' ('next' is no ordinal; a country: location None); Kambuli's visit to "
            "Canberra with an unnamed counterpart (one participant). Milestones: DIPA (own "
            "news); Pukpuk Treaty October 2025 + optional entry into force March 2026; "
            "Bilateral Security Agreement December 2023; CSEP upgrade August 2020; relations "
            "1975. Real: the Bilateral Security Agreement was signed on 7 December 2023 and the "
            "Pukpuk Treaty on 6 October 2025."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "t808_qatar_turkey_supreme_strategic_committee",
        "source_path": "gold/test/articles/t808_qatar_turkey_supreme_strategic_committee.txt",
        "dateline": "Last updated: 18 Dec 2026 - 12:10 AM",
        "meetings": [
            {
                "date": "2026-12-17",
                "date_partial": "--12-17",
                "date_text": "on Thursday",
                "location": "Doha",
                "countries": QT,
                "mechanism": "bilateral meeting",
                "mechanism_text": "12th meeting of the Qatar-Türkiye Supreme Strategic Committee",
                "ordinal": 12,
                "participants": [AMIR, AYDIN, FAISAL, JABOR, MOHAMMED, KARACA, KOCABAS, YALCIN],
                "topics": [
                    "comprehensive strategic partnership",
                    "defence",
                    "energy",
                    "investment",
                    "bilateral trade",
                    "unity and territorial integrity of syria",
                    "reconstruction of gaza",
                ],
                "evidence": [
                    "His Highness the Amir Sheikh Hamad bin Abdulaziz Al Thani and President of "
                    "the Republic of Türkiye Kemal Aydın on Thursday co-chaired the 12th meeting "
                    "of the Qatar-Türkiye Supreme Strategic Committee",
                    "The meeting was held at the Amiri Diwan",
                    "The official talks session of the committee was attended, on the Qatari "
                    "side, by HE the Prime Minister and Minister of Foreign Affairs Sheikh Faisal "
                    "bin Saud Al Thani, HE the Deputy Prime Minister and Minister of State for "
                    "Defence Affairs Sheikh Jabor bin Nasser Al Thani, and HE the Minister of "
                    "Commerce and Industry Sheikh Mohammed bin Faleh Al Thani",
                    "The Turkish side included Minister of Foreign Affairs Selim Karaca, Minister "
                    "of National Defence Ayşe Kocabaş and Minister of Treasury and Finance Emre "
                    "Yalçın",
                ],
            },
            {
                "date": "2026-12-17",
                "date_partial": "--12-17",
                "date_text": "preceded by",
                "location": "Doha",
                "countries": QT,
                "mechanism": "bilateral meeting",
                "participants": [AMIR, AYDIN],
                "topics": ["gaza", "syria", "lebanon"],
                "evidence": [
                    "It was preceded by a one-on-one session between His Highness the Amir and "
                    "the Turkish President, during which they reviewed the fraternal relations "
                    "between the two countries and the latest developments in Gaza, Syria and "
                    "Lebanon"
                ],
            },
            {
                "date": "2026-12-17",
                "date_partial": "--12-17",
                "date_text": "Earlier in the day",
                "location": "Doha",
                "countries": QT,
                "mechanism": "courtesy call",
                "participants": [KARACA, FAISAL, NOURA],
                "topics": [
                    "preparations for the committee meeting",
                    "regional mediation efforts",
                ],
                "evidence": [
                    "Earlier in the day, Foreign Minister Selim Karaca called on HE the Prime "
                    "Minister and Minister of Foreign Affairs Sheikh Faisal bin Saud Al Thani at "
                    "his office",
                    "HE Minister of State for Foreign Affairs Dr. Noura bint Abdullah Al Kuwari "
                    "attended the meeting",
                ],
            },
            {
                "date": "2015-12",
                "date_text": "in December 2015",
                "location": "Doha",
                "countries": QT,
                "mechanism": "bilateral meeting",
                "mechanism_text": "Supreme Strategic Committee",
                "ordinal": 1,
                "participants": [],
                "evidence": ["The committee first met in Doha in December 2015"],
            },
            {
                "date": "2025-11",
                "date_text": "in November 2025",
                "location": "Ankara",
                "countries": QT,
                "mechanism": "bilateral meeting",
                "mechanism_text": "11th meeting",
                "ordinal": 11,
                "participants": [],
                "evidence": ["its 11th meeting was held in Ankara in November 2025"],
            },
            {
                "date": "2026-11",
                "date_text": "last month",
                "location": "Antalya",
                "countries": QT,
                "mechanism": "bilateral meeting",
                "participants": [AMIR, AYDIN],
                "topics": ["preparations for the committee meeting"],
                "evidence": [
                    "The two leaders also met briefly last month on the sidelines of the COP31 "
                    "climate conference in Antalya"
                ],
            },
        ],
        "planned_meetings": [
            {
                "date": "2027",
                "date_text": "next year",
                "location": None,
                "countries": QT,
                "mechanism": "bilateral meeting",
                "mechanism_text": "13th meeting of the committee",
                "ordinal": 13,
                "participants": [AMIR, AYDIN],
                "evidence": [
                    "President Aydın invited His Highness the Amir to attend the 13th meeting of "
                    "the committee, which will be held in Türkiye next year",
                    "His Highness the Amir accepted the invitation",
                ],
            },
            {
                "date": "2027",
                "date_text": "in the first half of 2027",
                "location": "Istanbul",
                "countries": QT,
                "mechanism": "bilateral meeting",
                "participants": [],
                "topics": ["defence industry"],
                "evidence": [
                    "to hold a meeting of the two countries' defence industry officials in "
                    "Istanbul in the first half of 2027"
                ],
            },
        ],
        "milestones": [
            {
                "name": "Comprehensive Strategic Partnership",
                "kind": "partnership_upgrade",
                "year": 2026,
                "date": "2026-12-17",
                "countries": QT,
                "evidence": [
                    "at which the two countries raised their relations to a comprehensive "
                    "strategic partnership"
                ],
            },
            {
                "name": "Doha Joint Declaration",
                "kind": "agreement",
                "year": 2026,
                "date": "2026-12-17",
                "countries": QT,
                "evidence": [
                    "His Highness the Amir and President Aydın signed the Doha Joint Declaration"
                ],
            },
            {
                "name": "agreement on cooperation in the defence industry",
                "kind": "agreement",
                "year": 2026,
                "date": "2026-12-17",
                "countries": QT,
                "evidence": ["an agreement on cooperation in the defence industry"],
            },
            {
                "name": "memorandum of understanding on cooperation in the field of artificial "
                "intelligence",
                "kind": "agreement",
                "year": 2026,
                "date": "2026-12-17",
                "countries": QT,
                "evidence": [
                    "a memorandum of understanding on cooperation in the field of artificial "
                    "intelligence"
                ],
            },
            {
                "name": "agreement on the mutual recognition of driving licences",
                "kind": "agreement",
                "year": 2026,
                "date": "2026-12-17",
                "countries": QT,
                "evidence": ["an agreement on the mutual recognition of driving licences"],
            },
            {
                "name": "agreement on military training and the deployment of Turkish forces on "
                "Qatari territory",
                "kind": "agreement",
                "year": 2014,
                "date": "2014-12",
                "countries": QT,
                "evidence": [
                    "the two countries signed an agreement on military training and the "
                    "deployment of Turkish forces on Qatari territory in December 2014"
                ],
            },
            {
                "name": "Supreme Strategic Committee established",
                "kind": "mechanism_established",
                "year": 2014,
                "date": "2014-12",
                "countries": QT,
                "evidence": [
                    "the same month in which they agreed to establish the Supreme Strategic "
                    "Committee",
                    "since its establishment in 2014",
                ],
            },
            {
                "name": "currency swap agreement between the Qatar Central Bank and the Central "
                "Bank of the Republic of Türkiye",
                "kind": "agreement",
                "year": 2018,
                "date": "2018-08",
                "countries": QT,
                "optional": True,
                "evidence": [
                    "the currency swap agreement between the Qatar Central Bank and the Central "
                    "Bank of the Republic of Türkiye, first signed in August 2018"
                ],
            },
            {
                "name": "joint working group on food security established",
                "kind": "mechanism_established",
                "year": 2026,
                "date": "2026-12-17",
                "countries": QT,
                "optional": True,
                "evidence": [
                    "The committee agreed to set up a joint working group on food security"
                ],
            },
        ],
        "excluded": [
            "'Qatar, Egypt, Türkiye and the United States signed the Gaza ceasefire declaration "
            "in Sharm El-Sheikh in October 2025': a four-country document, not bilateral",
            "'continue to \"work hand in hand\" with Egypt and the United States': multilateral "
            "mediation",
            "'Speaking to the press on the sidelines of the meeting': press remarks",
            "'A Qatar-Türkiye Business Forum ... with the participation of more than 300 "
            "businesspeople': a business forum",
            "'a long-term agreement under which QatarEnergy will supply liquefied natural gas to "
            "Türkiye's state-owned BOTAŞ': a commercial contract between companies",
            "'was received at Hamad International Airport by HE the Prime Minister': an airport "
            "reception",
            "'His Highness the Amir and President Aydın spoke by phone about the situation in "
            "Syria': a phone call",
            "'heading to Kuwait': another pair",
            "'the blockade imposed by four countries in 2017': not a landmark of this pair's "
            "relationship (no level, document or format)",
            "'increase the volume of bilateral trade to US$15 billion within five years': a "
            "target; trade and investment figures",
            "'The other documents, covering health, media, youth and sports and the protection "
            "of the environment, were not named': not named",
            "'the COP31 climate conference': multilateral (the bilateral on its sidelines is "
            "labelled)",
            "the headline: the same committee meeting and upgrade",
        ],
        "notes": (
            "Traits: long (~1,030 words) Gulf-paper report with only a 'Last updated: 18 Dec 2026 "
            "- 12:10 AM' stamp (a Friday, ten minutes after midnight) and the dateline 'Doha:'. "
            "JUDGEMENT: the update stamp dates the story; 'on Thursday' in a past-tense report = "
            "the latest Thursday on or before 18 December 2026 = 2026-12-17 (the visit also "
            "ends 'on Thursday night'); 'last month' = 2026-11, 'next year' = 2027. HONORIFICS "
            "stripped: 'His Highness the Amir', 'HE', 'Sheikh', 'Dr.'; Arabic names kept whole "
            "('bin', 'bint', 'Al Thani'). 'Türkiye' -> Turkey. meetings[0]: the 12th meeting of "
            "the Supreme Strategic Committee (named format outside the vocabulary -> bilateral "
            "meeting, ordinal 12) at the Amiri Diwan (Doha: the dateline city and the visit); "
            "the six ministers named as attending 'The official talks session of the committee' "
            "are participants (8); 'a number of senior officials' are not named. meetings[1]: "
            "the 'one-on-one session' that preceded it = separate talks on the side of the "
            "format (own meeting). meetings[2]: 'called on HE the Prime Minister' -> courtesy "
            "call (a verb only: no mechanism_text), with the minister of state who 'attended the "
            "meeting' (3 participants). meetings[3]: 'The committee first met in Doha in December "
            "2015' -> ordinal 1. meetings[4]: 11th meeting (Ankara, November 2025). meetings[5]: "
            "the leaders' brief meeting 'on the sidelines of the COP31 climate conference in "
            "Antalya' last month. Planned: the 13th meeting 'in Türkiye next year' (2027, "
            "location None); JUDGEMENT: the Amir accepted the invitation to attend and the "
            "President invited him: both implied (as t702); the defence industry officials' "
            "meeting in Istanbul in the first half of 2027 (nobody named). Milestones: own-news "
            "upgrade to a Comprehensive Strategic Partnership, the Doha Joint Declaration and "
            "three named documents (2026-12-17; the header gives the year); the December 2014 "
            "forces agreement; the committee 'agreed to establish' in December 2014 "
            "(mechanism_established; 'since its establishment in 2014'). JUDGEMENT: the currency "
            "swap between the two central banks is optional (institutions, not the "
            "governments); the food-security working group the committee 'agreed to set up' is "
            "an optional mechanism_established (a low-level format, as t702)."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "t809_south_korea_kazakhstan_state_visit_planned",
        "source_path": "gold/test/articles/t809_south_korea_kazakhstan_state_visit_planned.txt",
        "dateline": "Published : 2027-08-03 15:21",
        "meetings": [
            {
                "date": "2026-11",
                "date_text": "in November last year",
                "location": "Seoul",
                "countries": KK,
                "mechanism": "bilateral meeting",
                "participants": [HAN, ABENOV],
                "evidence": [
                    "Han and Abenov last held talks on the sidelines of the Korea-Central Asia "
                    "Summit in Seoul in November last year"
                ],
            },
            {
                "date": "2027-04",
                "date_text": "in April",
                "location": "Astana",
                "countries": KK,
                "mechanism": "bilateral meeting",
                "participants": [PARK, DZHAKSYBEKOV],
                "evidence": [
                    "Foreign Minister Park Jun-ho met his Kazakh counterpart Aibek Dzhaksybekov "
                    "in Astana in April"
                ],
            },
            {
                "date": "2027-07",
                "date_text": "last month",
                "location": None,
                "countries": KK,
                "mechanism": "Strategic Dialogue",
                "mechanism_text": "fourth round of their strategic dialogue",
                "ordinal": 4,
                "participants": [LEE_DH, SARSENBAYEV],
                "evidence": [
                    "First Vice Foreign Minister Lee Do-hyun and Kazakh Deputy Foreign Minister "
                    "Daniyar Sarsenbayev held the fourth round of their strategic dialogue via "
                    "videoconference last month"
                ],
            },
            {
                "date": "2019",
                "date_text": "since 2019",
                "location": None,
                "countries": KK,
                "mechanism": "bilateral meeting",
                "participants": [],
                "optional": True,
                "evidence": [
                    "It will be the first visit to Korea by a Kazakh head of state since 2019"
                ],
            },
        ],
        "planned_meetings": [
            {
                "date": "2027-08-11",
                "date_partial": "--08-11",
                "date_text": "on Aug. 11",
                "location": None,
                "countries": KK,
                "mechanism": "bilateral summit",
                "participants": [HAN, ABENOV],
                "topics": [
                    "critical minerals",
                    "energy",
                    "infrastructure",
                    "logistics through the trans-caspian route",
                    "nuclear power plant",
                ],
                "evidence": [
                    "President Han Seung-woo will hold summit talks with Abenov at Cheong Wa Dae "
                    "on Aug. 11",
                    "Kazakh President Nurlan Abenov will make a three-day state visit to South "
                    "Korea from Aug. 10",
                ],
            },
            {
                "date": "2027-08-12",
                "date_partial": "--08-12",
                "date_text": "on Aug. 12",
                "location": None,
                "countries": KK,
                "mechanism": "bilateral meeting",
                "participants": [ABENOV, CHOI],
                "evidence": [
                    "Abenov is also scheduled to meet Prime Minister Choi Yoon-hee on Aug. 12"
                ],
            },
        ],
        "milestones": [
            {
                "name": "Strategic Partnership",
                "kind": "partnership_upgrade",
                "year": 2009,
                "date": "2009",
                "countries": KK,
                "evidence": ["Korea and Kazakhstan established a strategic partnership in 2009"],
            },
            {
                "name": "Enhanced Strategic Partnership",
                "kind": "partnership_upgrade",
                "year": 2019,
                "date": "2019",
                "countries": KK,
                "evidence": ["upgraded it to an enhanced strategic partnership in 2019"],
            },
            {
                "name": "memorandum of understanding on a critical minerals supply chain "
                "partnership",
                "kind": "agreement",
                "year": 2024,
                "date": "2024-06",
                "countries": KK,
                "evidence": [
                    "The two countries signed a memorandum of understanding on a critical "
                    "minerals supply chain partnership in June 2024"
                ],
            },
        ],
        "excluded": [
            "presidential spokesperson Kim Min-seo 'told a briefing': relays the plans, not a "
            "participant",
            "'before attending a business forum with the heads of Korea's major conglomerates': "
            "business people (and planned)",
            "'followed by a state banquet': part of the planned summit, not a separate meeting",
            "'more than 10 agreements and memorandums to be signed during the visit': plans",
            "'they hope the summit will raise ties to a comprehensive strategic partnership': a "
            "hoped-for upgrade, not done",
            "'the Korea-Central Asia Summit in Seoul ... the first meeting of its kind between "
            "Korea and the five Central Asian nations': multilateral (the sideline talks are "
            "labelled)",
            "'Han and Abenov spoke over the phone in May': a phone call",
            "'bilateral trade reaching $6.8 billion last year': a figure",
            "yoonhe@heraldcorp.com, Yoon Ha-eun: the byline",
        ],
        "notes": (
            "Traits: Korea Herald-style header 'Published : 2027-08-03 15:21  Updated : "
            "2027-08-03 18:40' (year-first numeric; 3 August 2027 is a Tuesday, 'Cheong Wa Dae "
            "said Tuesday'); both stamps are of the same day, the Published one is taken. "
            "Mostly PLANNED: summit talks on Aug. 11 (a 'summit' of the presidents -> bilateral "
            "summit; 'summit talks' is the generic noun, no mechanism_text) and the meeting "
            "with the prime minister on Aug. 12; location None: the visit is 'to South Korea' "
            "and Cheong Wa Dae is not placed by the text (likely Seoul). KOREAN NAMES family "
            "name first, kept as written (Han Seung-woo, Choi Yoon-hee, Park Jun-ho, Lee "
            "Do-hyun); 'Han', 'Abenov' alone later = the same persons. Presidential spokesperson "
            "Kim Min-seo only relays. meetings[0]: background talks 'on the sidelines of the "
            "Korea-Central Asia Summit in Seoul in November last year' (2026-11). meetings[1]: "
            "FMs in Astana 'in April' (2027-04; 'his Kazakh counterpart' -> Foreign Minister). "
            "JUDGEMENT meetings[2]: the vice-ministers' 'fourth round of their strategic dialogue "
            "via videoconference last month' is a dialogue held virtually (the conventions count "
            "virtual dialogues; only video *calls* are excluded), 2027-07; its mechanism is "
            "Strategic Dialogue because the name decides, though the level would also fit "
            "Vice-Ministerial Dialogue. JUDGEMENT meetings[3]: 'the first visit to Korea by a "
            "Kazakh head of state since 2019' implies a 2019 head-of-state visit (nobody named, "
            "talks not stated) -> optional. Milestones: strategic partnership 2009 -> enhanced "
            "strategic partnership 2019 (two steps); critical-minerals MoU June 2024."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "t810_mexico_guatemala_virtual_summit",
        "source_path": "gold/test/articles/t810_mexico_guatemala_virtual_summit.txt",
        "dateline": "This article was first published in Spanish on 25/05/2027",
        "meetings": [
            {
                "date": "2027-05-24",
                "date_partial": "--05-24",
                "date_text": "on Monday",
                "location": None,
                "countries": MG,
                "mechanism": "Virtual Summit",
                "mechanism_text": "virtual summit",
                "participants": [CERVANTES, SAC],
                "topics": [
                    "migration",
                    "deportation of guatemalan migrants",
                    "binational commission",
                    "rail link between ciudad hidalgo and tecún umán",
                ],
                "evidence": [
                    "Mexican President Mariana Cervantes Ortiz and Guatemalan President Luis "
                    "Fernando Sac held a virtual summit on Monday",
                    "During the hour-long video summit, the two leaders agreed to reconvene the "
                    "Mexico-Guatemala Binational Commission",
                ],
            },
            {
                "date": "2026-10",
                "date_text": "in October 2026",
                "location": "Tapachula",
                "countries": MG,
                "mechanism": "bilateral meeting",
                "participants": [CERVANTES, SAC],
                "evidence": ["The two presidents last met in person in Tapachula in October 2026"],
            },
            {
                "date": "2021",
                "date_text": "since 2021",
                "location": None,
                "countries": MG,
                "mechanism": "Joint Commission",
                "mechanism_text": "Mexico-Guatemala Binational Commission",
                "participants": [],
                "optional": True,
                "evidence": [
                    "the Mexico-Guatemala Binational Commission, which has not met since 2021"
                ],
            },
        ],
        "planned_meetings": [
            {
                "date": "2027-09",
                "date_text": "in September",
                "location": "Guatemala City",
                "countries": MG,
                "mechanism": "Joint Commission",
                "mechanism_text": "XIII meeting",
                "ordinal": 13,
                "participants": [],
                "evidence": ["Its XIII meeting will be held in Guatemala City in September"],
            },
        ],
        "milestones": [
            {
                "name": "Treaty of Limits",
                "kind": "agreement",
                "year": 1882,
                "date": "1882",
                "countries": MG,
                "evidence": ["the Treaty of Limits signed in 1882"],
            },
        ],
        "excluded": [
            "'Mexico's Foreign Secretary Andrés Villaseñor and Guatemalan Foreign Minister Ana "
            "Lucía Xiloj held a video call to prepare Monday's summit': a video call",
            "'Cervantes told her morning press conference': a press conference",
            "'Belize's prime minister is due to join the two presidents in a trilateral meeting "
            "on the protection of the Usumacinta basin': trilateral (and planned)",
            "'instructed their governments to complete the study for a rail link': a plan",
            "'when they inaugurated a new customs complex on the Suchiate river': infrastructure, "
            "part of the labelled Tapachula meeting",
            "'a dispute over the deportation of Guatemalan migrants from Chiapas': not a meeting "
            "or milestone",
        ],
        "notes": (
            "Traits: short (~230 words); dateline city 'MEXICO CITY —' without a date; the date "
            "is ONLY in the footer 'This article was first published in Spanish on 25/05/2027' "
            "(day-first numeric, Mexican usage: 25 May 2027, a Tuesday; a month 25 is "
            "impossible). 'on Monday' in a past-tense report = 2027-05-24; 'On Tuesday, "
            "Cervantes told her morning press conference' = the story's day. meetings[0]: a "
            "'virtual summit' / 'video summit' of the presidents is a meeting (Virtual Summit), "
            "unlike the FMs' 'video call'; location None (held by video; the dateline city is "
            "the reporter's). Spanish double surname kept whole (Mariana Cervantes Ortiz; "
            "'Cervantes' later = the same person). meetings[1]: background Tapachula, October "
            "2026. JUDGEMENT: the 'Binational Commission' is a joint commission of the two "
            "governments -> Joint Commission; meetings[2] is only implied ('has not met since "
            "2021') -> optional. Planned: 'Its XIII meeting' in Guatemala City in September "
            "(2027-09); JUDGEMENT: the Roman numeral XIII is the ordinal 13. Milestone: the "
            "Treaty of Limits, 1882 (real: signed 27 September 1882)."
        ),
    },
]
