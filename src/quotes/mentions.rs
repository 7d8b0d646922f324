//! Finds every mention of a possible speaker, sentence by sentence: named
//! people (via `names`), institutions and anonymous sources (via
//! `institutions`), role nouns ("the vice minister") and subject pronouns.

use std::collections::HashSet;

use super::lexicon::{self, Gender};
use super::speech_verbs::{self, QUOTE_VERBS, REPORT_VERBS};
use super::text::{self, Tok};
use super::{institutions, names, script};

/// Facts a person-name mention carries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct NameInfo {
    /// Name tokens without titles ("Ri", "Song", "Chol").
    pub tokens: Vec<String>,
    /// Role from a title or appositive ("vice foreign minister").
    pub role: Option<String>,
    /// An appositive's role when a title gave `role` ("Sen. Tom Whitfield,
    /// the committee chairman"): "the chairman" still finds him.
    pub aside_role: Option<String>,
    /// Introduced as a resident, student, relative…: not an official, so
    /// their words are not statements.
    pub civilian: bool,
    /// Introduced with an age ("Rosario Mendiola, 78,"): with no role
    /// anywhere in the article, a private citizen too.
    pub aged: bool,
    /// Country from an adjective, possessive or implied by the role.
    pub country: Option<String>,
    /// Gender implied by an honorific or role word.
    pub gender: Gender,
}

/// Facts a role-noun mention carries ("the Japanese minister").
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RoleInfo {
    /// The phrase as written.
    pub text: String,
    /// Lowercase role words, without articles and country words.
    pub words: Vec<String>,
    /// Country the phrase names, if any.
    pub country: Option<String>,
    /// Gender implied by the words.
    pub gender: Gender,
}

/// Facts an institution mention carries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct InstInfo {
    /// Canonical name ("KCNA", "the unification ministry").
    pub name: String,
    /// The name as written, for bodies every country has ("North Korea's
    /// foreign ministry", "the Ministry of Foreign Affairs"): the speaker
    /// is known by it.
    pub shown: Option<String>,
    /// Country, if known.
    pub country: Option<String>,
    /// Lowercase words a role noun can match ("agency", "ministry").
    pub words: Vec<String>,
}

/// What a mention is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum MentionKind {
    /// A named person.
    Name(NameInfo),
    /// A role noun without a name.
    Role(RoleInfo),
    /// A body speaking as one.
    Institution(InstInfo),
    /// An unnamed source; the phrase as written and its country.
    Anonymous(String, Option<String>),
    /// He / she.
    Pronoun(Gender),
}

/// One mention of a possible speaker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Mention {
    /// Start, including any title or role prefix.
    pub start: usize,
    /// End of the name or phrase (including a possessive 's).
    pub end: usize,
    /// End of a following appositive (after its closing comma), or `end`.
    pub appos_end: usize,
    /// Index of the sentence holding the mention.
    pub sentence: usize,
    /// What was mentioned.
    pub kind: MentionKind,
    /// Written as a possessive ("Pence's") — not a grammatical subject.
    pub possessive: bool,
    /// Used as a modifier ("the Trump administration") — not a subject.
    pub modifier: bool,
    /// Inside quotation marks.
    pub in_quote: bool,
    /// Speaker index, filled in by `resolve`.
    pub speaker: Option<usize>,
}

/// Per-sentence working state shared by the mention finders.
pub(crate) struct Ctx<'a> {
    /// The article text.
    pub text: &'a str,
    /// Tokens of the sentence.
    pub toks: Vec<Tok>,
    /// Lowercase token texts.
    pub lower: Vec<String>,
    /// Tokens already claimed by a mention.
    pub consumed: Vec<bool>,
    /// Index of the sentence.
    pub sentence: usize,
}

impl<'a> Ctx<'a> {
    /// Builds the context for `text[start..end]`.
    pub fn new(text: &'a str, start: usize, end: usize, sentence: usize) -> Self {
        let toks = text::tokens(text, start, end);
        let lower = toks.iter().map(|t| t.text(text).to_lowercase()).collect();
        let consumed = vec![false; toks.len()];
        Ctx {
            text,
            toks,
            lower,
            consumed,
            sentence,
        }
    }

