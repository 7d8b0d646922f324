//! Features: from analysed tokens to weighted bag-of-words vectors.
//!
//! `terms` names the features of one text (unigrams, bigrams, negated and
//! contrast-clause variants); `vocabulary` picks which terms to keep;
//! `vectorizer` weights and normalises them.
//!
//! ```
//! use nkstance::features::{VectorizerParams, Vectorizer};
//! use nkstance::text::{Analyzer, AnalyzerConfig};
//! let analyzer = Analyzer::new(&AnalyzerConfig::default());
//! let docs = ["we will talk", "we will not talk", "talks will resume"];
//! let vectorizer = Vectorizer::fit(&VectorizerParams::new().min_df(1).check().unwrap(), &analyzer, &docs);
//! let v = vectorizer.transform(&analyzer, "we will talk", &mut Default::default());
//! let norm: f64 = v.values().iter().map(|x| x * x).sum();
//! assert!((norm - 1.0).abs() < 1e-9);
//! ```

mod params;
mod sparse;
mod terms;
mod vectorizer;
mod vocabulary;

pub use params::{VectorizerParams, VectorizerValidParams, Weighting};
pub use sparse::SparseVector;
pub use terms::for_each_term;
pub use vectorizer::{Scratch, Vectorizer};
pub use vocabulary::Vocabulary;
