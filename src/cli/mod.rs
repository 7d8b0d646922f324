//! Command-line parsing and dispatch; each subcommand lives in its own file.

mod classify;
mod eval;
mod model_args;
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
    /// Measure accuracy: grouped cross-validation or a held-out test file.
    Eval(eval::Args),
}

/// How a successful run ended, mapped to the exit code scripts rely on.
pub enum Outcome {
    /// Work done, results produced: exit 0.
    Found,
    /// Ran fine but found nothing to report: exit 1.
    NothingFound,
}

impl Outcome {
    /// 0 for results, 1 for none.
    pub fn exit_code(&self) -> ExitCode {
        match self {
            Outcome::Found => ExitCode::SUCCESS,
            Outcome::NothingFound => ExitCode::from(1),
        }
    }
}

/// Parses the command line and runs the subcommand.
pub fn run() -> anyhow::Result<Outcome> {
    let cli = Cli::try_parse().unwrap_or_else(|err| {
        // clap prints help/version to stdout (exit 0) and usage errors to stderr (exit 2).
        let _ = err.print();
        std::process::exit(if err.use_stderr() { 2 } else { 0 })
    });
    match cli.command {
        Command::Train(args) => train::run(args),
        Command::Classify(args) => classify::run(args),
        Command::Eval(args) => eval::run(args),
    }
}

/// Whether the error is a closed stdout (`nkstance ... | head`), which is not a failure.
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause.downcast_ref::<std::io::Error>().is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
