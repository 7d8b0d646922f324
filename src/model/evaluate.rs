//! Measuring a classifier: confusion matrix, per-class precision / recall /
//! F1, macro-F1, and grouped cross-validation that keeps each `source` batch
//! (and any near-duplicate statements) on one side of every split.

use super::{StanceModel, TrainValidParams};
use crate::error::{Error, Result};
use crate::model::dataset::{Dataset, Statement};
use crate::stance::{Probabilities, Stance};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Counts of (true label, predicted label) pairs.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Confusion {
    /// `matrix[truth][predicted]`, label-index order.
    pub matrix: [[usize; 3]; 3],
}

impl Confusion {
    /// Records one prediction.
    pub fn add(&mut self, truth: Stance, predicted: Stance) {
        self.matrix[truth.index()][predicted.index()] += 1;
    }

    /// Number of predictions recorded.
    pub fn total(&self) -> usize {
        self.matrix.iter().flatten().sum()
    }

    /// Summary metrics.
    pub fn metrics(&self) -> Metrics {
        let m = &self.matrix;
        let classes = Stance::ALL.map(|label| {
            let i = label.index();
            let tp = m[i][i] as f64;
            let predicted: usize = (0..3).map(|t| m[t][i]).sum();
            let support: usize = m[i].iter().sum();
            let precision = ratio(tp, predicted as f64);
            let recall = ratio(tp, support as f64);
            let f1 = ratio(2.0 * precision * recall, precision + recall);
            ClassMetrics {
                label,
                precision,
                recall,
                f1,
                support,
            }
        });
        let correct: usize = (0..3).map(|i| m[i][i]).sum();
        Metrics {
            accuracy: ratio(correct as f64, self.total() as f64),
            macro_f1: classes.iter().map(|c| c.f1).sum::<f64>() / 3.0,
            classes,
            confusion: *self,
        }
    }
}

fn ratio(num: f64, den: f64) -> f64 {
    if den == 0.0 { 0.0 } else { num / den }
}

/// Precision, recall and F1 of one label.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct ClassMetrics {
    /// The label.
    pub label: Stance,
    /// Of statements predicted with this label, the share truly labelled so.
    pub precision: f64,
    /// Of statements truly labelled so, the share predicted so.
    pub recall: f64,
    /// Harmonic mean of precision and recall.
    pub f1: f64,
    /// Number of statements truly labelled so.
    pub support: usize,
}

/// Accuracy, macro-F1, per-class figures and the confusion matrix.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Metrics {
    /// Share of statements labelled right.
    pub accuracy: f64,
    /// Unweighted mean of the three classes' F1.
    pub macro_f1: f64,
    /// Per-class figures, label-index order.
    pub classes: [ClassMetrics; 3],
    /// The confusion matrix.
    pub confusion: Confusion,
}

/// Result of a grouped K-fold cross-validation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CrossValidation {
    /// Number of folds.
    pub folds: usize,
    /// Pooled over all folds.
    pub overall: Metrics,
    /// Pooled over the statements marked `hard` only.
    pub hard: Metrics,
    /// Macro-F1 of each fold.
    pub fold_macro_f1: Vec<f64>,
}

/// Scores `model` on labelled statements.
pub fn evaluate(model: &StanceModel, statements: &[Statement]) -> (Metrics, Metrics) {
    let mut scratch = Default::default();
    let predictions: Vec<Probabilities> = statements
        .iter()
        .map(|s| model.predict_with(&s.text, &mut scratch))
        .collect();
    // One "fold" holding everything: the same pooling as cross-validation.
    let cv = summarize(statements, &predictions, &vec![0; statements.len()], 1);
    (cv.overall, cv.hard)
}

