//! From a failed parse to CPython's `SyntaxError`.
//!
//! lalrpop reports "unexpected token T, expected one of …". CPython 3.11's
//! PEG parser has dedicated rules for common mistakes; this module
//! recognises the same situations from the failing token, its neighbours
//! and the expected set, and words them as CPython does:
//!
//! - `unexpected indent`, `expected an indented block after 'if' statement
//!   on line N` (IndentationError)
//! - `expected ':'`, `expected 'except' or 'finally' block`,
//!   `expected 'else' after 'if' expression`
//! - `invalid syntax. Perhaps you forgot a comma?` (inside brackets)
//! - `invalid syntax. Maybe you meant '==' or ':=' instead of '='?`
//! - `Missing parentheses in call to 'print'. Did you mean print(...)?`
//! - otherwise `invalid syntax` at the failing token, or at column 0 of the
//!   last line when the input ended early (as CPython reports EOF).

use crate::ast::Loc;
use crate::lexer::{err_at, Pos, Spanned};
use crate::token::Tok;
use crate::{SyntaxError, SyntaxErrorKind};
use lalrpop_util::ParseError;

fn syntax(msg: impl Into<String>, loc: Loc) -> SyntaxError {
    err_at(SyntaxErrorKind::SyntaxError, msg, loc)
}

/// Whether a parse error is at the end of input (for the unclosed-bracket
/// and incomplete-input rules).
pub fn at_eof(err: &ParseError<Pos, Tok, SyntaxError>, tokens: &[Spanned]) -> bool {
    match err {
        ParseError::UnrecognizedEof { .. } => true,
        ParseError::UnrecognizedToken { token: (s, _, _), .. } => {
            // DEDENTs emitted at end of input count as the end.
            tokens[(s.idx as usize).min(tokens.len())..].iter().all(|t| t.1 == Tok::Dedent)
        }
        _ => false,
    }
}

/// `interactive` selects where errors at the end of input point: at
/// column 0 as when CPython runs a file, or just past the last character as
/// for `compile()` of a string (which the REPL's `incomplete_input` relies on).
/// Whether CPython's parser would have read on to the end of input before
/// giving up: two operands in a row after the still-open bracket `open`
/// (its "Perhaps you forgot a comma?" rule parses the second one, and on
/// to the end when nothing follows that could stop it). That read fails
/// first, as `'(' was never closed`.
pub fn runs_to_end(err: &ParseError<Pos, Tok, SyntaxError>, tokens: &[Spanned], open: Loc) -> bool {
    let ParseError::UnrecognizedToken { token: (s, tok, _), .. } = err else {
        return false;
    };
    let i = s.idx as usize;
    let after_open = (s.line, s.col) > (open.line, open.col);
    let juxtaposed = tok.starts_operand() && i > 0 && tokens.get(i - 1).is_some_and(|t| t.1.ends_expression());
    let rest = &tokens[(i + 1).min(tokens.len())..];
    after_open
        && juxtaposed
        && !rest.iter().any(|t| matches!(t.1, Tok::Comma | Tok::Colon | Tok::Rpar | Tok::Rsqb | Tok::Rbrace))
}

pub fn convert(err: ParseError<Pos, Tok, SyntaxError>, tokens: &[Spanned], eof: Loc, interactive: bool) -> SyntaxError {
    let mut e = convert_inner(err, tokens, eof, interactive);
    if !interactive && e.line == eof.line && e.offset == eof.col + 1 && e.msg != "invalid syntax" && !e.msg.starts_with("expected ':'") {
        // File mode: CPython's tokenizer has no column at end of input.
        if e.msg.starts_with("expected an indented block") || e.msg.starts_with("expected 'except'") {
            e.offset = 0;
        }
    }
    e
}

fn convert_inner(err: ParseError<Pos, Tok, SyntaxError>, tokens: &[Spanned], eof: Loc, interactive: bool) -> SyntaxError {
    match err {
        ParseError::User { error } => error,
        ParseError::InvalidToken { location } => syntax("invalid syntax", location.loc()),
        ParseError::ExtraToken { token: (s, _, _) } => syntax("invalid syntax", s.loc()),
        ParseError::UnrecognizedEof { expected, .. } => {
            let eof_idx = tokens.len();
            if only_indent(&expected) {
                return indented_block_error(tokens, eof_idx, eof);
            }
            if expects(&expected, "\"except\"") && expects(&expected, "\"finally\"") {
                return syntax("expected 'except' or 'finally' block", eof);
            }
            // CPython reports an early end at column 0 of the last line.
            err_at(SyntaxErrorKind::SyntaxError, "invalid syntax", Loc { line: eof.line, col: 0 })
                .with_offset(0)
        }
        ParseError::UnrecognizedToken { token: (s, tok, _), expected } => {
            unexpected(s.idx as usize, &tok, s.loc(), &expected, tokens, eof, interactive)
        }
    }
}

impl SyntaxError {
    fn with_offset(mut self, offset: u32) -> SyntaxError {
        self.offset = offset;
        self
    }
}

