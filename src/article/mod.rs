//! Reading articles: files, folders and standard input, as plain text, HTML
//! or JSON Lines collections, into [`Article`]s with an optional date.
//!
//! [`parse`] turns one input's bytes into articles; [`read_inputs`] walks
//! paths (files, folders, `-` for stdin) and streams articles to a callback.

mod clutter;
mod date;
mod decode;
mod format;
mod html;
mod jsonl;
mod nesting;
mod parse;
mod text;
mod walk;

#[cfg(test)]
mod fixture_tests;

pub use parse::parse;
pub use walk::read_inputs;

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

/// How an input is laid out. See [`Format::from_path`] and [`Format::sniff`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Plain text: one article, the first line possibly its headline.
    Text,
    /// One HTML page holding one article amid navigation and other clutter.
    Html,
    /// JSON Lines: one article per line, an object with at least `text`.
    JsonLines,
}

/// Size limits that keep a hostile or mistaken input from exhausting memory.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Largest article accepted, in bytes: a whole text or HTML file, or one
    /// line of a JSON Lines file (a collection may be larger than this).
    /// Larger ones are refused with an error; `--max-article-bytes` raises it.
    /// Default: 32 MiB.
    pub max_article_bytes: usize,
}

impl Default for Limits {
    /// 32 MiB: far beyond any real article, small enough to be safe in memory.
    fn default() -> Self {
        Limits {
            max_article_bytes: 32 * 1024 * 1024,
        }
    }
}
