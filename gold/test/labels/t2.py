"""Gold labels for batch T2 (test split): 8 articles, Africa and the Middle East.

Fictional but plausible reports (invented office holders, real titles, real cities). Same record
format as gold/labels/new_articles.py: ``evidence`` as exact quotes, ``participants`` as
(name, title, country). ``date_resolved`` only where a weekday pins a yearless month-day.

| id | pair | header style | traits / traps |
|---|---|---|---|
| t201_south_africa_china_visit_wire | South Africa-China | `PRETORIA, Sept 9 (AFP) -` (no year) | Chinese name family first; "on Monday" with a yearless dateline (date_resolved 2024-09-09); courtesy call on the President "Later on Monday"; FOCAC and BRICS summits (excluded, multilateral); CSP 2010; same visit as t202 |
| t202_south_africa_china_visit_local | South Africa-China (same visit as t201) | local paper byline `Staff Reporter (Wires), 10 Sep, 2024 07:15 AM` | "on Monday" resolved from the byline (a Tuesday) to 2024-09-09; "called on" the President with two SA ministers present (4 participants); joint statement signed; planned state visit "next year"; phone call in July (excluded); sideline bilateral at the BRICS summit "in August last year" (a meeting); history 1998/2004/2010; business dinner (excluded) |
| t203_kenya_ethiopia_joint_commission | Kenya-Ethiopia | `NAIROBI, Kenya, Feb 20 -` (no year); year only later ("in February 2025") | 8th JMC with facts split over two sentences (co-chairs / venue + "on Wednesday"); long Kenyan title; optional senior officials' meeting; 7th session 2019 (background); planned courtesy call "on Friday" and 9th session 2026; IGAD Council (excluded); 1954 consulate (optional), 1964 relations, 2012 SSA |
| t204_nigeria_ghana_presidents | Nigeria-Ghana | no dateline; story date only in "a statement dated 14 January 2025" | "on Monday" resolved from the statement's date (a Tuesday) to 2025-01-13; foreign minister "took part in the talks"; ECOWAS summit (excluded); planned Joint Commission in Accra "in March" |
| t205_egypt_saudi_coordination_council | Egypt-Saudi Arabia | `CAIRO, 2 June 2024 (Ahram Online) -` | bilateral summit "on Saturday" (the day before the Sunday dateline); "His Royal Highness Prince" dropped; FMs attending the talks; Supreme Coordination Council established; investment agreement; Cairo Declaration 2015; background meetings 2022 and 2023 (years only); airport reception/send-off and Arab League summit (excluded); planned first council meeting |
| t206_morocco_france_state_visit | Morocco-France | French-outlet English edition: headline, standfirst, `Paris, 29 October 2024 (updated 18:02)` | state visit: king-president summit "on Monday 28 October", FMs "The following day"; "Exceptional Reinforced Partnership" upgrade + named declaration; three named agreements, one with an acronym (BIFA); speech to parliament, airport greeting, business forum, July letter (excluded); 2018 high-speed line inauguration (not a meeting); past and planned High-Level Meetings |
| t207_turkey_azerbaijan_defence | Turkey-Azerbaijan | `ANKARA (AA) -`, date only in the footer `Published on 11.03.2025` | footer date DD.MM.YYYY; "on Tuesday" = the publication day; rank "Colonel General"/"General" dropped; one-on-one + delegation talks = one meeting; second meeting with the Chief of General Staff; Shusha Declaration 2021; trilateral with Georgia (excluded) |
| t208_qatar_indonesia_strategic_dialogue | Qatar-Indonesia | `DOHA, Nov 27 (QNA) --` (no year); "this year's" without a year | inaugural Strategic Dialogue (ordinal 1); Indonesian mononym "Wicaksono"; "HE"/"HH"/"Sheikh" dropped; courtesy call on the Amir "Earlier in the day"; planned second round in Jakarta "next year" (year unknown); Strategic Dialogue agreed in October 2023 (+ background state-visit talks); relations 1976 |
"""

SC = ["South Africa", "China"]
KE = ["Kenya", "Ethiopia"]
NG = ["Nigeria", "Ghana"]
ES = ["Egypt", "Saudi Arabia"]
MF = ["Morocco", "France"]
TA = ["Turkey", "Azerbaijan"]
QI = ["Qatar", "Indonesia"]

EV_SC_FM = "T2-south-africa-china-2024-09-09-fm-talks"
EV_SC_CC = "T2-south-africa-china-2024-09-09-courtesy-call"

ZHAO = ("Zhao Qingming", "Foreign Minister", "China")
MTHEMBU = ("Bongani Mthembu", "President", "South Africa")

