//! Assembly: a finished `Unit` (instructions with labels and
//! pseudo-instructions) becomes a `Code`.
//!
//! One pass follows the control flow from the first instruction (and from
//! each exception handler), tracking two things per instruction, as
//! CPython's `stackdepth` and `label_exception_targets` do:
//! - the operand stack depth before it (so `max_stack`, the handlers'
//!   `depth`, and the checks that every path agrees on the depth and that
//!   `ReturnValue` sees exactly one value);
//! - the stack of open protected regions (`SetupFinally`/`SetupWith`
//!   push one, `PopBlock` pops one), whose top is the instruction's handler.
//!
//! Then unreachable instructions and pseudo-instructions are dropped, jump
//! labels become instruction indices, and runs of instructions sharing a
//! handler become exception-table entries. Entries never overlap, so the
//! "innermost first" rule of `code.rs` holds trivially.

use super::symtable::{BlockKind, Scope};
use super::{Ins, Kind, Unit, UnitKind};
use crate::code::{self, Code, ExceptionTableEntry, Instr, Op};
use garter_grammar::SyntaxError;

/// The `Code::flags` of a unit.
pub(crate) fn code_flags(scope: &Scope, kind: UnitKind) -> u32 {
    match scope.kind {
        BlockKind::Function => {
            let mut f = code::CO_OPTIMIZED | code::CO_NEWLOCALS;
            if scope.nested {
                f |= code::CO_NESTED;
            }
            if scope.generator {
                f |= code::CO_GENERATOR;
            }
            if scope.varargs {
                f |= code::CO_VARARGS;
            }
            if scope.varkeywords {
                f |= code::CO_VARKEYWORDS;
            }
            f
        }
        BlockKind::Class if kind == UnitKind::Class => code::CO_CLASS_BODY,
        _ => 0,
    }
}

