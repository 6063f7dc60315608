//! Tab completion for the REPL, as CPython's `rlcompleter` does it.
//!
//! The word before the cursor runs back to the previous readline delimiter
//! (spaces, brackets, operators, quotes; not `.`). An empty word completes
//! to a tab (indentation inside blocks). A word without a dot completes
//! against the keywords (with `rlcompleter`'s trailing ` ` or `:`), then the
//! `__main__` globals, then the builtins. A word `a.b.c.pre` completes
//! attribute names of the object `a.b.c`, found by name lookup and
//! `getattr` only (never a call), from `dir()`; names starting with `_` are
//! offered only when the prefix starts with `_` (`__` names only for `__`),
//! unless nothing else matches. Callables get a `(` appended; Python
//! functions without parameters get `()`.

use garter_interp::objects::function::Args;
use garter_interp::value::{Obj, Payload, Value};
use garter_interp::vm::Vm;

/// `keyword.kwlist + keyword.softkwlist` of CPython 3.11.
const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
    "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
    "not", "or", "pass", "raise", "return", "try", "while", "with", "yield", "_", "case", "match",
];

/// GNU readline's default word delimiters (`rl_completer_word_break_characters`
/// as CPython's `readline` module sets them).
const DELIMITERS: &str = " \t\n`~!@#$%^&*()-=+[{]}\\|;:'\",<>/?";

/// The byte offset where the word ending at `pos` starts.
pub fn word_start(line: &str, pos: usize) -> usize {
    line[..pos].rfind(|c: char| DELIMITERS.contains(c)).map_or(0, |i| i + 1)
}

/// The completions of `text` (the word before the cursor), sorted as
/// readline shows them.
pub fn complete(vm: &mut Vm, globals: &Obj, text: &str) -> Vec<String> {
    if text.trim().is_empty() {
        return vec!["\t".to_string()];
    }
    let mut matches = if text.contains('.') { attr_matches(vm, globals, text) } else { global_matches(vm, globals, text) };
    matches.sort();
    matches.dedup();
    matches
}

fn global_matches(vm: &mut Vm, globals: &Obj, text: &str) -> Vec<String> {
    let mut seen: Vec<String> = vec!["__builtins__".into()];
    let mut matches = Vec::new();
    for &word in KEYWORDS {
        if word.starts_with(text) {
            seen.push(word.into());
            matches.push(match word {
                "finally" | "try" => format!("{word}:"),
                "False" | "None" | "True" | "break" | "continue" | "pass" | "else" | "_" => word.to_string(),
                _ => format!("{word} "),
            });
        }
    }
    for namespace in [globals.clone(), vm.g.builtins.clone()] {
        for (key, value) in dict_items(&namespace) {
            let Some(word) = key.as_str() else { continue };
            if word.starts_with(text) && !seen.iter().any(|s| s == word) {
                seen.push(word.to_string());
                matches.push(callable_postfix(vm, &value, word.to_string()));
            }
        }
    }
    matches
}

fn attr_matches(vm: &mut Vm, globals: &Obj, text: &str) -> Vec<String> {
    let Some((expr, attr)) = text.rsplit_once('.') else { return Vec::new() };
    let is_word = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_alphanumeric() || c == '_');
    if !expr.split('.').all(is_word) || !(attr.is_empty() || is_word(attr)) {
        return Vec::new();
    }
    let Some(object) = resolve(vm, globals, expr) else { return Vec::new() };
    let mut words = attribute_names(vm, &object);
    words.retain(|w| w != "__builtins__");
    if !words.iter().any(|w| w == "__class__") {
        words.push("__class__".into());
    }
    let mut hidden = match attr {
        "" => Some("_"),
        "_" => Some("__"),
        _ => None,
    };
    loop {
        let mut matches = Vec::new();
        for word in &words {
            if word.starts_with(attr) && !hidden.is_some_and(|h| word.starts_with(h)) {
                let full = format!("{expr}.{word}");
                match vm.get_attr_str(&object, word) {
                    Ok(value) if !value.is_none() => matches.push(callable_postfix(vm, &value, full)),
                    _ => matches.push(full),
                }
            }
        }
        if !matches.is_empty() || hidden.is_none() {
            return matches;
        }
        hidden = if hidden == Some("_") { Some("__") } else { None };
    }
}

