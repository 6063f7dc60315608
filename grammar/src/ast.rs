//! The abstract syntax tree the parser builds and the compiler consumes.
//!
//! It follows CPython's `ast` module closely (same node names, same
//! splitting of statements and expressions) so that CPython's documentation
//! of each construct applies. Every statement and expression carries the
//! `Loc` (1-based line, 0-based column) of its first token, for tracebacks
//! and `SyntaxError`s raised by the compiler.
//!
//! Assignment targets are ordinary expressions (`Name`, `Attribute`,
//! `Subscript`, `Tuple`, `List`, `Starred`), as in CPython: the parser checks
//! that a target is assignable and raises `SyntaxError: cannot assign to …`
//! otherwise.

/// A source position: line is 1-based, column 0-based (in characters).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Loc {
    pub line: u32,
    pub col: u32,
}

/// A whole file (or `exec` string).
#[derive(Clone, Debug, PartialEq)]
pub struct Module {
    pub body: Vec<Stmt>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    pub loc: Loc,
    /// Line of the statement's last token (for multi-line statements).
    pub end_line: u32,
    pub kind: StmtKind,
}

#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    FunctionDef(Box<FunctionDef>),
    ClassDef(Box<ClassDef>),
    Return(Option<Expr>),
    /// `del a, b[0], c.d`
    Delete(Vec<Expr>),
    /// `a = b = value`: `targets` holds `[a, b]`.
    Assign { targets: Vec<Expr>, value: Expr },
    /// `target op= value`
    AugAssign { target: Expr, op: BinOp, value: Expr },
    /// `target: annotation [= value]`. `simple` is true for a bare name
    /// not in parentheses (which goes into `__annotations__`).
    AnnAssign { target: Expr, annotation: Expr, value: Option<Expr>, simple: bool },
    For { target: Expr, iter: Expr, body: Vec<Stmt>, orelse: Vec<Stmt> },
    While { test: Expr, body: Vec<Stmt>, orelse: Vec<Stmt> },
    If { test: Expr, body: Vec<Stmt>, orelse: Vec<Stmt> },
    With { items: Vec<WithItem>, body: Vec<Stmt> },
    /// `raise [exc [from cause]]`
    Raise { exc: Option<Expr>, cause: Option<Expr> },
    Try { body: Vec<Stmt>, handlers: Vec<ExceptHandler>, orelse: Vec<Stmt>, finalbody: Vec<Stmt> },
    Assert { test: Expr, msg: Option<Expr> },
    /// `import a.b.c as d, e`
    Import(Vec<Alias>),
    /// `from ..module import a as b, c` / `from . import *` (`names` is one
    /// alias named `*`). `level` counts the leading dots.
    ImportFrom { module: Option<String>, names: Vec<Alias>, level: u32 },
    Global(Vec<String>),
    Nonlocal(Vec<String>),
    Expr(Expr),
    Pass,
    Break,
    Continue,
    /// `match subject: case ...` (PEP 634).
    Match { subject: Expr, cases: Vec<MatchCase> },
}

/// `case pattern [if guard]: body`
#[derive(Clone, Debug, PartialEq)]
pub struct MatchCase {
    pub pattern: Pattern,
    pub guard: Option<Expr>,
    pub body: Vec<Stmt>,
}

/// A pattern of a `case` clause, as CPython's `ast.pattern`.
#[derive(Clone, Debug, PartialEq)]
pub struct Pattern {
    pub loc: Loc,
    pub kind: PatternKind,
}

