//! Finds institutions that speak as one (KCNA, the foreign ministry, the White
//! House, "Mr Pence's office") and anonymous sources ("a senior U.S.
//! official", "officials familiar with the talks", "diplomatic sources").

use std::collections::HashMap;
use std::sync::LazyLock;

use super::lexicon;
use super::mentions::{Ctx, InstInfo, Mention, MentionKind, NameInfo};
use super::speech_verbs::{self, QUOTE_VERBS, REPORT_VERBS};
use super::text;

/// Named institutions: lowercase token pattern, canonical name, country.
const INSTITUTIONS: &[(&[&str], &str, &str)] = &[
    (
        &["korean", "central", "news", "agency"],
        "KCNA",
        "North Korea",
    ),
    (&["kcna"], "KCNA", "North Korea"),
    (&["rodong", "sinmun"], "Rodong Sinmun", "North Korea"),
    (&["white", "house"], "the White House", "US"),
    (&["blue", "house"], "the Blue House", "South Korea"),
    (&["pentagon"], "the Pentagon", "US"),
    (&["state", "department"], "the State Department", "US"),
    (&["defense", "department"], "the Defense Department", "US"),
    (&["kremlin"], "the Kremlin", "Russia"),
    (&["xinhua"], "Xinhua", "China"),
    (
        &["joint", "chiefs", "of", "staff"],
        "the Joint Chiefs of Staff",
        "",
    ),
    (&["joint", "chiefs"], "the Joint Chiefs of Staff", ""),
    (&["foreign", "ministry"], "the foreign ministry", ""),
    (&["defence", "ministry"], "the defence ministry", ""),
    (&["defense", "ministry"], "the defense ministry", ""),
    (
        &["unification", "ministry"],
        "the unification ministry",
        "South Korea",
    ),
    (
        &["ministry", "of", "foreign", "affairs"],
        "the foreign ministry",
        "",
    ),
    (
        &["ministry", "of", "unification"],
        "the unification ministry",
        "South Korea",
    ),
    (
        &["ministry", "of", "national", "defense"],
        "the defense ministry",
        "",
    ),
    (
        &["ministry", "of", "national", "defence"],
        "the defence ministry",
        "",
    ),
    (&["ministry", "of", "defence"], "the defence ministry", ""),
    (&["ministry", "of", "defense"], "the defense ministry", ""),
    (&["foreign", "office"], "the Foreign Office", "UK"),
    (&["embassy"], "the embassy", ""),
    (
        &["prime", "minister", "office"],
        "the Prime Minister's Office",
        "",
    ),
    (&["presidential", "office"], "the presidential office", ""),
    (&["cabinet", "office"], "the Cabinet Office", ""),
    (&["cheong", "wa", "dae"], "the Blue House", "South Korea"),
    (
        &["national", "security", "council"],
        "the National Security Council",
        "",
    ),
    (&["security", "council"], "the Security Council", "UN"),
    (&["treasury", "department"], "the Treasury Department", "US"),
    (
        &["national", "intelligence", "service"],
        "the National Intelligence Service",
        "South Korea",
    ),
    (
        &["korean", "people", "army"],
        "the Korean People's Army",
        "North Korea",
    ),
    (
        &["state", "affairs", "commission"],
        "the State Affairs Commission",
        "North Korea",
    ),
    (
        &["united", "nations", "command"],
        "the United Nations Command",
        "UN",
    ),
    (&["forces", "korea"], "US Forces Korea", "US"),
    (&["coast", "guard"], "the coast guard", ""),
    (
        &["self-defense", "forces"],
        "the Self-Defense Forces",
        "Japan",
    ),
    (
        &["self-defence", "forces"],
        "the Self-Defence Forces",
        "Japan",
    ),
    (
        &["international", "atomic", "energy", "agency"],
        "the IAEA",
        "UN",
    ),
    (&["iaea"], "the IAEA", "UN"),
    (&["european", "union"], "the European Union", "EU"),
    (&["downing", "street"], "Downing Street", "UK"),
    // Groups that speak as one in communiqués.
    (
        &["g7", "foreign", "ministers"],
        "the G7 foreign ministers",
        "G7",
    ),
    (&["g7", "leaders"], "the G7 leaders", "G7"),
    (&["g7"], "the G7", "G7"),
    (&["group", "of", "seven"], "the G7", "G7"),
    (&["nato"], "NATO", "NATO"),
    (&["asean"], "ASEAN", "ASEAN"),
    // Named by its country below: North Korea's → KCNA, China's → Xinhua.
    (&["news", "agency"], "", ""),
];

