//! Names the features of one analysed text.
//!
//! A word gives its stem (`talk`), or `!talk` inside a negation scope; after
//! "but" it also gives `^talk`, so the clause that carries the thrust weighs
//! twice. Adjacent words in one clause give a bigram (`no talk` → `!talk`
//! follows `no`: `no !talk`).

use crate::text::{Token, TokenKind};

/// Calls `emit` once per feature occurrence, building each name in `buf`
/// (reused, so naming features allocates nothing).
pub fn for_each_term(tokens: &[Token], ngram_max: usize, buf: &mut String, emit: &mut impl FnMut(&str)) {
    let mut previous: Option<&Token> = None;
    for token in tokens {
        if token.kind == TokenKind::Punct {
            previous = None;
            continue;
        }
        buf.clear();
        push_unigram(buf, token);
        emit(buf);
        if token.contrasted {
            buf.clear();
            buf.push('^');
            push_unigram(buf, token);
            emit(buf);
        }
        if ngram_max >= 2 {
            if let Some(prev) = previous {
                buf.clear();
                push_unigram(buf, prev);
                buf.push(' ');
                push_unigram(buf, token);
                emit(buf);
            }
        }
        previous = Some(token);
    }
}

fn push_unigram(buf: &mut String, token: &Token) {
    if token.negated {
        buf.push('!');
    }
    buf.push_str(&token.text);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{Analyzer, AnalyzerConfig};

    fn terms(text: &str, ngram_max: usize) -> Vec<String> {
        let mut tokens = Vec::new();
        Analyzer::new(&AnalyzerConfig::default()).analyze(text, &mut tokens);
        let mut out = Vec::new();
        for_each_term(&tokens, ngram_max, &mut String::new(), &mut |t| out.push(t.to_string()));
        out
    }

    #[test]
    fn unigrams_bigrams_and_negation_marks() {
        assert_eq!(terms("No talks.", 2), ["no", "!talk", "no !talk"]);
    }

    #[test]
    fn bigrams_do_not_cross_punctuation() {
        assert_eq!(terms("talks, sanctions", 2), ["talk", "sanction"]);
    }

    #[test]
    fn contrast_clause_words_count_twice() {
        assert_eq!(terms("but talk", 1), ["but", "talk", "^talk"]);
    }
}
