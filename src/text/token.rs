//! The token every stage edits.

/// What a token is made of; decides which filters touch it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (and apostrophes inside a word).
    Word,
    /// Digits; their text is replaced by `<num>` so years and counts share a feature.
    Number,
    /// A punctuation mark: ends negation scopes, never becomes a feature.
    Punct,
}

/// One token, with byte offsets into the text it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// The token's current text (normalised, lower-cased, stemmed as the stages go).
    pub text: String,
    /// Start byte offset in the source text.
    pub from: usize,
    /// End byte offset (exclusive) in the source text.
    pub to: usize,
    /// Word, number or punctuation.
    pub kind: TokenKind,
    /// Inside the scope of a negation ("not", "no", "n't"...).
    pub negated: bool,
    /// After a contrast word ("but", "however"...) in the same sentence.
    pub contrasted: bool,
}

impl Token {
    /// An empty token, ready to be filled by the tokenizer.
    pub fn empty() -> Self {
        Token {
            text: String::new(),
            from: 0,
            to: 0,
            kind: TokenKind::Word,
            negated: false,
            contrasted: false,
        }
    }

    /// Whether the token can become a feature (words and numbers).
    pub fn is_term(&self) -> bool {
        self.kind != TokenKind::Punct
    }
}
