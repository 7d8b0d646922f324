//! The entry point: runs the pipeline over one article and assembles the
//! statements (one per quoted sentence, one per reported sentence) and the
//! speakers they are credited to.

use std::collections::HashMap;

use super::attribute::{self, Sent};
use super::marks::{self, Quote};
use super::speech_verbs::QUOTE_VERBS;
use super::text::{self, has_alnum, paragraphs};
use super::{
    Extracted, Extraction, StatementKind, mentions, reported, resolve, script, sentences,
    transcript,
};

/// How far into a paragraph a dateline ("SEOUL, Jan. 9 (Wire) - ") may run.
const DATELINE_REACH: usize = 100;

/// Extracts every statement of an article and attributes it to a speaker.
///
/// `text` is the article: headline line(s) and paragraphs separated by blank
/// lines. Each statement's `&text[start..end]` is the statement without quote
/// marks or attribution. Never panics; runs in time linear in the text.
///
/// ```
/// let text = "“We are ready,” Unification Minister Park Ji-hoon said.";
/// let x = nkstance::quotes::extract(text);
/// let s = &x.statements[0];
/// assert_eq!(&text[s.start..s.end], "We are ready");
/// let who = s.speaker.map(|i| x.speakers[i].name.as_str());
/// assert_eq!(who, Some("Park Ji-hoon"));
/// ```
pub fn extract(text: &str) -> Extraction {
    let paras = paragraphs(text);
    let quotes = marks::find(text, &paras);
    let protected: Vec<(usize, usize)> = quotes
        .iter()
        .map(|q| (q.inner_start, q.inner_end))
        .collect();
    let turns = script::find(text, &paras);
    let sents = build_sentences(text, &paras, &protected, &turns);
    let ranges: Vec<(usize, usize)> = sents.iter().map(|s| (s.start, s.end)).collect();
    let mut mentions = mentions::find(text, &ranges, &protected, &script::names(&turns));
    let mut entries = resolve::resolve(text, &mut mentions, sents.len());
    let direct = attribute::attribute(text, &quotes, &sents, &mentions);
    let interview = transcript::find(text, &paras);

    let mut raw: Vec<Extracted> = Vec::new();
    let mut taken: Vec<(usize, usize)> = Vec::new();
    // Paragraphs whose every sentence is already a direct statement.
    let mut spoken: Vec<usize> = Vec::new();
    if let Some(t) = &interview {
        raw.extend(answers(text, t, &sents, &mentions));
        // Answers are already statements. Questions stay open to reported
        // speech: "Q: The US ambassador, Harriet Colfax, said on Tuesday
        // that…" reports her words.
        spoken.extend(&t.answers);
    }
    let mut quoted_paras: Vec<usize> = quotes.iter().map(|q| q.para).collect();
    quoted_paras.dedup();
    let labelled = if turns.is_empty() {
        Vec::new()
    } else {
        let reporters = script::Reporters::new(text, &paras, &turns);
        labelled_turns(&turns, &reporters, &quoted_paras, &mut entries)
    };
    // Where each speaker's words begin: every labelled turn (a host's
    // speaks for nobody) and the author of a prepared statement.
    let mut openers: Vec<Opener> = turns
        .iter()
        .map(|t| {
            // Both lists are in paragraph order.
            let speaker = labelled
                .binary_search_by_key(&t.para, |&(p, _)| p)
                .ok()
                .and_then(|i| labelled[i].1);
            Opener {
                para: t.para,
                speaker,
                spoke: true,
            }
        })
        .collect();
    openers.extend(document_author(text, &paras, &mentions));
    openers.sort_unstable();
    let continued = continued_turns(text, &paras, &openers, &quoted_paras, &spoken);
    let led = led_in(text, &paras, &quoted_paras, &turns, &mentions);
    for (para, speaker) in labelled.into_iter().chain(continued).chain(led) {
        raw.extend(para_statements(text, &sents, para, speaker));
        spoken.push(para);
    }
    spoken.sort_unstable();
    taken.extend(spoken.iter().map(|&pi| paras[pi]));
    for d in &direct {
        let q = quotes[d.quote];
        if spoken.binary_search(&q.para).is_ok() {
            continue;
        }
        taken.push((q.open, q.close_end));
        for (start, end) in quote_sentences(text, &q) {
            raw.push(Extracted {
                speaker: d.speaker,
                kind: StatementKind::Direct,
                start,
                end,
            });
        }
        let next_quote = quotes.get(d.quote + 1).map(|n| n.open);
        if let (Some(speaker), Some((start, end))) = (
            d.speaker,
            reported::tail_after_quote(text, &sents, q.close_end, next_quote),
        ) {
            raw.push(Extracted {
                speaker: Some(speaker),
                kind: StatementKind::Reported,
                start,
                end,
            });
        }
    }
    taken.sort_unstable();
    for r in reported::find(text, &sents, &mentions, &taken, &protected) {
        raw.push(Extracted {
            speaker: Some(r.speaker),
            kind: if r.partial_quote {
                StatementKind::Direct
            } else {
                StatementKind::Reported
            },
            start: r.start,
            end: r.end,
        });
    }
    raw.sort_by_key(|s| (s.start, s.end));
    // Private citizens' words are nobody's statements here (and must not
    // fall to a neighbouring official either).
    let mut civilian: Vec<bool> = entries.iter().map(resolve::Entry::is_civilian).collect();
    if entries.iter().any(resolve::Entry::maybe_civilian) {
        let near = script::near_roles(text, 10, 10);
        for (flag, e) in civilian.iter_mut().zip(&entries) {
            *flag |= e.maybe_civilian() && !e.named_near_a_role(&near);
        }
    }
    raw.retain(|s| s.speaker.is_none_or(|i| !civilian[i]));
    compact(entries.into_iter().map(|e| e.speaker).collect(), raw)
}

