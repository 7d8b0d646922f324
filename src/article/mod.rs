//! Reading articles: files, folders and standard input, as plain text, HTML
//! or JSON Lines collections, into [`Article`]s with an optional date.

/// One news article, its text ready for statement extraction.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Article {
    /// Where it came from: a path, `path#N` for line N of a JSON Lines file, or `-` for stdin.
    pub origin: String,
    /// The `id` field of a JSON Lines record, if any.
    pub id: Option<String>,
    /// The headline, if known.
    pub title: Option<String>,
    /// Publication date as `YYYY-MM-DD`, from a JSON field, an HTML meta tag, or a dateline.
    pub date: Option<String>,
    /// The `url` field of a JSON Lines record, if any.
    pub url: Option<String>,
    /// The article text: paragraphs separated by blank lines. Statement offsets point into it.
    pub text: String,
}
