//! Deciding whether REPL input is complete, as CPython's `codeop` does.
//!
//! The lines typed so far are parsed in interactive mode. Input is
//! *incomplete* (show `... ` and read on) when the parser says only the end
//! is missing (an open bracket, an unfinished triple-quoted string, a block
//! header with no body yet), or when it starts with a compound statement
//! (`if`, `for`, `def`, `class`, `with`, `try`, `while`, `match`, a
//! decorator) and no blank line has ended it yet, even when it already
//! parses (`if x: y` waits for the blank line, as in CPython). A second
//! statement on a later line than the first one ends is a SyntaxError
//! (interactive input is one statement), as is a blank line straight after
//! a block header (`expected an indented block`).

use garter_grammar::ast::{Stmt, StmtKind};
use garter_grammar::SyntaxError;

/// What to do with the lines typed so far.
#[derive(Debug, PartialEq)]
pub enum Verdict {
    /// Nothing but blank lines: show `>>> ` again.
    Empty,
    /// Read another line (prompt `... `).
    More,
    /// Complete: compile and run this source.
    Run(String),
    /// Wrong: report this error and drop the input.
    Error(SyntaxError),
}

/// Judges `lines` (each without its newline) as one interactive input.
pub fn judge(lines: &[String], filename: &str) -> Verdict {
    if lines.iter().all(|l| l.trim().is_empty()) {
        return Verdict::Empty;
    }
    let last_blank = lines.last().is_some_and(|l| l.trim().is_empty());
    let mut source = lines.join("\n");
    source.push('\n');
    match garter_grammar::parse_interactive(&source, filename) {
        Err(e) if e.incomplete_input() => {
            if last_blank && e.msg.starts_with("expected an indented block") {
                Verdict::Error(e)
            } else {
                Verdict::More
            }
        }
        Err(e) => Verdict::Error(e),
        Ok(module) => {
            let Some(first) = module.body.first() else { return Verdict::Empty };
            if let Some(extra) = module.body.iter().skip(1).find(|s| s.loc.line > first.end_line) {
                return Verdict::Error(second_statement_error(extra, &source, filename));
            }
            if is_compound(first) && !last_blank {
                Verdict::More
            } else {
                Verdict::Run(source)
            }
        }
    }
}

/// `SyntaxError: invalid syntax` pointing at a statement that follows the
/// first one in the same interactive input.
fn second_statement_error(stmt: &Stmt, source: &str, filename: &str) -> SyntaxError {
    let text = source.split('\n').nth(stmt.loc.line.saturating_sub(1) as usize).map(str::to_string);
    SyntaxError {
        kind: garter_grammar::SyntaxErrorKind::SyntaxError,
        msg: "invalid syntax".into(),
        filename: filename.into(),
        line: stmt.loc.line,
        offset: stmt.loc.col + 1,
        text,
    }
}

/// Statements with a block (which a blank line must end at the prompt).
fn is_compound(s: &Stmt) -> bool {
    matches!(
        s.kind,
        StmtKind::FunctionDef(_)
            | StmtKind::ClassDef(_)
            | StmtKind::For { .. }
            | StmtKind::While { .. }
            | StmtKind::If { .. }
            | StmtKind::With { .. }
            | StmtKind::Try { .. }
            | StmtKind::Match { .. }
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn j(lines: &[&str]) -> Verdict {
        judge(&lines.iter().map(|l| l.to_string()).collect::<Vec<_>>(), "<stdin>")
    }

    fn is_error(v: &Verdict, msg: &str) -> bool {
        matches!(v, Verdict::Error(e) if e.msg.starts_with(msg))
    }

    #[test]
    fn simple_statements_run_at_once() {
        assert_eq!(j(&["x = 1"]), Verdict::Run("x = 1\n".into()));
        assert_eq!(j(&["x = 1; y = 2"]), Verdict::Run("x = 1; y = 2\n".into()));
        assert_eq!(j(&["", "  "]), Verdict::Empty);
    }

    #[test]
    fn open_brackets_and_strings_continue() {
        assert_eq!(j(&["x = (1,"]), Verdict::More);
        assert_eq!(j(&["x = (1,", ""]), Verdict::More);
        assert_eq!(j(&["x = (1,", "2)"]), Verdict::Run("x = (1,\n2)\n".into()));
        assert_eq!(j(&["s = '''a"]), Verdict::More);
        assert_eq!(j(&["x = 1 + \\"]), Verdict::More);
    }

    #[test]
    fn compound_statements_wait_for_a_blank_line() {
        assert_eq!(j(&["if 1:"]), Verdict::More);
        assert_eq!(j(&["if 1:", "  x = 2"]), Verdict::More);
        assert_eq!(j(&["if 1: x = 2"]), Verdict::More);
        assert!(matches!(j(&["if 1:", "  x = 2", ""]), Verdict::Run(_)));
        assert_eq!(j(&["@dec"]), Verdict::More);
        assert_eq!(j(&["def f():", "  return 1"]), Verdict::More);
        assert_eq!(j(&["for i in x:", "  if i:", "    pass", "  else:"]), Verdict::More);
    }

    #[test]
    fn errors_are_reported_at_once() {
        assert!(is_error(&j(&["x = = 1"]), "invalid syntax"));
        assert!(is_error(&j(&["if 1:", ""]), "expected an indented block"));
        let v = j(&["if 1:", "  2", "3"]);
        assert!(matches!(&v, Verdict::Error(e) if e.msg == "invalid syntax" && e.line == 3 && e.offset == 1), "{v:?}");
    }
}