#[derive(Clone, Debug, PartialEq)]
pub enum PatternKind {
    /// A literal or dotted name compared with `==`: `1`, `-1.5`, `1+2j`,
    /// `"s"`, `Color.RED`.
    MatchValue(Expr),
    /// `None`, `True`, `False`, compared with `is`.
    MatchSingleton(Constant),
    /// `[a, *rest]` / `(a, b)` / `a, b`.
    MatchSequence(Vec<Pattern>),
    /// `{key: pattern, **rest}`: keys are literals or dotted names.
    MatchMapping { keys: Vec<Expr>, patterns: Vec<Pattern>, rest: Option<String> },
    /// `Cls(p1, p2, attr=p3)`.
    MatchClass { cls: Expr, patterns: Vec<Pattern>, kwd_attrs: Vec<String>, kwd_patterns: Vec<Pattern> },
    /// `*name` inside a sequence pattern; `None` for `*_`.
    MatchStar(Option<String>),
    /// `pattern as name`; a bare capture `name` has no pattern; the
    /// wildcard `_` has neither.
    MatchAs { pattern: Option<Box<Pattern>>, name: Option<String> },
    /// `p1 | p2 | ...`
    MatchOr(Vec<Pattern>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct FunctionDef {
    pub name: String,
    pub args: Arguments,
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
    pub returns: Option<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ClassDef {
    pub name: String,
    pub bases: Vec<Expr>,
    pub keywords: Vec<Keyword>,
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
}

/// A function's parameter list, in CPython's layout:
/// `def f(posonly, /, args=defaults, *vararg, kwonly=kw_defaults, **kwarg)`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Arguments {
    pub posonlyargs: Vec<Arg>,
    pub args: Vec<Arg>,
    pub vararg: Option<Arg>,
    pub kwonlyargs: Vec<Arg>,
    /// One entry per `kwonlyargs` entry; `None` where it has no default.
    pub kw_defaults: Vec<Option<Expr>>,
    pub kwarg: Option<Arg>,
    /// Defaults of the last `defaults.len()` of `posonlyargs ++ args`.
    pub defaults: Vec<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Arg {
    pub loc: Loc,
    pub name: String,
    pub annotation: Option<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Keyword {
    pub loc: Loc,
    /// `None` for `**mapping`.
    pub arg: Option<String>,
    pub value: Expr,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Alias {
    pub name: String,
    pub asname: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct WithItem {
    pub context: Expr,
    pub target: Option<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ExceptHandler {
    pub loc: Loc,
    /// `None` for a bare `except:`.
    pub typ: Option<Expr>,
    pub name: Option<String>,
    pub body: Vec<Stmt>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub loc: Loc,
    /// Just past the expression's last character, for the column markers of
    /// tracebacks; `line == 0` when the parser did not record it (recorded
    /// for calls, subscripts, attributes, operators, comparisons and
    /// bracketed displays; a `Name`'s end follows from its length).
    pub end: Loc,
    pub kind: ExprKind,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    /// `a and b and c` / `a or b`
    BoolOp { op: BoolOp, values: Vec<Expr> },
    /// `target := value` (target is always a Name)
    NamedExpr { target: String, value: Box<Expr> },
    BinOp { left: Box<Expr>, op: BinOp, right: Box<Expr> },
    UnaryOp { op: UnaryOp, operand: Box<Expr> },
    Lambda { args: Box<Arguments>, body: Box<Expr> },
    /// `body if test else orelse`
    IfExp { test: Box<Expr>, body: Box<Expr>, orelse: Box<Expr> },
    /// `{k: v, **m}`: a `None` key marks `**value`.
    Dict { keys: Vec<Option<Expr>>, values: Vec<Expr> },
    Set(Vec<Expr>),
    ListComp { elt: Box<Expr>, generators: Vec<Comprehension> },
    SetComp { elt: Box<Expr>, generators: Vec<Comprehension> },
    DictComp { key: Box<Expr>, value: Box<Expr>, generators: Vec<Comprehension> },
    GeneratorExp { elt: Box<Expr>, generators: Vec<Comprehension> },
    /// `yield [value]`
    Yield(Option<Box<Expr>>),
    YieldFrom(Box<Expr>),
    /// `a < b <= c`: `ops.len() == comparators.len()`.
    Compare { left: Box<Expr>, ops: Vec<CmpOp>, comparators: Vec<Expr> },
    Call { func: Box<Expr>, args: Vec<Expr>, keywords: Vec<Keyword> },
    /// An f-string: literal pieces and formatted values, in order.
    JoinedStr(Vec<FStringPart>),
    Constant(Constant),
    Attribute { value: Box<Expr>, attr: String },
    Subscript { value: Box<Expr>, slice: Box<Expr> },
    /// `*value` in a display, call or target.
    Starred(Box<Expr>),
    Name(String),
    List(Vec<Expr>),
    Tuple(Vec<Expr>),
    /// `lower:upper:step` inside a subscript (each part optional).
    Slice { lower: Option<Box<Expr>>, upper: Option<Box<Expr>>, step: Option<Box<Expr>> },
}

/// One piece of an f-string.
#[derive(Clone, Debug, PartialEq)]
pub enum FStringPart {
    Literal(String),
    /// `{value!conversion:format_spec}`; the spec is itself an f-string.
    /// For `{expr=}` the parser emits a `Literal("expr=")` before this part
    /// and sets `conversion` to `Some('r')` when no conversion or spec is given.
    Formatted { value: Box<Expr>, conversion: Option<char>, format_spec: Option<Vec<FStringPart>> },
}

#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    None,
    True,
    False,
    Ellipsis,
    /// Fits in i64.
    Int(i64),
    /// Does not fit in i64: the decimal digits (underscores and prefixes
    /// already resolved), with a leading `-` never present.
    BigInt(String),
    Float(f64),
    /// The imaginary part of a complex literal such as `2j`.
    Imaginary(f64),
    Str(String),
    Bytes(Vec<u8>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoolOp {
    And,
    Or,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinOp {
    Add,
    Sub,
    Mult,
    MatMult,
    Div,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
    FloorDiv,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Invert,
    Not,
    UAdd,
    USub,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

/// `for target in iter if cond1 if cond2`
#[derive(Clone, Debug, PartialEq)]
pub struct Comprehension {
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
}

impl BinOp {
    /// The operator's spelling, as in error messages (`+`, `//`, `**`...).
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mult => "*",
            BinOp::MatMult => "@",
            BinOp::Div => "/",
            BinOp::Mod => "%",
            BinOp::Pow => "**",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::BitOr => "|",
            BinOp::BitXor => "^",
            BinOp::BitAnd => "&",
            BinOp::FloorDiv => "//",
        }
    }
}
