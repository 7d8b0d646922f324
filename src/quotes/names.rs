//! Finds person-name mentions in a sentence: capitalised runs, split into a
//! title/role prefix ("Vice Foreign Minister", "foreign ministry
//! spokesperson", "South Korean President") and the name itself (including
//! family-name-first Korean and Chinese names), plus any role appositive
//! (", a former senior State Department official,").

use std::collections::HashSet;

use super::lexicon::{self, Gender};
use super::mentions::{Ctx, Mention, MentionKind, NameInfo};
use super::speech_verbs::{self, QUOTE_VERBS, REPORT_VERBS};
use super::text;

/// Nouns after a name that make the name a modifier ("the Trump
/// administration", "Moon government"), not a speaker.
const MODIFIER_NOUNS: &[&str] = &[
    "administration",
    "government",
    "campaign",
    "team",
    "policy",
    "era",
    "presidency",
    "visit",
    "camp",
    "regime",
    "summit",
    "doctrine",
    "family",
    "dynasty",
    "aides",
    "officials",
];

/// Finds the person mentions of the sentence in `ctx`, claiming their tokens.
/// `known` holds lowercase names and family names seen earlier in the article.
pub(crate) fn find(ctx: &mut Ctx, known: &mut HashSet<String>) -> Vec<Mention> {
    let mut out = Vec::new();
    for (a, b) in runs(ctx) {
        if let Some(m) = person(ctx, a, b, known) {
            out.push(m);
        }
    }
    out
}

/// True when the word is written like an abbreviation that keeps its period
/// inside a name run ("Mr.", "J.", "U.S.").
fn abbreviation_like(word: &str) -> bool {
    lexicon::honorific(word).is_some()
        || word.contains('.')
        || (word.chars().count() == 1 && text::is_capitalised(word))
        || (text::is_all_caps(word) && word.len() <= 4)
}

/// Capitalised runs as token ranges: "Deputy Secretary of State Martha Hale",
/// "Gen. Robert T. Caldwell", "U.S. Ambassador to the U.N. Carol Brenner".
fn runs(ctx: &Ctx) -> Vec<(usize, usize)> {
    let n = ctx.toks.len();
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        if !(ctx.is_word(i) && text::is_capitalised(ctx.word(i))) {
            i += 1;
            continue;
        }
        let a = i;
        let mut j = i + 1;
        while j < n {
            let prev = ctx.word(j - 1);
            let attached = ctx.toks[j].start == ctx.toks[j - 1].end;
            let dot =
                !ctx.toks[j].word && ctx.word(j) == "." && attached && abbreviation_like(prev);
            if dot || (ctx.is_word(j) && text::is_capitalised(ctx.word(j))) {
                j += 1;
            } else if let Some(k) = connector_span(ctx, j) {
                j = k;
            } else {
                break;
            }
        }
        out.push((a, j));
        i = j;
    }
    out
}

/// Connectors inside a title ("Secretary of State", "Ambassador to the U.N."):
/// returns the index of the capitalised word after them.
fn connector_span(ctx: &Ctx, j: usize) -> Option<usize> {
    let prev = text::strip_possessive(ctx.low(j - 1)).0.to_string();
    if !lexicon::is_role_word(&prev) && !STATE_NOUNS.contains(&prev.as_str()) {
        return None;
    }
    let mut k = j;
    while k < j + 2 && ctx.is_word(k) && lexicon::is_title_connector(ctx.word(k)) {
        k += 1;
    }
    (k > j && ctx.is_word(k) && text::is_capitalised(ctx.word(k))).then_some(k)
}

/// What the prefix of a name says about the person.
#[derive(Default)]
struct Prefix {
    /// First token of the prefix (where the mention starts).
    start: Option<usize>,
    /// First and last token holding role words.
    role_span: Option<(usize, usize)>,
    /// Role implied by an honorific ("general" for Gen.).
    honorific_role: Option<&'static str>,
    /// Country named in the prefix.
    country: Option<String>,
    /// Gender implied by honorific or role word.
    gender: Option<Gender>,
    /// A title or role word was present.
    titled: bool,
}

