//! Transcripts whose paragraphs open with a speaker label instead of
//! quotation marks: radio and TV transcripts, hearing records, committee
//! minutes ("SEN. HALVORSEN: We have waited…", "Ambassador Mirela
//! Constantin: The door is open…", "INTERPRETER (for Minister Ri): …").
//! Each labelled paragraph is a turn: its sentences are the labelled
//! speaker's direct statements, except for hosts, anchors and questioners,
//! whose lines are nobody's statements. ("Q:"/"A:" interviews are
//! `transcript`'s job.)

use std::collections::HashSet;

use super::lexicon;
use super::text;

/// Longest label, in bytes, before its colon (a Hansard post with its
/// holder and reference: "The Minister of State for the Indo-Pacific
/// (Rebecca Thornwell)").
const MAX_LABEL_BYTES: usize = 100;

/// Most words a label may hold (outside its parenthesis, connectors aside).
const MAX_LABEL_WORDS: usize = 6;

/// Labels that mark journalists and questioners, not officials.
pub(crate) const MEDIA_ROLES: &[&str] = &[
    "host",
    "co-host",
    "presenter",
    "anchor",
    "interviewer",
    "moderator",
    "reporter",
    "correspondent",
    "journalist",
    "question",
    "questioner",
    "narrator",
    "caller",
    "audience",
    "voice",
    "editor",
    "producer",
];

/// Nouns that introduce a journalist in running text ("our Seoul
/// correspondent is Dan Whitcroft"), written in lowercase there.
const JOURNALISTS: &[&str] = &[
    "correspondent",
    "reporter",
    "presenter",
    "host",
    "anchor",
    "editor",
    "producer",
    "journalist",
    "interviewer",
    "moderator",
];

/// Lowercase words in a label that are neither names nor titles.
const LABEL_FILLERS: &[&str] = &["the", "of", "for", "to", "and", "mr", "mrs", "ms", "dr"];

/// Who a label names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Label {
    /// A host, anchor or questioner.
    Media,
    /// A speaker: name words and title words, lowercase.
    Speaker {
        /// Words of the name ("mirela", "constantin"); empty for a bare title.
        name: Vec<String>,
        /// The name words as the article writes them ("Lockhart-Reid"), or
        /// title-cased when written in capitals.
        written: Vec<String>,
        /// Title and role words ("senator", "deputy", "minister").
        role: Vec<String>,
        /// The label was written in capitals ("SEN. HALVORSEN").
        shouted: bool,
    },
}

/// One labelled paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Turn {
    /// Paragraph index.
    pub para: usize,
    /// Byte where the spoken words start (after the colon).
    pub body: usize,
    /// Who speaks.
    pub label: Label,
}

/// The labelled turns of an article: only when at least two paragraphs open
/// with a label, so a lone "Update:" or "Seoul:" is left alone. "Q:" counts
/// towards the two: a briefing transcript may label only its questions and
/// the spokesperson's name ("Q: …" then "Liang Wenhao: …").
pub(crate) fn find(text: &str, paras: &[(usize, usize)]) -> Vec<Turn> {
    let turns: Vec<Turn> = paras
        .iter()
        .enumerate()
        .filter_map(|(para, &(ps, pe))| {
            let (label, body) = label(text, ps, pe)?;
            Some(Turn { para, body, label })
        })
        .collect();
    let questioned = || {
        paras
            .iter()
            .any(|&(ps, pe)| super::transcript::label(text, ps, pe).is_some())
    };
    if turns.len() >= 2 || (turns.len() == 1 && questioned()) {
        turns
    } else {
        Vec::new()
    }
}

/// Who in a transcript is reporting rather than speaking: labelled
/// journalists and correspondents handed the microphone by a host.
pub(crate) struct Reporters {
    journalists: Vec<String>,
    host_named: Vec<String>,
    after_roles: HashSet<String>,
}

impl Reporters {
    /// Reads the article's hints: hosts' labels, "our correspondent is…",
    /// names a host hands over to, names introduced with a role.
    pub(crate) fn new(text: &str, paras: &[(usize, usize)], turns: &[Turn]) -> Self {
        Reporters {
            journalists: journalists(text, paras, turns),
            host_named: named_by_hosts(text, paras, turns),
            after_roles: near_roles(text, 0, 10),
        }
    }

