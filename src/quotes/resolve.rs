//! Coreference within one article: every mention ("Mike Pence", "Mr Pence",
//! "the vice president", "he") is resolved to one speaker. People sharing a
//! family name stay apart; a bare family name goes to the most recently
//! mentioned fitting person.

use std::collections::{HashMap, HashSet};

use super::lexicon::{self, Gender, RANK_MODIFIERS};
use super::mentions::{
    DOCUMENTS, InstInfo, Mention, MentionKind, NameInfo, PARTY_MEMBER, RoleInfo,
};
use super::names::family_name;
use super::text;
use super::{Speaker, SpeakerKind};

/// A speaker plus what coreference needs to know about it.
#[derive(Debug, Clone)]
pub(crate) struct Entry {
    /// The public speaker record.
    pub speaker: Speaker,
    /// Name tokens (people only).
    tokens: Vec<String>,
    /// Known gender.
    gender: Gender,
    /// Lowercase words of the role (or institution name) for role nouns.
    role_words: Vec<String>,
    /// Byte offset of the latest mention.
    last_seen: usize,
    /// Introduced as a private citizen (`NameInfo::civilian`).
    civilian: bool,
    /// Introduced with an age (`NameInfo::aged`).
    aged: bool,
}

impl Entry {
    /// Introduced as a private citizen ("a nursing student").
    pub(crate) fn is_civilian(&self) -> bool {
        self.civilian
    }

    /// Introduced by age and never given a role: a private citizen unless
    /// the article names them near a role word (`near_roles`, from
    /// `script::near_roles`): "Mr Tanabe, 61," is the cabinet secretary.
    pub(crate) fn maybe_civilian(&self) -> bool {
        self.aged && self.speaker.role.is_none()
    }

    /// True when the family name is among `near_roles`.
    pub(crate) fn named_near_a_role(&self, near_roles: &HashSet<String>) -> bool {
        family_name(&self.tokens).is_some_and(|f| near_roles.contains(&f.to_lowercase()))
    }

    /// Adds role words the speaker's role did not hold yet.
    fn add_role_words<S: AsRef<str>>(&mut self, words: &[S]) {
        for w in words {
            if !self.role_words.iter().any(|r| r == w.as_ref()) {
                self.role_words.push(w.as_ref().to_string());
            }
        }
    }
}

/// How far back (in sentences) a pronoun looks for its antecedent.
const PRONOUN_REACH: usize = 8;

/// How many recent speakers a role noun considers.
const ROLE_REACH: usize = 200;

/// Words before a pronoun that mark a subordinate clause; such pronouns are
/// resolved but teach us nothing about gender (they may point forward).
const SUBORDINATORS: &[&str] = &[
    "where", "when", "while", "as", "if", "because", "that", "which", "who", "after", "before",
    "since", "although", "though", "until", "whether",
];

/// Resolves every mention outside quotes; returns the speakers.
pub(crate) fn resolve(text: &str, mentions: &mut [Mention], sentence_count: usize) -> Vec<Entry> {
    let mut r = Resolver {
        entries: Vec::new(),
        keys: HashMap::new(),
        subjects: vec![None; sentence_count],
    };
    for m in mentions.iter_mut().filter(|m| !m.in_quote) {
        // A pronoun in a subordinate clause ("Asked whether he would…,
        // Brandvold drew a line") is not the sentence's subject.
        let main_clause = !matches!(m.kind, MentionKind::Pronoun(_)) || learns(text, m.start);
        let idx = match &m.kind {
            MentionKind::Name(info) => Some(r.name(info)),
            MentionKind::Role(info) => r.role(info),
            MentionKind::Institution(info) => Some(r.institution(info)),
            MentionKind::Anonymous(phrase, country) => Some(r.anonymous(phrase, country.clone())),
            MentionKind::Pronoun(g) => r.pronoun(*g, m.sentence, main_clause),
        };
        if let Some(i) = idx {
            if chairs(text, m.appos_end) {
                r.entries[i].add_role_words(&["chair", "chairman", "chairwoman", "chairperson"]);
            }
            r.entries[i].last_seen = m.start;
            let person = r.entries[i].speaker.kind == SpeakerKind::Person;
            if let Some(slot) = r.subjects.get_mut(m.sentence)
                && slot.is_none()
                && person
                && main_clause
            {
                *slot = Some(i);
            }
        }
        m.speaker = idx;
    }
    r.entries
}

