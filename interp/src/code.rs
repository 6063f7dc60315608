//! Code objects and the instruction set.
//!
//! A `Code` is what the compiler makes of one function body, class body,
//! comprehension or module: a flat `Vec<Instr>`, a constant table, a name
//! table, and two side tables — `lines` (the source line of each
//! instruction, for tracebacks) and `exception_table` (CPython 3.11's
//! zero-cost `try`: no instruction runs on entering a `try` block).
//!
//! One executed instruction is one *tick* of the GIL (see `gil.rs`).
//!
//! ## Stack effects
//! Each opcode's doc ends with its stack effect `(before -- after)`, top of
//! stack rightmost. `NULL` is `Value::Null`, a marker that never reaches
//! Python code.
//!
//! ## Jumps
//! Jump arguments are absolute instruction indices into `instructions`.
//!
//! ## Exceptions
//! When an instruction at index `i` fails, the VM finds the innermost
//! `exception_table` entry with `start <= i < end`, truncates the operand
//! stack to `depth` values (counted from the bottom of the frame's operand
//! stack), pushes the exception object and jumps to `handler`. With no
//! entry the frame is popped and the exception propagates to the caller.
//! Entries are listed innermost-first: the first matching entry wins.
//!
//! Traceback rule (as CPython's): an exception gets one traceback entry for
//! a frame when it first surfaces there — raised by an instruction, or
//! returned by a callee. `Reraise` and a bare `raise` (`Raise(0)`) add none.
//!
//! Handler protocol (the compiler emits exactly these shapes):
//! ```text
//! try/except:   handler: PushExcInfo          (exc -- prev exc)
//!                        <match with CheckExcMatch, bind or PopTop>
//!                        body...  PopExcept  Jump end
//!               no match: Reraise             (covered by cleanup entry)
//!               cleanup:  Swap(2) PopExcept Reraise   (prev exc -- )
//! try/finally:  handler: PushExcInfo; finally body; Reraise; cleanup as above
//! with:         BeforeWith; body; exit(None, None, None) on the normal path;
//!               handler: PushExcInfo; WithExceptStart; PopJumpIfTrue suppress;
//!                        Reraise; suppress: PopTop PopExcept PopTop
//! ```
//! The handler region's own cleanup entry has `depth` one more than the
//! protected region's (the saved `prev` exception stays below).

use crate::value::Value;
use std::rc::Rc;

/// One instruction: an opcode and its argument (unused args are 0).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Instr {
    pub op: Op,
    pub arg: u32,
}

