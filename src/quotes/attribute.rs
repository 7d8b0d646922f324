//! Decides which quotes are statements (not scare quotes or titles) and who
//! said them: "…," X said / said X after the quote, "X said:" or "X told
//! reporters" before it, the other half of a split quote, a quote continued
//! from the previous paragraph, or else the subject of the sentence before.

use super::marks::Quote;
use super::mentions::{DOCUMENTS, Mention, MentionKind};
use super::speech_verbs::{QUOTE_VERBS, REPORT_VERBS};
use super::text::{self, has_alnum, word_count};
use super::window::{Window, mentions_in};

/// A sentence of the article with its paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Sent {
    /// Start byte.
    pub start: usize,
    /// End byte (exclusive).
    pub end: usize,
    /// Paragraph index.
    pub para: usize,
}

/// A quote judged to be a statement, with its speaker if found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct DirectQuote {
    /// Index into the quote list.
    pub quote: usize,
    /// Speaker index, if any.
    pub speaker: Option<usize>,
}

/// How far after a quote we look for its attribution.
const POST_REACH: usize = 300;
/// How far before a quote we look for its attribution.
const PRE_REACH: usize = 400;
/// Quotes shorter than this many words need an adjacent attribution.
const SHORT_QUOTE: usize = 5;
/// Sentences searched backwards for the subject of an unattributed quote.
const FALLBACK_SENTENCES: usize = 3;

/// Attribution found next to a quote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Found {
    /// No attribution.
    None,
    /// Attribution after the quote.
    Post(Option<usize>),
    /// Attribution before the quote ("X said:").
    Pre(Option<usize>),
}

/// Judges every quote and attributes the statements.
pub(crate) fn attribute(
    text: &str,
    quotes: &[Quote],
    sents: &[Sent],
    mentions: &[Mention],
) -> Vec<DirectQuote> {
    let mut out: Vec<DirectQuote> = Vec::new();
    for (qi, q) in quotes.iter().enumerate() {
        if !has_alnum(text, q.inner_start, q.inner_end) {
            continue;
        }
        let si = sentence_of(sents, q.open);
        let sent = sents.get(si).copied().unwrap_or(Sent {
            start: q.open,
            end: q.close_end,
            para: q.para,
        });
        let prev_in_sentence = qi
            .checked_sub(1)
            .map(|p| quotes[p])
            .filter(|p| p.close_end > sent.start && p.para == q.para);
        let seg_start = prev_in_sentence
            .map_or(sent.start, |p| p.close_end)
            .min(q.open);
        let next_open = quotes
            .get(qi + 1)
            .filter(|n| n.para == q.para)
            .map_or(usize::MAX, |n| n.open);
        let post_end = sent
            .end
            .min(next_open)
            .min(text.floor_char_boundary(q.close_end + POST_REACH))
            .max(q.close_end);
        let words = word_count(text, q.inner_start, q.inner_end);
        let found = match post_attribution(text, q.close_end, post_end, mentions) {
            Some(s) => Found::Post(s),
            None => {
                // The reach is in bytes: snap it to a char boundary before slicing.
                let from = seg_start.max(text.ceil_char_boundary(q.open.saturating_sub(PRE_REACH)));
                pre_attribution(text, from, q.open, mentions, words >= SHORT_QUOTE)
                    .map_or(Found::None, Found::Pre)
            }
        };
        let at_start = !has_alnum(text, seg_start, q.open);
        let statement = q.continuation
            || match found {
                Found::Pre(_) => true,
                Found::Post(_) => at_start || words >= SHORT_QUOTE,
                Found::None => {
                    at_start && words >= 4 && prev_in_sentence.is_none_or(|p| p.close_end < q.open)
                }
            };
        if !statement {
            continue;
        }
        let speaker = match found {
            Found::Post(s) | Found::Pre(s) => s,
            Found::None => caption(text, sents, q, mentions)
                .or_else(|| inherited(q, quotes, &out, mentions))
                .or_else(|| fallback(text, sents, si, q.open, mentions)),
        };
        out.push(DirectQuote { quote: qi, speaker });
    }
    out
}