/// The speaker a transcript label names (`script`): the person whose name
/// holds every name word of the label ("Constantin" for Mirela Constantin),
/// preferring one whose role shares a title word; for a bare title ("THE
/// CHAIRMAN") the person whose role holds it. A label the article never
/// introduced becomes a new speaker when it carries a title or a full name
/// in capitals ("SEN. HALVORSEN"); otherwise it names nobody.
pub(crate) fn label_speaker(
    entries: &mut Vec<Entry>,
    name: &[String],
    written: &[String],
    role: &[String],
    shouted: bool,
) -> Option<usize> {
    let people = || {
        entries
            .iter()
            .enumerate()
            .filter(|(_, e)| e.speaker.kind == SpeakerKind::Person)
    };
    let holds = |e: &Entry| {
        name.iter()
            .all(|w| e.tokens.iter().any(|t| t.to_lowercase() == *w))
    };
    let shares_title = |e: &Entry| role.iter().any(|w| e.role_words.contains(w));
    let named: Vec<usize> = people()
        .filter(|(_, e)| !name.is_empty() && holds(e))
        .map(|(i, _)| i)
        .collect();
    // A label of title words only, or of words the name finder took for a
    // name ("RESIDENT COORDINATOR"), names whoever holds that role.
    let titled = || {
        let words: Vec<&String> = name.iter().chain(role).collect();
        people()
            .filter(|(_, e)| !words.is_empty() && words.iter().all(|w| e.role_words.contains(w)))
            .max_by_key(|(_, e)| e.last_seen)
            .map(|(i, _)| i)
    };
    // Two people sharing a family name: the label's title decides, or at
    // least which side of the table it sits ("Senator CALLOWAY" versus
    // "Ambassador CALLOWAY").
    let legislator = |words: &[String]| words.iter().any(|w| lexicon::is_legislator(w));
    let same_side = |e: &Entry| legislator(&e.role_words) == legislator(role);
    let found = named
        .iter()
        .copied()
        .find(|&i| shares_title(&entries[i]))
        .or_else(|| named.iter().copied().find(|&i| same_side(&entries[i])))
        .or_else(|| named.first().copied())
        .or_else(titled);
    if let Some(i) = found {
        // A host introduced by name ("Host Priya Raman" → "RAMAN:") is no official.
        let e = &entries[i];
        let role = e.speaker.role.as_deref().unwrap_or_default();
        let media = e
            .tokens
            .iter()
            .map(String::as_str)
            .chain(role.split(' '))
            .any(is_media);
        return (!media).then_some(i);
    }
    if role.is_empty() && !(shouted && name.len() >= 2) {
        return None;
    }
    let shown: Vec<String> = if name.is_empty() {
        role.iter().map(|w| text::title_case(w)).collect()
    } else {
        written.to_vec()
    };
    entries.push(Entry {
        speaker: Speaker {
            name: shown.join(" "),
            role: (!role.is_empty()).then(|| role.join(" ")),
            country: None,
            kind: SpeakerKind::Person,
        },
        tokens: name.iter().map(|w| text::title_case(w)).collect(),
        gender: Gender::Unknown,
        role_words: role.to_vec(),
        last_seen: 0,
        civilian: false,
        aged: false,
    });
    Some(entries.len() - 1)
}

/// Whether a name or role word marks a host or journalist.
fn is_media(word: &str) -> bool {
    super::script::MEDIA_ROLES.contains(&word.to_lowercase().as_str())
}

/// True when the words after a subject say it chairs the meeting ("Senator
/// Walter Pruitt chaired the session"): a transcript's "THE CHAIRMAN:".
fn chairs(text: &str, subject_end: usize) -> bool {
    let mut rest = text.get(subject_end..).unwrap_or_default().trim_start();
    // "Senator Dale Calloway of Ohio chaired…".
    if let Some(home) = rest.strip_prefix("of ") {
        let place = home
            .split_inclusive(' ')
            .take_while(|w| w.starts_with(char::is_uppercase))
            .map(str::len)
            .sum::<usize>();
        rest = &home[place..];
    }
    ["chaired ", "chairs ", "presided ", "presides "]
        .iter()
        .any(|verb| rest.starts_with(verb))
}

/// True when the pronoun at `pos` is a main-clause subject (its gender may be
/// learnt), i.e. not after "where", "when", "that"…
fn learns(text: &str, pos: usize) -> bool {
    let before = text[..pos].trim_end();
    let prev: String = before
        .chars()
        .rev()
        .take_while(|c| c.is_alphabetic())
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    !SUBORDINATORS.contains(&prev.to_lowercase().as_str())
}

