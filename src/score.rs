//! Scoring: the stage that joins the others. An [`Article`] goes through
//! statement extraction ([`crate::quotes`]) and each statement through the
//! [`StanceModel`], giving a [`ScoredArticle`].
//!
//! ```
//! use nkstance::{StanceModel, article::Article, score::score_article};
//! let article = Article {
//!     origin: "example".into(), id: None, title: None, date: None, url: None,
//!     text: "“We will never talk to them,” Defence Minister Oh Min-jae said.".into(),
//! };
//! let scored = score_article(&StanceModel::embedded(), &article, &Default::default(), &mut Default::default());
//! assert_eq!(scored.statements[0].speaker.as_deref(), Some("Oh Min-jae"));
//! ```

use crate::StanceModel;
use crate::article::Article;
use crate::features::Scratch;
use crate::quotes::{self, SpeakerKind, StatementKind};
use crate::stance::{Probabilities, Stance};
use serde::Serialize;

/// One labelled statement of an article, credited to its speaker.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScoredStatement {
    /// The speaker's name, or `None` when nobody could be credited.
    pub speaker: Option<String>,
    /// The speaker's role, as the article gives it.
    pub role: Option<String>,
    /// The speaker's country, as the article gives or implies it.
    pub country: Option<String>,
    /// Person, institution or anonymous source.
    pub speaker_kind: Option<SpeakerKind>,
    /// Direct quote or reported speech.
    pub kind: StatementKind,
    /// The statement's text (`&article.text[start..end]`).
    pub text: String,
    /// Start byte offset into the article text.
    pub start: usize,
    /// End byte offset (exclusive) into the article text.
    pub end: usize,
    /// Most probable label.
    pub label: Stance,
    /// P(conciliatory) − P(hardline).
    pub score: f64,
    /// Probability of each label.
    pub probabilities: Probabilities,
}

/// One article with its labelled statements.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScoredArticle {
    /// Where the article came from (path, `path#N`, `-`).
    pub source: String,
    /// Its headline, if known.
    pub title: Option<String>,
    /// Its date as `YYYY-MM-DD`, if known.
    pub date: Option<String>,
    /// The statements in text order.
    pub statements: Vec<ScoredStatement>,
    /// Statements left out for exceeding [`ScoreOptions::max_statement_bytes`].
    #[serde(skip)]
    pub skipped: usize,
}

/// Limits applied while scoring.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ScoreOptions {
    /// Statements (a quoted sentence or a reported sentence) longer than this
    /// many bytes are skipped and counted in [`ScoredArticle::skipped`]: real
    /// statements are far shorter, and a runaway one is a broken article.
    /// Default: 2,000.
    pub max_statement_bytes: usize,
}

impl Default for ScoreOptions {
    fn default() -> Self {
        ScoreOptions {
            max_statement_bytes: 2_000,
        }
    }
}

/// Extracts, attributes and labels every statement of `article`.
pub fn score_article(
    model: &StanceModel,
    article: &Article,
    options: &ScoreOptions,
    scratch: &mut Scratch,
) -> ScoredArticle {
    let extraction = quotes::extract(&article.text);
    let (kept, too_long): (Vec<_>, Vec<_>) = extraction
        .statements
        .iter()
        .partition(|s| s.end - s.start <= options.max_statement_bytes);
    let statements = kept
        .into_iter()
        .map(|s| {
            let text = &article.text[s.start..s.end];
            let probabilities = model.predict_with(text, scratch);
            let speaker = s.speaker.and_then(|i| extraction.speakers.get(i));
            ScoredStatement {
                speaker: speaker.map(|sp| sp.name.clone()),
                role: speaker.and_then(|sp| sp.role.clone()),
                country: speaker.and_then(|sp| sp.country.clone()),
                speaker_kind: speaker.map(|sp| sp.kind),
                kind: s.kind,
                text: text.to_string(),
                start: s.start,
                end: s.end,
                label: probabilities.label(),
                score: probabilities.score(),
                probabilities,
            }
        })
        .collect();
    ScoredArticle {
        source: article.origin.clone(),
        title: article.title.clone(),
        date: article.date.clone(),
        statements,
        skipped: too_long.len(),
    }
}
