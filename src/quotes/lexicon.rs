//! Word lists for recognising people and roles: honorifics, role words,
//! country adjectives and possessives, East Asian family names and the
//! capitalised words that are never part of a person's name.

use std::collections::HashSet;
use std::sync::LazyLock;

/// Grammatical gender a title or role word implies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Gender {
    /// Nothing known.
    Unknown,
    /// Mr, spokesman, brother…
    Male,
    /// Ms, spokeswoman, sister…
    Female,
}

/// Honorifics written before a name, with the gender they imply and the role
/// they stand for (if any).
const HONORIFICS: &[(&str, Gender, &str)] = &[
    ("mr", Gender::Male, ""),
    ("mrs", Gender::Female, ""),
    ("ms", Gender::Female, ""),
    ("miss", Gender::Female, ""),
    ("madam", Gender::Female, ""),
    ("dr", Gender::Unknown, ""),
    ("sir", Gender::Male, ""),
    ("dame", Gender::Female, ""),
    // Peers: "Lord Harwood of Tenby", "Baroness Amos".
    ("lord", Gender::Male, ""),
    ("baroness", Gender::Female, ""),
    ("prof", Gender::Unknown, "professor"),
    ("gen", Gender::Unknown, "general"),
    ("brig", Gender::Unknown, "brigadier"),
    ("lt", Gender::Unknown, "lieutenant"),
    ("col", Gender::Unknown, "colonel"),
    ("maj", Gender::Unknown, "major"),
    ("capt", Gender::Unknown, "captain"),
    ("cmdr", Gender::Unknown, "commander"),
    ("cdr", Gender::Unknown, "commander"),
    ("adm", Gender::Unknown, "admiral"),
    ("sgt", Gender::Unknown, "sergeant"),
    ("sen", Gender::Unknown, "senator"),
    ("senators", Gender::Unknown, "senator"),
    ("representatives", Gender::Unknown, "representative"),
    ("hon", Gender::Unknown, ""),
    ("rep", Gender::Unknown, "representative"),
    ("gov", Gender::Unknown, "governor"),
    ("amb", Gender::Unknown, "ambassador"),
];

/// Looks up an honorific (case-insensitive, without its period).
pub(crate) fn honorific(word: &str) -> Option<(Gender, &'static str)> {
    let lower = word.to_lowercase();
    HONORIFICS.iter().find(|h| h.0 == lower).map(|h| (h.1, h.2))
}

/// Words that make up official titles and roles ("Vice Foreign Minister",
/// "foreign ministry spokesperson"), lowercase.
const ROLE_WORDS: &[&str] = &[
    "president",
    "vice",
    "deputy",
    "prime",
    "minister",
    "secretary",
    "foreign",
    "defence",
    "defense",
    "unification",
    "state",
    "chief",
    "cabinet",
    "general",
    "lieutenant",
    "colonel",
    "ambassador",
    "special",
    "representative",
    "envoy",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "leader",
    "chairman",
    "chairwoman",
    "senator",
    "congressman",
    "congresswoman",
    "governor",
    "commander",
    "director",
    "admiral",
    "marshal",
    "premier",
    "chancellor",
    "national",
    "security",
    "adviser",
    "advisor",
    "assistant",
    "undersecretary",
    "under",
    "trade",
    "finance",
    "interior",
    "first",
    "supreme",
    "senior",
    "former",
    "acting",
    "presidential",
    "press",
    "ministry",
    "embassy",
    "negotiator",
    "dictator",
    "sister",
    "brother",
    "wife",
    "husband",
    "daughter",
    "son",
    "top",
    "nuclear",
    "intelligence",
    "head",
    "coordinator",
    "lawmaker",
    "mayor",
    "king",
    "queen",
    "emperor",
    "professor",
    "major",
    "captain",
    "sergeant",
    "chair",
    "chairperson",
    "chairwoman",
    "vice-president",
    "vice-minister",
    "justice",
    "attorney",
    "envoy",
    "official",
    "diplomat",
    // First words of compound ranks and titles: "Wing Commander", "Rear
    // Admiral", "Squadron Leader", "Flight Lieutenant", "Air Marshal",
    // and a US state legislator ("Assemblymember Daniel Kwak").
    "wing",
    "rear",
    "squadron",
    "flight",
    "air",
    "marshal",
    "assemblymember",
    // A party label inside a title: "independent senator Nola Frencham".
    "independent",
    "councillor",
    "councilor",
    "counsellor",
    "counselor",
    "strategist",
    "delegate",
    "aide",
    "executive",
    "permanent",
    "consul",
    "councillor",
    "military",
    "army",
    "navy",
    "air",
    "force",
    "joint",
    "chiefs",
    "staff",
    "white",
    "house",
    "blue",
    "department",
    "pentagon",
    "cabinet",
    "agency",
    "committee",
    "party",
    "central",
    "workers",
    "people's",
    "assembly",
    "commission",
    "council",
    "panel",
    "office",
    "administration",
    "government",
    "policy",
    "affairs",
    "planning",
    "operations",
    "communications",
    "economic",
    "energy",
    "commerce",
    "treasury",
    "homeland",
    "information",
    "spy",
    "principal",
    "first-vice",
    "executive",
];

