//! The virtual machine: per-thread state and the dispatch loop.
//!
//! `Vm` is one thread's view of an interpreter: its value stack, its frame
//! records, its tick counter, the exception it is handling. Holding a
//! `&mut Vm` is holding the GIL: every function that touches objects takes
//! one (the `Gil` token of DESIGN.md is this reference).
//!
//! `execute` runs frames until the entry frame returns. Python-to-Python
//! calls do not recurse in Rust: `Call` pushes a frame record and the loop
//! carries on in it; `ReturnValue` pops it. Calls made from Rust code (a
//! builtin calling a key function, `__init__`...) run a nested `execute`.
//!
//! Each instruction is one tick; every `check_interval` ticks
//! `periodic_check` runs (signals, asynchronous exceptions, GIL hand-off).
//! Opcode bodies live in the family files (`ops.rs`, `call.rs`, `attr.rs`,
//! ...); the arms here stay one or a few lines.

pub mod attr;
pub mod cache;
pub mod call;
pub mod class;
pub mod deathwatch;
pub mod exc;
pub mod markers;
pub mod frame;
pub mod generator;
pub mod import;
pub mod iter;
pub mod mapping;
pub mod matching;
pub mod ops;
pub mod repr;
pub mod slots;
pub mod subscr;
pub mod types;

use crate::code::{Code, Instr, Op};
use crate::errors::{self, ExcKind, PyErr, PyResult};
use crate::objects::dict::Dict;
use crate::objects::function::Args;
use crate::value::{Interner, Obj, Payload, Value};
use frame::Frame;
use std::cell::RefCell;
use crate::gil::{Gil, ThreadStats};
use std::rc::Rc;
use std::sync::Arc;
use types::Types;

/// Default `sys.getrecursionlimit()`.
pub const DEFAULT_RECURSION_LIMIT: usize = 1000;
/// Default ticks between periodic checks (the seed's "every 100 ticks").
pub const DEFAULT_CHECK_INTERVAL: u32 = 100;

/// A native module's initialiser: builds and returns the module object.
pub type ModuleInit = fn(&mut Vm) -> PyResult<Value>;

/// Interpreter-wide state shared by all threads (under the GIL).
pub struct InterpState {
    pub types: Types,
    /// The `builtins` module's dict.
    pub builtins: Obj,
    /// `sys.modules`.
    pub modules: Obj,
    pub interner: RefCell<Interner>,
    /// Native modules available to `import`, by name.
    pub native_modules: RefCell<Vec<(String, ModuleInit)>>,
    /// Names of the `.py` modules whose body is running (for the circular
    /// import message of `from m import x`).
    pub initializing: RefCell<Vec<String>>,
    /// `sys.path` (a list object), for imports of `.py` files.
    pub path: Obj,
    /// `sys.argv`.
    pub argv: RefCell<Vec<String>>,
    pub recursion_limit: std::cell::Cell<usize>,
    pub check_interval: std::cell::Cell<u32>,
    /// Source text of compiled files, for traceback lines.
    pub sources: RefCell<std::collections::HashMap<String, Rc<str>>>,
    /// The type of `exc.__traceback__` objects.
    pub traceback_type: Obj,
    /// The type of `tb.tb_frame` (frame summaries: `f_code`, `f_lineno`, `f_globals`).
    pub frame_type: Obj,
    /// The type attribute cache (`cache.rs`).
    pub type_cache: RefCell<cache::TypeCache>,
    /// Weak references with callbacks (`weakref.ref(obj, callback)`):
    /// watched at the periodic check (`deathwatch.rs`).
    pub death_watch: RefCell<deathwatch::DeathWatch>,
}

/// An exception another thread asked this one to raise: `pending` is the
/// cheap test at the periodic check, `kind` the exception.
#[derive(Default)]
pub struct AsyncExc {
    pub pending: std::sync::atomic::AtomicBool,
    pub kind: parking_lot::Mutex<Option<crate::errors::ExcKind>>,
}

/// How a frame left `execute`.
pub enum FrameExit {
    Return(Value),
    /// A generator frame yielded; it is still the top frame.
    Yield(Value),
}

/// One thread's interpreter state; `&mut Vm` is the GIL token.
pub struct Vm {
    pub g: Rc<InterpState>,
    pub stack: Vec<Value>,
    pub frames: Vec<Frame>,
    /// Ticks left until the next periodic check.
    pub ticks_left: u32,
    /// Total ticks executed by this thread.
    pub ticks: u64,
    /// The exception being handled (`sys.exc_info()`), or None.
    pub handled: Value,
    /// Nesting of Rust-level re-entries (repr of nested lists, nested
    /// `execute`), bounded to keep the Rust stack safe.
    pub native_depth: usize,
    /// Containers whose repr is in progress (self-reference detection).
    pub repr_stack: Vec<usize>,
    /// Syntax errors raised, with the parser's details (for printing
    /// CPython's caret display).
    pub syntax_errors: RefCell<Vec<(Value, garter_grammar::SyntaxError)>>,
    /// The interpreter's GIL (shared by all its threads' `Vm`s).
    pub gil: Arc<Gil>,
    /// This thread's identity and GIL counters.
    pub thread: Arc<ThreadStats>,
    /// Whether this is the interpreter's main thread (the one signals and
    /// KeyboardInterrupt go to).
    pub is_main: bool,
    /// An exception another thread asked this one to raise
    /// (`PyThreadState_SetAsyncExc`), raised at the next periodic check.
    pub async_exc: Arc<AsyncExc>,
}

