//! Control flow that crosses blocks: loops, `try`, `with`, and the exits
//! `break`, `continue` and `return`, following CPython 3.11's
//! `compiler_for`, `compiler_try_except`, `compiler_try_finally`,
//! `compiler_with` and `compiler_unwind_fblock`.
//!
//! Shapes (`d` = stack depth before the statement; see `code.rs`):
//!
//! ```text
//! try/except:  SetupFinally(H) body PopBlock orelse Jump end
//!          H:  (d+1: exc) SetupFinally(C) PushExcInfo        (d+2: prev exc)
//!              for each clause: [type CheckExcMatch PopJumpIfFalse next]
//!                as name: StoreX name; SetupFinally(CE) body PopBlock PopBlock
//!                         PopExcept; name = None; del name; Jump end
//!                     CE: name = None; del name; Reraise
//!                no name: PopTop body PopBlock PopExcept Jump end
//!              Reraise                                        (no clause matched)
//!          C:  Swap(2) PopExcept Reraise
//! try/finally: SetupFinally(F) body PopBlock finalbody Jump exit
//!          F:  SetupFinally(C) PushExcInfo finalbody Reraise
//!          C:  Swap(2) PopExcept Reraise
//! with:        cm BeforeWith SetupWith(W) (store or PopTop) body PopBlock
//!              LoadConst None x3 Call(3) PopTop Jump exit
//!          W:  (d+2: exit exc) SetupFinally(C) PushExcInfo WithExceptStart
//!              PopJumpIfTrue S Reraise
//!          C:  Swap(2) PopExcept Reraise
//!          S:  PopTop PopBlock PopExcept PopTop
//! ```
//!
//! A `break`, `continue` or `return` inside these blocks first undoes each
//! block it leaves, innermost first (`unwind_fblock`): a `for` pops its
//! iterator, a `finally` body is compiled again inline, a `with` calls
//! `exit(None, None, None)`, an `except` handler pops the handled exception
//! (`PopExcept`) and clears its `as` name. `return`'s value stays on top
//! throughout (it is swapped above whatever a block pops).

use super::consts::{fold, ConstKey};
use super::expr::const_list;
use super::{Compiler, Ctx, FBlock, FBlockDatum, FBlockKind, Kind, R};
use crate::code::Op;
use garter_grammar::ast::*;

impl<'a> Compiler<'a> {
    /// The iterable of a `for`: a list display of constants becomes a tuple.
    pub(crate) fn for_iterable(&mut self, iter: &'a Expr) -> R {
        match const_list(iter) {
            Some(k) => {
                let saved = self.u().loc;
                self.u_mut().loc = iter.loc;
                self.load_const(k);
                self.u_mut().loc = saved;
                Ok(())
            }
            None => self.expr(iter),
        }
    }

    pub(crate) fn for_stmt(&mut self, target: &'a Expr, iter: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> R {
        let start = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.push_fblock(FBlockKind::ForLoop, Some(start), Some(end), FBlockDatum::None)?;
        self.for_iterable(iter)?;
        self.emit(Op::GetIter, 0);
        self.bind(start);
        self.emit_jump(Op::ForIter, cleanup);
        self.store_target(target)?;
        self.stmts(body)?;
        self.emit_jump(Op::Jump, start);
        self.bind(cleanup);
        self.pop_fblock(FBlockKind::ForLoop);
        self.stmts(orelse)?;
        self.bind(end);
        Ok(())
    }

