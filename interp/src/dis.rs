//! `dis`: a readable listing of a code object's instructions, laid out as
//! CPython 3.11's `dis.dis` lays it out:
//!
//! ```text
//!   2           0 LoadFast                 0 (n)
//!               2 LoadConst                1 (2)
//!               4 CompareOp                0 (<)
//!               6 PopJumpIfFalse           5 (to 10)
//! ```
//!
//! Columns: the source line where a new line starts, `>>` on jump targets,
//! the offset (instruction index * 2, like CPython's byte offsets), the
//! opcode (the `Op` variant name), its argument, and a hint in parentheses:
//! a constant's repr, a name, a local or cell name, `to N` for jumps, an
//! operator symbol. The exception table follows, then the listings of the
//! nested code objects, each after a `Disassembly of <code object NAME>:`
//! header, depth first in constant order.

use crate::code::{self, Code, Op};
use crate::value::{Payload, Value};
use std::fmt::Write;

/// CPython's `_OPNAME_WIDTH` and `_OPARG_WIDTH`.
const OPNAME_WIDTH: usize = 20;
const OPARG_WIDTH: usize = 5;

/// The listing of `code` and, after it, of every code object nested in it.
pub fn disassemble(code: &Code) -> String {
    let mut out = String::new();
    disassemble_one(code, &mut out);
    for c in &code.consts {
        if let Some(inner) = c.as_code() {
            let _ = write!(out, "\nDisassembly of <code object {}>:\n", inner.name);
            out.push_str(&disassemble(inner));
        }
    }
    out
}

/// Does `op` use its argument?
fn has_arg(op: Op) -> bool {
    !matches!(
        op,
        Op::Nop
            | Op::PopTop
            | Op::PushNull
            | Op::LoadLocals
            | Op::ReturnValue
            | Op::UnaryNegative
            | Op::UnaryPositive
            | Op::UnaryInvert
            | Op::UnaryNot
            | Op::BinarySubscr
            | Op::StoreSubscr
            | Op::DeleteSubscr
            | Op::GetIter
            | Op::ListToTuple
            | Op::LoadBuildClass
            | Op::SetupAnnotations
            | Op::LoadAssertionError
            | Op::ImportStar
            | Op::Reraise
            | Op::PushExcInfo
            | Op::PopExcept
            | Op::CheckExcMatch
            | Op::BeforeWith
            | Op::WithExceptStart
            | Op::YieldValue
            | Op::GetYieldFromIter
            | Op::PrintExpr
            | Op::GetLen
            | Op::MatchMapping
            | Op::MatchSequence
            | Op::MatchKeys
            | Op::CopyDictWithoutKeys
    )
}

fn is_jump(op: Op) -> bool {
    matches!(
        op,
        Op::Jump
            | Op::PopJumpIfFalse
            | Op::PopJumpIfTrue
            | Op::JumpIfFalseOrPop
            | Op::JumpIfTrueOrPop
            | Op::PopJumpIfNone
            | Op::PopJumpIfNotNone
            | Op::ForIter
            | Op::Send
    )
}

fn disassemble_one(code: &Code, out: &mut String) {
    let n = code.instructions.len();
    let mut targets = vec![false; n + 1];
    for ins in &code.instructions {
        if is_jump(ins.op) && (ins.arg as usize) <= n {
            targets[ins.arg as usize] = true;
        }
    }
    for e in &code.exception_table {
        if (e.handler as usize) <= n {
            targets[e.handler as usize] = true;
        }
    }
    let offset_width = if n * 2 >= 10_000 { (n * 2).to_string().len() } else { 4 };
    let mut last_line = None;
    for (i, ins) in code.instructions.iter().enumerate() {
        let line = code.line_of(i);
        let mut fields: Vec<String> = Vec::new();
        if last_line != Some(line) {
            if last_line.is_some() {
                out.push('\n');
            }
            fields.push(format!("{line:>3}"));
            last_line = Some(line);
        } else {
            fields.push("   ".into());
        }
        fields.push("   ".into());
        fields.push(if targets[i] { ">>".into() } else { "  ".into() });
        fields.push(format!("{:>offset_width$}", i * 2));
        fields.push(format!("{:<OPNAME_WIDTH$}", format!("{:?}", ins.op)));
        if has_arg(ins.op) {
            fields.push(format!("{:>OPARG_WIDTH$}", ins.arg));
            let hint = arg_hint(code, ins.op, ins.arg);
            if !hint.is_empty() {
                fields.push(format!("({hint})"));
            }
        }
        out.push_str(fields.join(" ").trim_end());
        out.push('\n');
    }
    if !code.exception_table.is_empty() {
        out.push_str("ExceptionTable:\n");
        for e in &code.exception_table {
            let _ = writeln!(out, "  {} to {} -> {} [{}]", e.start * 2, e.end.saturating_sub(1) * 2, e.handler * 2, e.depth);
        }
    }
}