/// The sentences of a transcript's answers, as direct statements of the
/// interviewee.
fn answers(
    text: &str,
    t: &transcript::Transcript,
    sents: &[Sent],
    mentions: &[mentions::Mention],
) -> Vec<Extracted> {
    let speaker = transcript::interviewee(mentions, t.first_turn);
    t.answers
        .iter()
        .flat_map(|&para| para_statements(text, sents, para, speaker))
        .collect()
}

/// The labelled turns that name a speaker, as (paragraph, speaker index);
/// hosts' and questioners' turns and labels naming nobody are left out.
/// A labelled journalist ("DAN WHITCROFT:" after "our correspondent is Dan
/// Whitcroft"), or a speaker the article never introduced whose turn relays
/// someone else's quoted words, is reporting: the quotes and reported speech
/// inside the turn are found as in any paragraph.
fn labelled_turns(
    turns: &[script::Turn],
    reporters: &script::Reporters,
    quoted_paras: &[usize],
    entries: &mut Vec<resolve::Entry>,
) -> Vec<(usize, Option<usize>)> {
    turns
        .iter()
        .filter_map(|t| {
            let script::Label::Speaker {
                name,
                written,
                role,
                shouted,
            } = &t.label
            else {
                return None;
            };
            let known = entries.len();
            let i = resolve::label_speaker(entries, name, written, role, *shouted)?;
            let relays = i >= known && quoted_paras.binary_search(&t.para).is_ok();
            let reporting = reporters.reporting(name, entries[i].speaker.role.is_some());
            (!relays && !reporting).then_some((t.para, Some(i)))
        })
        .collect()
}

