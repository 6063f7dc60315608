//! The command line: parsing `garter [option] ... [-c cmd | -m mod | file | -] [arg] ...`
//! into `Options`, and the usage and help texts.
//!
//! Parsing follows CPython 3.11's `_PyOS_GetOpt`: short options may be
//! combined (`-ic CMD`, `-uc CMD`), an option's argument may be attached
//! (`-cCMD`, `-Xgil=0`) or be the next word, `-c` and `-m` end the option
//! list (everything after them is `sys.argv[1:]`), `--` ends it too, and the
//! first word that is not an option is the script (`-` means stdin). Options
//! are acted on in order, so `-h` or `-V` before a bad option wins, and a bad
//! option before them is reported (usage on stderr, exit status 2).

use std::fmt;

/// The version garter reports (`-V`, the REPL banner, `sys.version`).
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// What the program to run is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Program {
    /// `-c CMD`: source text given on the command line.
    Command(String),
    /// `-m MODULE`: a module found on `sys.path`, run as `__main__`.
    Module(String),
    /// `FILE`: a script file.
    File(String),
    /// `-` or no program: read from stdin (the REPL when it is a terminal).
    Stdin { dash: bool },
}

/// The value of one `-X` option: `-X name` is `True`, `-X name=value` the
/// string after the first `=` (as `sys._xoptions` holds them).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum XValue {
    Flag,
    Text(String),
}

/// Everything the command line asked for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    pub program: Program,
    /// `sys.argv[1:]`: the words after the program.
    pub args: Vec<String>,
    /// `-i`: the REPL after the program.
    pub inspect: bool,
    /// `-u`: stdout and stderr unbuffered.
    pub unbuffered: bool,
    /// `-q`: no banner on interactive startup.
    pub quiet: bool,
    /// `-E`/`-I`: ignore `GARTERPATH`.
    pub ignore_environment: bool,
    /// `-X` options in the order given; a later one with the same name wins
    /// (as in a dict).
    pub xoptions: Vec<(String, XValue)>,
}

/// The value of `-X name` among `xoptions` (the last one given), for the
/// settings the VM reads from there.
pub fn xoption<'a>(xoptions: &'a [(String, XValue)], name: &str) -> Option<&'a XValue> {
    xoptions.iter().rev().find(|(n, _)| n == name).map(|(_, v)| v)
}

/// What `parse` decided.
#[derive(Debug, PartialEq, Eq)]
pub enum Parsed {
    Run(Options),
    /// `-h`/`--help`: print `help_text` and exit 0.
    Help,
    /// `-V`/`--version` (`verbose` when given twice, `-VV`).
    Version { verbose: bool },
    /// A wrong command line: print the error and `usage_error` text, exit 2.
    Error(UsageError),
}

/// A command-line mistake, worded as CPython words it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UsageError {
    /// `Unknown option: -Z`
    UnknownShort(char),
    /// `unknown option --foo`
    UnknownLong(String),
    /// `Argument expected for the -c option`
    ArgumentExpected(char),
}

impl fmt::Display for UsageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            UsageError::UnknownShort(c) => write!(f, "Unknown option: -{c}"),
            UsageError::UnknownLong(s) => write!(f, "unknown option {s}"),
            UsageError::ArgumentExpected(c) => write!(f, "Argument expected for the -{c} option"),
        }
    }
}

/// The one-line usage, naming the program as it was invoked (CPython
/// prints its `argv[0]` there too).
pub fn usage_line(argv0: &str) -> String {
    format!("usage: {argv0} [option] ... [-c cmd | -m mod | file | -] [arg] ...\n")
}

/// What goes to stderr for a wrong command line.
pub fn usage_error_text(argv0: &str, err: &UsageError) -> String {
    format!("{err}\n{}Try `garter -h' for more information.\n", usage_line(argv0))
}

/// The `-h` text: CPython's layout, listing the options garter has.
pub fn help_text(argv0: &str) -> String {
    let mut s = usage_line(argv0);
    s.push_str(
        "Options (and corresponding environment variables):
-B     : accepted for compatibility; garter writes no .pyc files
-c cmd : program passed in as string (terminates option list)
-E     : ignore GARTER* environment variables (such as GARTERPATH)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script; forces a prompt even
         if stdin does not appear to be a terminal
-I     : isolate garter from the user's environment (implies -E and -s)
-m mod : run library module as a script (terminates option list)
-q     : don't print version and copyright messages on interactive startup
-s     : accepted for compatibility; garter has no user site directory
-S     : accepted for compatibility; garter has no 'site' module
-u     : force the stdout and stderr streams to be unbuffered;
         this option has no effect on stdin
-V     : print the garter version number and exit (also --version)
         when given twice, print more information about the build
-X opt : set implementation-specific option (shown in sys._xoptions);
         the GIL's options are read from here
Arguments:
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]

Environment variables:
GARTERPATH : ':'-separated list of directories prefixed to the
             default module search path (like PYTHONPATH)
",
    );
    s
}

/// `-V` output.
pub fn version_text(verbose: bool) -> String {
    if verbose {
        format!("garter {VERSION} (a Python 3.11 interpreter written in Rust)\n")
    } else {
        format!("garter {VERSION}\n")
    }
}