/// True when the lowercase word can be part of a title or role.
pub(crate) fn is_role_word(word: &str) -> bool {
    static SET: LazyLock<HashSet<&str>> = LazyLock::new(|| ROLE_WORDS.iter().copied().collect());
    SET.contains(word)
}

/// A hyphenated title whose parts are all title words ("director-general",
/// "under-secretary-general", "secretary-general").
pub(crate) fn is_hyphenated_title(word: &str) -> bool {
    let part = |p: &str| is_role_word(p) || is_role_head(p) || RANK_MODIFIERS.contains(&p);
    word.contains('-') && word.split('-').all(|p| part(p) || p == "general")
}

/// Nouns that head a role phrase ("the vice minister", "a senior negotiator").
const ROLE_HEADS: &[&str] = &[
    "president",
    "minister",
    "secretary",
    "spokesperson",
    "spokeswoman",
    "spokesman",
    "general",
    "representative",
    "envoy",
    "negotiator",
    "adviser",
    "advisor",
    "ambassador",
    "commander",
    "leader",
    "dictator",
    "premier",
    "chancellor",
    "chairman",
    "chairwoman",
    "coordinator",
    "director",
    "chief",
    "head",
    "governor",
    "senator",
    "mayor",
    "admiral",
    "official",
    "diplomat",
    "analyst",
    "expert",
    "professor",
    "fellow",
    "researcher",
    "lawmaker",
    "aide",
    "officer",
    "scholar",
    "strategist",
    "delegate",
    "counsellor",
    "counselor",
    "agency",
    "ministry",
    "vice-president",
    "vice-minister",
    "chair",
    "chairperson",
    "chairwoman",
    "consul",
];

/// Role nouns that stand for a body, not a person ("the ministry said").
pub(crate) fn is_institution_noun(word: &str) -> bool {
    matches!(word, "agency" | "ministry" | "embassy")
}

/// True when the lowercase word heads a role phrase.
pub(crate) fn is_role_head(word: &str) -> bool {
    static SET: LazyLock<HashSet<&str>> = LazyLock::new(|| ROLE_HEADS.iter().copied().collect());
    SET.contains(word)
}

/// Rank modifiers that must agree between a role noun and a speaker's role
/// ("the president" is not the vice president).
pub(crate) const RANK_MODIFIERS: &[&str] = &[
    "vice",
    "deputy",
    "former",
    "acting",
    "assistant",
    "under",
    "first",
    "special",
];