    /// Original text of token `i`.
    pub fn word(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| t.text(self.text))
    }

    /// True when token `i` exists and is a word.
    pub fn is_word(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.word)
    }

    /// Index of the first token starting at or after byte `pos`.
    pub fn tok_at(&self, pos: usize) -> usize {
        self.toks.partition_point(|t| t.start < pos)
    }

    /// Lowercase text of token `i` ("" when out of range).
    pub fn low(&self, i: usize) -> &str {
        self.lower.get(i).map_or("", String::as_str)
    }

    /// True when tokens `a..b` are all unclaimed.
    pub fn free(&self, a: usize, b: usize) -> bool {
        self.consumed
            .get(a..b)
            .is_some_and(|s| s.iter().all(|c| !c))
    }

    /// Claims tokens `a..b`.
    pub fn claim(&mut self, a: usize, b: usize) {
        let b = b.min(self.consumed.len());
        for c in self.consumed.iter_mut().take(b).skip(a) {
            *c = true;
        }
    }

    /// Builds a mention spanning tokens `a..b` (exclusive).
    pub fn mention(&self, a: usize, b: usize, kind: MentionKind) -> Mention {
        let start = self.toks[a].start;
        let end = self.toks[b - 1].end;
        Mention {
            start,
            end,
            appos_end: end,
            sentence: self.sentence,
            kind,
            possessive: false,
            modifier: false,
            in_quote: false,
            speaker: None,
        }
    }
}

/// Finds the mentions of every sentence. `known` collects the names seen so
/// far, so a later bare "Pence" is recognised; it starts with the family
/// names of transcript labels (`label_names`). `quotes` are the inner ranges
/// of quotations (sorted) used to flag mentions inside quotes.
pub(crate) fn find(
    text: &str,
    sentences: &[(usize, usize)],
    quotes: &[(usize, usize)],
    label_names: &[&str],
) -> Vec<Mention> {
    // Names a transcript's labels use ("Senator PRUETT.") make the full
    // name a name wherever it stands ("Senators … and Owen Pruett").
    let mut known: HashSet<String> = label_names.iter().map(|n| n.to_lowercase()).collect();
    // An official signing an opinion piece speaks in the first person.
    let author = byline_author(text, sentences);
    known.extend(author.map(|(_, name)| name.to_lowercase()));
    let mut author_info: Option<NameInfo> = None;
    // A first pass learns every name the article introduces, so that a bare
    // family name before the full one is still a name: live blogs run in
    // reverse order ("08:40 — More from Tanabe: …" above "08:25 — Chief
    // Cabinet Secretary Hiroshi Tanabe …").
    for (si, &(s, e)) in sentences.iter().enumerate() {
        let mut ctx = Ctx::new(text, s, e, si);
        institutions::organisations(&mut ctx);
        names::find(&mut ctx, &mut known);
    }
    let mut out = Vec::new();
    for (si, &(s, e)) in sentences.iter().enumerate() {
        let mut ctx = Ctx::new(text, s, e, si);
        let organisations = institutions::organisations(&mut ctx);
        // A headline's capitalised verbs read as names; only the bodies it
        // names are trusted ("Ministry of Defense, Tokyo").
        if is_headline(&ctx) {
            out.extend(institutions::find(&mut ctx, &mut Vec::new(), organisations));
            continue;
        }
        let mut found = names::find(&mut ctx, &mut known);
        if author.is_some_and(|(byline, _)| byline == si) {
            author_info = found.iter().find_map(|m| match &m.kind {
                MentionKind::Name(info) => Some(info.clone()),
                _ => None,
            });
        }
        let inst = institutions::find(&mut ctx, &mut found, organisations);
        found.extend(inst);
        found.extend(role_nouns(&mut ctx));
        found.extend(pronouns(&ctx));
        found.extend(first_person(&ctx, author_info.as_ref()));
        found.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
        out.extend(merge_role_appositives(text, found));
    }
    for m in &mut out {
        m.in_quote = inside(quotes, m.start);
    }
    out
}

