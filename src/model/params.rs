//! Training hyper-parameters, linfa style: `TrainParams` with consuming
//! setters, validated once into `TrainValidParams` (which a model file keeps).

use crate::error::{Error, Result};
use crate::features::{VectorizerParams, VectorizerValidParams};
use crate::text::AnalyzerConfig;
use serde::{Deserialize, Serialize};

/// The classifier to fit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Algorithm {
    /// Multinomial logistic regression (linfa-logistic, L-BFGS).
    Logistic,
    /// Multinomial naive Bayes (linfa-bayes).
    NaiveBayes,
}

/// Validated training settings.
///
/// | Name | Default | Purpose | Range |
/// |---|---|---|---|
/// | `algorithm` | `naive-bayes` | classifier | `logistic`, `naive-bayes` |
/// | `l2` | 0.001 | logistic regression L2 penalty | ≥ 0, finite |
/// | `smoothing` | 0.1 | naive Bayes additive smoothing | > 0, finite |
/// | `max_iterations` | 200 | L-BFGS iteration cap | ≥ 1 |
/// | `analyzer` | all stages | text pipeline | |
/// | `vectorizer` | see [`VectorizerParams`] | features | |
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TrainValidParams {
    algorithm: Algorithm,
    l2: f64,
    smoothing: f64,
    max_iterations: u64,
    analyzer: AnalyzerConfig,
    vectorizer: VectorizerValidParams,
}

/// Unchecked training settings; [`check`](Self::check) validates them.
#[derive(Debug, Clone)]
pub struct TrainParams {
    algorithm: Algorithm,
    l2: f64,
    smoothing: f64,
    max_iterations: u64,
    analyzer: AnalyzerConfig,
    vectorizer: VectorizerParams,
}

impl Default for TrainParams {
    fn default() -> Self {
        TrainParams {
            algorithm: Algorithm::NaiveBayes,
            l2: 0.001,
            smoothing: 0.1,
            max_iterations: 200,
            analyzer: AnalyzerConfig::default(),
            vectorizer: VectorizerParams::default(),
        }
    }
}

impl TrainParams {
    /// Default settings.
    pub fn new() -> Self {
        Self::default()
    }
    /// Classifier to fit.
    pub fn algorithm(mut self, algorithm: Algorithm) -> Self {
        self.algorithm = algorithm;
        self
    }
    /// Logistic regression L2 penalty.
    pub fn l2(mut self, l2: f64) -> Self {
        self.l2 = l2;
        self
    }
    /// Naive Bayes smoothing.
    pub fn smoothing(mut self, smoothing: f64) -> Self {
        self.smoothing = smoothing;
        self
    }
    /// L-BFGS iteration cap.
    pub fn max_iterations(mut self, n: u64) -> Self {
        self.max_iterations = n;
        self
    }
    /// Text pipeline settings.
    pub fn analyzer(mut self, config: AnalyzerConfig) -> Self {
        self.analyzer = config;
        self
    }
    /// Vectorizer settings.
    pub fn vectorizer(mut self, params: VectorizerParams) -> Self {
        self.vectorizer = params;
        self
    }

    /// Validates every setting.
    ///
    /// # Errors
    /// [`Error::InvalidParam`] naming the first setting out of range.
    pub fn check(self) -> Result<TrainValidParams> {
        if !(self.l2.is_finite() && self.l2 >= 0.0) {
            return Err(Error::InvalidParam(format!(
                "l2 must be finite and >= 0, got {}",
                self.l2
            )));
        }
        if !(self.smoothing.is_finite() && self.smoothing > 0.0) {
            return Err(Error::InvalidParam(format!(
                "smoothing must be finite and > 0, got {}",
                self.smoothing
            )));
        }
        if self.max_iterations == 0 {
            return Err(Error::InvalidParam(
                "max_iterations must be at least 1".into(),
            ));
        }
        Ok(TrainValidParams {
            algorithm: self.algorithm,
            l2: self.l2,
            smoothing: self.smoothing,
            max_iterations: self.max_iterations,
            analyzer: self.analyzer,
            vectorizer: self.vectorizer.check()?,
        })
    }
}

impl TrainValidParams {
    /// Classifier to fit.
    pub fn algorithm(&self) -> Algorithm {
        self.algorithm
    }
    /// Logistic regression L2 penalty.
    pub fn l2(&self) -> f64 {
        self.l2
    }
    /// Naive Bayes smoothing.
    pub fn smoothing(&self) -> f64 {
        self.smoothing
    }
    /// L-BFGS iteration cap.
    pub fn max_iterations(&self) -> u64 {
        self.max_iterations
    }
    /// Text pipeline settings.
    pub fn analyzer(&self) -> &AnalyzerConfig {
        &self.analyzer
    }
    /// Vectorizer settings.
    pub fn vectorizer(&self) -> &VectorizerValidParams {
        &self.vectorizer
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_bad_values_with_the_setting_named() {
        let err = TrainParams::new().l2(-1.0).check().unwrap_err().to_string();
        assert!(err.contains("l2"), "{err}");
        assert!(TrainParams::new().smoothing(0.0).check().is_err());
        assert!(TrainParams::new().max_iterations(0).check().is_err());
        assert!(
            TrainParams::new()
                .vectorizer(VectorizerParams::new().min_df(0))
                .check()
                .is_err()
        );
    }
}