/// Indices into [`INSTITUTIONS`] by the pattern's first word, in list order:
/// most tokens are rejected with one hash lookup.
static BY_FIRST_WORD: LazyLock<HashMap<&'static str, Vec<usize>>> = LazyLock::new(|| {
    let mut map: HashMap<&'static str, Vec<usize>> = HashMap::new();
    for (n, (pattern, ..)) in INSTITUTIONS.iter().enumerate() {
        map.entry(pattern[0]).or_default().push(n);
    }
    map
});

/// State news agencies by country, for "North Korea's state news agency".
fn state_agency(country: Option<&str>) -> Option<&'static str> {
    match country? {
        "North Korea" => Some("KCNA"),
        "China" => Some("Xinhua"),
        _ => None,
    }
}

/// Words after an institution name that make it part of a person or source
/// phrase ("foreign ministry spokesperson", "a State Department official").
const PERSON_NOUNS: &[&str] = &[
    "official",
    "officials",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "minister",
    "source",
    "sources",
    "diplomat",
    "diplomats",
    "aide",
    "aides",
    "officer",
    "officers",
    "adviser",
    "envoy",
    "representative",
    "staff",
    "press",
    "secretary",
    "chief",
    "director",
];

/// Head nouns of anonymous sources.
const ANON_HEADS: &[&str] = &[
    "official",
    "officials",
    "diplomat",
    "diplomats",
    "source",
    "sources",
    "aide",
    "aides",
    "insider",
    "insiders",
    "people",
    "person",
    "spokesman",
    "spokeswoman",
    "spokesperson",
];

/// Determiners that may open an anonymous-source phrase.
const ANON_DETERMINERS: &[&str] = &[
    "a", "an", "one", "two", "three", "four", "several", "some", "other", "another", "many",
];

/// Words that may follow a singular head like "official" when it is a noun
/// ("an official said", "an official who"), not an adjective ("official KCNA").
const AFTER_NOUN: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "added",
    "who",
    "familiar",
    "speaking",
    "in",
    "at",
    "from",
    "of",
    "close",
    "involved",
    "with",
    "on",
    "and",
    "briefed",
    "also",
    "had",
    "has",
    "was",
    "is",
    "insisted",
    "warned",
    "noted",
    "confirmed",
    "stressed",
    "acknowledged",
    "declined",
    "quoted",
    "cited",
    "reportedly",
    "would",
    "will",
    "traveling",
    "travelling",
];

/// Finds institution and anonymous-source mentions. Person mentions in
/// `persons` followed by "office"/"administration" become institutions.
pub(crate) fn find(
    ctx: &mut Ctx,
    persons: &mut Vec<Mention>,
    organisations: Vec<Mention>,
) -> Vec<Mention> {
    let mut out = offices(ctx, persons);
    out.extend(organisations);
    let mut i = 0;
    while i < ctx.toks.len() {
        if let Some((b, m)) = named_at(ctx, i) {
            out.push(m);
            i = b;
        } else {
            i += 1;
        }
    }
    for i in 0..ctx.toks.len() {
        let Some(m) = anonymous_at(ctx, i) else {
            continue;
        };
        match spoken_for(ctx, &m, &out) {
            Some(body) => out[body].start = m.start,
            None => out.push(m),
        }
    }
    out
}

