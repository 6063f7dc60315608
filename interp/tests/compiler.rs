//! The compiler's output for key constructs: instruction shapes, scopes
//! (varnames, cells, free variables), flags, exception tables, and the
//! SyntaxErrors it raises (CPython 3.11's messages and positions).

use garter_interp::code::{self, Code, ExceptionTableEntry, Op};
use garter_interp::compiler::{compile_expression, compile_module};
use garter_interp::value::Interner;
use std::rc::Rc;

fn compile(src: &str) -> Rc<Code> {
    let module = garter_grammar::parse_module(src, "<test>").expect("parse");
    let mut interner = Interner::new();
    compile_module(&module, "<test>", false, &mut interner).unwrap_or_else(|e| panic!("compile failed: {e:?}"))
}

fn compile_err(src: &str) -> (String, u32, u32) {
    let module = garter_grammar::parse_module(src, "<test>").expect("parse");
    let mut interner = Interner::new();
    match compile_module(&module, "<test>", false, &mut interner) {
        Ok(_) => panic!("expected a SyntaxError for {src:?}"),
        Err(e) => (e.msg, e.line, e.offset),
    }
}

fn ops(code: &Code) -> Vec<Op> {
    code.instructions.iter().map(|i| i.op).collect()
}

/// The nested code object named `name` (depth first).
fn find<'c>(code: &'c Code, name: &str) -> &'c Code {
    fn go<'c>(code: &'c Code, name: &str) -> Option<&'c Code> {
        for c in &code.consts {
            if let Some(inner) = c.as_code() {
                if &*inner.name == name {
                    return Some(inner);
                }
                if let Some(found) = go(inner, name) {
                    return Some(found);
                }
            }
        }
        None
    }
    go(code, name).unwrap_or_else(|| panic!("no code object named {name}"))
}

fn strs(v: &[Rc<str>]) -> Vec<&str> {
    v.iter().map(|s| &**s).collect()
}

fn const_str(code: &Code, i: u32) -> String {
    code.consts[i as usize].as_str().map(str::to_string).unwrap_or_default()
}

#[test]
fn function_locals_fast_and_globals() {
    let m = compile("def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n");
    let f = find(&m, "fib");
    assert_eq!(strs(&f.varnames), ["n"]);
    assert_eq!(f.argcount, 1);
    assert_eq!(f.flags & (code::CO_OPTIMIZED | code::CO_NEWLOCALS), code::CO_OPTIMIZED | code::CO_NEWLOCALS);
    use Op::*;
    assert_eq!(
        ops(f),
        [
            LoadFast, LoadConst, CompareOp, PopJumpIfFalse, LoadFast, ReturnValue, LoadGlobal, LoadFast, LoadConst,
            BinaryOp, Call, LoadGlobal, LoadFast, LoadConst, BinaryOp, Call, BinaryOp, ReturnValue
        ]
    );
    assert_eq!(f.lines[0], 2);
    assert_eq!(f.lines[4], 3);
    assert_eq!(f.lines[6], 4);
    assert!(f.max_stack >= 3);
    // Module level: MakeFunction then StoreName.
    assert_eq!(ops(&m), [LoadConst, MakeFunction, StoreName, LoadConst, ReturnValue]);
}

#[test]
fn parameters_order_and_flags() {
    let m = compile("def f(a, /, b, c=1, *args, d, e=2, **kw):\n    x = 1\n");
    let f = find(&m, "f");
    assert_eq!(strs(&f.varnames), ["a", "b", "c", "d", "e", "args", "kw", "x"]);
    assert_eq!((f.argcount, f.posonlyargcount, f.kwonlyargcount), (3, 1, 2));
    assert_ne!(f.flags & code::CO_VARARGS, 0);
    assert_ne!(f.flags & code::CO_VARKEYWORDS, 0);
    // defaults tuple (constant) + kwdefaults dict.
    let mf = m.instructions.iter().find(|i| i.op == Op::MakeFunction).unwrap();
    assert_eq!(mf.arg, 1 | 2);
}

