"""Gold labels for batch T3 (test split): 8 fictional but plausible articles, Asia and the Pacific.

Same record format as gold/labels/new_articles.py. The story world's year is 2024 throughout;
``date_resolved`` is given only where a weekday pins a yearless month-day (checked with
``datetime``) or where a real historical event is referred to.

| file | pair | traits |
|---|---|---|
| t301_philippines_japan_2plus2_kyodo | Philippines–Japan | Kyodo dateline without a year ("TOKYO, April 8"); the only year is "in 2024" in a *plan* (RAA signing), so the meeting date stays null; lead "the foreign and defense ministers ... met in Tokyo on Monday" with the four names in the next sentence (two evidence quotes); Japanese names FAMILY-name-first in capitals ("SATO Kenji" -> Kenji Sato); second 2+2 (ordinal from "the second since ..."); first 2+2 "two years ago" (relative to an unknown year: date null); trilateral summit, RAA plan, spokesman excluded; no milestone |
| t302_philippines_japan_2plus2_manila | Philippines–Japan | Manila daily byline with full date; same 2+2 ("second 2+2 meeting", same event key); separate defence ministers' bilateral before the 2+2 (own record, no key); first 2+2 April 2022 Tokyo (shared key; the brief said 2023, the real year 2022 is used); next 2+2 in Manila, no date (optional planned); 1956 normalisation, 2011 Strategic Partnership, 2015 Strengthened Strategic Partnership, JPEPA 2006; trilateral summit and Shangri-La trilateral excluded; photo caption repeats the 2+2; "READ:" lines |
| t303_philippines_japan_2plus2_release | Philippines–Japan | DFA press release header "08 April 2024" + "today"; same 2+2 (same key), full titles and "H.E."; **no location** (null, likely Tokyo); bare "inaugural 2+2" reference (optional, shared key); UNCLOS 1982 and trilateral summit excluded |
| t304_vietnam_south_korea_visit | South Korea–Vietnam | Yonhap "(LEAD)" dateline without a year, only year "the 2022 upgrade"; Korean name family-first then family name ("Lee"), Vietnamese names then given name ("Quang", "Thanh"); talks + **courtesy call** on the PM; sidelines-of-ASEAN bilateral "in July" (year unknown); planned first round of a strategic dialogue; phone call, ASEAN meetings, vague invitation, business meeting, yearless diplomatic relations excluded |
| t305_china_indonesia_high_level_dialogue | China–Indonesia | header with weekday + full date; **4th meeting of the China-Indonesia High-Level Dialogue and Cooperation Mechanism** (outside vocabulary); Indonesian **mononym** (Harjono); facts split over two sentences (city in the second); same-day FM talks; planned courtesy call "on Friday morning"; spokesperson's briefing relays the talks (not a participant); 1950/1990 relations, 2005/2013 partnerships, mechanism set up 2021; railway opening excluded |
| t306_australia_new_zealand_ministers | Australia–New Zealand | AAP byline "Sunday 3 March 2024" + "on Saturday"; annual **Foreign Ministers' Consultations** = bilateral meeting (ministers, not senior officials, so not Foreign Office Consultations); "Senator"/"Mr" dropped; planned annual leaders' summit "in August" (Annual Summit); CER 1983, Canberra Pact 1944; Pacific Islands Forum, ANZUS, business meeting excluded |
| t307_malaysia_singapore_retreat | Malaysia–Singapore | Bernama dateline KL without a year, retreat in **Putrajaya**; **11th Malaysia-Singapore Leaders' Retreat** (outside vocabulary), lead + "The retreat was held on Thursday" = one record; courtesy call on the unnamed King; FMs' meeting "On Wednesday evening" "here" (= Kuala Lumpur); 10th retreat 2023 Singapore; planned 12th retreat; two MoUs (one with acronym JS-SEZ) without year; RTS Link Agreement 2018; 2007 format; 1965 relations; video call and business dinner excluded; "Datuk Seri" dropped, Chinese-Singaporean names family-first |
| t308_india_japan_economic_dialogue | India–Japan | IANS dateline without a year, "on Friday" "here"; second round of an invented **Ministerial Dialogue on Industry and Supply Chains** (bilateral meeting, not Dialogue on Economic Security); planned Annual Summit "in Japan later this year" (no city, no year); SSGP 2014, CEPA 2011; business-forum speech and township visit excluded |
"""

PJ = ["Philippines", "Japan"]
KV = ["South Korea", "Vietnam"]
CI = ["China", "Indonesia"]
AN = ["Australia", "New Zealand"]
MS = ["Malaysia", "Singapore"]
IJ = ["India", "Japan"]

EV_2PLUS2 = "T3-philippines-japan-2plus2-2024-04-08"
EV_FIRST_2PLUS2 = "T3-philippines-japan-2plus2-2022-04"