/// True for a headline in title case ("Security Council Hears Condemnation
/// of…").
fn is_headline(ctx: &Ctx) -> bool {
    const MINOR: &[&str] = &[
        "a", "an", "the", "of", "and", "or", "in", "on", "to", "for", "as", "at", "with", "by",
        "from", "over", "after", "amid", "vs",
    ];
    let mut words = (0..ctx.toks.len()).filter(|&i| ctx.is_word(i));
    let last = ctx.toks.last().map(|t| t.text(ctx.text));
    let first = ctx.toks.first().map(|t| t.text(ctx.text));
    // Numbers too: "Regular Press Conference on March 4, 2019".
    let title_case = |i: usize| {
        let word = ctx.word(i);
        text::is_capitalised(word)
            || MINOR.contains(&ctx.low(i))
            || word.starts_with(|c: char| c.is_ascii_digit())
    };
    // A line ending in a colon leads into what follows ("Answered by
    // Rebecca Thornwell:"); a headline does not. A headline is one line: a
    // block of lines is a byline or a venue ("Miriam Castellano, Secretary
    // of State\nHarborview Convention Hall").
    let one_line = match (ctx.toks.first(), ctx.toks.last()) {
        (Some(a), Some(b)) => !ctx.text[a.start..b.end].contains('\n'),
        _ => true,
    };
    // "Miriam Castellano, Secretary of State": a byline with its post.
    let byline = (0..ctx.toks.len())
        .find(|&i| ctx.word(i) == ",")
        .is_some_and(|comma| {
            (comma + 1..ctx.toks.len()).all(|k| {
                let low = ctx.low(k);
                ctx.is_word(k) && (lexicon::is_role_word(low) || lexicon::is_title_connector(low))
            })
        });
    !matches!(last, Some("." | ":"))
        && one_line
        && !byline
        // A caption in brackets ("(Kang Hye-rin / Unification Ministry
        // Spokesperson)") names a speaker.
        && first != Some("(")
        && words.clone().count() >= 4
        && words.all(title_case)
}

/// Folds a role noun into the name set off after it by commas ("Japan's
/// chief cabinet secretary, Hiroshi Tanabe, said"): the appositive names the
/// role's holder, so both are one mention of the person, who takes the
/// role and country, and the speech verb after the closing comma is theirs.
/// `found` is one sentence's mentions, sorted by start.
fn merge_role_appositives(text: &str, found: Vec<Mention>) -> Vec<Mention> {
    let mut out: Vec<Mention> = Vec::with_capacity(found.len());
    for mut m in found {
        // The role may end in a body's name ("the official spokesman of the
        // Ministry of External Affairs, Mr. Sudhir Bhatnagar,"): look past it.
        let bodies = out
            .iter()
            .rev()
            .take_while(|p| matches!(p.kind, MentionKind::Institution(_)))
            .count();
        let prev = out.len().checked_sub(bodies + 1).map(|i| &out[i]);
        let role = match (prev, &m.kind) {
            (Some(prev), MentionKind::Name(_)) => appositive_role(text, prev, &m),
            _ => None,
        };
        if let (Some((info, start, close)), MentionKind::Name(name)) = (role, &mut m.kind) {
            name.role = name.role.take().or(Some(info.words.join(" ")));
            name.country = name.country.take().or(info.country);
            if name.gender == Gender::Unknown {
                name.gender = info.gender;
            }
            m.start = start;
            m.appos_end = m.appos_end.max(close);
            out.truncate(out.len() - bodies - 1);
        }
        out.push(m);
    }
    out
}