#[test]
fn closures_cells_and_free_variables() {
    let m = compile(
        "def outer(p, q):\n    n = 0\n    def inc():\n        nonlocal n\n        n += p\n        return n\n    return inc\n",
    );
    let outer = find(&m, "outer");
    let inc = find(&m, "inc");
    assert_eq!(strs(&outer.cellvars), ["p", "n"]);
    assert_eq!(outer.cell_params, [(0, 0)]);
    assert_eq!(strs(&inc.freevars), ["n", "p"]);
    assert_eq!(&*inc.qualname, "outer.<locals>.inc");
    assert_ne!(inc.flags & code::CO_NESTED, 0);
    use Op::*;
    assert_eq!(ops(inc), [LoadDeref, LoadDeref, BinaryOp, StoreDeref, LoadDeref, ReturnValue]);
    assert_eq!(inc.instructions[2].arg, code::BINOP_ADD + code::INPLACE_FLAG);
    // The closure tuple is built in freevar order from outer's cells.
    let closure: Vec<u32> = outer.instructions.iter().filter(|i| i.op == LoadClosure).map(|i| i.arg).collect();
    assert_eq!(closure, [1, 0]);
    let mf = outer.instructions.iter().find(|i| i.op == MakeFunction).unwrap();
    assert_eq!(mf.arg, 8);
}

#[test]
fn class_body_and_class_cell() {
    let m = compile("class C(B, metaclass=M):\n    '''doc'''\n    def m(self):\n        return super().m()\n");
    let c = find(&m, "C");
    assert_eq!(c.flags, code::CO_CLASS_BODY);
    assert_eq!(strs(&c.cellvars), ["__class__"]);
    use Op::*;
    assert_eq!(&ops(c)[..4], [LoadName, StoreName, LoadConst, StoreName]);
    assert_eq!(c.names[1].as_str(), Some("__module__"));
    assert_eq!(const_str(c, c.instructions[2].arg), "C");
    assert_eq!(&ops(c)[4..6], [LoadConst, StoreName]);
    assert_eq!(c.names[c.instructions[5].arg as usize].as_str(), Some("__doc__"));
    let n = c.instructions.len();
    assert_eq!(&ops(c)[n - 4..], [LoadClosure, Copy, StoreName, ReturnValue]);
    let method = find(&m, "m");
    assert_eq!(strs(&method.freevars), ["__class__"]);
    assert_eq!(&*method.qualname, "C.m");
    // __build_class__(func, 'C', B, metaclass=M)
    assert_eq!(ops(&m)[..8], [LoadBuildClass, LoadConst, MakeFunction, LoadConst, LoadName, LoadName, LoadConst, CallKw]);
    assert_eq!(m.instructions[7].arg, 4);
}

#[test]
fn class_without_super_returns_none() {
    let m = compile("class C:\n    x = 1\n    def m(self):\n        return x\n");
    let c = find(&m, "C");
    assert!(c.cellvars.is_empty());
    let n = c.instructions.len();
    assert_eq!(&ops(c)[n - 2..], [Op::LoadConst, Op::ReturnValue]);
    // Class scope is not visible from methods.
    assert_eq!(ops(find(&m, "m")), [Op::LoadGlobal, Op::ReturnValue]);
}

#[test]
fn class_body_free_variable_uses_load_class_deref() {
    let m = compile("def f():\n    y = 1\n    class C:\n        z = y\n");
    let c = find(&m, "C");
    assert_eq!(strs(&c.freevars), ["y"]);
    assert!(ops(c).contains(&Op::LoadClassDeref));
    assert_eq!(&*c.qualname, "f.<locals>.C");
}

#[test]
fn generators_and_yield_from() {
    let m = compile("def g(it):\n    x = yield from it\n    yield x\n");
    let g = find(&m, "g");
    assert_ne!(g.flags & code::CO_GENERATOR, 0);
    use Op::*;
    assert_eq!(
        ops(g),
        [LoadFast, GetYieldFromIter, LoadConst, Send, YieldValue, Jump, StoreFast, LoadFast, YieldValue, PopTop, LoadConst, ReturnValue]
    );
    assert_eq!(g.instructions[3].arg, 6); // Send jumps past the loop
    assert_eq!(g.instructions[5].arg, 3); // Jump back to Send
}