fn expects(expected: &[String], what: &str) -> bool {
    expected.iter().any(|e| e == what)
}

fn only_indent(expected: &[String]) -> bool {
    !expected.is_empty() && expected.iter().all(|e| e == "INDENT")
}

fn unexpected(i: usize, tok: &Tok, loc: Loc, expected: &[String], tokens: &[Spanned], eof: Loc, interactive: bool) -> SyntaxError {
    let prev = |k: usize| i.checked_sub(k).and_then(|j| tokens.get(j)).map(|t| &t.1);
    if *tok == Tok::Indent {
        return err_at(SyntaxErrorKind::IndentationError, "unexpected indent", loc);
    }
    if only_indent(expected) {
        let at_end = tokens[i.min(tokens.len())..].iter().all(|t| t.1 == Tok::Dedent);
        let e = indented_block_error(tokens, i, if at_end { eof } else { loc });
        // CPython has no column for a DEDENT token: offset 0.
        return if *tok == Tok::Dedent && !at_end && !interactive { e.with_offset(0) } else { e };
    }
    if expects(expected, "\"except\"") && expects(expected, "\"finally\"") {
        let at_end = tokens[i.min(tokens.len())..].iter().all(|t| t.1 == Tok::Dedent);
        return syntax("expected 'except' or 'finally' block", if at_end { eof } else { loc });
    }
    if expects(expected, "\":\"") {
        // `try`/`else`/`finally` must be followed by ':'; other headers get
        // the hint only when the line ends without it.
        let bare_keyword = matches!(prev(1), Some(Tok::Try | Tok::Else | Tok::Finally)) && *tok != Tok::Colon;
        if bare_keyword || (*tok == Tok::Newline && compound_header(tokens, i)) {
            return syntax("expected ':'", loc);
        }
    }
    if *tok == Tok::Dedent {
        return err_at(SyntaxErrorKind::IndentationError, "unexpected unindent", loc);
    }
    // `{1: 2, 3}` / `{1:}`
    if matches!(tok, Tok::Rbrace | Tok::Comma) && innermost_bracket(tokens, i) == Some(Tok::Lbrace) {
        if prev(1) == Some(&Tok::Colon) {
            return syntax("expression expected after dictionary key and ':'", tokens[i - 1].0.loc());
        }
        if expects(expected, "\":\"") && i > 0 {
            let end = tokens[i - 1].2;
            return syntax("':' expected after dictionary key", Loc { line: end.line, col: end.col.saturating_sub(1) });
        }
    }
    if expects(expected, "\"else\"") && !expects(expected, "\":\"") {
        // `a if b` without its `else`: CPython points at the start of `a`.
        if let Some(if_idx) = find_back(tokens, i, |t| *t == Tok::If) {
            let start = expression_start(tokens, if_idx);
            return syntax("expected 'else' after 'if' expression", start.unwrap_or(loc));
        }
    }
    // `print "x"`
    if let (Some(Tok::Name(name)), true) = (prev(1), tok.starts_operand()) {
        if (name == "print" || name == "exec") && prev(2).is_none_or(starts_statement) {
            let at = tokens[i - 1].0.loc();
            return syntax(format!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?"), at);
        }
    }
    // `if x = 1:` / `[x = 1]`
    if *tok == Tok::Equal && !expects(expected, "\"=\"") {
        if let Some(Tok::Name(_)) = prev(1) {
            let starts_named_expr = matches!(
                prev(2),
                Some(Tok::Lpar | Tok::Lsqb | Tok::Lbrace | Tok::Comma | Tok::If | Tok::Elif | Tok::While)
            );
            if starts_named_expr {
                let at = tokens[i - 1].0.loc();
                return syntax("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", at);
            }
        }
    }
    // `f(a b)`: two operands in a row inside brackets.
    if tok.starts_operand() && *tok != Tok::Not && prev(1).is_some_and(Tok::ends_expression) && bracket_depth(tokens, i) > 0 {
        let name_then_string = matches!(prev(1), Some(Tok::Name(_))) && matches!(tok, Tok::Str(_));
        if !name_then_string {
            if let Some(start) = expression_start(tokens, i) {
                return syntax("invalid syntax. Perhaps you forgot a comma?", start);
            }
        }
    }
    syntax("invalid syntax", loc)
}

/// Is token `i` on a line that starts with a compound statement's keyword?
fn compound_header(tokens: &[Spanned], i: usize) -> bool {
    let mut k = i.min(tokens.len());
    while k > 0 && !matches!(tokens[k - 1].1, Tok::Newline | Tok::Indent | Tok::Dedent | Tok::StartModule) {
        k -= 1;
    }
    matches!(
        tokens.get(k).map(|t| &t.1),
        Some(
            Tok::If | Tok::Elif | Tok::Else | Tok::For | Tok::While | Tok::Def | Tok::Class | Tok::Try
                | Tok::Except | Tok::Finally | Tok::With | Tok::Match | Tok::Case
        )
    )
}

fn starts_statement(t: &Tok) -> bool {
    matches!(t, Tok::Newline | Tok::Indent | Tok::Dedent | Tok::Semi | Tok::StartModule | Tok::Colon)
}

/// How many brackets are open before token `i` (an f-string field counts
/// as one: CPython parses it wrapped in parentheses).
fn bracket_depth(tokens: &[Spanned], i: usize) -> usize {
    let mut depth: usize = 0;
    for t in &tokens[..i.min(tokens.len())] {
        match t.1 {
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace | Tok::WithLpar | Tok::StartFString => depth += 1,
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace | Tok::WithRpar => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    depth
}

/// The innermost bracket open before token `i`.
fn innermost_bracket(tokens: &[Spanned], i: usize) -> Option<Tok> {
    let mut stack = Vec::new();
    for t in &tokens[..i.min(tokens.len())] {
        match t.1 {
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace => stack.push(t.1.clone()),
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => {
                stack.pop();
            }
            _ => {}
        }
    }
    stack.pop()
}

/// The nearest token before `i` on the same logical line matching `f`.
fn find_back(tokens: &[Spanned], i: usize, f: impl Fn(&Tok) -> bool) -> Option<usize> {
    let mut j = i.min(tokens.len());
    while j > 0 {
        j -= 1;
        let t = &tokens[j].1;
        if f(t) {
            return Some(j);
        }
        if starts_statement(t) && *t != Tok::Colon {
            return None;
        }
    }
    None
}

/// Where the expression ending just before token `i` starts: walks back
/// over operands and operators at the same bracket depth. `None` when the
/// walk meets a `for … in` (CPython gives plain `invalid syntax` there).
fn expression_start(tokens: &[Spanned], i: usize) -> Option<Loc> {
    let mut j = i.min(tokens.len());
    let mut depth = 0usize;
    let mut start = None;
    while j > 0 {
        j -= 1;
        let t = &tokens[j].1;
        match t {
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => depth += 1,
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace => {
                if depth == 0 {
                    break;
                }
                depth -= 1;
            }
            _ if depth > 0 => {}
            Tok::In => return None,
            Tok::Comma | Tok::Colon | Tok::Equal | Tok::ColonEqual | Tok::Semi | Tok::If | Tok::Else
            | Tok::For | Tok::Lambda | Tok::Yield | Tok::Return | Tok::Newline | Tok::Indent | Tok::Dedent
            | Tok::StartModule | Tok::StartExpression | Tok::StartFString | Tok::WithLpar | Tok::Star
            | Tok::DoubleStar | Tok::Del | Tok::Assert | Tok::Raise | Tok::From | Tok::Import | Tok::While
            | Tok::With | Tok::As | Tok::Elif | Tok::Except | Tok::Await | Tok::Async
            | Tok::PlusEqual | Tok::MinusEqual | Tok::StarEqual | Tok::SlashEqual | Tok::DoubleSlashEqual
            | Tok::PercentEqual | Tok::AtEqual | Tok::AmperEqual | Tok::VbarEqual | Tok::CircumflexEqual
            | Tok::RShiftEqual | Tok::LShiftEqual | Tok::DoubleStarEqual | Tok::Rarrow | Tok::At => break,
            _ => {}
        }
        start = Some(tokens[j].0.loc());
    }
    start
}

/// `expected an indented block after 'if' statement on line 3`, reported
/// at `at` (the token that should have been indented, or the end).
fn indented_block_error(tokens: &[Spanned], i: usize, at: Loc) -> SyntaxError {
    // Token i-1 is the header's NEWLINE (DEDENTs may come between).
    let mut j = i.min(tokens.len());
    while j > 0 && matches!(tokens[j - 1].1, Tok::Dedent) {
        j -= 1;
    }
    // Skip the header's NEWLINE, then walk back to the previous line break.
    if j > 0 && tokens[j - 1].1 == Tok::Newline {
        j -= 1;
    }
    let mut k = j;
    while k > 0 && !matches!(tokens[k - 1].1, Tok::Newline | Tok::Indent | Tok::Dedent | Tok::StartModule) {
        k -= 1;
    }
    let Some((pos, head, _)) = tokens.get(k) else {
        return syntax("invalid syntax", at);
    };
    let what = match head {
        Tok::If => "'if' statement",
        Tok::Elif => "'elif' statement",
        Tok::Else => "'else' statement",
        Tok::For => "'for' statement",
        Tok::While => "'while' statement",
        Tok::With => "'with' statement",
        Tok::Try => "'try' statement",
        Tok::Except => "'except' statement",
        Tok::Finally => "'finally' statement",
        Tok::Def => "function definition",
        Tok::Class => "class definition",
        Tok::Match => "'match' statement",
        Tok::Case => "'case' statement",
        _ => return err_at(SyntaxErrorKind::IndentationError, "expected an indented block", at),
    };
    err_at(
        SyntaxErrorKind::IndentationError,
        format!("expected an indented block after {what} on line {}", pos.line),
        at,
    )
}
