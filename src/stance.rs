//! The three stance labels of `LABELS.md`, and their fixed order in every
//! probability vector the library produces.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// A speaker's posture in the North Korea dispute.
///
/// ```
/// use nkstance::Stance;
/// let s: Stance = "hardline".parse().unwrap();
/// assert_eq!(s.to_string(), "hardline");
/// assert_eq!(s.index(), 1);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Stance {
    /// Favours dialogue, engagement, easing of tension.
    Conciliatory,
    /// Favours pressure, threats, preconditions, refusal.
    Hardline,
    /// Factual, procedural, hedged or non-committal.
    Neutral,
}

impl Stance {
    /// All labels in index order.
    pub const ALL: [Stance; 3] = [Stance::Conciliatory, Stance::Hardline, Stance::Neutral];

    /// Position of this label in probability vectors.
    pub fn index(self) -> usize {
        self as usize
    }

    /// The label at a probability-vector position.
    pub fn from_index(index: usize) -> Option<Stance> {
        Self::ALL.get(index).copied()
    }

    /// The label's name as written in data files.
    pub fn as_str(self) -> &'static str {
        match self {
            Stance::Conciliatory => "conciliatory",
            Stance::Hardline => "hardline",
            Stance::Neutral => "neutral",
        }
    }
}

impl fmt::Display for Stance {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Error for a string that is not one of the three labels.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown label {0:?} (expected conciliatory, hardline or neutral)")]
pub struct UnknownStance(pub String);

impl FromStr for Stance {
    type Err = UnknownStance;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Stance::ALL
            .into_iter()
            .find(|label| label.as_str() == s)
            .ok_or_else(|| UnknownStance(s.to_string()))
    }
}

/// Stance score a tied record needs to lean conciliatory or hardline.
pub const LEAN: f64 = 0.15;

/// Probabilities of the three labels, in [`Stance::ALL`] order.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Probabilities {
    /// P(conciliatory).
    pub conciliatory: f64,
    /// P(hardline).
    pub hardline: f64,
    /// P(neutral).
    pub neutral: f64,
}

impl Probabilities {
    /// Builds from a vector in label-index order.
    pub fn from_array(p: [f64; 3]) -> Self {
        Probabilities {
            conciliatory: p[0],
            hardline: p[1],
            neutral: p[2],
        }
    }

    /// The vector in label-index order.
    pub fn to_array(self) -> [f64; 3] {
        [self.conciliatory, self.hardline, self.neutral]
    }

    /// The most probable label (ties go to the earlier label).
    pub fn label(self) -> Stance {
        let p = self.to_array();
        let best = (0..3).fold(0, |best, i| if p[i] > p[best] { i } else { best });
        Stance::ALL[best]
    }

    /// The overall label of a speaker whose statements have these mean
    /// probabilities and these label counts (label-index order): the most
    /// probable label, except that a record whose top labels tie in count is
    /// settled by the average, as `LABELS.md` annotators settle a mixed
    /// record: a score beyond ±[`LEAN`] leans that way, and one statement of
    /// each posture is neutral. Without the tie rule one conciliatory and one
    /// neutral statement would fall to whichever was labelled more
    /// confidently.
    pub fn overall_label(self, counts: [usize; 3]) -> Stance {
        let mut sorted = counts;
        sorted.sort_unstable_by(|a, b| b.cmp(a));
        if sorted[0] != sorted[1] {
            return self.label();
        }
        match self.score() {
            s if s > LEAN => Stance::Conciliatory,
            s if s < -LEAN => Stance::Hardline,
            _ => Stance::Neutral,
        }
    }

    /// Stance score: P(conciliatory) − P(hardline), in [−1, 1].
    pub fn score(self) -> f64 {
        self.conciliatory - self.hardline
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tie_is_settled_by_the_average() {
        let cases = [
            // One conciliatory and one neutral statement lean conciliatory,
            // even when the neutral one was labelled more confidently…
            ([0.44, 0.02, 0.54], [1, 0, 1], Stance::Conciliatory),
            // …one of each posture is neutral…
            ([0.49, 0.48, 0.03], [1, 1, 0], Stance::Neutral),
            // …and a plurality is kept.
            ([0.30, 0.05, 0.65], [1, 0, 2], Stance::Neutral),
            ([0.60, 0.35, 0.05], [2, 1, 0], Stance::Conciliatory),
        ];
        for (p, counts, want) in cases {
            assert_eq!(
                Probabilities::from_array(p).overall_label(counts),
                want,
                "{p:?} {counts:?}"
            );
        }
    }

    #[test]
    fn parses_and_displays_every_label() {
        for label in Stance::ALL {
            assert_eq!(label.as_str().parse::<Stance>(), Ok(label));
            assert_eq!(Stance::from_index(label.index()), Some(label));
        }
        assert!("Hardline ".parse::<Stance>().is_err());
    }

    #[test]
    fn score_and_label_follow_probabilities() {
        let p = Probabilities::from_array([0.1, 0.7, 0.2]);
        assert_eq!(p.label(), Stance::Hardline);
        assert!((p.score() + 0.6).abs() < 1e-12);
    }

    #[test]
    fn serde_uses_lowercase_names() {
        assert_eq!(
            serde_json::to_string(&Stance::Neutral).unwrap(),
            "\"neutral\""
        );
    }
}
