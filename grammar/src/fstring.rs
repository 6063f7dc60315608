//! f-strings: splitting a body into literal text and `{expr!c:spec}`
//! fields, as CPython 3.11 does (before PEP 701).
//!
//! 3.11 rules reproduced here: a field's expression ends at a top-level
//! `}`, `!` (not `!=`), `:` or `=` (not `==`, `<=`, `>=`); it may not contain
//! a backslash or `#`; `{{`/`}}` are literal braces and a lone `}` is an
//! error; a format spec may hold fields itself, but only one level deep
//! (`f-string: expressions nested too deeply`). `{x=}` emits the literal
//! `x=` (whitespace kept) and defaults the conversion to `!r` unless a
//! conversion or spec is given.
//!
//! Each expression is parsed by the full expression parser (`Mode::FString`)
//! with its real position in the file, so its nodes carry true locations.

use crate::ast::{FStringPart, Loc};
use crate::lexer::err_at;
use crate::literals;
use crate::{SyntaxError, SyntaxErrorKind};

/// How many f-strings may nest inside each other's fields.
const MAX_FSTRING_NESTING: u32 = 8;

struct FParser<'a> {
    body: &'a str,
    raw: bool,
    /// Location of the body's first character.
    body_loc: Loc,
    /// Where structural errors are reported (CPython: the string's end).
    end_loc: Loc,
    nesting: u32,
    // Forward-only byte -> location cursor.
    cur_byte: usize,
    cur_loc: Loc,
}

/// Parses an f-string body (between the quotes) into parts.
pub fn parse(body: &str, raw: bool, body_loc: Loc, end_loc: Loc, nesting: u32) -> Result<Vec<FStringPart>, SyntaxError> {
    let mut p = FParser { body, raw, body_loc, end_loc, nesting, cur_byte: 0, cur_loc: body_loc };
    let (parts, _) = p.parts(0, 0)?;
    Ok(parts)
}

fn push_literal(parts: &mut Vec<FStringPart>, text: String) {
    if text.is_empty() {
        return;
    }
    if let Some(FStringPart::Literal(prev)) = parts.last_mut() {
        prev.push_str(&text);
    } else {
        parts.push(FStringPart::Literal(text));
    }
}

impl<'a> FParser<'a> {
    fn error(&self, msg: &str) -> SyntaxError {
        err_at(SyntaxErrorKind::SyntaxError, msg, self.end_loc)
    }

    fn loc_of(&mut self, byte: usize) -> Loc {
        if byte < self.cur_byte {
            self.cur_byte = 0;
            self.cur_loc = self.body_loc;
        }
        let end = byte.min(self.body.len());
        for &b in &self.body.as_bytes()[self.cur_byte..end] {
            if b == b'\n' {
                self.cur_loc = Loc { line: self.cur_loc.line + 1, col: 0 };
            } else if b & 0xC0 != 0x80 {
                self.cur_loc.col += 1;
            }
        }
        self.cur_byte = end;
        self.cur_loc
    }

    fn flush(&self, parts: &mut Vec<FStringPart>, lit: &mut String) -> Result<(), SyntaxError> {
        if lit.is_empty() {
            return Ok(());
        }
        let text = literals::decode_str(lit, self.raw).map_err(|m| self.error(&m))?;
        lit.clear();
        push_literal(parts, text);
        Ok(())
    }

    /// Literal text and fields from `start`. In a format spec
    /// (`spec_depth > 0`) stops at the closing `}` and returns its index.
    fn parts(&mut self, start: usize, spec_depth: u32) -> Result<(Vec<FStringPart>, usize), SyntaxError> {
        let body = self.body;
        let b = body.as_bytes();
        let mut parts = Vec::new();
        let mut lit = String::new();
        let mut i = start;
        while i < b.len() {
            // Copy the run of ordinary characters in one go.
            let run = body[i..].find(['{', '}', '\\']).map_or(b.len(), |k| i + k);
            lit.push_str(&body[i..run]);
            i = run;
            if i >= b.len() {
                break;
            }
            match b[i] {
                b'{' => {
                    if spec_depth == 0 && b.get(i + 1) == Some(&b'{') {
                        lit.push('{');
                        i += 2;
                        continue;
                    }
                    self.flush(&mut parts, &mut lit)?;
                    i = self.field(i + 1, spec_depth, &mut parts)?;
                }
                b'}' => {
                    if spec_depth > 0 {
                        self.flush(&mut parts, &mut lit)?;
                        return Ok((parts, i));
                    }
                    if b.get(i + 1) == Some(&b'}') {
                        lit.push('}');
                        i += 2;
                        continue;
                    }
                    return Err(self.error("f-string: single '}' is not allowed"));
                }
                _ => {
                    // A backslash: keep the escape whole for decode_str
                    // (`\N{…}` contains braces that are not fields).
                    if self.raw {
                        lit.push('\\');
                        i += 1;
                        continue;
                    }
                    let end = if b.get(i + 1) == Some(&b'N') && b.get(i + 2) == Some(&b'{') {
                        body[i..].find('}').map_or(b.len(), |k| i + k + 1)
                    } else {
                        let next_len = body[i + 1..].chars().next().map_or(0, char::len_utf8);
                        i + 1 + next_len
                    };
                    lit.push_str(&body[i..end]);
                    i = end;
                }
            }
        }
        if spec_depth > 0 {
            return Err(self.error("f-string: expecting '}'"));
        }
        self.flush(&mut parts, &mut lit)?;
        Ok((parts, b.len()))
    }