/// Working state of resolution.
struct Resolver {
    /// Speakers so far.
    entries: Vec<Entry>,
    /// Lowercase names, family names and institution names → speakers.
    keys: HashMap<String, Vec<usize>>,
    /// First person speaker of each sentence (its likely subject).
    subjects: Vec<Option<usize>>,
}

/// True when genders do not contradict each other.
fn compatible(a: Gender, b: Gender) -> bool {
    a == Gender::Unknown || b == Gender::Unknown || a == b
}

/// Lowercase role words of a role string.
fn role_words(role: &str) -> Vec<String> {
    role.split_whitespace()
        .map(|w| {
            let w = w
                .trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
                .to_lowercase();
            super::text::strip_possessive(&w).0.to_string()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

impl Resolver {
    /// Most recently seen speaker among `key`'s entries that passes `ok`.
    fn best(&self, key: &str, ok: impl Fn(&Entry) -> bool) -> Option<usize> {
        let list = self.keys.get(key)?;
        list.iter()
            .copied()
            .filter(|&i| ok(&self.entries[i]))
            .max_by_key(|&i| self.entries[i].last_seen)
    }

    /// Adds a speaker and indexes it under `keys`.
    fn add(&mut self, entry: Entry, keys: &[String]) -> usize {
        let idx = self.entries.len();
        self.entries.push(entry);
        for k in keys {
            self.index(k, idx);
        }
        idx
    }

    /// Indexes speaker `idx` under `key`.
    fn index(&mut self, key: &str, idx: usize) {
        let list = self.keys.entry(key.to_lowercase()).or_default();
        if !list.contains(&idx) {
            list.push(idx);
        }
    }

    /// Resolves a person's name.
    fn name(&mut self, info: &NameInfo) -> usize {
        let full = info.tokens.join(" ");
        let person_ok =
            |e: &Entry| e.speaker.kind == SpeakerKind::Person && compatible(e.gender, info.gender);
        // Two people sharing a family name: the title decides ("Minister
        // Park" is the minister, not the lawmaker named Park since).
        let title = info.role.as_deref().map(role_words).unwrap_or_default();
        let titled = |e: &Entry| {
            person_ok(e) && !title.is_empty() && title.iter().all(|w| e.role_words.contains(w))
        };
        let key = full.to_lowercase();
        let found = self
            .best(&key, titled)
            .or_else(|| self.best(&key, person_ok))
            .or_else(|| self.upgrade(info));
        let idx = match found {
            Some(i) => i,
            None => {
                let keys: Vec<String> = std::iter::once(full.clone())
                    .chain(family_name(&info.tokens).map(String::from))
                    .collect();
                let entry = Entry {
                    speaker: Speaker {
                        name: full,
                        role: None,
                        country: None,
                        kind: SpeakerKind::Person,
                    },
                    tokens: info.tokens.clone(),
                    gender: Gender::Unknown,
                    role_words: Vec::new(),
                    last_seen: 0,
                    civilian: false,
                    aged: false,
                };
                self.add(entry, &keys)
            }
        };
        self.enrich(idx, info);
        idx
    }

    /// A full name whose family name was so far known alone ("Moon" before
    /// "Moon Jae-in") upgrades that speaker instead of creating a new one.
    fn upgrade(&mut self, info: &NameInfo) -> Option<usize> {
        if info.tokens.len() < 2 {
            return None;
        }
        let family = family_name(&info.tokens)?.to_lowercase();
        let idx = self.best(&family, |e| {
            e.speaker.kind == SpeakerKind::Person && e.tokens.len() == 1
        })?;
        let full = info.tokens.join(" ");
        self.entries[idx].speaker.name = full.clone();
        self.entries[idx].tokens = info.tokens.clone();
        self.index(&full, idx);
        Some(idx)
    }

    /// Copies role, country and gender from a mention into a speaker that lacks them.
    fn enrich(&mut self, idx: usize, info: &NameInfo) {
        let e = &mut self.entries[idx];
        if e.speaker.role.is_none()
            && let Some(role) = &info.role
        {
            e.speaker.role = Some(role.clone());
            e.role_words = role_words(role);
        }
        e.civilian |= info.civilian;
        e.aged |= info.aged;
        if let Some(aside) = &info.aside_role {
            e.add_role_words(&role_words(aside));
        }
        if e.speaker.country.is_none() {
            e.speaker.country = info.country.clone();
        }
        if e.gender == Gender::Unknown {
            e.gender = info.gender;
        }
    }

    /// Resolves a role noun to the latest speaker whose role fits, or makes a
    /// new role-only speaker ("North Korea's chief negotiator").
    fn role(&mut self, info: &RoleInfo) -> Option<usize> {
        let institutional = info
            .words
            .last()
            .is_some_and(|w| lexicon::is_institution_noun(w) || DOCUMENTS.contains(&w.as_str()));
        let fits = |e: &Entry| role_fits(info, e, institutional);
        let found = self
            .entries
            .iter()
            .enumerate()
            .rev()
            .take(ROLE_REACH)
            .filter(|(_, e)| fits(e))
            .max_by_key(|(_, e)| e.last_seen)
            .map(|(i, _)| i);
        if found.is_some() || institutional {
            return found;
        }
        let name = match info.text.strip_prefix("The ") {
            Some(rest) => format!("the {rest}"),
            None => info.text.clone(),
        };
        let role = info.words.join(" ");
        let entry = Entry {
            speaker: Speaker {
                name,
                role: Some(role),
                country: info.country.clone(),
                kind: SpeakerKind::Person,
            },
            tokens: Vec::new(),
            gender: info.gender,
            role_words: info.words.clone(),
            last_seen: 0,
            civilian: false,
            aged: false,
        };
        Some(self.add(entry, &[]))
    }

    /// Resolves an institution by name (and country when both give one).
    fn institution(&mut self, info: &InstInfo) -> usize {
        let key = info.name.to_lowercase();
        let ok = |e: &Entry| {
            e.speaker.kind == SpeakerKind::Institution
                && (info.country.is_none()
                    || e.speaker.country.is_none()
                    || e.speaker.country == info.country)
        };
        if let Some(i) = self.best(&key, ok) {
            let e = &mut self.entries[i];
            if e.speaker.country.is_none() {
                e.speaker.country = info.country.clone();
            }
            // The first form the article gives names the speaker, unless a
            // later one adds the country ("Japan's foreign ministry").
            if let Some(shown) = &info.shown
                && (e.speaker.name == info.name
                    || names_country(shown) && !names_country(&e.speaker.name))
            {
                e.speaker.name = shown.clone();
            }
            return i;
        }
        let entry = Entry {
            speaker: Speaker {
                name: info.shown.clone().unwrap_or_else(|| info.name.clone()),
                role: None,
                country: info.country.clone(),
                kind: SpeakerKind::Institution,
            },
            tokens: Vec::new(),
            gender: Gender::Unknown,
            role_words: info.words.clone(),
            last_seen: 0,
            civilian: false,
            aged: false,
        };
        self.add(entry, &[key])
    }

    /// Every anonymous source is its own speaker.
    fn anonymous(&mut self, phrase: &str, country: Option<String>) -> usize {
        let entry = Entry {
            speaker: Speaker {
                name: phrase.to_string(),
                role: None,
                country,
                kind: SpeakerKind::Anonymous,
            },
            tokens: Vec::new(),
            gender: Gender::Unknown,
            // "the official" later refers back to "a senior official".
            role_words: role_words(phrase),
            last_seen: 0,
            civilian: false,
            aged: false,
        };
        self.add(entry, &[])
    }

    /// Resolves he/she to the subject of this or a recent sentence.
    fn pronoun(&mut self, gender: Gender, sentence: usize, learn: bool) -> Option<usize> {
        let lo = sentence.saturating_sub(PRONOUN_REACH);
        let found = (lo..=sentence.min(self.subjects.len().saturating_sub(1)))
            .rev()
            .filter_map(|s| self.subjects.get(s).copied().flatten())
            .find(|&i| compatible(self.entries[i].gender, gender));
        if let (Some(i), true) = (found, learn)
            && self.entries[i].gender == Gender::Unknown
        {
            self.entries[i].gender = gender;
        }
        found
    }
}

/// True when role noun `info` can refer to speaker `e`.
fn role_fits(info: &RoleInfo, e: &Entry, institutional: bool) -> bool {
    let kind_ok = match e.speaker.kind {
        SpeakerKind::Institution => institutional,
        SpeakerKind::Person => !institutional,
        // Only the head noun must match: "the official" after "a senior
        // official at the ministry".
        SpeakerKind::Anonymous => {
            !institutional && info.words.len() == 1 && e.role_words.contains(&info.words[0])
        }
    };
    if !kind_ok || info.words.is_empty() || !compatible(e.gender, info.gender) {
        return false;
    }
    // A document ("the statement said") speaks for any issuing body.
    let document = institutional && info.words.iter().all(|w| DOCUMENTS.contains(&w.as_str()));
    let held = |w: &String| {
        e.role_words.contains(w)
            || (w == PARTY_MEMBER && e.role_words.iter().any(|r| lexicon::is_legislator(r)))
    };
    let all_in = document || info.words.iter().all(held);
    let ranks_agree = RANK_MODIFIERS
        .iter()
        .filter(|r| !matches!(**r, "former" | "special" | "first"))
        .all(|r| !e.role_words.iter().any(|w| w == r) || info.words.iter().any(|w| w == r));
    let country_ok = match (&info.country, &e.speaker.country) {
        (Some(a), Some(b)) => a == b,
        (Some(_), None) => false,
        _ => true,
    };
    all_in && ranks_agree && country_ok
}

/// True when an institution's shown name starts with its country
/// ("Japan's foreign ministry"), not with "the".
fn names_country(shown: &str) -> bool {
    !shown.starts_with("the ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quotes::mentions;

    fn names_of(t: &str) -> Vec<Option<String>> {
        let sentences = crate::quotes::sentences::split(t, 0, t.len(), &[]);
        let mut ms = mentions::find(t, &sentences, &[], &[]);
        let entries = resolve(t, &mut ms, sentences.len());
        ms.iter()
            .map(|m| m.speaker.map(|i| entries[i].speaker.name.clone()))
            .collect()
    }

    #[test]
    fn a_statement_speaks_for_its_issuer_and_the_official_for_a_source() {
        let got = names_of(
            "The Cabinet Office issued a statement. \"No,\" the statement said. \
             A senior official said talks were off. The official said more.",
        );
        let named: Vec<&str> = got.iter().flatten().map(String::as_str).collect();
        assert_eq!(
            named,
            [
                "the Cabinet Office",
                "the Cabinet Office",
                "A senior official",
                "A senior official"
            ]
        );
    }

    #[test]
    fn a_title_tells_two_people_with_one_family_name_apart() {
        let got = names_of(
            "Unification Minister Park Seo-jun spoke. Rep. Park Hye-rin, an opposition \
             lawmaker, objected. Minister Park replied. Rep. Park insisted.",
        );
        let parks: Vec<_> = got.into_iter().flatten().collect();
        assert_eq!(
            parks[2..],
            ["Park Seo-jun".to_string(), "Park Hye-rin".to_string()]
        );
    }

    #[test]
    fn a_party_label_refers_back_to_a_legislator() {
        let got = names_of(
            "Sen. Ann Feld of Idaho objected. Ambassador Ted Brand spoke. \
             The Idaho Republican said no.",
        );
        assert_eq!(got.last().unwrap().as_deref(), Some("Ann Feld"), "{got:?}");
    }

    #[test]
    fn a_pronoun_in_a_subordinate_clause_is_not_the_subject() {
        let t = "Sen. Ann Feld objected. Asked whether he would ease sanctions, Ambassador Ted Brand \
                 hesitated. He said no.";
        let got = names_of(t);
        assert_eq!(got.last().unwrap().as_deref(), Some("Ted Brand"), "{got:?}");
    }

    #[test]
    fn surnames_titles_and_roles_resolve() {
        let got = names_of(
            "US Vice President Mike Pence spoke. Mr Pence left. The vice president said no. He smiled.",
        );
        assert!(
            got.iter().all(|n| n.as_deref() == Some("Mike Pence")),
            "{got:?}"
        );
    }

    #[test]
    fn shared_family_names_stay_apart() {
        let got =
            names_of("Kim Jong Un met Moon. The leader's sister Kim Yo Jong came. Mr Kim said no.");
        assert_eq!(
            got.first().cloned().flatten().as_deref(),
            Some("Kim Jong Un")
        );
        assert_eq!(
            got.last().cloned().flatten().as_deref(),
            Some("Kim Jong Un"),
            "{got:?}"
        );
    }

    #[test]
    fn the_president_is_not_the_vice_president() {
        let got = names_of("Vice President Mike Pence spoke. The president said no.");
        assert_eq!(
            got.last().cloned().flatten().as_deref(),
            Some("the president")
        );
    }
}