    /// True when a label naming `name` is a journalist's: named as one, or
    /// handed over to by a host and never given a role (`has_role` is
    /// whether the resolved speaker has one).
    pub(crate) fn reporting(&self, name: &[String], has_role: bool) -> bool {
        let all_in = |set: &[String]| !name.is_empty() && name.iter().all(|w| set.contains(w));
        let introduced_as_official = name.last().is_some_and(|f| self.after_roles.contains(f));
        all_in(&self.journalists)
            || (!has_role && all_in(&self.host_named) && !introduced_as_official)
    }
}

/// Lowercase name words of the article's journalists: names in a host's
/// label ("PRESENTER (Alison Marr)") and names right after a media role in
/// the text ("Our Seoul correspondent is Dan Whitcroft"). Their labelled
/// turns are reporting, not statements.
fn journalists(text: &str, paras: &[(usize, usize)], turns: &[Turn]) -> Vec<String> {
    let mut names = Vec::new();
    for t in turns.iter().filter(|t| t.label == Label::Media) {
        // "PRESENTER (Alison Marr):", "MAYA LIND (HOST):".
        let (ps, _) = paras[t.para];
        let head = &text[ps..t.body];
        names.extend(name_words(head).filter(|w| {
            !MEDIA_ROLES.contains(&w.as_str()) && !LABEL_FILLERS.contains(&w.as_str())
        }));
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    for (i, w) in words.iter().enumerate() {
        let role = w.trim_matches(|c: char| !c.is_alphabetic());
        if !JOURNALISTS.contains(&role) {
            continue;
        }
        let mut k = i + 1;
        while words
            .get(k)
            .is_some_and(|w| matches!(*w, "is" | "was" | "," | "–" | "—"))
        {
            k += 1;
        }
        let run: Vec<&str> = words[k.min(words.len())..]
            .iter()
            .take(3)
            .take_while(|w| w.starts_with(char::is_uppercase))
            .copied()
            .collect();
        if run.len() >= 2 {
            names.extend(name_words(&run.join(" ")));
        }
    }
    names
}

/// Lowercase words of the capitalised pairs a host's turns name ("From
/// Beijing, Rosa Quilty."): a labelled speaker named there without any role
/// is a correspondent handed the microphone.
fn named_by_hosts(text: &str, paras: &[(usize, usize)], turns: &[Turn]) -> Vec<String> {
    let mut names = Vec::new();
    for t in turns.iter().filter(|t| t.label == Label::Media) {
        let words: Vec<&str> = text[t.body..paras[t.para].1].split_whitespace().collect();
        for pair in words.windows(2) {
            let capital = |w: &str| w.starts_with(char::is_uppercase);
            if capital(pair[0]) && capital(pair[1]) && !pair[0].ends_with([',', '.', ':']) {
                names.extend(name_words(&pair.join(" ")));
            }
        }
    }
    names
}

/// Lowercase words standing up to `before` words before or `after` words
/// after a role head anywhere in the text: a person whose family name is
/// among them is introduced as an official ("the Foreign Office minister
/// with responsibility for Asia, Gillian Parfitt"; "Noh, 54, is the chief
/// negotiator").
pub(crate) fn near_roles(text: &str, before: usize, after: usize) -> HashSet<String> {
    let words: Vec<String> = text
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase())
        .collect();
    let mut out = HashSet::new();
    for (i, w) in words.iter().enumerate() {
        if lexicon::is_role_head(w) {
            let span = i.saturating_sub(before)..(i + 1 + after).min(words.len());
            out.extend(words[span].iter().cloned());
        }
    }
    out
}

/// Lowercase alphabetic words of a name.
fn name_words(name: &str) -> impl Iterator<Item = String> + '_ {
    name.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase())
        .filter(|w| !w.is_empty())
}

