//! The kept terms and their indices, chosen deterministically from document
//! frequencies: most frequent first, ties broken alphabetically.

use rustc_hash::FxHashMap;
use std::collections::HashMap;

/// Term → feature index.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Vocabulary {
    terms: Vec<String>,
    // Looked up once per feature occurrence: a fast non-cryptographic hash
    // matters here (the keys come from a trusted model, not from input).
    index: FxHashMap<String, usize>,
}

impl Vocabulary {
    /// Keeps terms with `df >= min_df`, at most `max_features` of them.
    /// Returns the vocabulary and the kept terms' document frequencies.
    pub fn select(
        df: HashMap<String, usize>,
        min_df: usize,
        max_features: usize,
    ) -> (Self, Vec<usize>) {
        let mut kept: Vec<(String, usize)> = df.into_iter().filter(|&(_, n)| n >= min_df).collect();
        kept.sort_unstable_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        kept.truncate(max_features);
        let freqs = kept.iter().map(|(_, n)| *n).collect();
        (
            Self::from_terms(kept.into_iter().map(|(t, _)| t).collect()),
            freqs,
        )
    }

    /// Rebuilds from terms in index order (as loaded from a model file).
    pub fn from_terms(terms: Vec<String>) -> Self {
        let index = terms
            .iter()
            .enumerate()
            .map(|(i, t)| (t.clone(), i))
            .collect();
        Vocabulary { terms, index }
    }

    /// The index of `term`, if kept.
    pub fn get(&self, term: &str) -> Option<usize> {
        self.index.get(term).copied()
    }

    /// The term at `index`.
    pub fn term(&self, index: usize) -> &str {
        &self.terms[index]
    }

    /// Terms in index order.
    pub fn terms(&self) -> &[String] {
        &self.terms
    }

    /// Number of terms.
    pub fn len(&self) -> usize {
        self.terms.len()
    }

    /// Whether there are no terms.
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn orders_by_frequency_then_alphabet_and_caps() {
        let df = [("b", 3), ("a", 3), ("c", 5), ("rare", 1)]
            .into_iter()
            .map(|(t, n)| (t.to_string(), n))
            .collect();
        let (vocab, freqs) = Vocabulary::select(df, 2, 2);
        assert_eq!(vocab.terms(), ["c", "a"]);
        assert_eq!(freqs, [5, 3]);
        assert_eq!(vocab.get("a"), Some(1));
        assert_eq!(vocab.get("rare"), None);
    }
}
