//! Word lists of reporting verbs: the verbs that attach a quote to its speaker
//! and the speech and stance verbs that make a sentence reported speech.

use std::collections::HashSet;
use std::sync::LazyLock;

/// First words of every entry of every list: most tokens are rejected with
/// one hash lookup instead of a scan of the lists (keeps long texts fast).
static FIRST_WORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    [QUOTE_VERBS, REPORT_VERBS, PARTICIPLES]
        .iter()
        .flat_map(|l| l.iter())
        .filter_map(|e| e.split(' ').next())
        .collect()
});

/// Verbs that attach a direct quote to its speaker ("…," she said / said Han).
/// Multi-word entries are matched word by word.
pub(crate) const QUOTE_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "added",
    "adds",
    "asked",
    "asks",
    "replied",
    "replies",
    "responded",
    "warned",
    "warns",
    "stressed",
    "stresses",
    "insisted",
    "insists",
    "noted",
    "notes",
    "declared",
    "declares",
    "explained",
    "explains",
    "wrote",
    "writes",
    "continued",
    "recalled",
    "remarked",
    "argued",
    "argues",
    "claimed",
    "claims",
    "cautioned",
    "observed",
    "concluded",
    "acknowledged",
    "admitted",
    "announced",
    "urged",
    "urges",
    "vowed",
    "vows",
    "pledged",
    "according to",
    "put it",
    "stated",
    "states",
    "countered",
    "conceded",
    "reiterated",
    "emphasised",
    "emphasized",
    "predicted",
    "promised",
    "threatened",
    "quipped",
    "tweeted",
    "posted",
    "wrote",
    "complained",
    "suggested",
    "agreed",
    // A second quote after the first one's attribution ("…, before adding,
    // “…”").
    "adding",
    // Continuation of a split quote ("…,' he went on, '…'").
    "went on",
    "goes on",
    "contended",
    "maintained",
];

/// Speech and stance verbs that make a sentence reported speech when their
/// subject is a speaker ("Moon called for…", "Pence signalled…").
pub(crate) const REPORT_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "added",
    "adds",
    "warned",
    "warns",
    "stressed",
    "stresses",
    "insisted",
    "insists",
    "noted",
    "notes",
    "urged",
    "urges",
    "called for",
    "calls for",
    "called on",
    "calls on",
    "called",
    "calls",
    "vowed",
    "vows",
    "pledged",
    "pledges",
    "signalled",
    "signaled",
    "signals",
    "ruled out",
    "rules out",
    "dismissed",
    "dismisses",
    "welcomed",
    "welcomes",
    "declared",
    "declares",
    "reiterated",
    "reiterates",
    "threatened",
    "threatens",
    "accused",
    "accuses",
    "condemned",
    "condemns",
    // Denunciation, a staple of statements on the North ("KCNA denounced
    // the drills as…", "the ministry slammed…").
    "denounced",
    "denounces",
    "decried",
    "decries",
    "deplored",
    "deplores",
    "slammed",
    "slams",
    "blasted",
    "blasts",
    "lashed out",
    "lashes out",
    "hit out",
    "hits out",
    "assailed",
    "rebuked",
    "castigated",
    "defended",
    "defends",
    "voiced",
    "voices",
    "expressed",
    "expresses",
    "announced",
    "announces",
    "confirmed",
    "confirms",
    "denied",
    "denies",
    "rejected",
    "rejects",
    "argued",
    "argues",
    "claimed",
    "claims",
    "suggested",
    "suggests",
    "promised",
    "promises",
    "acknowledged",
    "acknowledges",
    "admitted",
    "admits",
    "praised",
    "praises",
    "criticised",
    "criticized",
    "criticises",
    "criticizes",
    "demanded",
    "demands",
    "proposed",
    "proposes",
    "appealed",
    "appeals",
    "cautioned",
    "cautions",
    "emphasised",
    "emphasized",
    "emphasises",
    "emphasizes",
    "underlined",
    "underscored",
    "hailed",
    "hails",
    "blamed",
    "blames",
    "predicted",
    "predicts",
    "explained",
    "explains",
    "made clear",
    "makes clear",
    "making clear",
    "asserted",
    "asserts",
    "maintained",
    "maintains",
    "stated",
    "wrote",
    "writes",
    "countered",
    "believes",
    "views",
    "questioned",
    "disputed",
    "lamented",
    "regretted",
    "described",
    "branded",
    "labelled",
    "labeled",
    "indicated",
    "hinted",
    "conceded",
    "reaffirmed",
    "assured",
    "repeated",
    "echoed",
    "expects",
    "told reporters",
    "agreed",
    "objected",
    "protested",
    "recommended",
    "advised",
    "according to",
    "doubted",
    "doubts",
    "opposed",
    "opposes",
    "backed",
    "supported",
    "endorsed",
    "applauded",
    "pushed for",
    "pressed for",
    "spoke of",
    // Feature-writing verbs of argument and attitude ("Liu contended that…",
    // "He derided…", "Vasnetsov brushed aside complaints…").
    "contended",
    "contends",
    "derided",
    "derides",
    "pressed",
    "presses",
    "brushed aside",
    "brushes aside",
    "scoffed at",
    "mocked",
    "ridiculed",
    "states",
    "recalled",
    "observed",
    "remarked",
    "reckoned",
    "complained",
    "complains",
    "declined",
    "declines",
    // An answer reports speech ("The nominee replied that he supported…");
    // "asked" does not: most questions in news copy are reporters'.
    "replied",
    "replies",
];