/// The name words the labels of `turns` use ("pruett" of "Senator PRUETT").
pub(crate) fn names(turns: &[Turn]) -> Vec<&str> {
    turns
        .iter()
        .flat_map(|t| match &t.label {
            Label::Speaker { name, .. } => name.as_slice(),
            Label::Media => &[],
        })
        .map(String::as_str)
        .collect()
}

/// The label opening `text[ps..pe]`, if any, and where the words start.
pub(crate) fn label(text: &str, ps: usize, pe: usize) -> Option<(Label, usize)> {
    if text::is_bulleted(text, ps) {
        return None;
    }
    let ps = ps + timestamp_len(&text[ps..pe]);
    let head = &text[ps..text::floor_boundary(text, (ps + MAX_LABEL_BYTES + 2).min(pe))];
    let end = head.find(':').or_else(|| record_label_end(head))?;
    let raw = head[..end].trim();
    let rest = &text[ps + end + 1..pe];
    let spoken = rest.trim_start();
    if raw.is_empty() || spoken.is_empty() || spoken.len() == rest.len() {
        return None;
    }
    let body = pe - spoken.len();
    parse(raw).map(|label| (label, body))
}

/// Length of a recording timestamp opening a paragraph ("[00:01:26] ",
/// "(14:05) ", "00:12:40 "), with the space after it; 0 when there is none.
fn timestamp_len(para: &str) -> usize {
    let inner = para.strip_prefix(['[', '(']).unwrap_or(para);
    let digits = inner
        .find(|c: char| !(c.is_ascii_digit() || c == ':' || c == '.'))
        .unwrap_or(inner.len());
    let stamp = &inner[..digits];
    if !stamp.contains(':') || !stamp.starts_with(|c: char| c.is_ascii_digit()) {
        return 0;
    }
    let rest = inner[digits..]
        .strip_prefix([']', ')'])
        .unwrap_or(&inner[digits..]);
    let spaced = rest.trim_start();
    if spaced.len() == rest.len() {
        return 0;
    }
    para.len() - spaced.len()
}

/// The full stop ending a label in the congressional-record style, where
/// titles precede a surname in capitals: "Mr. KIM. I thank the chair",
/// "Senator CALLOWAY. We have…", "The CHAIRMAN. The committee will…".
fn record_label_end(head: &str) -> Option<usize> {
    let mut at = 0;
    for word in head.split_inclusive(' ').take(4) {
        let bare = word.trim_end();
        let title = bare.trim_end_matches('.');
        let titled = title == "The"
            || lexicon::honorific(title).is_some()
            || is_title(&title.to_lowercase());
        // "SEN. CALLOWAY.": an abbreviated title in capitals is still a
        // title; "The CHAIRMAN." ends at the full one.
        let abbreviation = lexicon::honorific(title).is_some();
        if let Some(name) = bare.strip_suffix('.').filter(|_| !abbreviation)
            && name.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && text::is_all_caps(name)
            && lexicon::country_adjective(name).is_none()
            && !matches!(name, "NATO" | "IAEA" | "KCNA" | "ASEAN")
        {
            return Some(at + name.len());
        }
        if !titled {
            return None;
        }
        at += word.len();
    }
    None
}