/// Gender implied by a role word.
pub(crate) fn role_gender(word: &str) -> Gender {
    match word {
        "spokeswoman" | "chairwoman" | "congresswoman" | "sister" | "wife" | "daughter"
        | "mother" | "queen" | "madam" => Gender::Female,
        "spokesman" | "chairman" | "congressman" | "brother" | "husband" | "son" | "father"
        | "king" => Gender::Male,
        _ => Gender::Unknown,
    }
}

/// Country adjectives and acronyms (lowercase, dots removed) → country.
const COUNTRY_ADJECTIVES: &[(&str, &str)] = &[
    ("us", "US"),
    ("american", "US"),
    ("chinese", "China"),
    ("japanese", "Japan"),
    ("russian", "Russia"),
    ("british", "UK"),
    ("uk", "UK"),
    ("french", "France"),
    ("german", "Germany"),
    ("un", "UN"),
    ("swedish", "Sweden"),
    ("dprk", "North Korea"),
    ("rok", "South Korea"),
    ("eu", "EU"),
    ("european", "EU"),
    ("australian", "Australia"),
    ("canadian", "Canada"),
    ("indian", "India"),
    ("mongolian", "Mongolia"),
    ("vietnamese", "Vietnam"),
    ("swiss", "Switzerland"),
    ("italian", "Italy"),
];

/// Country names and capitals whose possessive marks a country
/// ("Japan’s Defence Minister", "Seoul's door"), lowercase.
const COUNTRY_NAMES: &[(&str, &str)] = &[
    ("america", "US"),
    ("us", "US"),
    ("washington", "US"),
    ("china", "China"),
    ("beijing", "China"),
    ("japan", "Japan"),
    ("tokyo", "Japan"),
    ("russia", "Russia"),
    ("moscow", "Russia"),
    ("seoul", "South Korea"),
    ("pyongyang", "North Korea"),
    ("britain", "UK"),
    ("france", "France"),
    ("germany", "Germany"),
    ("sweden", "Sweden"),
    ("london", "UK"),
    ("paris", "France"),
    ("berlin", "Germany"),
    ("brussels", "EU"),
    ("australia", "Australia"),
    ("canberra", "Australia"),
    ("canada", "Canada"),
    ("ottawa", "Canada"),
    ("india", "India"),
    ("mongolia", "Mongolia"),
    ("vietnam", "Vietnam"),
    ("cuba", "Cuba"),
    ("iran", "Iran"),
    ("syria", "Syria"),
    ("egypt", "Egypt"),
    ("indonesia", "Indonesia"),
    ("brazil", "Brazil"),
    ("mexico", "Mexico"),
    ("kazakhstan", "Kazakhstan"),
    ("norway", "Norway"),
    ("finland", "Finland"),
    ("denmark", "Denmark"),
    ("netherlands", "Netherlands"),
    ("belgium", "Belgium"),
    ("italy", "Italy"),
    ("spain", "Spain"),
    ("poland", "Poland"),
    ("ukraine", "Ukraine"),
    ("turkey", "Turkey"),
    ("israel", "Israel"),
    ("pakistan", "Pakistan"),
    ("thailand", "Thailand"),
    ("malaysia", "Malaysia"),
    ("singapore", "Singapore"),
    ("philippines", "Philippines"),
    ("myanmar", "Myanmar"),
    ("cambodia", "Cambodia"),
    ("kenya", "Kenya"),
    ("nigeria", "Nigeria"),
    ("ghana", "Ghana"),
    ("gabon", "Gabon"),
    ("albania", "Albania"),
    ("ireland", "Ireland"),
    ("switzerland", "Switzerland"),
    ("austria", "Austria"),
    ("estonia", "Estonia"),
    ("romania", "Romania"),
    ("malta", "Malta"),
    ("ecuador", "Ecuador"),
    ("chile", "Chile"),
    ("argentina", "Argentina"),
    ("venezuela", "Venezuela"),
    ("greece", "Greece"),
    ("portugal", "Portugal"),
    ("hungary", "Hungary"),
    ("mozambique", "Mozambique"),
    ("laos", "Laos"),
    ("nepal", "Nepal"),
];