/// The speaker a broadcast caption names under a soundbite: a paragraph
/// that is only the quote, then "(Kang Hye-rin / Unification Ministry
/// Spokesperson)".
fn caption(text: &str, sents: &[Sent], q: &Quote, mentions: &[Mention]) -> Option<usize> {
    // Sentences are in text order: binary searches, not a scan per quote.
    let next_para = sents.partition_point(|s| s.para <= q.para);
    let next = sents.get(next_para).filter(|s| s.para == q.para + 1)?;
    let after_quote = sents.partition_point(|s| s.end <= q.close_end);
    let rest_of_para = sents[after_quote.min(next_para)..next_para]
        .iter()
        .any(|s| has_alnum(text, q.close_end.max(s.start), s.end));
    let line = text[next.start..next.end].trim();
    let slash = line.find(" / ")?;
    if rest_of_para || !line.starts_with('(') || !line.ends_with(')') {
        return None;
    }
    usable(mentions, next.start, next.start + slash).find_map(|m| m.speaker)
}

/// Index of the sentence holding byte `pos` (or the last one before it).
pub(crate) fn sentence_of(sents: &[Sent], pos: usize) -> usize {
    sents.partition_point(|s| s.start <= pos).saturating_sub(1)
}

/// Usable mentions (outside quotes) in a range.
fn usable(mentions: &[Mention], start: usize, end: usize) -> impl Iterator<Item = &Mention> {
    mentions_in(mentions, start, end)
        .iter()
        .filter(|m| !m.in_quote)
}

/// "…," X said / said X / according to X, right after the quote.
fn post_attribution(
    text: &str,
    from: usize,
    to: usize,
    mentions: &[Mention],
) -> Option<Option<usize>> {
    let w = Window::new(text, from, to);
    let mut i = 0;
    while i < w.toks.len() && matches!(w.low(i), "," | "—" | "–" | "-" | "(") {
        i += 1;
    }
    let first = w.toks.get(i)?;
    if !first.word {
        return None;
    }
    // A dash and a name under the quote credit it without a verb, as a
    // fact-check or an epigraph does ("— Sen. Loretta Vance, in a floor
    // speech").
    let dashed = (0..i).any(|k| matches!(w.low(k), "—" | "–"));
    if dashed && let Some(m) = usable(mentions, first.start, first.end).find(|m| !m.possessive) {
        return Some(m.speaker);
    }
    if let Some(n) = w.verb_at(QUOTE_VERBS, i) {
        // "said U.N. spokesman Emilio Ferraz": the speaker may start a
        // couple of capitalised words (a body, a country) after the verb.
        let next = w.toks.get(i + n)?;
        let lead = (i + n..(i + n + 4).min(w.toks.len()))
            .take_while(|&k| text::is_capitalised(w.toks[k].text(text)) || w.low(k) == ".")
            .count();
        let reach = w.toks.get(i + n + lead).map_or(next.end, |t| t.start + 1);
        if let Some(m) = usable(mentions, next.start, reach.max(next.end)).next() {
            return Some(m.speaker);
        }
        return document_source(&w, i + n, mentions).map(|m| m.speaker);
    }
    // The subject may follow a determiner or possessive ("the North's
    // official Korean Central News Agency said").
    let reach = w.toks.get(i + SUBJECT_LEAD).map_or(to, |t| t.start);
    let m = usable(mentions, first.start, reach).next()?;
    if m.possessive || w.words_between(i, w.tok_at(m.start)) >= SUBJECT_LEAD {
        return None;
    }
    let v = w
        .verb_after(QUOTE_VERBS, m.appos_end)
        .or_else(|| w.verb_after(REPORT_VERBS, m.appos_end))?;
    // The verb must be close: "…," Hale told reporters — not a later clause.
    // An aside in commas does not count ("KCNA, the North's official news
    // agency, said").
    let from = w.tok_at(m.appos_end);
    let from = (from..v)
        .rev()
        .find(|&k| w.low(k) == ",")
        .map_or(from, |k| k + 1);
    (w.words_between(from, v) <= 4).then_some(m.speaker)
}

