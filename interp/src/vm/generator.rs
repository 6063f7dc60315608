//! Generators: creation, resumption (`next`, `send`, `throw`, `close`) and
//! `yield from` delegation.
//!
//! A suspended generator keeps its frame record and its slots (locals, then
//! operand stack) in the generator object. To resume, `enter_generator`
//! moves the slots onto the thread's value stack and pushes the frame record;
//! `YieldValue` (`suspend_generator`) moves them back.
//!
//! Two ways in, one frame layout:
//! - `ForIter` and `Send` meeting a generator resume it *inline*: its frame
//!   joins the frame stack and the same dispatch loop runs it, with no Rust
//!   recursion (CPython 3.12's `FOR_ITER_GEN`/`SEND_GEN`). A yield pops back
//!   to the consumer frame with the value pushed; a return finishes the
//!   consumer's `ForIter` (jump past the loop) or `Send` (push the result).
//! - Calls from Rust (`next()`, `sum(gen)`, `gen.send`, `gen.throw`) run a
//!   nested `execute` through `resume`.
//!
//! Layout invariant: a running generator's object sits in the stack slot
//! just below its frame's `base`, and the frame's `ret_to` is `base`. So when
//! the frame leaves (yield, return or exception) the generator object is on
//! top of the stack again: for `ForIter`/`Send` it is their iterator or
//! receiver operand; `resume` pushes it before entering.
//!
//! While a generator runs, its `exc_state` holds the consumer's handled
//! exception, swapped back when it leaves (CPython's `exc_info` chain).

use crate::code::{Instr, Op};
use crate::errors::{ExcKind, PyErr, PyResult};
use crate::objects::function::Function;
use crate::objects::generator::Generator;
use crate::value::{Payload, Value};
use crate::vm::frame::Frame;
use crate::vm::iter::IterStep;
use crate::vm::{ErrRoute, FrameExit, Vm};
use std::cell::RefCell;

pub enum SendResult {
    Yielded(Value),
    Returned(Value),
}

impl Vm {
    /// Calling a generator function: a generator object, not yet started.
    pub fn make_generator(&mut self, _fv: &Value, f: &Function, locals: Vec<Value>) -> PyResult<Value> {
        let base = self.stack.len();
        self.stack.extend(locals);
        let cells = self.make_cells(&f.code, f, base)?;
        let saved = self.stack.split_off(base);
        let frame = Frame {
            code: f.code.clone(),
            ip: 0,
            base: 0,
            ret_to: 0,
            cells,
            globals: f.globals.clone(),
            locals: None,
            is_generator: true,
        };
        Ok(Value::from_obj(Payload::Generator(Box::new(RefCell::new(Generator {
            frame: Some(frame),
            saved,
            running: false,
            just_started: true,
            name: f.name.borrow().clone(),
            qualname: f.qualname.borrow().clone(),
            exc_state: Value::None,
        })))))
    }

    /// Resumes the generator on top of the stack: pushes its frame (see the
    /// layout invariant above), with `sent` pushed as the value of the
    /// `yield` it is parked at (nothing on the first resumption). Returns
    /// false, changing nothing, when the generator has finished.
    #[inline]
    pub(crate) fn enter_generator(&mut self, sent: Value) -> PyResult<bool> {
        let gen = match self.stack.last() {
            Some(Value::Obj(o)) => o.clone(),
            _ => return Err(enter_error(EnterError::NotGenerator)),
        };
        let Payload::Generator(cell) = gen.payload() else {
            return Err(enter_error(EnterError::NotGenerator));
        };
        let mut g = cell.borrow_mut();
        if g.running {
            return Err(enter_error(EnterError::Running));
        }
        if g.frame.is_none() {
            return Ok(false);
        }
        if self.frames.len() >= self.g.recursion_limit.get() {
            return Err(enter_error(EnterError::Recursion));
        }
        let just_started = g.just_started;
        if just_started && !sent.is_none() {
            return Err(enter_error(EnterError::SentToNew));
        }
        let Some(mut frame) = g.frame.take() else { return Ok(false) };
        g.just_started = false;
        g.running = true;
        // The generator's own handled exception, if any, replaces the
        // consumer's while it runs (else the consumer's shows through);
        // `exc_state` keeps the consumer's until the generator leaves.
        if g.exc_state.is_none() {
            if !self.handled.is_none() {
                g.exc_state = self.handled.clone();
            }
        } else {
            std::mem::swap(&mut self.handled, &mut g.exc_state);
        }
        let base = self.stack.len();
        frame.base = base;
        frame.ret_to = base;
        // Moves the slots, keeping `saved`'s buffer for the next yield.
        move_tail(&mut g.saved, 0, &mut self.stack);
        if !just_started {
            self.stack.push(sent);
        }
        drop(g);
        self.frames.push(frame);
        Ok(true)
    }