    pub(crate) fn while_stmt(&mut self, test: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> R {
        let top = self.new_label();
        let anchor = self.new_label();
        let end = self.new_label();
        self.bind(top);
        self.push_fblock(FBlockKind::WhileLoop, Some(top), Some(end), FBlockDatum::None)?;
        self.jump_if(test, anchor, false)?;
        self.stmts(body)?;
        self.emit_jump(Op::Jump, top);
        self.pop_fblock(FBlockKind::WhileLoop);
        self.bind(anchor);
        self.stmts(orelse)?;
        self.bind(end);
        Ok(())
    }

    pub(crate) fn return_stmt(&mut self, value: Option<&'a Expr>) -> R {
        if self.block_kind() != super::symtable::BlockKind::Function {
            return Err(self.error("'return' outside function"));
        }
        let folded = value.and_then(fold);
        let preserve_tos = value.is_some() && folded.is_none();
        if preserve_tos {
            self.expr(value.expect("checked above"))?;
        }
        self.unwind_fblock_stack(preserve_tos, false)?;
        if !preserve_tos {
            self.load_const(folded.unwrap_or(ConstKey::None));
        }
        self.emit(Op::ReturnValue, 0);
        Ok(())
    }

    pub(crate) fn break_stmt(&mut self) -> R {
        let Some(lp) = self.unwind_fblock_stack(false, true)? else {
            return Err(self.error("'break' outside loop"));
        };
        self.unwind_fblock(&lp, false)?;
        self.emit_jump(Op::Jump, lp.exit.expect("loop exit label"));
        Ok(())
    }

    pub(crate) fn continue_stmt(&mut self) -> R {
        let Some(lp) = self.unwind_fblock_stack(false, true)? else {
            return Err(self.error("'continue' not properly in loop"));
        };
        self.emit_jump(Op::Jump, lp.block.expect("loop start label"));
        Ok(())
    }

    /// Undoes the blocks on the fblock stack, innermost first, stopping at
    /// the first loop when `stop_at_loop` (and returning it). The stack is
    /// restored afterwards: the code after the exit still belongs to them.
    fn unwind_fblock_stack(&mut self, preserve_tos: bool, stop_at_loop: bool) -> Result<Option<FBlock<'a>>, garter_grammar::SyntaxError> {
        let Some(top) = self.u().fblocks.last().copied() else { return Ok(None) };
        if stop_at_loop && matches!(top.kind, FBlockKind::WhileLoop | FBlockKind::ForLoop) {
            return Ok(Some(top));
        }
        self.u_mut().fblocks.pop();
        self.unwind_fblock(&top, preserve_tos)?;
        let found = self.unwind_fblock_stack(preserve_tos, stop_at_loop)?;
        self.u_mut().fblocks.push(top);
        Ok(found)
    }

    /// Emits the code that leaves one block early.
    fn unwind_fblock(&mut self, info: &FBlock<'a>, preserve_tos: bool) -> R {
        match info.kind {
            FBlockKind::WhileLoop | FBlockKind::ExceptionHandler => {}
            FBlockKind::ForLoop => {
                if preserve_tos {
                    self.emit(Op::Swap, 2);
                }
                self.emit(Op::PopTop, 0); // the iterator
            }
            FBlockKind::TryExcept => self.emit_pseudo(Kind::PopBlock, None),
            FBlockKind::FinallyTry => {
                self.emit_pseudo(Kind::PopBlock, None);
                if preserve_tos {
                    self.push_fblock(FBlockKind::PopValue, None, None, FBlockDatum::None)?;
                }
                let FBlockDatum::FinallyBody(body) = info.datum else { unreachable!("finally without body") };
                let saved = self.u().loc;
                self.stmts(body)?;
                self.u_mut().loc = saved;
                if preserve_tos {
                    self.pop_fblock(FBlockKind::PopValue);
                }
            }
            FBlockKind::FinallyEnd => {
                if preserve_tos {
                    self.emit(Op::Swap, 2);
                }
                self.emit(Op::PopTop, 0); // the exception
                if preserve_tos {
                    self.emit(Op::Swap, 2);
                }
                self.emit_pseudo(Kind::PopBlock, None);
                self.emit(Op::PopExcept, 0);
            }
            FBlockKind::With => {
                let saved = self.u().loc;
                if let FBlockDatum::WithLoc(loc) = info.datum {
                    self.u_mut().loc = loc;
                }
                self.emit_pseudo(Kind::PopBlock, None);
                if preserve_tos {
                    self.emit(Op::Swap, 2);
                }
                self.call_exit_with_nones();
                self.emit(Op::PopTop, 0);
                self.u_mut().loc = saved;
            }
            FBlockKind::HandlerCleanup => {
                let name = match info.datum {
                    FBlockDatum::HandlerName(n) => Some(n),
                    _ => None,
                };
                if name.is_some() {
                    self.emit_pseudo(Kind::PopBlock, None);
                }
                if preserve_tos {
                    self.emit(Op::Swap, 2);
                }
                self.emit_pseudo(Kind::PopBlock, None);
                self.emit(Op::PopExcept, 0);
                if let Some(n) = name {
                    self.clear_name(n)?;
                }
            }
            FBlockKind::PopValue => {
                if preserve_tos {
                    self.emit(Op::Swap, 2);
                }
                self.emit(Op::PopTop, 0);
            }
        }
        Ok(())
    }