/// The opcodes. `dis` prints these names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum Op {
    /// Do nothing.                                                    (--)
    Nop,
    /// Discard the top of stack.                                      (v --)
    PopTop,
    /// Push a copy of the `arg`-th item from the top (1 = TOS).       (.. v -- .. v v)
    Copy,
    /// Swap TOS with the `arg`-th item from the top (arg >= 2).       (a .. b -- b .. a)
    Swap,
    /// Push the `NULL` marker (before a callable in `CallEx`-free paths is
    /// not needed; used by the compiler where a method slot must be filled).  (-- NULL)
    PushNull,

    /// Push `consts[arg]`.                                            (-- value)
    LoadConst,
    /// Push local slot `arg`; UnboundLocalError if unset.             (-- value)
    LoadFast,
    /// Pop into local slot `arg`.                                     (value --)
    StoreFast,
    /// Unset local slot `arg`; UnboundLocalError if unset.            (--)
    DeleteFast,
    /// Push the contents of cell `arg` (cells = cellvars ++ freevars);
    /// NameError ("free variable ... referenced before assignment") or
    /// UnboundLocalError if empty.                                     (-- value)
    LoadDeref,
    /// Pop into cell `arg`.                                           (value --)
    StoreDeref,
    /// Empty cell `arg`.                                              (--)
    DeleteDeref,
    /// Push the cell object `arg` itself (to build a closure tuple).  (-- cell)
    LoadClosure,
    /// Class bodies: look `names[cell's name]` up in the class namespace
    /// first, then in cell `arg`.                                      (-- value)
    LoadClassDeref,
    /// Push global `names[arg]`, falling back to builtins; NameError.  (-- value)
    LoadGlobal,
    /// Pop into global `names[arg]`.                                  (value --)
    StoreGlobal,
    /// Delete global `names[arg]`; NameError if absent.               (--)
    DeleteGlobal,
    /// Module and class bodies: look `names[arg]` up in locals, then
    /// globals, then builtins.                                         (-- value)
    LoadName,
    /// Pop into the local namespace under `names[arg]`.               (value --)
    StoreName,
    /// Delete `names[arg]` from the local namespace; NameError.       (--)
    DeleteName,
    /// Push the frame's local namespace dict (class bodies return it). (-- dict)
    LoadLocals,

    /// Replace TOS with `TOS.names[arg]`.                             (obj -- value)
    LoadAttr,
    /// `obj.names[arg] = value`.                                      (value obj --)
    StoreAttr,
    /// `del obj.names[arg]`.                                          (obj --)
    DeleteAttr,
    /// Look up method `names[arg]`: if it is a plain function found on the
    /// type, push it and `obj` (no bound method is built); otherwise push
    /// the attribute and `NULL`.                 (obj -- callable self_or_NULL)
    LoadMethod,

    /// Call with `arg` positional arguments.          (callable a1..an -- result)
    Call,
    /// Call a `LoadMethod` pair with `arg` positional arguments; `self`
    /// is passed first unless it is `NULL`.  (callable self_or_NULL a1..an -- result)
    CallMethod,
    /// Call with `arg` argument values: positional ones, then one per name
    /// in the tuple `kwnames` on top.        (callable v1..vn kwnames -- result)
    CallKw,
    /// `CallKw` for a `LoadMethod` pair.
    ///                          (callable self_or_NULL v1..vn kwnames -- result)
    CallMethodKw,
    /// Call with unpacked arguments: `args` is a tuple; if `arg & 1`, a
    /// dict of keyword arguments is on top.  (callable args [kwargs] -- result)
    CallEx,
    /// Return TOS from the frame.                                     (value --)
    ReturnValue,

    /// Binary operator. `arg` is a `BinOp` index (`BINOP_*`); add
    /// `INPLACE_FLAG` for the augmented form (`+=` tries `__iadd__` first). (a b -- result)
    BinaryOp,
    /// Rich comparison; `arg` is a `CMP_*` constant (`<`, `<=`, `==`,
    /// `!=`, `>`, `>=`).                                               (a b -- result)
    CompareOp,
    /// `a is b`, or `a is not b` when `arg == 1`.                     (a b -- bool)
    IsOp,
    /// `a in b`, or `a not in b` when `arg == 1`.                     (a b -- bool)
    ContainsOp,
    /// `-v`.                                                          (v -- result)
    UnaryNegative,
    /// `+v`.                                                          (v -- result)
    UnaryPositive,
    /// `~v`.                                                          (v -- result)
    UnaryInvert,
    /// `not v`.                                                       (v -- bool)
    UnaryNot,

    /// Pop `key`, pop `container`, push `container[key]`.            (container key -- value)
    BinarySubscr,
    /// `container[key] = value`.                                      (value container key --)
    StoreSubscr,
    /// `del container[key]`.                                          (container key --)
    DeleteSubscr,
    /// Build `slice(a, b)` (arg 2) or `slice(a, b, c)` (arg 3).       (a b [c] -- slice)
    BuildSlice,

    /// Unconditional jump to `arg`.                                   (--)
    Jump,
    /// Pop; jump to `arg` if falsy.                                   (cond --)
    PopJumpIfFalse,
    /// Pop; jump to `arg` if truthy.                                  (cond --)
    PopJumpIfTrue,
    /// If TOS is falsy jump to `arg` keeping it, else pop it.         (v -- v?)
    JumpIfFalseOrPop,
    /// If TOS is truthy jump to `arg` keeping it, else pop it.        (v -- v?)
    JumpIfTrueOrPop,
    /// Pop; jump to `arg` if it is None (used by `with`/`for` helpers). (v --)
    PopJumpIfNone,
    /// Pop; jump to `arg` if it is not None.                          (v --)
    PopJumpIfNotNone,

    /// `iter(TOS)`.                                                   (obj -- iter)
    GetIter,
    /// Push the iterator's next value; when exhausted, pop the iterator
    /// and jump to `arg`.                          (iter -- iter value) / (iter --)
    ForIter,

    /// Build a tuple of the top `arg` items.                          (v1..vn -- tuple)
    BuildTuple,
    /// Build a list of the top `arg` items.                           (v1..vn -- list)
    BuildList,
    /// Build a set of the top `arg` items.                            (v1..vn -- set)
    BuildSet,
    /// Build a dict of the top `arg` key/value pairs.          (k1 v1 .. kn vn -- dict)
    BuildMap,
    /// Concatenate the top `arg` strings (f-strings).                  (s1..sn -- str)
    BuildString,
    /// Format a value for an f-string: `arg & 3` is the conversion
    /// (0 none, 1 `!s`, 2 `!r`, 3 `!a`); `arg & 4` means a format spec
    /// string is on top.                                       (value [spec] -- str)
    FormatValue,
    /// Comprehensions: append TOS to the list `arg` items down (counted
    /// after popping TOS).                                            (.. list .. v -- .. list ..)
    ListAppend,
    /// Add TOS to the set `arg` items down.                           (.. set .. v -- .. set ..)
    SetAdd,
    /// `dict[key] = value` into the dict `arg` items down (counted after
    /// popping both).                                    (.. dict .. key value -- .. dict ..)
    MapAdd,
    /// Extend the list `arg` items down with the iterable on top.    (.. list .. it -- .. list ..)
    ListExtend,
    /// Update the set `arg` items down with the iterable on top.     (.. set .. it -- .. set ..)
    SetUpdate,
    /// Update the dict `arg` items down with the mapping on top
    /// (dict displays' `**m`).                                       (.. dict .. m -- .. dict ..)
    DictUpdate,
    /// Like `DictUpdate` but for `f(**m)`: a repeated key raises
    /// `TypeError: f() got multiple values for keyword argument 'k'`;
    /// the callable sits `arg + 2` items down, for the message.        (.. dict .. m -- .. dict ..)
    DictMerge,
    /// Convert the list on top into a tuple.                          (list -- tuple)
    ListToTuple,
    /// Unpack an iterable of exactly `arg` items; the first ends on top.
    ///                                                                 (seq -- vn .. v1)
    UnpackSequence,
    /// Starred unpacking: `arg & 0xff` items before the star, `arg >> 8`
    /// after; the starred part becomes a list.  (seq -- v_last .. list .. v1)
    UnpackEx,

    /// Make a function from the code object on top. Below it, in order
    /// pushed: defaults tuple (`arg & 1`), keyword-only defaults dict
    /// (`arg & 2`), annotations dict (`arg & 4`), closure tuple of cells
    /// (`arg & 8`).            ([defaults] [kwdefaults] [annotations] [closure] code -- function)
    MakeFunction,
    /// Push `builtins.__build_class__`.                               (-- func)
    LoadBuildClass,
    /// Ensure the local namespace has `__annotations__` (a dict).     (--)
    SetupAnnotations,
    /// Push `AssertionError`.                                         (-- type)
    LoadAssertionError,

    /// `__import__(names[arg], globals, None, fromlist, level)`.     (level fromlist -- module)
    ImportName,
    /// Push attribute `names[arg]` of the module on top, falling back to
    /// the submodule; ImportError "cannot import name ...".           (module -- module value)
    ImportFrom,
    /// `from module import *` into the local namespace.               (module --)
    ImportStar,

    /// `raise`: `arg` 0 re-raises the exception being handled, 1 raises
    /// TOS, 2 raises TOS1 from TOS.                                    ([exc [cause]] --)
    Raise,
    /// Re-raise the exception on top unchanged (no traceback entry).   (exc --)
    Reraise,
    /// Handler entry: push the previously handled exception (None if
    /// none) under `exc`, and make `exc` the handled one (`sys.exc_info`).
    ///                                                                 (exc -- prev exc)
    PushExcInfo,
    /// Pop `prev` and make it the handled exception again.             (prev --)
    PopExcept,
    /// Does `exc` match `type` (a class or tuple of classes)? TypeError
    /// if `type` is not an exception class.               (exc type -- exc bool)
    CheckExcMatch,
    /// `with`: pop the context manager, push its bound `__exit__` and the
    /// result of calling `__enter__()`.                     (cm -- exit enter_result)
    BeforeWith,
    /// `with` handler: call `exit(type(exc), exc, exc.__traceback__)`
    /// and push the result.                         (exit prev exc -- exit prev exc result)
    WithExceptStart,

    /// Generators: yield TOS; the value sent in is pushed on resumption.
    ///                                                                 (value -- sent)
    YieldValue,
    /// `yield from`/`await` setup: `iter(v)` unless `v` is a generator.  (v -- iter)
    GetYieldFromIter,
    /// Send `value` into `receiver` (`next` if None, else `.send`); if it
    /// yields, push the yielded value; if it returns, pop the receiver,
    /// push the return value and jump to `arg`.
    ///                  (receiver value -- receiver yielded) / (-- retval)
    Send,

    /// REPL: print `repr(TOS)` unless None, and bind it to `builtins._`.  (v --)
    PrintExpr,

    // ---- pattern matching (`match`, PEP 634; bodies in `vm/matching.rs`)
    /// Push `len(TOS)`, keeping TOS.                                  (obj -- obj len)
    GetLen,
    /// Push whether TOS is a mapping (a dict or dict subclass).       (subject -- subject bool)
    MatchMapping,
    /// Push whether TOS is a sequence for matching: list, tuple, range
    /// and their subclasses; not str, bytes or bytearray.          (subject -- subject bool)
    MatchSequence,
    /// `keys` is a tuple; push a tuple of `subject.get(key)` for each,
    /// or None if one is missing. ValueError "mapping pattern checks
    /// duplicate key (k)" on a repeated key.
    ///                                    (subject keys -- subject keys values_or_None)
    MatchKeys,
    /// Class pattern with `arg` positional sub-patterns: if `subject` is
    /// an instance of `type`, push the tuple of its `arg` attributes
    /// named by `type.__match_args__` (or the subject itself for the
    /// self-matching builtins `int(x)`, `str(s)`…) followed by the
    /// attributes named in the tuple `names`; push None when it is not
    /// an instance or an attribute is missing. TypeError for a
    /// non-type, too many positional sub-patterns, a bad
    /// `__match_args__` or an attribute named twice.
    ///                                          (subject type names -- attrs_or_None)
    MatchClass,
    /// `**rest` of a mapping pattern: a new dict of the subject's items
    /// whose keys are not in the tuple `keys`.                 (subject keys -- rest)
    CopyDictWithoutKeys,
}