    /// `YieldValue` (the value already popped): parks the top frame, a
    /// generator's, back in its generator object, which is left on top.
    pub(crate) fn suspend_generator(&mut self) -> PyResult<()> {
        let Some(base) = self.frames.last().map(|f| f.base) else {
            return Err(enter_error(EnterError::YieldNoFrame));
        };
        let gen = match base.checked_sub(1).and_then(|i| self.stack.get(i)) {
            Some(Value::Obj(o)) if matches!(o.payload(), Payload::Generator(_)) => o.clone(),
            _ => return Err(enter_error(EnterError::YieldNotGenerator)),
        };
        let Payload::Generator(cell) = gen.payload() else { return Err(enter_error(EnterError::YieldNotGenerator)) };
        let mut g = cell.borrow_mut();
        move_tail(&mut self.stack, base, &mut g.saved);
        g.frame = self.frames.pop();
        g.running = false;
        let consumer_handled = std::mem::replace(&mut g.exc_state, Value::None);
        let own_handled = std::mem::replace(&mut self.handled, consumer_handled);
        if !own_handled.is(&self.handled) {
            g.exc_state = own_handled;
        }
        Ok(())
    }

    /// The generator on top of the stack has left its frame for good
    /// (returned or raised): no longer running; the consumer's handled
    /// exception is back.
    pub(crate) fn finish_generator(&mut self) {
        if let Some(Value::Obj(o)) = self.stack.last() {
            if let Payload::Generator(cell) = o.payload() {
                let mut g = cell.borrow_mut();
                g.running = false;
                g.frame = None;
                g.saved.clear();
                self.handled = std::mem::replace(&mut g.exc_state, Value::None);
            }
        }
    }

    /// An exception left a generator's frame (the generator object is on
    /// top): finishes it; StopIteration becomes RuntimeError (PEP 479).
    pub(crate) fn generator_raised(&mut self, e: PyErr) -> PyErr {
        self.finish_generator();
        if !self.err_is(&e, ExcKind::StopIteration) {
            return e;
        }
        let cause = self.normalize(e);
        let rt = self.new_exception(ExcKind::RuntimeError, vec![Value::new_str("generator raised StopIteration")]);
        if let Some(d) = crate::vm::exc::exc_data(&rt) {
            d.borrow_mut().cause = cause.clone();
            d.borrow_mut().context = cause;
        }
        PyErr::from_object(rt)
    }

    /// A generator run inline returned `v` (its object is on top, its frame
    /// gone): completes the consumer's `ForIter` (jumps past the loop) or
    /// `Send` (the result replaces the receiver; jumps past the loop), the
    /// instruction before the consumer frame's `ip`.
    pub(crate) fn generator_returned(&mut self, v: Value) {
        self.stack.pop();
        let Some(frame) = self.frames.last_mut() else { return };
        let Instr { op, arg } = frame.code.instructions[frame.ip - 1];
        frame.ip = arg as usize;
        if op == Op::Send {
            self.stack.push(if v.is_null() { Value::None } else { v });
        }
    }

    /// `Send` with `v` popped and the receiver on top (`ip` is past the
    /// `Send`): a generator receiver is resumed inline; any other runs to
    /// its next value here.
    #[inline]
    pub(crate) fn send_step(&mut self, ip: usize, v: Value) -> PyResult<IterStep> {
        if let Some(Payload::Generator(_)) = self.top().payload() {
            if let Some(f) = self.frames.last_mut() {
                f.ip = ip;
            }
            if self.enter_generator(v)? {
                return Ok(IterStep::Entered);
            }
            self.stack.pop();
            self.stack.push(Value::None);
            return Ok(IterStep::Finished);
        }
        let receiver = self.top().clone();
        match self.send_to(&receiver, v)? {
            SendResult::Yielded(y) => {
                self.stack.push(y);
                Ok(IterStep::Pushed)
            }
            SendResult::Returned(r) => {
                self.stack.pop();
                self.stack.push(r);
                Ok(IterStep::Finished)
            }
        }
    }

