//! `nkstance eval`: grouped K-fold cross-validation, or a held-out test file.

use super::Outcome;
use super::model_args::ModelArgs;
use super::train_args::TrainArgs;
use anyhow::Context;
use nkstance::Stance;
use nkstance::gold::GoldEvaluation;
use nkstance::model::{
    CrossValidation, Dataset, Metrics, evaluate, grouped_folds, out_of_fold_predictions, summarize,
};
use serde_json::json;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Flags of `nkstance eval`.
#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    train: TrainArgs,
    #[command(flatten)]
    model: ModelArgs,
    /// Number of folds for grouped cross-validation (default 5).
    #[arg(long, value_name = "K", default_value_t = 5)]
    folds: usize,
    /// Score the model (--model, or the embedded one) on this labelled file instead of cross-validating.
    #[arg(long, value_name = "FILE")]
    test: Option<PathBuf>,
    /// Score gold-annotated articles in this folder (*.gold.json beside each article):
    /// extraction and attribution precision/recall/F1, label accuracy, officials' stance accuracy.
    #[arg(long, value_name = "DIR", conflicts_with_all = ["test", "write_folds"])]
    articles: Option<PathBuf>,
    /// Write each statement's fold as JSON Lines {"id", "fold"}, so a peer can be run on the same folds.
    #[arg(long, value_name = "FILE", conflicts_with = "test")]
    write_folds: Option<PathBuf>,
    /// Write every cross-validated statement the model got wrong as JSON Lines, for error analysis.
    #[arg(long, value_name = "FILE", conflicts_with = "test")]
    errors: Option<PathBuf>,
    /// Output format: table (default) or json.
    #[arg(long, value_name = "FORMAT", value_enum, default_value = "table")]
    format: Format,
}

#[derive(Clone, Copy, PartialEq, clap::ValueEnum)]
enum Format {
    Table,
    Json,
}

/// Runs `eval`.
pub fn run(args: Args) -> anyhow::Result<Outcome> {
    let mut out = std::io::stdout().lock();
    if let Some(dir) = &args.articles {
        let model = args.model.load()?;
        let result =
            nkstance::gold::evaluate_dir(&model, dir).context("cannot evaluate --articles")?;
        match args.format {
            Format::Json => writeln!(out, "{}", serde_json::to_string(&result)?)?,
            Format::Table => print_gold(&result, &mut out)?,
        }
        return Ok(Outcome::Found);
    }
    if let Some(test) = &args.test {
        let model = args.model.load()?;
        let data = Dataset::load(test).context("cannot read --test")?;
        let (all, hard) = evaluate(&model, data.statements());
        match args.format {
            Format::Json => writeln!(out, "{}", serde_json::json!({"overall": all, "hard": hard}))?,
            Format::Table => {
                print_metrics("held-out test", &all, &mut out)?;
                print_metrics("hard cases only", &hard, &mut out)?;
            }
        }
        return Ok(Outcome::Found);
    }
    let params = args.train.params()?;
    let data = Dataset::load(&args.train.data).context("cannot evaluate: fix the training data")?;
    let folds = grouped_folds(data.statements(), args.folds)?;
    if let Some(path) = &args.write_folds {
        write_jsonl(
            path,
            data.statements()
                .iter()
                .zip(&folds)
                .map(|(s, fold)| json!({"id": s.id, "fold": fold})),
        )
        .context("cannot write --write-folds")?;
    }
    let predictions = out_of_fold_predictions(&params, data.statements(), &folds, args.folds)?;
    if let Some(path) = &args.errors {
        let wrong = data
            .statements()
            .iter()
            .zip(&predictions)
            .filter(|(s, p)| p.label() != s.label);
        let rows = wrong.map(|(s, p)| {
            json!({"id": s.id, "text": s.text, "label": s.label, "predicted": p.label(), "hard": s.hard,
                   "source": s.source, "probabilities": p})
        });
        write_jsonl(path, rows).context("cannot write --errors")?;
    }
    let cv = summarize(data.statements(), &predictions, &folds, args.folds);
    match args.format {
        Format::Json => writeln!(out, "{}", serde_json::to_string(&cv)?)?,
        Format::Table => print_cross_validation(&cv, &mut out)?,
    }
    Ok(Outcome::Found)
}