    /// `exit(None, None, None)` with `exit` on top; leaves its result.
    fn call_exit_with_nones(&mut self) {
        for _ in 0..3 {
            self.load_const(ConstKey::None);
        }
        self.emit(Op::Call, 3);
    }

    /// `name = None; del name` (the end of an `except ... as name`).
    fn clear_name(&mut self, name: &str) -> R {
        self.load_const(ConstKey::None);
        self.nameop(name, Ctx::Store)?;
        self.nameop(name, Ctx::Del)
    }

    /// `Swap(2) PopExcept Reraise`: the cleanup handler of an exception
    /// handler's own region.
    fn pop_except_and_reraise(&mut self) {
        self.emit(Op::Swap, 2);
        self.emit(Op::PopExcept, 0);
        self.emit(Op::Reraise, 0);
    }

    pub(crate) fn try_except(&mut self, body: &'a [Stmt], handlers: &'a [ExceptHandler], orelse: &'a [Stmt]) -> R {
        let except = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        self.emit_pseudo(Kind::SetupFinally, Some(except));
        self.push_fblock(FBlockKind::TryExcept, None, None, FBlockDatum::None)?;
        self.stmts(body)?;
        self.pop_fblock(FBlockKind::TryExcept);
        self.emit_pseudo(Kind::PopBlock, None);
        self.stmts(orelse)?;
        self.emit_jump(Op::Jump, end);

        self.bind(except);
        self.emit_pseudo(Kind::SetupFinally, Some(cleanup));
        self.emit(Op::PushExcInfo, 0);
        self.push_fblock(FBlockKind::ExceptionHandler, None, None, FBlockDatum::None)?;
        for (i, h) in handlers.iter().enumerate() {
            self.u_mut().loc = h.loc;
            if h.typ.is_none() && i + 1 < handlers.len() {
                return Err(self.error("default 'except:' must be last"));
            }
            let next = self.new_label();
            if let Some(t) = &h.typ {
                self.expr(t)?;
                self.emit(Op::CheckExcMatch, 0);
                self.emit_jump(Op::PopJumpIfFalse, next);
            }
            match &h.name {
                Some(name) => {
                    let cleanup_end = self.new_label();
                    self.nameop(name, Ctx::Store)?;
                    // try: body  finally: name = None; del name
                    self.emit_pseudo(Kind::SetupFinally, Some(cleanup_end));
                    self.push_fblock(FBlockKind::HandlerCleanup, None, None, FBlockDatum::HandlerName(name))?;
                    self.stmts(&h.body)?;
                    self.pop_fblock(FBlockKind::HandlerCleanup);
                    self.u_mut().loc = h.loc;
                    self.emit_pseudo(Kind::PopBlock, None);
                    self.emit_pseudo(Kind::PopBlock, None);
                    self.emit(Op::PopExcept, 0);
                    self.clear_name(name)?;
                    self.emit_jump(Op::Jump, end);

                    self.bind(cleanup_end);
                    self.clear_name(name)?;
                    self.emit(Op::Reraise, 0);
                }
                None => {
                    self.emit(Op::PopTop, 0); // the exception
                    self.push_fblock(FBlockKind::HandlerCleanup, None, None, FBlockDatum::None)?;
                    self.stmts(&h.body)?;
                    self.pop_fblock(FBlockKind::HandlerCleanup);
                    self.u_mut().loc = h.loc;
                    self.emit_pseudo(Kind::PopBlock, None);
                    self.emit(Op::PopExcept, 0);
                    self.emit_jump(Op::Jump, end);
                }
            }
            self.bind(next);
        }
        self.pop_fblock(FBlockKind::ExceptionHandler);
        self.emit(Op::Reraise, 0); // no clause matched
        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.bind(end);
        Ok(())
    }

