//! The column markers of CPython 3.11's tracebacks: the line under a
//! frame's source line that points at the failing expression.
//!
//! Rules (found by experiment with CPython 3.11 and its `traceback.py`):
//! - the span is the failing instruction's expression (`Code::positions`);
//!   an unknown span shows nothing;
//! - a span over several lines runs to the end of the first line;
//! - on one line, the span's text is parsed again: a binary operation gets
//!   `~` under its operands and `^` under its operator (one or two
//!   characters), a subscript `~` under the value and `^` from `[` to `]`;
//!   anything else is all `^`;
//! - nothing is shown when the span covers the whole stripped line, unless
//!   it has an operator or bracket part (`1/0` alone on a line still gets
//!   `~^~`);
//! - CPython has two printers that differ at the edges, and garter follows
//!   each: the interpreter's own (uncaught exceptions; `Style::Interpreter`)
//!   shows the line without its indentation but with trailing spaces, and
//!   omits the markers only when they would cover exactly that text; the
//!   `traceback` module (`Style::Module`) strips both ends, omits them when
//!   they cover at least the stripped line, and indents them by the line's
//!   length with its newline minus the stripped length, so trailing spaces
//!   shift its markers left.

use crate::code::Span;
use garter_grammar::ast::{Expr, ExprKind, StmtKind};

/// Which of CPython's two traceback printers to follow.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// The interpreter's printer (`PyTraceBack_Print`).
    Interpreter,
    /// The `traceback` module's `StackSummary.format_frame_summary`.
    Module,
}

/// The source line as the interpreter's printer shows it: without its
/// indentation (spaces, tabs, form feeds), trailing spaces kept; None for a
/// blank line.
pub fn interpreter_display_line(raw: &str) -> Option<&str> {
    let shown = raw.trim_start_matches([' ', '\t', '\x0c']);
    if shown.trim().is_empty() {
        None
    } else {
        Some(shown)
    }
}

/// The marker line (with its newline) for source line `raw` (as written,
/// without its newline) of line number `lineno`, or None.
pub fn marker_line(raw: &str, lineno: u32, span: Span, style: Style) -> Option<String> {
    if span.end_line == 0 {
        return None;
    }
    let chars: Vec<char> = raw.chars().collect();
    let start = span.col as usize;
    let mut end = span.end_col as usize;
    if start > chars.len() {
        return None;
    }
    let mut anchors = None;
    if span.end_line == lineno {
        end = end.min(chars.len());
        if end < start {
            return None;
        }
        let segment: String = chars[start..end].iter().collect();
        anchors = caret_anchors(&segment);
    } else {
        end = match style {
            Style::Interpreter => chars.len(),
            Style::Module => raw.trim_end().chars().count(),
        };
    }
    let has_secondary = anchors.is_some_and(|(l, r)| r > l);
    // The column of the shown line's first character.
    let indent = match style {
        Style::Interpreter => {
            let shown = interpreter_display_line(raw)?.chars().count();
            let indent = chars.len() - shown;
            if end.saturating_sub(start) == shown && !has_secondary {
                return None;
            }
            indent
        }
        Style::Module => {
            let stripped = raw.trim().chars().count();
            if !(end.saturating_sub(start) < stripped || has_secondary) {
                return None;
            }
            // CPython: len(line with '\n') - len(stripped line), less the
            // one column its markers start later (`_display_width(...) + 1`).
            chars.len() - stripped
        }
    };
    let mut out = String::from("    ");
    out.push_str(&" ".repeat(start.saturating_sub(indent)));
    let width = end.saturating_sub(start);
    match anchors {
        Some((left, right)) => {
            out.push_str(&"~".repeat(left));
            out.push_str(&"^".repeat(right.saturating_sub(left)));
            out.push_str(&"~".repeat(width.saturating_sub(right)));
        }
        None => out.push_str(&"^".repeat(width)),
    }
    out.push('\n');
    Some(out)
}

/// (left, right) offsets in `segment` of the `^` part, for a binary
/// operation or a subscript; None otherwise.
fn caret_anchors(segment: &str) -> Option<(usize, usize)> {
    let module = garter_grammar::parse_module(segment, "<segment>").ok()?;
    let [stmt] = module.body.as_slice() else { return None };
    let StmtKind::Expr(e) = &stmt.kind else { return None };
    if e.loc.line != 1 || e.loc.col != 0 {
        return None;
    }
    let seg: Vec<char> = segment.chars().collect();
    match &e.kind {
        ExprKind::BinOp { left: left_expr, right, .. } => {
            let right_start = (right.loc.col as usize).min(seg.len());
            // Where the operator text starts: just past the left operand
            // when its end is known (CPython's rule), else found by walking
            // back from the right operand over spaces and `(` and then over
            // the operator's one or two characters.
            let left_end = match expr_end(left_expr) {
                Some(end) if end <= right_start => end,
                _ => {
                    let mut k = right_start;
                    while k > 0 && (seg[k - 1].is_whitespace() || seg[k - 1] == '(') {
                        k -= 1;
                    }
                    let op_end = k;
                    while k > 0 && "+-*/%@<>|^&".contains(seg[k - 1]) && op_end - (k - 1) <= 2 {
                        k -= 1;
                    }
                    if k == op_end {
                        return None;
                    }
                    k
                }
            };
            let operator: &[char] = &seg[left_end..right_start];
            let offset = operator.iter().take_while(|c| c.is_whitespace()).count();
            let mut left = left_end + offset;
            let mut right = left + 1;
            if offset + 1 < operator.len() && !operator[offset + 1].is_whitespace() {
                right += 1;
            }
            while left < seg.len() && (seg[left].is_whitespace() || seg[left] == ')' || seg[left] == '#') {
                left += 1;
                right += 1;
            }
            Some((left, right))
        }
        ExprKind::Subscript { value, .. } => {
            let mut left = expr_end(value).unwrap_or(0);
            while left < seg.len() && seg[left] != '[' {
                left += 1;
            }
            Some((left, seg.len()))
        }
        _ => None,
    }
}

/// The column just past `e` on its first line, when known.
fn expr_end(e: &Expr) -> Option<usize> {
    if e.end.line == 1 {
        return Some(e.end.col as usize);
    }
    match &e.kind {
        ExprKind::Name(n) => Some(e.loc.col as usize + n.chars().count()),
        _ => None,
    }
}