/// An unnamed spokesperson speaks for the body named after "for" or "of"
/// ("a spokesperson for the Department of Foreign Affairs and Trade said"):
/// returns the index in `bodies` of that institution, whose mention then
/// starts at the spokesperson.
fn spoken_for(ctx: &Ctx, anonymous: &Mention, bodies: &[Mention]) -> Option<usize> {
    let MentionKind::Anonymous(phrase, _) = &anonymous.kind else {
        return None;
    };
    let head = phrase.rsplit(' ').next().unwrap_or_default().to_lowercase();
    let k = ctx.tok_at(anonymous.end);
    if !head.starts_with("spokes") || !matches!(ctx.low(k), "for" | "of" | "at") {
        return None;
    }
    let next = ctx.toks.get(k + 1)?.start;
    bodies
        .iter()
        .position(|b| b.start == next && matches!(b.kind, MentionKind::Institution(_)))
}

/// Levels of government written in lower case before a body's name.
const LEVELS: &[&str] = &[
    "state",
    "federal",
    "provincial",
    "county",
    "city",
    "municipal",
    "prefectural",
];

/// Head nouns of organisations the lists above do not name.
const ORG_HEADS: &[&str] = &[
    "committee",
    "commission",
    "council",
    "agency",
    "ministry",
    "office",
    "organization",
    "organisation",
    "association",
    "federation",
    "command",
    "service",
    "department",
    "institute",
    "programme",
    "program",
    "bureau",
    "authority",
    "secretariat",
    "division",
    "directorate",
    "cross",
];

/// Named organisations outside the list, claimed before names are read so
/// that "the Guam Office of Civil Defense" is not a titled "Civil".
pub(crate) fn organisations(ctx: &mut Ctx) -> Vec<Mention> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < ctx.toks.len() {
        if let Some((b, m)) = organisation_at(ctx, i) {
            out.push(m);
            i = b;
        } else {
            i += 1;
        }
    }
    out
}

/// Any other named organisation: capitalised words (with "of", "for",
/// "and", "on") ending in an organisation noun, such as "the International
/// Olympic Committee" or "the World Food Programme". Returns (end token,
/// mention).
fn organisation_at(ctx: &mut Ctx, i: usize) -> Option<(usize, Mention)> {
    let start = i;
    let capital = |k: usize| ctx.is_word(k) && text::is_capitalised(ctx.word(k));
    // Without "the", only after "by" is a bare run safely an organisation
    // ("a statement issued by World Vision International Office").
    // A level of government may stand between "the" and the name: "the
    // state Division of Homeland Security and Emergency Management".
    let level = usize::from(ctx.low(i) == "the" && LEVELS.contains(&ctx.low(i + 1)));
    let first = match ctx.low(i) {
        "the" => i + 1 + level,
        _ if i > 0 && ctx.low(i - 1) == "by" => i,
        // A country may lead a body's name: "US Indo-Pacific Command says…".
        _ if lexicon::country_adjective(ctx.word(i)).is_some() && capital(i + 1) => i,
        _ => return None,
    };
    // Listed institutions keep their canonical names ("the Ministry of
    // National Defense" is the defense ministry).
    if !capital(first) || (first..first + 3).any(|k| listed_at(ctx, k).is_some()) {
        return None;
    }
    // The head may come before its complement: "the Guam Office of Civil
    // Defense", "the Department of Foreign Affairs and Trade".
    let mut k = first;
    let mut head = false;
    let mut end = first;
    // "the Council of the EU": "the" only after "of".
    let joins = |k: usize| {
        matches!(ctx.low(k), "of" | "for" | "and" | "on")
            || (ctx.low(k) == "the" && ctx.low(k - 1) == "of")
    };
    while k < first + 8 && (capital(k) || joins(k)) {
        let (base, possessive) = text::strip_possessive(ctx.low(k));
        head |= capital(k) && ORG_HEADS.contains(&base);
        k += 1;
        if capital(k - 1) {
            end = k;
        }
        if possessive {
            break;
        }
    }
    if !head {
        return None;
    }
    let b = end;
    if b - first < 2 || !ctx.free(start, b) || PERSON_NOUNS.contains(&ctx.low(b)) {
        return None;
    }
    let written = &ctx.text[ctx.toks[first - level].start..ctx.toks[b - 1].end];
    let (written, possessive) = text::strip_possessive(written);
    let name = if first - level > start {
        format!("the {written}")
    } else {
        written.to_string()
    };
    let country = (first..b).find_map(|k| lexicon::country_adjective(ctx.word(k)));
    let info = InstInfo {
        words: name.to_lowercase().split(' ').map(String::from).collect(),
        name,
        shown: None,
        country: country.map(String::from),
    };
    let mut m = ctx.mention(start, b, MentionKind::Institution(info));
    m.possessive = possessive;
    ctx.claim(start, b);
    Some((b, m))
}