/// Unlabelled paragraphs that carry on a speaker's turn: in a transcript a
/// long answer or a speech runs over several paragraphs and only the first
/// is labelled ("SECRETARY CASTELLANO: Aloha…" then the speech). A turn
/// goes on until the next label; a host's or questioner's turn, a bullet, a
/// Q/A paragraph or a heading (a line without a full stop) ends it. Only
/// paragraphs in the first person are taken ("I came to Honolulu…", "we"):
/// the clerk's or reporter's closing lines ("The hearing was adjourned.")
/// are not, nor paragraphs with quotation marks, which are read as any.
/// `quoted_paras` and `taken` are sorted paragraph indices.
fn continued_turns(
    text: &str,
    paras: &[(usize, usize)],
    openers: &[Opener],
    quoted_paras: &[usize],
    taken: &[usize],
) -> Vec<(usize, Option<usize>)> {
    let mut out = Vec::new();
    let mut current: Option<usize> = None;
    let mut spoke = false;
    let mut next_opener = openers.iter().peekable();
    for (pi, &(ps, pe)) in paras.iter().enumerate() {
        if let Some(o) = next_opener.next_if(|o| o.para == pi) {
            (current, spoke) = (o.speaker, o.spoke);
            continue;
        }
        let Some(speaker) = current else { continue };
        let words = text[ps..pe].trim_end();
        // A prepared statement's header lines (venue, hearing, date) come
        // before its first words and do not end it.
        let heading = !words.ends_with(['.', '?', '!', ')', '"', '”', '’']);
        if heading && !spoke {
            continue;
        }
        if heading
            || taken.binary_search(&pi).is_ok()
            || text::is_bulleted(text, ps)
            || transcript::label(text, ps, pe).is_some()
        {
            current = None;
            continue;
        }
        if quoted_paras.binary_search(&pi).is_err() && in_first_person(words) {
            out.push((pi, Some(speaker)));
            spoke = true;
        }
    }
    out
}

/// Where a speaker's words begin: a labelled turn, or the byline of a
/// prepared statement the article reproduces.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Opener {
    /// Paragraph index.
    para: usize,
    /// Who speaks from here on (`None` for a host or questioner).
    speaker: Option<usize>,
    /// The opener is itself speech (a turn), so a heading after it ends it.
    spoke: bool,
}

/// The author of a prepared text the article reproduces whole: under a
/// heading such as "STATEMENT FOR THE RECORD", "Testimony of" or "Remarks
/// by", the first person named within the next three paragraphs. Returns
/// the paragraph naming them and their speaker; the first-person paragraphs
/// after it are theirs (see [`continued_turns`]).
fn document_author(
    text: &str,
    paras: &[(usize, usize)],
    mentions: &[super::mentions::Mention],
) -> Option<Opener> {
    const HEADINGS: &[&str] = &[
        "statement for the record",
        "prepared statement",
        "opening statement",
        "written testimony",
        "testimony of",
        "statement of",
        "remarks by",
        "prepared remarks",
        "remarks as prepared",
        "remarks as delivered",
    ];
    let heading = paras.iter().take(6).position(|&(ps, pe)| {
        let line = text[ps..pe].lines().next().unwrap_or("").trim();
        let low = line.to_lowercase();
        line.len() < 120 && !line.ends_with('.') && HEADINGS.iter().any(|h| low.starts_with(h))
    })?;
    let (_, limit) = *paras.get((heading + 3).min(paras.len() - 1))?;
    let author = mentions.iter().find(|m| {
        m.start >= paras[heading].0
            && m.end <= limit
            && !m.in_quote
            && matches!(m.kind, super::mentions::MentionKind::Name(_))
            && m.speaker.is_some()
    })?;
    Some(Opener {
        para: para_of(paras, author.start),
        speaker: author.speaker,
        spoke: false,
    })
}

/// Index of the paragraph holding byte `at` (the last one starting at or
/// before it).
fn para_of(paras: &[(usize, usize)], at: usize) -> usize {
    paras.partition_point(|&(ps, _)| ps <= at).saturating_sub(1)
}

/// True when the words speak in the first person ("I", "we're", "our").
fn in_first_person(words: &str) -> bool {
    words.split(|c: char| !c.is_alphabetic()).any(|w| {
        matches!(
            w,
            "I" | "we" | "We" | "our" | "Our" | "us" | "my" | "My" | "me"
        )
    })
}