/// Whether an appositive's word makes a person a private citizen ("a
/// nursing student", "a shop owner", "a retired fisherman").
pub(crate) fn is_civilian(word: &str) -> bool {
    // Relatives, aid workers and fishermen's leaders are often quoted as
    // speakers in their own right, so only plainly private roles count.
    matches!(
        word,
        "resident"
            | "residents"
            | "student"
            | "retiree"
            | "shopkeeper"
            | "vendor"
            | "homemaker"
            | "villager"
            | "commuter"
            | "parishioner"
            | "tourist"
    )
}

/// Whether a role word names a member of a legislature.
pub(crate) fn is_legislator(word: &str) -> bool {
    matches!(
        word,
        "senator"
            | "representative"
            | "congressman"
            | "congresswoman"
            | "lawmaker"
            | "legislator"
            | "assemblyman"
            | "assemblywoman"
    )
}

/// Country of a single-word adjective or acronym ("Chinese", "U.S."), if any.
pub(crate) fn country_adjective(word: &str) -> Option<&'static str> {
    let key: String = word
        .chars()
        .filter(|c| *c != '.')
        .collect::<String>()
        .to_lowercase();
    COUNTRY_ADJECTIVES.iter().find(|c| c.0 == key).map(|c| c.1)
}

/// Country of a possessive country or capital name ("Japan" of "Japan’s").
pub(crate) fn country_name(word: &str) -> Option<&'static str> {
    let key: String = word
        .chars()
        .filter(|c| *c != '.')
        .collect::<String>()
        .to_lowercase();
    COUNTRY_NAMES.iter().find(|c| c.0 == key).map(|c| c.1)
}

/// Titles followed by the delegation they speak for ("the delegate of
/// Cuba", "the representative of the Republic of Korea").
pub(crate) fn is_delegate_title(word: &str) -> bool {
    matches!(
        word,
        "representative" | "delegate" | "delegation" | "ambassador"
    )
}

/// States' formal names as the UN writes them, lowercase, with the country.
const FORMAL_STATES: &[(&str, &str)] = &[
    ("democratic people's republic of korea", "North Korea"),
    ("democratic people’s republic of korea", "North Korea"),
    ("republic of korea", "South Korea"),
    ("united states", "US"),
    ("united states of america", "US"),
    ("united kingdom", "UK"),
    ("russian federation", "Russia"),
    ("people's republic of china", "China"),
    ("people’s republic of china", "China"),
];

/// Country of a UN delegation as the UN writes it ("Republic of Korea",
/// "Russian Federation", "Democratic People's Republic of Korea"); any
/// other delegation is its own name ("Romania").
pub(crate) fn delegation_country(delegation: &str) -> String {
    state_country(delegation).map_or_else(|| delegation.to_string(), str::to_string)
}

/// Country of a state's name, formal ("Republic of Korea", "Russian
/// Federation") or plain ("Japan"), if `name` is one.
pub(crate) fn state_country(name: &str) -> Option<&'static str> {
    let low = name.to_lowercase();
    FORMAL_STATES
        .iter()
        .find(|(formal, _)| *formal == low)
        .map(|(_, c)| *c)
        .or_else(|| country_name(&low))
}