    /// One `{…}` field whose expression starts at `start`; returns the
    /// index just past its `}`.
    fn field(&mut self, start: usize, spec_depth: u32, parts: &mut Vec<FStringPart>) -> Result<usize, SyntaxError> {
        if spec_depth >= 2 {
            return Err(self.error("f-string: expressions nested too deeply"));
        }
        let body = self.body;
        let b = body.as_bytes();
        let at = |k: usize| b.get(k).copied().unwrap_or(0);
        let mut j = start;
        let mut open: Vec<u8> = Vec::new();
        let mut quote: Option<(u8, bool)> = None;
        loop {
            if j >= b.len() {
                if let Some(&c) = open.last() {
                    return Err(self.error(&format!("f-string: unmatched '{}'", c as char)));
                }
                return Err(self.error("f-string: expecting '}'"));
            }
            let depth = open.len();
            let c = b[j];
            if c == b'\\' {
                return Err(self.error("f-string expression part cannot include a backslash"));
            }
            if let Some((q, triple)) = quote {
                if c == q {
                    if !triple {
                        quote = None;
                    } else if at(j + 1) == q && at(j + 2) == q {
                        quote = None;
                        j += 2;
                    }
                }
                j += 1;
                continue;
            }
            match c {
                b'\'' | b'"' => {
                    let triple = at(j + 1) == c && at(j + 2) == c;
                    quote = Some((c, triple));
                    j += if triple { 3 } else { 1 };
                    continue;
                }
                b'(' | b'[' | b'{' => open.push(c),
                b')' | b']' | b'}' => {
                    if depth == 0 {
                        if c == b'}' {
                            break;
                        }
                        return Err(self.error(&format!("f-string: unmatched '{}'", c as char)));
                    }
                    open.pop();
                }
                b'#' => return Err(self.error("f-string expression part cannot include '#'")),
                b'!' | b'=' | b'<' | b'>' if at(j + 1) == b'=' => {
                    j += 2;
                    continue;
                }
                b'!' | b'=' | b':' if depth == 0 => break,
                _ => {}
            }
            j += 1;
        }
        if quote.is_some() {
            return Err(self.error("f-string: unterminated string"));
        }
        let expr_src = &body[start..j];
        if expr_src.trim().is_empty() {
            let what = if at(j) == b'!' || at(j) == b':' || at(j) == b'}' || at(j) == b'=' {
                "f-string: empty expression not allowed"
            } else {
                "f-string: expecting '}'"
            };
            return Err(self.error(what));
        }
        if self.nesting >= MAX_FSTRING_NESTING {
            return Err(self.error("f-string: expressions nested too deeply"));
        }
        let loc = self.loc_of(start);
        let value = crate::parse_fstring_expr(expr_src, loc, self.nesting + 1)?;

        let mut debug = None;
        if at(j) == b'=' {
            j += 1;
            while matches!(at(j), b' ' | b'\t' | b'\n' | b'\x0C' | b'\r') {
                j += 1;
            }
            debug = Some(body[start..j].to_string());
        }
        let mut conversion = None;
        if at(j) == b'!' {
            let c = body[j + 1..].chars().next();
            match c {
                Some(c @ ('s' | 'r' | 'a')) => conversion = Some(c),
                None => return Err(self.error("f-string: expecting '}'")),
                _ => return Err(self.error("f-string: invalid conversion character: expected 's', 'r', or 'a'")),
            }
            j += 2;
        }
        let mut format_spec = None;
        if at(j) == b':' {
            let (spec, close) = self.parts(j + 1, spec_depth + 1)?;
            format_spec = Some(spec);
            j = close;
        }
        if at(j) != b'}' {
            return Err(self.error("f-string: expecting '}'"));
        }
        if let Some(text) = debug {
            push_literal(parts, text);
            if conversion.is_none() && format_spec.is_none() {
                conversion = Some('r');
            }
        }
        parts.push(FStringPart::Formatted { value: Box::new(value), conversion, format_spec });
        Ok(j + 1)
    }
}