/// Participles that carry speech after a speaker subject further on in the
/// sentence ("…, claiming that…", "…, saying…").
pub(crate) const PARTICIPLES: &[&str] = &[
    "saying",
    "claiming",
    "arguing",
    "insisting",
    "noting",
    "warning",
    "adding",
    "calling",
    "urging",
    "stressing",
    "declaring",
    "describing",
    "vowing",
    "pledging",
    "accusing",
    "denouncing",
    "suggesting",
    "explaining",
    "telling",
    "asserting",
    "signalling",
    "signaling",
];

/// Words allowed between a subject and its verb ("Pence has also signalled").
pub(crate) const AUXILIARIES: &[&str] = &[
    "has",
    "have",
    "had",
    "is",
    "was",
    "were",
    "are",
    "also",
    "again",
    "then",
    "later",
    "repeatedly",
    "publicly",
    "clearly",
    "previously",
    "once",
    "would",
    "will",
    "did",
    "does",
    "quickly",
    "immediately",
    "firmly",
    "sharply",
    "strongly",
    "bluntly",
    "flatly",
    "privately",
    "reportedly",
    "separately",
    "further",
    "earlier",
    "already",
    "still",
    "openly",
    "only",
    "recently",
    "last",
    "this",
    "week",
    "on",
    "yesterday",
    "today",
    "been",
    "however",
    // Live-blog present perfect: "Yoon has just told the committee".
    "just",
    "now",
];

/// If one of `list` starts at `words[i]`, returns how many words it spans.
/// `words` must be lowercase.
pub(crate) fn match_at<S: AsRef<str>>(list: &[&str], words: &[S], i: usize) -> Option<usize> {
    let first = words.get(i)?.as_ref();
    if !FIRST_WORDS.contains(first) {
        return None;
    }
    let mut best: Option<usize> = None;
    for entry in list {
        let n = entry.split(' ').count();
        let fits = entry
            .split(' ')
            .enumerate()
            .all(|(k, w)| words.get(i + k).is_some_and(|x| x.as_ref() == w));
        if fits && best.is_none_or(|b| n > b) {
            best = Some(n);
        }
    }
    best
}

/// True when the lowercase word is an auxiliary or adverb allowed between a
/// subject and its verb.
pub(crate) fn is_auxiliary(word: &str) -> bool {
    static SET: LazyLock<HashSet<&str>> = LazyLock::new(|| AUXILIARIES.iter().copied().collect());
    // Dates too: "Pence on Monday said", "Kim in March said".
    SET.contains(word) || super::lexicon::is_calendar_word(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_multiword_verbs() {
        let words = ["moon", "called", "for", "talks"];
        assert_eq!(match_at(REPORT_VERBS, &words, 1), Some(2));
        assert_eq!(match_at(REPORT_VERBS, &words, 0), None);
        let words = ["according", "to", "x"];
        assert_eq!(match_at(QUOTE_VERBS, &words, 0), Some(2));
    }

    #[test]
    fn lists_are_lowercase() {
        for w in QUOTE_VERBS
            .iter()
            .chain(REPORT_VERBS)
            .chain(PARTICIPLES)
            .chain(AUXILIARIES)
        {
            assert_eq!(*w, w.to_lowercase());
        }
    }
}