/// Paragraphs of unquoted words led in by the paragraph before, which ends
/// in a colon after a speaker and a speech verb: a written answer after
/// "Answered by Rebecca Thornwell, Minister of State…, on 14 October:", a
/// statement after "The ministry said in a statement:". Only the one
/// paragraph that follows, and only when it holds no quotation and no
/// speaker label of its own.
fn led_in(
    text: &str,
    paras: &[(usize, usize)],
    quoted_paras: &[usize],
    turns: &[script::Turn],
    mentions: &[super::mentions::Mention],
) -> Vec<(usize, Option<usize>)> {
    // A quote verb, or the written answer's "Answered by".
    let speech_verb = |w: &str| {
        w.eq_ignore_ascii_case("answered") || QUOTE_VERBS.iter().any(|v| w.eq_ignore_ascii_case(v))
    };
    let labelled = |p: usize| turns.binary_search_by_key(&p, |t| t.para).is_ok();
    let mut out = Vec::new();
    for (pi, pair) in paras.windows(2).enumerate() {
        let ((ls, le), next) = (pair[0], pi + 1);
        let lead = &text[ls..le];
        let free = quoted_paras.binary_search(&pi).is_err()
            && quoted_paras.binary_search(&next).is_err()
            && !labelled(pi)
            && !labelled(next);
        let speaks =
            lead.ends_with(':') && lead.split(|c: char| !c.is_alphabetic()).any(speech_verb);
        if !free || !speaks {
            continue;
        }
        // The speaker of the lead's last sentence, the one with the colon.
        let lead_mentions: Vec<_> = super::window::mentions_in(mentions, ls, le)
            .iter()
            .filter(|m| !m.possessive && !m.in_quote)
            .collect();
        let last = lead_mentions.iter().map(|m| m.sentence).max();
        let speaker = lead_mentions
            .iter()
            .filter(|m| Some(m.sentence) == last)
            .find_map(|m| m.speaker);
        if speaker.is_some() {
            out.push((next, speaker));
        }
    }
    out
}

/// Every sentence of paragraph `para` as a direct statement of `speaker`,
/// except courtesies ("Thank you, Mr. Chairman.") and stage directions or
/// references in brackets ("(Applause.)", "[906114]").
fn para_statements(
    text: &str,
    sents: &[Sent],
    para: usize,
    speaker: Option<usize>,
) -> impl Iterator<Item = Extracted> {
    // Sentences come in paragraph order: read only this paragraph's.
    let from = sents.partition_point(|s| s.para < para);
    let to = sents.partition_point(|s| s.para <= para);
    sents[from..to.max(from)]
        .iter()
        .filter(move |s| {
            let words = &text[s.start..s.end];
            has_alnum(text, s.start, s.end) && !courtesy(words) && !bracketed(words)
        })
        .map(move |s| Extracted {
            speaker,
            kind: StatementKind::Direct,
            start: s.start,
            end: s.end,
        })
}

/// A sentence wholly inside brackets, or one without a letter: a stage
/// direction ("(Applause.)", "[Interruption.]") or a reference ("[906114]").
fn bracketed(sentence: &str) -> bool {
    let s = sentence.trim();
    let wrapped =
        (s.starts_with('(') && s.ends_with(')')) || (s.starts_with('[') && s.ends_with(']'));
    wrapped || !s.chars().any(char::is_alphabetic)
}

/// A short thanks or greeting that carries no statement.
fn courtesy(sentence: &str) -> bool {
    const OPENERS: &[&str] = &[
        "thank you",
        "thanks",
        "good morning",
        "good afternoon",
        "good evening",
    ];
    let head = sentence.trim_start();
    sentence.split_whitespace().count() <= 6
        && OPENERS.iter().any(|o| {
            head.get(..o.len())
                .is_some_and(|h| h.eq_ignore_ascii_case(o))
        })
}