impl Vm {
    /// A new interpreter with the builtin types and the `builtins` module;
    /// the native modules are registered by the caller (garter-stdlib).
    pub fn new() -> Vm {
        let types = Types::new();
        let builtins = Obj::new(Payload::Dict(RefCell::new(Dict::new())));
        let modules = Obj::new(Payload::Dict(RefCell::new(Dict::new())));
        let path = Obj::new(Payload::List(RefCell::new(Vec::new())));
        let traceback_type = exc::make_traceback_type(&types.object);
        let frame_type = exc::make_frame_type(&types.object);
        let thread = Arc::new(ThreadStats {
            ident: crate::gil::current_ident(),
            native_id: crate::gil::current_native_id(),
            serial: crate::gil::next_serial(),
            ..ThreadStats::default()
        });
        let gil = Gil::new_held(&thread);
        let g = Rc::new(InterpState {
            traceback_type,
            frame_type,
            types,
            builtins,
            modules,
            interner: RefCell::new(Interner::new()),
            native_modules: RefCell::new(Vec::new()),
            initializing: RefCell::new(Vec::new()),
            path,
            argv: RefCell::new(Vec::new()),
            recursion_limit: std::cell::Cell::new(DEFAULT_RECURSION_LIMIT),
            check_interval: std::cell::Cell::new(DEFAULT_CHECK_INTERVAL),
            sources: RefCell::new(std::collections::HashMap::new()),
            type_cache: RefCell::new(cache::TypeCache::default()),
            death_watch: RefCell::new(deathwatch::DeathWatch::default()),
        });
        let mut vm = Vm {
            g,
            stack: Vec::with_capacity(4096),
            frames: Vec::with_capacity(64),
            ticks_left: DEFAULT_CHECK_INTERVAL,
            ticks: 0,
            handled: Value::None,
            native_depth: 0,
            repr_stack: Vec::new(),
            syntax_errors: RefCell::new(Vec::new()),
            gil,
            thread,
            is_main: true,
            async_exc: Arc::new(AsyncExc::default()),
        };
        types::install_type_methods(&mut vm);
        slots::install(&mut vm);
        crate::builtins::install(&mut vm);
        vm
    }

    /// A `Vm` for a new thread of this interpreter, sharing its state. The
    /// caller holds the GIL; the new thread fills in `thread` with its own
    /// identity (`adopt_current_thread`) and acquires the GIL before running.
    pub fn new_thread_vm(&self) -> Vm {
        Vm {
            g: self.g.clone(),
            stack: Vec::with_capacity(1024),
            frames: Vec::with_capacity(16),
            ticks_left: self.g.check_interval.get().max(1),
            ticks: 0,
            handled: Value::None,
            native_depth: 0,
            repr_stack: Vec::new(),
            syntax_errors: RefCell::new(Vec::new()),
            gil: self.gil.clone(),
            thread: Arc::new(ThreadStats::default()),
            is_main: false,
            async_exc: Arc::new(AsyncExc::default()),
        }
    }

    /// Called first thing on a new thread: records its identity. The GIL is
    /// not held yet; nothing here touches objects.
    pub fn adopt_current_thread(&mut self) {
        self.thread = Arc::new(ThreadStats {
            ident: crate::gil::current_ident(),
            native_id: crate::gil::current_native_id(),
            serial: crate::gil::next_serial(),
            ..ThreadStats::default()
        });
        self.gil.register_thread(&self.thread);
    }

    /// Runs `f` with the GIL released: the way every blocking call (sleep,
    /// I/O, waits on locks, queues, threads and processes) lets other threads
    /// run. `f` is `Send`, so it cannot capture a `Value`: it cannot touch
    /// objects while other threads may.
    pub fn allow_threads<R, F: FnOnce() -> R + Send>(&mut self, f: F) -> R {
        self.thread.blocking_calls.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        self.gil.release();
        let r = f();
        self.gil.acquire(&self.thread, true);
        r
    }

    /// Releases the GIL for good: the last thing a finished thread does.
    pub fn release_gil_at_thread_end(&mut self) {
        self.thread.finished.store(true, std::sync::atomic::Ordering::Relaxed);
        self.gil.release();
    }

