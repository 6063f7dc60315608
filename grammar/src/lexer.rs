//! The token layer: logos lexemes in, parser tokens out.
//!
//! Turns physical lines into logical ones as CPython's tokenizer does:
//! NEWLINE ends a logical line; INDENT/DEDENT follow the indentation stack
//! (a tab advances to the next multiple of 8; the same line measured with
//! tabs as 1 column must order the same way, or it is a `TabError`); lines
//! are joined inside `()[]{}` and after a backslash; blank and comment-only
//! lines produce nothing. After tokenizing, two rewrites help the LALR
//! grammar: parenthesized with-items (`WithLpar`/`WithRpar`) and the soft
//! keywords `match`/`case` (`Tok::Match`/`Tok::Case` only where they open a
//! match statement or a case block; everywhere else they stay names).
//!
//! The whole input is tokenized before parsing. A tokenizer error (an
//! unterminated string, a bad number, an unmatched bracket, a bad dedent)
//! stops the token list there and is kept in `Lexed::error`: CPython reports
//! tokenizer errors in preference to parser errors, so the driver in
//! `lib.rs` needs both.
//!
//! Guards that keep the parser from recursing or allocating without bound:
//! at most 200 nested brackets (`too many nested parentheses`, as CPython),
//! 100 indentation levels, and `MAX_EXPR_DEPTH` operators in one
//! comma-free stretch of an expression (an upper bound on how deep its tree
//! can be), so that `- - - … 1` a million long is a `SyntaxError`, not a
//! stack overflow in whoever walks the tree.

use crate::ast::Loc;
use crate::literals::{self, NumberError, StrPrefix};
use crate::token::{self, Raw, StrLit, StrValue, Tok};
use crate::{SyntaxError, SyntaxErrorKind};
use logos::Logos;

/// A parser location: line (1-based) and column (0-based, in characters),
/// plus the token's index so error reporting can look at its neighbours.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Pos {
    pub line: u32,
    pub col: u32,
    pub idx: u32,
}

impl Pos {
    pub fn loc(self) -> Loc {
        Loc { line: self.line, col: self.col }
    }
}

pub type Spanned = (Pos, Tok, Pos);

/// What the tokens are for: it selects the parser's start rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A file or `exec`/`single` input: NEWLINE/INDENT/DEDENT are produced.
    Module,
    /// `eval` input: no indentation tokens.
    Expression,
    /// The expression inside an f-string field: lexed as if inside
    /// parentheses (CPython wraps it in `(…)`), so newlines are ignored.
    FString,
}

/// CPython's MAXLEVEL.
const MAX_BRACKETS: usize = 200;
/// CPython's MAXINDENT.
const MAX_INDENT: usize = 100;
/// Operators allowed in one comma-free stretch of an expression.
pub const MAX_EXPR_DEPTH: u32 = 1000;

pub struct Lexed {
    pub tokens: Vec<Spanned>,
    /// The first tokenizer error; `tokens` stops before it.
    pub error: Option<SyntaxError>,
    /// Whether `error` beats a parser error found earlier in the file.
    /// CPython raises most tokenizer errors at once, and they win; a bad
    /// dedent, a TabError, too deep indentation and a backslash at end of
    /// input only surface if the parser gets that far.
    pub error_overrides: bool,
    /// The innermost bracket still open at end of input.
    pub unclosed: Option<(char, Loc)>,
    /// Where an error "at end of input" is reported: the last line, just
    /// past its last character.
    pub eof: Loc,
}

/// Converts byte offsets to (line, column) in one forward pass.
struct Cursor<'s> {
    src: &'s [u8],
    byte: usize,
    line: u32,
    col: u32,
    base: Loc,
}

impl<'s> Cursor<'s> {
    fn loc_at(&mut self, byte: usize) -> Loc {
        let end = byte.min(self.src.len());
        if end < self.byte {
            // Only error paths look backwards; start again from the top.
            self.byte = 0;
            self.line = 0;
            self.col = 0;
        }
        for &b in &self.src[self.byte..end] {
            if b == b'\n' {
                self.line += 1;
                self.col = 0;
            } else if b & 0xC0 != 0x80 {
                self.col += 1;
            }
        }
        self.byte = end;
        let col = if self.line == 0 { self.col + self.base.col } else { self.col };
        Loc { line: self.base.line + self.line, col }
    }
}