fn write_jsonl(path: &Path, rows: impl Iterator<Item = serde_json::Value>) -> anyhow::Result<()> {
    let mut text = String::new();
    for row in rows {
        text.push_str(&row.to_string());
        text.push('\n');
    }
    std::fs::write(path, text).with_context(|| path.display().to_string())
}

/// Prints the gold-article evaluation: one line per article, then totals.
fn print_gold(result: &GoldEvaluation, out: &mut impl Write) -> anyhow::Result<()> {
    writeln!(
        out,
        "{:<44}{:>6}{:>6}{:>9}{:>12}{:>11}",
        "article", "gold", "found", "matched", "attributed", "stances"
    )?;
    for a in &result.articles {
        let t = &a.tally;
        let stances = format!("{}/{}", t.stances_right, t.officials);
        writeln!(
            out,
            "{:<44}{:>6}{:>6}{:>9}{:>12}{:>11}",
            a.article, t.gold, t.extracted, t.matched, t.attributed, stances
        )?;
    }
    let (e, at) = (&result.extraction, &result.attribution);
    writeln!(
        out,
        "
statement extraction: precision {:.3}  recall {:.3}  F1 {:.3}",
        e.precision, e.recall, e.f1
    )?;
    writeln!(
        out,
        "speaker attribution:  precision {:.3}  recall {:.3}  F1 {:.3}",
        at.precision, at.recall, at.f1
    )?;
    writeln!(
        out,
        "direct quotes without a speaker: {:.1}%",
        100.0 * result.direct_unattributed
    )?;
    writeln!(
        out,
        "officials' overall stance right: {:.1}%",
        100.0 * result.stance_accuracy
    )?;
    print_metrics("labels of matched statements", &result.labels, out)
}

/// Prints a cross-validation report as tables.
pub fn print_cross_validation(cv: &CrossValidation, out: &mut impl Write) -> anyhow::Result<()> {
    let folds: Vec<String> = cv.fold_macro_f1.iter().map(|f| format!("{f:.3}")).collect();
    writeln!(
        out,
        "grouped {}-fold cross-validation (folds keep each source batch together)",
        cv.folds
    )?;
    writeln!(out, "per-fold macro-F1: {}", folds.join(" "))?;
    print_metrics("all statements", &cv.overall, out)?;
    print_metrics("hard cases only", &cv.hard, out)
}

/// Prints accuracy, macro-F1, per-class figures and the confusion matrix.
pub fn print_metrics(title: &str, m: &Metrics, out: &mut impl Write) -> anyhow::Result<()> {
    let n = m.confusion.total();
    writeln!(
        out,
        "\n{title} ({n} statements): accuracy {:.3}  macro-F1 {:.3}",
        m.accuracy, m.macro_f1
    )?;
    writeln!(
        out,
        "{:<14}{:>10}{:>8}{:>8}{:>9}",
        "label", "precision", "recall", "F1", "support"
    )?;
    for c in &m.classes {
        writeln!(
            out,
            "{:<14}{:>10.3}{:>8.3}{:>8.3}{:>9}",
            c.label.as_str(),
            c.precision,
            c.recall,
            c.f1,
            c.support
        )?;
    }
    writeln!(
        out,
        "confusion (rows true, columns predicted): {:>6}{:>6}{:>6}",
        "conc", "hard", "neut"
    )?;
    for label in Stance::ALL {
        let row = m.confusion.matrix[label.index()];
        writeln!(
            out,
            "  {:<40}{:>6}{:>6}{:>6}",
            label.as_str(),
            row[0],
            row[1],
            row[2]
        )?;
    }
    Ok(())
}