#[test]
fn comprehension_calling_convention() {
    let m = compile("def f(xs):\n    return [x * 2 for x in xs if x]\n");
    let f = find(&m, "f");
    use Op::*;
    assert_eq!(ops(f), [LoadConst, MakeFunction, LoadFast, GetIter, Call, ReturnValue]);
    assert_eq!(f.instructions[4].arg, 1);
    let lc = find(&m, "<listcomp>");
    assert_eq!(&*lc.qualname, "f.<locals>.<listcomp>");
    assert_eq!(strs(&lc.varnames), [".0", "x"]);
    assert_eq!(lc.argcount, 1);
    assert_eq!(
        ops(lc),
        [BuildList, LoadFast, ForIter, StoreFast, LoadFast, PopJumpIfFalse, LoadFast, LoadConst, BinaryOp, ListAppend, Jump, ReturnValue]
    );
    assert_eq!(lc.instructions[9].arg, 2);
    let g = compile("g = (x for x in y)\n");
    let ge = find(&g, "<genexpr>");
    assert_ne!(ge.flags & code::CO_GENERATOR, 0);
}

#[test]
fn walrus_in_comprehension_binds_in_function() {
    let m = compile("def f(xs):\n    [y := x for x in xs]\n    return y\n");
    let f = find(&m, "f");
    assert_eq!(strs(&f.cellvars), ["y"]);
    let lc = find(&m, "<listcomp>");
    assert_eq!(strs(&lc.freevars), ["y"]);
    assert!(ops(lc).contains(&Op::StoreDeref));
}

#[test]
fn method_calls() {
    let m = compile("o.m(1, k=2)\no.n(*a)\nf(x, *a, y=1, **kw)\n");
    use Op::*;
    let o = ops(&m);
    assert_eq!(&o[..7], [LoadName, LoadMethod, LoadConst, LoadConst, LoadConst, CallMethodKw, PopTop]);
    assert_eq!(m.instructions[5].arg, 2);
    let kwnames = m.consts[m.instructions[4].arg as usize].as_tuple().unwrap();
    assert_eq!(kwnames[0].as_str(), Some("k"));
    // o.n(*a): LoadAttr, then a tuple and CallEx.
    assert_eq!(&o[7..14], [LoadName, LoadAttr, BuildList, LoadName, ListExtend, ListToTuple, CallEx]);
    assert_eq!(m.instructions[13].arg, 0);
    // f(x, *a, y=1, **kw)
    assert!(o.ends_with(&[
        LoadName, LoadName, BuildList, LoadName, ListExtend, ListToTuple, LoadConst, LoadConst, BuildMap, LoadName,
        DictMerge, CallEx, PopTop, LoadConst, ReturnValue
    ]));
}

#[test]
fn try_except_shape_and_table() {
    let m = compile("try:\n    a()\nexcept (E, F) as e:\n    b()\n");
    use Op::*;
    assert_eq!(
        ops(&m),
        [
            LoadName, Call, PopTop, LoadConst, ReturnValue, // body, then the normal exit
            PushExcInfo, LoadName, LoadName, BuildTuple, CheckExcMatch, PopJumpIfFalse, StoreName, // match
            LoadName, Call, PopTop, PopExcept, LoadConst, StoreName, DeleteName, LoadConst, ReturnValue, // body
            LoadConst, StoreName, DeleteName, Reraise, // `as` cleanup on error
            Reraise, // no match
            Swap, PopExcept, Reraise, // cleanup
        ]
    );
    assert_eq!(
        m.exception_table,
        [
            ExceptionTableEntry { start: 0, end: 3, handler: 5, depth: 0 },
            ExceptionTableEntry { start: 5, end: 12, handler: 26, depth: 1 },
            ExceptionTableEntry { start: 12, end: 15, handler: 21, depth: 1 },
            ExceptionTableEntry { start: 21, end: 26, handler: 26, depth: 1 },
        ]
    );
}