/// When `prev` is a role noun followed by ", " and then the name `m` closed
/// by a comma, returns the role, its start and the byte after the closing
/// comma.
fn appositive_role(text: &str, prev: &Mention, m: &Mention) -> Option<(RoleInfo, usize, usize)> {
    let info = match &prev.kind {
        MentionKind::Role(info) => info.clone(),
        // "a foreign ministry spokesman, Dong Lirui, told…": the name makes
        // the source known.
        MentionKind::Anonymous(phrase, country) => RoleInfo {
            words: phrase
                .split_whitespace()
                .map(str::to_lowercase)
                .filter(|w| lexicon::is_role_word(w))
                .collect(),
            text: phrase.clone(),
            country: country.clone(),
            gender: Gender::Unknown,
        },
        _ => return None,
    };
    if prev.possessive || info.words.is_empty() || prev.end > m.start {
        return None;
    }
    let between = text.get(prev.end..m.start)?.trim();
    let after = text.get(m.end..)?;
    let rest = after.trim_start();
    let closed =
        rest.starts_with(',') || (ends_sentence(rest) && after_quote_verb(text, prev.start));
    if !between.ends_with(',') || !short_post(&between[..between.len() - 1]) || !closed {
        return None;
    }
    let close = m.end + (after.len() - rest.len()) + usize::from(rest.starts_with(','));
    Some((info, prev.start, close))
}

/// True when the rest of a sentence is over: its end, or closing punctuation.
fn ends_sentence(rest: &str) -> bool {
    rest.is_empty() || rest.starts_with(['.', ';', '!', '?'])
}

/// True when the word before `at` attaches a quote ("said" in "…," said the
/// French envoy, Claire Dumont.): there the name may close the sentence
/// instead of being closed by a comma.
fn after_quote_verb(text: &str, at: usize) -> bool {
    let before = text.get(..at).unwrap_or("").trim_end();
    let word = before.rsplit(char::is_whitespace).next().unwrap_or("");
    super::speech_verbs::QUOTE_VERBS
        .iter()
        .any(|v| !v.contains(' ') && word.eq_ignore_ascii_case(v))
}

/// Nothing, or a short post after a role ("to the nuclear talks" in "North
/// Korea's chief delegate to the nuclear talks, Ho Jong Guk,").
fn short_post(between: &str) -> bool {
    let mut words = between.split_whitespace();
    let first = words.next();
    first.is_none()
        || (first.is_some_and(|w| matches!(w, "to" | "for" | "at" | "in" | "of" | "on"))
            && words.count() < 6)
}

/// True when `pos` lies inside one of the sorted ranges.
pub(crate) fn inside(ranges: &[(usize, usize)], pos: usize) -> bool {
    let idx = ranges.partition_point(|r| r.0 <= pos);
    idx > 0 && pos < ranges[idx - 1].1
}

/// Whether a word heads a role noun that can be resolved to a speaker ("the
/// minister", "the agency"): a person's role head, or a speaking body.
fn is_role_noun_head(word: &str) -> bool {
    lexicon::is_role_head(word) || lexicon::is_institution_noun(word)
}

/// Finds role nouns: "the vice minister", "The Japanese minister", "North
/// Korea's chief negotiator", "the North Korean leader's".
fn role_nouns(ctx: &mut Ctx) -> Vec<Mention> {
    let mut out = Vec::new();
    let n = ctx.toks.len();
    let mut i = 0;
    while i < n {
        let found = role_noun_at(ctx, i)
            .or_else(|| document_at(ctx, i))
            .or_else(|| party_member_at(ctx, i));
        if let Some((b, m)) = found {
            ctx.claim(i, b);
            out.push(m);
            i = b;
        } else {
            i += 1;
        }
    }
    out
}

