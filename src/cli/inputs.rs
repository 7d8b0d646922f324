//! Input flags shared by `score` and `report`, and the loop that reads,
//! scores and hands on articles in input order, on several threads, warning
//! about (not stopping at) bad inputs.

use indicatif::{ProgressBar, ProgressStyle};
use nkstance::StanceModel;
use nkstance::article::{Article, Limits, read_inputs};
use nkstance::features::Scratch;
use nkstance::score::{ScoreOptions, ScoredArticle, score_article};
use std::collections::BTreeMap;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::sync::{Mutex, mpsc};

/// Articles to read, and how many threads score them.
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
    /// Skip statements longer than this many bytes, with a warning naming the article (default 2000).
    ///
    /// Covers quoted and reported sentences alike; a longer one is almost always a broken
    /// article (a missing closing quote mark, text without punctuation).
    #[arg(long, value_name = "BYTES", default_value_t = ScoreOptions::default().max_statement_bytes)]
    pub max_statement_bytes: usize,
    /// Read at most this many articles ahead of the scoring threads (default 16).
    ///
    /// Bounds memory: only these, plus one per thread, are held at once, however large the input.
    #[arg(long, value_name = "NUM", default_value_t = 16, value_parser = clap::value_parser!(u32).range(1..))]
    pub max_in_memory: u32,
    /// Threads that score articles (default: one per core). Output order never depends on it.
    #[arg(long, value_name = "NUM", value_parser = clap::value_parser!(u16).range(1..))]
    pub threads: Option<u16>,
}

/// What a pass over the inputs produced.
pub struct Scored {
    /// Number of inputs or statements skipped with a warning.
    pub skipped: usize,
    /// Total statements found.
    pub statements: usize,
}

/// An article read, or the error that replaced it, numbered in input order.
type Numbered<T> = (usize, Result<T, nkstance::Error>);

impl InputArgs {
    /// Reads every input, scores each article, and hands it to `on_article`
    /// in input order. Bad inputs are reported on stderr and skipped.
    pub fn score_each(
        &self,
        model: &StanceModel,
        mut on_article: impl FnMut(ScoredArticle) -> anyhow::Result<()>,
    ) -> anyhow::Result<Scored> {
        let limits = Limits {
            max_article_bytes: self.max_article_bytes,
        };
        let options = ScoreOptions {
            max_statement_bytes: self.max_statement_bytes,
        };
        let threads = self.threads.map_or_else(default_threads, usize::from);
        let progress = progress_bar();
        let mut scored = Scored {
            skipped: 0,
            statements: 0,
        };
        let mut result = Ok(());
        let mut deliver = |outcome: Result<ScoredArticle, nkstance::Error>| {
            if result.is_err() {
                return;
            }
            if let Err(stop) = super::interrupt::check() {
                result = Err(stop.into());
                return;
            }
            match outcome {
                Ok(article) => {
                    if article.skipped > 0 {
                        scored.skipped += article.skipped;
                        progress.suspend(|| {
                            eprintln!(
                                "nkstance: {}: skipped {} statement(s) longer than {} bytes (raise --max-statement-bytes)",
                                article.source, article.skipped, options.max_statement_bytes
                            )
                        });
                    }
                    scored.statements += article.statements.len();
                    progress.inc(1);
                    result = on_article(article);
                }
                Err(err) => {
                    scored.skipped += 1;
                    progress.suspend(|| eprintln!("nkstance: skipped {err}"));
                }
            }
        };
        if threads == 1 {
            let mut scratch = Default::default();
            read_inputs(&self.inputs, &limits, |article| {
                deliver(article.and_then(|a| score_guarded(model, &a, &options, &mut scratch)))
            });
        } else {
            let queue = self.max_in_memory as usize;
            score_in_parallel(
                &self.inputs,
                &limits,
                &options,
                model,
                (threads, queue),
                &mut deliver,
            );
        }
        progress.finish_and_clear();
        result.map(|()| scored)
    }
}

/// Scores one article; a panic inside the library (a bug) costs that article,
/// reported as skipped, not the whole run.
fn score_guarded(
    model: &StanceModel,
    article: &Article,
    options: &ScoreOptions,
    scratch: &mut Scratch,
) -> Result<ScoredArticle, nkstance::Error> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        score_article(model, article, options, scratch)
    }))
    .map_err(|_| nkstance::Error::BadInput {
        origin: article.origin.clone(),
        message:
            "internal error while scoring this article (a bug: please report it with the article)"
                .into(),
    })
}

fn default_threads() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// One reader thread, `threads` scoring threads, and this thread putting
/// results back in input order. The bounded queue keeps only a few articles
/// in memory at once, so memory stays flat however large the input.
fn score_in_parallel(
    inputs: &[PathBuf],
    limits: &Limits,
    options: &ScoreOptions,
    model: &StanceModel,
    (threads, queue): (usize, usize),
    deliver: &mut dyn FnMut(Result<ScoredArticle, nkstance::Error>),
) {
    let (article_tx, article_rx) = mpsc::sync_channel::<Numbered<Article>>(queue);
    let (scored_tx, scored_rx) = mpsc::channel::<Numbered<ScoredArticle>>();
    let article_rx = Mutex::new(article_rx);
    std::thread::scope(|scope| {
        scope.spawn(move || {
            let mut next = 0;
            read_inputs(inputs, limits, |article| {
                // A send fails only when the receivers are gone, i.e. we are stopping.
                let _ = article_tx.send((next, article));
                next += 1;
            });
        });
        for _ in 0..threads {
            let (article_rx, scored_tx) = (&article_rx, scored_tx.clone());
            scope.spawn(move || {
                let mut scratch = Default::default();
                loop {
                    let received = article_rx
                        .lock()
                        .expect("no thread panics holding the queue")
                        .recv();
                    let Ok((number, article)) = received else {
                        return;
                    };
                    let scored =
                        article.and_then(|a| score_guarded(model, &a, options, &mut scratch));
                    if scored_tx.send((number, scored)).is_err() {
                        return;
                    }
                }
            });
        }
        drop(scored_tx);
        let mut pending = BTreeMap::new();
        let mut next = 0;
        for (number, scored) in scored_rx {
            pending.insert(number, scored);
            while let Some(scored) = pending.remove(&next) {
                deliver(scored);
                next += 1;
            }
        }
    });
}

/// A counter of articles on stderr, only when stderr is a terminal.
fn progress_bar() -> ProgressBar {
    if !std::io::stderr().is_terminal() || std::env::var_os("NO_COLOR").is_some() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new_spinner();
    bar.set_style(
        ProgressStyle::with_template("{spinner} {human_pos} articles scored in {elapsed}")
            .expect("valid template"),
    );
    bar.enable_steady_tick(std::time::Duration::from_millis(120));
    bar
}
