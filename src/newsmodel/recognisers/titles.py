"""Title vocabulary (data): roles, their qualifiers, nationality adjectives and name particles.

Kept as data in the manner of nameparser's ``config/titles.py``: add words here, not code. Entries
whose reading is not obvious carry a comment.
"""

from __future__ import annotations

__all__ = [
    "CHINESE_SURNAMES",
    "HONORIFICS",
    "JAPANESE_SURNAMES",
    "KOREAN_SURNAMES",
    "NAME_STYLES",
    "NATIONALITIES",
    "PARTICLES",
    "PLURAL_ROLES",
    "QUALIFIERS",
    "ROLES",
    "ROLES_WITH_OF",
    "ROLE_NOUNS",
    "ROLE_PHRASES",
    "VIETNAMESE_SURNAMES",
]

# Roles that stand before a name (``Vice Premier Zhang Guoqing``) or head an apposition
# (``Lyu Daliang, director of ...``). Matched case-insensitively after a name, as written before one.
ROLES: tuple[str, ...] = (
    "Premier",
    "Prime Minister",
    "President",
    "Vice President",
    "Chancellor",
    "Vice-Chancellor",
    "King",
    "Queen",
    "Prince",
    "Princess",
    "Emperor",
    "Pope",
    "Foreign Minister",
    "Defense Minister",
    "Defence Minister",
    "Finance Minister",
    "Interior Minister",
    "Economy Minister",
    "Trade Minister",
    "Health Minister",
    "Minister",
    "State Councilor",
    "Secretary of State",
    "Secretary-General",
    "Secretary General",
    "Defense Secretary",
    "Treasury Secretary",
    "Secretary",
    "Ambassador",
    "Envoy",
    "Adviser",  # ``National Security Adviser``, ``Trade Adviser``
    "Advisor",
    "Senator",
    "Sen.",
    "Sens.",
    "Rep.",
    "Reps.",
    "Representative",
    "Congressman",
    "Congresswoman",
    "Speaker",
    "Governor",
    "Gov.",
    "Lt. Gov.",
    "Mayor",
    "Chairman",
    "Chairwoman",
    "Chair",
    "Director",
    "Director-General",
    "Director General",
    "Commissioner",
    "Spokesman",
    "Spokeswoman",
    "Spokesperson",
    "Judge",
    "Justice",
    "Chief Justice",
    "Attorney General",
    "Prosecutor",
    "General",
    "Gen.",
    "Lt. Gen.",
    "Maj. Gen.",
    "Brig. Gen.",
    "Col.",
    "Lt. Col.",
    "Capt.",
    "Admiral",
    "Adm.",
    "Commander",
    "Chief Executive",
    "CEO",
    "Chief Economist",
    "Economist",
    "Coach",
    "Professor",
    "Prof.",
    "Dr.",
    "Sheriff",
    "Police Chief",
    "Detective",
    "Sgt.",
    # Malaysian honorifics used as titles in Bernama copy.
    "Datuk",
    "Datuk Seri",
    "Datin",
    "Tan Sri",
    "Tun",
    # Indian police rank (Assistant Superintendent of Police) in PTI copy.
    "ASP",
    "Member",
    "member",
    "head",
    "chief",
    "director",
    "deputy director",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "expert",
    "researcher",
    "professor",
    "analyst",
    "economist",
    "chairman",
    "chairwoman",
    "president",
    "vice president",
    "vice premier",
    "premier",
    "minister",
    "vice minister",
    "deputy minister",
    "secretary",
    "ambassador",
    "counselor",
    "counsellor",
    "principal",
    "representative",
    "envoy",
    "governor",
    "mayor",
    "official",
    "officer",
    "founder",
    "co-founder",
    "manager",
    "general manager",
    "executive",
    "leader",
    "commander",
    "coordinator",
    "adviser",
    "advisor",
    "consul",
    "consul general",
    "dean",
    "editor",
    "correspondent",
    "lawmaker",
    "senator",
)

# Words that qualify a role: ``Vice Premier``, ``former President``, ``acting Director``.
QUALIFIERS: tuple[str, ...] = (
    "Vice",
    "Deputy",
    "Acting",
    "acting",
    "Former",
    "former",
    "Senior",
    "senior",
    "Executive",
    "Managing",  # ``Managing Director``, ``Managing Editor``
    "Assistant",
    "First",
    "Under",
    "Associate",
    "Chief",
    "then-",
    "outgoing",
    "incoming",
    "Permanent",
)