#[test]
fn try_finally_with_return() {
    let m = compile("def f():\n    try:\n        return g()\n    finally:\n        h()\n");
    let f = find(&m, "f");
    use Op::*;
    assert_eq!(
        ops(f),
        [
            LoadGlobal, Call, LoadGlobal, Call, PopTop, ReturnValue, // return: value kept, finally inlined
            PushExcInfo, LoadGlobal, Call, PopTop, Reraise, Swap, PopExcept, Reraise
        ]
    );
    assert_eq!(
        f.exception_table,
        [
            ExceptionTableEntry { start: 0, end: 2, handler: 6, depth: 0 },
            ExceptionTableEntry { start: 6, end: 11, handler: 11, depth: 1 },
        ]
    );
}

#[test]
fn with_statement_shape() {
    let m = compile("with cm as x:\n    body()\n");
    use Op::*;
    assert_eq!(
        ops(&m),
        [
            LoadName, BeforeWith, StoreName, LoadName, Call, PopTop, // enter, body
            LoadConst, LoadConst, LoadConst, Call, PopTop, LoadConst, ReturnValue, // exit(None, None, None)
            PushExcInfo, WithExceptStart, PopJumpIfTrue, Reraise, Swap, PopExcept, Reraise, PopTop, PopExcept, PopTop,
            LoadConst, ReturnValue
        ]
    );
    assert_eq!(
        m.exception_table,
        [
            ExceptionTableEntry { start: 2, end: 6, handler: 13, depth: 1 },
            ExceptionTableEntry { start: 13, end: 17, handler: 17, depth: 2 },
            ExceptionTableEntry { start: 20, end: 21, handler: 17, depth: 2 },
        ]
    );
}

#[test]
fn break_and_continue_unwind() {
    let m = compile(
        "for i in x:\n    with cm:\n        try:\n            break\n        finally:\n            f()\nelse:\n    g()\n",
    );
    use Op::*;
    let o = ops(&m);
    // break: finally body, exit(None, None, None), pop the iterator, and
    // leave (past `else`: the module's `return None`, inlined).
    let at = o.iter().position(|&op| op == BeforeWith).unwrap();
    assert_eq!(
        &o[at + 1..at + 13],
        [PopTop, LoadName, Call, PopTop, LoadConst, LoadConst, LoadConst, Call, PopTop, PopTop, LoadConst, ReturnValue]
    );
    // Breaking out of an except handler pops the exception state first.
    let m = compile("while 1:\n    try:\n        pass\n    except E:\n        continue\n");
    let o = ops(&m);
    let at = o.iter().position(|&op| op == CheckExcMatch).unwrap();
    assert_eq!(&o[at + 1..at + 5], [PopJumpIfFalse, PopTop, PopExcept, Jump]);
}

#[test]
fn return_inside_for_pops_iterator() {
    let m = compile("def f(x):\n    for i in x:\n        return i + 1\n");
    let f = find(&m, "f");
    use Op::*;
    assert_eq!(
        ops(f),
        [LoadFast, GetIter, ForIter, StoreFast, LoadFast, LoadConst, BinaryOp, Swap, PopTop, ReturnValue, LoadConst, ReturnValue]
    );
}

#[test]
fn chained_comparison_and_boolops() {
    let m = compile("r = a < b < c\ns = p and q or t\n");
    use Op::*;
    assert_eq!(
        &ops(&m)[..12],
        [LoadName, LoadName, Swap, Copy, CompareOp, JumpIfFalseOrPop, LoadName, CompareOp, Jump, Swap, PopTop, StoreName]
    );
    assert_eq!(&ops(&m)[12..18], [LoadName, JumpIfFalseOrPop, LoadName, JumpIfTrueOrPop, LoadName, StoreName]);
}

#[test]
fn augmented_attribute_and_subscript() {
    let m = compile("o.a += 1\no[i] -= 2\n");
    use Op::*;
    assert_eq!(
        &ops(&m)[..16],
        [
            LoadName, Copy, LoadAttr, LoadConst, BinaryOp, Swap, StoreAttr, LoadName, LoadName, Copy, Copy, BinarySubscr,
            LoadConst, BinaryOp, Swap, Swap
        ]
    );
    assert_eq!(m.instructions[13].arg, code::BINOP_SUB | code::INPLACE_FLAG);
}