/// One bracket level of the expression-depth guard.
#[derive(Clone, Copy, Default)]
struct DepthFrame {
    ops: u32,
    inner: u32,
    best: u32,
}

struct Lexer<'s> {
    src: &'s str,
    mode: Mode,
    fstring_depth: u32,
    cursor: Cursor<'s>,
    tokens: Vec<Spanned>,
    /// (columns with tabs to 8, columns with tabs as 1)
    indents: Vec<(u32, u32)>,
    brackets: Vec<(u8, Loc)>,
    depth: Vec<DepthFrame>,
    line_start: usize,
    at_line_start: bool,
    line_has_tokens: bool,
    /// Byte offset of a `\` + newline not yet followed by a token.
    pending_continuation: Option<usize>,
}

pub fn err_at(kind: SyntaxErrorKind, msg: impl Into<String>, loc: Loc) -> SyntaxError {
    SyntaxError {
        kind,
        msg: msg.into(),
        filename: String::new(),
        line: loc.line,
        offset: loc.col + 1,
        text: None,
    }
}

fn syntax_err(msg: impl Into<String>, loc: Loc) -> SyntaxError {
    err_at(SyntaxErrorKind::SyntaxError, msg, loc)
}

/// Tokenizes `src`, which must already have its newlines normalized to `\n`
/// (and, in `Module` mode, end with one). `base` is the location of the
/// first character (not 1:0 for an f-string field).
pub fn tokenize(src: &str, mode: Mode, base: Loc, fstring_depth: u32) -> Lexed {
    let mut lx = Lexer {
        src,
        mode,
        fstring_depth,
        cursor: Cursor { src: src.as_bytes(), byte: 0, line: 0, col: 0, base },
        tokens: Vec::with_capacity(src.len() / 3 + 4),
        indents: vec![(0, 0)],
        brackets: Vec::new(),
        depth: vec![DepthFrame::default()],
        line_start: 0,
        at_line_start: true,
        line_has_tokens: false,
        pending_continuation: None,
    };
    let start = match mode {
        Mode::Module => Tok::StartModule,
        Mode::Expression => Tok::StartExpression,
        Mode::FString => Tok::StartFString,
    };
    let p = Pos { line: base.line, col: base.col, idx: 0 };
    lx.tokens.push((p, start, Pos { idx: 1, ..p }));
    let error = lx.run().err();
    let error_overrides = error.as_ref().is_some_and(|e| {
        e.kind == SyntaxErrorKind::SyntaxError && e.msg != "unexpected EOF while parsing"
    });
    let unclosed = lx.brackets.last().map(|&(c, loc)| (c as char, loc));
    let eof = eof_loc(src, base);
    Lexed { tokens: lx.tokens, error, error_overrides, unclosed, eof }
}

/// The last line of `src` and the column just past its end.
fn eof_loc(src: &str, base: Loc) -> Loc {
    let body = src.strip_suffix('\n').unwrap_or(src);
    let newlines = body.bytes().filter(|&b| b == b'\n').count() as u32;
    let last = match body.rfind('\n') {
        Some(i) => &body[i + 1..],
        None => body,
    };
    let mut col = last.chars().count() as u32;
    if newlines == 0 {
        col += base.col;
    }
    Loc { line: base.line + newlines, col }
}

impl<'s> Lexer<'s> {
    fn pos(&mut self, byte: usize) -> Pos {
        let loc = self.cursor.loc_at(byte);
        Pos { line: loc.line, col: loc.col, idx: self.tokens.len() as u32 }
    }

    fn push(&mut self, start: Pos, tok: Tok, end: Pos) -> Result<(), SyntaxError> {
        let idx = self.tokens.len() as u32;
        self.guard_depth(&tok, start)?;
        self.tokens.push((Pos { idx, ..start }, tok, Pos { idx: idx + 1, ..end }));
        Ok(())
    }