# Courtesy titles: they stand before a name but are not roles (``Mr. Stegner``).
HONORIFICS: tuple[str, ...] = (
    "Mr.",
    "Mrs.",
    "Ms.",
    "Miss",
    "Mr",
    "Mrs",
    "Ms",
    "Sir",
    "Dame",
    "Lady",
)

# Nationality adjectives before a title -> the country they name.
NATIONALITIES: dict[str, str] = {
    "Chinese": "China",
    "U.S.": "United States",
    "US": "United States",
    "American": "United States",
    "Russian": "Russia",
    "British": "United Kingdom",
    "UK": "United Kingdom",
    "French": "France",
    "German": "Germany",
    "Italian": "Italy",
    "Spanish": "Spain",
    "Japanese": "Japan",
    "South Korean": "South Korea",
    "North Korean": "North Korea",
    "Korean": "Korea",
    "Indian": "India",
    "Pakistani": "Pakistan",
    "Malaysian": "Malaysia",
    "Indonesian": "Indonesia",
    "Vietnamese": "Vietnam",
    "Thai": "Thailand",
    "Philippine": "Philippines",
    "Filipino": "Philippines",
    "Australian": "Australia",
    "Canadian": "Canada",
    "Mexican": "Mexico",
    "Brazilian": "Brazil",
    "Argentine": "Argentina",
    "Turkish": "Turkey",
    "Iranian": "Iran",
    "Israeli": "Israel",
    "Palestinian": "Palestine",
    "Egyptian": "Egypt",
    "Saudi": "Saudi Arabia",
    "Ukrainian": "Ukraine",
    "Polish": "Poland",
    "Swiss": "Switzerland",
    "Dutch": "Netherlands",
    "Belgian": "Belgium",
    "Swedish": "Sweden",
    "Norwegian": "Norway",
    "Finnish": "Finland",
    "Danish": "Denmark",
    "Greek": "Greece",
    "Azerbaijani": "Azerbaijan",
    "Kenyan": "Kenya",
    "Nigerian": "Nigeria",
    "South African": "South Africa",
    "Singaporean": "Singapore",
    "Taiwanese": "Taiwan",
    "Cuban": "Cuba",
    "Venezuelan": "Venezuela",
    "Colombian": "Colombia",
    "Chilean": "Chile",
    "Peruvian": "Peru",
    "Afghan": "Afghanistan",
    "Iraqi": "Iraq",
    "Syrian": "Syria",
    "Lebanese": "Lebanon",
    "Serbian": "Serbia",
    "Hungarian": "Hungary",
    "Czech": "Czech Republic",
    "Austrian": "Austria",
    "Irish": "Ireland",
    "Portuguese": "Portugal",
    "New Zealand": "New Zealand",
    "EU": "European Union",
    "European": "European Union",
    "UN": "United Nations",
    "U.N.": "United Nations",
}

# Name particles kept inside a name: Malay ``bin``/``binti``, Arabic ``al-``, European ``van``/``de``.
PARTICLES: tuple[str, ...] = (
    "bin",
    "binti",
    "bint",
    "al",
    "el",
    "van",
    "von",
    "de",
    "da",
    "del",
    "der",
    "di",
    "la",
    "le",
)

# Styles that may stand between a role and the name, a title of their own:
# ``Foreign Minister Datuk Seri Mohamad Hasan``, ``Health Minister Dr. Lena Ortiz``.
NAME_STYLES: tuple[str, ...] = (
    "Datuk Seri",  # Malaysian federal and state honours
    "Tan Sri",
    "Datuk",
    "Dato'",
    "Dato",
    "Datin",
    "Tun",
    "Dr.",
    "Prof.",
)

# Common Chinese family names in pinyin (a name starting with one, in two or three syllables, is
# read family name first). "Yu" and "Lee" also occur as given names; the rule needs the whole shape.
CHINESE_SURNAMES: frozenset[str] = frozenset(
    """
    Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng Liang
    Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Yuan Pan Yu Jiang Cai Du Ye Cheng Su
    Wei Lyu Lu Ding Ren Shen Yao Jiang Cui Zhong Tan Lu Wan Fan Jin Shi Liao Jia Xia Fu Fang Bai
    Zou Meng Xiong Qin Qiu Hou Jiang Yin Xue Yan Duan Lei Long Li Tao He Gu Mao Hao Gong Shao Wan
    Qian Yan Tan Wen Kong Kang Ni Qi Shi Ou Chang Lan Mo Jing Mi Bi Niu Dai Ji Lian Ge Geng Fei Ling
    Qu Zhan Hong Sha Yi Yue Che Bao Rong Ruan
    """.split()
)