/// Reads a label: capitalised words (initials and abbreviations allowed)
/// and lowercase connectors, with optional parentheses. An interpreter
/// speaks for the person named in it ("INTERPRETER (for Minister Ri)"); a
/// post may name its holder in brackets ("The Minister of State for the
/// Indo-Pacific (Rebecca Thornwell)"); a party after the name makes a
/// legislator ("Mr Owain Pryce (Cardiff South) (Lab)").
fn parse(raw: &str) -> Option<Label> {
    let raw = label_core(raw);
    let (outer, groups) = match raw.split_once('(') {
        Some((o, rest)) => (o.trim(), paren_groups(rest)?),
        None => (raw, Vec::new()),
    };
    let inner = groups.first().copied();
    let words = label_words(outer)?;
    if matches!(outer, "Q" | "A" | "Question" | "Answer") || heads_an_item(outer, &words) {
        return None;
    }
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    if lower
        .iter()
        .any(|w| w == "interpreter" || w == "translator")
    {
        let voiced = inner?.strip_prefix("for ")?;
        return parse(voiced);
    }
    // "MAYA LIND (HOST)" as well as "PRESENTER (Alison Marr)".
    let inner_words = groups.iter().flat_map(|g| name_words(g));
    if lower
        .iter()
        .cloned()
        .chain(inner_words)
        .any(|w| MEDIA_ROLES.contains(&w.as_str()))
    {
        return Some(Label::Media);
    }
    let shouted = words
        .iter()
        .all(|w| text::is_all_caps(w) || !w.chars().any(char::is_alphabetic));
    let (mut name, mut written, mut role) = (Vec::new(), Vec::new(), Vec::new());
    for (w, as_written) in lower.into_iter().zip(&words) {
        if let Some((_, title)) = lexicon::honorific(&w) {
            if !title.is_empty() {
                role.push(title.to_string());
            }
        } else if is_title(&w) {
            role.push(w);
        } else if !LABEL_FILLERS.contains(&w.as_str()) {
            name.push(w);
            written.push(as_written.to_string());
        }
    }
    if let Some(holder) = inner.and_then(|i| holder_in_brackets(i, &role)) {
        (name, written) = holder;
    }
    // A surname in capitals ("Mr. KIM", "SEN. CALLOWAY") is shown title-cased.
    for (w, lower) in written.iter_mut().zip(&name) {
        if text::is_all_caps(w) {
            *w = text::title_case(lower);
        }
    }
    if groups.iter().any(|g| is_party(g)) && !role.iter().any(|w| lexicon::is_legislator(w)) {
        role.push("lawmaker".to_string());
    }
    (!name.is_empty() || !role.is_empty()).then_some(Label::Speaker {
        name,
        written,
        role,
        shouted,
    })
}

/// True when a would-be label names a country or a body's possession, as a
/// factbox heads its items ("UNITED STATES: The White House called…",
/// "Japan's Prime Minister's Office: In a statement…"): no one speaks there.
fn heads_an_item(outer: &str, words: &[&str]) -> bool {
    lexicon::state_country(outer).is_some() || words.iter().any(|w| text::strip_possessive(w).1)
}

/// A label without parliamentary furniture: an order-paper number before a
/// member and their seat ("3. Mr Owain Pryce (Cardiff South) (Lab)") and a
/// bracketed reference after it ("[Written question 88217]"). A numbered
/// list item without a seat in brackets ("2. Japan: …") stays prose.
fn label_core(raw: &str) -> &str {
    let raw = raw.split('[').next().unwrap_or(raw).trim();
    match raw.split_once(". ") {
        Some((n, rest))
            if !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) && rest.contains('(') =>
        {
            rest.trim()
        }
        _ => raw,
    }
}

/// The contents of the bracket groups after a label's first "(":
/// "Cardiff South) (Lab)" gives ["Cardiff South", "Lab"]; `None` when the
/// label does not end with a closing bracket.
fn paren_groups(rest: &str) -> Option<Vec<&str>> {
    rest.trim_end().strip_suffix(')')?;
    Some(
        rest.split(')')
            .map(|g| g.trim().trim_start_matches('(').trim())
            .filter(|g| !g.is_empty())
            .collect(),
    )
}

/// The name words of a post's holder in brackets, lowercase and as written,
/// when the words outside were a title and the bracket holds a name of two
/// or more words.
fn holder_in_brackets(inner: &str, role: &[String]) -> Option<(Vec<String>, Vec<String>)> {
    let words = label_words(inner)?;
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    let plain = |w: &String| {
        !is_title(w) && lexicon::honorific(w).is_none() && !LABEL_FILLERS.contains(&w.as_str())
    };
    let named = lower.len() >= 2 && lower.iter().all(plain);
    let written = words.iter().map(|w| w.to_string()).collect();
    (!role.is_empty() && named).then_some((lower, written))
}