/// Is `op` a jump whose argument is a label?
pub(crate) fn is_jump(op: Op) -> bool {
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

/// Does control never continue to the next instruction?
fn is_terminal(op: Op) -> bool {
    matches!(op, Op::Jump | Op::ReturnValue | Op::Raise | Op::Reraise)
}

/// Stack effect of `op` with argument `arg`: (falling through, jumping).
pub(crate) fn stack_effect(op: Op, arg: u32) -> (i32, i32) {
    let a = arg as i32;
    let e = match op {
        Op::Nop => 0,
        Op::PopTop => -1,
        Op::Copy => 1,
        Op::Swap => 0,
        Op::PushNull => 1,
        Op::LoadConst
        | Op::LoadFast
        | Op::LoadDeref
        | Op::LoadClosure
        | Op::LoadClassDeref
        | Op::LoadGlobal
        | Op::LoadName
        | Op::LoadLocals => 1,
        Op::StoreFast | Op::StoreDeref | Op::StoreGlobal | Op::StoreName => -1,
        Op::DeleteFast | Op::DeleteDeref | Op::DeleteGlobal | Op::DeleteName => 0,
        Op::LoadAttr => 0,
        Op::StoreAttr => -2,
        Op::DeleteAttr => -1,
        Op::LoadMethod => 1,
        Op::Call => -a,
        Op::CallMethod => -a - 1,
        Op::CallKw => -a - 1,
        Op::CallMethodKw => -a - 2,
        Op::CallEx => -1 - (a & 1),
        Op::ReturnValue => -1,
        Op::BinaryOp | Op::CompareOp | Op::IsOp | Op::ContainsOp => -1,
        Op::UnaryNegative | Op::UnaryPositive | Op::UnaryInvert | Op::UnaryNot => 0,
        Op::BinarySubscr => -1,
        Op::StoreSubscr => -3,
        Op::DeleteSubscr => -2,
        Op::BuildSlice => 1 - a,
        Op::Jump => 0,
        Op::PopJumpIfFalse | Op::PopJumpIfTrue | Op::PopJumpIfNone | Op::PopJumpIfNotNone => -1,
        Op::JumpIfFalseOrPop | Op::JumpIfTrueOrPop => return (-1, 0),
        Op::GetIter => 0,
        Op::ForIter => return (1, -1),
        Op::BuildTuple | Op::BuildList | Op::BuildSet | Op::BuildString => 1 - a,
        Op::BuildMap => 1 - 2 * a,
        Op::FormatValue => -((a & 4 != 0) as i32),
        Op::ListAppend | Op::SetAdd => -1,
        Op::MapAdd => -2,
        Op::ListExtend | Op::SetUpdate | Op::DictUpdate | Op::DictMerge => -1,
        Op::ListToTuple => 0,
        Op::UnpackSequence => a - 1,
        Op::UnpackEx => (a & 0xff) + (a >> 8),
        Op::MakeFunction => -((a & 0xf).count_ones() as i32),
        Op::LoadBuildClass => 1,
        Op::SetupAnnotations => 0,
        Op::LoadAssertionError => 1,
        Op::ImportName => -1,
        Op::ImportFrom => 1,
        Op::ImportStar => -1,
        Op::Raise => -a,
        Op::Reraise => -1,
        Op::PushExcInfo => 1,
        Op::PopExcept => -1,
        Op::CheckExcMatch => 0,
        Op::BeforeWith => 1,
        Op::WithExceptStart => 1,
        Op::YieldValue => 0,
        Op::GetYieldFromIter => 0,
        Op::Send => return (0, -1),
        Op::PrintExpr => -1,
        Op::GetLen | Op::MatchMapping | Op::MatchSequence | Op::MatchKeys => 1,
        Op::MatchClass => -2,
        Op::CopyDictWithoutKeys => -1,
    };
    (e, e)
}

/// An open protected region: handler instruction index and depth.
type Handler = (u32, u32);

#[derive(Clone, PartialEq, Eq, Debug)]
struct State {
    depth: i32,
    handlers: Vec<Handler>,
}

/// The flow analysis' work: a state per instruction, the instructions
/// still to visit, and the first inconsistency found.
struct Flow {
    states: Vec<Option<State>>,
    worklist: Vec<usize>,
    mismatch: Option<String>,
}

impl Flow {
    /// Records that control reaches `at` in state `st`.
    fn propagate(&mut self, at: usize, st: State) {
        match &self.states[at] {
            None => {
                self.states[at] = Some(st);
                self.worklist.push(at);
            }
            Some(old) => {
                if *old != st && self.mismatch.is_none() {
                    self.mismatch = Some(format!("inconsistent stack at instruction {at}: {old:?} vs {st:?}"));
                }
            }
        }
    }
}

fn internal(filename: &str, unit: &Unit, msg: String) -> SyntaxError {
    super::symtable::syntax_error(
        filename,
        garter_grammar::ast::Loc { line: unit.first_line, col: 0 },
        format!("internal compiler error in {}: {msg}", unit.qualname),
    )
}

/// Peephole pass before layout, as CPython's optimizer does: a jump to an
/// unconditional `Jump` goes straight to its target, and a `Jump` to a
/// `LoadConst; ReturnValue` block becomes a copy of those two instructions.
/// Neither changes the stack or the open regions along any path.
fn optimize(unit: &mut Unit) {
    let n = unit.instrs.len();
    let at = |labels: &[u32], l: u32| labels[l as usize] as usize;
    for i in 0..n {
        let Kind::Op(op) = unit.instrs[i].kind else { continue };
        if !is_jump(op) {
            continue;
        }
        let mut target = unit.instrs[i].arg;
        for _ in 0..8 {
            let pos = at(&unit.labels, target);
            if pos < n && unit.instrs[pos].kind == Kind::Op(Op::Jump) && pos != i {
                target = unit.instrs[pos].arg;
            } else {
                break;
            }
        }
        unit.instrs[i].arg = target;
    }
    let mut out = Vec::with_capacity(n);
    let mut remap = vec![0u32; n + 1];
    for (i, &ins) in unit.instrs.iter().enumerate() {
        remap[i] = out.len() as u32;
        if ins.kind == Kind::Op(Op::Jump) {
            let pos = at(&unit.labels, ins.arg);
            if pos + 1 < n
                && unit.instrs[pos].kind == Kind::Op(Op::LoadConst)
                && unit.instrs[pos + 1].kind == Kind::Op(Op::ReturnValue)
            {
                out.push(Ins { kind: Kind::Op(Op::LoadConst), arg: unit.instrs[pos].arg, line: ins.line, span: ins.span });
                out.push(Ins { kind: Kind::Op(Op::ReturnValue), arg: 0, line: ins.line, span: ins.span });
                continue;
            }
        }
        out.push(ins);
    }
    remap[n] = out.len() as u32;
    for l in unit.labels.iter_mut() {
        if *l != u32::MAX {
            *l = remap[*l as usize];
        }
    }
    unit.instrs = out;
}

pub(crate) fn assemble(mut unit: Unit, flags: u32, filename: &std::rc::Rc<str>) -> Result<Code, SyntaxError> {
    optimize(&mut unit);
    let n = unit.instrs.len();
    let label_pos = |l: u32| -> usize { unit.labels[l as usize] as usize };

    // ---- flow analysis ----
    let mut flow = Flow { states: vec![None; n + 1], worklist: Vec::new(), mismatch: None };
    let mut max_depth: i32 = 0;
    if n > 0 {
        flow.propagate(0, State { depth: 0, handlers: Vec::new() });
    }
    while let Some(i) = flow.worklist.pop() {
        let st = flow.states[i].clone().expect("queued instruction has a state");
        if i >= n {
            return Err(internal(filename, &unit, "control falls off the end of the code".into()));
        }
        let ins: Ins = unit.instrs[i];
        max_depth = max_depth.max(st.depth);
        match ins.kind {
            Kind::SetupFinally | Kind::SetupWith => {
                let target = label_pos(ins.arg);
                let depth = if ins.kind == Kind::SetupWith { st.depth - 1 } else { st.depth };
                if depth < 0 {
                    return Err(internal(filename, &unit, format!("negative handler depth at {i}")));
                }
                flow.propagate(target, State { depth: depth + 1, handlers: st.handlers.clone() });
                max_depth = max_depth.max(depth + 1);
                let mut handlers = st.handlers.clone();
                handlers.push((target as u32, depth as u32));
                flow.propagate(i + 1, State { depth: st.depth, handlers });
            }
            Kind::PopBlock => {
                let mut handlers = st.handlers.clone();
                if handlers.pop().is_none() {
                    return Err(internal(filename, &unit, format!("PopBlock with no open block at {i}")));
                }
                flow.propagate(i + 1, State { depth: st.depth, handlers });
            }
            Kind::Op(op) => {
                let (fall, jump) = stack_effect(op, ins.arg);
                if op == Op::ReturnValue && st.depth != 1 {
                    flow.mismatch.get_or_insert(format!("ReturnValue at depth {} (instruction {i})", st.depth));
                }
                if st.depth + fall.min(jump) < 0 {
                    return Err(internal(filename, &unit, format!("stack underflow at {i} ({op:?})")));
                }
                max_depth = max_depth.max(st.depth + fall).max(st.depth + jump);
                if is_jump(op) {
                    let target = label_pos(ins.arg);
                    flow.propagate(target, State { depth: st.depth + jump, handlers: st.handlers.clone() });
                }
                if !is_terminal(op) {
                    flow.propagate(i + 1, State { depth: st.depth + fall, handlers: st.handlers.clone() });
                }
            }
        }
    }
    if let Some(msg) = flow.mismatch {
        debug_assert!(false, "{msg}");
        return Err(internal(filename, &unit, msg));
    }
    let states = flow.states;

    // ---- layout: keep reachable real instructions ----
    let mut new_index = vec![0u32; n + 1];
    let mut count = 0u32;
    for i in 0..n {
        new_index[i] = count;
        if states[i].is_some() && matches!(unit.instrs[i].kind, Kind::Op(_)) {
            count += 1;
        }
    }
    new_index[n] = count;

    let mut instructions = Vec::with_capacity(count as usize);
    let mut lines = Vec::with_capacity(count as usize);
    let mut positions = Vec::with_capacity(count as usize);
    let mut handler_of: Vec<Option<Handler>> = Vec::with_capacity(count as usize);
    for (i, st) in states.iter().enumerate().take(n) {
        let Some(st) = st else { continue };
        let Kind::Op(op) = unit.instrs[i].kind else { continue };
        let mut arg = unit.instrs[i].arg;
        if is_jump(op) {
            arg = new_index[label_pos(arg)];
        }
        instructions.push(Instr { op, arg });
        lines.push(unit.instrs[i].line);
        positions.push(unit.instrs[i].span);
        handler_of.push(st.handlers.last().map(|&(target, depth)| (new_index[target as usize], depth)));
    }

    let mut exception_table: Vec<ExceptionTableEntry> = Vec::new();
    let mut i = 0;
    while i < handler_of.len() {
        let Some((handler, depth)) = handler_of[i] else {
            i += 1;
            continue;
        };
        let start = i;
        while i < handler_of.len() && handler_of[i] == Some((handler, depth)) {
            i += 1;
        }
        exception_table.push(ExceptionTableEntry { start: start as u32, end: i as u32, handler, depth });
    }

    let params = unit.argcount as usize
        + unit.kwonlyargcount as usize
        + usize::from(flags & code::CO_VARARGS != 0)
        + usize::from(flags & code::CO_VARKEYWORDS != 0);
    let cell_params = unit
        .cellvars
        .iter()
        .enumerate()
        .filter_map(|(ci, name)| {
            unit.varnames[..params.min(unit.varnames.len())]
                .iter()
                .position(|v| v == name)
                .map(|pi| (ci as u32, pi as u32))
        })
        .collect();

    let global_cache = crate::code::GlobalCache::for_names(unit.names.len());
    Ok(Code {
        global_cache,
        attr_cache: crate::code::AttrCaches::for_instructions(&instructions),
        name: unit.name.clone(),
        qualname: unit.qualname.clone(),
        filename: filename.clone(),
        first_line: unit.first_line,
        flags,
        argcount: unit.argcount,
        posonlyargcount: unit.posonlyargcount,
        kwonlyargcount: unit.kwonlyargcount,
        varnames: unit.varnames.iter().map(|s| s.as_str().into()).collect(),
        cellvars: unit.cellvars.iter().map(|s| s.as_str().into()).collect(),
        freevars: unit.freevars.iter().map(|s| s.as_str().into()).collect(),
        cell_params,
        instructions,
        lines,
        positions,
        consts: unit.consts,
        names: unit.names,
        exception_table,
        max_stack: max_depth.max(0) as u32,
        doc: unit.doc,
    })
}