    /// Updates the expression-depth estimate for `tok` (see the module doc).
    fn guard_depth(&mut self, tok: &Tok, at: Pos) -> Result<(), SyntaxError> {
        let too_deep = || syntax_err("too many nested parentheses", at.loc());
        match tok {
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace | Tok::WithLpar => {
                if let Some(top) = self.depth.last_mut() {
                    top.ops += 1;
                }
                self.depth.push(DepthFrame::default());
            }
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace | Tok::WithRpar if self.depth.len() > 1 => {
                let f = self.depth.pop().unwrap_or_default();
                let total = f.best.max(f.ops + f.inner) + 1;
                if let Some(top) = self.depth.last_mut() {
                    top.inner = top.inner.max(total);
                    if top.ops + top.inner > MAX_EXPR_DEPTH {
                        return Err(too_deep());
                    }
                }
            }
            Tok::Comma => {
                if let Some(top) = self.depth.last_mut() {
                    top.best = top.best.max(top.ops + top.inner);
                    top.ops = 0;
                    top.inner = 0;
                }
            }
            Tok::Newline | Tok::Semi if self.depth.len() == 1 => {
                self.depth[0] = DepthFrame::default();
            }
            t if t.deepens() => {
                if let Some(top) = self.depth.last_mut() {
                    top.ops += 1;
                    if top.ops + top.inner > MAX_EXPR_DEPTH {
                        return Err(too_deep());
                    }
                }
            }
            _ => {}
        }
        Ok(())
    }

    fn run(&mut self) -> Result<(), SyntaxError> {
        let src = self.src;
        let mut raw = Raw::lexer(src);
        while let Some(next) = raw.next() {
            let span = raw.span();
            let lexeme = match next {
                Ok(r) => r,
                Err(()) => {
                    self.begin_token(span.start)?;
                    let (s, e) = (self.pos(span.start), self.pos(span.end));
                    let c = src[span.start..].chars().next().unwrap_or('?');
                    if c.is_ascii_graphic() {
                        // `$`, `?`, a backtick: the parser reports it.
                        self.push(s, Tok::Error, e)?;
                        continue;
                    }
                    return Err(invalid_character(c, s.loc()));
                }
            };
            match lexeme {
                Raw::Space | Raw::Comment => {}
                Raw::Newline => {
                    self.pending_continuation = None;
                    if self.brackets.is_empty() && self.mode != Mode::FString {
                        if self.line_has_tokens {
                            let s = self.pos(span.start);
                            let e = Pos { col: s.col + 1, ..s };
                            self.push(s, Tok::Newline, e)?;
                        }
                        self.at_line_start = true;
                        self.line_has_tokens = false;
                    }
                    self.line_start = span.end;
                }
                Raw::Continuation => {
                    self.pending_continuation = Some(span.start);
                    self.line_start = span.end;
                }
                Raw::Backslash => {
                    let loc = self.pos(span.start).loc();
                    return Err(syntax_err(
                        "unexpected character after line continuation character",
                        Loc { col: loc.col + 1, ..loc },
                    ));
                }
                Raw::Name => {
                    self.begin_token(span.start)?;
                    let text = &src[span.clone()];
                    let s = self.pos(span.start);
                    if !text.is_ascii() {
                        check_identifier(text, s.loc())?;
                    }
                    let e = self.pos(span.end);
                    let tok = token::keyword(text).unwrap_or_else(|| Tok::Name(text.to_string()));
                    self.push(s, tok, e)?;
                }
                Raw::NumberStart => {
                    self.begin_token(span.start)?;
                    let s = self.pos(span.start);
                    match literals::scan_number(src, span.start) {
                        Ok((value, end)) => {
                            raw.bump(end.saturating_sub(span.end));
                            let e = self.pos(end);
                            self.push(s, Tok::Number(value), e)?;
                        }
                        Err(NumberError { at, msg }) => {
                            let loc = if at <= span.start { s.loc() } else { self.pos(at).loc() };
                            return Err(syntax_err(msg, loc));
                        }
                    }
                }
                Raw::StringStart => {
                    self.begin_token(span.start)?;
                    let end = self.string(span.start)?;
                    raw.bump(end.saturating_sub(span.end));
                }
                Raw::Lpar | Raw::Lsqb | Raw::Lbrace => {
                    self.begin_token(span.start)?;
                    let (s, e) = (self.pos(span.start), self.pos(span.end));
                    if self.brackets.len() >= MAX_BRACKETS {
                        return Err(syntax_err("too many nested parentheses", s.loc()));
                    }
                    self.brackets.push((src.as_bytes()[span.start], s.loc()));
                    let tok = token::operator(lexeme).unwrap_or(Tok::Error);
                    self.push(s, tok, e)?;
                }
                Raw::Rpar | Raw::Rsqb | Raw::Rbrace => {
                    self.begin_token(span.start)?;
                    let (s, e) = (self.pos(span.start), self.pos(span.end));
                    let close = src.as_bytes()[span.start] as char;
                    match self.brackets.pop() {
                        None => return Err(syntax_err(format!("unmatched '{close}'"), s.loc())),
                        Some((open, at)) => {
                            let open = open as char;
                            let expected = match open {
                                '(' => ')',
                                '[' => ']',
                                _ => '}',
                            };
                            if close != expected {
                                let mut msg = format!(
                                    "closing parenthesis '{close}' does not match opening parenthesis '{open}'"
                                );
                                if at.line != s.line {
                                    msg.push_str(&format!(" on line {}", at.line));
                                }
                                return Err(syntax_err(msg, s.loc()));
                            }
                        }
                    }
                    let tok = token::operator(lexeme).unwrap_or(Tok::Error);
                    self.push(s, tok, e)?;
                }
                other => {
                    self.begin_token(span.start)?;
                    let (s, e) = (self.pos(span.start), self.pos(span.end));
                    let tok = token::operator(other).unwrap_or(Tok::Error);
                    self.push(s, tok, e)?;
                }
            }
        }
        if let Some(at) = self.pending_continuation {
            let loc = self.pos(at).loc();
            return Err(syntax_err("unexpected EOF while parsing", Loc { col: loc.col + 1, ..loc }));
        }
        if !self.brackets.is_empty() {
            return Ok(());
        }
        let end = self.pos(src.len());
        if self.mode == Mode::Expression && self.line_has_tokens {
            self.push(end, Tok::Newline, end)?;
        }
        if self.mode == Mode::Module {
            if self.line_has_tokens {
                self.push(end, Tok::Newline, end)?;
            }
            let eof = eof_loc(self.src, self.cursor.base);
            let eof = Pos { line: eof.line, col: eof.col, idx: 0 };
            while self.indents.len() > 1 {
                self.indents.pop();
                self.push(eof, Tok::Dedent, eof)?;
            }
        }
        self.rewrite_with_parens();
        self.rewrite_soft_keywords();
        Ok(())
    }