/// Country a role or institution implies by itself ("Secretary of State",
/// "unification minister", "Blue House"); `phrase` is lowercase.
pub(crate) fn implied_country(phrase: &str) -> Option<&'static str> {
    const IMPLIED: &[(&str, &str)] = &[
        ("state department", "US"),
        ("secretary of state", "US"),
        ("pentagon", "US"),
        ("white house", "US"),
        ("u.s.", "US"),
        ("united nations", "UN"),
        ("u.n.", "UN"),
        ("unification", "South Korea"),
        ("blue house", "South Korea"),
        ("chief cabinet secretary", "Japan"),
        ("kcna", "North Korea"),
        ("kremlin", "Russia"),
        ("the north's", "North Korea"),
        ("the north’s", "North Korea"),
        ("the south's", "South Korea"),
        ("the south’s", "South Korea"),
        ("north korea's", "North Korea"),
        ("north korea’s", "North Korea"),
        ("south korea's", "South Korea"),
        ("south korea’s", "South Korea"),
        ("north korean", "North Korea"),
        ("south korean", "South Korea"),
    ];
    IMPLIED
        .iter()
        .find(|(k, _)| phrase.contains(k))
        .map(|(_, c)| *c)
}

/// Family names written first in Korean and Chinese names ("Kim Jong Un",
/// "Zhao Lin"), so a bare "Kim" or "Zhao" refers back to them.
const FAMILY_FIRST: &[&str] = &[
    "kim", "lee", "ri", "park", "pak", "choi", "choe", "jung", "jeong", "chung", "moon", "mun",
    "han", "kang", "cho", "jo", "yoon", "yun", "jang", "chang", "lim", "rim", "shin", "sin", "ryu",
    "yoo", "hwang", "ahn", "an", "oh", "o", "seo", "so", "kwon", "ko", "hong", "jeon", "jon",
    "yang", "son", "bae", "baek", "paek", "heo", "ho", "nam", "noh", "no", "ha", "kwak", "sung",
    "song", "cha", "chu", "ju", "woo", "min", "hyon", "thae", "ra", "yu", "jin", "kye", "wang",
    "li", "zhang", "liu", "chen", "zhao", "huang", "zhou", "wu", "xu", "sun", "hu", "zhu", "gao",
    "lin", "guo", "he", "ma", "luo", "liang", "zheng", "xie", "tang", "feng", "dong", "xiao",
    "cheng", "cao", "yuan", "deng", "fu", "shen", "zeng", "peng", "lu", "su", "jiang", "cai",
    "jia", "ding", "wei", "xue", "ye", "yan", "pan", "du", "dai", "xia", "zhong", "tian", "ren",
    "fan", "fang", "shi", "yao", "tan", "liao", "zou", "xiong", "jin", "hao", "kong", "bai", "cui",
    "mao", "qiu", "qin", "gu", "hou", "shao", "meng", "long", "wan", "duan", "lei", "qian", "yin",
    "yi", "qiao", "lai", "gong", "wen", "xi", "geng", "hua", "kou", "le", "bo", "wi", "yeo", "eom",
    "chae", "gil", "pyo", "ban", "im", "tak", "seong", "do", "maeng", "bang", "chun", "roh",
    "yeon", "jeong", "kil", "ri", "chon",
];

/// True when the name's first token is an East Asian family name and the name
/// has the shape of a family-name-first name (2–3 short tokens).
pub(crate) fn is_family_first(tokens: &[String]) -> bool {
    let Some(first) = tokens.first() else {
        return false;
    };
    if tokens.len() < 2 || tokens.len() > 3 {
        return false;
    }
    let family = FAMILY_FIRST.contains(&first.to_lowercase().as_str());
    let short = tokens[1..]
        .iter()
        .all(|t| !t.ends_with('.') && t.chars().count() <= 9);
    // "Sung-lac", "Jae-in": a hyphenated given name marks a Korean name.
    let korean_given = tokens.len() == 2 && korean_given_name(&tokens[1]);
    (family && short) || (korean_given && first.chars().count() <= 5)
}

/// "Ji-hoon", "Jae-in": capitalised syllable, hyphen, lowercase syllable.
fn korean_given_name(token: &str) -> bool {
    let Some((a, b)) = token.split_once('-') else {
        return false;
    };
    let cap = a.chars().next().is_some_and(char::is_uppercase);
    let lower = !b.is_empty() && b.chars().all(char::is_lowercase);
    cap && lower && a.chars().count() <= 5 && b.chars().count() <= 5
}

