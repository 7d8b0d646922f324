//! Fitting: vectorise the statements, hand the matrix to linfa, and reduce
//! the fitted linfa model to a [`LinearClassifier`].

use super::{Algorithm, LinearClassifier, TrainValidParams};
use crate::error::{Error, Result};
use crate::features::{Scratch, Vectorizer};
use crate::model::dataset::Statement;
use crate::text::Analyzer;
use linfa::prelude::*;
use ndarray::{Array1, Array2, Ix1};
use serde::Deserialize;
use std::collections::HashMap;

/// A fitted vectorizer and classifier, before provenance is attached.
pub(crate) struct Fitted {
    pub vectorizer: Vectorizer,
    pub classifier: LinearClassifier,
}

/// Fits the vectorizer and the classifier on `statements`.
pub(crate) fn fit(params: &TrainValidParams, statements: &[&Statement]) -> Result<Fitted> {
    let analyzer = Analyzer::new(params.analyzer());
    let texts: Vec<&str> = statements.iter().map(|s| s.text.as_str()).collect();
    let vectorizer = Vectorizer::fit(params.vectorizer(), &analyzer, &texts);
    if vectorizer.is_empty() {
        return Err(Error::BadData(
            "no feature survives min_df: lower --min-df or add statements".into(),
        ));
    }
    let targets: Array1<usize> = statements.iter().map(|s| s.label.index()).collect();
    let matrix = |range: std::ops::Range<usize>| {
        let records = dense_matrix(&vectorizer, &analyzer, &texts[range.clone()]);
        Dataset::new(records, targets.slice(ndarray::s![range]).to_owned())
    };
    let classifier = match params.algorithm() {
        Algorithm::Logistic => fit_logistic(params, &matrix(0..texts.len()))?,
        Algorithm::NaiveBayes => {
            let rows = (NB_CHUNK_BYTES / (8 * vectorizer.len())).max(1);
            let chunks = (0..texts.len())
                .step_by(rows)
                .map(|at| matrix(at..(at + rows).min(texts.len())));
            fit_naive_bayes(params, chunks)?
        }
    };
    Ok(Fitted {
        vectorizer,
        classifier,
    })
}

/// Naive Bayes learns from counts, so it can see the dense matrix (which
/// linfa needs) a slice of rows at a time: this bounds the memory of training
/// whatever the corpus size. The slice size depends only on the vocabulary
/// size, so training stays deterministic.
const NB_CHUNK_BYTES: usize = 64 << 20;

fn dense_matrix(vectorizer: &Vectorizer, analyzer: &Analyzer, texts: &[&str]) -> Array2<f64> {
    let mut records = Array2::zeros((texts.len(), vectorizer.len()));
    let mut scratch = Scratch::default();
    for (row, text) in texts.iter().enumerate() {
        for (col, value) in vectorizer.transform(analyzer, text, &mut scratch).iter() {
            records[[row, col]] = value;
        }
    }
    records
}

fn fit_logistic(
    params: &TrainValidParams,
    dataset: &Dataset<f64, usize, Ix1>,
) -> Result<LinearClassifier> {
    let model = linfa_logistic::MultiLogisticRegression::default()
        .alpha(params.l2())
        .max_iterations(params.max_iterations())
        .fit(dataset)
        .map_err(|e| Error::Fit(e.to_string()))?;
    let columns = label_columns(model.classes())?;
    let w = model.params();
    let weights = (0..w.nrows())
        .map(|row| columns.map(|c| w[[row, c]]))
        .collect();
    let bias = columns.map(|c| model.intercept()[c]);
    Ok(LinearClassifier::new(weights, bias))
}

/// linfa-bayes 0.7 keeps its fitted parameters private and offers no
/// probabilities; its serde form is the public route to them.
#[derive(Deserialize)]
struct NaiveBayesParts {
    class_info: HashMap<usize, ClassParts>,
}

#[derive(Deserialize)]
struct ClassParts {
    prior: f64,
    feature_log_prob: Array1<f64>,
}

fn fit_naive_bayes(
    params: &TrainValidParams,
    chunks: impl Iterator<Item = Dataset<f64, usize, Ix1>>,
) -> Result<LinearClassifier> {
    let fit_error = |e: linfa_bayes::NaiveBayesError| Error::Fit(e.to_string());
    let checked = linfa_bayes::MultinomialNb::params()
        .alpha(params.smoothing())
        .check()
        .map_err(fit_error)?;
    let mut model = None;
    for chunk in chunks {
        model = checked.fit_with(model, &chunk).map_err(fit_error)?;
    }
    let model = model.ok_or_else(|| Error::BadData("no statements to train on".into()))?;
    let parts: NaiveBayesParts = serde_json::to_value(&model)
        .and_then(serde_json::from_value)
        .map_err(|e| Error::Fit(format!("cannot read the naive Bayes parameters: {e}")))?;
    let class = |label: usize| {
        parts
            .class_info
            .get(&label)
            .ok_or_else(|| Error::Fit(format!("naive Bayes has no class {label}")))
    };
    let classes = [class(0)?, class(1)?, class(2)?];
    let n_features = classes[0].feature_log_prob.len();
    let weights = (0..n_features)
        .map(|f| classes.map(|c| c.feature_log_prob[f]))
        .collect();
    Ok(LinearClassifier::new(
        weights,
        classes.map(|c| c.prior.ln()),
    ))
}

/// Column of each label (index order) in linfa's sorted class list.
fn label_columns(classes: &[usize]) -> Result<[usize; 3]> {
    let column = |label: usize| {
        classes
            .iter()
            .position(|&c| c == label)
            .ok_or_else(|| Error::Fit(format!("label {label} missing from the fitted classes")))
    };
    Ok([column(0)?, column(1)?, column(2)?])
}