impl Prefix {
    /// Notes token `k` as part of the prefix.
    fn take(&mut self, ctx: &Ctx, k: usize) {
        if !ctx.is_word(k) {
            return;
        }
        let (base, _) = text::strip_possessive(ctx.word(k));
        let low = base.to_lowercase();
        if let Some((g, role)) = lexicon::honorific(base) {
            self.titled = true;
            if g != Gender::Unknown {
                self.gender = Some(g);
            }
            if !role.is_empty() {
                self.honorific_role = Some(role);
            }
        } else if lexicon::is_role_word(&low) {
            self.titled = true;
            self.role_span = Some(self.role_span.map_or((k, k), |(s, _)| (s, k)));
            let g = lexicon::role_gender(&low);
            if g != Gender::Unknown {
                self.gender = Some(g);
            }
        } else if self.country.is_none() {
            self.country = country_of(ctx, k).map(str::to_string);
        }
    }
}

/// Country named by token `k` ("U.S.", "Chinese", "Japan’s", "Korean" after
/// North/South, "North’s" after "the").
fn country_of(ctx: &Ctx, k: usize) -> Option<&'static str> {
    let (base, poss) = text::strip_possessive(ctx.word(k));
    if let Some(c) = lexicon::country_adjective(base) {
        return Some(c);
    }
    let low = base.to_lowercase();
    let prev = ctx.low(k.wrapping_sub(1));
    match (low.as_str(), prev) {
        ("korean", "north") => return Some("North Korea"),
        ("korean", "south") => return Some("South Korea"),
        ("korea", "north") if poss => return Some("North Korea"),
        ("korea", "south") if poss => return Some("South Korea"),
        ("north", "the") if poss => return Some("North Korea"),
        ("south", "the") if poss => return Some("South Korea"),
        _ => {}
    }
    if poss {
        lexicon::country_name(base)
    } else {
        None
    }
}

/// Nouns of a state's formal name inside a title ("Ambassador to the
/// Republic of Korea", "Envoy to the United Nations").
const STATE_NOUNS: &[&str] = &[
    "republic",
    "kingdom",
    "federation",
    "nations",
    "states",
    "union",
];

/// True when token `k` can belong to a title prefix.
fn prefix_word(ctx: &Ctx, k: usize) -> bool {
    if !ctx.is_word(k) {
        return ctx.word(k) == ".";
    }
    let (base, _) = text::strip_possessive(ctx.word(k));
    let low = base.to_lowercase();
    // The post's place: "… to the Republic of Korea", "… to Japan".
    let post_place = k > 0
        && lexicon::is_title_connector(ctx.low(k - 1))
        && (STATE_NOUNS.contains(&low.as_str())
            || lexicon::country_name(&low).is_some()
            || low == "korea");
    lexicon::honorific(base).is_some()
        || lexicon::is_role_word(&low)
        || lexicon::is_hyphenated_title(&low)
        || lexicon::is_title_connector(&low)
        || post_place
        || country_of(ctx, k).is_some()
        || (matches!(low.as_str(), "north" | "south")
            && matches!(ctx.low(k + 1), "korean" | "korea's" | "korea’s"))
}

