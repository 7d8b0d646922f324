//! Measuring extraction against gold-annotated articles
//! (`tests/fixtures/GOLD_FORMAT.md`): statement extraction,
//! speaker attribution, statement labels and each official's overall stance.
//!
//! An extracted statement matches a gold one when their spans overlap by at
//! least half of the longer span. A speaker matches when the extracted name
//! is the gold name or one of its aliases (case-insensitive, a leading "the"
//! ignored); a gold `null`
//! speaker matches an anonymous or missing speaker.

use crate::StanceModel;
use crate::article::{self, Article, Format, Limits};
use crate::error::{Error, Result};
use crate::model::Confusion;
use crate::quotes::{SpeakerKind, StatementKind};
use crate::report::{OfficialEntry, Officials, Report};
use crate::score::{ScoredArticle, ScoredStatement, score_article};
use crate::stance::Stance;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// One gold file.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldArticle {
    /// The article file, or `file.jsonl#N` for line N of a collection.
    pub article: String,
    /// Expected date, `YYYY-MM-DD`.
    pub date: Option<String>,
    /// The officials and their overall stance.
    pub officials: Vec<GoldOfficial>,
    /// Every statement.
    pub statements: Vec<GoldStatement>,
}

/// An official of a gold article.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldOfficial {
    /// Full name.
    pub name: String,
    /// Other names used in the article.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Overall stance in the article.
    pub stance: Stance,
}

/// A gold statement.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldStatement {
    /// Speaker's full name, or `None` for an anonymous source.
    pub speaker: Option<String>,
    /// Direct or reported.
    pub kind: StatementKind,
    /// Exact text, a substring of the article.
    pub text: String,
    /// Its label.
    pub label: Stance,
}

/// Precision, recall and F1 from counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Prf {
    /// Correct predictions.
    pub correct: usize,
    /// Predictions made.
    pub predicted: usize,
    /// Gold items.
    pub gold: usize,
    /// correct / predicted.
    pub precision: f64,
    /// correct / gold.
    pub recall: f64,
    /// Harmonic mean.
    pub f1: f64,
}

impl Prf {
    fn new(correct: usize, predicted: usize, gold: usize) -> Self {
        let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        let (precision, recall) = (ratio(correct, predicted), ratio(correct, gold));
        let f1 = if precision + recall == 0.0 {
            0.0
        } else {
            2.0 * precision * recall / (precision + recall)
        };
        Prf {
            correct,
            predicted,
            gold,
            precision,
            recall,
            f1,
        }
    }
}

/// Counts for one article, summed over many.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Tally {
    /// Statements extracted.
    pub extracted: usize,
    /// Gold statements.
    pub gold: usize,
    /// Extracted statements matching a gold one.
    pub matched: usize,
    /// Matched statements credited to the right speaker.
    pub attributed: usize,
    /// Direct quotes extracted.
    pub direct: usize,
    /// Direct quotes extracted with no speaker.
    pub direct_unattributed: usize,
    /// Gold officials.
    pub officials: usize,
    /// Gold officials whose overall stance the report gets right.
    pub stances_right: usize,
    /// Labels of matched statements against gold labels.
    pub labels: Confusion,
}

impl Tally {
    fn add(&mut self, o: &Tally) {
        self.extracted += o.extracted;
        self.gold += o.gold;
        self.matched += o.matched;
        self.attributed += o.attributed;
        self.direct += o.direct;
        self.direct_unattributed += o.direct_unattributed;
        self.officials += o.officials;
        self.stances_right += o.stances_right;
        for t in 0..3 {
            for p in 0..3 {
                self.labels.matrix[t][p] += o.labels.matrix[t][p];
            }
        }
    }
}

/// Results for one gold article.
#[derive(Debug, Clone, Serialize)]
pub struct ArticleResult {
    /// The gold file's `article` field.
    pub article: String,
    /// Its counts.
    pub tally: Tally,
}

/// Results over a folder of gold articles.
#[derive(Debug, Clone, Serialize)]
pub struct GoldEvaluation {
    /// Per article.
    pub articles: Vec<ArticleResult>,
    /// Statement extraction.
    pub extraction: Prf,
    /// (statement, speaker) pairs.
    pub attribution: Prf,
    /// Share of extracted direct quotes with no speaker.
    pub direct_unattributed: f64,
    /// Share of officials whose overall stance is right.
    pub stance_accuracy: f64,
    /// Accuracy and F1 of labels on matched statements.
    pub labels: crate::model::Metrics,
}

