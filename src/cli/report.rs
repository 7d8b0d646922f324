//! `nkstance report`: each official's stance across all inputs.

use super::Outcome;
use super::inputs::InputArgs;
use super::model_args::ModelArgs;
use super::output::OutputArgs;
use anyhow::Context;
use nkstance::report::{
    CsvReporter, HtmlReporter, JsonReporter, Officials, Report, Reporter, TableReporter,
};
use std::path::PathBuf;

/// Flags of `nkstance report`.
#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    model: ModelArgs,
    #[command(flatten)]
    inputs: InputArgs,
    #[command(flatten)]
    output: OutputArgs,
    /// Known officials, to merge aliases and fill in roles and countries.
    ///
    /// JSON Lines, one official per line: {"name": "...", "aliases": ["..."], "role": "...", "country": "..."}.
    /// Only "name" is required.
    #[arg(long, value_name = "FILE")]
    officials: Option<PathBuf>,
    /// Output format: table for people (default), json or csv for programs, html for a self-contained page.
    #[arg(long, value_name = "FORMAT", value_enum, default_value = "table")]
    format: Format,
}

#[derive(Clone, Copy, PartialEq, clap::ValueEnum)]
enum Format {
    Table,
    Json,
    Csv,
    Html,
}

/// Runs `report`.
pub fn run(args: Args) -> anyhow::Result<Outcome> {
    let officials = match &args.officials {
        Some(path) => Officials::load(path).context("cannot use --officials")?,
        None => Officials::default(),
    };
    let model = args.model.load()?;
    let mut articles = Vec::new();
    let scored = args.inputs.score_each(&model, |article| {
        articles.push(article);
        Ok(())
    })?;
    let report = Report::build(&articles, &officials);
    let reporter: &dyn Reporter = match args.format {
        Format::Table => &TableReporter,
        Format::Json => &JsonReporter,
        Format::Csv => &CsvReporter,
        Format::Html => &HtmlReporter,
    };
    let mut out = args.output.open()?;
    reporter.write(&report, &mut out)?;
    out.finish()?;
    Ok(Outcome::from_counts(report.officials.len(), scored.skipped))
}