/// Capitalised words that are never (part of) a person's name: places,
/// institutions, calendar words and common sentence openers. Lowercase.
const NOT_NAMES: &[&str] = &[
    // US states (a legislator "of Idaho", "the Idaho Republican"); Virginia
    // and Georgia are also given names and stay out.
    "alabama",
    "arizona",
    "arkansas",
    "california",
    "colorado",
    "connecticut",
    "delaware",
    "florida",
    "idaho",
    "illinois",
    "indiana",
    "iowa",
    "kansas",
    "kentucky",
    "louisiana",
    "maine",
    "maryland",
    "massachusetts",
    "michigan",
    "minnesota",
    "mississippi",
    "missouri",
    "montana",
    "nebraska",
    "nevada",
    "hampshire",
    "jersey",
    "mexico",
    "york",
    "carolina",
    "dakota",
    "ohio",
    "oklahoma",
    "oregon",
    "pennsylvania",
    "rhode",
    "tennessee",
    "texas",
    "utah",
    "vermont",
    "wisconsin",
    "wyoming",
    "korea",
    "republican",
    "republicans",
    "democrat",
    "democrats",
    "korean",
    "koreans",
    "koreas",
    "north",
    "south",
    "united",
    "states",
    "nations",
    "republic",
    "kingdom",
    "federation",
    "washington",
    "pyongyang",
    "seoul",
    "tokyo",
    "beijing",
    "moscow",
    "china",
    "japan",
    "russia",
    "america",
    "american",
    "americans",
    "council",
    "security",
    "department",
    "state",
    "house",
    "white",
    "blue",
    "pentagon",
    "kremlin",
    "olympics",
    "olympic",
    "winter",
    "games",
    "post",
    "times",
    "journal",
    "agency",
    "news",
    "ministry",
    "forces",
    "force",
    "sea",
    "zone",
    "peninsula",
    "war",
    "summit",
    "party",
    "assembly",
    "congress",
    "senate",
    "committee",
    "union",
    "european",
    "asia",
    "asian",
    "east",
    "west",
    "island",
    "christmas",
    "kcna",
    "yonhap",
    "reuters",
    "associated",
    "press",
    "xinhua",
    "cnn",
    "bbc",
    "mr",
    "ms",
    "mrs",
    "dr",
    "gen",
    "read",
    "more",
    "published",
    "updated",
    "powered",
    "photo",
    "file",
    "getty",
    "images",
    "ap",
    "afp",
    "epa",
    "wire",
    "analysis",
    "opinion",
    "editorial",
    "commentary",
    "university",
    "institute",
    "center",
    "centre",
    "foundation",
    "company",
    "corporation",
    "bank",
    "group",
    "street",
    "avenue",
    "square",
    "hall",
    "arena",
    "stadium",
    "airport",
    "hotel",
    "embassy",
    "mount",
    "river",
    "lake",
    "province",
    "city",
    "county",
    "district",
    "village",
    "bay",
    "strait",
    "gulf",
    "ocean",
    "demilitarized",
    "demilitarised",
    "dmz",
    "nato",
    "iaea",
    "iran",
    "syria",
    "iraq",
    "europe",
    "africa",
    "india",
    "germany",
    "france",
    "britain",
    "sweden",
    "switzerland",
    "vietnam",
    "singapore",
    "hanoi",
    "stockholm",
    "vienna",
    "geneva",
    "guam",
    "hawaii",
    "alaska",
    "egypt",
    "canada",
    "australia",
    "taiwan",
    "hong",
    "kong",
    "mongolia",
    "panmunjom",
    "kaesong",
    "yongbyon",
    "sohae",
    "punggye-ri",
    "pyeongchang",
    "gangneung",
    "kumgang",
    "paektu",
    "wonsan",
    "nampo",
    "sinpo",
    "hamhung",
    "hwasong",
    "hwasong-15",
    "hwasong-14",
    "hwasong-12",
    "unha",
    "pukguksong",
    "sentosa",
    "capella",
    "declaration",
    "agreement",
    "treaty",
    "act",
    "resolution",
    "program",
    "programme",
    "initiative",
    "policy",
    "doctrine",
    "plan",
    "strategy",
    "talks",
    "statement",
    "report",
    "review",
    "day",
    "year",
    "new",
    "year's",
    "eve",
    "address",
    "speech",
    "fire",
    "fury",
    "sunshine",
    "nobel",
    "prize",
    "peace",
    "trade",
    "commerce",
    "treasury",
    "justice",
    "defence",
    "defense",
    "foreign",
    "affairs",
    "unification",
    "cabinet",
    "national",
    "central",
    "workers",
    "people's",
    "army",
    "navy",
    "air",
    "marine",
    "corps",
    "command",
    "joint",
    "chiefs",
    "staff",
    "self-defense",
    "self-defence",
    "red",
    "cross",
    "world",
    "food",
    "twitter",
    "facebook",
    "oval",
    "office",
    "camp",
    "david",
    "road",
    "railway",
    "line",
    "border",
    "region",
    "ice",
    "speed",
    "skating",
    "cup",
    "league",
    "team",
    "club",
    "dollar",
    "won",
    "yen",
    "yuan",
    "index",
    "exchange",
    "kospi",
    "nikkei",
    "dow",
    "nasdaq",
    "sept",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "oct",
    "nov",
    "dec",
    "pm",
    "am",
    "gmt",
    "kst",
    "et",
    "utc",
    "president",
    "minister",
    "secretary",
    "vice",
    "deputy",
    "prime",
    "leader",
    "chairman",
    "general",
    "ambassador",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "envoy",
    "representative",
    "special",
    "chief",
    "senator",
    "commander",
    "admiral",
    "colonel",
    "lieutenant",
    "governor",
    "director",
    "premier",
    "chancellor",
    "king",
    "queen",
    "supreme",
    "marshal",
    "god",
    "internet",
    "web",
    "online",
    "tv",
    "television",
    "radio",
    "abc",
    "nbc",
    "cbs",
    "msnbc",
    "npr",
    "pbs",
    "nhk",
    "kbs",
    "mbc",
    "sbs",
    "ytn",
    "rodong",
    "sinmun",
    "voice",
    "tass",
    "ria",
    "novosti",
    "interfax",
    "global",
    "daily",
    "herald",
    "tribune",
    "guardian",
    "telegraph",
    "economist",
    "bloomberg",
    "politico",
    "axios",
    "atlantic",
    "monthly",
    "weekly",
    "magazine",
    "newspaper",
    // Common words that open sentences: never a one-word name ("Nothing was said").
    "nothing",
    "nobody",
    "everyone",
    "everybody",
    "someone",
    "somebody",
    "anyone",
    "anybody",
    "none",
    "you",
    "whom",
    "whose",
    "because",
    "or",
    "also",
    "today",
    "yesterday",
    "tomorrow",
    "later",
    "earlier",
    "last",
    "next",
    "such",
    "much",
    "few",
    "several",
    "other",
    "another",
    "officials",
    "analysts",
    "experts",
    "critics",
    "diplomats",
    "observers",
    "sources",
    "asked",
    "speaking",
    "citing",
    "responding",
    "addressing",
    "answering",
    "commenting",
    "replying",
    "reacting",
    "quoting",
    "writing",
    "never",
    "only",
    "even",
    "just",
    "everything",
    "something",
    "anything",
    // Sentence adverbs that open a paragraph before a comma ("Separately,
    // the Ministry of National Defense said…"); never names.
    "separately",
    "additionally",
    "similarly",
    "likewise",
    "finally",
    "previously",
    "recently",
    "ultimately",
    "notably",
    "initially",
    "subsequently",
    "consequently",
    "accordingly",
    "elsewhere",
    "nonetheless",
    "nevertheless",
    "moreover",
    "furthermore",
    "indeed",
    "pressed",
];