/// `BinaryOp` argument values, in `ast::BinOp` order.
pub const BINOP_ADD: u32 = 0;
pub const BINOP_SUB: u32 = 1;
pub const BINOP_MUL: u32 = 2;
pub const BINOP_MATMUL: u32 = 3;
pub const BINOP_TRUEDIV: u32 = 4;
pub const BINOP_MOD: u32 = 5;
pub const BINOP_POW: u32 = 6;
pub const BINOP_LSHIFT: u32 = 7;
pub const BINOP_RSHIFT: u32 = 8;
pub const BINOP_OR: u32 = 9;
pub const BINOP_XOR: u32 = 10;
pub const BINOP_AND: u32 = 11;
pub const BINOP_FLOORDIV: u32 = 12;
/// Added to a `BINOP_*` value for the augmented-assignment form.
pub const INPLACE_FLAG: u32 = 16;

/// `CompareOp` argument values.
pub const CMP_LT: u32 = 0;
pub const CMP_LE: u32 = 1;
pub const CMP_EQ: u32 = 2;
pub const CMP_NE: u32 = 3;
pub const CMP_GT: u32 = 4;
pub const CMP_GE: u32 = 5;

/// Maps an AST binary operator to its `BinaryOp` argument.
pub fn binop_arg(op: garter_grammar::ast::BinOp) -> u32 {
    use garter_grammar::ast::BinOp::*;
    match op {
        Add => BINOP_ADD,
        Sub => BINOP_SUB,
        Mult => BINOP_MUL,
        MatMult => BINOP_MATMUL,
        Div => BINOP_TRUEDIV,
        Mod => BINOP_MOD,
        Pow => BINOP_POW,
        LShift => BINOP_LSHIFT,
        RShift => BINOP_RSHIFT,
        BitOr => BINOP_OR,
        BitXor => BINOP_XOR,
        BitAnd => BINOP_AND,
        FloorDiv => BINOP_FLOORDIV,
    }
}