/// Tries to read a person mention from the run `a..b`.
fn person(ctx: &mut Ctx, a: usize, b: usize, known: &mut HashSet<String>) -> Option<Mention> {
    // "the delegate of Cuba said", "the mayor of Hiroo, Keiko Tanabe,":
    // after a title and "of" comes the place or body, not a person.
    let of = a.checked_sub(if ctx.low(a.wrapping_sub(1)) == "the" {
        2
    } else {
        1
    });
    let delegation = of.is_some_and(|o| {
        let title = ctx.low(o.wrapping_sub(1));
        ctx.low(o) == "of"
            && o > 0
            && (lexicon::is_delegate_title(title) || lexicon::is_role_head(title))
    });
    if !ctx.free(a, b) || delegation {
        return None;
    }
    let mut prefix = Prefix::default();
    let mut k = a;
    // Skip sentence openers ("The", "In", "But") that precede a title.
    while k < b
        && ctx.is_word(k)
        && !prefix_word(ctx, k)
        && lexicon::is_not_name(ctx.low(k))
        && !family_he(ctx, k)
    {
        k += 1;
    }
    // A place before a title belongs to the title: "Paju Mayor Lim
    // Dong-kyu", "Seoul Mayor Oh Se-hoon".
    let titled_next = |j: usize| {
        ctx.is_word(j) && text::is_capitalised(ctx.word(j)) && lexicon::is_role_word(ctx.low(j))
    };
    if k + 2 < b && ctx.is_word(k) && !prefix_word(ctx, k) && titled_next(k + 1) {
        prefix.start = Some(k);
        k += 1;
    }
    while k < b && prefix_word(ctx, k) {
        prefix.start.get_or_insert(k);
        prefix.take(ctx, k);
        k += 1;
    }
    if let Some(m) = delegate(ctx, &prefix, k, b) {
        return Some(m);
    }
    let (name_toks, end, possessive) = name_tokens(ctx, k, b)?;
    // From the title, so a body skipped above can still lead it in
    // ("IAEA Director General …").
    look_back(ctx, prefix.start.unwrap_or(k), &mut prefix);
    // Letters after the name belong to it ("Dr Priya Nandakumar MP said").
    let name_end = if possessive {
        end
    } else {
        postnominal(ctx, end)
            .or_else(|| peerage(ctx, k, end))
            .unwrap_or(end)
    };
    let tag = if possessive {
        None
    } else {
        party_tag(ctx, name_end)
    };
    let age = if possessive {
        None
    } else {
        age_appositive(ctx, tag.unwrap_or(name_end))
    };
    let appos = if possessive {
        None
    } else {
        appositive(ctx, age.unwrap_or(tag.unwrap_or(name_end)))
    };
    let civilian = !possessive && civilian_appositive(ctx, age.unwrap_or(tag.unwrap_or(name_end)));
    let key = name_toks.join(" ").to_lowercase();
    let evidence = prefix.titled
        || role_before_comma(ctx, prefix.start.unwrap_or(k))
        || appos.is_some()
        || age.is_some()
        || known.contains(&key)
        || full_form_of_known(&name_toks, known)
        || lexicon::is_family_first(&name_toks)
        || speech_adjacent(ctx, prefix.start.unwrap_or(k), end)
        || post_on_next_line(ctx, name_end);
    if !evidence {
        return None;
    }
    remember(known, &name_toks);
    let mut m = build(ctx, &prefix, k, end, name_toks, possessive, appos);
    if name_end > end {
        m.appos_end = m.appos_end.max(ctx.toks[name_end - 1].end);
        ctx.claim(end, name_end);
    }
    if let Some(close) = age {
        m.appos_end = m.appos_end.max(ctx.toks[close].end);
    }
    if let MentionKind::Name(info) = &mut m.kind {
        info.civilian = civilian;
        info.aged = age.is_some();
    }
    if let Some(close) = tag {
        // The tag is part of the name: the verb follows its closing comma
        // ("Brannigan, R-S.C., said"), or an aside does (", D-Ore., one of
        // four members to vote no, said") and starts at that comma.
        let verb_next = speech_adjacent(ctx, close + 1, close + 1);
        let tag_end = if verb_next { close + 1 } else { close };
        m.appos_end = m.appos_end.max(ctx.toks[tag_end - 1].end);
        ctx.claim(end, close);
    }
    Some(m)
}

/// The Chinese family name He right after a role word ("spokeswoman He
/// Yuling said"), not the pronoun.
fn family_he(ctx: &Ctx, i: usize) -> bool {
    ctx.word(i) == "He"
        && i > 0
        && lexicon::is_role_word(ctx.low(i - 1))
        && ctx.is_word(i + 1)
        && text::is_capitalised(ctx.word(i + 1))
}

/// Reads name tokens from `k` up to `b`: capitalised words and initials, at
/// most four, none a place or institution word. Returns the tokens, the end
/// token (exclusive) and whether the last word was possessive.
fn name_tokens(ctx: &Ctx, k: usize, b: usize) -> Option<(Vec<String>, usize, bool)> {
    let mut toks = Vec::new();
    let mut i = k;
    let mut possessive = false;
    while i < b {
        if !ctx.is_word(i) {
            if ctx.word(i) == "." {
                if let Some(last) = toks.last_mut() {
                    let last: &mut String = last;
                    last.push('.');
                }
                i += 1;
                continue;
            }
            break;
        }
        let (base, poss) = text::strip_possessive(ctx.word(i));
        let initial = base.chars().count() == 1;
        if base.chars().any(|c| c.is_ascii_digit())
            || (!initial
                && !family_he(ctx, i)
                && (lexicon::is_not_name(text::strip_possessive(ctx.low(i)).0)
                    || text::is_all_caps(base)))
        {
            if toks.is_empty() {
                return None;
            }
            break;
        }
        toks.push(base.to_string());
        i += 1;
        if poss {
            possessive = true;
            break;
        }
    }
    let words = toks.iter().filter(|t| !t.ends_with('.')).count();
    if toks.is_empty()
        || toks.len() > 5
        || words == 0
        || toks.last().is_some_and(|t| t.ends_with('.'))
    {
        return None;
    }
    Some((toks, i, possessive))
}

