//! `nkstance score`: every statement of every article, attributed and labelled.

use super::Outcome;
use super::inputs::InputArgs;
use super::model_args::ModelArgs;
use super::output::OutputArgs;
use nkstance::score::ScoredArticle;
use std::io::Write;

/// Flags of `nkstance score`.
#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    model: ModelArgs,
    #[command(flatten)]
    inputs: InputArgs,
    #[command(flatten)]
    output: OutputArgs,
    /// Output format: table for people (default); json (an array of articles), jsonl (one article per line) or csv (one statement per row).
    #[arg(long, value_name = "FORMAT", value_enum, default_value = "table")]
    format: Format,
}

#[derive(Clone, Copy, PartialEq, clap::ValueEnum)]
enum Format {
    Table,
    Json,
    Jsonl,
    Csv,
}

/// Runs `score`.
pub fn run(args: Args) -> anyhow::Result<Outcome> {
    let model = args.model.load()?;
    let mut out = args.output.open()?;
    let mut first = true;
    match args.format {
        Format::Json => write!(out, "[")?,
        Format::Csv => writeln!(
            out,
            "source,date,speaker,role,country,kind,start,end,label,score,conciliatory,hardline,neutral,text"
        )?,
        _ => {}
    }
    let scored = args.inputs.score_each(&model, |article| {
        write_article(&article, args.format, first, &mut out)?;
        first = false;
        Ok(())
    })?;
    if args.format == Format::Json {
        writeln!(out, "{}]", if first { "" } else { "\n" })?;
    }
    out.finish()?;
    Ok(Outcome::from_counts(scored.statements, scored.skipped))
}

fn write_article(
    article: &ScoredArticle,
    format: Format,
    first: bool,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    match format {
        Format::Json => write!(
            out,
            "{}\n{}",
            if first { "" } else { "," },
            serde_json::to_string_pretty(article)?
        )?,
        Format::Jsonl => writeln!(out, "{}", serde_json::to_string(article)?)?,
        Format::Csv => write_csv(article, out)?,
        Format::Table => write_table(article, out)?,
    }
    Ok(())
}

fn write_table(article: &ScoredArticle, out: &mut impl Write) -> std::io::Result<()> {
    let title = article.title.as_deref().unwrap_or("(untitled)");
    writeln!(
        out,
        "== {} | {} | {}",
        article.source,
        article.date.as_deref().unwrap_or("undated"),
        title
    )?;
    for s in &article.statements {
        writeln!(
            out,
            "  {:<22} {:<8} {:<12} {:+.2}  {}",
            s.speaker.as_deref().unwrap_or("(unattributed)"),
            format!("{:?}", s.kind).to_lowercase(),
            s.label.as_str(),
            s.score,
            s.text
        )?;
    }
    if article.statements.is_empty() {
        writeln!(out, "  (no statements found)")?;
    }
    Ok(())
}

fn write_csv(article: &ScoredArticle, out: &mut impl Write) -> std::io::Result<()> {
    use nkstance::report::csv_field as field;
    for s in &article.statements {
        let p = s.probabilities;
        writeln!(
            out,
            "{},{},{},{},{},{},{},{},{},{:.4},{:.4},{:.4},{:.4},{}",
            field(&article.source),
            article.date.as_deref().unwrap_or(""),
            field(s.speaker.as_deref().unwrap_or("")),
            field(s.role.as_deref().unwrap_or("")),
            field(s.country.as_deref().unwrap_or("")),
            format!("{:?}", s.kind).to_lowercase(),
            s.start,
            s.end,
            s.label,
            s.score,
            p.conciliatory,
            p.hardline,
            p.neutral,
            field(&s.text)
        )?;
    }
    Ok(())
}
