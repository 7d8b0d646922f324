//! Builds a [`Report`] from scored articles: groups statements by official
//! (merging aliases across articles), then summarises each official.

use super::{Evidence, LabelCounts, OfficialSummary, Officials, Period, Report};
use crate::quotes::SpeakerKind;
use crate::score::{ScoredArticle, ScoredStatement};
use crate::stance::{Probabilities, Stance};
use std::collections::{BTreeMap, HashMap};

/// Statements shown as evidence per label.
const EVIDENCE_PER_LABEL: usize = 3;

/// One statement with the article facts the report needs.
struct Attributed<'a> {
    statement: &'a ScoredStatement,
    source: &'a str,
    date: Option<&'a str>,
}

impl Report {
    /// Summarises every named official (anonymous sources are left out).
    pub fn build(articles: &[ScoredArticle], officials: &Officials) -> Report {
        let mut groups: BTreeMap<String, Vec<Attributed>> = BTreeMap::new();
        let surnames = unique_surnames(articles, officials);
        for article in articles {
            for statement in &article.statements {
                let Some(name) = &statement.speaker else {
                    continue;
                };
                if statement.speaker_kind == Some(SpeakerKind::Anonymous) {
                    continue;
                }
                let canonical = canonical_name(name, officials, &surnames);
                groups.entry(canonical).or_default().push(Attributed {
                    statement,
                    source: &article.source,
                    date: article.date.as_deref(),
                });
            }
        }
        let mut summaries: Vec<OfficialSummary> = groups
            .into_iter()
            .map(|(name, statements)| summarise(name, &statements, officials))
            .collect();
        summaries.sort_by(|a, b| {
            b.statements
                .cmp(&a.statements)
                .then_with(|| a.name.cmp(&b.name))
        });
        Report {
            officials: summaries,
        }
    }
}

/// The official's report name: the officials file's name for any alias, or a
/// full name for a bare surname used by exactly one full name in the collection.
fn canonical_name(name: &str, officials: &Officials, surnames: &HashMap<String, String>) -> String {
    if let Some(entry) = officials.find(name) {
        return entry.name.clone();
    }
    surnames
        .get(&name.to_lowercase())
        .cloned()
        .unwrap_or_else(|| name.to_string())
}

/// Single-word names that stand for exactly one multi-word name in the
/// collection, by its first or last word (Korean names put the family name first).
fn unique_surnames(articles: &[ScoredArticle], officials: &Officials) -> HashMap<String, String> {
    let mut candidates: HashMap<String, Vec<String>> = HashMap::new();
    let names = articles
        .iter()
        .flat_map(|a| &a.statements)
        .filter_map(|s| s.speaker.as_deref());
    for name in names {
        let words: Vec<&str> = name.split_whitespace().collect();
        if words.len() < 2 || officials.find(name).is_some() {
            continue;
        }
        for part in [words[0], words[words.len() - 1]] {
            let list = candidates.entry(part.to_lowercase()).or_default();
            if !list.iter().any(|n| n == name) {
                list.push(name.to_string());
            }
        }
    }
    candidates
        .into_iter()
        .filter(|(_, v)| v.len() == 1)
        .map(|(k, mut v)| (k, v.remove(0)))
        .collect()
}

fn summarise(name: String, statements: &[Attributed], officials: &Officials) -> OfficialSummary {
    let entry = officials.find(&name);
    let mean = mean_probabilities(statements.iter().map(|a| a.statement.probabilities));
    let scores: Vec<f64> = statements.iter().map(|a| a.statement.score).collect();
    let dates: Vec<&str> = statements.iter().filter_map(|a| a.date).collect();
    let counts = label_counts(statements);
    OfficialSummary {
        role: entry
            .and_then(|e| e.role.clone())
            .or_else(|| most_common(statements, |s| s.role.as_deref())),
        country: entry
            .and_then(|e| e.country.clone())
            .or_else(|| most_common(statements, |s| s.country.as_deref())),
        kind: statements[0]
            .statement
            .speaker_kind
            .unwrap_or(SpeakerKind::Person),
        statements: statements.len(),
        stance: mean.overall_label(counts.to_array()),
        counts,
        score: mean.score(),
        interval: interval(&scores),
        evidence: evidence(statements),
        first_date: dates.iter().min().map(|d| d.to_string()),
        last_date: dates.iter().max().map(|d| d.to_string()),
        timeline: timeline(statements),
        name,
    }
}

fn mean_probabilities(ps: impl Iterator<Item = Probabilities>) -> Probabilities {
    let (mut sum, mut n) = ([0.0; 3], 0.0);
    for p in ps {
        let a = p.to_array();
        (0..3).for_each(|i| sum[i] += a[i]);
        n += 1.0;
    }
    Probabilities::from_array(sum.map(|s| if n > 0.0 { s / n } else { 0.0 }))
}

/// 95% interval of the mean by the normal approximation, clamped to [−1, 1].
/// One statement says nothing about spread, so it gets the whole range.
fn interval(scores: &[f64]) -> [f64; 2] {
    let n = scores.len() as f64;
    if scores.len() < 2 {
        return [-1.0, 1.0];
    }
    let mean = scores.iter().sum::<f64>() / n;
    let variance = scores.iter().map(|s| (s - mean).powi(2)).sum::<f64>() / (n - 1.0);
    let half = 1.96 * (variance / n).sqrt();
    [(mean - half).max(-1.0), (mean + half).min(1.0)]
}