/// Extends the prefix backwards over lowercase role words, country
/// adjectives and possessives before the run ("foreign ministry spokesperson",
/// "the North Korean leader's sister").
fn look_back(ctx: &Ctx, a: usize, prefix: &mut Prefix) {
    let mut k = a;
    let mut seen = 0;
    while k > 0 && seen < 7 {
        let j = k - 1;
        if !ctx.is_word(j) || ctx.consumed[j] || lexicon::is_title_connector(ctx.low(j)) {
            break;
        }
        let low = text::strip_possessive(ctx.low(j)).0.to_string();
        let useful = lexicon::is_role_word(&low)
            || country_of(ctx, j).is_some()
            || low == "north"
            || low == "south";
        if !useful {
            break;
        }
        k = j;
        seen += 1;
    }
    let org = organisation_lead_in(ctx, k, prefix.titled || k < a);
    if k == a && org.is_none() {
        return;
    }
    if ctx.low(k.wrapping_sub(1)) == "the" && k > 0 {
        k -= 1;
    }
    let mut back = Prefix::default();
    for j in k..a {
        back.take(ctx, j);
    }
    if let Some(o) = org {
        // The body is part of the role: "United Nations deputy spokeswoman".
        k = o;
        back.role_span = back.role_span.or(prefix.role_span).map(|(_, e)| (o, e));
        back.titled = true;
    }
    if back.titled || back.country.is_some() {
        prefix.start = Some(k);
        prefix.titled |= back.titled;
        prefix.gender = prefix.gender.or(back.gender);
        prefix.country = back.country.or(prefix.country.take());
        prefix.role_span = match (back.role_span, prefix.role_span) {
            (Some((s, _)), Some((_, e))) => Some((s, e)),
            (x, y) => x.or(y),
        };
    }
}

/// "Citing", "Responding": a participle opening the sentence, not a body.
fn opening_participle(word: &str) -> bool {
    word.ends_with("ing") && lexicon::is_not_name(word)
}

/// The name of a body opening the sentence before a title ("United Nations
/// deputy spokeswoman …", "IAEA Director General …", "Committee member Dr
/// …"): capitalised words from the sentence start up to token `k`, when a
/// title follows (`titled`). Returns the first token.
fn organisation_lead_in(ctx: &Ctx, k: usize, titled: bool) -> Option<usize> {
    let body = |j: usize| {
        ctx.is_word(j)
            && !ctx.consumed[j]
            && text::is_capitalised(ctx.word(j))
            && !lexicon::is_function_word(ctx.low(j))
            && !opening_participle(ctx.low(j))
            && !lexicon::is_calendar_word(ctx.low(j))
    };
    let lead_in = k <= 3 && (0..k).all(body);
    // "member" names a seat, not a role, so it joins the body's name.
    let seat = k >= 2 && ctx.low(k - 1) == "member" && (0..k - 1).all(body);
    (titled && k > 0 && (lead_in || seat)).then_some(0)
}