    /// Resumes `gen` from Rust with `sent` pushed (or `exc` raised) at the
    /// yield point, running a nested `execute` until it yields or leaves.
    fn resume(&mut self, gen: &Value, sent: Value, exc: Option<PyErr>) -> PyResult<SendResult> {
        let Some(Payload::Generator(cell)) = gen.payload() else {
            return Err(PyErr::internal("resume on a non-generator"));
        };
        if let Some(e) = exc {
            return self.resume_throwing(gen, cell, e);
        }
        self.stack.push(gen.clone());
        match self.enter_generator(sent) {
            Ok(true) => {}
            Ok(false) => {
                self.stack.pop();
                return Ok(SendResult::Returned(Value::Null));
            }
            Err(e) => {
                self.stack.pop();
                return Err(e);
            }
        }
        let entry = self.frames.len() - 1;
        let result = self.execute(entry);
        self.leave_resume(cell, result)
    }

    /// `resume` raising `exc` at the yield point (`throw`).
    fn resume_throwing(&mut self, gen: &Value, cell: &RefCell<Generator>, exc: PyErr) -> PyResult<SendResult> {
        {
            let mut g = cell.borrow_mut();
            if g.running {
                return Err(PyErr::value_error("generator already executing"));
            }
            if g.frame.is_none() || g.just_started {
                // Finished, or thrown into before it started: the body never runs.
                g.frame = None;
                g.saved.clear();
                return Err(exc);
            }
        }
        self.stack.push(gen.clone());
        match self.enter_generator(Value::None) {
            Ok(true) => {}
            Ok(false) => {
                self.stack.pop();
                return Err(exc);
            }
            Err(e) => {
                self.stack.pop();
                return Err(e);
            }
        }
        // The exception takes the place of the sent value.
        self.stack.pop();
        let entry = self.frames.len() - 1;
        let ip = self.frames[entry].ip;
        let result = match self.handle_error(entry, ip, exc, true, entry) {
            ErrRoute::Handler(h) => {
                self.frames[entry].ip = h;
                self.execute(entry)
            }
            ErrRoute::Caller(e) | ErrRoute::Escape(e) => Err(e),
        };
        self.leave_resume(cell, result)
    }

    /// After a nested `execute` of a generator frame: pops the generator
    /// object (on top, by the layout invariant).
    fn leave_resume(&mut self, cell: &RefCell<Generator>, result: PyResult<FrameExit>) -> PyResult<SendResult> {
        if cell.borrow().running {
            // The frame left without the dispatch loop's bookkeeping (the
            // Rust-depth limit in `execute`).
            self.finish_generator();
        }
        self.stack.pop();
        match result? {
            FrameExit::Yield(v) => Ok(SendResult::Yielded(v)),
            FrameExit::Return(v) => Ok(SendResult::Returned(v)),
        }
    }

    /// `next(gen)`: `Some(value)` or `None` when it returned.
    pub fn generator_next(&mut self, gen: &Value) -> PyResult<Option<Value>> {
        match self.resume(gen, Value::None, None)? {
            SendResult::Yielded(v) => Ok(Some(v)),
            SendResult::Returned(_) => Ok(None),
        }
    }

    /// `gen.send(v)`; a return becomes StopIteration(value).
    pub fn generator_send(&mut self, gen: &Value, v: Value) -> PyResult<Value> {
        match self.resume(gen, v, None)? {
            SendResult::Yielded(v) => Ok(v),
            SendResult::Returned(r) => Err(self.stop_iteration_with(r)),
        }
    }

    pub fn stop_iteration_with(&mut self, r: Value) -> PyErr {
        let args = if r.is_none() || r.is_null() { vec![] } else { vec![r] };
        PyErr::from_object(self.new_exception(ExcKind::StopIteration, args))
    }

