//! Runs the configured stages in order over one text.

use super::{
    AnalyzerConfig, ContrastScope, LowerCaser, NegationScope, Normalizer, Stemmer, Token,
    TokenFilter, Tokenizer,
};

/// The full analysis pipeline built from an [`AnalyzerConfig`].
#[derive(Debug)]
pub struct Analyzer {
    config: AnalyzerConfig,
    stemmer: Option<Stemmer>,
}

impl Analyzer {
    /// Builds the pipeline that `config` describes.
    pub fn new(config: &AnalyzerConfig) -> Self {
        Analyzer {
            config: config.clone(),
            stemmer: config.stem.map(Stemmer::new),
        }
    }

    /// The settings this analyzer was built from.
    pub fn config(&self) -> &AnalyzerConfig {
        &self.config
    }

    /// Analyses `text` into `tokens` (the buffer is reused, its old content replaced).
    pub fn analyze(&self, text: &str, tokens: &mut Vec<Token>) {
        Tokenizer.tokenize(text, tokens);
        Normalizer.apply(tokens);
        LowerCaser.apply(tokens);
        // Scopes look at unstemmed words ("nothing" stems to "noth").
        if self.config.negation {
            NegationScope.apply(tokens);
        }
        if self.config.contrast {
            ContrastScope.apply(tokens);
        }
        if let Some(stemmer) = &self.stemmer {
            stemmer.apply(tokens);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Language;

    #[test]
    fn disabled_stages_leave_tokens_alone() {
        let config = AnalyzerConfig {
            stem: None,
            negation: false,
            contrast: false,
        };
        let mut tokens = Vec::new();
        Analyzer::new(&config).analyze("No talks, but sanctions", &mut tokens);
        assert!(tokens.iter().all(|t| !t.negated && !t.contrasted));
        assert_eq!(tokens[4].text, "sanctions");
    }

    #[test]
    fn curly_and_straight_quotes_analyse_alike() {
        let analyzer = Analyzer::new(&AnalyzerConfig {
            stem: Some(Language::English),
            ..AnalyzerConfig::default()
        });
        let (mut a, mut b) = (Vec::new(), Vec::new());
        analyzer.analyze("“We won’t talk”", &mut a);
        analyzer.analyze("\"We won't talk\"", &mut b);
        let words = |t: &[Token]| {
            t.iter()
                .map(|t| (t.text.clone(), t.negated))
                .collect::<Vec<_>>()
        };
        assert_eq!(words(&a)[1..4], words(&b)[1..4]);
    }
}