/// Keeps only speakers with statements and renumbers the statements.
fn compact(all: Vec<super::Speaker>, mut statements: Vec<Extracted>) -> Extraction {
    let mut map: HashMap<usize, usize> = HashMap::new();
    let mut speakers = Vec::new();
    for s in &mut statements {
        s.speaker = s.speaker.and_then(|old| {
            let speaker = all.get(old)?;
            Some(*map.entry(old).or_insert_with(|| {
                speakers.push(speaker.clone());
                speakers.len() - 1
            }))
        });
    }
    Extraction {
        speakers,
        statements,
    }
}

/// Sentences of every paragraph, keeping quotes whole and datelines out.
fn build_sentences(
    text: &str,
    paras: &[(usize, usize)],
    protected: &[(usize, usize)],
    turns: &[script::Turn],
) -> Vec<Sent> {
    let mut out = Vec::new();
    let mut turns = turns.iter().peekable();
    for (pi, &(ps, pe)) in paras.iter().enumerate() {
        let a = protected.partition_point(|r| r.1 <= ps);
        let b = protected.partition_point(|r| r.0 < pe);
        let start = skip_timestamp(text, skip_dateline(text, ps, pe), pe);
        // A transcript's "Q:"/"A:" or speaker label is not part of the
        // spoken words.
        let start = transcript::label(text, start, pe).map_or(start, |(_, body)| body);
        let start = match turns.next_if(|t| t.para == pi) {
            Some(turn) => turn.body,
            None => start,
        };
        for (s, e) in sentences::split(text, start, pe, &protected[a..b.max(a)]) {
            out.push(Sent {
                start: s,
                end: e,
                para: pi,
            });
        }
    }
    out
}

/// Start of the paragraph after a dateline such as
/// "WASHINGTON, Sept. 5, 2017 (Wire) - ".
fn skip_dateline(text: &str, ps: usize, pe: usize) -> usize {
    let reach = text::floor_boundary(text, (ps + DATELINE_REACH).min(pe));
    let head = &text[ps..reach];
    let first: String = head
        .chars()
        .take_while(|c| c.is_alphabetic() || *c == '/')
        .collect();
    if first.chars().filter(|c| c.is_alphabetic()).count() < 3 || !text::is_all_caps(&first) {
        return ps;
    }
    for dash in [" - ", " — ", " – ", " -- "] {
        if let Some(i) = head.find(dash) {
            return ps + i + dash.len();
        }
    }
    ps
}

/// Start of the paragraph after a live-blog timestamp ("11:50 — ",
/// "08:40 BST - ", "9.15am: "): the time stamps the entry and belongs to no
/// sentence, so the entry's first words can open a clause.
fn skip_timestamp(text: &str, ps: usize, pe: usize) -> usize {
    let head = &text[ps..text::floor_boundary(text, (ps + 24).min(pe))];
    let hour = head.bytes().take_while(u8::is_ascii_digit).count();
    let sep = head.as_bytes().get(hour).copied();
    let minutes = head
        .get(hour + 1..)
        .map_or(0, |r| r.bytes().take_while(u8::is_ascii_digit).count());
    if !(1..=2).contains(&hour) || !matches!(sep, Some(b':' | b'.')) || minutes != 2 {
        return ps;
    }
    // Then up to two labels: "am"/"pm" and a zone ("GMT", "BST", "KST").
    let mut after = head[hour + 1 + minutes..].trim_start();
    for _ in 0..2 {
        let word = after
            .split(|c: char| !c.is_ascii_alphabetic())
            .next()
            .unwrap_or("");
        let label =
            matches!(word, "am" | "pm" | "a" | "p") || (word.len() <= 4 && text::is_all_caps(word));
        if word.is_empty() || !label {
            break;
        }
        after = after[word.len()..].trim_start_matches('.').trim_start();
    }
    for sep in ["—", "–", "-", ":", "|"] {
        if let Some(body) = after.strip_prefix(sep) {
            let body = body.trim_start();
            return pe.min(ps + (head.len() - body.len()));
        }
    }
    ps
}