/// A role noun starting at token `a`: returns (end token, mention).
fn role_noun_at(ctx: &Ctx, a: usize) -> Option<(usize, Mention)> {
    let (mut i, mut country) = determiner(ctx, a)?;
    let first_word = i;
    let mut head: Option<usize> = None;
    while i < ctx.toks.len() && i < first_word + 6 && ctx.toks[i].word {
        let (base, _) = text::strip_possessive(ctx.low(i));
        let base = base.to_string();
        if let Some(c) = lexicon::country_adjective(&base) {
            country = Some(c.to_string());
        } else if matches!(base.as_str(), "south" | "north") && ctx.low(i + 1) == "korean" {
            country = Some(format!("{} Korea", capitalise(&base)));
            i += 1;
        } else if !lexicon::is_role_word(&base) {
            break;
        }
        if is_role_noun_head(&base) {
            head = Some(i);
        }
        if ctx.low(i).ends_with("'s") || ctx.low(i).ends_with("’s") {
            break;
        }
        i += 1;
    }
    let h = head?;
    let mut b = h + 1;
    // "the delegate of Cuba", "the representative of the Democratic
    // People's Republic of Korea": the delegation is the country.
    if let Some((end, delegation)) = delegation_after(ctx, h) {
        country = Some(lexicon::delegation_country(delegation));
        b = end;
    }
    if !ctx.free(a, b) {
        return None;
    }
    // A capitalised word right after means this is a title before a name we
    // did not recognise; do not guess.
    if b < ctx.toks.len() && ctx.toks[b].word && text::is_capitalised(ctx.word(b)) {
        return None;
    }
    let words: Vec<String> = (first_word..b)
        .map(|k| text::strip_possessive(ctx.low(k)).0.to_string())
        .filter(|w| lexicon::is_role_word(w))
        .collect();
    let gender = words
        .iter()
        .map(|w| lexicon::role_gender(w))
        .find(|g| *g != Gender::Unknown);
    let phrase = &ctx.text[ctx.toks[a].start..ctx.toks[b - 1].end];
    let possessive = text::strip_possessive(ctx.word(h)).1;
    let info = RoleInfo {
        text: text::strip_possessive(phrase).0.to_string(),
        words,
        country,
        gender: gender.unwrap_or(Gender::Unknown),
    };
    let mut m = ctx.mention(a, b, MentionKind::Role(info));
    m.possessive = possessive;
    Some((b, m))
}

/// The delegation after a delegate's title at token `h` ("representative
/// of the Republic of Korea"): the token after it and its name.
fn delegation_after<'a>(ctx: &Ctx<'a>, h: usize) -> Option<(usize, &'a str)> {
    if !lexicon::is_delegate_title(ctx.low(h)) || ctx.low(h + 1) != "of" {
        return None;
    }
    let first = if ctx.low(h + 2) == "the" {
        h + 3
    } else {
        h + 2
    };
    let capital = |k: usize| ctx.is_word(k) && text::is_capitalised(ctx.word(k));
    let mut end = first;
    while end < first + 7 && (capital(end) || (ctx.low(end) == "of" && capital(end + 1))) {
        end += 1;
    }
    (end > first).then(|| (end, &ctx.text[ctx.toks[first].start..ctx.toks[end - 1].end]))
}

/// Documents that speak for the body that issued them.
pub(crate) const DOCUMENTS: &[&str] = &[
    "statement",
    "communique",
    "communiqué",
    "readout",
    "commentary",
    "dispatch",
    "editorial",
];

/// "the statement said": a document speaking for its issuer, resolved like
/// a role noun to the latest institution.
/// "It said" / "…, it added," in wire copy about a body is the same: "it"
/// before a speech verb stands for the latest institution.
fn document_at(ctx: &Ctx, a: usize) -> Option<(usize, Mention)> {
    // Only a plain speech verb, at the sentence start or after a comma: "In
    // 2013 it called off a round" is narration, and in "The agency said…,
    // and it warned…" the subject already speaks.
    let it = ctx.low(a) == "it"
        && (a == 0 || ctx.low(a - 1) == ",")
        && matches!(
            ctx.low(a + 1),
            "said"
                | "says"
                | "added"
                | "warned"
                | "stated"
                | "noted"
                | "insisted"
                | "claimed"
                | "urged"
                | "advised"
                | "accused"
                | "demanded"
        );
    let b = if it { a + 1 } else { a + 2 };
    // "The statement also called on…".
    let mut v = b;
    while v < b + 3 && speech_verbs::is_auxiliary(ctx.low(v)) {
        v += 1;
    }
    let speaks = speech_verbs::match_at(QUOTE_VERBS, &ctx.lower, v).is_some()
        || speech_verbs::match_at(REPORT_VERBS, &ctx.lower, v).is_some();
    let document = it || (ctx.low(a) == "the" && DOCUMENTS.contains(&ctx.low(a + 1)));
    if !document || !speaks || !ctx.free(a, b) {
        return None;
    }
    let info = RoleInfo {
        text: ctx.text[ctx.toks[a].start..ctx.toks[b - 1].end].to_string(),
        // Any issuing body fits a document (`resolve::role_fits`).
        words: vec![if it { DOCUMENTS[0] } else { ctx.low(a + 1) }.to_string()],
        country: None,
        gender: Gender::Unknown,
    };
    Some((b, ctx.mention(a, b, MentionKind::Role(info))))
}