    /// Called before the first token of every line: emits INDENT/DEDENT.
    fn begin_token(&mut self, start: usize) -> Result<(), SyntaxError> {
        self.pending_continuation = None;
        if self.at_line_start && self.brackets.is_empty() && self.mode == Mode::Module {
            self.indentation(start)?;
        }
        self.at_line_start = false;
        self.line_has_tokens = true;
        Ok(())
    }

    fn indentation(&mut self, start: usize) -> Result<(), SyntaxError> {
        let (mut col, mut alt, mut chars) = (0u32, 0u32, 0u32);
        for &b in &self.src.as_bytes()[self.line_start.min(start)..start] {
            chars += 1;
            match b {
                b'\t' => {
                    col = (col / 8 + 1) * 8;
                    alt += 1;
                }
                b'\x0C' => {
                    col = 0;
                    alt = 0;
                }
                _ => {
                    col += 1;
                    alt += 1;
                }
            }
        }
        let here = self.pos(start);
        let tab_error = || {
            err_at(
                SyntaxErrorKind::TabError,
                "inconsistent use of tabs and spaces in indentation",
                Loc { line: here.line, col: 0 },
            )
        };
        let (top, top_alt) = self.indents.last().copied().unwrap_or((0, 0));
        if col == top {
            if alt != top_alt {
                return Err(tab_error());
            }
        } else if col > top {
            if alt <= top_alt {
                return Err(tab_error());
            }
            if self.indents.len() >= MAX_INDENT {
                return Err(err_at(
                    SyntaxErrorKind::IndentationError,
                    "too many levels of indentation",
                    Loc { line: here.line, col: 0 },
                ));
            }
            self.indents.push((col, alt));
            // CPython's offset for "unexpected indent" is the indentation's width.
            let s = Pos { col: chars.saturating_sub(1), ..here };
            self.push(s, Tok::Indent, Pos { col: chars, ..here })?;
        } else {
            while self.indents.len() > 1 && col < self.indents.last().map_or(0, |t| t.0) {
                self.indents.pop();
                self.push(here, Tok::Dedent, here)?;
            }
            let (top, top_alt) = self.indents.last().copied().unwrap_or((0, 0));
            if col != top {
                let line_end = self.src[start..].find('\n').map_or(self.src.len(), |i| start + i);
                let width = self.src[self.line_start.min(start)..line_end].chars().count() as u32;
                return Err(err_at(
                    SyntaxErrorKind::IndentationError,
                    "unindent does not match any outer indentation level",
                    Loc { line: here.line, col: width },
                ));
            }
            if alt != top_alt {
                return Err(tab_error());
            }
        }
        Ok(())
    }