/// One zero-cost `try` region; see the module docs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionTableEntry {
    pub start: u32,
    pub end: u32,
    pub handler: u32,
    /// Operand-stack depth (from the frame's stack bottom) to restore.
    pub depth: u32,
}

/// Where an instruction's expression sits on its line: columns (in
/// characters) `col..end_col`, ending on line `end_line`. `end_line == 0`:
/// not known (statement-level instructions, expressions whose end the parser
/// does not record); tracebacks then show no column markers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Span {
    pub col: u32,
    pub end_line: u32,
    pub end_col: u32,
}

impl Span {
    pub const NONE: Span = Span { col: 0, end_line: 0, end_col: 0 };
}

/// `Code::flags` bits (CPython's values where they exist).
pub const CO_OPTIMIZED: u32 = 0x1;
pub const CO_NEWLOCALS: u32 = 0x2;
pub const CO_VARARGS: u32 = 0x4;
pub const CO_VARKEYWORDS: u32 = 0x8;
pub const CO_NESTED: u32 = 0x10;
pub const CO_GENERATOR: u32 = 0x20;
/// garter's own: a class body (its `LoadName`/`StoreName` use the class
/// namespace, and `LoadClassDeref` is valid).
pub const CO_CLASS_BODY: u32 = 0x1000_0000;