    /// Acquires the GIL: the first thing a new thread does.
    pub fn acquire_gil_at_thread_start(&mut self) {
        self.gil.acquire(&self.thread, false);
    }

    pub fn intern(&self, s: &str) -> Value {
        self.g.interner.borrow_mut().intern(s)
    }

    /// Registers a native module for `import name`.
    pub fn register_module(&mut self, name: &str, init: ModuleInit) {
        self.g.native_modules.borrow_mut().push((name.to_string(), init));
    }

    /// Runs `code` as a module body with `globals` as its namespace.
    pub fn run_code(&mut self, code: Rc<Code>, globals: Obj) -> PyResult<Value> {
        self.run_code_with_locals(code, globals.clone(), globals)
    }

    /// Pushes a frame record, enforcing the recursion limit.
    #[inline(always)]
    pub fn push_frame(&mut self, frame: Frame) -> PyResult<()> {
        if self.frames.len() >= self.g.recursion_limit.get() {
            self.stack.truncate(frame.ret_to);
            return Err(PyErr::new(ExcKind::RecursionError, "maximum recursion depth exceeded"));
        }
        self.frames.push(frame);
        Ok(())
    }

    /// Runs the top frame (just pushed) until it returns.
    pub fn run_frame_to_completion(&mut self) -> PyResult<Value> {
        let entry = self.frames.len() - 1;
        match self.execute(entry)? {
            FrameExit::Return(v) => Ok(v),
            FrameExit::Yield(_) => Err(PyErr::internal("yield outside a generator frame")),
        }
    }

    /// The periodic check, every `check_interval` ticks: signals, pending
    /// asynchronous exceptions and GIL hand-off (the threads issue adds the
    /// last two; with one thread there is nothing to hand off).
    #[cold]
    fn periodic_check(&mut self) -> PyResult<()> {
        let interval = self.g.check_interval.get().max(1);
        self.ticks += u64::from(interval);
        self.ticks_left = interval;
        if self.gil.switch_wanted() {
            self.gil.periodic_switch(&self.thread);
        }
        self.run_pending_finalizers();
        if !self.g.death_watch.borrow().is_empty() {
            self.run_death_callbacks(deathwatch::ENTRIES_PER_CHECK);
        }
        if self.async_exc.pending.load(std::sync::atomic::Ordering::Relaxed) {
            self.async_exc.pending.store(false, std::sync::atomic::Ordering::Relaxed);
            if let Some(kind) = self.async_exc.kind.lock().take() {
                return Err(PyErr::new(kind, ""));
            }
        }
        if self.is_main {
            crate::signals::check(self)?;
        }
        Ok(())
    }

    /// The dispatch loop. Runs until frame `entry` returns or yields.
    pub fn execute(&mut self, entry: usize) -> PyResult<FrameExit> {
        self.native_depth += 1;
        if self.native_depth > MAX_NATIVE_DEPTH {
            self.native_depth -= 1;
            let f = self.frames.pop();
            if let Some(f) = f {
                self.stack.truncate(f.ret_to);
            }
            return Err(PyErr::new(ExcKind::RecursionError, "maximum recursion depth exceeded"));
        }
        let r = self.execute_inner(entry);
        self.native_depth -= 1;
        r
    }