/// A party after a legislator's name: Westminster's abbreviations ("Con",
/// "Lab", "LD", "SNP") or Congress's party and state ("R-Alaska", "D-Calif.").
fn is_party(group: &str) -> bool {
    const PARTIES: &[&str] = &[
        "Con", "Lab", "LD", "SNP", "DUP", "SDLP", "PC", "Ind", "Green", "UUP", "SF", "Alba",
    ];
    PARTIES.contains(&group)
        || group
            .split_once('-')
            .is_some_and(|(p, state)| matches!(p, "R" | "D" | "I") && text::is_capitalised(state))
}

/// A title word, hyphenated ones included ("under-secretary-general").
fn is_title(word: &str) -> bool {
    lexicon::is_role_word(word)
        || lexicon::is_role_head(word)
        || lexicon::RANK_MODIFIERS.contains(&word)
        || lexicon::is_hyphenated_title(word)
}

/// The words of a label, or `None` when it reads like prose: every word
/// capitalised or a short connector, at most [`MAX_LABEL_WORDS`], no digit.
fn label_words(outer: &str) -> Option<Vec<&str>> {
    let words: Vec<&str> = outer
        .split_whitespace()
        .map(|w| w.trim_end_matches('.'))
        .filter(|w| !w.is_empty())
        .collect();
    let ok = |w: &&str| {
        let first = w.chars().next().is_some_and(char::is_uppercase);
        let connector = is_connector(w);
        let clean = w
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'));
        (first || connector) && clean
    };
    let counted = words.iter().filter(|w| !is_connector(w)).count();
    (!words.is_empty() && counted <= MAX_LABEL_WORDS && words.iter().all(ok)).then_some(words)
}