/// A role appositive after the name: ", a former senior State Department
/// official," / ", the North's vice foreign minister,". Returns the role
/// text, its country and the token after the closing comma.
fn appositive(ctx: &Ctx, i: usize) -> Option<(String, Option<&'static str>, usize)> {
    if ctx.word(i) != "," {
        return None;
    }
    let first = ctx.low(i + 1);
    let opener = matches!(first, "a" | "an" | "the")
        || country_of(ctx, i + 1).is_some()
        || lexicon::is_role_word(text::strip_possessive(first).0)
        || (matches!(first, "north" | "south") && country_of(ctx, i + 2).is_some());
    if !opener {
        return None;
    }
    let mut j = i + 1;
    let mut head_at = None;
    let mut cut = None;
    while j < ctx.toks.len() && j < i + 22 {
        let w = ctx.low(j);
        // A line break ends it too: "Miriam Castellano, Secretary of
        // State" over a venue line in a speech's header.
        let new_line = ctx.text[ctx.toks[j - 1].end..ctx.toks[j].start].contains('\n');
        if matches!(w, "," | ";" | ":" | "(" | ")" | "—" | "–") || (j > i + 1 && new_line) {
            break;
        }
        if matches!(w, "who" | "which" | "that" | "whose") && cut.is_none() {
            cut = Some(j);
        }
        if cut.is_none() && (lexicon::is_role_head(text::strip_possessive(w).0) || seat(ctx, j)) {
            head_at = Some(j);
        }
        if cut.is_none() && starts_new_clause(ctx, j, head_at) {
            return None;
        }
        j += 1;
    }
    head_at?;
    let start_tok = if matches!(first, "a" | "an" | "the") {
        i + 2
    } else {
        i + 1
    };
    let mut role_end = cut.unwrap_or(j);
    while role_end > start_tok && !ctx.is_word(role_end - 1) {
        role_end -= 1;
    }
    if start_tok >= role_end {
        return None;
    }
    let role = ctx.text[ctx.toks[start_tok].start..ctx.toks[role_end - 1].end].to_string();
    // A country after the portfolio's preposition is the brief, not the
    // holder's own: "the State Department's coordinator for North Korean
    // affairs" is American.
    let brief = (i + 2..j)
        .find(|&k| {
            matches!(
                ctx.low(k),
                "for" | "to" | "on" | "toward" | "towards" | "with"
            )
        })
        .unwrap_or(j);
    let phrase_low = ctx.text[ctx.toks[i].start..ctx.toks[brief - 1].end].to_lowercase();
    let country = (i + 1..brief)
        .find_map(|k| country_of(ctx, k))
        .or_else(|| lexicon::implied_country(&phrase_low));
    let after = if ctx.word(j) == "," { j + 1 } else { j };
    Some((role, country, after))
}

/// A seat in a body that makes its holder an official ("an assembly member",
/// "a council member"); a member of anything else may be a private citizen.
fn seat(ctx: &Ctx, j: usize) -> bool {
    const BODIES: &[&str] = &[
        "assembly",
        "council",
        "committee",
        "parliament",
        "parliamentary",
        "diet",
        "cabinet",
        "politburo",
        "presidium",
        "congress",
        "senate",
        "board",
    ];
    ctx.low(j) == "member" && j > 0 && BODIES.contains(&ctx.low(j - 1))
}

/// True when token `j` of a would-be appositive shows that it is really a
/// new clause with its own titled speaker ("…over Hokkaido, Defence Minister
/// Tatsuya Kobayakawa said"): a speech verb, or a capitalised word after the
/// role head that is not part of the title (the holder's name; ", an
/// official for East Asia," stays an appositive).
fn starts_new_clause(ctx: &Ctx, j: usize, head_at: Option<usize>) -> bool {
    if speech_verbs::match_at(REPORT_VERBS, &ctx.lower, j).is_some() {
        return true;
    }
    // After a possessive head the next word qualifies what follows ("the
    // ministry's Panmunjom liaison office"): no new clause.
    let after_head = head_at.is_some_and(|h| j == h + 1 && !text::strip_possessive(ctx.low(h)).1);
    let low = text::strip_possessive(ctx.low(j)).0;
    after_head
        && ctx.is_word(j)
        && text::is_capitalised(ctx.word(j))
        && !lexicon::is_role_word(low)
        && !lexicon::is_title_connector(low)
        && country_of(ctx, j).is_none()
}

/// An age set off by commas after a name ("Marcus Reyes, 29, a nursing
/// student"): returns the index of the closing comma.
fn age_appositive(ctx: &Ctx, i: usize) -> Option<usize> {
    let age = ctx.word(i + 1);
    let digits = (1..=3).contains(&age.len()) && age.bytes().all(|b| b.is_ascii_digit());
    (ctx.word(i) == "," && digits && ctx.word(i + 2) == ",").then_some(i + 2)
}