/// The object named by the dotted name `expr` (globals, then builtins, then
/// `getattr` along the dots); None when any step fails.
fn resolve(vm: &mut Vm, globals: &Obj, expr: &str) -> Option<Value> {
    let mut parts = expr.split('.');
    let first = parts.next()?;
    let mut value = [globals, &vm.g.builtins.clone()].iter().find_map(|ns| dict_get(ns, first))?;
    for part in parts {
        value = vm.get_attr_str(&value, part).ok()?;
    }
    Some(value)
}

/// `dir(object)` as strings; empty when `dir` fails.
fn attribute_names(vm: &mut Vm, object: &Value) -> Vec<String> {
    let Some(dir) = dict_get(&vm.g.builtins.clone(), "dir") else { return Vec::new() };
    let Ok(list) = vm.call(&dir, std::slice::from_ref(object)) else { return Vec::new() };
    let Ok(items) = vm.collect(&list) else { return Vec::new() };
    items.iter().filter_map(|v| v.as_str().map(String::from)).collect()
}

/// `rlcompleter._callable_postfix`: `(` after a callable, `()` after a
/// Python function that takes no parameters.
fn callable_postfix(vm: &mut Vm, value: &Value, mut word: String) -> String {
    let Some(callable) = dict_get(&vm.g.builtins.clone(), "callable") else { return word };
    if let Ok(Value::Bool(true)) = vm.call_args(&callable, Args::positional_only(std::slice::from_ref(value))) {
        word.push('(');
        if let Some(Payload::Function(f)) = value.payload() {
            let c = &f.code;
            let varargs = garter_interp::code::CO_VARARGS | garter_interp::code::CO_VARKEYWORDS;
            if c.argcount == 0 && c.kwonlyargcount == 0 && c.flags & varargs == 0 {
                word.push(')');
            }
        }
    }
    word
}

fn dict_items(d: &Obj) -> Vec<(Value, Value)> {
    match d.payload() {
        Payload::Dict(d) => d.borrow().items(),
        _ => Vec::new(),
    }
}

fn dict_get(d: &Obj, key: &str) -> Option<Value> {
    match d.payload() {
        Payload::Dict(d) => d.borrow().get_str(key).cloned(),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A VM with `__main__` globals holding what `source` defined.
    fn session(source: &str) -> (Vm, Obj) {
        let mut vm = crate::new_vm(vec![String::new()]);
        let (globals, result) = crate::exec_main(&mut vm, source, "<test>", crate::MainAttrs::default());
        assert!(result.is_ok());
        (vm, globals)
    }

    #[test]
    fn names_complete_from_keywords_globals_and_builtins() {
        let (mut vm, g) = session("def no_args(): pass\ndef some_args(a): pass\nprinter = 1\n");
        // Keywords get rlcompleter's suffixes; callables a `(`.
        assert_eq!(complete(&mut vm, &g, "fin"), ["finally:"]);
        assert_eq!(complete(&mut vm, &g, "Tr"), ["True"]);
        assert_eq!(complete(&mut vm, &g, "whi"), ["while "]);
        assert_eq!(complete(&mut vm, &g, "pri"), ["print(", "printer"]);
        assert_eq!(complete(&mut vm, &g, "no_"), ["no_args()"]);
        assert_eq!(complete(&mut vm, &g, "some_"), ["some_args("]);
        assert_eq!(complete(&mut vm, &g, "__bui"), ["__build_class__("]);
        assert_eq!(complete(&mut vm, &g, ""), ["\t"]);
    }

    #[test]
    fn attributes_complete_after_a_dotted_name_without_calls() {
        let (mut vm, g) = session("class C:\n    value = 1\n    _hidden = 2\n    def method(self): pass\nclass Holder:\n    inner = C()\n");
        assert_eq!(complete(&mut vm, &g, "C.va"), ["C.value"]);
        assert_eq!(complete(&mut vm, &g, "Holder.inner.me"), ["Holder.inner.method("]);
        // `_` names only when asked for.
        let all = complete(&mut vm, &g, "C.");
        assert!(all.contains(&"C.value".to_string()) && !all.iter().any(|w| w.starts_with("C._")), "{all:?}");
        assert_eq!(complete(&mut vm, &g, "C._h"), ["C._hidden"]);
        // No evaluation of anything but names and attributes.
        assert!(complete(&mut vm, &g, "C().va").is_empty());
        assert!(complete(&mut vm, &g, "missing.x").is_empty());
    }

    #[test]
    fn word_boundaries_follow_readline() {
        assert_eq!(word_start("print(math.sq", 13), 6);
        assert_eq!(word_start("x = ab", 6), 4);
        assert_eq!(word_start("abc", 3), 0);
    }
}