ARTICLES = [
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "t301_philippines_japan_2plus2_kyodo",
        "source_path": "gold/test/articles/t301_philippines_japan_2plus2_kyodo.txt",
        "dateline": "TOKYO, April 8 (Kyodo)",
        "meetings": [
            {
                "date": None,
                "date_partial": "--04-08",
                "date_resolved": "2024-04-08",
                "date_text": "on Monday",
                "location": "Tokyo",
                "countries": PJ,
                "mechanism": "2+2 Dialogue",
                "mechanism_text": 'Japan-Philippines Foreign and Defense Ministerial Meeting ("2+2")',
                "ordinal": 2,
                "participants": [
                    ("Kenji Sato", "Foreign Minister", "Japan"),
                    ("Masato Kurosawa", "Defense Minister", "Japan"),
                    ("Ernesto Villanueva", "Secretary of Foreign Affairs", "Philippines"),
                    ("Rodolfo Tiongson", "Secretary of National Defense", "Philippines"),
                ],
                "topics": [
                    "reciprocal access agreement",
                    "water cannons",
                    "south china sea",
                    "official security assistance",
                    "joint exercises",
                ],
                "evidence": [
                    "The foreign and defense ministers of Japan and the Philippines met in Tokyo "
                    "on Monday",
                    "Foreign Minister SATO Kenji and Defense Minister KUROSAWA Masato hosted "
                    "Philippine Secretary of Foreign Affairs Ernesto Villanueva and Secretary of "
                    "National Defense Rodolfo Tiongson for the Japan-Philippines Foreign and "
                    'Defense Ministerial Meeting ("2+2"), the second since the framework was set up',
                ],
                "event": EV_2PLUS2,
            },
            {
                "date": None,
                "date_resolved": "2022-04-09",
                "date_text": "two years ago",
                "location": "Tokyo",
                "countries": PJ,
                "mechanism": "2+2 Dialogue",
                "mechanism_text": "first 2+2",
                "ordinal": 1,
                "participants": [],
                "topics": ["defense equipment cooperation", "philippine coast guard capabilities"],
                "evidence": [
                    "At the first 2+2, held in Tokyo two years ago, the two sides agreed to expand "
                    "defense equipment cooperation"
                ],
                "event": EV_FIRST_2PLUS2,
            },
        ],
        "planned_meetings": [],
        "milestones": [],
        "excluded": [
            "the first trilateral summit of the leaders of Japan, the Philippines and the United "
            "States in Washington 'on Thursday': three countries, and no leader is named",
            "'the two governments aim to sign it in 2024, possibly as early as July': the RAA "
            "signing is a plan, not a milestone",
            "'Negotiations on the pact began late last year': the opening of negotiations is not a "
            "signed agreement (and has no year)",
            "Japan's reciprocal access agreements 'in force with Australia and Britain': other "
            "pairs, no year",
            "Chinese Foreign Ministry spokesman's statement 'last week': a statement, not a meeting",
            "'the arbitral ruling' on the South China Sea: not a bilateral milestone, no year",
            "Sato's and Villanueva's remarks at the joint press conference: part of the 2+2, not "
            "a separate meeting",
        ],
        "notes": (
            "Traits: Kyodo dateline without a year; the lead gives 'met in Tokyo on Monday' "
            "without names and the next sentence names the four ministers, so the 2+2 has two "
            "evidence quotes; Japanese names written FAMILY NAME first in capitals (SATO Kenji, "
            "KUROSAWA Masato), canonical given-name-first; ordinal 2 from 'the second since the "
            "framework was set up' (not in mechanism_text). Dates: the only year in the text is "
            "'in 2024', in a plan ('aim to sign it in 2024'); it implies but does not state the "
            "story's year, so meetings[0].date is null with date_partial --04-08; April 8 is a "
            "Monday in 2024 (also 2019, 2030) and this is the second 2+2 after the real first "
            "one of 9 April 2022, so date_resolved 2024-04-08. meetings[1]: 'two years ago' "
            "counts back from a year the text does not state, so date null; the real first 2+2 "
            "was held on 9 April 2022 in "
            "Tokyo (date_resolved). Same-event keys: meetings[0] = t302 meetings[0] = t303 "
            "meetings[0]; meetings[1] = t302 meetings[2] = t303 meetings[1]. "
            "BRIEF CONFLICT: the brief asked for the RAA 'signed in July 2024', but the story is "
            "dated 8 April 2024 (t302/t303 headers), so a signing in July 2024 cannot be reported "
            "as done; the article states it as the governments' target ('aim to sign it in 2024, "
            "possibly as early as July'), which matches the real signing of 8 July 2024 and is "
            "excluded as a plan. The defence ministers' separate bilateral reported by t302 is "
            "deliberately absent here."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "t302_philippines_japan_2plus2_manila",
        "source_path": "gold/test/articles/t302_philippines_japan_2plus2_manila.txt",
        "dateline": "By Ana Reyes | April 9, 2024 | 3:12 PM",
        "meetings": [
            {
                "date": "2024-04-08",
                "date_partial": "--04-08",
                "date_text": "on Monday",
                "location": "Tokyo",
                "countries": PJ,
                "mechanism": "2+2 Dialogue",
                "mechanism_text": "second 2+2 meeting",
                "ordinal": 2,
                "participants": [
                    ("Ernesto Villanueva", "Foreign Affairs Secretary", "Philippines"),
                    ("Rodolfo Tiongson", "National Defense Secretary", "Philippines"),
                    ("Kenji Sato", "Foreign Minister", "Japan"),
                    ("Masato Kurosawa", "Defense Minister", "Japan"),
                ],
                "topics": [
                    "west philippine sea",
                    "reciprocal access agreement",
                    "security assistance",
                    "disaster response",
                ],
                "evidence": [
                    "as the two countries' top diplomats and defense chiefs met in Tokyo for their "
                    "second 2+2 meeting on Monday",
                    "Foreign Affairs Secretary Ernesto Villanueva and National Defense Secretary "
                    "Rodolfo Tiongson sat down with Japanese Foreign Minister Kenji Sato and "
                    "Defense Minister Masato Kurosawa at the Iikura Guest House",
                ],
                "event": EV_2PLUS2,
            },
            {
                "date": "2024-04-08",
                "date_partial": "--04-08",
                "date_text": "Earlier on Monday",
                "location": "Tokyo",
                "countries": PJ,
                "mechanism": "bilateral meeting",
                "participants": [
                    ("Rodolfo Tiongson", "National Defense Secretary", "Philippines"),
                    ("Masato Kurosawa", "Defense Minister", "Japan"),
                ],
                "topics": [
                    "expansion of joint exercises",
                    "transfer of japanese defense equipment",
                    "official security assistance",
                    "coastal surveillance radars",
                ],
                "evidence": [
                    "Earlier on Monday, before the 2+2 began, Tiongson and Kurosawa held a separate "
                    "bilateral meeting at the Japanese Ministry of Defense in Tokyo's Ichigaya "
                    "district"
                ],
            },
            {
                "date": "2022-04",
                "date_resolved": "2022-04-09",
                "date_text": "in April 2022",
                "location": "Tokyo",
                "countries": PJ,
                "mechanism": "2+2 Dialogue",
                "mechanism_text": "2+2 format",
                "ordinal": 1,
                "participants": [],
                "topics": ["defense equipment transfers", "consultations on regional security"],
                "evidence": [
                    "Monday's meeting was the second under the 2+2 format",
                    "The first was held in Tokyo in April 2022",
                ],
                "event": EV_FIRST_2PLUS2,
            },
        ],
        "planned_meetings": [
            {
                "date": None,
                "date_text": None,
                "location": "Manila",
                "countries": PJ,
                "mechanism": "2+2 Dialogue",
                "mechanism_text": "next 2+2",
                "participants": [],
                "evidence": [
                    "The Philippines and Japan also agreed to hold the next 2+2 in Manila, "
                    "although no date was set"
                ],
                "optional": True,
            },
        ],
        "milestones": [
            {
                "name": "diplomatic relations normalized",
                "kind": "other",
                "year": 1956,
                "countries": PJ,
                "evidence": ["Manila and Tokyo normalized diplomatic relations in 1956"],
            },
            {
                "name": "Strategic Partnership",
                "kind": "partnership_upgrade",
                "year": 2011,
                "countries": PJ,
                "evidence": [
                    "The two countries elevated their ties to a Strategic Partnership in 2011"
                ],
            },
            {
                "name": "Strengthened Strategic Partnership",
                "kind": "partnership_upgrade",
                "year": 2015,
                "countries": PJ,
                "evidence": ["upgraded them to a Strengthened Strategic Partnership in 2015"],
            },
            {
                "name": "Japan-Philippines Economic Partnership Agreement (JPEPA)",
                "kind": "agreement",
                "year": 2006,
                "countries": PJ,
                "evidence": [
                    "The Japan-Philippines Economic Partnership Agreement (JPEPA), the "
                    "Philippines' first bilateral free trade deal, was signed in 2006"
                ],
            },
            {
                "name": "2+2 format established",
                "kind": "mechanism_established",
                "year": 2022,
                "date": "2022-04",
                "countries": PJ,
                "optional": True,
                "evidence": ["The first was held in Tokyo in April 2022"],
            },
        ],
        "excluded": [
            "the first trilateral summit of the leaders of the Philippines, Japan and the United "
            "States 'set for Thursday at the White House': three countries",
            "the defence chiefs of the three countries meeting 'on the sidelines of the "
            "Shangri-La Dialogue in Singapore last year': a trilateral meeting",
            "Villanueva and Tiongson 'scheduled to fly from Tokyo to Washington to join the "
            "President's delegation': travel to a trilateral summit",
            "RAA negotiations that 'formally opened ... in November 2023' and the hope 'to "
            "conclude the agreement within the year': negotiations and a plan, not a signed "
            "agreement",
            "the Philippines' Visiting Forces Agreement with the United States and Status of "
            "Visiting Forces Agreement with Australia: other pairs, no year",
            "Chinese Foreign Ministry spokesman Wang Lei's remarks 'on Tuesday': a statement",
            "DND spokesperson's statement, military honors on arrival, Villanueva's remarks to "
            "reporters: parts of the reported meetings, not meetings",
            "the photo caption ('at the start of the second Philippines-Japan 2+2 meeting ... on "
            "Monday, April 8, 2024'): the same 2+2, not a second record",
        ],
        "notes": (
            "Traits: Manila-daily byline with full date (Tuesday 9 April 2024), so 'on Monday' = "
            "2024-04-08 (checked with datetime). Japanese names given name first here. "
            "meetings[0] is the same 2+2 as t301/t303 (event key); its lead gives place, date "
            "and ordinal, the next sentence the four names (two quotes). meetings[1]: the "
            "defence ministers' separate bilateral before the 2+2, its own record (t301 and t303 "
            "do not mention it, so no event key); location Tokyo from \"Tokyo's Ichigaya "
            "district\". meetings[2]: the first 2+2 as background, ordinal 1 from 'The first' "
            "after 'the second under the 2+2 format' (two quotes); real date 9 April 2022 "
            "(date_resolved); same key as t301 meetings[1] and t303 meetings[1]. "
            "planned_meetings[0] optional: 'agreed to hold the next 2+2 in Manila, although no "
            "date was set' names a place but no time, close to a vague 'in due course' "
            "statement. milestones[4] optional: first round of the format. Ayungin Shoal is the "
            "Philippine name of Second Thomas Shoal (t301): consistent, not a contradiction. "
            "BRIEF DEVIATION: the brief put the first 2+2 in 2023; the real first Japan-Philippines "
            "2+2 was held on 9 April 2022 in Tokyo, so the article says 'April 2022'. The "
            "story's second 2+2 (8 April 2024, Tokyo) is fictional: the real second one was held "
            "on 8 July 2024 in Manila, when the RAA was signed."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "t303_philippines_japan_2plus2_release",
        "source_path": "gold/test/articles/t303_philippines_japan_2plus2_release.txt",
        "dateline": "Department of Foreign Affairs | Press Release | 08 April 2024",
        "meetings": [
            {
                "date": "2024-04-08",
                "date_partial": "--04-08",
                "date_text": "today",
                "location": None,
                "countries": PJ,
                "mechanism": "2+2 Dialogue",
                "mechanism_text": "second Philippines-Japan Foreign and Defense Ministerial "
                "Meeting (2+2)",
                "ordinal": 2,
                "participants": [
                    ("Ernesto Villanueva", "Secretary of Foreign Affairs", "Philippines"),
                    ("Rodolfo Tiongson", "Secretary of National Defense", "Philippines"),
                    ("Kenji Sato", "Minister for Foreign Affairs", "Japan"),
                    ("Masato Kurosawa", "Minister of Defense", "Japan"),
                ],
                "topics": [
                    "west philippine sea",
                    "reciprocal access agreement",
                    "maritime domain awareness",
                    "humanitarian assistance and disaster response",
                    "defense equipment and technology transfer",
                ],
                "evidence": [
                    "Secretary of Foreign Affairs Ernesto Villanueva and Secretary of National "
                    "Defense Rodolfo Tiongson today met with H.E. Kenji Sato, Minister for Foreign "
                    "Affairs of Japan, and H.E. Masato Kurosawa, Minister of Defense of Japan, for "
                    "the second Philippines-Japan Foreign and Defense Ministerial Meeting (2+2)"
                ],
                "event": EV_2PLUS2,
            },
            {
                "date": None,
                "date_resolved": "2022-04-09",
                "date_text": None,
                "location": None,
                "countries": PJ,
                "mechanism": "2+2 Dialogue",
                "mechanism_text": "inaugural 2+2",
                "ordinal": 1,
                "participants": [],
                "evidence": [
                    "The Ministers welcomed the significant progress in defense and security "
                    "cooperation since the inaugural 2+2"
                ],
                "event": EV_FIRST_2PLUS2,
                "optional": True,
            },
        ],
        "planned_meetings": [],
        "milestones": [],
        "excluded": [
            "the 'upcoming Philippines-Japan-United States Trilateral Leaders' Summit': three "
            "countries",
            "the '1982 United Nations Convention on the Law of the Sea (UNCLOS)': a multilateral "
            "convention, not a bilateral milestone",
            "agreement 'to accelerate negotiations on the Reciprocal Access Agreement (RAA)': a "
            "plan, nothing signed",
        ],
        "notes": (
            "Traits: DFA press-release header with full date and 'today' (2024-04-08, a Monday); "
            "four names with full titles and 'H.E.' (dropped); Japanese names given name first. "
            "No location is stated: the release never names the city ('warm hospitality extended "
            "to the Philippine delegation' only implies Japan hosted), so location is null; the "
            "likely city is Tokyo (Iikura Guest House, per t301/t302). Same 2+2 as t301 "
            "meetings[0] and t302 meetings[0] (event key). meetings[1] optional: a bare "
            "reference to 'the inaugural 2+2' with no date or place; if labelled it is the real "
            "first 2+2 of 9 April 2022 (same key as t301 meetings[1], t302 meetings[2])."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "t304_vietnam_south_korea_visit",
        "source_path": "gold/test/articles/t304_vietnam_south_korea_visit.txt",
        "dateline": "HANOI, Dec. 5 (Yonhap)",
        "meetings": [
            {
                "date": None,
                "date_partial": "--12-05",
                "date_resolved": "2024-12-05",
                "date_text": "on Thursday",
                "location": "Hanoi",
                "countries": KV,
                "mechanism": "bilateral meeting",
                "participants": [
                    ("Lee Hyun-chul", "Foreign Minister", "South Korea"),
                    ("Do Minh Quang", "Foreign Minister", "Vietnam"),
                ],
                "topics": [
                    "defense industry",
                    "critical mineral supply chains",
                    "nuclear energy",
                    "south china sea",
                    "north korea",
                ],
                "evidence": [
                    "South Korean Foreign Minister Lee Hyun-chul held talks with his Vietnamese "
                    "counterpart Do Minh Quang in Hanoi on Thursday"
                ],
            },
            {
                "date": None,
                "date_partial": "--12-05",
                "date_resolved": "2024-12-05",
                "date_text": "Later in the day",
                "location": "Hanoi",
                "countries": KV,
                "mechanism": "courtesy call",
                "mechanism_text": "courtesy call",
                "participants": [
                    ("Lee Hyun-chul", "Foreign Minister", "South Korea"),
                    ("Tran Duc Thanh", "Prime Minister", "Vietnam"),
                ],
                "topics": [
                    "south korean investment",
                    "development assistance",
                    "business environment for south korean firms",
                    "protecting south korean nationals",
                ],
                "evidence": [
                    "Later in the day, Lee paid a courtesy call on Vietnamese Prime Minister Tran "
                    "Duc Thanh at the Government Office in Hanoi"
                ],
            },
            {
                "date": None,
                "date_resolved": "2024-07",
                "date_text": "in July",
                "location": "Vientiane",
                "countries": KV,
                "mechanism": "bilateral meeting",
                "participants": [
                    ("Lee Hyun-chul", "Foreign Minister", "South Korea"),
                    ("Do Minh Quang", "Foreign Minister", "Vietnam"),
                ],
                "topics": ["high-level exchanges"],
                "evidence": [
                    "met briefly on the sidelines of the ASEAN-related foreign ministers' meetings "
                    "in Vientiane in July"
                ],
            },
        ],
        "planned_meetings": [
            {
                "date": None,
                "date_text": "in the first half of next year",
                "location": "Seoul",
                "countries": KV,
                "mechanism": "Strategic Dialogue",
                "mechanism_text": "first round of a foreign ministers' strategic dialogue",
                "ordinal": 1,
                "participants": [
                    ("Lee Hyun-chul", "Foreign Minister", "South Korea"),
                    ("Do Minh Quang", "Foreign Minister", "Vietnam"),
                ],
                "topics": ["regional security issues"],
                "evidence": [
                    "They also agreed to hold the first round of a foreign ministers' strategic "
                    "dialogue in Seoul in the first half of next year"
                ],
            },
        ],
        "milestones": [
            {
                "name": "Comprehensive Strategic Partnership",
                "kind": "partnership_upgrade",
                "year": 2022,
                "countries": KV,
                "evidence": [
                    "since the 2022 upgrade of ties to a Comprehensive Strategic Partnership"
                ],
            },
        ],
        "excluded": [
            "'Lee and Quang held their first phone conversation shortly after Lee took office': "
            "a phone call",
            "the 'ASEAN-related foreign ministers' meetings in Vientiane': multilateral (the "
            "bilateral on their sidelines is labelled)",
            "'Quang accepted Lee's invitation to visit Seoul at a mutually convenient time': "
            "vague, no time",
            "Lee to 'meet South Korean business leaders' in Ho Chi Minh City 'On Friday': "
            "business people of his own country, not officials of the other",
            "'Seoul and Hanoi established diplomatic relations more than three decades ago': no "
            "year stated and not the article's news, so no milestone",
            "trade goal of US$150 billion 'by the end of the decade': a target, not a milestone",
            "Lee's arrival 'on Wednesday' and remarks to reporters: not meetings",
        ],
        "notes": (
            "Traits: Yonhap '(LEAD)' dateline without a year; the only year in the text is 'the "
            "2022 upgrade'. Names: Korean family name first, later 'Lee'; Vietnamese family name "
            "first, later by the given name ('Quang', 'Thanh'); canonical full names. Quang's "
            "title: 'his Vietnamese counterpart' of the Foreign Minister, hence 'Foreign "
            "Minister'. Dates: 'on Thursday' with the yearless 'Dec. 5' dateline gives "
            "--12-05; Dec 5 is a Thursday in 2019 and 2024 but not 2023, and the text is after "
            "the 2022 upgrade, so date_resolved 2024-12-05 (next such year 2030). meetings[1] "
            "'Later in the day' = same day; location from 'at the Government Office in Hanoi'. "
            "meetings[2]: a brief bilateral on the sidelines of a multilateral meeting is a "
            "meeting; 'in July' has no year; the real ASEAN foreign ministers' meetings in "
            "Vientiane were in July 2024 (date_resolved 2024-07). planned_meetings[0]: 'first "
            "round' = ordinal 1; 'foreign ministers' strategic dialogue' is the controlled "
            "'Strategic Dialogue'; participants Lee and Quang by coreference (the two foreign "
            "ministers who agreed to it); 'next year' has no known year, so date null."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "t305_china_indonesia_high_level_dialogue",
        "source_path": "gold/test/articles/t305_china_indonesia_high_level_dialogue.txt",
        "dateline": "JAKARTA, Indonesia — Thursday, 18 April 2024",
        "meetings": [
            {
                "date": "2024-04-18",
                "date_partial": "--04-18",
                "date_text": "on Thursday",
                "location": "Jakarta",
                "countries": CI,
                "mechanism": "bilateral meeting",
                "mechanism_text": "4th meeting of the China-Indonesia High-Level Dialogue and "
                "Cooperation Mechanism",
                "ordinal": 4,
                "participants": [
                    ("Zhao Guoqiang", "Foreign Minister", "China"),
                    (
                        "Harjono",
                        "Coordinating Minister for Maritime Affairs and Investment",
                        "Indonesia",
                    ),
                ],
                "topics": [
                    "investment",
                    "food security",
                    "maritime cooperation",
                    "industrial parks",
                    "rice cultivation project",
                ],
                "evidence": [
                    "China and Indonesia on Thursday held the 4th meeting of the China-Indonesia "
                    "High-Level Dialogue and Cooperation Mechanism, co-chaired by Chinese Foreign "
                    "Minister Zhao Guoqiang and Indonesia's Coordinating Minister for Maritime "
                    "Affairs and Investment Harjono",
                    "The meeting, held at a hotel in central Jakarta, lasted nearly four hours",
                ],
            },
            {
                "date": "2024-04-18",
                "date_partial": "--04-18",
                "date_text": "Earlier on Thursday",
                "location": "Jakarta",
                "countries": CI,
                "mechanism": "bilateral meeting",
                "participants": [
                    ("Zhao Guoqiang", "Foreign Minister", "China"),
                    ("Ratna Kusumawardhani", "Foreign Minister", "Indonesia"),
                ],
                "topics": ["gaza", "myanmar", "code of conduct in the south china sea"],
                "evidence": [
                    "Earlier on Thursday, Zhao held separate talks with Indonesian Foreign "
                    "Minister Ratna Kusumawardhani at the Pancasila Building, the historic seat of "
                    "the foreign ministry in Jakarta"
                ],
            },
        ],
        "planned_meetings": [
            {
                "date": "2024-04-19",
                "date_partial": "--04-19",
                "date_text": "on Friday morning",
                "location": "Jakarta",
                "countries": CI,
                "mechanism": "courtesy call",
                "participants": [
                    ("Zhao Guoqiang", "Foreign Minister", "China"),
                    ("Adiwijaya Santoso", "President", "Indonesia"),
                ],
                "evidence": [
                    "Zhao is scheduled to call on President Adiwijaya Santoso at the Merdeka "
                    "Palace in Jakarta on Friday morning"
                ],
            },
        ],
        "milestones": [
            {
                "name": "diplomatic relations established",
                "kind": "other",
                "year": 1950,
                "countries": CI,
                "evidence": ["China and Indonesia established diplomatic relations in 1950"],
            },
            {
                "name": "diplomatic relations restored",
                "kind": "other",
                "year": 1990,
                "countries": CI,
                "evidence": ["restored them in 1990 after a freeze of more than two decades"],
            },
            {
                "name": "Strategic Partnership",
                "kind": "partnership_upgrade",
                "year": 2005,
                "countries": CI,
                "evidence": ["The two countries forged a Strategic Partnership in 2005"],
            },
            {
                "name": "Comprehensive Strategic Partnership",
                "kind": "partnership_upgrade",
                "year": 2013,
                "countries": CI,
                "evidence": ["upgraded it to a Comprehensive Strategic Partnership in 2013"],
            },
            {
                "name": "High-Level Dialogue and Cooperation Mechanism established",
                "kind": "mechanism_established",
                "year": 2021,
                "countries": CI,
                "evidence": [
                    "The High-Level Dialogue and Cooperation Mechanism was set up in 2021"
                ],
            },
        ],
        "excluded": [
            "spokesperson He Ruiting's 'regular press briefing' in Beijing relaying the talks: a "
            "briefing, and the spokesperson is not a participant",
            "the Jakarta-Bandung high-speed railway that 'began commercial operations in October "
            "2023': a project's opening, not a milestone kind of the conventions",
            "'negotiations between China and the Association of Southeast Asian Nations on a code "
            "of conduct': multilateral",
            "'a joint maritime search and rescue exercise later this year': an exercise, not a "
            "meeting",
            "Zhao's onward trip to Papua New Guinea / Port Moresby: another country",
            "Harjono's and Zhao's speeches 'at the opening of the session', Ratna's remarks to "
            "reporters: parts of the meetings",
            "the photo caption ('before the 4th meeting ... in Jakarta on Thursday'): the same "
            "meeting, not a second record",
        ],
        "notes": (
            "Traits: header with weekday and full date (Thursday 18 April 2024, checked), so 'on "
            "Thursday' = 2024-04-18 and the future 'on Friday morning' = 2024-04-19. "
            "meetings[0]: named format outside the vocabulary (bilateral meeting, ordinal 4 from "
            "'4th'); facts split over two sentences: the first gives date, format and "
            "co-chairs, the second ('The meeting, held at a hotel in central Jakarta') the city. "
            "Harjono is an Indonesian mononym (canonical 'Harjono'); Zhao's Politburo membership "
            "is an extra description, title 'Foreign Minister'. Indonesian names later by the "
            "first name ('Ratna'). meetings[1]: separate same-day talks, their own record. "
            "planned_meetings[0]: 'call on' the President = courtesy call; mechanism_text null "
            "(only a verb). The spokesperson relays the talks from Beijing and is not a "
            "participant; Beijing is not a meeting location."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "t306_australia_new_zealand_ministers",
        "source_path": "gold/test/articles/t306_australia_new_zealand_ministers.txt",
        "dateline": "By Sam Holloway | Canberra | Sunday 3 March 2024",
        "meetings": [
            {
                "date": "2024-03-02",
                "date_partial": "--03-02",
                "date_text": "on Saturday",
                "location": "Canberra",
                "countries": AN,
                "mechanism": "bilateral meeting",
                "mechanism_text": "annual Australia-New Zealand Foreign Ministers' Consultations",
                "participants": [
                    ("Rebecca Townsend", "Minister for Foreign Affairs", "Australia"),
                    ("Hemi Paraone", "Minister of Foreign Affairs", "New Zealand"),
                ],
                "topics": [
                    "pacific security",
                    "solomon islands election",
                    "bougainville",
                    "aukus second pillar",
                    "climate finance",
                    "regional police training centre",
                ],
                "evidence": [
                    "after the two countries' foreign ministers met for their annual talks in "
                    "Canberra",
                    "Minister for Foreign Affairs Rebecca Townsend hosted her New Zealand "
                    "counterpart, Minister of Foreign Affairs Hemi Paraone, for the annual "
                    "Australia-New Zealand Foreign Ministers' Consultations at Parliament House on "
                    "Saturday",
                ],
            },
        ],
        "planned_meetings": [
            {
                "date": "2024-08",
                "date_text": "in August",
                "location": "Brisbane",
                "countries": AN,
                "mechanism": "Annual Summit",
                "mechanism_text": "annual leaders' summit",
                "participants": [
                    ("Daniel Kerrigan", "Prime Minister", "Australia"),
                    ("Simon Tolhurst", "Prime Minister", "New Zealand"),
                ],
                "topics": ["critical minerals", "defence industry cooperation"],
                "evidence": [
                    "Prime Minister Daniel Kerrigan will host New Zealand Prime Minister Simon "
                    "Tolhurst in Brisbane in August for the annual leaders' summit"
                ],
            },
        ],
        "milestones": [
            {
                "name": "Australia New Zealand Closer Economic Relations Trade Agreement (CER)",
                "kind": "agreement",
                "year": 1983,
                "countries": AN,
                "evidence": [
                    "The Australia New Zealand Closer Economic Relations Trade Agreement (CER), "
                    "signed in 1983"
                ],
            },
            {
                "name": "Australian-New Zealand Agreement",
                "kind": "agreement",
                "year": 1944,
                "countries": AN,
                "evidence": [
                    "the Australian-New Zealand Agreement, better known as the Canberra Pact, "
                    "which the two countries signed in 1944"
                ],
            },
        ],
        "excluded": [
            "'the Pacific Islands Forum leaders' meeting in Tonga later in the year': multilateral",
            "the '1951 ANZUS Treaty' binding the two 'together with the United States': three "
            "countries, not a bilateral milestone",
            "New Zealand's interest in joining AUKUS's second pillar: a trilateral partnership, "
            "not a bilateral meeting or milestone",
            "Paraone to 'travel to Sydney on Sunday to meet business leaders': business people, "
            "not officials of the other country",
            "the leaders 'expected to sign off on a new trans-Tasman framework' in August: a plan, "
            "not a milestone",
            "'the 80th anniversary' of the Canberra Pact: an anniversary, the milestone is the "
            "1944 signing",
            "the formation of New Zealand's coalition government 'late last year': domestic, not "
            "a bilateral milestone",
        ],
        "notes": (
            "Traits: AAP byline with place and full date (Sunday 3 March 2024, checked), so 'on "
            "Saturday' = 2024-03-02; the lead ('met for their annual talks in Canberra') and the "
            "second sentence report the same consultations: one record, two quotes. FORMAT "
            "DECISION: the 'annual Australia-New Zealand Foreign Ministers' Consultations' are "
            "held by the foreign ministers themselves; the controlled 'Foreign Office "
            "Consultations' is for senior officials of the two foreign ministries, so this is a "
            "named format outside the vocabulary: 'bilateral meeting' with the name in "
            "mechanism_text (no ordinal stated). 'Senator' and 'Mr' dropped from names. "
            "planned_meetings[0]: 'the annual leaders' summit' is a summit the text calls "
            "annual = 'Annual Summit'; 'in August' in a future sentence of a 2024 story = "
            "2024-08. Milestones: the Canberra Pact's formal name is 'Australian-New Zealand "
            "Agreement' (1944, real); CER signed 1983 (real: 28 March 1983)."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "t307_malaysia_singapore_retreat",
        "source_path": "gold/test/articles/t307_malaysia_singapore_retreat.txt",
        "dateline": "KUALA LUMPUR, Jan 11 (Bernama)",
        "meetings": [
            {
                "date": None,
                "date_partial": "--01-11",
                "date_resolved": "2024-01-11",
                "date_text": "on Thursday",
                "location": "Putrajaya",
                "countries": MS,
                "mechanism": "bilateral meeting",
                "mechanism_text": "11th Malaysia-Singapore Leaders' Retreat",
                "ordinal": 11,
                "participants": [
                    ("Kamarul Ariffin Yusof", "Prime Minister", "Malaysia"),
                    ("Tan Wei Ming", "Prime Minister", "Singapore"),
                ],
                "topics": [
                    "johor-singapore special economic zone",
                    "connectivity",
                    "water",
                    "airspace management",
                    "maritime issues",
                    "rts link",
                ],
                "evidence": [
                    "at the 11th Malaysia-Singapore Leaders' Retreat in Putrajaya, said Prime "
                    "Minister Datuk Seri Kamarul Ariffin Yusof",
                    "The retreat was held on Thursday at Seri Perdana, the official residence of "
                    "the Prime Minister, with Singapore Prime Minister Tan Wei Ming",
                ],
            },
            {
                "date": None,
                "date_partial": "--01-11",
                "date_resolved": "2024-01-11",
                "date_text": "Earlier today",
                "location": "Kuala Lumpur",
                "countries": MS,
                "mechanism": "courtesy call",
                "participants": [("Tan Wei Ming", "Prime Minister", "Singapore")],
                "evidence": [
                    "Earlier today, Tan called on the Yang di-Pertuan Agong at Istana Negara in "
                    "Kuala Lumpur before proceeding to Putrajaya"
                ],
            },
            {
                "date": None,
                "date_partial": "--01-10",
                "date_resolved": "2024-01-10",
                "date_text": "On Wednesday evening",
                "location": "Kuala Lumpur",
                "countries": MS,
                "mechanism": "bilateral meeting",
                "participants": [
                    ("Zainal Abidin Osman", "Foreign Minister", "Malaysia"),
                    ("Chua Kian Seng", "Minister for Foreign Affairs", "Singapore"),
                ],
                "topics": ["preparations for the retreat", "asean matters", "myanmar"],
                "evidence": [
                    "On Wednesday evening, on the eve of the retreat, Foreign Minister Datuk Seri "
                    "Zainal Abidin Osman held a bilateral meeting with Singapore's Minister for "
                    "Foreign Affairs Chua Kian Seng here"
                ],
            },
            {
                "date": "2023",
                "date_resolved": "2023-10",
                "date_text": "in 2023",
                "location": "Singapore",
                "countries": MS,
                "mechanism": "bilateral meeting",
                "mechanism_text": "10th retreat",
                "ordinal": 10,
                "participants": [("Kamarul Ariffin Yusof", "Prime Minister", "Malaysia")],
                "topics": ["special economic zone in johor"],
                "evidence": [
                    "The 10th retreat was held in Singapore in 2023 and was Kamarul Ariffin's "
                    "first as prime minister"
                ],
            },
        ],
        "planned_meetings": [
            {
                "date": None,
                "date_text": "next year",
                "location": "Singapore",
                "countries": MS,
                "mechanism": "bilateral meeting",
                "mechanism_text": "12th retreat",
                "ordinal": 12,
                "participants": [],
                "evidence": ["The 12th retreat will be held in Singapore next year"],
            },
        ],
        "milestones": [
            {
                "name": "Memorandum of Understanding on the Johor-Singapore Special Economic "
                "Zone (JS-SEZ)",
                "kind": "agreement",
                "year": None,
                "date": None,
                "countries": MS,
                "evidence": [
                    "The first, the Memorandum of Understanding on the Johor-Singapore Special "
                    "Economic Zone (JS-SEZ), was signed by Economy Minister Datuk Seri Mohd "
                    "Shahrul Nizam Ismail and Singapore's Minister for Trade and Industry Goh "
                    "Chee Keong"
                ],
            },
            {
                "name": "Memorandum of Understanding on Cooperation in Carbon Credits and the "
                "Green Economy",
                "kind": "agreement",
                "year": None,
                "date": None,
                "countries": MS,
                "evidence": [
                    "The second, the Memorandum of Understanding on Cooperation in Carbon Credits "
                    "and the Green Economy, was signed by Natural Resources and Environmental "
                    "Sustainability Minister Datuk Seri Rosli Hamid and Singapore's Minister for "
                    "Sustainability and the Environment Ong Siew Ling"
                ],
            },
            {
                "name": "Johor Bahru-Singapore Rapid Transit System (RTS) Link Agreement",
                "kind": "agreement",
                "year": 2018,
                "countries": MS,
                "evidence": [
                    "The Johor Bahru-Singapore Rapid Transit System (RTS) Link Agreement was "
                    "signed in 2018"
                ],
            },
            {
                "name": "Leaders' Retreat established",
                "kind": "mechanism_established",
                "year": 2007,
                "countries": MS,
                "evidence": ["The Leaders' Retreat was instituted in 2007"],
            },
            {
                "name": "diplomatic relations established",
                "kind": "other",
                "year": 1965,
                "countries": MS,
                "evidence": ["Malaysia and Singapore established diplomatic relations in 1965"],
            },
        ],
        "excluded": [
            "'The two prime ministers last spoke by video call in December': a video call",
            "Tan 'scheduled to meet members of the Malaysian business community at a dinner': "
            "business people, not officials",
            "the joint press conference and the official welcome ceremony at Dataran Perdana: "
            "parts of the retreat, not meetings",
            "'both sides will work towards a full agreement on the JS-SEZ' and the RTS Link 'due "
            "to begin passenger service by the end of 2026': plans, not milestones",
            "the high-speed rail project 'shelved three years ago': no year, a project",
            "'officials from both sides would meet in the coming months to draw up an "
            "implementation plan': vague, no one named, no date",
            "'the progress made by the joint committee on the delimitation of maritime "
            "boundaries' and the civil aviation authorities' discussions: no meeting reported",
            "Malaysia 'takes over the ASEAN chairmanship next year': multilateral",
            "Chua's Facebook post: a statement",
        ],
        "notes": (
            "Traits: Bernama dateline 'KUALA LUMPUR, Jan 11' without a year; the retreat is in "
            "Putrajaya (stated in the lead), not the dateline city. The lead (format, ordinal 11, "
            "place) and 'The retreat was held on Thursday ...' (date, Singapore's PM) are one "
            "record with two quotes. 'Leaders' Retreat' is a named format outside the vocabulary "
            "(never called a summit): bilateral meeting. Dates: the retreat is the day's news "
            "('this morning', 'Earlier today', 'tonight'), so 'on Thursday' = the dateline's "
            "--01-11; Jan 11 is a Thursday in 2018, 2024 and 2029, and the text puts the 10th "
            "retreat in 2023, so date_resolved 2024-01-11; 'On Wednesday evening, on the eve of "
            "the retreat' = --01-10 (2024-01-10). meetings[1]: 'called on' the King = courtesy "
            "call; the King is not named, so Tan is the only participant; mechanism_text null "
            "(verb only). meetings[2]: 'here' = Kuala Lumpur (dateline city). meetings[3]: the "
            "10th retreat, year only; Kamarul Ariffin took part ('his first as prime minister'); "
            "the real 10th Leaders' Retreat was held on 29-30 October 2023 in Singapore (date_resolved 2023-10). "
            "Names: 'Datuk Seri' dropped; Malay names are later shortened to the given name "
            "('Kamarul Ariffin', 'Zainal Abidin', 'Shahrul Nizam'), canonical full names; "
            "Chinese-Singaporean names family name first ('Tan Wei Ming' -> 'Tan'). The MoU "
            "signatories are not participants of the retreat (they signed after it, witnessed by "
            "the two leaders). MoU milestones: the article's own news but the story's year is "
            "not stated, so year and date null. The first retreat (2007) is stated only as the "
            "format being instituted, not as a held meeting. Real: the RTS Link bilateral "
            "agreement was signed on 16 January 2018; diplomatic relations date from 1965."
        ),
    },
    # ------------------------------------------------------------------------------------------
    {
        "article_id": "t308_india_japan_economic_dialogue",
        "source_path": "gold/test/articles/t308_india_japan_economic_dialogue.txt",
        "dateline": "New Delhi, Feb 16 (IANS)",
        "meetings": [
            {
                "date": None,
                "date_partial": "--02-16",
                "date_resolved": "2024-02-16",
                "date_text": "on Friday",
                "location": "New Delhi",
                "countries": IJ,
                "mechanism": "bilateral meeting",
                "mechanism_text": "second round of the India-Japan Ministerial Dialogue on "
                "Industry and Supply Chains",
                "ordinal": 2,
                "participants": [
                    ("Rajeev Menon", "Union Commerce and Industry Minister", "India"),
                    ("Yuichi Matsudaira", "Minister of Economy, Trade and Industry", "Japan"),
                ],
                "topics": [
                    "semiconductors",
                    "electric vehicle batteries",
                    "green hydrogen",
                    "japanese investment commitments",
                    "rare earth elements",
                ],
                "evidence": [
                    "Union Commerce and Industry Minister Rajeev Menon and Japan's Minister of "
                    "Economy, Trade and Industry Yuichi Matsudaira on Friday co-chaired the second "
                    "round of the India-Japan Ministerial Dialogue on Industry and Supply Chains "
                    "here"
                ],
            },
        ],
        "planned_meetings": [
            {
                "date": None,
                "date_text": "later this year",
                "location": None,
                "countries": IJ,
                "mechanism": "Annual Summit",
                "mechanism_text": "India-Japan Annual Summit",
                "participants": [],
                "evidence": [
                    "the next India-Japan Annual Summit, which will be held in Japan later this "
                    "year"
                ],
            },
        ],
        "milestones": [
            {
                "name": "Special Strategic and Global Partnership",
                "kind": "partnership_upgrade",
                "year": 2014,
                "countries": IJ,
                "evidence": [
                    "India and Japan upgraded their relationship to a Special Strategic and Global "
                    "Partnership in 2014"
                ],
            },
            {
                "name": "India-Japan Comprehensive Economic Partnership Agreement (CEPA)",
                "kind": "agreement",
                "year": 2011,
                "countries": IJ,
                "evidence": [
                    "The India-Japan Comprehensive Economic Partnership Agreement (CEPA) was "
                    "signed in 2011"
                ],
            },
        ],
        "excluded": [
            "Matsudaira 'addressed an India-Japan business forum organised by the Confederation "
            "of Indian Industry (CII)': a speech to business people",
            "Matsudaira 'scheduled to visit a Japanese-run industrial township near Chennai on "
            "Saturday': a site visit, no counterpart",
            "agreement 'to set up a working group on rare earth elements and to hold a joint "
            "investment roadshow in Tokyo and Osaka': plans without a bilateral meeting of "
            "officials named or dated",
        ],
        "notes": (
            "Traits: IANS dateline without a year; 'on Friday' 'here' = New Delhi, --02-16; Feb "
            "16 is a Friday in 2018, 2024 and 2029: story world 2024 (date_resolved 2024-02-16). "
            "The dialogue is an invented named format outside the vocabulary ('Ministerial "
            "Dialogue on Industry and Supply Chains': bilateral meeting, not 'Dialogue on "
            "Economic Security' nor 'Strategic and Economic Dialogue'); ordinal 2 from 'second "
            "round'. planned_meetings[0]: 'in Japan' is a country, not a city, so location null; "
            "'later this year' with no year in the text, so date null (2024 in the story). "
            "Real: SSGP September 2014; CEPA signed 16 February 2011."
        ),
    },
]