    /// Scans the string literal starting at byte `start`, pushes its token
    /// and returns the byte just past it.
    fn string(&mut self, start: usize) -> Result<usize, SyntaxError> {
        let s = self.pos(start);
        let scanned = match literals::scan_string(self.src, start) {
            Ok(scanned) => scanned,
            Err(unterminated) => {
                let detected = if unterminated.triple {
                    eof_loc(self.src, self.cursor.base).line
                } else {
                    // Measured from a scratch cursor: the string's start is
                    // the last position this cursor knows.
                    let mut c = Cursor { byte: 0, line: 0, col: 0, ..self.cursor };
                    c.loc_at(unterminated.at).line
                };
                let what = if unterminated.triple { "unterminated triple-quoted string literal" } else { "unterminated string literal" };
                return Err(syntax_err(format!("{what} (detected at line {detected})"), s.loc()));
            }
        };
        let body = &self.src[scanned.body.clone()];
        let body_loc = {
            let prefix_and_quotes = scanned.body.start - start;
            Loc { line: s.line, col: s.col + prefix_and_quotes as u32 }
        };
        let e = self.pos(scanned.end);
        let end_loc = e.loc();
        let value = match scanned.prefix {
            StrPrefix { bytes: true, raw, .. } => match literals::decode_bytes(body, raw) {
                Ok(b) => StrValue::Bytes(b),
                Err(literals::DecodeError::NonAscii) => {
                    return Err(syntax_err("bytes can only contain ASCII literal characters", s.loc()))
                }
                Err(literals::DecodeError::Escape(msg)) => return Err(syntax_err(msg, end_loc)),
            },
            StrPrefix { fstring: true, raw, .. } => {
                let parts = crate::fstring::parse(body, raw, body_loc, end_loc, self.fstring_depth)?;
                StrValue::F(parts)
            }
            StrPrefix { raw, .. } => match literals::decode_str(body, raw) {
                Ok(text) => StrValue::Str(text),
                Err(msg) => return Err(syntax_err(msg, end_loc)),
            },
        };
        let lit = StrLit { value, start: s.loc(), end: end_loc };
        self.push(s, Tok::Str(Box::new(lit)), e)?;
        Ok(scanned.end)
    }