    /// `gen.throw(exc)`.
    pub fn generator_throw(&mut self, gen: &Value, exc: PyErr) -> PyResult<Value> {
        // Delegate to a sub-iterator when suspended inside `yield from`.
        if let Some(sub) = self.yield_from_target(gen) {
            let is_gen_exit = self.err_is(&exc, ExcKind::GeneratorExit);
            let r = if let Some(Payload::Generator(_)) = sub.payload() {
                if is_gen_exit {
                    self.generator_close(&sub).map(|_| None::<Value>)
                } else {
                    match self.generator_throw(&sub, exc) {
                        Ok(v) => return Ok(v),
                        Err(e) => Err(e),
                    }
                }
            } else {
                Err(exc)
            };
            match r {
                Ok(_) => return self.throw_into(gen, self_gen_exit()),
                Err(e) if self.err_is(&e, ExcKind::StopIteration) => {
                    // The sub-generator returned: resume past the Send with its value.
                    let ev = self.normalize(e);
                    let value = self.get_attr_str(&ev, "value").unwrap_or(Value::None);
                    return self.finish_yield_from(gen, value);
                }
                Err(e) => return self.throw_into(gen, e),
            }
        }
        self.throw_into(gen, exc)
    }

    fn throw_into(&mut self, gen: &Value, exc: PyErr) -> PyResult<Value> {
        match self.resume(gen, Value::None, Some(exc))? {
            SendResult::Yielded(v) => Ok(v),
            SendResult::Returned(r) => Err(self.stop_iteration_with(r)),
        }
    }

    /// The receiver of the `Send` a suspended generator is parked after.
    fn yield_from_target(&self, gen: &Value) -> Option<Value> {
        let Some(Payload::Generator(cell)) = gen.payload() else { return None };
        let g = cell.borrow();
        let frame = g.frame.as_ref()?;
        let ip = frame.ip;
        let code = &frame.code;
        if ip >= 2 && code.instructions[ip - 1].op == crate::code::Op::YieldValue && code.instructions[ip - 2].op == crate::code::Op::Send {
            return g.saved.last().cloned();
        }
        None
    }

    /// Ends a `yield from` with `value`: pops the receiver, pushes the value,
    /// jumps past the loop, and runs on.
    fn finish_yield_from(&mut self, gen: &Value, value: Value) -> PyResult<Value> {
        let Some(Payload::Generator(cell)) = gen.payload() else { return Err(PyErr::internal("gen")) };
        {
            let mut g = cell.borrow_mut();
            let target = match g.frame.as_ref() {
                Some(f) => f.code.instructions[f.ip - 2].arg as usize,
                None => return Err(PyErr::internal("finished generator")),
            };
            g.saved.pop();
            g.saved.push(value);
            if let Some(f) = g.frame.as_mut() {
                f.ip = target;
            }
            // Resume without pushing a sent value: mark as just started.
            g.just_started = true;
        }
        match self.resume(gen, Value::None, None)? {
            SendResult::Yielded(v) => Ok(v),
            SendResult::Returned(r) => Err(self.stop_iteration_with(r)),
        }
    }

    /// `gen.close()`.
    pub fn generator_close(&mut self, gen: &Value) -> PyResult<Value> {
        let Some(Payload::Generator(cell)) = gen.payload() else { return Ok(Value::None) };
        if cell.borrow().frame.is_none() {
            return Ok(Value::None);
        }
        if cell.borrow().just_started {
            let mut g = cell.borrow_mut();
            g.frame = None;
            g.saved.clear();
            return Ok(Value::None);
        }
        match self.generator_throw(gen, self_gen_exit()) {
            Ok(_) => Err(PyErr::new(ExcKind::RuntimeError, "generator ignored GeneratorExit")),
            Err(e) if self.err_is(&e, ExcKind::GeneratorExit) || self.err_is(&e, ExcKind::StopIteration) => Ok(Value::None),
            Err(e) => Err(e),
        }
    }

    /// `GetYieldFromIter`.
    pub fn get_yield_from_iter(&mut self, v: Value) -> PyResult<Value> {
        if let Some(Payload::Generator(_)) = v.payload() {
            return Ok(v);
        }
        self.get_iter(&v)
    }