ARTICLES = [
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "t201_south_africa_china_visit_wire",
        "source_path": "gold/test/articles/t201_south_africa_china_visit_wire.txt",
        "dateline": "PRETORIA, Sept 9 (AFP)",
        "meetings": [
            {
                "date": None,
                "date_partial": "--09-09",
                "date_resolved": "2024-09-09",
                "date_text": "on Monday",
                "location": "Pretoria",
                "countries": SC,
                "mechanism": "bilateral meeting",
                "participants": [
                    ZHAO,
                    (
                        "Thandeka Mahlangu",
                        "Minister of International Relations and Cooperation",
                        "South Africa",
                    ),
                ],
                "topics": [
                    "trade gap",
                    "BRICS",
                    "South African farm produce",
                    "investment in the power grid",
                ],
                "evidence": [
                    "Chinese Foreign Minister Zhao Qingming held talks with his South African "
                    "counterpart Thandeka Mahlangu in Pretoria on Monday",
                    "Zhao, making his first trip to southern Africa since taking office, spent "
                    "around three hours with Mahlangu, South Africa's Minister of International "
                    "Relations and Cooperation",
                ],
                "event": EV_SC_FM,
            },
            {
                "date": None,
                "date_partial": "--09-09",
                "date_resolved": "2024-09-09",
                "date_text": "Later on Monday",
                "location": "Pretoria",
                "countries": SC,
                "mechanism": "courtesy call",
                "mechanism_text": "courtesy call",
                "participants": [ZHAO, MTHEMBU],
                "topics": [
                    "war in Ukraine",
                    "conflict in Sudan",
                    "reform of the United Nations Security Council",
                ],
                "evidence": [
                    "Later on Monday, Zhao paid a courtesy call on President Bongani Mthembu at "
                    "the Union Buildings in Pretoria"
                ],
                "event": EV_SC_CC,
            },
        ],
        "planned_meetings": [],
        "milestones": [
            {
                "name": "Comprehensive Strategic Partnership",
                "kind": "partnership_upgrade",
                "year": 2010,
                "date": None,
                "countries": SC,
                "evidence": [
                    'China and South Africa upgraded their relations to a "comprehensive '
                    'strategic partnership" in 2010'
                ],
            },
        ],
        "excluded": [
            "FOCAC summit in Beijing 'days' before the visit: multilateral summit, no bilateral "
            "meeting reported",
            "BRICS summit in Kazan 'next month': multilateral (and planned), not a bilateral "
            "meeting",
            "BRICS 'Johannesburg summit last year' that admitted new members: multilateral",
            "Chinese embassy transcript and Chinese foreign ministry statement: statements "
            "relaying the meetings, not meetings",
            "Mahlangu speaking to reporters after the meeting: press remarks",
            "'Zhao is due to leave South Africa on Tuesday': a departure, no meeting",
            "new South African tariffs on steel 'this year': not a milestone of the relationship",
        ],
        "notes": (
            "Traits: AFP dateline without a year; Chinese name family first (Zhao Qingming, then "
            "'Zhao'); the counterpart's full title only in the second paragraph; courtesy call "
            "the same day; analyst quote; AFP slug. Same visit as t202 (event keys for both "
            "meetings). Dates: the dateline gives Sept 9 without a year and 'on Monday' is the "
            "dateline day (a Monday); Sept 9 is a Monday in 2019, 2024 and 2030; 2024 is the "
            "story year (the same visit is dated 10 Sep 2024 in t202, and the 'Kazan next "
            "month' BRICS summit was October 2024), so date_resolved 2024-09-09. The courtesy "
            "call is 'Later on Monday' at the Union Buildings in Pretoria (city stated)."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "t202_south_africa_china_visit_local",
        "source_path": "gold/test/articles/t202_south_africa_china_visit_local.txt",
        "dateline": "Staff Reporter (Wires), 10 Sep, 2024 07:15 AM",
        "meetings": [
            {
                "date": "2024-09-09",
                "date_partial": "--09-09",
                "date_text": "on Monday",
                "location": "Pretoria",
                "countries": SC,
                "mechanism": "bilateral meeting",
                "participants": [
                    (
                        "Thandeka Mahlangu",
                        "International Relations and Cooperation Minister",
                        "South Africa",
                    ),
                    ZHAO,
                ],
                "topics": [
                    "trade imbalance",
                    "chinese investment in local manufacturing",
                    "agricultural market access",
                    "energy",
                ],
                "evidence": [
                    "after talks between International Relations and Cooperation Minister "
                    "Thandeka Mahlangu and visiting Chinese Foreign Minister Zhao Qingming in "
                    "Pretoria on Monday"
                ],
                "event": EV_SC_FM,
            },
            {
                "date": "2024-09-09",
                "date_partial": "--09-09",
                "date_text": "later",
                "location": None,
                "countries": SC,
                "mechanism": "courtesy call",
                "participants": [
                    ZHAO,
                    MTHEMBU,
                    (
                        "Thandeka Mahlangu",
                        "International Relations and Cooperation Minister",
                        "South Africa",
                    ),
                    (
                        "Kagiso Molefe",
                        "Minister of Trade, Industry and Competition",
                        "South Africa",
                    ),
                ],
                "topics": ["state visit to China"],
                "evidence": [
                    "Zhao later called on President Bongani Mthembu, who was joined for the "
                    "meeting by Mahlangu and by Minister of Trade, Industry and Competition "
                    "Kagiso Molefe"
                ],
                "event": EV_SC_CC,
            },
            {
                "date": "2023-08",
                "date_text": "in August last year",
                "location": "Johannesburg",
                "countries": SC,
                "mechanism": "bilateral meeting",
                "participants": [
                    MTHEMBU,
                    ("Liu Jianguo", "President", "China"),
                ],
                "evidence": [
                    "Mthembu and Liu last held talks on the sidelines of the BRICS summit in "
                    "Johannesburg in August last year"
                ],
            },
        ],
        "planned_meetings": [
            {
                "date": "2025",
                "date_text": "next year",
                "location": None,
                "countries": SC,
                "mechanism": "bilateral meeting",
                "participants": [
                    MTHEMBU,
                    ("Liu Jianguo", "President", "China"),
                ],
                "topics": ["trade", "investment", "co-operation within the BRICS group"],
                "evidence": [
                    "Mthembu accepted an invitation from Chinese President Liu Jianguo to pay a "
                    "state visit to China next year, during which the two presidents are "
                    "expected to hold talks on trade, investment and co-operation within the "
                    "BRICS group of countries"
                ],
            },
        ],
        "milestones": [
            {
                "name": "Joint Statement on Deepening the China-South Africa Comprehensive "
                "Strategic Partnership",
                "kind": "agreement",
                "year": 2024,
                "date": "2024-09-09",
                "countries": SC,
                "evidence": [
                    "the two ministers signed the Joint Statement on Deepening the China-South "
                    "Africa Comprehensive Strategic Partnership"
                ],
            },
            {
                "name": "diplomatic relations established",
                "kind": "other",
                "year": 1998,
                "date": None,
                "countries": SC,
                "evidence": ["South Africa and China established diplomatic relations in 1998"],
            },
            {
                "name": "Strategic Partnership",
                "kind": "partnership_upgrade",
                "year": 2004,
                "date": None,
                "countries": SC,
                "evidence": ["The two countries announced a strategic partnership in 2004"],
            },
            {
                "name": "Beijing Declaration",
                "kind": "agreement",
                "year": 2010,
                "date": "2010-08",
                "countries": SC,
                "evidence": ["in August 2010 they signed the Beijing Declaration"],
            },
            {
                "name": "Comprehensive Strategic Partnership",
                "kind": "partnership_upgrade",
                "year": 2010,
                "date": "2010-08",
                "countries": SC,
                "evidence": [
                    "in August 2010 they signed the Beijing Declaration, which raised relations "
                    "to a comprehensive strategic partnership"
                ],
            },
        ],
        "excluded": [
            "Mahlangu and Zhao 'last spoke by telephone in July': a phone call, not a meeting",
            "Zhao's dinner with executives of Chinese state-owned companies on Sunday: business "
            "people of his own country, not a meeting between officials of two countries",
            "BRICS summit in Johannesburg (August 2023): multilateral; only the two presidents' "
            "talks on its sidelines are labelled",
            "FOCAC summit in Beijing 'last week' (hosted by Liu): multilateral; no bilateral "
            "meeting reported there",
            "'the two countries will set up a working group on investment': a plan in the joint "
            "statement, not an established mechanism",
            "Mahlangu telling journalists on Monday evening; DA and EFF statements: press "
            "remarks and statements",
            "South Africa's G20 presidency from December: not bilateral",
            "Chinese vehicle plant in Coega (2016); China largest trading partner since 2009: "
            "company investment and trade facts, not milestones",
        ],
        "notes": (
            "Traits: local-paper byline with date and time (a Tuesday); 'on Monday' resolves to "
            "Monday 9 Sep 2024 from the byline; surname-only later mentions; the courtesy call "
            "is written 'called on' (mechanism_text null), with the President and two South "
            "African ministers present (all named: 4 participants) and no city given "
            "(location null; the likely place is the Union Buildings, Pretoria, as t201 says); "
            "its date is the Monday of the talks ('later', and Mahlangu briefed journalists on "
            "Monday evening about it). Same visit as t201: event keys for the talks and the "
            "courtesy call. 'Also read:', 'Follow us on WhatsApp', subheads, photo caption, "
            "'(With inputs from agencies)'. Judgement calls: the planned state visit is a "
            "planned bilateral meeting of the two presidents (the text says they are expected "
            "to hold talks), date '2025' from 'next year' with the 2024 byline, no city; "
            "the BRICS-sidelines talks of August 2023 are a background bilateral meeting "
            "('in August last year' = 2023-08). The joint statement is the article's own news "
            "signed at the end of Monday's meeting (2024-09-09). Strategic Partnership 2004, "
            "Beijing Declaration and CSP August 2010, relations 1998 are as stated (they match "
            "the real history)."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "t203_kenya_ethiopia_joint_commission",
        "source_path": "gold/test/articles/t203_kenya_ethiopia_joint_commission.txt",
        "dateline": "NAIROBI, Kenya, Feb 20",
        "meetings": [
            {
                "date": "2025-02-19",
                "date_partial": "--02-19",
                "date_text": "on Wednesday",
                "location": "Nairobi",
                "countries": KE,
                "mechanism": "Joint Commission",
                "mechanism_text": "8th Session of the Kenya-Ethiopia Joint Ministerial Commission "
                "(JMC)",
                "ordinal": 8,
                "participants": [
                    (
                        "Gideon Kilonzo",
                        "Prime Cabinet Secretary and Cabinet Secretary for Foreign and Diaspora "
                        "Affairs",
                        "Kenya",
                    ),
                    ("Berhanu Tadesse", "Minister of Foreign Affairs", "Ethiopia"),
                ],
                "topics": [
                    "LAPSSET corridor",
                    "electricity imports",
                    "non-tariff barriers at the Moyale one-stop border post",
                    "cross-border crime",
                    "Special Status Agreement",
                ],
                "evidence": [
                    "The commitments were made at the 8th Session of the Kenya-Ethiopia Joint "
                    "Ministerial Commission (JMC)",
                    "Prime Cabinet Secretary and Cabinet Secretary for Foreign and Diaspora "
                    "Affairs Gideon Kilonzo and Ethiopia's Minister of Foreign Affairs Berhanu "
                    "Tadesse co-chaired the commission",
                    "The session, held at the Kenyatta International Convention Centre on "
                    "Wednesday, reviewed the implementation of decisions reached at the 7th "
                    "Session",
                ],
            },
            {
                "date": "2025-02-18",
                "date_partial": "--02-18",
                "date_text": "on Tuesday",
                "location": "Nairobi",
                "countries": KE,
                "mechanism": "bilateral meeting",
                "participants": [],
                "evidence": [
                    "The ministerial session was preceded by a meeting of senior officials from "
                    "the two foreign ministries on Tuesday"
                ],
                "optional": True,
            },
            {
                "date": "2019",
                "date_text": "in 2019",
                "location": "Addis Ababa",
                "countries": KE,
                "mechanism": "Joint Commission",
                "mechanism_text": "7th Session",
                "ordinal": 7,
                "participants": [],
                "evidence": [
                    "reviewed the implementation of decisions reached at the 7th Session, held "
                    "in Addis Ababa in 2019"
                ],
            },
        ],
        "planned_meetings": [
            {
                "date": "2025-02-21",
                "date_partial": "--02-21",
                "date_text": "on Friday",
                "location": "Nairobi",
                "countries": KE,
                "mechanism": "courtesy call",
                "participants": [
                    ("Berhanu Tadesse", "Minister of Foreign Affairs", "Ethiopia"),
                    ("Samuel Kariuki", "President", "Kenya"),
                ],
                "evidence": [
                    "Tadesse is scheduled to call on President Samuel Kariuki at State House, "
                    "Nairobi, on Friday"
                ],
            },
            {
                "date": "2026",
                "date_text": "in 2026",
                "location": "Addis Ababa",
                "countries": KE,
                "mechanism": "Joint Commission",
                "mechanism_text": "9th Session of the JMC",
                "ordinal": 9,
                "participants": [],
                "evidence": ["The 9th Session of the JMC will be held in Addis Ababa in 2026"],
            },
        ],
        "milestones": [
            {
                "name": "Ethiopian consulate opened in Nairobi",
                "kind": "other",
                "year": 1954,
                "date": None,
                "countries": KE,
                "optional": True,
                "evidence": [
                    "Relations between the two countries go back to 1954, when Ethiopia opened a "
                    "consulate in Nairobi under Emperor Haile Selassie"
                ],
            },
            {
                "name": "diplomatic relations established",
                "kind": "other",
                "year": 1964,
                "date": None,
                "countries": KE,
                "evidence": ["Kenya and Ethiopia established diplomatic relations in 1964"],
            },
            {
                "name": "Special Status Agreement (SSA)",
                "kind": "agreement",
                "year": 2012,
                "date": None,
                "countries": KE,
                "evidence": ["In 2012, the two countries signed a Special Status Agreement (SSA)"],
            },
        ],
        "excluded": [
            "extraordinary IGAD Council of Ministers meeting in Djibouti 'next week': "
            "multilateral (and planned)",
            "'a second power purchase agreement' to be concluded 'before the end of June': a "
            "plan, not a signed agreement",
            "Sodo-Moyale-Suswa power line commissioned in 2022; Isiolo-Moyale road completed in "
            "2016: infrastructure, not milestones",
            "the joint communique issued at the end of the session: unnamed document of the "
            "same meeting, not a named agreement",
            "the JMC 'originally scheduled for late 2023' and postponed: never held then",
            "Kilonzo's remarks to journalists after the session: press remarks",
            "joint border patrols and removal of non-tariff barriers agreed: decisions, not "
            "milestones",
        ],
        "notes": (
            "Traits: Capital FM-style dateline 'NAIROBI, Kenya, Feb 20 -' without a year; the "
            "year is given only later ('before finally being held in February 2025'); the "
            "JMC's facts are split: the name and ordinal in one sentence, the co-chairs in the "
            "next, the venue and weekday in the sentence after that (one meeting, three "
            "evidence quotes). Dates: Feb 20 2025 is a Thursday, so 'on Wednesday' = "
            "2025-02-19 (full date: the year is in the text); 'on Tuesday' (senior officials) "
            "= 2025-02-18; 'on Friday' (future) = 2025-02-21. Location Nairobi for the JMC: "
            "the KICC, and Tadesse 'arrived in Nairobi on Tuesday for a four-day working "
            "visit'. Judgement calls: the senior officials' meeting is optional (it may be "
            "read as a preparatory part of the same JMC); its location Nairobi is inferred "
            "from the JMC. The 1954 consulate opening is an optional 'other' milestone (not "
            "an establishment of diplomatic relations). The 9th session's participants are "
            "not named."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "t204_nigeria_ghana_presidents",
        "source_path": "gold/test/articles/t204_nigeria_ghana_presidents.txt",
        "dateline": None,
        "meetings": [
            {
                "date": "2025-01-13",
                "date_partial": "--01-13",
                "date_text": "on Monday",
                "location": "Abuja",
                "countries": NG,
                "mechanism": "bilateral meeting",
                "participants": [
                    ("Kofi Boateng", "President", "Ghana"),
                    ("Adewale Ogundipe", "President", "Nigeria"),
                    ("Abena Owusu-Ansah", "Minister for Foreign Affairs", "Ghana"),
                ],
                "topics": [
                    "free movement of goods",
                    "security situation in the Sahel",
                    "West African Gas Pipeline",
                    "treatment of Nigerian traders in Ghana",
                ],
                "evidence": [
                    "Ghana's newly inaugurated President Kofi Boateng met his Nigerian "
                    "counterpart, President Adewale Ogundipe, in Abuja on Monday",
                    "Ghana's Minister for Foreign Affairs, Abena Owusu-Ansah, also took part in "
                    "the talks",
                ],
            },
        ],
        "planned_meetings": [
            {
                "date": "2025-03",
                "date_text": "in March",
                "location": "Accra",
                "countries": NG,
                "mechanism": "Joint Commission",
                "mechanism_text": "Nigeria-Ghana Joint Commission for Cooperation",
                "participants": [],
                "topics": ["pending trade and consular issues"],
                "evidence": [
                    "the two leaders had directed that the Nigeria-Ghana Joint Commission for "
                    "Cooperation meet in Accra in March"
                ],
            },
        ],
        "milestones": [],
        "excluded": [
            "ECOWAS summit in Abuja in December: multilateral",
            "withdrawal of Mali, Burkina Faso and Niger from ECOWAS: not bilateral",
            "the presidency's statement and its signatory (Special Adviser on Information and "
            "Strategy): relays the meeting, not a participant",
            "the photo caption 'Ogundipe receives President Kofi Boateng': the same meeting",
            "closure of Nigerian-owned shops in Ghana in 2019 and 2020: a dispute, not a milestone",
        ],
        "notes": (
            "Traits: no dateline or byline; the story's date is given only by 'the presidency "
            "said in a statement dated 14 January 2025' (a Tuesday), so 'on Monday' = "
            "2025-01-13 (full date), and the planned Joint Commission 'in March' = 2025-03. "
            "'working lunch' after the talks is part of the same meeting. Ghana's foreign "
            "minister 'also took part in the talks': a participant. Judgement call: the "
            "Joint Commission's co-chairs are not named, so no participants."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "t205_egypt_saudi_coordination_council",
        "source_path": "gold/test/articles/t205_egypt_saudi_coordination_council.txt",
        "dateline": "CAIRO, 2 June 2024 (Ahram Online)",
        "meetings": [
            {
                "date": "2024-06-01",
                "date_partial": "--06-01",
                "date_text": "on Saturday",
                "location": "Cairo",
                "countries": ES,
                "mechanism": "bilateral summit",
                "mechanism_text": "bilateral summit",
                "participants": [
                    ("Hisham Farouk", "President", "Egypt"),
                    ("Nawaf bin Saad Al Saud", "Crown Prince and Prime Minister", "Saudi Arabia"),
                    ("Karim El-Naggar", "Foreign Minister", "Egypt"),
                    ("Faris bin Sultan Al Saud", "Foreign Minister", "Saudi Arabia"),
                ],
                "topics": [
                    "ceasefire in Gaza",
                    "humanitarian aid",
                    "Sudan",
                    "Red Sea",
                    "Saudi-Egyptian Supreme Coordination Council",
                ],
                "evidence": [
                    "President Hisham Farouk and His Royal Highness Prince Nawaf bin Saad Al "
                    "Saud, Crown Prince and Prime Minister of the Kingdom of Saudi Arabia, held "
                    "a bilateral summit at Al-Ittihadiya Palace in Cairo on Saturday",
                    "the summit talks, attended by Foreign Minister Karim El-Naggar and his "
                    "Saudi counterpart, Prince Faris bin Sultan Al Saud",
                ],
            },
            {
                "date": "2022",
                "date_text": "in 2022",
                "location": "Cairo",
                "countries": ES,
                "mechanism": "bilateral meeting",
                "participants": [
                    ("Nawaf bin Saad Al Saud", "Crown Prince and Prime Minister", "Saudi Arabia"),
                    ("Hisham Farouk", "President", "Egypt"),
                ],
                "topics": ["regional security", "energy cooperation"],
                "evidence": [
                    "The crown prince last visited Cairo in 2022, when he held talks with Farouk "
                    "on regional security and energy cooperation"
                ],
            },
            {
                "date": "2023",
                "date_text": "in 2023",
                "location": "Riyadh",
                "countries": ES,
                "mechanism": "bilateral meeting",
                "participants": [
                    ("Nawaf bin Saad Al Saud", "Crown Prince and Prime Minister", "Saudi Arabia"),
                    ("Hisham Farouk", "President", "Egypt"),
                ],
                "evidence": ["the two leaders met again in Riyadh in 2023"],
            },
        ],
        "planned_meetings": [
            {
                "date": "2024",
                "date_text": "before the end of the year",
                "location": "Riyadh",
                "countries": ES,
                "mechanism": "bilateral meeting",
                "mechanism_text": "first meeting of the Supreme Coordination Council",
                "ordinal": 1,
                "participants": [],
                "evidence": [
                    "The first meeting of the Supreme Coordination Council is due to be held in "
                    "Riyadh before the end of the year"
                ],
            },
        ],
        "milestones": [
            {
                "name": "Saudi-Egyptian Supreme Coordination Council established",
                "kind": "mechanism_established",
                "year": 2024,
                "date": "2024-06-01",
                "countries": ES,
                "evidence": [
                    "they signed the minutes establishing the Saudi-Egyptian Supreme "
                    "Coordination Council"
                ],
            },
            {
                "name": "Agreement on the Mutual Promotion and Protection of Investments",
                "kind": "agreement",
                "year": 2024,
                "date": "2024-06-01",
                "countries": ES,
                "evidence": [
                    "The two sides also signed an Agreement on the Mutual Promotion and "
                    "Protection of Investments"
                ],
            },
            {
                "name": "Cairo Declaration",
                "kind": "agreement",
                "year": 2015,
                "date": None,
                "countries": ES,
                "evidence": ["The new council builds on the Cairo Declaration, signed in 2015"],
            },
        ],
        "excluded": [
            "Farouk receiving the crown prince at Cairo International Airport and seeing him off "
            "there: airport reception / send-off, not separate meetings",
            "Arab League summit in Manama 'last month': multilateral",
            "the joint statement issued at the end of the visit: unnamed statement",
            "Presidential Spokesman Abdel-Latif: relays the talks, not a participant",
            "greetings of the Custodian of the Two Holy Mosques: conveyed, the King takes no part",
            "El-Naggar's remarks to reporters after the summit: press remarks",
            "$35 billion UAE investment deal and IMF programme: other parties",
            "Egyptian-Saudi electricity interconnection project: a project, not a milestone",
            "bilateral trade in 2023: a trade figure",
        ],
        "notes": (
            "Traits: Ahram Online dateline with full date (Sunday 2 June 2024); 'on Saturday' "
            "= 2024-06-01; honorifics 'His Royal Highness Prince' and 'Prince' dropped from the "
            "Saudi names; the two foreign ministers 'attended' the summit talks (participants, "
            "4); background meetings with years only (2022 Cairo, 2023 Riyadh). Judgement "
            "calls: the investment agreement's date is 2024-06-01 because the crown prince's "
            "visit lasted that one day (arrived Saturday morning, left Saturday evening); the "
            "planned first council meeting is a named format outside the vocabulary (bilateral "
            "meeting, ordinal 1), year 2024 from 'before the end of the year'; its participants "
            "are left empty (the council is to be chaired by the two leaders, but the text does "
            "not say who attends the first meeting). The 2024 founding of the council is "
            "fictional (in reality it was set up in October 2024); the Cairo Declaration of "
            "2015 is real (July 2015)."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "t206_morocco_france_state_visit",
        "source_path": "gold/test/articles/t206_morocco_france_state_visit.txt",
        "dateline": "Paris, 29 October 2024 (updated 18:02)",
        "meetings": [
            {
                "date": "2024-10-28",
                "date_partial": "--10-28",
                "date_text": "on Monday 28 October",
                "location": "Rabat",
                "countries": MF,
                "mechanism": "bilateral summit",
                "mechanism_text": "summit",
                "participants": [
                    ("Bertrand Mercier", "President", "France"),
                    ("Youssef II", "King", "Morocco"),
                ],
                "topics": [
                    "Western Sahara",
                    "migration",
                    "energy",
                    "situation in the Sahel and the Middle East",
                    "cooperation in Africa",
                ],
                "evidence": [
                    "President Bertrand Mercier and King Youssef II of Morocco signed a "
                    'declaration establishing an "Exceptional Reinforced Partnership" between '
                    "their two countries on Monday 28 October, at the end of a summit at the "
                    "Royal Palace in Rabat",
                    "The summit itself lasted more than two hours",
                ],
            },
            {
                "date": "2024-10-29",
                "date_partial": "--10-29",
                "date_text": "The following day",
                "location": "Rabat",
                "countries": MF,
                "mechanism": "bilateral meeting",
                "participants": [
                    ("Hélène Castaing", "Minister for Europe and Foreign Affairs", "France"),
                    (
                        "Mehdi Tazi",
                        "Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates",
                        "Morocco",
                    ),
                ],
                "topics": [
                    "consular cooperation",
                    "visas",
                    "readmission of Moroccans in an irregular situation",
                    "revival of the High-Level Meeting",
                ],
                "evidence": [
                    "The following day, Foreign Minister Hélène Castaing and her Moroccan "
                    "counterpart, Mehdi Tazi, held talks at the Moroccan foreign ministry in "
                    "Rabat"
                ],
            },
            {
                "date": "2022-03",
                "date_text": "in March 2022",
                "location": "Paris",
                "countries": MF,
                "mechanism": "bilateral meeting",
                "participants": [
                    ("Youssef II", "King", "Morocco"),
                    ("Bertrand Mercier", "President", "France"),
                ],
                "evidence": ["The king and the president last met in Paris in March 2022"],
            },
            {
                "date": "2019-12",
                "date_text": "in December 2019",
                "location": "Paris",
                "countries": MF,
                "mechanism": "bilateral meeting",
                "mechanism_text": "High-Level Meeting",
                "participants": [],
                "evidence": [
                    "the High-Level Meeting between the two governments, the last of which was "
                    "held in Paris in December 2019"
                ],
            },
        ],
        "planned_meetings": [
            {
                "date": "2025",
                "date_text": "in 2025",
                "location": "Rabat",
                "countries": MF,
                "mechanism": "bilateral meeting",
                "mechanism_text": "High-Level Meeting",
                "participants": [],
                "evidence": [
                    "The next session is expected to take place in Rabat in 2025, chaired by the "
                    "two prime ministers"
                ],
            },
        ],
        "milestones": [
            {
                "name": "Exceptional Reinforced Partnership",
                "kind": "partnership_upgrade",
                "year": 2024,
                "date": "2024-10-28",
                "countries": MF,
                "evidence": [
                    'signed a declaration establishing an "Exceptional Reinforced '
                    'Partnership" between their two countries on Monday 28 October'
                ],
            },
            {
                "name": "Declaration on the Exceptional Reinforced Partnership between the "
                "Kingdom of Morocco and the French Republic",
                "kind": "agreement",
                "year": 2024,
                "date": "2024-10-28",
                "countries": MF,
                "evidence": [
                    "The text signed in the palace's throne room, the Declaration on the "
                    "Exceptional Reinforced Partnership between the Kingdom of Morocco and the "
                    "French Republic"
                ],
            },
            {
                "name": "Bilateral Investment Facilitation Agreement (BIFA)",
                "kind": "agreement",
                "year": 2024,
                "date": "2024-10-28",
                "countries": MF,
                "evidence": [
                    "then signed 22 agreements worth about €10 billion on Monday evening",
                    "Among them were a Bilateral Investment Facilitation Agreement (BIFA)",
                ],
            },
            {
                "name": "Memorandum of Understanding on the Kenitra-Marrakech High-Speed Line",
                "kind": "agreement",
                "year": 2024,
                "date": "2024-10-28",
                "countries": MF,
                "evidence": [
                    "then signed 22 agreements worth about €10 billion on Monday evening",
                    "a Memorandum of Understanding on the Kenitra-Marrakech High-Speed Line",
                ],
            },
            {
                "name": "Joint Declaration of Intent on Green Hydrogen",
                "kind": "agreement",
                "year": 2024,
                "date": "2024-10-28",
                "countries": MF,
                "evidence": [
                    "then signed 22 agreements worth about €10 billion on Monday evening",
                    "a Joint Declaration of Intent on Green Hydrogen",
                ],
            },
        ],
        "excluded": [
            "the king greeting Mercier on the tarmac of Rabat-Salé airport: airport reception",
            "Mercier's address to both houses of the Moroccan parliament on Tuesday afternoon: "
            "a speech",
            "Mercier meeting some 300 French and Moroccan business leaders at an economic "
            "forum: business people",
            "Mercier's letter to the king in July on Western Sahara: a letter",
            "the Tangier-Casablanca high-speed line 'inaugurated in November 2018': an "
            "inauguration, no meeting reported; not a bilateral milestone",
            "the 19 other unnamed agreements (desalination, engineers, defence procurement, "
            "ports): no names",
            "the old 'exceptional partnership' formula: no date",
            "the two ministers 'agreed to prepare the revival of the High-Level Meeting': a "
            "plan; the planned 2025 session is labelled",
            "Marrakech leg on Wednesday (university, French residents): no counterpart",
            "France halving visas in 2021; Morocco's embassy without an ambassador; Algeria "
            "recalling its ambassador: crisis events, not milestones or meetings",
        ],
        "notes": (
            "Traits: French outlet's English edition, headline + standfirst + 'Paris, 29 "
            "October 2024 (updated 18:02)' header (a Tuesday); the story is filed from Paris "
            "but the meetings are in Rabat (city stated for each). 'on Monday 28 October' = "
            "2024-10-28; 'The following day' = 2024-10-29 (the paragraph opens 'After the "
            "ceremonies of the first day'). Judgement calls: the Exceptional Reinforced "
            "Partnership is labelled both as a partnership_upgrade and, because the text names "
            "the signed declaration, as an agreement; the three named agreements are dated to "
            "'Monday evening'; the BIFA acronym is written with its full name. The March 2022 "
            "Paris meeting is a background bilateral meeting (king and the same president). "
            "The High-Level Meeting (heads of government) is a named format outside the "
            "vocabulary: bilateral meeting; the prime ministers are not named. Real world: "
            "the Exceptional Reinforced Partnership declaration was signed on 28 October 2024 "
            "during a real state visit; the office holders here are invented."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "t207_turkey_azerbaijan_defence",
        "source_path": "gold/test/articles/t207_turkey_azerbaijan_defence.txt",
        "dateline": "Published on 11.03.2025",
        "meetings": [
            {
                "date": "2025-03-11",
                "date_partial": "--03-11",
                "date_text": "on Tuesday",
                "location": "Ankara",
                "countries": TA,
                "mechanism": "bilateral meeting",
                "participants": [
                    ("Murat Karaaslan", "National Defence Minister", "Turkey"),
                    ("Elnur Mammadli", "Defence Minister", "Azerbaijan"),
                ],
                "topics": [
                    "military training",
                    "joint exercises",
                    "defence industry cooperation",
                    "Shusha Declaration",
                    "unmanned aerial vehicles",
                ],
                "evidence": [
                    "Turkish National Defence Minister Murat Karaaslan on Tuesday met his "
                    "Azerbaijani counterpart, Defence Minister Colonel General Elnur Mammadli, "
                    "in the capital Ankara"
                ],
            },
            {
                "date": "2025-03-11",
                "date_partial": "--03-11",
                "date_text": "Later on Tuesday",
                "location": "Ankara",
                "countries": TA,
                "mechanism": "bilateral meeting",
                "participants": [
                    ("Elnur Mammadli", "Defence Minister", "Azerbaijan"),
                    ("Selim Doğan", "Chief of General Staff", "Turkey"),
                ],
                "evidence": [
                    "Later on Tuesday, Mammadli met Chief of General Staff General Selim Doğan "
                    "at the General Staff headquarters in Ankara"
                ],
            },
        ],
        "planned_meetings": [],
        "milestones": [
            {
                "name": "Shusha Declaration on Allied Relations",
                "kind": "agreement",
                "year": 2021,
                "date": "2021-06",
                "countries": TA,
                "evidence": [
                    "the Shusha Declaration on Allied Relations, signed by the two countries' "
                    "presidents in the city of Shusha in June 2021"
                ],
            },
        ],
        "excluded": [
            "trilateral meeting with Georgian Defence Minister Irakli Beridze in Tbilisi on "
            "Thursday: trilateral (and planned)",
            "the trilateral format 'launched in 2012': a trilateral mechanism, not a bilateral "
            "milestone",
            "military welcome ceremony; wreath at Anitkabir: ceremonies, not meetings",
            "Azerbaijan regaining independence in 1991: not a bilateral milestone",
        ],
        "notes": (
            "Traits: AA header 'ANKARA (AA) -' without a date; the only date is the footer "
            "'Published on 11.03.2025' (DD.MM.YYYY, a Tuesday), used as the dateline; 'on "
            "Tuesday' = the publication day, 2025-03-11. Ranks dropped ('Colonel General "
            "Elnur Mammadli', 'General Selim Doğan'). The one-on-one meeting 'followed by "
            "talks between the delegations' is one meeting (one record). The meeting with the "
            "Chief of General Staff is a separate bilateral meeting. 'Türkiye' is normalised "
            "to Turkey. The Shusha Declaration is real (15 June 2021)."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "t208_qatar_indonesia_strategic_dialogue",
        "source_path": "gold/test/articles/t208_qatar_indonesia_strategic_dialogue.txt",
        "dateline": "DOHA, Nov 27 (QNA)",
        "meetings": [
            {
                "date": None,
                "date_partial": "--11-27",
                "date_resolved": "2024-11-27",
                "date_text": "on Wednesday",
                "location": "Doha",
                "countries": QI,
                "mechanism": "Strategic Dialogue",
                "mechanism_text": "inaugural Strategic Dialogue",
                "ordinal": 1,
                "participants": [
                    (
                        "Faisal bin Nasser Al Thani",
                        "Prime Minister and Minister of Foreign Affairs",
                        "Qatar",
                    ),
                    ("Wicaksono", "Minister of Foreign Affairs", "Indonesia"),
                ],
                "topics": [
                    "economy",
                    "trade",
                    "investment",
                    "energy",
                    "food security",
                    "situation in the Gaza Strip",
                ],
                "evidence": [
                    "HE Prime Minister and Minister of Foreign Affairs Sheikh Faisal bin Nasser "
                    "Al Thani and HE Minister of Foreign Affairs of the Republic of Indonesia "
                    "Wicaksono co-chaired the inaugural Strategic Dialogue between the State of "
                    "Qatar and the Republic of Indonesia in Doha on Wednesday"
                ],
            },
            {
                "date": None,
                "date_partial": "--11-27",
                "date_resolved": "2024-11-27",
                "date_text": "Earlier in the day",
                "location": "Doha",
                "countries": QI,
                "mechanism": "courtesy call",
                "mechanism_text": "courtesy call",
                "participants": [
                    ("Saud bin Khalid Al Thani", "Amir", "Qatar"),
                    ("Wicaksono", "Minister of Foreign Affairs", "Indonesia"),
                ],
                "topics": ["bilateral cooperation relations"],
                "evidence": [
                    "Earlier in the day, HH the Amir Sheikh Saud bin Khalid Al Thani received at "
                    "the Amiri Diwan in Doha HE Minister Wicaksono, who paid a courtesy call on "
                    "His Highness"
                ],
            },
            {
                "date": "2023-10",
                "date_text": "in October 2023",
                "location": "Jakarta",
                "countries": QI,
                "mechanism": "bilateral meeting",
                "participants": [
                    ("Saud bin Khalid Al Thani", "Amir", "Qatar"),
                    ("Bambang Setiawan", "President", "Indonesia"),
                ],
                "evidence": [
                    "during the state visit of HH the Amir to Jakarta in October 2023, when His "
                    "Highness held official talks with then President Bambang Setiawan at the "
                    "Merdeka Palace"
                ],
            },
        ],
        "planned_meetings": [
            {
                "date": None,
                "date_text": "next year",
                "location": "Jakarta",
                "countries": QI,
                "mechanism": "Strategic Dialogue",
                "mechanism_text": "second round of the Strategic Dialogue",
                "ordinal": 2,
                "participants": [],
                "evidence": [
                    "agreed to hold the second round of the Strategic Dialogue in Jakarta next year"
                ],
            },
        ],
        "milestones": [
            {
                "name": "Strategic Dialogue established",
                "kind": "mechanism_established",
                "year": 2023,
                "date": "2023-10",
                "countries": QI,
                "evidence": [
                    "The Strategic Dialogue was agreed upon during the state visit of HH the "
                    "Amir to Jakarta in October 2023"
                ],
            },
            {
                "name": "diplomatic relations established",
                "kind": "other",
                "year": 1976,
                "date": None,
                "countries": QI,
                "evidence": ["Qatar and Indonesia established diplomatic relations in 1976"],
            },
        ],
        "excluded": [
            "Wicaksono meeting members of the Indonesian community at the Indonesian embassy: "
            "his own nationals",
            "Indonesia-Qatar business forum organised by the Qatar Chamber: business event",
            "greetings conveyed to and from President Hendra Kusumadinata: he takes no part",
            "'signed the minutes of the meeting': minutes of the same dialogue, not a named "
            "agreement",
            "'the joint committees and the memoranda of understanding previously signed': "
            "unnamed and undated",
            "the inaugural round as 'Strategic Dialogue established': not labelled, the "
            "dialogue's establishment is stated for October 2023",
        ],
        "notes": (
            "Traits: QNA dateline without a year; QNA honorifics (HE, HH, Sheikh, His Highness) "
            "dropped from names; Indonesian mononym 'Wicaksono'; 'this year's trade figures' "
            "without a year number. Dates: Nov 27 is a Wednesday in 2019, 2024 and 2030; 2024 "
            "is the story year (Gaza ceasefire and hostage talks, Nusantara, 'then President' "
            "after Indonesia's October 2024 change of president, dialogue agreed October "
            "2023), so date_resolved 2024-11-27 for the dialogue ('on Wednesday') and the "
            "courtesy call ('Earlier in the day'). The planned second round 'next year' has no "
            "knowable year from the text (2025 in the story): date null. The October 2023 "
            "state-visit talks are a background bilateral meeting."
        ),
    },
]