/// Function words: never part of a name, nor of a body's name opening a
/// sentence ("After", "Meanwhile", "Every").
const FUNCTION_WORDS: &[&str] = &[
    "the",
    "a",
    "an",
    "in",
    "on",
    "at",
    "but",
    "and",
    "for",
    "with",
    "by",
    "from",
    "as",
    "if",
    "when",
    "while",
    "after",
    "before",
    "since",
    "though",
    "although",
    "this",
    "that",
    "these",
    "those",
    "it",
    "its",
    "he",
    "she",
    "they",
    "we",
    "i",
    "his",
    "her",
    "their",
    "our",
    "according",
    "under",
    "until",
    "during",
    "meanwhile",
    "however",
    "now",
    "then",
    "still",
    "yet",
    "so",
    "some",
    "many",
    "most",
    "every",
    "each",
    "no",
    "not",
    "any",
    "all",
    "both",
    "instead",
    "there",
    "here",
    "what",
    "who",
    "why",
    "how",
    "where",
    "which",
    "one",
    "two",
    "three",
];

/// True for a lower-case function word (`FUNCTION_WORDS`).
pub(crate) fn is_function_word(word: &str) -> bool {
    static SET: LazyLock<HashSet<&str>> =
        LazyLock::new(|| FUNCTION_WORDS.iter().copied().collect());
    SET.contains(word)
}

