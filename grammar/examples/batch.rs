//! `batch < cases`: parses each record of stdin (records separated by the
//! byte 0x1E) as a module and prints one line per record: `OK <dump>` or
//! `ERR <kind>|<msg>|<line>|<offset>`. Used by `tools/difffuzz.py` to
//! compare garter with CPython on many generated programs.
#[path = "../tests/common/dump.rs"]
mod dump;

use std::io::Read;

fn main() {
    let mut input = String::new();
    if std::io::stdin().read_to_string(&mut input).is_err() {
        std::process::exit(2);
    }
    for case in input.split('\u{1e}') {
        match garter_grammar::parse_module(case, "<case>") {
            Ok(m) => println!("OK {}", dump::dump_module(&m, false).replace('\n', " ")),
            Err(e) => println!("ERR {}|{}|{}|{}", e.kind.name(), e.msg, e.line, e.offset),
        }
    }
}