/// ", a nursing student," after a name (or its age): a private citizen's
/// description, which holds no role head and so is no role appositive.
fn civilian_appositive(ctx: &Ctx, i: usize) -> bool {
    if ctx.word(i) != "," || !matches!(ctx.low(i + 1), "a" | "an") {
        return false;
    }
    let words = || (i + 2..i + 7).take_while(|&k| ctx.is_word(k));
    // "a 29-year-old office worker": an age and no post.
    let aged = words().any(|k| ctx.low(k).ends_with("-year-old"));
    let post = words().any(|k| lexicon::is_role_head(ctx.low(k)));
    words().any(|k| lexicon::is_civilian(ctx.low(k))) || (aged && !post)
}

/// A US legislator's party-and-state tag after the name (", R-S.C.,",
/// ", D-Ore.,"): returns the index of the comma closing it.
fn party_tag(ctx: &Ctx, i: usize) -> Option<usize> {
    if ctx.word(i) != "," || !ctx.is_word(i + 1) {
        return None;
    }
    let tag = ctx.word(i + 1);
    let mut chars = tag.chars();
    let party = matches!(chars.next(), Some('R' | 'D' | 'I')) && chars.next() == Some('-');
    if !party || !chars.next().is_some_and(char::is_uppercase) {
        return None;
    }
    let k = if ctx.word(i + 2) == "." { i + 3 } else { i + 2 };
    (ctx.word(k) == ",").then_some(k)
}

/// A delegate in the UN's meetings-coverage style: a name in capitals with
/// the delegation in brackets ("TSUNEO HIRABAYASHI (Japan) said…",
/// "Committee Chair OVIDIU LANESCU (Romania)"). The person speaks as their
/// country's representative.
fn delegate(ctx: &mut Ctx, prefix: &Prefix, k: usize, b: usize) -> Option<Mention> {
    let shouted = |i: usize| ctx.is_word(i) && text::is_all_caps(ctx.word(i));
    if !(2..=4).contains(&(b - k)) || !(k..b).all(shouted) || ctx.word(b) != "(" {
        return None;
    }
    let close = (b + 1..(b + 10).min(ctx.toks.len())).find(|&i| ctx.word(i) == ")")?;
    // "(Sweden, on behalf of the European Union)": the delegation comes first.
    let inner_end = (b + 1..close)
        .find(|&i| ctx.word(i) == ",")
        .unwrap_or(close);
    if inner_end == b + 1 || !text::is_capitalised(ctx.word(b + 1)) {
        return None;
    }
    let delegation = &ctx.text[ctx.toks[b + 1].start..ctx.toks[inner_end - 1].end];
    let country = lexicon::delegation_country(delegation);
    let tokens: Vec<String> = (k..b).map(|i| text::title_case(ctx.low(i))).collect();
    let mut m = build(ctx, prefix, k, b, tokens, false, None);
    if let MentionKind::Name(info) = &mut m.kind {
        info.country = Some(country.clone());
        info.role = info
            .role
            .take()
            .or_else(|| Some(format!("representative of {delegation}")));
    }
    m.appos_end = ctx.toks[close].end;
    ctx.claim(b, close + 1);
    Some(m)
}

/// Letters after a name at token `i` that belong to it ("Dr Priya
/// Nandakumar MP said", "Ruth Ames QC, counsel to the inquiry, said").
/// Returns the token after them.
fn postnominal(ctx: &Ctx, i: usize) -> Option<usize> {
    const LETTERS: &[&str] = &[
        "MP", "MEP", "MSP", "MLA", "MPP", "QC", "KC", "Jr", "Sr", "PhD",
    ];
    LETTERS.contains(&ctx.word(i)).then_some(i + 1)
}

/// A peer's territorial designation after the name ("Lord Harwood of
/// Tenby"): the place belongs to the title, it is no person. Returns the
/// token after it.
fn peerage(ctx: &Ctx, name_start: usize, end: usize) -> Option<usize> {
    let peer = name_start > 0 && matches!(ctx.low(name_start - 1), "lord" | "baroness");
    if !peer || ctx.low(end) != "of" {
        return None;
    }
    let place = (end + 1..ctx.toks.len())
        .take_while(|&k| ctx.is_word(k) && text::is_capitalised(ctx.word(k)))
        .count();
    (place > 0).then_some(end + 1 + place)
}

