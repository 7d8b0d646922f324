//! Fits a vocabulary and idf weights on a corpus, then turns any text into
//! an L2-normalised sparse vector.

use super::{SparseVector, VectorizerValidParams, Vocabulary, Weighting, for_each_term};
use crate::text::{Analyzer, Token};
use std::collections::{HashMap, HashSet};

/// Reusable buffers for [`Vectorizer::transform`], so a hot loop allocates
/// per statement, not per token.
#[derive(Debug, Default)]
pub struct Scratch {
    tokens: Vec<Token>,
    term: String,
}

/// A fitted bag-of-words vectorizer.
#[derive(Debug, Clone, PartialEq)]
pub struct Vectorizer {
    params: VectorizerValidParams,
    vocabulary: Vocabulary,
    idf: Vec<f64>,
}

impl Vectorizer {
    /// Learns the vocabulary and idf weights from `docs`.
    pub fn fit<S: AsRef<str>>(
        params: &VectorizerValidParams,
        analyzer: &Analyzer,
        docs: &[S],
    ) -> Self {
        let mut df: HashMap<String, usize> = HashMap::new();
        let mut seen: HashSet<String> = HashSet::new();
        let mut scratch = Scratch::default();
        for doc in docs {
            analyzer.analyze(doc.as_ref(), &mut scratch.tokens);
            seen.clear();
            for_each_term(
                &scratch.tokens,
                params.ngram_max(),
                &mut scratch.term,
                &mut |t| {
                    if !seen.contains(t) {
                        seen.insert(t.to_string());
                    }
                },
            );
            for term in seen.drain() {
                *df.entry(term).or_insert(0) += 1;
            }
        }
        let (vocabulary, freqs) = Vocabulary::select(df, params.min_df(), params.max_features());
        let n = docs.len() as f64;
        let idf = freqs
            .iter()
            .map(|&d| ((1.0 + n) / (1.0 + d as f64)).ln() + 1.0)
            .collect();
        Vectorizer {
            params: params.clone(),
            vocabulary,
            idf,
        }
    }

    /// Rebuilds a fitted vectorizer from saved parts.
    pub fn from_parts(params: VectorizerValidParams, terms: Vec<String>, idf: Vec<f64>) -> Self {
        Vectorizer {
            params,
            vocabulary: Vocabulary::from_terms(terms),
            idf,
        }
    }

    /// The settings it was fitted with.
    pub fn params(&self) -> &VectorizerValidParams {
        &self.params
    }

    /// The kept terms.
    pub fn vocabulary(&self) -> &Vocabulary {
        &self.vocabulary
    }

    /// The idf weight of each term (unused under log-count weighting).
    pub fn idf(&self) -> &[f64] {
        &self.idf
    }

    /// Number of features.
    pub fn len(&self) -> usize {
        self.vocabulary.len()
    }

    /// Whether the vocabulary is empty.
    pub fn is_empty(&self) -> bool {
        self.vocabulary.is_empty()
    }

    /// The weighted, L2-normalised vector of `text`.
    pub fn transform(
        &self,
        analyzer: &Analyzer,
        text: &str,
        scratch: &mut Scratch,
    ) -> SparseVector {
        analyzer.analyze(text, &mut scratch.tokens);
        let mut counts = Vec::new();
        let vocabulary = &self.vocabulary;
        for_each_term(
            &scratch.tokens,
            self.params.ngram_max(),
            &mut scratch.term,
            &mut |t| {
                if let Some(i) = vocabulary.get(t) {
                    counts.push((i, 1.0));
                }
            },
        );
        let mut vector = SparseVector::from_pairs(counts);
        let weighting = self.params.weighting();
        for (index, value) in vector.iter_mut() {
            *value = 1.0 + value.ln();
            if weighting == Weighting::TfIdf {
                *value *= self.idf[index];
            }
        }
        vector.l2_normalize();
        vector
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::VectorizerParams;
    use crate::text::AnalyzerConfig;

    fn fitted(weighting: Weighting) -> (Analyzer, Vectorizer) {
        let analyzer = Analyzer::new(&AnalyzerConfig::default());
        let docs = [
            "talks resume",
            "no talks",
            "sanctions stay",
            "talks and sanctions",
        ];
        let params = VectorizerParams::new()
            .min_df(1)
            .weighting(weighting)
            .check()
            .unwrap();
        let v = Vectorizer::fit(&params, &analyzer, &docs);
        (analyzer, v)
    }

    #[test]
    fn fitting_is_deterministic() {
        assert_eq!(fitted(Weighting::TfIdf).1, fitted(Weighting::TfIdf).1);
    }

    #[test]
    fn rarer_terms_weigh_more_under_tfidf() {
        let (analyzer, v) = fitted(Weighting::TfIdf);
        let x = v.transform(&analyzer, "talks resume", &mut Scratch::default());
        let talk = v.vocabulary().get("talk").unwrap();
        let resume = v.vocabulary().get("resum").unwrap();
        let value = |i| x.iter().find(|&(j, _)| j == i).unwrap().1;
        assert!(value(resume) > value(talk));
    }

    #[test]
    fn unknown_words_give_an_empty_vector() {
        let (analyzer, v) = fitted(Weighting::LogCount);
        assert!(
            v.transform(&analyzer, "zzz qqq", &mut Scratch::default())
                .is_empty()
        );
    }
}
