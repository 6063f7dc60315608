//! Symbol tables: the scope analysis that runs over the whole AST before any
//! code is generated, as CPython's `symtable.c` does.
//!
//! Pass 1 (`Builder`) walks the tree, creating one `Scope` per module,
//! class, function, lambda and comprehension, and records for each name how
//! the scope uses it (`DEF_*`/`USE` flags): bound by assignment, import or
//! parameter, declared `global`/`nonlocal`, read. Declaration errors
//! (`name 'x' is assigned to before global declaration`, duplicate
//! parameters, `import *` in a function, walrus misuse in comprehensions)
//! are raised here with CPython's wording.
//!
//! Pass 2 (`analyze`) resolves every name to a `NameScope`, exactly as
//! CPython's `analyze_block`: bound names are `Local`; names bound in an
//! enclosing *function* are `Free` here and become `Cell` there; the rest
//! are globals (`GlobalExplicit` if declared, else `GlobalImplicit`). Class
//! scopes do not make their names visible to nested functions, except the
//! implicit `__class__` cell (`needs_class_closure`) that `super()` uses.
//!
//! Scopes are found again by the compiler through the address of the AST
//! node that opened them (`scope_for`): the tree is borrowed, unmoved, for
//! the whole compilation.

use garter_grammar::ast::*;
use garter_grammar::{SyntaxError, SyntaxErrorKind};
use std::collections::{BTreeSet, HashMap};

/// Assigned by `global`.
pub const DEF_GLOBAL: u32 = 1;
/// Bound by assignment, `for`, `with`, `except ... as`, `def`, `class`.
pub const DEF_LOCAL: u32 = 2;
/// A parameter.
pub const DEF_PARAM: u32 = 4;
/// Declared `nonlocal`.
pub const DEF_NONLOCAL: u32 = 8;
/// Read.
pub const USE: u32 = 16;
/// A class-local name that is also free in one of the class's methods.
pub const DEF_FREE_CLASS: u32 = 64;
/// Bound by `import`.
pub const DEF_IMPORT: u32 = 128;
/// Annotated (`x: int`).
pub const DEF_ANNOT: u32 = 256;
/// A comprehension's iteration variable.
pub const DEF_COMP_ITER: u32 = 512;
pub const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

/// Where a name lives, once analysed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameScope {
    /// Not mentioned in the scope (compiler-made names like `__module__`).
    Unknown,
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind {
    Module,
    Class,
    /// Functions, lambdas and comprehensions.
    Function,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ComprehensionKind {
    List,
    Set,
    Dict,
    Generator,
}

#[derive(Clone, Copy, Debug)]
pub struct Symbol {
    pub flags: u32,
    pub scope: NameScope,
}

pub type ScopeId = usize;

/// One block's names and facts.
#[derive(Debug)]
pub struct Scope {
    pub kind: BlockKind,
    /// Symbols in first-seen order.
    symbols: Vec<(String, Symbol)>,
    index: HashMap<String, usize>,
    /// Parameters, in order: positional-only, positional, keyword-only,
    /// `*args`, `**kwargs` (and `.0` for comprehensions).
    pub params: Vec<String>,
    pub children: Vec<ScopeId>,
    /// Location of the first `global`/`nonlocal` (or walrus) directive per name.
    directives: HashMap<String, Loc>,
    /// Nested inside a function (CPython's `CO_NESTED`).
    pub nested: bool,
    pub generator: bool,
    pub comprehension: Option<ComprehensionKind>,
    pub varargs: bool,
    pub varkeywords: bool,
    /// A class whose methods use `super` or `__class__`.
    pub needs_class_closure: bool,
    has_free: bool,
    child_free: bool,
    comp_iter_target: bool,
    comp_iter_expr: u32,
}

impl Scope {
    fn new(kind: BlockKind, nested: bool) -> Scope {
        Scope {
            kind,
            symbols: Vec::new(),
            index: HashMap::new(),
            params: Vec::new(),
            children: Vec::new(),
            directives: HashMap::new(),
            nested,
            generator: false,
            comprehension: None,
            varargs: false,
            varkeywords: false,
            needs_class_closure: false,
            has_free: false,
            child_free: false,
            comp_iter_target: false,
            comp_iter_expr: 0,
        }
    }

    pub fn flags(&self, name: &str) -> u32 {
        self.index.get(name).map_or(0, |&i| self.symbols[i].1.flags)
    }

    pub fn scope_of(&self, name: &str) -> NameScope {
        self.index.get(name).map_or(NameScope::Unknown, |&i| self.symbols[i].1.scope)
    }

    fn set_flags(&mut self, name: &str, flags: u32) {
        match self.index.get(name) {
            Some(&i) => self.symbols[i].1.flags = flags,
            None => {
                self.index.insert(name.to_string(), self.symbols.len());
                self.symbols.push((name.to_string(), Symbol { flags, scope: NameScope::Unknown }));
            }
        }
    }

    /// Names resolved as cells, sorted (CPython orders `co_cellvars` so).
    pub fn cellvars(&self) -> Vec<String> {
        let mut v: Vec<String> = self
            .symbols
            .iter()
            .filter(|(_, s)| s.scope == NameScope::Cell)
            .map(|(n, _)| n.clone())
            .collect();
        v.sort();
        v
    }

    /// Names taken from enclosing scopes, sorted.
    pub fn freevars(&self) -> Vec<String> {
        let mut v: Vec<String> = self
            .symbols
            .iter()
            .filter(|(_, s)| s.scope == NameScope::Free || s.flags & DEF_FREE_CLASS != 0)
            .map(|(n, _)| n.clone())
            .collect();
        v.sort();
        v
    }
}

/// All scopes of one compilation; `scopes[0]` is the module.
#[derive(Debug)]
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    by_node: HashMap<usize, ScopeId>,
}

