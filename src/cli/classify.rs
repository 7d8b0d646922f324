//! `nkstance classify`: label statements from arguments or standard input.

use super::Outcome;
use super::model_args::ModelArgs;
use anyhow::Context;
use nkstance::StanceModel;
use nkstance::features::Scratch;
use nkstance::model::Contribution;
use nkstance::report::csv_field;
use serde::Serialize;
use std::io::{BufRead, Write};

/// Flags of `nkstance classify`.
#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    model: ModelArgs,
    /// Also show the features that pushed each statement most toward its label.
    #[arg(long)]
    explain: bool,
    /// How many features --explain shows per statement (default 5).
    #[arg(long, value_name = "NUM", default_value_t = 5, requires = "explain")]
    top: usize,
    /// Output format: table for people (default); json (one object per line), jsonl or csv for programs.
    #[arg(long, value_name = "FORMAT", value_enum, default_value = "table")]
    format: Format,
    /// Statements to label. Without any, each non-empty line of standard input is one statement.
    #[arg(value_name = "TEXT")]
    texts: Vec<String>,
}

#[derive(Clone, Copy, PartialEq, clap::ValueEnum)]
enum Format {
    Table,
    Json,
    Jsonl,
    Csv,
}

/// One labelled statement as printed.
#[derive(Serialize)]
struct Labelled<'a> {
    text: &'a str,
    label: nkstance::Stance,
    score: f64,
    probabilities: nkstance::Probabilities,
    #[serde(skip_serializing_if = "Option::is_none")]
    explanation: Option<Vec<Contribution>>,
}

/// Runs `classify`.
pub fn run(args: Args) -> anyhow::Result<Outcome> {
    let model = args.model.load()?;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut printer = Printer {
        args: &args,
        model: &model,
        scratch: Scratch::default(),
        count: 0,
    };
    if args.format == Format::Csv {
        writeln!(out, "label,score,conciliatory,hardline,neutral,text")?;
    }
    if args.texts.is_empty() {
        let stdin = std::io::stdin().lock();
        for (number, line) in stdin.split(b'\n').enumerate() {
            let bytes = line.context("cannot read standard input")?;
            let text = String::from_utf8_lossy(&bytes);
            if matches!(text, std::borrow::Cow::Owned(_)) {
                eprintln!(
                    "nkstance: warning: stdin line {} is not valid UTF-8; bad bytes replaced with U+FFFD",
                    number + 1
                );
            }
            printer.print(text.trim(), &mut out)?;
        }
    } else {
        for text in &args.texts {
            printer.print(text.trim(), &mut out)?;
        }
    }
    out.flush()?;
    Ok(if printer.count == 0 {
        Outcome::NothingFound
    } else {
        Outcome::Found
    })
}

struct Printer<'a> {
    args: &'a Args,
    model: &'a StanceModel,
    scratch: Scratch,
    count: usize,
}

impl Printer<'_> {
    fn print(&mut self, text: &str, out: &mut impl Write) -> anyhow::Result<()> {
        if text.is_empty() {
            return Ok(());
        }
        self.count += 1;
        let p = self.model.predict_with(text, &mut self.scratch);
        let explanation = self
            .args
            .explain
            .then(|| self.model.explain(text, p.label(), self.args.top));
        let row = Labelled {
            text,
            label: p.label(),
            score: p.score(),
            probabilities: p,
            explanation,
        };
        match self.args.format {
            Format::Json | Format::Jsonl => writeln!(out, "{}", serde_json::to_string(&row)?)?,
            Format::Csv => writeln!(
                out,
                "{},{:.4},{:.4},{:.4},{:.4},{}",
                row.label,
                row.score,
                p.conciliatory,
                p.hardline,
                p.neutral,
                csv_field(text)
            )?,
            Format::Table => print_table_row(&row, out)?,
        }
        Ok(())
    }
}

fn print_table_row(row: &Labelled, out: &mut impl Write) -> std::io::Result<()> {
    let p = row.probabilities;
    writeln!(
        out,
        "{:<13} score {:+.2}  (C {:.2} H {:.2} N {:.2})  {}",
        row.label.as_str(),
        row.score,
        p.conciliatory,
        p.hardline,
        p.neutral,
        row.text
    )?;
    for c in row.explanation.iter().flatten() {
        writeln!(out, "    {:+.3}  {}", c.weight, c.feature)?;
    }
    Ok(())
}
