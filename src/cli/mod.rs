//! Command-line parsing and dispatch; each subcommand lives in its own file.

mod classify;
mod eval;
mod inputs;
mod interrupt;
mod model_args;
mod output;
mod report;
mod score;
mod train;
mod train_args;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

/// Tells who is conciliatory, hardline or neutral in news about the North Korea dispute.
#[derive(Parser)]
#[command(name = "nkstance", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Train a model on labelled statements and write it.
    Train(train::Args),
    /// Label statements given as arguments or on standard input.
    Classify(classify::Args),
    /// Find, attribute and label every statement in news articles.
    Score(score::Args),
    /// Report each official's stance across many articles.
    Report(report::Args),
    /// Measure accuracy: grouped cross-validation, a held-out file, or gold-annotated articles.
    Eval(eval::Args),
}

/// How a successful run ended, mapped to the exit code scripts rely on.
pub enum Outcome {
    /// Work done, results produced: exit 0.
    Found,
    /// Ran fine but found nothing to report: exit 1.
    NothingFound,
    /// Some inputs were skipped with a warning: exit 2, after the rest was done.
    Skipped,
}

impl Outcome {
    /// 0 for results, 1 for none.
    pub fn exit_code(&self) -> ExitCode {
        match self {
            Outcome::Found => ExitCode::SUCCESS,
            Outcome::NothingFound => ExitCode::from(1),
            Outcome::Skipped => ExitCode::from(2),
        }
    }

    /// Skipped inputs win over results, so scripts notice them; then found or not.
    pub fn from_counts(found: usize, skipped: usize) -> Outcome {
        match (found, skipped) {
            (_, s) if s > 0 => Outcome::Skipped,
            (0, _) => Outcome::NothingFound,
            _ => Outcome::Found,
        }
    }
}

/// Parses the command line and runs the subcommand.
pub fn run() -> anyhow::Result<Outcome> {
    interrupt::install();
    let cli = Cli::try_parse().unwrap_or_else(|err| {
        // clap prints help/version to stdout (exit 0) and usage errors to stderr (exit 2).
        let _ = err.print();
        std::process::exit(if err.use_stderr() { 2 } else { 0 })
    });
    match cli.command {
        Command::Train(args) => train::run(args),
        Command::Classify(args) => classify::run(args),
        Command::Score(args) => score::run(args),
        Command::Report(args) => report::run(args),
        Command::Eval(args) => eval::run(args),
    }
}

/// Whether the run stopped for Ctrl-C (exit 130, as shells expect).
pub fn is_interrupted(err: &anyhow::Error) -> bool {
    err.downcast_ref::<interrupt::Interrupted>().is_some()
}

/// Whether the error is a closed stdout (`nkstance ... | head`), which is not a failure.
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