impl SymbolTable {
    /// The scope opened by the AST node at `key` (see `node_key`).
    pub fn scope_for(&self, key: usize) -> Option<ScopeId> {
        self.by_node.get(&key).copied()
    }
}

/// The identity of an AST node: its address.
pub fn node_key<T>(node: &T) -> usize {
    node as *const T as usize
}

/// CPython's `_Py_Mangle`: `__spam` inside class `Ham` becomes `_Ham__spam`.
pub fn mangle(private: Option<&str>, name: &str) -> String {
    let Some(class) = private else { return name.to_string() };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = class.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}

/// Builds and analyses the symbol table of a module body.
pub fn build_module(body: &[Stmt], filename: &str) -> Result<SymbolTable, SyntaxError> {
    let mut b = Builder::new(filename);
    b.enter_block(BlockKind::Module, 0);
    for s in body {
        b.visit_stmt(s)?;
    }
    b.finish()
}

/// Builds and analyses the symbol table of a single expression (`eval`).
pub fn build_expression(expr: &Expr, filename: &str) -> Result<SymbolTable, SyntaxError> {
    let mut b = Builder::new(filename);
    b.enter_block(BlockKind::Module, 0);
    b.visit_expr(expr)?;
    b.finish()
}

type R = Result<(), SyntaxError>;

struct Builder<'f> {
    table: SymbolTable,
    stack: Vec<ScopeId>,
    /// The enclosing class's name, for mangling.
    private: Option<String>,
    filename: &'f str,
}