/// True when the name ends its line and the next line opens with a post, as
/// in the header of a statement or a speech ("Gregory A. Pemberton" over
/// "Assistant Secretary for Terrorist Financing").
fn post_on_next_line(ctx: &Ctx, end: usize) -> bool {
    let Some(last) = end.checked_sub(1).and_then(|i| ctx.toks.get(i)) else {
        return false;
    };
    // The line may be a sentence of its own: read on in the article text,
    // over blanks only (a scan that stops at the first other char).
    let rest = &ctx.text[last.end..];
    let next_line = rest.trim_start_matches([' ', '\t', '\r']);
    if !next_line.starts_with('\n') {
        return false;
    }
    let line = next_line.trim_start();
    let word = &line[..line
        .find(|c: char| !(c.is_alphabetic() || c == '-'))
        .unwrap_or(line.len())];
    text::is_capitalised(word) && lexicon::is_role_word(&word.to_lowercase())
}

/// True when a speech verb directly follows the name (after auxiliaries) or
/// directly precedes the mention ("said Han", "according to Wei").
fn speech_adjacent(ctx: &Ctx, start: usize, end: usize) -> bool {
    let mut i = end;
    while i < ctx.toks.len() && i < end + 3 && speech_verbs::is_auxiliary(ctx.low(i)) {
        i += 1;
    }
    if speech_verbs::match_at(REPORT_VERBS, &ctx.lower, i).is_some()
        || speech_verbs::match_at(QUOTE_VERBS, &ctx.lower, i).is_some()
    {
        return true;
    }
    // Any one-word quote verb: "…," wrote Ryang Chol Jin / noted Anna Berg;
    // and a written answer's or letter's author ("Answered by Rebecca
    // Thornwell", "signed by Ambassador …").
    start > 0 && {
        let before = ctx.low(start - 1);
        let authored =
            before == "by" && start > 1 && matches!(ctx.low(start - 2), "answered" | "signed");
        authored || before == "to" || QUOTE_VERBS.contains(&before)
    }
}

/// "His national security adviser, Wi Sung-lac, …": a role head right before
/// the comma that precedes the name.
/// The role may end in its post (", the US ambassador to the United
/// Nations, Harriet Colfax,").
fn role_before_comma(ctx: &Ctx, start: usize) -> bool {
    if start < 2 || ctx.word(start - 1) != "," {
        return false;
    }
    let mut k = start - 2;
    for _ in 0..6 {
        let low = text::strip_possessive(ctx.low(k)).0;
        if lexicon::is_role_head(low) {
            return true;
        }
        let post = ctx.is_word(k)
            && (text::is_capitalised(ctx.word(k)) || matches!(low, "to" | "the" | "of" | "for"));
        if !post || k == 0 {
            return false;
        }
        k -= 1;
    }
    false
}

/// A given name plus a family name the article uses elsewhere with a title
/// or speech verb ("Augustus Breer, then a freshman congressman…" where "Mr.
/// Breer said" comes later).
fn full_form_of_known(toks: &[String], known: &HashSet<String>) -> bool {
    toks.len() >= 2
        && toks.iter().all(|t| !t.ends_with('.'))
        && family_name(toks).is_some_and(|f| known.contains(&f.to_lowercase()))
}

/// Records the name and its family name as known.
fn remember(known: &mut HashSet<String>, toks: &[String]) {
    known.insert(toks.join(" ").to_lowercase());
    if let Some(f) = family_name(toks) {
        known.insert(f.to_lowercase());
    }
}

/// The family name: the first token of a Korean/Chinese name, else the last.
pub(crate) fn family_name(toks: &[String]) -> Option<&str> {
    if lexicon::is_family_first(toks) {
        toks.first().map(String::as_str)
    } else {
        toks.iter()
            .rev()
            .find(|t| !t.ends_with('.'))
            .map(String::as_str)
    }
}