#[test]
fn unpacking_assignment() {
    let m = compile("a, *b, c = x\nd = e = f\np, q = q, p\n");
    use Op::*;
    assert_eq!(&ops(&m)[..6], [LoadName, UnpackEx, StoreName, StoreName, StoreName, LoadName]);
    assert_eq!(m.instructions[1].arg, 1 | (1 << 8));
    assert_eq!(&ops(&m)[5..9], [LoadName, Copy, StoreName, StoreName]);
    assert_eq!(&ops(&m)[9..14], [LoadName, LoadName, Swap, StoreName, StoreName]);
}

#[test]
fn constants_folded() {
    let m = compile("x = (1, -2, ('a', None))\ny = -9223372036854775808\n");
    assert_eq!(ops(&m)[..2], [Op::LoadConst, Op::StoreName]);
    let t = m.consts[m.instructions[0].arg as usize].as_tuple().unwrap();
    assert!(matches!(t[1], garter_interp::value::Value::Int(-2)));
    let y = &m.consts[m.instructions[2].arg as usize];
    assert!(matches!(y, garter_interp::value::Value::Int(i64::MIN)));
}

#[test]
fn fstrings() {
    let m = compile("s = f'{x!r:>{w}} and {y}'\nt = f'plain'\n");
    use Op::*;
    assert_eq!(
        &ops(&m)[..11],
        [LoadName, LoadConst, LoadName, FormatValue, BuildString, FormatValue, LoadConst, LoadName, FormatValue, BuildString, StoreName]
    );
    assert_eq!(m.instructions[5].arg, 2 | 4);
    assert_eq!(m.instructions[9].arg, 3);
    assert_eq!(&ops(&m)[11..13], [LoadConst, StoreName]);
}

#[test]
fn imports() {
    let m = compile("import a.b.c\nimport a.b as d\nfrom ..m import x as y\nfrom os import *\n");
    use Op::*;
    assert_eq!(
        &ops(&m)[..21],
        [
            LoadConst, LoadConst, ImportName, StoreName, // import a.b.c -> a
            LoadConst, LoadConst, ImportName, ImportFrom, StoreName, PopTop, // import a.b as d
            LoadConst, LoadConst, ImportName, ImportFrom, StoreName, PopTop, // from ..m import x as y
            LoadConst, LoadConst, ImportName, ImportStar, LoadConst
        ]
    );
    assert_eq!(m.names[m.instructions[3].arg as usize].as_str(), Some("a"));
    assert!(matches!(m.consts[m.instructions[10].arg as usize], garter_interp::value::Value::Int(2)));
}

#[test]
fn annotations() {
    let m = compile("x: int = 1\ndef f(a: int) -> str:\n    y: int = 2\n");
    use Op::*;
    assert_eq!(&ops(&m)[..7], [SetupAnnotations, LoadConst, StoreName, LoadName, LoadName, LoadConst, StoreSubscr]);
    let f = find(&m, "f");
    assert_eq!(ops(f), [LoadConst, StoreFast, LoadConst, ReturnValue]);
    let mf = m.instructions.iter().find(|i| i.op == MakeFunction).unwrap();
    assert_eq!(mf.arg, 4);
}

#[test]
fn docstrings_and_assert() {
    let m = compile("def f():\n    'the doc'\n    assert x, 'msg'\n");
    let f = find(&m, "f");
    assert_eq!(f.doc.as_ref().and_then(|d| d.as_str()), Some("the doc"));
    use Op::*;
    assert_eq!(ops(f), [LoadGlobal, PopJumpIfTrue, LoadAssertionError, LoadConst, Call, Raise, LoadConst, ReturnValue]);
}

#[test]
fn private_names_are_mangled() {
    let m = compile("class C:\n    def m(self):\n        self.__x = __y\n");
    let f = find(&m, "m");
    let names: Vec<&str> = f.names.iter().map(|n| n.as_str().unwrap()).collect();
    assert_eq!(names, ["_C__y", "_C__x"]);
}

#[test]
fn global_declarations() {
    let m = compile("def f():\n    global g\n    g = 1\n    return h\n");
    let f = find(&m, "f");
    use Op::*;
    assert_eq!(ops(f), [LoadConst, StoreGlobal, LoadGlobal, ReturnValue]);
}

