//! garter-grammar: source text to AST.
//!
//! Pipeline: `lexer` (logos raw tokens + the indentation layer that emits
//! NEWLINE/INDENT/DEDENT and joins bracketed lines) feeds the lalrpop parser
//! (`python.lalrpop`), which builds the `ast`. Every failure is a
//! `SyntaxError` value shaped as CPython reports it; no input panics.
//!
//! Which error wins follows CPython 3.11 (`_PyPegen_set_syntax_error`):
//! a tokenizer error anywhere in the file beats a parser error (CPython
//! tokenizes the rest of the file after a parse failure); a bracket left
//! open at the end becomes `'(' was never closed` when the parser failed at
//! the end of input or on a later line than the bracket.
//!
//! Public entry points: `parse_module` (exec), `parse_interactive`
//! (single), `parse_expression` (eval); `SyntaxError`'s `Display` prints
//! CPython's traceback tail and `incomplete_input` tells a REPL to read
//! another line.

pub mod ast;
mod actions;
mod errors;
mod fstring;
mod lexer;
mod literals;
mod token;

#[allow(clippy::all, unused_parens, dead_code, unused_imports)]
mod python {
    include!(concat!(env!("OUT_DIR"), "/python.rs"));
}

use actions::Top;
use lexer::Mode;

/// Which Python exception a syntax failure becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
}

/// A syntax error as CPython reports it.
#[derive(Clone, Debug, PartialEq)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    /// CPython's message, e.g. `invalid syntax`, `'(' was never closed`.
    pub msg: String,
    pub filename: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column of the caret (CPython's `offset`).
    pub offset: u32,
    /// The offending source line, without its newline.
    pub text: Option<String>,
}

impl SyntaxErrorKind {
    /// The exception's Python name.
    pub fn name(self) -> &'static str {
        match self {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
        }
    }
}

impl SyntaxError {
    /// True when the input is only unfinished, not wrong: a bracket still
    /// open, a triple-quoted string not closed, a block header with no body
    /// yet, a trailing backslash, or a statement cut off at the end. A REPL
    /// shows `... ` and reads another line.
    ///
    /// Meant for errors from `parse_interactive`, whose end-of-input
    /// positions are exact; `parse_module` reports some errors at offset 0
    /// as CPython does for files, which this may take for an early end.
    pub fn incomplete_input(&self) -> bool {
        let text_len = self.text.as_deref().map_or(0, |t| t.chars().count() as u32);
        let at_end = self.offset > text_len;
        self.msg.ends_with("was never closed")
            || self.msg.starts_with("unterminated triple-quoted string literal")
            || self.msg == "unexpected EOF while parsing"
            || (self.msg.starts_with("expected an indented block") && (at_end || self.offset == 0))
            || (self.msg == "invalid syntax" && self.offset == 0)
    }
}

/// CPython's traceback tail for a syntax error:
///
/// ```text
///   File "t.py", line 1
///     x = (1,
///         ^
/// SyntaxError: '(' was never closed
/// ```
///
/// The source line is shown without its leading whitespace (the caret
/// shifts with it); no caret when it would point left of the text. The
/// caret's column counts UTF-8 bytes, as CPython 3.11's printer does. No
/// newline after the last line.
impl std::fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(f, "  File \"{}\", line {}", self.filename, self.line)?;
        if let Some(text) = &self.text {
            let stripped = text.trim_start_matches([' ', '\t', '\x0C']);
            let removed = text.len() - stripped.len();
            let stripped = stripped.trim_end_matches(['\n', '\r']);
            // Character offset -> byte offset within the line.
            let offset0 = self.offset as i64 - 1;
            let byte_offset = if offset0 < 0 {
                -1
            } else {
                let chars = offset0 as usize;
                text.char_indices().nth(chars).map_or(text.len() as i64 + (chars as i64 - text.chars().count() as i64), |(b, _)| b as i64)
            };
            let caret = (byte_offset - removed as i64).min(stripped.len() as i64);
            writeln!(f, "    {stripped}")?;
            if caret >= 0 {
                writeln!(f, "    {}^", " ".repeat(caret as usize))?;
            }
        }
        write!(f, "{}: {}", self.kind.name(), self.msg)
    }
}

impl std::error::Error for SyntaxError {}

/// Parses a whole module (`exec` mode).
pub fn parse_module(source: &str, filename: &str) -> Result<ast::Module, SyntaxError> {
    parse_top(source, filename, Mode::Module, false).map(|top| match top {
        Top::Module(body) => ast::Module { body },
        Top::Expression(e) => ast::Module { body: vec![expression_statement(e)] },
    })
}

