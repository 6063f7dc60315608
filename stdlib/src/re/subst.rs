//! `sub`/`subn` and `Match.expand`: replacement templates (`\1`,
//! `\g<name>`, `\g<0>`, `\n`...) parsed and checked as CPython 3.11's
//! `sre_parse.parse_template`, or a function called with each match.

use super::matchobj::MatchObject;
use super::{all_matches, as_pattern, re_error, Compiled, Source, Subject};
use garter_interp::errors::{ExcKind, PyErr, PyResult};
use garter_interp::objects::bytes_methods::as_bytes_ref;
use garter_interp::value::Value;
use garter_interp::vm::Vm;

/// A parsed template: literal text (bytes as Latin-1 characters) and
/// group references.
pub enum Part {
    Literal(String),
    Group(usize),
}

/// The template's text as characters, and whether it was bytes.
fn template_chars(vm: &Vm, c: &Compiled, template: &Value) -> PyResult<Vec<char>> {
    if let Some(s) = template.as_str() {
        if c.is_bytes() {
            return Err(PyErr::type_error("expected a bytes-like object, str found"));
        }
        return Ok(s.chars().collect());
    }
    if let Some(b) = as_bytes_ref(template) {
        if !c.is_bytes() {
            return Err(PyErr::type_error(format!("expected str instance, {} found", vm.type_name(template))));
        }
        return Ok(b.iter().map(|&b| b as char).collect());
    }
    Err(PyErr::type_error(format!("expected str instance, {} found", vm.type_name(template))))
}

pub fn parse_template(vm: &mut Vm, c: &Compiled, template: &Value) -> PyResult<Vec<Part>> {
    let t = template_chars(vm, c, template)?;
    let source = match template.as_str() {
        Some(s) => Source::Str(s.to_string()),
        None => Source::Bytes(t.iter().map(|&c| c as u32 as u8).collect()),
    };
    let fail = |vm: &mut Vm, msg: String, pos: usize| re_error(vm, &msg, &source, Some(pos));
    let mut parts = Vec::new();
    let mut lit = String::new();
    let mut i = 0;
    let add_group = |parts: &mut Vec<Part>, lit: &mut String, g: usize| {
        if !lit.is_empty() {
            parts.push(Part::Literal(std::mem::take(lit)));
        }
        parts.push(Part::Group(g));
    };
    while i < t.len() {
        let ch = t[i];
        if ch != '\\' {
            lit.push(ch);
            i += 1;
            continue;
        }
        let start = i;
        let Some(&c2) = t.get(i + 1) else {
            return Err(fail(vm, "bad escape (end of pattern)".into(), start));
        };
        i += 2;
        match c2 {
            'g' => {
                if t.get(i) != Some(&'<') {
                    return Err(fail(vm, "missing <".into(), i));
                }
                i += 1;
                let name_start = i;
                while i < t.len() && t[i] != '>' {
                    i += 1;
                }
                let name: String = t[name_start..i].iter().collect();
                if i >= t.len() {
                    if name.is_empty() {
                        return Err(fail(vm, "missing group name".into(), name_start));
                    }
                    return Err(fail(vm, "missing >, unterminated name".into(), name_start));
                }
                i += 1;
                if name.is_empty() {
                    return Err(fail(vm, "missing group name".into(), name_start));
                }
                let g = if super::translate::is_identifier(&name) {
                    match c.group_index(&name) {
                        Some(g) => g,
                        None => return Err(PyErr::index_error(format!("unknown group name '{name}'"))),
                    }
                } else {
                    match name.parse::<usize>() {
                        Ok(g) if name.chars().all(|c| c.is_ascii_digit()) => {
                            if g > c.groups {
                                return Err(fail(vm, format!("invalid group reference {g}"), name_start));
                            }
                            g
                        }
                        _ => return Err(fail(vm, format!("bad character in group name '{name}'"), name_start)),
                    }
                };
                add_group(&mut parts, &mut lit, g);
            }
            '0' => {
                let mut v = 0u32;
                for _ in 0..2 {
                    match t.get(i).and_then(|c| c.to_digit(8)) {
                        Some(d) => {
                            v = v * 8 + d;
                            i += 1;
                        }
                        None => break,
                    }
                }
                lit.push(char::from_u32(v).unwrap_or('\0'));
            }
            '1'..='9' => {
                let oct = |c: Option<&char>| c.is_some_and(|c| ('0'..='7').contains(c));
                if oct(Some(&c2)) && oct(t.get(i)) && oct(t.get(i + 1)) {
                    let v = c2.to_digit(8).unwrap_or(0) * 64 + t[i].to_digit(8).unwrap_or(0) * 8 + t[i + 1].to_digit(8).unwrap_or(0);
                    if v > 0o377 {
                        let text: String = t[start..i + 2].iter().collect();
                        return Err(fail(vm, format!("octal escape value {text} outside of range 0-0o377"), start));
                    }
                    i += 2;
                    lit.push(char::from_u32(v).unwrap_or('\0'));
                    continue;
                }
                let mut g = c2.to_digit(10).unwrap_or(0) as usize;
                if let Some(d) = t.get(i).and_then(|c| c.to_digit(10)) {
                    g = g * 10 + d as usize;
                    i += 1;
                }
                if g > c.groups {
                    return Err(fail(vm, format!("invalid group reference {g}"), start + 1));
                }
                add_group(&mut parts, &mut lit, g);
            }
            'a' => lit.push('\x07'),
            'b' => lit.push('\x08'),
            'f' => lit.push('\x0c'),
            'n' => lit.push('\n'),
            'r' => lit.push('\r'),
            't' => lit.push('\t'),
            'v' => lit.push('\x0b'),
            '\\' => lit.push('\\'),
            c if c.is_ascii_alphabetic() => return Err(fail(vm, format!("bad escape \\{c}"), start)),
            c => {
                lit.push('\\');
                lit.push(c);
            }
        }
    }
    if !lit.is_empty() {
        parts.push(Part::Literal(lit));
    }
    Ok(parts)
}