fn label_counts<'a>(statements: impl IntoIterator<Item = &'a Attributed<'a>>) -> LabelCounts {
    let mut counts = LabelCounts::default();
    for a in statements {
        match a.statement.label {
            Stance::Conciliatory => counts.conciliatory += 1,
            Stance::Hardline => counts.hardline += 1,
            Stance::Neutral => counts.neutral += 1,
        }
    }
    counts
}

fn most_common(
    statements: &[Attributed],
    field: impl Fn(&ScoredStatement) -> Option<&str>,
) -> Option<String> {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for a in statements {
        if let Some(value) = field(a.statement) {
            *counts.entry(value).or_default() += 1;
        }
    }
    let best = counts
        .iter()
        .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))?;
    Some(best.0.to_string())
}

/// For each label, the statements given that label with the highest probability.
fn evidence(statements: &[Attributed]) -> Vec<Evidence> {
    let mut evidence = Vec::new();
    for label in Stance::ALL {
        let mut of_label: Vec<&Attributed> = statements
            .iter()
            .filter(|a| a.statement.label == label)
            .collect();
        let p = |a: &Attributed| a.statement.probabilities.to_array()[label.index()];
        of_label.sort_by(|a, b| p(b).total_cmp(&p(a)));
        evidence.extend(
            of_label
                .into_iter()
                .take(EVIDENCE_PER_LABEL)
                .map(|a| Evidence {
                    label,
                    probability: p(a),
                    text: a.statement.text.clone(),
                    source: a.source.to_string(),
                    date: a.date.map(str::to_string),
                }),
        );
    }
    evidence
}

/// Stance per `YYYY-MM`, only when the dated statements span two months or more.
fn timeline(statements: &[Attributed]) -> Vec<Period> {
    let mut months: BTreeMap<&str, Vec<&Attributed>> = BTreeMap::new();
    for a in statements {
        if let Some(month) = a.date.and_then(|d| d.get(..7)) {
            months.entry(month).or_default().push(a);
        }
    }
    if months.len() < 2 {
        return Vec::new();
    }
    months
        .into_iter()
        .map(|(month, list)| {
            let mean = mean_probabilities(list.iter().map(|a| a.statement.probabilities));
            let counts = label_counts(list.iter().copied());
            Period {
                month: month.to_string(),
                statements: list.len(),
                score: mean.score(),
                stance: mean.overall_label(counts.to_array()),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quotes::StatementKind;

    fn statement(speaker: &str, p: [f64; 3]) -> ScoredStatement {
        let probabilities = Probabilities::from_array(p);
        ScoredStatement {
            speaker: Some(speaker.to_string()),
            role: Some("minister".into()),
            country: Some("South Korea".into()),
            speaker_kind: Some(SpeakerKind::Person),
            kind: StatementKind::Direct,
            text: format!("{speaker} said {p:?}"),
            start: 0,
            end: 1,
            label: probabilities.label(),
            score: probabilities.score(),
            probabilities,
        }
    }

    fn article(date: &str, statements: Vec<ScoredStatement>) -> ScoredArticle {
        ScoredArticle {
            source: format!("{date}.txt"),
            title: None,
            date: Some(date.into()),
            statements,
            skipped: 0,
        }
    }

    #[test]
    fn merges_a_bare_surname_and_summarises() {
        let articles = [
            article(
                "2018-01-03",
                vec![statement("Park Ji-hoon", [0.8, 0.1, 0.1])],
            ),
            article(
                "2018-03-09",
                vec![
                    statement("Park", [0.6, 0.2, 0.2]),
                    statement("Ri Song Chol", [0.1, 0.8, 0.1]),
                ],
            ),
        ];
        let report = Report::build(&articles, &Officials::default());
        let park = &report.officials[0];
        assert_eq!(park.name, "Park Ji-hoon");
        assert_eq!(park.statements, 2);
        assert_eq!(park.stance, Stance::Conciliatory);
        assert!((park.score - 0.55).abs() < 1e-12);
        assert!(park.interval[0] <= park.score && park.score <= park.interval[1]);
        assert_eq!(park.first_date.as_deref(), Some("2018-01-03"));
        assert_eq!(park.timeline.len(), 2);
        assert_eq!(report.officials[1].interval, [-1.0, 1.0]);
    }

    #[test]
    fn anonymous_sources_are_left_out() {
        let mut s = statement("a senior official", [0.1, 0.8, 0.1]);
        s.speaker_kind = Some(SpeakerKind::Anonymous);
        let report = Report::build(&[article("2019-01-01", vec![s])], &Officials::default());
        assert!(report.officials.is_empty());
    }

    #[test]
    fn evidence_takes_the_most_probable_statements_per_label() {
        let statements = (0..5)
            .map(|i| statement("Kim Min-seo", [0.5 + i as f64 / 20.0, 0.25, 0.25]))
            .collect();
        let report = Report::build(&[article("2019-01-01", statements)], &Officials::default());
        let evidence = &report.officials[0].evidence;
        assert_eq!(evidence.len(), EVIDENCE_PER_LABEL);
        assert!(evidence[0].probability >= evidence[1].probability);
    }
}