/// "Mr Pence's office", "the Trump administration".
fn offices(ctx: &mut Ctx, persons: &mut Vec<Mention>) -> Vec<Mention> {
    let mut out = Vec::new();
    let mut keep = Vec::new();
    for m in persons.drain(..) {
        let next = ctx.tok_at(m.end);
        let noun = ctx.low(next).to_string();
        let is_office = m.possessive && matches!(noun.as_str(), "office" | "camp" | "team");
        let is_admin = !m.possessive && matches!(noun.as_str(), "administration" | "government");
        if !(is_office || is_admin) {
            keep.push(m);
            continue;
        }
        let mut start_tok = ctx.tok_at(m.start);
        if start_tok > 0 && ctx.low(start_tok - 1) == "the" {
            start_tok -= 1;
        }
        let country = match &m.kind {
            MentionKind::Name(NameInfo { country, .. }) => country.clone(),
            _ => None,
        };
        let name = canonical(&ctx.text[ctx.toks[start_tok].start..ctx.toks[next].end]);
        let info = InstInfo {
            name,
            shown: None,
            country,
            words: vec![noun.clone()],
        };
        let mut inst = ctx.mention(start_tok, next + 1, MentionKind::Institution(info));
        inst.possessive = text::strip_possessive(ctx.word(next + 1)).1;
        ctx.claim(start_tok, next + 1);
        out.push(inst);
    }
    *persons = keep;
    out
}

/// Lowercases a leading "The".
fn canonical(name: &str) -> String {
    match name.strip_prefix("The ") {
        Some(rest) => format!("the {rest}"),
        None => name.to_string(),
    }
}

/// The entry of [`INSTITUTIONS`] whose pattern starts at token `i`.
fn listed_at(
    ctx: &Ctx,
    i: usize,
) -> Option<&'static (&'static [&'static str], &'static str, &'static str)> {
    let first = text::strip_possessive(ctx.low(i)).0;
    BY_FIRST_WORD
        .get(first)?
        .iter()
        .map(|&n| &INSTITUTIONS[n])
        .find(|(p, ..)| {
            p.iter()
                .enumerate()
                .skip(1)
                .all(|(k, w)| text::strip_possessive(ctx.low(i + k)).0 == *w)
        })
}