# Korean family names as romanised in Yonhap copy (``Yoo Jee-ho``, ``Yoon Suk Yeol``).
# Common Japanese family names: a two-word name starting with one (and not ending with one) is
# read family name first, as Japanese government style and some agencies write it (``Ishiba Shigeru``);
# ``Shigeru Ishiba`` stays given name first.
JAPANESE_SURNAMES: frozenset[str] = frozenset(
    """
    Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada
    Sasaki Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Yamazaki Mori Abe Ikeda Hashimoto
    Yamashita Ishikawa Nakajima Maeda Fujita Ogawa Goto Okada Hasegawa Murakami Kondo Ishii Saito
    Sakamoto Endo Aoki Fujii Nishimura Fukuda Ota Miura Okamoto Matsuda Nakagawa Harada Ono Takeuchi
    Kishida Ishiba Suga Koizumi Motegi Hayashi Iwaya Takaichi Kono Noda Hatoyama Aso Nikai Edano
    """.split()
)
# Common Vietnamese family names: Vietnamese names are written family name first
# (``Nguyen Phu Trong``: family name Nguyen). "Le" and "Lam" are also Western and Chinese names;
# the rule needs the whole shape (three words, or two with a short given name).
VIETNAMESE_SURNAMES: frozenset[str] = frozenset(
    """
    Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly Truong Dinh Trinh Doan
    Luong Mai Ta Quach Thai Vuong Chu La Kieu Giang To
    """.split()
)
KOREAN_SURNAMES: frozenset[str] = frozenset(
    """
    Kim Lee Park Choi Jung Jeong Kang Cho Yoon Yun Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Yoo
    Yu Hong Jeon Ko Moon Son Yang Bae Baek Heo Nam Noh Ha Kwak Sung Cha Joo Woo Min Ryu Na Jin Ji
    Eom Chae Won Chun Bang Gong Hyun Ham Byun Yeom Yeo Chu Do So Seok Seon Seol Ma Gil Yeon Pyo
    """.split()
)

# Role nouns that stand right before a name with whatever qualifies them before (``Commerzbank
# analyst Carsten Fritsch``, ``Rams coach Sean McVay``, ``planetary geologist Rosaly Lopes``):
# the name is found first, then the word before it is looked up here (in lower case).
ROLE_NOUNS: frozenset[str] = frozenset(
    """
    analyst trader strategist economist geologist scientist co-author fellow researcher professor
    oceanographer meteorologist forecaster expert boss worker employee defendant lawyer attorney
    hopeful adviser advisor envoy figure leader activist spokesman spokeswoman spokesperson official
    coach quarterback punter kicker guard center centre forward striker goalkeeper pitcher rusher
    businessman businesswoman entrepreneur chair chairman chairwoman founder co-founder ceo cfo coo
    hairstylist oncologist surgeon doctor nurse physician director manager executive president
    secretary minister premier senator sen. sens. rep. reps. gov. governor mayor chief judge
    ambassador commissioner superintendent sheriff captain capt. lt. col. gen. colonel general
    curator historian author writer novelist singer actor actress director producer artist
    member cornerback linebacker receiver safety tackle co-litigant evp svp vp
    """.split()
)
# Role nouns of several words, read like ROLE_NOUNS: ``Chiefs tight end Travis Kelce``.
ROLE_PHRASES: frozenset[str] = frozenset(
    (
        "tight end",
        "running back",
        "wide receiver",
        "point guard",
        "chief of staff",
        "press secretary",
    )
)

# Roles whose own name holds ``of``: a title is not cut there into role and organisation
# (``the city's head of government``: role ``head of government``, organisation ``city``).
ROLES_WITH_OF: tuple[str, ...] = (
    "head of government",
    "head of state",
    "chief of staff",
    "secretary of state",
    "minister of state",
    "chief of police",
)

# Titles that speak of several people at once: ``Sens. Cory Booker and Kamala Harris``.
PLURAL_ROLES: frozenset[str] = frozenset("sens. reps. govs. senators ministers leaders".split())