/// The sentences of a quoted passage, trimmed of the comma or dash that
/// precedes the attribution.
fn quote_sentences(text: &str, q: &Quote) -> Vec<(usize, usize)> {
    sentences::split(text, q.inner_start, q.inner_end, &[])
        .into_iter()
        .filter_map(|(s, e)| {
            let piece = &text[s..e];
            let kept = piece.trim_end_matches([',', ';', ':', '—', '–', '-', ' ', '\n', '\t']);
            let end = s + kept.len();
            (end > s && has_alnum(text, s, end)).then_some((s, end))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_bounds(t: &str) {
        let x = extract(t);
        for s in &x.statements {
            assert!(s.start < s.end && s.end <= t.len());
            assert!(t.is_char_boundary(s.start) && t.is_char_boundary(s.end));
            assert!(s.speaker.is_none_or(|i| i < x.speakers.len()));
        }
    }

    #[test]
    fn empty_and_mark_only_texts() {
        assert_eq!(extract(""), Extraction::default());
        for t in [
            "\"",
            "“”",
            "‘’''\"\"",
            "“““",
            "”””",
            "\n\n\n",
            "“ ” ‘ ’ \" '",
        ] {
            check_bounds(t);
        }
    }

    #[test]
    fn unbalanced_quotes() {
        check_bounds("He said “we are ready. Then nothing.\n\nShe said ” nope “ maybe.");
        check_bounds("\"Open without close, Kim said. Another \" and ' stray ’ marks.");
    }

    #[test]
    fn deeply_nested_quotes_finish_fast() {
        let t = "“".repeat(10_000) + "Kim said no" + &"”".repeat(10_000);
        let started = std::time::Instant::now();
        check_bounds(&t);
        let t2 = "\"".repeat(10_000) + &"‘".repeat(10_000) + &"'".repeat(10_000);
        check_bounds(&t2);
        assert!(started.elapsed().as_secs() < 10);
    }

    #[test]
    fn long_single_line_is_linear() {
        let line = "Mr Kim said “we are ready” and Ms Park, a senior official, warned that "
            .repeat(15_000);
        let started = std::time::Instant::now();
        check_bounds(&line);
        assert!(started.elapsed().as_secs() < 20);
    }

    #[test]
    fn odd_unicode() {
        check_bounds(
            "Ri said “\u{200b}ok\u{feff}” é́́ 👍🏽 “العربية”, said Mr. Ümit. \u{0}\u{7f}\u{10ffff}",
        );
        check_bounds("“日本語の文です。” 金正恩 said. “Ünïcödé…” — Ms Ｋｉｍ said");
    }

    #[test]
    fn dateline_is_skipped() {
        let t = "SEOUL, Jan. 9, 2018 (Wire) - The talks will resume, Unification Minister Park Ji-hoon said.";
        let x = extract(t);
        assert_eq!(
            &t[x.statements[0].start..x.statements[0].end],
            "The talks will resume, Unification Minister Park Ji-hoon said."
        );
    }

    #[test]
    fn live_blog_timestamp_is_skipped() {
        let t = "11:50 — Unification Ministry spokeswoman Lee Min-ah says the offer remains on the table.";
        let x = extract(t);
        assert_eq!(
            &t[x.statements[0].start..x.statements[0].end],
            "Unification Ministry spokeswoman Lee Min-ah says the offer remains on the table."
        );
        let t = "9.15am BST: Defence Minister Yoon Tae-sik said the missile flew 450km.";
        let x = extract(t);
        assert!(t[x.statements[0].start..].starts_with("Defence Minister"));
        // A figure is not a timestamp.
        assert_eq!(skip_timestamp("12.5 per cent - rest", 0, 20), 0);
    }

    #[test]
    fn multi_paragraph_quote() {
        let t = "Defence Minister Kim Hyun-woo told the council: “First part. Second part.\n\n“Third part.”";
        let x = extract(t);
        let got: Vec<&str> = x.statements.iter().map(|s| &t[s.start..s.end]).collect();
        assert_eq!(got, ["First part.", "Second part.", "Third part."]);
        assert!(x.statements.iter().all(|s| {
            s.speaker
                .is_some_and(|i| x.speakers[i].name == "Kim Hyun-woo")
        }));
    }
}