/// Assigns each statement a fold in `0..k`, keeping every `source` batch,
/// and any statements sharing an 8-word run, in one fold. Groups are placed
/// largest first into the fold with the fewest statements, so folds are as
/// even as whole groups allow.
///
/// # Errors
/// [`Error::BadData`] when there are fewer groups than folds.
pub fn grouped_folds(statements: &[Statement], k: usize) -> Result<Vec<usize>> {
    if k < 2 {
        return Err(Error::InvalidParam(format!(
            "cross-validation needs at least 2 folds, got {k}"
        )));
    }
    let groups = group_ids(statements);
    let n_groups = groups.iter().max().map_or(0, |g| g + 1);
    if n_groups < k {
        return Err(Error::BadData(format!(
            "{k} folds need at least {k} source batches, found {n_groups}: lower --folds or add batches"
        )));
    }
    let mut sizes = vec![0usize; n_groups];
    groups.iter().for_each(|&g| sizes[g] += 1);
    let mut order: Vec<usize> = (0..n_groups).collect();
    order.sort_by_key(|&g| (std::cmp::Reverse(sizes[g]), g));
    let mut fold_of_group = vec![0; n_groups];
    let mut fold_sizes = vec![0usize; k];
    for g in order {
        let fold = (0..k).min_by_key(|&f| (fold_sizes[f], f)).expect("k >= 2");
        fold_of_group[g] = fold;
        fold_sizes[fold] += sizes[g];
    }
    Ok(groups.iter().map(|&g| fold_of_group[g]).collect())
}

/// Group index per statement: its source batch, except that a statement
/// sharing an 8-word run with an earlier one joins that one's group (moving
/// the statement, not merging whole batches).
fn group_ids(statements: &[Statement]) -> Vec<usize> {
    let mut source_ids: HashMap<&str, usize> = HashMap::new();
    let mut group_of_run: HashMap<Vec<String>, usize> = HashMap::new();
    let mut groups = Vec::with_capacity(statements.len());
    for s in statements {
        let next = source_ids.len();
        let own = *source_ids.entry(s.source.as_str()).or_insert(next);
        let words: Vec<String> = s.text.split_whitespace().map(str::to_lowercase).collect();
        let shared = words
            .windows(8)
            .find_map(|run| group_of_run.get(run).copied());
        let group = shared.unwrap_or(own);
        for run in words.windows(8) {
            group_of_run.entry(run.to_vec()).or_insert(group);
        }
        groups.push(group);
    }
    groups
}

/// Grouped K-fold cross-validation of `params` on `data`.
pub fn cross_validate(
    params: &TrainValidParams,
    data: &Dataset,
    k: usize,
) -> Result<CrossValidation> {
    let folds = grouped_folds(data.statements(), k)?;
    let predictions = out_of_fold_predictions(params, data.statements(), &folds, k)?;
    Ok(summarize(data.statements(), &predictions, &folds, k))
}

/// Each statement's probabilities from the model trained without its fold.
///
/// Folds are fitted on parallel threads (one per core); each fold's result
/// does not depend on the others, so the output is the same on any machine.
pub fn out_of_fold_predictions(
    params: &TrainValidParams,
    statements: &[Statement],
    folds: &[usize],
    k: usize,
) -> Result<Vec<Probabilities>> {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(k);
    let next_fold = AtomicUsize::new(0);
    let fitted: Vec<(usize, Result<Vec<Probabilities>>)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let fold = next_fold.fetch_add(1, Ordering::Relaxed);
                        if fold >= k {
                            return done;
                        }
                        done.push((fold, predict_fold(params, statements, folds, fold)));
                    }
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().expect("a fold thread panicked"))
            .collect()
    });
    let mut predictions = vec![Probabilities::from_array([0.0; 3]); statements.len()];
    for (fold, outcome) in fitted {
        let in_fold = folds
            .iter()
            .enumerate()
            .filter(|(_, f)| **f == fold)
            .map(|(i, _)| i);
        for (i, p) in in_fold.zip(outcome?) {
            predictions[i] = p;
        }
    }
    Ok(predictions)
}