    fn execute_inner(&mut self, entry: usize) -> PyResult<FrameExit> {
        // `pending` carries an error from a callee frame into its caller.
        let mut pending: Option<(PyErr, bool)> = None;
        'frames: loop {
            let fi = self.frames.len() - 1;
            let code = self.frames[fi].code.clone();
            let base = self.frames[fi].base;
            let mut ip = self.frames[fi].ip;
            if let Some((err, add_tb)) = pending.take() {
                // The failing instruction is the caller's Call, ForIter or
                // Send (ip - 1).
                match self.handle_error(fi, ip, err, add_tb, entry) {
                    ErrRoute::Handler(h) => ip = h,
                    ErrRoute::Caller(p) => {
                        pending = Some((p, true));
                        continue 'frames;
                    }
                    ErrRoute::Escape(e) => return Err(e),
                }
            }
            'dispatch: loop {
                let Instr { op, arg } = code.instructions[ip];
                ip += 1;
                self.ticks_left -= 1;
                if self.ticks_left == 0 {
                    if let Err(e) = self.periodic_check() {
                        match self.handle_error(fi, ip, e, true, entry) {
                            ErrRoute::Handler(h) => {
                                ip = h;
                                continue;
                            }
                            ErrRoute::Caller(p) => {
                                pending = Some((p, true));
                                continue 'frames;
                            }
                            ErrRoute::Escape(e) => return Err(e),
                        }
                    }
                }
                // `no_tb` marks re-raises, which add no traceback entry.
                let mut no_tb = false;
                let outcome: PyResult<()> = 'instr: {
                    macro_rules! t {
                        ($e:expr) => {
                            match $e {
                                Ok(v) => v,
                                Err(e) => break 'instr Err(e),
                            }
                        };
                    }
                    match op {
                        Op::Nop => {}
                        Op::PopTop => {
                            self.stack.pop();
                        }
                        Op::Copy => {
                            let v = self.stack[self.stack.len() - arg as usize].clone();
                            self.stack.push(v);
                        }
                        Op::Swap => {
                            let n = self.stack.len();
                            self.stack.swap(n - 1, n - arg as usize);
                        }
                        Op::PushNull => self.stack.push(Value::Null),
                        Op::LoadConst => self.stack.push(code.consts[arg as usize].clone()),
                        Op::LoadFast => {
                            let v = &self.stack[base + arg as usize];
                            if v.is_null() {
                                break 'instr Err(errors::unbound_local(&code.varnames[arg as usize]));
                            }
                            let v = v.clone();
                            self.stack.push(v);
                        }
                        Op::StoreFast => {
                            let v = self.pop();
                            self.stack[base + arg as usize] = v;
                        }
                        Op::DeleteFast => {
                            let slot = &mut self.stack[base + arg as usize];
                            if slot.is_null() {
                                break 'instr Err(errors::unbound_local(&code.varnames[arg as usize]));
                            }
                            *slot = Value::Null;
                        }
                        Op::LoadDeref => {
                            let v = t!(self.load_deref(fi, arg));
                            self.stack.push(v);
                        }
                        Op::StoreDeref => {
                            let v = self.pop();
                            t!(self.store_deref(fi, arg, v));
                        }
                        Op::DeleteDeref => {
                            let old = t!(self.load_deref(fi, arg));
                            drop(old);
                            t!(self.store_deref(fi, arg, Value::Null));
                        }
                        Op::LoadClosure => {
                            let c = self.frames[fi].cells.get(arg as usize).cloned();
                            let c = t!(c.ok_or_else(|| PyErr::internal("bad cell index")));
                            self.stack.push(c);
                        }
                        Op::LoadClassDeref => {
                            let v = t!(self.load_class_deref(fi, arg));
                            self.stack.push(v);
                        }
                        Op::LoadGlobal => {
                            let v = t!(self.load_global_cached(fi, &code, arg as usize));
                            self.stack.push(v);
                        }
                        Op::StoreGlobal => {
                            let v = self.pop();
                            let g = self.frames[fi].globals.clone();
                            t!(self.dict_set_item(&g, code.names[arg as usize].clone(), v));
                        }
                        Op::DeleteGlobal => {
                            let g = self.frames[fi].globals.clone();
                            t!(self.delete_name_in(&g, &code.names[arg as usize]));
                        }
                        Op::LoadName => {
                            let v = t!(self.load_name(fi, &code.names[arg as usize]));
                            self.stack.push(v);
                        }
                        Op::StoreName => {
                            let v = self.pop();
                            let ns = self.frames[fi].locals.clone().unwrap_or_else(|| self.frames[fi].globals.clone());
                            t!(self.store_in_namespace(&ns, code.names[arg as usize].clone(), v));
                        }
                        Op::DeleteName => {
                            let ns = self.frames[fi].locals.clone().unwrap_or_else(|| self.frames[fi].globals.clone());
                            t!(self.delete_name_in(&ns, &code.names[arg as usize]));
                        }
                        Op::LoadLocals => {
                            let ns = self.frames[fi].locals.clone().unwrap_or_else(|| self.frames[fi].globals.clone());
                            self.stack.push(Value::Obj(ns));
                        }
                        Op::LoadAttr => {
                            let name = &code.names[arg as usize];
                            let cache = code.attr_cache.at(ip - 1);
                            if let Some(v) = self.load_attr_hit(cache, name) {
                                let n = self.stack.len();
                                self.stack[n - 1] = v;
                                continue 'dispatch;
                            }
                            let obj = self.pop();
                            let v = t!(self.get_attr(&obj, name));
                            self.fill_load_cache(cache, &obj, name);
                            self.stack.push(v);
                        }
                        Op::StoreAttr => {
                            let obj = self.pop();
                            let v = self.pop();
                            let name = &code.names[arg as usize];
                            let cache = code.attr_cache.at(ip - 1);
                            match self.store_attr_hit(cache, &obj, name, v) {
                                Ok(old) => drop(old),
                                Err(v) => {
                                    t!(self.set_attr(&obj, name, v));
                                    self.fill_store_cache(cache, &obj, name);
                                }
                            }
                        }
                        Op::DeleteAttr => {
                            let obj = self.pop();
                            t!(self.del_attr(&obj, &code.names[arg as usize]));
                        }
                        Op::LoadMethod => {
                            let name = &code.names[arg as usize];
                            let cache = code.attr_cache.at(ip - 1);
                            if let Some((callable, receiver)) = self.load_method_hit(cache, name) {
                                let n = self.stack.len();
                                self.stack[n - 1] = callable;
                                self.stack.push(receiver);
                                continue 'dispatch;
                            }
                            let obj = self.pop();
                            let (callable, receiver) = t!(self.load_method(obj.clone(), name));
                            self.fill_load_cache(cache, &obj, name);
                            self.stack.push(callable);
                            self.stack.push(receiver);
                        }
                        Op::Call | Op::CallMethod | Op::CallKw | Op::CallMethodKw => {
                            let has_kw = matches!(op, Op::CallKw | Op::CallMethodKw);
                            let is_method = matches!(op, Op::CallMethod | Op::CallMethodKw);
                            self.frames[fi].ip = ip;
                            match self.call_from_stack(arg as usize, is_method, has_kw) {
                                Ok(true) => continue 'frames,
                                Ok(false) => {}
                                Err(e) => break 'instr Err(e),
                            }
                        }
                        Op::CallEx => {
                            self.frames[fi].ip = ip;
                            match self.call_ex_from_stack(arg & 1 != 0) {
                                Ok(true) => continue 'frames,
                                Ok(false) => {}
                                Err(e) => break 'instr Err(e),
                            }
                        }
                        Op::ReturnValue => {
                            let v = self.pop();
                            let frame = match self.frames.pop() {
                                Some(f) => f,
                                None => break 'instr Err(PyErr::internal("return without a frame")),
                            };
                            // Pops, not `truncate`: usually only the locals and the
                            // callable remain, and this keeps the drops inline.
                            let Frame { ret_to, is_generator, cells, code: fcode, globals, locals, .. } = frame;
                            // Most frames have no cells: skip the out-of-line drop of
                            // an empty, unallocated Vec.
                            if cells.capacity() == 0 {
                                std::mem::forget(cells);
                            } else {
                                drop(cells);
                            }
                            drop(fcode);
                            drop(globals);
                            drop(locals);
                            if !is_generator && fi != entry && ret_to < self.stack.len() {
                                // A plain call returning to a caller in this loop: the
                                // result overwrites the callable's slot (no push).
                                self.stack[ret_to] = v;
                                while self.stack.len() > ret_to + 1 {
                                    self.stack.pop();
                                }
                                continue 'frames;
                            }
                            while self.stack.len() > ret_to {
                                self.stack.pop();
                            }
                            if is_generator {
                                // The generator object is on top again (vm/generator.rs).
                                self.finish_generator();
                                if fi == entry {
                                    return Ok(FrameExit::Return(v));
                                }
                                self.generator_returned(v);
                                continue 'frames;
                            }
                            if fi == entry {
                                return Ok(FrameExit::Return(v));
                            }
                            self.stack.push(v);
                            continue 'frames;
                        }
                        Op::BinaryOp => {
                            // Inline int/float fast paths (CPython's BINARY_OP_ADD_INT & co.).
                            let n = self.stack.len();
                            if let Some(r) = ops::binary_fast(&self.stack[n - 2], &self.stack[n - 1], arg & !crate::code::INPLACE_FLAG) {
                                self.stack.pop();
                                self.stack[n - 2] = r;
                                continue 'dispatch;
                            }
                            // `s += t` on strs: append in place when `s` is unshared.
                            if arg & !crate::code::INPLACE_FLAG == crate::code::BINOP_ADD
                                && self.try_str_concat_in_place(&code, ip, base)
                            {
                                continue 'dispatch;
                            }
                            let b = self.pop();
                            let a = self.pop();
                            let r = t!(self.binary_op(a, b, arg));
                            self.stack.push(r);
                        }
                        Op::CompareOp => {
                            let n = self.stack.len();
                            if let Some(c) = ops::compare_fast(&self.stack[n - 2], &self.stack[n - 1], arg) {
                                // Two pops, not `truncate`: the operands are ints or
                                // floats, and this keeps the drop inline.
                                self.stack.pop();
                                self.stack.pop();
                                match code.instructions.get(ip) {
                                    Some(Instr { op: Op::PopJumpIfFalse, arg: target }) => {
                                        ip = if c { ip + 1 } else { *target as usize };
                                    }
                                    Some(Instr { op: Op::PopJumpIfTrue, arg: target }) => {
                                        ip = if c { *target as usize } else { ip + 1 };
                                    }
                                    _ => self.stack.push(Value::Bool(c)),
                                }
                                continue 'dispatch;
                            }
                            let b = self.pop();
                            let a = self.pop();
                            // Fused compare-and-branch: a following PopJumpIf* consumes
                            // the truth value directly, without making a bool object.
                            let next = code.instructions.get(ip).copied();
                            match next {
                                Some(Instr { op: Op::PopJumpIfFalse, arg: target }) => {
                                    let c = t!(self.compare_bool(&a, &b, arg));
                                    ip = if c { ip + 1 } else { target as usize };
                                }
                                Some(Instr { op: Op::PopJumpIfTrue, arg: target }) => {
                                    let c = t!(self.compare_bool(&a, &b, arg));
                                    ip = if c { target as usize } else { ip + 1 };
                                }
                                _ => {
                                    let r = t!(self.compare(&a, &b, arg));
                                    self.stack.push(r);
                                }
                            }
                        }
                        Op::IsOp => {
                            let b = self.pop();
                            let a = self.pop();
                            self.stack.push(Value::Bool(a.is(&b) != (arg == 1)));
                        }
                        Op::ContainsOp => {
                            let b = self.pop();
                            let a = self.pop();
                            let r = t!(self.contains(&b, &a));
                            self.stack.push(Value::Bool(r != (arg == 1)));
                        }
                        Op::UnaryNegative => {
                            if let Some(r) = self.stack.last().and_then(ops::negative_fast) {
                                let n = self.stack.len();
                                self.stack[n - 1] = r;
                                continue 'dispatch;
                            }
                            let a = self.pop();
                            let r = t!(self.neg(a));
                            self.stack.push(r);
                        }
                        Op::UnaryPositive => {
                            let a = self.pop();
                            let r = t!(self.pos(a));
                            self.stack.push(r);
                        }
                        Op::UnaryInvert => {
                            let a = self.pop();
                            let r = t!(self.invert(a));
                            self.stack.push(r);
                        }
                        Op::UnaryNot => {
                            let a = self.pop();
                            let r = t!(self.truthy(&a));
                            self.stack.push(Value::Bool(!r));
                        }
                        Op::BinarySubscr => {
                            let n = self.stack.len();
                            if let Some(r) = ops::subscr_fast(&self.stack[n - 2], &self.stack[n - 1]) {
                                self.stack.pop();
                                self.stack[n - 2] = r;
                                continue 'dispatch;
                            }
                            let k = self.pop();
                            let c = self.pop();
                            let r = t!(self.get_item(&c, &k));
                            self.stack.push(r);
                        }
                        Op::StoreSubscr => {
                            let k = self.pop();
                            let c = self.pop();
                            let v = self.pop();
                            match ops::store_subscr_fast(&c, &k, v) {
                                Ok(old) => drop(old),
                                Err(v) => t!(self.set_item(&c, k, v)),
                            }
                        }
                        Op::DeleteSubscr => {
                            let k = self.pop();
                            let c = self.pop();
                            t!(self.del_item(&c, &k));
                        }
                        Op::BuildSlice => {
                            let step = if arg == 3 { self.pop() } else { Value::None };
                            let stop = self.pop();
                            let start = self.pop();
                            self.stack.push(Value::from_obj(Payload::Slice { start, stop, step }));
                        }
                        Op::Jump => ip = arg as usize,
                        Op::PopJumpIfFalse => {
                            let v = self.pop();
                            if !t!(self.truthy(&v)) {
                                ip = arg as usize;
                            }
                        }
                        Op::PopJumpIfTrue => {
                            let v = self.pop();
                            if t!(self.truthy(&v)) {
                                ip = arg as usize;
                            }
                        }
                        Op::JumpIfFalseOrPop => {
                            let v = self.top().clone();
                            if !t!(self.truthy(&v)) {
                                ip = arg as usize;
                            } else {
                                self.stack.pop();
                            }
                        }
                        Op::JumpIfTrueOrPop => {
                            let v = self.top().clone();
                            if t!(self.truthy(&v)) {
                                ip = arg as usize;
                            } else {
                                self.stack.pop();
                            }
                        }
                        Op::PopJumpIfNone => {
                            if self.pop().is_none() {
                                ip = arg as usize;
                            }
                        }
                        Op::PopJumpIfNotNone => {
                            if !self.pop().is_none() {
                                ip = arg as usize;
                            }
                        }
                        Op::GetIter => {
                            let v = self.pop();
                            let it = t!(self.get_iter(&v));
                            self.stack.push(it);
                        }
                        Op::ForIter => match t!(self.for_iter(ip)) {
                            iter::IterStep::Pushed => {}
                            iter::IterStep::Finished => ip = arg as usize,
                            iter::IterStep::Entered => continue 'frames,
                        },
                        Op::BuildTuple => {
                            let items = self.pop_n(arg as usize);
                            self.stack.push(Value::new_tuple(items));
                        }
                        Op::BuildList => {
                            let items = self.pop_n(arg as usize);
                            self.stack.push(Value::new_list(items));
                        }
                        Op::BuildSet => {
                            let items = self.pop_n(arg as usize);
                            let s = t!(self.new_set_from(items));
                            self.stack.push(s);
                        }
                        Op::BuildMap => {
                            let items = self.pop_n(2 * arg as usize);
                            let d = t!(self.new_dict_from_flat(items));
                            self.stack.push(d);
                        }
                        Op::BuildString => {
                            let items = self.pop_n(arg as usize);
                            let mut s = String::new();
                            for it in &items {
                                s.push_str(it.as_str().unwrap_or(""));
                            }
                            self.stack.push(Value::from_string(s));
                        }
                        Op::FormatValue => {
                            let spec = if arg & 4 != 0 { Some(self.pop()) } else { None };
                            let v = self.pop();
                            let r = t!(self.format_value(v, arg & 3, spec));
                            self.stack.push(r);
                        }
                        Op::ListAppend => {
                            let v = self.pop();
                            if let Some(Payload::List(l)) = self.stack[self.stack.len() - arg as usize].payload() {
                                l.borrow_mut().push(v);
                            }
                        }
                        Op::SetAdd => {
                            let v = self.pop();
                            let target = self.stack[self.stack.len() - arg as usize].clone();
                            t!(self.set_add(&target, v));
                        }
                        Op::MapAdd => {
                            let v = self.pop();
                            let k = self.pop();
                            let target = self.stack[self.stack.len() - arg as usize].clone();
                            if let Some(o) = target.as_obj() {
                                t!(self.dict_set_item(o, k, v));
                            }
                        }
                        Op::ListExtend => {
                            let it = self.pop();
                            let target = self.stack[self.stack.len() - arg as usize].clone();
                            let items = t!(self.collect(&it).map_err(|e| self.star_arg_error(e, &it)));
                            if let Some(Payload::List(l)) = target.payload() {
                                l.borrow_mut().extend(items);
                            }
                        }
                        Op::SetUpdate => {
                            let it = self.pop();
                            let target = self.stack[self.stack.len() - arg as usize].clone();
                            let items = t!(self.collect(&it));
                            for v in items {
                                t!(self.set_add(&target, v));
                            }
                        }
                        Op::DictUpdate | Op::DictMerge => {
                            let m = self.pop();
                            let target = self.stack[self.stack.len() - arg as usize].clone();
                            let callable = if op == Op::DictMerge {
                                self.stack.get(self.stack.len().wrapping_sub(arg as usize + 2)).cloned()
                            } else {
                                None
                            };
                            t!(self.dict_update_op(&target, &m, callable));
                        }
                        Op::ListToTuple => {
                            let l = self.pop();
                            let items = match l.payload() {
                                Some(Payload::List(l)) => l.borrow().clone(),
                                _ => Vec::new(),
                            };
                            self.stack.push(Value::new_tuple(items));
                        }
                        Op::UnpackSequence => {
                            let seq = self.pop();
                            t!(self.unpack_sequence(seq, arg as usize));
                        }
                        Op::UnpackEx => {
                            let seq = self.pop();
                            t!(self.unpack_ex(seq, (arg & 0xff) as usize, (arg >> 8) as usize));
                        }
                        Op::MakeFunction => {
                            let f = t!(self.make_function(fi, arg));
                            self.stack.push(f);
                        }
                        Op::LoadBuildClass => {
                            let b = self.g.builtins.clone();
                            let v = match b.payload() {
                                Payload::Dict(d) => d.borrow().get_str("__build_class__").cloned(),
                                _ => None,
                            };
                            let v = t!(v.ok_or_else(|| PyErr::new(ExcKind::NameError, "__build_class__ not found")));
                            self.stack.push(v);
                        }
                        Op::SetupAnnotations => {
                            let ns = self.frames[fi].locals.clone().unwrap_or_else(|| self.frames[fi].globals.clone());
                            t!(self.setup_annotations(&ns));
                        }
                        Op::LoadAssertionError => {
                            let t = self.g.types.exception(ExcKind::AssertionError);
                            self.stack.push(Value::Obj(t));
                        }
                        Op::ImportName => {
                            let fromlist = self.pop();
                            let level = self.pop();
                            self.frames[fi].ip = ip;
                            let m = t!(self.import_name(fi, &code.names[arg as usize], &fromlist, &level));
                            self.stack.push(m);
                        }
                        Op::ImportFrom => {
                            let m = self.top().clone();
                            let v = t!(self.import_from(&m, &code.names[arg as usize]));
                            self.stack.push(v);
                        }
                        Op::ImportStar => {
                            let m = self.pop();
                            let ns = self.frames[fi].locals.clone().unwrap_or_else(|| self.frames[fi].globals.clone());
                            t!(self.import_star(&m, &ns));
                        }
                        Op::Raise => {
                            if arg == 0 {
                                no_tb = true;
                            }
                            break 'instr Err(self.do_raise(arg));
                        }
                        Op::Reraise => {
                            no_tb = true;
                            let e = self.pop();
                            break 'instr Err(PyErr::from_object(e));
                        }
                        Op::PushExcInfo => {
                            let exc = self.pop();
                            let prev = std::mem::replace(&mut self.handled, exc.clone());
                            self.stack.push(prev);
                            self.stack.push(exc);
                        }
                        Op::PopExcept => {
                            let prev = self.pop();
                            self.handled = prev;
                        }
                        Op::CheckExcMatch => {
                            let typ = self.pop();
                            let exc = self.top().clone();
                            let r = t!(self.exception_matches(&exc, &typ));
                            self.stack.push(Value::Bool(r));
                        }
                        Op::BeforeWith => {
                            let cm = self.pop();
                            let (exit, entered) = t!(self.before_with(cm));
                            self.stack.push(exit);
                            self.stack.push(entered);
                        }
                        Op::WithExceptStart => {
                            let n = self.stack.len();
                            let exc = self.stack[n - 1].clone();
                            let exit = self.stack[n - 3].clone();
                            let r = t!(self.with_except_start(exit, exc));
                            self.stack.push(r);
                        }
                        Op::YieldValue => {
                            let v = self.pop();
                            self.frames[fi].ip = ip;
                            t!(self.suspend_generator());
                            if fi == entry {
                                return Ok(FrameExit::Yield(v));
                            }
                            // Back in the consumer's ForIter or Send, resumed inline.
                            self.stack.push(v);
                            continue 'frames;
                        }
                        Op::GetYieldFromIter => {
                            let v = self.pop();
                            let it = t!(self.get_yield_from_iter(v));
                            self.stack.push(it);
                        }
                        Op::Send => {
                            let v = self.pop();
                            match t!(self.send_step(ip, v)) {
                                iter::IterStep::Pushed => {}
                                iter::IterStep::Finished => ip = arg as usize,
                                iter::IterStep::Entered => continue 'frames,
                            }
                        }
                        Op::PrintExpr => {
                            let v = self.pop();
                            t!(self.print_expr(v));
                        }
                        Op::GetLen => t!(matching::get_len(self)),
                        Op::MatchMapping => t!(matching::match_mapping(self)),
                        Op::MatchSequence => t!(matching::match_sequence(self)),
                        Op::MatchKeys => t!(matching::match_keys(self)),
                        Op::MatchClass => t!(matching::match_class(self, arg)),
                        Op::CopyDictWithoutKeys => t!(matching::copy_dict_without_keys(self)),
                    }
                    Ok(())
                };
                if let Err(e) = outcome {
                    match self.handle_error(fi, ip, e, !no_tb, entry) {
                        ErrRoute::Handler(h) => ip = h,
                        ErrRoute::Caller(p) => {
                            pending = Some((p, true));
                            continue 'frames;
                        }
                        ErrRoute::Escape(e) => return Err(e),
                    }
                }
            }
        }
    }

    /// Routes an error raised at instruction `ip - 1` of frame `fi`.
    /// A generator's frame that the error leaves finishes the generator.
    fn handle_error(&mut self, fi: usize, ip: usize, err: PyErr, add_tb: bool, entry: usize) -> ErrRoute {
        self.frames[fi].ip = ip;
        let in_generator = self.frames[fi].is_generator;
        match self.unwind(fi, ip, err, add_tb) {
            Ok(h) => ErrRoute::Handler(h),
            Err((err, popped)) => {
                let err = if popped && in_generator { self.generator_raised(err) } else { err };
                if popped && fi > entry {
                    ErrRoute::Caller(err)
                } else {
                    ErrRoute::Escape(err)
                }
            }
        }
    }

    // ---- stack helpers ------------------------------------------------

    #[inline]
    pub fn pop(&mut self) -> Value {
        self.stack.pop().unwrap_or(Value::Null)
    }
    #[inline]
    pub fn top(&self) -> &Value {
        self.stack.last().unwrap_or(&Value::Null)
    }
    /// Pops `n` values, returning them in push order.
    #[inline]
    pub fn pop_n(&mut self, n: usize) -> Vec<Value> {
        let at = self.stack.len().saturating_sub(n);
        self.stack.split_off(at)
    }

    // ---- calling from Rust --------------------------------------------

    /// `callable(*args)`.
    pub fn call(&mut self, callable: &Value, args: &[Value]) -> PyResult<Value> {
        self.call_args(callable, Args::positional_only(args))
    }
}

/// Where an error goes: a handler in the same frame, the caller frame
/// (within this `execute`), or out of `execute`.
enum ErrRoute {
    Handler(usize),
    Caller(PyErr),
    Escape(PyErr),
}

/// Rust-stack bound on nested `execute` calls (each Python frame entered
/// from Rust code, e.g. `__init__` or a sort key, nests one).
const MAX_NATIVE_DEPTH: usize = 3000;

impl Default for Vm {
    fn default() -> Self {
        Vm::new()
    }
}