/// The source of a document named after the verb ("…," said a commentary
/// published by Xinhua News Agency): the body after "by", "from" or "of".
fn document_source<'m>(w: &Window, k: usize, mentions: &'m [Mention]) -> Option<&'m Mention> {
    if !matches!(w.low(k), "a" | "an" | "the") || !DOCUMENTS.contains(&w.low(k + 1)) {
        return None;
    }
    let via = (k + 2..k + 5).find(|&j| matches!(w.low(j), "by" | "from" | "of" | "in"))?;
    let source = w.toks.get(via + 1)?;
    usable(
        mentions,
        source.start,
        w.toks.get(via + 4).map_or(source.end, |t| t.end),
    )
    .find(|m| m.speaker.is_some())
}

/// Words that may precede the subject of a post-quote attribution.
const SUBJECT_LEAD: usize = 3;

/// "X said:" / "X told reporters:" / "X said" right before the quote.
/// A short quote must follow its verb directly ("said “too early”"); a longer
/// one may have a short object in between ("told reporters “…”").
fn pre_attribution(
    text: &str,
    from: usize,
    to: usize,
    mentions: &[Mention],
    long: bool,
) -> Option<Option<usize>> {
    let head = without_quoting_aside(text[from..to].trim_end());
    let trimmed = head.trim_end_matches([',', ' ', '\n', '—', '–']);
    let end = from + trimmed.len();
    if trimmed.ends_with(':') {
        return subject(text, mentions, from, end).map(|m| m.speaker);
    }
    let w = Window::new(text, from, end);
    let n = w.toks.len();
    // The verb may be followed by a short object or "that" ("told reporters").
    let gap = if long { 4 } else { 1 };
    let v = (n.saturating_sub(gap)..n)
        .find(|&k| w.verb_at(QUOTE_VERBS, k).is_some() && w.toks[k + 1..].iter().all(|t| t.word));
    // "said that “…”" is as direct as "said “…”" — for a whole clause; a
    // word or two after "that" is a partial quote woven into reported
    // speech ("argued that “patience” was another word for…").
    let v = v.or_else(|| {
        (long && n >= 2 && w.low(n - 1) == "that")
            .then(|| n - 2)
            .filter(|&k| w.verb_at(QUOTE_VERBS, k).is_some())
    })?;
    let verb_start = w.toks[v].start;
    let m = usable(mentions, from, verb_start)
        .filter(|m| !m.possessive && !m.modifier)
        .filter(|m| w.verb_after(QUOTE_VERBS, m.appos_end) == Some(v))
        .last()?;
    Some(m.speaker)
}

/// A head without the spoken aside that announces a quote ("…told reporters
/// in Seoul, and I'm quoting here, “…”", "…said, quote, “…”").
fn without_quoting_aside(head: &str) -> &str {
    const ASIDES: &[&str] = &[
        "quote",
        "i quote",
        "and i quote",
        "i'm quoting",
        "i’m quoting",
        "and i'm quoting here",
        "and i’m quoting here",
        "and i am quoting here",
        "i'm quoting here",
        "i’m quoting here",
    ];
    let bare = head.trim_end_matches([',', ' ']);
    ASIDES
        .iter()
        .find_map(|a| {
            let cut = bare.len().checked_sub(a.len())?;
            let (before, aside) = (bare.get(..cut)?, bare.get(cut..)?);
            (aside.eq_ignore_ascii_case(a) && before.ends_with(", ")).then(|| &before[..cut - 2])
        })
        .unwrap_or(head)
}

/// The sentence subject: the first usable mention followed by a speech verb
/// ("In a statement through KCNA, Kim Yo Jong said:"), else the first
/// non-possessive one, else the first.
fn subject<'m>(
    text: &str,
    mentions: &'m [Mention],
    start: usize,
    end: usize,
) -> Option<&'m Mention> {
    let all: Vec<&Mention> = usable(mentions, start, end)
        .filter(|m| m.speaker.is_some())
        .take(8)
        .collect();
    let w = Window::new(
        text,
        start,
        text.floor_char_boundary(end.min(start + 2 * PRE_REACH))
            .max(start),
    );
    let speaking = all.iter().find(|m| {
        !m.possessive
            && (w.verb_after(QUOTE_VERBS, m.appos_end).is_some()
                || w.verb_after(REPORT_VERBS, m.appos_end).is_some())
    });
    speaking
        .or_else(|| all.iter().find(|m| !m.possessive && !m.modifier))
        .or(all.first())
        .copied()
}