/// A lowercase word that joins a label's capitalised words ("Minister of
/// State for the Indo-Pacific").
fn is_connector(word: &str) -> bool {
    matches!(word, "of" | "for" | "the" | "to" | "and")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// "speaker: statement" for every statement of an article.
    fn credited(t: &str) -> Vec<String> {
        let x = crate::quotes::extract(t);
        x.statements
            .iter()
            .map(|s| {
                format!(
                    "{}: {}",
                    x.speakers[s.speaker.unwrap()].name,
                    &t[s.start..s.end]
                )
            })
            .collect()
    }

    #[test]
    fn a_turn_runs_on_over_unlabelled_paragraphs_in_the_first_person() {
        let t = "Remarks by the Secretary of State at the Forum\n\n\
                 Miriam Castellano, Secretary of State\nHarborview Convention Hall\n\
                 October 7, 2025\n\n\
                 SECRETARY CASTELLANO: Aloha, and thank you. (Laughter.)\n\n\
                 I came to Honolulu because diplomacy matters.\n\n\
                 Those exercises will continue, and we will not apologise.\n\n\
                 Q: What about sanctions?\n\n\
                 SECRETARY CASTELLANO: They stay.\n\n\
                 The forum closed at noon.";
        assert_eq!(
            credited(t),
            [
                "Miriam Castellano: Aloha, and thank you.",
                "Miriam Castellano: I came to Honolulu because diplomacy matters.",
                "Miriam Castellano: Those exercises will continue, and we will not apologise.",
                "Miriam Castellano: They stay.",
            ]
        );
    }

    #[test]
    fn a_statement_for_the_record_is_its_authors() {
        let t = "Treasury official presses for crackdown\n\n\
                 STATEMENT FOR THE RECORD\n\n\
                 Gregory A. Pemberton\nAssistant Secretary for Terrorist Financing\n\n\
                 Before the Subcommittee on East Asia\n\n\
                 I want to be candid: the sanctions regime is leaking.\n\n\
                 Treasury designated 14 vessels.\n\n\
                 We are prepared to use secondary sanctions.\n\n\
                 Correspondent's note: Pemberton did not appear in person.";
        assert_eq!(
            credited(t),
            [
                "Gregory A. Pemberton: I want to be candid: the sanctions regime is leaking.",
                "Gregory A. Pemberton: We are prepared to use secondary sanctions.",
            ]
        );
    }

    #[test]
    fn a_written_answer_led_in_by_its_author_and_stage_directions() {
        let t = "Written Answers\n\n\
                 Answered by Rebecca Thornwell, Minister of State, on 14 October 2025:\n\n\
                 The UK has funded UN agencies. We would welcome aid staff back.\n\n\
                 SECRETARY HALE: We stand ready. (Applause.)\n\n\
                 Q: And sanctions?\n\n\
                 SECRETARY HALE: They stay. [906114]";
        assert_eq!(
            credited(t),
            [
                "Rebecca Thornwell: The UK has funded UN agencies.",
                "Rebecca Thornwell: We would welcome aid staff back.",
                "Hale: We stand ready.",
                "Hale: They stay.",
            ]
        );
    }

    #[test]
    fn a_briefing_labels_its_questions_and_the_spokesperson() {
        let t = "Foreign Ministry Spokesperson's Regular Press Conference on March 4, 2019\n\n\
                 Spokesperson Liang Wenhao took questions.\n\n\
                 Q: Will China enforce the new resolution?\n\n\
                 Liang Wenhao: China has always implemented the resolutions.";
        assert_eq!(
            credited(t),
            ["Liang Wenhao: China has always implemented the resolutions."]
        );
    }

    #[test]
    fn hansard_numbers_constituencies_parties_and_posts_with_holders() {
        let t = "Oral Answers\n\n\
                 3. Dr Fiona Lockhart-Reid (Gordon and Buchan) (Con): Will she sanction them?\n\n\
                 The Minister of State for the Indo-Pacific (Rebecca Thornwell): We condemn \
                 the launches. I thank the hon. Lady for her question.\n\n\
                 Mr Owain Pryce (Cardiff South) (Lab) [Written question 88217]: What is the plan?";
        assert_eq!(
            credited(t),
            [
                "Fiona Lockhart-Reid: Will she sanction them?",
                "Rebecca Thornwell: We condemn the launches.",
                "Rebecca Thornwell: I thank the hon. Lady for her question.",
                "Owain Pryce: What is the plan?",
            ]
        );
        for item in [
            "2. Foreign Minister Aiko Takeda: we protest.",
            "UNITED STATES: The White House condemned it.",
            "Japan's Prime Minister's Office: In a statement, it protested.",
        ] {
            assert!(label(item, 0, item.len()).is_none(), "{item}");
        }
    }

    fn speaker(name: &[&str], role: &[&str], shouted: bool) -> Option<Label> {
        Some(Label::Speaker {
            name: name.iter().map(|s| s.to_string()).collect(),
            written: name.iter().map(|s| text::title_case(s)).collect(),
            role: role.iter().map(|s| s.to_string()).collect(),
            shouted,
        })
    }

    #[test]
    fn labels_of_every_house_style() {
        assert_eq!(
            parse("SEN. HALVORSEN"),
            speaker(&["halvorsen"], &["senator"], true)
        );
        assert_eq!(
            parse("Ambassador Mirela Constantin"),
            speaker(&["mirela", "constantin"], &["ambassador"], false)
        );
        assert_eq!(
            parse("INTERPRETER (for Minister Ri)"),
            speaker(&["ri"], &["minister"], false)
        );
        assert_eq!(parse("THE CHAIRMAN"), speaker(&[], &["chairman"], true));
        assert_eq!(
            parse("UNDER-SECRETARY-GENERAL"),
            speaker(&[], &["under-secretary-general"], true)
        );
        assert_eq!(parse("PRESENTER"), Some(Label::Media));
        assert_eq!(parse("CORRESPONDENT (Seoul)"), Some(Label::Media));
    }

    #[test]
    fn congressional_record_labels_end_in_a_full_stop() {
        let t = "Mr. KIM. I thank the chair.";
        let (who, body) = label(t, 0, t.len()).unwrap();
        assert_eq!(Some(who), speaker(&["kim"], &[], false));
        assert_eq!(&t[body..], "I thank the chair.");
        let t = "SEN. CALLOWAY. We waited.";
        assert_eq!(
            label(t, 0, t.len()).map(|l| l.0),
            speaker(&["calloway"], &["senator"], true)
        );
        let t = "The CHAIRMAN. The committee will come to order.";
        assert_eq!(
            label(t, 0, t.len()).map(|l| l.0),
            speaker(&[], &["chairman"], false)
        );
        for prose in ["Mr. Kim said no.", "The US. It is", "Senator Kim spoke."] {
            assert!(label(prose, 0, prose.len()).is_none(), "{prose}");
        }
    }

    #[test]
    fn prose_and_interviews_are_not_labels() {
        for raw in ["Kim said", "Q", "A", "At 10", "The key question is this"] {
            assert!(matches!(parse(raw), None | Some(Label::Media)), "{raw}");
        }
        assert!(parse("Kim said").is_none());
        assert!(parse("At 10").is_none());
    }

    #[test]
    fn turns_are_statements_of_the_labelled_official_not_of_the_host() {
        let t = "Envoy hearing\n\n\
                 The committee heard Ambassador Mirela Constantin and Sen. Tom Whitfield, \
                 the committee chairman.\n\n\
                 THE CHAIRMAN: We have waited two years.\n\n\
                 HOST: Thank you.\n\n\
                 Constantin: The door is open. Talks need no preconditions.\n\n\
                 SEN. HALVORSEN: I will oppose relief.";
        assert_eq!(
            credited(t),
            [
                "Tom Whitfield: We have waited two years.",
                "Mirela Constantin: The door is open.",
                "Mirela Constantin: Talks need no preconditions.",
                "Halvorsen: I will oppose relief.",
            ]
        );
    }

    #[test]
    fn labels_resolve_by_chair_role_and_hosts_are_left_out() {
        let t = "Hearing record\n\n\
                 Senator Walter Pruitt chaired the session. Henrietta Solberg, the UN \
                 Resident Coordinator, spoke by video. Host Priya Raman opened it.\n\n\
                 RAMAN: Welcome to the programme.\n\n\
                 THE CHAIRMAN: The regime leaks like a sieve.\n\n\
                 RESIDENT COORDINATOR: We urge donors to keep funding aid.";
        let x = crate::quotes::extract(t);
        let got: Vec<&str> = x
            .statements
            .iter()
            .map(|s| x.speakers[s.speaker.unwrap()].name.as_str())
            .collect();
        assert_eq!(got, ["Walter Pruitt", "Henrietta Solberg"]);
    }

    #[test]
    fn correspondents_report_and_their_quotes_keep_their_speakers() {
        let t = "Evening Report\n\n\
                 PRESENTER (Alison Marr): Our Seoul correspondent is Dan Whitcroft.\n\n\
                 DAN WHITCROFT: The minister, Chung Hae-won, said the door stayed open. \
                 People seem calm.\n\n\
                 PRESENTER: From Beijing, Rosa Quilty.\n\n\
                 ROSA QUILTY: The language was blunt.\n\n\
                 PRESENTER: With me is the Foreign Office minister, Gillian Parfitt.\n\n\
                 GILLIAN PARFITT: We condemn the test.";
        assert_eq!(
            credited(t),
            [
                "Chung Hae-won: The minister, Chung Hae-won, said the door stayed open.",
                "Gillian Parfitt: We condemn the test.",
            ]
        );
    }

    #[test]
    fn timestamps_before_labels_and_a_host_named_in_the_label() {
        let t = "[00:00:03] MAYA LIND (HOST): Welcome back. Rhona Castellane was a deputy \
                 assistant secretary of state.\n\n\
                 [00:00:09] RHONA CASTELLANE: Thanks, Maya. Washington ought to back the offer.\n\n\
                 [00:00:14] MAYA: Rhona, is it serious?\n\n\
                 [00:00:20] RHONA: It is serious.";
        assert_eq!(
            credited(t),
            [
                "Rhona Castellane: Washington ought to back the offer.",
                "Rhona Castellane: It is serious."
            ]
        );
    }

    #[test]
    fn a_transcript_needs_two_labelled_paragraphs() {
        let t = "Update: the talks resumed.";
        assert!(find(t, &[(0, t.len())]).is_empty());
        let t = "HOST: Welcome.\n\nSEN. HALVORSEN: We have waited long enough.";
        let turns = find(t, &[(0, 14), (16, t.len())]);
        assert_eq!(turns.len(), 2);
        assert_eq!(&t[turns[1].body..], "We have waited long enough.");
    }
}
