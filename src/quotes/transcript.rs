//! Interview transcripts in Q&A form: paragraphs opening with "Q:" are the
//! interviewer's questions and those opening with "A:" are the interviewee's
//! answers. Answers are the interviewee's direct statements although they
//! carry no quotation marks; the interviewee is the first person the
//! introduction names ("Ingrid Solberg, the UN envoy, … spoke to us").

use super::lexicon;
use super::mentions::{Mention, MentionKind};

/// Who is talking in a transcript paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Turn {
    /// The interviewer ("Q:").
    Question,
    /// The interviewee ("A:").
    Answer,
}

/// Speaker labels and the turn they open; matched case-sensitively so that a
/// sentence opening "A: " is a label but "a:" is not.
const LABELS: &[(&str, Turn)] = &[
    ("Q:", Turn::Question),
    ("A:", Turn::Answer),
    ("Question:", Turn::Question),
    ("Answer:", Turn::Answer),
];

/// The transcript paragraphs of an article.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Transcript {
    /// Paragraph indices of the answers.
    pub answers: Vec<usize>,
    /// Byte ranges of every question and answer paragraph.
    pub turns: Vec<(usize, usize)>,
    /// Start byte of the first turn: the introduction ends here.
    pub first_turn: usize,
}

/// The label opening `text[ps..pe]`, if any: its turn and the byte where the
/// spoken words start.
pub(crate) fn label(text: &str, ps: usize, pe: usize) -> Option<(Turn, usize)> {
    let head = text.get(ps..pe)?;
    LABELS.iter().find_map(|(l, turn)| {
        let body = head.strip_prefix(l)?;
        let words = body.trim_start();
        // "A:" must be followed by a space and words, not a time ("A:30").
        (body.len() > words.len() && !words.is_empty())
            .then(|| (*turn, ps + head.len() - words.len()))
    })
}

/// Finds the transcript of an article: only when it has both a question and
/// an answer, so that a lone "A:" list item is not read as an interview.
pub(crate) fn find(text: &str, paras: &[(usize, usize)]) -> Option<Transcript> {
    let mut t = Transcript {
        first_turn: usize::MAX,
        ..Transcript::default()
    };
    let mut questions = 0;
    for (pi, &(ps, pe)) in paras.iter().enumerate() {
        let Some((turn, _)) = label(text, ps, pe) else {
            continue;
        };
        t.first_turn = t.first_turn.min(ps);
        t.turns.push((ps, pe));
        match turn {
            Turn::Question => questions += 1,
            Turn::Answer => t.answers.push(pi),
        }
    }
    (questions > 0 && !t.answers.is_empty()).then_some(t)
}

/// The interviewee: the speaker of the first person named (outside quotes)
/// before the first turn.
pub(crate) fn interviewee(mentions: &[Mention], first_turn: usize) -> Option<usize> {
    let names = || {
        mentions
            .iter()
            .take_while(|m| m.start < first_turn)
            .filter(|m| !m.in_quote && !m.possessive)
    };
    // A guest introduced with a title or role ("interview with Ambassador
    // Helena Morrow") before any name a headline happens to hold.
    let titled = names().find(|m| {
        matches!(&m.kind, MentionKind::Name(n)
            if n.role.as_deref().is_some_and(|r| r.split(' ').any(lexicon::is_role_head)))
    });
    titled
        .or_else(|| names().find(|m| matches!(m.kind, MentionKind::Name(_))))
        .and_then(|m| m.speaker)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quotes::{StatementKind, extract};

    #[test]
    fn labels() {
        let t = "Q: Why? A: Because.";
        assert_eq!(label(t, 0, 7), Some((Turn::Question, 3)));
        assert_eq!(label(t, 8, t.len()), Some((Turn::Answer, 11)));
        assert_eq!(label("A:30 pm", 0, 7), None);
        assert_eq!(label("Asked: no", 0, 9), None);
    }

    #[test]
    fn the_titled_guest_is_the_interviewee_not_a_name_in_the_headline() {
        let t = "Morning Desk: The Administration's Point Person on North Korea\n\n\
                 The following interview with Ambassador Helena Morrow was broadcast on Friday. \
                 The interviewer is Carl Eberhardt.\n\n\
                 Q: Is a strike on the table?\n\n\
                 A: I'm not going to discuss military planning on the radio.";
        let x = extract(t);
        let who: Vec<&str> = x
            .statements
            .iter()
            .map(|s| x.speakers[s.speaker.unwrap()].name.as_str())
            .collect();
        assert_eq!(who, ["Helena Morrow"]);
    }

    #[test]
    fn answers_are_the_interviewees_statements() {
        let t = "GENEVA — Ingrid Solberg, the UN envoy, spoke to us in her office.\n\n\
                 Q: What did you hear?\n\n\
                 A: I heard a great deal of frustration. Sanctions are a tool.\n\n\
                 Q: Did you meet Choe Kwang Hyok?\n\n\
                 A: I met him twice.";
        let x = extract(t);
        let got: Vec<(&str, Option<&str>, StatementKind)> = x
            .statements
            .iter()
            .map(|s| {
                let who = s.speaker.map(|i| x.speakers[i].name.as_str());
                (&t[s.start..s.end], who, s.kind)
            })
            .collect();
        let solberg = Some("Ingrid Solberg");
        assert_eq!(
            got,
            [
                (
                    "I heard a great deal of frustration.",
                    solberg,
                    StatementKind::Direct
                ),
                ("Sanctions are a tool.", solberg, StatementKind::Direct),
                ("I met him twice.", solberg, StatementKind::Direct),
            ]
        );
    }

    #[test]
    fn a_question_may_report_a_third_party() {
        let t = "Oksana Dremova, the spokesperson, took questions.\n\n\
                 Q: The US ambassador to the United Nations, Harriet Colfax, said on Tuesday \
                 that Russia was buying shells. How do you respond?\n\n\
                 A: We have seen these statements.";
        let x = extract(t);
        let who: Vec<(&str, StatementKind)> = x
            .statements
            .iter()
            .map(|s| (x.speakers[s.speaker.unwrap()].name.as_str(), s.kind))
            .collect();
        assert_eq!(
            who,
            [
                ("Harriet Colfax", StatementKind::Reported),
                ("Oksana Dremova", StatementKind::Direct)
            ]
        );
    }

    #[test]
    fn a_lone_label_is_not_a_transcript() {
        let t = "A: first option.\n\nB: second option.";
        assert!(find(t, &crate::quotes::text::paragraphs(t)).is_none());
    }
}