/// A named institution starting at token `i`: (end token, mention).
fn named_at(ctx: &mut Ctx, i: usize) -> Option<(usize, Mention)> {
    let (pattern, name, country) = listed_at(ctx, i)?;
    let b = i + pattern.len();
    if !ctx.free(i, b) || PERSON_NOUNS.contains(&ctx.low(b)) {
        return None;
    }
    let (start, left_country) = extend_left(ctx, i);
    if matches!(ctx.low(start.wrapping_sub(1)), "a" | "an") {
        return None;
    }
    // An embassy speaks only when the article says whose ("the North
    // Korean embassy"); "through its embassy channels" is no speaker.
    if *name == "the embassy" && left_country.is_none() {
        return None;
    }
    // Every country has a foreign ministry: the speaker is known by the
    // article's own words for it, with its country when given ("Japan's
    // Defense Ministry", "the Ministry of Foreign Affairs").
    let generic = country.is_empty() && !name.is_empty();
    let shown = generic.then(|| {
        let from = if left_country.is_some() { start } else { i };
        let written = &ctx.text[ctx.toks[from].start..ctx.toks[b - 1].end];
        let written = text::strip_possessive(written).0;
        if left_country.is_some() {
            canonical(written)
        } else {
            format!("the {written}")
        }
    });
    let country = left_country.or((!country.is_empty()).then(|| country.to_string()));
    let name = if name.is_empty() {
        state_agency(country.as_deref())?
    } else {
        *name
    };
    let mut b_ext = b;
    if name == "KCNA" && ctx.low(b) == "news" && ctx.low(b + 1) == "agency" {
        b_ext = b + 2;
    }
    let mut words: Vec<String> = name.to_lowercase().split(' ').map(String::from).collect();
    if matches!(name, "KCNA" | "Xinhua") {
        words.extend(["agency", "news", "state", "official"].map(String::from));
    }
    // Keep the article's apostrophe ("the Prime Minister’s Office").
    let written = &ctx.text[ctx.toks[i].start..ctx.toks[b - 1].end];
    let name = if written.contains('’') {
        name.replace('\'', "’")
    } else {
        name.to_string()
    };
    let info = InstInfo {
        name,
        shown,
        country,
        words,
    };
    let mut m = ctx.mention(start, b_ext, MentionKind::Institution(info));
    m.possessive = text::strip_possessive(ctx.word(b_ext - 1)).1;
    ctx.claim(start, b_ext);
    Some((b_ext, m))
}

/// Extends an institution leftwards over "the", "official", "state", a
/// country adjective or possessive; returns the start token and country.
fn extend_left(ctx: &Ctx, i: usize) -> (usize, Option<String>) {
    let mut k = i;
    let mut country = None;
    while k > 0 && i - k < 4 {
        let j = k - 1;
        let (base, poss) = text::strip_possessive(ctx.word(j));
        let low = base.to_lowercase();
        if ctx.consumed[j] {
            break;
        }
        if let Some(c) = lexicon::country_adjective(base) {
            country = Some(c.to_string());
        } else if poss && lexicon::country_name(base).is_some() {
            country = lexicon::country_name(base).map(String::from);
        } else if poss
            && matches!(low.as_str(), "north" | "south")
            && ctx.low(j.wrapping_sub(1)) == "the"
        {
            // "the North's foreign ministry".
            country = Some(format!(
                "{} Korea",
                if low == "north" { "North" } else { "South" }
            ));
            k = j - 1;
            break;
        } else if (low == "korean" || (poss && low == "korea"))
            && matches!(ctx.low(j.wrapping_sub(1)), "north" | "south")
        {
            let side = if ctx.low(j - 1) == "north" {
                "North"
            } else {
                "South"
            };
            country = Some(format!("{side} Korea"));
            k = j - 1;
            continue;
        } else if !matches!(low.as_str(), "the" | "official" | "state") {
            break;
        }
        k = j;
        if low == "the" {
            break;
        }
    }
    (k, country)
}

/// An anonymous source whose head noun is token `h`.
fn anonymous_at(ctx: &mut Ctx, h: usize) -> Option<Mention> {
    let head = ctx.low(h).to_string();
    if !ANON_HEADS.contains(&head.as_str()) || ctx.consumed[h] {
        return None;
    }
    let next = ctx.low(h + 1).to_string();
    if matches!(head.as_str(), "people" | "person")
        && !matches!(next.as_str(), "familiar" | "close" | "briefed")
    {
        return None;
    }
    let noun_like = !ctx.is_word(h + 1)
        || AFTER_NOUN.contains(&next.as_str())
        || next.ends_with("ing")
        || speech_verbs::match_at(QUOTE_VERBS, &ctx.lower, h + 1).is_some();
    if head == "official" && !noun_like {
        return None;
    }
    let (start, determined) = anon_start(ctx, h);
    // An unnamed spokesperson is anonymous only with "a"/"an" ("a ministry
    // spokesman"); "the spokesperson" refers back to a named one.
    let spokes = head.starts_with("spokes");
    if spokes && !(determined && matches!(ctx.low(start), "a" | "an")) {
        return None;
    }
    let clause_start = start == 0 || matches!(ctx.low(start - 1), "," | ";" | "to" | "but" | "and");
    let after_verb = start > 0
        && (speech_verbs::match_at(QUOTE_VERBS, &ctx.lower, start - 1).is_some()
            || speech_verbs::match_at(REPORT_VERBS, &ctx.lower, start - 1).is_some());
    if !(determined || clause_start || after_verb) || !ctx.free(start, h + 1) {
        return None;
    }
    let phrase = ctx.text[ctx.toks[start].start..ctx.toks[h].end].to_string();
    let low_phrase = phrase.to_lowercase();
    let country = (start..h)
        .find_map(|k| lexicon::country_adjective(ctx.word(k)))
        .or_else(|| lexicon::implied_country(&low_phrase))
        .map(String::from);
    let mut m = ctx.mention(
        start,
        h + 1,
        MentionKind::Anonymous(canonical(&phrase), country),
    );
    m.appos_end = anon_tail(ctx, h + 1).map_or(m.end, |t| ctx.toks[t - 1].end);
    ctx.claim(start, h + 1);
    Some(m)
}

