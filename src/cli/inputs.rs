//! Input flags shared by `score` and `report`, and the loop that reads,
//! scores and counts articles, warning about (not stopping at) bad inputs.

use indicatif::{ProgressBar, ProgressStyle};
use nkstance::StanceModel;
use nkstance::article::{Limits, read_inputs};
use nkstance::score::{ScoredArticle, score_article};
use std::io::IsTerminal;
use std::path::PathBuf;

/// Articles to read.
#[derive(clap::Args)]
pub struct InputArgs {
    /// Articles: files (.txt, .html, .jsonl), folders (read recursively), or - for standard input.
    ///
    /// Formats are chosen by extension, else by content. A JSON Lines file holds one
    /// article per line with at least "text", and optionally "id", "title", "date", "url".
    #[arg(value_name = "INPUT", required = true)]
    pub inputs: Vec<PathBuf>,
    /// Skip articles larger than this many bytes, with a warning (default 33554432, i.e. 32 MiB).
    #[arg(long, value_name = "BYTES", default_value_t = Limits::default().max_article_bytes)]
    pub max_article_bytes: usize,
}

/// What a pass over the inputs produced.
pub struct Scored {
    /// Number of inputs skipped with a warning.
    pub skipped: usize,
    /// Total statements found.
    pub statements: usize,
}

impl InputArgs {
    /// Reads every input, scores each article, and hands it to `on_article`.
    /// Bad inputs are reported on stderr and skipped.
    pub fn score_each(
        &self,
        model: &StanceModel,
        mut on_article: impl FnMut(ScoredArticle) -> anyhow::Result<()>,
    ) -> anyhow::Result<Scored> {
        let limits = Limits { max_article_bytes: self.max_article_bytes };
        let progress = progress_bar();
        let mut scratch = Default::default();
        let mut result = Ok(());
        let mut scored = Scored { skipped: 0, statements: 0 };
        read_inputs(&self.inputs, &limits, |article| {
            if result.is_err() {
                return;
            }
            match article {
                Ok(article) => {
                    let article = score_article(model, &article, &mut scratch);
                    scored.statements += article.statements.len();
                    progress.inc(1);
                    result = on_article(article);
                }
                Err(err) => {
                    scored.skipped += 1;
                    progress.suspend(|| eprintln!("nkstance: skipped {err}"));
                }
            }
        });
        progress.finish_and_clear();
        result.map(|()| scored)
    }
}

/// A counter of articles on stderr, only when stderr is a terminal.
fn progress_bar() -> ProgressBar {
    if !std::io::stderr().is_terminal() || std::env::var_os("NO_COLOR").is_some() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new_spinner();
    bar.set_style(ProgressStyle::with_template("{spinner} {pos} articles scored ({per_sec})").expect("valid template"));
    bar.enable_steady_tick(std::time::Duration::from_millis(120));
    bar
}