/// Parses REPL input (`single` mode): like a module, except that an error
/// is judged only on what was read so far (no look at later lines for
/// unclosed brackets), as CPython's interactive parser does.
pub fn parse_interactive(source: &str, filename: &str) -> Result<ast::Module, SyntaxError> {
    parse_top(source, filename, Mode::Module, true).map(|top| match top {
        Top::Module(body) => ast::Module { body },
        Top::Expression(e) => ast::Module { body: vec![expression_statement(e)] },
    })
}

/// Parses an expression (`eval` mode). Leading spaces and tabs and
/// surrounding blank lines are allowed.
pub fn parse_expression(source: &str, filename: &str) -> Result<ast::Expr, SyntaxError> {
    let trimmed = source.trim_start_matches([' ', '\t']);
    parse_top(trimmed, filename, Mode::Expression, false).and_then(|top| match top {
        Top::Expression(e) => Ok(e),
        Top::Module(_) => Err(lexer::err_at(SyntaxErrorKind::SyntaxError, "invalid syntax", ast::Loc { line: 1, col: 0 })),
    })
}

fn expression_statement(e: ast::Expr) -> ast::Stmt {
    ast::Stmt { loc: e.loc, end_line: e.loc.line, kind: ast::StmtKind::Expr(e) }
}

fn parse_top(source: &str, filename: &str, mode: Mode, interactive: bool) -> Result<Top, SyntaxError> {
    if source.contains('\0') {
        return Err(SyntaxError {
            kind: SyntaxErrorKind::SyntaxError,
            msg: "source code string cannot contain null bytes".into(),
            filename: filename.into(),
            line: 0,
            offset: 0,
            text: None,
        });
    }
    let src = lexer::normalize(source, mode);
    let base = ast::Loc { line: 1, col: 0 };
    parse_tokens(&src, mode, base, 0, interactive).map_err(|mut e| {
        e.filename = filename.to_string();
        e.text = src.split('\n').nth((e.line as usize).wrapping_sub(1)).map(str::to_string);
        e
    })
}

/// Parses the expression inside an f-string field; `base` is where it
/// starts in the file. Errors get CPython's `f-string: ` prefix.
pub(crate) fn parse_fstring_expr(source: &str, base: ast::Loc, nesting: u32) -> Result<ast::Expr, SyntaxError> {
    match parse_tokens(source, Mode::FString, base, nesting, false) {
        Ok(Top::Expression(e)) => Ok(e),
        Ok(Top::Module(_)) => Err(lexer::err_at(SyntaxErrorKind::SyntaxError, "f-string: invalid syntax", base)),
        Err(mut e) => {
            if !e.msg.starts_with("f-string") {
                e.msg = format!("f-string: {}", e.msg);
            }
            Err(e)
        }
    }
}

fn parse_tokens(src: &str, mode: Mode, base: ast::Loc, nesting: u32, interactive: bool) -> Result<Top, SyntaxError> {
    let lexed = lexer::tokenize(src, mode, base, nesting);
    let parser = python::TopParser::new();
    let result = parser.parse(lexed.tokens.iter().cloned().map(Ok::<_, SyntaxError>));
    match (result, lexed.error) {
        (Ok(top), None) => Ok(top),
        (Ok(_), Some(lex_error)) => Err(lex_error),
        (Err(parse_error), Some(lex_error)) => {
            // CPython stops at an unexpected indent without reading on;
            // any other failure is followed by a scan of the rest of the
            // file, whose tokenizer error then wins.
            let eof = errors::at_eof(&parse_error, &lexed.tokens);
            let e = errors::convert(parse_error, &lexed.tokens, lexed.eof, interactive);
            if eof || (lexed.error_overrides && e.msg != "unexpected indent") {
                Err(lex_error)
            } else {
                Err(e)
            }
        }
        (Err(parse_error), None) => {
            let eof = errors::at_eof(&parse_error, &lexed.tokens);
            let runs_to_end = lexed.unclosed.is_some_and(|(_, loc)| errors::runs_to_end(&parse_error, &lexed.tokens, loc));
            let e = errors::convert(parse_error, &lexed.tokens, lexed.eof, interactive);
            if let Some((open, loc)) = lexed.unclosed {
                if eof || runs_to_end || (!interactive && e.line > loc.line) {
                    return Err(lexer::err_at(SyntaxErrorKind::SyntaxError, format!("'{open}' was never closed"), loc));
                }
            }
            Err(e)
        }
    }
}