/// Walks back from the head over modifiers to a determiner; returns the start
/// token and whether a determiner was found.
fn anon_start(ctx: &Ctx, h: usize) -> (usize, bool) {
    let mut k = h;
    while k > 0 && h - k < 6 {
        let j = k - 1;
        let w = ctx.word(j);
        let low = ctx.low(j);
        if ANON_DETERMINERS.contains(&low) {
            return (j, true);
        }
        let modifier = ctx.is_word(j)
            && !ctx.consumed[j]
            && !lexicon::is_title_connector(low)
            && !matches!(low, "said" | "says" | "told" | "that" | "whether" | "if")
            && (text::is_capitalised(w) || lexicon::is_role_word(low) || is_anon_modifier(low));
        let abbreviation_dot = low == "." && j > 0 && ctx.word(j - 1).contains('.');
        if !(modifier || abbreviation_dot) {
            break;
        }
        k = j;
    }
    (k, false)
}

/// Lowercase modifiers of anonymous sources ("senior", "diplomatic").
fn is_anon_modifier(word: &str) -> bool {
    matches!(
        word,
        "senior"
            | "unnamed"
            | "unidentified"
            | "anonymous"
            | "top"
            | "high-ranking"
            | "former"
            | "government"
            | "administration"
            | "military"
            | "intelligence"
            | "ministry"
            | "diplomatic"
            | "western"
            | "council"
            | "security"
            | "defence"
            | "defense"
            | "foreign"
            | "unification"
            | "presidential"
            | "congressional"
            | "regional"
            | "local"
            | "knowledgeable"
            | "informed"
            | "u.s"
            | "american"
            | "chinese"
            | "japanese"
            | "russian"
            | "korean"
            | "european"
            | "white"
            | "house"
            | "state"
            | "department"
            | "cross"
            | "red"
            | "party"
            | "police"
            | "military-linked"
            | "well-placed"
            | "trade"
            | "treasury"
            | "pentagon"
            | "government-linked"
            | "health"
            | "naval"
            | "navy"
            | "army"
            | "cabinet"
    )
}

/// Extends an anonymous source over "familiar with the talks" / "close to
/// the negotiations" up to (not including) a speech verb; returns the token
/// index where the verb starts.
fn anon_tail(ctx: &Ctx, i: usize) -> Option<usize> {
    // "a South Korean official attending in a private capacity said".
    let participle = ctx.is_word(i) && ctx.low(i).ends_with("ing");
    if !participle
        && !matches!(
            ctx.low(i),
            "familiar"
                | "close"
                | "involved"
                | "briefed"
                | "with"
                | "in"
                | "at"
                | "from"
                | "based"
                | "who"
        )
    {
        return None;
    }
    (i + 1..(i + 16).min(ctx.toks.len()))
        .find(|&k| speech_verbs::match_at(REPORT_VERBS, &ctx.lower, k).is_some() && ctx.is_word(k))
        .or_else(|| locative(ctx, i))
}