    /// `with (a as b, c):` — the parentheses enclose with-items, not a
    /// tuple, when the `)` is directly followed by `:` (CPython tries that
    /// reading first). Marks them so the LALR grammar can tell.
    fn rewrite_with_parens(&mut self) {
        let n = self.tokens.len();
        let mut i = 0;
        while i + 2 < n {
            let first = &self.tokens[i + 2].1;
            if self.tokens[i].1 == Tok::With && self.tokens[i + 1].1 == Tok::Lpar && *first != Tok::Rpar && *first != Tok::Yield {
                let mut depth = 0usize;
                let mut j = i + 1;
                let mut generator = false;
                while j < n {
                    match self.tokens[j].1 {
                        Tok::For if depth == 1 => generator = true,
                        Tok::Lpar | Tok::Lsqb | Tok::Lbrace => depth += 1,
                        Tok::Rpar | Tok::Rsqb | Tok::Rbrace => {
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                    j += 1;
                }
                if !generator && j + 1 < n && self.tokens[j + 1].1 == Tok::Colon {
                    self.tokens[i + 1].1 = Tok::WithLpar;
                    self.tokens[j].1 = Tok::WithRpar;
                }
            }
            i += 1;
        }
    }
}

impl Lexer<'_> {
    /// The soft keywords of PEP 634. `match` at the start of a statement
    /// becomes `Tok::Match` when its logical line ends with a `:` outside
    /// brackets (no simple statement can end so: `match = 1`, `match(x)`,
    /// `match: int = 1` stay names), and a subject could follow it.
    /// `case` becomes `Tok::Case` at the start of a statement directly in a
    /// match statement's block, where nothing but case blocks may stand.
    /// Everything else is left to the grammar, which stays LALR(1).
    fn rewrite_soft_keywords(&mut self) {
        let n = self.tokens.len();
        let mut level = 0usize;
        // Indentation levels of the blocks of open match statements.
        let mut case_levels: Vec<usize> = Vec::new();
        let mut at_statement_start = false;
        for i in 0..n {
            match self.tokens[i].1 {
                Tok::Indent => {
                    level += 1;
                    at_statement_start = true;
                    continue;
                }
                Tok::Dedent => {
                    level = level.saturating_sub(1);
                    while case_levels.last().is_some_and(|&l| l > level) {
                        case_levels.pop();
                    }
                    at_statement_start = true;
                    continue;
                }
                Tok::Newline | Tok::StartModule => {
                    at_statement_start = true;
                    continue;
                }
                _ => {}
            }
            if !at_statement_start {
                continue;
            }
            at_statement_start = false;
            let Tok::Name(name) = &self.tokens[i].1 else { continue };
            if name == "match" && self.is_match_header(i) {
                self.tokens[i].1 = Tok::Match;
                case_levels.push(level + 1);
            } else if name == "case" && case_levels.last() == Some(&level) {
                self.tokens[i].1 = Tok::Case;
            }
        }
    }

    /// Is the `match` at token `i` the head of a match statement?
    fn is_match_header(&self, i: usize) -> bool {
        let starts_subject = self.tokens.get(i + 1).is_some_and(|t| {
            t.1.starts_operand() || matches!(t.1, Tok::Minus | Tok::Plus | Tok::Star | Tok::Await)
        });
        if !starts_subject {
            return false;
        }
        let mut depth = 0usize;
        let mut last = None;
        let mut j = i + 1;
        while let Some(t) = self.tokens.get(j) {
            match t.1 {
                Tok::Lpar | Tok::Lsqb | Tok::Lbrace | Tok::WithLpar => depth += 1,
                Tok::Rpar | Tok::Rsqb | Tok::Rbrace | Tok::WithRpar => depth = depth.saturating_sub(1),
                Tok::Newline if depth == 0 => break,
                _ => {}
            }
            last = Some(&t.1);
            j += 1;
        }
        // `match x` + an indented block: a header missing its ':' (CPython
        // reports "expected ':'"; a simple statement cannot be followed by
        // an indented line either).
        last == Some(&Tok::Colon) || self.tokens.get(j + 1).is_some_and(|t| t.1 == Tok::Indent)
    }
}

/// `invalid character '€' (U+20AC)` / `invalid non-printable character U+00A0`.
pub fn invalid_character(c: char, loc: Loc) -> SyntaxError {
    let code = c as u32;
    let printable = !(c.is_control()
        || (c.is_whitespace() && c != ' ')
        || matches!(code, 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x2064 | 0xFEFF | 0xE000..=0xF8FF));
    if printable {
        syntax_err(format!("invalid character '{c}' (U+{code:04X})"), loc)
    } else {
        syntax_err(format!("invalid non-printable character U+{code:04X}"), loc)
    }
}

/// Checks a name with non-ASCII characters is an identifier.
fn check_identifier(text: &str, start: Loc) -> Result<(), SyntaxError> {
    for (i, c) in text.chars().enumerate() {
        let ok = c == '_'
            || if i == 0 { c.is_alphabetic() } else { c.is_alphanumeric() || is_combining(c) };
        if !ok {
            return Err(invalid_character(c, Loc { line: start.line, col: start.col + i as u32 }));
        }
    }
    Ok(())
}

/// Combining marks and connector punctuation that XID_Continue allows.
fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F | 0x203F | 0x2040 | 0x00B7 | 0x0900..=0x0DFF)
}

/// Normalizes newlines to `\n`, drops a UTF-8 byte-order mark and, in
/// `Module` mode, makes sure the text ends with a newline.
pub fn normalize(source: &str, mode: Mode) -> std::borrow::Cow<'_, str> {
    let s = source.strip_prefix('\u{FEFF}').unwrap_or(source);
    let needs_newline = mode == Mode::Module && !s.ends_with('\n') && !s.ends_with('\r');
    if !s.contains('\r') && !needs_newline {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = s.replace("\r\n", "\n").replace('\r', "\n");
    if mode == Mode::Module && !out.ends_with('\n') {
        out.push('\n');
    }
    std::borrow::Cow::Owned(out)
}