/// Role word that a party label ("the Idaho Republican") resolves by: any
/// legislator (see `lexicon::is_legislator`).
pub(crate) const PARTY_MEMBER: &str = "lawmaker";

/// "the Idaho Republican", "the Maryland Democrat": US political reporting's
/// second reference to a legislator, resolved like the role noun "lawmaker".
fn party_member_at(ctx: &Ctx, a: usize) -> Option<(usize, Mention)> {
    if ctx.low(a) != "the" {
        return None;
    }
    let mut k = a + 1;
    while k < a + 3 && ctx.is_word(k) && text::is_capitalised(ctx.word(k)) && !is_party(ctx.low(k))
    {
        k += 1;
    }
    let (base, possessive) = text::strip_possessive(ctx.low(k));
    if k == a + 1 || !is_party(base) || !ctx.free(a, k + 1) {
        return None;
    }
    let info = RoleInfo {
        text: text::strip_possessive(&ctx.text[ctx.toks[a].start..ctx.toks[k].end])
            .0
            .to_string(),
        words: vec![PARTY_MEMBER.to_string()],
        country: None,
        gender: Gender::Unknown,
    };
    let mut m = ctx.mention(a, k + 1, MentionKind::Role(info));
    m.possessive = possessive;
    Some((k + 1, m))
}

fn is_party(word: &str) -> bool {
    matches!(word, "republican" | "democrat")
}

/// Reads a role noun's determiner at token `a`: "the", "the North's",
/// "North Korea's", "Japan's". Returns the next token and any country.
fn determiner(ctx: &Ctx, a: usize) -> Option<(usize, Option<String>)> {
    let low = ctx.low(a);
    if low == "the" {
        let next = text::strip_possessive(ctx.word(a + 1));
        if next.1 && matches!(next.0, "North" | "South") {
            return Some((a + 2, Some(format!("{} Korea", next.0))));
        }
        return Some((a + 1, None));
    }
    if matches!(low, "north" | "south") {
        let (base, poss) = text::strip_possessive(ctx.low(a + 1));
        if poss && base == "korea" {
            return Some((a + 2, Some(format!("{} Korea", capitalise(low)))));
        }
    }
    let (base, poss) = text::strip_possessive(ctx.word(a));
    if poss && text::is_capitalised(base) {
        return lexicon::country_name(base).map(|c| (a + 1, Some(c.to_string())));
    }
    None
}

/// "south" → "South".
fn capitalise(word: &str) -> String {
    let mut c = word.chars();
    c.next()
        .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
        .unwrap_or_default()
}

/// Finds subject pronouns he / she (and he's / she's).
/// The signed author of an opinion piece who is an official: a "By NAME"
/// line among the first sentences, and a role word near the name elsewhere
/// ("Eleanor Voss was deputy assistant secretary of state…"). Returns the
/// byline's sentence and the name. A reporter's byline has no role near it.
fn byline_author<'a>(text: &'a str, sentences: &[(usize, usize)]) -> Option<(usize, &'a str)> {
    let (si, name) = sentences
        .iter()
        .take(8)
        .enumerate()
        .find_map(|(si, &(s, e))| {
            let name = text[s..e].trim().strip_prefix("By ")?;
            let words = name.split_whitespace().count();
            let capitalised = name.split_whitespace().all(text::is_capitalised);
            ((2..=4).contains(&words) && capitalised).then_some((si, name))
        })?;
    let family = name.split_whitespace().last()?.to_lowercase();
    let rest = &text[sentences[si].1..];
    script::near_roles(rest, 6, 0)
        .contains(&family)
        .then_some((si, name))
}