impl<'f> Builder<'f> {
    fn new(filename: &'f str) -> Builder<'f> {
        Builder {
            table: SymbolTable { scopes: Vec::new(), by_node: HashMap::new() },
            stack: Vec::new(),
            private: None,
            filename,
        }
    }

    fn finish(mut self) -> Result<SymbolTable, SyntaxError> {
        let mut free = BTreeSet::new();
        let mut global = BTreeSet::new();
        analyze_block(&mut self.table, 0, None, &mut free, &mut global, self.filename)?;
        Ok(self.table)
    }

    fn error(&self, loc: Loc, msg: String) -> SyntaxError {
        syntax_error(self.filename, loc, msg)
    }

    fn cur(&self) -> ScopeId {
        *self.stack.last().expect("symtable: no current scope")
    }

    fn cur_scope(&mut self) -> &mut Scope {
        let id = self.cur();
        &mut self.table.scopes[id]
    }

    fn enter_block(&mut self, kind: BlockKind, key: usize) {
        let nested = match self.stack.last() {
            Some(&p) => {
                let parent = &self.table.scopes[p];
                parent.nested || parent.kind == BlockKind::Function
            }
            None => false,
        };
        let id = self.table.scopes.len();
        self.table.scopes.push(Scope::new(kind, nested));
        if let Some(&p) = self.stack.last() {
            self.table.scopes[p].children.push(id);
        }
        self.table.by_node.insert(key, id);
        self.stack.push(id);
    }

    fn exit_block(&mut self) {
        self.stack.pop();
    }

    fn lookup(&self, name: &str) -> u32 {
        let mangled = mangle(self.private.as_deref(), name);
        self.table.scopes[self.cur()].flags(&mangled)
    }

    fn add_def(&mut self, name: &str, flag: u32, loc: Loc) -> R {
        let id = self.cur();
        self.add_def_in(id, name, flag, loc)
    }

    /// CPython's `symtable_add_def_helper`.
    fn add_def_in(&mut self, id: ScopeId, name: &str, flag: u32, loc: Loc) -> R {
        let mangled = mangle(self.private.as_deref(), name);
        let scope = &mut self.table.scopes[id];
        let mut val = scope.flags(&mangled);
        if flag & DEF_PARAM != 0 && val & DEF_PARAM != 0 {
            return Err(self.error(loc, format!("duplicate argument '{name}' in function definition")));
        }
        val |= flag;
        if scope.comp_iter_target {
            if val & (DEF_GLOBAL | DEF_NONLOCAL) != 0 {
                return Err(self.error(
                    loc,
                    format!("comprehension inner loop cannot rebind assignment expression target '{name}'"),
                ));
            }
            val |= DEF_COMP_ITER;
        }
        scope.set_flags(&mangled, val);
        if flag & DEF_PARAM != 0 {
            scope.params.push(mangled);
        } else if flag & DEF_GLOBAL != 0 {
            let module = &mut self.table.scopes[0];
            let g = module.flags(&mangled) | flag;
            module.set_flags(&mangled, g);
        }
        Ok(())
    }

    fn record_directive(&mut self, name: &str, loc: Loc) {
        let mangled = mangle(self.private.as_deref(), name);
        self.cur_scope().directives.entry(mangled).or_insert(loc);
    }

    // ---- statements ---------------------------------------------------

    fn visit_stmts(&mut self, body: &[Stmt]) -> R {
        body.iter().try_for_each(|s| self.visit_stmt(s))
    }

    fn visit_stmt(&mut self, s: &Stmt) -> R {
        match &s.kind {
            StmtKind::FunctionDef(f) => {
                self.add_def(&f.name, DEF_LOCAL, s.loc)?;
                for d in &f.args.defaults {
                    self.visit_expr(d)?;
                }
                for d in f.args.kw_defaults.iter().flatten() {
                    self.visit_expr(d)?;
                }
                self.visit_annotations(&f.args, f.returns.as_ref())?;
                for d in &f.decorators {
                    self.visit_expr(d)?;
                }
                self.enter_block(BlockKind::Function, node_key(&**f));
                self.visit_params(&f.args)?;
                self.visit_stmts(&f.body)?;
                self.exit_block();
            }
            StmtKind::ClassDef(c) => {
                self.add_def(&c.name, DEF_LOCAL, s.loc)?;
                for b in &c.bases {
                    self.visit_expr(b)?;
                }
                for k in &c.keywords {
                    self.visit_expr(&k.value)?;
                }
                for d in &c.decorators {
                    self.visit_expr(d)?;
                }
                self.enter_block(BlockKind::Class, node_key(&**c));
                let saved = self.private.replace(c.name.clone());
                let r = self.visit_stmts(&c.body);
                self.private = saved;
                r?;
                self.exit_block();
            }
            StmtKind::Return(v) => {
                if let Some(v) = v {
                    self.visit_expr(v)?;
                }
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.visit_target(t)?;
                }
            }
            StmtKind::Assign { targets, value } => {
                for t in targets {
                    self.visit_target(t)?;
                }
                self.visit_expr(value)?;
            }
            StmtKind::AnnAssign { target, annotation, value, simple } => {
                if let ExprKind::Name(name) = &target.kind {
                    let cur = self.lookup(name);
                    if cur & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && self.cur() != 0 && *simple {
                        let msg = if cur & DEF_GLOBAL != 0 {
                            format!("annotated name '{name}' can't be global")
                        } else {
                            format!("annotated name '{name}' can't be nonlocal")
                        };
                        return Err(self.error(s.loc, msg));
                    }
                    if *simple {
                        self.add_def(name, DEF_ANNOT | DEF_LOCAL, target.loc)?;
                    } else if value.is_some() {
                        self.add_def(name, DEF_LOCAL, target.loc)?;
                    }
                } else {
                    self.visit_target(target)?;
                }
                self.visit_expr(annotation)?;
                if let Some(v) = value {
                    self.visit_expr(v)?;
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.visit_target(target)?;
                self.visit_expr(value)?;
            }
            StmtKind::For { target, iter, body, orelse } => {
                self.visit_target(target)?;
                self.visit_expr(iter)?;
                self.visit_stmts(body)?;
                self.visit_stmts(orelse)?;
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.visit_expr(test)?;
                self.visit_stmts(body)?;
                self.visit_stmts(orelse)?;
            }
            StmtKind::With { items, body } => {
                for item in items {
                    self.visit_expr(&item.context)?;
                    if let Some(t) = &item.target {
                        self.visit_target(t)?;
                    }
                }
                self.visit_stmts(body)?;
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.visit_expr(e)?;
                }
                if let Some(c) = cause {
                    self.visit_expr(c)?;
                }
            }
            StmtKind::Try { body, handlers, orelse, finalbody } => {
                self.visit_stmts(body)?;
                self.visit_stmts(orelse)?;
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.visit_expr(t)?;
                    }
                    if let Some(n) = &h.name {
                        self.add_def(n, DEF_LOCAL, h.loc)?;
                    }
                    self.visit_stmts(&h.body)?;
                }
                self.visit_stmts(finalbody)?;
            }
            StmtKind::Assert { test, msg } => {
                self.visit_expr(test)?;
                if let Some(m) = msg {
                    self.visit_expr(m)?;
                }
            }
            StmtKind::Import(names) | StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    self.visit_alias(a, s.loc)?;
                }
            }
            StmtKind::Global(names) => {
                for name in names {
                    let cur = self.lookup(name);
                    if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                        let msg = if cur & DEF_PARAM != 0 {
                            format!("name '{name}' is parameter and global")
                        } else if cur & USE != 0 {
                            format!("name '{name}' is used prior to global declaration")
                        } else if cur & DEF_ANNOT != 0 {
                            format!("annotated name '{name}' can't be global")
                        } else {
                            format!("name '{name}' is assigned to before global declaration")
                        };
                        return Err(self.error(s.loc, msg));
                    }
                    self.add_def(name, DEF_GLOBAL, s.loc)?;
                    self.record_directive(name, s.loc);
                }
            }
            StmtKind::Nonlocal(names) => {
                for name in names {
                    let cur = self.lookup(name);
                    if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                        let msg = if cur & DEF_PARAM != 0 {
                            format!("name '{name}' is parameter and nonlocal")
                        } else if cur & USE != 0 {
                            format!("name '{name}' is used prior to nonlocal declaration")
                        } else if cur & DEF_ANNOT != 0 {
                            format!("annotated name '{name}' can't be nonlocal")
                        } else {
                            format!("name '{name}' is assigned to before nonlocal declaration")
                        };
                        return Err(self.error(s.loc, msg));
                    }
                    self.add_def(name, DEF_NONLOCAL, s.loc)?;
                    self.record_directive(name, s.loc);
                }
            }
            StmtKind::Expr(e) => self.visit_expr(e)?,
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
            StmtKind::Match { subject, cases } => {
                self.visit_expr(subject)?;
                for case in cases {
                    self.visit_pattern(&case.pattern)?;
                    if let Some(g) = &case.guard {
                        self.visit_expr(g)?;
                    }
                    self.visit_stmts(&case.body)?;
                }
            }
        }
        Ok(())
    }

    /// A `case` pattern: capture names bind like assignment targets;
    /// values, keys and class names are read.
    fn visit_pattern(&mut self, p: &Pattern) -> R {
        match &p.kind {
            PatternKind::MatchValue(e) => self.visit_expr(e),
            PatternKind::MatchSingleton(_) => Ok(()),
            PatternKind::MatchSequence(ps) | PatternKind::MatchOr(ps) => ps.iter().try_for_each(|q| self.visit_pattern(q)),
            PatternKind::MatchMapping { keys, patterns, rest } => {
                keys.iter().try_for_each(|k| self.visit_expr(k))?;
                patterns.iter().try_for_each(|q| self.visit_pattern(q))?;
                match rest {
                    Some(n) => self.add_def(n, DEF_LOCAL, p.loc),
                    None => Ok(()),
                }
            }
            PatternKind::MatchClass { cls, patterns, kwd_patterns, .. } => {
                self.visit_expr(cls)?;
                patterns.iter().chain(kwd_patterns).try_for_each(|q| self.visit_pattern(q))
            }
            PatternKind::MatchStar(name) => match name {
                Some(n) => self.add_def(n, DEF_LOCAL, p.loc),
                None => Ok(()),
            },
            PatternKind::MatchAs { pattern, name } => {
                if let Some(q) = pattern {
                    self.visit_pattern(q)?;
                }
                match name {
                    Some(n) => self.add_def(n, DEF_LOCAL, p.loc),
                    None => Ok(()),
                }
            }
        }
    }

    fn visit_alias(&mut self, a: &Alias, loc: Loc) -> R {
        let name = a.asname.as_deref().unwrap_or(&a.name);
        let store = name.split('.').next().unwrap_or(name);
        if store == "*" {
            if self.table.scopes[self.cur()].kind != BlockKind::Module {
                return Err(self.error(loc, "import * only allowed at module level".into()));
            }
            return Ok(());
        }
        self.add_def(store, DEF_IMPORT, loc)
    }

    fn visit_params(&mut self, args: &Arguments) -> R {
        for a in args.posonlyargs.iter().chain(&args.args).chain(&args.kwonlyargs) {
            self.add_def(&a.name, DEF_PARAM, a.loc)?;
        }
        if let Some(a) = &args.vararg {
            self.add_def(&a.name, DEF_PARAM, a.loc)?;
            self.cur_scope().varargs = true;
        }
        if let Some(a) = &args.kwarg {
            self.add_def(&a.name, DEF_PARAM, a.loc)?;
            self.cur_scope().varkeywords = true;
        }
        Ok(())
    }

    fn visit_annotations(&mut self, args: &Arguments, returns: Option<&Expr>) -> R {
        let all = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.vararg)
            .chain(&args.kwonlyargs)
            .chain(&args.kwarg);
        for a in all {
            if let Some(ann) = &a.annotation {
                self.visit_expr(ann)?;
            }
        }
        if let Some(r) = returns {
            self.visit_expr(r)?;
        }
        Ok(())
    }

    // ---- expressions --------------------------------------------------

    /// An expression in a store or delete position.
    fn visit_target(&mut self, e: &Expr) -> R {
        match &e.kind {
            ExprKind::Name(n) => self.add_def(n, DEF_LOCAL, e.loc),
            ExprKind::Tuple(elts) | ExprKind::List(elts) => {
                elts.iter().try_for_each(|t| self.visit_target(t))
            }
            ExprKind::Starred(v) => self.visit_target(v),
            ExprKind::Attribute { value, .. } => self.visit_expr(value),
            ExprKind::Subscript { value, slice } => {
                self.visit_expr(value)?;
                self.visit_expr(slice)
            }
            _ => self.visit_expr(e),
        }
    }

    fn visit_expr(&mut self, e: &Expr) -> R {
        match &e.kind {
            ExprKind::BoolOp { values, .. } => {
                for v in values {
                    self.visit_expr(v)?;
                }
            }
            ExprKind::NamedExpr { target, value } => {
                if self.table.scopes[self.cur()].comp_iter_expr > 0 {
                    return Err(self.error(
                        e.loc,
                        "assignment expression cannot be used in a comprehension iterable expression".into(),
                    ));
                }
                if self.table.scopes[self.cur()].comprehension.is_some() {
                    self.extend_namedexpr_scope(target, e.loc)?;
                }
                self.visit_expr(value)?;
                self.add_def(target, DEF_LOCAL, e.loc)?;
            }
            ExprKind::BinOp { left, right, .. } => {
                self.visit_expr(left)?;
                self.visit_expr(right)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.visit_expr(operand)?,
            ExprKind::Lambda { args, body } => {
                for d in &args.defaults {
                    self.visit_expr(d)?;
                }
                for d in args.kw_defaults.iter().flatten() {
                    self.visit_expr(d)?;
                }
                self.enter_block(BlockKind::Function, node_key(e));
                self.visit_params(args)?;
                self.visit_expr(body)?;
                self.exit_block();
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.visit_expr(test)?;
                self.visit_expr(body)?;
                self.visit_expr(orelse)?;
            }
            ExprKind::Dict { keys, values } => {
                for (k, v) in keys.iter().zip(values) {
                    if let Some(k) = k {
                        self.visit_expr(k)?;
                    }
                    self.visit_expr(v)?;
                }
            }
            ExprKind::Set(elts) | ExprKind::List(elts) | ExprKind::Tuple(elts) => {
                for x in elts {
                    self.visit_expr(x)?;
                }
            }
            ExprKind::ListComp { elt, generators } => {
                self.visit_comprehension(e, ComprehensionKind::List, generators, elt, None)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.visit_comprehension(e, ComprehensionKind::Set, generators, elt, None)?
            }
            ExprKind::DictComp { key, value, generators } => {
                self.visit_comprehension(e, ComprehensionKind::Dict, generators, key, Some(value))?
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.visit_comprehension(e, ComprehensionKind::Generator, generators, elt, None)?
            }
            ExprKind::Yield(v) => {
                self.check_yield_in_comprehension(e.loc)?;
                if let Some(v) = v {
                    self.visit_expr(v)?;
                }
                self.cur_scope().generator = true;
            }
            ExprKind::YieldFrom(v) => {
                self.check_yield_in_comprehension(e.loc)?;
                self.visit_expr(v)?;
                self.cur_scope().generator = true;
            }
            ExprKind::Compare { left, comparators, .. } => {
                self.visit_expr(left)?;
                for c in comparators {
                    self.visit_expr(c)?;
                }
            }
            ExprKind::Call { func, args, keywords } => {
                self.visit_expr(func)?;
                for a in args {
                    self.visit_expr(a)?;
                }
                for k in keywords {
                    self.visit_expr(&k.value)?;
                }
            }
            ExprKind::JoinedStr(parts) => self.visit_fstring(parts)?,
            ExprKind::Constant(_) => {}
            ExprKind::Attribute { value, .. } => self.visit_expr(value)?,
            ExprKind::Subscript { value, slice } => {
                self.visit_expr(value)?;
                self.visit_expr(slice)?;
            }
            ExprKind::Starred(v) => self.visit_expr(v)?,
            ExprKind::Name(n) => {
                self.add_def(n, USE, e.loc)?;
                if n == "super" && self.table.scopes[self.cur()].kind == BlockKind::Function {
                    self.add_def("__class__", USE, e.loc)?;
                }
            }
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper, step].into_iter().flatten() {
                    self.visit_expr(part)?;
                }
            }
        }
        Ok(())
    }

    fn visit_fstring(&mut self, parts: &[FStringPart]) -> R {
        for p in parts {
            if let FStringPart::Formatted { value, format_spec, .. } = p {
                self.visit_expr(value)?;
                if let Some(spec) = format_spec {
                    self.visit_fstring(spec)?;
                }
            }
        }
        Ok(())
    }

    fn check_yield_in_comprehension(&self, loc: Loc) -> R {
        let what = match self.table.scopes[self.cur()].comprehension {
            None => return Ok(()),
            Some(ComprehensionKind::List) => "list comprehension",
            Some(ComprehensionKind::Set) => "set comprehension",
            Some(ComprehensionKind::Dict) => "dict comprehension",
            Some(ComprehensionKind::Generator) => "generator expression",
        };
        Err(self.error(loc, format!("'yield' inside {what}")))
    }

    fn visit_comprehension(
        &mut self,
        e: &Expr,
        kind: ComprehensionKind,
        generators: &[Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
    ) -> R {
        let Some(outermost) = generators.first() else { return Ok(()) };
        // The outermost iterable is evaluated in the enclosing scope.
        self.cur_scope().comp_iter_expr += 1;
        let r = self.visit_expr(&outermost.iter);
        self.cur_scope().comp_iter_expr -= 1;
        r?;
        self.enter_block(BlockKind::Function, node_key(e));
        {
            let s = self.cur_scope();
            s.comprehension = Some(kind);
            s.generator = kind == ComprehensionKind::Generator;
        }
        self.add_def(".0", DEF_PARAM, e.loc)?;
        self.visit_comp_target(&outermost.target)?;
        for cond in &outermost.ifs {
            self.visit_expr(cond)?;
        }
        for g in &generators[1..] {
            self.visit_comp_target(&g.target)?;
            self.cur_scope().comp_iter_expr += 1;
            let r = self.visit_expr(&g.iter);
            self.cur_scope().comp_iter_expr -= 1;
            r?;
            for cond in &g.ifs {
                self.visit_expr(cond)?;
            }
        }
        if let Some(v) = value {
            self.visit_expr(v)?;
        }
        self.visit_expr(elt)?;
        self.exit_block();
        Ok(())
    }

    fn visit_comp_target(&mut self, target: &Expr) -> R {
        self.cur_scope().comp_iter_target = true;
        let r = self.visit_target(target);
        self.cur_scope().comp_iter_target = false;
        r
    }

    /// A walrus inside a comprehension binds in the nearest enclosing
    /// function (or module) scope (CPython's `symtable_extend_namedexpr_scope`).
    fn extend_namedexpr_scope(&mut self, target: &str, loc: Loc) -> R {
        for i in (0..self.stack.len()).rev() {
            let id = self.stack[i];
            let scope = &self.table.scopes[id];
            if scope.comprehension.is_some() {
                if scope.flags(target) & DEF_COMP_ITER != 0 {
                    return Err(self.error(
                        loc,
                        format!("assignment expression cannot rebind comprehension iteration variable '{target}'"),
                    ));
                }
                continue;
            }
            match scope.kind {
                BlockKind::Function => {
                    let flag = if scope.flags(target) & DEF_GLOBAL != 0 { DEF_GLOBAL } else { DEF_NONLOCAL };
                    self.add_def(target, flag, loc)?;
                    self.record_directive(target, loc);
                    return self.add_def_in(id, target, DEF_LOCAL, loc);
                }
                BlockKind::Module => {
                    self.add_def(target, DEF_GLOBAL, loc)?;
                    self.record_directive(target, loc);
                    return self.add_def_in(id, target, DEF_GLOBAL, loc);
                }
                BlockKind::Class => {
                    return Err(self.error(
                        loc,
                        "assignment expression within a comprehension cannot be used in a class body".into(),
                    ));
                }
            }
        }
        Ok(())
    }
}