/// A place after an anonymous source, when no verb follows soon: "in
/// London", "at the Prime Minister's Office", "in Washington, D.C." (a state or country after a comma belongs
/// to the place). Returns the token after the place, so a following aside
/// (", who spoke on condition of anonymity,") can lead to the verb.
fn locative(ctx: &Ctx, i: usize) -> Option<usize> {
    if !matches!(ctx.low(i), "in" | "at" | "from") {
        return None;
    }
    let capital = |k: usize| ctx.is_word(k) && text::is_capitalised(ctx.word(k));
    // "at the Prime Minister's Office", "in the Blue House".
    let first = if ctx.low(i + 1) == "the" {
        i + 2
    } else {
        i + 1
    };
    let mut k = first;
    while capital(k) || (ctx.word(k) == "." && k > first) {
        k += 1;
    }
    if k == first {
        return None;
    }
    // "Washington, D.C.," / "Hagatna, Guam,": a short capitalised tag closed by a comma.
    if ctx.word(k) == "," && capital(k + 1) {
        let mut j = k + 1;
        while capital(j) || ctx.word(j) == "." {
            j += 1;
        }
        if ctx.word(j) == "," && j <= k + 5 {
            k = j;
        }
    }
    Some(k)
}

#[cfg(test)]
mod tests {
    use crate::quotes::mentions::{MentionKind, find};

    fn found(t: &str) -> Vec<String> {
        find(t, &[(0, t.len())], &[], &[])
            .into_iter()
            .filter_map(|m| match m.kind {
                MentionKind::Institution(i) => Some(format!("inst:{}", i.name)),
                MentionKind::Anonymous(p, _) => Some(format!("anon:{p}")),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn institutions() {
        assert_eq!(
            found("The unification ministry said in a statement that talks would resume."),
            ["inst:the unification ministry"]
        );
        assert_eq!(
            found("“Yes,” the official KCNA news agency said."),
            ["inst:KCNA"]
        );
        assert_eq!(
            found("Mr Pence's office said that was wrong."),
            ["inst:Mr Pence's office"]
        );
        assert_eq!(
            found("North Korea's state news agency said so."),
            ["inst:KCNA"]
        );
        assert!(found("The Yonhap news agency reported it.").is_empty());
    }

    #[test]
    fn a_ministry_named_with_its_country_keeps_it() {
        let t = "North Korea's foreign ministry said so. Separately, the Ministry of National Defense said no.";
        let shown: Vec<(String, Option<String>)> = find(t, &[(0, 39), (40, t.len())], &[], &[])
            .into_iter()
            .filter_map(|m| match m.kind {
                MentionKind::Institution(i) => Some((i.name, i.shown)),
                _ => None,
            })
            .collect();
        assert_eq!(
            shown,
            [
                (
                    "the foreign ministry".to_string(),
                    Some("North Korea's foreign ministry".to_string())
                ),
                (
                    "the defense ministry".to_string(),
                    Some("the Ministry of National Defense".to_string())
                ),
            ]
        );
    }

    #[test]
    fn person_phrases_are_not_institutions() {
        assert!(found("Foreign ministry spokesperson Zhao Lin spoke.").is_empty());
    }

    #[test]
    fn anonymous_sources() {
        assert_eq!(
            found("“No,” said a U.S. intelligence official, who spoke on condition."),
            ["anon:a U.S. intelligence official"]
        );
        assert_eq!(
            found("Officials familiar with the talks said the plan was ready."),
            ["anon:Officials"]
        );
        assert_eq!(
            found("It will happen, according to diplomatic sources in Seoul."),
            ["anon:diplomatic sources"]
        );
        assert_eq!(
            found(
                "A U.S. official in Washington, D.C., who spoke on condition of anonymity, said so."
            ),
            ["anon:A U.S. official"]
        );
        assert_eq!(
            found("A unification ministry official, who asked not to be named, said so."),
            ["anon:A unification ministry official"]
        );
    }
}