/// A compiled body.
#[derive(Debug)]
pub struct Code {
    /// Function name (`<module>`, `<lambda>`, `<listcomp>`, `<genexpr>`...).
    pub name: Rc<str>,
    /// Dotted qualified name (`Outer.method.<locals>.inner`).
    pub qualname: Rc<str>,
    pub filename: Rc<str>,
    pub first_line: u32,
    pub flags: u32,
    /// Positional parameters, positional-only included.
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    /// Local variable names; parameters first, in the order: positional,
    /// keyword-only, `*args`, `**kwargs`.
    pub varnames: Vec<Rc<str>>,
    /// Names of locals captured by inner functions (stored in cells).
    pub cellvars: Vec<Rc<str>>,
    /// Names this body takes from enclosing functions' cells.
    pub freevars: Vec<Rc<str>>,
    /// For each cellvar that is also a parameter, the parameter's index
    /// (the VM copies the argument into the cell on entry).
    pub cell_params: Vec<(u32, u32)>,
    pub instructions: Vec<Instr>,
    /// Source line of each instruction (same length as `instructions`).
    pub lines: Vec<u32>,
    /// Column span of each instruction's expression (same length as
    /// `instructions`), for the column markers of tracebacks.
    pub positions: Vec<Span>,
    pub consts: Vec<Value>,
    /// Interned name strings (`Value` str objects) for attribute, global
    /// and import instructions.
    pub names: Vec<Value>,
    pub exception_table: Vec<ExceptionTableEntry>,
    /// Upper bound of the operand stack depth.
    pub max_stack: u32,
    /// The docstring, if the body starts with a string literal.
    pub doc: Option<Value>,
    /// `LoadGlobal` inline caches, one per entry of `names` (see
    /// `vm/cache.rs`); made by `GlobalCache::for_names`.
    pub global_cache: Box<[std::cell::Cell<GlobalCache>]>,
    /// `LoadAttr`/`StoreAttr`/`LoadMethod` inline caches (see `vm/cache.rs`).
    pub attr_cache: AttrCaches,
}