/// "I" in a piece signed by an official ([`byline_author`]): the author.
fn first_person(ctx: &Ctx, author: Option<&NameInfo>) -> Vec<Mention> {
    let Some(info) = author else {
        return Vec::new();
    };
    (0..ctx.toks.len())
        .filter(|&i| ctx.word(i) == "I" && !ctx.consumed[i])
        .map(|i| ctx.mention(i, i + 1, MentionKind::Name(info.clone())))
        .collect()
}

fn pronouns(ctx: &Ctx) -> Vec<Mention> {
    let mut out = Vec::new();
    for i in 0..ctx.toks.len() {
        // Object and possessive forms only where they name a source:
        // "according to him", "in her words" (wire translations).
        // And a short lead-in that hands over to a quote: "His verdict is
        // blunt: "…"", "Her answer: "…"".
        let lead_in = i <= 1 && (i + 1..(i + 7).min(ctx.toks.len())).any(|k| ctx.word(k) == ":");
        let sourced = lead_in
            || matches!(
                (
                    ctx.low(i.wrapping_sub(2)),
                    ctx.low(i.wrapping_sub(1)),
                    ctx.low(i + 1)
                ),
                ("according", "to", _) | (_, "in", "words" | "view")
            );
        let gender = match ctx.low(i) {
            "he" | "he's" | "he’s" => Gender::Male,
            "she" | "she's" | "she’s" => Gender::Female,
            "him" | "his" if sourced => Gender::Male,
            "her" if sourced => Gender::Female,
            _ => continue,
        };
        if ctx.consumed[i] {
            continue;
        }
        out.push(ctx.mention(i, i + 1, MentionKind::Pronoun(gender)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(t: &str) -> Vec<(String, &'static str)> {
        let ms = find(t, &[(0, t.len())], &[], &[]);
        ms.iter()
            .map(|m| {
                let k = match m.kind {
                    MentionKind::Name(_) => "name",
                    MentionKind::Role(_) => "role",
                    MentionKind::Institution(_) => "inst",
                    MentionKind::Anonymous(..) => "anon",
                    MentionKind::Pronoun(_) => "pron",
                };
                (t[m.start..m.end].to_string(), k)
            })
            .collect()
    }

    #[test]
    fn finds_role_nouns_and_pronouns() {
        let got =
            kinds("The vice minister said he would go, and North Korea's chief negotiator agreed.");
        assert_eq!(
            got,
            [
                ("The vice minister".to_string(), "role"),
                ("he".to_string(), "pron"),
                ("North Korea's chief negotiator".to_string(), "role"),
            ]
        );
    }

    #[test]
    fn role_then_name_in_commas_is_one_mention() {
        let t = "South Korea's unification minister, Han Seo-yeon, said she welcomed it.";
        let ms = find(t, &[(0, t.len())], &[], &[]);
        let m = &ms[0];
        assert_eq!(
            &t[m.start..m.end],
            "South Korea's unification minister, Han Seo-yeon"
        );
        assert_eq!(&t[m.appos_end..], " said she welcomed it.");
        let MentionKind::Name(info) = &m.kind else {
            panic!("{m:?}")
        };
        assert_eq!(info.role.as_deref(), Some("unification minister"));
        assert_eq!(info.country.as_deref(), Some("South Korea"));
        // A list is not an appositive.
        let t = "The defence minister, Yoon Tae-sik and Kim met.";
        let ms = find(t, &[(0, t.len())], &[], &[]);
        assert_eq!(ms.len(), 2, "{ms:?}");
    }

    #[test]
    fn a_family_name_before_the_full_name_is_known() {
        let t = "More from Tanabe on the launch. Chief Cabinet Secretary Hiroshi Tanabe spoke.";
        let ms = find(t, &[(0, 31), (32, t.len())], &[], &[]);
        assert!(ms.iter().any(|m| &t[m.start..m.end] == "Tanabe"), "{ms:?}");
    }

    #[test]
    fn inside_ranges() {
        let r = [(2, 5), (10, 12)];
        assert!(inside(&r, 3));
        assert!(!inside(&r, 5));
        assert!(inside(&r, 10));
        assert!(!inside(&r, 0));
    }
}