pub(crate) fn syntax_error(filename: &str, loc: Loc, msg: String) -> SyntaxError {
    SyntaxError {
        kind: SyntaxErrorKind::SyntaxError,
        msg,
        filename: filename.to_string(),
        line: loc.line,
        offset: loc.col + 1,
        text: None,
    }
}

type NameSet = BTreeSet<String>;

/// CPython's `analyze_block`: resolves the names of scope `id` and its
/// children. `bound` is `None` only for the module.
fn analyze_block(
    table: &mut SymbolTable,
    id: ScopeId,
    bound: Option<&mut NameSet>,
    free: &mut NameSet,
    global: &mut NameSet,
    filename: &str,
) -> R {
    let kind = table.scopes[id].kind;
    let mut local = NameSet::new();
    let mut scopes: HashMap<String, NameScope> = HashMap::new();
    let mut newglobal = NameSet::new();
    let mut newfree = NameSet::new();
    let mut newbound = NameSet::new();
    let mut bound = bound;

    // A class namespace is invisible to nested functions, so their view of
    // bound and global names is fixed before the class's own are analysed.
    if kind == BlockKind::Class {
        newglobal.extend(global.iter().cloned());
        if let Some(b) = bound.as_deref() {
            newbound.extend(b.iter().cloned());
        }
    }

    let symbols: Vec<(String, u32)> =
        table.scopes[id].symbols.iter().map(|(n, s)| (n.clone(), s.flags)).collect();
    for (name, flags) in &symbols {
        let scope = &mut table.scopes[id];
        let loc = scope.directives.get(name).copied().unwrap_or_default();
        let err = |msg: String| Err(syntax_error(filename, loc, msg));
        let resolved = if flags & DEF_GLOBAL != 0 {
            if flags & DEF_NONLOCAL != 0 {
                return err(format!("name '{name}' is nonlocal and global"));
            }
            global.insert(name.clone());
            if let Some(b) = bound.as_deref_mut() {
                b.remove(name);
            }
            NameScope::GlobalExplicit
        } else if flags & DEF_NONLOCAL != 0 {
            let Some(b) = bound.as_deref() else {
                return err("nonlocal declaration not allowed at module level".into());
            };
            if !b.contains(name) {
                return err(format!("no binding for nonlocal '{name}' found"));
            }
            scope.has_free = true;
            free.insert(name.clone());
            NameScope::Free
        } else if flags & DEF_BOUND != 0 {
            local.insert(name.clone());
            global.remove(name);
            NameScope::Local
        } else if bound.as_deref().is_some_and(|b| b.contains(name)) {
            scope.has_free = true;
            free.insert(name.clone());
            NameScope::Free
        } else {
            if global.contains(name) {
                // Implicit, but known global in an enclosing scope.
            } else if scope.nested {
                scope.has_free = true;
            }
            NameScope::GlobalImplicit
        };
        scopes.insert(name.clone(), resolved);
    }

    if kind != BlockKind::Class {
        if kind == BlockKind::Function {
            newbound.extend(local.iter().cloned());
        }
        if let Some(b) = bound.as_deref() {
            newbound.extend(b.iter().cloned());
        }
        newglobal.extend(global.iter().cloned());
    } else {
        newbound.insert("__class__".to_string());
    }

    let mut allfree = NameSet::new();
    let children = table.scopes[id].children.clone();
    for child in children {
        let mut temp_bound = newbound.clone();
        let mut temp_free = newfree.clone();
        let mut temp_global = newglobal.clone();
        analyze_block(table, child, Some(&mut temp_bound), &mut temp_free, &mut temp_global, filename)?;
        allfree.extend(temp_free);
        let c = &table.scopes[child];
        if c.has_free || c.child_free {
            table.scopes[id].child_free = true;
        }
    }
    newfree.extend(allfree);

    if kind == BlockKind::Function {
        // Locals captured by children become cells.
        for (name, s) in scopes.iter_mut() {
            if *s == NameScope::Local && newfree.remove(name) {
                *s = NameScope::Cell;
            }
        }
    } else if kind == BlockKind::Class && newfree.remove("__class__") {
        table.scopes[id].needs_class_closure = true;
    }

    // update_symbols
    let scope = &mut table.scopes[id];
    for (name, sym) in scope.symbols.iter_mut() {
        sym.scope = scopes.get(name).copied().unwrap_or(NameScope::Unknown);
    }
    for name in &newfree {
        if let Some(&i) = scope.index.get(name) {
            let sym = &mut scope.symbols[i].1;
            if kind == BlockKind::Class && sym.flags & (DEF_BOUND | DEF_GLOBAL) != 0 {
                sym.flags |= DEF_FREE_CLASS;
            }
            continue;
        }
        if bound.as_deref().is_some_and(|b| !b.contains(name)) {
            continue; // a global
        }
        scope.index.insert(name.clone(), scope.symbols.len());
        scope.symbols.push((name.clone(), Symbol { flags: 0, scope: NameScope::Free }));
    }
    free.extend(newfree);
    Ok(())
}
