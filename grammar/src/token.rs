//! Token types: `Raw`, what logos recognises in the text, and `Tok`, what
//! the parser consumes (CPython's token set: NAME, NUMBER, STRING, NEWLINE,
//! INDENT, DEDENT, keywords and operators).
//!
//! logos only does the easy part: whitespace, comments, names and operators.
//! Numbers and strings are recognised by their first characters (`NumberStart`,
//! `StringStart`) and scanned by hand in `lexer.rs` with `literals.rs`, because
//! their error messages (`invalid decimal literal`, `unterminated string
//! literal (detected at line N)`) depend on where exactly the scan stopped.

use crate::ast::{Constant, FStringPart, Loc};
use logos::Logos;

/// A raw lexeme. Keywords come out as `Name` and are told apart in `lexer.rs`.
#[derive(Logos, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Raw {
    #[regex(r"[ \t\x0C]+")]
    Space,
    #[token("\n")]
    Newline,
    #[regex(r"#[^\n]*", allow_greedy = true)]
    Comment,
    /// A backslash ending a physical line joins it to the next.
    #[regex(r"\\\n")]
    Continuation,
    #[token("\\")]
    Backslash,
    /// ASCII letters plus any non-ASCII character; `lexer.rs` checks the
    /// non-ASCII ones are really identifier characters.
    #[regex(r"[A-Za-z_\u{80}-\u{10FFFF}][A-Za-z0-9_\u{80}-\u{10FFFF}]*")]
    Name,
    #[regex(r"[0-9]|\.[0-9]")]
    NumberStart,
    #[regex(r#"([rRbBuUfF]|[bB][rR]|[rR][bB]|[fF][rR]|[rR][fF])?['"]"#)]
    StringStart,

    #[token("+")] Plus,
    #[token("-")] Minus,
    #[token("*")] Star,
    #[token("**")] DoubleStar,
    #[token("/")] Slash,
    #[token("//")] DoubleSlash,
    #[token("%")] Percent,
    #[token("@")] At,
    #[token("<<")] LShift,
    #[token(">>")] RShift,
    #[token("&")] Amper,
    #[token("|")] Vbar,
    #[token("^")] Circumflex,
    #[token("~")] Tilde,
    #[token(":=")] ColonEqual,
    #[token("<")] Less,
    #[token(">")] Greater,
    #[token("<=")] LessEqual,
    #[token(">=")] GreaterEqual,
    #[token("==")] EqEqual,
    #[token("!=")] NotEqual,
    #[token("<>")] LessGreater,
    #[token("(")] Lpar,
    #[token(")")] Rpar,
    #[token("[")] Lsqb,
    #[token("]")] Rsqb,
    #[token("{")] Lbrace,
    #[token("}")] Rbrace,
    #[token(",")] Comma,
    #[token(":")] Colon,
    #[token(".")] Dot,
    #[token(";")] Semi,
    #[token("=")] Equal,
    #[token("->")] Rarrow,
    #[token("...")] Ellipsis,
    #[token("+=")] PlusEqual,
    #[token("-=")] MinusEqual,
    #[token("*=")] StarEqual,
    #[token("/=")] SlashEqual,
    #[token("//=")] DoubleSlashEqual,
    #[token("%=")] PercentEqual,
    #[token("@=")] AtEqual,
    #[token("&=")] AmperEqual,
    #[token("|=")] VbarEqual,
    #[token("^=")] CircumflexEqual,
    #[token(">>=")] RShiftEqual,
    #[token("<<=")] LShiftEqual,
    #[token("**=")] DoubleStarEqual,
    /// `!` alone (CPython's ERRORTOKEN).
    #[token("!")] Bang,
}

