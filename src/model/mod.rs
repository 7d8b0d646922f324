//! The stance model: analyzer settings, fitted vectorizer and linear
//! classifier, with the provenance a model file carries.
//!
//! ```
//! use nkstance::StanceModel;
//! let model = StanceModel::embedded();
//! let p = model.predict("We are ready to talk without preconditions.");
//! assert!(p.score() > 0.0);
//! ```

mod dataset;
mod evaluate;
mod linear;
mod params;
mod persist;
mod train;

pub use dataset::{Dataset, Statement};
pub use evaluate::{
    ClassMetrics, Confusion, CrossValidation, Metrics, cross_validate, evaluate, grouped_folds,
    out_of_fold_predictions, summarize,
};
pub use linear::LinearClassifier;
pub use params::{Algorithm, TrainParams, TrainValidParams};
pub use persist::FORMAT_VERSION;

use crate::error::Result;
use crate::features::{Scratch, Vectorizer};
use crate::stance::{Probabilities, Stance};
use crate::text::Analyzer;
use serde::{Deserialize, Serialize};

/// Where a model came from: its training data and how well it did.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Provenance {
    /// Content hash of the training statements.
    pub data_hash: String,
    /// Number of training statements.
    pub statements: usize,
    /// Grouped cross-validation measured at training time, if run.
    pub cross_validation: Option<CrossValidation>,
}

/// A trained stance classifier.
#[derive(Debug)]
pub struct StanceModel {
    params: TrainValidParams,
    analyzer: Analyzer,
    vectorizer: Vectorizer,
    classifier: LinearClassifier,
    provenance: Provenance,
}

/// One feature's pull on a prediction, for `classify --explain`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Contribution {
    /// The feature name (`talk`, `!talk` negated, `^talk` after "but", `a b` bigram).
    pub feature: String,
    /// How much it raised the predicted label's score over the other labels' mean.
    pub weight: f64,
}

/// The shipped model, embedded in the binary at build time.
static EMBEDDED_MODEL: &[u8] = include_bytes!("../../models/nkstance.model");

impl StanceModel {
    /// Trains on a whole dataset; `folds` > 0 also runs grouped cross-validation
    /// and stores its metrics in the model.
    pub fn train(params: &TrainValidParams, data: &Dataset, folds: usize) -> Result<Self> {
        let cross_validation = match folds {
            0 => None,
            k => Some(cross_validate(params, data, k)?),
        };
        let statements: Vec<&Statement> = data.statements().iter().collect();
        let mut model = Self::fit_statements(params, &statements)?;
        model.provenance = Provenance {
            data_hash: data.content_hash(),
            statements: statements.len(),
            cross_validation,
        };
        Ok(model)
    }

    /// Fits on a subset of statements (no provenance, no cross-validation).
    pub(crate) fn fit_statements(
        params: &TrainValidParams,
        statements: &[&Statement],
    ) -> Result<Self> {
        let fitted = train::fit(params, statements)?;
        Ok(StanceModel {
            params: params.clone(),
            analyzer: Analyzer::new(params.analyzer()),
            vectorizer: fitted.vectorizer,
            classifier: fitted.classifier,
            provenance: Provenance {
                data_hash: String::new(),
                statements: statements.len(),
                cross_validation: None,
            },
        })
    }

    /// The model shipped in `models/nkstance.model`, compiled into the binary.
    pub fn embedded() -> Self {
        persist::parse(EMBEDDED_MODEL, "embedded", persist::Checksum::Trust)
            .expect("the embedded model is checked by the test suite")
    }

    /// Label probabilities of one statement.
    pub fn predict(&self, text: &str) -> Probabilities {
        self.predict_with(text, &mut Scratch::default())
    }

    /// Like [`predict`](Self::predict), reusing buffers across calls.
    pub fn predict_with(&self, text: &str, scratch: &mut Scratch) -> Probabilities {
        let x = self.vectorizer.transform(&self.analyzer, text, scratch);
        Probabilities::from_array(self.classifier.probabilities(&x))
    }

    /// The `top` features that pushed `text` most toward `label`.
    pub fn explain(&self, text: &str, label: Stance, top: usize) -> Vec<Contribution> {
        let x = self
            .vectorizer
            .transform(&self.analyzer, text, &mut Scratch::default());
        let l = label.index();
        let mut contributions: Vec<Contribution> = x
            .iter()
            .map(|(index, value)| {
                let w = self.classifier.weights(index);
                let others = (w.iter().sum::<f64>() - w[l]) / 2.0;
                let feature = self.vectorizer.vocabulary().term(index).to_string();
                Contribution {
                    feature,
                    weight: value * (w[l] - others),
                }
            })
            .collect();
        contributions.sort_by(|a, b| {
            b.weight
                .total_cmp(&a.weight)
                .then_with(|| a.feature.cmp(&b.feature))
        });
        contributions.truncate(top);
        contributions
    }

    /// The training settings.
    pub fn params(&self) -> &TrainValidParams {
        &self.params
    }

    /// Training data hash, size and cross-validated metrics.
    pub fn provenance(&self) -> &Provenance {
        &self.provenance
    }

    /// Number of features.
    pub fn n_features(&self) -> usize {
        self.vectorizer.len()
    }

    /// Writes the model atomically (temporary file, then rename).
    pub fn save(&self, path: &std::path::Path) -> Result<()> {
        persist::save(self, path)
    }

    /// Reads a model file, checking its format version and checksum.
    pub fn load(path: &std::path::Path) -> Result<Self> {
        persist::load(path)
    }

    /// The model file's bytes.
    pub fn to_bytes(&self) -> Vec<u8> {
        persist::to_bytes(self)
    }

    /// Parses model-file bytes; `origin` names them in errors.
    pub fn from_bytes(bytes: &[u8], origin: &str) -> Result<Self> {
        persist::from_bytes(bytes, origin)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn autotraits() {
        fn has_autotraits<T: Send + Sync + Unpin>() {}
        has_autotraits::<StanceModel>();
    }
}