    pub(crate) fn try_finally(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
    ) -> R {
        let end = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();
        let loc = self.u().loc;
        self.emit_pseudo(Kind::SetupFinally, Some(end));
        self.push_fblock(FBlockKind::FinallyTry, None, None, FBlockDatum::FinallyBody(finalbody))?;
        if handlers.is_empty() {
            self.stmts(body)?;
        } else {
            self.try_except(body, handlers, orelse)?;
        }
        self.emit_pseudo(Kind::PopBlock, None);
        self.pop_fblock(FBlockKind::FinallyTry);
        self.stmts(finalbody)?;
        self.emit_jump(Op::Jump, exit);

        self.bind(end);
        self.u_mut().loc = loc;
        self.emit_pseudo(Kind::SetupFinally, Some(cleanup));
        self.emit(Op::PushExcInfo, 0);
        self.push_fblock(FBlockKind::FinallyEnd, None, None, FBlockDatum::None)?;
        self.stmts(finalbody)?;
        self.pop_fblock(FBlockKind::FinallyEnd);
        self.emit(Op::Reraise, 0);
        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.bind(exit);
        Ok(())
    }

    /// `with a, b: body` is `with a: with b: body`.
    pub(crate) fn with_stmt(&mut self, loc: Loc, items: &'a [WithItem], body: &'a [Stmt]) -> R {
        let Some((item, rest)) = items.split_first() else { return self.stmts(body) };
        let handler = self.new_label();
        let exit = self.new_label();
        self.expr(&item.context)?;
        self.u_mut().loc = loc;
        self.emit(Op::BeforeWith, 0);
        self.emit_pseudo(Kind::SetupWith, Some(handler));
        self.push_fblock(FBlockKind::With, None, None, FBlockDatum::WithLoc(loc))?;
        match &item.target {
            Some(t) => self.store_target(t)?,
            None => self.emit(Op::PopTop, 0),
        }
        if rest.is_empty() {
            self.stmts(body)?;
        } else {
            self.with_stmt(loc, rest, body)?;
        }
        self.pop_fblock(FBlockKind::With);
        self.u_mut().loc = loc;
        self.emit_pseudo(Kind::PopBlock, None);
        self.call_exit_with_nones();
        self.emit(Op::PopTop, 0);
        self.emit_jump(Op::Jump, exit);

        // The exceptional path: exit(type, exc, tb) decides.
        self.bind(handler);
        let cleanup = self.new_label();
        let suppress = self.new_label();
        self.emit_pseudo(Kind::SetupFinally, Some(cleanup));
        self.emit(Op::PushExcInfo, 0);
        self.emit(Op::WithExceptStart, 0);
        self.emit_jump(Op::PopJumpIfTrue, suppress);
        self.emit(Op::Reraise, 0);
        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.bind(suppress);
        self.emit(Op::PopTop, 0); // the exception
        self.emit_pseudo(Kind::PopBlock, None);
        self.emit(Op::PopExcept, 0);
        self.emit(Op::PopTop, 0); // exit
        self.bind(exit);
        Ok(())
    }
}