    /// `Send`: one step of `yield from`.
    pub fn send_to(&mut self, receiver: &Value, v: Value) -> PyResult<SendResult> {
        match receiver.payload() {
            Some(Payload::Generator(_)) => match self.resume(receiver, v, None)? {
                SendResult::Returned(r) => Ok(SendResult::Returned(if r.is_null() { Value::None } else { r })),
                y => Ok(y),
            },
            _ => {
                let r = if v.is_none() {
                    self.next(receiver).map(|o| o.map(SendResult::Yielded))
                } else {
                    self.call_method(receiver, "send", &[v]).map(|x| Some(SendResult::Yielded(x)))
                };
                match r {
                    Ok(Some(y)) => Ok(y),
                    Ok(None) => Ok(SendResult::Returned(Value::None)),
                    Err(e) if self.err_is(&e, ExcKind::StopIteration) => {
                        let ev = self.normalize(e);
                        let value = self.get_attr_str(&ev, "value").unwrap_or(Value::None);
                        Ok(SendResult::Returned(value))
                    }
                    Err(e) => Err(e),
                }
            }
        }
    }
}

/// Moves `from[at..]` to the end of `to`, as one copy (a generator's slots
/// between the thread's stack and the generator object, at every resume and
/// yield; `Vec::extend(drain)` moves them one by one).
#[inline]
fn move_tail(from: &mut Vec<Value>, at: usize, to: &mut Vec<Value>) {
    let Some(n) = from.len().checked_sub(at) else { return };
    to.reserve(n);
    // SAFETY: `from[at..]` holds `n` initialised values and `to` has room
    // for `n` more after `reserve` (the two are distinct vectors, so the
    // ranges cannot overlap). The values change owner by the bitwise copy:
    // both lengths are set right after it, with nothing in between that can
    // panic or read them, so each value is owned, and later dropped, once.
    unsafe {
        std::ptr::copy_nonoverlapping(from.as_ptr().add(at), to.as_mut_ptr().add(to.len()), n);
        from.set_len(at);
        to.set_len(to.len() + n);
    }
}

/// Why `enter_generator` (or `suspend_generator`) refused (kept out of line: the resume path is hot).
enum EnterError {
    NotGenerator,
    Running,
    Recursion,
    SentToNew,
    YieldNoFrame,
    YieldNotGenerator,
}

#[cold]
#[inline(never)]
fn enter_error(e: EnterError) -> PyErr {
    match e {
        EnterError::NotGenerator => PyErr::internal("resuming a non-generator"),
        EnterError::Running => PyErr::value_error("generator already executing"),
        EnterError::Recursion => PyErr::new(ExcKind::RecursionError, "maximum recursion depth exceeded"),
        EnterError::SentToNew => PyErr::type_error("can't send non-None value to a just-started generator"),
        EnterError::YieldNoFrame => PyErr::internal("yield without a frame"),
        EnterError::YieldNotGenerator => PyErr::internal("yield in a frame that is not a generator's"),
    }
}

impl Vm {
    /// Closes generators that were dropped while suspended in a `try` or
    /// `with` (see `objects::generator::PENDING_CLOSE`); an exception from
    /// one is reported as CPython reports exceptions in finalisers.
    pub fn run_pending_finalizers(&mut self) {
        use crate::objects::generator::PENDING_COUNT;
        use std::sync::atomic::Ordering;
        if PENDING_COUNT.load(Ordering::Relaxed) == 0 {
            return;
        }
        loop {
            let next = crate::objects::generator::PENDING_CLOSE
                .try_with(|q| q.try_borrow_mut().ok().and_then(|mut q| q.pop()))
                .ok()
                .flatten();
            let Some(g) = next else { break };
            PENDING_COUNT.fetch_sub(1, Ordering::Relaxed);
            let gen = Value::from_obj(Payload::Generator(Box::new(RefCell::new(g))));
            if let Err(e) = self.generator_close(&gen) {
                let exc = self.normalize(e);
                let what = self.repr(&gen).unwrap_or_default();
                let text = self.format_exception(&exc);
                crate::builtins::flush_stdout();
                crate::builtins::write_stderr(self, &format!("Exception ignored in: {what}\n{text}"));
            }
        }
    }
}

fn self_gen_exit() -> PyErr {
    PyErr::new(ExcKind::GeneratorExit, "")
}