/// Parses the words after the program name.
pub fn parse(args: &[String]) -> Parsed {
    let mut o = Options {
        program: Program::Stdin { dash: false },
        args: Vec::new(),
        inspect: false,
        unbuffered: false,
        quiet: false,
        ignore_environment: false,
        xoptions: Vec::new(),
    };
    let mut version = 0;
    let mut i = 0;
    while i < args.len() {
        let word = &args[i];
        i += 1;
        if word == "--" {
            break;
        }
        if let Some(long) = word.strip_prefix("--") {
            match long {
                "help" => return Parsed::Help,
                "version" => {
                    version += 1;
                    continue;
                }
                _ => return Parsed::Error(UsageError::UnknownLong(word.clone())),
            }
        }
        if !word.starts_with('-') || word == "-" {
            i -= 1;
            break;
        }
        let chars: Vec<char> = word.chars().skip(1).collect();
        let mut k = 0;
        while k < chars.len() {
            let c = chars[k];
            k += 1;
            match c {
                'c' | 'm' | 'X' => {
                    let value: String = if k < chars.len() {
                        chars[k..].iter().collect()
                    } else if i < args.len() {
                        i += 1;
                        args[i - 1].clone()
                    } else {
                        return Parsed::Error(UsageError::ArgumentExpected(c));
                    };
                    k = chars.len();
                    match c {
                        'c' => {
                            o.program = Program::Command(value);
                            o.args = args[i..].to_vec();
                            return finish(o, version);
                        }
                        'm' => {
                            o.program = Program::Module(value);
                            o.args = args[i..].to_vec();
                            return finish(o, version);
                        }
                        _ => {
                            let (name, v) = match value.split_once('=') {
                                Some((n, v)) => (n.to_string(), XValue::Text(v.to_string())),
                                None => (value, XValue::Flag),
                            };
                            o.xoptions.retain(|(n, _)| *n != name);
                            o.xoptions.push((name, v));
                        }
                    }
                }
                'h' | '?' => return Parsed::Help,
                'V' => version += 1,
                'i' => o.inspect = true,
                'u' => o.unbuffered = true,
                'q' => o.quiet = true,
                'E' => o.ignore_environment = true,
                'I' => o.ignore_environment = true,
                'B' | 's' | 'S' => {}
                other => return Parsed::Error(UsageError::UnknownShort(other)),
            }
        }
    }
    if i < args.len() {
        let word = &args[i];
        o.program = if word == "-" { Program::Stdin { dash: true } } else { Program::File(word.clone()) };
        o.args = args[i + 1..].to_vec();
    }
    finish(o, version)
}

fn finish(o: Options, version: u32) -> Parsed {
    if version > 0 {
        Parsed::Version { verbose: version > 1 }
    } else {
        Parsed::Run(o)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(words: &[&str]) -> Parsed {
        parse(&words.iter().map(|w| w.to_string()).collect::<Vec<_>>())
    }

    fn run(words: &[&str]) -> Options {
        match p(words) {
            Parsed::Run(o) => o,
            other => panic!("expected Run, got {other:?}"),
        }
    }

    #[test]
    fn combined_short_options() {
        let o = run(&["-ic", "x = 1", "a"]);
        assert!(o.inspect);
        assert_eq!(o.program, Program::Command("x = 1".into()));
        assert_eq!(o.args, ["a"]);
        let o = run(&["-uccode"]);
        assert!(o.unbuffered);
        assert_eq!(o.program, Program::Command("code".into()));
    }

    #[test]
    fn options_after_c_are_arguments() {
        let o = run(&["-c", "pass", "-i", "-Z"]);
        assert!(!o.inspect);
        assert_eq!(o.args, ["-i", "-Z"]);
    }

    #[test]
    fn xoptions_attached_and_separate() {
        let o = run(&["-Xgil=0", "-X", "dev", "-X", "a=b=c", "-X", "gil=1"]);
        assert_eq!(xoption(&o.xoptions, "gil"), Some(&XValue::Text("1".into())));
        assert_eq!(xoption(&o.xoptions, "dev"), Some(&XValue::Flag));
        assert_eq!(xoption(&o.xoptions, "nope"), None);
        assert_eq!(
            o.xoptions,
            vec![("dev".into(), XValue::Flag), ("a".into(), XValue::Text("b=c".into())), ("gil".into(), XValue::Text("1".into()))]
        );
    }

    #[test]
    fn file_and_dash() {
        let o = run(&["-u", "f.py", "-c", "x"]);
        assert_eq!(o.program, Program::File("f.py".into()));
        assert_eq!(o.args, ["-c", "x"]);
        let o = run(&["-", "a"]);
        assert_eq!(o.program, Program::Stdin { dash: true });
        let o = run(&["--", "-c"]);
        assert_eq!(o.program, Program::File("-c".into()));
    }

    #[test]
    fn errors_are_worded_as_cpython() {
        assert_eq!(p(&["-Z"]), Parsed::Error(UsageError::UnknownShort('Z')));
        assert_eq!(p(&["--foo"]), Parsed::Error(UsageError::UnknownLong("--foo".into())));
        assert_eq!(p(&["-c"]), Parsed::Error(UsageError::ArgumentExpected('c')));
        assert_eq!(UsageError::UnknownShort('Z').to_string(), "Unknown option: -Z");
        assert_eq!(UsageError::ArgumentExpected('m').to_string(), "Argument expected for the -m option");
    }

    #[test]
    fn help_and_version_act_in_order() {
        assert_eq!(p(&["-h", "-Z"]), Parsed::Help);
        assert_eq!(p(&["-Z", "-h"]), Parsed::Error(UsageError::UnknownShort('Z')));
        assert_eq!(p(&["-V", "-c", "pass"]), Parsed::Version { verbose: false });
        assert_eq!(p(&["-VV"]), Parsed::Version { verbose: true });
        assert_eq!(p(&["--version"]), Parsed::Version { verbose: false });
    }
}
