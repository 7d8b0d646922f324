//! The fitted classifier in the form every algorithm reduces to: one weight
//! per (feature, label) and a bias per label; probabilities by softmax.
//!
//! Logistic regression is this model directly; multinomial naive Bayes is
//! too, with log feature probabilities as weights and log priors as biases.

use crate::features::SparseVector;
use serde::{Deserialize, Serialize};

/// Linear scores over sparse features, softmaxed into probabilities.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LinearClassifier {
    weights: Vec<[f64; 3]>,
    bias: [f64; 3],
}

impl LinearClassifier {
    /// Builds from per-feature weights (label-index order) and biases.
    pub fn new(weights: Vec<[f64; 3]>, bias: [f64; 3]) -> Self {
        LinearClassifier { weights, bias }
    }

    /// Number of features it expects.
    pub fn n_features(&self) -> usize {
        self.weights.len()
    }

    /// The weights of feature `index`.
    pub fn weights(&self, index: usize) -> [f64; 3] {
        self.weights[index]
    }

    /// Whether every parameter is a finite number.
    pub fn is_finite(&self) -> bool {
        self.bias
            .iter()
            .chain(self.weights.iter().flatten())
            .all(|w| w.is_finite())
    }

    /// Label probabilities of one vector.
    pub fn probabilities(&self, x: &SparseVector) -> [f64; 3] {
        let mut logits = self.bias;
        for (index, value) in x.iter() {
            let w = &self.weights[index];
            for label in 0..3 {
                logits[label] += value * w[label];
            }
        }
        softmax(logits)
    }
}

fn softmax(logits: [f64; 3]) -> [f64; 3] {
    let max = logits.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let exp = logits.map(|l| (l - max).exp());
    let sum: f64 = exp.iter().sum();
    exp.map(|e| e / sum)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn probabilities_sum_to_one_and_follow_weights() {
        let model = LinearClassifier::new(vec![[2.0, 0.0, 0.0], [0.0, 3.0, 0.0]], [0.0, 0.0, 0.5]);
        let x = SparseVector::from_pairs(vec![(1, 1.0)]);
        let p = model.probabilities(&x);
        assert!((p.iter().sum::<f64>() - 1.0).abs() < 1e-12);
        assert!(p[1] > p[0] && p[1] > p[2]);
        let empty = model.probabilities(&SparseVector::default());
        assert!(empty[2] > empty[0]);
    }

    #[test]
    fn softmax_survives_huge_logits() {
        let p = softmax([1e308, 0.0, -1e308]);
        assert_eq!(p, [1.0, 0.0, 0.0]);
    }
}
