//! Frozen (Python) modules: compiled only on first import, cached in
//! `sys.modules`, and shown in tracebacks as `<frozen NAME>` with line numbers.

use garter_interp::value::Payload;
use garter_interp::vm::Vm;
use garter_interp::CompileMode;

fn new_vm() -> Vm {
    let mut vm = Vm::new();
    garter_stdlib::register_all(&mut vm);
    vm
}

/// Runs `source` as `__main__`; on an exception returns its formatted traceback.
fn run(vm: &mut Vm, source: &str) -> Result<(), String> {
    let (_module, globals) = vm.new_module("__main__");
    let result = vm.compile_source(source, "<test>", CompileMode::Exec).and_then(|code| vm.run_code(code, globals));
    result.map(|_| ()).map_err(|e| {
        let exc = vm.normalize(e);
        vm.format_exception(&exc)
    })
}

fn in_sys_modules(vm: &Vm, name: &str) -> bool {
    match vm.g.modules.payload() {
        Payload::Dict(d) => d.borrow().get_str(name).is_some(),
        _ => false,
    }
}

#[test]
fn nothing_frozen_is_loaded_at_start() {
    let vm = new_vm();
    for name in garter_stdlib::frozen::NAMES {
        assert!(!in_sys_modules(&vm, name), "{name} was loaded at start-up");
    }
}

#[test]
fn import_compiles_once_and_caches() {
    let mut vm = new_vm();
    run(&mut vm, "import functools\nimport sys\nassert sys.modules['functools'] is functools\n").unwrap();
    assert!(in_sys_modules(&vm, "functools"));
    // A submodule of a frozen package is found by its dotted name.
    run(&mut vm, "import collections.abc\nassert collections.abc.Sequence\nfrom collections import abc\nassert abc is collections.abc\n").unwrap();
    assert!(in_sys_modules(&vm, "collections.abc"));
}

#[test]
fn every_frozen_module_compiles() {
    let mut vm = new_vm();
    for name in garter_stdlib::frozen::NAMES {
        if let Err(tb) = run(&mut vm, &format!("import {name}\n")) {
            panic!("import {name} failed:\n{tb}");
        }
    }
}

#[test]
fn traceback_names_the_frozen_module() {
    let mut vm = new_vm();
    let tb = run(&mut vm, "import functools\nfunctools.reduce(lambda a, b: a, [])\n").unwrap_err();
    assert!(tb.contains("File \"<frozen functools>\", line "), "traceback was:\n{tb}");
    assert!(tb.ends_with("TypeError: reduce() of empty iterable with no initial value\n"), "traceback was:\n{tb}");
}

#[test]
fn frozen_module_has_no_file() {
    // As for CPython's frozen modules.
    let mut vm = new_vm();
    run(&mut vm, "import keyword\nassert not hasattr(keyword, '__file__')\nassert keyword.__name__ == 'keyword'\n").unwrap();
}
