//! Reports: each official's stance across many scored articles, and the
//! writers that print a report for people (`table`, `html`) or programs
//! (`json`, `csv`).
//!
//! ```
//! use nkstance::report::{Officials, Report};
//! let report = Report::build(&[], &Officials::default());
//! assert!(report.officials.is_empty());
//! ```

mod aggregate;
mod csv;
mod html;
mod json;
mod officials;
mod table;

pub use self::csv::{CsvReporter, field as csv_field};
pub use self::html::HtmlReporter;
pub use self::json::JsonReporter;
pub use self::officials::{OfficialEntry, Officials};
pub use self::table::TableReporter;

use crate::quotes::SpeakerKind;
use crate::stance::Stance;
use serde::Serialize;
use std::io::Write;

/// Stance of every official found in a collection of articles.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// Officials, most statements first.
    pub officials: Vec<OfficialSummary>,
}

/// One official's stance across all inputs.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OfficialSummary {
    /// Canonical name.
    pub name: String,
    /// Role, from the officials file or the articles.
    pub role: Option<String>,
    /// Country, from the officials file or the articles.
    pub country: Option<String>,
    /// Person or institution.
    pub kind: SpeakerKind,
    /// Number of statements.
    pub statements: usize,
    /// Statements per label.
    pub counts: LabelCounts,
    /// Overall stance: the label of the mean probabilities, a tie in label
    /// counts settled by the average
    /// ([`Probabilities::overall_label`](crate::stance::Probabilities::overall_label)).
    pub stance: Stance,
    /// Mean stance score, in [−1, 1].
    pub score: f64,
    /// 95% interval of the mean score (normal approximation; [−1, 1] for one statement).
    pub interval: [f64; 2],
    /// The most telling statements for each label.
    pub evidence: Vec<Evidence>,
    /// First dated statement, `YYYY-MM-DD`.
    pub first_date: Option<String>,
    /// Last dated statement, `YYYY-MM-DD`.
    pub last_date: Option<String>,
    /// Stance per month, when the dates span more than one month.
    pub timeline: Vec<Period>,
}

/// Statements per label.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct LabelCounts {
    /// Conciliatory statements.
    pub conciliatory: usize,
    /// Hardline statements.
    pub hardline: usize,
    /// Neutral statements.
    pub neutral: usize,
}

impl LabelCounts {
    /// The counts in label-index order ([`Stance::ALL`](crate::Stance::ALL)).
    pub fn to_array(&self) -> [usize; 3] {
        [self.conciliatory, self.hardline, self.neutral]
    }
}

/// A statement that shows an official's stance.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Evidence {
    /// Its label.
    pub label: Stance,
    /// The probability of that label.
    pub probability: f64,
    /// The statement.
    pub text: String,
    /// The article it came from.
    pub source: String,
    /// The article's date, if known.
    pub date: Option<String>,
}

/// An official's stance in one month.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Period {
    /// `YYYY-MM`.
    pub month: String,
    /// Statements that month.
    pub statements: usize,
    /// Mean stance score that month.
    pub score: f64,
    /// Label of that month's mean probabilities.
    pub stance: Stance,
}

/// Writes a report in one format.
pub trait Reporter {
    /// Writes `report` to `out`.
    fn write(&self, report: &Report, out: &mut dyn Write) -> std::io::Result<()>;
}
