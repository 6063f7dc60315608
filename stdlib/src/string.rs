//! `string`: the character-class constants of CPython 3.11's `string`
//! module and `capwords`. (`Template` and `Formatter`, which CPython writes
//! in Python, are not here.)

use crate::args::{or_none, Signature};
use garter_interp::errors::PyResult;
use garter_interp::objects::function::{Args, NativeFn};
use garter_interp::value::Value;
use garter_interp::vm::Vm;

const LOWER: &str = "abcdefghijklmnopqrstuvwxyz";
const UPPER: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const DIGITS: &str = "0123456789";
const PUNCTUATION: &str = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
const WHITESPACE: &str = " \t\n\r\x0b\x0c";

const CAPWORDS: Signature = Signature { qualname: "capwords", names: &["s", "sep"], positional: 2, required: 1, method: false };

/// `string.capwords(s, sep=None)`: `(sep or ' ').join(w.capitalize() for w in s.split(sep))`.
fn string_capwords(vm: &mut Vm, a: Args<'_>) -> PyResult<Value> {
    let slots = CAPWORDS.bind(&a)?;
    let s = or_none(slots[0]);
    let sep = or_none(slots[1]);
    let words = vm.call_method(&s, "split", &[sep.clone()])?;
    let words = vm.collect(&words)?;
    let mut caps = Vec::with_capacity(words.len());
    for w in &words {
        caps.push(vm.call_method(w, "capitalize", &[])?);
    }
    let joiner = if vm.truthy(&sep)? { sep } else { Value::new_str(" ") };
    vm.call_method(&joiner, "join", &[Value::new_list(caps)])
}

const FUNCTIONS: &[(&str, NativeFn)] = &[("capwords", string_capwords)];

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let letters = format!("{LOWER}{UPPER}");
    let printable = format!("{DIGITS}{letters}{PUNCTUATION}{WHITESPACE}");
    let consts = [
        ("ascii_letters", Value::from_string(letters)),
        ("ascii_lowercase", Value::new_str(LOWER)),
        ("ascii_uppercase", Value::new_str(UPPER)),
        ("digits", Value::new_str(DIGITS)),
        ("hexdigits", Value::new_str("0123456789abcdefABCDEF")),
        ("octdigits", Value::new_str("01234567")),
        ("punctuation", Value::new_str(PUNCTUATION)),
        ("printable", Value::from_string(printable)),
        ("whitespace", Value::new_str(WHITESPACE)),
    ];
    crate::sys::make_module(vm, "string", FUNCTIONS, &consts)
}