/// Trains without fold `fold` and predicts its statements, in order.
fn predict_fold(
    params: &TrainValidParams,
    statements: &[Statement],
    folds: &[usize],
    fold: usize,
) -> Result<Vec<Probabilities>> {
    let train: Vec<&Statement> = statements
        .iter()
        .zip(folds)
        .filter(|(_, f)| **f != fold)
        .map(|(s, _)| s)
        .collect();
    let model = StanceModel::fit_statements(params, &train)?;
    let mut scratch = Default::default();
    Ok(statements
        .iter()
        .zip(folds)
        .filter(|(_, f)| **f == fold)
        .map(|(s, _)| model.predict_with(&s.text, &mut scratch))
        .collect())
}

/// Pools out-of-fold predictions into overall, hard-case and per-fold metrics.
pub fn summarize(
    statements: &[Statement],
    predictions: &[Probabilities],
    folds: &[usize],
    k: usize,
) -> CrossValidation {
    let mut all = Confusion::default();
    let mut hard = Confusion::default();
    let mut per_fold = vec![Confusion::default(); k];
    for ((s, p), &fold) in statements.iter().zip(predictions).zip(folds) {
        let predicted = p.label();
        all.add(s.label, predicted);
        per_fold[fold].add(s.label, predicted);
        if s.hard {
            hard.add(s.label, predicted);
        }
    }
    CrossValidation {
        folds: k,
        overall: all.metrics(),
        hard: hard.metrics(),
        fold_macro_f1: per_fold.iter().map(|c| c.metrics().macro_f1).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn statement(id: &str, text: &str, source: &str) -> Statement {
        Statement {
            id: id.into(),
            text: text.into(),
            label: Stance::Neutral,
            speaker_role: "analyst".into(),
            country: "none".into(),
            source: source.into(),
            hard: false,
        }
    }

    #[test]
    fn metrics_match_a_hand_computed_matrix() {
        let mut c = Confusion::default();
        use Stance::*;
        for (t, p) in [
            (Conciliatory, Conciliatory),
            (Conciliatory, Neutral),
            (Hardline, Hardline),
            (Neutral, Hardline),
        ] {
            c.add(t, p);
        }
        let m = c.metrics();
        assert_eq!(m.accuracy, 0.5);
        assert_eq!(m.classes[0].precision, 1.0);
        assert_eq!(m.classes[0].recall, 0.5);
        assert_eq!(m.classes[1].precision, 0.5);
        assert_eq!(m.classes[2].f1, 0.0);
        assert!((m.macro_f1 - (2.0 / 3.0 + 2.0 / 3.0) / 3.0).abs() < 1e-12);
    }

    #[test]
    fn folds_keep_sources_together() {
        let statements: Vec<_> = (0..30)
            .map(|i| statement(&i.to_string(), &format!("text {i}"), &format!("s{}", i % 6)))
            .collect();
        let folds = grouped_folds(&statements, 3).unwrap();
        for (a, fa) in statements.iter().zip(&folds) {
            for (b, fb) in statements.iter().zip(&folds) {
                if a.source == b.source {
                    assert_eq!(fa, fb);
                }
            }
        }
        assert_eq!((0..3).filter(|f| folds.contains(f)).count(), 3);
    }

    #[test]
    fn a_near_duplicate_follows_the_earlier_statement() {
        let run = "one two three four five six seven eight";
        let statements = vec![
            statement("a", &format!("{run} nine"), "s1"),
            statement("b", "other words", "s2"),
            statement("c", &format!("zero {run}"), "s2"),
        ];
        let folds = grouped_folds(&statements, 2).unwrap();
        assert_eq!(folds[0], folds[2]);
        assert_ne!(folds[0], folds[1]);
    }

    #[test]
    fn too_few_groups_is_an_error() {
        let statements = vec![statement("a", "x", "s1"), statement("b", "y", "s1")];
        assert!(
            grouped_folds(&statements, 2)
                .unwrap_err()
                .to_string()
                .contains("at least 2 source batches")
        );
    }
}