#[test]
fn interactive_prints_expressions() {
    let module = garter_grammar::parse_module("1 + x\n", "<stdin>").unwrap();
    let mut interner = Interner::new();
    let m = compile_module(&module, "<stdin>", true, &mut interner).unwrap();
    assert_eq!(ops(&m), [Op::LoadConst, Op::LoadName, Op::BinaryOp, Op::PrintExpr, Op::LoadConst, Op::ReturnValue]);
}

#[test]
fn eval_mode_returns_the_value() {
    let module = garter_grammar::parse_module("a + 1\n", "<string>").unwrap();
    let garter_grammar::ast::StmtKind::Expr(e) = &module.body[0].kind else { panic!() };
    let mut interner = Interner::new();
    let c = compile_expression(e, "<string>", &mut interner).unwrap();
    assert_eq!(ops(&c), [Op::LoadName, Op::LoadConst, Op::BinaryOp, Op::ReturnValue]);
}

#[test]
fn syntax_errors() {
    let cases: &[(&str, &str, u32, u32)] = &[
        ("x = 1\nreturn x\n", "'return' outside function", 2, 1),
        ("class C:\n    return 1\n", "'return' outside function", 2, 5),
        ("if x:\n    break\n", "'break' outside loop", 2, 5),
        ("def f():\n    continue\n", "'continue' not properly in loop", 2, 5),
        ("x = yield 1\n", "'yield' outside function", 1, 5),
        ("def f(a, b, a):\n    pass\n", "duplicate argument 'a' in function definition", 1, 13),
        ("f(a=1, b=2, a=3)\n", "keyword argument repeated: a", 1, 13),
        ("def f():\n    x = 1\n    global x\n", "name 'x' is assigned to before global declaration", 3, 5),
        ("def f():\n    print(x)\n    global x\n", "name 'x' is used prior to global declaration", 3, 5),
        ("def f(x):\n    global x\n", "name 'x' is parameter and global", 2, 5),
        ("nonlocal x\n", "nonlocal declaration not allowed at module level", 1, 1),
        ("def f():\n    nonlocal x\n", "no binding for nonlocal 'x' found", 2, 5),
        ("def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n", "name 'x' is nonlocal and global", 4, 9),
        ("*a = [1]\n", "starred assignment target must be in a list or tuple", 1, 1),
        ("a, *b, *c = d\n", "multiple starred expressions in assignment", 1, 1),
        ("x = *a\n", "can't use starred expression here", 1, 5),
        ("def f():\n    from os import *\n", "import * only allowed at module level", 2, 5),
        ("[x for x in (y := [1])]\n", "assignment expression cannot be used in a comprehension iterable expression", 1, 14),
        ("[i := 0 for i in range(3)]\n", "assignment expression cannot rebind comprehension iteration variable 'i'", 1, 2),
        ("def f():\n    return [(yield x) for x in y]\n", "'yield' inside list comprehension", 2, 14),
        ("__debug__ = 1\n", "cannot assign to __debug__", 1, 1),
        ("import os\nfrom __future__ import annotations\n", "from __future__ imports must occur at the beginning of the file", 2, 1),
    ];
    for &(src, msg, line, offset) in cases {
        assert_eq!(compile_err(src), (msg.to_string(), line, offset), "for {src:?}");
    }
}

#[test]
fn too_many_statically_nested_blocks() {
    let nested = |n: usize| {
        let mut s = String::new();
        for i in 0..n {
            s += &format!("{}for x{i} in y:\n", "    ".repeat(i));
        }
        s + &"    ".repeat(n) + "pass\n"
    };
    compile(&nested(20));
    assert_eq!(compile_err(&nested(21)), ("too many statically nested blocks".to_string(), 21, 81));
}

#[test]
fn unreachable_code_is_dropped() {
    let m = compile("def f():\n    return 1\n    x = 2\n");
    assert_eq!(ops(find(&m, "f")), [Op::LoadConst, Op::ReturnValue]);
    let m = compile("while True:\n    pass\n");
    assert_eq!(ops(&m), [Op::Jump]);
}