/// Evaluates `model` and the extractor on every `*.gold.json` under `dir`.
pub fn evaluate_dir(model: &StanceModel, dir: &Path) -> Result<GoldEvaluation> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| Error::io(dir, e))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".gold.json"))
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(Error::BadData(format!(
            "no *.gold.json files in {}",
            dir.display()
        )));
    }
    let mut articles = Vec::new();
    let mut total = Tally::default();
    for file in &files {
        let gold: GoldArticle =
            serde_json::from_slice(&std::fs::read(file).map_err(|e| Error::io(file, e))?)
                .map_err(|e| Error::BadData(format!("{}: {e}", file.display())))?;
        let article = load_article(dir, &gold.article)?;
        let scored = score_article(
            model,
            &article,
            &Default::default(),
            &mut Default::default(),
        );
        let tally = compare(&article, &scored, &gold);
        total.add(&tally);
        articles.push(ArticleResult {
            article: gold.article.clone(),
            tally,
        });
    }
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    Ok(GoldEvaluation {
        extraction: Prf::new(total.matched, total.extracted, total.gold),
        attribution: Prf::new(total.attributed, total.extracted, total.gold),
        direct_unattributed: ratio(total.direct_unattributed, total.direct),
        stance_accuracy: ratio(total.stances_right, total.officials),
        labels: total.labels.metrics(),
        articles,
    })
}

/// Reads the article a gold file names: `file` or `file.jsonl#N`.
fn load_article(dir: &Path, name: &str) -> Result<Article> {
    let (file, line) = match name.rsplit_once('#') {
        Some((file, n)) => (file, n.parse::<usize>().ok()),
        None => (name, None),
    };
    let path = dir.join(file);
    let bytes = std::fs::read(&path).map_err(|e| Error::io(&path, e))?;
    let format = Format::detect(&path, &bytes);
    let mut parsed = article::parse(
        &path.display().to_string(),
        &bytes,
        format,
        &Limits::default(),
    );
    let index = line.map_or(0, |n| n.saturating_sub(1));
    if index >= parsed.len() {
        return Err(Error::BadData(format!("{name}: no such article")));
    }
    parsed.swap_remove(index)
}

/// Byte span of a gold statement in the article text (first occurrence).
fn gold_span(text: &str, gold: &GoldStatement) -> Option<(usize, usize)> {
    text.find(&gold.text)
        .map(|start| (start, start + gold.text.len()))
}

/// True when an extracted statement is the gold one: their spans overlap by
/// half the longer one, or, for reported speech, the gold text is the
/// clause that ends the extracted sentence. GOLD_FORMAT.md lets a reported
/// statement be "the whole sentence, or the clause after the reporting
/// verb", and a long subject ("Seo Gyeong-tae, director of the Unification
/// Ministry's Panmunjom liaison office, argues that…") would otherwise keep
/// the two forms from matching.
fn same_statement(gold: &GoldStatement, g: (usize, usize), s: &ScoredStatement) -> bool {
    let clause_of_sentence = gold.kind == StatementKind::Reported
        && s.kind == StatementKind::Reported
        && s.start <= g.0
        && g.1 <= s.end
        && s.end - g.1 <= 2;
    overlaps_enough(g, (s.start, s.end)) || clause_of_sentence
}

fn overlaps_enough(a: (usize, usize), b: (usize, usize)) -> bool {
    let overlap = a.1.min(b.1).saturating_sub(a.0.max(b.0));
    let longer = (a.1 - a.0).max(b.1 - b.0);
    longer > 0 && overlap * 2 >= longer
}

fn speaker_matches(
    extracted: &ScoredStatement,
    gold: Option<&str>,
    officials: &[GoldOfficial],
) -> bool {
    let anonymous =
        extracted.speaker.is_none() || extracted.speaker_kind == Some(SpeakerKind::Anonymous);
    match gold {
        None => anonymous,
        Some(_) if anonymous => false,
        Some(name) => {
            let said = comparable(extracted.speaker.as_deref().unwrap_or_default());
            let official = officials.iter().find(|o| o.name == name);
            let names = std::iter::once(name).chain(
                official
                    .into_iter()
                    .flat_map(|o| o.aliases.iter().map(String::as_str)),
            );
            names.into_iter().any(|n| comparable(n) == said)
        }
    }
}