/// The attribute caches of one code object: one `AttrCache` per attribute
/// instruction, found through `index` (by instruction index).
#[derive(Debug)]
pub struct AttrCaches {
    index: Box<[u32]>,
    caches: Box<[AttrCache]>,
}

impl AttrCaches {
    /// Empty caches for the `LoadAttr`/`StoreAttr`/`LoadMethod`s of `instructions`.
    pub fn for_instructions(instructions: &[Instr]) -> AttrCaches {
        let mut n = 0;
        let index = instructions
            .iter()
            .map(|i| {
                if matches!(i.op, Op::LoadAttr | Op::StoreAttr | Op::LoadMethod) {
                    n += 1;
                    n - 1
                } else {
                    u32::MAX
                }
            })
            .collect();
        let caches = (0..n).map(|_| AttrCache::default()).collect();
        AttrCaches { index, caches }
    }

    /// The cache of the attribute instruction at `ip`.
    #[inline(always)]
    pub fn at(&self, ip: usize) -> &AttrCache {
        &self.caches[self.index[ip] as usize]
    }
}

/// Entries per attribute instruction: call sites that see a few sibling
/// classes (a base-class method run on each subclass) stay cached.
pub const ATTR_WAYS: usize = 4;

/// What one attribute instruction found, for up to `ATTR_WAYS` types, valid
/// while the type epoch is still `epoch` (any type creation or type-dict
/// change moves it, see `objects/typeobj.rs`).
#[derive(Debug, Default)]
pub struct AttrCache {
    pub epoch: std::cell::Cell<u64>,
    pub entries: [AttrEntry; ATTR_WAYS],
    /// The entry the next new type replaces (round robin).
    pub next: std::cell::Cell<u8>,
}

/// One type's entry in an `AttrCache`.
#[derive(Debug)]
pub struct AttrEntry {
    /// Address of the type the entry describes; 0 = empty entry.
    pub type_addr: std::cell::Cell<usize>,
    /// An `ATTR_*` constant of `vm/cache.rs`: what the class holds.
    pub kind: std::cell::Cell<u8>,
    /// Entry index where an instance dict held the name last time (a hint:
    /// always re-checked against the key).
    pub dict_hint: std::cell::Cell<u32>,
    /// The class attribute the kind refers to (a function, a plain value).
    pub class_attr: std::cell::RefCell<Value>,
}

impl Default for AttrEntry {
    fn default() -> Self {
        AttrEntry {
            type_addr: std::cell::Cell::new(0),
            kind: std::cell::Cell::new(0),
            dict_hint: std::cell::Cell::new(0),
            class_attr: std::cell::RefCell::new(Value::Null),
        }
    }
}

/// Where `LoadGlobal` found a name last time, valid while the dicts it
/// depends on keep the recorded versions (dict versions are unique across
/// dicts, so an address reused by another dict cannot match).
#[derive(Clone, Copy, Debug, Default)]
pub struct GlobalCache {
    /// Address of the globals dict object; 0 = empty entry.
    pub globals_addr: usize,
    pub globals_version: u64,
    /// For a builtins hit: the builtins dict's version (0 = globals hit).
    pub builtins_version: u64,
    /// Entry index in the dict where the name was found.
    pub index: u32,
}

impl GlobalCache {
    /// Empty caches for a code object with `n` names.
    pub fn for_names(n: usize) -> Box<[std::cell::Cell<GlobalCache>]> {
        (0..n).map(|_| std::cell::Cell::new(GlobalCache::default())).collect()
    }
}

impl Code {
    pub fn nlocals(&self) -> usize {
        self.varnames.len()
    }
    pub fn ncells(&self) -> usize {
        self.cellvars.len() + self.freevars.len()
    }
    pub fn is_generator(&self) -> bool {
        self.flags & CO_GENERATOR != 0
    }
    /// The source line of instruction `index` (the first line if out of range).
    pub fn line_of(&self, index: usize) -> u32 {
        self.lines.get(index).copied().unwrap_or(self.first_line)
    }

    /// The column span of instruction `index` (`Span::NONE` if unknown).
    pub fn span_of(&self, index: usize) -> Span {
        self.positions.get(index).copied().unwrap_or(Span::NONE)
    }
}