/// The template's text for match `m` (unmatched groups give nothing).
fn expand_into(subject: &Subject, spans: &super::Spans, parts: &[Part], out: &mut String) {
    for p in parts {
        match p {
            Part::Literal(s) => out.push_str(s),
            Part::Group(g) => {
                if let Some((a, b)) = spans.get(*g).copied().flatten() {
                    out.push_str(&subject.text()[subject.byte_of(a)..subject.byte_of(b)]);
                }
            }
        }
    }
}

fn finish(is_bytes: bool, s: String) -> Value {
    if is_bytes {
        Value::new_bytes(s.chars().map(|c| c as u32 as u8).collect())
    } else {
        Value::from_string(s)
    }
}

pub fn expand(m: &MatchObject, parts: &[Part]) -> PyResult<Value> {
    let mut out = String::new();
    expand_into(&m.subject, &m.spans, parts, &mut out);
    Ok(finish(m.subject.is_bytes, out))
}

/// `pattern.sub(repl, string, count)`: the new string and the number of
/// replacements.
pub fn sub(vm: &mut Vm, pattern: &Value, repl: &Value, string: &Value, count: Option<&Value>) -> PyResult<(Value, usize)> {
    let po = as_pattern(pattern).ok_or_else(|| PyErr::internal("re: not a pattern"))?;
    let c = po.compiled.clone();
    let subject = po.subject(vm, string)?;
    let count = match count {
        Some(v) => vm.index_value(v)?.max(0) as usize,
        None => 0,
    };
    let callable = repl.as_str().is_none() && as_bytes_ref(repl).is_none();
    let parts = if callable {
        Vec::new()
    } else {
        parse_template(vm, &c, repl)?
    };
    let matches = all_matches(&c, &subject, 0, subject.len(), count)?;
    let n = matches.len();
    let mut out = String::with_capacity(subject.text().len());
    let mut last = 0usize;
    // How many pieces CPython's join list holds so far (its messages count them).
    let mut pieces = 0usize;
    for spans in matches {
        let (s, e) = spans[0].unwrap_or((0, 0));
        if s > last {
            pieces += 1;
        }
        out.push_str(&subject.text()[subject.byte_of(last)..subject.byte_of(s)]);
        if callable {
            let m = MatchObject::new_value(po, pattern, &subject, spans, 0, subject.len());
            let r = vm.call(repl, &[m])?;
            if r.is_none() {
                last = e;
                continue;
            }
            if subject.is_bytes {
                match as_bytes_ref(&r) {
                    Some(b) => out.extend(b.iter().map(|&b| b as char)),
                    None => {
                        return Err(PyErr::type_error(format!("sequence item {pieces}: expected a bytes-like object, {} found", vm.type_name(&r))));
                    }
                }
            } else {
                match r.as_str() {
                    Some(s) => out.push_str(s),
                    None => return Err(PyErr::new(ExcKind::TypeError, format!("sequence item {pieces}: expected str instance, {} found", vm.type_name(&r)))),
                }
            }
            pieces += 1;
        } else {
            expand_into(&subject, &spans, &parts, &mut out);
        }
        last = e;
    }
    out.push_str(&subject.text()[subject.byte_of(last)..]);
    Ok((finish(subject.is_bytes, out), n))
}
