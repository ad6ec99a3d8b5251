"""Gold labels for the five sample articles, converted from /work/shared/gold/seeds.gold.json.

Conversion: country_a/country_b -> countries; format -> mechanism; format_text ->
mechanism_text; milestone kinds 'partnership upgrade' -> 'partnership_upgrade', 'agreement' ->
'agreement', 'summit' -> 'mechanism_established' (the only seed 'summit' milestone is regular
annual summits being set up); a seed meeting with only ``year`` gets ``date`` 'YYYY' (schema v1
has no meeting ``year``); ``ordinal`` is filled where the text states it. Fields schema v1 has no
place for (name_text, location_text, location_country, location_resolved, date_range, inferred,
per-record notes) are kept in the article ``notes``. Evidence quotes are the seeds' quotes, minus
a trailing full stop or a leading quote mark that ``locate_quote`` would strip.

Record keys are GoldMeeting / GoldMilestone fields, except ``evidence``: a list of exact quotes
(offsets are computed by ``gold/build_gold.py``) and ``participants``: (name, title, country).
"""

IJ = ["India", "Japan"]

ARTICLES = [
    {
        "article_id": "000_ea8bd741bac3a6a9",
        "source_path": "examples/articles/000_ea8bd741bac3a6a9.txt",
        "dateline": "New Delhi [India], July 28 (ANI)",
        "meetings": [
            {
                "date": None,
                "date_partial": "--07-28",
                "date_resolved": "2025-07-28",
                "date_text": "on Monday",
                "location": "New Delhi",
                "countries": IJ,
                "mechanism": "Vice-Ministerial Dialogue",
                "mechanism_text": "Foreign Secretary-Vice Minister Dialogue",
                "participants": [
                    ("Vikram Misri", "Foreign Secretary", "India"),
                    ("Takehiro Funakoshi", "Vice Minister for Foreign Affairs", "Japan"),
                ],
                "topics": [
                    "political ties",
                    "defence and security",
                    "economic security",
                    "trade and investment",
                    "infrastructure cooperation",
                    "technology",
                    "people-to-people exchanges",
                    "global and regional issues",
                    "Indo-Pacific",
                ],
                "evidence": [
                    "Foreign Secretary Vikram Misri met with Japan's Vice Minister for Foreign "
                    "Affairs, Takehiro Funakoshi, on Monday for the bilateral Foreign "
                    "Secretary-Vice Minister Dialogue in the national capital"
                ],
            },
            {
                "date": "2022-03",
                "date_resolved": "2022-03-19",
                "date_text": "In the year 2022",
                "location": None,
                "countries": IJ,
                "mechanism": "Annual Summit",
                "mechanism_text": "14th India-Japan Annual Summit",
                "ordinal": 14,
                "participants": [("Fumio Kishida", "Prime Minister", "Japan")],
                "topics": [
                    "joint statement 'Partnership for a Peaceful, Stable and Prosperous "
                    "Post-COVID World'"
                ],
                "evidence": [
                    "In the year 2022, PM Kishida paid an official visit to India to hold the "
                    "14th India-Japan Annual Summit"
                ],
            },
            {
                "date": "2023",
                "date_resolved": "2023-03-20",
                "date_text": "in 2023",
                "location": None,
                "countries": IJ,
                "mechanism": "bilateral meeting",
                "participants": [
                    ("Fumio Kishida", "Prime Minister", "Japan"),
                    ("Narendra Modi", "Prime Minister", "India"),
                ],
                "evidence": [
                    "in 2023, PM Kishida visited India and held a bilateral meeting with PM Modi"
                ],
            },
        ],
        "milestones": [
            {
                "name": "Global Partnership",
                "kind": "partnership_upgrade",
                "year": 2000,
                "countries": IJ,
                "evidence": ["India-Japan relations were elevated to 'Global Partnership' in 2000"],
            },
            {
                "name": "Strategic and Global Partnership",
                "kind": "partnership_upgrade",
                "year": 2006,
                "countries": IJ,
                "evidence": ["Strategic and Global Partnership in 2006"],
            },
            {
                "name": "Special Strategic and Global Partnership",
                "kind": "partnership_upgrade",
                "year": 2014,
                "countries": IJ,
                "evidence": ["Special Strategic and Global Partnership' in 2014"],
            },
            {
                "name": "Regular annual summits begin",
                "kind": "mechanism_established",
                "year": 2006,
                "countries": IJ,
                "evidence": [
                    "Regular annual summits have been held between India and Japan since 2006"
                ],
            },
            {
                "name": "Joint statement 'Partnership for a Peaceful, Stable and Prosperous "
                "Post-COVID World'",
                "kind": "agreement",
                "year": 2022,
                "date": "2022-03",
                "countries": IJ,
                "evidence": ["Both sides agreed on a joint statement titled"],
            },
        ],
        "excluded": [
            "PM Kishida's 2023 policy speech 'The Future of the Indo-Pacific...': a speech, not "
            "a meeting or a relationship milestone",
        ],
        "notes": (
            "ANI copy (LatestLY). No headline in the text. "
            "meetings[0]: year never stated; dateline July 28 + 'on Monday' (MEA post: 'today') "
            "gives --07-28; 2025 only by outside reasoning (July 28 is a Monday in 2025; the "
            "embedded X status id decodes to 2025-07-28), so strict date is null. location_text "
            "'in the national capital'. "
            "meetings[1]: month from the same article ('the last summit was held in March "
            "2022'); city not stated (location_country India; New Delhi in reality); Modi is not "
            "named as a participant of this summit; Kishida is name_text 'Kishida'. "
            "meetings[2]: seed gives year 2023 only (schema v1 date '2023'); location_country "
            "India; name_text 'Kishida', 'Modi'. "
            "milestones[3]: seed kind 'summit'; converted to 'mechanism_established' because it "
            "states that regular annual summits began in 2006, not one summit. "
            "milestones[4]: outcome document of the 14th Annual Summit; lower-priority kind."
        ),
    },
    {
        "article_id": "001_2da775652a222dd1",
        "source_path": "examples/articles/001_2da775652a222dd1.txt",
        "dateline": None,
        "meetings": [
            {
                "date": "2024-11-27",
                "date_partial": "--11-27",
                "date_text": "on Wednesday (November 27, 2024)",
                "location": "Tokyo",
                "countries": IJ,
                "mechanism": "Vice-Ministerial Dialogue",
                "mechanism_text": "FS-Vice Ministerial Dialogue",
                "participants": [
                    ("Vikram Misri", "Foreign Secretary", "India"),
                    ("Masataka Okano", "Vice-Minister for Foreign Affairs", "Japan"),
                ],
                "topics": [
                    "political relations",
                    "defence and security",
                    "economic cooperation",
                    "people-to-people ties",
                    "regional and international issues",
                ],
                "evidence": [
                    "as well as the FS-Vice Ministerial Dialogue with Masataka Okano, "
                    "Vice-Minister for Foreign Affairs of Japan"
                ],
            },
            {
                "date": "2024-11-27",
                "date_partial": "--11-27",
                "date_text": "on Wednesday (November 27, 2024)",
                "location": "Tokyo",
                "countries": IJ,
                "mechanism": "Dialogue on Economic Security",
                "mechanism_text": "first round of Dialogue on Economic Security, including "
                "Strategic Trade and Technology",
                "ordinal": 1,
                "participants": [("Vikram Misri", "Foreign Secretary", "India")],
                "topics": [
                    "economic security",
                    "strategic trade and technology",
                    "supply chain resilience",
                    "critical and emerging technologies",
                ],
                "evidence": [
                    "He also conducted the first round of Dialogue on Economic Security, "
                    "including Strategic Trade and Technology"
                ],
            },
            {
                "date": "2024-11-27",
                "date_partial": "--11-27",
                "date_text": "on Wednesday (November 27, 2024)",
                "location": "Tokyo",
                "countries": IJ,
                "mechanism": "bilateral meeting",
                "participants": [
                    ("Vikram Misri", "Foreign Secretary", "India"),
                    (
                        "Takehiko Matsuo",
                        "Vice-Minister for International Affairs, Ministry of Economy, Trade "
                        "and Industry",
                        "Japan",
                    ),
                ],
                "topics": ["economic and high technology cooperation"],
                "evidence": [
                    "Foreign Secretary Misri met with other senior functionaries of the Japanese "
                    "government, including Takehiko Matsuo, Vice-Minister for International "
                    "Affairs, Ministry of Economy, Trade and Industry"
                ],
            },
            {
                "date": "2024-11-27",
                "date_partial": "--11-27",
                "date_text": "on Wednesday (November 27, 2024)",
                "location": "Tokyo",
                "countries": IJ,
                "mechanism": "bilateral meeting",
                "participants": [
                    ("Vikram Misri", "Foreign Secretary", "India"),
                    (
                        "Keiichi Ichikawa",
                        "Deputy Secretary General of National Security Secretariat and "
                        "Assistant Chief Cabinet Secretary",
                        "Japan",
                    ),
                ],
                "topics": ["security and economic partnership"],
                "evidence": [
                    "Another significant meeting was with Keiichi Ichikawa, Deputy Secretary "
                    "General of National Security Secretariat and Assistant Chief Cabinet "
                    "Secretary of Japan"
                ],
            },
            {
                "date": "2024-11-27",
                "date_partial": "--11-27",
                "date_text": "on Wednesday (November 27, 2024)",
                "location": "Tokyo",
                "countries": IJ,
                "mechanism": "bilateral meeting",
                "participants": [
                    ("Vikram Misri", "Foreign Secretary", "India"),
                    (
                        "Yoshimichi Terada",
                        "Vice-Minister for International Affairs, Ministry of Land, "
                        "Infrastructure, Transport and Tourism",
                        "Japan",
                    ),
                ],
                "topics": ["Mumbai-Ahmedabad High Speed Rail (bullet train) project"],
                "evidence": [
                    "The Indian Foreign Secretary also met Yoshimichi Terada, Vice-Minister for "
                    "International Affairs, Ministry of Land, Infrastructure, Transport and "
                    "Tourism"
                ],
            },
            {
                "date": "2024-08-20",
                "date_partial": "--08-20",
                "date_text": "August 20, 2024",
                "location": "New Delhi",
                "countries": IJ,
                "mechanism": "2+2 Dialogue",
                "mechanism_text": "3rd India-Japan 2+2 Dialogue",
                "ordinal": 3,
                "participants": [],
                "topics": [
                    "defence and security",
                    "transfer of UNICORN radio antenna technology",
                    "defence equipment and technology",
                    "revision of 2008 Joint Declaration on Security Cooperation",
                ],
                "evidence": [
                    "meeting for the 3rd India-Japan 2+2 Dialogue held in New Delhi on "
                    "August 20, 2024"
                ],
            },
            {
                "date": "2024-08-19",
                "date_partial": "--08-19",
                "date_text": "August 19, 2024",
                "location": None,
                "countries": IJ,
                "mechanism": "courtesy call",
                "participants": [("Narendra Modi", "Prime Minister", "India")],
                "topics": [
                    "Indo-Pacific peace and stability",
                    "importance of the 2+2 Dialogue",
                ],
                "evidence": [
                    "Meeting the visiting Japanese Ministers who called on him on August 19, "
                    "2024, Prime Minister Narendra Modi highlighted"
                ],
            },
        ],
        "milestones": [
            {
                "name": "Joint Declaration on Security Cooperation",
                "kind": "agreement",
                "year": 2008,
                "countries": IJ,
                "evidence": [
                    "the 2008 Joint Declaration on Security Cooperation between India and Japan"
                ],
            },
            {
                "name": "Special Strategic and Global Partnership",
                "kind": "partnership_upgrade",
                "year": None,
                "countries": IJ,
                "optional": True,
                "evidence": [
                    "India and Japan share a 'Special Strategic and Global Partnership' which is "
                    "now in its 10th year"
                ],
            },
        ],
        "excluded": [
            "Misri 'interacted with Japanese policymakers and senior officials from ... Ministry "
            "of Environment, JETRO, JICA and JAXA': blanket list of interactions, no named "
            "counterpart or mechanism; do not penalise a system that lists it",
        ],
        "notes": (
            "Headline is present (first line). "
            "meetings[0-4]: the date is attached to the visit as a whole ('visit ... on "
            "Wednesday (November 27, 2024)'); the meetings during the visit are dated to it; "
            "location_text 'in Tokyo' ('While in Tokyo'). meetings[1]: Japanese co-chair not "
            "named. meetings[5]: past meeting mentioned as background; no participant is named "
            "('the two sides', 'the ministers'). meetings[6]: the visiting Japanese ministers are "
            "not named (Kamikawa and Kihara in reality); city not stated (location_resolved New "
            "Delhi); mechanism_text null because the text only has the verb 'called on'. "
            "milestones[1]: no year stated; '10th year' in late 2024 must NOT be turned into a "
            "year (it would give 2015, not 2014); optional."
        ),
    },
    {
        "article_id": "002_903ee67db55ce88d",
        "source_path": "examples/articles/002_903ee67db55ce88d.txt",
        "dateline": "New Delhi, Feb 08",
        "meetings": [
            {
                "date": "2024-02",
                "date_resolved": None,
                "date_text": "from February 07 to 08, 2024",
                "location": "Tokyo",
                "countries": IJ,
                "mechanism": "Vice-Ministerial Dialogue",
                "mechanism_text": "Vice-Ministerial Dialogue",
                "participants": [
                    ("Vinay Mohan Kwatra", "Foreign Secretary", "India"),
                    ("Masataka Okano", "Vice Minister for Foreign Affairs", "Japan"),
                ],
                "topics": [
                    "political relations",
                    "defence and security cooperation",
                    "trade",
                    "investment",
                    "technological collaboration",
                    "people-to-people ties",
                    "global issues",
                ],
                "evidence": [
                    "Foreign Secretary Kwatra held bilateral consultations with Mr. Masataka "
                    "Okano, Vice Minister for Foreign Affairs of Japan"
                ],
            },
            {
                "date": "2024-02",
                "date_resolved": "2024-02-08",
                "date_text": "from February 07 to 08, 2024",
                "location": "Tokyo",
                "countries": IJ,
                "mechanism": "Foreign Office Consultations",
                "mechanism_text": "Foreign Office Consultations",
                "participants": [
                    ("Vinay Mohan Kwatra", "Foreign Secretary", "India"),
                    (
                        "Takehiro Funakoshi",
                        "QUAD Sherpa and Senior Deputy Minister for Foreign Affairs",
                        "Japan",
                    ),
                ],
                "topics": ["regional landscape", "India-Japan cooperation in the Indo-Pacific"],
                "evidence": [
                    "At the Foreign Office Consultations with Mr. Takehiro Funakoshi, Japan’s "
                    "QUAD Sherpa and Senior Deputy Minister for Foreign Affairs"
                ],
            },
        ],
        "excluded": [
            "Kwatra 'engaged with senior officials from Japan’s Ministry of Economy, Trade and "
            "Industry, and Ministry of Defense': no named counterpart; blanket statement (another "
            "report names the METI counterpart, Hosaka Shin); do not penalise a system that "
            "lists it",
            "'interacted with Japanese policymakers, thought leaders, and corporate executives': "
            "blanket statement, not a specific meeting",
            "'forthcoming high-level bilateral engagements': unspecified future engagements, too "
            "vague for 'planned'",
        ],
        "notes": (
            "No headline in the text. Both meetings: the article gives only the visit span "
            "(date_range 2024-02-07..2024-02-08), so the strict date is month precision; "
            "location_text 'to Tokyo'. meetings[0]: the 'bilateral consultations with Okano' "
            "are the 'Vice-Ministerial Dialogue' the visit 'encompassed'; probably Feb 7, not "
            "verified, so date_resolved stays null. meetings[1]: exact day from another report "
            "('FOC ... was held on February 8, 2024'); name_text 'Kwatra'."
        ),
    },
    {
        "article_id": "003_3682a04b9b2fd4c9",
        "source_path": "examples/articles/003_3682a04b9b2fd4c9.txt",
        "dateline": None,
        "meetings": [
            {
                "date": None,
                "date_text": "recently",
                "location": None,
                "countries": IJ,
                "mechanism": "bilateral meeting",
                "participants": [
                    ("Sibi George", "Ambassador of India to Japan", "India"),
                    ("Minoru Kiuchi", "Minister for Economic Security", "Japan"),
                ],
                "topics": ["economic security", "space exploration", "science and technology"],
                "evidence": [
                    "India's Ambassador to Japan, Sibi George, recently engaged in pivotal "
                    "discussions with Japan's Minister for Economic Security, Minoru Kiuchi"
                ],
            },
            {
                "date": None,
                "date_text": None,
                "location": "Oslo",
                "countries": IJ,
                "mechanism": "bilateral meeting",
                "participants": [
                    (
                        "Sarbananda Sonowal",
                        "Union Minister for Ports, Shipping & Waterways",
                        "India",
                    ),
                    ("Yoshimichi Terada", "Vice Minister for International Affairs", "Japan"),
                ],
                "topics": ["maritime cooperation"],
                "evidence": [
                    "Sarbananda Sonowal's meeting with Japan's Vice Minister for International "
                    "Affairs, Terada Yoshimichi in Oslo"
                ],
            },
        ],
        "excluded": [
            "'IPOI: India-Japan Partnership in Maritime Connectivity' event at the Indian Embassy "
            "in Tokyo (addresses by Minoru Kihara, former Defence Minister, and P. Kumaran, "
            "Secretary (East)): a public event with speeches, not a bilateral meeting between "
            "officials; no date; do not penalise a system that lists it",
        ],
        "notes": (
            "Devdiscourse summary page; trailing 'ALSO READ' links are site chrome. "
            "meetings[0]: no date or place in the text (almost certainly Tokyo); format detail "
            "'ambassador calls on minister'; the 'Also read' items suggest about July 2025. "
            "meetings[1]: held in a third country (Norway); no date; Terada is name_text "
            "'Terada Yoshimichi' (same person as 'Yoshimichi Terada' in 001)."
        ),
    },
    {
        "article_id": "004_47edb2752374cd4b",
        "source_path": "examples/articles/004_47edb2752374cd4b.txt",
        "dateline": "Tokyo, Oct 07",
        "meetings": [
            {
                "date": None,
                "date_partial": "--10-07",
                "date_resolved": "2020-10-07",
                "date_text": "on Wednesday",
                "location": "Tokyo",
                "countries": IJ,
                "mechanism": "Strategic Dialogue",
                "mechanism_text": "strategic dialogue",
                "participants": [
                    ("S. Jaishankar", "External Affairs Minister", "India"),
                    ("Toshimitsu Motegi", "Foreign Minister", "Japan"),
                ],
                "topics": [
                    "bilateral ties",
                    "collaboration in third countries",
                    "development projects",
                    "UN reform",
                    "Indo-Pacific",
                    "manufacturing",
                    "skill development",
                    "infrastructure",
                    "information and communication technology",
                    "health",
                    "post-COVID recovery",
                    "preparations for annual summit",
                ],
                "evidence": [
                    "External Affairs Minister S Jaishankar on Wednesday held-wide-ranging talks "
                    "with his Japanese counterpart Toshimitsu Motegi in Tokyo"
                ],
            },
        ],
        "planned_meetings": [
            {
                "date": None,
                "date_text": "by end of this year",
                "location": None,
                "countries": IJ,
                "mechanism": "Annual Summit",
                "mechanism_text": "annual India-Japan summit",
                "participants": [],
                "evidence": [
                    "the annual India-Japan summit which is likely to take place by end of this "
                    "year"
                ],
            },
        ],
        "excluded": [
            "Quad foreign ministers' meeting 'a day after' which this dialogue took place: "
            "multilateral (four countries), not bilateral",
            "'Last month, Jaishankar had said ...': a statement, not a meeting",
        ],
        "notes": (
            "Oneindia page; site chrome (alerts, 'Recommended Video', notification settings) "
            "left in the text. meetings[0]: year never stated; dateline Oct 07 + 'on Wednesday' "
            "gives --10-07 (a Wednesday in 2020); the 13th FMSD, but the number is only in "
            "another report, so ordinal is null; name_text 'S Jaishankar'; Motegi's title comes "
            "from 'his Japanese counterpart' / 'the two foreign ministers'. "
            "planned_meetings[0]: expected, not scheduled; 'this year' has no stated year (2020 "
            "in reality, and no summit took place that year); mechanism_text added here (the "
            "seed has no format_text) because the text names the format."
        ),
    },
]