fn arg_hint(code: &Code, op: Op, arg: u32) -> String {
    let a = arg as usize;
    let name = |v: Option<&Value>| v.and_then(|v| v.as_str()).unwrap_or("?").to_string();
    let cell = |i: usize| {
        let nc = code.cellvars.len();
        if i < nc {
            code.cellvars[i].to_string()
        } else {
            code.freevars.get(i - nc).map_or("?".into(), |s| s.to_string())
        }
    };
    match op {
        Op::LoadConst => code.consts.get(a).map_or("?".into(), const_repr),
        Op::LoadFast | Op::StoreFast | Op::DeleteFast => {
            code.varnames.get(a).map_or("?".into(), |s| s.to_string())
        }
        Op::LoadDeref | Op::StoreDeref | Op::DeleteDeref | Op::LoadClosure | Op::LoadClassDeref => cell(a),
        Op::LoadGlobal
        | Op::StoreGlobal
        | Op::DeleteGlobal
        | Op::LoadName
        | Op::StoreName
        | Op::DeleteName
        | Op::LoadAttr
        | Op::StoreAttr
        | Op::DeleteAttr
        | Op::LoadMethod
        | Op::ImportName
        | Op::ImportFrom => name(code.names.get(a)),
        _ if is_jump(op) => format!("to {}", a * 2),
        Op::BinaryOp => binop_symbol(arg),
        Op::CompareOp => ["<", "<=", "==", "!=", ">", ">="].get(a).unwrap_or(&"?").to_string(),
        Op::IsOp => if arg == 1 { "is not" } else { "is" }.into(),
        Op::ContainsOp => if arg == 1 { "not in" } else { "in" }.into(),
        Op::FormatValue => {
            let conv = ["", "str", "repr", "ascii"][a & 3];
            match (conv, a & 4 != 0) {
                ("", true) => "with format".into(),
                (c, true) => format!("{c}, with format"),
                (c, false) => c.into(),
            }
        }
        Op::MakeFunction => {
            let names = ["defaults", "kwdefaults", "annotations", "closure"];
            names.iter().enumerate().filter(|(bit, _)| a & (1 << bit) != 0).map(|(_, n)| *n).collect::<Vec<_>>().join(", ")
        }
        _ => String::new(),
    }
}

fn binop_symbol(arg: u32) -> String {
    let base = arg & !code::INPLACE_FLAG;
    let sym = match base {
        code::BINOP_ADD => "+",
        code::BINOP_SUB => "-",
        code::BINOP_MUL => "*",
        code::BINOP_MATMUL => "@",
        code::BINOP_TRUEDIV => "/",
        code::BINOP_MOD => "%",
        code::BINOP_POW => "**",
        code::BINOP_LSHIFT => "<<",
        code::BINOP_RSHIFT => ">>",
        code::BINOP_OR => "|",
        code::BINOP_XOR => "^",
        code::BINOP_AND => "&",
        code::BINOP_FLOORDIV => "//",
        _ => "?",
    };
    if arg & code::INPLACE_FLAG != 0 {
        format!("{sym}=")
    } else {
        sym.to_string()
    }
}

/// The `repr` of a constant, as `dis` shows it.
pub fn const_repr(v: &Value) -> String {
    match v {
        Value::Null => "<NULL>".into(),
        Value::None => "None".into(),
        Value::Bool(b) => if *b { "True" } else { "False" }.into(),
        Value::Int(i) => i.to_string(),
        Value::Float(f) => crate::objects::float_repr::float_repr(*f),
        Value::Obj(o) => match o.payload() {
            Payload::Str(_) => crate::objects::str_methods::str_repr(v.as_str().unwrap_or_default()),
            Payload::BigInt(b) => b.to_string(),
            Payload::Complex(re, im) => crate::objects::float_repr::complex_repr(*re, *im),
            Payload::Bytes(b) => crate::objects::bytes_methods::bytes_repr(b),
            Payload::Tuple(items) => {
                let parts: Vec<String> = items.iter().map(const_repr).collect();
                if parts.len() == 1 {
                    format!("({},)", parts[0])
                } else {
                    format!("({})", parts.join(", "))
                }
            }
            Payload::Code(c) => format!("<code object {}>", c.name),
            Payload::Ellipsis => "Ellipsis".into(),
            other => format!("<{}>", other.kind_name()),
        },
    }
}