/// Speaker carried over from the quote this one continues, or from the
/// previous statement in the same paragraph when nobody else spoke between.
fn inherited(
    q: &Quote,
    quotes: &[Quote],
    done: &[DirectQuote],
    mentions: &[Mention],
) -> Option<usize> {
    let prev = done.last()?;
    let pq = quotes.get(prev.quote)?;
    let speaker = prev.speaker?;
    if q.continuation && pq.continues {
        return Some(speaker);
    }
    if pq.para != q.para {
        return None;
    }
    let other = usable(mentions, pq.close_end, q.open).any(|m| {
        m.speaker.is_some()
            && m.speaker != Some(speaker)
            && !matches!(m.kind, MentionKind::Pronoun(_))
    });
    (!other).then_some(speaker)
}

/// Subject of the nearest earlier sentence in this or the previous paragraph.
fn fallback(
    text: &str,
    sents: &[Sent],
    si: usize,
    open: usize,
    mentions: &[Mention],
) -> Option<usize> {
    let para = sents.get(si)?.para;
    if let Some(m) = subject(text, mentions, sents[si].start, open) {
        return m.speaker;
    }
    (si.saturating_sub(FALLBACK_SENTENCES)..si)
        .rev()
        .take_while(|&k| sents[k].para + 1 >= para)
        .find_map(|k| subject(text, mentions, sents[k].start, sents[k].end))
        .and_then(|m| m.speaker)
}

#[cfg(test)]
mod tests {
    use crate::quotes::extract;

    fn said(t: &str) -> Vec<(String, Option<String>)> {
        let x = extract(t);
        x.statements
            .iter()
            .map(|s| {
                (
                    t[s.start..s.end].to_string(),
                    s.speaker.map(|i| x.speakers[i].name.clone()),
                )
            })
            .collect()
    }

    /// The speaker of each statement, "-" for none.
    fn speakers(t: &str) -> Vec<String> {
        said(t)
            .into_iter()
            .map(|(_, w)| w.unwrap_or_else(|| "-".into()))
            .collect()
    }

    #[test]
    fn european_quote_marks_and_a_name_closing_the_sentence() {
        let got = said(
            "„Dialogue is the only way forward“, said Germany's ambassador, Klaus Weber. \
             «We will not reward provocations», said the French envoy, Claire Dumont.",
        );
        let who: Vec<_> = got.iter().map(|(_, w)| w.as_deref()).collect();
        assert_eq!(who, [Some("Klaus Weber"), Some("Claire Dumont")]);
        assert_eq!(got[0].0, "Dialogue is the only way forward");
        // A German quote closes after its full stop and the next one opens a sentence.
        let got = said(
            "„We have only emptied it“, wrote Ryang Chol Jin. „An embassy is no reward. \
             It is a place to listen.“",
        );
        let texts: Vec<_> = got.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(
            texts,
            [
                "We have only emptied it",
                "An embassy is no reward.",
                "It is a place to listen."
            ]
        );
        assert!(
            got.iter()
                .all(|(_, w)| w.as_deref() == Some("Ryang Chol Jin"))
        );
    }

    #[test]
    fn a_possessive_lead_in_hands_over_to_the_quote() {
        let got = said(
            "Ambassador Beat Zollinger has chaired the talks since 2019. \
             His verdict is blunt: “Nothing has moved in two years.”",
        );
        assert_eq!(
            got,
            [(
                "Nothing has moved in two years.".into(),
                Some("Beat Zollinger".into())
            )]
        );
    }

