//! Statement extraction and speaker attribution: direct quotes and reported
//! speech, each attributed to the official who said it.
//!
//! The pipeline, one file per job: [`text`](self) paragraphs and tokens →
//! `marks` (quoted passages) → `sentences` (splitter) → `mentions` (`names`,
//! `institutions`, role nouns, pronouns) → `resolve` (coreference) →
//! `attribute` (direct quotes), `transcript` (Q&A answers), `script`
//! (speaker-labelled transcripts) and `reported` (reported speech) →
//! `extract`.

mod attribute;
mod extract;
mod institutions;
mod lexicon;
mod marks;
mod mentions;
mod names;
mod reported;
mod resolve;
mod script;
mod sentences;
mod speech_verbs;
mod text;
mod transcript;
mod window;

pub use extract::extract;

/// What kind of speaker a statement is credited to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SpeakerKind {
    /// A named person ("Vice President Mike Pence").
    Person,
    /// A body that speaks as one (KCNA, the foreign ministry, the White House).
    Institution,
    /// An unnamed source ("a senior official").
    Anonymous,
}

/// One speaker of an article, with every mention resolved to it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Speaker {
    /// Canonical name: the fullest form the article gives ("Mike Pence", "KCNA").
    pub name: String,
    /// Role as the article gives it ("vice president"), if any.
    pub role: Option<String>,
    /// Country as the article gives it or implies ("US"), if known.
    pub country: Option<String>,
    /// Person, institution or anonymous source.
    pub kind: SpeakerKind,
}

/// Direct quote or reported speech.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum StatementKind {
    /// Words inside quotation marks.
    Direct,
    /// Reported speech ("Moon called for a quick resumption of dialogue").
    Reported,
}

/// One statement found in an article.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Extracted {
    /// Index into [`Extraction::speakers`], or `None` when no speaker could be found.
    pub speaker: Option<usize>,
    /// Direct or reported.
    pub kind: StatementKind,
    /// Start byte offset of the statement in the article text (on a char boundary).
    pub start: usize,
    /// End byte offset (exclusive); `&text[start..end]` is the statement, without quote marks.
    pub end: usize,
}

/// Everything extracted from one article.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Extraction {
    /// The article's speakers.
    pub speakers: Vec<Speaker>,
    /// The statements, in text order.
    pub statements: Vec<Extracted>,
}