/// A string literal token, already decoded.
#[derive(Clone, Debug, PartialEq)]
pub enum StrValue {
    Str(String),
    Bytes(Vec<u8>),
    /// An f-string's parts (fields already parsed).
    F(Vec<FStringPart>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct StrLit {
    pub value: StrValue,
    pub start: Loc,
    pub end: Loc,
}

/// A parser token.
#[derive(Clone, Debug, PartialEq)]
pub enum Tok {
    Name(String),
    Number(Constant),
    Str(Box<StrLit>),
    Newline,
    Indent,
    Dedent,
    /// First token of the stream: selects the parser's start rule.
    StartModule,
    StartExpression,
    StartFString,
    /// `(`/`)` around the items of `with (a as b, c as d):`.
    WithLpar,
    WithRpar,
    /// The soft keywords `match` and `case` where they start a match
    /// statement or one of its case blocks (`lexer.rs` decides; elsewhere
    /// they are ordinary `Name`s).
    Match,
    Case,

    False, None, True, And, As, Assert, Async, Await, Break, Class, Continue,
    Def, Del, Elif, Else, Except, Finally, For, From, Global, If, Import, In,
    Is, Lambda, Nonlocal, Not, Or, Pass, Raise, Return, Try, While, With, Yield,

    Plus, Minus, Star, DoubleStar, Slash, DoubleSlash, Percent, At, LShift,
    RShift, Amper, Vbar, Circumflex, Tilde, ColonEqual, Less, Greater,
    LessEqual, GreaterEqual, EqEqual, NotEqual, Lpar, Rpar, Lsqb, Rsqb,
    Lbrace, Rbrace, Comma, Colon, Dot, Semi, Equal, Rarrow, Ellipsis,
    PlusEqual, MinusEqual, StarEqual, SlashEqual, DoubleSlashEqual,
    PercentEqual, AtEqual, AmperEqual, VbarEqual, CircumflexEqual,
    RShiftEqual, LShiftEqual, DoubleStarEqual,
    /// A character no token starts with (`$`, `?`, `!`, a backtick): the
    /// parser rejects it as `invalid syntax`.
    Error,
}

/// The keyword spelled `name`, if it is one.
pub fn keyword(name: &str) -> Option<Tok> {
    Some(match name {
        "False" => Tok::False,
        "None" => Tok::None,
        "True" => Tok::True,
        "and" => Tok::And,
        "as" => Tok::As,
        "assert" => Tok::Assert,
        "async" => Tok::Async,
        "await" => Tok::Await,
        "break" => Tok::Break,
        "class" => Tok::Class,
        "continue" => Tok::Continue,
        "def" => Tok::Def,
        "del" => Tok::Del,
        "elif" => Tok::Elif,
        "else" => Tok::Else,
        "except" => Tok::Except,
        "finally" => Tok::Finally,
        "for" => Tok::For,
        "from" => Tok::From,
        "global" => Tok::Global,
        "if" => Tok::If,
        "import" => Tok::Import,
        "in" => Tok::In,
        "is" => Tok::Is,
        "lambda" => Tok::Lambda,
        "nonlocal" => Tok::Nonlocal,
        "not" => Tok::Not,
        "or" => Tok::Or,
        "pass" => Tok::Pass,
        "raise" => Tok::Raise,
        "return" => Tok::Return,
        "try" => Tok::Try,
        "while" => Tok::While,
        "with" => Tok::With,
        "yield" => Tok::Yield,
        _ => return None,
    })
}

/// The parser token for an operator lexeme (`None` for the lexemes the
/// lexer handles itself).
pub fn operator(raw: Raw) -> Option<Tok> {
    Some(match raw {
        Raw::Plus => Tok::Plus,
        Raw::Minus => Tok::Minus,
        Raw::Star => Tok::Star,
        Raw::DoubleStar => Tok::DoubleStar,
        Raw::Slash => Tok::Slash,
        Raw::DoubleSlash => Tok::DoubleSlash,
        Raw::Percent => Tok::Percent,
        Raw::At => Tok::At,
        Raw::LShift => Tok::LShift,
        Raw::RShift => Tok::RShift,
        Raw::Amper => Tok::Amper,
        Raw::Vbar => Tok::Vbar,
        Raw::Circumflex => Tok::Circumflex,
        Raw::Tilde => Tok::Tilde,
        Raw::ColonEqual => Tok::ColonEqual,
        Raw::Less => Tok::Less,
        Raw::Greater => Tok::Greater,
        Raw::LessEqual => Tok::LessEqual,
        Raw::GreaterEqual => Tok::GreaterEqual,
        Raw::EqEqual => Tok::EqEqual,
        Raw::NotEqual => Tok::NotEqual,
        Raw::LessGreater => Tok::Error,
        Raw::Lpar => Tok::Lpar,
        Raw::Rpar => Tok::Rpar,
        Raw::Lsqb => Tok::Lsqb,
        Raw::Rsqb => Tok::Rsqb,
        Raw::Lbrace => Tok::Lbrace,
        Raw::Rbrace => Tok::Rbrace,
        Raw::Comma => Tok::Comma,
        Raw::Colon => Tok::Colon,
        Raw::Dot => Tok::Dot,
        Raw::Semi => Tok::Semi,
        Raw::Equal => Tok::Equal,
        Raw::Rarrow => Tok::Rarrow,
        Raw::Ellipsis => Tok::Ellipsis,
        Raw::PlusEqual => Tok::PlusEqual,
        Raw::MinusEqual => Tok::MinusEqual,
        Raw::StarEqual => Tok::StarEqual,
        Raw::SlashEqual => Tok::SlashEqual,
        Raw::DoubleSlashEqual => Tok::DoubleSlashEqual,
        Raw::PercentEqual => Tok::PercentEqual,
        Raw::AtEqual => Tok::AtEqual,
        Raw::AmperEqual => Tok::AmperEqual,
        Raw::VbarEqual => Tok::VbarEqual,
        Raw::CircumflexEqual => Tok::CircumflexEqual,
        Raw::RShiftEqual => Tok::RShiftEqual,
        Raw::LShiftEqual => Tok::LShiftEqual,
        Raw::DoubleStarEqual => Tok::DoubleStarEqual,
        Raw::Bang => Tok::Error,
        _ => return None,
    })
}

impl Tok {
    /// True for tokens after which an expression may have ended (used by the
    /// "Perhaps you forgot a comma?" heuristic).
    pub fn ends_expression(&self) -> bool {
        matches!(
            self,
            Tok::Name(_) | Tok::Number(_) | Tok::Str(_) | Tok::Rpar | Tok::Rsqb | Tok::Rbrace
                | Tok::None | Tok::True | Tok::False | Tok::Ellipsis
        )
    }

    /// True for tokens that can start an operand.
    pub fn starts_operand(&self) -> bool {
        matches!(
            self,
            Tok::Name(_) | Tok::Number(_) | Tok::Str(_) | Tok::Lpar | Tok::Lsqb | Tok::Lbrace
                | Tok::None | Tok::True | Tok::False | Tok::Ellipsis | Tok::Tilde | Tok::Lambda
                | Tok::Not
        )
    }

    /// True for operators and keywords: the tokens that can deepen an
    /// expression tree (counted by the lexer's depth guard).
    pub fn deepens(&self) -> bool {
        !matches!(
            self,
            Tok::Name(_) | Tok::Number(_) | Tok::Str(_) | Tok::Comma | Tok::Newline | Tok::Indent
                | Tok::Dedent | Tok::None | Tok::True | Tok::False | Tok::Ellipsis | Tok::Semi
                | Tok::Lpar | Tok::Rpar | Tok::Lsqb | Tok::Rsqb | Tok::Lbrace | Tok::Rbrace
        )
    }
}