/// A name as compared: lowercase, without a leading "the" ("the
/// International Olympic Committee" is "International Olympic Committee").
fn comparable(name: &str) -> String {
    let low = name.trim().to_lowercase();
    match low.strip_prefix("the ") {
        Some(rest) => rest.to_string(),
        None => low,
    }
}

fn compare(article: &Article, scored: &ScoredArticle, gold: &GoldArticle) -> Tally {
    let spans: Vec<Option<(usize, usize)>> = gold
        .statements
        .iter()
        .map(|g| gold_span(&article.text, g))
        .collect();
    let mut used = vec![false; gold.statements.len()];
    let mut tally = Tally {
        extracted: scored.statements.len(),
        gold: gold.statements.len(),
        ..Tally::default()
    };
    for s in &scored.statements {
        if s.kind == StatementKind::Direct {
            tally.direct += 1;
            tally.direct_unattributed += usize::from(s.speaker.is_none());
        }
        let hit = (0..spans.len()).find(|&i| {
            !used[i] && spans[i].is_some_and(|g| same_statement(&gold.statements[i], g, s))
        });
        let Some(i) = hit else { continue };
        used[i] = true;
        tally.matched += 1;
        let g = &gold.statements[i];
        tally.attributed += usize::from(speaker_matches(s, g.speaker.as_deref(), &gold.officials));
        tally.labels.add(g.label, s.label);
    }
    let (officials, right) = stance_matches(scored, gold);
    tally.officials = officials;
    tally.stances_right = right;
    tally
}

/// Builds the article's report with the gold aliases and compares each official's stance.
fn stance_matches(scored: &ScoredArticle, gold: &GoldArticle) -> (usize, usize) {
    let entries = gold
        .officials
        .iter()
        .map(|o| OfficialEntry {
            name: o.name.clone(),
            aliases: o.aliases.clone(),
            role: None,
            country: None,
        })
        .collect();
    let report = Report::build(
        std::slice::from_ref(scored),
        &Officials::from_entries(entries),
    );
    let right = gold
        .officials
        .iter()
        .filter(|o| {
            report
                .officials
                .iter()
                .any(|r| r.name == o.name && r.stance == o.stance)
        })
        .count();
    (gold.officials.len(), right)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn half_overlap_of_the_longer_span_matches() {
        assert!(overlaps_enough((0, 10), (0, 5)));
        assert!(!overlaps_enough((0, 10), (0, 4)));
        assert!(!overlaps_enough((0, 10), (10, 20)));
    }

    #[test]
    fn a_reported_sentence_matches_its_gold_clause() {
        let text =
            "Seo Gyeong-tae, director of the liaison office, argues that the line is worth more.";
        let clause = text.find("the line").unwrap();
        let extracted = |kind| ScoredStatement {
            speaker: None,
            role: None,
            country: None,
            speaker_kind: None,
            kind,
            text: text.to_string(),
            start: 0,
            end: text.len(),
            label: Stance::Neutral,
            score: 0.0,
            probabilities: crate::stance::Probabilities::from_array([0.0, 0.0, 1.0]),
        };
        let gold = |kind| GoldStatement {
            speaker: None,
            kind,
            text: text[clause..].to_string(),
            label: Stance::Neutral,
        };
        let span = (clause, text.len());
        let reported = StatementKind::Reported;
        assert!(same_statement(&gold(reported), span, &extracted(reported)));
        // Not for a quoted fragment, and not for a clause that does not end the sentence.
        assert!(!same_statement(
            &gold(StatementKind::Direct),
            span,
            &extracted(reported)
        ));
        assert!(!same_statement(
            &gold(reported),
            (clause, text.len() - 6),
            &extracted(reported)
        ));
    }

    #[test]
    fn precision_recall_f1() {
        let p = Prf::new(8, 10, 16);
        assert_eq!((p.precision, p.recall), (0.8, 0.5));
        assert!((p.f1 - 2.0 * 0.4 / 1.3).abs() < 1e-12);
        assert_eq!(Prf::new(0, 0, 0).f1, 0.0);
    }
}