/// Assembles the mention and claims its tokens.
fn build(
    ctx: &mut Ctx,
    prefix: &Prefix,
    name_start: usize,
    end: usize,
    tokens: Vec<String>,
    possessive: bool,
    appos: Option<(String, Option<&'static str>, usize)>,
) -> Mention {
    let start = prefix.start.unwrap_or(name_start).min(name_start);
    let mut role = prefix.role_span.map(|(s, e)| role_text(ctx, s, e));
    role = role.or(prefix.honorific_role.map(str::to_string));
    let mut country = prefix.country.clone();
    if country.is_none() {
        country = role
            .as_deref()
            .and_then(|r| lexicon::implied_country(&r.to_lowercase()))
            .map(String::from);
    }
    let mut appos_tok = end;
    let mut aside_role = None;
    if let Some((r, c, after)) = appos {
        if role.is_none() {
            role = Some(r);
        } else {
            aside_role = Some(r);
        }
        country = country.or(c.map(String::from));
        appos_tok = after;
    }
    let info = NameInfo {
        tokens,
        role,
        aside_role,
        civilian: false,
        aged: false,
        country,
        gender: prefix.gender.unwrap_or(Gender::Unknown),
    };
    let mut m = ctx.mention(start, end, MentionKind::Name(info));
    m.possessive = possessive;
    m.modifier = MODIFIER_NOUNS.contains(&ctx.low(end));
    if appos_tok > end {
        m.appos_end = ctx.toks[appos_tok - 1].end;
    }
    ctx.claim(start, appos_tok);
    m
}

/// Role text of tokens `s..=e`, with role words lowercased and countries
/// dropped from its start.
fn role_text(ctx: &Ctx, s: usize, e: usize) -> String {
    let mut parts: Vec<String> = Vec::new();
    for k in s..=e {
        let w = ctx.word(k);
        if !ctx.is_word(k) {
            if let Some(last) = parts.last_mut() {
                last.push_str(w);
            }
            continue;
        }
        let low = w.to_lowercase();
        let base = text::strip_possessive(&low).0.to_string();
        if lexicon::is_role_word(&base) || lexicon::is_title_connector(&low) {
            parts.push(low);
        } else {
            parts.push(w.to_string());
        }
    }
    parts.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quotes::mentions::find as find_all;

    fn names_in(t: &str) -> Vec<(String, Option<String>, Option<String>)> {
        find_all(t, &[(0, t.len())], &[], &[])
            .into_iter()
            .filter_map(|m| match m.kind {
                MentionKind::Name(n) => Some((n.tokens.join(" "), n.role, n.country)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn titles_and_countries() {
        let got = names_in("South Korean President Moon Jae-in met US Vice President Mike Pence.");
        assert_eq!(
            got[0],
            (
                "Moon Jae-in".into(),
                Some("president".into()),
                Some("South Korea".into())
            )
        );
        assert_eq!(
            got[1],
            (
                "Mike Pence".into(),
                Some("vice president".into()),
                Some("US".into())
            )
        );
    }

    #[test]
    fn lowercase_role_prefix_and_appositive() {
        let got = names_in("In Beijing, foreign ministry spokesperson Zhao Lin spoke.");
        assert_eq!(got[0].0, "Zhao Lin");
        assert_eq!(got[0].1.as_deref(), Some("foreign ministry spokesperson"));
        let got = names_in(
            "Evans Revere, a former senior State Department official for East Asia, voiced surprise.",
        );
        assert_eq!(got[0].0, "Evans Revere");
        assert_eq!(got[0].2.as_deref(), Some("US"));
    }

    #[test]
    fn a_titled_speaker_after_a_place_is_not_its_appositive() {
        let got = names_in("The missile flew over Hokkaido, Defence Minister Ito Hiro said.");
        let names: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(names, ["Ito Hiro"]);
    }

    #[test]
    fn a_full_name_is_known_by_its_family_name_used_elsewhere() {
        let got = names_in("Augustus Breer, then a congressman, objected. Mr. Breer said no.");
        assert_eq!(got[0].0, "Augustus Breer");
    }

    #[test]
    fn initials_and_places() {
        let got =
            names_in("Gen. Robert T. Caldwell flew to Gangneung Ice Arena. J. R. Wells said no.");
        let names: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(names, ["Robert T. Caldwell", "J. R. Wells"]);
    }

    #[test]
    fn korean_family_name_first() {
        assert_eq!(
            family_name(&["Kim".into(), "Jong".into(), "Un".into()]),
            Some("Kim")
        );
        assert_eq!(family_name(&["Mike".into(), "Pence".into()]), Some("Pence"));
        let got = names_in("It was conveyed by the leader's sister Kim Yo Jong who attended.");
        assert_eq!(got[0].0, "Kim Yo Jong");
    }
}