    #[test]
    fn a_dash_and_a_name_under_a_quote_credit_it() {
        let got = said(
            "CLAIM ONE\n\n“North Korea fired more missiles last year than ever before.”\n\
             — Sen. Loretta Vance, in a floor speech on Feb. 6",
        );
        assert_eq!(got[0].1.as_deref(), Some("Loretta Vance"), "{got:?}");
    }

    #[test]
    fn groups_speak_in_communiques() {
        let who = speakers(
            "“We condemn the launch,” the G7 foreign ministers said. \
             “Dialogue is the only path,” ASEAN said in a statement. \
             “No threat,” US Indo-Pacific Command said.",
        );
        assert_eq!(
            who,
            [
                "the G7 foreign ministers",
                "ASEAN",
                "US Indo-Pacific Command"
            ]
        );
    }

    #[test]
    fn compound_ranks_peers_and_divisions() {
        let who = speakers(
            "“We logged every move,” said Wing Commander Ayesha Doyle. \
             “We are ready,” said Rear Admiral Tom Baxter. \
             “Families want this,” said Assemblymember Daniel Kwak. \
             “Release them,” said Deputy Director-General Emiko Sawada. \
             “Farmers, not soldiers,” said Paju Mayor Lim Dong-kyu. \
             “Watching is not enough,” South Australian independent senator Nola Frencham wrote. \
             Lord Harwood of Tenby, a former minister, spoke. “Talk to them,” he said. \
             “Stay calm,” the Alaska Division of Emergency Management said. \
             “No alerts,” the state Office of Civil Defense said.",
        );
        assert_eq!(
            who,
            [
                "Ayesha Doyle",
                "Tom Baxter",
                "Daniel Kwak",
                "Emiko Sawada",
                "Lim Dong-kyu",
                "Nola Frencham",
                "Harwood",
                "the Alaska Division of Emergency Management",
                "the state Office of Civil Defense"
            ]
        );
    }

    #[test]
    fn post_and_pre_attribution() {
        let got = said(
            "“We are ready,” said Chief Cabinet Secretary Aiko Takeda. Defence Minister Kim Hyun-woo told the council: “We will respond.”",
        );
        assert_eq!(got[0], ("We are ready".into(), Some("Aiko Takeda".into())));
        assert_eq!(
            got[1],
            ("We will respond.".into(), Some("Kim Hyun-woo".into()))
        );
    }

    #[test]
    fn post_attribution_through_asides_and_acronyms() {
        let got = said(
            "“Japan should know it is in range,” KCNA, the North's official news agency, said in a commentary.",
        );
        assert_eq!(got[0].1.as_deref(), Some("KCNA"), "{got:?}");
        let got = said(
            "“There will be no talks,” the North’s official Korean Central News Agency (KCNA) said in a commentary.",
        );
        assert_eq!(got[0].1.as_deref(), Some("KCNA"), "{got:?}");
    }

    #[test]
    fn split_quote_gives_two_statements() {
        let got =
            said("Park Seo-yeon spoke. “We are ready,” Ms Park said, “but not at any price.”");
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(
            got[1],
            ("but not at any price.".into(), Some("Park Seo-yeon".into()))
        );
    }

    #[test]
    fn scare_quotes_are_not_statements() {
        let got =
            said("The so-called “maximum pressure” campaign goes on. He wants “meaningful” talks.");
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn partial_quote_inside_reported_speech_is_not_a_statement() {
        let got = said("Secretary of State Mike Pompeo said he expected “real progress” soon.");
        assert_eq!(got.len(), 1);
        assert!(got[0].0.starts_with("Secretary of State"), "{got:?}");
    }

    #[test]
    fn short_quote_after_that_is_part_of_reported_speech() {
        let got = said(
            "A senior State Department official argued that “patience” was simply another word for delay.",
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].0.starts_with("A senior"), "{got:?}");
    }

    #[test]
    fn short_quote_after_said_is_a_statement() {
        let got = said(
            "Secretary of State Rex Tillerson spoke. He said “it's too early to judge” whether talks start.",
        );
        assert_eq!(
            got[0],
            (
                "it's too early to judge".into(),
                Some("Rex Tillerson".into())
            )
        );
    }
}