/// True when the capitalised word can never be part of a person's name.
pub(crate) fn is_not_name(word: &str) -> bool {
    // Hundreds of words, looked up for every capitalised token.
    static SET: LazyLock<HashSet<&str>> =
        LazyLock::new(|| NOT_NAMES.iter().chain(FUNCTION_WORDS).copied().collect());
    // Callers mostly pass already lower-cased tokens: no allocation then.
    if !word.chars().any(char::is_uppercase) {
        return SET.contains(word) || is_calendar_word(word);
    }
    let lower = word.to_lowercase();
    SET.contains(lower.as_str()) || is_calendar_word(&lower)
}

/// Days of the week and months, lowercase.
pub(crate) fn is_calendar_word(word: &str) -> bool {
    const CALENDAR: &[&str] = &[
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    CALENDAR.contains(&word)
}

/// Connectors allowed inside a capitalised title run ("Secretary of State",
/// "Ambassador to the U.N.").
pub(crate) fn is_title_connector(word: &str) -> bool {
    matches!(word, "of" | "to" | "the" | "for" | "and")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn honorifics_and_genders() {
        assert_eq!(honorific("Ms"), Some((Gender::Female, "")));
        assert_eq!(honorific("Gen"), Some((Gender::Unknown, "general")));
        assert_eq!(honorific("Brig"), Some((Gender::Unknown, "brigadier")));
        assert!(is_not_name("Separately"));
        assert_eq!(honorific("Kim"), None);
        assert_eq!(role_gender("spokeswoman"), Gender::Female);
    }

    #[test]
    fn countries() {
        assert_eq!(country_adjective("U.S."), Some("US"));
        assert_eq!(country_adjective("Chinese"), Some("China"));
        assert_eq!(country_name("Japan"), Some("Japan"));
        assert_eq!(implied_country("deputy secretary of state"), Some("US"));
    }

    #[test]
    fn family_first_names() {
        let name = |s: &str| s.split(' ').map(String::from).collect::<Vec<_>>();
        assert!(is_family_first(&name("Kim Jong Un")));
        assert!(is_family_first(&name("Park Ji-hoon")));
        assert!(!is_family_first(&name("Mike Pence")));
        assert!(!is_family_first(&name("Kim")));
    }

    #[test]
    fn not_names() {
        assert!(is_not_name("Pyongyang"));
        assert!(!is_not_name("Pence"));
    }
}
